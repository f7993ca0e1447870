// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Account.h"

#include <QHash>
#include <QList>

#include <optional>

namespace starling {

class Database;

/**
 * The accounts known to the store. Rows are keyed by the account's UUID; inside the database the
 * other tables refer to a small integer id, which this class maps (and caches).
 */
class AccountRepository final
{
public:
    explicit AccountRepository(Database &db);

    /** Adds the account or updates its row; returns its local id. */
    Result<qint64> upsert(const Account &account);
    /** Deletes the account and everything stored for it. */
    Result<void> remove(const QUuid &accountId);
    Result<QList<Account>> all();
    /** The local id of a stored account, or nullopt when the store does not know it. */
    Result<std::optional<qint64>> localId(const QUuid &accountId);
    /** The local id, or an error when the account is not stored. */
    Result<qint64> requireLocalId(const QUuid &accountId);

private:
    Database &m_db;
    QHash<QUuid, qint64> m_localIds;
};

} // namespace starling
