// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonStreaming.h"

#include "HttpTypes.h"
#include "MastodonRender.h"
#include "MastodonRequest.h"
#include "MastodonState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

constexpr qsizetype maxHandshakeBytes = 16 * 1024;

const QStringList &knownStreams()
{
    static const QStringList known{u"user"_s, u"user:notification"_s, u"direct"_s};
    return known;
}

QString reasonText(int status)
{
    return QString::fromLatin1(reasonPhrase(status));
}

} // namespace

MastodonStreaming::MastodonStreaming(const MastodonState &state, const MastodonRender &render, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_render(render)
    , m_gate(new QTcpServer(this))
    , m_server(new QWebSocketServer(u"Starling sandbox streaming"_s, QWebSocketServer::NonSecureMode, this))
{
    connect(m_gate, &QTcpServer::newConnection, this, &MastodonStreaming::onConnection);
    connect(m_server, &QWebSocketServer::newConnection, this, &MastodonStreaming::onWebSocket);
    connect(&m_state, &MastodonState::notificationAdded, this, &MastodonStreaming::onNotification);
    connect(&m_state, &MastodonState::homeUpdated, this, &MastodonStreaming::onHomeUpdate);
    connect(&m_state, &MastodonState::statusDeleted, this, &MastodonStreaming::onStatusDeleted);
    connect(&m_state, &MastodonState::conversationUpdated, this, &MastodonStreaming::onConversation);
}

MastodonStreaming::~MastodonStreaming()
{
    for (Stream &s : m_streams) {
        if (s.socket) {
            s.socket->disconnect(this);
            s.socket->abort();
            delete s.socket;
        }
    }
    m_streams.clear();
}

bool MastodonStreaming::listen()
{
    return m_gate->isListening() || m_gate->listen(QHostAddress::LocalHost, 0);
}

void MastodonStreaming::close()
{
    m_gate->close();
    dropStreams();
}

QUrl MastodonStreaming::url() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_gate->serverPort());
    return url;
}

QUrl MastodonStreaming::announcedUrl() const
{
    return m_announcedUrl.isEmpty() ? url() : m_announcedUrl;
}

QString MastodonStreaming::authenticate(const QByteArray &authorization, const QByteArray &protocolHeader,
                                        const QString &queryToken) const
{
    return m_state.accountOfToken(mastodonrequest::accessToken(authorization, protocolHeader, queryToken));
}

void MastodonStreaming::onConnection()
{
    while (QTcpSocket *socket = m_gate->nextPendingConnection()) {
        // Read the handshake without consuming it: when it is acceptable, QWebSocketServer reads it.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { admit(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            admit(socket);
    }
}

void MastodonStreaming::admit(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(maxHandshakeBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    const auto refuse = [socket](int status, const QString &message) {
        socket->disconnect();
        const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, message}}).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonText(status).toLatin1()
                      + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    };
    if (end < 0) {
        if (head.size() >= maxHandshakeBytes)
            refuse(431, u"Request Header Fields Too Large"_s);
        return; // more to come
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    QByteArray authorization;
    QByteArray protocol;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "authorization")
            authorization = line.mid(colon + 1).trimmed();
        else if (name == "sec-websocket-protocol")
            protocol = line.mid(colon + 1).trimmed();
    }
    if (requestLine.size() < 2 || requestLine.at(0) != "GET")
        return refuse(400, u"Bad request"_s);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != u"/api/v1/streaming" && target.path() != u"/api/v1/streaming/")
        return refuse(404, u"Not found"_s);
    if (!m_available)
        return refuse(503, u"The streaming server is not available"_s);
    const QString me = authenticate(authorization, protocol, QUrlQuery(target).queryItemValue(u"access_token"_s));
    if (me.isEmpty())
        return refuse(401, u"Error: Invalid access token"_s);
    socket->disconnect(this);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_server->handleConnection(socket);
}

void MastodonStreaming::onWebSocket()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        const QNetworkRequest request = socket->request();
        const QString me = authenticate(request.rawHeader("Authorization"), request.rawHeader("Sec-WebSocket-Protocol"),
                                        QUrlQuery(request.url()).queryItemValue(u"access_token"_s));
        const QString first = QUrlQuery(request.url()).queryItemValue(u"stream"_s);
        if (me.isEmpty() || !knownStreams().contains(first)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"Unknown stream type"_s);
            socket->deleteLater();
            continue;
        }
        Stream stream;
        stream.socket = socket;
        stream.accountId = me;
        stream.streams.insert(first);
        m_streams.push_back(stream);
        ++m_connections;
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
            const QJsonObject command = QJsonDocument::fromJson(message.toUtf8()).object();
            const QString type = command.value(u"type"_s).toString();
            const QString name = command.value(u"stream"_s).toString();
            for (Stream &s : m_streams) {
                if (s.socket != socket || !knownStreams().contains(name))
                    continue;
                if (type == u"subscribe")
                    s.streams.insert(name);
                else if (type == u"unsubscribe")
                    s.streams.remove(name);
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            auto it =
                std::find_if(m_streams.begin(), m_streams.end(), [&](const Stream &s) { return s.socket == socket; });
            if (it != m_streams.end()) {
                m_streams.erase(it);
                socket->deleteLater();
                Q_EMIT streamClosed();
            }
        });
        Q_EMIT streamOpened();
    }
}

void MastodonStreaming::onNotification(const MastodonNotification &notification)
{
    const QJsonObject payload = m_render.notification(notification);
    send(notification.accountId, u"user"_s, u"notification"_s, payload);
    send(notification.accountId, u"user:notification"_s, u"notification"_s, payload);
}

void MastodonStreaming::onHomeUpdate(const QString &accountId, const MastodonStatus &status)
{
    send(accountId, u"user"_s, u"update"_s, m_render.status(status));
}

void MastodonStreaming::onConversation(const MastodonConversation &conversation)
{
    send(conversation.accountId, u"direct"_s, u"conversation"_s, m_render.conversation(conversation));
}

void MastodonStreaming::onStatusDeleted(const QString &statusId, const QStringList &accountIds)
{
    for (const QString &accountId : accountIds)
        send(accountId, u"user"_s, u"delete"_s, statusId);
}

void MastodonStreaming::send(const QString &accountId, const QString &stream, const QString &event,
                             const QJsonObject &payload)
{
    // The payload is JSON inside the JSON: clients parse it twice (M-2).
    send(accountId, stream, event, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
}

void MastodonStreaming::send(const QString &accountId, const QString &stream, const QString &event,
                             const QString &payload)
{
    const QJsonObject message{
        {u"stream"_s, QJsonArray{stream}},
        {u"event"_s, event},
        {u"payload"_s, payload},
    };
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (const Stream &s : m_streams) {
        if (s.accountId != accountId || !s.streams.contains(stream) || !s.socket)
            continue;
        if (m_frameSize > 0)
            s.socket->setOutgoingFrameSize(m_frameSize);
        s.socket->sendTextMessage(text);
        if (m_duplicateEvents)
            s.socket->sendTextMessage(text);
    }
}

void MastodonStreaming::dropStreams()
{
    std::vector<Stream> streams;
    streams.swap(m_streams);
    for (Stream &s : streams) {
        if (!s.socket)
            continue;
        s.socket->disconnect(this);
        s.socket->abort();
        s.socket->deleteLater();
        Q_EMIT streamClosed();
    }
}

int MastodonStreaming::streamCount() const
{
    return int(m_streams.size());
}

QStringList MastodonStreaming::streamsOf(const QString &accountId) const
{
    QSet<QString> streams;
    for (const Stream &s : m_streams) {
        if (s.accountId == accountId)
            streams.unite(s.streams);
    }
    QStringList list(streams.cbegin(), streams.cend());
    list.sort();
    return list;
}

} // namespace starling::sandbox
