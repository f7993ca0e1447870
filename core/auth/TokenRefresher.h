// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessTokenSource.h"
#include "OAuthConfig.h"
#include "RefreshLock.h"
#include "Result.h"
#include "TokenSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace starling {

class CredentialStore;
class HttpClient;

/**
 * The OAuth 2.0 tokens of one account: the AccessTokenSource its provider client uses, kept in
 * memory for requests and in the CredentialStore across restarts.
 *
 * Refreshes are single flight: while one runs, every other refresh() joins it and gets its
 * result, so 20 requests that meet an expired token cause one refresh. A refresh() that comes
 * within recentRefreshWindow() of a successful refresh succeeds at once without asking the server
 * (the caller's request was sent with the previous token and only needs a retry).
 *
 * A refresh reads the refresh token from the store, posts grant_type=refresh_token, then writes
 * the NEW REFRESH TOKEN to the store first, the access token second, and only then makes the new
 * access token current and answers the callers: X refresh tokens work once (API-NOTES X-1), so a
 * crash must never leave the store with a used one. If that write fails, the new tokens are held
 * in memory and the next refresh() stores them instead of asking the server again.
 *
 * Across processes (the app and starling-cli on one profile), refreshes of one account take turns
 * through a lock file, CredentialStore::refreshLockPath(): each refresh reads the refresh token
 * only once it holds the lock, and lets go only after the new one is stored, so the next process
 * reads that one instead of spending the used one again. The lock is waited for on a timer, never
 * by blocking the thread; after lockPatience() the refresh gives up with Timeout (the holder is
 * stuck, the user is not signed out). A lock is stale only when its process is gone. Without a
 * lock folder, or when the lock file cannot be created at all, the refresh goes ahead unlocked.
 *
 * Errors: the server refusing the grant (HTTP 400/401, invalid_grant) → AuthRevoked and
 * signInExpired(), nothing deleted; but first the stored refresh token is read again, and when it
 * is another one than was sent (a process that did not take the lock renewed the sign-in in the
 * meantime), the refresh is tried once more with it. No refresh token in the store (missing, or a
 * locked keyring, which answers the same) → AuthRevoked and signInExpired(), nothing deleted; the
 * keyring failing → Unavailable; network, timeout, 429 and 5xx pass through unchanged.
 *
 * load(), setTokens(), refresh() and signOut() run one at a time in the order they were called.
 * No token is ever logged.
 */
class TokenRefresher final : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds defaultRecentRefreshWindow{10'000};
    /** Longer than a refresh can take (its deadline, plus the keyring's retry) while it holds the lock. */
    static constexpr std::chrono::milliseconds defaultLockPatience = RefreshLock::defaultPatience;

    /**
     * @p store must outlive the refresher. The token endpoint is reached through @p manager if given
     * (one per account), else through a manager of its own. Never through the provider's client:
     * its authorizer would put the access token on token requests.
     */
    TokenRefresher(const QUuid &account, OAuthConfig config, CredentialStore *store,
                   QNetworkAccessManager *manager = nullptr, QObject *parent = nullptr);
    ~TokenRefresher() override;
    Q_DISABLE_COPY_MOVE(TokenRefresher)

    QUuid account() const { return m_account; }
    const OAuthConfig &config() const { return m_config; }
    /** Replaces the config, for example after the client secret was read from the store. */
    void setConfig(const OAuthConfig &config) { m_config = config; }

    /** The current access token; empty before load() or setTokens() and after signOut(). */
    QByteArray accessToken() const override { return m_accessToken; }
    /** When the current access token expires; invalid when unknown (after load()) or never. */
    QDateTime expiresAt() const { return m_expiresAt; }
    /** Whether a refresh is queued or running. */
    bool isRefreshing() const { return m_refreshPending; }

    /** See the class comment. @p done runs once in @p context's thread, unless @p context is gone. */
    void refresh(QObject *context, Done done) override;

    /**
     * Reads the stored access token at start-up and makes it current. NotFound when there is
     * none, which on Linux may also mean a locked keyring: never read it as "signed out".
     * Unavailable when the keyring fails.
     */
    void load(QObject *context, Done done) override;

    /**
     * Stores the tokens of a new sign-in, refresh token first (or removes a stale one when the new
     * set has none), then the access token, and then makes the access token current. Unavailable
     * when the keyring fails; the old tokens stay current then. Takes the refresh lock, as refresh()
     * does, but goes ahead without it when its holder does not let go in time.
     */
    void setTokens(const TokenSet &tokens, QObject *context, Done done);

    /**
     * Revokes the refresh and the access token at config().revokeUrl (token + client_id), then
     * removes both from the store and forgets the access token. A revocation that fails (offline,
     * server error) is logged and does not stop the local sign-out; a keyring that fails to remove
     * gives Unavailable. Other secrets of the account (client secret, app password) stay: they
     * belong to the account, not to the sign-in. Takes the refresh lock as setTokens() does.
     */
    void signOut(QObject *context, Done done);

    /** The clock that turns expires_in into expiresAt(); tests inject a fixed one. */
    void setClock(Clock clock);
    std::chrono::milliseconds recentRefreshWindow() const { return m_recentRefreshWindow; }
    /** 0 turns the window off: every refresh() outside a running one asks the server. */
    void setRecentRefreshWindow(std::chrono::milliseconds window) { m_recentRefreshWindow = window; }

    /** How long refresh() waits for another process's refresh of this account (see the class comment). */
    std::chrono::milliseconds lockPatience() const { return m_lock->patience(); }
    void setLockPatience(std::chrono::milliseconds patience) { m_lock->setPatience(patience); }

    /** The client that talks to the token endpoint (for tests: deadlines, user agent). */
    HttpClient &http() { return *m_http; }

Q_SIGNALS:
    /** The server refused the grant or no refresh token is left: the user must sign in again. */
    void signInExpired();
    /** accessToken() changed: a refresh, load(), setTokens() or signOut() happened. */
    void accessTokenChanged();

private:
    using Step = std::function<void()>;
    using Operation = std::function<void(Step finished)>;

    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    static Waiter waiter(QObject *context, Done done);
    static void deliver(const Waiter &waiter, const Result<void> &result);

    void enqueue(Operation operation);
    void runNext();

    /** @p finished, after letting go of the lock. */
    Step releasing(Step finished);

    void runRefresh(Step finished);
    void readAndPost(Step finished);
    /** @p secondTry: the token was read again after a refusal; a second refusal is final. */
    void postRefresh(const QByteArray &refreshToken, bool secondTry, Step finished);
    void refused(const QByteArray &sentToken, const Error &error, bool secondTry, Step finished);
    void storeRefreshed(const TokenSet &tokens, Step finished);
    void completeRefresh(const Result<void> &result, Step finished);
    void revokeThen(const QByteArray &token, bool isRefreshToken, Step next);
    /** Sets the current token and emits accessTokenChanged(); false if a receiver deleted this. */
    bool makeCurrent(const QByteArray &accessToken, const QDateTime &expiresAt);
    QString providerName() const;
    Error keyringError(const Error &error) const;

    QUuid m_account;
    OAuthConfig m_config;
    QPointer<CredentialStore> m_store;
    HttpClient *m_http = nullptr;
    Clock m_clock;
    std::chrono::milliseconds m_recentRefreshWindow = defaultRecentRefreshWindow;
    RefreshLock *m_lock; ///< held from before a refresh reads the token until it stored the new one

    QByteArray m_accessToken;
    QDateTime m_expiresAt;
    /** Tokens the server issued that could not be stored yet; see the class comment. */
    std::optional<TokenSet> m_unsaved;
    QElapsedTimer m_lastRefresh;

    std::deque<Operation> m_queue;
    bool m_busy = false;
    bool m_refreshPending = false;
    std::vector<Waiter> m_refreshWaiters;
};

} // namespace starling
