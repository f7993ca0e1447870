// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "LoopbackServer.h"

#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <optional>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#elif defined(Q_OS_UNIX)
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace starling::sandbox {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 64 * 1024 * 1024;
constexpr qsizetype maxLineBytes = 4 * 1024;
// Between the last bytes of a cut answer and the reset, so the client has read them first.
constexpr auto cutGrace = 50ms;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool headerHasToken(const HttpHeaders &headers, QByteArrayView name, QByteArrayView token)
{
    for (const QByteArray &value : headers.values(name)) {
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

// Takes one line (LF or CRLF) off the front of @p buffer; nothing if it is not complete yet.
std::optional<QByteArray> takeLine(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    QByteArray line = buffer.left(end);
    buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, quint64 id, LoopbackServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_id(id)
    , m_server(server)
    , m_timer(new QTimer(this))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onGone);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpConnection::onGone);
    m_timer->setSingleShot(true);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpConnection::abort()
{
    m_timer->stop();
    m_state = State::Closing;
    m_socket->disconnect(this);
    m_socket->abort();
    onGone();
}

void HttpConnection::onGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_state = State::Closing;
    m_timer->stop();
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    if (m_gone)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > maxHeadBytes + maxBodyBytes) {
        resetNow();
        return;
    }
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_gone) {
        switch (m_state) {
        case State::Busy:
        case State::Closing:
            return;
        case State::Head: {
            // A client may send empty lines between requests (RFC 9112 §2.2).
            while (m_buffer.startsWith('\n') || m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);
            qsizetype end = m_buffer.indexOf("\r\n\r\n");
            qsizetype separator = 4;
            const qsizetype bareEnd = m_buffer.indexOf("\n\n");
            if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
                end = bareEnd;
                separator = 2;
            }
            if (end < 0) {
                if (m_buffer.size() > maxHeadBytes)
                    fail(431, "request head too large"_ba);
                return;
            }
            if (end > maxHeadBytes) {
                fail(431, "request head too large"_ba);
                return;
            }
            const QByteArray headText = m_buffer.left(end);
            m_buffer.remove(0, end + separator);
            if (!parseHead(headText))
                return;
            break;
        }
        case State::FixedBody:
            if (m_buffer.size() < m_remaining)
                return;
            m_request.body = m_buffer.left(m_remaining);
            m_buffer.remove(0, m_remaining);
            dispatch();
            break;
        case State::ChunkSize: {
            const auto line = takeLine(m_buffer);
            if (!line) {
                if (m_buffer.size() > maxLineBytes)
                    fail(400, "chunk size line too long"_ba);
                return;
            }
            QByteArray size = *line;
            if (const qsizetype semicolon = size.indexOf(';'); semicolon >= 0)
                size.truncate(semicolon);
            size = size.trimmed();
            bool ok = false;
            const qint64 chunk = size.toLongLong(&ok, 16);
            if (!ok || chunk < 0 || size.isEmpty() || !std::all_of(size.begin(), size.end(), [](char c) {
                    return std::isxdigit(static_cast<unsigned char>(c));
                })) {
                fail(400, "bad chunk size"_ba);
                return;
            }
            if (m_request.body.size() + chunk > maxBodyBytes) {
                fail(413, "request body too large"_ba);
                return;
            }
            m_remaining = chunk;
            m_state = chunk == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (m_buffer.size() < m_remaining + 1)
                return;
            qsizetype after = m_remaining;
            if (m_buffer.at(after) == '\r') {
                if (m_buffer.size() < m_remaining + 2)
                    return;
                ++after;
            }
            if (m_buffer.at(after) != '\n') {
                fail(400, "chunk data not followed by CRLF"_ba);
                return;
            }
            m_request.body += m_buffer.left(m_remaining);
            m_buffer.remove(0, after + 1);
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            const auto line = takeLine(m_buffer);
            if (!line) {
                if (m_buffer.size() > maxLineBytes)
                    fail(400, "trailer too long"_ba);
                return;
            }
            if (line->isEmpty())
                dispatch();
            // Trailer fields are accepted and ignored.
            break;
        }
        }
    }
}

bool HttpConnection::parseHead(const QByteArray &headText)
{
    QList<QByteArray> lines = headText.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty()) {
        fail(400, "malformed request line"_ba);
        return false;
    }
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        fail(version.startsWith("HTTP/") ? 505 : 400, "unsupported HTTP version"_ba);
        return false;
    }

    Request request;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, "obsolete line folding"_ba);
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(400, "malformed header field"_ba);
            return false;
        }
        request.headers.append(line.left(colon), line.mid(colon + 1).trimmed());
    }

    // The target: origin form ("/path?query"), or absolute form as proxies send it.
    QByteArray pathAndQuery = request.target;
    if (!pathAndQuery.startsWith('/')) {
        const QUrl absolute = QUrl::fromEncoded(pathAndQuery, QUrl::StrictMode);
        if (!absolute.isValid() || absolute.scheme().isEmpty() || request.method == "CONNECT") {
            fail(400, "unsupported request target"_ba);
            return false;
        }
        pathAndQuery = absolute.path(QUrl::FullyEncoded).toUtf8();
        if (pathAndQuery.isEmpty())
            pathAndQuery = "/"_ba;
        if (absolute.hasQuery())
            pathAndQuery += '?' + absolute.query(QUrl::FullyEncoded).toUtf8();
        request.target = pathAndQuery;
    }
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArray rawPath = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(pathAndQuery.mid(question + 1)));

    const bool http10 = version == "HTTP/1.0";
    m_keepAlive = http10 ? headerHasToken(request.headers, "connection", "keep-alive")
                         : !headerHasToken(request.headers, "connection", "close");
    m_requestIsHead = request.method == "HEAD";
    request.peerAddress = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    request.connectionId = m_id;
    m_request = std::move(request);

    const bool hasLength = m_request.headers.contains("content-length");
    const bool hasEncoding = m_request.headers.contains("transfer-encoding");
    if (hasLength && hasEncoding) {
        fail(400, "both Content-Length and Transfer-Encoding"_ba);
        return false;
    }
    if (hasEncoding) {
        const QList<QByteArray> codings = m_request.headers.values("transfer-encoding").join(',').split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0 || http10) {
            fail(400, "unsupported transfer coding"_ba);
            return false;
        }
        m_state = State::ChunkSize;
    } else if (hasLength) {
        qint64 length = -1;
        for (const QByteArray &value : m_request.headers.values("content-length")) {
            const QByteArray digits = value.trimmed();
            bool ok = !digits.isEmpty()
                      && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
            const qint64 parsed = ok ? digits.toLongLong(&ok) : -1;
            if (!ok || (length >= 0 && parsed != length)) {
                fail(400, "bad Content-Length"_ba);
                return false;
            }
            length = parsed;
        }
        if (length > maxBodyBytes) {
            fail(413, "request body too large"_ba);
            return false;
        }
        m_remaining = length;
        m_state = State::FixedBody;
    } else {
        dispatch();
        return true;
    }
    if (headerHasToken(m_request.headers, "expect", "100-continue"))
        write("HTTP/1.1 100 Continue\r\n\r\n"_ba);
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Busy;
    Request request = std::move(m_request);
    m_request = {};
    request.receivedAt = QDateTime::currentDateTimeUtc();
    const QPointer<HttpConnection> self(this);
    const std::optional<Fault> fault = m_server->admit(request);
    if (!self || m_gone)
        return;
    if (fault) {
        applyFault(*fault, request);
        return;
    }
    const Response response = m_server->handle(request);
    if (!self || m_gone)
        return;
    writeAnswer(response);
    finishExchange();
}

void HttpConnection::applyFault(const Fault &fault, const Request &request)
{
    const QPointer<HttpConnection> self(this);
    Response response;
    if (fault.runsHandler()) {
        response = m_server->handle(request);
        if (!self || m_gone)
            return;
    }
    const QByteArray &body = response.body;
    switch (fault.kind) {
    case Fault::Kind::ResetBeforeHandling:
    case Fault::Kind::ResetAfterHandling:
        resetNow();
        return;
    case Fault::Kind::HeadersNeverCome:
        // Stay Busy: nothing more is read or written until the client gives up.
        return;
    case Fault::Kind::Status:
    case Fault::Kind::RateLimited:
    case Fault::Kind::InvalidJson:
        writeAnswer(fault.answer());
        finishExchange();
        return;
    case Fault::Kind::ResetAfterBytes: {
        const QByteArray whole = head(response, Framing::Length, body.size()) + (m_requestIsHead ? QByteArray() : body);
        write(whole.left(fault.bytes));
        resetWhenFlushed();
        return;
    }
    case Fault::Kind::TruncatedBody: {
        const QByteArray sent = body.left(body.size() / 2);
        m_keepAlive = false;
        write(head(response, Framing::Length, std::max<qint64>(body.size(), sent.size() + 1)) + sent);
        closeWhenFlushed();
        return;
    }
    case Fault::Kind::NoLengthClose:
        m_keepAlive = false;
        write(head(response, Framing::NoLength, 0) + body.left(body.size() / 2));
        closeWhenFlushed();
        return;
    case Fault::Kind::ChunkedCut: {
        m_keepAlive = false;
        const QByteArray half = body.left(body.size() / 2);
        QByteArray data = head(response, Framing::Chunked, 0);
        if (!half.isEmpty())
            data += QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n";
        write(data);
        closeWhenFlushed();
        return;
    }
    case Fault::Kind::Dribble:
        write(head(response, Framing::Length, body.size()));
        m_dribble = m_requestIsHead ? QByteArray() : body;
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, &HttpConnection::dribbleNext);
        m_timer->setSingleShot(false);
        m_timer->start(fault.interval);
        return;
    case Fault::Kind::DelayHeaders:
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, [this, response] {
            writeAnswer(response);
            finishExchange();
        });
        m_timer->setSingleShot(true);
        m_timer->start(fault.interval);
        return;
    }
}

void HttpConnection::dribbleNext()
{
    if (m_gone)
        return;
    if (m_dribble.isEmpty()) {
        m_timer->stop();
        m_timer->disconnect(this);
        finishExchange();
        return;
    }
    write(m_dribble.left(1));
    m_dribble.remove(0, 1);
}

QByteArray HttpConnection::head(const Response &response, Framing framing, qint64 declaredLength) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    text += "Server: starling-sandbox\r\n";
    for (const auto &[name, value] : response.headers.fields()) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0
            || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
            || name.compare("connection", Qt::CaseInsensitive) == 0)
            continue;
        text += name + ": " + value + "\r\n";
    }
    const bool bodyless = response.status == 204 || response.status == 304 || response.status < 200;
    switch (framing) {
    case Framing::Length:
        if (!bodyless)
            text += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
        break;
    case Framing::NoLength:
        break;
    case Framing::Chunked:
        text += "Transfer-Encoding: chunked\r\n";
        break;
    }
    text += m_keepAlive && framing != Framing::NoLength ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    text += "\r\n";
    return text;
}

void HttpConnection::writeAnswer(const Response &response)
{
    const bool bodyless = response.status == 204 || response.status == 304 || m_requestIsHead;
    write(head(response, Framing::Length, response.body.size()) + (bodyless ? QByteArray() : response.body));
}

bool HttpConnection::write(const QByteArray &data)
{
    if (m_gone || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->write(data);
    m_socket->flush();
    return true;
}

void HttpConnection::finishExchange()
{
    if (m_gone)
        return;
    if (!m_keepAlive) {
        closeWhenFlushed();
        return;
    }
    m_state = State::Head;
    // Queued: a pipelined request is served from the event loop, never recursively.
    QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::closeWhenFlushed()
{
    if (m_gone)
        return;
    m_state = State::Closing;
    m_socket->disconnectFromHost(); // writes what is pending, then sends FIN
}

void HttpConnection::resetWhenFlushed()
{
    if (m_gone)
        return;
    m_state = State::Closing;
    m_resetWhenFlushed = true;
    onBytesWritten();
}

void HttpConnection::onBytesWritten()
{
    if (!m_resetWhenFlushed || m_gone || m_socket->bytesToWrite() > 0)
        return;
    m_resetWhenFlushed = false;
    m_timer->stop();
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::resetNow);
    m_timer->setSingleShot(true);
    m_timer->start(cutGrace);
}

void HttpConnection::resetNow()
{
    if (m_gone)
        return;
    m_state = State::Closing;
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor != -1) {
        // SO_LINGER with a zero timeout turns close() into a reset (RST) instead of a FIN.
#if defined(Q_OS_WIN)
        linger option{1, 0};
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#elif defined(Q_OS_UNIX)
        linger option{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    abort();
}

void HttpConnection::fail(int status, const QByteArray &reason)
{
    m_keepAlive = false;
    m_requestIsHead = false;
    m_state = State::Closing;
    Response response = Response::json(QJsonObject{{u"error"_s, QString::fromLatin1(reasonPhrase(status))},
                                                   {u"message"_s, QString::fromLatin1(reason)}},
                                       status);
    writeAnswer(response);
    closeWhenFlushed();
}

} // namespace starling::sandbox
