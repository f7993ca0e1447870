// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace starling {

/**
 * What a write changed, announced by the store after each commit so that views refresh only the
 * rows concerned. Empty when the write changed nothing (the same page stored twice).
 */
struct ChangeSet
{
    QSet<qint64> conversationIds; ///< conversations whose row or thread changed
    QList<qint64> newInboundMessageIds; ///< messages that arrived and deserve a notification
    QList<qint64> doneConversationIds; ///< conversations the user (or a rule) just marked done
    /** Conversations given to someone by a rule, not by the user: whoever got one is told. */
    QList<qint64> handedOverConversationIds;
    bool accountsChanged = false;
    bool contactsChanged = false; ///< a contact, its identities, fields, notes or the pipeline
    /**
     * A message was queued, or handed back for sending: whichever app sends for its account (in a
     * team workspace, the account's sync leader, maybe on another computer) looks at the outbox.
     */
    bool outboxChanged = false;
    /**
     * Any conversation may have changed: what a team database's notices said while nobody listened
     * is lost (TeamChanges). Each view reads what it shows again. Never sent to the team.
     */
    bool anyConversation = false;

    /** Whether the conversation @p id may have changed. */
    bool touches(qint64 id) const { return anyConversation || conversationIds.contains(id); }

    bool isEmpty() const
    {
        return !anyConversation && conversationIds.isEmpty() && newInboundMessageIds.isEmpty()
               && doneConversationIds.isEmpty() && handedOverConversationIds.isEmpty() && !accountsChanged
               && !contactsChanged && !outboxChanged;
    }
    void merge(const ChangeSet &other)
    {
        conversationIds.unite(other.conversationIds);
        newInboundMessageIds.append(other.newInboundMessageIds);
        doneConversationIds.append(other.doneConversationIds);
        handedOverConversationIds.append(other.handedOverConversationIds);
        accountsChanged = accountsChanged || other.accountsChanged;
        contactsChanged = contactsChanged || other.contactsChanged;
        outboxChanged = outboxChanged || other.outboxChanged;
        anyConversation = anyConversation || other.anyConversation;
    }
};

/**
 * A ChangeSet as one app tells the others on a team database (`NOTIFY starling_changes`): ids
 * and flags only, never a text, so that every app reads the rows themselves. The conversations
 * done are left out: they start automation, which runs where the change was made.
 *
 * A payload is the writer's origin (a uuid) followed by space-separated fields: `c`, `n` and `h`
 * with comma-separated ids (conversations, new inbound messages, conversations handed over), and
 * the flags `a` (accounts), `k` (contacts) and `x` (outbox). Fields a reader does not know are
 * skipped, so that a newer app can add some.
 */
namespace changenotice {

/** The NOTIFY channel. */
inline constexpr const char *channel = "starling_changes";
/** PostgreSQL refuses payloads of 8000 bytes or more; ours stay well below. */
inline constexpr int maxPayload = 7000;

/** @p changes from @p origin as one payload or, when the ids do not fit in one, several. */
QStringList encode(const ChangeSet &changes, const QString &origin);

struct Notice
{
    QString origin;
    ChangeSet changes;
};
/** The notice in @p payload, or nothing when it is not one (nothing from it is trusted then). */
std::optional<Notice> decode(const QString &payload);

} // namespace changenotice

} // namespace starling

Q_DECLARE_METATYPE(starling::ChangeSet)
