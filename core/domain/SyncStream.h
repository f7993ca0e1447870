// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling {

/** What the sync engine polls, per account. */
enum class SyncStream
{
    DirectMessages,
    Mentions,
};

/** The key a stream's cursor and usage are stored under: "dm" or "mentions". */
QString syncStreamKey(SyncStream stream);

} // namespace starling
