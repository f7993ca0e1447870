// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderTypes.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <deque>

class QWebSocket;

namespace starling {

class AccessTokenSource;

/**
 * Live arrival for one Mastodon account: the streaming API over a WebSocket (API-NOTES M-2).
 *
 * One socket, opened on `/api/v1/streaming?stream=user` (home and notifications) with the token
 * in an `Authorization: Bearer` header, and multiplexed onto the other streams it needs by
 * sending `{"type":"subscribe","stream":"direct"}` (conversations). Each event's payload is parsed
 * a second time and mapped: a mention notification and a conversation update come out of
 * received() as the same FetchedPage values a fetch makes, so nothing of the JSON leaks out. An
 * event whose status was already delivered is not delivered again. A status its author deleted
 * comes out of deleted().
 *
 * The server does not replay what happened while a socket was down, so connected() is emitted
 * at every (re)connection: whoever listens should fetch once to catch up. That, and the stored
 * cursors, is what makes a drop lose nothing; the deduplication and the store's unique keys make
 * it repeat nothing.
 *
 * A socket that closes or fails is opened again after a backoff that doubles from
 * Config::initialBackoff up to Config::maxBackoff, with jitter. After
 * Config::failuresBeforeFallback attempts in a row that never connected, isPollingFallback()
 * turns true (pollingFallbackChanged()): the owner should rely on polling; the stream keeps
 * trying at the longest backoff and turns the flag off once it connects again. A heartbeat
 * (WebSocket ping) finds sockets that died silently.
 *
 * What a server may send is bounded: a frame or a message over 1 MiB closes the socket (close
 * code 1009), which counts as a failed attempt. The token goes in the handshake, so the stream
 * opens only an encrypted socket (wss://, or https:// turned into it) unless the host is this
 * machine: a ws:// or http:// URL for another host (from the account or the server's
 * /api/v2/instance) is refused with a warning, isPollingFallback() turns true and the stream stops.
 */
class MastodonStream final : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        /** ws:// or wss:// (or http/https, turned into ws/wss) of the streaming host; the path is added. */
        QUrl url;
        QUuid accountId;
        QString ownUserId;
        /** The first is opened with the URL; the others are subscribed on the same socket. */
        QStringList streams{QStringLiteral("user"), QStringLiteral("direct")};
        std::chrono::milliseconds initialBackoff{1000};
        std::chrono::milliseconds maxBackoff{60'000};
        double jitter = 0.5; ///< 0: none; 0.5: between half and the whole delay
        int failuresBeforeFallback = 3;
        /** How often to ping a quiet socket; 0 turns the heartbeat off. */
        std::chrono::milliseconds pingInterval{30'000};
        /** A ping without a pong for this long ends the socket (it died without closing). */
        std::chrono::milliseconds pongTimeout{15'000};
        /** Opening the socket (TCP, TLS and the upgrade) may take this long. */
        std::chrono::milliseconds handshakeTimeout{20'000};
        QByteArray userAgent; ///< "Starling/<version>" when empty
    };

    enum class State
    {
        Stopped,
        Connecting,
        Connected,
        WaitingToReconnect,
    };

    /** @p tokens must outlive the stream. */
    MastodonStream(Config config, AccessTokenSource *tokens, QObject *parent = nullptr);
    ~MastodonStream() override;
    Q_DISABLE_COPY_MOVE(MastodonStream)

    const Config &config() const { return m_config; }

    /** Opens the socket (and keeps it open) until stop(). Does nothing while running. */
    void start();
    /** Closes the socket and stops reconnecting. */
    void stop();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    /** Whether streaming has failed often enough that polling should carry the account. */
    bool isPollingFallback() const { return m_pollingFallback; }
    /** Attempts in a row that did not connect. */
    int failures() const { return m_failures; }
    /** Successful connections so far, the first included. */
    int connections() const { return m_connections; }
    /** The full URL the socket opens (without the token, which goes in a header). */
    QUrl socketUrl() const;
    /** Whether a socket may be opened on @p url (a socketUrl()): wss://, or ws:// on loopback. */
    static bool isAcceptableUrl(const QUrl &url);

Q_SIGNALS:
    /** The socket is open and subscribed. Fetch once: nothing sent while it was down is replayed. */
    void connected();
    /** The socket closed or failed; a reconnection is scheduled. */
    void disconnected();
    /**
     * New items pushed by the server, mapped as a fetch would map them. The payload of a private
     * reply does not say where its thread begins, so such a message comes with an empty
     * conversationRemoteId (and no conversation): only a fetch can place it. A page without
     * messages means "something arrived there that only a fetch can show" (a private mention
     * notification, for one).
     */
    void received(starling::SyncStream stream, const starling::FetchedPage &page);
    /** The status @p statusId was deleted by its author (the user stream's delete event). */
    void deleted(const QString &statusId);
    void pollingFallbackChanged(bool polling);
    void stateChanged(starling::MastodonStream::State state);

private:
    void open();
    void onConnected();
    void onClosed();
    void onText(const QString &message);
    void scheduleReconnect();
    void ping();
    void setState(State state);
    void setFallback(bool polling);
    void deliver(SyncStream stream, FetchedPage page);
    /** Whether @p key was delivered before; remembers it if not. */
    bool seenBefore(const QString &key);

    Config m_config;
    AccessTokenSource *m_tokens;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QTimer m_heartbeat;
    QTimer m_pongDeadline;
    QTimer m_handshake;
    State m_state = State::Stopped;
    bool m_pollingFallback = false;
    int m_failures = 0;
    int m_connections = 0;
    QSet<QString> m_seen;
    std::deque<QString> m_seenOrder;
};

} // namespace starling
