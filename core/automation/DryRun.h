// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "RuleEngine.h"
#include "domain/Account.h"

#include <QDateTime>

namespace starling {

class Database;

/**
 * What @p rule would have done over the stored history from @p from to @p to, without sending or
 * changing anything: each inbound message is replayed through RuleEngine, with the per-person
 * window kept in memory. (Done-triggered rules have no history to replay.)
 */
Result<QList<PlannedAction>> dryRun(Database &db, const Rule &rule, const QDateTime &from, const QDateTime &to,
                                    const QList<Account> &ownAccounts);

} // namespace starling
