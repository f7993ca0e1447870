// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace starling {

class AccountManager;
class SyncService;

/**
 * Settings: accounts (add, sign in again, remove), notifications per account and per kind, sync
 * intervals, close to tray, start hidden and start at login, language, and where the data lives.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AccountManager &accounts, SyncService &sync, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    Q_DISABLE_COPY_MOVE(SettingsDialog)

Q_SIGNALS:
    void addAccountRequested();
    void signInAgainRequested(const QUuid &account);

private:
    void removeSelected();
    void fillAccounts();

    AccountManager &m_accounts;
    SyncService &m_sync;
    QListWidget *m_accountList;
    QLabel *m_removalError = nullptr; ///< shown when a removal could not delete the sign-in
};

} // namespace starling
