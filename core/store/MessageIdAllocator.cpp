// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageIdAllocator.h"

#include "SqlHelpers.h"

#include <QCoreApplication>
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
{
    m_query.setForwardOnly(true);
}

qint64 MessageIdAllocator::lowerBound(const QDateTime &time)
{
    return idMillis(time) << sequenceBits;
}

Result<qint64> MessageIdAllocator::allocate(const QDateTime &createdAt)
{
    if (!m_prepared) {
        // On PostgreSQL an agent sees only their inboxes' messages, and ids must not clash with the
        // others' (Migrations: teamAccess).
        const bool postgres = m_query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
        if (auto r = prepareQuery(m_query, postgres ? u"SELECT starling_max_message_id(?, ?)"_s
                                                    : u"SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?"_s);
            !r)
            return r.error();
        m_prepared = true;
    }
    // The walk is over milliseconds, never over times: a clamped time would map every step back
    // to the same full range. The range's last id is inclusive because the last range of all
    // ends at the largest qint64, and one past it does not exist.
    for (qint64 ms = idMillis(createdAt); ms <= maxMillis; ++ms) {
        // Id 0 would read as "no message" to code that keeps the newest id seen.
        const qint64 first = std::max<qint64>(ms << sequenceBits, 1);
        const qint64 last = (ms << sequenceBits) + lastSequence;
        m_query.bindValue(0, first);
        m_query.bindValue(1, last);
        if (auto r = execQuery(m_query, "allocate a message id"); !r)
            return r.error();
        const bool found = m_query.next() && !m_query.value(0).isNull();
        const qint64 used = found ? m_query.value(0).toLongLong() : first - 1;
        m_query.finish();
        if (used < last)
            return used + 1;
        // A million messages in one millisecond: borrow the next millisecond's range.
    }
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("starling::Store",
                                             "The local database has no room left for messages dated %1 or later.")
                     .arg(createdAt.toString(Qt::ISODate)));
}

} // namespace starling
