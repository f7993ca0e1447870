// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace starling {

/** The social networks Starling speaks to. */
enum class Network
{
    X,
    Mastodon,
    Bluesky,
};

/** The stable key stored in databases and settings: "x", "mastodon", "bluesky". */
QString networkKey(Network network);
std::optional<Network> networkFromKey(const QString &key);
/** The name shown to users ("X", "Mastodon", "Bluesky"). */
QString networkDisplayName(Network network);

} // namespace starling
