// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageIdAllocator.h"

#include "SqlHelpers.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
// Up to 2^43 ms after the epoch (year 2248) fits below the sign bit.
constexpr qint64 maxMillis = (qint64(1) << (63 - MessageIdAllocator::sequenceBits)) - 1;
} // namespace

MessageIdAllocator::MessageIdAllocator(QSqlDatabase db)
    : m_query(db)
{
    m_query.setForwardOnly(true);
}

qint64 MessageIdAllocator::lowerBound(const QDateTime &time)
{
    const qint64 ms = std::clamp<qint64>(time.isValid() ? time.toMSecsSinceEpoch() : 0, 0, maxMillis);
    return ms << sequenceBits;
}

Result<qint64> MessageIdAllocator::allocate(const QDateTime &createdAt)
{
    if (!m_prepared) {
        if (auto r = prepareQuery(m_query, u"SELECT max(id) FROM messages WHERE id >= ? AND id < ?"_s); !r)
            return r.error();
        m_prepared = true;
    }
    QDateTime time = createdAt;
    for (;;) {
        const qint64 base = lowerBound(time);
        const qint64 end = base + (qint64(1) << sequenceBits);
        m_query.bindValue(0, base);
        m_query.bindValue(1, end);
        if (auto r = execQuery(m_query, "allocate a message id"); !r)
            return r.error();
        const bool found = m_query.next() && !m_query.value(0).isNull();
        const qint64 next = found ? m_query.value(0).toLongLong() + 1 : base;
        m_query.finish();
        if (next < end)
            return next;
        // A million messages in one millisecond: borrow the next millisecond's range.
        time = time.addMSecs(1);
    }
}

} // namespace starling
