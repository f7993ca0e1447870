// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

#include "AccountManager.h"

using namespace Qt::StringLiterals;

namespace starling {

AccountListModel::AccountListModel(AccountManager *manager, QObject *parent)
    : QAbstractListModel(parent)
    , m_manager(manager)
{
    // The manager changes one account at a time; each change maps to the smallest model signal.
    connect(manager, &AccountManager::accountAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(manager, &AccountManager::accountAdded, this, [this] { endInsertRows(); });
    connect(manager, &AccountManager::accountAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(manager, &AccountManager::accountRemoved, this, [this] { endRemoveRows(); });
    connect(manager, &AccountManager::accountChanged, this, [this](const QUuid &id) {
        const QModelIndex i = index(m_manager->indexOf(id));
        Q_EMIT dataChanged(i, i);
    });
    connect(manager, &AccountManager::statusChanged, this, [this](const QUuid &id) {
        const QModelIndex i = index(m_manager->indexOf(id));
        Q_EMIT dataChanged(i, i, {StateRole, StateTextRole, NeedsUserRole, Qt::ToolTipRole});
    });
    connect(manager, &AccountManager::accountsReordered, this, [this] {
        if (m_moving)
            return; // moveRows() already announced it
        beginResetModel();
        endResetModel();
    });
}

AccountListModel::~AccountListModel() = default;

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_manager->count();
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account account = m_manager->accounts().at(index.row());
    const AccountStatus status = m_manager->status(account.id);
    switch (role) {
    case Qt::DisplayRole:
        return account.displayName.isEmpty() ? u"@"_s + account.handle : account.displayName;
    case Qt::ToolTipRole:
        return tr("@%1 on %2: %3").arg(account.handle, networkDisplayName(account.network), status.text());
    case IdRole:
        return account.id;
    case NetworkRole:
        return int(account.network);
    case HandleRole:
        return account.handle;
    case DisplayNameRole:
        return account.displayName;
    case AvatarUrlRole:
        return account.avatarUrl;
    case StateRole:
        return int(status.state);
    case StateTextRole:
        return status.text();
    case NeedsUserRole:
        return status.needsUser();
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {NetworkRole, "network"},
                  {HandleRole, "handle"},
                  {DisplayNameRole, "displayName"},
                  {AvatarUrlRole, "avatarUrl"},
                  {StateRole, "state"},
                  {StateTextRole, "stateText"},
                  {NeedsUserRole, "needsUser"}});
    return names;
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f | Qt::ItemIsDropEnabled;
}

bool AccountListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 || sourceRow >= rowCount()
        || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false; // not a move
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    m_moving = true;
    m_manager->move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    m_moving = false;
    endMoveRows();
    return true;
}

} // namespace starling
