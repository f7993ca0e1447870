// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListModel.h"

#include "Theme.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

ConversationListModel::ConversationListModel(Database *reader, Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
    , m_store(store)
{
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setFilter(const ConversationFilter &filter)
{
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    ++m_generation;
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    auto page = ConversationRepository(*m_reader).page(m_filter, pageSize);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < pageSize;
    } else {
        m_atEnd = true;
    }
    endResetModel();
    if (!page)
        Q_EMIT loadFailed(page.error().message());
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    // Called again from a slot of rowsAboutToBeInserted (a proxy, a tester), it would read the same
    // page again and insert it twice, inside the insertion under way.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    std::optional<ConversationPageKey> after;
    if (!m_rows.isEmpty())
        after = m_rows.constLast().pageKey();
    auto page = ConversationRepository(*m_reader).page(m_filter, pageSize, after);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message());
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

int ConversationListModel::rowOf(qint64 conversationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conversation.id == conversationId)
            return i;
    }
    return -1;
}

int ConversationListModel::insertionRow(const ConversationPageKey &key) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), key,
        [](const ConversationSummary &row, const ConversationPageKey &k) { return comesBefore(row.pageKey(), k); });
    return int(it - m_rows.cbegin());
}

void ConversationListModel::applyChanges(const ChangeSet &changes)
{
    if (changes.accountsChanged || changes.anyConversation) {
        reload();
        return;
    }
    if (changes.conversationIds.isEmpty())
        return;
    using Rows = QList<std::pair<qint64, std::optional<ConversationSummary>>>;
    ++m_refreshing;
    onReady(m_store.read<Rows>("inbox rows to refresh",
                               [ids = changes.conversationIds](Database &db) -> Result<Rows> {
                                   ConversationRepository repository(db);
                                   Rows rows;
                                   for (qint64 id : ids) {
                                       auto fresh = repository.byId(id);
                                       if (!fresh)
                                           return fresh.error();
                                       rows.append({id, fresh.value()});
                                   }
                                   return rows;
                               }),
            this, [this, generation = m_generation](const Result<Rows> &rows) {
                --m_refreshing;
                if (generation != m_generation)
                    return; // read for a list that was loaded again since: that one is fresher
                if (!rows) {
                    Q_EMIT loadFailed(rows.error().message());
                    return;
                }
                applyRows(rows.value());
            });
}

void ConversationListModel::applyRows(const QList<std::pair<qint64, std::optional<ConversationSummary>>> &rows)
{
    const QScopedValueRollback changing(m_changing, true);
    for (const auto &[id, fresh] : rows) {
        const int oldRow = rowOf(id);
        const bool belongs = fresh && matchesFilter(m_filter, *fresh);
        if (!belongs) {
            if (oldRow >= 0) {
                beginRemoveRows({}, oldRow, oldRow);
                m_rows.removeAt(oldRow);
                endRemoveRows();
            }
            continue;
        }
        const ConversationSummary &row = *fresh;
        if (oldRow >= 0) {
            // Take it out, find its new place, and move it there (or just update it in place).
            const ConversationSummary previous = m_rows.takeAt(oldRow);
            const int target = insertionRow(row.pageKey());
            m_rows.insert(oldRow, previous);
            if (target == oldRow) {
                m_rows[oldRow] = row;
                Q_EMIT dataChanged(index(oldRow), index(oldRow));
            } else {
                beginMoveRows({}, oldRow, oldRow, {}, target > oldRow ? target + 1 : target);
                m_rows.removeAt(oldRow);
                m_rows.insert(target, row);
                endMoveRows();
                Q_EMIT dataChanged(index(target), index(target));
            }
            continue;
        }
        // Not loaded yet: it joins the list only if it falls among the rows already loaded;
        // beyond them, scrolling will bring it.
        const int target = insertionRow(row.pageKey());
        if (target < m_rows.size() || m_atEnd) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, row);
            endInsertRows();
        }
    }
}

QString ConversationListModel::accessibleText(const ConversationSummary &row, const QString &name)
{
    // What a screen reader says for a row: who, what kind on which network, when, whether it is
    // unread, then the preview. Whole sentences per part, so each language can order its own.
    const Conversation &c = row.conversation;
    const QString network = networkDisplayName(row.network);
    QString kind;
    switch (c.kind) {
    case Conversation::Kind::Direct:
        kind = c.request ? tr("Message request on %1").arg(network) : tr("Direct message on %1").arg(network);
        break;
    case Conversation::Kind::Group:
        kind = c.request ? tr("Group message request on %1").arg(network) : tr("Group conversation on %1").arg(network);
        break;
    case Conversation::Kind::PublicThread:
        kind = tr("Public mention on %1").arg(network);
        break;
    }
    QString state;
    switch (c.state) {
    case Conversation::State::Open:
        state = c.unreadCount > 0 ? tr("%n unread", nullptr, c.unreadCount) : tr("Read");
        break;
    case Conversation::State::Done:
        state = tr("Done");
        break;
    case Conversation::State::Snoozed:
        state = tr("Snoozed");
        break;
    }
    //: Read aloud for a conversation: %1 the person, %2 the kind and network, %3 the time, %4 read
    //: or unread, %5 the start of the last message.
    return tr("%1. %2. %3. %4. %5").arg(name, kind, theme::fullTime(c.lastActivity), state, c.preview);
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows.at(index.row());
    const Conversation &c = row.conversation;
    const auto name = [&]() -> QString {
        if (!c.title.isEmpty())
            return c.title;
        if (!row.counterpart.displayName.isEmpty())
            return row.counterpart.displayName;
        if (!row.counterpart.handle.isEmpty())
            return u"@"_s + row.counterpart.handle;
        return tr("Unknown person");
    };
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name();
    case Qt::ToolTipRole:
        return theme::fullTime(c.lastActivity);
    case Qt::AccessibleTextRole:
        return accessibleText(row, name());
    case IdRole:
        return c.id;
    case AccountIdRole:
        return c.accountId;
    case NetworkRole:
        return int(row.network);
    case KindRole:
        return int(c.kind);
    case StateRole:
        return int(c.state);
    case HandleRole:
        return row.counterpart.handle;
    case AvatarUrlRole:
        return row.counterpart.avatarUrl;
    case PreviewRole:
        return c.preview;
    case LastActivityRole:
        return c.lastActivity;
    case UnreadCountRole:
        return c.unreadCount;
    case NeedsReplyRole:
        return c.lastMessageInbound;
    case SummaryRole:
        return QVariant::fromValue(row);
    case TagsRole:
        return c.tags;
    case RequestRole:
        return c.request;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {AccountIdRole, "accountId"},
                  {NetworkRole, "network"},
                  {KindRole, "kind"},
                  {StateRole, "state"},
                  {NameRole, "name"},
                  {HandleRole, "handle"},
                  {AvatarUrlRole, "avatarUrl"},
                  {PreviewRole, "preview"},
                  {LastActivityRole, "lastActivity"},
                  {UnreadCountRole, "unreadCount"},
                  {NeedsReplyRole, "needsReply"},
                  {SummaryRole, "summary"},
                  {TagsRole, "tags"},
                  {RequestRole, "request"}});
    return names;
}

} // namespace starling
