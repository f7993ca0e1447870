// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageIdAllocator.h"

#include "Dialect.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
// Up to 2^43 ms after the epoch (year 2248) fits below the sign bit.
constexpr qint64 maxMillis = (qint64(1) << (63 - MessageIdAllocator::sequenceBits)) - 1;
constexpr qint64 lastSequence = (qint64(1) << MessageIdAllocator::sequenceBits) - 1;

/** The millisecond whose id range holds a message of @p time: outside 1970…2248, the nearest that fits. */
qint64 idMillis(const QDateTime &time)
{
    return std::clamp<qint64>(time.isValid() ? time.toMSecsSinceEpoch() : 0, 0, maxMillis);
}
} // namespace

MessageIdAllocator::MessageIdAllocator(QSqlDatabase db)
    : m_query(db)
    , m_batchQuery(db)
{
    m_query.setForwardOnly(true);
    m_batchQuery.setForwardOnly(true);
}

qint64 MessageIdAllocator::lowerBound(const QDateTime &time)
{
    return idMillis(time) << sequenceBits;
}

Result<void> MessageIdAllocator::prepare()
{
    if (m_prepared)
        return {};
    // On PostgreSQL an agent sees only their inboxes' messages, and ids must not clash with the
    // others' (Migrations: teamAccess).
    const bool postgres = m_query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const Engine engine = postgres ? Engine::Postgres : Engine::Sqlite;
    const QString highest = postgres ? u"starling_max_message_id(%1, %2)"_s
                                     : u"(SELECT max(id) FROM messages WHERE id BETWEEN %1 AND %2)"_s;
    // Id 0 would read as "no message" to code that keeps the newest id seen. A range's last id is
    // inclusive because the last range of all ends at the largest qint64, and one past it does
    // not exist.
    const QString first = u"(%1 << %2)"_s.arg(u"CAST(t.value AS BIGINT)"_s).arg(sequenceBits);
    if (auto r = prepareQuery(m_query, u"SELECT "_s + highest.arg(u"?"_s, u"?"_s)); !r)
        return r;
    if (auto r = prepareQuery(m_batchQuery, u"SELECT CAST(t.value AS BIGINT), %1 FROM %2 AS t"_s.arg(
                                                highest.arg(dialect::greatest(engine, first, u"1"_s),
                                                            u"%1 + %2"_s.arg(first).arg(lastSequence)),
                                                dialect::jsonTextElements(engine)));
        !r)
        return r;
    m_prepared = true;
    return {};
}

Result<void> MessageIdAllocator::beginBatch(const QList<QDateTime> &times)
{
    if (auto r = prepare(); !r)
        return r;
    m_taken.clear();
    QJsonArray millis;
    QSet<qint64> seen;
    for (const QDateTime &time : times) {
        if (const qint64 ms = idMillis(time); !seen.contains(ms)) {
            seen.insert(ms);
            millis.append(QString::number(ms));
        }
    }
    m_batchQuery.bindValue(0, QString::fromUtf8(QJsonDocument(millis).toJson(QJsonDocument::Compact)));
    if (auto r = execQuery(m_batchQuery, "look up the message ids taken"); !r)
        return r;
    while (m_batchQuery.next()) {
        const qint64 ms = m_batchQuery.value(0).toLongLong();
        const qint64 first = std::max<qint64>(ms << sequenceBits, 1);
        m_taken.insert(ms, m_batchQuery.value(1).isNull() ? first - 1 : m_batchQuery.value(1).toLongLong());
    }
    m_batchQuery.finish();
    m_batch = true;
    return {};
}

void MessageIdAllocator::endBatch()
{
    m_batch = false;
    m_taken.clear();
}

Result<qint64> MessageIdAllocator::allocate(const QDateTime &createdAt)
{
    if (auto r = prepare(); !r)
        return r.error();
    // The walk is over milliseconds, never over times: a clamped time would map every step back
    // to the same full range.
    for (qint64 ms = idMillis(createdAt); ms <= maxMillis; ++ms) {
        const qint64 first = std::max<qint64>(ms << sequenceBits, 1);
        const qint64 last = (ms << sequenceBits) + lastSequence;
        qint64 used = first - 1;
        if (auto known = m_taken.constFind(ms); m_batch && known != m_taken.constEnd()) {
            used = *known;
        } else {
            m_query.bindValue(0, first);
            m_query.bindValue(1, last);
            if (auto r = execQuery(m_query, "allocate a message id"); !r)
                return r.error();
            if (m_query.next() && !m_query.value(0).isNull())
                used = m_query.value(0).toLongLong();
            m_query.finish();
        }
        if (used < last) {
            if (m_batch)
                m_taken.insert(ms, used + 1);
            return used + 1;
        }
        // A million messages in one millisecond: borrow the next millisecond's range.
    }
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("starling::Store",
                                             "The local database has no room left for messages dated %1 or later.")
                     .arg(createdAt.toString(Qt::ISODate)));
}

} // namespace starling
