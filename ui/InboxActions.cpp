// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxActions.h"

#include "Theme.h"
#include "accounts/AccountManager.h"
#include "providers/ProviderTypes.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/PageWriter.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"
#include "sync/SyncService.h"

#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QList<OutboxMedia> mediaOf(const QStringList &files)
{
    QList<OutboxMedia> media;
    QMimeDatabase mimes;
    for (const QString &file : files)
        media << OutboxMedia{file, mimes.mimeTypeForFile(file).name(), {}, {}, {}};
    return media;
}

} // namespace

InboxActions::InboxActions(Store &store, Database &reader, AccountManager &accounts, SyncService &sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reader(reader)
    , m_accounts(accounts)
    , m_sync(sync)
{
}

InboxActions::~InboxActions() = default;

void InboxActions::markRead(qint64 conversationId)
{
    m_store.write([conversationId](Database &db) { return ConversationRepository(db).markRead(conversationId); }, this);
}

void InboxActions::markUnread(qint64 conversationId)
{
    m_store.write([conversationId](Database &db) { return ConversationRepository(db).markUnread(conversationId); },
                  this);
}

void InboxActions::setState(qint64 conversationId, Conversation::State state, const QDateTime &snoozedUntil)
{
    m_store.write(
        [conversationId, state, snoozedUntil](Database &db) {
            return ConversationRepository(db).setState(conversationId, state, snoozedUntil);
        },
        this,
        [this](const Result<ChangeSet> &r) {
            if (!r)
                Q_EMIT failed(r.error().message());
        });
}

void InboxActions::markRead(const QList<qint64> &conversationIds)
{
    m_store.write(
        [conversationIds](Database &db) -> Result<ChangeSet> {
            ChangeSet all;
            for (qint64 id : conversationIds) {
                auto changes = ConversationRepository(db).markRead(id);
                if (!changes)
                    return changes;
                all.merge(changes.value());
            }
            return all;
        },
        this);
}

void InboxActions::setState(const QList<qint64> &conversationIds, Conversation::State state)
{
    m_store.write(
        [conversationIds, state](Database &db) -> Result<ChangeSet> {
            ChangeSet all;
            for (qint64 id : conversationIds) {
                auto changes = ConversationRepository(db).setState(id, state);
                if (!changes)
                    return changes;
                all.merge(changes.value());
            }
            return all;
        },
        this,
        [this](const Result<ChangeSet> &r) {
            if (!r)
                Q_EMIT failed(r.error().message());
        });
}

void InboxActions::addTag(const QList<qint64> &conversationIds, const QString &tag)
{
    // A new tag gets the colour its name picks, the one the UI shows before it is stored.
    const QString colour = theme::tagColor(tag);
    m_store.write(
        [conversationIds, tag, colour](Database &db) -> Result<ChangeSet> {
            WorkflowRepository workflow(db);
            auto known = workflow.tags();
            if (known && std::none_of(known->cbegin(), known->cend(), [&](const Tag &t) {
                    return t.name == tag.trimmed();
                })) {
                if (auto saved = workflow.saveTag(tag, colour); !saved)
                    return saved.error();
            }
            return workflow.addTag(conversationIds, tag);
        },
        this,
        [this](const Result<ChangeSet> &r) {
            if (!r)
                Q_EMIT failed(r.error().message());
        });
}

void InboxActions::removeTag(const QList<qint64> &conversationIds, const QString &tag)
{
    m_store.write(
        [conversationIds, tag](Database &db) { return WorkflowRepository(db).removeTag(conversationIds, tag); }, this);
}

void InboxActions::assign(const QList<qint64> &conversationIds, const QString &assignee)
{
    m_store.write(
        [conversationIds, assignee](Database &db) { return WorkflowRepository(db).assign(conversationIds, assignee); },
        this);
}

void InboxActions::enqueue(OutboxItem item, const QPointer<QObject> &context, SendDone done)
{
    const qint64 conversation = item.conversationId;
    m_sync.enqueue(item, this, [this, conversation, context, done](Result<OutboxItem> queued) {
        if (queued)
            Q_EMIT this->queued(conversation);
        finish(context, done, queued ? Result<void>() : Result<void>(queued.error()));
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

void InboxActions::withDirectConversation(const ConversationSummary &conversation,
                                          std::function<void(qint64, QString)> then,
                                          std::function<void(const Error &)> fail)
{
    const Conversation &c = conversation.conversation;
    if (c.kind != Conversation::Kind::PublicThread) {
        then(c.id, c.remoteId);
        return;
    }
    const auto account = m_accounts.account(c.accountId);
    const Identity person = conversation.counterpart;
    const QString dmId =
        account ? directConversationRemoteId(conversation.network, account->remoteUserId, person.remoteId) : QString();
    if (dmId.isEmpty()) {
        then(0, {}); // the network names the conversation only once the first DM is sent
        return;
    }
    // Make (or find) the local 1:1 conversation, so the DM shows in its own thread at once.
    auto found = std::make_shared<qint64>(0);
    SyncPage page;
    page.accountId = c.accountId;
    page.stream = u"local"_s;
    page.identities << person;
    Conversation direct;
    direct.accountId = c.accountId;
    direct.remoteId = dmId;
    direct.kind = Conversation::Kind::Direct;
    direct.participantRemoteIds << person.remoteId;
    page.conversations << direct;
    m_store.write(
        [page, found, dmId](Database &db) -> Result<ChangeSet> {
            auto changes = PageWriter(db).write(page);
            if (!changes)
                return changes;
            auto row = ConversationRepository(db).byRemoteId(page.accountId, dmId);
            if (row && row.value())
                *found = row.value()->conversation.id;
            return changes;
        },
        this,
        [found, dmId, then, fail](const Result<ChangeSet> &r) {
            if (!r)
                return fail(r.error());
            then(*found, dmId);
        });
}

void InboxActions::reply(const ConversationSummary &conversation, ComposeWidget::Mode mode, const QString &text,
                         const QStringList &files, const QString &inReplyToRemoteId, QObject *context, SendDone done)
{
    const Conversation &c = conversation.conversation;
    const QPointer<QObject> guard(context);
    if (mode == ComposeWidget::Mode::PublicReply) {
        OutboxItem item;
        item.accountId = c.accountId;
        item.kind = OutboxItem::Kind::Reply;
        item.conversationId = c.id;
        item.conversationRemoteId = c.remoteId;
        item.inReplyToRemoteId = inReplyToRemoteId.isEmpty() ? c.remoteId : inReplyToRemoteId;
        item.text = text;
        item.media = mediaOf(files);
        enqueue(item, guard, std::move(done));
        return;
    }
    const QString person = conversation.counterpart.remoteId;
    withDirectConversation(
        conversation,
        [this, c, person, text, files, guard, done](qint64 id, const QString &remoteId) {
            OutboxItem item;
            item.accountId = c.accountId;
            item.kind = OutboxItem::Kind::DirectMessage;
            item.conversationId = id;
            if (c.kind == Conversation::Kind::PublicThread)
                item.recipientRemoteIds << person; // "with this person": works before the conversation exists
            else
                item.conversationRemoteId = remoteId;
            item.text = text;
            item.media = mediaOf(files);
            // The DM's conversation opens once the message is in it; if the outbox could not take
            // it, the user stays where the text still is.
            const bool opens = c.kind == Conversation::Kind::PublicThread && id > 0;
            enqueue(item, this, [this, id, opens, guard, done](const Result<void> &queued) {
                finish(guard, done, queued);
                if (queued && opens)
                    Q_EMIT directConversationReady(id);
            });
        },
        [this, guard, done](const Error &error) { finish(guard, done, error); });
}

void InboxActions::switchToDm(const ConversationSummary &conversation, const QString &publicText,
                              const QString &inReplyToRemoteId, QObject *context, SendDone done)
{
    const Conversation &c = conversation.conversation;
    const auto account = m_accounts.account(c.accountId);
    const QUrl link = account ? directMessageLink(conversation.network, account->remoteUserId) : QUrl();
    QString text = publicText.trimmed();
    if (text.isEmpty())
        text = tr("Happy to help! Let's continue in a direct message:");
    if (!link.isEmpty())
        text += u"\n"_s + link.toString();
    // The DM opens only once the public answer is queued: if it is not, the user stays on the
    // mention, where the text still is.
    const QPointer<QObject> guard(context);
    reply(conversation, ComposeWidget::Mode::PublicReply, text, {}, inReplyToRemoteId, this,
          [this, conversation, guard, done](const Result<void> &queued) {
              finish(guard, done, queued);
              if (!queued)
                  return;
              withDirectConversation(
                  conversation,
                  [this](qint64 id, const QString &) {
                      if (id > 0)
                          Q_EMIT directConversationReady(id);
                  },
                  [this](const Error &error) { Q_EMIT failed(error.message()); });
          });
}

void InboxActions::post(const QList<QUuid> &accounts, const QString &text, const QStringList &files, QObject *context,
                        PostDone done)
{
    struct Answers
    {
        qsizetype waiting = 0;
        QList<QUuid> notQueued;
        std::optional<Error> error;
    };
    const QPointer<QObject> guard(context);
    if (accounts.isEmpty()) {
        if (done && guard)
            done({}, {});
        return;
    }
    auto answers = std::make_shared<Answers>();
    answers->waiting = accounts.size();
    for (const QUuid &account : accounts) {
        OutboxItem item;
        item.accountId = account;
        item.kind = OutboxItem::Kind::Post;
        item.text = text;
        item.media = mediaOf(files);
        enqueue(item, this, [this, answers, account, guard, done](const Result<void> &queued) {
            if (!queued) {
                answers->notQueued << account;
                if (!answers->error)
                    answers->error = queued.error();
            }
            if (--answers->waiting > 0)
                return;
            const Result<void> result = answers->error ? Result<void>(*answers->error) : Result<void>();
            if (!done)
                return finish(guard, {}, result);
            if (guard)
                done(answers->notQueued, result);
        });
    }
}

void InboxActions::retryMessage(qint64 messageId)
{
    auto item = OutboxRepository(m_reader).byMessageId(messageId);
    if (!item || !item.value()) {
        Q_EMIT failed(tr("This message is not waiting to be sent."));
        return;
    }
    m_sync.retry(item.value()->id);
}

} // namespace starling
