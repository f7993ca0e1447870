// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskySession.h"

#include "net/HttpClient.h"
#include "providers/Logging.h"

#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QString accountText(const QUuid &account)
{
    return account.toString(QUuid::WithoutBraces);
}

/** Whether @p error is the server refusing the refresh token itself (B-5), not a passing failure. */
bool isRefusal(const Error &error)
{
    if (error.code() == Error::Code::AuthExpired || error.code() == Error::Code::AuthRevoked)
        return true;
    const QString name = blueskymapper::errorName(error);
    return name == u"ExpiredToken" || name == u"InvalidToken" || name == u"AuthMissing";
}

} // namespace

BlueskySession::BlueskySession(const QUuid &account, QUrl service, CredentialStore *store,
                               QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_service(std::move(service))
    , m_store(store)
    , m_http(manager ? new HttpClient(manager, this) : new HttpClient(this))
    , m_lock(new RefreshLock(account, store, u"Bluesky"_s, this))
{
    m_http->setErrorReader(&blueskymapper::errorReading);
    // refreshSession is authenticated with the refresh token (B-1), and only it goes through here.
    m_http->setAuthorizer([this](QNetworkRequest &request) {
        if (!m_sending.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_sending);
    });
}

BlueskySession::~BlueskySession()
{
    m_accessToken.fill('\0');
    m_sending.fill('\0');
}

void BlueskySession::deliver(const Waiter &waiter, const Result<void> &result)
{
    if (!waiter.done || (waiter.hasContext && !waiter.context))
        return;
    waiter.done(result);
}

void BlueskySession::load(QObject *context, Done done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    if (!m_store)
        return deliver(waiter, Error::fromCode(Error::Code::Unavailable));
    m_store->read(m_account, CredentialStore::Kind::AccessToken, this, [this, waiter](Result<QByteArray> stored) {
        if (!stored)
            return deliver(waiter, stored.error());
        if (stored->isEmpty())
            return deliver(waiter, Error::fromCode(Error::Code::NotFound));
        if (stored.value() != m_accessToken) {
            m_accessToken = stored.value();
            Q_EMIT accessTokenChanged();
        }
        deliver(waiter, {});
    });
}

void BlueskySession::setSession(const blueskymapper::Session &session, QObject *context, Done done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    store(session, [waiter](Result<void> stored) { deliver(waiter, stored); });
}

void BlueskySession::store(const blueskymapper::Session &session, Done done)
{
    if (!m_store)
        return done(Error::fromCode(Error::Code::Unavailable));
    // The refresh token first: it is what a restart needs, and the old one no longer works.
    m_store->write(
        m_account, CredentialStore::Kind::RefreshToken, session.refreshJwt, this,
        [this, session, done](Result<void> written) {
            if (!written) {
                qCWarning(lcProviders).noquote()
                    << "account" << accountText(m_account)
                    << "could not store the Bluesky refresh token:" << Error::codeName(written.error().code());
                return done(Error(
                    Error::Code::Unavailable,
                    tr("The system keychain did not store the Bluesky sign-in: %1").arg(written.error().message())));
            }
            m_store->write(m_account, CredentialStore::Kind::AccessToken, session.accessJwt, this,
                           [this, session, done](Result<void> access) {
                               if (!access) {
                                   // Not fatal: with the refresh token stored, a restart refreshes.
                                   qCWarning(lcProviders).noquote() << "account" << accountText(m_account)
                                                                    << "could not store the Bluesky access token:"
                                                                    << Error::codeName(access.error().code());
                               }
                               if (session.pds.isValid() && !session.pds.isEmpty() && session.pds != m_service) {
                                   m_service = session.pds;
                                   Q_EMIT serviceChanged(m_service);
                               }
                               m_accessToken = session.accessJwt;
                               Q_EMIT accessTokenChanged();
                               done({});
                           });
        });
}

void BlueskySession::refresh(QObject *context, Done done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    if (!m_refreshing && m_lastRefresh.isValid() && m_lastRefresh.elapsed() < recentRefreshWindow.count()) {
        // Renewed a moment ago: the caller's request went out with the previous token.
        return deliver(waiter, {});
    }
    m_waiters.push_back(waiter);
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_lock->acquire([this](Result<void> locked) {
        if (!locked)
            return finish(locked.error());
        readAndPost();
    });
}

void BlueskySession::readAndPost()
{
    if (!m_store)
        return finish(Error::fromCode(Error::Code::Unavailable));
    m_store->read(m_account, CredentialStore::Kind::RefreshToken, this, [this](Result<QByteArray> stored) {
        if (!stored && stored.error().code() != Error::Code::NotFound)
            return finish(Error(Error::Code::Unavailable,
                                tr("The system keychain did not answer: %1").arg(stored.error().message())));
        if (!stored || stored->isEmpty()) {
            // Missing, or a locked keyring (which answers the same): nothing is deleted.
            Q_EMIT signInExpired();
            return finish(
                Error(Error::Code::AuthRevoked,
                      tr("The Bluesky sign-in of this account is not in the keychain. Please sign in again.")));
        }
        post(stored.value(), false);
    });
}

void BlueskySession::post(const QByteArray &refreshToken, bool secondTry)
{
    HttpRequest request(HttpRequest::Method::Post,
                        blueskymapper::xrpcUrl(m_service, u"com.atproto.server.refreshSession"_s));
    request.setIdempotent(false); // both tokens rotate: never send the same refresh twice
    m_sending = refreshToken;
    ++m_refreshesSent;
    m_http->send(request, this, [this, refreshToken, secondTry](Result<HttpResponse> response) {
        m_sending.fill('\0');
        m_sending.clear();
        if (!response) {
            if (blueskymapper::errorName(response.error()) == u"AccountTakedown") {
                Q_EMIT signInExpired();
                return finish(Error(Error::Code::AuthRevoked, tr("Bluesky has taken this account down.")));
            }
            if (isRefusal(response.error()))
                return refused(refreshToken, response.error(), secondTry);
            return finish(response.error());
        }
        auto session = blueskymapper::session(response->json());
        if (!session)
            return finish(session.error());
        store(session.value(), [this](Result<void> stored) {
            if (stored)
                m_lastRefresh.start();
            finish(stored);
        });
    });
}

void BlueskySession::refused(const QByteArray &sentToken, const Error &error, bool secondTry)
{
    const auto expire = [this, error] {
        qCWarning(lcProviders).noquote() << "account" << accountText(m_account)
                                         << "Bluesky refused the refresh token: HTTP" << error.httpStatus();
        Q_EMIT signInExpired();
        Error revoked(Error::Code::AuthRevoked,
                      tr("Bluesky no longer accepts this account's sign-in. Please sign in again."));
        revoked.setHttpStatus(error.httpStatus()).setServerDetail(error.serverDetail());
        finish(revoked);
    };
    if (secondTry || !m_store)
        return expire();
    // Refresh tokens rotate (B-1): if another window renewed the session after we read it, the one
    // we sent is spent and its successor is in the keyring. Only the same one refused ends it.
    m_store->read(m_account, CredentialStore::Kind::RefreshToken, this,
                  [this, sentToken, expire](Result<QByteArray> stored) {
                      if (stored && !stored->isEmpty() && stored.value() != sentToken) {
                          qCInfo(lcProviders).noquote() << "account" << accountText(m_account)
                                                        << "refresh refused, but the keyring holds a newer "
                                                           "Bluesky refresh token; trying that one";
                          return post(stored.value(), true);
                      }
                      expire();
                  });
}

void BlueskySession::finish(const Result<void> &result)
{
    m_lock->release();
    m_refreshing = false;
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    QPointer<BlueskySession> self(this);
    for (const Waiter &waiter : waiters) {
        deliver(waiter, result);
        if (!self)
            return;
    }
}

} // namespace starling
