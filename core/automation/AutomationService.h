// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/OutboxItem.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>

namespace starling {

class Database;
class StoreWriter;
struct ChangeSet;
struct PlannedAction;

/**
 * Runs the rules as messages arrive and conversations are marked done (DESIGN.md: core/automation),
 * on the store's thread: it reads what the store announces, asks RuleEngine what to do, and does
 * it: messages through the outbox like any message (flagged automatic), tags, assignees and
 * states through the store; every action goes to the activity log with the rule that caused it.
 * It also recognises the answers to feedback surveys.
 *
 * Only messages younger than maxAge() set rules off, so that a first sync, which brings weeks of
 * history, never greets everyone who ever wrote. At most
 * automationlimits::messagesPerAccountPerHour automatic messages leave an account in an hour; the
 * ones over it are logged as skipped and not sent.
 */
class AutomationService final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /**
     * Lives on the thread of @p writer, which must outlive it; messages go out through
     * @p enqueue (the outbox, as app/ wires it).
     */
    AutomationService(StoreWriter *writer, EnqueueOutgoing enqueue, QObject *parent = nullptr);
    ~AutomationService() override;
    Q_DISABLE_COPY_MOVE(AutomationService)

    /** The user's own accounts: never a target, and their names fill {my_name}. */
    void setAccounts(const QList<Account> &accounts);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    std::chrono::seconds maxAge() const { return m_maxAge; }
    void setMaxAge(std::chrono::seconds age) { m_maxAge = age; }

Q_SIGNALS:
    /** A rule did something (for the activity view). */
    void acted(const QString &ruleName, const QString &action);

private:
    void onChanged(const ChangeSet &changes);
    void process();
    void runRules(Database &db, const QList<qint64> &inbound, const QList<qint64> &done);
    void execute(Database &db, const PlannedAction &action, Network network);

    StoreWriter *m_writer;
    EnqueueOutgoing m_enqueue;
    Clock m_clock;
    std::chrono::seconds m_maxAge{std::chrono::minutes(15)};
    QHash<QUuid, Account> m_accounts;
    QSet<QString> m_ownPeople; ///< "<network>:<remote id>" of the user's own accounts
    QList<qint64> m_pendingInbound;
    QList<qint64> m_pendingDone;
    bool m_scheduled = false;
};

} // namespace starling
