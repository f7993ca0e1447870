// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthLoopbackFlow.h"

#include "Logging.h"
#include "OAuthTokenEndpoint.h"
#include "Pkce.h"
#include "net/Dpop.h"
#include "net/HttpClient.h"

#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** A browser's request head is far smaller; anything larger is not a browser. */
constexpr qsizetype maximumHeadBytes = 16 * 1024;
/**
 * Browsers open a few speculative connections; more than this waiting at once is not a browser.
 * The oldest waiting connection makes way for a new one, so a flood cannot lock the browser out.
 */
constexpr qsizetype maximumWaitingConnections = 16;
/** The query of a redirect, read as a form: "+" is a space there (RFC 6749 appendix B). */
QUrlQuery callbackQuery(const QByteArray &rawQuery)
{
    QString text = QString::fromUtf8(rawQuery);
    text.replace(u'+', u"%20"_s);
    return QUrlQuery(text);
}

QByteArray statusLine(int status)
{
    switch (status) {
    case 200:
        return "200 OK"_ba;
    case 400:
        return "400 Bad Request"_ba;
    case 404:
        return "404 Not Found"_ba;
    case 405:
        return "405 Method Not Allowed"_ba;
    case 431:
        return "431 Request Header Fields Too Large"_ba;
    default:
        return QByteArray::number(status) + " Status"_ba;
    }
}

} // namespace

OAuthLoopbackFlow::OAuthLoopbackFlow(OAuthConfig config, QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new HttpClient(manager, this))
    , m_server(new QTcpServer(this))
    , m_timer(new QTimer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_server->setMaxPendingConnections(int(maximumWaitingConnections));
    connect(m_server, &QTcpServer::newConnection, this, &OAuthLoopbackFlow::onNewConnection);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Listening)
            return;
        const auto minutes = std::max<qint64>(1, (m_timeout.count() + 59'999) / 60'000);
        qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "timed out waiting for the browser";
        finish(
            Error(Error::Code::Timeout,
                  tr("The sign-in to %1 was not finished within %n minute(s). Please try again.", nullptr, int(minutes))
                      .arg(providerName())));
    });
}

OAuthLoopbackFlow::~OAuthLoopbackFlow()
{
    m_server->close();
}

void OAuthLoopbackFlow::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
    if (m_timer->isActive())
        m_timer->start(m_timeout);
}

void OAuthLoopbackFlow::setConnectionTimeout(std::chrono::milliseconds timeout)
{
    m_connectionTimeout = std::max(timeout, std::chrono::milliseconds(1));
}

void OAuthLoopbackFlow::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void OAuthLoopbackFlow::setDpop(std::shared_ptr<Dpop> dpop)
{
    m_http->setDpop(std::move(dpop));
}

bool OAuthLoopbackFlow::isListening() const
{
    return m_server->isListening();
}

QHostAddress OAuthLoopbackFlow::listenAddress() const
{
    return m_server->isListening() ? m_server->serverAddress() : QHostAddress();
}

quint16 OAuthLoopbackFlow::port() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(0);
}

QString OAuthLoopbackFlow::providerName() const
{
    if (!m_config.providerName.isEmpty())
        return m_config.providerName;
    return m_config.authorizeUrl.host();
}

Result<QUrl> OAuthLoopbackFlow::start()
{
    if (m_phase != Phase::Idle)
        return Error(Error::Code::InvalidInput, tr("This sign-in was already used; start a new one."));
    if (const Result<void> valid = m_config.validate(); !valid)
        return valid.error();

    // RFC 8252 §8.3: the loopback interface only, so nothing on the network can reach the
    // listener. IPv4, because the redirect URI names 127.0.0.1.
    if (!m_server->listen(QHostAddress::LocalHost, m_config.redirectPort)) {
        qCWarning(lcAuth).noquote() << "sign-in to" << providerName() << "could not listen on 127.0.0.1 port"
                                    << m_config.redirectPort << ":" << m_server->errorString();
        if (m_config.redirectPort != 0) {
            return Error(Error::Code::Unavailable,
                         tr("Starling could not wait for the answer from %1 on port %2 of this computer (%3). "
                            "Close the program that uses this port and try again, or register a callback URL "
                            "with another port for your app.")
                             .arg(providerName(), QString::number(m_config.redirectPort), m_server->errorString()));
        }
        return Error(Error::Code::Unavailable,
                     tr("Starling could not wait for the answer from %1 on this computer (%2).")
                         .arg(providerName(), m_server->errorString()));
    }

    m_state = Pkce::makeState();
    if (m_config.usePkce)
        m_verifier = Pkce::makeVerifier();
    m_redirectUri = m_config.redirectUri(m_server->serverPort());

    const QList<QPair<QByteArray, QByteArray>> parameters = requestParameters();
    m_phase = Phase::Listening;
    m_timer->start(m_timeout);
    qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "started; waiting on 127.0.0.1 port" << port()
                             << (m_config.usePkce ? "with PKCE S256" : "without PKCE")
                             << (m_config.parUrl.isEmpty() ? "" : "and a pushed request");
    if (!m_config.parUrl.isEmpty()) {
        push(parameters);
        return QUrl();
    }

    QUrl url = m_config.authorizeUrl;
    QUrlQuery query(url); // keep what the configured URL already carries
    for (const auto &[key, value] : OAuthTokenEndpoint::encodeForm(parameters).queryItems(QUrl::FullyEncoded))
        query.addQueryItem(key, value);
    url.setQuery(query);
    m_authorizationUrl = url;
    Q_EMIT authorizationUrlReady(url);
    return url;
}

QList<QPair<QByteArray, QByteArray>> OAuthLoopbackFlow::requestParameters() const
{
    // Percent-encode every value ourselves: QUrlQuery would leave "+" and ":" as they are.
    QList<QPair<QByteArray, QByteArray>> items{
        {"response_type"_ba, "code"_ba},
        {"client_id"_ba, m_config.clientId.trimmed().toUtf8()},
        {"redirect_uri"_ba, m_redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
        {"scope"_ba, m_config.scopeString().toUtf8()},
        {"state"_ba, m_state},
    };
    if (m_config.usePkce) {
        items.append({"code_challenge"_ba, Pkce::challenge(m_verifier)});
        items.append({"code_challenge_method"_ba, "S256"_ba});
    }
    for (const auto &[key, value] : m_config.extraAuthorizeParameters)
        items.append({key.toUtf8(), value.toUtf8()});
    return items;
}

void OAuthLoopbackFlow::push(const QList<QPair<QByteArray, QByteArray>> &parameters)
{
    HttpRequest request = HttpRequest::postForm(m_config.parUrl, OAuthTokenEndpoint::encodeForm(parameters));
    request.setDeadline(OAuthTokenEndpoint::exchangeDeadline);
    // Safe to send again after a lost answer: a second push only makes a second request_uri, and
    // the first one expires unused.
    request.setIdempotent(true);
    request.setMaxAttempts(2);
    m_exchangeId = m_http->send(request, this, [this](Result<HttpResponse> response) {
        m_exchangeId = 0;
        if (m_phase != Phase::Listening)
            return;
        if (!response) {
            Error error = response.error();
            if (!error.serverDetail().isEmpty() && OAuthTokenEndpoint::isRefusal(error)) {
                error =
                    Error(Error::Code::InvalidInput,
                          tr("%1 refused the sign-in request. %1 said: “%2”").arg(providerName(), error.serverDetail()))
                        .setHttpStatus(error.httpStatus())
                        .setServerDetail(error.serverDetail());
            }
            qCWarning(lcAuth).noquote() << "sign-in to" << providerName()
                                        << "failed at the pushed request:" << Error::codeName(error.code()) << "HTTP"
                                        << error.httpStatus();
            return finish(error);
        }
        const QString requestUri = response->object().value("request_uri"_L1).toString();
        if (requestUri.isEmpty() || requestUri.size() > 2048) {
            return finish(
                Error(Error::Code::BadResponse, tr("%1 sent an answer Starling could not read.").arg(providerName())));
        }
        QUrl url = m_config.authorizeUrl;
        QUrlQuery query(url);
        for (const auto &[key, value] :
             OAuthTokenEndpoint::encodeForm(
                 {{"client_id"_ba, m_config.clientId.trimmed().toUtf8()}, {"request_uri"_ba, requestUri.toUtf8()}})
                 .queryItems(QUrl::FullyEncoded))
            query.addQueryItem(key, value);
        url.setQuery(query);
        m_authorizationUrl = url;
        qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "pushed its request; opening the browser";
        Q_EMIT authorizationUrlReady(url);
    });
}

void OAuthLoopbackFlow::cancel()
{
    if (!isRunning())
        return;
    qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "cancelled";
    const Error cancelled(Error::Code::Cancelled, tr("The sign-in was cancelled."));
    if (m_browser)
        answer(m_browser, 400, failurePage(tr("The sign-in was cancelled in Starling.")));
    finish(cancelled);
}

void OAuthLoopbackFlow::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_buffers.remove(socket); });
        if (m_phase != Phase::Listening) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_waiting.removeAll(nullptr);
        while (m_waiting.size() >= maximumWaitingConnections) {
            // Refusing the newcomer instead would let idle connections keep the browser out.
            qCDebug(lcAuth).noquote() << "sign-in to" << providerName()
                                      << "closes its oldest idle connection to make room for a new one";
            if (QTcpSocket *oldest = m_waiting.constFirst())
                dropIdle(oldest);
            else
                m_waiting.removeFirst();
        }
        m_waiting.append(socket);
        // Not reset by bytes arriving: a request dribbled byte by byte must end too.
        QTimer::singleShot(m_connectionTimeout, socket, [this, socket] { dropIdle(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void OAuthLoopbackFlow::dropIdle(QTcpSocket *socket)
{
    if (!socket || m_waiting.removeAll(socket) == 0)
        return; // answered or held for the exchange: it ends on its own
    m_buffers.remove(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void OAuthLoopbackFlow::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maximumHeadBytes) {
            m_buffers.remove(socket);
            m_waiting.removeAll(socket);
            socket->disconnect(this);
            answer(socket, 431, {});
        }
        return;
    }
    const QByteArray head = buffer.left(end);
    m_buffers.remove(socket);
    m_waiting.removeAll(socket);
    // One request per connection: the answer closes it.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);

    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, {});
        return;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    const QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);

    if (QUrl::fromPercentEncoding(rawPath) != m_redirectUri.path()) {
        // The browser's favicon request and the like; nothing to do with the sign-in.
        answer(socket, 404, {});
        return;
    }
    if (method != "GET") {
        answer(socket, 405, {});
        return;
    }
    if (m_phase != Phase::Listening) {
        answer(socket, 400,
               failurePage(tr("This sign-in link was already used. Start the sign-in again from Starling.")));
        return;
    }
    handleCallback(socket, rawQuery);
}

void OAuthLoopbackFlow::handleCallback(QTcpSocket *socket, const QByteArray &rawQuery)
{
    const QUrlQuery query = callbackQuery(rawQuery);
    const auto value = [&query](const QString &key) { return query.queryItemValue(key, QUrl::FullyDecoded); };

    // Checked first, also for errors: an answer for another request (a forged link, a stale
    // tab) must not decide anything about this one (RFC 6749 §10.12). Nor may it end this one:
    // any local process or web page can send it, and the user's browser may still come back.
    if (!Pkce::equalSecrets(value(u"state"_s).toUtf8(), m_state)) {
        qCWarning(lcAuth).noquote() << "sign-in to" << providerName()
                                    << "refused a callback whose state does not match this sign-in; still waiting";
        answer(socket, 400,
               failurePage(tr("The answer did not belong to the sign-in Starling started, so it was refused "
                              "for your safety.")));
        return;
    }

    // One-shot: this is the answer to our request, so nobody else gets to knock.
    stopListening(socket);

    if (const QString error = value(u"error"_s); !error.isEmpty()) {
        const QString name = HttpClient::cleanServerText(error);
        const QString description = HttpClient::cleanServerText(value(u"error_description"_s));
        const QString said = description.isEmpty() ? name : description;
        qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "ended with the error" << name;
        Error failure;
        if (name == u"access_denied"_s) {
            failure = Error(Error::Code::Forbidden,
                            tr("Access to your %1 account was not granted, so Starling is not signed in. %1 said: "
                               "“%2”")
                                .arg(providerName(), said));
        } else if (name == u"server_error"_s || name == u"temporarily_unavailable"_s) {
            failure = Error(Error::Code::ServerError,
                            tr("%1 could not complete the sign-in right now; try again later. %1 said: “%2”")
                                .arg(providerName(), said));
        } else {
            failure = Error(Error::Code::InvalidInput,
                            tr("%1 refused the sign-in request. Check the client ID, and that the app's callback "
                               "URL is exactly %2. %1 said: “%3”")
                                .arg(providerName(), m_redirectUri.toString(QUrl::FullyEncoded), said));
        }
        failure.setServerDetail(said);
        answer(socket, 400, failurePage(failure.message()));
        finish(failure);
        return;
    }

    if (!m_config.issuer.isEmpty() && value(u"iss"_s) != m_config.issuer) {
        const QString reason =
            tr("The answer did not come from %1, so it was refused for your safety.").arg(providerName());
        qCWarning(lcAuth).noquote() << "sign-in to" << providerName() << "refused a callback from another issuer";
        answer(socket, 400, failurePage(reason));
        finish(Error(Error::Code::BadResponse, reason));
        return;
    }

    const QString code = value(u"code"_s);
    if (code.isEmpty()) {
        const QString reason = tr("The answer from %1 did not contain a sign-in code.").arg(providerName());
        answer(socket, 400, failurePage(reason));
        finish(Error(Error::Code::BadResponse, reason));
        return;
    }

    m_browser = socket;
    m_phase = Phase::Exchanging;
    exchange(code);
    qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "got the code; exchanging it";
    Q_EMIT callbackReceived();
}

void OAuthLoopbackFlow::exchange(const QString &code)
{
    const HttpRequest request = OAuthTokenEndpoint::codeExchange(m_config, code, m_redirectUri, m_verifier);
    m_exchangeId = m_http->send(request, this, [this](Result<HttpResponse> response) {
        m_exchangeId = 0;
        if (!response) {
            const Error &error = response.error();
            if (OAuthTokenEndpoint::isRefusal(error)) {
                const QString detail = error.serverDetail();
                const QString message =
                    detail.isEmpty()
                        ? tr("%1 did not accept the sign-in code. A code works only once and only for a short time "
                             "(30 seconds on X); please sign in again.")
                              .arg(providerName())
                        : tr("%1 did not accept the sign-in code. A code works only once and only for a short time "
                             "(30 seconds on X); please sign in again. %1 said: “%2”")
                              .arg(providerName(), detail);
                Error refused(Error::Code::AuthRevoked, message);
                refused.setHttpStatus(error.httpStatus()).setServerDetail(detail);
                onExchanged(refused);
            } else {
                onExchanged(error);
            }
            return;
        }
        onExchanged(OAuthTokenEndpoint::parse(response.value(), m_clock(), providerName(), m_config.dpopBound));
    });
}

void OAuthLoopbackFlow::onExchanged(Result<TokenSet> result)
{
    if (m_phase != Phase::Exchanging)
        return;
    if (result) {
        qCInfo(lcAuth).noquote() << "sign-in to" << providerName() << "succeeded"
                                 << (result->hasRefreshToken() ? "with a refresh token" : "without a refresh token");
        if (m_browser)
            answer(m_browser, 200, successPage());
    } else {
        qCWarning(lcAuth).noquote() << "sign-in to" << providerName()
                                    << "failed at the code exchange:" << Error::codeName(result.error().code())
                                    << "HTTP" << result.error().httpStatus();
        if (m_browser)
            answer(m_browser, 400, failurePage(result.error().message()));
    }
    finish(std::move(result));
}

void OAuthLoopbackFlow::stopListening(QTcpSocket *keep)
{
    m_server->close();
    m_timer->stop();
    m_waiting.clear();
    for (QTcpSocket *socket : findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly)) {
        if (socket == keep || socket == m_browser || socket->property("starlingAnswered").toBool())
            continue;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void OAuthLoopbackFlow::finish(Result<TokenSet> result)
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    stopListening();
    if (m_exchangeId != 0) {
        m_http->cancel(m_exchangeId);
        m_exchangeId = 0;
    }
    // The verifier and state are worthless now; do not keep secrets around longer than needed.
    m_verifier.fill('\0');
    m_verifier.clear();
    m_state.fill('\0');
    m_state.clear();
    Q_EMIT finished(result);
}

void OAuthLoopbackFlow::answer(QTcpSocket *socket, int status, const QByteArray &html)
{
    if (!socket || socket->property("starlingAnswered").toBool())
        return;
    socket->setProperty("starlingAnswered", true);
    if (socket == m_browser)
        m_browser = nullptr;
    QByteArray response = "HTTP/1.1 "_ba + statusLine(status) + "\r\n"_ba;
    if (!html.isEmpty()) {
        response += "Content-Type: text/html; charset=utf-8\r\n"_ba;
        // The page loads nothing and sends no Referer: the address bar holds the (used) code.
        response += "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"_ba;
        response += "Referrer-Policy: no-referrer\r\n"_ba;
        response += "X-Content-Type-Options: nosniff\r\n"_ba;
    }
    response += "Cache-Control: no-store\r\n"_ba;
    response += "Content-Length: "_ba + QByteArray::number(html.size()) + "\r\n"_ba;
    response += "Connection: close\r\n\r\n"_ba;
    response += html;
    socket->write(response);
    // Hand the bytes to the system now, so the page arrives even if this flow is deleted
    // right after finished(); disconnectFromHost() closes once they are written.
    socket->flush();
    socket->disconnectFromHost();
}

QByteArray OAuthLoopbackFlow::successPage() const
{
    return page(tr("Signed in – Starling"), tr("You are signed in to %1").arg(providerName()),
                {tr("Starling has what it needs. You can close this tab and go back to Starling.")});
}

QByteArray OAuthLoopbackFlow::failurePage(const QString &reason) const
{
    return page(tr("Sign-in failed – Starling"), tr("Starling could not sign in to %1").arg(providerName()),
                {reason, tr("You can close this tab and try again from Starling.")});
}

QByteArray OAuthLoopbackFlow::page(const QString &title, const QString &heading, const QStringList &paragraphs) const
{
    // Everything shown is escaped: the reason may carry text from the redirect's query, which
    // anyone could have written.
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + QLocale().bcp47Name().toHtmlEscaped()
                   + u"\"><head><meta charset=\"utf-8\">"
                     u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                     u"<title>"_s
                   + title.toHtmlEscaped()
                   + u"</title><style>"
                     u"body{font-family:system-ui,sans-serif;margin:0;min-height:100vh;display:flex;"
                     u"align-items:center;justify-content:center;background:#f6f6f8;color:#1d1d1f}"
                     u"main{max-width:34rem;padding:2rem;text-align:center}h1{font-size:1.4rem}"
                     u"@media (prefers-color-scheme:dark){body{background:#1d1d1f;color:#f6f6f8}}"
                     u"</style></head><body><main><h1>"_s
                   + heading.toHtmlEscaped() + u"</h1>"_s;
    for (const QString &paragraph : paragraphs)
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    html += u"</main></body></html>\n"_s;
    return html.toUtf8();
}

} // namespace starling
