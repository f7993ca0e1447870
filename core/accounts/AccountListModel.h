// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

namespace starling {

class AccountManager;

/** The accounts as a list model for the UI, in the user's order, with their state. */
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NetworkRole, ///< starling::Network as int
        HandleRole,
        DisplayNameRole,
        AvatarUrlRole,
        StateRole, ///< starling::AccountState as int
        StateTextRole,
        NeedsUserRole, ///< bool: sign in again, fix the keyring
    };

    explicit AccountListModel(AccountManager *manager, QObject *parent = nullptr);
    ~AccountListModel() override;
    Q_DISABLE_COPY_MOVE(AccountListModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    AccountManager *m_manager;
    bool m_moving = false;
};

} // namespace starling
