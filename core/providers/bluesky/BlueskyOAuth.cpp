// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyOAuth.h"

#include "BlueskyAccountSignIn.h"
#include "BlueskyMapper.h"
#include "auth/CredentialStore.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/Revocation.h"
#include "auth/TokenRefresher.h"
#include "net/Dpop.h"
#include "net/HttpClient.h"
#include "providers/Logging.h"

#include <QJsonArray>
#include <QSettings>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace starling {

namespace blueskyoauth {

namespace {

Error unreadable(const QString &what)
{
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("starling::BlueskyOAuthSignIn",
                                             "The account's server does not offer the Bluesky sign-in in the "
                                             "browser as Starling needs it (%1). Sign in with an app password "
                                             "instead.")
                     .arg(what));
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s);
}

bool contains(const QJsonObject &document, QLatin1StringView key, const QString &value)
{
    return document.value(key).toArray().contains(QJsonValue(value));
}

} // namespace

QStringList scopes()
{
    return {u"atproto"_s, u"transition:generic"_s, u"transition:chat.bsky"_s};
}

QString redirectPath()
{
    return u"/callback"_s;
}

QString loopbackClientId()
{
    // The atproto loopback client: the server reads redirect_uri and scope from the query.
    OAuthConfig redirect;
    redirect.redirectPath = redirectPath();
    QUrlQuery query;
    query.addQueryItem(u"redirect_uri"_s,
                       QString::fromLatin1(QUrl::toPercentEncoding(u"http://127.0.0.1"_s + redirectPath())));
    query.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scopes().join(u' '))));
    return u"http://localhost?"_s + query.toString(QUrl::FullyEncoded);
}

Result<QUrl> authorizationServer(const QJsonObject &protectedResource)
{
    const QJsonArray servers = protectedResource.value("authorization_servers"_L1).toArray();
    const QUrl server(servers.first().toString());
    if (servers.isEmpty() || !isWebUrl(server))
        return unreadable(u"authorization_servers"_s);
    return server;
}

Result<ServerMetadata> serverMetadata(const QJsonObject &document, const QString &expectedIssuer)
{
    ServerMetadata server;
    server.issuer = document.value("issuer"_L1).toString();
    if (server.issuer.isEmpty() || server.issuer != expectedIssuer)
        return unreadable(u"issuer"_s);
    server.authorizationEndpoint = QUrl(document.value("authorization_endpoint"_L1).toString());
    server.parEndpoint = QUrl(document.value("pushed_authorization_request_endpoint"_L1).toString());
    server.tokenEndpoint = QUrl(document.value("token_endpoint"_L1).toString());
    server.revocationEndpoint = QUrl(document.value("revocation_endpoint"_L1).toString());
    if (!isWebUrl(server.authorizationEndpoint))
        return unreadable(u"authorization_endpoint"_s);
    if (!isWebUrl(server.parEndpoint))
        return unreadable(u"pushed_authorization_request_endpoint"_s);
    if (!isWebUrl(server.tokenEndpoint))
        return unreadable(u"token_endpoint"_s);
    if (!server.revocationEndpoint.isEmpty() && !isWebUrl(server.revocationEndpoint))
        server.revocationEndpoint = QUrl();
    if (!contains(document, "code_challenge_methods_supported"_L1, u"S256"_s))
        return unreadable(u"S256"_s);
    if (!contains(document, "dpop_signing_alg_values_supported"_L1, u"ES256"_s))
        return unreadable(u"DPoP ES256"_s);
    if (!contains(document, "scopes_supported"_L1, u"atproto"_s))
        return unreadable(u"atproto"_s);
    if (!contains(document, "response_types_supported"_L1, u"code"_s))
        return unreadable(u"response_type code"_s);
    return server;
}

OAuthConfig config(const ServerMetadata &server, const QString &loginHint)
{
    OAuthConfig config;
    config.providerName = u"Bluesky"_s;
    config.authorizeUrl = server.authorizationEndpoint;
    config.parUrl = server.parEndpoint;
    config.tokenUrl = server.tokenEndpoint;
    config.revokeUrl = server.revocationEndpoint;
    config.issuer = server.issuer;
    config.dpopBound = true;
    config.clientId = loopbackClientId();
    config.scopes = scopes();
    config.redirectPort = 0;
    config.redirectPath = redirectPath();
    config.usePkce = true;
    if (!loginHint.isEmpty())
        config.extraAuthorizeParameters.append({u"login_hint"_s, loginHint});
    return config;
}

void save(QSettings &settings, const QUuid &account, const ServerMetadata &server)
{
    settings.beginGroup(Revocation::settingsGroup(account));
    settings.setValue(u"issuer"_s, server.issuer);
    settings.setValue(u"authorizationEndpoint"_s, server.authorizationEndpoint);
    settings.setValue(u"parEndpoint"_s, server.parEndpoint);
    settings.setValue(u"tokenEndpoint"_s, server.tokenEndpoint);
    settings.setValue(u"revocationEndpoint"_s, server.revocationEndpoint);
    settings.endGroup();
}

std::optional<ServerMetadata> load(QSettings &settings, const QUuid &account)
{
    settings.beginGroup(Revocation::settingsGroup(account));
    ServerMetadata server;
    server.issuer = settings.value(u"issuer"_s).toString();
    server.authorizationEndpoint = settings.value(u"authorizationEndpoint"_s).toUrl();
    server.parEndpoint = settings.value(u"parEndpoint"_s).toUrl();
    server.tokenEndpoint = settings.value(u"tokenEndpoint"_s).toUrl();
    server.revocationEndpoint = settings.value(u"revocationEndpoint"_s).toUrl();
    settings.endGroup();
    if (server.issuer.isEmpty() || !isWebUrl(server.tokenEndpoint))
        return std::nullopt;
    return server;
}

void forget(QSettings &settings, const QUuid &account)
{
    settings.remove(Revocation::settingsGroup(account));
}

void discover(HttpClient &http, const QUrl &pds, QObject *context, std::function<void(Result<ServerMetadata>)> done)
{
    const QUrl resourceUrl = pds.resolved(QUrl(u"/.well-known/oauth-protected-resource"_s));
    http.send(HttpRequest::get(resourceUrl), context,
              [&http, context, done = std::move(done)](Result<HttpResponse> resource) mutable {
                  if (!resource)
                      return done(resource.error());
                  const Result<QUrl> server = authorizationServer(resource->object());
                  if (!server)
                      return done(server.error());
                  // RFC 8414 §3: the issuer's path goes after the well-known part; atproto issuers have none.
                  QUrl metadataUrl = server.value();
                  metadataUrl.setPath(u"/.well-known/oauth-authorization-server"_s + server->path());
                  const QString issuer = server->toString(QUrl::StripTrailingSlash);
                  http.send(HttpRequest::get(metadataUrl), context,
                            [issuer, done = std::move(done)](Result<HttpResponse> metadata) {
                                if (!metadata)
                                    return done(metadata.error());
                                done(serverMetadata(metadata->object(), issuer));
                            });
              });
}

} // namespace blueskyoauth

// --- BlueskyOAuthSignIn -----------------------------------------------------------------------

BlueskyOAuthSignIn::BlueskyOAuthSignIn(QString handle, CredentialStore *credentials, QObject *parent)
    : AccountSignIn(parent)
    , m_handle(std::move(handle).trimmed())
    , m_credentials(credentials)
    , m_http(new HttpClient(this))
{
    m_http->setErrorReader(&blueskymapper::errorReading);
    if (m_handle.startsWith(u'@'))
        m_handle.remove(0, 1);
}

BlueskyOAuthSignIn::~BlueskyOAuthSignIn() = default;

void BlueskyOAuthSignIn::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_flow)
        m_flow->deleteLater();
    m_tokens.reset();
    Q_EMIT finished(error);
}

void BlueskyOAuthSignIn::start()
{
    if (!blueskymapper::isHandle(m_handle))
        return fail(Error(Error::Code::InvalidInput,
                          tr("Enter your Bluesky handle (like alice.bsky.social) to sign in in the browser.")));
    Q_EMIT progress(tr("Looking up @%1…").arg(m_handle));
    auto *resolver = new BlueskyIdentityResolver(m_identityConfig, this);
    resolver->resolve(m_handle, this, [this, resolver](Result<BlueskyIdentityResolver::Identity> identity) {
        resolver->deleteLater();
        if (m_finished)
            return;
        if (!identity)
            return fail(identity.error());
        m_identity = identity.value();
        discover();
    });
}

void BlueskyOAuthSignIn::discover()
{
    Q_EMIT progress(tr("Finding the sign-in of %1…").arg(m_identity->pds.host()));
    blueskyoauth::discover(*m_http, m_identity->pds, this, [this](Result<blueskyoauth::ServerMetadata> server) {
        if (m_finished)
            return;
        if (!server)
            return fail(server.error());
        m_server = server.value();
        authorize();
    });
}

void BlueskyOAuthSignIn::authorize()
{
    Result<DpopKey> key = DpopKey::generate();
    if (!key)
        return fail(key.error());
    m_dpop = std::make_shared<Dpop>(key.value());
    auto *flow = new OAuthLoopbackFlow(blueskyoauth::config(*m_server, m_identity->handle), nullptr, this);
    flow->setDpop(m_dpop);
    m_flow = flow;
    connect(flow, &OAuthLoopbackFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        Q_EMIT progress(tr("Waiting for you to allow Starling in the browser…"));
        Q_EMIT authorizationUrlReady(url);
    });
    connect(flow, &OAuthLoopbackFlow::finished, this, [this, flow](const Result<TokenSet> &result) {
        flow->deleteLater();
        if (m_finished)
            return;
        if (!result)
            return fail(result.error());
        // The authorization server must speak for the account the handle names, and no other.
        if (result->subject != m_identity->did) {
            qCWarning(lcProviders) << "Bluesky sign-in: the tokens name another account than the handle";
            return fail(Error(Error::Code::Forbidden,
                              tr("The server signed in another account than @%1. Starling did not keep the "
                                 "sign-in.")
                                  .arg(m_identity->handle)));
        }
        m_tokens = result.value();
        readProfile();
    });
    const Result<QUrl> started = flow->start();
    if (!started) {
        flow->deleteLater();
        return fail(started.error());
    }
    Q_EMIT progress(tr("Asking %1 to sign you in…").arg(m_server->authorizationEndpoint.host()));
}

void BlueskyOAuthSignIn::readProfile()
{
    Q_EMIT progress(tr("Signed in. Reading the account…"));
    readSignedInAccount(m_identity->handle, m_identity->did, m_identity->pds, m_tokens->accessToken, m_dpop, this,
                        [this](Result<Account> account) {
                            if (!account)
                                return fail(account.error());
                            if (m_finished)
                                return;
                            account.value().clientId = blueskyoauth::loopbackClientId();
                            m_finished = true;
                            Q_EMIT finished(account.value());
                        });
}

void BlueskyOAuthSignIn::cancel()
{
    if (m_flow && m_flow->isRunning())
        return m_flow->cancel(); // its finished() fails the sign-in with Cancelled
    fail(Error::fromCode(Error::Code::Cancelled));
}

void BlueskyOAuthSignIn::keep(const Account &account, QObject *context, std::function<void(Result<void>)> done)
{
    if (!m_tokens || !m_server || !m_dpop)
        return done(Error(Error::Code::InvalidInput, tr("There is no Bluesky sign-in to keep.")));
    // The key first: tokens without it are worthless, a key without tokens is harmless.
    const QPointer<BlueskyOAuthSignIn> self(this);
    m_credentials->write(account.id, CredentialStore::Kind::DpopKey, m_dpop->key().toPkcs8(), context,
                         [self, account, context, done](Result<void> keyStored) {
                             if (!keyStored)
                                 return done(keyStored.error());
                             if (!self)
                                 return done(Error::fromCode(Error::Code::Cancelled));
                             QSettings settings;
                             blueskyoauth::save(settings, account.id, *self->m_server);
                             auto *refresher = new TokenRefresher(account.id, blueskyoauth::config(*self->m_server),
                                                                  self->m_credentials, nullptr, self);
                             refresher->setTokens(*self->m_tokens, context, [refresher, done](Result<void> stored) {
                                 refresher->deleteLater();
                                 done(stored);
                             });
                         });
}

// --- BlueskyOAuthSession ----------------------------------------------------------------------

BlueskyOAuthSession::BlueskyOAuthSession(const QUuid &account, const blueskyoauth::ServerMetadata &server,
                                         CredentialStore *store, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
    , m_dpop(std::make_shared<Dpop>())
    , m_tokens(new TokenRefresher(account, blueskyoauth::config(server), store, nullptr, this))
{
    m_tokens->http().setDpop(m_dpop);
    connect(m_tokens, &TokenRefresher::signInExpired, this, &BlueskyOAuthSession::signInExpired);
}

BlueskyOAuthSession::~BlueskyOAuthSession() = default;

QByteArray BlueskyOAuthSession::accessToken() const
{
    return m_tokens->accessToken();
}

void BlueskyOAuthSession::load(QObject *context, std::function<void(Result<void>)> done)
{
    if (!m_store)
        return done(Error::fromCode(Error::Code::Unavailable));
    const QPointer<BlueskyOAuthSession> self(this);
    m_store->read(m_account, CredentialStore::Kind::DpopKey, this,
                  [self, context, done = std::move(done)](Result<QByteArray> stored) mutable {
                      if (!self)
                          return;
                      if (!stored)
                          return done(stored.error()); // NotFound may be a locked keyring: not a sign-out
                      Result<DpopKey> key = DpopKey::fromPkcs8(stored.value());
                      stored.value().fill('\0');
                      if (!key) {
                          Q_EMIT self->signInExpired();
                          return done(Error(Error::Code::AuthRevoked,
                                            tr("The key of this Bluesky sign-in is damaged. Sign in again.")));
                      }
                      self->m_dpop->setKey(key.value());
                      self->m_tokens->load(context, std::move(done));
                  });
}

void BlueskyOAuthSession::refresh(QObject *context, std::function<void(Result<void>)> done)
{
    m_tokens->refresh(context, std::move(done));
}

} // namespace starling
