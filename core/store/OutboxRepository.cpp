// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxRepository.h"

#include "ConversationRepository.h"
#include "Database.h"
#include "MessageInserter.h"
#include "MessageRepository.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

const QString columns = u"o.id, o.client_key, a.uuid, o.conversation_id, o.message_id, o.kind, o.payload, o.state,"
                        " o.attempts, o.next_attempt_at, o.error_code, o.error_message, o.remote_id, o.created_at"_s;
const QString from = u" FROM outbox o JOIN accounts a ON a.id = o.account_id"_s;

QByteArray payloadOf(const OutboxItem &item)
{
    QJsonArray media;
    for (const OutboxMedia &m : item.media) {
        media.append(QJsonObject{{"file"_L1, m.filePath},
                                 {"mime"_L1, m.mimeType},
                                 {"alt"_L1, m.altText},
                                 {"id"_L1, m.mediaId},
                                 {"expires"_L1, toStoredTime(m.expiresAt)}});
    }
    return QJsonDocument(QJsonObject{{"text"_L1, item.text},
                                     {"conversation"_L1, item.conversationRemoteId},
                                     {"recipients"_L1, QJsonArray::fromStringList(item.recipientRemoteIds)},
                                     {"inReplyTo"_L1, item.inReplyToRemoteId},
                                     {"firstAttempt"_L1, toStoredTime(item.firstAttemptAt)},
                                     {"lastAttempt"_L1, toStoredTime(item.lastAttemptAt)},
                                     {"absent"_L1, toStoredTime(item.absentAt)},
                                     {"mayHaveArrived"_L1, item.mayHaveArrived},
                                     {"automatic"_L1, item.automatic},
                                     {"media"_L1, media}})
        .toJson(QJsonDocument::Compact);
}

void readPayload(OutboxItem &item, const QByteArray &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    item.text = o.value("text"_L1).toString();
    item.conversationRemoteId = o.value("conversation"_L1).toString();
    for (const QJsonValue &r : o.value("recipients"_L1).toArray())
        item.recipientRemoteIds << r.toString();
    item.inReplyToRemoteId = o.value("inReplyTo"_L1).toString();
    item.firstAttemptAt = fromStoredTime(qint64(o.value("firstAttempt"_L1).toDouble()));
    item.lastAttemptAt = fromStoredTime(qint64(o.value("lastAttempt"_L1).toDouble()));
    item.absentAt = fromStoredTime(qint64(o.value("absent"_L1).toDouble()));
    // Written before this was kept: any attempt that left may have arrived.
    item.mayHaveArrived = o.contains("mayHaveArrived"_L1) ? o.value("mayHaveArrived"_L1).toBool() : item.attempts > 0;
    item.automatic = o.value("automatic"_L1).toBool();
    for (const QJsonValue &v : o.value("media"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        item.media << OutboxMedia{m.value("file"_L1).toString(), m.value("mime"_L1).toString(),
                                  m.value("alt"_L1).toString(), m.value("id"_L1).toString(),
                                  fromStoredTime(qint64(m.value("expires"_L1).toDouble()))};
    }
}

OutboxItem rowToItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.clientKey = q.value(1).toString();
    item.accountId = QUuid(q.value(2).toString());
    item.conversationId = q.value(3).toLongLong();
    item.messageId = q.value(4).toLongLong();
    item.kind = OutboxItem::Kind(q.value(5).toInt());
    item.state = OutboxItem::State(q.value(7).toInt());
    item.attempts = q.value(8).toInt();
    readPayload(item, q.value(6).toByteArray());
    item.nextAttemptAt = fromStoredTime(q.value(9).toLongLong());
    item.errorCode = q.value(10).toString();
    item.errorMessage = q.value(11).toString();
    item.remoteId = q.value(12).toString();
    item.createdAt = fromStoredTime(q.value(13).toLongLong());
    return item;
}

Message::Delivery deliveryOf(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        return Message::Delivery::Queued;
    case OutboxItem::State::Sending:
    case OutboxItem::State::Unknown:
        return Message::Delivery::Sending;
    case OutboxItem::State::Sent:
        return Message::Delivery::Delivered;
    case OutboxItem::State::Failed:
        return Message::Delivery::Failed;
    case OutboxItem::State::Unverified:
        return Message::Delivery::Unverified;
    }
    return Message::Delivery::Queued;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

OutboxRepository::OutboxRepository(Database &db)
    : m_db(db)
    , m_accounts(db)
{
}

Result<ChangeSet> OutboxRepository::enqueue(OutboxItem &item)
{
    if (item.clientKey.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Outbox", "An outgoing message needs a client key."));
    auto account = m_accounts.requireLocalId(item.accountId);
    if (!account)
        return account.error();
    if (!item.createdAt.isValid())
        item.createdAt = QDateTime::currentDateTimeUtc();

    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    // Inside the transaction, which runs alone (Transaction): another agent's answer is either
    // there to be seen, or comes after this one.
    if (item.seenUpTo > 0 && item.conversationId > 0) {
        auto other = MessageRepository(m_db).answeredAfter(item.conversationId, item.seenUpTo);
        if (!other)
            return other.error();
        if (other.value()) {
            const Message &answer = *other.value();
            return Error(Error::Code::Conflict,
                         QCoreApplication::translate("starling::Outbox",
                                                     "Someone else answered at %1, after you opened this "
                                                     "conversation: “%2”. Send again to send yours as well.")
                             .arg(QLocale().toString(answer.createdAt.toLocalTime().time(), QLocale::ShortFormat),
                                  answer.text.left(120)));
        }
    }
    ChangeSet changes;
    if (item.conversationId > 0 && item.kind != OutboxItem::Kind::Post) {
        Message message;
        message.accountId = item.accountId;
        message.direction = Message::Direction::Outbound;
        message.kind =
            item.kind == OutboxItem::Kind::DirectMessage ? Message::Kind::DirectMessage : Message::Kind::Reply;
        message.text = item.text;
        message.createdAt = item.createdAt;
        message.replyToRemoteId = item.inReplyToRemoteId;
        message.delivery = Message::Delivery::Queued;
        message.read = true;
        message.automatic = item.automatic;
        for (const OutboxMedia &m : std::as_const(item.media)) {
            Attachment a;
            a.kind = m.mimeType.startsWith(u"video/") ? Attachment::Kind::Video
                     : m.mimeType == u"image/gif"     ? Attachment::Kind::Gif
                                                      : Attachment::Kind::Image;
            a.localPath = m.filePath;
            a.mimeType = m.mimeType;
            a.altText = m.altText;
            message.attachments << a;
        }
        auto messageId = MessageInserter(m_db.connection(), m_db.engine())
                             .insert(message, {account.value(), item.conversationId, 0});
        if (!messageId)
            return messageId.error();
        item.messageId = messageId.value();
        QSqlQuery summary(m_db.connection());
        if (auto r = prepareQuery(summary, u"UPDATE conversations SET last_activity = %1, preview = ?,"
                                           " last_inbound = 0 WHERE id = ?"_s.arg(
                                               dialect::greatest(m_db.engine(), u"last_activity"_s, u"?"_s)));
            !r)
            return r.error();
        summary.addBindValue(toStoredTime(item.createdAt));
        summary.addBindValue(textValue(item.text.left(280)));
        summary.addBindValue(item.conversationId);
        if (auto r = execQuery(summary, "update a conversation's summary"); !r)
            return r.error();
        changes.conversationIds.insert(item.conversationId);
    }

    QSqlQuery insert(m_db.connection());
    if (auto r = prepareQuery(insert,
                              u"INSERT INTO outbox (client_key, account_id, conversation_id, message_id, kind, payload,"
                              " state, attempts, next_attempt_at, created_at, updated_at)"
                              " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)"_s);
        !r)
        return r.error();
    insert.addBindValue(item.clientKey);
    insert.addBindValue(account.value());
    insert.addBindValue(nullableId(item.conversationId));
    insert.addBindValue(nullableId(item.messageId));
    insert.addBindValue(int(item.kind));
    insert.addBindValue(QString::fromUtf8(payloadOf(item)));
    insert.addBindValue(toStoredTime(item.nextAttemptAt));
    insert.addBindValue(toStoredTime(item.createdAt));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (auto r = execQuery(insert, "queue a message"); !r)
        return r.error();
    item.id = insert.lastInsertId().toLongLong();
    item.state = OutboxItem::State::Queued;
    if (auto r = transaction.commit(); !r)
        return r.error();
    changes.outboxChanged = true;
    return changes;
}

Result<QList<OutboxItem>> OutboxRepository::unfinished()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + columns + from + u" WHERE o.state IN (0, 1, 4) ORDER BY o.id"_s))
        return storageError(query, "read the outbox");
    QList<OutboxItem> items;
    while (query.next())
        items << rowToItem(query);
    return items;
}

Result<std::optional<OutboxItem>> OutboxRepository::byId(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT "_s + columns + from + u" WHERE o.id = ?"_s); !r)
        return r.error();
    query.addBindValue(id);
    if (auto r = execQuery(query, "read an outbox item"); !r)
        return r.error();
    if (!query.next())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(rowToItem(query));
}

Result<std::optional<OutboxItem>> OutboxRepository::byClientKey(const QString &clientKey)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT "_s + columns + from + u" WHERE o.client_key = ?"_s); !r)
        return r.error();
    query.addBindValue(clientKey);
    if (auto r = execQuery(query, "read an outbox item"); !r)
        return r.error();
    if (!query.next())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(rowToItem(query));
}

Result<std::optional<OutboxItem>> OutboxRepository::byMessageId(qint64 messageId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT "_s + columns + from + u" WHERE o.message_id = ? ORDER BY o.id DESC"_s);
        !r)
        return r.error();
    query.addBindValue(messageId);
    if (auto r = execQuery(query, "read an outbox item"); !r)
        return r.error();
    if (!query.next())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(rowToItem(query));
}

Result<QList<OutboxItem>> OutboxRepository::recent(const QUuid &accountId, int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT "_s + columns + from + u" WHERE a.uuid = ? ORDER BY o.id DESC LIMIT ?"_s);
        !r)
        return r.error();
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    query.addBindValue(limit);
    if (auto r = execQuery(query, "read the outbox"); !r)
        return r.error();
    QList<OutboxItem> items;
    while (query.next())
        items << rowToItem(query);
    return items;
}

Result<ChangeSet> OutboxRepository::setMessageDelivery(const OutboxItem &item)
{
    ChangeSet changes;
    if (item.messageId <= 0)
        return changes;
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE messages SET delivery = ? WHERE id = ? AND delivery != ?"_s); !r)
        return r.error();
    const int delivery = int(deliveryOf(item.state));
    query.addBindValue(delivery);
    query.addBindValue(item.messageId);
    query.addBindValue(delivery);
    if (auto r = execQuery(query, "show a message's delivery"); !r)
        return r.error();
    if (query.numRowsAffected() > 0 && item.conversationId > 0)
        changes.conversationIds.insert(item.conversationId);
    return changes;
}

Result<ChangeSet> OutboxRepository::update(const OutboxItem &item)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE outbox SET state = ?, attempts = ?, next_attempt_at = ?, error_code = ?,"
                                     " error_message = ?, remote_id = ?, payload = ?, updated_at = ? WHERE id = ?"_s);
        !r)
        return r.error();
    query.addBindValue(int(item.state));
    query.addBindValue(item.attempts);
    query.addBindValue(toStoredTime(item.nextAttemptAt));
    query.addBindValue(textValue(item.errorCode));
    query.addBindValue(textValue(item.errorMessage));
    query.addBindValue(textValue(item.remoteId));
    query.addBindValue(QString::fromUtf8(payloadOf(item)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(item.id);
    if (auto r = execQuery(query, "update an outbox item"); !r)
        return r.error();
    auto changes = setMessageDelivery(item);
    if (!changes)
        return changes;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<ChangeSet> OutboxRepository::markSent(OutboxItem &item, const QString &remoteId)
{
    auto account = m_accounts.requireLocalId(item.accountId);
    if (!account)
        return account.error();
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    item.state = OutboxItem::State::Sent;
    item.remoteId = remoteId;
    item.errorCode.clear();
    item.errorMessage.clear();
    ChangeSet changes;
    if (item.messageId > 0) {
        // A sync may have stored the sent message already: then keep that row and drop ours.
        QSqlQuery find(m_db.connection());
        if (auto r = prepareQuery(find, u"SELECT id FROM messages WHERE account_id = ? AND remote_id = ?"_s); !r)
            return r.error();
        find.addBindValue(account.value());
        find.addBindValue(remoteId);
        if (auto r = execQuery(find, "look up a sent message"); !r)
            return r.error();
        const qint64 synced = find.next() ? find.value(0).toLongLong() : 0;
        find.finish();
        QSqlQuery write(m_db.connection());
        if (synced > 0 && synced != item.messageId) {
            if (auto r = prepareQuery(write, u"DELETE FROM messages WHERE id = ?"_s); !r)
                return r.error();
            write.addBindValue(item.messageId);
            item.messageId = synced;
        } else {
            if (auto r = prepareQuery(write, u"UPDATE messages SET remote_id = ?, delivery = 0 WHERE id = ?"_s); !r)
                return r.error();
            write.addBindValue(remoteId);
            write.addBindValue(item.messageId);
        }
        if (auto r = execQuery(write, "record a sent message"); !r)
            return r.error();
        if (item.conversationId > 0)
            changes.conversationIds.insert(item.conversationId);
    }
    // An answer accepts a message request: the network does so by itself.
    if (item.conversationId > 0) {
        auto accepted = ConversationRepository(m_db).markAccepted(item.conversationId);
        if (!accepted)
            return accepted.error();
        changes.merge(accepted.value());
    }
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE outbox SET state = 2, remote_id = ?, message_id = ?, error_code = '',"
                                     " error_message = '', attempts = ?, payload = ?, updated_at = ? WHERE id = ?"_s);
        !r)
        return r.error();
    query.addBindValue(remoteId);
    query.addBindValue(nullableId(item.messageId));
    query.addBindValue(item.attempts);
    query.addBindValue(QString::fromUtf8(payloadOf(item)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(item.id);
    if (auto r = execQuery(query, "mark a message sent"); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<QSet<QString>> OutboxRepository::claimedRemoteIds(const QUuid &accountId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT o.remote_id FROM outbox o JOIN accounts a ON a.id = o.account_id"
                                     " WHERE a.uuid = ? AND o.state = 2 AND o.remote_id != ''"_s);
        !r)
        return r.error();
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    if (auto r = execQuery(query, "read sent messages"); !r)
        return r.error();
    QSet<QString> ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

Result<int> OutboxRepository::markInterruptedUnknown(const QUuid &accountId)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE outbox SET state = 4 WHERE state = 1"
                                     " AND account_id = (SELECT id FROM accounts WHERE uuid = ?)"_s);
        !r)
        return r.error();
    query.addBindValue(accountId.toString(QUuid::WithoutBraces));
    if (auto r = execQuery(query, "recover the outbox"); !r)
        return r.error();
    return query.numRowsAffected();
}

} // namespace starling
