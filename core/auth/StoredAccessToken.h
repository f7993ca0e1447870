// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessTokenSource.h"
#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <vector>

namespace starling {

class CredentialStore;

/**
 * The access token of an account whose server issues no refresh token and no expiry (Mastodon,
 * API-NOTES M-1: a token stays valid until it is revoked or the user removes the app). It is kept
 * in the CredentialStore and in memory, nothing else.
 *
 * There is nothing to refresh with, so refresh() only reads the stored token again: it succeeds
 * when the keychain holds another token than the current one (a new sign-in from another window,
 * or the start-up read that had not finished when a request went out) and otherwise reports
 * AuthRevoked and emits signInExpired(): the server refused the token, only a new sign-in helps.
 * A missing entry (or a locked keyring, which answers the same) is AuthRevoked as well and
 * deletes nothing; a keyring that fails is Unavailable. Refreshes are single flight.
 *
 * Why not TokenRefresher: its refresh() posts a refresh token, which this server never issued, and
 * its answer to "none stored" blames the keyring. No token is ever logged.
 */
class StoredAccessToken final : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    /** @p store must outlive the source; @p providerName names the server in messages ("mastodon.social"). */
    StoredAccessToken(const QUuid &account, CredentialStore *store, QString providerName, QObject *parent = nullptr);
    ~StoredAccessToken() override;
    Q_DISABLE_COPY_MOVE(StoredAccessToken)

    QUuid account() const { return m_account; }
    QByteArray accessToken() const override { return m_token; }

    /** Reads the stored token and makes it current; NotFound when there is none (never read as "signed out"). */
    void load(QObject *context, Done done) override;
    /** Stores the token of a new sign-in, then makes it current. Unavailable when the keyring fails. */
    void setToken(const QByteArray &token, QObject *context, Done done);
    /** See the class comment. */
    void refresh(QObject *context, Done done) override;

Q_SIGNALS:
    /** The server refused the token and no other one is stored: the user must sign in again. */
    void signInExpired();
    /** accessToken() changed. */
    void accessTokenChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    void finishRefresh(const Result<void> &result);
    void makeCurrent(const QByteArray &token);
    static void deliver(const Waiter &waiter, const Result<void> &result);

    QUuid m_account;
    QPointer<CredentialStore> m_store;
    QString m_providerName;
    QByteArray m_token;
    bool m_refreshing = false;
    std::vector<Waiter> m_waiters;
};

} // namespace starling
