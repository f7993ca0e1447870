// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Dialect.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace starling {

/**
 * One named connection to the profile's database, used on the thread that opened it.
 *
 * The writer connection creates the file, migrates the schema and lives on the store's worker
 * thread; every other thread that reads opens a reader connection of its own (Qt Sql connections
 * must not cross threads). SQLite runs in WAL mode so readers never wait for the writer.
 */
class Database final
{
public:
    enum class Role
    {
        Writer, ///< creates and migrates; may write
        Reader, ///< opens an existing, current database; writes are refused by SQLite
    };

    /**
     * Opens (and for a writer creates and migrates) the SQLite database at @p path.
     * A database written by a newer Starling is refused without being changed.
     */
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, Role role);

    /** Where a team's PostgreSQL database is, and who connects. */
    struct PostgresSettings
    {
        QString host = QStringLiteral("localhost");
        int port = 5432;
        QString database;
        QString user;
        QString password; ///< from the keychain; never stored with the profile
        /**
         * Reads `postgres://user@host:port/database` (or `postgresql://`). A password in the
         * URL is refused: it belongs in the keychain.
         */
        static Result<PostgresSettings> fromUrl(const QString &url);
        /** The URL again, without a password: what the profile remembers. */
        QString url() const;
    };

    /**
     * Opens (and for a writer migrates) the team database @p settings names. Readers wait
     * for no one and cannot write; several writers (one per agent) may migrate at once, one
     * after the other.
     */
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresSettings &settings, Role role);

    /** Where a profile's data lives: a SQLite file (the default), or a team's PostgreSQL database. */
    struct Location
    {
        Engine engine = Engine::Sqlite;
        QString sqlitePath;
        PostgresSettings postgres;

        static Location sqlite(const QString &path) { return {Engine::Sqlite, path, {}}; }
        static Location team(const PostgresSettings &settings) { return {Engine::Postgres, {}, settings}; }
        /** The file, or the URL without a password: for logs and messages. */
        QString describe() const { return engine == Engine::Sqlite ? sqlitePath : postgres.url(); }
    };

    /** openSqlite() or openPostgres(), as @p where says. */
    static Result<std::unique_ptr<Database>> open(const Location &where, Role role);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase &connection() { return m_db; }

    /**
     * A query for @p sql, prepared once per connection and kept: the reads the window repeats
     * (inbox pages, rows, thread pages) skip SQLite's parsing and planning after the first time.
     * Bind every value with addBindValue() before exec(); the statement is reset when the handle
     * goes, so that it holds no read snapshot. A handle asked for while another one of the same
     * SQL is alive gets a query of its own.
     */
    class Prepared final
    {
    public:
        ~Prepared();
        Prepared(Prepared &&other) noexcept;
        Prepared &operator=(Prepared &&) = delete;
        Q_DISABLE_COPY(Prepared)

        QSqlQuery &operator*() const { return *m_query; }
        QSqlQuery *operator->() const { return m_query; }

    private:
        friend class Database;
        Prepared(QSqlQuery *query, bool *inUse, std::unique_ptr<QSqlQuery> own);
        QSqlQuery *m_query;
        bool *m_inUse; ///< the cache entry's flag; null for a query of its own
        std::unique_ptr<QSqlQuery> m_own;
    };
    Result<Prepared> prepared(const QString &sql);
    /** The SQLite file, or the PostgreSQL URL (without a password). */
    const QString &path() const { return m_path; }
    Role role() const { return m_role; }
    Engine engine() const { return m_engine; }

    /** The schema version this build of Starling creates and understands. */
    static int latestSchemaVersion();

private:
    Database(QSqlDatabase db, QString path, Role role, Engine engine);
    /** Checks the schema version, sets up the session, and migrates a writer. */
    Result<void> configure();
    Result<void> configureSqliteSession();
    Result<void> configurePostgresSession();

    struct CachedQuery
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    /** At most this many statements are kept; SQL built from filters varies a little. */
    static constexpr qsizetype maxCachedQueries = 64;

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<CachedQuery>> m_cache;
    QString m_path;
    Role m_role;
    Engine m_engine;
};

} // namespace starling
