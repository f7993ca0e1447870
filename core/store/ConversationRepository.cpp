// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// The columns read by rowToSummary(), in order.
QString summaryColumns(Engine engine)
{
    return u"c.id, a.uuid, a.network, c.remote_id, c.kind, c.state, c.snoozed_until,"
           " c.last_activity, c.unread_count, c.title, c.preview, c.last_inbound,"
           " i.id, i.remote_id, i.handle, i.display_name, i.avatar_url, i.bio,"
           " i.followers_count, i.contact_id, c.assignee,"
           " (SELECT %1 FROM conversation_tags ct"
           "   JOIN tags t ON t.id = ct.tag_id WHERE ct.conversation_id = c.id), c.request"_s.arg(
               dialect::unitSeparatedList(engine, u"t.name"_s));
}

// The person a conversation is with: its first participant. PostgreSQL takes it in a LATERAL
// join, so that identities is joined by its key: a join condition holding a subquery is never
// pushed under a row-level security policy (Migrations, teamAccess), and would make an agent's
// inbox page read and sort every conversation.
QString summaryFrom(Engine engine)
{
    return engine == Engine::Sqlite
               ? u" FROM conversations c"
                 " JOIN accounts a ON a.id = c.account_id"
                 " LEFT JOIN identities i ON i.id = (SELECT p.identity_id FROM conversation_participants p"
                 "   WHERE p.conversation_id = c.id ORDER BY p.position LIMIT 1)"_s
               : u" FROM conversations c"
                 " JOIN accounts a ON a.id = c.account_id"
                 " LEFT JOIN LATERAL (SELECT p.identity_id FROM conversation_participants p"
                 "   WHERE p.conversation_id = c.id ORDER BY p.position LIMIT 1) fp ON true"
                 " LEFT JOIN identities i ON i.id = fp.identity_id"_s;
}

ConversationSummary rowToSummary(const QSqlQuery &q)
{
    ConversationSummary s;
    Conversation &c = s.conversation;
    c.id = q.value(0).toLongLong();
    c.accountId = QUuid(q.value(1).toString());
    s.network = networkFromKey(q.value(2).toString()).value_or(Network::X);
    c.remoteId = q.value(3).toString();
    c.kind = Conversation::Kind(q.value(4).toInt());
    c.state = Conversation::State(q.value(5).toInt());
    c.snoozedUntil = fromStoredTime(q.value(6).toLongLong());
    c.lastActivity = fromStoredTime(q.value(7).toLongLong());
    c.unreadCount = q.value(8).toInt();
    c.title = q.value(9).toString();
    c.preview = q.value(10).toString();
    c.lastMessageInbound = q.value(11).toInt() != 0;
    if (!q.value(12).isNull()) {
        Identity &i = s.counterpart;
        i.id = q.value(12).toLongLong();
        i.accountId = c.accountId;
        i.remoteId = q.value(13).toString();
        i.handle = q.value(14).toString();
        i.displayName = q.value(15).toString();
        i.avatarUrl = QUrl(q.value(16).toString());
        i.bio = q.value(17).toString();
        i.followersCount = q.value(18).toInt();
        i.contactId = q.value(19).toLongLong();
        c.participantIds = {i.id};
    }
    c.assignee = q.value(20).toString();
    const QString tags = q.value(21).toString();
    if (!tags.isEmpty()) {
        c.tags = tags.split(QChar(31));
        c.tags.sort(Qt::CaseInsensitive);
    }
    c.request = q.value(22).toInt() != 0;
    return s;
}

QString placeholders(qsizetype n)
{
    QStringList list;
    for (qsizetype i = 0; i < n; ++i)
        list << u"?"_s;
    return list.join(u", "_s);
}

} // namespace

bool matchesFilter(const ConversationFilter &filter, const ConversationSummary &row)
{
    const Conversation &c = row.conversation;
    return (filter.accountId.isNull() || c.accountId == filter.accountId)
           && (filter.kinds.isEmpty() || filter.kinds.contains(c.kind))
           && (filter.states.isEmpty() || filter.states.contains(c.state)) && (!filter.unreadOnly || c.unreadCount > 0)
           && (!filter.needsReplyOnly || c.lastMessageInbound) && (!filter.requestsOnly || c.request)
           && (filter.tag.isEmpty() || c.tags.contains(filter.tag))
           && (!filter.assignee || c.assignee == *filter.assignee);
}

bool comesBefore(const ConversationPageKey &a, const ConversationPageKey &b)
{
    return a.lastActivity > b.lastActivity || (a.lastActivity == b.lastActivity && a.id > b.id);
}

ConversationPageKey ConversationSummary::pageKey() const
{
    return {toStoredTime(conversation.lastActivity), conversation.id};
}

ConversationRepository::ConversationRepository(Database &db)
    : m_db(db)
    , m_accounts(db)
{
}

namespace {

/** Builds the WHERE clause of a filter and the values it binds, in order. */
struct FilterSql
{
    QStringList conditions;
    QVariantList values;
};

Result<FilterSql> filterSql(AccountRepository &accounts, const ConversationFilter &filter)
{
    FilterSql sql;
    if (!filter.accountId.isNull()) {
        auto id = accounts.localId(filter.accountId);
        if (!id)
            return id.error();
        sql.conditions << u"c.account_id = ?"_s;
        sql.values << id.value().value_or(-1);
    }
    if (!filter.kinds.isEmpty()) {
        sql.conditions << u"c.kind IN (%1)"_s.arg(placeholders(filter.kinds.size()));
        for (auto kind : filter.kinds)
            sql.values << int(kind);
    }
    if (!filter.states.isEmpty()) {
        sql.conditions << u"c.state IN (%1)"_s.arg(placeholders(filter.states.size()));
        for (auto state : filter.states)
            sql.values << int(state);
    }
    if (filter.unreadOnly)
        sql.conditions << u"c.unread_count > 0"_s;
    if (filter.needsReplyOnly)
        sql.conditions << u"c.last_inbound = 1"_s;
    if (filter.requestsOnly)
        sql.conditions << u"c.request = 1"_s; // a literal, so the partial index of requests serves it
    if (!filter.tag.isEmpty()) {
        sql.conditions << u"c.id IN (SELECT ct.conversation_id FROM conversation_tags ct JOIN tags t"
                          " ON t.id = ct.tag_id WHERE t.name = ?)"_s;
        sql.values << filter.tag;
    }
    if (filter.assignee) {
        sql.conditions << u"c.assignee = ?"_s;
        sql.values << textValue(*filter.assignee); // an empty name, not NULL
    }
    return sql;
}

} // namespace

Result<QList<ConversationSummary>> ConversationRepository::page(const ConversationFilter &filter, int limit,
                                                                std::optional<ConversationPageKey> after)
{
    auto where = filterSql(m_accounts, filter);
    if (!where)
        return where.error();
    if (after) {
        where->conditions << u"(c.last_activity, c.id) < (?, ?)"_s;
        where->values << after->lastActivity << after->id;
    }
    QString sql = u"SELECT "_s + summaryColumns(m_db.engine()) + summaryFrom(m_db.engine());
    if (!where->conditions.isEmpty())
        sql += u" WHERE "_s + where->conditions.join(u" AND "_s);
    sql += u" ORDER BY c.last_activity DESC, c.id DESC LIMIT ?"_s;

    // The window reads a page on every scroll and filter change: prepared once per connection.
    auto prepared = m_db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &query = *prepared.value();
    for (const QVariant &value : std::as_const(where->values))
        query.addBindValue(value);
    query.addBindValue(std::max(limit, 0));
    if (auto r = execQuery(query, "read a page of conversations"); !r)
        return r.error();
    QList<ConversationSummary> rows;
    rows.reserve(limit);
    while (query.next())
        rows.append(rowToSummary(query));
    return rows;
}

Result<std::optional<ConversationSummary>> ConversationRepository::byId(qint64 id)
{
    // Read for every conversation a write touched: prepared once per connection.
    const QString sql =
        u"SELECT "_s + summaryColumns(m_db.engine()) + summaryFrom(m_db.engine()) + u" WHERE c.id = ?"_s;
    auto prepared = m_db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &query = *prepared.value();
    query.addBindValue(id);
    if (auto r = execQuery(query, "read a conversation"); !r)
        return r.error();
    if (!query.next())
        return std::optional<ConversationSummary>();
    return std::optional<ConversationSummary>(rowToSummary(query));
}

Result<QList<ConversationSummary>> ConversationRepository::withPerson(Network network, const QString &remoteId,
                                                                      int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r =
            prepareQuery(query, u"SELECT "_s + summaryColumns(m_db.engine()) + summaryFrom(m_db.engine())
                                    + u" WHERE a.network = ? AND c.id IN (SELECT p.conversation_id"
                                      " FROM conversation_participants p JOIN identities pi ON pi.id = p.identity_id"
                                      " WHERE pi.remote_id = ?) ORDER BY c.last_activity DESC, c.id DESC LIMIT ?"_s);
        !r)
        return r.error();
    query.addBindValue(networkKey(network));
    query.addBindValue(remoteId);
    query.addBindValue(limit);
    if (auto r = execQuery(query, "read a person's conversations"); !r)
        return r.error();
    QList<ConversationSummary> rows;
    while (query.next())
        rows.append(rowToSummary(query));
    return rows;
}

Result<std::optional<ConversationSummary>> ConversationRepository::byRemoteId(const QUuid &accountId,
                                                                              const QString &remoteId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT "_s + summaryColumns(m_db.engine()) + summaryFrom(m_db.engine())
                                         + u" WHERE a.uuid = ? AND c.remote_id = ?"_s);
        !r)
        return r.error();
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    query.addBindValue(remoteId);
    if (auto r = execQuery(query, "read a conversation"); !r)
        return r.error();
    if (!query.next())
        return std::optional<ConversationSummary>();
    return std::optional<ConversationSummary>(rowToSummary(query));
}

Result<std::pair<int, int>> ConversationRepository::count(const ConversationFilter &filter)
{
    auto where = filterSql(m_accounts, filter);
    if (!where)
        return where.error();
    QString sql = u"SELECT count(*), coalesce(sum(c.unread_count), 0) FROM conversations c"_s;
    if (!where->conditions.isEmpty())
        sql += u" WHERE "_s + where->conditions.join(u" AND "_s);
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, sql); !r)
        return r.error();
    for (const QVariant &value : std::as_const(where->values))
        query.addBindValue(value);
    if (auto r = execQuery(query, "count conversations"); !r)
        return r.error();
    query.next();
    return std::pair<int, int>(query.value(0).toInt(), query.value(1).toInt());
}

Result<QHash<QUuid, int>> ConversationRepository::unreadByAccount()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT a.uuid, s.unread FROM (SELECT account_id, sum(unread_count) AS unread"
                                     "   FROM conversations WHERE unread_count > 0 AND state = ? GROUP BY account_id) s"
                                     " JOIN accounts a ON a.id = s.account_id"_s);
        !r)
        return r.error();
    query.addBindValue(int(Conversation::State::Open));
    if (auto r = execQuery(query, "count unread messages per account"); !r)
        return r.error();
    QHash<QUuid, int> unread;
    while (query.next())
        unread.insert(QUuid(query.value(0).toString()), query.value(1).toInt());
    return unread;
}

Result<ChangeSet> ConversationRepository::refreshUnread(qint64 conversationId)
{
    QSqlQuery query(m_db.connection());
    if (auto r =
            prepareQuery(query, u"UPDATE conversations SET unread_count = (SELECT count(*) FROM messages m"
                                " WHERE m.conversation_id = conversations.id AND m.is_read = 0 AND m.direction = 0)"
                                " WHERE id = ?"_s);
        !r)
        return r.error();
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "count unread messages"); !r)
        return r.error();
    ChangeSet changes;
    if (query.numRowsAffected() > 0)
        changes.conversationIds.insert(conversationId);
    return changes;
}

Result<ChangeSet> ConversationRepository::markRead(qint64 conversationId)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE messages SET is_read = 1"
                                     " WHERE conversation_id = ? AND is_read = 0 AND direction = 0"_s);
        !r)
        return r.error();
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "mark messages read"); !r)
        return r.error();
    if (query.numRowsAffected() == 0)
        return ChangeSet(); // nothing to change; the transaction rolls back
    auto changes = refreshUnread(conversationId);
    if (!changes)
        return changes;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<ChangeSet> ConversationRepository::markUnread(qint64 conversationId)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE messages SET is_read = 0 WHERE id = (SELECT id FROM messages"
                                     " WHERE conversation_id = ? AND direction = 0 ORDER BY id DESC LIMIT 1)"_s);
        !r)
        return r.error();
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "mark a message unread"); !r)
        return r.error();
    if (query.numRowsAffected() == 0)
        return ChangeSet(); // nothing to change; the transaction rolls back
    auto changes = refreshUnread(conversationId);
    if (!changes)
        return changes;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<ChangeSet> ConversationRepository::setState(qint64 conversationId, Conversation::State state,
                                                   const QDateTime &snoozedUntil)
{
    if (state == Conversation::State::Snoozed && !snoozedUntil.isValid())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Store", "A snoozed conversation needs a time to return."));
    auto current = byId(conversationId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::Store", "The conversation does not exist."));
    const Conversation &before = current.value()->conversation;
    const QDateTime until = state == Conversation::State::Snoozed ? snoozedUntil : QDateTime();
    if (before.state == state && toStoredTime(before.snoozedUntil) == toStoredTime(until))
        return ChangeSet(); // already so: nothing changes, and "done" is not announced twice
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE conversations SET state = ?, snoozed_until = ? WHERE id = ?"_s); !r)
        return r.error();
    query.addBindValue(int(state));
    query.addBindValue(until.isValid() ? QVariant(toStoredTime(until)) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "change a conversation's state"); !r)
        return r.error();
    ChangeSet changes;
    changes.conversationIds.insert(conversationId);
    if (state == Conversation::State::Done)
        changes.doneConversationIds << conversationId;
    return changes;
}

Result<ChangeSet> ConversationRepository::markAccepted(qint64 conversationId)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE conversations SET request = 0 WHERE id = ? AND request <> 0"_s); !r)
        return r.error();
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "accept a message request"); !r)
        return r.error();
    ChangeSet changes;
    if (query.numRowsAffected() > 0)
        changes.conversationIds.insert(conversationId);
    return changes;
}

} // namespace starling
