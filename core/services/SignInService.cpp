// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInService.h"

#include "accounts/AccountManager.h"
#include "auth/OAuthConfig.h"
#include "providers/AccountSignIn.h"
#include "providers/ProviderFactory.h"
#include "providers/mastodon/MastodonRegistration.h"

namespace starling {

SignInSession::SignInSession(AccountManager &accounts, AccountSignIn *signIn, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_signIn(signIn)
{
    m_signIn->setParent(this);
    connect(m_signIn, &AccountSignIn::authorizationUrlReady, this, &SignInSession::authorizationUrlReady);
    connect(m_signIn, &AccountSignIn::progress, this, &SignInSession::progress);
    connect(m_signIn, &AccountSignIn::finished, this, [this](const Result<Account> &result) {
        if (!result)
            return Q_EMIT finished(result);
        keep(result.value());
    });
}

SignInSession::~SignInSession() = default;

void SignInSession::cancel()
{
    m_signIn->cancel();
}

void SignInSession::keep(Account account)
{
    // Signing in again as someone who is there: the new tokens replace that account's old ones.
    const std::optional<Account> existing = m_accounts.samePersonAs(account);
    if (existing)
        account.id = existing->id;
    // The tokens reach the keychain before the account exists, so its first sync finds them.
    m_signIn->keep(account, this, [this, account, again = existing.has_value()](Result<void> stored) {
        if (!stored)
            return Q_EMIT finished(stored.error());
        const Result<void> kept = again ? m_accounts.renewSignIn(account) : m_accounts.add(account);
        if (!kept)
            return Q_EMIT finished(kept.error());
        Q_EMIT finished(account);
    });
}

SignInService::SignInService(AccountManager &accounts, std::shared_ptr<ProviderFactory> factory, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_factory(std::move(factory))
{
}

SignInService::~SignInService() = default;

Result<SignInSession *> SignInService::start(const SignInRequest &request, QObject *parent)
{
    AccountSignIn *signIn = m_factory ? m_factory->createSignIn(request, nullptr) : nullptr;
    if (!signIn)
        return Error(Error::Code::Unavailable,
                     tr("Starling cannot sign in to %1 accounts here.").arg(networkDisplayName(request.network)));
    auto *session = new SignInSession(m_accounts, signIn, parent);
    signIn->start();
    return session;
}

bool SignInService::isPlausibleClientId(const QString &text)
{
    return OAuthConfig::isPlausibleClientId(text.trimmed());
}

bool SignInService::isServerAddress(const QString &text)
{
    return MastodonRegistration::serverUrl(text).ok();
}

QString SignInService::xClientIdHelp()
{
    return OAuthConfig::xClientIdHelp();
}

} // namespace starling
