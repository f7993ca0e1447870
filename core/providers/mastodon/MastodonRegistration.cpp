// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonRegistration.h"

#include "MastodonMapper.h"
#include "auth/CredentialStore.h"
#include "net/HttpClient.h"
#include "providers/Logging.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Settings keys (STYLE.md §3).
const QString appsGroupC = u"MastodonApps"_s;
const QString clientIdC = u"clientId"_s;
const QString redirectUriC = u"redirectUri"_s;
const QString scopesC = u"scopes"_s;
const QString registeredAtC = u"registeredAt"_s;

const QString redirectPath = u"/callback"_s;
constexpr auto discoveryDeadline = std::chrono::milliseconds(20'000);

/** A namespace for the per-server keys in the keychain (a UUID v5 of the host). */
const QUuid secretNamespace = QUuid::fromString(u"{4f0c9a52-6d1e-4b8a-9c37-2a5e1b7d8f60}"_s);

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

/** A port on 127.0.0.1 that is free now, for the redirect URI registered with a new app. */
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QUrl serverEndpoint(const QUrl &server, const QString &path)
{
    QUrl url = server;
    url.setPath(path);
    return url;
}

} // namespace

struct MastodonRegistration::Job
{
    QUrl server;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(Result<Prepared>)> done;
    bool reregister = false;
    Prepared prepared;
    mastodonmapper::AuthorizationServer endpoints;
};

MastodonRegistration::MastodonRegistration(QSettings *settings, CredentialStore *credentials,
                                           QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_http(new HttpClient(manager, this))
{
}

MastodonRegistration::~MastodonRegistration() = default;

QStringList MastodonRegistration::scopes()
{
    // Granular scopes exist on every supported server; `profile` (4.3+) would be too narrow, as the
    // inbox reads statuses and notifications too (M-1).
    return {u"read:statuses"_s,  u"read:notifications"_s, u"read:accounts"_s,
            u"write:statuses"_s, u"write:media"_s,        u"write:conversations"_s};
}

Result<QUrl> MastodonRegistration::serverUrl(const QString &typed)
{
    QString text = typed.trimmed();
    // "@alice@mastodon.social" or "alice@mastodon.social": the server is after the last @.
    if (!text.contains(u"://"_s) && text.contains(u'@'))
        text = text.section(u'@', -1);
    if (text.isEmpty())
        return invalid(tr("Type the address of your Mastodon server, for example mastodon.social."));
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (!url.isValid() || host.isEmpty() || !url.userInfo().isEmpty() || (scheme != u"https" && scheme != u"http")
        || (!host.contains(u'.') && !isLoopback(host)))
        return invalid(tr("“%1” is not the address of a Mastodon server.").arg(typed.trimmed().left(80)));
    if (scheme == u"http" && !isLoopback(host))
        return invalid(tr("Mastodon servers are reached over https only."));
    QUrl server;
    server.setScheme(scheme);
    server.setHost(host);
    if (url.port() > 0)
        server.setPort(url.port());
    return server;
}

QUuid MastodonRegistration::secretKey(const QUrl &server)
{
    return QUuid::createUuidV5(secretNamespace, server.authority().toLower());
}

QString MastodonRegistration::settingsGroup(const QUrl &server)
{
    // QSettings keys must not contain "/" and treat "\" specially; a host and port have neither.
    QString authority = server.authority().toLower();
    authority.replace(u':', u'_');
    return appsGroupC + u'/' + authority;
}

void MastodonRegistration::prepare(const QUrl &server, QObject *context, std::function<void(Result<Prepared>)> done,
                                   bool reregister)
{
    auto job = std::make_shared<Job>();
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->reregister = reregister;
    auto normalized = serverUrl(server.toString());
    if (!normalized)
        return finish(job, normalized.error());
    job->server = normalized.value();
    job->prepared.server = job->server;
    discover(job);
}

void MastodonRegistration::finish(std::shared_ptr<Job> job, Result<Prepared> result)
{
    if (!job->done || (job->hasContext && !job->context))
        return;
    auto done = std::move(job->done);
    job->done = {};
    // Never before prepare() returned, and always in the event loop, like every asynchronous call.
    QPointer<QObject> guard(job->context);
    const bool hasContext = job->hasContext;
    QTimer::singleShot(0, hasContext ? job->context.data() : this, [guard, hasContext, done, result] {
        if (!hasContext || guard)
            done(result);
    });
}

void MastodonRegistration::discover(std::shared_ptr<Job> job)
{
    HttpRequest request = HttpRequest::get(serverEndpoint(job->server, u"/.well-known/oauth-authorization-server"_s));
    request.setDeadline(discoveryDeadline);
    QPointer<MastodonRegistration> self(this);
    m_http->send(request, this, [self, job](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response && response.error().code() != Error::Code::NotFound)
            return self->finish(job, response.error());
        if (response) {
            auto metadata = mastodonmapper::authorizationServer(response->json());
            if (!metadata)
                return self->finish(job, metadata.error());
            job->endpoints = metadata.value();
        } else {
            // Before 4.3: no discovery, no PKCE, the classic endpoints (M-1).
            job->endpoints.authorizationEndpoint = serverEndpoint(job->server, u"/oauth/authorize"_s);
            job->endpoints.tokenEndpoint = serverEndpoint(job->server, u"/oauth/token"_s);
            job->endpoints.revocationEndpoint = serverEndpoint(job->server, u"/oauth/revoke"_s);
        }
        // Endpoints on another host would receive the code and the secret: refuse them.
        for (const QUrl &url : {job->endpoints.authorizationEndpoint, job->endpoints.tokenEndpoint}) {
            if (url.host().compare(job->server.host(), Qt::CaseInsensitive) != 0)
                return self->finish(job,
                                    Error(Error::Code::BadResponse,
                                          tr("%1 names sign-in addresses on another server.").arg(job->server.host())));
        }
        job->prepared.pkce = job->endpoints.supportsPkce();
        self->readInstance(job);
    });
}

void MastodonRegistration::readInstance(std::shared_ptr<Job> job)
{
    HttpRequest request = HttpRequest::get(serverEndpoint(job->server, u"/api/v2/instance"_s));
    request.setDeadline(discoveryDeadline);
    QPointer<MastodonRegistration> self(this);
    m_http->send(request, this, [self, job](Result<HttpResponse> response) {
        if (!self)
            return;
        if (response) {
            if (auto instance = mastodonmapper::instance(response->json(), QDateTime::currentDateTimeUtc()))
                job->prepared.instance = instance.value();
        } else {
            // Not fatal: the client reads the limits again once signed in.
            qCInfo(lcProviders) << "the limits of" << job->server.host()
                                << "could not be read:" << Error::codeName(response.error().code());
        }
        if (job->reregister)
            return self->registerApp(job);
        self->useRemembered(job);
    });
}

void MastodonRegistration::useRemembered(std::shared_ptr<Job> job)
{
    m_settings->beginGroup(settingsGroup(job->server));
    const QString clientId = m_settings->value(clientIdC).toString();
    const QUrl redirectUri = m_settings->value(redirectUriC).toUrl();
    const QStringList registeredScopes = m_settings->value(scopesC).toStringList();
    m_settings->endGroup();
    const QStringList wanted = scopes();
    const bool complete =
        OAuthConfig::isPlausibleClientId(clientId) && redirectUri.port() > 0
        && std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &s) { return registeredScopes.contains(s); });
    if (!complete || !m_credentials)
        return registerApp(job);
    QPointer<MastodonRegistration> self(this);
    m_credentials->read(secretKey(job->server), CredentialStore::Kind::ClientSecret, this,
                        [self, job, clientId, redirectUri](Result<QByteArray> secret) {
                            if (!self)
                                return;
                            if (!secret && secret.error().code() != Error::Code::NotFound)
                                return self->finish(job, secret.error());
                            if (!secret || secret->isEmpty())
                                return self->registerApp(job); // the secret is gone: register anew
                            OAuthConfig &config = job->prepared.config;
                            config.providerName = job->server.host();
                            config.authorizeUrl = job->endpoints.authorizationEndpoint;
                            config.tokenUrl = job->endpoints.tokenEndpoint;
                            config.revokeUrl = job->endpoints.revocationEndpoint;
                            config.clientId = clientId;
                            config.clientSecret = secret.value();
                            config.scopes = scopes();
                            config.redirectPort = quint16(redirectUri.port());
                            config.redirectPath = redirectUri.path();
                            config.usePkce = job->prepared.pkce;
                            if (auto valid = config.validate(); !valid)
                                return self->finish(job, valid.error());
                            self->finish(job, job->prepared);
                        });
}

void MastodonRegistration::registerApp(std::shared_ptr<Job> job)
{
    if (!m_credentials)
        return finish(job, Error::fromCode(Error::Code::Unavailable));
    const quint16 port = freeLoopbackPort();
    if (port == 0)
        return finish(job,
                      Error(Error::Code::Unavailable, tr("No local port is free for the sign-in to come back to.")));
    QUrl redirect;
    redirect.setScheme(u"http"_s);
    redirect.setHost(u"127.0.0.1"_s);
    redirect.setPort(port);
    redirect.setPath(redirectPath);
    // A single redirect URI as a string: every server version takes that (arrays only since 4.3).
    const QJsonObject body{{u"client_name"_s, QStringLiteral(STARLING_APP_NAME)},
                           {u"redirect_uris"_s, redirect.toString()},
                           {u"scopes"_s, scopes().join(u' ')},
                           {u"website"_s, QStringLiteral("https://" STARLING_ORG_DOMAIN)}};
    const QUrl endpoint = job->endpoints.registrationEndpoint.isValid()
                                  && job->endpoints.registrationEndpoint.host() == job->server.host()
                              ? job->endpoints.registrationEndpoint
                              : serverEndpoint(job->server, u"/api/v1/apps"_s);
    HttpRequest request = HttpRequest::post(endpoint, QJsonDocument(body));
    request.setDeadline(discoveryDeadline);
    QPointer<MastodonRegistration> self(this);
    m_http->send(request, this, [self, job, redirect](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return self->finish(job, response.error());
        auto app = mastodonmapper::application(response->json());
        if (!app)
            return self->finish(job, app.error());
        // The secret first: a client id in the settings without its secret is registered again.
        const mastodonmapper::Application registered = app.value();
        self->m_credentials->write(secretKey(job->server), CredentialStore::Kind::ClientSecret, registered.clientSecret,
                                   self.data(), [self, job, registered, redirect](Result<void> stored) {
                                       if (!self)
                                           return;
                                       if (!stored)
                                           return self->finish(job, stored.error());
                                       self->m_settings->beginGroup(settingsGroup(job->server));
                                       self->m_settings->setValue(clientIdC, registered.clientId);
                                       self->m_settings->setValue(redirectUriC, redirect);
                                       self->m_settings->setValue(scopesC, scopes());
                                       self->m_settings->setValue(registeredAtC, QDateTime::currentDateTimeUtc());
                                       self->m_settings->endGroup();
                                       self->m_settings->sync();
                                       qCInfo(lcProviders) << "registered Starling on" << job->server.host();
                                       job->reregister = false;
                                       self->useRemembered(job);
                                   });
    });
}

void MastodonRegistration::forget(const QUrl &server, QObject *context, std::function<void(Result<void>)> done)
{
    auto normalized = serverUrl(server.toString());
    if (!normalized)
        return done(normalized.error());
    m_settings->remove(settingsGroup(normalized.value()));
    m_settings->sync();
    if (!m_credentials)
        return done(Error::fromCode(Error::Code::Unavailable));
    m_credentials->remove(secretKey(normalized.value()), CredentialStore::Kind::ClientSecret, context, std::move(done));
}

} // namespace starling
