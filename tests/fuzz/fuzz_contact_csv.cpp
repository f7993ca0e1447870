// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts CSV reader and writer (core/contacts/ContactCsv, issue #17) on any bytes a user may
// import. Properties: reading returns (libFuzzer's -timeout), every row ends as a record or as a
// problem with its line, lines only grow, nothing read is longer than the reader's limits, and
// what was read survives a round trip: written with ContactCsvWriter and read again, every record
// comes back equal (the formula guard and the quoting undo themselves).
#include "FuzzSupport.h"

#include "contacts/ContactCsv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace starling;
using namespace starling::contacts;

namespace {

// Several of the reader's 64 KiB chunks, and rows up to its 1 MiB limit.
constexpr size_t longestInput = 4 * 1024 * 1024;

/** Everything @p device holds as records; problems are counted and checked on the way. */
QList<ContactRecord> readAll(QIODevice *device, qsizetype *problems)
{
    QList<ContactRecord> records;
    ContactCsvReader reader(device);
    if (!reader.readHeader().ok())
        return records;
    qint64 lastLine = 1; // the header's
    ContactRecord record;
    CsvProblem problem;
    // Each row takes at least one byte: more calls than bytes would be a loop.
    const qint64 mostRows = device->size() + 1;
    for (qint64 calls = 0;; ++calls) {
        FUZZ_CHECK(calls <= mostRows);
        const auto status = reader.next(&record, &problem);
        if (status == ContactCsvReader::Status::End)
            break;
        if (status == ContactCsvReader::Status::Problem) {
            FUZZ_CHECK(problem.line > lastLine);
            FUZZ_CHECK(!problem.message.isEmpty());
            lastLine = problem.line;
            ++*problems;
            continue;
        }
        FUZZ_CHECK(record.line > lastLine);
        lastLine = record.line;
        const Contact &c = record.contact;
        for (const QString *field :
             std::initializer_list<const QString *>{&c.displayName, &c.company, &c.email, &c.phone, &c.website,
                                                    &c.location, &c.stage, &c.owner, &record.note})
            FUZZ_CHECK(field->size() <= 10000);
        records.append(record);
    }
    return records;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > longestInput)
        return 0;
    QByteArray input = fuzz::bytes(data, size);
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    qsizetype problems = 0;
    const QList<ContactRecord> records = readAll(&in, &problems);

    // Written out, with every custom field the records have, and read back: the same records.
    QStringList customNames;
    for (const ContactRecord &r : records) {
        for (auto it = r.contact.customFields.cbegin(); it != r.contact.customFields.cend(); ++it) {
            if (!customNames.contains(it.key()))
                customNames.append(it.key());
        }
    }
    QByteArray written;
    QBuffer out(&written);
    out.open(QIODevice::WriteOnly);
    ContactCsvWriter writer(&out, customNames);
    FUZZ_CHECK(writer.writeHeader().ok());
    for (const ContactRecord &r : records)
        FUZZ_CHECK(writer.write(r).ok());
    out.close();

    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    qsizetype problemsAgain = 0;
    const QList<ContactRecord> reread = readAll(&again, &problemsAgain);
    FUZZ_CHECK(problemsAgain == 0);
    FUZZ_CHECK(reread.size() == records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        ContactRecord a = records.at(i);
        ContactRecord b = reread.at(i);
        a.line = b.line = 0; // the written file has one line per row
        FUZZ_CHECK(a == b);
    }
    return 0;
}
