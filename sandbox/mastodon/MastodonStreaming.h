// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonTypes.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace starling::sandbox {

class MastodonRender;
class MastodonState;

/**
 * The streaming API of the sandbox Mastodon server (API-NOTES M-2): a WebSocket server on its
 * own port at /api/v1/streaming?stream=user|user:notification|direct, authenticated by the
 * Authorization header (or Sec-WebSocket-Protocol, or access_token). A bad token is refused at
 * the handshake with 401, before any upgrade, as Mastodon does. {"type":"subscribe","stream":…}
 * adds streams and "unsubscribe" removes them.
 *
 * It sends what happens in the MastodonState as events {stream, event, payload}, the payload
 * JSON-encoded a second time (rendered by MastodonRender): notification, update and
 * conversation. Nothing is replayed after a reconnection.
 */
class MastodonStreaming final : public QObject
{
    Q_OBJECT

public:
    /** Listens to @p state's events; both must outlive the streaming server. */
    MastodonStreaming(const MastodonState &state, const MastodonRender &render, QObject *parent = nullptr);
    ~MastodonStreaming() override;
    Q_DISABLE_COPY_MOVE(MastodonStreaming)

    /** Listens on 127.0.0.1 on a port the system picks (once: listening again keeps the port). */
    bool listen();
    /** Stops listening and closes every open socket. */
    void close();
    /** "ws://127.0.0.1:<port>". */
    QUrl url() const;
    /** What the instance names as the streaming URL: the one set, or url() when none is. */
    QUrl announcedUrl() const;
    void setAnnouncedUrl(const QUrl &url) { m_announcedUrl = url; }

    /** When false, handshakes are refused with 503 (open sockets stay). */
    void setAvailable(bool available) { m_available = available; }
    /** Closes every open socket at once, as a restart of the streaming server does. */
    void dropStreams();
    /** Open sockets. */
    int streamCount() const;
    /** The streams @p accountId's open sockets are subscribed to, sorted. */
    QStringList streamsOf(const QString &accountId) const;
    /** Handshakes accepted so far. */
    int connections() const { return m_connections; }
    /** Sends every event twice, as a misbehaving proxy might. */
    void setDuplicateEvents(bool duplicate) { m_duplicateEvents = duplicate; }
    /** Sends events in frames of at most @p bytes (0: QWebSocket's own size). */
    void setFrameSize(quint64 bytes) { m_frameSize = bytes; }

Q_SIGNALS:
    /** A socket was accepted and its streams subscribed. */
    void streamOpened();
    void streamClosed();

private:
    struct Stream
    {
        QWebSocket *socket = nullptr;
        QString accountId;
        QSet<QString> streams;
    };

    void onConnection();
    /** Reads a handshake without consuming it: refuses it with an HTTP error, or hands it to QWebSocketServer. */
    void admit(QTcpSocket *socket);
    void onWebSocket();
    /** The account whose valid token the handshake carries; empty when none. */
    QString authenticate(const QByteArray &authorization, const QByteArray &protocolHeader,
                         const QString &queryToken) const;
    void onNotification(const MastodonNotification &notification);
    void onHomeUpdate(const QString &accountId, const MastodonStatus &status);
    void onConversation(const MastodonConversation &conversation);
    void onStatusDeleted(const QString &statusId, const QStringList &accountIds);
    /** Sends @p payload as a string: JSON text, or a bare id (the delete event). */
    void send(const QString &accountId, const QString &stream, const QString &event, const QString &payload);
    void send(const QString &accountId, const QString &stream, const QString &event, const QJsonObject &payload);

    const MastodonState &m_state;
    const MastodonRender &m_render;
    QTcpServer *m_gate = nullptr;
    QWebSocketServer *m_server = nullptr;
    std::vector<Stream> m_streams;
    bool m_available = true;
    bool m_duplicateEvents = false;
    quint64 m_frameSize = 0;
    QUrl m_announcedUrl;
    int m_connections = 0;
};

} // namespace starling::sandbox
