// SPDX-License-Identifier: GPL-3.0-or-later
#include "CursorRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

CursorRepository::CursorRepository(Database &db)
    : m_db(db)
    , m_accounts(db)
{
}

Result<std::optional<QString>> CursorRepository::cursor(const QUuid &accountId, const QString &stream)
{
    auto account = m_accounts.localId(accountId);
    if (!account)
        return account.error();
    if (!account.value())
        return std::optional<QString>();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT cursor FROM sync_cursors WHERE account_id = ? AND stream = ?"_s); !r)
        return r.error();
    query.addBindValue(*account.value());
    query.addBindValue(stream);
    if (auto r = execQuery(query, "read a sync cursor"); !r)
        return r.error();
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

} // namespace starling
