// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Account.h"
#include "domain/SignInRequest.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace starling {

class AccountManager;
class AccountSignIn;
class ProviderFactory;

/**
 * One sign-in under way, as a front end sees it: what to show, and the outcome. When finished()
 * reports success the account is in the account list: added, or (when the same person was there
 * already) signed in again with the new tokens.
 */
class SignInSession final : public QObject
{
    Q_OBJECT

public:
    ~SignInSession() override;
    Q_DISABLE_COPY_MOVE(SignInSession)

    /** Stops waiting for the browser; finished() reports Cancelled. */
    void cancel();

Q_SIGNALS:
    /** Open @p url in the person's browser. */
    void authorizationUrlReady(const QUrl &url);
    /** What is happening, for a status line. */
    void progress(const QString &message);
    void finished(const starling::Result<starling::Account> &account);

private:
    friend class SignInService;
    SignInSession(AccountManager &accounts, AccountSignIn *signIn, QObject *parent);
    void keep(Account account);

    AccountManager &m_accounts;
    AccountSignIn *m_signIn; // a child
};

/**
 * Adding accounts (and signing in again), for every front end: the network's own sign-in comes
 * from the ProviderFactory; this keeps its tokens under the right account and adds or renews the
 * account. The add-account dialog only shows a session's progress.
 */
class SignInService final : public QObject
{
    Q_OBJECT

public:
    SignInService(AccountManager &accounts, std::shared_ptr<ProviderFactory> factory, QObject *parent = nullptr);
    ~SignInService() override;
    Q_DISABLE_COPY_MOVE(SignInService)

    /**
     * Starts signing in as @p request says; the session is a child of @p parent. Unavailable where
     * this build cannot sign in to that network (the demo).
     */
    Result<SignInSession *> start(const SignInRequest &request, QObject *parent);

    /** Whether @p text looks like the client ID of an X app (so the button may be pressed). */
    static bool isPlausibleClientId(const QString &text);
    /** Whether @p text names a Mastodon server ("mastodon.social", "@me@example.social", a URL). */
    static bool isServerAddress(const QString &text);
    /** Where to get an X client ID and which callback address to register, as rich text with links. */
    static QString xClientIdHelp();

private:
    AccountManager &m_accounts;
    std::shared_ptr<ProviderFactory> m_factory;
};

} // namespace starling
