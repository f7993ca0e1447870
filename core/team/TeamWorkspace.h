// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Database.h"

#include <QHash>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

class QObject;
class QSettings;

namespace starling {

class CredentialStore;

/**
 * A profile that is a team workspace: its inbox lives in the team's PostgreSQL database, which
 * every agent of the team opens, instead of the profile's own SQLite file. The profile's settings
 * remember the database's address (without the password) and an id; the password is in the
 * system keychain under that id (CredentialStore::Kind::DatabasePassword), never in a file.
 *
 * A profile without these settings is local (SQLite), the default.
 */
struct TeamWorkspace
{
    QUuid id; ///< keys the password in the keychain
    Database::PostgresSettings database; ///< where, and as whom; no password

    /** The workspace the profile's @p settings name, if it is one. */
    static std::optional<TeamWorkspace> fromSettings(const QSettings &settings);
    /** Makes the profile of @p settings this team workspace. */
    void remember(QSettings &settings) const;
    /** Makes the profile of @p settings local again; its SQLite file is there as it was. */
    static void forget(QSettings &settings);

    /** Where the store opens, with @p password from the keychain. */
    Database::Location location(const QString &password) const;

    /**
     * Reads the password from @p credentials and says where the store opens. A password that is
     * not there gives NotFound, with a message that says how to join again. @p done hears in
     * @p context's thread, unless @p context is gone.
     */
    void resolve(CredentialStore &credentials, QObject *context,
                 std::function<void(Result<Database::Location>)> done) const;
    /** Keeps @p password in @p credentials, for resolve(). */
    void storePassword(CredentialStore &credentials, const QString &password, QObject *context,
                       std::function<void(Result<void>)> done) const;
    /** Deletes the password from @p credentials (leaving the workspace). */
    void removePassword(CredentialStore &credentials, QObject *context, std::function<void(Result<void>)> done) const;
    /** The name the other agents see for this one ("synced by ana"): the database user. */
    QString agent() const { return database.user; }
};

namespace team {

/** What `starling-cli team init` and `team join` do with the database. */
enum class Preparation
{
    Init, ///< sets up (or brings up to date) the inbox in the database: whoever administers it
    Join, ///< only uses an inbox that is there: every agent
};

/**
 * Connects to @p database (its password included) and, for Init, creates or migrates the inbox
 * there. Join refuses a database that holds no current inbox, with a message that says to run
 * `starling-cli team init`. Blocks for as long as the connection takes (connect_timeout 10 s):
 * off the GUI thread.
 */
Result<void> prepare(const Database::PostgresSettings &database, Preparation how);

/** Refuses to join @p database from a profile (@p settings) that is already another team workspace. */
Result<void> canJoin(const QSettings &settings, const Database::PostgresSettings &database);

/**
 * Makes the profile of @p settings the team workspace @p database names (its password included),
 * as `starling-cli team init|join` and the app's "Join a team workspace" dialog do:
 * 1. prepare() the database, on a thread of its own (connecting may take 10 s);
 * 2. keep the password in @p credentials;
 * 3. remember the workspace in @p settings, last, so that a profile never names a workspace whose
 *    password is not kept.
 * A profile that is already another workspace is refused (canJoin()). Joining the one it is
 * again keeps its id and takes the new password. @p settings must outlive the call; @p done
 * hears in @p context's thread, unless @p context is gone.
 */
void join(QSettings *settings, CredentialStore &credentials, const Database::PostgresSettings &database,
          Preparation how, QObject *context, std::function<void(Result<TeamWorkspace>)> done);

/** What `starling-cli team status` shows. */
struct Status
{
    int schemaVersion = 0;
    QString serverVersion;
    /** The agents whose app is connected now (their sync leadership's session). */
    QStringList agentsOnline;
    /** For each account of the workspace that has a sync leader, the agent that leads it. */
    QHash<QUuid, QString> leaders;
    /** For each account the connection may see, the agents that belong to its inbox (team::inboxMembers()). */
    QHash<QUuid, QStringList> members;
};

/** Reads the status through @p db, a connection to the team database. */
Result<Status> readStatus(Database &db);

/**
 * The application_name of an agent's leadership session ("Starling/ana"), which readStatus() and
 * SyncLeadership read back.
 */
QString sessionName(const QString &agent);
/** The agent that sessionName() names; empty for any other session. */
QString agentOfSession(const QString &applicationName);

/**
 * A connection of the agent's app to the team database for a thread of its own (Presence,
 * TeamChanges): a reader, as it needs no migration, named sessionName(@p agent) like the agent's
 * other sessions, and LISTENing on @p channel (the driver's notification signal tells). With
 * @p writable, its transactions may write (the agent's presence row).
 */
Result<std::unique_ptr<Database>> openListener(const Database::PostgresSettings &database, const QString &agent,
                                               const char *channel, bool writable);
/**
 * Closes a listener's connection once the caller is done: the caller may be inside the driver's
 * own notification signal. @p context's thread closes it.
 */
void closeLater(std::unique_ptr<Database> db, QObject *context);

} // namespace team
} // namespace starling
