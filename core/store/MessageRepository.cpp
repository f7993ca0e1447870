// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QString idList(const QList<qint64> &ids)
{
    // Ids are integers we produced, so they can be written into the statement directly.
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

MessageRepository::MessageRepository(Database &db)
    : m_db(db)
{
}

namespace {

const QString messageColumns = u"SELECT m.id, a.uuid, m.conversation_id, c.remote_id, m.remote_id, m.author_id,"
                               " i.remote_id, m.direction, m.kind, m.text, m.created_at, m.reply_to_remote_id,"
                               " m.delivery, m.is_read, m.automatic"
                               " FROM messages m JOIN accounts a ON a.id = m.account_id"
                               " JOIN conversations c ON c.id = m.conversation_id"
                               " LEFT JOIN identities i ON i.id = m.author_id"_s;

QList<Message> readMessages(QSqlQuery &query)
{
    QList<Message> messages;
    while (query.next()) {
        Message m;
        m.id = query.value(0).toLongLong();
        m.accountId = QUuid(query.value(1).toString());
        m.conversationId = query.value(2).toLongLong();
        m.conversationRemoteId = query.value(3).toString();
        m.remoteId = query.value(4).toString();
        m.authorId = query.value(5).toLongLong();
        m.authorRemoteId = query.value(6).toString();
        m.direction = Message::Direction(query.value(7).toInt());
        m.kind = Message::Kind(query.value(8).toInt());
        m.text = query.value(9).toString();
        m.createdAt = fromStoredTime(query.value(10).toLongLong());
        m.replyToRemoteId = query.value(11).toString();
        m.delivery = Message::Delivery(query.value(12).toInt());
        m.read = query.value(13).toInt() != 0;
        m.automatic = query.value(14).toInt() != 0;
        messages.append(m);
    }
    return messages;
}

} // namespace

Result<QList<Message>> MessageRepository::threadPage(qint64 conversationId, int limit, qint64 beforeId)
{
    // Read whenever a conversation opens or scrolls: prepared once per connection.
    static const QString sql =
        messageColumns + u" WHERE m.conversation_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"_s;
    auto prepared = m_db.prepared(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &query = *prepared.value();
    query.addBindValue(conversationId);
    query.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    query.addBindValue(std::max(limit, 0));
    if (auto r = execQuery(query, "read a thread"); !r)
        return r.error();
    QList<Message> messages = readMessages(query);
    std::reverse(messages.begin(), messages.end());
    if (auto r = loadAttachments(messages); !r)
        return r.error();
    return messages;
}

Result<QList<Message>> MessageRepository::inboundBetween(qint64 fromId, qint64 toId, int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(
            query, messageColumns + u" WHERE m.id >= ? AND m.id < ? AND m.direction = 0 ORDER BY m.id LIMIT ?"_s);
        !r)
        return r.error();
    query.addBindValue(fromId);
    query.addBindValue(toId);
    query.addBindValue(limit);
    if (auto r = execQuery(query, "read the history"); !r)
        return r.error();
    return readMessages(query);
}

Result<qint64> MessageRepository::newestId(qint64 conversationId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT max(id) FROM messages WHERE conversation_id = ?"_s); !r)
        return r.error();
    query.addBindValue(conversationId);
    if (auto r = execQuery(query, "read a conversation's newest message"); !r)
        return r.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<std::optional<Message>> MessageRepository::answeredAfter(qint64 conversationId, qint64 afterId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(
            query, messageColumns
                       + u" WHERE m.conversation_id = ? AND m.id > ? AND m.direction = %1"
                         " AND m.automatic = 0 ORDER BY m.id DESC LIMIT 1"_s.arg(int(Message::Direction::Outbound)));
        !r)
        return r.error();
    query.addBindValue(conversationId);
    query.addBindValue(afterId);
    if (auto r = execQuery(query, "look for a newer answer"); !r)
        return r.error();
    const QList<Message> found = readMessages(query);
    return found.isEmpty() ? std::optional<Message>() : std::optional<Message>(found.constFirst());
}

Result<QList<Message>> MessageRepository::byIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Message>();
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(messageColumns + u" WHERE m.id IN (%1) ORDER BY m.id DESC"_s.arg(idList(ids))))
        return storageError(query, "read messages");
    return readMessages(query);
}

Result<void> MessageRepository::loadAttachments(QList<Message> &messages)
{
    if (messages.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QList<qint64> ids;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        index.insert(messages.at(i).id, i);
        ids << messages.at(i).id;
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT message_id, kind, remote_id, url, preview_url, mime_type, alt_text, local_path, width,"
                    " height, size_bytes FROM attachments WHERE message_id IN (%1) ORDER BY message_id, position"_s.arg(
                        idList(ids))))
        return storageError(query, "read attachments");
    while (query.next()) {
        Attachment a;
        a.kind = Attachment::kindFromKey(query.value(1).toString());
        a.remoteId = query.value(2).toString();
        a.url = QUrl(query.value(3).toString());
        a.previewUrl = QUrl(query.value(4).toString());
        a.mimeType = query.value(5).toString();
        a.altText = query.value(6).toString();
        a.localPath = query.value(7).toString();
        a.width = query.value(8).toInt();
        a.height = query.value(9).toInt();
        a.sizeBytes = query.value(10).toLongLong();
        messages[index.value(query.value(0).toLongLong())].attachments.append(a);
    }
    return {};
}

Result<QList<Identity>> MessageRepository::authors(const QList<Message> &messages)
{
    QSet<qint64> seen;
    QList<qint64> ids;
    for (const Message &m : messages) {
        if (m.authorId && !seen.contains(m.authorId)) {
            seen.insert(m.authorId);
            ids << m.authorId;
        }
    }
    QList<Identity> people;
    if (ids.isEmpty())
        return people;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT i.id, a.uuid, i.remote_id, i.handle, i.display_name, i.avatar_url, i.bio,"
                    " i.followers_count, i.contact_id FROM identities i JOIN accounts a ON a.id = i.account_id"
                    " WHERE i.id IN (%1)"_s.arg(idList(ids))))
        return storageError(query, "read people");
    while (query.next()) {
        Identity i;
        i.id = query.value(0).toLongLong();
        i.accountId = QUuid(query.value(1).toString());
        i.remoteId = query.value(2).toString();
        i.handle = query.value(3).toString();
        i.displayName = query.value(4).toString();
        i.avatarUrl = QUrl(query.value(5).toString());
        i.bio = query.value(6).toString();
        i.followersCount = query.value(7).toInt();
        i.contactId = query.value(8).toLongLong();
        people.append(i);
    }
    return people;
}

} // namespace starling
