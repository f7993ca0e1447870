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

} // namespace starling::test
