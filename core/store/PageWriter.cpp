// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "Database.h"
#include "MessageIdAllocator.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace starling {

struct PageWriter::Statements
{
    explicit Statements(QSqlDatabase db)
        : findIdentity(db)
        , insertIdentity(db)
        , updateIdentity(db)
        , conversationsOfIdentity(db)
        , findConversation(db)
        , insertConversation(db)
        , updateConversation(db)
        , insertParticipant(db)
        , findMessage(db)
        , insertMessage(db)
        , updateMessage(db)
        , deleteAttachments(db)
        , insertAttachment(db)
        , newestMessage(db)
        , refreshConversation(db)
        , storeCursor(db)
        , ids(db)
    {
    }

    QSqlQuery findIdentity;
    QSqlQuery insertIdentity;
    QSqlQuery updateIdentity;
    QSqlQuery conversationsOfIdentity;
    QSqlQuery findConversation;
    QSqlQuery insertConversation;
    QSqlQuery updateConversation;
    QSqlQuery insertParticipant;
    QSqlQuery findMessage;
    QSqlQuery insertMessage;
    QSqlQuery updateMessage;
    QSqlQuery deleteAttachments;
    QSqlQuery insertAttachment;
    QSqlQuery newestMessage;
    QSqlQuery refreshConversation;
    QSqlQuery storeCursor;
    MessageIdAllocator ids;
    bool prepared = false;
};

/** What one write() has learned so far: local ids by remote id, and what changed. */
struct PageWriter::PageState
{
    qint64 accountId = 0;
    QHash<QString, qint64> identities;
    QHash<QString, qint64> conversations;
    QSet<qint64> touched; ///< conversations whose messages changed
    QSet<qint64> reopen; ///< conversations that got a new inbound message
    ChangeSet changes;
};

namespace {

Error invalidPage(const char *why)
{
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("starling::Store", "A page from the server was not stored: %1")
                     .arg(QString::fromLatin1(why)));
}

} // namespace

PageWriter::PageWriter(Database &db)
    : m_db(db)
    , m_accounts(db)
    , m_statements(std::make_unique<Statements>(db.connection()))
{
}

PageWriter::~PageWriter() = default;

Result<void> PageWriter::prepare()
{
    if (m_statements->prepared)
        return {};
    Statements &s = *m_statements;
    const std::pair<QSqlQuery *, QString> all[] = {
        {&s.findIdentity, u"SELECT id, handle, display_name, avatar_url, bio, followers_count FROM identities"
                          " WHERE account_id = ? AND remote_id = ?"_s},
        {&s.insertIdentity,
         u"INSERT INTO identities (account_id, remote_id, handle, display_name, avatar_url, bio, followers_count)"
         " VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
        {&s.updateIdentity,
         u"UPDATE identities SET handle = ?, display_name = ?, avatar_url = ?, bio = ?, followers_count = ?"
         " WHERE id = ?"_s},
        {&s.conversationsOfIdentity, u"SELECT conversation_id FROM conversation_participants WHERE identity_id = ?"_s},
        {&s.findConversation,
         u"SELECT id, kind, title, last_activity FROM conversations WHERE account_id = ? AND remote_id = ?"_s},
        {&s.insertConversation,
         u"INSERT INTO conversations (account_id, remote_id, kind, title, last_activity) VALUES (?, ?, ?, ?, ?)"_s},
        {&s.updateConversation, u"UPDATE conversations SET kind = ?, title = ?, last_activity = ? WHERE id = ?"_s},
        {&s.insertParticipant,
         u"INSERT INTO conversation_participants (conversation_id, identity_id, position) VALUES (?, ?, ?)"
         " ON CONFLICT DO NOTHING"_s},
        {&s.findMessage, u"SELECT id, conversation_id, text, delivery,"
                         " (SELECT count(*) FROM attachments a WHERE a.message_id = messages.id)"
                         " FROM messages WHERE account_id = ? AND remote_id = ?"_s},
        {&s.insertMessage,
         u"INSERT INTO messages (id, conversation_id, account_id, remote_id, author_id, direction, kind, text,"
         " created_at, reply_to_remote_id, delivery, is_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&s.updateMessage, u"UPDATE messages SET text = ?, delivery = ? WHERE id = ?"_s},
        {&s.deleteAttachments, u"DELETE FROM attachments WHERE message_id = ?"_s},
        {&s.insertAttachment,
         u"INSERT INTO attachments (message_id, position, kind, remote_id, url, preview_url, mime_type, alt_text,"
         " local_path, width, height, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&s.newestMessage,
         u"SELECT text, direction, created_at FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 1"_s},
        {&s.refreshConversation, u"UPDATE conversations SET"
                                 " unread_count = (SELECT count(*) FROM messages m"
                                 "   WHERE m.conversation_id = :id AND m.is_read = 0 AND m.direction = 0),"
                                 " last_activity = max(last_activity, :activity),"
                                 " preview = :preview,"
                                 " last_inbound = :inbound,"
                                 " state = CASE WHEN :reopen THEN 0 ELSE state END,"
                                 " snoozed_until = CASE WHEN :reopen THEN NULL ELSE snoozed_until END"
                                 " WHERE id = :id"_s},
        {&s.storeCursor, u"INSERT INTO sync_cursors (account_id, stream, cursor, updated_at) VALUES (?, ?, ?, ?)"
                         " ON CONFLICT (account_id, stream) DO UPDATE SET cursor = excluded.cursor,"
                         " updated_at = excluded.updated_at"_s},
    };
    for (const auto &[query, sql] : all) {
        if (auto r = prepareQuery(*query, sql); !r)
            return r;
    }
    s.prepared = true;
    return {};
}

Result<ChangeSet> PageWriter::write(const SyncPage &page)
{
    if (auto r = prepare(); !r)
        return r.error();
    auto accountId = m_accounts.requireLocalId(page.accountId);
    if (!accountId)
        return accountId.error();

    PageState state;
    state.accountId = accountId.value();

    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    for (const Identity &identity : page.identities) {
        if (auto r = writeIdentity(state, identity); !r)
            return r.error();
    }
    for (const Conversation &conversation : page.conversations) {
        if (auto r = writeConversation(state, conversation); !r)
            return r.error();
    }
    for (const Message &message : page.messages) {
        if (auto r = writeMessage(state, message); !r)
            return r.error();
    }
    for (qint64 conversationId : std::as_const(state.touched)) {
        if (auto r = refreshConversation(conversationId, state.reopen.contains(conversationId)); !r)
            return r.error();
    }
    if (page.cursor) {
        QSqlQuery &q = m_statements->storeCursor;
        q.bindValue(0, state.accountId);
        q.bindValue(1, textValue(page.stream));
        q.bindValue(2, textValue(*page.cursor));
        q.bindValue(3, QDateTime::currentMSecsSinceEpoch());
        if (auto r = execQuery(q, "store a sync cursor"); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return state.changes;
}

Result<void> PageWriter::writeIdentity(PageState &state, const Identity &identity)
{
    if (identity.remoteId.isEmpty())
        return invalidPage("a person without an id");
    QSqlQuery &find = m_statements->findIdentity;
    find.bindValue(0, state.accountId);
    find.bindValue(1, textValue(identity.remoteId));
    if (auto r = execQuery(find, "look up a person"); !r)
        return r;
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        const bool same =
            find.value(1).toString() == identity.handle && find.value(2).toString() == identity.displayName
            && find.value(3).toString() == identity.avatarUrl.toString() && find.value(4).toString() == identity.bio
            && find.value(5).toInt() == identity.followersCount;
        find.finish();
        state.identities.insert(identity.remoteId, id);
        if (same)
            return {};
        QSqlQuery &update = m_statements->updateIdentity;
        update.bindValue(0, textValue(identity.handle));
        update.bindValue(1, textValue(identity.displayName));
        update.bindValue(2, textValue(identity.avatarUrl.toString()));
        update.bindValue(3, textValue(identity.bio));
        update.bindValue(4, identity.followersCount);
        update.bindValue(5, id);
        if (auto r = execQuery(update, "update a person"); !r)
            return r;
        // A renamed person changes how their conversations look in the list.
        QSqlQuery &conversations = m_statements->conversationsOfIdentity;
        conversations.bindValue(0, id);
        if (auto r = execQuery(conversations, "find a person's conversations"); !r)
            return r;
        while (conversations.next())
            state.changes.conversationIds.insert(conversations.value(0).toLongLong());
        conversations.finish();
        return {};
    }
    find.finish();
    QSqlQuery &insert = m_statements->insertIdentity;
    insert.bindValue(0, state.accountId);
    insert.bindValue(1, textValue(identity.remoteId));
    insert.bindValue(2, textValue(identity.handle));
    insert.bindValue(3, textValue(identity.displayName));
    insert.bindValue(4, textValue(identity.avatarUrl.toString()));
    insert.bindValue(5, textValue(identity.bio));
    insert.bindValue(6, identity.followersCount);
    if (auto r = execQuery(insert, "store a person"); !r)
        return r;
    state.identities.insert(identity.remoteId, insert.lastInsertId().toLongLong());
    return {};
}

Result<qint64> PageWriter::identityFor(PageState &state, const QString &remoteId)
{
    if (auto it = state.identities.constFind(remoteId); it != state.identities.constEnd())
        return *it;
    // Someone the page names but does not describe (a deleted user, say): keep a bare row so the
    // message still has an author, and fill it in when a later page describes them.
    Identity bare;
    bare.remoteId = remoteId;
    QSqlQuery &find = m_statements->findIdentity;
    find.bindValue(0, state.accountId);
    find.bindValue(1, textValue(remoteId));
    if (auto r = execQuery(find, "look up a person"); !r)
        return r.error();
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        state.identities.insert(remoteId, id);
        return id;
    }
    find.finish();
    if (auto r = writeIdentity(state, bare); !r)
        return r.error();
    return state.identities.value(remoteId);
}

Result<void> PageWriter::writeConversation(PageState &state, const Conversation &conversation)
{
    if (conversation.remoteId.isEmpty())
        return invalidPage("a conversation without an id");
    QSqlQuery &find = m_statements->findConversation;
    find.bindValue(0, state.accountId);
    find.bindValue(1, textValue(conversation.remoteId));
    if (auto r = execQuery(find, "look up a conversation"); !r)
        return r;
    qint64 id = 0;
    const qint64 activity = toStoredTime(conversation.lastActivity);
    if (find.next()) {
        id = find.value(0).toLongLong();
        const int kind = find.value(1).toInt();
        const QString title = find.value(2).toString();
        const qint64 storedActivity = find.value(3).toLongLong();
        find.finish();
        const qint64 newActivity = std::max(storedActivity, activity);
        if (kind != int(conversation.kind) || title != conversation.title || newActivity != storedActivity) {
            QSqlQuery &update = m_statements->updateConversation;
            update.bindValue(0, int(conversation.kind));
            update.bindValue(1, textValue(conversation.title));
            update.bindValue(2, newActivity);
            update.bindValue(3, id);
            if (auto r = execQuery(update, "update a conversation"); !r)
                return r;
            state.changes.conversationIds.insert(id);
        }
    } else {
        find.finish();
        QSqlQuery &insert = m_statements->insertConversation;
        insert.bindValue(0, state.accountId);
        insert.bindValue(1, textValue(conversation.remoteId));
        insert.bindValue(2, int(conversation.kind));
        insert.bindValue(3, textValue(conversation.title));
        insert.bindValue(4, activity);
        if (auto r = execQuery(insert, "store a conversation"); !r)
            return r;
        id = insert.lastInsertId().toLongLong();
        state.changes.conversationIds.insert(id);
    }
    state.conversations.insert(conversation.remoteId, id);

    int position = 0;
    for (const QString &participant : conversation.participantRemoteIds) {
        auto identityId = identityFor(state, participant);
        if (!identityId)
            return identityId.error();
        QSqlQuery &insert = m_statements->insertParticipant;
        insert.bindValue(0, id);
        insert.bindValue(1, identityId.value());
        insert.bindValue(2, position++);
        if (auto r = execQuery(insert, "store a participant"); !r)
            return r;
        if (insert.numRowsAffected() > 0)
            state.changes.conversationIds.insert(id);
    }
    return {};
}

Result<qint64> PageWriter::conversationFor(PageState &state, const QString &remoteId, Message::Kind kind)
{
    if (auto it = state.conversations.constFind(remoteId); it != state.conversations.constEnd())
        return *it;
    // A message whose conversation the page did not describe: it still needs one to live in.
    Conversation implied;
    implied.remoteId = remoteId;
    implied.kind = kind == Message::Kind::DirectMessage ? Conversation::Kind::Direct : Conversation::Kind::PublicThread;
    QSqlQuery &find = m_statements->findConversation;
    find.bindValue(0, state.accountId);
    find.bindValue(1, textValue(remoteId));
    if (auto r = execQuery(find, "look up a conversation"); !r)
        return r.error();
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        find.finish();
        state.conversations.insert(remoteId, id);
        return id;
    }
    find.finish();
    if (auto r = writeConversation(state, implied); !r)
        return r.error();
    return state.conversations.value(remoteId);
}

Result<void> PageWriter::writeMessage(PageState &state, const Message &message)
{
    if (message.remoteId.isEmpty())
        return invalidPage("a message without an id");
    if (message.conversationRemoteId.isEmpty())
        return invalidPage("a message outside any conversation");
    if (!message.createdAt.isValid())
        return invalidPage("a message without a time");

    auto conversationId = conversationFor(state, message.conversationRemoteId, message.kind);
    if (!conversationId)
        return conversationId.error();

    QSqlQuery &find = m_statements->findMessage;
    find.bindValue(0, state.accountId);
    find.bindValue(1, textValue(message.remoteId));
    if (auto r = execQuery(find, "look up a message"); !r)
        return r;
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        const qint64 storedConversation = find.value(1).toLongLong();
        const bool same = find.value(2).toString() == message.text && find.value(3).toInt() == int(message.delivery)
                          && find.value(4).toInt() == message.attachments.size();
        find.finish();
        if (same)
            return {};
        QSqlQuery &update = m_statements->updateMessage;
        update.bindValue(0, textValue(message.text));
        update.bindValue(1, int(message.delivery));
        update.bindValue(2, id);
        if (auto r = execQuery(update, "update a message"); !r)
            return r;
        if (auto r = writeAttachments(id, message.attachments); !r)
            return r;
        state.touched.insert(storedConversation);
        state.changes.conversationIds.insert(storedConversation);
        return {};
    }
    find.finish();

    qint64 authorId = 0;
    if (!message.authorRemoteId.isEmpty()) {
        auto author = identityFor(state, message.authorRemoteId);
        if (!author)
            return author.error();
        authorId = author.value();
    }
    auto id = m_statements->ids.allocate(message.createdAt);
    if (!id)
        return id.error();
    const bool inbound = message.direction == Message::Direction::Inbound;
    QSqlQuery &insert = m_statements->insertMessage;
    insert.bindValue(0, id.value());
    insert.bindValue(1, conversationId.value());
    insert.bindValue(2, state.accountId);
    insert.bindValue(3, textValue(message.remoteId));
    insert.bindValue(4, authorId ? QVariant(authorId) : QVariant(QMetaType::fromType<qint64>()));
    insert.bindValue(5, int(message.direction));
    insert.bindValue(6, int(message.kind));
    insert.bindValue(7, textValue(message.text));
    insert.bindValue(8, toStoredTime(message.createdAt));
    insert.bindValue(9, textValue(message.replyToRemoteId));
    insert.bindValue(10, int(message.delivery));
    // What we sent ourselves is read by definition.
    insert.bindValue(11, (message.read || !inbound) ? 1 : 0);
    if (auto r = execQuery(insert, "store a message"); !r)
        return r;
    if (auto r = writeAttachments(id.value(), message.attachments); !r)
        return r;
    state.touched.insert(conversationId.value());
    state.changes.conversationIds.insert(conversationId.value());
    if (inbound && !message.read) {
        state.reopen.insert(conversationId.value());
        state.changes.newInboundMessageIds.append(id.value());
    }
    return {};
}

Result<void> PageWriter::writeAttachments(qint64 messageId, const QList<Attachment> &attachments)
{
    QSqlQuery &remove = m_statements->deleteAttachments;
    remove.bindValue(0, messageId);
    if (auto r = execQuery(remove, "replace attachments"); !r)
        return r;
    int position = 0;
    for (const Attachment &a : attachments) {
        QSqlQuery &insert = m_statements->insertAttachment;
        insert.bindValue(0, messageId);
        insert.bindValue(1, position++);
        insert.bindValue(2, textValue(Attachment::kindKey(a.kind)));
        insert.bindValue(3, textValue(a.remoteId));
        insert.bindValue(4, textValue(a.url.toString()));
        insert.bindValue(5, textValue(a.previewUrl.toString()));
        insert.bindValue(6, textValue(a.mimeType));
        insert.bindValue(7, textValue(a.altText));
        insert.bindValue(8, textValue(a.localPath));
        insert.bindValue(9, a.width);
        insert.bindValue(10, a.height);
        insert.bindValue(11, a.sizeBytes);
        if (auto r = execQuery(insert, "store an attachment"); !r)
            return r;
    }
    return {};
}

Result<void> PageWriter::refreshConversation(qint64 conversationId, bool reopen)
{
    QSqlQuery &newest = m_statements->newestMessage;
    newest.bindValue(0, conversationId);
    if (auto r = execQuery(newest, "read a conversation's newest message"); !r)
        return r;
    QString preview;
    bool inbound = false;
    qint64 activity = 0;
    if (newest.next()) {
        preview = newest.value(0).toString();
        inbound = newest.value(1).toInt() == int(Message::Direction::Inbound);
        activity = newest.value(2).toLongLong();
    }
    newest.finish();
    // The list shows one line; keep the stored preview short.
    constexpr int previewLength = 280;
    if (preview.size() > previewLength)
        preview.truncate(preview.at(previewLength - 1).isHighSurrogate() ? previewLength - 1 : previewLength);

    QSqlQuery &refresh = m_statements->refreshConversation;
    refresh.bindValue(u":id"_s, conversationId);
    refresh.bindValue(u":activity"_s, activity);
    refresh.bindValue(u":preview"_s, textValue(preview));
    refresh.bindValue(u":inbound"_s, inbound ? 1 : 0);
    refresh.bindValue(u":reopen"_s, reopen ? 1 : 0);
    return execQuery(refresh, "update a conversation's summary");
}

} // namespace starling
