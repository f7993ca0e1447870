// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Conversation.h"
#include "domain/Identity.h"
#include "domain/Message.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace starling {

/**
 * One page of what a provider fetched for one account and one stream, stored in a single
 * transaction together with the cursor that follows it, so a crash never keeps a cursor without
 * its messages. Messages and conversations name people and conversations by remote id.
 */
struct SyncPage
{
    QUuid accountId;
    QString stream; ///< e.g. "dm" or "mentions"; the key of the cursor
    std::optional<QString> cursor; ///< stored with the page when set
    QList<Identity> identities;
    QList<Conversation> conversations;
    QList<Message> messages;
    /**
     * Messages the network says are gone (the account deleted them, on another device): removed
     * from the store after the page's messages are written. Ids not stored are ignored.
     */
    QStringList deletedMessageRemoteIds;
};

} // namespace starling
