// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "net/HttpClient.h"
#include "providers/ProviderTypes.h"

#include <QJsonDocument>
#include <QUuid>

namespace starling::xmapper {

/** What a mapper needs to know besides the JSON. */
struct Context
{
    QUuid accountId;
    QString ownUserId; ///< decides which messages are ours (outbound)
    QString since; ///< the stored cursor: events with this id or older are already stored
};

/**
 * GET /2/dm_events and the conversation variants (API-NOTES X-2): MessageCreate events become
 * messages, ParticipantsJoin/Leave become membership changes, includes.users become people and
 * includes.media attachments. Events at or below ctx.since end the fetch (nextPageToken is
 * cleared). Both the tweet.* and post.* spellings are read.
 *
 * A body that is not the documented shape is an error and yields nothing. A single event that
 * is malformed or of an unknown type is left out and reported in FetchedPage::warnings, so one
 * odd event cannot stall an account's sync; nothing of it is stored.
 */
Result<FetchedPage> dmEvents(const QJsonDocument &document, const Context &context);

/**
 * GET /2/users/{id}/mentions: each post becomes an inbound mention in the public thread of its
 * conversation_id; posts it refers to (includes.tweets / includes.posts) that belong to the same
 * thread join it, so the reply chain can be shown.
 */
Result<FetchedPage> mentions(const QJsonDocument &document, const Context &context);

/** {data: User}, as from GET /2/users/me or /2/users/by/username/{username}. */
Result<Identity> user(const QJsonDocument &document, const QUuid &accountId);

/** {data: {dm_conversation_id, dm_event_id}}, the answer to the three DM POST endpoints. */
Result<SentItem> dmCreated(const QJsonDocument &document);

/** {data: {id, text}}, the answer to POST /2/tweets. */
Result<SentItem> postCreated(const QJsonDocument &document);

/**
 * Post and DM text as X sends it, made plain: X escapes '&', '<' and '>' (only those) as &amp;,
 * &lt; and &gt;. Each is decoded once, so a literal "&amp;amp;" becomes "&amp;"; anything else
 * that looks like a reference is what the person wrote and stays.
 */
QString plainText(const QString &text);

/** The errors[] of a response (problem objects or the older {code, message}), as warnings. */
QList<Error> problems(const QJsonDocument &document);

/**
 * How X's error answers read (API-NOTES X-6): a problem (`detail`, then `title`), or the older
 * `errors[]` with `message` (or `detail`) each; 420, X's old "Enhance Your Calm", is a rate limit.
 * For HttpClient::setErrorReader().
 */
HttpClient::ErrorReading errorReading(int status, const QByteArray &body);

} // namespace starling::xmapper
