// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
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

    /**
     * Before allocating ids for many messages in one transaction: learns in one query the highest
     * id taken in each millisecond of @p times, so that allocate() counts on from there without
     * asking the database again (one round trip for a page, not one per message on PostgreSQL).
     * End it with endBatch() before the transaction ends: other writers take ids after that.
     */
    Result<void> beginBatch(const QList<QDateTime> &times);
    void endBatch();

    /** The smallest id a message created at @p time can have: useful as a paging bound. Never overflows. */
    static qint64 lowerBound(const QDateTime &time);

private:
    Result<void> prepare();

    QSqlQuery m_query;
    QSqlQuery m_batchQuery;
    bool m_prepared = false;
    bool m_batch = false;
    QHash<qint64, qint64> m_taken; ///< during a batch: millisecond → the highest id taken in it
};

} // namespace starling
