// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonSignIn.h"

#include "MastodonClient.h"
#include "auth/CredentialStore.h"
#include "auth/FixedAccessToken.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/StoredAccessToken.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace starling {

MastodonSignIn::MastodonSignIn(QSettings *settings, CredentialStore *credentials, QNetworkAccessManager *manager,
                               QObject *parent)
    : QObject(parent)
    , m_registration(settings, credentials, manager, this)
    , m_manager(manager)
{
}

MastodonSignIn::~MastodonSignIn() = default;

void MastodonSignIn::start(const QString &server)
{
    if (m_running)
        return;
    auto url = MastodonRegistration::serverUrl(server);
    if (!url) {
        QMetaObject::invokeMethod(
            this, [this, error = url.error()] { Q_EMIT finished(error); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    Q_EMIT progress(tr("Connecting to %1…").arg(url->host()));
    m_registration.prepare(url.value(), this, [this](Result<MastodonRegistration::Prepared> prepared) {
        if (!prepared)
            return finish(prepared.error());
        begin(prepared.value(), false);
    });
}

void MastodonSignIn::begin(const MastodonRegistration::Prepared &prepared, bool retriedPort)
{
    if (!m_running)
        return;
    auto *flow = new OAuthLoopbackFlow(prepared.config, m_manager, this);
    auto started = flow->start();
    if (!started) {
        delete flow;
        if (!retriedPort) {
            // The port registered with the app is taken now: register again with a free one.
            m_registration.prepare(
                prepared.server, this,
                [this](Result<MastodonRegistration::Prepared> again) {
                    if (!again)
                        return finish(again.error());
                    begin(again.value(), true);
                },
                true);
            return;
        }
        return finish(started.error());
    }
    m_flow = flow;
    connect(flow, &OAuthLoopbackFlow::callbackReceived, this,
            [this, prepared] { Q_EMIT progress(tr("Signing in to %1…").arg(prepared.server.host())); });
    connect(flow, &OAuthLoopbackFlow::finished, this, [this, flow, prepared](const Result<TokenSet> &tokens) {
        flow->deleteLater();
        m_flow = nullptr;
        if (!tokens)
            return finish(tokens.error());
        readAccount(prepared, tokens.value());
    });
    Q_EMIT progress(tr("Waiting for you to allow Starling in the browser…"));
    Q_EMIT authorizationUrlReady(started.value());
}

void MastodonSignIn::readAccount(const MastodonRegistration::Prepared &prepared, const TokenSet &tokens)
{
    Q_EMIT progress(tr("Signed in. Reading the account…"));
    auto token = std::make_shared<FixedAccessToken>(tokens.accessToken);
    MastodonClient::Config config;
    config.apiBase = prepared.server;
    config.accountId = QUuid::createUuid();
    config.instance = prepared.instance;
    auto *client = new MastodonClient(config, token.get(), this);
    client->whoAmI(this, [this, client, token, tokens, prepared, config](Result<Identity> me) {
        client->deleteLater();
        if (!me)
            return finish(me.error());
        Outcome outcome;
        outcome.account.id = config.accountId;
        outcome.account.network = Network::Mastodon;
        const QString domain = prepared.instance.domain.isEmpty() ? prepared.server.host() : prepared.instance.domain;
        // Local accounts have an acct without a domain; the account list shows user@domain.
        outcome.account.handle = me->handle.contains(u'@') ? me->handle : me->handle + u'@' + domain;
        outcome.account.displayName = me->displayName;
        outcome.account.avatarUrl = me->avatarUrl;
        outcome.account.serverUrl = prepared.server;
        outcome.account.remoteUserId = me->remoteId;
        outcome.account.clientId = prepared.config.clientId;
        outcome.tokens = tokens;
        outcome.instance = prepared.instance;
        finish(outcome);
    });
}

void MastodonSignIn::cancel()
{
    if (!m_running)
        return;
    if (m_flow) {
        m_flow->cancel(); // finishes the flow with Cancelled, which finishes this
        return;
    }
    finish(Error::fromCode(Error::Code::Cancelled));
}

void MastodonSignIn::finish(Result<Outcome> result)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(result);
}

void MastodonSignIn::store(const Outcome &outcome, CredentialStore *credentials, QSettings *settings, QObject *context,
                           std::function<void(Result<void>)> done)
{
    if (settings && outcome.instance.isKnown()) {
        outcome.instance.save(*settings, outcome.account.id);
        settings->sync();
    }
    QObject *parent = context ? context : static_cast<QObject *>(credentials);
    auto *token = new StoredAccessToken(outcome.account.id, credentials, outcome.account.serverUrl.host(), parent);
    token->setToken(outcome.tokens.accessToken, context, [token, done](Result<void> stored) {
        token->deleteLater();
        done(stored);
    });
}

} // namespace starling
