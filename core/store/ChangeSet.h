// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>

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

    bool isEmpty() const
    {
        return conversationIds.isEmpty() && newInboundMessageIds.isEmpty() && doneConversationIds.isEmpty()
               && handedOverConversationIds.isEmpty() && !accountsChanged && !contactsChanged;
    }
    void merge(const ChangeSet &other)
    {
        conversationIds.unite(other.conversationIds);
        newInboundMessageIds.append(other.newInboundMessageIds);
        doneConversationIds.append(other.doneConversationIds);
        handedOverConversationIds.append(other.handedOverConversationIds);
        accountsChanged = accountsChanged || other.accountsChanged;
        contactsChanged = contactsChanged || other.contactsChanged;
    }
};

} // namespace starling

Q_DECLARE_METATYPE(starling::ChangeSet)
