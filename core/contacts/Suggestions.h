// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LinkSuggester.h"
#include "Result.h"

namespace starling {
class Database;
}

namespace starling::contacts {

/**
 * Suggestions to link the people in the store (LinkSuggester over every identity we talk to),
 * without those the user turned down; only those that touch contact @p contactId when it is not 0.
 */
Result<QList<LinkSuggestion>> storedSuggestions(Database &db, qint64 contactId = 0);

} // namespace starling::contacts
