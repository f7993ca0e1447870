// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    Role role() const { return m_role; }

    /** The schema version this build of Starling creates and understands. */
    static int latestSchemaVersion();

private:
    Database(QSqlDatabase db, QString path, Role role);
    Result<void> configure();

    QSqlDatabase m_db;
    QString m_path;
    Role m_role;
};

} // namespace starling
