// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFixture.h"

#include "store/AccountRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace starling::test {

bool StoreFixture::open(const QList<Account> &accounts)
{
    dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        error = u"no temporary folder: %1"_s.arg(dir->errorString());
        return false;
    }
    auto opened = Store::open(dir->filePath(u"starling.sqlite"_s));
    if (!opened) {
        error = opened.error().message();
        return false;
    }
    store = std::move(opened).value();
    auto connection = store->openReader();
    if (!connection) {
        error = connection.error().message();
        return false;
    }
    reader = std::move(connection).value();
    const bool stored = write([accounts](Database &db) -> Result<ChangeSet> {
                            AccountRepository repository(db);
                            for (const Account &a : accounts) {
                                if (auto id = repository.upsert(a); !id)
                                    return id.error();
                            }
                            return ChangeSet();
                        }).has_value();
    if (!stored)
        error = u"the accounts could not be stored"_s;
    return stored;
}

void StoreFixture::close()
{
    reader.reset();
    store.reset();
    dir.reset();
}

namespace {

/** Waits for every write queued so far; its answer and the store's announcement are posted here. */
std::optional<ChangeSet> settled(Store &store, const std::optional<Result<ChangeSet>> &result, const char *what)
{
    store.flush();
    QCoreApplication::sendPostedEvents();
    if (!result || !result->ok()) {
        qWarning("%s failed: %s", what, result ? qPrintable(result->error().message()) : "no answer");
        return std::nullopt;
    }
    return result->value();
}

} // namespace

std::optional<ChangeSet> StoreFixture::write(StoreWriter::Job job)
{
    std::optional<Result<ChangeSet>> result;
    QObject context;
    store->write("a test's write", std::move(job), &context, [&result](const Result<ChangeSet> &r) { result = r; });
    return settled(*store, result, "a write");
}

std::optional<ChangeSet> StoreFixture::storePage(const SyncPage &page)
{
    std::optional<Result<ChangeSet>> result;
    QObject context;
    store->storePage(page, &context, [&result](const Result<ChangeSet> &r) { result = r; });
    return settled(*store, result, "storing a page");
}

} // namespace starling::test
