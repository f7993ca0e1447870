// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Attachment.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace starling {

/**
 * One message in a conversation: a DM, a mention, a reply or a post of our own.
 *
 * On the write path (provider → store) the conversation and the author are named by their remote
 * ids; the store resolves them. On the read path the local ids are filled in.
 */
struct Message
{
    enum class Direction
    {
        Inbound,
        Outbound,
    };

    enum class Kind
    {
        DirectMessage,
        Mention,
        Reply,
        OwnPost,
    };

    /** Where an outgoing message is on its way out. Inbound messages are always Delivered. */
    enum class Delivery
    {
        Delivered, ///< on the server (sent by us, or received)
        Queued,
        Sending,
        Failed,
        Unverified, ///< it may have arrived and could not be checked: look before sending again
    };

    qint64 id = 0; ///< local id, ordered by creation time; 0 until stored
    QUuid accountId;
    qint64 conversationId = 0;
    QString conversationRemoteId;
    QString remoteId; ///< empty while an outgoing message is not yet on the server
    qint64 authorId = 0;
    QString authorRemoteId;
    Direction direction = Direction::Inbound;
    Kind kind = Kind::DirectMessage;
    QString text;
    QDateTime createdAt;
    QString replyToRemoteId;
    QList<Attachment> attachments;
    Delivery delivery = Delivery::Delivered;
    bool read = false;
    bool automatic = false; ///< sent by an automation rule, never answered by one

    bool operator==(const Message &) const = default;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    static QString deliveryKey(Delivery delivery);
};

} // namespace starling
