// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QSqlDatabase>

namespace starling::migrations {

/** The newest schema version; migration N brings a database from N-1 to N. */
int latestVersion();

/**
 * The schema version stored in the database: 0 for an empty database, or an error if the
 * version cannot be read.
 */
Result<int> storedVersion(QSqlDatabase &db);

/**
 * Runs every migration after the stored version: on SQLite each in its own transaction, on
 * PostgreSQL all in one that holds a lock, so agents starting together migrate one at a time.
 */
Result<void> migrate(QSqlDatabase &db, Engine engine);

} // namespace starling::migrations
