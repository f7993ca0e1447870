// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling::ftsquery {

/**
 * Turns whatever the user typed into a safe FTS5 query: every word must match (in any order),
 * "quoted words" must match as a phrase, and a trailing * makes a prefix (ord* finds "order").
 * Everything else is searched as text, never interpreted as FTS5 syntax: an unbalanced quote,
 * a bare operator (OR, NOT, NEAR), a column filter or stray punctuation cannot cause an error.
 * A word said twice (in any case) counts once, only the first 32 distinct terms count, and a
 * term longer than 100 characters is cut there and searched as a prefix, so that a pasted
 * paragraph cannot keep FTS5 busy for minutes.
 *
 * Returns an empty string when nothing searchable is left (only spaces or punctuation).
 */
QString fromUserText(const QString &text);

} // namespace starling::ftsquery
