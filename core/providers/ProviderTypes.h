// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Conversation.h"
#include "domain/Identity.h"
#include "domain/Message.h"
#include "domain/Network.h"
#include "domain/SyncStream.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace starling {

/**
 * The id of the 1:1 conversation between @p ownUserId and @p personId where the network can tell
 * without asking (X: the two user ids, the smaller first); empty where it cannot.
 */
QString directConversationRemoteId(Network network, const QString &ownUserId, const QString &personId);

/** The link that opens a DM with the account @p ownUserId (X), or an empty one. */
QUrl directMessageLink(Network network, const QString &ownUserId);

/**
 * "Switch to DM": @p text (trimmed) with @p link on a line of its own after it; the link alone
 * when there is no text, and the text alone when there is no link.
 */
QString withDirectMessageLink(const QString &text, const QUrl &link);

/** How an asynchronous provider call reports back: once, with a value or an Error. */
template<typename T>
using ResultCallback = std::function<void(Result<T>)>;

/**
 * One page of a fetch. A fetch walks from the newest items back to the stream's stored cursor,
 * page by page; the caller stores each page and passes nextPageToken back until it is empty.
 */
struct PageRequest
{
    QString since; ///< the stream's stored cursor (the newest item stored); empty on a first sync
    QString pageToken; ///< empty for the first page, else the previous FetchedPage::nextPageToken
    QString conversationRemoteId; ///< fetchConversation() only: which conversation
    int pageSize = 0; ///< 0: the network's maximum
};

/** Someone joined or left a group conversation. */
struct MembershipChange
{
    QString remoteId; ///< the event's own id
    QString conversationRemoteId;
    QStringList personRemoteIds;
    bool joined = true;
    QDateTime at;

    bool operator==(const MembershipChange &) const = default;
};

/** What one page of a fetch brought, as domain values: nothing of the network's JSON leaks. */
struct FetchedPage
{
    QList<Identity> people;
    QList<Conversation> conversations;
    QList<Message> messages;
    QList<MembershipChange> membershipChanges;
    /** Messages the network reports deleted, by remote id (SyncPage::deletedMessageRemoteIds). */
    QStringList deletedMessageIds;

    /** Older items remain in this fetch: ask again with it. Empty when the fetch is complete. */
    QString nextPageToken;
    /**
     * The cursor to store once the fetch is complete (with its last page): the newest item the
     * fetch saw. Empty means keep the stored one.
     */
    QString newestCursor;
    /**
     * Parts the server reported as failed while it answered the rest (X answers 200 with both
     * data and errors[]); the good part is in the page.
     */
    QList<Error> warnings;
};

/** A direct message to send: into a conversation, or to people (one: 1:1, several: a group). */
struct OutgoingMessage
{
    QString clientKey; ///< the outbox's key for this message; an idempotency key where supported
    QString conversationRemoteId;
    QStringList recipientRemoteIds;
    QString text;
    QStringList mediaIds; ///< from uploadMedia(), for MediaPurpose::DirectMessage
};

/** A public post: a new one, or a reply when inReplyToRemoteId is set. */
struct OutgoingPost
{
    QString clientKey;
    QString text;
    QString inReplyToRemoteId;
    QStringList mediaIds;
};

/** What the server made of something we sent. */
struct SentItem
{
    QString remoteId;
    QString conversationRemoteId;
    QDateTime createdAt; ///< invalid when the server did not say
};

enum class MediaPurpose
{
    Post,
    DirectMessage,
};

/** A file to upload before it can be attached. */
struct MediaUpload
{
    QString filePath;
    QString mimeType; ///< empty: guessed from the file
    MediaPurpose purpose = MediaPurpose::Post;
    QString altText;
};

struct UploadedMedia
{
    QString mediaId;
    QDateTime expiresAt; ///< invalid when the id does not expire
};

/** Upload progress: bytes sent so far of the total. */
using ProgressCallback = std::function<void(qint64 sent, qint64 total)>;

} // namespace starling
