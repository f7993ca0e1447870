// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "Database.h"
#include "Dialect.h"
#include "MessageInserter.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace starling {

struct PageWriter::Statements
{
    Statements(QSqlDatabase db, Engine engine)
        : findIdentities(db)
        , insertIdentity(db)
        , insertContact(db)
        , ownRemoteId(db)
        , nameContact(db)
        , updateIdentity(db)
        , conversationsOfIdentity(db)
        , findConversations(db)
        , findParticipants(db)
        , insertConversation(db)
        , updateConversation(db)
        , insertParticipant(db)
        , findMessages(db)
        , updateMessage(db)
        , refreshConversation(db)
        , deleteMessages(db)
        , summarizeAgain(db)
        , storeCursor(db)
        , messages(db, engine)
    {
    }

    // Each find* looks up all of a page's rows of its kind at once (by a JSON array of remote
    // ids): on PostgreSQL a statement is a round trip to the server.
    QSqlQuery findIdentities;
    QSqlQuery insertIdentity;
    QSqlQuery insertContact;
    QSqlQuery ownRemoteId;
    QSqlQuery nameContact;
    QSqlQuery updateIdentity;
    QSqlQuery conversationsOfIdentity;
    QSqlQuery findConversations;
    QSqlQuery findParticipants;
    QSqlQuery insertConversation;
    QSqlQuery updateConversation;
    QSqlQuery insertParticipant;
    QSqlQuery findMessages;
    QSqlQuery updateMessage;
    QSqlQuery refreshConversation;
    QSqlQuery deleteMessages;
    QSqlQuery summarizeAgain;
    QSqlQuery storeCursor;
    MessageInserter messages;
    bool prepared = false;
};

/** How a page changed one conversation's messages; folded into its row once per page. */
struct PageWriter::ConversationTouch
{
    int addedUnread = 0;
    qint64 newestId = 0; ///< the newest message this page inserted or changed
    QString preview;
    bool inbound = false;
    qint64 activity = 0;
    bool reopen = false; ///< a new inbound message brings a done or snoozed conversation back
};

/**
 * What one write() has learned so far: the stored rows the page names (looked up before it is
 * written, and kept up to date as it is), local ids by remote id, and what changed.
 */
struct PageWriter::PageState
{
    qint64 accountId = 0;
    QString ownRemoteId; ///< the account's own user id on its network: never a contact
    /// By remote id: id, handle, display_name, avatar_url, bio, followers_count, links.
    QHash<QString, QVariantList> storedIdentities;
    /// By remote id: id, kind, title, last_activity.
    QHash<QString, QVariantList> storedConversations;
    /// By remote id: id, conversation_id, text, delivery, the number of attachments.
    QHash<QString, QVariantList> storedMessages;
    QSet<std::pair<qint64, qint64>> participants; ///< (conversation, identity) pairs stored
    QHash<QString, qint64> identities;
    QHash<QString, qint64> conversations;
    QHash<qint64, ConversationTouch> touched;
    ChangeSet changes;

    void touch(qint64 conversationId, qint64 messageId, const Message &message)
    {
        ConversationTouch &t = touched[conversationId];
        if (messageId > t.newestId) {
            t.newestId = messageId;
            t.preview = message.text;
            t.inbound = message.direction == Message::Direction::Inbound;
            t.activity = toStoredTime(message.createdAt);
        }
        changes.conversationIds.insert(conversationId);
    }
};

namespace {

/** Whether @p key is text that a JSON array carries to the database unchanged. */
bool isPlainKey(const QString &key)
{
    if (QString::fromUtf8(key.toUtf8()) != key)
        return false; // a lone surrogate
    for (const char32_t c : key.toUcs4()) {
        if (c == 0 || QChar::isNonCharacter(c))
            return false;
    }
    return true;
}

/** The list shows one line: the stored preview is kept short. */
constexpr int previewLength = 280;

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
    , m_statements(std::make_unique<Statements>(db.connection(), db.engine()))
{
}

PageWriter::~PageWriter() = default;

Result<void> PageWriter::prepare()
{
    if (m_statements->prepared)
        return {};
    Statements &s = *m_statements;
    const QString keys = dialect::jsonTextElements(m_db.engine());
    const std::pair<QSqlQuery *, QString> all[] = {
        {&s.findIdentities,
         u"SELECT remote_id, id, handle, display_name, avatar_url, bio, followers_count, links FROM identities"
         " WHERE account_id = ? AND remote_id IN %1"_s.arg(keys)},
        {&s.insertIdentity,
         u"INSERT INTO identities (account_id, remote_id, handle, display_name, avatar_url, bio, followers_count,"
         " contact_id, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&s.insertContact, u"INSERT INTO contacts (display_name, note, created_at, updated_at) VALUES (?, '', ?, ?)"_s},
        {&s.ownRemoteId, u"SELECT remote_user_id FROM accounts WHERE id = ?"_s},
        // A person first seen without a name (a message's author the page did not describe) gets
        // one when a later page describes them, unless the user named them meanwhile.
        {&s.nameContact, u"UPDATE contacts SET display_name = ? WHERE display_name = ''"
                         " AND id = (SELECT contact_id FROM identities WHERE id = ?)"_s},
        {&s.updateIdentity,
         u"UPDATE identities SET handle = ?, display_name = ?, avatar_url = ?, bio = ?, followers_count = ?,"
         " links = ? WHERE id = ?"_s},
        {&s.conversationsOfIdentity, u"SELECT conversation_id FROM conversation_participants WHERE identity_id = ?"_s},
        {&s.findConversations, u"SELECT remote_id, id, kind, title, last_activity, request FROM conversations"
                               " WHERE account_id = ? AND remote_id IN %1"_s.arg(keys)},
        {&s.findParticipants, u"SELECT conversation_id, identity_id FROM conversation_participants"
                              " WHERE conversation_id IN (SELECT CAST(k.value AS BIGINT) FROM %1 AS k)"_s.arg(keys)},
        {&s.insertConversation,
         u"INSERT INTO conversations (account_id, remote_id, kind, title, last_activity, request)"
         " VALUES (?, ?, ?, ?, ?, ?)"_s},
        {&s.updateConversation,
         u"UPDATE conversations SET kind = ?, title = ?, last_activity = ?, request = ? WHERE id = ?"_s},
        {&s.insertParticipant,
         u"INSERT INTO conversation_participants (conversation_id, identity_id, position) VALUES (?, ?, ?)"
         " ON CONFLICT DO NOTHING"_s},
        {&s.findMessages, u"SELECT remote_id, id, conversation_id, text, delivery,"
                          " (SELECT count(*) FROM attachments a WHERE a.message_id = messages.id)"
                          " FROM messages WHERE account_id = ? AND remote_id IN %1"_s.arg(keys)},
        {&s.updateMessage, u"UPDATE messages SET text = ?, delivery = ? WHERE id = ?"_s},
        // Incremental: a count of the unread messages would grow with the conversation. The
        // preview changes only when this page brought the newest message of the thread.
        {&s.refreshConversation,
         u"UPDATE conversations SET"
         " unread_count = unread_count + :added,"
         " last_activity = %1,"
         " preview = CASE WHEN :newest >= (SELECT max(m.id) FROM messages m WHERE m.conversation_id = :id)"
         "   THEN :preview ELSE preview END,"
         " last_inbound = CASE WHEN :newest >= (SELECT max(m.id) FROM messages m WHERE m.conversation_id = :id)"
         "   THEN :inbound ELSE last_inbound END,"
         " state = CASE WHEN :reopen <> 0 THEN 0 ELSE state END,"
         " snoozed_until = CASE WHEN :reopen <> 0 THEN NULL ELSE snoozed_until END"
         " WHERE id = :id"_s.arg(dialect::greatest(m_db.engine(), u"last_activity"_s, u":activity"_s))},
        {&s.deleteMessages, u"DELETE FROM messages WHERE account_id = ? AND remote_id IN %1"_s.arg(keys)},
        // After deletions: counted and read again from the messages that are left.
        {&s.summarizeAgain,
         u"UPDATE conversations SET"
         " unread_count = (SELECT count(*) FROM messages m"
         "   WHERE m.conversation_id = conversations.id AND m.is_read = 0 AND m.direction = 0),"
         " preview = coalesce((SELECT substr(m.text, 1, %1) FROM messages m"
         "   WHERE m.conversation_id = conversations.id ORDER BY m.id DESC LIMIT 1), ''),"
         " last_inbound = coalesce((SELECT CASE WHEN m.direction = 0 THEN 1 ELSE 0 END FROM messages m"
         "   WHERE m.conversation_id = conversations.id ORDER BY m.id DESC LIMIT 1), 0)"
         " WHERE id IN (SELECT CAST(k.value AS BIGINT) FROM %2 AS k)"_s.arg(previewLength)
             .arg(keys)},
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
    QSqlQuery &own = m_statements->ownRemoteId;
    own.bindValue(0, state.accountId);
    if (auto r = execQuery(own, "read the account's own id"); !r)
        return r.error();
    if (own.next())
        state.ownRemoteId = own.value(0).toString();
    own.finish();

    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = lookUpStoredRows(state, page); !r)
        return r.error();
    QList<QDateTime> times;
    times.reserve(page.messages.size());
    for (const Message &message : page.messages)
        times << message.createdAt;
    MessageInserter &inserter = m_statements->messages;
    if (auto r = inserter.beginBatch(times); !r)
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
    if (auto r = inserter.endBatch(); !r)
        return r.error();
    for (auto it = state.touched.cbegin(); it != state.touched.cend(); ++it) {
        if (auto r = refreshConversation(it.key(), it.value()); !r)
            return r.error();
    }
    if (auto r = deleteMessages(state, page.deletedMessageRemoteIds); !r)
        return r.error();
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

namespace {

/** @p keys as the JSON array that Dialect's jsonTextElements() reads. */
QString jsonList(const QSet<QString> &keys)
{
    QJsonArray array;
    for (const QString &key : keys)
        array.append(key);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

/** Runs @p find for @p keys of the account and files each row, but its first column, under that column. */
Result<void> findRows(QSqlQuery &find, qint64 accountId, const QSet<QString> &keys, QHash<QString, QVariantList> &rows)
{
    if (keys.isEmpty())
        return {};
    find.bindValue(0, accountId);
    find.bindValue(1, jsonList(keys));
    if (auto r = execQuery(find, "look up a page's rows"); !r)
        return r;
    const int columns = find.record().count();
    while (find.next()) {
        QVariantList row;
        row.reserve(columns - 1);
        for (int i = 1; i < columns; ++i)
            row << find.value(i);
        rows.insert(find.value(0).toString(), row);
    }
    find.finish();
    return {};
}

} // namespace

Result<void> PageWriter::lookUpStoredRows(PageState &state, const SyncPage &page)
{
    QSet<QString> people;
    QSet<QString> conversations;
    QSet<QString> messages;
    for (const Identity &identity : page.identities)
        people.insert(identity.remoteId);
    for (const Conversation &conversation : page.conversations) {
        conversations.insert(conversation.remoteId);
        for (const QString &participant : conversation.participantRemoteIds)
            people.insert(participant);
    }
    for (const Message &message : page.messages) {
        messages.insert(message.remoteId);
        conversations.insert(message.conversationRemoteId);
        people.insert(message.authorRemoteId);
    }
    for (const QString &deleted : page.deletedMessageRemoteIds)
        messages.insert(deleted);
    // Rows without an id are refused as the page is written (invalidPage()).
    for (QSet<QString> *keys : {&people, &conversations, &messages}) {
        keys->remove(QString());
        // The keys travel as JSON text, which has no lone surrogate, no NUL and no noncharacter
        // that survives the way there: such an id would not be found again, and a page that
        // names it again would fail. Servers send ids in plain ASCII.
        for (const QString &key : std::as_const(*keys)) {
            if (!isPlainKey(key))
                return invalidPage("an id that is not valid text");
        }
    }
    Statements &s = *m_statements;
    if (auto r = findRows(s.findIdentities, state.accountId, people, state.storedIdentities); !r)
        return r;
    if (auto r = findRows(s.findConversations, state.accountId, conversations, state.storedConversations); !r)
        return r;
    if (auto r = findRows(s.findMessages, state.accountId, messages, state.storedMessages); !r)
        return r;
    QSet<QString> conversationIds;
    for (const QVariantList &row : std::as_const(state.storedConversations))
        conversationIds.insert(row.at(0).toString());
    if (conversationIds.isEmpty())
        return {};
    s.findParticipants.bindValue(0, jsonList(conversationIds));
    if (auto r = execQuery(s.findParticipants, "look up a page's participants"); !r)
        return r;
    while (s.findParticipants.next())
        state.participants.insert({s.findParticipants.value(0).toLongLong(), s.findParticipants.value(1).toLongLong()});
    s.findParticipants.finish();
    return {};
}

Result<void> PageWriter::writeIdentity(PageState &state, const Identity &identity)
{
    if (identity.remoteId.isEmpty())
        return invalidPage("a person without an id");
    // A page that names no websites (a network or a request without them) keeps those known.
    const auto storedLinks = [&identity](const QString &stored) {
        return identity.links.isEmpty() ? stored : identity.links.join(QChar(31));
    };
    // What the person's row holds once this is written.
    const auto rowOf = [&identity](qint64 id, const QString &links) {
        return QVariantList{id,
                            identity.handle,
                            identity.displayName,
                            identity.avatarUrl.toString(),
                            identity.bio,
                            identity.followersCount,
                            links};
    };
    if (auto stored = state.storedIdentities.constFind(identity.remoteId);
        stored != state.storedIdentities.constEnd()) {
        const QVariantList &row = *stored;
        const qint64 id = row.at(0).toLongLong();
        const QString links = storedLinks(row.at(6).toString());
        const bool same = row.at(1).toString() == identity.handle && row.at(2).toString() == identity.displayName
                          && row.at(3).toString() == identity.avatarUrl.toString()
                          && row.at(4).toString() == identity.bio && row.at(5).toInt() == identity.followersCount
                          && row.at(6).toString() == links;
        state.identities.insert(identity.remoteId, id);
        if (same)
            return {};
        state.storedIdentities.insert(identity.remoteId, rowOf(id, links));
        QSqlQuery &update = m_statements->updateIdentity;
        update.bindValue(0, textValue(identity.handle));
        update.bindValue(1, textValue(identity.displayName));
        update.bindValue(2, textValue(identity.avatarUrl.toString()));
        update.bindValue(3, textValue(identity.bio));
        update.bindValue(4, identity.followersCount);
        update.bindValue(5, textValue(links));
        update.bindValue(6, id);
        if (auto r = execQuery(update, "update a person"); !r)
            return r;
        if (const QString &name = identity.displayName.isEmpty() ? identity.handle : identity.displayName;
            !name.isEmpty()) {
            QSqlQuery &named = m_statements->nameContact;
            named.bindValue(0, textValue(name));
            named.bindValue(1, id);
            if (auto r = execQuery(named, "name a contact"); !r)
                return r;
            if (named.numRowsAffected() > 0)
                state.changes.contactsChanged = true;
        }
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
    // Everyone the account talks to is a person in the contacts from the moment they appear
    // (ContactRepository::ensureContactsForPeople() catches up stores made before this).
    QVariant contactId(QMetaType::fromType<qint64>());
    if (identity.remoteId != state.ownRemoteId) {
        const QString &name = identity.displayName.isEmpty() ? identity.handle : identity.displayName;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery &contact = m_statements->insertContact;
        contact.bindValue(0, textValue(name));
        contact.bindValue(1, now);
        contact.bindValue(2, now);
        if (auto r = execQuery(contact, "make a contact"); !r)
            return r;
        contactId = contact.lastInsertId().toLongLong();
        state.changes.contactsChanged = true;
    }
    QSqlQuery &insert = m_statements->insertIdentity;
    insert.bindValue(0, state.accountId);
    insert.bindValue(1, textValue(identity.remoteId));
    insert.bindValue(2, textValue(identity.handle));
    insert.bindValue(3, textValue(identity.displayName));
    insert.bindValue(4, textValue(identity.avatarUrl.toString()));
    insert.bindValue(5, textValue(identity.bio));
    insert.bindValue(6, identity.followersCount);
    insert.bindValue(7, contactId);
    insert.bindValue(8, textValue(storedLinks(QString())));
    if (auto r = execQuery(insert, "store a person"); !r)
        return r;
    const qint64 id = insert.lastInsertId().toLongLong();
    state.identities.insert(identity.remoteId, id);
    state.storedIdentities.insert(identity.remoteId, rowOf(id, storedLinks(QString())));
    return {};
}

Result<qint64> PageWriter::identityFor(PageState &state, const QString &remoteId)
{
    if (auto it = state.identities.constFind(remoteId); it != state.identities.constEnd())
        return *it;
    // Someone the page names but does not describe (a deleted user, say): keep a bare row so the
    // message still has an author, and fill it in when a later page describes them.
    if (auto stored = state.storedIdentities.constFind(remoteId); stored != state.storedIdentities.constEnd()) {
        const qint64 id = stored->at(0).toLongLong();
        state.identities.insert(remoteId, id);
        return id;
    }
    Identity bare;
    bare.remoteId = remoteId;
    if (auto r = writeIdentity(state, bare); !r)
        return r.error();
    return state.identities.value(remoteId);
}

Result<void> PageWriter::writeConversation(PageState &state, const Conversation &conversation)
{
    if (conversation.remoteId.isEmpty())
        return invalidPage("a conversation without an id");
    qint64 id = 0;
    const qint64 activity = toStoredTime(conversation.lastActivity);
    if (auto stored = state.storedConversations.constFind(conversation.remoteId);
        stored != state.storedConversations.constEnd()) {
        const QVariantList &row = *stored;
        id = row.at(0).toLongLong();
        const int kind = row.at(1).toInt();
        const QString title = row.at(2).toString();
        const qint64 storedActivity = row.at(3).toLongLong();
        const qint64 newActivity = std::max(storedActivity, activity);
        const bool request = row.at(4).toInt() != 0;
        if (kind != int(conversation.kind) || title != conversation.title || newActivity != storedActivity
            || request != conversation.request) {
            QSqlQuery &update = m_statements->updateConversation;
            update.bindValue(0, int(conversation.kind));
            update.bindValue(1, textValue(conversation.title));
            update.bindValue(2, newActivity);
            update.bindValue(3, int(conversation.request));
            update.bindValue(4, id);
            if (auto r = execQuery(update, "update a conversation"); !r)
                return r;
            state.changes.conversationIds.insert(id);
            state.storedConversations.insert(conversation.remoteId, {id, int(conversation.kind), conversation.title,
                                                                     newActivity, int(conversation.request)});
        }
    } else {
        QSqlQuery &insert = m_statements->insertConversation;
        insert.bindValue(0, state.accountId);
        insert.bindValue(1, textValue(conversation.remoteId));
        insert.bindValue(2, int(conversation.kind));
        insert.bindValue(3, textValue(conversation.title));
        insert.bindValue(4, activity);
        insert.bindValue(5, int(conversation.request));
        if (auto r = execQuery(insert, "store a conversation"); !r)
            return r;
        id = insert.lastInsertId().toLongLong();
        state.changes.conversationIds.insert(id);
        state.storedConversations.insert(conversation.remoteId, {id, int(conversation.kind), conversation.title,
                                                                 activity, int(conversation.request)});
    }
    state.conversations.insert(conversation.remoteId, id);

    int position = 0;
    for (const QString &participant : conversation.participantRemoteIds) {
        auto identityId = identityFor(state, participant);
        if (!identityId)
            return identityId.error();
        const std::pair<qint64, qint64> pair(id, identityId.value());
        ++position;
        if (state.participants.contains(pair))
            continue;
        state.participants.insert(pair);
        QSqlQuery &insert = m_statements->insertParticipant;
        insert.bindValue(0, id);
        insert.bindValue(1, identityId.value());
        insert.bindValue(2, position - 1);
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
    if (auto stored = state.storedConversations.constFind(remoteId); stored != state.storedConversations.constEnd()) {
        const qint64 id = stored->at(0).toLongLong();
        state.conversations.insert(remoteId, id);
        return id;
    }
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

    MessageInserter &inserter = m_statements->messages;
    if (auto stored = state.storedMessages.constFind(message.remoteId); stored != state.storedMessages.constEnd()) {
        const QVariantList &row = *stored;
        const qint64 id = row.at(0).toLongLong();
        const qint64 storedConversation = row.at(1).toLongLong();
        const bool same = row.at(2).toString() == message.text && row.at(3).toInt() == int(message.delivery)
                          && row.at(4).toInt() == message.attachments.size();
        if (same)
            return {};
        state.storedMessages.insert(message.remoteId, {id, storedConversation, message.text, int(message.delivery),
                                                       message.attachments.size()});
        // The same message twice in one page: the first may still wait in the inserter's batch.
        if (auto r = inserter.flush(); !r)
            return r;
        QSqlQuery &update = m_statements->updateMessage;
        update.bindValue(0, textValue(message.text));
        update.bindValue(1, int(message.delivery));
        update.bindValue(2, id);
        if (auto r = execQuery(update, "update a message"); !r)
            return r;
        if (auto r = inserter.replaceAttachments(id, message.attachments); !r)
            return r;
        state.touch(storedConversation, id, message);
        return {};
    }

    MessageInserter::Refs refs;
    refs.accountId = state.accountId;
    refs.conversationId = conversationId.value();
    if (!message.authorRemoteId.isEmpty()) {
        auto author = identityFor(state, message.authorRemoteId);
        if (!author)
            return author.error();
        refs.authorId = author.value();
    }
    auto id = inserter.insert(message, refs);
    if (!id)
        return id.error();
    state.storedMessages.insert(message.remoteId, {id.value(), refs.conversationId, message.text, int(message.delivery),
                                                   message.attachments.size()});
    state.touch(refs.conversationId, id.value(), message);
    if (message.direction == Message::Direction::Inbound && !message.read) {
        ConversationTouch &t = state.touched[refs.conversationId];
        ++t.addedUnread;
        t.reopen = true;
        state.changes.newInboundMessageIds.append(id.value());
    }
    return {};
}

Result<void> PageWriter::deleteMessages(PageState &state, const QStringList &remoteIds)
{
    QSet<QString> gone;
    QSet<QString> conversations;
    for (const QString &remoteId : remoteIds) {
        const auto stored = state.storedMessages.constFind(remoteId);
        if (stored == state.storedMessages.constEnd())
            continue; // never stored, or not this account's
        gone.insert(remoteId);
        const qint64 conversationId = stored->at(1).toLongLong();
        conversations.insert(QString::number(conversationId));
        state.changes.conversationIds.insert(conversationId);
        state.changes.newInboundMessageIds.removeAll(stored->at(0).toLongLong());
        state.storedMessages.erase(stored);
    }
    if (gone.isEmpty())
        return {};
    // Attachments and, on SQLite, the search index follow (ON DELETE CASCADE, a trigger).
    QSqlQuery &remove = m_statements->deleteMessages;
    remove.bindValue(0, state.accountId);
    remove.bindValue(1, jsonList(gone));
    if (auto r = execQuery(remove, "remove deleted messages"); !r)
        return r;
    QSqlQuery &summarize = m_statements->summarizeAgain;
    summarize.bindValue(0, jsonList(conversations));
    return execQuery(summarize, "update a conversation's summary");
}

Result<void> PageWriter::refreshConversation(qint64 conversationId, const ConversationTouch &touch)
{
    // Without splitting a surrogate pair.
    QString preview = touch.preview;
    if (preview.size() > previewLength)
        preview.truncate(preview.at(previewLength - 1).isHighSurrogate() ? previewLength - 1 : previewLength);

    QSqlQuery &refresh = m_statements->refreshConversation;
    refresh.bindValue(u":id"_s, conversationId);
    refresh.bindValue(u":added"_s, touch.addedUnread);
    refresh.bindValue(u":activity"_s, touch.activity);
    refresh.bindValue(u":newest"_s, touch.newestId);
    refresh.bindValue(u":preview"_s, textValue(preview));
    refresh.bindValue(u":inbound"_s, touch.inbound ? 1 : 0);
    refresh.bindValue(u":reopen"_s, touch.reopen ? 1 : 0);
    return execQuery(refresh, "update a conversation's summary");
}

} // namespace starling
