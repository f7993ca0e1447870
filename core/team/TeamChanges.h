// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ChangeSet.h"
#include "store/Database.h"

#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace starling {

class TeamChangesWorker;

/**
 * What the other agents' apps change in the team database, as it happens: a conversation another
 * agent marked done, the messages the sync leader of an account fetched, an account a teammate
 * added, a reply queued on another computer for the account this app sends for.
 *
 * Every app's StoreWriter tells the team of its writes (NOTIFY starling_changes, ids only; see
 * changenotice). This object LISTENs on a connection of its own and passes on the others' notices
 * as ChangeSets, in the form the app's own writes take, so that the views refresh the rows
 * concerned. Its own writes, which carry @p origin (StoreWriter::origin()), it leaves out.
 *
 * A notice sent while the connection was down is lost, so whenever the connection is made (again)
 * changed() says that anything may have changed: accounts, contacts and the outbox. Every
 * checkInterval the connection is checked and, when lost, made again.
 *
 * The object lives on the caller's thread; the connection has a thread of its own (like Presence).
 */
class TeamChanges final : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultCheckInterval{5000};

    /** Listens to the team database @p settings names as @p agent. Nothing happens before start(). */
    TeamChanges(Database::PostgresSettings settings, const QString &agent, const QString &origin,
                QObject *parent = nullptr);
    ~TeamChanges() override;
    Q_DISABLE_COPY_MOVE(TeamChanges)

    /** Before start(). */
    void setCheckInterval(std::chrono::milliseconds interval);
    void start();

Q_SIGNALS:
    /** Another app changed what @p changes names (or, after a reconnection, maybe anything). */
    void changed(const starling::ChangeSet &changes);

private:
    QThread *m_thread;
    TeamChangesWorker *m_worker;
    std::chrono::milliseconds m_interval = defaultCheckInterval;
};

} // namespace starling
