// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QUuid>

class QIODevice;

namespace starling {

class Database;

/** What to export, and how. */
struct ExportOptions
{
    enum class Format
    {
        /**
         * JSON Lines: one object per line, {"type": "conversation", …} followed by the
         * {"type": "message", …} lines of that conversation, oldest message first. Message ids
         * are strings: they are larger than JSON numbers hold exactly in JavaScript.
         */
        JsonLines,
        /**
         * CSV (RFC 4180, UTF-8, a header row): one row per message, with its conversation's
         * columns. A text field that starts with "=", "+", "-", "@", a tab or a carriage return
         * gets a leading "'", so that a spreadsheet shows it rather than runs it as a formula.
         */
        Csv,
    };

    Format format = Format::JsonLines;
    /** Only messages created at or after this time, and the conversations they belong to. Invalid: all. */
    QDateTime since;
    /** Only this account's conversations and messages. Null: every account. */
    QUuid accountId;
};

/** How much an export wrote. */
struct ExportSummary
{
    qint64 conversations = 0; ///< conversation lines (JSON Lines) or conversations with rows (CSV)
    qint64 messages = 0;
};

/**
 * Writes every stored conversation and message (of an account, since a date) to a device, as
 * JSON Lines or CSV, for `starling-cli export` and for backups.
 *
 * It streams: the rows come from forward-only queries and each line is written as soon as it is
 * made, through a small buffer, so memory stays the same whether the profile holds a hundred
 * messages or ten million. All queries run in one read transaction, so the export is a consistent
 * snapshot even while the app keeps syncing into the same database.
 *
 * Without a since time every conversation is exported, also one without messages; with one, a
 * conversation is exported when at least one of its messages is. Conversations come newest
 * (largest id) first; the messages of a conversation come oldest first.
 */
class Exporter final
{
public:
    /** @p db is a reader (or the writer) of the profile's database, used on this thread. */
    explicit Exporter(Database &db);

    /**
     * Writes the export to @p out, which must be open for writing. A write that fails (a full
     * disk, a closed pipe) stops the export with a Storage error; what was written stays.
     */
    Result<ExportSummary> write(const ExportOptions &options, QIODevice &out);

    /** The CSV columns, in order: what the header row holds. */
    static QStringList csvColumns();

private:
    Database &m_db;
};

} // namespace starling
