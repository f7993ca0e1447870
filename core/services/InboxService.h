// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Async.h"
#include "Result.h"
#include "domain/Conversation.h"
#include "domain/Identity.h"
#include "domain/OutboxItem.h"
#include "store/ConversationRepository.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace starling {

class AccountManager;
class Store;
class SyncService;

/**
 * What a person does with the inbox, for every front end (the window and starling-cli call the
 * same functions, so they give the same answers): triage (read marks, states, tags, assignee),
 * replies in public or by DM, "switch to DM", direct messages to a person, new posts and retries.
 *
 * Lives in the caller's thread and never waits: writes run on the store's writer thread, sending
 * goes through the outbox (SyncService), and each call answers with a future. Continue with
 * onReady(future, context, …); a CLI waits for it.
 */
class InboxService final : public QObject
{
    Q_OBJECT

public:
    enum class ReplyMode
    {
        Public, ///< a public reply under the post
        Direct, ///< a direct message: in the conversation, or to the person of a public one
    };

    /** An answer to a conversation. */
    struct Reply
    {
        ConversationSummary conversation;
        ReplyMode mode = ReplyMode::Public;
        QString text;
        QStringList files;
        /** The post a public reply answers; empty: the conversation's first post. */
        QString inReplyToRemoteId;
        /** Whom a DM about a public conversation goes to; empty: the conversation's counterpart. */
        Identity person;
        /** The newest message of the conversation the writer had seen (OutboxItem::seenUpTo). */
        qint64 seenUpTo = 0;
    };

    /** What "switch to DM" did: the public reply with the DM link, and the DM conversation to open. */
    struct SwitchedToDm
    {
        OutboxItem publicReply;
        /** The local 1:1 conversation with the person; 0 when the network names it only later. */
        qint64 directConversationId = 0;
        /** Why the DM conversation could not be opened (the person takes no DMs, say); the public reply is queued. */
        std::optional<Error> directError;
    };

    /** Every argument must outlive the service. */
    InboxService(Store &store, AccountManager &accounts, SyncService &sync, QObject *parent = nullptr);
    ~InboxService() override;
    Q_DISABLE_COPY_MOVE(InboxService)

    // Triage. Each call changes every conversation it names, or (on an error) stops at the first
    // that fails; NotFound when a conversation is not there.
    /**
     * Marks the conversations read here, then tells their networks about the private ones
     * (ProviderClient::markConversationRead()), so the accounts' other apps show them read too.
     * The future answers for the store; what a network says is only logged, and an account this
     * app does not sync (a team member's, synced by the leader) is left to its own app.
     */
    QFuture<Result<void>> markRead(const QList<qint64> &conversationIds);
    QFuture<Result<void>> markUnread(qint64 conversationId);
    /**
     * Accepts a message request (Conversation::request) without answering it: the network first
     * (ProviderClient::acceptConversation()), then the store. Nothing changes here when the network
     * refuses or cannot be reached; an accepted conversation answers at once.
     */
    QFuture<Result<void>> acceptRequest(qint64 conversationId);
    /** @p snoozedUntil only with Conversation::State::Snoozed. */
    QFuture<Result<void>> setState(const QList<qint64> &conversationIds, Conversation::State state,
                                   const QDateTime &snoozedUntil = {});
    /** A tag not seen before is kept with the colour its name picks (defaultTagColor()). */
    QFuture<Result<void>> addTag(const QList<qint64> &conversationIds, const QString &tag);
    QFuture<Result<void>> removeTag(const QList<qint64> &conversationIds, const QString &tag);
    /** Empty @p assignee takes the conversations from whoever had them. */
    QFuture<Result<void>> assign(const QList<qint64> &conversationIds, const QString &assignee);
    /**
     * "Take it": the conversation becomes @p agent's if no one has it (WorkflowRepository::claim).
     * Answers who has it now: @p agent, or the one who took it first.
     */
    QFuture<Result<QString>> claim(qint64 conversationId, const QString &agent);

    // Sending. Each answers with the item as the outbox stored it: durable, sent later.

    /**
     * Checks the text against the network's rules, then queues the answer. A DM about a public
     * conversation goes to its person, in the local 1:1 conversation with them (made if needed,
     * so it shows in its own thread at once: see the item's conversationId).
     */
    QFuture<Result<OutboxItem>> reply(const Reply &reply);

    /**
     * reply() for the message @p messageId as the store has it: in public under it, or by DM to
     * its author (in the same conversation when it is a direct message already).
     */
    QFuture<Result<OutboxItem>> replyToMessage(qint64 messageId, ReplyMode mode, const QString &text,
                                               const QStringList &files = {});

    /**
     * "Switch to DM": a public reply that carries the link to a DM with the account (on networks
     * that have one), then the DM conversation with the person, for the private answer.
     */
    QFuture<Result<SwitchedToDm>> switchToDm(const ConversationSummary &conversation, const QString &publicText,
                                             const QString &inReplyToRemoteId);

    /** The text of switchToDm()'s public reply: the user's words (or a greeting) and the link. */
    QString switchToDmText(const QUuid &account, const QString &publicText) const;

    /**
     * The local 1:1 conversation of @p account with @p person, made if needed; 0 when the
     * network names such a conversation only once the first message is sent.
     */
    QFuture<Result<qint64>> openDirectConversation(const QUuid &account, const Identity &person);

    /** Looks up @p handle on @p account's network and sends them a direct message. */
    QFuture<Result<OutboxItem>> sendDirectMessage(const QUuid &account, const QString &handle, const QString &text,
                                                  const QStringList &files = {});

    /** A new post from each of @p accounts; one result per account, in order. */
    QFuture<QList<Result<OutboxItem>>> post(const QList<QUuid> &accounts, const QString &text,
                                            const QStringList &files = {});

    /** Sends the failed (or unconfirmed) message shown as @p messageId again. */
    QFuture<Result<void>> retryMessage(qint64 messageId);

private:
    /** Checks @p item's text by its network's rules, then queues it. */
    QFuture<Result<OutboxItem>> send(OutboxItem item);
    void enqueue(const OutboxItem &item, const Pending<Result<OutboxItem>> &pending);
    /** Stores the 1:1 conversation @p dmId of @p account with @p person; its local id. */
    QFuture<Result<qint64>> storeDirectConversation(const QUuid &account, const Identity &person, const QString &dmId);
    /** DMs @p person about the public conversation of @p reply. */
    QFuture<Result<OutboxItem>> replyPrivately(const Reply &reply, const Identity &person);
    /** The network side of markRead(). */
    void markReadOnNetworks(const QList<qint64> &conversationIds);

    Store &m_store;
    AccountManager &m_accounts;
    SyncService &m_sync;
};

} // namespace starling
