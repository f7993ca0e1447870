// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "ChangeSet.h"
#include "Result.h"
#include "SyncPage.h"

#include <QSqlQuery>

namespace starling {

class Database;

/**
 * Writes a SyncPage: people, conversations, messages and the page's cursor in one transaction.
 *
 * Everything is an upsert by (account, remote id), so storing the same page twice changes
 * nothing and announces nothing. Local state the network does not know (read marks, triage
 * state) is never overwritten by a sync. Keeps its statements prepared between pages.
 */
class PageWriter final
{
public:
    explicit PageWriter(Database &db);
    ~PageWriter();
    Q_DISABLE_COPY_MOVE(PageWriter)

    Result<ChangeSet> write(const SyncPage &page);

private:
    struct Statements;
    struct ConversationTouch;
    struct PageState;

    Result<void> prepare();
    /** Reads the stored rows the page names, all of a kind with one statement. */
    Result<void> lookUpStoredRows(PageState &state, const SyncPage &page);
    Result<void> writeIdentity(PageState &state, const Identity &identity);
    Result<qint64> identityFor(PageState &state, const QString &remoteId);
    Result<void> writeConversation(PageState &state, const Conversation &conversation);
    Result<qint64> conversationFor(PageState &state, const QString &remoteId, Message::Kind kind);
    Result<void> writeMessage(PageState &state, const Message &message);
    Result<void> refreshConversation(qint64 conversationId, const ConversationTouch &touch);
    /** Removes the messages of @p remoteIds that are stored, and sums up their conversations again. */
    Result<void> deleteMessages(PageState &state, const QStringList &remoteIds);

    Database &m_db;
    AccountRepository m_accounts;
    std::unique_ptr<Statements> m_statements;
};

} // namespace starling
