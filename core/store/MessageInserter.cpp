// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageInserter.h"

#include "SqlHelpers.h"

using namespace Qt::StringLiterals;

namespace starling {

MessageInserter::MessageInserter(QSqlDatabase db, Engine engine)
    : m_ids(db)
    , m_insertMessage(db)
    , m_indexText(db)
    , m_deleteAttachments(db)
    , m_insertAttachment(db)
    , m_engine(engine)
{
}

Result<void> MessageInserter::prepare()
{
    if (m_prepared)
        return {};
    const std::pair<QSqlQuery *, QString> all[] = {
        {&m_insertMessage,
         u"INSERT INTO messages (id, conversation_id, account_id, remote_id, author_id, direction, kind, text,"
         " created_at, reply_to_remote_id, delivery, is_read, automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
        {&m_indexText, u"INSERT INTO message_search (rowid, text) VALUES (?, ?)"_s},
        {&m_deleteAttachments, u"DELETE FROM attachments WHERE message_id = ?"_s},
        {&m_insertAttachment,
         u"INSERT INTO attachments (message_id, position, kind, remote_id, url, preview_url, mime_type, alt_text,"
         " local_path, width, height, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s},
    };
    for (const auto &[query, sql] : all) {
        // PostgreSQL indexes the text itself (a generated column).
        if (query == &m_indexText && m_engine != Engine::Sqlite)
            continue;
        if (auto r = prepareQuery(*query, sql); !r)
            return r;
    }
    m_prepared = true;
    return {};
}

Result<qint64> MessageInserter::insert(const Message &message, const Refs &refs)
{
    if (auto r = prepare(); !r)
        return r.error();
    auto id = m_ids.allocate(message.createdAt);
    if (!id)
        return id.error();
    const bool inbound = message.direction == Message::Direction::Inbound;
    QSqlQuery &q = m_insertMessage;
    q.bindValue(0, id.value());
    q.bindValue(1, refs.conversationId);
    q.bindValue(2, refs.accountId);
    // An outgoing message has no remote id until the server took it; NULL keeps it out of the
    // (account, remote id) uniqueness.
    q.bindValue(3, message.remoteId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(message.remoteId));
    q.bindValue(4, refs.authorId ? QVariant(refs.authorId) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(5, int(message.direction));
    q.bindValue(6, int(message.kind));
    q.bindValue(7, textValue(message.text));
    q.bindValue(8, toStoredTime(message.createdAt));
    q.bindValue(9, textValue(message.replyToRemoteId));
    q.bindValue(10, int(message.delivery));
    // What we sent ourselves is read by definition.
    q.bindValue(11, (message.read || !inbound) ? 1 : 0);
    q.bindValue(12, message.automatic ? 1 : 0);
    if (auto r = execQuery(q, "store a message"); !r)
        return r.error();
    if (m_engine == Engine::Sqlite) {
        m_indexText.bindValue(0, id.value());
        m_indexText.bindValue(1, textValue(message.text));
        if (auto r = execQuery(m_indexText, "index a message for search"); !r)
            return r.error();
    }
    if (auto r = insertAttachments(id.value(), message.attachments); !r)
        return r.error();
    return id.value();
}

Result<void> MessageInserter::replaceAttachments(qint64 messageId, const QList<Attachment> &attachments)
{
    if (auto r = prepare(); !r)
        return r;
    m_deleteAttachments.bindValue(0, messageId);
    if (auto r = execQuery(m_deleteAttachments, "replace attachments"); !r)
        return r;
    return insertAttachments(messageId, attachments);
}

Result<void> MessageInserter::insertAttachments(qint64 messageId, const QList<Attachment> &attachments)
{
    int position = 0;
    for (const Attachment &a : attachments) {
        QSqlQuery &q = m_insertAttachment;
        q.bindValue(0, messageId);
        q.bindValue(1, position++);
        q.bindValue(2, Attachment::kindKey(a.kind));
        q.bindValue(3, textValue(a.remoteId));
        q.bindValue(4, textValue(a.url.toString()));
        q.bindValue(5, textValue(a.previewUrl.toString()));
        q.bindValue(6, textValue(a.mimeType));
        q.bindValue(7, textValue(a.altText));
        q.bindValue(8, textValue(a.localPath));
        q.bindValue(9, a.width);
        q.bindValue(10, a.height);
        q.bindValue(11, a.sizeBytes);
        if (auto r = execQuery(q, "store an attachment"); !r)
            return r;
    }
    return {};
}

} // namespace starling
