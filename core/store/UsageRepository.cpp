// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

UsageRepository::UsageRepository(Database &db)
    : m_db(db)
    , m_accounts(db)
{
}

Result<void> UsageRepository::record(const QUuid &accountId, const QString &stream, const QDateTime &at,
                                     qint64 requests, qint64 resources, qint64 costMicros)
{
    auto account = m_accounts.requireLocalId(accountId);
    if (!account)
        return account.error();
    QSqlQuery query(m_db.connection());
    if (auto r =
            prepareQuery(query, u"INSERT INTO api_usage (account_id, stream, day, requests, resources, cost_micros)"
                                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, stream, day) DO UPDATE SET"
                                " requests = api_usage.requests + excluded.requests,"
                                " resources = api_usage.resources + excluded.resources,"
                                " cost_micros = api_usage.cost_micros + excluded.cost_micros"_s);
        !r)
        return r;
    query.addBindValue(account.value());
    query.addBindValue(stream);
    query.addBindValue(at.toUTC().date().toString(Qt::ISODate));
    query.addBindValue(requests);
    query.addBindValue(resources);
    query.addBindValue(costMicros);
    return execQuery(query, "record API usage");
}

Result<QList<UsageRow>> UsageRepository::rows(const QUuid &accountId, const QDate &from, const QDate &to)
{
    QString sql = u"SELECT a.uuid, u.stream, u.day, u.requests, u.resources, u.cost_micros FROM api_usage u"
                  " JOIN accounts a ON a.id = u.account_id WHERE u.day >= ? AND u.day <= ?"_s;
    if (!accountId.isNull())
        sql += u" AND a.uuid = ?"_s;
    sql += u" ORDER BY u.day, a.id, u.stream"_s;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, sql); !r)
        return r.error();
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!accountId.isNull())
        query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    if (auto r = execQuery(query, "read API usage"); !r)
        return r.error();
    QList<UsageRow> rows;
    while (query.next()) {
        rows.append({QUuid(query.value(0).toString()), query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toLongLong(),
                     query.value(4).toLongLong(), query.value(5).toLongLong()});
    }
    return rows;
}

} // namespace starling
