// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenRefresher.h"

#include "CredentialStore.h"
#include "Logging.h"
#include "OAuthTokenEndpoint.h"
#include "net/HttpClient.h"

#include <QThread>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

using Kind = CredentialStore::Kind;

QString accountText(const QUuid &account)
{
    return account.toString(QUuid::WithoutBraces);
}

} // namespace

TokenRefresher::TokenRefresher(const QUuid &account, OAuthConfig config, CredentialStore *store,
                               QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_config(std::move(config))
    , m_store(store)
    , m_http(new HttpClient(manager, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_lock(new RefreshLock(account, store, providerName(), this))
{
}

TokenRefresher::~TokenRefresher()
{
    m_accessToken.fill('\0');
}

void TokenRefresher::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QString TokenRefresher::providerName() const
{
    return m_config.providerName.isEmpty() ? m_config.tokenUrl.host() : m_config.providerName;
}

Error TokenRefresher::keyringError(const Error &error) const
{
    if (error.code() == Error::Code::Unavailable)
        return error;
    Error unavailable(
        Error::Code::Unavailable,
        tr("The system keychain could not be used for the %1 account. %2").arg(providerName(), error.message()));
    unavailable.setServerDetail(error.serverDetail());
    return unavailable;
}

TokenRefresher::Waiter TokenRefresher::waiter(QObject *context, Done done)
{
    return Waiter{context, context != nullptr, std::move(done)};
}

void TokenRefresher::deliver(const Waiter &waiter, const Result<void> &result)
{
    if (!waiter.done || (waiter.hasContext && !waiter.context))
        return;
    QObject *context = waiter.context;
    if (!context || context->thread() == QThread::currentThread()) {
        waiter.done(result);
        return;
    }
    // Qt drops the call if the receiver dies on the way.
    QMetaObject::invokeMethod(
        context, [done = waiter.done, result] { done(result); }, Qt::QueuedConnection);
}

void TokenRefresher::enqueue(Operation operation)
{
    m_queue.push_back(std::move(operation));
    // From the event loop, never inside the caller or inside another job's handler.
    QMetaObject::invokeMethod(this, &TokenRefresher::runNext, Qt::QueuedConnection);
}

void TokenRefresher::runNext()
{
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    Operation operation = std::move(m_queue.front());
    m_queue.pop_front();
    const QPointer<TokenRefresher> self(this);
    operation([self] {
        if (!self)
            return;
        self->m_busy = false;
        QMetaObject::invokeMethod(self, &TokenRefresher::runNext, Qt::QueuedConnection);
    });
}

TokenRefresher::Step TokenRefresher::releasing(Step finished)
{
    return [self = QPointer<TokenRefresher>(this), finished = std::move(finished)] {
        if (self)
            self->m_lock->release();
        finished();
    };
}

bool TokenRefresher::makeCurrent(const QByteArray &accessToken, const QDateTime &expiresAt)
{
    m_accessToken.fill('\0');
    m_accessToken = accessToken;
    m_expiresAt = expiresAt;
    const QPointer<TokenRefresher> self(this);
    Q_EMIT accessTokenChanged();
    return !self.isNull();
}

// ---------------------------------------------------------------------------------------------
// refresh

void TokenRefresher::refresh(QObject *context, Done done)
{
    if (m_refreshPending) {
        m_refreshWaiters.push_back(waiter(context, std::move(done)));
        return;
    }
    if (m_lastRefresh.isValid() && !m_accessToken.isEmpty()
        && std::chrono::milliseconds(m_lastRefresh.elapsed()) < m_recentRefreshWindow) {
        // The caller's request left with the token this refresh replaced; a retry is all it needs.
        qCDebug(lcAuth).noquote() << "account" << accountText(m_account) << "was refreshed" << m_lastRefresh.elapsed()
                                  << "ms ago; not refreshing again";
        const Waiter late = waiter(context, std::move(done));
        QMetaObject::invokeMethod(
            this, [late] { deliver(late, Result<void>()); }, Qt::QueuedConnection);
        return;
    }
    m_refreshPending = true;
    m_refreshWaiters.push_back(waiter(context, std::move(done)));
    enqueue([this](Step finished) { runRefresh(std::move(finished)); });
}

void TokenRefresher::runRefresh(Step finished)
{
    if (!m_store) {
        completeRefresh(Error::fromCode(Error::Code::Unavailable), std::move(finished));
        return;
    }
    m_lock->acquire([this, finished = std::move(finished)](Result<void> locked) mutable {
        if (!locked) {
            completeRefresh(locked.error(), std::move(finished));
            return;
        }
        if (m_unsaved) {
            // The server already rotated the refresh token; the one in the store is dead. Store the
            // new one now instead of asking again.
            qCInfo(lcAuth).noquote() << "account" << accountText(m_account)
                                     << "retrying to store the tokens of the last refresh";
            storeRefreshed(*m_unsaved, std::move(finished));
            return;
        }
        readAndPost(std::move(finished));
    });
}

void TokenRefresher::readAndPost(Step finished)
{
    if (!m_store) {
        completeRefresh(Error::fromCode(Error::Code::Unavailable), std::move(finished));
        return;
    }
    qCInfo(lcAuth).noquote() << "account" << accountText(m_account) << "refreshing the access token for"
                             << providerName();
    m_store->read(
        m_account, Kind::RefreshToken, this, [this, finished = std::move(finished)](Result<QByteArray> stored) mutable {
            if (!stored && stored.error().code() != Error::Code::NotFound) {
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account)
                    << "could not read its refresh token:" << Error::codeName(stored.error().code());
                completeRefresh(keyringError(stored.error()), std::move(finished));
                return;
            }
            if (!stored || stored->isEmpty()) {
                // Missing, or a locked keyring that answers NotFound: either way only
                // the user can fix it, and nothing may be deleted.
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account) << "has no refresh token in the keyring";
                Q_EMIT signInExpired();
                completeRefresh(Error(Error::Code::AuthRevoked,
                                      tr("The sign-in to %1 has expired and Starling found no way to renew it in the "
                                         "system keychain. If the keychain is locked, unlock it; otherwise sign in "
                                         "again.")
                                          .arg(providerName())),
                                std::move(finished));
                return;
            }
            postRefresh(stored.value(), false, std::move(finished));
        });
}

void TokenRefresher::postRefresh(const QByteArray &refreshToken, bool secondTry, Step finished)
{
    const HttpRequest request = OAuthTokenEndpoint::refresh(m_config, refreshToken);
    m_http->send(
        request, this,
        [this, refreshToken, secondTry, finished = std::move(finished)](Result<HttpResponse> response) mutable {
            if (!response) {
                const Error &error = response.error();
                if (OAuthTokenEndpoint::isRefusal(error)) {
                    refused(refreshToken, error, secondTry, std::move(finished));
                    return;
                }
                qCInfo(lcAuth).noquote() << "account" << accountText(m_account)
                                         << "refresh failed:" << Error::codeName(error.code()) << "HTTP"
                                         << error.httpStatus();
                completeRefresh(error, std::move(finished));
                return;
            }
            Result<TokenSet> tokens =
                OAuthTokenEndpoint::parse(response.value(), m_clock(), providerName(), m_config.dpopBound);
            if (!tokens) {
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account) << "refresh answer could not be used";
                completeRefresh(tokens.error(), std::move(finished));
                return;
            }
            storeRefreshed(tokens.value(), std::move(finished));
        });
}

void TokenRefresher::refused(const QByteArray &sentToken, const Error &error, bool secondTry, Step finished)
{
    const auto expire = [this, error](Step step) {
        qCWarning(lcAuth).noquote() << "account" << accountText(m_account) << "refresh refused by the server: HTTP"
                                    << error.httpStatus();
        const QString detail = error.serverDetail();
        Error revoked(Error::Code::AuthRevoked,
                      detail.isEmpty()
                          ? tr("%1 no longer accepts this account's sign-in. Please sign in again.").arg(providerName())
                          : tr("%1 no longer accepts this account's sign-in. Please sign in again. %1 "
                               "said: “%2”")
                                .arg(providerName(), detail));
        revoked.setHttpStatus(error.httpStatus()).setServerDetail(detail);
        Q_EMIT signInExpired();
        completeRefresh(revoked, std::move(step));
    };
    if (secondTry || !m_store) {
        expire(std::move(finished));
        return;
    }
    // Refresh tokens work once: if another process renewed the sign-in after this one read
    // the token, the token sent was used up and its successor is in the store. Only when the store
    // still holds the refused one is the sign-in really over.
    m_store->read(m_account, Kind::RefreshToken, this,
                  [this, sentToken, expire, finished = std::move(finished)](Result<QByteArray> stored) mutable {
                      if (stored && !stored->isEmpty() && stored.value() != sentToken) {
                          qCInfo(lcAuth).noquote() << "account" << accountText(m_account)
                                                   << "refresh refused, but the keyring holds a newer refresh token "
                                                      "(another process renewed the sign-in); trying that one";
                          postRefresh(stored.value(), true, std::move(finished));
                          return;
                      }
                      expire(std::move(finished));
                  });
}

void TokenRefresher::storeRefreshed(const TokenSet &tokens, Step finished)
{
    if (!m_store) {
        m_unsaved = tokens;
        completeRefresh(Error::fromCode(Error::Code::Unavailable), std::move(finished));
        return;
    }
    const auto storeAccess = [this, tokens](Step done) {
        m_store->write(m_account, Kind::AccessToken, tokens.accessToken, this,
                       [this, tokens, done = std::move(done)](Result<void> written) mutable {
                           if (!written) {
                               // Not fatal: the refresh token, which is what a restart needs, is
                               // stored; a restart with an old access token just refreshes.
                               qCWarning(lcAuth).noquote()
                                   << "account" << accountText(m_account) << "could not store the new access token:"
                                   << Error::codeName(written.error().code());
                           }
                           m_lastRefresh.start();
                           qCInfo(lcAuth).noquote()
                               << "account" << accountText(m_account) << "refreshed; the new token expires"
                               << (tokens.expiresAt.isValid() ? tokens.expiresAt.toString(Qt::ISODate)
                                                              : u"at an unknown time"_s);
                           if (!makeCurrent(tokens.accessToken, tokens.expiresAt))
                               return; // deleted by a receiver of accessTokenChanged()
                           completeRefresh({}, std::move(done));
                       });
    };

    if (!tokens.hasRefreshToken()) {
        // The server did not rotate it: the stored one stays valid.
        m_unsaved.reset();
        storeAccess(std::move(finished));
        return;
    }
    m_unsaved = tokens;
    m_store->write(m_account, Kind::RefreshToken, tokens.refreshToken, this,
                   [this, storeAccess, finished = std::move(finished)](Result<void> written) mutable {
                       if (!written) {
                           qCWarning(lcAuth).noquote()
                               << "account" << accountText(m_account)
                               << "could not store the new refresh token:" << Error::codeName(written.error().code())
                               << "; keeping it in memory";
                           completeRefresh(keyringError(written.error()), std::move(finished));
                           return;
                       }
                       m_unsaved.reset();
                       storeAccess(std::move(finished));
                   });
}

void TokenRefresher::completeRefresh(const Result<void> &result, Step finished)
{
    // The new refresh token, if any, is stored by now: the next process may read it.
    m_lock->release();
    m_refreshPending = false;
    std::vector<Waiter> waiters;
    waiters.swap(m_refreshWaiters);
    const QPointer<TokenRefresher> self(this);
    for (const Waiter &waiting : waiters)
        deliver(waiting, result); // may delete this refresher; the waiters are ours now
    if (self)
        finished();
}

// ---------------------------------------------------------------------------------------------
// load, setTokens, signOut

void TokenRefresher::load(QObject *context, Done done)
{
    enqueue([this, caller = waiter(context, std::move(done))](Step finished) {
        if (!m_store) {
            deliver(caller, Error::fromCode(Error::Code::Unavailable));
            finished();
            return;
        }
        m_store->read(m_account, Kind::AccessToken, this,
                      [this, caller, finished = std::move(finished)](Result<QByteArray> stored) {
                          const QPointer<TokenRefresher> self(this);
                          if (stored && !stored->isEmpty()) {
                              qCInfo(lcAuth).noquote() << "account" << accountText(m_account) << "token loaded";
                              if (!makeCurrent(stored.value(), {}))
                                  return;
                              deliver(caller, Result<void>());
                          } else if (!stored && stored.error().code() != Error::Code::NotFound) {
                              qCWarning(lcAuth).noquote()
                                  << "account" << accountText(m_account)
                                  << "could not read its access token:" << Error::codeName(stored.error().code());
                              deliver(caller, keyringError(stored.error()));
                          } else {
                              qCInfo(lcAuth).noquote()
                                  << "account" << accountText(m_account) << "has no access token in the keyring";
                              deliver(caller, stored ? Error::fromCode(Error::Code::NotFound) : stored.error());
                          }
                          if (self)
                              finished();
                      });
    });
}

void TokenRefresher::setTokens(const TokenSet &tokens, QObject *context, Done done)
{
    enqueue([this, tokens, caller = waiter(context, std::move(done))](Step finished) {
        if (tokens.accessToken.isEmpty()) {
            deliver(caller, Error(Error::Code::InvalidInput, tr("The sign-in gave no access token.")));
            finished();
            return;
        }
        if (!m_store) {
            deliver(caller, Error::fromCode(Error::Code::Unavailable));
            finished();
            return;
        }
        // Under the lock, so that a refresh running elsewhere cannot store its rotated token over
        // this new sign-in's. A user who just signed in goes ahead even when the holder is stuck.
        m_lock->acquire([this, tokens, caller, finished](Result<void> locked) {
            if (!locked)
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account) << "stores its new sign-in without the refresh lock";
            const Step release = releasing(finished);
            const auto fail = [this, caller](const Error &error, const Step &step) {
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account)
                    << "could not store the tokens of the sign-in:" << Error::codeName(error.code());
                const QPointer<TokenRefresher> self(this);
                deliver(caller, keyringError(error));
                if (self)
                    step();
            };
            const auto storeAccess = [this, tokens, caller, fail](Step step) {
                m_store->write(m_account, Kind::AccessToken, tokens.accessToken, this,
                               [this, tokens, caller, fail, step = std::move(step)](Result<void> written) {
                                   if (!written) {
                                       fail(written.error(), step);
                                       return;
                                   }
                                   // A new sign-in supersedes anything a failed refresh left behind.
                                   m_unsaved.reset();
                                   m_lastRefresh.invalidate();
                                   qCInfo(lcAuth).noquote()
                                       << "account" << accountText(m_account) << "signed in to" << providerName();
                                   if (!makeCurrent(tokens.accessToken, tokens.expiresAt))
                                       return;
                                   const QPointer<TokenRefresher> self(this);
                                   deliver(caller, Result<void>());
                                   if (self)
                                       step();
                               });
            };
            const auto afterRefreshToken = [fail, storeAccess, release](Result<void> result) {
                if (!result) {
                    fail(result.error(), release);
                    return;
                }
                storeAccess(release);
            };
            if (!m_store) {
                deliver(caller, Error::fromCode(Error::Code::Unavailable));
                release();
                return;
            }
            // Refresh token first, as in a refresh. Without one, an old one would belong to a dead grant.
            if (tokens.hasRefreshToken())
                m_store->write(m_account, Kind::RefreshToken, tokens.refreshToken, this, afterRefreshToken);
            else
                m_store->remove(m_account, Kind::RefreshToken, this, afterRefreshToken);
        });
    });
}

void TokenRefresher::revokeThen(const QByteArray &token, bool isRefreshToken, Step next)
{
    // A session ended with its refresh token takes its access token along.
    const bool sessionEnded = !isRefreshToken && m_config.revokeStyle == OAuthConfig::RevokeStyle::BearerRefreshToken;
    if (token.isEmpty() || m_config.revokeUrl.isEmpty() || sessionEnded) {
        next();
        return;
    }
    const auto kind = isRefreshToken ? OAuthTokenEndpoint::TokenKind::Refresh : OAuthTokenEndpoint::TokenKind::Access;
    m_http->send(OAuthTokenEndpoint::revoke(m_config, token, kind), this,
                 [this, isRefreshToken, next = std::move(next)](Result<HttpResponse> response) {
                     if (!response) {
                         qCWarning(lcAuth).noquote() << "account" << accountText(m_account) << "could not revoke its"
                                                     << (isRefreshToken ? "refresh" : "access")
                                                     << "token:" << Error::codeName(response.error().code()) << "HTTP"
                                                     << response.error().httpStatus() << "; signing out locally anyway";
                     }
                     next();
                 });
}

void TokenRefresher::signOut(QObject *context, Done done)
{
    enqueue([this, caller = waiter(context, std::move(done))](Step unlocked) {
        // Under the lock, so that the refresh token revoked is the newest: one that another process
        // is rotating right now would outlive the sign-out.
        m_lock->acquire([this, caller, unlocked](Result<void> locked) {
            if (!locked)
                qCWarning(lcAuth).noquote()
                    << "account" << accountText(m_account) << "signs out without the refresh lock";
            const Step finished = releasing(unlocked);
            qCInfo(lcAuth).noquote() << "account" << accountText(m_account) << "signing out of" << providerName();
            const auto removeAll = [this, caller, finished] {
                if (!m_store) {
                    deliver(caller, Error::fromCode(Error::Code::Unavailable));
                    finished();
                    return;
                }
                auto firstError = std::make_shared<std::optional<Error>>();
                m_store->remove(m_account, Kind::RefreshToken, this, [firstError](Result<void> removed) {
                    if (!removed)
                        *firstError = removed.error();
                });
                // The store runs calls in order, so this answers after the removal above.
                m_store->remove(m_account, Kind::AccessToken, this,
                                [this, caller, finished, firstError](Result<void> removed) {
                                    if (!removed && !*firstError)
                                        *firstError = removed.error();
                                    m_unsaved.reset();
                                    m_lastRefresh.invalidate();
                                    Result<void> outcome;
                                    if (*firstError) {
                                        qCWarning(lcAuth).noquote() << "account" << accountText(m_account)
                                                                    << "could not remove its tokens from the keyring:"
                                                                    << Error::codeName((*firstError)->code());
                                        outcome = keyringError(**firstError);
                                    } else {
                                        qCInfo(lcAuth).noquote() << "account" << accountText(m_account) << "signed out";
                                    }
                                    if (!makeCurrent({}, {}))
                                        return;
                                    const QPointer<TokenRefresher> self(this);
                                    deliver(caller, outcome);
                                    if (self)
                                        finished();
                                });
            };
            const auto revokeBoth = [this, removeAll](const QByteArray &refreshToken) {
                // The refresh token first: revoking it ends the whole grant on most servers (RFC 7009 §2.1).
                revokeThen(refreshToken, true, [this, removeAll] { revokeThen(m_accessToken, false, removeAll); });
            };
            if (m_unsaved && m_unsaved->hasRefreshToken()) {
                revokeBoth(m_unsaved->refreshToken);
                return;
            }
            if (!m_store || m_config.revokeUrl.isEmpty()) {
                revokeBoth({});
                return;
            }
            m_store->read(m_account, Kind::RefreshToken, this, [revokeBoth](Result<QByteArray> stored) {
                revokeBoth(stored ? stored.value() : QByteArray());
            });
        });
    });
}

} // namespace starling
