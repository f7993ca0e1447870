// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace starling::test {

namespace {

constexpr auto superuser = "starling";
const QString adminConnection = QStringLiteral("starling-test-admin");

bool asRoot()
{
    return ::geteuid() == 0;
}

/** The newest installed server's bin folder, or STARLING_PG_BINDIR. */
QString findBinDir()
{
    const QString fromEnv = qEnvironmentVariable("STARLING_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString bin = root.filePath(version + u"/bin"_s);
        if (QFileInfo(bin + u"/initdb"_s).isExecutable())
            return bin;
    }
    return {};
}

/** A loopback port nobody listens on right now. */
int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString passableTempBase()
{
    const QString base = QDir::tempPath();
    if (!asRoot())
        return base;
    for (QFileInfo dir(base); !dir.isRoot(); dir = QFileInfo(dir.absolutePath())) {
        if (!(dir.permissions() & QFile::ExeOther))
            return u"/tmp"_s;
    }
    return base;
}

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

bool PostgresServer::requested()
{
    return qEnvironmentVariable("STARLING_TEST_ENGINE") == u"postgres"_s;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QStringList args = arguments;
    QString command = QDir(m_binDir).filePath(program);
    if (asRoot()) {
        args.prepend(command);
        args = QStringList{u"-u"_s, u"nobody"_s, u"--"_s} + args;
        command = u"runuser"_s;
    }
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    process.start(command, args);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"%1 failed: %2 %3"_s.arg(program, process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = u"PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): .ci/deps installs it"_s;
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = u"Qt's PostgreSQL driver (QPSQL) is missing: .ci/deps installs libqt6sql6-psql"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir(passableTempBase()).filePath(u"starling-pg-XXXXXX"_s));
    if (!m_dir->isValid()) {
        m_error = u"no temporary folder: %1"_s.arg(m_dir->errorString());
        return false;
    }
    if (asRoot()) {
        // PostgreSQL refuses to run as root: the cluster belongs to "nobody".
        if (QProcess::execute(u"chown"_s, {u"nobody"_s, m_dir->path()}) != 0) {
            m_error = u"could not give %1 to nobody"_s.arg(m_dir->path());
            return false;
        }
    }
    m_dataDir = m_dir->filePath(u"data"_s);
    if (!run(u"initdb"_s, {u"-D"_s, m_dataDir, u"-A"_s, u"trust"_s, u"-U"_s, QString::fromLatin1(superuser),
                           u"--no-sync"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s}))
        return false;
    // The superuser comes in without a password; every other role (an agent's) must give its own,
    // as on a team's real server.
    QFile hba(m_dataDir + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hba.write(QByteArray("local all all trust\n"
                                "host all ")
                     + superuser
                     + " 127.0.0.1/32 trust\n"
                       "host all all 127.0.0.1/32 scram-sha-256\n")
               < 0) {
        m_error = u"could not write %1: %2"_s.arg(hba.fileName(), hba.errorString());
        return false;
    }
    hba.close();
    // A port can be taken between the probe and the start: try a few.
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = u"-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off"
                                " -c full_page_writes=off"_s.arg(m_port)
                                    .arg(m_dir->path());
        m_running = run(u"pg_ctl"_s, {u"-D"_s, m_dataDir, u"-w"_s, u"-t"_s, u"60"_s, u"-l"_s,
                                      m_dir->filePath(u"server.log"_s), u"-o"_s, options, u"start"_s});
    }
    return m_running;
}

void PostgresServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (QSqlDatabase::contains(adminConnection)) {
        QSqlDatabase::database(adminConnection, false).close();
        QSqlDatabase::removeDatabase(adminConnection);
    }
    run(u"pg_ctl"_s, {u"-D"_s, m_dataDir, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

Result<Database::PostgresSettings> PostgresServer::createDatabase()
{
    Database::PostgresSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_port;
    settings.user = QString::fromLatin1(superuser);
    settings.database = u"test%1"_s.arg(++m_databases);
    const QString &connection = adminConnection;
    {
        QSqlDatabase admin = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection)
                                                                : QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(settings.host);
        admin.setPort(settings.port);
        admin.setUserName(settings.user);
        admin.setDatabaseName(u"postgres"_s);
        if (!admin.isOpen() && !admin.open())
            return Error(Error::Code::Storage, admin.lastError().text());
        QSqlQuery query(admin);
        if (!query.exec(u"CREATE DATABASE %1"_s.arg(settings.database)))
            return Error(Error::Code::Storage, query.lastError().text());
    }
    return settings;
}

Result<void> PostgresServer::createRole(const QString &name, const QString &password)
{
    QSqlDatabase admin = QSqlDatabase::database(adminConnection);
    QSqlQuery query(admin);
    // A role name and a password cannot be bound; the tests' names are plain words.
    QString quoted = password;
    quoted.replace(u'\'', u"''"_s);
    if (!query.exec(u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, quoted)))
        return Error(Error::Code::Storage, query.lastError().text());
    return {};
}

qint64 writeMarker(Database &db)
{
    QSqlQuery query(db.connection());
    const bool read =
        query.exec(db.engine() == Engine::Sqlite ? u"SELECT total_changes()"_s
                                                 : u"SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"_s)
        && query.next();
    return read ? query.value(0).toLongLong() : -1;
}

QString locationArgument(const Database::Location &where)
{
    return where.engine == Engine::Sqlite ? where.sqlitePath : where.postgres.url();
}

Database::Location locationFromArgument(const QString &argument)
{
    if (!argument.startsWith(u"postgres://"_s))
        return Database::Location::sqlite(argument);
    auto settings = Database::PostgresSettings::fromUrl(argument);
    return Database::Location::team(settings ? settings.value() : Database::PostgresSettings());
}

TestDatabases::TestDatabases() = default;
TestDatabases::~TestDatabases() = default;

bool TestDatabases::start()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder: %1"_s.arg(m_dir.errorString());
        return false;
    }
    if (!PostgresServer::requested() || m_server)
        return true;
    auto server = std::make_unique<PostgresServer>();
    if (!server->start()) {
        m_error = server->errorString();
        return false;
    }
    m_server = std::move(server);
    return true;
}

QString TestDatabases::errorString() const
{
    return m_error;
}

Database::Location TestDatabases::newLocation(const QString &name)
{
    if (!m_server)
        return Database::Location::sqlite(m_dir.filePath(u"%1-%2.sqlite"_s.arg(name).arg(++m_files)));
    auto settings = m_server->createDatabase();
    if (!settings) {
        qWarning("could not create a test database: %s", qPrintable(settings.error().message()));
        return Database::Location::team({});
    }
    return Database::Location::team(settings.value());
}

} // namespace starling::test
