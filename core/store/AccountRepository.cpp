// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

AccountRepository::AccountRepository(Database &db)
    : m_db(db)
{
}

Result<qint64> AccountRepository::upsert(const Account &account)
{
    QSqlQuery query(m_db.connection());
    if (auto r =
            prepareQuery(query, u"INSERT INTO accounts (uuid, network, handle, display_name, avatar_url, server_url,"
                                " remote_user_id) VALUES (:uuid, :network, :handle, :name, :avatar, :server, :remote)"
                                " ON CONFLICT (uuid) DO UPDATE SET network = excluded.network,"
                                " handle = excluded.handle, display_name = excluded.display_name,"
                                " avatar_url = excluded.avatar_url, server_url = excluded.server_url,"
                                " remote_user_id = excluded.remote_user_id"_s);
        !r)
        return r.error();
    query.bindValue(u":uuid"_s, textValue(account.id.toString(QUuid::WithoutBraces)));
    query.bindValue(u":network"_s, textValue(networkKey(account.network)));
    query.bindValue(u":handle"_s, textValue(account.handle));
    query.bindValue(u":name"_s, textValue(account.displayName));
    query.bindValue(u":avatar"_s, textValue(account.avatarUrl.toString()));
    query.bindValue(u":server"_s, textValue(account.serverUrl.toString()));
    query.bindValue(u":remote"_s, textValue(account.remoteUserId));
    if (auto r = execQuery(query, "store an account"); !r) {
        // A team database refuses an account another agent's inbox holds, with an error code of
        // its own (Migrations, teamAccess).
        if (query.lastError().nativeErrorCode() == u"SL001"_s)
            return Error(Error::Code::Forbidden,
                         QCoreApplication::translate(
                             "starling::Store",
                             "The team has this account already, in an inbox you do not belong to. Ask the team's "
                             "administrator to grant it to you: starling-cli team grant %1 %2:%3")
                             .arg(m_db.connection().userName(), networkKey(account.network), account.handle));
        return r.error();
    }
    m_localIds.remove(account.id);
    return requireLocalId(account.id);
}

Result<void> AccountRepository::remove(const QUuid &accountId)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"DELETE FROM accounts WHERE uuid = ?"_s); !r)
        return r;
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    m_localIds.remove(accountId);
    return execQuery(query, "remove an account");
}

Result<QList<Account>> AccountRepository::all()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT uuid, network, handle, display_name, avatar_url, server_url, remote_user_id"
                    " FROM accounts ORDER BY id"_s))
        return storageError(query, "read the accounts");
    QList<Account> accounts;
    while (query.next()) {
        const auto network = networkFromKey(query.value(1).toString());
        if (!network)
            continue; // written by a newer version that knows more networks
        Account account;
        account.id = QUuid(query.value(0).toString());
        account.network = *network;
        account.handle = query.value(2).toString();
        account.displayName = query.value(3).toString();
        account.avatarUrl = QUrl(query.value(4).toString());
        account.serverUrl = QUrl(query.value(5).toString());
        account.remoteUserId = query.value(6).toString();
        accounts.append(account);
    }
    return accounts;
}

Result<std::optional<qint64>> AccountRepository::localId(const QUuid &accountId)
{
    if (auto it = m_localIds.constFind(accountId); it != m_localIds.constEnd())
        return std::optional<qint64>(*it);
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"SELECT id FROM accounts WHERE uuid = ?"_s); !r)
        return r.error();
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    if (auto r = execQuery(query, "look up an account"); !r)
        return r.error();
    if (!query.next())
        return std::optional<qint64>();
    const qint64 id = query.value(0).toLongLong();
    m_localIds.insert(accountId, id);
    return std::optional<qint64>(id);
}

Result<qint64> AccountRepository::requireLocalId(const QUuid &accountId)
{
    auto id = localId(accountId);
    if (!id)
        return id.error();
    if (!id.value())
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::Store", "The account is not in the local database."));
    return *id.value();
}

} // namespace starling
