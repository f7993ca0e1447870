// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeWidget.h"
#include "domain/Conversation.h"
#include "domain/OutboxItem.h"
#include "store/ConversationRepository.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <functional>

namespace starling {

class AccountManager;
class InboxService;
class Store;
class SyncService;

/**
 * What the user does to conversations, for the whole window (and its tests): read marks, triage
 * states, replies, switch to DM, new posts and retries. The work is core's InboxService (the
 * same that starling-cli calls); this adds what the window needs of it: failures as failed(), and
 * the DM conversation to open. Nothing here waits.
 */
class InboxActions final : public QObject
{
    Q_OBJECT

public:
    InboxActions(Store &store, AccountManager &accounts, SyncService &sync, QObject *parent = nullptr);
    ~InboxActions() override;
    Q_DISABLE_COPY_MOVE(InboxActions)

    void markRead(qint64 conversationId);
    void markUnread(qint64 conversationId);
    /** Accepts a message request without answering it; failed() says why the network refused. */
    void acceptRequest(qint64 conversationId);
    void setState(qint64 conversationId, Conversation::State state, const QDateTime &snoozedUntil = {});

    // Bulk actions on a selection.
    void markRead(const QList<qint64> &conversationIds);
    void setState(const QList<qint64> &conversationIds, Conversation::State state);
    void addTag(const QList<qint64> &conversationIds, const QString &tag);
    void removeTag(const QList<qint64> &conversationIds, const QString &tag);
    /** Empty @p assignee takes the conversations from whoever had them. */
    void assign(const QList<qint64> &conversationIds, const QString &assignee);
    /**
     * "Take it": the conversation becomes @p agent's unless someone took it first, which
     * failed() then says.
     */
    void claim(qint64 conversationId, const QString &agent);

    /** How a send ended: the outbox has it (it is stored and will go), or why it could not take it. */
    using SendDone = std::function<void(const Result<void> &)>;

    /**
     * Sends @p text (and @p files) from the conversation's account: by DM to the person, or as a
     * public reply to @p inReplyToRemoteId. The outbox refuses it (Error::Code::Conflict) when
     * someone else answered after @p seenUpTo, the newest message the user had seen (0: no check).
     * @p done hears in @p context whether the outbox took it; without @p done, a failure is
     * announced by failed().
     */
    void reply(const ConversationSummary &conversation, ComposeWidget::Mode mode, const QString &text,
               const QStringList &files, const QString &inReplyToRemoteId, qint64 seenUpTo, QObject *context = nullptr,
               SendDone done = {});
    /**
     * "Switch to DM": a public reply carrying the link to a DM with the account; once the outbox
     * has it, the DM conversation with the person opens (directConversationReady) for the private
     * answer. @p done as for reply().
     */
    void switchToDm(const ConversationSummary &conversation, const QString &publicText,
                    const QString &inReplyToRemoteId, QObject *context = nullptr, SendDone done = {});
    /** How a new post ended: the accounts whose outbox could not take it, and the first reason. */
    using PostDone = std::function<void(const QList<QUuid> &notQueued, const Result<void> &result)>;
    /**
     * A new post from each of @p accounts. @p done hears in @p context once every account's outbox
     * answered; without @p done, a failure is announced by failed().
     */
    void post(const QList<QUuid> &accounts, const QString &text, const QStringList &files, QObject *context = nullptr,
              PostDone done = {});
    /** Sends the failed message shown by @p messageId again. */
    void retryMessage(qint64 messageId);

Q_SIGNALS:
    /** Something could not be done; shown inline where it happened. */
    void failed(const QString &message);
    /** A message was queued; the compose box can clear. */
    void queued(qint64 conversationId);
    /** The DM conversation with a person is ready to be opened. */
    void directConversationReady(qint64 conversationId);

private:
    /** Announces with failed() what went wrong, if anything did. */
    void report(QFuture<Result<void>> future);
    /** Tells @p done (while @p context lives) how a send ended, or failed() when there is no @p done. */
    void finish(const QPointer<QObject> &context, const SendDone &done, const Result<void> &result);

    InboxService *m_service; // a child
};

} // namespace starling
