// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyMapper.h"
#include "auth/AccessTokenSource.h"
#include "auth/CredentialStore.h"
#include "auth/RefreshLock.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace starling {

class HttpClient;

/**
 * The app-password session of one Bluesky account (API-NOTES B-1): the accessJwt the client sends,
 * kept in memory and in the CredentialStore (the keychain, nothing else), and the refreshJwt that
 * renews it through com.atproto.server.refreshSession.
 *
 * Both tokens rotate on every refresh, so a refresh stores the NEW REFRESH TOKEN first, the access
 * token second, and only then makes the new access token current and answers its callers: a crash
 * never leaves the keychain with a used refresh token. Refreshes are single flight: while one runs,
 * every refresh() joins it; one that comes within recentRefreshWindow of a successful refresh
 * succeeds at once (its request went out with the previous token and only needs a retry). Across
 * processes (the app and starling-cli on one profile) refreshes take turns through the account's
 * RefreshLock, held from before the refresh token is read until its successor is stored.
 *
 * When the server refuses the refresh token (ExpiredToken, InvalidToken, 401), the stored refresh
 * token is read again first, as TokenRefresher does: when it is another one than was sent (another
 * window or process renewed the session meanwhile), the refresh is tried once more with it. Only then
 * is the sign-in over: AuthRevoked and signInExpired(), nothing deleted. A taken-down account is
 * AuthRevoked too. Network, timeout, 429 and 5xx pass through unchanged. No token is ever logged.
 */
class BlueskySession final : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    static constexpr std::chrono::milliseconds recentRefreshWindow{10'000};

    /**
     * @p store must outlive the session. @p service is where refreshSession is sent: the account's
     * PDS. Requests go through @p manager when given, else through one of the session's own.
     */
    BlueskySession(const QUuid &account, QUrl service, CredentialStore *store, QNetworkAccessManager *manager = nullptr,
                   QObject *parent = nullptr);
    ~BlueskySession() override;
    Q_DISABLE_COPY_MOVE(BlueskySession)

    QUuid account() const { return m_account; }
    QUrl service() const { return m_service; }
    QByteArray accessToken() const override { return m_accessToken; }

    /** Reads the stored access token; NotFound when there is none (never read as "signed out"). */
    void load(QObject *context, Done done) override;
    /** See the class comment. */
    void refresh(QObject *context, Done done) override;
    /** Stores a new sign-in's tokens, refresh token first, then makes its access token current. */
    void setSession(const blueskymapper::Session &session, QObject *context, Done done);

    /** The client that talks to the PDS for the session (tests shorten its deadlines). */
    HttpClient &http() { return *m_http; }

    /** How many refreshSession requests were sent (for tests and logs). */
    int refreshesSent() const { return m_refreshesSent; }

Q_SIGNALS:
    /** The server refused the refresh token and no newer one is stored: sign in again. */
    void signInExpired();
    /** accessToken() changed. */
    void accessTokenChanged();
    /** A refresh answered with another PDS than service() (the account moved); later requests go there. */
    void serviceChanged(const QUrl &service);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    void readAndPost();
    void post(const QByteArray &refreshToken, bool secondTry);
    void refused(const QByteArray &sentToken, const Error &error, bool secondTry);
    void store(const blueskymapper::Session &session, Done done);
    void finish(const Result<void> &result);
    static void deliver(const Waiter &waiter, const Result<void> &result);

    QUuid m_account;
    QUrl m_service;
    QPointer<CredentialStore> m_store;
    HttpClient *m_http = nullptr;
    QByteArray m_accessToken;
    QByteArray m_sending; ///< the refresh token on the request in flight
    bool m_refreshing = false;
    std::vector<Waiter> m_waiters;
    RefreshLock *m_lock;
    QElapsedTimer m_lastRefresh;
    int m_refreshesSent = 0;
};

} // namespace starling
