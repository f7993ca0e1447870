// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "providers/ProviderTypes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

/**
 * What every libFuzzer harness in tests/fuzz shares: the Qt set-up, the way input bytes become
 * text, and the property checks. A property that does not hold aborts with a message, which
 * libFuzzer reports as a crash and keeps the input as a reproducer.
 */
namespace starling {
class Database;
}

namespace starling::fuzz {

/** Creates the QCoreApplication and silences Qt's and our logging (call from LLVMFuzzerInitialize). */
void initialise(int *argc, char ***argv);

/** Prints which property failed, where, and aborts. */
[[noreturn]] void fail(const char *property, const char *file, int line);

/**
 * The input as text. Plain bytes are read as UTF-8 (what servers and users send). Two prefixes
 * that UTF-8 never starts with reach what UTF-8 cannot say and what a small input cannot be:
 * - "\xff\xfe": the rest is raw UTF-16LE, lone surrogates and all;
 * - "\xff\xff" N: the rest, read as UTF-8, repeated to (N + 1) / 256 of @p longest UTF-16 units,
 *   so that work that grows faster than the input (a quadratic scan) runs past libFuzzer's
 *   -timeout. Each harness picks @p longest: as long as the text its code can meet, short enough
 *   that linear work on it stays well inside the timeout.
 */
QString text(const uint8_t *data, size_t size, qsizetype longest);

/** The input as bytes, copied (QByteArray::fromRawData would not own them). */
QByteArray bytes(const uint8_t *data, size_t size);

/**
 * How much a page holds: its items (people, conversations, messages, membership changes,
 * attachments) and, separately, the UTF-16 units of all its strings and URLs.
 */
struct PageSize
{
    qsizetype items = 0;
    qsizetype characters = 0;
};
PageSize measure(const FetchedPage &page);

/**
 * The checks every mapped page must pass, whatever the input (@p inputSize bytes): no more items
 * than input bytes, text linear in the input, every message with the required fields and a
 * conversation of the same page to live in, no text over the mappers' field limit.
 */
void checkPage(const FetchedPage &page, qsizetype inputSize);

/**
 * A real store (core/store's Database, migrated) in memory, with one X account, for the harnesses
 * that write or search. Kept for the whole run: opening and migrating per input would be most of
 * the work. Aborts when it cannot be opened.
 */
class MemoryStore final
{
public:
    MemoryStore();
    ~MemoryStore();
    Q_DISABLE_COPY_MOVE(MemoryStore)

    Database &database() { return *m_database; }
    const Account &account() const { return m_account; }

    /** How many rows @p sql (a SELECT count(*) …) counts; aborts when it fails. */
    qint64 count(const QString &sql);
    /** Deletes everything synced (people, conversations, messages, cursors); the account stays. */
    void clear();

private:
    std::unique_ptr<Database> m_database;
    Account m_account;
};

} // namespace starling::fuzz

/** Aborts through fuzz::fail() when @p condition does not hold; evaluated in every build type. */
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::starling::fuzz::fail(#condition, __FILE__, __LINE__);                                                    \
    } while (false)
