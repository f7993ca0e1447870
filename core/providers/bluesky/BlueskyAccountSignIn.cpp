// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyAccountSignIn.h"

#include "BlueskyClient.h"
#include "BlueskySession.h"
#include "auth/FixedAccessToken.h"
#include "net/HttpClient.h"
#include "providers/Logging.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

void readSignedInAccount(const QString &handle, const QString &did, const QUrl &pds, const QByteArray &accessToken,
                         std::shared_ptr<Dpop> dpop, QObject *context, std::function<void(Result<Account>)> done)
{
    auto token = std::make_shared<FixedAccessToken>(accessToken);
    BlueskyClient::Config config;
    config.accountId = QUuid::createUuid();
    config.service = pds;
    config.ownDid = did;
    config.dpop = std::move(dpop);
    auto *client = new BlueskyClient(config, token.get(), context);
    client->whoAmI(context, [client, token, config, handle, done = std::move(done)](Result<Identity> me) {
        client->deleteLater();
        if (!me && (me.error().code() == Error::Code::AuthExpired || me.error().code() == Error::Code::AuthRevoked))
            return done(me.error());
        Account account;
        account.id = config.accountId;
        account.network = Network::Bluesky;
        account.handle = handle;
        account.remoteUserId = config.ownDid;
        account.serverUrl = config.service;
        if (me) {
            account.displayName = me->displayName;
            account.avatarUrl = me->avatarUrl;
        }
        if (account.displayName.isEmpty())
            account.displayName = handle;
        done(account);
    });
}

QUrl BlueskyAccountSignIn::defaultService()
{
    return QUrl(u"https://bsky.social"_s);
}

BlueskyAccountSignIn::BlueskyAccountSignIn(QString identifier, QString appPassword, QUrl service,
                                           CredentialStore *credentials, QObject *parent)
    : AccountSignIn(parent)
    , m_identifier(std::move(identifier).trimmed())
    , m_password(std::move(appPassword))
    , m_service(service.isValid() && !service.isEmpty() ? std::move(service) : QUrl())
    , m_credentials(credentials)
    , m_http(new HttpClient(this))
{
    m_http->setErrorReader(&blueskymapper::errorReading);
    if (m_identifier.startsWith(u'@'))
        m_identifier.remove(0, 1);
}

BlueskyAccountSignIn::~BlueskyAccountSignIn()
{
    m_password.fill(u'\0');
}

void BlueskyAccountSignIn::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.fill(u'\0');
    Q_EMIT finished(error);
}

void BlueskyAccountSignIn::start()
{
    if (m_identifier.isEmpty() || m_password.isEmpty())
        return fail(Error(Error::Code::InvalidInput, tr("Enter your Bluesky handle and an app password.")));
    if (!m_service.isEmpty() || !blueskymapper::isHandle(m_identifier)) {
        if (m_service.isEmpty())
            m_service = defaultService(); // an e-mail address or a DID: the entryway knows it
        return createSession();
    }
    Q_EMIT progress(tr("Looking up @%1…").arg(m_identifier));
    auto *resolver = new BlueskyIdentityResolver(m_identityConfig, this);
    resolver->resolve(m_identifier, this, [this, resolver](Result<BlueskyIdentityResolver::Identity> identity) {
        resolver->deleteLater();
        if (m_finished)
            return;
        if (identity) {
            m_service = identity->pds;
        } else {
            // The entryway still knows every account hosted by Bluesky, and says so if this one is not.
            qCInfo(lcProviders) << "the handle did not resolve; signing in at the entryway:"
                                << identity.error().message();
            m_service = defaultService();
        }
        createSession();
    });
}

void BlueskyAccountSignIn::createSession()
{
    Q_EMIT progress(tr("Signing in to %1…").arg(m_service.host()));
    const QUrl url = blueskymapper::xrpcUrl(m_service, u"com.atproto.server.createSession"_s);
    const HttpRequest request = HttpRequest::post(
        url, QJsonDocument(QJsonObject{{"identifier"_L1, m_identifier}, {"password"_L1, m_password}}));
    m_http->send(request, this, [this](Result<HttpResponse> response) {
        m_password.fill(u'\0');
        m_password.clear();
        if (!response) {
            const QString name = blueskymapper::errorName(response.error());
            if (response.error().code() == Error::Code::AuthExpired || name == u"AuthenticationRequired")
                return fail(
                    Error(Error::Code::AuthRevoked, tr("Bluesky did not accept this handle and app password.")));
            if (name == u"AuthFactorTokenRequired")
                return fail(Error(Error::Code::Forbidden,
                                  tr("This account asks for an e-mail code at sign-in: use an app password instead.")));
            if (name == u"AccountTakedown")
                return fail(Error(Error::Code::Forbidden, tr("Bluesky has taken this account down.")));
            return fail(response.error());
        }
        auto session = blueskymapper::session(response->json());
        if (!session)
            return fail(session.error());
        if (!session->active)
            return fail(Error(Error::Code::Forbidden,
                              tr("This Bluesky account is not active (%1).")
                                  .arg(session->status.isEmpty() ? tr("no reason given") : session->status.left(40))));
        if (session->pds.isEmpty())
            session->pds = m_service;
        m_session = session.value();
        readProfile();
    });
}

void BlueskyAccountSignIn::readProfile()
{
    Q_EMIT progress(tr("Signed in. Reading the account…"));
    readSignedInAccount(m_session->handle, m_session->did, m_session->pds, m_session->accessJwt, nullptr, this,
                        [this](Result<Account> account) {
                            if (!account)
                                return fail(account.error());
                            if (m_finished)
                                return;
                            m_finished = true;
                            Q_EMIT finished(account.value());
                        });
}

void BlueskyAccountSignIn::cancel()
{
    m_http->deleteLater();
    m_http = new HttpClient(this);
    fail(Error::fromCode(Error::Code::Cancelled));
}

void BlueskyAccountSignIn::keep(const Account &account, QObject *context, std::function<void(Result<void>)> done)
{
    if (!m_session)
        return done(Error(Error::Code::InvalidInput, tr("There is no Bluesky sign-in to keep.")));
    auto *session = new BlueskySession(account.id, m_session->pds, m_credentials, nullptr, this);
    session->setSession(*m_session, context, [session, done](Result<void> stored) {
        session->deleteLater();
        done(stored);
    });
}

} // namespace starling
