// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "net/HttpClient.h"
#include "providers/ProviderTypes.h"
#include "text/BlueskyFacets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

/**
 * Bluesky / AT Protocol JSON → Starling domain values (API-NOTES B-2, the lexicons in
 * specs/bluesky-lexicons): pure functions, as XMapper and MastodonMapper are.
 *
 * The rule for hostile input (DESIGN.md, Errors) is the other mappers' rule: a body that is not the
 * documented shape is an error and yields nothing; one item that is malformed is left out and
 * reported in the page's warnings; nothing with a missing or malformed required field reaches a page.
 * DIDs, AT-URIs, handles and chat ids are checked against their formats before use, since they end
 * up in queries and in the store. Times go through json::time(), which refuses dates before 2006 and
 * more than a day ahead.
 *
 * Ids: a DM conversation is its convoId, a DM its message id; a public post is its AT-URI, and the
 * public thread it belongs to is its thread root's AT-URI (reply.root), itself when it is no reply.
 */
namespace starling::blueskymapper {

/** What a mapper needs to know besides the JSON. */
struct Context
{
    QUuid accountId;
    QString ownDid; ///< decides which messages are ours (outbound)
    QString since; ///< notifications: the indexedAt of the newest one stored; older ones end the fetch
    QDateTime now; ///< the clock for json::time() and for events without a time; invalid: the current time
};

/** Where the XRPC method @p nsid of the server at @p service is called: <service>/xrpc/<nsid>. */
QUrl xrpcUrl(const QUrl &service, const QString &nsid);

/** did:method:identifier, as the did format allows (at most 2,048 characters). */
bool isDid(const QString &text);
/** A handle (domain name syntax, at most 253 characters). */
bool isHandle(const QString &text);
/** at://<did or handle>/<collection>/<rkey>, as posts are named. */
bool isPostUri(const QString &text);
/** A chat id (convoId, message id, rev): 1–128 characters of [A-Za-z0-9._:~-]. */
bool isChatId(const QString &text);

/** A profile view (basic, plain or detailed) as a person; nullopt when its did or handle is bad. */
std::optional<Identity> person(const QJsonObject &profile, const QUuid &accountId);

/** app.bsky.actor.getProfile: a profileViewDetailed. */
Result<Identity> profile(const QJsonDocument &document, const QUuid &accountId);

/**
 * chat.bsky.convo.defs#messageView as a direct message of conversation @p convoId; nullopt (with a
 * warning) when malformed. @p unread: whether an inbound message is still unread.
 */
std::optional<Message> chatMessage(const QJsonObject &view, const QString &convoId, const Context &context, bool unread,
                                   QList<Error> &warnings);

/** A convoView as a conversation (its members but us as participants), and the members as people. */
struct ConvoEntry
{
    Conversation conversation;
    QList<Identity> members;
    int unreadCount = 0;
    std::optional<Message> lastMessage;
};
std::optional<ConvoEntry> convo(const QJsonObject &view, const Context &context, QList<Error> &warnings);

/** chat.bsky.convo.listConvos: the conversations of one page, and the cursor of the next one. */
struct ConvoListing
{
    QList<ConvoEntry> convos;
    QString cursor;
    QList<Error> warnings;
};
Result<ConvoListing> convos(const QJsonDocument &document, const Context &context);

/** chat.bsky.convo.getConvoForMembers and getConvo: {convo: convoView}. */
Result<ConvoEntry> convoAnswer(const QJsonDocument &document, const Context &context);

/**
 * chat.bsky.convo.getMessages of conversation @p convoId: its messageViews as messages, newest
 * first; the first @p unreadCount inbound ones are unread. Deleted and system messages are left out
 * (they have no text). relatedProfiles become people; nextPageToken is the cursor.
 */
Result<FetchedPage> messages(const QJsonDocument &document, const QString &convoId, const Context &context,
                             int unreadCount = 0);

/**
 * chat.bsky.convo.getLog: logCreateMessage → a new (unread when inbound) message;
 * logBeginConvo / logAcceptConvo → we joined, logLeaveConvo → we left (MembershipChange, dated
 * Context::now, since log entries carry no time); other entries (reads, reactions, deletions,
 * group events) change nothing Starling stores and are passed over.
 */
struct LogPage
{
    FetchedPage page;
    QString cursor; ///< empty when the server sent none
    int entries = 0; ///< how many log entries the page had, of any kind
    /**
     * Conversations that began or were accepted: their members and status (Conversation::request)
     * are not in the log, and getConvo reads them.
     */
    QStringList convoIdsToRead;
};
Result<LogPage> log(const QJsonDocument &document, const Context &context);

/**
 * app.bsky.notification.listNotifications: reasons mention, quote (Mention) and reply (Reply)
 * become inbound messages of the public thread of their post; other reasons are passed over.
 * Notifications come newest first: the first one at or before Context::since ends the fetch,
 * otherwise nextPageToken is the cursor. newestCursor is the newest indexedAt.
 */
Result<FetchedPage> notifications(const QJsonDocument &document, const Context &context);

/**
 * app.bsky.feed.getPostThread: the post, its parents and its replies as messages of one public
 * thread. Missing (notFoundPost) and blocked (blockedPost) posts inside the thread are left out;
 * when the post asked for is itself missing or blocked, the answer is NotFound or Forbidden.
 */
Result<FetchedPage> postThread(const QJsonDocument &document, const Context &context);

/** A post, as a reply needs it (com.atproto.repo.strongRef of itself and of its thread root). */
struct PostRef
{
    QString uri;
    QString cid;
    QString rootUri; ///< the post's reply.root, or the post itself when it is no reply
    QString rootCid;
};

/** app.bsky.feed.getPosts: the posts as messages (page) and as references (refs). */
struct Posts
{
    FetchedPage page;
    QList<PostRef> refs;
};
Result<Posts> posts(const QJsonDocument &document, const Context &context);

/** What createSession and refreshSession answer. */
struct Session
{
    QByteArray accessJwt;
    QByteArray refreshJwt;
    QString did;
    QString handle;
    QUrl pds; ///< from didDoc.service #atproto_pds; empty when the answer had none
    bool active = true;
    QString status; ///< when not active: takendown, suspended, deactivated…
};
Result<Session> session(const QJsonDocument &document);

/** What a DID document says of its account (the atproto identity spec). */
struct DidDocument
{
    QString did;
    QStringList handles; ///< alsoKnownAs "at://<handle>", lower case, in order
    QUrl pds; ///< the service #atproto_pds; empty when there is none
};
/**
 * A DID document as the PLC directory or did:web serve it; refused unless its id is @p did and it
 * names a PDS (http or https) to reach the account at.
 */
Result<DidDocument> didDocument(const QJsonDocument &document, const QString &did);
/** The DID in a handle's /.well-known/atproto-did answer or its _atproto TXT record ("did=…"); empty if none. */
QString didOfHandleAnswer(const QByteArray &answer);

/** com.atproto.identity.resolveHandle: {did}. */
Result<QString> resolvedDid(const QJsonDocument &document);

/** com.atproto.repo.uploadBlob: {blob}, checked and kept as it came, to be put in a post. */
Result<QJsonObject> uploadedBlob(const QJsonDocument &document);

/** com.atproto.repo.createRecord: {uri, cid}. */
Result<PostRef> recordCreated(const QJsonDocument &document);

/** chat.bsky.convo.sendMessage: a messageView, in conversation @p convoId. */
Result<SentItem> messageSent(const QJsonDocument &document, const QString &convoId, const Context &context);

/** The facets of @p spans as app.bsky.richtext.facet objects; mentions whose handle is not in @p dids are left out. */
QJsonArray facets(const QList<BlueskyFacets::Span> &spans, const QHash<QString, QString> &dids);

/** A TID (13 characters of base32-sortable) of @p microseconds since the epoch and clock id @p clockId (0–1023). */
QString tid(quint64 microseconds, quint16 clockId);
/**
 * The record key of the post an outbox item with @p clientKey publishes: a TID derived from the key
 * (SHA-256), so that the same item always gets the same record and a repeat is recognised. Its time
 * lies in 2020–2024: a TID of a time, not the time it was written.
 */
QString tidForKey(const QString &clientKey);
/** Whether @p text is a TID. */
bool isTid(const QString &text);

/**
 * How XRPC error answers read (API-NOTES B-5): {"error": "<Name>", "message": "…"}. ExpiredToken and
 * InvalidToken are AuthExpired whatever the status (the PDS sends them as 400); the message keeps the
 * name in front ("ConvoLocked: …") so that errorName() can tell refusals apart.
 */
HttpClient::ErrorReading errorReading(int status, const QByteArray &body);

/** The XRPC error name of an error read by errorReading(), or empty. */
QString errorName(const Error &error);

} // namespace starling::blueskymapper
