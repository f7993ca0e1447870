// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace starling::test {

/**
 * What the window and model tests set up alike: a store with its writer thread in a temporary
 * folder, a reader connection on the test's thread, and the accounts stored.
 *
 * @code
 * void init() { QVERIFY2(m_fixture.open({m_x, m_mastodon}), qPrintable(m_fixture.errorString())); }
 * void cleanup() { m_fixture.close(); }
 * @endcode
 */
struct StoreFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<Database> reader;

    /** Opens the store in a new folder and stores @p accounts; false with errorString() on failure. */
    bool open(const QList<Account> &accounts);
    /** The reader, the store and the folder, in that order (the store waits for its writer). */
    void close();
    QString errorString() const { return error; }

    /**
     * Runs @p job on the writer thread and waits for it, and for what the store announces;
     * nullopt, with a warning that says why, when it failed.
     */
    std::optional<ChangeSet> write(StoreWriter::Job job);
    /** The same for storing a sync page. */
    std::optional<ChangeSet> storePage(const SyncPage &page);

private:
    QString error;
};

} // namespace starling::test
