// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProviderTypes.h"
#include "domain/Network.h"
#include "net/RateLimitLedger.h"
#include "text/TextRules.h"

#include <QObject>
#include <QSet>
#include <QUrl>

namespace starling {

/**
 * The one interface every network implements (X, Mastodon, Bluesky), for one signed-in account.
 *
 * Every call is asynchronous: the callback runs once, in the thread of @p context, with a value
 * or an Error (DESIGN.md, Errors), and is dropped if @p context is destroyed first. Values are
 * Starling's domain types; nothing of a network's JSON shapes leaks through. A provider maps JSON
 * to values and never touches the store or any widget.
 */
class ProviderClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ProviderClient() override = default;
    Q_DISABLE_COPY_MOVE(ProviderClient)

    virtual Network network() const = 0;

    /**
     * Gets ready to send requests: reads the account's stored sign-in from the keychain, so that
     * no request leaves without its token (and no refresh token is spent on one that did). Call
     * once after the client is made; @p done runs once in @p context's thread.
     */
    virtual void prepare(QObject *context, ResultCallback<void> done);

    /** The signed-in account's own person on its network. */
    virtual void whoAmI(QObject *context, ResultCallback<Identity> done) = 0;

    /** Direct-message events of every conversation, newest first, back to request.since. */
    virtual void fetchDirectMessages(const PageRequest &request, QObject *context,
                                     ResultCallback<FetchedPage> done) = 0;

    /** Direct-message events of one conversation (request.conversationRemoteId). */
    virtual void fetchConversation(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) = 0;

    /** Public posts that mention the account, newest first, back to request.since. */
    virtual void fetchMentions(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) = 0;

    /** Sends a direct message into a conversation, or to one or several people. */
    virtual void sendDirectMessage(const OutgoingMessage &message, QObject *context, ResultCallback<SentItem> done) = 0;

    /** Publishes a post, or a public reply when post.inReplyToRemoteId is set. */
    virtual void publish(const OutgoingPost &post, QObject *context, ResultCallback<SentItem> done) = 0;

    /**
     * For the outbox, after an attempt whose outcome is unknown (the connection dropped after the
     * request left): looks among the conversation's recent messages for an outbound one with the
     * same text, created at or after @p notBefore, whose id is not in @p exclude. Networks without
     * an idempotency key (X, Bluesky DMs) need this before any retry.
     */
    virtual void findSentMessage(const OutgoingMessage &message, const QDateTime &notBefore,
                                 const QSet<QString> &exclude, QObject *context,
                                 ResultCallback<std::optional<SentItem>> done) = 0;

    /** The same for a post or a public reply, among the account's recent posts. */
    virtual void findPublishedPost(const OutgoingPost &post, const QDateTime &notBefore, const QSet<QString> &exclude,
                                   QObject *context, ResultCallback<std::optional<SentItem>> done) = 0;

    /** Uploads a file for a later post or message; checks the network's type and size limits first. */
    virtual void uploadMedia(const MediaUpload &upload, QObject *context, ResultCallback<UploadedMedia> done,
                             ProgressCallback progress = {}) = 0;

    /**
     * The id of the private 1:1 conversation with @p personRemoteId, for "Switch to DM" and
     * "Message this person", where the network names it before the first message (Bluesky's chat
     * opens it with getConvoForMembers). Empty, the default: the network names it only with the
     * first message, or it can be computed without asking (directConversationRemoteId()).
     */
    virtual void directConversationWith(const QString &personRemoteId, QObject *context, ResultCallback<QString> done);

    /**
     * Tells the network that the account has read the private conversation @p conversationRemoteId,
     * so that its other apps show it read too (Bluesky's chat: updateRead). The default answers at
     * once: X's API and Mastodon's statuses keep no read state Starling could set.
     */
    virtual void markConversationRead(const QString &conversationRemoteId, QObject *context, ResultCallback<void> done);

    /**
     * Accepts the message request @p conversationRemoteId (Conversation::request) without
     * answering it, so that the network lists it with the accepted conversations (Bluesky's chat:
     * acceptConvo). The default refuses: X and Mastodon list no requests.
     */
    virtual void acceptConversation(const QString &conversationRemoteId, QObject *context, ResultCallback<void> done);

    /** Finds a person by handle (with or without @) or by their id on the network. */
    virtual void lookUpPerson(const QString &handleOrId, QObject *context, ResultCallback<Identity> done) = 0;

    /** How long a post or message may be on this network, for this account. */
    virtual TextRules textRules(TextRules::Mode mode) const = 0;

    /**
     * A link that opens a private conversation with this account, for "move this to a DM"
     * replies; empty when the network has none.
     */
    virtual QUrl directMessageLink() const = 0;

    /**
     * The request budget of a stream as the server last reported it (limit, remaining, reset),
     * so the sync engine can spread its polls over the window; nullopt when not known yet.
     */
    virtual std::optional<RateLimitLedger::Entry> budget(SyncStream stream) const = 0;

    /**
     * The estimated price, in millionths of a US dollar, of one read of @p stream that returned
     * @p resources items, for the usage meter; 0 where the network does not charge.
     */
    virtual qint64 estimatedReadCostMicros(SyncStream stream, int resources) const;

    /** The estimated price of sending @p text as a post (@p reply) or a direct message. */
    virtual qint64 estimatedSendCostMicros(bool post, bool reply, const QString &text) const;

    /**
     * "Switch to DM": the text of a public reply that invites the person to continue in private,
     * with directMessageLink() after the user's words. Unchanged when the network has no link.
     */
    QString withDirectMessageLink(const QString &text) const;

Q_SIGNALS:
    /**
     * The network announced something new for @p stream (a streaming event, or a stream that came
     * back after a drop and may have missed some): a fetch now would find it. The sync engine
     * answers with a poll within the budget. Networks that can only be polled never emit it.
     */
    void remoteActivity(starling::SyncStream stream);
    /**
     * The network says that the messages @p remoteIds are gone: their authors deleted them (a
     * streaming event). The sync engine removes those it stored; ids it never stored are ignored.
     */
    void deletedRemotely(const QStringList &remoteIds);
};

} // namespace starling
