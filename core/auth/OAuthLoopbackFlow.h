// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthConfig.h"
#include "Result.h"
#include "TokenSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace starling {

class Dpop;
class HttpClient;

/**
 * One OAuth 2.0 sign-in of a native app (RFC 8252): authorization code with PKCE S256, received
 * on a one-shot loopback listener. Qt 6.4's QtNetworkAuth has no PKCE, so the flow is written
 * here on QTcpServer and HttpClient. Network-neutral: X, Mastodon and Bluesky differ only in
 * their OAuthConfig.
 *
 * 1. start() listens on 127.0.0.1 only (never on all interfaces), on the configured port or a free
 *    one, and emits authorizationUrlReady(); the UI opens that URL in the user's browser. With a
 *    PAR endpoint (OAuthConfig::parUrl, RFC 9126) the request is pushed there first, and the URL
 *    comes once the server answered; a refusal finishes the flow.
 * 2. The browser comes back with GET <redirectPath>?code=…&state=…. A callback whose state is
 *    missing or does not match gets a 400 page and changes nothing: any local process or web page
 *    can send one, so it must not end the user's sign-in. The callback with the right state closes
 *    the listener at once (one-shot): later connections are refused and requests on connections
 *    already open get a refusal page. An `error` (access_denied…) with the right state fails the
 *    flow with the server's reason. When OAuthConfig::issuer is set, the callback must name that
 *    issuer in `iss` (RFC 9207), or the flow fails: the code came from another server.
 *    A connection that has not sent its request within connectionTimeout() is closed, and at most
 *    16 connections wait for theirs: a new one pushes out the one that waited longest. So idle
 *    connections cannot keep the browser's callback out.
 * 3. The code is exchanged at once (X codes live 30 s). The browser's request is held until the
 *    exchange is over, so its page tells the truth: success, or failure and why.
 * 4. finished() reports the TokenSet or an Error, exactly once.
 *
 * cancel() closes the listener and finishes with Cancelled; when the user never comes back, the
 * flow finishes with Timeout after timeout() (10 minutes by default). A flow runs once; start a
 * new one to try again. Nothing secret (code, verifier, state, tokens) is ever logged.
 */
class OAuthLoopbackFlow final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{10 * 60 * 1000};
    /** A browser sends its request as soon as it connects; a connection silent for this long is closed. */
    static constexpr std::chrono::milliseconds defaultConnectionTimeout{20'000};

    using Clock = std::function<QDateTime()>;

    /** The token exchange uses @p manager if given (one per account), else a manager of its own. */
    explicit OAuthLoopbackFlow(OAuthConfig config, QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    /** Closes the listener and drops any held browser connection; emits nothing. */
    ~OAuthLoopbackFlow() override;
    Q_DISABLE_COPY_MOVE(OAuthLoopbackFlow)

    const OAuthConfig &config() const { return m_config; }

    /** How long the flow waits for the browser to come back (default 10 minutes). Set before start(). */
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout);

    /** How long a connection may take to send its whole request head (default 20 s). */
    std::chrono::milliseconds connectionTimeout() const { return m_connectionTimeout; }
    void setConnectionTimeout(std::chrono::milliseconds timeout);

    /** The clock that turns expires_in into TokenSet::expiresAt; tests inject a fixed one. */
    void setClock(Clock clock);

    /** Signs the PAR and the code exchange with DPoP proofs (RFC 9449). Set before start(). */
    void setDpop(std::shared_ptr<Dpop> dpop);

    /**
     * Validates the config, creates the verifier and state, listens on 127.0.0.1 and emits
     * authorizationUrlReady() with the URL it also returns. With a PAR endpoint it returns an
     * empty URL and emits authorizationUrlReady() once the server took the request. On an error
     * (invalid config, the fixed port in use) the flow has not started and finished() is not
     * emitted.
     */
    Result<QUrl> start();

    /** Stops waiting: closes the listener and finishes with Cancelled. Does nothing once finished. */
    void cancel();

    bool isRunning() const { return m_phase == Phase::Listening || m_phase == Phase::Exchanging; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    /** Whether the loopback listener is open (only while waiting for the browser). */
    bool isListening() const;
    /** The address the listener is bound to: always 127.0.0.1. Null when not listening. */
    QHostAddress listenAddress() const;
    /** The bound port; 0 when not listening. */
    quint16 port() const;
    /** The redirect_uri sent with this flow: http://127.0.0.1:<port><path>. */
    QUrl redirectUri() const { return m_redirectUri; }
    /** The URL the user's browser must open; empty before start(). */
    QUrl authorizationUrl() const { return m_authorizationUrl; }

Q_SIGNALS:
    /** Open @p url in the user's browser (QDesktopServices::openUrl in the UI). */
    void authorizationUrlReady(const QUrl &url);
    /** The browser came back to the listener; the code exchange has begun. For progress in the UI. */
    void callbackReceived();
    /** The outcome, exactly once after a successful start(). */
    void finished(const starling::Result<starling::TokenSet> &result);

private:
    enum class Phase
    {
        Idle,
        Listening,
        Exchanging,
        Finished,
    };

    /** The authorization request's parameters, for the URL or the PAR body. */
    QList<QPair<QByteArray, QByteArray>> requestParameters() const;
    void push(const QList<QPair<QByteArray, QByteArray>> &parameters);
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    /** Closes a connection that never sent its request; one that has, finishes on its own. */
    void dropIdle(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QByteArray &rawQuery);
    void exchange(const QString &code);
    void onExchanged(Result<TokenSet> result);
    void stopListening(QTcpSocket *keep = nullptr);
    void finish(Result<TokenSet> result);
    void answer(QTcpSocket *socket, int status, const QByteArray &html);
    QByteArray successPage() const;
    QByteArray failurePage(const QString &reason) const;
    QByteArray page(const QString &title, const QString &heading, const QStringList &paragraphs) const;
    QString providerName() const;

    OAuthConfig m_config;
    HttpClient *m_http = nullptr;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    Clock m_clock;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    std::chrono::milliseconds m_connectionTimeout = defaultConnectionTimeout;
    Phase m_phase = Phase::Idle;
    QByteArray m_verifier;
    QByteArray m_state;
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    QHash<QTcpSocket *, QByteArray> m_buffers; ///< request heads still arriving
    QList<QPointer<QTcpSocket>> m_waiting; ///< connections without a whole request head, oldest first
    QPointer<QTcpSocket> m_browser; ///< the callback request, held until the exchange is over
    quint64 m_exchangeId = 0; ///< the HttpClient request of the exchange or the PAR; 0 when none
};

} // namespace starling
