// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSession.h"

#include "demo/DemoNetwork.h"
#include "demo/DemoTokenSource.h"
#include "domain/Account.h"
#include "providers/mastodon/MastodonClient.h"
#include "providers/x/XClient.h"

using namespace Qt::StringLiterals;

namespace starling {

namespace {
/** Owns the demo token for as long as the client lives. */
class TokenHolder final : public QObject
{
public:
    TokenHolder(QByteArray token, QObject *parent)
        : QObject(parent)
        , source(std::move(token))
    {
    }
    sandbox::DemoTokenSource source;
};
} // namespace

DemoProviderFactory::DemoProviderFactory(QUrl xBaseUrl, QByteArray xToken)
    : m_xBaseUrl(std::move(xBaseUrl))
    , m_xToken(std::move(xToken))
{
}

void DemoProviderFactory::setMastodon(QUrl baseUrl, QByteArray token)
{
    m_mastodonBaseUrl = std::move(baseUrl);
    m_mastodonToken = std::move(token);
}

ProviderClient *DemoProviderFactory::create(const Account &account, CredentialStore *, QObject *parent)
{
    if (account.network == Network::Mastodon) {
        if (m_mastodonBaseUrl.isEmpty())
            return nullptr;
        auto *holder = new TokenHolder(m_mastodonToken, parent);
        MastodonClient::Config config;
        config.apiBase = m_mastodonBaseUrl;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        // The limits and the streaming host come from the sandbox server, as from a real one;
        // new messages then arrive through its stream.
        config.liveUpdates = true;
        return new MastodonClient(config, &holder->source, parent);
    }
    if (account.network != Network::X)
        return nullptr;
    auto *holder = new TokenHolder(m_xToken, parent);
    XClient::Config config;
    config.apiBase = m_xBaseUrl;
    config.accountId = account.id;
    config.ownUserId = account.remoteUserId;
    return new XClient(config, &holder->source, parent);
}

Account demoXAccount(const sandbox::DemoNetwork &network)
{
    Account account;
    account.id = QUuid(u"{5a1f0000-0000-4000-8000-00000000de00}"_s);
    account.network = Network::X;
    account.handle = network.xOwnHandle();
    account.displayName = network.xOwnName();
    account.remoteUserId = network.xOwnUserId();
    account.serverUrl = network.xBaseUrl();
    account.demo = true;
    return account;
}

Account demoMastodonAccount(const sandbox::DemoNetwork &network)
{
    Account account;
    account.id = QUuid(u"{5a1f0000-0000-4000-8000-00000000de01}"_s);
    account.network = Network::Mastodon;
    account.handle = network.mastodonOwnHandle();
    account.displayName = network.mastodonOwnName();
    account.remoteUserId = network.mastodonOwnUserId();
    account.serverUrl = network.mastodonBaseUrl();
    account.demo = true;
    return account;
}

} // namespace starling
