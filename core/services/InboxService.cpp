// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxService.h"

#include "accounts/AccountManager.h"
#include "domain/TagColor.h"
#include "providers/ProviderTypes.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/PageWriter.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"
#include "sync/Logging.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QList<OutboxMedia> mediaOf(const QStringList &files)
{
    QList<OutboxMedia> media;
    const QMimeDatabase mimes;
    for (const QString &file : files)
        media << OutboxMedia{QFileInfo(file).absoluteFilePath(), mimes.mimeTypeForFile(file).name(), {}, {}, {}};
    return media;
}

/** A write over several conversations, one repository call each, whose changes add up. */
template<typename Call>
StoreWriter::Update<void> forEach(const QList<qint64> &conversationIds, Call call)
{
    return [conversationIds, call](Database &db, ChangeSet &changes) -> Result<void> {
        for (qint64 id : conversationIds) {
            Result<ChangeSet> changed = call(db, id);
            if (!changed)
                return changed.error();
            changes.merge(changed.value());
        }
        return {};
    };
}

/** Adapts a write that reports one ChangeSet. */
StoreWriter::Update<void> all(std::function<Result<ChangeSet>(Database &)> call)
{
    return [call = std::move(call)](Database &db, ChangeSet &changes) -> Result<void> {
        Result<ChangeSet> changed = call(db);
        if (!changed)
            return changed.error();
        changes.merge(changed.value());
        return {};
    };
}

} // namespace

InboxService::InboxService(Store &store, AccountManager &accounts, SyncService &sync, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_sync(sync)
{
}

InboxService::~InboxService() = default;

// ---- Triage ----

QFuture<Result<void>> InboxService::markRead(const QList<qint64> &conversationIds)
{
    QFuture<Result<void>> marked = m_store.update<void>(
        "mark read",
        forEach(conversationIds, [](Database &db, qint64 id) { return ConversationRepository(db).markRead(id); }));
    onReady(marked, this, [this, conversationIds](const Result<void> &done) {
        if (done)
            markReadOnNetworks(conversationIds);
    });
    return marked;
}

void InboxService::markReadOnNetworks(const QList<qint64> &conversationIds)
{
    using Targets = QList<std::pair<QUuid, QString>>; // account, the conversation's id on its network
    const auto privateOnes = [conversationIds](Database &db) -> Result<Targets> {
        ConversationRepository conversations(db);
        Targets targets;
        for (qint64 id : conversationIds) {
            auto found = conversations.byId(id);
            if (!found)
                return found.error();
            if (found.value() && found.value()->conversation.kind != Conversation::Kind::PublicThread)
                targets.append({found.value()->conversation.accountId, found.value()->conversation.remoteId});
        }
        return targets;
    };
    onReady(m_store.read<Targets>("conversations to mark read on their networks", privateOnes), this,
            [this](const Result<Targets> &targets) {
                if (!targets)
                    return;
                for (const auto &[account, remoteId] : targets.value()) {
                    onReady(m_sync.markConversationRead(account, remoteId), this, [](const Result<void> &told) {
                        if (!told && told.error().code() != Error::Code::NotFound)
                            qCInfo(lcSync)
                                << "the network did not take the read state:" << Error::codeName(told.error().code());
                    });
                }
            });
}

QFuture<Result<void>> InboxService::acceptRequest(qint64 conversationId)
{
    Pending<Result<void>> pending;
    using Found = std::optional<ConversationSummary>;
    const auto find = [conversationId](Database &db) { return ConversationRepository(db).byId(conversationId); };
    onReady(m_store.read<Found>("a message request", find), this, [this, pending, conversationId](Result<Found> found) {
        if (!found)
            return pending.fulfil(found.error());
        if (!found.value())
            return pending.fulfil(
                Error(Error::Code::NotFound,
                      QCoreApplication::translate("starling::InboxService", "The conversation does not exist.")));
        const Conversation &c = found.value()->conversation;
        if (!c.request)
            return pending.fulfil(Result<void>()); // accepted already: here, or by an answer
        // The network first: a request it still lists is not shown as accepted here.
        onReady(m_sync.acceptConversation(c.accountId, c.remoteId), this,
                [this, pending, conversationId](const Result<void> &accepted) {
                    if (!accepted)
                        return pending.fulfil(accepted.error());
                    onReady(m_store.update<void>("accept a message request", all([conversationId](Database &db) {
                                                     return ConversationRepository(db).markAccepted(conversationId);
                                                 })),
                            this, [pending](const Result<void> &stored) { pending.fulfil(stored); });
                });
    });
    return pending.future();
}

QFuture<Result<void>> InboxService::markUnread(qint64 conversationId)
{
    return m_store.update<void>("mark unread", forEach({conversationId}, [](Database &db, qint64 id) {
                                    return ConversationRepository(db).markUnread(id);
                                }));
}

QFuture<Result<void>> InboxService::setState(const QList<qint64> &conversationIds, Conversation::State state,
                                             const QDateTime &snoozedUntil)
{
    return m_store.update<void>("set state", forEach(conversationIds, [state, snoozedUntil](Database &db, qint64 id) {
                                    return ConversationRepository(db).setState(id, state, snoozedUntil);
                                }));
}

QFuture<Result<void>> InboxService::addTag(const QList<qint64> &conversationIds, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty())
        return readyFuture(Result<void>(Error(
            Error::Code::InvalidInput, QCoreApplication::translate("starling::InboxService", "A tag needs a name."))));
    return m_store.update<void>("add a tag", all([conversationIds, name](Database &db) -> Result<ChangeSet> {
                                    WorkflowRepository workflow(db);
                                    auto known = workflow.tags();
                                    if (!known)
                                        return known.error();
                                    const bool isNew = std::none_of(known->cbegin(), known->cend(),
                                                                    [&](const Tag &t) { return t.name == name; });
                                    if (isNew) {
                                        if (auto saved = workflow.saveTag(name, defaultTagColor(name)); !saved)
                                            return saved.error();
                                    }
                                    return workflow.addTag(conversationIds, name);
                                }));
}

QFuture<Result<void>> InboxService::removeTag(const QList<qint64> &conversationIds, const QString &tag)
{
    return m_store.update<void>("remove a tag", all([conversationIds, tag](Database &db) {
                                    return WorkflowRepository(db).removeTag(conversationIds, tag);
                                }));
}

QFuture<Result<void>> InboxService::assign(const QList<qint64> &conversationIds, const QString &assignee)
{
    return m_store.update<void>("assign", all([conversationIds, assignee](Database &db) {
                                    return WorkflowRepository(db).assign(conversationIds, assignee);
                                }));
}

QFuture<Result<QString>> InboxService::claim(qint64 conversationId, const QString &agent)
{
    return m_store.update<QString>("take a conversation",
                                   [conversationId, agent](Database &db, ChangeSet &changes) -> Result<QString> {
                                       return WorkflowRepository(db).claim(conversationId, agent, changes);
                                   });
}

// ---- Sending ----

QFuture<Result<OutboxItem>> InboxService::send(OutboxItem item)
{
    Pending<Result<OutboxItem>> pending;
    const auto mode =
        item.kind == OutboxItem::Kind::DirectMessage ? TextRules::Mode::DirectMessage : TextRules::Mode::Post;
    // The compose box's check, as the account's client knows the rules (a Mastodon server has
    // its own limit), before anything is queued: a front end that skipped it gets the same answer.
    onReady(m_sync.textRules(item.accountId, mode), this, [this, item, pending](std::optional<TextRules> rules) {
        if (rules) {
            const TextCount count = rules->count(item.text);
            const bool mediaOnly = count.problem == TextCount::Problem::Empty && !item.media.isEmpty();
            if (count.problem != TextCount::Problem::None && !mediaOnly)
                return pending.fulfil(Error(Error::Code::InvalidInput, count.reason));
        }
        enqueue(item, pending);
    });
    return pending.future();
}

void InboxService::enqueue(const OutboxItem &item, const Pending<Result<OutboxItem>> &pending)
{
    onReady(m_sync.enqueue(item), this, [pending](Result<OutboxItem> queued) { pending.fulfil(std::move(queued)); });
}

QFuture<Result<OutboxItem>> InboxService::reply(const Reply &reply)
{
    const Conversation &c = reply.conversation.conversation;
    if (reply.mode == ReplyMode::Public) {
        if (c.kind != Conversation::Kind::PublicThread)
            return readyFuture(Result<OutboxItem>(
                Error(Error::Code::InvalidInput,
                      QCoreApplication::translate("starling::InboxService",
                                                  "A direct message can only be answered privately."))));
        OutboxItem item;
        item.accountId = c.accountId;
        item.kind = OutboxItem::Kind::Reply;
        item.conversationId = c.id;
        item.conversationRemoteId = c.remoteId;
        item.inReplyToRemoteId = reply.inReplyToRemoteId.isEmpty() ? c.remoteId : reply.inReplyToRemoteId;
        item.text = reply.text;
        item.media = mediaOf(reply.files);
        item.seenUpTo = reply.seenUpTo;
        return send(item);
    }
    if (c.kind != Conversation::Kind::PublicThread) {
        OutboxItem item;
        item.accountId = c.accountId;
        item.kind = OutboxItem::Kind::DirectMessage;
        item.conversationId = c.id;
        item.conversationRemoteId = c.remoteId;
        item.text = reply.text;
        item.media = mediaOf(reply.files);
        item.seenUpTo = reply.seenUpTo;
        return send(item);
    }
    return replyPrivately(reply, reply.person.remoteId.isEmpty() ? reply.conversation.counterpart : reply.person);
}

QFuture<Result<OutboxItem>> InboxService::replyPrivately(const Reply &reply, const Identity &person)
{
    if (person.remoteId.isEmpty())
        return readyFuture(Result<OutboxItem>(
            Error(Error::Code::NotFound,
                  QCoreApplication::translate("starling::InboxService",
                                              "It is not known who wrote this, so there is no one to answer "
                                              "privately."))));
    Pending<Result<OutboxItem>> pending;
    const QUuid account = reply.conversation.conversation.accountId;
    onReady(openDirectConversation(account, person), this,
            [this, pending, reply, account, person](Result<qint64> direct) {
                if (!direct)
                    return pending.fulfil(direct.error());
                OutboxItem item;
                item.accountId = account;
                item.kind = OutboxItem::Kind::DirectMessage;
                item.conversationId = direct.value();
                // "To this person" works whether or not the conversation exists on the network yet.
                item.recipientRemoteIds << person.remoteId;
                item.text = reply.text;
                item.media = mediaOf(reply.files);
                onReady(send(item), this, [pending](Result<OutboxItem> queued) { pending.fulfil(std::move(queued)); });
            });
    return pending.future();
}

QFuture<Result<OutboxItem>> InboxService::replyToMessage(qint64 messageId, ReplyMode mode, const QString &text,
                                                         const QStringList &files)
{
    struct Found
    {
        Message message;
        ConversationSummary conversation;
        Identity author;
    };
    Pending<Result<OutboxItem>> pending;
    onReady(
        m_store.read<Found>(
            "the message to answer",
            [messageId](Database &db) -> Result<Found> {
                MessageRepository messages(db);
                auto found = messages.byIds({messageId});
                if (!found)
                    return found.error();
                if (found->isEmpty())
                    return Error(Error::Code::NotFound,
                                 QCoreApplication::translate("starling::InboxService", "There is no message %1.")
                                     .arg(messageId));
                Found f{found->constFirst(), {}, {}};
                auto conversation = ConversationRepository(db).byId(f.message.conversationId);
                if (!conversation)
                    return conversation.error();
                if (!conversation.value())
                    return Error(Error::Code::NotFound,
                                 QCoreApplication::translate("starling::InboxService", "There is no conversation %1.")
                                     .arg(f.message.conversationId));
                f.conversation = *conversation.value();
                auto authors = messages.authors({f.message});
                if (!authors)
                    return authors.error();
                if (!authors->isEmpty())
                    f.author = authors->constFirst();
                return f;
            }),
        this, [this, pending, messageId, mode, text, files](Result<Found> found) {
            if (!found)
                return pending.fulfil(found.error());
            const Found &f = found.value();
            Reply reply{f.conversation, mode, text, files, f.message.remoteId, {}};
            const bool isPublic = f.conversation.conversation.kind == Conversation::Kind::PublicThread;
            if (mode == ReplyMode::Public && isPublic && f.message.remoteId.isEmpty())
                return pending.fulfil(
                    Error(Error::Code::InvalidInput,
                          QCoreApplication::translate("starling::InboxService",
                                                      "Message %1 is not on the network yet: it cannot be answered.")
                              .arg(messageId)));
            if (mode == ReplyMode::Direct && isPublic) {
                if (f.message.direction == Message::Direction::Outbound)
                    return pending.fulfil(
                        Error(Error::Code::InvalidInput,
                              QCoreApplication::translate("starling::InboxService",
                                                          "Message %1 is yours: there is no one to answer privately.")
                                  .arg(messageId)));
                if (f.author.remoteId.isEmpty())
                    return pending.fulfil(Error(
                        Error::Code::NotFound,
                        QCoreApplication::translate("starling::InboxService", "The author of message %1 is not known.")
                            .arg(messageId)));
                reply.person = f.author;
            }
            onReady(this->reply(reply), this,
                    [pending](Result<OutboxItem> queued) { pending.fulfil(std::move(queued)); });
        });
    return pending.future();
}

QString InboxService::switchToDmText(const QUuid &account, const QString &publicText) const
{
    const auto a = m_accounts.account(account);
    QString text = publicText.trimmed();
    if (text.isEmpty())
        text =
            QCoreApplication::translate("starling::InboxService", "Happy to help! Let's continue in a direct message:");
    return withDirectMessageLink(text, a ? directMessageLink(a->network, a->remoteUserId) : QUrl());
}

QFuture<Result<InboxService::SwitchedToDm>> InboxService::switchToDm(const ConversationSummary &conversation,
                                                                     const QString &publicText,
                                                                     const QString &inReplyToRemoteId)
{
    Pending<Result<SwitchedToDm>> pending;
    const Conversation &c = conversation.conversation;
    Reply publicReply{conversation, ReplyMode::Public, switchToDmText(c.accountId, publicText),
                      {},           inReplyToRemoteId, {}};
    const Identity person = conversation.counterpart;
    onReady(reply(publicReply), this, [this, pending, c, person](Result<OutboxItem> queued) {
        if (!queued)
            return pending.fulfil(queued.error());
        onReady(openDirectConversation(c.accountId, person), this,
                [pending, item = queued.value()](Result<qint64> direct) {
                    // The public reply is queued whatever happens here; only the DM thread is missing.
                    SwitchedToDm switched{item, direct ? direct.value() : 0, {}};
                    if (!direct)
                        switched.directError = direct.error();
                    pending.fulfil(switched);
                });
    });
    return pending.future();
}

QFuture<Result<qint64>> InboxService::openDirectConversation(const QUuid &account, const Identity &person)
{
    const auto a = m_accounts.account(account);
    if (!a)
        return readyFuture(Result<qint64>(
            Error(Error::Code::NotFound,
                  QCoreApplication::translate("starling::InboxService", "The account is not there any more."))));
    const QString dmId = directConversationRemoteId(a->network, a->remoteUserId, person.remoteId);
    if (!dmId.isEmpty())
        return storeDirectConversation(account, person, dmId);
    // Not computable here: the network may name it before the first message (Bluesky's chat).
    Pending<Result<qint64>> pending;
    onReady(m_sync.directConversationWith(account, person.remoteId), this,
            [this, pending, account, person](const Result<QString> &named) {
                if (!named)
                    return pending.fulfil(named.error());
                if (named->isEmpty())
                    return pending.fulfil(qint64(0)); // named by the network with the first message
                onReady(storeDirectConversation(account, person, named.value()), this,
                        [pending](const Result<qint64> &stored) { pending.fulfil(stored); });
            });
    return pending.future();
}

QFuture<Result<qint64>> InboxService::storeDirectConversation(const QUuid &account, const Identity &person,
                                                              const QString &dmId)
{
    SyncPage page;
    page.accountId = account;
    page.stream = u"local"_s;
    page.identities << person;
    Conversation direct;
    direct.accountId = account;
    direct.remoteId = dmId;
    direct.kind = Conversation::Kind::Direct;
    direct.participantRemoteIds << person.remoteId;
    page.conversations << direct;
    return m_store.update<qint64>("open a direct conversation",
                                  [page, dmId](Database &db, ChangeSet &changes) mutable -> Result<qint64> {
                                      // A conversation stored already keeps what the network said of it (a message
                                      // request stays one until answered or accepted); only the person is brought up to
                                      // date.
                                      auto stored = ConversationRepository(db).byRemoteId(page.accountId, dmId);
                                      if (!stored)
                                          return stored.error();
                                      if (stored.value())
                                          page.conversations.clear();
                                      auto written = PageWriter(db).write(page);
                                      if (!written)
                                          return written.error();
                                      changes.merge(written.value());
                                      auto row = ConversationRepository(db).byRemoteId(page.accountId, dmId);
                                      if (!row)
                                          return row.error();
                                      return row.value() ? row.value()->conversation.id : qint64(0);
                                  });
}

QFuture<Result<OutboxItem>> InboxService::sendDirectMessage(const QUuid &account, const QString &handle,
                                                            const QString &text, const QStringList &files)
{
    Pending<Result<OutboxItem>> pending;
    const auto a = m_accounts.account(account);
    onReady(
        m_sync.lookUpPerson(account, handle), this,
        [this, pending, account, handle, text, files, network = a ? a->network : Network::X](Result<Identity> person) {
            if (!person) {
                if (person.error().code() != Error::Code::NotFound)
                    return pending.fulfil(person.error());
                return pending.fulfil(
                    Error(Error::Code::NotFound,
                          QCoreApplication::translate("starling::InboxService", "%1 finds no one called “%2”.")
                              .arg(networkDisplayName(network), handle)));
            }
            ConversationSummary about;
            about.conversation.accountId = account;
            about.conversation.kind = Conversation::Kind::PublicThread; // no conversation yet: to the person
            about.network = network;
            onReady(replyPrivately(Reply{about, ReplyMode::Direct, text, files, {}, person.value()}, person.value()),
                    this, [pending](Result<OutboxItem> queued) { pending.fulfil(std::move(queued)); });
        });
    return pending.future();
}

QFuture<QList<Result<OutboxItem>>> InboxService::post(const QList<QUuid> &accounts, const QString &text,
                                                      const QStringList &files)
{
    Pending<QList<Result<OutboxItem>>> pending;
    auto results = std::make_shared<QList<std::optional<Result<OutboxItem>>>>(accounts.size());
    auto left = std::make_shared<qsizetype>(accounts.size());
    const auto finish = [pending, results] {
        QList<Result<OutboxItem>> list;
        for (const auto &r : std::as_const(*results))
            list << *r;
        pending.fulfil(list);
    };
    if (accounts.isEmpty())
        finish();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        OutboxItem item;
        item.accountId = accounts.at(i);
        item.kind = OutboxItem::Kind::Post;
        item.text = text;
        item.media = mediaOf(files);
        onReady(send(item), this, [results, left, i, finish](Result<OutboxItem> queued) {
            (*results)[i] = std::move(queued);
            if (--*left == 0)
                finish();
        });
    }
    return pending.future();
}

QFuture<Result<void>> InboxService::retryMessage(qint64 messageId)
{
    Pending<Result<void>> pending;
    onReady(m_store.read<qint64>("the message to send again",
                                 [messageId](Database &db) -> Result<qint64> {
                                     auto item = OutboxRepository(db).byMessageId(messageId);
                                     if (!item)
                                         return item.error();
                                     if (!item.value())
                                         return Error(
                                             Error::Code::NotFound,
                                             QCoreApplication::translate("starling::InboxService",
                                                                         "This message is not waiting to be sent."));
                                     return item.value()->id;
                                 }),
            this, [this, pending](Result<qint64> item) {
                if (!item)
                    return pending.fulfil(item.error());
                m_sync.retry(item.value());
                pending.fulfil({});
            });
    return pending.future();
}

} // namespace starling
