// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsRepository.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "domain/Message.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace starling {

ResponseTimes::ResponseTimes(const QDateTime &from, const QDateTime &to)
    : m_from(from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min())
    , m_to(to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max())
{
}

ResponseTimes::Account &ResponseTimes::account(const QUuid &id)
{
    auto it = m_index.constFind(id);
    if (it != m_index.constEnd())
        return m_accounts[*it];
    m_index.insert(id, m_accounts.size());
    m_accounts.append(Account{});
    m_accounts.last().stats.accountId = id;
    return m_accounts.last();
}

void ResponseTimes::add(const QUuid &accountId, qint64 conversationId, bool inbound, const QDateTime &at)
{
    if (!m_inConversation || conversationId != m_conversationId) {
        endConversation();
        m_inConversation = true;
        m_conversationId = conversationId;
        m_account = accountId;
    }
    const qint64 ms = at.toMSecsSinceEpoch();
    if (inbound) {
        if (m_openSince)
            return; // the same request goes on until we answer
        m_openSince = ms;
        m_openCounts = ms >= m_from && ms < m_to;
        m_openIsFirst = false;
        if (m_openCounts) {
            Account &a = account(m_account);
            ++a.stats.requests;
            if (!m_counted) {
                m_counted = true;
                m_openIsFirst = true;
                ++a.stats.conversations;
            }
        }
        return;
    }
    if (!m_openSince)
        return; // we wrote first, or wrote again: nothing was waiting
    if (m_openCounts) {
        Account &a = account(m_account);
        const qint64 response = std::max<qint64>(0, ms - *m_openSince);
        ++a.stats.answered;
        a.responses.push_back(response);
        if (m_openIsFirst)
            a.firstResponses.push_back(response);
    }
    m_openSince.reset();
}

void ResponseTimes::endConversation()
{
    if (m_inConversation && m_openSince && m_openCounts)
        ++account(m_account).stats.waiting;
    m_inConversation = false;
    m_openSince.reset();
    m_openCounts = false;
    m_openIsFirst = false;
    m_counted = false;
}

std::optional<qint64> ResponseTimes::median(std::vector<qint64> &values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    return std::midpoint(values[n / 2 - 1], values[n / 2]);
}

std::optional<qint64> ResponseTimes::percentile(std::vector<qint64> &values, double percent)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(values.size())));
    return values[size_t(std::clamp<qsizetype>(rank - 1, 0, qsizetype(values.size()) - 1))];
}

QList<ResponseTimeStats> ResponseTimes::results()
{
    endConversation();
    QList<ResponseTimeStats> out;
    for (Account &a : m_accounts) {
        ResponseTimeStats stats = a.stats;
        stats.firstResponseMedianMs = median(a.firstResponses);
        if (!a.firstResponses.empty())
            stats.firstResponseMeanMs = std::accumulate(a.firstResponses.begin(), a.firstResponses.end(), qint64(0))
                                        / qint64(a.firstResponses.size());
        stats.responseMedianMs = median(a.responses);
        stats.responseP90Ms = percentile(a.responses, 90);
        out.append(stats);
    }
    return out;
}

StatsRepository::StatsRepository(Database &db)
    : m_db(db)
{
}

Result<QList<ResponseTimeStats>> StatsRepository::responseTimes(const QDateTime &from, const QDateTime &to,
                                                                const QUuid &accountId, const QString &tag)
{
    // Whether an inbound message in the period begins a request depends on the message before it,
    // which may be older than the period: so the whole history of each conversation with an
    // inbound message in the period is read. Only messages that reached the network count;
    // inbound ones always have.
    QString sql = u"SELECT m.conversation_id, a.uuid, m.direction, m.created_at FROM messages m"
                  " JOIN accounts a ON a.id = m.account_id"
                  " WHERE m.delivery = ? AND m.conversation_id IN (SELECT DISTINCT conversation_id FROM messages"
                  "   WHERE direction = ? AND created_at >= ? AND created_at < ?)"_s;
    if (!accountId.isNull())
        sql += u" AND a.uuid = ?"_s;
    if (!tag.isEmpty())
        sql += u" AND m.conversation_id IN (SELECT ct.conversation_id FROM conversation_tags ct"
               " JOIN tags t ON t.id = ct.tag_id WHERE t.name = ?)"_s;
    sql += u" ORDER BY m.conversation_id DESC, m.id ASC"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, sql); !r)
        return r.error();
    query.addBindValue(int(Message::Delivery::Delivered));
    query.addBindValue(int(Message::Direction::Inbound));
    query.addBindValue(from.isValid() ? toStoredTime(from) : std::numeric_limits<qint64>::min());
    query.addBindValue(to.isValid() ? toStoredTime(to) : std::numeric_limits<qint64>::max());
    if (!accountId.isNull())
        query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    if (!tag.isEmpty())
        query.addBindValue(tag);
    if (auto r = execQuery(query, "read messages for response times"); !r)
        return r.error();
    ResponseTimes times(from, to);
    while (query.next()) {
        times.add(QUuid(query.value(1).toString()), query.value(0).toLongLong(),
                  Message::Direction(query.value(2).toInt()) == Message::Direction::Inbound,
                  fromStoredTime(query.value(3).toLongLong()));
    }
    return times.results();
}

} // namespace starling
