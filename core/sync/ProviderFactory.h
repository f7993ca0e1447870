// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace starling {

struct Account;
class CredentialStore;
class ProviderClient;

/**
 * Makes the provider client of an account. The app uses NetworkProviderFactory (the real
 * networks, tokens from the keychain); `starling --demo` and the tests point clients at the
 * sandbox servers instead. Called on the sync thread; the client is a child of @p parent.
 */
class ProviderFactory
{
public:
    virtual ~ProviderFactory() = default;
    virtual ProviderClient *create(const Account &account, CredentialStore *credentials, QObject *parent) = 0;
};

/**
 * The real networks: X, with the account's OAuth tokens kept by a TokenRefresher, and Mastodon,
 * with its access token kept by a StoredAccessToken, its limits in the settings and its stream open.
 */
class NetworkProviderFactory final : public ProviderFactory
{
public:
    ProviderClient *create(const Account &account, CredentialStore *credentials, QObject *parent) override;
};

} // namespace starling
