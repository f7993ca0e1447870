// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace starling::test {

/**
 * The temporary folder for servers that run as another user: as root, PostgreSQL runs as
 * "nobody" below it, so every folder above it must let others pass; a TMPDIR that does not
 * (one under /root) gives way to /tmp.
 */
QString passableTempBase();

/**
 * A private PostgreSQL cluster on a loopback port, for the store tests that run on both engines:
 * initdb in a temporary folder (as "nobody" when the tests run as root, since PostgreSQL refuses
 * root), started with fsync off, stopped and removed by the destructor. Each test asks for a
 * fresh database, so no test sees another's rows.
 *
 * @code
 * PostgresServer server;
 * QVERIFY2(server.start(), qPrintable(server.errorString()));
 * auto settings = server.createDatabase();    // Database::openPostgres(settings.value(), ...)
 * @endcode
 */
class PostgresServer final
{
public:
    PostgresServer();
    ~PostgresServer();
    Q_DISABLE_COPY_MOVE(PostgresServer)

    /** Runs initdb and starts the server; false with errorString() when either fails. */
    bool start();
    QString errorString() const { return m_error; }

    /** Creates an empty database owned by the cluster's superuser and says how to reach it. */
    Result<Database::PostgresSettings> createDatabase();

    /**
     * Creates a login role @p name that must give @p password (the superuser needs none), after
     * a createDatabase(). It may connect to every database, and owns nothing.
     */
    Result<void> createRole(const QString &name, const QString &password);
    /** Whether the tests were asked to run on PostgreSQL (STARLING_TEST_ENGINE=postgres). */
    static bool requested();

private:
    bool run(const QString &program, const QStringList &arguments);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    QString m_dataDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
    QString m_error;
};

/**
 * Where a store test keeps its databases: SQLite files in a temporary folder, or, when the test
 * runs as <name>.postgres (STARLING_TEST_ENGINE=postgres), fresh databases in a private cluster
 * that start() brings up. The same test body then checks both engines.
 *
 * @code
 * void initTestCase() { QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString())); }
 * void init() { auto db = Database::open(m_databases.newLocation(u"store"_s), Database::Role::Writer); }
 * @endcode
 */
/** A location as a child process's argument: the SQLite file, or the team database's URL. */
QString locationArgument(const Database::Location &where);
/** The location locationArgument() gave. */
Database::Location locationFromArgument(const QString &argument);

/**
 * A number that moves whenever something is written to @p db: on SQLite the rows this connection
 * wrote (total_changes()), on PostgreSQL the next transaction id, which only a write takes.
 */
qint64 writeMarker(Database &db);

class TestDatabases final
{
public:
    TestDatabases();
    ~TestDatabases();
    Q_DISABLE_COPY_MOVE(TestDatabases)

    /** Starts the cluster when PostgreSQL was asked for; always true on SQLite. */
    bool start();
    QString errorString() const;
    Engine engine() const { return m_server ? Engine::Postgres : Engine::Sqlite; }
    bool postgres() const { return m_server != nullptr; }

    /**
     * A new, empty database: a new file named after @p name in this object's folder, or a new
     * database in the cluster (a failure is a test failure: the location then opens nowhere).
     */
    Database::Location newLocation(const QString &name);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresServer> m_server;
    int m_files = 0;
    QString m_error;
};

} // namespace starling::test
