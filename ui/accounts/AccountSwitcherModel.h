// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QUuid>

namespace starling {

class AccountManager;
class Database;

/**
 * The account switcher on the left: "All accounts" (the unified inbox) on top, then each account
 * with its network icon, its state and its unread count.
 */
class AccountSwitcherModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1, ///< null QUuid for "All accounts"
        UnreadRole,
        NeedsUserRole,
    };

    AccountSwitcherModel(AccountManager &accounts, Database &reader, QObject *parent = nullptr);
    ~AccountSwitcherModel() override;
    Q_DISABLE_COPY_MOVE(AccountSwitcherModel)

    /** Counts the unread messages again (after the store changed). */
    void refreshCounts();
    int rowOf(const QUuid &accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    AccountManager &m_accounts;
    Database &m_reader;
    QHash<QUuid, int> m_unread; ///< the null key holds the total
};

} // namespace starling
