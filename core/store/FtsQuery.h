// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling::ftsquery {

/** The query language of the engine's full-text search. */
enum class Syntax
{
    Fts5, ///< SQLite's FTS5 MATCH
    TsQuery, ///< PostgreSQL's to_tsquery()
};

/**
 * Turns whatever the user typed into a safe FTS5 query: every word must match (in any order),
 * "quoted words" must match as a phrase, and a trailing * makes a prefix (ord* finds "order").
 * Everything else is searched as text, never interpreted as FTS5 syntax: an unbalanced quote,
 * a bare operator (OR, NOT, NEAR), a column filter or stray punctuation cannot cause an error.
 * A word said twice (in any case) counts once, only the first 32 distinct terms count, and a
 * term longer than 100 characters is cut there and searched as a prefix, so that a pasted
 * paragraph cannot keep FTS5 busy for minutes.
 *
 * The same rules hold for PostgreSQL's to_tsquery() (@p syntax TsQuery): words are ANDed,
 * a quoted phrase must match word after word, and a prefix marks every word of its term.
 *
 * Returns an empty string when nothing searchable is left (only spaces or punctuation).
 */
QString fromUserText(const QString &text, Syntax syntax = Syntax::Fts5);

} // namespace starling::ftsquery
