// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactCsv.h"

#include "store/CsvCell.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <utility>

using namespace Qt::StringLiterals;

namespace starling::contacts {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 maxRowBytes = 1024 * 1024;
constexpr qsizetype maxFieldChars = 10000;
constexpr qsizetype maxFields = 1000;
constexpr qsizetype maxQuotedValue = 60;

const QString customPrefix = u"custom:"_s;
const QString listSeparator = u"; "_s;

QByteArray encodeCell(const QString &value)
{
    QString cell = csvcell::guarded(value);
    const bool needsQuotes = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') || cell.contains(u'\n');
    if (!needsQuotes)
        return cell.toUtf8();
    cell.replace(u"\""_s, u"\"\""_s);
    return '"' + cell.toUtf8() + '"';
}

/** A value quoted in a message: shortened, so that a hostile row cannot flood the UI. */
QString shown(const QString &value)
{
    if (value.size() <= maxQuotedValue)
        return value;
    return value.left(maxQuotedValue) + u'…';
}

bool hasForbiddenControl(const QString &value)
{
    for (const QChar c : value) {
        if (c == u'\t' || c == u'\n')
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern;
}

const QStringList &knownNetworks()
{
    static const QStringList networks{u"x"_s, u"mastodon"_s, u"bluesky"_s};
    return networks;
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u';')) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

} // namespace

QStringList csvStandardColumns()
{
    return {u"name"_s,  u"company"_s, u"email"_s, u"phone"_s,   u"website"_s, u"location"_s,
            u"stage"_s, u"owner"_s,   u"tags"_s,  u"handles"_s, u"note"_s};
}

// ---------------------------------------------------------------------------------------------
// ContactCsvWriter

ContactCsvWriter::ContactCsvWriter(QIODevice *device, QStringList customFieldNames)
    : m_device(device)
    , m_customFieldNames(std::move(customFieldNames))
{
}

Result<void> ContactCsvWriter::writeHeader()
{
    QStringList cells = csvStandardColumns();
    for (const QString &name : std::as_const(m_customFieldNames))
        cells.append(customPrefix + name);
    return writeRow(cells);
}

Result<void> ContactCsvWriter::write(const ContactRecord &record)
{
    const Contact &c = record.contact;
    QStringList cells{c.displayName,
                      c.company,
                      c.email,
                      c.phone,
                      c.website,
                      c.location,
                      c.stage,
                      c.owner,
                      c.tags.join(listSeparator),
                      record.handles.join(listSeparator),
                      record.note};
    for (const QString &name : std::as_const(m_customFieldNames))
        cells.append(c.customFields.value(name));
    return writeRow(cells);
}

Result<void> ContactCsvWriter::writeRow(const QStringList &cells)
{
    QByteArray row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            row += ',';
        row += encodeCell(cells.at(i));
    }
    row += "\r\n";

    qint64 written = 0;
    while (written < row.size()) {
        const qint64 n = m_device ? m_device->write(row.constData() + written, row.size() - written) : -1;
        if (n <= 0) {
            const QString reason = m_device ? m_device->errorString() : QString();
            return Error(Error::Code::Storage, tr("Could not write the contacts file: %1").arg(reason));
        }
        written += n;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// ContactCsvReader

ContactCsvReader::ContactCsvReader(QIODevice *device)
    : m_device(device)
{
}

bool ContactCsvReader::fill()
{
    if (m_eof || !m_device)
        return false;
    m_chunk = m_device->read(chunkSize);
    m_pos = 0;
    if (m_chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

bool ContactCsvReader::readRecord(RawRecord *raw)
{
    *raw = RawRecord();
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote,
    };
    State state = State::FieldStart;
    bool started = false;
    QByteArray field;

    const auto append = [&](char c) {
        if (raw->tooLong)
            return;
        if (++raw->size > maxRowBytes) {
            // Drop what we have and keep only scanning, so that memory stays bounded.
            raw->tooLong = true;
            raw->fields.clear();
            raw->fields.squeeze();
            field.clear();
            return;
        }
        field.append(c);
    };
    const auto endField = [&] {
        ++raw->fieldCount;
        if (!raw->tooLong && ++raw->size > maxRowBytes) {
            raw->tooLong = true;
            raw->fields.clear();
            raw->fields.squeeze();
        }
        if (!raw->tooLong && raw->fields.size() < maxFields)
            raw->fields.append(field);
        field.clear();
    };

    for (;;) {
        if (m_pos >= m_chunk.size() && !fill())
            break;
        const char c = m_chunk.at(m_pos++);
        const bool crlfTail = c == '\n' && m_previous == '\r';
        const bool lineEnd = c == '\r' || (c == '\n' && !crlfTail);
        const qint64 lineOfByte = m_line;
        m_previous = c;
        if (lineEnd)
            ++m_line;

        if (!started) {
            // The LF of a CRLF that ended the previous record, or a blank line.
            if (crlfTail || lineEnd)
                continue;
            started = true;
            raw->line = lineOfByte;
        }

        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                raw->quoted = true;
                state = State::Quoted;
            } else if (c == ',') {
                endField();
            } else if (c == '\r' || c == '\n') {
                endField();
                return true;
            } else {
                append(c);
                state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == ',') {
                endField();
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endField();
                return true;
            } else {
                append(c); // a quote inside an unquoted field is taken literally
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::AfterQuote;
            else
                append(c);
            break;
        case State::AfterQuote:
            if (c == '"') {
                append('"');
                state = State::Quoted;
            } else if (c == ',') {
                endField();
                state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                endField();
                return true;
            } else {
                // Text after a closing quote ("ab"c): lenient, as spreadsheets are.
                append(c);
                state = State::Unquoted;
            }
            break;
        }
    }

    if (!started)
        return false;
    raw->unterminated = state == State::Quoted;
    endField();
    return true;
}

bool ContactCsvReader::readNonBlankRecord(RawRecord *raw)
{
    while (readRecord(raw)) {
        const bool blank = !raw->tooLong && !raw->quoted && raw->fieldCount == 1 && raw->fields.size() == 1
                           && raw->fields.first().trimmed().isEmpty();
        if (!blank)
            return true;
    }
    return false;
}

Result<void> ContactCsvReader::readHeader()
{
    m_headerRead = false;
    m_columns.clear();
    m_customNames.clear();

    if (m_line == 1 && m_pos == 0 && fill() && m_chunk.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;

    RawRecord raw;
    if (!readNonBlankRecord(&raw))
        return Error(Error::Code::InvalidInput, tr("The file is empty; a contacts CSV starts with a header row."));
    if (raw.tooLong)
        return Error(Error::Code::InvalidInput, tr("The header row is longer than 1 MiB; this is not a contacts CSV."));
    if (raw.unterminated)
        return Error(Error::Code::InvalidInput, tr("The header row has a quoted column name that is never closed."));
    if (raw.fieldCount > maxFields)
        return Error(Error::Code::InvalidInput, tr("The header row has more than %1 columns.").arg(maxFields));

    static const QList<Column> standard{Column::Name,    Column::Company,  Column::Email, Column::Phone,
                                        Column::Website, Column::Location, Column::Stage, Column::Owner,
                                        Column::Tags,    Column::Handles,  Column::Note};
    const QStringList standardNames = csvStandardColumns();

    QSet<QString> seen;
    QList<Column> columns;
    QStringList customNames;
    for (qsizetype i = 0; i < raw.fields.size(); ++i) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString name = decoder.decode(raw.fields.at(i));
        if (decoder.hasError())
            return Error(Error::Code::InvalidInput,
                         tr("The header row is not valid UTF-8 text (save the file as UTF-8)."));
        name = name.trimmed();
        if (name.isEmpty())
            return Error(Error::Code::InvalidInput, tr("Column %1 of the header row has no name.").arg(i + 1));

        QString key;
        if (name.startsWith(customPrefix, Qt::CaseInsensitive)) {
            const QString field = name.mid(customPrefix.size()).trimmed();
            if (field.isEmpty())
                return Error(Error::Code::InvalidInput,
                             tr("The column “%1” names no custom field; write it as custom:<field>.").arg(shown(name)));
            columns.append(Column::Custom);
            customNames.append(field);
            key = customPrefix + field;
        } else {
            const qsizetype index = standardNames.indexOf(name.toLower());
            if (index < 0)
                return Error(Error::Code::InvalidInput,
                             tr("The column “%1” is not a contacts column. The columns are %2, and custom:<field> "
                                "for your own fields.")
                                 .arg(shown(name), standardNames.join(u", "_s)));
            columns.append(standard.at(index));
            customNames.append(QString());
            key = name.toLower();
        }
        if (seen.contains(key))
            return Error(Error::Code::InvalidInput, tr("The column “%1” appears more than once.").arg(shown(name)));
        seen.insert(key);
    }

    if (!columns.contains(Column::Name) && !columns.contains(Column::Email) && !columns.contains(Column::Handles))
        return Error(Error::Code::InvalidInput,
                     tr("The header row has no “name” column; without one, it needs an “email” or a “handles” "
                        "column."));

    m_columns = columns;
    m_customNames = customNames;
    m_headerRead = true;
    return {};
}

ContactCsvReader::Status ContactCsvReader::next(ContactRecord *record, CsvProblem *problem)
{
    if (!m_headerRead)
        return Status::End;
    RawRecord raw;
    if (!readNonBlankRecord(&raw))
        return Status::End;
    return rowToRecord(raw, record, problem);
}

ContactCsvReader::Status ContactCsvReader::rowToRecord(const RawRecord &raw, ContactRecord *record,
                                                       CsvProblem *problem) const
{
    const auto fail = [&](const QString &message) {
        *problem = CsvProblem{raw.line, message};
        return Status::Problem;
    };

    if (raw.tooLong)
        return fail(tr("Line %1 is longer than 1 MiB; it was skipped.").arg(raw.line));
    if (raw.unterminated)
        return fail(tr("Line %1 has a quoted field that is never closed.").arg(raw.line));
    if (raw.fieldCount != m_columns.size())
        return fail(tr("Line %1 does not have as many fields as the header row (%2 instead of %3).")
                        .arg(raw.line)
                        .arg(raw.fieldCount)
                        .arg(m_columns.size()));

    // Decode every field first: a row that is not UTF-8 is reported as that, whatever else is wrong.
    QStringList values;
    values.reserve(raw.fields.size());
    bool valid = true;
    for (const QByteArray &bytes : raw.fields) {
        // Stateless: a field that ends inside a multi-byte sequence is an error, not carried over.
        // ConvertInitialBom: a U+FEFF at the start of a field is text (the file's BOM is skipped
        // in readHeader()); the decoder would drop it otherwise, and a round trip would lose it.
        QStringDecoder decoder(QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        values.append(decoder.decode(bytes));
        valid = valid && !decoder.hasError();
    }
    if (!valid)
        return fail(tr("Line %1 is not valid UTF-8 text (save the file as UTF-8).").arg(raw.line));

    const QStringList standardNames = csvStandardColumns();
    const auto columnName = [&](qsizetype i) {
        return m_columns.at(i) == Column::Custom ? customPrefix + m_customNames.at(i)
                                                 : standardNames.at(static_cast<qsizetype>(m_columns.at(i)));
    };

    ContactRecord out;
    out.line = raw.line;
    Contact &c = out.contact;
    QString tags;
    QString handles;
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString value = values.at(i);
        value.replace(u"\r\n"_s, u"\n"_s);
        if (value.size() > maxFieldChars)
            return fail(
                tr("Line %1: the field “%2” is longer than 10,000 characters.").arg(raw.line).arg(columnName(i)));
        if (hasForbiddenControl(value))
            return fail(tr("Line %1: the field “%2” contains control characters.").arg(raw.line).arg(columnName(i)));
        value = value.trimmed();
        // Undo the writer's protection against formulas: "'=x" was written for "=x".
        value = csvcell::unguarded(value);

        switch (m_columns.at(i)) {
        case Column::Name:
            c.displayName = value;
            break;
        case Column::Company:
            c.company = value;
            break;
        case Column::Email:
            c.email = value;
            break;
        case Column::Phone:
            c.phone = value;
            break;
        case Column::Website:
            c.website = value;
            break;
        case Column::Location:
            c.location = value;
            break;
        case Column::Stage:
            c.stage = value;
            break;
        case Column::Owner:
            c.owner = value;
            break;
        case Column::Tags:
            tags = value;
            break;
        case Column::Handles:
            handles = value;
            break;
        case Column::Note:
            out.note = value;
            break;
        case Column::Custom:
            if (!value.isEmpty())
                c.customFields.insert(m_customNames.at(i), value);
            break;
        }
    }

    c.tags = splitList(tags);
    c.tags.sort();
    c.tags.removeDuplicates();

    for (const QString &entry : splitList(handles)) {
        const qsizetype colon = entry.indexOf(u':');
        const QString network = colon > 0 ? entry.left(colon).trimmed().toLower() : QString();
        const QString handle = colon > 0 ? entry.mid(colon + 1).trimmed() : QString();
        if (!knownNetworks().contains(network) || handle.isEmpty() || handle.contains(u' '))
            return fail(tr("Line %1: “%2” is not a handle; write it as network:handle, where the network is x, "
                           "mastodon or bluesky.")
                            .arg(raw.line)
                            .arg(shown(entry)));
        const QString normalised = network + u':' + handle;
        if (!out.handles.contains(normalised))
            out.handles.append(normalised);
    }

    if (c.displayName.isEmpty() && c.email.isEmpty() && out.handles.isEmpty())
        return fail(tr("Line %1 has no name, email or handle.").arg(raw.line));
    if (!c.email.isEmpty() && !emailPattern().match(c.email).hasMatch())
        return fail(tr("Line %1: “%2” is not an email address.").arg(raw.line).arg(shown(c.email)));

    *record = std::move(out);
    return Status::Row;
}

} // namespace starling::contacts
