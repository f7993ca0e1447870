// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchRepository.h"

#include "Database.h"
#include "FtsQuery.h"
#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
constexpr QChar openMark = QChar(0x01);
constexpr QChar closeMark = QChar(0x02);
} // namespace

SearchRepository::SearchRepository(Database &db)
    : m_db(db)
    , m_accounts(db)
{
}

QList<TextRange> SearchRepository::rangesFromHighlight(const QString &original, const QString &highlighted)
{
    // Walk both strings together; a character that is in the highlighted text but not in the
    // original at that point is a mark. A mark character inside the message text itself simply
    // reads as text, so the worst case is a missing highlight, never a wrong index.
    QList<TextRange> ranges;
    qsizetype i = 0;
    qsizetype start = -1;
    for (qsizetype j = 0; j < highlighted.size(); ++j) {
        const QChar h = highlighted.at(j);
        if (i < original.size() && original.at(i) == h) {
            ++i;
        } else if (h == openMark) {
            start = i;
        } else if (h == closeMark && start >= 0) {
            if (i > start)
                ranges.append({start, i - start});
            start = -1;
        } else {
            return {}; // the index and the text disagree; show no highlight rather than a wrong one
        }
    }
    return ranges;
}

Result<QList<SearchHit>> SearchRepository::search(const SearchRequest &request)
{
    QList<SearchHit> hits;
    const bool postgres = m_db.engine() == Engine::Postgres;
    const QString match =
        ftsquery::fromUserText(request.text, postgres ? ftsquery::Syntax::TsQuery : ftsquery::Syntax::Fts5);
    if (match.isEmpty() || request.limit <= 0)
        return hits;
    qint64 accountId = 0; // any
    if (!request.accountId.isNull()) {
        auto id = m_accounts.localId(request.accountId);
        if (!id)
            return id.error();
        if (!id.value())
            return hits;
        accountId = *id.value();
    }
    QString sql;
    QVariantList values;
    if (postgres) {
        // The GIN index finds the matches; ts_headline marks them in the whole text, as
        // highlight() does. Under row-level security PostgreSQL never uses a non-leakproof
        // operator such as @@ as an index condition, so starling_search() (Migrations, teamAccess)
        // searches the index as the owner and keeps only the caller's inboxes; the rows are then
        // read as the caller, by their ids (an array, so that they are looked up rather than
        // merged with a walk down every message).
        QStringList kinds;
        for (auto kind : request.kinds)
            kinds << QString::number(int(kind));
        sql =
            u"SELECT m.id, a.uuid, m.conversation_id, m.remote_id, m.author_id, m.direction, m.kind,"
            " m.text, m.created_at, m.delivery, m.is_read,"
            " ts_headline('starling_search', m.text, to_tsquery('starling_search', ?),"
            "   'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true')"
            " FROM messages m JOIN accounts a ON a.id = m.account_id"
            " WHERE m.id = ANY (ARRAY(SELECT starling_search(to_tsquery('starling_search', ?), ?, ?, ?::bigint[], ?)))"
            " ORDER BY m.id DESC LIMIT ?"_s;
        values = {match,
                  match,
                  request.beforeId > 0 ? QVariant(request.beforeId) : QVariant(QMetaType::fromType<qint64>()),
                  accountId ? QVariant(accountId) : QVariant(QMetaType::fromType<qint64>()),
                  kinds.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u'{' + kinds.join(u',') + u'}'),
                  request.limit};
    } else {
        QStringList conditions{u"message_search MATCH ?"_s};
        values = {match};
        if (accountId) {
            conditions << u"m.account_id = ?"_s;
            values << accountId;
        }
        if (!request.kinds.isEmpty()) {
            QStringList marks;
            for (auto kind : request.kinds) {
                marks << u"?"_s;
                values << int(kind);
            }
            conditions << u"m.kind IN (%1)"_s.arg(marks.join(u", "_s));
        }
        if (request.beforeId > 0) {
            // The search index's rowid, so that the index stays the outer loop.
            conditions << u"message_search.rowid < ?"_s;
            values << request.beforeId;
        }
        // Message ids grow with time, so walking the index by rowid, newest first, needs no sort
        // and stops after `limit` rows. CROSS JOIN keeps the search index as the outer loop.
        sql = u"SELECT m.id, a.uuid, m.conversation_id, m.remote_id, m.author_id, m.direction, m.kind,"
              " m.text, m.created_at, m.delivery, m.is_read,"
              " highlight(message_search, 0, char(1), char(2))"
              " FROM message_search CROSS JOIN messages m ON m.id = message_search.rowid"
              " JOIN accounts a ON a.id = m.account_id"
              " WHERE %1 ORDER BY message_search.rowid DESC LIMIT ?"_s.arg(conditions.join(u" AND "_s));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, sql); !r)
        return r.error();
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(request.limit);
    if (auto r = execQuery(query, "search messages"); !r)
        return r.error();
    while (query.next()) {
        SearchHit hit;
        Message &m = hit.message;
        m.id = query.value(0).toLongLong();
        m.accountId = QUuid(query.value(1).toString());
        m.conversationId = query.value(2).toLongLong();
        m.remoteId = query.value(3).toString();
        m.authorId = query.value(4).toLongLong();
        m.direction = Message::Direction(query.value(5).toInt());
        m.kind = Message::Kind(query.value(6).toInt());
        m.text = query.value(7).toString();
        m.createdAt = fromStoredTime(query.value(8).toLongLong());
        m.delivery = Message::Delivery(query.value(9).toInt());
        m.read = query.value(10).toInt() != 0;
        hit.ranges = rangesFromHighlight(m.text, query.value(11).toString());
        hits.append(hit);
    }
    return hits;
}

} // namespace starling
