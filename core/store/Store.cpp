// SPDX-License-Identifier: GPL-3.0-or-later
#include "Store.h"

#include "ContactRepository.h"
#include "Database.h"
#include "Logging.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace starling {

Store::Store(Database::Location location)
    : m_location(std::move(location))
{
    qRegisterMetaType<starling::ChangeSet>();
    m_thread.setObjectName(u"starling-store"_s);
    m_readerThread.setObjectName(u"starling-store-reader"_s);
}

Result<std::unique_ptr<Store>> Store::open(const QString &databasePath)
{
    return open(Database::Location::sqlite(databasePath));
}

Result<std::unique_ptr<Store>> Store::open(const Database::Location &where)
{
    std::unique_ptr<Store> store(new Store(where));
    store->m_thread.start();

    // The connection must be opened on the thread that will use it.
    Result<void> opened;
    StoreWriter *writer = nullptr;
    auto *opener = new QObject;
    opener->moveToThread(&store->m_thread);
    QMetaObject::invokeMethod(
        opener,
        [&] {
            auto database = Database::open(where, Database::Role::Writer);
            if (!database) {
                opened = database.error();
                return;
            }
            if (auto r = ContactRepository(*database.value()).catchUpOnce(); !r) {
                opened = r.error();
                return;
            }
            writer = new StoreWriter(std::move(database).value());
        },
        Qt::BlockingQueuedConnection);
    opener->deleteLater();
    if (!opened.ok()) {
        store->m_thread.quit();
        store->m_thread.wait();
        return opened.error();
    }
    store->m_writer = writer;
    connect(&store->m_thread, &QThread::finished, writer, &QObject::deleteLater);
    // The reader thread starts now but opens its connection only when a read needs it.
    store->m_reader = new QObject;
    store->m_reader->moveToThread(&store->m_readerThread);
    connect(&store->m_readerThread, &QThread::finished, store->m_reader, &QObject::deleteLater);
    store->m_readerThread.start();
    connect(writer, &StoreWriter::changed, store.get(), &Store::changed);
    qCInfo(lcStore) << "opened the store";
    return store;
}

Store::~Store()
{
    if (m_reader) {
        // The reader's connection closes on its own thread; reads still queued are dropped.
        QMetaObject::invokeMethod(
            m_reader, [this] { m_readerDatabase.reset(); }, Qt::BlockingQueuedConnection);
        m_readerThread.quit();
        m_readerThread.wait();
    }
    flush();
    m_thread.quit();
    m_thread.wait();
}

void Store::flush()
{
    if (!m_writer)
        return;
    // Queued calls run in order, so once this one has run every earlier write has too.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void Store::dispatch(std::function<Result<ChangeSet>(StoreWriter &)> call, QObject *context, Done done)
{
    Q_ASSERT(!done || (context && context->thread() == QThread::currentThread()));
    // The destructor drains the queue before it returns, so the writer outlives every queued call.
    auto result = runOn(m_writer, [writer = m_writer, call = std::move(call)] { return call(*writer); });
    if (done)
        onReady(result, context, std::move(done));
}

void Store::write(const char *name, StoreWriter::Job job, QObject *context, Done done)
{
    dispatch([name, job = std::move(job)](StoreWriter &writer) { return writer.run(name, job); }, context,
             std::move(done));
}

void Store::storePage(SyncPage page, QObject *context, Done done)
{
    dispatch([page = std::move(page)](StoreWriter &writer) { return writer.storePage(page); }, context,
             std::move(done));
}

Result<std::unique_ptr<Database>> Store::openReader() const
{
    return Database::open(m_location, Database::Role::Reader);
}

Result<Database *> Store::readerConnection(const char *purpose)
{
    Q_ASSERT(QThread::currentThread() == &m_readerThread);
    if (!m_readerDatabase) {
        auto opened = openReader();
        if (!opened) {
            qCWarning(lcStore) << "could not open a reader for" << purpose << ":" << opened.error().message();
            return opened.error();
        }
        m_readerDatabase = std::move(opened).value();
    }
    qCDebug(lcStore) << "reading:" << purpose;
    return m_readerDatabase.get();
}

} // namespace starling
