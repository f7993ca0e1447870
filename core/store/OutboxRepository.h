// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "ChangeSet.h"
#include "Result.h"
#include "domain/OutboxItem.h"

#include <QSet>

#include <optional>

namespace starling {

class Database;

/**
 * The outbox's durable state. An item is written, together with the message row that shows it
 * in its thread, before anything is sent; every step of its way out is written before the next
 * one starts, so a restart knows exactly where each item was.
 */
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db);

    /**
     * Writes a new item (state Queued) and, when it goes into a conversation, the message row
     * that shows it there with a clock. Fills in item.id and item.messageId.
     */
    Result<ChangeSet> enqueue(OutboxItem &item);

    /** Items not yet sent or failed, oldest first. */
    Result<QList<OutboxItem>> unfinished();
    Result<std::optional<OutboxItem>> byId(qint64 id);
    Result<std::optional<OutboxItem>> byClientKey(const QString &clientKey);
    /** The item a message row shows, e.g. for "Retry" on a failed bubble. */
    Result<std::optional<OutboxItem>> byMessageId(qint64 messageId);
    /** Every item of an account, newest first, for the UI and the CLI. */
    Result<QList<OutboxItem>> recent(const QUuid &accountId, int limit);

    /** Writes the item's state, attempts, times, error and media; its message follows. */
    Result<ChangeSet> update(const OutboxItem &item);
    /**
     * The item arrived as @p remoteId: the item is Sent and its message row carries the remote id.
     * If a sync already stored the same message, the two rows become one.
     */
    Result<ChangeSet> markSent(OutboxItem &item, const QString &remoteId);

    /** Remote ids that sent items of this account already own; a reconciliation skips them. */
    Result<QSet<QString>> claimedRemoteIds(const QUuid &accountId);

    /**
     * Items of the account left Sending by a send that was cut off (a client that went away, a
     * process that ended): they may have arrived, so they are looked for before going out again.
     */
    Result<int> markInterruptedUnknown(const QUuid &accountId);

private:
    Result<ChangeSet> setMessageDelivery(const OutboxItem &item);

    Database &m_db;
    AccountRepository m_accounts;
};

} // namespace starling
