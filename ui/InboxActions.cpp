// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxActions.h"

#include "services/InboxService.h"

namespace starling {

namespace {

InboxService::ReplyMode replyMode(ComposeWidget::Mode mode)
{
    return mode == ComposeWidget::Mode::PublicReply ? InboxService::ReplyMode::Public : InboxService::ReplyMode::Direct;
}

} // namespace

InboxActions::InboxActions(Store &store, AccountManager &accounts, SyncService &sync, QObject *parent)
    : QObject(parent)
    , m_service(new InboxService(store, accounts, sync, this))
{
}

InboxActions::~InboxActions() = default;

void InboxActions::report(QFuture<Result<void>> future)
{
    onReady(future, this, [this](const Result<void> &result) {
        if (!result)
            Q_EMIT failed(result.error().message());
    });
}

void InboxActions::markRead(qint64 conversationId)
{
    report(m_service->markRead({conversationId}));
}

void InboxActions::markUnread(qint64 conversationId)
{
    report(m_service->markUnread(conversationId));
}

void InboxActions::acceptRequest(qint64 conversationId)
{
    report(m_service->acceptRequest(conversationId));
}

void InboxActions::setState(qint64 conversationId, Conversation::State state, const QDateTime &snoozedUntil)
{
    report(m_service->setState({conversationId}, state, snoozedUntil));
}

void InboxActions::markRead(const QList<qint64> &conversationIds)
{
    report(m_service->markRead(conversationIds));
}

void InboxActions::setState(const QList<qint64> &conversationIds, Conversation::State state)
{
    report(m_service->setState(conversationIds, state));
}

void InboxActions::addTag(const QList<qint64> &conversationIds, const QString &tag)
{
    report(m_service->addTag(conversationIds, tag));
}

void InboxActions::removeTag(const QList<qint64> &conversationIds, const QString &tag)
{
    report(m_service->removeTag(conversationIds, tag));
}

void InboxActions::assign(const QList<qint64> &conversationIds, const QString &assignee)
{
    report(m_service->assign(conversationIds, assignee));
}

void InboxActions::claim(qint64 conversationId, const QString &agent)
{
    onReady(m_service->claim(conversationId, agent), this, [this, agent](const Result<QString> &holder) {
        if (!holder)
            Q_EMIT failed(holder.error().message());
        else if (holder.value() != agent.trimmed())
            Q_EMIT failed(tr("%1 took this conversation first.").arg(holder.value()));
    });
}

void InboxActions::finish(const QPointer<QObject> &context, const SendDone &done, const Result<void> &result)
{
    if (!done) {
        if (!result)
            Q_EMIT failed(result.error().message());
        return;
    }
    if (context)
        done(result);
}

void InboxActions::reply(const ConversationSummary &conversation, ComposeWidget::Mode mode, const QString &text,
                         const QStringList &files, const QString &inReplyToRemoteId, qint64 seenUpTo, QObject *context,
                         SendDone done)
{
    const QPointer<QObject> guard(context);
    InboxService::Reply reply{conversation, replyMode(mode), text, files, inReplyToRemoteId, {}, seenUpTo};
    // A DM to the person of a public conversation goes to their 1:1 conversation, which opens once
    // the message is in it; if the outbox could not take it, the user stays where the text still is.
    const bool opens = mode == ComposeWidget::Mode::DirectMessage
                       && conversation.conversation.kind == Conversation::Kind::PublicThread;
    onReady(m_service->reply(reply), this, [this, guard, done, opens](const Result<OutboxItem> &queued) {
        finish(guard, done, queued ? Result<void>() : Result<void>(queued.error()));
        if (queued && opens && queued->conversationId > 0)
            Q_EMIT directConversationReady(queued->conversationId);
    });
}

void InboxActions::switchToDm(const ConversationSummary &conversation, const QString &publicText,
                              const QString &inReplyToRemoteId, QObject *context, SendDone done)
{
    // The DM opens only once the public answer is queued: if it is not, the user stays on the
    // mention, where the text still is.
    const QPointer<QObject> guard(context);
    onReady(m_service->switchToDm(conversation, publicText, inReplyToRemoteId), this,
            [this, guard, done](const Result<InboxService::SwitchedToDm> &switched) {
                finish(guard, done, switched ? Result<void>() : Result<void>(switched.error()));
                if (switched && switched->directConversationId > 0)
                    Q_EMIT directConversationReady(switched->directConversationId);
                if (switched && switched->directError) {
                    Q_EMIT failed(tr("The public answer is on its way, but no DM could be opened: %1")
                                      .arg(switched->directError->message()));
                }
            });
}

void InboxActions::post(const QList<QUuid> &accounts, const QString &text, const QStringList &files, QObject *context,
                        PostDone done)
{
    const QPointer<QObject> guard(context);
    onReady(m_service->post(accounts, text, files), this,
            [this, accounts, guard, done](const QList<Result<OutboxItem>> &results) {
                QList<QUuid> notQueued;
                std::optional<Error> error;
                for (qsizetype i = 0; i < results.size(); ++i) {
                    if (results.at(i))
                        continue;
                    notQueued << accounts.at(i);
                    if (!error)
                        error = results.at(i).error();
                }
                const Result<void> result = error ? Result<void>(*error) : Result<void>();
                if (!done)
                    return finish(guard, {}, result);
                if (guard)
                    done(notQueued, result);
            });
}

void InboxActions::retryMessage(qint64 messageId)
{
    report(m_service->retryMessage(messageId));
}

} // namespace starling
