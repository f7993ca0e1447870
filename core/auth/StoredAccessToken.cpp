// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoredAccessToken.h"

#include "CredentialStore.h"
#include "Logging.h"

using namespace Qt::StringLiterals;

namespace starling {

StoredAccessToken::StoredAccessToken(const QUuid &account, CredentialStore *store, QString providerName,
                                     QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
    , m_providerName(std::move(providerName))
{
}

StoredAccessToken::~StoredAccessToken()
{
    m_token.fill('\0');
}

void StoredAccessToken::deliver(const Waiter &waiter, const Result<void> &result)
{
    if (!waiter.done || (waiter.hasContext && !waiter.context))
        return;
    waiter.done(result);
}

void StoredAccessToken::makeCurrent(const QByteArray &token)
{
    if (token == m_token)
        return;
    m_token.fill('\0');
    m_token = token;
    Q_EMIT accessTokenChanged();
}

void StoredAccessToken::load(QObject *context, Done done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    if (!m_store)
        return deliver(waiter, Error::fromCode(Error::Code::Unavailable));
    m_store->read(m_account, CredentialStore::Kind::AccessToken, this, [this, waiter](Result<QByteArray> stored) {
        if (!stored)
            return deliver(waiter, stored.error());
        if (stored->isEmpty())
            return deliver(waiter, Error::fromCode(Error::Code::NotFound));
        makeCurrent(stored.value());
        deliver(waiter, {});
    });
}

void StoredAccessToken::setToken(const QByteArray &token, QObject *context, Done done)
{
    const Waiter waiter{context, context != nullptr, std::move(done)};
    if (!m_store)
        return deliver(waiter, Error::fromCode(Error::Code::Unavailable));
    m_store->write(m_account, CredentialStore::Kind::AccessToken, token, this, [this, waiter, token](Result<void> r) {
        if (!r)
            return deliver(waiter, r);
        makeCurrent(token);
        deliver(waiter, {});
    });
}

void StoredAccessToken::refresh(QObject *context, Done done)
{
    m_waiters.push_back(Waiter{context, context != nullptr, std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    if (!m_store)
        return finishRefresh(Error::fromCode(Error::Code::Unavailable));
    const QByteArray refused = m_token;
    m_store->read(m_account, CredentialStore::Kind::AccessToken, this, [this, refused](Result<QByteArray> stored) {
        if (!stored && stored.error().code() != Error::Code::NotFound) {
            qCWarning(lcAuth).noquote() << "account" << m_account.toString(QUuid::WithoutBraces)
                                        << "could not read its access token:" << Error::codeName(stored.error().code());
            return finishRefresh(stored.error());
        }
        if (stored && !stored->isEmpty() && stored.value() != refused) {
            makeCurrent(stored.value());
            return finishRefresh({});
        }
        qCWarning(lcAuth).noquote() << "account" << m_account.toString(QUuid::WithoutBraces)
                                    << "has no usable access token left: sign-in expired";
        Q_EMIT signInExpired();
        finishRefresh(Error(Error::Code::AuthRevoked,
                            tr("%1 no longer accepts this account's sign-in: the app was removed from the account or "
                               "its access was revoked. Please sign in again.")
                                .arg(m_providerName)));
    });
}

void StoredAccessToken::finishRefresh(const Result<void> &result)
{
    m_refreshing = false;
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (const Waiter &waiter : waiters)
        deliver(waiter, result);
}

} // namespace starling
