// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "Result.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace starling {

class Database;

/**
 * Reads sync cursors: where each account's stream left off. Cursors are written only by
 * PageWriter, in the same transaction as the page they follow.
 */
class CursorRepository final
{
public:
    explicit CursorRepository(Database &db);

    Result<std::optional<QString>> cursor(const QUuid &accountId, const QString &stream);

private:
    Database &m_db;
    AccountRepository m_accounts;
};

} // namespace starling
