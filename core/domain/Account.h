// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Network.h"

#include <QString>
#include <QUrl>
#include <QUuid>

namespace starling {

/** One of the user's own accounts on one network. Keyed by a stable UUID, never by its name. */
struct Account
{
    QUuid id;
    Network network = Network::X;
    QString handle; ///< without a leading @, e.g. "shop" or "shop@mastodon.social"
    QString displayName;
    QUrl avatarUrl;
    QUrl serverUrl; ///< the API base; for Mastodon the instance, for Bluesky the PDS
    QString remoteUserId; ///< the account's own id on its network (X user id, DID…)
    QString clientId; ///< the OAuth client (app) the account signed in with; not a secret
    bool demo = false; ///< lives on the sandbox servers of `starling --demo`

    bool operator==(const Account &) const = default;
};

} // namespace starling
