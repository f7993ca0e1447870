// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageInserter.h"

#include "SqlHelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

const QStringList messageColumns = {
    u"id"_s,   u"conversation_id"_s, u"account_id"_s,         u"remote_id"_s, u"author_id"_s, u"direction"_s, u"kind"_s,
    u"text"_s, u"created_at"_s,      u"reply_to_remote_id"_s, u"delivery"_s,  u"is_read"_s,   u"automatic"_s,
};

const QStringList attachmentColumns = {
    u"message_id"_s, u"position"_s, u"kind"_s,       u"remote_id"_s, u"url"_s,    u"preview_url"_s,
    u"mime_type"_s,  u"alt_text"_s, u"local_path"_s, u"width"_s,     u"height"_s, u"size_bytes"_s,
};

/** `INSERT INTO table (columns) VALUES (?, …)`: one row. */
QString insertOne(const QString &table, const QStringList &columns)
{
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
}

/**
 * PostgreSQL only: many rows from one JSON array of objects keyed by column. Integers travel as
 * JSON strings, which PostgreSQL reads as exactly as it reads them from SQL (a JSON number is a
 * double in Qt, and ids need all 63 bits). @p types are the columns' types, in order.
 */
QString insertMany(const QString &table, const QStringList &columns, const QStringList &types)
{
    QStringList record;
    for (qsizetype i = 0; i < columns.size(); ++i)
        record << columns.at(i) + u' ' + types.at(i);
    const QString list = columns.join(u", "_s);
    return u"INSERT INTO %1 (%2) SELECT %2 FROM jsonb_to_recordset(CAST(? AS jsonb)) AS r(%3)"_s.arg(
        table, list, record.join(u", "_s));
}

QJsonValue jsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return QString::number(value.toLongLong());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

MessageInserter::MessageInserter(QSqlDatabase db, Engine engine)
    : m_ids(db)
    , m_insertMessage(db)
    , m_indexText(db)
    , m_deleteAttachments(db)
    , m_insertAttachment(db)
    , m_insertMessages(db)
    , m_insertAttachments(db)
    , m_engine(engine)
{
}

Result<void> MessageInserter::prepare()
{
    if (m_prepared)
        return {};
    const bool postgres = m_engine == Engine::Postgres;
    const QString text = u"TEXT"_s;
    const QString number = u"BIGINT"_s;
    const std::pair<QSqlQuery *, QString> all[] = {
        {&m_insertMessage, insertOne(u"messages"_s, messageColumns)},
        // PostgreSQL indexes the text itself (a generated column).
        {postgres ? nullptr : &m_indexText, u"INSERT INTO message_search (rowid, text) VALUES (?, ?)"_s},
        {&m_deleteAttachments, u"DELETE FROM attachments WHERE message_id = ?"_s},
        {&m_insertAttachment, insertOne(u"attachments"_s, attachmentColumns)},
        {postgres ? &m_insertMessages : nullptr, insertMany(u"messages"_s, messageColumns,
                                                            {number, number, number, text, number, number, number, text,
                                                             number, text, number, number, number})},
        {postgres ? &m_insertAttachments : nullptr,
         insertMany(u"attachments"_s, attachmentColumns,
                    {number, number, text, text, text, text, text, text, text, number, number, number})},
    };
    for (const auto &[query, sql] : all) {
        if (!query)
            continue;
        if (auto r = prepareQuery(*query, sql); !r)
            return r;
    }
    m_prepared = true;
    return {};
}

Result<void> MessageInserter::beginBatch(const QList<QDateTime> &times)
{
    if (auto r = prepare(); !r)
        return r;
    if (auto r = m_ids.beginBatch(times); !r)
        return r;
    // Rows a failed page left behind (its transaction rolled back) are not this page's.
    m_pendingMessages = {};
    m_pendingAttachments = {};
    m_batch = true;
    return {};
}

Result<void> MessageInserter::flush()
{
    const std::pair<QJsonArray *, QSqlQuery *> pending[] = {
        {&m_pendingMessages, &m_insertMessages},
        {&m_pendingAttachments, &m_insertAttachments},
    };
    for (const auto &[rows, query] : pending) {
        if (rows->isEmpty())
            continue;
        query->bindValue(0, QString::fromUtf8(QJsonDocument(*rows).toJson(QJsonDocument::Compact)));
        *rows = {};
        if (auto r = execQuery(*query, "store a page of messages"); !r)
            return r;
    }
    return {};
}

Result<void> MessageInserter::endBatch()
{
    m_batch = false;
    m_ids.endBatch();
    return flush();
}

Result<qint64> MessageInserter::insert(const Message &message, const Refs &refs)
{
    if (auto r = prepare(); !r)
        return r.error();
    auto id = m_ids.allocate(message.createdAt);
    if (!id)
        return id.error();
    const bool inbound = message.direction == Message::Direction::Inbound;
    const QVariantList row = {
        id.value(),
        refs.conversationId,
        refs.accountId,
        // An outgoing message has no remote id until the server took it; NULL keeps it out of
        // the (account, remote id) uniqueness.
        message.remoteId.isEmpty() ? nullText() : QVariant(message.remoteId),
        refs.authorId ? QVariant(refs.authorId) : QVariant(QMetaType::fromType<qint64>()),
        int(message.direction),
        int(message.kind),
        textValue(message.text),
        toStoredTime(message.createdAt),
        textValue(message.replyToRemoteId),
        int(message.delivery),
        // What we sent ourselves is read by definition.
        (message.read || !inbound) ? 1 : 0,
        message.automatic ? 1 : 0,
    };
    if (auto r = write(m_insertMessage, m_pendingMessages, messageColumns, row, "store a message"); !r)
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
    // The message may still be waiting in a batch.
    if (auto r = flush(); !r)
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
        const QVariantList row = {
            messageId,
            position++,
            Attachment::kindKey(a.kind),
            textValue(a.remoteId),
            textValue(a.url.toString()),
            textValue(a.previewUrl.toString()),
            textValue(a.mimeType),
            textValue(a.altText),
            textValue(a.localPath),
            a.width,
            a.height,
            a.sizeBytes,
        };
        if (auto r = write(m_insertAttachment, m_pendingAttachments, attachmentColumns, row, "store an attachment"); !r)
            return r;
    }
    return {};
}

Result<void> MessageInserter::write(QSqlQuery &one, QJsonArray &pending, const QStringList &columns,
                                    const QVariantList &row, const char *what)
{
    if (m_batch && m_engine == Engine::Postgres) {
        QJsonObject object;
        for (qsizetype i = 0; i < row.size(); ++i)
            object.insert(columns.at(i), jsonValue(row.at(i)));
        pending.append(object);
        return {};
    }
    for (qsizetype i = 0; i < row.size(); ++i)
        one.bindValue(int(i), row.at(i));
    return execQuery(one, what);
}

} // namespace starling
