// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Network.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace starling::contacts {

/** What a network's profile tells about the person behind one identity. */
struct ProfileFacts
{
    qint64 identityId = 0;
    qint64 contactId = 0; ///< 0 when not linked to a contact
    Network network = Network::X;
    QString remoteId; ///< the network's id of the person (X user id, Mastodon account id, Bluesky DID)
    QString handle; ///< as stored: "shop" (X), "ana" or "ana@other.example" (Mastodon), "ana.bsky.social"
    QString serverHost; ///< Mastodon: the host of our account's server, which completes a local handle
    QString displayName;
    QString bio; ///< plain text
    QStringList links; ///< the profile's own website fields, when the network has them
};

/**
 * Why two identities look like one person. From the strongest: SameAccount, LinksToOther,
 * SameWebsite, SameNameAndMention (not the order of the values).
 */
enum class LinkEvidence
{
    SameAccount, ///< the same network account, seen by two of our accounts
    SameWebsite, ///< both profiles name the same website
    LinksToOther, ///< one profile links to (or names the handle of) the other
    SameNameAndMention, ///< the same display name, and one profile mentions the other's handle
};

/** A suggestion to link two identities; never applied without the user. */
struct LinkSuggestion
{
    qint64 identityA = 0; ///< the smaller identity id
    qint64 identityB = 0;
    LinkEvidence evidence = LinkEvidence::SameWebsite;
    QString reason; ///< for the user, translated: "Both profiles link to shop.example."

    bool operator==(const LinkSuggestion &) const = default;
};

/**
 * The pairs of @p profiles that strong evidence says are one person, strongest evidence first;
 * pairs already in one contact are left out. Runs in about linear time in the number of profiles.
 */
QList<LinkSuggestion> suggestLinks(const QList<ProfileFacts> &profiles);

} // namespace starling::contacts
