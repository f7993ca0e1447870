// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"
#include "SyncPage.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace starling {

class Database;
class PageWriter;
class StoreWriter;

namespace test {
Database &writerDatabase(StoreWriter &writer);
}

/**
 * The one path by which the store is written. Lives on the store's worker thread with the writer
 * connection; the sync engine, on the same thread, calls it directly, and other threads go
 * through Store::write() and Store::update(). Every write is a named job (a function of the
 * connection, which it never keeps), so the same jobs can run on another engine; every write that
 * changes something is announced with changed().
 *
 * On a team database the other apps hear of it too: after the commit, the writer sends the
 * ChangeSet's ids on the `starling_changes` channel (changenotice), tagged with origin() so that
 * this app's own listener can tell its own writes apart (team/TeamChanges).
 */
class StoreWriter final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<Result<ChangeSet>(Database &)>;
    /**
     * A write that also answers with a value (the id of a row it found or made, say): it adds
     * what it changed to the ChangeSet, which the writer announces after a success.
     */
    template<typename T>
    using Update = std::function<Result<T>(Database &, ChangeSet &)>;

    explicit StoreWriter(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~StoreWriter() override;
    Q_DISABLE_COPY_MOVE(StoreWriter)

    /** Tags this writer's notices on a team database: a new uuid for every writer. */
    QString origin() const { return m_origin; }

    /** Stores a page and its cursor in one transaction. */
    Result<ChangeSet> storePage(const SyncPage &page);
    /** Runs a write, named @p name in logs, against the writer connection. */
    Result<ChangeSet> run(const char *name, const Job &job);
    /**
     * Reads through the writer connection, for code on the writer's thread that must see its own
     * writes at once (the outbox, the sync engine, automation).
     */
    template<typename T>
    Result<T> read(const char *name, const std::function<Result<T>(Database &)> &job)
    {
        Result<T> result = job(*m_database);
        if (!result.ok())
            logFailure(name, result.error());
        return result;
    }
    /** Runs @p job, named @p name in logs, and announces what it changed when it succeeds. */
    template<typename T>
    Result<T> update(const char *name, const Update<T> &job)
    {
        ChangeSet changes;
        Result<T> result = job(*m_database, changes);
        if (result.ok())
            announce(changes);
        else
            logFailure(name, result.error());
        return result;
    }

Q_SIGNALS:
    void changed(const starling::ChangeSet &changes);

private:
    // Tests look at the writer's connection directly (tests/support/WriterAccess.h); product code
    // goes through named jobs, so that the same jobs can run on another engine.
    friend Database &test::writerDatabase(StoreWriter &writer);

    Result<ChangeSet> announce(Result<ChangeSet> result);
    void announce(const ChangeSet &changes);
    static void logFailure(const char *name, const Error &error);
    void tellTheTeam(const ChangeSet &changes);

    const QString m_origin;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PageWriter> m_pages;
};

} // namespace starling
