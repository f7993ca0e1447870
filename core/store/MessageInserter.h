// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "MessageIdAllocator.h"
#include "Result.h"
#include "domain/Message.h"

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

private:
    Result<void> prepare();
    Result<void> insertAttachments(qint64 messageId, const QList<Attachment> &attachments);

    MessageIdAllocator m_ids;
    QSqlQuery m_insertMessage;
    QSqlQuery m_indexText;
    QSqlQuery m_deleteAttachments;
    QSqlQuery m_insertAttachment;
    Engine m_engine;
    bool m_prepared = false;
};

} // namespace starling
