// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Identity.h"
#include "domain/Message.h"

#include <QList>

#include <optional>

namespace starling {

class Database;

/** Reads the messages of one conversation for the thread view. */
class MessageRepository final
{
public:
    explicit MessageRepository(Database &db);

    /**
     * Up to @p limit messages of the conversation that are older than @p beforeId (0: the newest),
     * returned oldest first, the way a thread is read. Attachments are filled in.
     */
    Result<QList<Message>> threadPage(qint64 conversationId, int limit, qint64 beforeId = 0);

    /**
     * Inbound messages with ids in [@p fromId, @p toId), oldest first, at most @p limit: a walk
     * through the stored history (the automation dry run).
     */
    Result<QList<Message>> inboundBetween(qint64 fromId, qint64 toId, int limit);

    /** The id of the conversation's newest message; 0 when it has none. */
    Result<qint64> newestId(qint64 conversationId);
    /**
     * The newest answer that went out in the conversation after message @p afterId, by anyone
     * (another agent, the account's phone) and not by a rule; nullopt when there is none.
     */
    Result<std::optional<Message>> answeredAfter(qint64 conversationId, qint64 afterId);

    /** The messages with these ids, newest first (for notifications). */
    Result<QList<Message>> byIds(const QList<qint64> &ids);

    /** The people who wrote the given messages, by identity id. */
    Result<QList<Identity>> authors(const QList<Message> &messages);

private:
    Result<void> loadAttachments(QList<Message> &messages);

    Database &m_db;
};

} // namespace starling
