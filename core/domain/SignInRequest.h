// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Network.h"

#include <QString>

namespace starling {

/** What a person types to sign in to a network: which one, and what that network asks for. */
struct SignInRequest
{
    Network network = Network::X;
    QString server; ///< Mastodon: the server ("mastodon.social", "@me@example.social", a URL); Bluesky: the
                    ///< entryway or PDS URL, empty for bsky.social
    QString clientId; ///< X: the client ID of the person's own X developer app
    QString identifier; ///< Bluesky: the handle, e-mail address or DID
    QString appPassword; ///< Bluesky: an app password (never stored; the sign-in's tokens are)
};

} // namespace starling
