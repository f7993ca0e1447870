// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoopbackServer.h"
#include "auth/OAuthConfig.h"
#include "auth/TokenSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace starling::sandbox {

/**
 * An OAuth 2.0 authorization server on LoopbackServer that behaves like X's (API-NOTES X-1), for
 * the sign-in tests and `starling --demo`:
 *
 * - GET /oauth2/authorize records what the client asked for (client_id, redirect_uri, scope,
 *   state, code_challenge and its method) and, as a user who clicks "Authorize" would, answers
 *   302 to redirect_uri?code=…&state=…. With Consent::Deny it redirects with
 *   error=access_denied. A test acts as the browser by following that redirect.
 * - POST /oauth2/token, grant_type=authorization_code: the code is single use and expires after
 *   codeLifetime() (30 s, as on X); client_id and redirect_uri must match the authorization; the
 *   code_verifier must match the recorded S256 (or plain) challenge.
 * - POST /oauth2/token, grant_type=refresh_token: refresh tokens rotate. Each use returns a new
 *   one and kills the old; using an old one again answers 400 invalid_grant and, as X may, revokes
 *   the whole grant.
 * - POST /oauth2/revoke (RFC 7009): revokes a token; a refresh token takes its whole grant along.
 *
 * Errors are RFC 6749 JSON: {"error": "invalid_grant", "error_description": "…"}. Token values
 * are "<prefix>-access-<n>-<random>" and "<prefix>-refresh-<n>-<random>", so a test can set a
 * canary prefix and look for it in logs.
 */
class AuthServer final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::milliseconds defaultCodeLifetime{30'000};
    static constexpr qint64 defaultAccessTokenSeconds = 7200;

    /** What the imagined user does on the authorize page. */
    enum class Consent
    {
        Approve,
        Deny, ///< redirects with error=access_denied
    };

    /** When a refresh token comes with the access token. */
    enum class RefreshTokens
    {
        IfOfflineAccess, ///< only when the scope has offline.access, as on X
        Always,
        Never, ///< as on Mastodon
    };

    /** One GET /oauth2/authorize as received. */
    struct Authorization
    {
        QString responseType;
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
        QDateTime receivedAt;
    };

    explicit AuthServer(QObject *parent = nullptr);
    ~AuthServer() override;
    Q_DISABLE_COPY_MOVE(AuthServer)

    /** Listens on 127.0.0.1 with a free port. */
    bool listen();
    void close();
    LoopbackServer &server() { return *m_server; }

    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QUrl revokeUrl() const;

    /** A client config for this server: X's scopes, PKCE, redirect port @p redirectPort (0 = any). */
    OAuthConfig config(const QString &clientId = defaultClientId(), quint16 redirectPort = 0) const;
    static QString defaultClientId();

    void setConsent(Consent consent) { m_consent = consent; }
    /**
     * Only this client is accepted (an unknown client_id gets a 400 page at authorize, no redirect);
     * when @p secret is set, token and revoke requests must carry it as client_secret (a
     * confidential client, as on Mastodon). An empty id accepts any client.
     */
    void setRegisteredClient(const QString &clientId, const QByteArray &secret = {});
    /** When set, redirect_uri must equal it exactly, as X matches callback URLs. */
    void setRegisteredRedirectUri(const QUrl &uri) { m_registeredRedirectUri = uri; }
    /** Whether an authorization without code_challenge is refused (default true). */
    void setRequirePkce(bool require) { m_requirePkce = require; }
    void setRefreshTokens(RefreshTokens policy) { m_refreshTokens = policy; }
    /** Whether reusing a rotated refresh token revokes the whole grant (default true, as X may). */
    void setRevokeGrantOnReuse(bool revoke) { m_revokeGrantOnReuse = revoke; }

    std::chrono::milliseconds codeLifetime() const { return m_codeLifetime; }
    void setCodeLifetime(std::chrono::milliseconds lifetime) { m_codeLifetime = lifetime; }
    /** The clock that ages codes and access tokens; tests inject one they can move. */
    void setClock(Clock clock);
    /** Every code issued so far is expired from now on. */
    void expireCodesNow();

    /** expires_in of new access tokens; 0 leaves it out (tokens then never expire). */
    void setAccessTokenSeconds(qint64 seconds) { m_accessTokenSeconds = seconds; }
    /** The start of every token value (default "sandbox"). */
    void setTokenPrefix(const QByteArray &prefix) { m_tokenPrefix = prefix; }

    /** A live grant made without the browser, as if the user had signed in earlier. */
    TokenSet issueGrant(const QString &clientId = defaultClientId(),
                        const QString &scope = QStringLiteral("tweet.read users.read offline.access"));
    /** Revokes every grant, as a user who removes the app in their settings. */
    void revokeAllGrants();
    /** Whether a resource server would accept @p token now (known, not revoked, not expired). */
    bool isAccessTokenValid(const QByteArray &token) const;
    bool isRefreshTokenValid(const QByteArray &token) const;

    /** Every authorize request received, oldest first. */
    QList<Authorization> authorizations() const { return m_authorizations; }
    int authorizeCount() const { return int(m_authorizations.size()); }
    /** POST /oauth2/token requests of any grant type, answered or refused. */
    int tokenCount() const { return m_tokenCount; }
    int codeExchangeCount() const { return m_codeExchangeCount; }
    int refreshCount() const { return m_refreshCount; }
    int revokeCount() const { return m_revokeCount; }
    /** The tokens named by revoke requests, in order. */
    QList<QByteArray> revokedTokens() const { return m_revokedTokens; }
    void resetCounters();

Q_SIGNALS:
    /** An authorization code was issued and the browser is being redirected with it. */
    void codeIssued();

private:
    struct Code
    {
        Authorization authorization;
        QDateTime issuedAt;
        bool used = false;
        bool expired = false;
        int grant = -1; ///< the grant the exchange made, for revoking it on reuse
    };
    struct Grant
    {
        QString clientId;
        QString scope;
        bool revoked = false;
    };
    struct Token
    {
        int grant = -1;
        QDateTime expiresAt; ///< access tokens only; invalid = never
        bool used = false; ///< refresh tokens: rotated away
        bool revoked = false;
    };

    Response authorize(const Request &request);
    Response token(const Request &request);
    Response revoke(const Request &request);
    Response exchangeCode(const QUrlQuery &form);
    Response refresh(const QUrlQuery &form);
    Response issue(int grant);
    std::optional<Response> checkClient(const QUrlQuery &form) const;
    void revokeGrant(int grant);
    QByteArray newToken(const char *kind);
    QDateTime now() const { return m_clock(); }

    LoopbackServer *m_server = nullptr;
    Clock m_clock;
    Consent m_consent = Consent::Approve;
    QString m_registeredClientId;
    QByteArray m_registeredSecret;
    QUrl m_registeredRedirectUri;
    bool m_requirePkce = true;
    RefreshTokens m_refreshTokens = RefreshTokens::IfOfflineAccess;
    bool m_revokeGrantOnReuse = true;
    std::chrono::milliseconds m_codeLifetime = defaultCodeLifetime;
    qint64 m_accessTokenSeconds = defaultAccessTokenSeconds;
    QByteArray m_tokenPrefix = "sandbox";
    quint64 m_tokenSerial = 0;

    QHash<QString, Code> m_codes;
    QList<Grant> m_grants;
    QHash<QByteArray, Token> m_accessTokens;
    QHash<QByteArray, Token> m_refreshTokenTable;

    QList<Authorization> m_authorizations;
    int m_tokenCount = 0;
    int m_codeExchangeCount = 0;
    int m_refreshCount = 0;
    int m_revokeCount = 0;
    QList<QByteArray> m_revokedTokens;
};

} // namespace starling::sandbox
