// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace starling {

/**
 * A person as one of our accounts sees them on one network. Unique by (account, remoteId), like
 * every remote object; a Contact links the identities that are the same person.
 */
struct Identity
{
    qint64 id = 0; ///< local row id; 0 until stored
    QUuid accountId;
    QString remoteId;
    QString handle;
    QString displayName;
    QUrl avatarUrl;
    QString bio;
    /**
     * The websites the profile names: X's profile URL and the links of its bio, expanded from
     * t.co; the links of a Mastodon profile's fields. Evidence for linking people (LinkSuggester).
     */
    QStringList links;
    int followersCount = -1; ///< -1 when unknown
    qint64 contactId = 0; ///< 0 when not linked to a contact

    bool operator==(const Identity &) const = default;
};

} // namespace starling
