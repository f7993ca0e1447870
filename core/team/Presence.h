// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Database.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace starling {

class PresenceWorker;

/**
 * Who else on the team has a conversation open, and whether they are writing in it: the thread
 * shows "Ana is viewing" or "Ana is replying", so that two agents do not answer one customer.
 *
 * Each agent's app keeps one row in the team database's `presence` table: the conversation it
 * shows, what it does there, and when it last said so (the server's clock). A change is announced
 * with `NOTIFY starling_presence`, whose payload is only the conversation's id; every app LISTENs,
 * and reads the rows of the conversation it shows again when that id comes. Every heartbeat the
 * app renews its row and reads again, so an agent whose app died drops out after staleAfter, and
 * a client that lost the connection catches up once it is back.
 *
 * The object lives on the caller's thread; the connection has a thread of its own (like
 * SyncLeadership), so a slow or lost database never stalls the window.
 */
class Presence final : public QObject
{
    Q_OBJECT

public:
    enum class Activity
    {
        Viewing,
        Replying, ///< the compose box holds a text
    };
    struct Other
    {
        QString agent;
        Activity activity = Activity::Viewing;
        bool operator==(const Other &) const = default;
    };

    /** The NOTIFY channel. */
    static constexpr const char *channel = "starling_presence";
    /** How often an app renews its row and reads the others' by default. */
    static constexpr std::chrono::milliseconds defaultHeartbeat{5000};
    /** A row not renewed for this long is an app that is gone. */
    static constexpr std::chrono::seconds staleAfter{15};

    /** Connects to the team database @p settings names as @p agent. Nothing happens before start(). */
    Presence(Database::PostgresSettings settings, const QString &agent, QObject *parent = nullptr);
    /** Takes this agent's row away (the others see it at once), then closes the connection. */
    ~Presence() override;
    Q_DISABLE_COPY_MOVE(Presence)

    /** Before start(). */
    void setHeartbeat(std::chrono::milliseconds heartbeat);
    void start();

    /** This agent shows @p conversationId (0: none) and does @p activity there. */
    void show(qint64 conversationId, Activity activity = Activity::Viewing);
    qint64 shown() const { return m_shown; }
    /** The other agents in the conversation shown, as last read, by name. */
    QList<Other> others() const { return m_others; }

Q_SIGNALS:
    /** The other agents in @p conversationId (the one shown) changed. */
    void othersChanged(qint64 conversationId, const QList<starling::Presence::Other> &others);

private:
    void read(qint64 conversationId, const QList<Other> &others);

    QThread *m_thread;
    PresenceWorker *m_worker;
    std::chrono::milliseconds m_heartbeat = defaultHeartbeat;
    qint64 m_shown = 0;
    QList<Other> m_others;
};

} // namespace starling
