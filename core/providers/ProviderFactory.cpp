// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderFactory.h"

#include "Logging.h"
#include "auth/OAuthConfig.h"
#include "auth/Revocation.h"
#include "auth/StoredAccessToken.h"
#include "auth/TokenRefresher.h"
#include "bluesky/BlueskyAccountSignIn.h"
#include "bluesky/BlueskyClient.h"
#include "bluesky/BlueskyMapper.h"
#include "bluesky/BlueskyOAuth.h"
#include "bluesky/BlueskySession.h"
#include "domain/Account.h"
#include "domain/SignInRequest.h"
#include "mastodon/MastodonAccountSignIn.h"
#include "mastodon/MastodonClient.h"
#include "mastodon/MastodonRegistration.h"
#include "x/XAccountSignIn.h"
#include "x/XClient.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace starling {

std::optional<Revocation> NetworkProviderFactory::revocation(const Account &account)
{
    if (account.demo)
        return std::nullopt;
    if (account.network == Network::Bluesky) {
        if (!account.clientId.isEmpty()) {
            // An OAuth sign-in: RFC 7009 at the authorization server, with a proof by its key.
            QSettings settings;
            const auto server = blueskyoauth::load(settings, account.id);
            if (!server || server->revocationEndpoint.isEmpty())
                return std::nullopt;
            return Revocation{blueskyoauth::config(*server), {}};
        }
        // An app-password session, which no client id names: ended at the account's PDS.
        if (!account.serverUrl.isValid() || account.serverUrl.host().isEmpty())
            return std::nullopt;
        Revocation revocation;
        revocation.config.providerName = u"Bluesky"_s;
        revocation.config.revokeUrl = blueskymapper::xrpcUrl(account.serverUrl, u"com.atproto.server.deleteSession"_s);
        revocation.config.revokeStyle = OAuthConfig::RevokeStyle::BearerRefreshToken;
        return revocation;
    }
    if (account.clientId.trimmed().isEmpty())
        return std::nullopt;
    switch (account.network) {
    case Network::X:
        // An account on another server (the sandbox) has tokens X never issued: keep them from X.
        if (!account.serverUrl.isEmpty())
            return std::nullopt;
        return Revocation{OAuthConfig::x(account.clientId), {}};
    case Network::Mastodon: {
        if (!account.serverUrl.isValid() || account.serverUrl.host().isEmpty())
            return std::nullopt;
        // Every Mastodon version has /oauth/revoke (M-1); the client is confidential.
        Revocation revocation;
        revocation.config.providerName = account.serverUrl.host();
        revocation.config.revokeUrl = account.serverUrl.resolved(QUrl(u"/oauth/revoke"_s));
        revocation.config.clientId = account.clientId;
        revocation.clientSecretOwner = MastodonRegistration::secretKey(account.serverUrl);
        return revocation;
    }
    case Network::Bluesky:
        break; // above
    }
    return std::nullopt;
}

AccountSignIn *ProviderFactory::createSignIn(const SignInRequest &, QObject *)
{
    return nullptr;
}

NetworkProviderFactory::NetworkProviderFactory(CredentialStore *credentials)
    : m_credentials(credentials)
{
}

AccountSignIn *NetworkProviderFactory::createSignIn(const SignInRequest &request, QObject *parent)
{
    switch (request.network) {
    case Network::X:
        return new XAccountSignIn(request.clientId, m_credentials, {}, parent);
    case Network::Mastodon:
        return new MastodonAccountSignIn(request.server, m_credentials, parent);
    case Network::Bluesky: {
        // No app password: atproto OAuth in the browser, found from the handle (B-1).
        if (request.appPassword.isEmpty())
            return new BlueskyOAuthSignIn(request.identifier, m_credentials, parent);
        const QString server = request.server.trimmed();
        const QUrl service = server.isEmpty()            ? QUrl()
                             : server.contains(u"://"_s) ? QUrl(server)
                                                         : QUrl(u"https://"_s + server);
        return new BlueskyAccountSignIn(request.identifier, request.appPassword, service, m_credentials, parent);
    }
    }
    return nullptr;
}

ProviderClient *NetworkProviderFactory::create(const Account &account, QObject *parent)
{
    switch (account.network) {
    case Network::X: {
        // The refresher is the client's parent's child too, so both go together.
        auto *tokens = new TokenRefresher(account.id, OAuthConfig::x(account.clientId), m_credentials, nullptr, parent);
        XClient::Config config;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        if (account.serverUrl.isValid() && !account.serverUrl.isEmpty())
            config.apiBase = account.serverUrl;
        return new XClient(config, tokens, parent);
    }
    case Network::Mastodon: {
        // No refresh tokens on Mastodon (M-1): the stored access token until it is revoked.
        auto *tokens = new StoredAccessToken(account.id, m_credentials, account.serverUrl.host(), parent);
        MastodonClient::Config config;
        config.apiBase = account.serverUrl;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        // The server's limits as stored with the account, until the client reads them again.
        QSettings settings;
        config.instance = MastodonInstance::load(settings, account.id);
        config.liveUpdates = true;
        auto *client = new MastodonClient(config, tokens, parent);
        QObject::connect(client, &MastodonClient::instanceChanged, client,
                         [id = account.id](const MastodonInstance &instance) {
                             QSettings store;
                             instance.save(store, id);
                         });
        return client;
    }
    case Network::Bluesky: {
        const QUrl service = account.serverUrl.isValid() && !account.serverUrl.isEmpty()
                                 ? account.serverUrl
                                 : BlueskyAccountSignIn::defaultService();
        // An OAuth sign-in names its client; its authorization server was kept at sign-in.
        QSettings settings;
        if (const auto server = blueskyoauth::load(settings, account.id); server && !account.clientId.isEmpty()) {
            auto *session = new BlueskyOAuthSession(account.id, *server, m_credentials, parent);
            BlueskyClient::Config config;
            config.service = service;
            config.accountId = account.id;
            config.ownDid = account.remoteUserId;
            config.dpop = session->dpop();
            return new BlueskyClient(config, session, parent);
        }
        // The app-password session: tokens in the keychain, refreshed and rotated (B-1).
        auto *session = new BlueskySession(account.id, service, m_credentials, nullptr, parent);
        BlueskyClient::Config config;
        config.service = service;
        config.accountId = account.id;
        config.ownDid = account.remoteUserId;
        auto *client = new BlueskyClient(config, session, parent);
        QObject::connect(session, &BlueskySession::serviceChanged, client, &BlueskyClient::setService);
        return client;
    }
    }
    return nullptr;
}

} // namespace starling
