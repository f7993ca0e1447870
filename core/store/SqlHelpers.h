// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace starling {

/** Runs a prepared query; a failure becomes a Storage error that names what was being done. */
Result<void> execQuery(QSqlQuery &query, const char *what);

/** Prepares a query; a failure becomes a Storage error. */
Result<void> prepareQuery(QSqlQuery &query, const QString &sql);

/** Runs one statement with no parameters (DDL, pragmas). */
Result<void> execStatement(QSqlDatabase &db, const QString &sql);

/** A Storage error for a failed query, logged without its bound values (they may be messages). */
Error storageError(const QSqlQuery &query, const char *what);

/**
 * A transaction that rolls back unless commit() is called: every write that must be all or
 * nothing (a page and its cursor, a migration) runs inside one.
 *
 * Write transactions run one at a time on both engines, whichever app or connection runs them:
 * on SQLite through BEGIN IMMEDIATE, on a team's PostgreSQL through one advisory lock that each
 * takes first and holds until it ends (writeLock). Code that reads and then writes in one
 * transaction (the next message id, an identity to merge) can trust what it read; and as the
 * lock comes before any row lock, two writers never wait for each other in a cycle.
 */
class Transaction final
{
public:
    /** The advisory lock (a number every Starling agrees on) of a write transaction on PostgreSQL. */
    static constexpr qint64 writeLock = 0x5374726c777269; // "Strlwri"

    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /** Whether BEGIN succeeded; if not, error() says why. */
    bool isActive() const { return m_active; }
    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

} // namespace starling

#include <QDateTime>

namespace starling {

/** Times are stored as milliseconds since the epoch, UTC; an invalid time is stored as 0. */
inline qint64 toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromStoredTime(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace starling

namespace starling {

/**
 * Text for a NOT NULL column: Qt binds a null QString (QUrl().toString(), a default member) as
 * SQL NULL, which those columns refuse. An empty value is stored as ''. PostgreSQL refuses the
 * character U+0000 in text, so both engines store it as U+FFFD (the replacement character).
 */
inline QString textValue(const QString &text)
{
    if (text.isNull())
        return QStringLiteral("");
    if (!text.contains(QChar(0)))
        return text;
    QString clean = text;
    return clean.replace(QChar(0), QChar(0xFFFD));
}

} // namespace starling
