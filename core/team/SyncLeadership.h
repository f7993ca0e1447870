// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <optional>

class QSqlDatabase;
class QThread;

namespace starling {

class LeadershipWorker;

/**
 * Elects one sync leader per social account among the agents of a team workspace: the one client
 * that polls and sends for that account, so that X's 15 DM reads per 15 minutes are not multiplied
 * by the number of agents, and only one client ever sends an account's outbox.
 *
 * Each agent that has an account's tokens competes for it with a PostgreSQL session advisory lock,
 * `pg_try_advisory_lock(lockNamespace, lockKey(account))`, on a connection of its own that does
 * nothing else. The holder leads until its session ends:
 * - it lets go (release(), or the object goes);
 * - its process dies: the server sees the socket close and ends the session at once;
 * - its machine drops off the network: TCP keepalives end the session within about 6 s
 *   (serverDropsSilentClient).
 * The others try again every interval, so one of them takes over within seconds.
 *
 * A leader that cannot reach the database stops leading on its own once the lease runs out
 * (leaseTime, shorter than the server's 6 s), before the server can let another agent in: two
 * agents never both believe they lead one account.
 *
 * The object lives on the caller's thread; the connection has a thread of its own, so a slow or
 * lost database never stalls the caller.
 */
class SyncLeadership final : public QObject
{
    Q_OBJECT

public:
    /** The first key of every lock Starling takes ("STLG"), so that other users of the database's advisory locks never
     * collide with ours. */
    static constexpr qint32 lockNamespace = 0x53544c47;
    /** How long a leader may go without seeing its locks before it stops leading. */
    static constexpr std::chrono::milliseconds leaseTime{4000};
    /** How long the server keeps the session of a client that went silent (TCP keepalives). */
    static constexpr std::chrono::milliseconds serverDropsSilentClient{6000};
    /** How often the locks are tried and confirmed by default. */
    static constexpr std::chrono::milliseconds defaultInterval{1500};

    /** The second key of @p account's lock: the same on every agent, never negative. */
    static qint32 lockKey(const QUuid &account);

    /** Who holds one of Starling's locks in the database. */
    struct Holder
    {
        QString agent; ///< as team::agentOfSession() reads it; empty for a session not an agent's
        bool ours = false; ///< held by the session that asked
    };
    /** Every Starling lock held in @p db's database, by lockKey(); the query's error text on failure. */
    static std::optional<QHash<qint64, Holder>> holders(QSqlDatabase &db, QString *error);

    /**
     * Connects to the team database @p settings name as @p agent, the name the other agents see
     * ("synced by <agent>"). Nothing happens before start().
     */
    SyncLeadership(Database::PostgresSettings settings, const QString &agent, QObject *parent = nullptr);
    ~SyncLeadership() override;
    Q_DISABLE_COPY_MOVE(SyncLeadership)

    /** How often to try for the accounts and to confirm the leads; before start(). */
    void setInterval(std::chrono::milliseconds interval);
    void start();

    /** Competes for @p account from now on (the agent has its tokens). */
    void want(const QUuid &account);
    /** Stops competing for @p account, and lets another agent lead it. */
    void release(const QUuid &account);
    /** Follows who leads @p account (leader()) without competing: the agent lacks its sign-in. */
    void watch(const QUuid &account);
    void unwatch(const QUuid &account);

    bool leads(const QUuid &account) const { return m_led.contains(account); }
    /** Who led @p account when last looked at (every interval): an agent's name, or empty. */
    QString leader(const QUuid &account) const { return m_leaders.value(account); }
    /** Whether the database answered the last time it was asked. */
    bool connected() const { return m_connected; }

Q_SIGNALS:
    /** This agent now polls and sends for @p account. */
    void gained(const QUuid &account);
    /** This agent must stop polling and sending for @p account (another may lead it now). */
    void lost(const QUuid &account);
    /** @p account's leader changed, as leader() says. */
    void leaderChanged(const QUuid &account, const QString &agent);
    /** The database could not be reached (@p error says why), or can be again. */
    void connectionChanged(bool connected, const QString &error);

private:
    void confirmed(const QSet<QUuid> &held, const QHash<QUuid, QString> &leaders);
    void unreachable(const QString &error);
    void loseAll();

    QThread *m_thread;
    LeadershipWorker *m_worker;
    QTimer m_lease;
    std::chrono::milliseconds m_interval = defaultInterval;
    QSet<QUuid> m_wanted;
    QSet<QUuid> m_watched;
    QSet<QUuid> m_led;
    QHash<QUuid, QString> m_leaders;
    bool m_connected = false;
};

} // namespace starling
