// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountState.h"
#include "Result.h"
#include "domain/Account.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QSettings;

namespace starling {

struct Revocation;

class CredentialStore;
class Store;

/**
 * The user's accounts: their order, their settings and their state (STYLE.md §6).
 *
 * Accounts persist in QSettings under "Accounts/<uuid>/" with a version key; entries written by
 * a newer Starling are skipped and left untouched. Secrets are never here: they live in the
 * CredentialStore, keyed by the account's UUID. Every account is also a row in the store, so its
 * messages can refer to it.
 */
class AccountManager final : public QObject
{
    Q_OBJECT

public:
    /** The version of the settings layout this build writes. */
    static constexpr int settingsVersion = 1;

    /** What to do with an account's stored conversations when it is removed. */
    enum class Removal
    {
        KeepMessages,
        DeleteMessages,
    };

    /** Where an account's tokens are revoked (auth/Revocation.h); nullopt: nowhere. */
    using RevocationLookup = std::function<std::optional<Revocation>(const Account &)>;

    /** @p settings, @p credentials and @p store must outlive the manager; @p store may be null. */
    AccountManager(QSettings *settings, CredentialStore *credentials, Store *store, QObject *parent = nullptr);
    ~AccountManager() override;
    Q_DISABLE_COPY_MOVE(AccountManager)

    /** Reads the accounts from the settings. */
    void load();

    /**
     * Makes this the account list of a team workspace, whose accounts are the team's: rows of the
     * shared store that any agent may have added. From now on the store's accounts that the
     * profile does not list yet join the list (adoptTeamAccounts()), signed out here until this
     * agent signs in to them or another agent's app syncs them; and remove() only forgets an
     * account on this computer: its sign-in leaves this keychain, and the team keeps the account
     * and its conversations whatever the removal says (it is listed again at the next start).
     */
    void setShared(bool shared);
    bool isShared() const { return m_shared; }
    /** Reads the team's accounts from the store and lists those not listed yet (see setShared()). */
    void adoptTeamAccounts();
    /** Lists each of @p teamAccounts that is not listed yet, at the end, signed out here. */
    void adopt(const QList<Account> &teamAccounts);

    QList<Account> accounts() const { return m_accounts; }
    int count() const { return int(m_accounts.size()); }
    std::optional<Account> account(const QUuid &id) const;
    int indexOf(const QUuid &id) const;

    /**
     * Adds an account, or refuses one that is already there (the same person on the same
     * network and server). Written to the settings and to the store at once.
     */
    Result<void> add(const Account &account);
    /** Updates the details of an account that is there (name, avatar…). */
    Result<void> update(const Account &account);
    /** The account that is the same person as @p account (network, server, remote id), if any. */
    std::optional<Account> samePersonAs(const Account &account) const;
    /**
     * The user signed in again to an account that is there, and its new tokens are already in the
     * keychain under its id: updates its details and announces signInRenewed(), so that its sync
     * starts over with them.
     */
    Result<void> renewSignIn(const Account &account);
    /**
     * Removes an account: it leaves the list at once; its tokens are revoked where its network
     * allows (the refresh token first, then the access token; a revocation that fails is logged
     * and does not stop the removal), then its secrets are deleted from the keychain, and its
     * conversations are deleted or kept as @p removal says. @p done reports once everything is
     * done, with the first error: a keychain that failed to delete gives an error that says so,
     * and the deletion is remembered (in the settings, never a secret) and tried again by
     * retryPendingRemovals().
     */
    void remove(const QUuid &id, Removal removal, QObject *context, std::function<void(Result<void>)> done);

    /**
     * Finishes the removals whose secrets could not be deleted (the keychain failed, or Starling
     * quit first): revokes and deletes again and forgets each one that succeeds. checkKeyring()
     * runs it whenever the keyring answers. @p done gets the first error.
     */
    void retryPendingRemovals(QObject *context, std::function<void(Result<void>)> done = {});
    /** The removed accounts whose secrets are still to be deleted. */
    QList<QUuid> pendingRemovals() const;

    /**
     * Where removal revokes tokens: each network knows its own (NetworkProviderFactory::revocation(),
     * wired by the app; tests point it at a sandbox). Unset, tokens are only deleted.
     */
    void setRevocationLookup(RevocationLookup lookup);
    /** Moves the account at @p from to @p to, as drag and drop in the account list does. */
    void move(int from, int to);

    AccountStatus status(const QUuid &id) const;
    void setStatus(const QUuid &id, const AccountStatus &status);

    /**
     * Probes the keyring once (write, read back, delete a throwaway entry). If it is not there,
     * every account shows KeyringUnavailable; nothing is deleted and nothing is written elsewhere.
     * @p done gets the probe's result.
     */
    void checkKeyring(QObject *context, std::function<void(Result<void>)> done = {});
    bool keyringAvailable() const { return m_keyringAvailable; }

    /**
     * Only asks whether a working keyring is there (write, read back and delete a throwaway
     * entry): unlike checkKeyring(), no state changes and no pending removal is retried, so a
     * front end that only looks (`starling-cli accounts`) changes nothing. @p done hears in
     * @p context's thread, unless @p context is gone.
     */
    void probeKeyring(QObject *context, std::function<void(Result<void>)> done) const;

    /**
     * Whether the keychain holds a sign-in (an access token) for @p accountId. false when there is
     * none, which on Linux is also what a locked keyring answers; an error when the keychain could
     * not be asked (Unavailable: no keyring). The secret itself never leaves the manager. @p done
     * hears in @p context's thread, unless @p context is gone.
     */
    void hasStoredSignIn(const QUuid &accountId, QObject *context, std::function<void(Result<bool>)> done) const;

Q_SIGNALS:
    /** Before and after an account joins the list at @p row (for models). */
    void accountAboutToBeAdded(int row);
    void accountAdded(const starling::Account &account);
    /** Before and after the account at @p row leaves the list. */
    void accountAboutToBeRemoved(int row);
    void accountRemoved(const QUuid &id);
    void accountChanged(const QUuid &id);
    void signInRenewed(const starling::Account &account);
    void accountsReordered();
    void statusChanged(const QUuid &id, const starling::AccountStatus &status);

private:
    void save() const;
    void saveOrder() const;
    /** The account's row in the store, so conversations can refer to it. */
    void writeToStore(const Account &account);
    /** Revokes @p account's tokens where its network allows, then deletes all its secrets. */
    void deleteSecrets(const Account &account, std::function<void(Result<void>)> done);
    /** Removes every secret of @p id; @p done gets the first error. */
    void removeSecrets(const QUuid &id, std::function<void(Result<void>)> done);
    void rememberPendingRemoval(const Account &account);
    void forgetPendingRemoval(const QUuid &id);

    QSettings *m_settings;
    CredentialStore *m_credentials;
    QPointer<Store> m_store;
    QList<Account> m_accounts;
    QStringList m_foreignIds; ///< entries from a newer version: kept in the order, never touched
    QHash<QUuid, AccountStatus> m_status;
    bool m_keyringAvailable = true;
    RevocationLookup m_revocationLookup;
    QSet<QUuid> m_deleting; ///< accounts whose secrets are being deleted right now
    bool m_shared = false; ///< a team workspace's accounts (setShared())
};

} // namespace starling
