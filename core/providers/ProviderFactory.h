// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <optional>

namespace starling {

struct Account;
struct SignInRequest;
class AccountSignIn;
class CredentialStore;
class ProviderClient;
struct Revocation;

/**
 * Makes what talks to a network for an account: its provider client, and the sign-in that adds
 * one. The app uses NetworkProviderFactory (the real networks, tokens from the keychain);
 * `starling --demo` and the tests point clients at the sandbox servers instead.
 */
class ProviderFactory
{
public:
    virtual ~ProviderFactory() = default;

    /**
     * The client of @p account, a child of @p parent, or null when the network has none. Called
     * on the sync thread. Its stored sign-in is read by ProviderClient::prepare(), not here.
     */
    virtual ProviderClient *create(const Account &account, QObject *parent) = 0;

    /**
     * A sign-in to @p request's network, a child of @p parent; null where this factory cannot
     * sign anyone in (the demo's sandbox accounts are made, not signed in).
     */
    virtual AccountSignIn *createSignIn(const SignInRequest &request, QObject *parent);
};

/**
 * The real networks: X, with the account's OAuth tokens kept by a TokenRefresher; Mastodon,
 * with its access token kept by a StoredAccessToken, its limits in the settings and its stream open;
 * and Bluesky, with its app-password session kept by a BlueskySession (tokens in the keychain).
 */
class NetworkProviderFactory final : public ProviderFactory
{
public:
    /** @p credentials must outlive the factory and what it makes. */
    explicit NetworkProviderFactory(CredentialStore *credentials);

    ProviderClient *create(const Account &account, QObject *parent) override;
    AccountSignIn *createSignIn(const SignInRequest &request, QObject *parent) override;

    /**
     * Where a removed account's tokens are revoked (AccountManager::setRevocationLookup()).
     * X (API-NOTES X-1): OAuthConfig::x() of the account's client id, revoked at api.x.com.
     * Mastodon (M-1): the server's /oauth/revoke, as the app Starling registered there. Bluesky
     * (B-1): com.atproto.server.deleteSession at the account's PDS, with the refresh token. Nothing
     * for demo accounts, X and Mastodon accounts without a client id, and X accounts on another
     * server than X's.
     */
    static std::optional<Revocation> revocation(const Account &account);

private:
    CredentialStore *m_credentials;
};

} // namespace starling
