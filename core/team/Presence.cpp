// SPDX-License-Identifier: GPL-3.0-or-later
#include "Presence.h"

#include "Logging.h"
#include "TeamWorkspace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
QString activityKey(Presence::Activity activity)
{
    return activity == Presence::Activity::Replying ? u"replying"_s : u"viewing"_s;
}
} // namespace

/** The connection's half of Presence, on a thread of its own. */
class PresenceWorker final : public QObject
{
    Q_OBJECT

public:
    PresenceWorker(Database::PostgresSettings settings, QString agent)
        : m_settings(std::move(settings))
        , m_agent(std::move(agent))
        , m_timer(new QTimer(this)) // a child, so that it moves to the worker's thread with it
    {
        m_timer->callOnTimeout(this, &PresenceWorker::heartbeat);
    }

    void start(std::chrono::milliseconds heartbeat)
    {
        m_timer->start(heartbeat);
        this->heartbeat();
    }

    void show(qint64 conversationId, Presence::Activity activity)
    {
        if (conversationId == m_shown && activity == m_activity)
            return;
        const qint64 before = m_shown;
        m_shown = conversationId;
        m_activity = activity;
        if (!m_db && !connectToDatabase())
            return;
        if (!writeRow())
            return;
        if (before != 0 && before != conversationId && !announce(before))
            return;
        if (conversationId != 0 && !announce(conversationId))
            return;
        readOthers();
    }

    /** Takes the row away and tells the others, before the app quits. */
    void leave()
    {
        const qint64 before = std::exchange(m_shown, 0);
        if (!m_db)
            return;
        if (writeRow() && before != 0)
            announce(before);
        m_db.reset();
    }

Q_SIGNALS:
    void othersRead(qint64 conversationId, const QList<starling::Presence::Other> &others);

private:
    void heartbeat()
    {
        if (!m_db) {
            if (!connectToDatabase())
                return;
            // Back after a drop: say where this agent is, as if it had just opened it.
            if (m_shown != 0 && !announce(m_shown))
                return;
        }
        if (writeRow())
            readOthers();
    }

    bool connectToDatabase()
    {
        qCDebug(lcTeam) << "presence: connecting as" << m_agent;
        auto opened = team::openListener(m_settings, m_agent, Presence::channel, true);
        if (!opened) {
            qCInfo(lcTeam).noquote() << "presence: the team database cannot be reached:" << opened.error().message();
            return false;
        }
        m_db = std::move(opened.value());
        connect(m_db->connection().driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (source == QSqlDriver::OtherSource && m_shown != 0 && payload.toLongLong() == m_shown)
                        readOthers();
                });
        return true;
    }

    /** This agent's row as it is now: where it is, or none. */
    bool writeRow()
    {
        QSqlQuery query(m_db->connection());
        if (m_shown == 0) {
            query.prepare(u"DELETE FROM presence WHERE agent = ?"_s);
            query.addBindValue(m_agent);
        } else {
            query.prepare(u"INSERT INTO presence (agent, conversation_id, activity, seen_at)"
                          " VALUES (?, ?, ?, extract(epoch FROM now())::bigint)"
                          " ON CONFLICT (agent) DO UPDATE SET conversation_id = excluded.conversation_id,"
                          " activity = excluded.activity, seen_at = excluded.seen_at"_s);
            query.addBindValue(m_agent);
            query.addBindValue(m_shown);
            query.addBindValue(activityKey(m_activity));
        }
        if (!query.exec())
            return drop(query.lastError().text());
        return true;
    }

    /** Tells the others that @p conversationId's presence changed: only its id goes in the payload. */
    bool announce(qint64 conversationId)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(u"SELECT pg_notify(?, ?)"_s);
        query.addBindValue(QString::fromLatin1(Presence::channel));
        query.addBindValue(QString::number(conversationId));
        if (!query.exec())
            return drop(query.lastError().text());
        return true;
    }

    void readOthers()
    {
        if (!m_db)
            return;
        QList<Presence::Other> others;
        if (m_shown != 0) {
            QSqlQuery query(m_db->connection());
            query.prepare(u"SELECT agent, activity FROM presence WHERE conversation_id = ? AND agent != ?"
                          " AND seen_at > extract(epoch FROM now())::bigint - ? ORDER BY agent"_s);
            query.addBindValue(m_shown);
            query.addBindValue(m_agent);
            query.addBindValue(qint64(Presence::staleAfter.count()));
            if (!query.exec()) {
                drop(query.lastError().text());
                return;
            }
            while (query.next()) {
                others.append({query.value(0).toString(), query.value(1).toString() == u"replying"
                                                              ? Presence::Activity::Replying
                                                              : Presence::Activity::Viewing});
            }
        }
        Q_EMIT othersRead(m_shown, others);
    }

    bool drop(const QString &error)
    {
        qCWarning(lcTeam).noquote() << "presence: the team database stopped answering:" << error;
        team::closeLater(std::move(m_db), this);
        return false;
    }

    Database::PostgresSettings m_settings;
    QString m_agent;
    QTimer *m_timer;
    std::unique_ptr<Database> m_db;
    qint64 m_shown = 0;
    Presence::Activity m_activity = Presence::Activity::Viewing;
};

Presence::Presence(Database::PostgresSettings settings, const QString &agent, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new PresenceWorker(std::move(settings), agent))
{
    qRegisterMetaType<QList<starling::Presence::Other>>();
    m_thread->setObjectName(u"Presence"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PresenceWorker::othersRead, this, &Presence::read);
}

Presence::~Presence()
{
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->leave(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void Presence::setHeartbeat(std::chrono::milliseconds heartbeat)
{
    m_heartbeat = heartbeat;
}

void Presence::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, heartbeat = m_heartbeat] { w->start(heartbeat); });
}

void Presence::show(qint64 conversationId, Activity activity)
{
    if (conversationId != m_shown) {
        m_shown = conversationId;
        if (!m_others.isEmpty()) {
            m_others.clear();
            Q_EMIT othersChanged(m_shown, m_others);
        }
    }
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, conversationId, activity] { w->show(conversationId, activity); });
}

void Presence::read(qint64 conversationId, const QList<Other> &others)
{
    // A read for a conversation shown before is late: the next one comes.
    if (conversationId != m_shown || others == m_others)
        return;
    m_others = others;
    Q_EMIT othersChanged(conversationId, others);
}

} // namespace starling

#include "Presence.moc"
