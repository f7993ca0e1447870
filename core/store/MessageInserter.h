// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "MessageIdAllocator.h"
#include "Result.h"
#include "domain/Message.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace starling {

/**
 * The one place where a message row is created: it allocates the time-ordered id, inserts the
 * row and its attachments, and adds the text to the search index (see Migrations.cpp for why the
 * index is not filled by a trigger). Call inside the write transaction.
 */
class MessageInserter final
{
public:
    MessageInserter(QSqlDatabase db, Engine engine);

    /** Local ids the message refers to; authorId 0 means no known author. */
    struct Refs
    {
        qint64 accountId = 0;
        qint64 conversationId = 0;
        qint64 authorId = 0;
    };

    /** Inserts @p message and returns its new local id. */
    Result<qint64> insert(const Message &message, const Refs &refs);

    /** Replaces the attachments of an existing message. */
    Result<void> replaceAttachments(qint64 messageId, const QList<Attachment> &attachments);

    /**
     * Starts inserting many messages at once (a sync page), created at @p times. Their ids come
     * from one query (MessageIdAllocator::beginBatch). On PostgreSQL, where every statement is a
     * round trip to the server, the rows then wait in memory until flush() writes them with one
     * statement for the messages and one for the attachments; SQLite, in process, writes each row
     * at once. endBatch() flushes; call it before the transaction commits.
     */
    Result<void> beginBatch(const QList<QDateTime> &times);
    /** Writes the rows waiting in a batch, so that the statements that follow see them. */
    Result<void> flush();
    Result<void> endBatch();

private:
    Result<void> prepare();
    Result<void> insertAttachments(qint64 messageId, const QList<Attachment> &attachments);
    /** Inserts @p row with @p one, or adds it to @p pending during a batch on PostgreSQL. */
    Result<void> write(QSqlQuery &one, QJsonArray &pending, const QStringList &columns, const QVariantList &row,
                       const char *what);

    MessageIdAllocator m_ids;
    QSqlQuery m_insertMessage;
    QSqlQuery m_indexText;
    QSqlQuery m_deleteAttachments;
    QSqlQuery m_insertAttachment;
    QSqlQuery m_insertMessages; ///< a batch's messages, PostgreSQL only
    QSqlQuery m_insertAttachments; ///< a batch's attachments, PostgreSQL only
    QJsonArray m_pendingMessages;
    QJsonArray m_pendingAttachments;
    bool m_batch = false;
    Engine m_engine;
    bool m_prepared = false;
};

} // namespace starling
