// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>

namespace starling {

/** A file to send with an outbox item, and its upload once it has one. */
struct OutboxMedia
{
    QString filePath;
    QString mimeType;
    QString altText;
    QString mediaId; ///< empty until uploaded
    QDateTime expiresAt; ///< when the uploaded id stops working; invalid when it does not expire

    bool operator==(const OutboxMedia &) const = default;
};

/**
 * Something the user (or a rule) sends, written to the outbox with a client key before anything
 * leaves the machine, so that a crash or a kill loses nothing and repeats nothing.
 */
struct OutboxItem
{
    enum class Kind
    {
        DirectMessage,
        Reply, ///< a public reply to inReplyToRemoteId
        Post, ///< a new public post
    };

    enum class State
    {
        Queued = 0, ///< waiting for its turn (or for its next attempt)
        Sending = 1, ///< a request may be on its way
        Sent = 2,
        Failed = 3, ///< stopped: the reason says what the user can do
        Unknown = 4, ///< the last attempt may or may not have arrived: look before trying again
        /**
         * Stopped: an attempt may have arrived, and the network refused the read that would tell.
         * The user checks before sending again; Retry looks first.
         */
        Unverified = 5,
    };

    qint64 id = 0;
    QString clientKey;
    QUuid accountId;
    qint64 conversationId = 0; ///< 0 for a new post
    qint64 messageId = 0; ///< the message row that shows it in its thread
    Kind kind = Kind::DirectMessage;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime firstAttemptAt; ///< when it first left; a reconciliation looks from here on
    QDateTime lastAttemptAt; ///< when the latest attempt left; a read right after it may not show it yet
    /**
     * When a reconciliation read, late enough after lastAttemptAt, first did not find it; invalid
     * otherwise. A second such read a while later lets it go out again.
     */
    QDateTime absentAt;
    /**
     * An attempt left and no answer said whether it arrived: Retry looks before sending. Cleared by
     * the server's refusal of an attempt, or by two reads that did not find it.
     */
    bool mayHaveArrived = false;
    QString errorCode;
    QString errorMessage;
    QString remoteId;
    QDateTime createdAt;

    // What to send.
    QString text;
    QString conversationRemoteId;
    QStringList recipientRemoteIds;
    QString inReplyToRemoteId;
    QList<OutboxMedia> media;
    bool automatic = false; ///< queued by an automation rule
    /**
     * A person's answer in a conversation: the newest message of it they had seen when they wrote
     * (0: not checked). If someone else (another agent, the account's phone) answered after that,
     * the outbox refuses the item with a Conflict that says so, in the same transaction that would
     * queue it: of two agents who send at once, one sends and the other is told. Not stored.
     */
    qint64 seenUpTo = 0;

    bool operator==(const OutboxItem &) const = default;
    /** The outbox does nothing more with it on its own. */
    bool isFinished() const { return state == State::Sent || state == State::Failed || state == State::Unverified; }
};

/**
 * Where code that sends on its own (automation) puts a message: the outbox, as app/ wires it.
 * The item is durable when it returns. Called on the store's thread, where the outbox lives.
 */
using EnqueueOutgoing = std::function<Result<OutboxItem>(OutboxItem item)>;

} // namespace starling
