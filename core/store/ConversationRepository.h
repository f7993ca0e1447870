// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "ChangeSet.h"
#include "Result.h"
#include "domain/Conversation.h"
#include "domain/Identity.h"
#include "domain/Network.h"

#include <QHash>
#include <QList>
#include <QUuid>

#include <optional>

namespace starling {

class Database;

/** Which conversations a list shows. Empty lists mean "any". */
struct ConversationFilter
{
    QUuid accountId; ///< null: every account
    QList<Conversation::Kind> kinds;
    QList<Conversation::State> states;
    bool unreadOnly = false;
    bool needsReplyOnly = false; ///< the last message is inbound
    bool requestsOnly = false; ///< message requests (Conversation::request) only
    QString tag; ///< empty: any
    std::optional<QString> assignee; ///< unset: anyone; an empty name: no one ("Unassigned")
};

/** Where a page of conversations ends; pass it back to get the next page (keyset paging). */
struct ConversationPageKey
{
    qint64 lastActivity = 0; ///< milliseconds, as stored
    qint64 id = 0;
};

/** A conversation as a list row shows it: with its network and the person on the other side. */
struct ConversationSummary
{
    Conversation conversation;
    Network network = Network::X;
    Identity counterpart; ///< the first participant; empty when unknown

    ConversationPageKey pageKey() const;
};

/** Whether @p row belongs in a list with @p filter: the same test the SQL of page() makes. */
bool matchesFilter(const ConversationFilter &filter, const ConversationSummary &row);

/** Whether @p a comes before @p b in a list: newest activity first, then the larger id. */
bool comesBefore(const ConversationPageKey &a, const ConversationPageKey &b);

/** Reads conversations for lists and changes their local state (read marks, triage). */
class ConversationRepository final
{
public:
    explicit ConversationRepository(Database &db);

    /** Newest activity first; @p after continues from the end of the previous page. */
    Result<QList<ConversationSummary>> page(const ConversationFilter &filter, int limit,
                                            std::optional<ConversationPageKey> after = std::nullopt);
    Result<std::optional<ConversationSummary>> byId(qint64 id);
    Result<std::optional<ConversationSummary>> byRemoteId(const QUuid &accountId, const QString &remoteId);
    /**
     * Every conversation, with any of our accounts on @p network, that the person with
     * @p remoteId takes part in: what the profile pane lists.
     */
    Result<QList<ConversationSummary>> withPerson(Network network, const QString &remoteId, int limit = 50);
    /** How many conversations match and how many unread messages they hold. */
    Result<std::pair<int, int>> count(const ConversationFilter &filter);
    /**
     * The unread messages in open conversations, per account (by its id); an account with none is
     * absent. Reads only the unread conversations' index entries, so it stays fast on big stores.
     */
    Result<QHash<QUuid, int>> unreadByAccount();

    /** Marks every inbound message of the conversation read. */
    Result<ChangeSet> markRead(qint64 conversationId);
    /** Marks the newest inbound message unread, so the conversation shows as unread again. */
    Result<ChangeSet> markUnread(qint64 conversationId);
    /** Open, done or snoozed (until @p snoozedUntil). */
    Result<ChangeSet> setState(qint64 conversationId, Conversation::State state,
                               const QDateTime &snoozedUntil = QDateTime());
    /** The message request is accepted (Conversation::request): a conversation like the others now. */
    Result<ChangeSet> markAccepted(qint64 conversationId);

private:
    Result<ChangeSet> refreshUnread(qint64 conversationId);

    Database &m_db;
    AccountRepository m_accounts;
};

} // namespace starling
