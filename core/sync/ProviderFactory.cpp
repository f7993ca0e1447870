// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderFactory.h"

#include "Logging.h"
#include "auth/OAuthConfig.h"
#include "auth/TokenRefresher.h"
#include "domain/Account.h"
#include "providers/x/XClient.h"

namespace starling {

ProviderClient *NetworkProviderFactory::create(const Account &account, CredentialStore *credentials, QObject *parent)
{
    switch (account.network) {
    case Network::X: {
        // The refresher is the client's parent's child too, so both go together.
        auto *tokens = new TokenRefresher(account.id, OAuthConfig::x(account.clientId), credentials, nullptr, parent);
        tokens->load(tokens, [](Result<void> loaded) {
            if (!loaded)
                qCInfo(lcSync) << "no stored access token yet:" << loaded.error().message();
        });
        XClient::Config config;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        if (account.serverUrl.isValid() && !account.serverUrl.isEmpty())
            config.apiBase = account.serverUrl;
        return new XClient(config, tokens, parent);
    }
    case Network::Mastodon:
    case Network::Bluesky:
        // TODO(#8): the Mastodon client; Bluesky after it.
        qCWarning(lcSync) << "no client for" << networkKey(account.network) << "yet";
        return nullptr;
    }
    return nullptr;
}

} // namespace starling
