// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamChanges.h"

#include "Logging.h"
#include "TeamWorkspace.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling {

/** The connection's half of TeamChanges, on a thread of its own. */
class TeamChangesWorker final : public QObject
{
    Q_OBJECT

public:
    TeamChangesWorker(Database::PostgresSettings settings, QString agent, QString origin)
        : m_settings(std::move(settings))
        , m_agent(std::move(agent))
        , m_origin(std::move(origin))
        , m_timer(new QTimer(this)) // a child, so that it moves to the worker's thread with it
    {
        m_timer->callOnTimeout(this, &TeamChangesWorker::check);
    }

    void start(std::chrono::milliseconds interval)
    {
        m_timer->start(interval);
        check();
    }

    void stop()
    {
        m_timer->stop();
        m_db.reset();
    }

Q_SIGNALS:
    void changed(const starling::ChangeSet &changes);

private:
    void check()
    {
        if (m_db) {
            // A connection the server or the network cut says so only when it is used.
            QSqlQuery ping(m_db->connection());
            if (ping.exec(u"SELECT 1"_s))
                return;
            qCWarning(lcTeam).noquote() << "team changes: the team database stopped answering:"
                                        << ping.lastError().text();
            team::closeLater(std::move(m_db), this);
        }
        auto opened = team::openListener(m_settings, m_agent, changenotice::channel, false);
        if (!opened) {
            qCInfo(lcTeam).noquote() << "team changes: the team database cannot be reached:"
                                     << opened.error().message();
            return;
        }
        m_db = std::move(opened.value());
        connect(m_db->connection().driver(), &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    heard(payload.toString());
                });
        // What was said while nobody listened is lost: anything may have changed.
        ChangeSet catchUp;
        catchUp.accountsChanged = true;
        catchUp.contactsChanged = true;
        catchUp.outboxChanged = true;
        catchUp.anyConversation = true;
        Q_EMIT changed(catchUp);
    }

    void heard(const QString &payload)
    {
        const auto notice = changenotice::decode(payload);
        if (!notice) {
            qCWarning(lcTeam) << "team changes: a notice that is not one was ignored";
            return;
        }
        if (notice->origin != m_origin && !notice->changes.isEmpty())
            Q_EMIT changed(notice->changes);
    }

    Database::PostgresSettings m_settings;
    QString m_agent;
    QString m_origin;
    QTimer *m_timer;
    std::unique_ptr<Database> m_db;
};

TeamChanges::TeamChanges(Database::PostgresSettings settings, const QString &agent, const QString &origin,
                         QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new TeamChangesWorker(std::move(settings), agent, origin))
{
    qRegisterMetaType<starling::ChangeSet>();
    m_thread->setObjectName(u"TeamChanges"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TeamChangesWorker::changed, this, &TeamChanges::changed);
}

TeamChanges::~TeamChanges()
{
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void TeamChanges::setCheckInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
}

void TeamChanges::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, interval = m_interval] { w->start(interval); });
}

} // namespace starling

#include "TeamChanges.moc"
