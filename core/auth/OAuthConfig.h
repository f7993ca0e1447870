// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace starling {

/**
 * Everything the OAuth 2.0 sign-in (OAuthLoopbackFlow) and the token refresh (TokenRefresher) need
 * to know about one network's authorization server and the app registered there. Network-neutral:
 * X uses x(); Mastodon fills one in per instance after registering an app there (M-1); a test
 * points one at sandbox::AuthServer.
 *
 * The redirect URI is always http://127.0.0.1:<port><path> (RFC 8252 §7.3), never "localhost":
 * X and Bluesky refuse localhost, and the name could resolve to another interface.
 */
struct OAuthConfig
{
    /** The port X's callback URL uses unless the user registered another (API-NOTES X-1). */
    static constexpr quint16 defaultXRedirectPort = 47615;

    /** The network's name as the user knows it ("X", "mastodon.social"), for messages. */
    QString providerName;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    /** RFC 7009 revocation endpoint; empty when the server has none (sign-out is then local only). */
    QUrl revokeUrl;
    /** How revokeUrl ends a sign-in. */
    enum class RevokeStyle
    {
        /** RFC 7009: each token in a form, the refresh token first, then the access token. */
        Rfc7009,
        /**
         * A POST authenticated with the refresh token alone, which ends the whole session:
         * Bluesky's com.atproto.server.deleteSession (API-NOTES B-1).
         */
        BearerRefreshToken,
    };
    RevokeStyle revokeStyle = RevokeStyle::Rfc7009;
    QString clientId;
    /**
     * Empty for public clients (X "Native App"). Mastodon registers confidential clients only, so
     * it needs one even with PKCE (M-1). It is a secret: keep it in the CredentialStore, not in
     * settings. Sent in the form body (client_secret_post), which Mastodon accepts.
     */
    QByteArray clientSecret;
    QStringList scopes;
    /**
     * The loopback port to listen on. X matches the callback URL exactly, so its port is fixed;
     * 0 lets the system pick a free port, for servers that ignore the loopback port (Bluesky
     * OAuth, Mastodon's Doorkeeper) and for tests.
     */
    quint16 redirectPort = 0;
    /** The callback path, beginning with "/"; matched exactly, including a trailing slash. */
    QString redirectPath = QStringLiteral("/callback");
    /** Sends an S256 code challenge and the verifier (RFC 7636). On unless a server cannot take it. */
    bool usePkce = true;
    /** More authorize parameters a network wants (Mastodon's force_login, lang…). */
    QList<QPair<QString, QString>> extraAuthorizeParameters;
    /**
     * The pushed authorization request endpoint (RFC 9126); empty for none. When set, the
     * authorization request is posted there first, and the browser opens authorizeUrl with only
     * client_id and the request_uri the server answered (atproto OAuth requires this).
     */
    QUrl parUrl;
    /**
     * The authorization server's issuer identifier; empty for none. When set, the browser's
     * callback must name it in `iss` (RFC 9207), so that an answer from another server that
     * learned the state is refused (atproto OAuth requires this).
     */
    QString issuer;
    /**
     * Whether the tokens are bound to a DPoP key (RFC 9449): the token endpoint must answer
     * token_type DPoP, and every request to it carries a proof (HttpClient::setDpop()).
     */
    bool dpopBound = false;

    /** http://127.0.0.1:<port><redirectPath>; @p boundPort, when not 0, replaces redirectPort. */
    QUrl redirectUri(quint16 boundPort = 0) const;

    /** The scopes as the `scope` parameter wants them: separated by single spaces. */
    QString scopeString() const;

    /**
     * Whether the config can start a sign-in: endpoints present and https (http only on a
     * loopback host, for the sandbox), a plausible client id, a redirect path. InvalidInput
     * with a message the user can act on otherwise.
     */
    Result<void> validate() const;

    /** X (API-NOTES X-1): a public "Native App" client with PKCE and the scopes xScopes(). */
    static OAuthConfig x(const QString &clientId, quint16 port = defaultXRedirectPort);

    /** tweet.read tweet.write users.read dm.read dm.write media.write offline.access */
    static QStringList xScopes();

    /**
     * The explanation the add-account flow (UI and CLI) shows next to the client-ID field: where
     * to create the X app, that it must be a "Native App", and the exact callback URL to register.
     * Translated.
     */
    static QString xClientIdHelp(quint16 port = defaultXRedirectPort);

    /**
     * Whether @p clientId looks like an OAuth client id: after trimming, 1–200 visible ASCII
     * characters and no spaces. Catches an empty field or two values pasted together; it is not
     * a check with the server.
     */
    static bool isPlausibleClientId(const QString &clientId);
};

} // namespace starling
