// SPDX-License-Identifier: GPL-3.0-or-later
#include "Network.h"

using namespace Qt::StringLiterals;

namespace starling {

QString networkKey(Network network)
{
    switch (network) {
    case Network::X:
        return u"x"_s;
    case Network::Mastodon:
        return u"mastodon"_s;
    case Network::Bluesky:
        return u"bluesky"_s;
    }
    return {};
}

std::optional<Network> networkFromKey(const QString &key)
{
    for (Network n : {Network::X, Network::Mastodon, Network::Bluesky}) {
        if (networkKey(n) == key)
            return n;
    }
    return std::nullopt;
}

QString networkDisplayName(Network network)
{
    // Brand names are not translated.
    switch (network) {
    case Network::X:
        return u"X"_s;
    case Network::Mastodon:
        return u"Mastodon"_s;
    case Network::Bluesky:
        return u"Bluesky"_s;
    }
    return {};
}

} // namespace starling
