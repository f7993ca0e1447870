// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlHelpers.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
Error makeStorageError(const QSqlError &sqlError, const char *what)
{
    // The driver's text names tables and constraints, never bound values, so it is safe to log.
    qCWarning(lcStore) << "failed to" << what << ":" << sqlError.text();
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("starling::Store", "The local database failed (%1): %2")
                     .arg(QString::fromLatin1(what), sqlError.databaseText()));
}
} // namespace

Error storageError(const QSqlQuery &query, const char *what)
{
    return makeStorageError(query.lastError(), what);
}

Result<void> execQuery(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        return storageError(query, what);
    return {};
}

Result<void> prepareQuery(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql))
        return storageError(query, "prepare a query");
    return {};
}

Result<void> execStatement(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return storageError(query, "run a statement");
    return {};
}

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(u"ROLLBACK"_s))
        qCWarning(lcStore) << "rollback failed:" << rollback.lastError().text();
}

Result<void> Transaction::begin()
{
    QSqlQuery begin(m_db);
    if (m_db.driverName() == u"QSQLITE") {
        // Take the write lock up front. A deferred transaction that later wants to write can fail
        // at once with SQLITE_BUSY when another process (the CLI next to the GUI) wrote in
        // between, without waiting for the busy timeout.
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return makeStorageError(begin.lastError(), "begin a transaction");
        m_active = true;
        return {};
    }
    if (!begin.exec(u"BEGIN"_s))
        return makeStorageError(begin.lastError(), "begin a transaction");
    m_active = true;
    // The same on PostgreSQL, where the other writers are the team's other apps.
    if (!begin.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(writeLock)))
        return makeStorageError(begin.lastError(), "wait for the other writers");
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery commit(m_db);
    if (!commit.exec(u"COMMIT"_s))
        return makeStorageError(commit.lastError(), "commit a transaction");
    m_active = false;
    return {};
}

} // namespace starling
