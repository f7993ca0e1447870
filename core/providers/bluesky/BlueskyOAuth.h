// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyIdentity.h"
#include "Result.h"
#include "auth/AccessTokenSource.h"
#include "auth/OAuthConfig.h"
#include "auth/TokenSet.h"
#include "providers/AccountSignIn.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

class QSettings;

namespace starling {

class CredentialStore;
class Dpop;
class HttpClient;
class OAuthLoopbackFlow;
class TokenRefresher;

/**
 * atproto OAuth (API-NOTES B-1), the facts Starling's sign-in and session share: the client it
 * signs in as, how it finds an account's authorization server, and what it keeps of it.
 *
 * Starling is a native public client without a web site of its own, so it signs in as the
 * loopback client of the atproto OAuth profile: its client_id is http://localhost with the
 * redirect URI and the scopes in the query, and the server builds the client metadata from that
 * (token_endpoint_auth_method none, DPoP-bound tokens). The redirect URI's port is not compared
 * (RFC 8252 §7.3), so the listener takes any free port.
 */
namespace blueskyoauth {

/** `atproto transition:generic transition:chat.bsky`: posts, notifications and DMs (B-1). */
QStringList scopes();
/** The redirect path the loopback listener answers on. */
QString redirectPath();
/** http://localhost?redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback&scope=… */
QString loopbackClientId();

/** What an account's authorization server said about itself (RFC 8414), as far as Starling needs it. */
struct ServerMetadata
{
    QString issuer;
    QUrl authorizationEndpoint;
    QUrl parEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; ///< may be empty
};

/**
 * The authorization server a PDS names in /.well-known/oauth-protected-resource (RFC 9728):
 * the first of `authorization_servers`. BadResponse when there is none or it is no http(s) URL.
 */
Result<QUrl> authorizationServer(const QJsonObject &protectedResource);
/**
 * Reads /.well-known/oauth-authorization-server. The issuer must be @p expectedIssuer exactly
 * (RFC 8414 §3.3: a server cannot speak for another); the atproto profile's musts must hold: PAR
 * required and present, S256, DPoP with ES256, the `atproto` scope, response type code.
 * BadResponse with a message naming what is missing otherwise.
 */
Result<ServerMetadata> serverMetadata(const QJsonObject &document, const QString &expectedIssuer);

/** The sign-in's OAuthConfig: PAR, issuer check, DPoP, the loopback client. */
OAuthConfig config(const ServerMetadata &server, const QString &loginHint = {});

/**
 * Stores what a later session needs to refresh and revoke (not secret) in the account's
 * Revocation::settingsGroup(), which the account's removal clears once it revoked.
 */
void save(QSettings &settings, const QUuid &account, const ServerMetadata &server);
/** What save() stored; empty when nothing was. */
std::optional<ServerMetadata> load(QSettings &settings, const QUuid &account);
void forget(QSettings &settings, const QUuid &account);

/**
 * Finds @p pds's authorization server and reads its metadata: two GETs with @p http.
 * @p done runs once in @p context's thread.
 */
void discover(HttpClient &http, const QUrl &pds, QObject *context, std::function<void(Result<ServerMetadata>)> done);

} // namespace blueskyoauth

/**
 * Signing in to Bluesky in the browser with atproto OAuth (API-NOTES B-1), the way the atproto
 * OAuth profile asks a native app to:
 *
 * 1. The handle is resolved to the account's DID and PDS (BlueskyIdentityResolver), and the PDS's
 *    authorization server and its metadata are read (blueskyoauth::discover()).
 * 2. A new DPoP key is made (ES256). OAuthLoopbackFlow listens on 127.0.0.1, pushes the request
 *    (PAR, with PKCE S256, the state and the handle as login_hint) with a DPoP proof, and answers
 *    the server's use_dpop_nonce by sending it again with the nonce (HttpClient::setDpop()).
 * 3. The browser opens the authorization server's page; the callback must carry the state and
 *    the issuer. The code is exchanged with a proof; the answer must be DPoP-bound and name the
 *    DID the handle resolved to in `sub`, or the sign-in fails: a server may only speak for the
 *    accounts it hosts.
 * 4. The profile is read through the PDS with the new token, for the name and picture.
 *
 * keep() stores the DPoP key first, then the tokens (refresh token first, through TokenRefresher),
 * and the authorization server's endpoints in the settings. Nothing secret is logged.
 */
class BlueskyOAuthSignIn final : public AccountSignIn
{
    Q_OBJECT

public:
    /** @p credentials must outlive the sign-in. @p handle: with or without its "@". */
    BlueskyOAuthSignIn(QString handle, CredentialStore *credentials, QObject *parent = nullptr);
    ~BlueskyOAuthSignIn() override;
    Q_DISABLE_COPY_MOVE(BlueskyOAuthSignIn)

    void start() override;
    void cancel() override;
    void keep(const Account &account, QObject *context, std::function<void(Result<void>)> done) override;

    /** Where handles are resolved (tests point it at a PLC directory and PDS on loopback). */
    void setIdentityConfig(BlueskyIdentityResolver::Config config) { m_identityConfig = std::move(config); }
    /** The loopback listener's flow while it runs (tests shorten its timeout); null otherwise. */
    OAuthLoopbackFlow *flow() const { return m_flow; }

private:
    void discover();
    void authorize();
    void readProfile();
    void fail(const Error &error);

    QString m_handle;
    CredentialStore *m_credentials;
    BlueskyIdentityResolver::Config m_identityConfig;
    HttpClient *m_http;
    std::optional<BlueskyIdentityResolver::Identity> m_identity;
    std::optional<blueskyoauth::ServerMetadata> m_server;
    std::shared_ptr<Dpop> m_dpop;
    QPointer<OAuthLoopbackFlow> m_flow;
    std::optional<TokenSet> m_tokens;
    bool m_finished = false;
};

/**
 * The OAuth sign-in of one Bluesky account, as its BlueskyClient uses it: the DPoP key (read from
 * the keychain by load(), before any request), and the tokens through a TokenRefresher against
 * the authorization server's token endpoint, with a proof on every refresh. The same Dpop signs
 * the client's API requests (BlueskyClient::Config::dpop), so the nonces one learns serve both.
 *
 * A key that is missing from the keychain makes the sign-in useless: load() fails with
 * AuthRevoked and signInExpired() is emitted, as for a refused refresh.
 */
class BlueskyOAuthSession final : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    BlueskyOAuthSession(const QUuid &account, const blueskyoauth::ServerMetadata &server, CredentialStore *store,
                        QObject *parent = nullptr);
    ~BlueskyOAuthSession() override;
    Q_DISABLE_COPY_MOVE(BlueskyOAuthSession)

    const std::shared_ptr<Dpop> &dpop() const { return m_dpop; }
    TokenRefresher &tokens() { return *m_tokens; }

    void load(QObject *context, std::function<void(Result<void>)> done) override;
    QByteArray accessToken() const override;
    void refresh(QObject *context, std::function<void(Result<void>)> done) override;

Q_SIGNALS:
    /** The authorization server refused the refresh token, or the DPoP key is gone: sign in again. */
    void signInExpired();

private:
    QUuid m_account;
    QPointer<CredentialStore> m_store;
    std::shared_ptr<Dpop> m_dpop;
    TokenRefresher *m_tokens;
};

} // namespace starling
