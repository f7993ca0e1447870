// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Account.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace starling {

/**
 * A sign-in to one network, as ProviderFactory::createSignIn() makes it (DESIGN.md, Providers):
 * whatever the network needs (discovery, app registration, OAuth in the browser, who signed in),
 * reported through signals. The tokens stay with the sign-in until keep() stores them, under the
 * id the caller chose (an account that is there already keeps its own when it signs in again).
 *
 * start() runs once; finished() comes once, with the account or why not (Cancelled after cancel()).
 */
class AccountSignIn : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AccountSignIn() override = default;
    Q_DISABLE_COPY_MOVE(AccountSignIn)

    virtual void start() = 0;
    /** Stops waiting for the browser; finished() reports Cancelled. */
    virtual void cancel() = 0;
    /**
     * Stores what the sign-in got (tokens in the keychain, server limits in the settings) for
     * @p account, whose id may differ from the one finished() reported. Call before the account
     * is added, so its first sync finds its tokens.
     */
    virtual void keep(const Account &account, QObject *context, std::function<void(Result<void>)> done) = 0;

Q_SIGNALS:
    /** Open @p url in the person's browser. */
    void authorizationUrlReady(const QUrl &url);
    /** What is happening, for the dialog's status line. */
    void progress(const QString &message);
    /** The account that signed in (a new id), or why not. */
    void finished(const starling::Result<starling::Account> &account);
};

} // namespace starling
