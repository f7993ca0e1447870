// SPDX-License-Identifier: GPL-3.0-or-later
// The vCard export against a parser nobody here wrote: ical.js (Mozilla's, the one Thunderbird
// uses; npm, pinned in tests/conformance, installed by .ci/deps) reads what VCardWriter wrote,
// and every field must come back as it was: escapes, folded lines inside multi-byte text, empty
// fields left out, several cards in one file. Fails without Node.js or ical.js.

#include "contacts/VCardWriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

const QString nodePath = QStringLiteral(STARLING_NODE);
const QString conformanceDir = QStringLiteral(STARLING_CONFORMANCE_DIR);

/** One card as ical.js read it: property name → its values, in order. */
using Card = QMultiMap<QString, QJsonValue>;

ContactRecord hostile()
{
    ContactRecord r;
    Contact &c = r.contact;
    c.displayName = u"Ana; Lima, \"Shoes\" \\ Ünïcødé 山田 🙂"_s;
    c.company = u"Shoes; Inc, Lisbon"_s;
    c.email = u"ana+shop@example.com"_s;
    c.phone = u"+351 21 000 0000"_s;
    c.website = u"https://ana.example/a,b;c"_s;
    c.location = u"Lisbon, PT; Baixa"_s;
    c.tags = {u"vip"_s, u"a,b"_s, u"買い物"_s};
    c.stage = u"Qualified"_s;
    c.owner = u"Bea"_s;
    r.handles = {u"x:@ana"_s, u"mastodon:@ana@shoes.social"_s};
    // Long enough to be folded several times, with the folds falling inside multi-byte characters.
    r.note =
        u"first line\nsecond, with a comma; and a semicolon\r\n"_s + QString(u"日本語のメモ🙂"_s).repeated(12);
    return r;
}

ContactRecord plain()
{
    ContactRecord r;
    r.contact.displayName = u"Bo"_s;
    r.contact.email = u"bo@example.org"_s;
    return r;
}

} // namespace

class TestVCardReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void icalJsReadsEveryField();

private:
    /** The cards ical.js read from @p vcf, or a failure. */
    QList<Card> readWithIcalJs(const QByteArray &vcf);

    QTemporaryDir m_dir;
};

void TestVCardReference::initTestCase()
{
    QVERIFY2(QFileInfo(nodePath).isExecutable(),
             qPrintable(u"Node.js was not found (%1): .ci/deps installs it."_s.arg(nodePath)));
    QVERIFY2(QFileInfo::exists(conformanceDir + u"/node_modules/ical.js/package.json"_s),
             qPrintable(u"ical.js is not installed in %1: run `npm ci --prefix %1` (.ci/deps does it)."_s.arg(
                 conformanceDir)));
    QVERIFY(m_dir.isValid());
}

QList<Card> TestVCardReference::readWithIcalJs(const QByteArray &vcf)
{
    const QString path = m_dir.filePath(u"contacts.vcf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(vcf) != vcf.size())
        return {};
    file.close();
    QProcess node;
    node.setWorkingDirectory(conformanceDir);
    node.start(nodePath, {u"vcard-read.mjs"_s, path});
    if (!node.waitForFinished(60'000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        qWarning("ical.js could not read the export: %s", node.readAllStandardError().constData());
        return {};
    }
    QList<Card> cards;
    const QJsonArray parsed = QJsonDocument::fromJson(node.readAllStandardOutput()).array();
    for (const QJsonValue &card : parsed) {
        Card properties;
        // A multi-map returns the last value inserted first: insert in reverse to keep the order.
        const QJsonArray list = card.toArray();
        for (qsizetype i = list.size() - 1; i >= 0; --i)
            properties.insert(list.at(i).toArray().at(0).toString(), list.at(i).toArray().at(1));
        cards.append(properties);
    }
    return cards;
}

void TestVCardReference::icalJsReadsEveryField()
{
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    contacts::VCardWriter writer(&out);
    const ContactRecord h = hostile();
    QVERIFY(writer.write(h).ok());
    QVERIFY(writer.write(plain()).ok());
    // Every line, folded or not, fits in 75 octets (RFC 6350 §3.2).
    for (const QByteArray &line : out.data().split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 and the CR

    const QList<Card> cards = readWithIcalJs(out.data());
    QCOMPARE(cards.size(), 2);
    const Card &a = cards.at(0);
    QCOMPARE(a.value(u"version"_s).toString(), u"4.0"_s);
    QCOMPARE(a.value(u"fn"_s).toString(), h.contact.displayName);
    // ORG is compound: the escaped semicolon keeps the company one component.
    QCOMPARE(a.value(u"org"_s).toString(), h.contact.company);
    QCOMPARE(a.value(u"email"_s).toString(), h.contact.email);
    QCOMPARE(a.value(u"tel"_s).toString(), h.contact.phone);
    QCOMPARE(a.value(u"url"_s).toString(), h.contact.website);
    const QJsonArray adr = a.value(u"adr"_s).toArray();
    QCOMPARE(adr.size(), 7);
    QCOMPARE(adr.at(3).toString(), h.contact.location); // the locality
    QStringList categories;
    for (const QJsonValue &v : a.value(u"categories"_s).toArray())
        categories << v.toString();
    QCOMPARE(categories, h.contact.tags);
    QString note = h.note;
    note.replace(u"\r\n"_s, u"\n"_s);
    QCOMPARE(a.value(u"note"_s).toString(), note);
    QCOMPARE(a.values(u"x-socialprofile"_s).size(), 2);
    QCOMPARE(a.value(u"x-starling-owner"_s).toString(), u"Bea"_s);
    QCOMPARE(a.value(u"x-starling-stage"_s).toString(), u"Qualified"_s);

    // Empty fields are left out, not written empty.
    const Card &b = cards.at(1);
    QCOMPARE(b.value(u"fn"_s).toString(), u"Bo"_s);
    QCOMPARE(b.value(u"email"_s).toString(), u"bo@example.org"_s);
    for (const QString &absent : {u"org"_s, u"tel"_s, u"url"_s, u"adr"_s, u"note"_s, u"categories"_s})
        QVERIFY2(!b.contains(absent), qPrintable(absent));
}

QTEST_GUILESS_MAIN(TestVCardReference)
#include "TestVCardReference.moc"
