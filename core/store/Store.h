// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Async.h"
#include "ChangeSet.h"
#include "Database.h"
#include "Result.h"
#include "StoreWriter.h"
#include "SyncPage.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace starling {

/**
 * The profile's database, as the rest of the app sees it (DESIGN.md, Threads and Store).
 *
 * Writes run on a worker thread that owns the writer connection; their results come back in the
 * thread that owns the Store, and only while the caller's context object lives. Reads that may
 * take long (reports, dry runs of rules, rows to refresh) run with read() on a reader thread with
 * its own connection, so the GUI thread never waits for them; small paged reads open their own
 * connection with openReader() on the thread where they read.
 */
class Store final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<ChangeSet> &)>;

    /**
     * Opens (creating and migrating if needed) the database at @p databasePath and starts the
     * writer thread. Waits for the open itself, which happens once at start-up.
     */
    static Result<std::unique_ptr<Store>> open(const QString &databasePath);
    /** The same for a SQLite file or a team's PostgreSQL database. */
    static Result<std::unique_ptr<Store>> open(const Database::Location &where);

    ~Store() override;
    Q_DISABLE_COPY_MOVE(Store)

    /** The SQLite file, or the team database's URL (without a password). */
    QString databasePath() const { return m_location.describe(); }

    /**
     * Runs @p job, named @p name in logs, on the writer thread; @p done gets its result in
     * @p context's thread, unless @p context is gone by then. Call from @p context's thread.
     */
    void write(const char *name, StoreWriter::Job job, QObject *context, Done done = {});
    void storePage(SyncPage page, QObject *context, Done done = {});
    /**
     * Runs @p job on the writer thread (StoreWriter::update()); continue with
     * onReady(future, context, …) to get its result in the caller's thread.
     */
    template<typename T>
    QFuture<Result<T>> update(const char *name, StoreWriter::Update<T> job)
    {
        return runOn(m_writer, [w = m_writer, name, job = std::move(job)] { return w->update<T>(name, job); });
    }

    /** The writer, for code that runs on the writer thread (the sync engine). */
    StoreWriter *writer() const { return m_writer; }
    QThread *writerThread() { return &m_thread; }

    /** Opens a connection for reading on the calling thread. */
    Result<std::unique_ptr<Database>> openReader() const;

    /** A read: a named function of a reader connection. */
    template<typename T>
    using ReadJob = std::function<Result<T>(Database &)>;

    /**
     * Runs @p job on the reader thread, with the reader thread's own connection (opened on first
     * use). Continue with onReady(future, context, …) to get the result in the caller's thread. @p name
     * says what the read is for, in logs.
     */
    template<typename T>
    QFuture<Result<T>> read(const char *name, ReadJob<T> job)
    {
        return runOn(m_reader, [this, name, job = std::move(job)]() -> Result<T> {
            auto db = readerConnection(name);
            if (!db)
                return db.error();
            return job(*db.value());
        });
    }

    /** Waits until every write queued so far has run. For shutdown, tests and the CLI. */
    void flush();

Q_SIGNALS:
    /** After every write that changed something, in this object's thread. */
    void changed(const starling::ChangeSet &changes);

private:
    explicit Store(Database::Location location);
    void dispatch(std::function<Result<ChangeSet>(StoreWriter &)> call, QObject *context, Done done);
    /** On the reader thread: its connection, opened on first use. */
    Result<Database *> readerConnection(const char *purpose);

    Database::Location m_location;
    QThread m_thread;
    StoreWriter *m_writer = nullptr; // lives on m_thread; deleted there when it finishes
    QThread m_readerThread;
    QObject *m_reader = nullptr; // lives on m_readerThread; deleted there when it finishes
    std::unique_ptr<Database> m_readerDatabase; // used only on m_readerThread
};

} // namespace starling
