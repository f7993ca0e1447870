// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Logging.h"
#include "Migrations.h"
#include "SqlHelpers.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QString nextConnectionName(Database::Role role)
{
    static QAtomicInteger<quint64> counter;
    return u"starling-%1-%2"_s.arg(role == Database::Role::Writer ? u"writer"_s : u"reader"_s)
        .arg(counter.fetchAndAddRelaxed(1));
}

Error newerSchemaError(int stored, int latest)
{
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("starling::Store",
                                             "This profile was written by a newer version of Starling (database "
                                             "version %1; this version knows up to %2). Update Starling to open it. "
                                             "Nothing in the profile was changed.")
                     .arg(stored)
                     .arg(latest));
}

} // namespace

Database::Database(QSqlDatabase db, QString path, Role role, Engine engine)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_role(role)
    , m_engine(engine)
{
}

Database::~Database()
{
    m_cache.clear(); // the statements go before their connection
    const QString name = m_db.connectionName();
    m_db.close();
    // The handle must be gone before the connection is removed, or Qt warns that it is in use.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Database::Prepared::Prepared(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> own)
    : m_query(query)
    , m_inUse(inUse)
    , m_own(std::move(own))
{
}

Database::Prepared::Prepared(Prepared &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_own(std::move(other.m_own))
{
}

Database::Prepared::~Prepared()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

Result<Database::Prepared> Database::prepared(const QString &sql)
{
    const auto fresh = [this, &sql]() -> Result<std::unique_ptr<QSqlQuery>> {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (auto r = prepareQuery(*query, sql); !r)
            return r.error();
        return query;
    };
    std::shared_ptr<CachedQuery> &entry = m_cache[sql];
    if (entry && entry->inUse) {
        auto own = fresh();
        if (!own)
            return own.error();
        QSqlQuery *query = own.value().get();
        return Prepared(query, nullptr, std::move(own).value());
    }
    if (!entry) {
        if (m_cache.size() > maxCachedQueries) {
            // Keep the ones in use (their handles point into them) and drop the rest.
            m_cache.removeIf([&sql](const auto &it) { return it.key() != sql && (!it.value() || !it.value()->inUse); });
        }
        auto query = fresh();
        if (!query) {
            m_cache.remove(sql);
            return query.error();
        }
        auto cached = std::make_shared<CachedQuery>();
        cached->query = std::move(query).value();
        m_cache[sql] = cached;
    }
    CachedQuery &cached = *m_cache[sql];
    cached.inUse = true;
    return Prepared(cached.query.get(), &cached.inUse, nullptr);
}

int Database::latestSchemaVersion()
{
    return migrations::latestVersion();
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Role role)
{
    if (role == Role::Reader && !QFileInfo::exists(path))
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Store", "The database %1 does not exist.").arg(path));
    if (role == Role::Writer && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(
            Error::Code::Storage,
            QCoreApplication::translate("starling::Store", "The folder for %1 could not be created.").arg(path));

    // No other handle to the connection may outlive the Database, or removing it warns.
    std::unique_ptr<Database> database(
        new Database(QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName(role)), path, role, Engine::Sqlite));
    database->m_db.setDatabaseName(path);
    // Wait for another writer (the CLI next to the GUI) instead of failing at once.
    database->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!database->m_db.open()) {
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Store", "The database %1 could not be opened: %2")
                         .arg(path, database->m_db.lastError().databaseText()));
    }
    if (auto r = database->configure(); !r)
        return r.error();
    return database;
}

Result<Database::PostgresSettings> Database::PostgresSettings::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto invalid = [&text] {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Store", "%1 is not a PostgreSQL address. Write it as "
                                                                    "postgres://user@host:5432/database.")
                         .arg(text));
    };
    if (!url.isValid() || (url.scheme() != u"postgres"_s && url.scheme() != u"postgresql"_s) || url.host().isEmpty()
        || url.userName().isEmpty() || url.path().size() < 2 || url.hasQuery() || url.hasFragment())
        return invalid();
    if (!url.password().isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Store",
                                                 "Leave the password out of the address: Starling asks for it and "
                                                 "keeps it in the system keychain."));
    PostgresSettings settings;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName();
    settings.database = url.path().mid(1);
    if (settings.database.contains(u'/'))
        return invalid();
    return settings;
}

QString Database::PostgresSettings::url() const
{
    QUrl url;
    url.setScheme(u"postgres"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    return url.toString();
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresSettings &settings, Role role)
{
    std::unique_ptr<Database> database(new Database(QSqlDatabase::addDatabase(u"QPSQL"_s, nextConnectionName(role)),
                                                    settings.url(), role, Engine::Postgres));
    QSqlDatabase &db = database->m_db;
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(u"connect_timeout=10;application_name=Starling"_s);
    if (!db.open()) {
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Store", "The team database %1 could not be opened: %2")
                         .arg(settings.url(), db.lastError().databaseText().trimmed()));
    }
    if (auto r = database->configure(); !r)
        return r.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const Location &where, Role role)
{
    return where.engine == Engine::Sqlite ? openSqlite(where.sqlitePath, role) : openPostgres(where.postgres, role);
}

Result<void> Database::configure()
{
    // Read the version before anything writes: a newer database must stay exactly as it is.
    auto stored = migrations::storedVersion(m_db);
    if (!stored)
        return stored.error();
    const int latest = migrations::latestVersion();
    if (stored.value() > latest)
        return newerSchemaError(stored.value(), latest);
    if (m_role == Role::Reader && stored.value() < latest)
        return Error(Error::Code::NotFound, // no inbox of this version there yet
                     QCoreApplication::translate("starling::Store", "The database has not been prepared yet."));

    if (auto r = m_engine == Engine::Sqlite ? configureSqliteSession() : configurePostgresSession(); !r)
        return r;
    if (m_role == Role::Writer)
        return migrations::migrate(m_db, m_engine);
    return {};
}

Result<void> Database::configureSqliteSession()
{
    if (m_role == Role::Writer) {
        // WAL lets readers go on while the writer commits; NORMAL sync is durable across a
        // process crash (kill -9) and loses at most the last commits on a power cut.
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
            if (auto r = execStatement(m_db, pragma); !r)
                return r;
        }
    } else if (auto r = execStatement(m_db, u"PRAGMA query_only = 1"_s); !r) {
        return r;
    }
    return execStatement(m_db, u"PRAGMA foreign_keys = ON"_s);
}

Result<void> Database::configurePostgresSession()
{
    // Times are compared as numbers and text is UTF-8 on both sides; the session needs nothing
    // else. A reader cannot write by accident, as on SQLite.
    if (m_role == Role::Reader)
        return execStatement(m_db, u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    return {};
}

} // namespace starling
