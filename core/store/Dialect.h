// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling {

/** The two engines the store runs on: SQLite on one desktop, PostgreSQL for a team. */
enum class Engine
{
    Sqlite,
    Postgres,
};

/**
 * Where the SQL of the two engines differs. Repositories write the common subset (ON CONFLICT,
 * partial indexes, lower(x) instead of COLLATE NOCASE, ...) and ask here for the rest, so that a
 * newcomer finds every difference in this one place. Full-text search, which differs the most,
 * is SearchRepository's and the migrations' business (FTS5 there, a tsvector column here).
 */
namespace dialect {

/**
 * A migration statement written for SQLite, as @p engine runs it. On PostgreSQL an
 * `INTEGER PRIMARY KEY` becomes a 64-bit identity column and every other `INTEGER` a BIGINT
 * (times are milliseconds since the epoch).
 */
QString schema(Engine engine, const QString &statement);

/** The larger of two values (SQLite's two-argument max()). */
QString greatest(Engine engine, const QString &a, const QString &b);

/** @p expression's values in a group, joined by U+001F (which no tag or name holds). */
QString unitSeparatedList(Engine engine, const QString &expression);

/** @p expression's distinct values in a group, joined by commas. */
QString distinctCommaList(Engine engine, const QString &expression);

/**
 * A subquery over the elements, as text, of a JSON array bound to its one `?`, in a column named
 * `value`: how a statement
 * takes a whole page's keys in one parameter (`remote_id IN <this>`), so that a page costs one
 * round trip to the server rather than one per row.
 */
QString jsonTextElements(Engine engine);

} // namespace dialect
} // namespace starling
