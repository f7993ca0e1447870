// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace starling::sandbox {

/** Whether @p text is an id as X writes them: 1 to 19 digits. */
bool isXId(const QString &text);
/** The number an id stands for; ids grow with time, so this orders them. */
quint64 xIdValue(const QString &id);

/** A person on the sandbox X server (API-NOTES X-2, the User object). */
struct XUser
{
    QString id; ///< 1 to 19 digits; empty asks addUser() to pick one
    QString username; ///< [A-Za-z0-9_]{1,15}, unique without regard to case
    QString name; ///< the display name; the username when empty
    QString description;
    QString profileImageUrl;
    QDateTime createdAt;
    int followersCount = 0;
    int followingCount = 0;
    int tweetCount = 0;
    bool isProtected = false;
    bool verified = false;

    /** Whether @p username is one X allows: [A-Za-z0-9_]{1,15}. */
    static bool isUsername(const QString &username);
};

/** A direct-message conversation: 1:1 ("<smaller id>-<larger id>") or a group (numeric id). */
struct XDmConversation
{
    QString id;
    bool group = false;
    QStringList participantIds; ///< in the order they joined
};

/** One event of a DM conversation, as GET /2/dm_events lists it. */
struct XDmEvent
{
    enum class Type
    {
        MessageCreate,
        ParticipantsJoin,
        ParticipantsLeave,
    };

    QString id;
    Type type = Type::MessageCreate;
    QString conversationId;
    QString senderId;
    QString text;
    QDateTime createdAt;
    QStringList participantIds; ///< ParticipantsJoin/Leave: who joined or left
    QString mediaId; ///< the one attachment a DM may carry; empty when none
    QStringList referencedPostIds; ///< posts shared by their URL in the text

    static QString typeName(Type type);
};

/** A public post (a "Tweet" in the spec's v2.166 names). */
struct XPost
{
    QString id;
    QString authorId;
    QString text;
    QDateTime createdAt;
    QString conversationId; ///< the id of the first post of the thread
    QString inReplyToPostId;
    QString inReplyToUserId;
    QString quotedPostId;
    QStringList mediaIds;
};

/** An uploaded (or uploading) media file (API-NOTES X-3). */
struct XMedia
{
    /** How long an uploaded media id can be used (API-NOTES X-2: 24 hours). */
    static constexpr qint64 lifetimeSecs = 24 * 3600;

    enum class State
    {
        Uploading, ///< initialized; appends allowed
        Pending, ///< finalized, processing not started
        InProgress, ///< processing
        Succeeded, ///< usable in a post or DM until expiresAt
        Failed,
    };

    QString id;
    QString key; ///< "<type prefix>_<id>", e.g. "3_1880…" for a photo
    QString ownerId;
    QStringList additionalOwnerIds;
    QString mimeType;
    QString category; ///< tweet_image, dm_video, …
    qint64 totalBytes = 0;
    QMap<int, QByteArray> segments; ///< appended chunks by segment_index
    State state = State::Uploading;
    int pollsLeft = 0; ///< STATUS polls until a video's processing succeeds
    int statusPolls = 0; ///< STATUS requests answered so far
    bool failsProcessing = false; ///< processing ends in "failed" (XServer::failMediaProcessing())
    QDateTime createdAt;
    QDateTime expiresAt;
    int width = 0; ///< read from a PNG header when there is one
    int height = 0;

    /** "photo", "animated_gif" or "video", as in the Media object. */
    QString type() const;
    /** Whether processing is asynchronous (video and GIF), as X does for those categories. */
    bool needsProcessing() const;
    qint64 appendedBytes() const;
    /** The file, the segments joined in order. */
    QByteArray bytes() const;
    bool isOwnedBy(const QString &userId) const;

    /** The MIME types X takes (spec v2.166, media_type). */
    static const QStringList &mimeTypes();
    /** The media categories, in the spec's order. */
    static const QStringList &categories();
    /** The category of an upload that names none, by its MIME type. */
    static QString defaultCategory(const QString &mimeType);
    /** The largest file @p category takes, when it takes @p mimeType at all (API-NOTES X-3). */
    static std::optional<qint64> categoryLimit(const QString &category, const QString &mimeType);
};

} // namespace starling::sandbox
