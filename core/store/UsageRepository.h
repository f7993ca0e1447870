// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace starling {

class Database;

/** One line of the API usage meter: what one account's stream cost on one day (UTC). */
struct UsageRow
{
    QUuid accountId;
    QString stream; ///< "dm", "mentions", "send-dm", "send-post"
    QDate day;
    qint64 requests = 0;
    qint64 resources = 0; ///< items the requests returned or created
    qint64 costMicros = 0; ///< estimated, in millionths of a US dollar

    bool operator==(const UsageRow &) const = default;
};

/** The API usage meter: requests per account, stream and day, with an estimated cost. */
class UsageRepository final
{
public:
    explicit UsageRepository(Database &db);

    /** Adds to the day's counters of @p stream. */
    Result<void> record(const QUuid &accountId, const QString &stream, const QDateTime &at, qint64 requests,
                        qint64 resources, qint64 costMicros);
    /** The rows from @p from to @p to (UTC days, inclusive), of one account or of all (null). */
    Result<QList<UsageRow>> rows(const QUuid &accountId, const QDate &from, const QDate &to);

private:
    Database &m_db;
    AccountRepository m_accounts;
};

} // namespace starling
