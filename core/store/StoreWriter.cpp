// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreWriter.h"

#include "Database.h"
#include "Logging.h"
#include "PageWriter.h"

namespace starling {

StoreWriter::StoreWriter(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_pages(std::make_unique<PageWriter>(*m_database))
{
}

StoreWriter::~StoreWriter()
{
    // The prepared statements belong to the connection; drop them first.
    m_pages.reset();
}

Result<ChangeSet> StoreWriter::storePage(const SyncPage &page)
{
    return announce(m_pages->write(page));
}

Result<ChangeSet> StoreWriter::run(const char *name, const Job &job)
{
    Result<ChangeSet> result = job(*m_database);
    if (!result.ok())
        logFailure(name, result.error());
    return announce(std::move(result));
}

Result<ChangeSet> StoreWriter::announce(Result<ChangeSet> result)
{
    if (result.ok())
        announce(result.value());
    return result;
}

void StoreWriter::announce(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void StoreWriter::logFailure(const char *name, const Error &error)
{
    qCInfo(lcStore) << "a write failed:" << name << Error::codeName(error.code());
}

} // namespace starling
