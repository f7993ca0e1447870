// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Contact.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace starling::contacts {

/**
 * Starling's contacts CSV (RFC 4180, UTF-8, a header row). The columns, in any order, named
 * case-insensitively: name, company, email, phone, website, location, stage, owner, tags (";"
 * between tags), handles (";" between "network:handle" entries), note, and "custom:<field>" for
 * each custom field.
 */
QStringList csvStandardColumns();

/**
 * Writes contacts as CSV, one row at a time (constant memory), safe to open in a spreadsheet: a
 * cell that a spreadsheet would take for a formula (it starts with = + - @, a tab or a carriage
 * return) gets a leading apostrophe, which ContactCsvReader removes again.
 */
class ContactCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::ContactCsvWriter)

public:
    /** @p customFieldNames become the "custom:<name>" columns, in this order. */
    ContactCsvWriter(QIODevice *device, QStringList customFieldNames);

    /** Writes the header row; a Storage error when the device refuses the bytes. */
    Result<void> writeHeader();
    /** Writes one row; a Storage error when the device refuses the bytes. */
    Result<void> write(const ContactRecord &record);

private:
    Result<void> writeRow(const QStringList &cells);

    QIODevice *m_device;
    QStringList m_customFieldNames;
};

/** A row of an import that cannot be used, and why (translated, for the user). */
struct CsvProblem
{
    qint64 line = 0;
    QString message;

    bool operator==(const CsvProblem &) const = default;
};

/**
 * Reads a contacts CSV one row at a time (constant memory, whatever the file's size); a bad row
 * is reported and skipped, and reading goes on with the next one.
 */
class ContactCsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::ContactCsvReader)

public:
    explicit ContactCsvReader(QIODevice *device);

    /** Reads the header row; an error says why the file is not a contacts CSV. */
    Result<void> readHeader();

    enum class Status
    {
        Row, ///< *record holds the next row
        Problem, ///< *problem says what is wrong with the next row, which is skipped
        End, ///< no more rows
    };
    /** The next row, or why it cannot be used. Returns End until readHeader() has succeeded. */
    Status next(ContactRecord *record, CsvProblem *problem);

private:
    /** A record as it is in the file: its fields' bytes, not decoded yet. */
    struct RawRecord
    {
        QList<QByteArray> fields; ///< at most maxFields; empty when tooLong
        qint64 fieldCount = 0;
        qint64 line = 0;
        qint64 size = 0;
        bool tooLong = false;
        bool unterminated = false;
        bool quoted = false;
    };

    enum class Column
    {
        Name,
        Company,
        Email,
        Phone,
        Website,
        Location,
        Stage,
        Owner,
        Tags,
        Handles,
        Note,
        Custom,
    };

    bool fill();
    bool readRecord(RawRecord *raw);
    bool readNonBlankRecord(RawRecord *raw);
    Status rowToRecord(const RawRecord &raw, ContactRecord *record, CsvProblem *problem) const;

    QIODevice *m_device;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_line = 1; ///< the physical line of the next byte
    char m_previous = 0; ///< the byte before the next one, to see a CRLF across chunks
    bool m_eof = false;
    bool m_headerRead = false;
    QList<Column> m_columns;
    QStringList m_customNames; ///< per column: the custom field's name, or empty
};

} // namespace starling::contacts
