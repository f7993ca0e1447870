// SPDX-License-Identifier: GPL-3.0-or-later
// X's counter and URL extractor against the official twitter-text library as a referee: a few
// thousand generated texts go through TextRules::x() and EntityExtractor(Network::X) here and
// through the library's parseTweet and extractUrlsWithIndices in Node.js
// (tests/conformance/twitter-text/reference.js), and every answer must be the same: weighted
// length, validity, permillage, where the valid range ends, and each URL with its indices.
//
// The texts come from a seeded generator, so every run checks the same ones: words in Latin
// (accented too), Greek, Cyrillic, CJK, Hangul, Arabic, Hebrew, Devanagari and Thai; emoji with
// skin tones, VS15/VS16, ZWJ sequences (standard and made up), flags (real and not), keycaps and
// tag sequences; URLs with and without a scheme, on generic, country-code and IDN TLDs, with
// subdomains, ports, long and non-ASCII paths, queries, t.co slugs, punctuation around them and
// letters of other scripts glued to them; @mentions, #hashtags, newlines, combining marks,
// directional marks and the characters X refuses. STARLING_TWITTER_TEXT_SEED and
// STARLING_TWITTER_TEXT_COUNT run other texts when looking for trouble.
//
// Where Starling differs on purpose, and how the comparison allows for it:
// - A text that NFC changes: twitter-text moves its validRangeEnd by the whole length change,
//   wherever the change happened (API-NOTES §D, step 8), so past an overflow it can point into
//   the text that does not fit; Starling maps the end back cluster by cluster. For such a text
//   validRangeEnd is compared on its NFC form, where no mapping is needed; the length, validity
//   and URLs are still compared on the text as written.
// (TestTextRules has the conformance cases where the library's data uses older configurations.)
//
// twitter-text comes from tests/conformance/twitter-text (npm ci, versions pinned in its
// package-lock.json, run by .ci/deps). Without it or without Node.js this test fails; it never
// skips.

#include "domain/Network.h"
#include "text/EntityExtractor.h"
#include "text/TextRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

constexpr int nodeTimeoutMs = 180000; // a generous limit for a loaded machine; it takes seconds
constexpr quint32 defaultSeed = 20260412;
constexpr int defaultCount = 3000;
constexpr int reportedFailures = 15;

const QString nodePath = QStringLiteral(STARLING_NODE);
const QString referenceDir = QStringLiteral(STARLING_TWITTER_TEXT_DIR);

int environmentNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString codePoints(std::initializer_list<char32_t> cps)
{
    QString s;
    for (const char32_t cp : cps)
        s += QString::fromUcs4(&cp, 1);
    return s;
}

/** Seeded texts that mix what X's counter has to get right. */
class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    QString text()
    {
        // Mostly short texts; two fifths long enough to cross 280 so that the valid range matters.
        const int pieces = chance(40) ? 20 + below(110) : 1 + below(12);
        QString text;
        for (int i = 0; i < pieces; ++i) {
            if (i > 0 && !chance(30))
                text += pick(separators);
            text += piece();
        }
        return text;
    }

private:
    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    QString piece()
    {
        const int kind = below(100);
        if (kind < 30)
            return pick(words);
        if (kind < 50)
            return emoji();
        if (kind < 72)
            return punctuated(url());
        if (kind < 78)
            return mention();
        if (kind < 85)
            return u'#' + (chance(20) ? pick(digits) : pick(words));
        if (kind < 92)
            return pick(digits);
        if (kind < 96)
            return pick(marks);
        if (kind < 98)
            return pick(refused);
        // Most texts stay as they are under NFC, so that where their valid range ends is
        // compared as written (see the top of this file).
        return chance(50) ? pick(combining) : pick(words);
    }

    QString emoji()
    {
        const int kind = below(100);
        if (kind < 10)
            return pick(standardSequences);
        if (kind < 20) {
            const char32_t first = 0x1F1E6 + below(26);
            const char32_t second = 0x1F1E6 + below(26);
            return chance(85) ? codePoints({first, second}) : codePoints({first});
        }
        if (kind < 28) {
            QString keycap = QChar(u"0123456789#*"[below(12)]);
            if (chance(60))
                keycap += u'\uFE0F';
            if (chance(85))
                keycap += u'\u20E3';
            return keycap;
        }
        if (kind < 33) {
            QString flag = codePoints({0x1F3F4});
            const QString tags = chance(70) ? pick(subdivisions) : u"usca"_s;
            for (const QChar c : tags)
                flag += codePoints({char32_t(0xE0000 + c.unicode())});
            if (chance(90))
                flag += codePoints({0xE007F});
            return flag;
        }
        // A base with what may follow it, sometimes joined to more by ZWJ.
        QString e = single();
        for (int joins = chance(25) ? 1 + below(3) : 0; joins > 0; --joins)
            e += u'\u200D' + (chance(25) ? codePoints({chance(50) ? 0x2640u : 0x2642u}) : single());
        return e;
    }

    QString single()
    {
        QString e = pick(emojiBases);
        const int kind = below(100);
        if (kind < 20)
            e += u'\uFE0F';
        else if (kind < 25)
            e += u'\uFE0E';
        if (chance(25))
            e += codePoints({char32_t(0x1F3FB + below(5))});
        if (chance(5))
            e += u'\uFE0F';
        return e;
    }

    QString url()
    {
        if (chance(8)) {
            QString slug;
            for (int n = 1 + below(48); n > 0; --n)
                slug += QChar(u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[below(62)]);
            return pick(schemes) + u"t.co/"_s + slug + (chance(20) ? u"?amp=1"_s : QString());
        }
        QString host;
        for (int labels = 1 + below(chance(20) ? 4 : 2); labels > 0; --labels)
            host += label() + u'.';
        QString url = pick(schemes) + host + pick(tlds);
        if (chance(8))
            url += u':' + QString::number(below(70000));
        if (chance(45))
            url += path();
        if (chance(15)) {
            url += u"?q="_s + pick(words) + u"&n="_s + pick(digits);
            if (chance(30))
                url += QChar(u"!?*'()@;:&=+$/%#[]-_.,~|"[below(24)]);
        }
        return url;
    }

    QString label()
    {
        if (chance(3)) // around the 63-character limit, in ASCII or after punycode
            return chance(50) ? QString(60 + below(8), u'a') : QString(18 + below(8), u'日');
        return pick(hostLabels);
    }

    QString path()
    {
        if (chance(4)) {
            // Around twitter-text's 4,096-character limit for a whole URL.
            QString longPath = u"/"_s;
            const int length = 4060 + below(60);
            while (longPath.size() < length)
                longPath += pick(pathPieces);
            return longPath;
        }
        QString p;
        for (int segments = 1 + below(4); segments > 0; --segments) {
            p += u'/';
            for (int n = below(5); n > 0; --n)
                p += pick(pathPieces);
        }
        return p;
    }

    QString punctuated(const QString &url)
    {
        QString s = url;
        if (chance(35))
            s.prepend(pick(before));
        if (chance(40))
            s += pick(after);
        return s;
    }

    QString mention()
    {
        QString name;
        for (int n = 1 + below(23); n > 0; --n)
            name += QChar(u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"[below(63)]);
        const int kind = below(100);
        if (kind < 10)
            return u"RT @"_s + name;
        if (kind < 15)
            return u"\uFF20"_s + name;
        if (kind < 22)
            return u'@' + name + u"/list"_s;
        if (kind < 30)
            return name + u"@example.com"_s;
        return u'@' + name;
    }

    QRandomGenerator m_random;

    const QList<QString> words{
        u"hello"_s,      u"world"_s,    u"the"_s,     u"Thanks"_s, u"café"_s,   u"naïve"_s,      u"Straße"_s,
        u"façade"_s,     u"日本語"_s,   u"中文"_s,    u"漢字"_s,   u"テスト"_s, u"こんにちは"_s, u"한국어"_s,
        u"안녕하세요"_s, u"مرحبا"_s,    u"العربية"_s, u"שלום"_s,   u"नमस्ते"_s,   u"हिन्दी"_s,      u"привет"_s,
        u"Москва"_s,     u"καλημέρα"_s, u"ΙΣΤΟΣ"_s,   u"สวัสดี"_s,
    };
    const QList<QString> digits{u"2024"_s, u"42"_s, u"0"_s, u"١٢٣"_s, u"१२३"_s};
    const QList<QString> separators{u" "_s,  u"  "_s, u"\n"_s,     u", "_s, u". "_s, u"!"_s,   u"? "_s,
                                    u"、"_s, u"。"_s, u"\u3000"_s, u"\t"_s, u"…"_s,  u"\r\n"_s};
    const QList<QString> schemes{u""_s,         u""_s,         u""_s,         u"http://"_s,
                                 u"https://"_s, u"https://"_s, u"HTTPS://"_s, u"Http://"_s};
    const QList<QString> hostLabels{
        u"example"_s, u"www"_s,   u"t"_s,    u"bit"_s,    u"foo-bar"_s, u"a_b"_s,     u"sub_domain"_s,
        u"-x"_s,      u"x-"_s,    u"例え"_s, u"пример"_s, u"日本"_s,    u"münchen"_s, u"xn--bcher-kva"_s,
        u"mail"_s,    u"shop2"_s, u"☃"_s,    u"😀"_s,      u"ΑΒΓ"_s,     u"東京"_s,
    };
    const QList<QString> tlds{u"com"_s,   u"com"_s,    u"co"_s,         u"jp"_s,
                              u"de"_s,    u"co.uk"_s,  u"org"_s,        u"io"_s,
                              u"tv"_s,    u"py"_s,     u"рф"_s,         u"みんな"_s,
                              u"中国"_s,  u"COM"_s,    u"xn--p1ai"_s,   u"vermögensberater"_s,
                              u"onion"_s, u"social"_s, u"invalidtld"_s, u"comx"_s,
                              u"ελ"_s};
    const QList<QString> pathPieces{u"a"_s, u"path"_s, u"Z9"_s,     u"-"_s, u"_"_s,   u"~"_s,       u"."_s,
                                    u","_s, u"!"_s,    u"'"_s,      u"*"_s, u";"_s,   u":"_s,       u"="_s,
                                    u"+"_s, u"$"_s,    u"%20"_s,    u"#"_s, u"@"_s,   u"&"_s,       u"|"_s,
                                    u"["_s, u"]"_s,    u"("_s,      u")"_s, u"(x)"_s, u"(a(b)c)"_s, u"я"_s,
                                    u"é"_s, u"日本"_s, u"\u2013"_s, u"ı"_s, u"ι"_s,   u"/"_s};
    const QList<QString> before{u"("_s, u"\""_s, u"「"_s, u"@"_s,    u"#"_s, u"$"_s, u"-"_s,
                                u"_"_s, u"/"_s,  u"."_s,  u"日本"_s, u"x"_s, u"é"_s, u"\u202A"_s};
    const QList<QString> after{u"."_s, u","_s,  u")"_s,    u"!"_s, u"?"_s, u"'"_s, u"\""_s, u":"_s,
                               u"…"_s, u"。"_s, u"です"_s, u"-"_s, u"@"_s, u"+"_s, u"é"_s};
    const QList<QString> emojiBases{
        codePoints({0x1F600}), codePoints({0x1F44D}), codePoints({0x2764}),  codePoints({0x263A}),
        codePoints({0x270C}),  codePoints({0x1F3F3}), codePoints({0x1F3F4}), codePoints({0x1F468}),
        codePoints({0x1F469}), codePoints({0x1F467}), codePoints({0x1F466}), codePoints({0x1F4BB}),
        codePoints({0x1F680}), codePoints({0x2695}),  codePoints({0x1F3C3}), codePoints({0x1F3CB}),
        codePoints({0x1F575}), codePoints({0x1F937}), codePoints({0x1F9D1}), codePoints({0x1F91D}),
        codePoints({0x1F525}), codePoints({0x1F308}), codePoints({0x2620}),  codePoints({0x1F441}),
        codePoints({0x1F5E8}), codePoints({0x00A9}),  codePoints({0x00AE}),  codePoints({0x2122}),
        codePoints({0x265F}),  codePoints({0x203C}),  codePoints({0x231A}),  codePoints({0x23E9}),
        codePoints({0x1F970}), codePoints({0x1FAE0}), codePoints({0x1F9B0}), codePoints({0x1F431}),
        codePoints({0x1F46F}), codePoints({0x1F9DE}), codePoints({0x26F9}),  codePoints({0x1F590}),
        codePoints({0x270A}),  codePoints({0x1F385}), codePoints({0x1F3FD}), codePoints({0x1F1EF}),
    };
    const QList<QString> standardSequences{
        codePoints({0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466}), // family
        codePoints({0x1F469, 0x1F3FD, 0x200D, 0x1F4BB}), // woman technologist, medium skin
        codePoints({0x1F3F3, 0xFE0F, 0x200D, 0x1F308}), // rainbow flag
        codePoints({0x1F3C3, 0x200D, 0x2640, 0xFE0F}), // woman running
        codePoints({0x1F575, 0xFE0F, 0x200D, 0x2642, 0xFE0F}), // man detective
        codePoints({0x1F441, 0xFE0F, 0x200D, 0x1F5E8, 0xFE0F}), // eye in speech bubble, RGI form
        codePoints({0x1F9D1, 0x200D, 0x1F91D, 0x200D, 0x1F9D1}), // people holding hands (Emoji 12)
        codePoints({0x2764, 0xFE0F, 0x200D, 0x1F525}), // heart on fire (Emoji 13.1)
        codePoints({0x1F468, 0x200D, 0x2695, 0xFE0F}), // man health worker
    };
    const QList<QString> subdivisions{u"gbeng"_s, u"gbsct"_s, u"gbwls"_s};
    const QList<QString> combining{
        u"cafe\u0301"_s, u"\u1100\u1161\u11A8"_s, u"\u212B"_s,        u"A\uFB2C"_s, u"\u0958"_s,
        u"o\u0308"_s,    u"\u0041\u030A"_s,       u"e\u0301\u0301"_s, u"\u00C5"_s,  u"\u09CB"_s,
    };
    const QList<QString> marks{u"\u200E"_s, u"\u200F"_s, u"\u202A"_s, u"\u202C"_s, u"\u2066"_s, u"\u2069"_s,
                               u"\u061C"_s, u"\u200B"_s, u"\u200C"_s, u"\u200D"_s, u"\u00A0"_s};
    const QList<QString> refused{u"\uFFFE"_s, u"\uFEFF"_s, u"\uFFFF"_s};
};

QString quoted(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
}

QJsonArray urlsJson(const QList<TextEntity> &urls)
{
    QJsonArray out;
    for (const TextEntity &u : urls)
        out.append(QJsonObject{{u"url"_s, u.value}, {u"indices"_s, QJsonArray{u.start, u.end}}});
    return out;
}

// twitter-text's range ends are inclusive, TextCount's exclusive.
qint64 inclusive(qsizetype end)
{
    return std::max<qsizetype>(end - 1, 0);
}

} // namespace

class TestTwitterTextReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformanceJsonMatchesYaml();
    void generatedTexts();

private:
    /** Runs a script of tests/conformance/twitter-text; returns its output and exit code. */
    QByteArray runNode(const QStringList &arguments, int *exitCode);
};

void TestTwitterTextReference::initTestCase()
{
    QVERIFY2(QFileInfo(nodePath).isExecutable(),
             qPrintable(u"Node.js was not found (%1): .ci/deps installs it."_s.arg(nodePath)));
    QVERIFY2(QFileInfo::exists(referenceDir + u"/node_modules/twitter-text/package.json"_s),
             qPrintable(u"twitter-text is not installed in %1: run `npm ci --prefix %1` (.ci/deps does it)."_s.arg(
                 referenceDir)));
}

QByteArray TestTwitterTextReference::runNode(const QStringList &arguments, int *exitCode)
{
    QProcess node;
    node.setWorkingDirectory(referenceDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(nodePath, arguments);
    if (!node.waitForFinished(nodeTimeoutMs)) {
        node.kill();
        node.waitForFinished();
        *exitCode = -1;
        return "node did not finish: " + node.readAll();
    }
    *exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    return node.readAll();
}

void TestTwitterTextReference::conformanceJsonMatchesYaml()
{
    // TestTextRules reads the conformance data from JSON converted from the YAML next to it.
    int exitCode = 0;
    const QByteArray output = runNode({u"convert-conformance.js"_s, u"--check"_s}, &exitCode);
    QVERIFY2(exitCode == 0, output.constData());
}

void TestTwitterTextReference::generatedTexts()
{
    const auto seed = quint32(environmentNumber("STARLING_TWITTER_TEXT_SEED", int(defaultSeed)));
    const int textCount = environmentNumber("STARLING_TWITTER_TEXT_COUNT", defaultCount);
    TextGenerator generator(seed);
    QStringList texts;
    for (int i = 0; i < textCount; ++i)
        texts.append(generator.text());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString input = dir.filePath(u"texts.json"_s);
    const QString output = dir.filePath(u"reference.json"_s);
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
    }
    int exitCode = 0;
    const QByteArray log = runNode({u"reference.js"_s, input, output}, &exitCode);
    QVERIFY2(exitCode == 0, log.constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray reference = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(reference.size(), texts.size());

    const TextRules rules = TextRules::x();
    const EntityExtractor extractor(Network::X);
    QStringList failures;
    int disagreements = 0;
    int withUrls = 0;
    int tooLong = 0;
    int normalizedTexts = 0;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString &text = texts.at(i);
        const QJsonObject expected = reference.at(i).toObject();
        QVERIFY2(expected.value(u"text"_s).toString() == text,
                 qPrintable(u"text %1 changed on its way to Node.js: "_s.arg(i) + quoted(text)));

        const TextCount count = rules.count(text);
        const QList<TextEntity> urls = extractor.urls(text);
        QJsonObject actual{
            {u"weightedLength"_s, count.length}, {u"valid"_s, count.valid},
            {u"permillage"_s, count.permillage}, {u"validRangeEnd"_s, inclusive(count.validRangeEnd)},
            {u"urls"_s, urlsJson(urls)},
        };
        QJsonObject wanted = expected;
        wanted.remove(u"text"_s);
        if (expected.contains(u"normalized"_s)) {
            // The one deliberate difference (see the top of this file): compare where the valid
            // range ends on the NFC form.
            ++normalizedTexts;
            const QString normalized = expected.value(u"normalized"_s).toString();
            actual.insert(u"validRangeEnd"_s, inclusive(rules.count(normalized).validRangeEnd));
            wanted.insert(u"validRangeEnd"_s, expected.value(u"normalizedValidRangeEnd"_s));
            wanted.remove(u"normalized"_s);
            wanted.remove(u"normalizedValidRangeEnd"_s);
        }
        withUrls += urls.isEmpty() ? 0 : 1;
        tooLong += count.problem == TextCount::Problem::TooLong ? 1 : 0;
        if (actual == wanted)
            continue;
        ++disagreements;
        if (failures.size() < reportedFailures) {
            QStringList fields;
            for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
                if (actual.value(it.key()) != it.value()) {
                    const auto json = [](const QJsonValue &v) {
                        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
                    };
                    fields << u"%1: Starling %2, twitter-text %3"_s.arg(it.key(), json(actual.value(it.key())),
                                                                        json(it.value()));
                }
            }
            failures << u"text %1 %2\n      %3"_s.arg(i).arg(quoted(text), fields.join(u"\n      "_s));
        }
    }
    qInfo("%d texts (seed %u): %d with URLs, %d too long, %d changed by NFC", int(texts.size()), seed, withUrls,
          tooLong, normalizedTexts);
    QVERIFY2(
        disagreements == 0,
        qPrintable(u"Starling and twitter-text disagree on %1 of %2 texts:\n"_s.arg(disagreements).arg(texts.size())
                   + failures.join(u'\n')));
    // The generator must keep producing what it is meant to test.
    QVERIFY(withUrls > texts.size() / 3);
    QVERIFY(tooLong > texts.size() / 15);
    QVERIFY(normalizedTexts > texts.size() / 20);
}

QTEST_GUILESS_MAIN(TestTwitterTextReference)
#include "TestTwitterTextReference.moc"
