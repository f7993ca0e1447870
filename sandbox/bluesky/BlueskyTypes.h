// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace starling::sandbox {

/** An app password of a sandbox Bluesky account (API-NOTES B-1). */
struct BlueskyAppPassword
{
    QString name;
    QString password; ///< xxxx-xxxx-xxxx-xxxx
    bool privileged = false; ///< "allow access to your direct messages"
    QDateTime createdAt;
};

/** An account on the sandbox PDS. */
struct BlueskyAccount
{
    QString did; ///< did:plc:…
    QString handle; ///< alice.test
    QString displayName;
    QString description;
    QString email;
    QString password; ///< the account password
    QList<BlueskyAppPassword> appPasswords;
    /** chat.bsky.actor.declaration allowIncoming: "all", "following" (the default) or "none". */
    QString allowIncoming = QStringLiteral("following");
    QSet<QString> follows; ///< DIDs this account follows
    QSet<QString> blocks; ///< DIDs this account blocks
    QDateTime seenAt; ///< app.bsky.notification.updateSeen; invalid: never
    QDateTime createdAt;
};

/** What kind of token a JWT the sandbox issued is, from its scope claim. */
enum class BlueskyTokenKind
{
    Access,
    Refresh,
};

/** One issued token (access or refresh) and what it allows. */
struct BlueskyToken
{
    QByteArray jwt;
    BlueskyTokenKind kind = BlueskyTokenKind::Access;
    QString did;
    QString sessionId; ///< the tokens of one sign-in and its refreshes share it
    QString scope; ///< com.atproto.access, com.atproto.appPass, com.atproto.appPassPrivileged, com.atproto.refresh
    bool privileged = false; ///< the account password or a privileged app password
    QString appPassword; ///< the name of the app password it was signed in with; empty: the account password
    QDateTime issuedAt;
    QDateTime expiresAt;
    bool used = false; ///< a refresh token that was rotated
    bool revoked = false; ///< deleteSession / revokeSessions
};

/** An uploaded blob (com.atproto.repo.uploadBlob). */
struct BlueskyBlob
{
    QString cid;
    QString ownerDid;
    QString mimeType;
    qint64 size = 0;
    QByteArray bytes;
    QDateTime uploadedAt;
};

/** A record of a repository: a post, like, follow, block or chat declaration, or anything else. */
struct BlueskyRecord
{
    QString uri; ///< at://did/collection/rkey
    QString cid;
    QString did;
    QString collection;
    QString rkey;
    QJsonObject value; ///< the record as written, with its $type
    QDateTime indexedAt;

    /** For posts: reply.parent.uri / reply.root.uri, or empty. */
    QString replyParentUri() const;
    QString replyRootUri() const;
};

/** A notification of app.bsky.notification.listNotifications. */
struct BlueskyNotification
{
    qint64 seq = 0; ///< order of creation; the cursor
    QString recipientDid;
    QString authorDid;
    QString reason; ///< mention, reply, quote, like, follow, repost
    QString uri; ///< the record that caused it
    QString cid;
    QString reasonSubject; ///< for like/repost/quote/reply: the subject post
    QJsonObject record;
    QDateTime indexedAt;
};

/** One chat message. */
struct BlueskyMessage
{
    QString id;
    QString rev;
    QString convoId;
    QString senderDid;
    QString text;
    QJsonArray facets;
    QJsonObject embed; ///< the input embed (app.bsky.embed.record), or empty
    QString replyToId;
    QDateTime sentAt;
    QSet<QString> deletedFor; ///< members who deleted it for themselves
};

/** A conversation of chat.bsky.convo. */
struct BlueskyConvo
{
    QString id;
    QString rev; ///< the rev of its latest event
    QStringList members; ///< DIDs, the creator first
    QHash<QString, QString> status; ///< per member: "request" or "accepted"
    QHash<QString, QString> readRev; ///< per member: the rev up to which they read
    QSet<QString> muted;
    bool locked = false;
    QString name; ///< for group convos
    QDateTime createdAt;

    bool isGroup() const { return members.size() > 2; }
};

/** One entry of a member's chat.bsky.convo.getLog. */
struct BlueskyLogEntry
{
    QString rev;
    QString type; ///< "logBeginConvo", "logCreateMessage", "logDeleteMessage", "logReadMessage", "logAcceptConvo", …
    QString convoId;
    QString messageId; ///< empty for convo events
    QString viewerDid; ///< who sees it; empty: every member
};

} // namespace starling::sandbox
