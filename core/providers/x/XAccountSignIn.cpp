// SPDX-License-Identifier: GPL-3.0-or-later
#include "XAccountSignIn.h"

#include "XClient.h"
#include "auth/FixedAccessToken.h"
#include "auth/OAuthConfig.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/TokenRefresher.h"

#include <memory>

namespace starling {

XAccountSignIn::XAccountSignIn(QString clientId, CredentialStore *credentials, QUrl apiBase, QObject *parent)
    : AccountSignIn(parent)
    , m_clientId(std::move(clientId))
    , m_credentials(credentials)
    , m_apiBase(std::move(apiBase))
{
}

XAccountSignIn::~XAccountSignIn() = default;

void XAccountSignIn::start()
{
    auto *flow = new OAuthLoopbackFlow(OAuthConfig::x(m_clientId), nullptr, this);
    m_flow = flow;
    connect(flow, &OAuthLoopbackFlow::finished, this, [this, flow](const Result<TokenSet> &result) {
        flow->deleteLater();
        if (!result)
            return Q_EMIT finished(result.error());
        readAccount(result.value());
    });
    auto url = flow->start();
    if (!url) {
        flow->deleteLater();
        return Q_EMIT finished(url.error());
    }
    Q_EMIT progress(tr("Waiting for you to allow Starling in the browser…"));
    Q_EMIT authorizationUrlReady(url.value());
}

void XAccountSignIn::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

void XAccountSignIn::readAccount(const TokenSet &tokens)
{
    Q_EMIT progress(tr("Signed in. Reading the account…"));
    m_tokens = tokens;
    auto token = std::make_shared<FixedAccessToken>(tokens.accessToken);
    XClient::Config config;
    config.accountId = QUuid::createUuid();
    if (m_apiBase.isValid() && !m_apiBase.isEmpty())
        config.apiBase = m_apiBase;
    auto *client = new XClient(config, token.get(), this);
    client->whoAmI(this, [this, client, token, config](Result<Identity> me) {
        client->deleteLater();
        if (!me)
            return Q_EMIT finished(me.error());
        Account account;
        account.id = config.accountId;
        account.network = Network::X;
        account.handle = me->handle;
        account.displayName = me->displayName;
        account.avatarUrl = me->avatarUrl;
        account.remoteUserId = me->remoteId;
        account.clientId = m_clientId;
        Q_EMIT finished(account);
    });
}

void XAccountSignIn::keep(const Account &account, QObject *context, std::function<void(Result<void>)> done)
{
    auto *refresher = new TokenRefresher(account.id, OAuthConfig::x(m_clientId), m_credentials, nullptr, this);
    refresher->setTokens(m_tokens, context, [refresher, done](Result<void> stored) {
        refresher->deleteLater();
        done(stored);
    });
}

} // namespace starling
