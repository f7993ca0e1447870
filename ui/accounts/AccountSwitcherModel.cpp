// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSwitcherModel.h"

#include "RemoteText.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QKeySequence>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace starling {

AccountSwitcherModel::AccountSwitcherModel(AccountManager &accounts, Database &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_accounts(accounts)
    , m_reader(reader)
{
    // Accounts come and go one at a time; row 0 is "All", so account i is row i + 1.
    connect(&accounts, &AccountManager::accountAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row + 1, row + 1); });
    connect(&accounts, &AccountManager::accountAdded, this, [this] {
        endInsertRows();
        refreshCounts();
    });
    connect(&accounts, &AccountManager::accountAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row + 1, row + 1); });
    connect(&accounts, &AccountManager::accountRemoved, this, [this] {
        endRemoveRows();
        refreshCounts();
    });
    connect(&accounts, &AccountManager::accountsReordered, this, [this] {
        beginResetModel();
        endResetModel();
    });
    const auto changed = [this](const QUuid &id) {
        const QModelIndex i = index(rowOf(id));
        Q_EMIT dataChanged(i, i);
    };
    connect(&accounts, &AccountManager::accountChanged, this, changed);
    connect(&accounts, &AccountManager::statusChanged, this, changed);
    refreshCounts();
}

AccountSwitcherModel::~AccountSwitcherModel() = default;

void AccountSwitcherModel::refreshCounts()
{
    auto unread = ConversationRepository(m_reader).unreadByAccount();
    QHash<QUuid, int> counts;
    int total = 0;
    for (const Account &a : m_accounts.accounts()) {
        const int count = unread ? unread->value(a.id) : 0;
        counts.insert(a.id, count);
        total += count;
    }
    counts.insert(QUuid(), total);
    if (counts == m_unread)
        return;
    m_unread = counts;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {UnreadRole, Qt::DisplayRole});
}

int AccountSwitcherModel::rowOf(const QUuid &accountId) const
{
    return accountId.isNull() ? 0 : m_accounts.indexOf(accountId) + 1;
}

int AccountSwitcherModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_accounts.count() + 1;
}

QVariant AccountSwitcherModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All accounts");
        case Qt::ToolTipRole:
            return tr("Every account in one inbox (Ctrl+1)");
        case Qt::DecorationRole:
            return QIcon(u":/icons/starling.svg"_s);
        case AccountIdRole:
            return QUuid();
        case UnreadRole:
            return m_unread.value(QUuid());
        default:
            return {};
        }
    }
    const Account account = m_accounts.accounts().at(index.row() - 1);
    const AccountStatus status = m_accounts.status(account.id);
    switch (role) {
    case Qt::DisplayRole:
        return account.network == Network::X ? u"@"_s + account.handle : account.handle;
    case Qt::ToolTipRole: {
        const QString name = account.displayName.isEmpty() ? account.handle : account.displayName;
        if (index.row() >= 9) {
            //: %1 is the account's name, %2 its network, %3 its state (e.g. "Connected")
            return remotetext::toolTip(
                tr("%1 on %2: %3").arg(name, networkDisplayName(account.network), status.text()));
        }
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_1 + index.row()));
        //: %1 is the account's name, %2 its network, %3 its state (e.g. "Connected"), %4 its shortcut key
        return remotetext::toolTip(
            tr("%1 on %2: %3 (%4)")
                .arg(name, networkDisplayName(account.network), status.text(), key.toString(QKeySequence::NativeText)));
    }
    case Qt::DecorationRole:
        return theme::networkIcon(account.network);
    case AccountIdRole:
        return account.id;
    case UnreadRole:
        return m_unread.value(account.id);
    case NeedsUserRole:
        return status.needsUser();
    default:
        return {};
    }
}

} // namespace starling
