// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncLeadership.h"

#include "Logging.h"
#include "TeamWorkspace.h"
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace starling {

/** The connection's half of SyncLeadership, on a thread of its own. */
class LeadershipWorker final : public QObject
{
    Q_OBJECT

public:
    LeadershipWorker(Database::PostgresSettings settings, QString agent)
        : m_settings(std::move(settings))
        , m_agent(std::move(agent))
        , m_timer(new QTimer(this)) // a child, so that it moves to the worker's thread with it
    {
        m_timer->callOnTimeout(this, &LeadershipWorker::tick);
    }

    void start(std::chrono::milliseconds interval)
    {
        m_timer->start(interval);
        tick();
    }

    void want(const QUuid &account)
    {
        m_wanted.insert(account);
        tick();
    }

    void watch(const QUuid &account) { m_watched.insert(account); }
    void unwatch(const QUuid &account) { m_watched.remove(account); }

    void release(const QUuid &account)
    {
        m_wanted.remove(account);
        if (!m_held.remove(account) || !m_db)
            return;
        QSqlQuery unlock(m_db->connection());
        unlock.prepare(u"SELECT pg_advisory_unlock(?, ?)"_s);
        unlock.addBindValue(SyncLeadership::lockNamespace);
        unlock.addBindValue(SyncLeadership::lockKey(account));
        if (!unlock.exec())
            drop(unlock.lastError().text());
    }

Q_SIGNALS:
    void confirmed(const QSet<QUuid> &held, const QHash<QUuid, QString> &leaders);
    void unreachable(const QString &error);

private:
    /** Connects (again), tries for the accounts not yet held, and reports what is held and by whom. */
    void tick()
    {
        if (!m_db && !connectToDatabase())
            return;
        QSqlQuery query(m_db->connection());
        for (const QUuid &account : std::as_const(m_wanted)) {
            if (m_held.contains(account))
                continue;
            query.prepare(u"SELECT pg_try_advisory_lock(?, ?)"_s);
            query.addBindValue(SyncLeadership::lockNamespace);
            query.addBindValue(SyncLeadership::lockKey(account));
            if (!query.exec() || !query.next())
                return drop(query.lastError().text());
            if (query.value(0).toBool()) {
                qCInfo(lcTeam).noquote() << m_agent << "leads" << account.toString(QUuid::WithoutBraces);
                m_held.insert(account);
            }
        }
        // Confirms our leads (a session that was ended under us holds none), and names the other
        // agents' leads.
        QString error;
        const auto holders = SyncLeadership::holders(m_db->connection(), &error);
        if (!holders)
            return drop(error);
        QHash<QUuid, QString> leaders;
        for (const QUuid &account : m_wanted + m_watched) {
            const auto holder = holders->constFind(SyncLeadership::lockKey(account));
            if (holder != holders->cend())
                leaders.insert(account, holder->agent);
            if (m_held.contains(account) && (holder == holders->cend() || !holder->ours))
                m_held.remove(account);
        }
        Q_EMIT confirmed(m_held, leaders);
    }

    bool connectToDatabase()
    {
        auto opened = Database::openPostgres(m_settings, Database::Role::Reader);
        if (!opened) {
            Q_EMIT unreachable(opened.error().message());
            return false;
        }
        m_db = std::move(opened.value());
        // The other agents read our name from pg_stat_activity. The server ends this session
        // (and so lets go of its locks) when the client has not answered for serverDropsSilentClient.
        QSqlQuery setUp(m_db->connection());
        setUp.prepare(u"SELECT set_config('application_name', ?, false), "
                      "set_config('tcp_keepalives_idle', '3', false), "
                      "set_config('tcp_keepalives_interval', '1', false), "
                      "set_config('tcp_keepalives_count', '3', false), "
                      "set_config('tcp_user_timeout', '6000', false)"_s);
        setUp.addBindValue(team::sessionName(m_agent));
        if (!setUp.exec()) {
            drop(setUp.lastError().text());
            return false;
        }
        return true;
    }

    /** The connection failed: its session, and with it every lock, is gone or going. */
    void drop(const QString &error)
    {
        qCWarning(lcTeam).noquote() << "the team database stopped answering:" << error;
        m_held.clear();
        m_db.reset();
        Q_EMIT unreachable(error);
    }

    Database::PostgresSettings m_settings;
    QString m_agent;
    QTimer *m_timer;
    std::unique_ptr<Database> m_db;
    QSet<QUuid> m_wanted;
    QSet<QUuid> m_watched;
    QSet<QUuid> m_held;
};

qint32 SyncLeadership::lockKey(const QUuid &account)
{
    // A stable hash of the id, the same on every machine (qHash is seeded per process).
    const QByteArray digest = QCryptographicHash::hash(account.toRfc4122(), QCryptographicHash::Sha256);
    const auto *bytes = reinterpret_cast<const uchar *>(digest.constData());
    return qint32((quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3])
                  & 0x7fffffffU);
}

std::optional<QHash<qint64, SyncLeadership::Holder>> SyncLeadership::holders(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT l.objid, l.pid = pg_backend_pid(), coalesce(a.application_name, '') "
                  "FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid "
                  "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objsubid = 2 "
                  "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s);
    query.addBindValue(lockNamespace);
    if (!query.exec()) {
        *error = query.lastError().databaseText().trimmed();
        return std::nullopt;
    }
    QHash<qint64, Holder> holders;
    while (query.next())
        holders.insert(query.value(0).toLongLong(),
                       Holder{team::agentOfSession(query.value(2).toString()), query.value(1).toBool()});
    return holders;
}

SyncLeadership::SyncLeadership(Database::PostgresSettings settings, const QString &agent, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new LeadershipWorker(std::move(settings), agent))
{
    m_thread->setObjectName(u"Leadership"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LeadershipWorker::confirmed, this, &SyncLeadership::confirmed);
    connect(m_worker, &LeadershipWorker::unreachable, this, &SyncLeadership::unreachable);
    m_lease.setSingleShot(true);
    m_lease.callOnTimeout(this, [this] {
        if (!m_led.isEmpty())
            qCWarning(lcTeam) << "no word from the team database within the lease: leading nothing";
        loseAll();
    });
}

SyncLeadership::~SyncLeadership()
{
    // Closing the connection ends the session: the other agents may lead at their next try.
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    m_thread->quit();
    m_thread->wait();
}

void SyncLeadership::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void SyncLeadership::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, interval = m_interval] { w->start(interval); });
}

void SyncLeadership::want(const QUuid &account)
{
    m_wanted.insert(account);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->want(account); });
}

void SyncLeadership::watch(const QUuid &account)
{
    m_watched.insert(account);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->watch(account); });
}

void SyncLeadership::unwatch(const QUuid &account)
{
    m_watched.remove(account);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->unwatch(account); });
    if (!m_wanted.contains(account) && m_leaders.remove(account))
        Q_EMIT leaderChanged(account, {});
}

void SyncLeadership::release(const QUuid &account)
{
    m_wanted.remove(account);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->release(account); });
    if (m_led.remove(account))
        Q_EMIT lost(account);
    if (!m_watched.contains(account) && m_leaders.remove(account))
        Q_EMIT leaderChanged(account, {});
}

void SyncLeadership::confirmed(const QSet<QUuid> &held, const QHash<QUuid, QString> &leaders)
{
    m_lease.start(leaseTime);
    if (!m_connected) {
        m_connected = true;
        Q_EMIT connectionChanged(true, {});
    }
    const QSet<QUuid> led = m_led;
    for (const QUuid &account : led) {
        if (!held.contains(account)) {
            m_led.remove(account);
            Q_EMIT lost(account);
        }
    }
    for (const QUuid &account : held) {
        // An account released meanwhile is let go by the worker next.
        if (m_wanted.contains(account) && !m_led.contains(account)) {
            m_led.insert(account);
            Q_EMIT gained(account);
        }
    }
    for (const QUuid &account : m_wanted + m_watched) {
        const QString agent = leaders.value(account);
        if (m_leaders.value(account) != agent) {
            if (agent.isEmpty())
                m_leaders.remove(account);
            else
                m_leaders.insert(account, agent);
            Q_EMIT leaderChanged(account, agent);
        }
    }
}

void SyncLeadership::unreachable(const QString &error)
{
    loseAll();
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectionChanged(false, error);
    }
}

void SyncLeadership::loseAll()
{
    m_lease.stop();
    const QSet<QUuid> led = std::exchange(m_led, {});
    for (const QUuid &account : led)
        Q_EMIT lost(account);
}

} // namespace starling

#include "SyncLeadership.moc"
