// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"
#include "StoreWriter.h"
#include "SyncPage.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace starling {

class Database;

/**
 * The profile's database, as the rest of the app sees it (DESIGN.md, Threads and Store).
 *
 * Writes run on a worker thread that owns the writer connection; their results come back in the
 * thread that owns the Store, and only while the caller's context object lives. Readers open
 * their own connection with openReader() on the thread where they read.
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

    ~Store() override;
    Q_DISABLE_COPY_MOVE(Store)

    QString databasePath() const { return m_path; }

    /** Runs @p job on the writer thread; @p done gets its result here, unless @p context is gone. */
    void write(StoreWriter::Job job, QObject *context, Done done = {});
    void storePage(SyncPage page, QObject *context, Done done = {});

    /** The writer, for code that runs on the writer thread (the sync engine). */
    StoreWriter *writer() const { return m_writer; }
    QThread *writerThread() { return &m_thread; }

    /** Opens a connection for reading on the calling thread. */
    Result<std::unique_ptr<Database>> openReader() const;

    /** Waits until every write queued so far has run. For shutdown, tests and the CLI. */
    void flush();

Q_SIGNALS:
    /** After every write that changed something, in this object's thread. */
    void changed(const starling::ChangeSet &changes);

private:
    explicit Store(QString path);
    void dispatch(std::function<Result<ChangeSet>(StoreWriter &)> call, QObject *context, Done done);

    QString m_path;
    QThread m_thread;
    StoreWriter *m_writer = nullptr; // lives on m_thread; deleted there when it finishes
};

} // namespace starling
