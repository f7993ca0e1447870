// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>
#include <vector>

namespace starling {

class Database;

/**
 * How fast one account answered over a period (see ResponseTimes for the definitions). Times are
 * in milliseconds; a time is empty when nothing was answered.
 */
struct ResponseTimeStats
{
    QUuid accountId;
    int conversations = 0; ///< conversations where at least one request began in the period
    int requests = 0; ///< requests that began in the period
    int answered = 0; ///< of those, the ones we answered (at any time since)
    int waiting = 0; ///< of those, the ones still without an answer
    std::optional<qint64> firstResponseMedianMs; ///< over each conversation's first request in the period
    std::optional<qint64> firstResponseMeanMs;
    std::optional<qint64> responseMedianMs; ///< over every answered request
    std::optional<qint64> responseP90Ms;

    bool operator==(const ResponseTimeStats &) const = default;
};

/**
 * Response times, worked out from messages fed in conversation by conversation, each in time
 * order. A pure calculation: StatsRepository feeds it from the store, tests feed it by hand, and
 * the CLI's `stats` and a report view show the same figures.
 *
 * - A *request* begins with an inbound message that opens a conversation or follows a message of
 *   ours; further inbound messages before our answer belong to the same request.
 * - It is *answered* by our next outbound message in that conversation (one that reached the
 *   network: queued and failed messages are left out by the caller), and its *response time* is
 *   the time between the two.
 * - A request counts for the period [from, to) in which it began, even when the answer came later.
 * - A conversation's *first response time* is the response time of its first request in the period.
 */
class ResponseTimes final
{
public:
    ResponseTimes(const QDateTime &from, const QDateTime &to);

    /**
     * The next message: @p conversationId groups the messages (a new value starts a new
     * conversation), @p inbound says who wrote it, @p at when.
     */
    void add(const QUuid &account, qint64 conversationId, bool inbound, const QDateTime &at);

    /** The figures per account, in the order the accounts first appeared; accounts without requests are left out. */
    QList<ResponseTimeStats> results();

    /** The median of @p values (the mean of the middle two for an even count); empty for none. Sorts them. */
    static std::optional<qint64> median(std::vector<qint64> &values);
    /** The @p percent percentile by nearest rank; empty for none. Sorts them. */
    static std::optional<qint64> percentile(std::vector<qint64> &values, double percent);

private:
    struct Account
    {
        ResponseTimeStats stats;
        std::vector<qint64> responses;
        std::vector<qint64> firstResponses;
    };

    void endConversation();
    Account &account(const QUuid &id);

    qint64 m_from;
    qint64 m_to;
    QHash<QUuid, qsizetype> m_index;
    QList<Account> m_accounts;

    // The conversation being fed.
    bool m_inConversation = false;
    qint64 m_conversationId = 0;
    QUuid m_account;
    std::optional<qint64> m_openSince; ///< when the unanswered request began
    bool m_openCounts = false; ///< whether it began in the period
    bool m_openIsFirst = false; ///< whether it is the conversation's first in the period
    bool m_counted = false; ///< whether the conversation had a request in the period
};

/** Figures computed from the store for reports: response times now, survey ratings later. */
class StatsRepository final
{
public:
    explicit StatsRepository(Database &db);

    /**
     * Response times of every account (or of @p accountId; of conversations tagged @p tag when it
     * is not empty) for requests that began in
     * [@p from, @p to). Reads the messages of the conversations concerned, one at a time, in
     * order; memory grows with the number of requests, not with the number of messages.
     */
    Result<QList<ResponseTimeStats>> responseTimes(const QDateTime &from, const QDateTime &to,
                                                   const QUuid &accountId = {}, const QString &tag = {});

private:
    Database &m_db;
};

} // namespace starling
