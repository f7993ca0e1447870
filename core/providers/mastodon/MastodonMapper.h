// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonInstance.h"
#include "Result.h"
#include "net/HttpClient.h"
#include "providers/ProviderTypes.h"

#include <QByteArrayView>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

/**
 * Mastodon JSON → Starling domain values (API-NOTES M-2): pure functions, tested against
 * fixtures written from the schemas of mastodon-openapi.json (Status, Account, Conversation,
 * Notification, MediaAttachment, Instance, CredentialApplication, Error…).
 *
 * The rule for hostile input (DESIGN.md, Errors) is the X mappers' rule: a body that is not the
 * documented shape is an error and yields nothing; one item that is malformed is left out and
 * reported in the page's warnings; nothing with a missing or malformed required field reaches a
 * page. Ids are opaque strings (M-2); they are accepted only as 1–64 characters of [A-Za-z0-9_-],
 * since they end up in URL paths. A status's content and a profile's note are HTML, read as plain
 * text by HtmlToText (core/text), with the status's mentions resolving its links.
 */
namespace starling::mastodonmapper {

/** What a mapper needs to know besides the JSON. */
struct Context
{
    QUuid accountId;
    QString ownUserId; ///< the account's id on its server: decides which statuses are ours
    QString since; ///< the stored cursor: items with this id or older are already stored
};

/** Whether @p id is an id we accept from a Mastodon server (see the namespace comment). */
bool isId(const QString &id);

/**
 * Orders two ids: numerically when both are numbers (Mastodon's snowflakes, which may exceed
 * 2^53), otherwise shorter first and then by text, which orders the fixed-width sortable ids of
 * other servers of the Mastodon API correctly too.
 */
int compareIds(const QString &a, const QString &b);

/** An Account as a person; nullopt when its id or acct is missing or malformed. */
std::optional<Identity> person(const QJsonObject &account, const QUuid &accountId);

/** An Account or CredentialAccount body (verify_credentials, lookup, accounts/:id). */
Result<Identity> account(const QJsonDocument &document, const QUuid &accountId);

/**
 * One Status as a message in conversation @p conversationRemoteId, or nullopt with a warning
 * when a required field is missing or malformed. The content warning (spoiler_text) comes first,
 * as "CW: …" and a blank line, so it is never lost.
 */
std::optional<Message> message(const QJsonObject &status, const Context &context, Message::Kind kind,
                               const QString &conversationRemoteId, QList<Error> &warnings);

/** One entry of GET /api/v1/conversations, checked and ready for its thread to be read. */
struct ConversationEntry
{
    QString id; ///< Mastodon's own conversation id (internal: only for read/delete)
    bool unread = false;
    QList<Identity> participants; ///< the other accounts, never ourselves
    QJsonObject lastStatus;
    QString lastStatusId;
};

/** A page of GET /api/v1/conversations, newest last_status first. */
struct ConversationListing
{
    QList<ConversationEntry> entries; ///< only those with a last status newer than Context::since
    QString newestStatusId; ///< the newest last_status id on the page: the DM stream's cursor
    bool reachedSince = false; ///< an entry at or below the cursor was met: the fetch is complete
    QList<Error> warnings;
};

/**
 * GET /api/v1/conversations. The list is ordered by last status, newest first, so the first entry
 * whose last status is not newer than Context::since ends the fetch: with nothing new, one request.
 */
Result<ConversationListing> conversations(const QJsonDocument &document, const Context &context);

/** GET /api/v1/statuses/:id/context: ancestors (oldest first) and descendants. */
struct ThreadContext
{
    QList<QJsonObject> ancestors;
    QList<QJsonObject> descendants;
};
Result<ThreadContext> threadContext(const QJsonDocument &document);

/**
 * The private thread of a conversation entry as a page part: its direct statuses newer than
 * Context::since (all of them on a first sync) become messages. The conversation's remote id is
 * the id of the thread's first direct status, found through the ancestors: unlike Mastodon's
 * internal conversation id it can be read back from any status of the thread, which is what
 * sending into it and finding a sent message need. Direct with one other person, Group with more.
 */
FetchedPage directThread(const ConversationEntry &entry, const ThreadContext &thread, const Context &context);

/**
 * The messages of one private thread read by its root (fetchConversation()): @p root and its
 * descendants, direct ones only, in conversation @p root's id.
 */
Result<FetchedPage> directThreadByRoot(const QJsonDocument &root, const QJsonDocument &descendants,
                                       const Context &context);

/**
 * GET /api/v1/notifications?types[]=mention: each mention becomes an inbound Mention in a public
 * thread named after the status it answers (or itself when it answers nothing). Private mentions
 * (visibility direct) are left out here: they arrive with their conversation, and one status
 * stored in two conversations would be one too many. Notifications come newest first; the first
 * one at or below Context::since ends the fetch, otherwise @p nextPageToken (from the Link
 * header) continues it. newestCursor is the newest notification id.
 */
Result<FetchedPage> notifications(const QJsonDocument &document, const Context &context,
                                  const QString &nextPageToken = {});

/**
 * Statuses of the account's own timeline (GET /api/v1/accounts/:id/statuses), for the outbox to
 * find something whose sending ended unknown: direct ones as DirectMessage, others as OwnPost.
 */
Result<FetchedPage> ownStatuses(const QJsonDocument &document, const Context &context);

/** Whom a reply must mention, and which status it answers. */
struct ReplyTarget
{
    QStringList accts; ///< every author and mentioned account but ourselves, in order of appearance
    QString newestStatusId; ///< the newest of the statuses
    QString visibility; ///< the most restrictive visibility among them (public < unlisted < private < direct)
};

/**
 * For a reply: who takes part in @p statuses (a private thread's root and descendants, or the
 * one public status answered) and the newest of them. Statuses without a usable id are ignored.
 */
ReplyTarget replyTarget(const QList<QJsonObject> &statuses, const QString &ownUserId);

/** The answer to POST /api/v1/statuses: a Status. conversationRemoteId stays empty. */
Result<SentItem> statusCreated(const QJsonDocument &document);

/** A MediaAttachment as POST /api/v2/media and GET /api/v1/media/:id answer it. */
struct MediaState
{
    QString id;
    QString type; ///< image, gifv, video, audio or unknown
    bool processed = false; ///< url is set: the file can be attached
};
Result<MediaState> media(const QJsonDocument &document);

/** GET /api/v2/instance. Missing limits keep their defaults; a body without configuration is an error. */
Result<MastodonInstance> instance(const QJsonDocument &document, const QDateTime &now);

/** POST /api/v1/apps: a CredentialApplication. */
struct Application
{
    QString id;
    QString clientId;
    QByteArray clientSecret;
    QStringList redirectUris;
    QStringList scopes;
};
Result<Application> application(const QJsonDocument &document);

/** GET /.well-known/oauth-authorization-server (Mastodon 4.3 and later). */
struct AuthorizationServer
{
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl registrationEndpoint;
    QStringList scopesSupported;
    QStringList codeChallengeMethods;

    bool supportsPkce() const { return codeChallengeMethods.contains(QStringLiteral("S256")); }
};
Result<AuthorizationServer> authorizationServer(const QJsonDocument &document);

/** The Link header's targets by relation ("next", "prev"), per RFC 8288. */
QHash<QString, QUrl> links(QByteArrayView header);

/** The value of query parameter @p parameter in the @p relation link, or empty. */
QString linkParameter(QByteArrayView header, const QString &relation, const QString &parameter);

/** One message of the streaming API (M-2): {stream, event, payload}. */
struct StreamEvent
{
    QStringList streams; ///< e.g. ["user"] or ["direct"]
    QString event; ///< update, notification, conversation, delete, …
    QJsonObject payload; ///< the payload, parsed a second time; empty for delete and filters_changed
    QString deletedId; ///< delete: the bare id
};
/** Parses one text frame; an error for anything that is not an event (a frame we cannot use). */
Result<StreamEvent> streamEvent(const QByteArray &frame);

/**
 * How Mastodon's error answers read (API-NOTES M-5): `{"error": "…"}`, with `error_description`
 * on OAuth errors. For HttpClient::setErrorReader().
 */
HttpClient::ErrorReading errorReading(int status, const QByteArray &body);

} // namespace starling::mastodonmapper
