// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QSqlQuery>

namespace starling {

/**
 * Local message ids are ordered by creation time: the id is (milliseconds since the epoch << 20)
 * plus a sequence number for messages of the same millisecond. Sorting by id is then sorting by
 * time, which lets the thread index and the full-text index return "newest first" without a sort.
 */
class MessageIdAllocator final
{
public:
    static constexpr int sequenceBits = 20;

    explicit MessageIdAllocator(QSqlDatabase db);

    /**
     * The next free id for a message created at @p createdAt. Call inside the write transaction.
     *
     * Times an id cannot hold (before 1970, after 2248, invalid) take the nearest millisecond it
     * can, so they still sort before or after everything else. Fails, rather than searching on,
     * when every id from that millisecond to the last one is taken.
     */
    Result<qint64> allocate(const QDateTime &createdAt);

    /** The smallest id a message created at @p time can have: useful as a paging bound. Never overflows. */
    static qint64 lowerBound(const QDateTime &time);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

} // namespace starling
