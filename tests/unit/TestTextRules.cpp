// SPDX-License-Identifier: GPL-3.0-or-later
// core/text: X's weighted counting, Mastodon's and Bluesky's grapheme counting, the URL/mention/
// hashtag extractor, emoji sequences, the TLD list, and post HTML as plain text (HtmlToText).
//
// Every expected value in the hand-written tables is worked out from the rules in API-NOTES (X-7,
// §D, M-6, B-6); the row names say how. The conformance* tests run the official twitter-text
// conformance data instead (tests/data/twitter-text: validate.yml, extract.yml and tlds.yml,
// Apache-2.0, read from their JSON conversion), every case of every section our X rules claim. X weights:
// U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1, every other code point 2, a URL 23, an emoji
// sequence 2. permillage = length × 1000 / limit, rounded down. validRangeEnd is exclusive; -1 in a table means "the
// whole text".

#include "domain/Network.h"
#include "text/EmojiSequence.h"
#include "text/EntityExtractor.h"
#include "text/HtmlToText.h"
#include "text/KnownTlds.h"
#include "text/TextMetrics.h"
#include "text/TextRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

Q_DECLARE_METATYPE(starling::TextCount::Problem)
Q_DECLARE_METATYPE(starling::TextRules::Mode)
Q_DECLARE_METATYPE(starling::TextUnit)
Q_DECLARE_METATYPE(starling::Network)

namespace {

using Problem = TextCount::Problem;

// Emoji used below, spelled out so the code points are visible.
const QString grinning = u"\U0001F600"_s; // 😀, one astral code point
// 👨‍👩‍👧‍👦 man, woman, girl, boy joined by ZWJ: 11 UTF-16 units, 7 code points, 25 UTF-8 bytes.
const QString family = u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"_s;
const QString thumbsUpMedium = u"\U0001F44D\U0001F3FD"_s; // 👍🏽
const QString flagJapan = u"\U0001F1EF\U0001F1F5"_s; // 🇯🇵

QString repeated(const QString &s, qsizetype times)
{
    return s.repeated(times);
}

// --- twitter-text's conformance data -----------------------------------------------------------

/** One of tests/data/twitter-text/{validate,extract,tlds}.json: section name → array of cases. */
QJsonObject conformance(const char *name)
{
    QFile file(QString::fromUtf8(STARLING_TEST_DATA_DIR) + u"/twitter-text/"_s + QLatin1StringView(name) + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct KnownDifference
{
    const char *section;
    const char *description;
    const char *reason;
};

constexpr char v1Config[] = "twitter-text checks this section with its version 1 configuration (140 characters, each "
                            "weighing 1), which X retired in 2017; X counts with version 3 (API-NOTES §D), where this "
                            "text weighs 144 and fits.";
constexpr char v2Config[] = "twitter-text checks this section with its version 2 configuration, which weighs emoji "
                            "code point by code point; X counts with version 3, where an emoji sequence weighs 2 (the "
                            "same text passes in WeightedTweetsWithDiscountedEmojiCounterTest).";

/**
 * The conformance cases where Starling answers differently on purpose, by section and description.
 * Any other disagreement fails, and so does an entry here whose case agrees (the entry is stale).
 */
constexpr KnownDifference knownDifferences[] = {
    {"tweets", "Invalid Tweet: 141 characters", v1Config},
    {"tweets", "Invalid Tweet: 141 characters (due to newline)", v1Config},
    {"WeightedTweetsCounterTest", "Count a mix of single byte single word, and double word unicode characters",
     v2Config},
    {"WeightedTweetsCounterTest",
     "Count unicode emoji chars outside the basic multilingual plane with skin tone modifiers", v2Config},
};

QString knownDifference(const QString &section, const QString &description)
{
    for (const KnownDifference &d : knownDifferences) {
        if (section == QLatin1StringView(d.section) && description == QString::fromUtf8(d.description))
            return QString::fromUtf8(d.reason);
    }
    return {};
}

/** Adds one row per case of @p sections of @p file: section, text, expected, known difference. */
void addConformanceRows(const char *file, std::initializer_list<const char *> sections)
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<QString>("difference");

    const QJsonObject data = conformance(file);
    for (const char *section : sections) {
        const QString name = QLatin1StringView(section);
        for (const QJsonValue &c : data.value(name).toArray()) {
            const QJsonObject testCase = c.toObject();
            const QString description = testCase.value(u"description"_s).toString();
            QTest::addRow("%s: %s", section, qPrintable(description))
                << name << testCase.value(u"text"_s).toString() << testCase.value(u"expected"_s)
                << knownDifference(name, description);
        }
    }
}

/** twitter-text's entity lists: plain values, or objects with @p key and UTF-16 "indices". */
QJsonArray entitiesJson(const QList<TextEntity> &entities, const QString &key = {})
{
    QJsonArray out;
    for (const TextEntity &e : entities) {
        if (key.isEmpty())
            out.append(e.value);
        else
            out.append(QJsonObject{{key, e.value}, {u"indices"_s, QJsonArray{e.start, e.end}}});
    }
    return out;
}

/** Fails unless @p actual equals @p expected, or differs from it when the case is a known difference. */
void compareWithConformance(const QJsonValue &actual, const QJsonValue &expected, const QString &difference)
{
    const auto json = [](const QJsonValue &v) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
    };
    if (!difference.isEmpty()) {
        QVERIFY2(actual != expected,
                 qPrintable(u"Listed as a known difference, but Starling now agrees with "
                            "twitter-text (%1): remove it from knownDifferences."_s.arg(json(actual))));
        return;
    }
    QVERIFY2(actual == expected,
             qPrintable(u"\n   Starling:     %1\n   twitter-text: %2"_s.arg(json(actual), json(expected))));
}

QStringList describe(const QList<TextEntity> &entities)
{
    QStringList out;
    for (const TextEntity &e : entities) {
        switch (e.type) {
        case TextEntity::Type::Url:
            out << u"U:"_s + e.value;
            break;
        case TextEntity::Type::Mention:
            out << u"@:"_s + e.value;
            break;
        case TextEntity::Type::Hashtag:
            out << u"#:"_s + e.value;
            break;
        }
    }
    return out;
}

} // namespace

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xPost_data();
    void xPost();
    void xDirectMessage_data();
    void xDirectMessage();
    void mastodon_data();
    void mastodon();
    void bluesky_data();
    void bluesky();
    void urls_data();
    void urls();
    void xUrlWithMixedHost();
    void entities_data();
    void entities();
    void emojiSequences_data();
    void emojiSequences();
    void graphemesAndBytes_data();
    void graphemesAndBytes();
    void knownTlds();
    void conformanceData();
    void conformanceCounter_data();
    void conformanceCounter();
    void conformanceUrls_data();
    void conformanceUrls();
    void conformanceMentions_data();
    void conformanceMentions();
    void conformanceHashtags_data();
    void conformanceHashtags();
    void limitsPerNetwork_data();
    void limitsPerNetwork();
    void mastodonFallbackLimits();
    void withMaxLength();
    void reasons();
    void htmlToText_data();
    void htmlToText();
    void htmlToTextHostile_data();
    void htmlToTextHostile();
    void htmlToTextHostileMentions();
    void htmlToTextMaxLength_data();
    void htmlToTextMaxLength();
};

void TestTextRules::xPost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("permillage");
    QTest::addColumn<qsizetype>("validRangeEnd");
    QTest::addColumn<Problem>("problem");

    // Limits
    QTest::newRow("empty is invalid on X") << QString() << 0 << false << 0 << qsizetype(0) << Problem::Empty;
    QTest::newRow("ascii 11 x 1") << u"Hello world"_s << 11 << true << 39 << qsizetype(-1) << Problem::None;
    QTest::newRow("whitespace counts") << u"   "_s << 3 << true << 10 << qsizetype(-1) << Problem::None;
    QTest::newRow("280 ascii fit") << repeated(u"a"_s, 280) << 280 << true << 1000 << qsizetype(-1) << Problem::None;
    QTest::newRow("281 ascii: valid up to 280")
        << repeated(u"a"_s, 281) << 281 << false << 1003 << qsizetype(280) << Problem::TooLong;

    // Weights by code point range
    QTest::newRow("CJK 5 x 2") << u"こんにちは"_s << 10 << true << 35 << qsizetype(-1) << Problem::None;
    QTest::newRow("140 CJK = 280 fit") << repeated(u"漢"_s, 140) << 280 << true << 1000 << qsizetype(-1)
                                       << Problem::None;
    QTest::newRow("141 CJK = 282: valid up to 140")
        << repeated(u"漢"_s, 141) << 282 << false << 1007 << qsizetype(140) << Problem::TooLong;
    QTest::newRow("3 latin + CJK overflow at 140 chars")
        << (u"the"_s + repeated(u"漢"_s, 140)) << 283 << false << 1010 << qsizetype(141) << Problem::TooLong;
    QTest::newRow("latin-1, cyrillic, hebrew <= U+10FF weigh 1: 4+1+6+1+4")
        << u"caf\u00E9 Привет שלום"_s << 16 << true << 57 << qsizetype(-1) << Problem::None;
    QTest::newRow("U+10D0 georgian 1 + U+1200 ethiopic 2")
        << u"\u10D0\u1200"_s << 3 << true << 10 << qsizetype(-1) << Problem::None;
    QTest::newRow("hangul syllable U+AC00 weighs 2") << u"\uAC00"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("en dash and curly quotes U+2013/201C/201D weigh 1")
        << u"\u2013\u201C\u201D"_s << 3 << true << 10 << qsizetype(-1) << Problem::None;
    QTest::newRow("per mille U+2030 weighs 2, prime U+2032 weighs 1")
        << u"\u2030\u2032"_s << 3 << true << 10 << qsizetype(-1) << Problem::None;
    QTest::newRow("a + LRM U+200E (2) + lone ZWJ U+200D (1) + b")
        << u"a\u200E\u200Db"_s << 5 << true << 17 << qsizetype(-1) << Problem::None;
    QTest::newRow("em space U+2003 weighs 1, ideographic space U+3000 weighs 2")
        << u"\u2003\u3000"_s << 3 << true << 10 << qsizetype(-1) << Problem::None;

    // URLs: 23 each, with or without a scheme
    QTest::newRow("https URL = 23") << u"https://example.com"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("bare example.com = 23") << u"example.com"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("long URL with path and query = 23")
        << u"https://example.com/a/very/long/path/that/goes/on?with=query&and=more"_s << 23 << true << 82
        << qsizetype(-1) << Problem::None;
    QTest::newRow("'Hi ' 3 + URL 23") << u"Hi http://test.co"_s << 26 << true << 92 << qsizetype(-1) << Problem::None;
    QTest::newRow("bare + scheme URL: 23 + ' and ' 5 + 23")
        << u"example.com and https://example.org/x"_s << 51 << true << 182 << qsizetype(-1) << Problem::None;
    QTest::newRow("trailing period is text: 'Go to ' 6 + 23 + 1")
        << u"Go to example.com."_s << 30 << true << 107 << qsizetype(-1) << Problem::None;
    QTest::newRow("balanced parens in path: ( 1 + 23 + ) 1")
        << u"(https://en.wikipedia.org/wiki/Foo_(bar))"_s << 25 << true << 89 << qsizetype(-1) << Problem::None;
    QTest::newRow("t.co is a URL") << u"t.co"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("bare ccTLD without path is a URL too: 'see ' 4 + 23")
        << u"see example.de"_s << 27 << true << 96 << qsizetype(-1) << Problem::None;
    QTest::newRow("bare ccTLD with path is a URL")
        << u"example.de/x"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("www + ccTLD second level = 23")
        << u"www.example.co.uk"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("email address is 17 plain chars")
        << u"alice@example.com"_s << 17 << true << 60 << qsizetype(-1) << Problem::None;
    QTest::newRow("unknown TLD is 18 plain chars")
        << u"example.invalidtld"_s << 18 << true << 64 << qsizetype(-1) << Problem::None;
    QTest::newRow("URL glued to Japanese: 3 x 2 + 23 + 2")
        << u"詳細はexample.comで"_s << 31 << true << 110 << qsizetype(-1) << Problem::None;
    QTest::newRow("unicode host and TLD with scheme = 23")
        << u"https://пример.рф/путь"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("63-char label is a host = 23")
        << (repeated(u"a"_s, 63) + u".com"_s) << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("64-char label is not: 68 plain chars")
        << (repeated(u"a"_s, 64) + u".com"_s) << 68 << true << 242 << qsizetype(-1) << Problem::None;
    QTest::newRow("underscore in registered name: 19 plain chars")
        << u"https://foo_bar.com"_s << 19 << true << 67 << qsizetype(-1) << Problem::None;
    // 52 kana make a 63-character punycode label, 53 do not (QUrl::toAce): 120 CJK (240) + space +
    // either a 23-char URL, or "http://" 7 + 53 kana 106 + ".com" 4 as text.
    QTest::newRow("IDN label of 52 kana fits punycode: 240 + 1 + 23")
        << (repeated(u"あいうえおかきくけこ"_s, 12) + u" http://"_s + repeated(u"あいうえおかきくけこ"_s, 5)
            + u"あい.com"_s)
        << 264 << true << 942 << qsizetype(-1) << Problem::None;
    QTest::newRow("IDN label of 53 kana is text: 240 + 1 + 7 + 106 + 4, valid up to 128 + 16")
        << (repeated(u"あいうえおかきくけこ"_s, 12) + u" http://"_s + repeated(u"あいうえおかきくけこ"_s, 5)
            + u"あいう.com"_s)
        << 358 << false << 1278 << qsizetype(144) << Problem::TooLong;
    QTest::newRow("isolates U+2066/2069 and embedding U+202A/202C (2 each) around a URL on an Urdu TLD")
        << u"\u2066\u202Ahttp://foobar.\u067E\u0627\u06A9\u0633\u062A\u0627\u0646/\u202C\u2069"_s << 31 << true << 110
        << qsizetype(-1) << Problem::None;
    // Where twitter-text's URL pattern ends a URL (checked against the library, TestTwitterTextReference)
    QTest::newRow("path stops before CJK letters: 23 + 3 x 2")
        << u"https://example.com/日本語"_s << 29 << true << 103 << qsizetype(-1) << Problem::None;
    QTest::newRow("Cyrillic path is part of the URL = 23")
        << u"https://example.com/путь"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("host glued to 50 CJK letters is over 63 in punycode, no URL: 100 + 11")
        << (repeated(u"日"_s, 50) + u"example.com"_s) << 111 << true << 396 << qsizetype(-1) << Problem::None;
    QTest::newRow("URL of 4,080 characters = 23")
        << (u"https://example.com/"_s + repeated(u"a"_s, 4060)) << 23 << true << 82 << qsizetype(-1) << Problem::None;
    QTest::newRow("URL of 4,090 characters (over 4,096 with the scheme counted twice) is text")
        << (u"https://example.com/"_s + repeated(u"a"_s, 4070)) << 4090 << false << 14607 << qsizetype(280)
        << Problem::TooLong;
    QTest::newRow("t.co slug of 41 characters is no URL: 12 + 41")
        << (u"http://t.co/"_s + repeated(u"a"_s, 41)) << 53 << true << 189 << qsizetype(-1) << Problem::None;
    QTest::newRow("balanced parens only after an ending character: 21 + 8")
        << u"https://example.com/x.(a(b)c)"_s << 31 << true << 110 << qsizetype(-1) << Problem::None;
    QTest::newRow("underscore in subdomain is fine = 23")
        << u"https://sub_domain.example.com"_s << 23 << true << 82 << qsizetype(-1) << Problem::None;

    // Emoji sequences: 2 once
    QTest::newRow("one emoji = 2") << grinning << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("heart + VS16 = 2") << u"\u2764\uFE0F"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("text-default heart alone = 2") << u"\u2764"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("heart + VS15: 2 + U+FE0E 2")
        << u"\u2764\uFE0E"_s << 4 << true << 14 << qsizetype(-1) << Problem::None;
    QTest::newRow("copyright alone is text = 1") << u"\u00A9"_s << 1 << true << 3 << qsizetype(-1) << Problem::None;
    QTest::newRow("copyright + VS16 is emoji = 2")
        << u"\u00A9\uFE0F"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("skin tone modifier joins: 2") << thumbsUpMedium << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("'Hi ' 3 + waving hand medium 2 + ! 1")
        << (u"Hi \U0001F44B\U0001F3FD!"_s) << 6 << true << 21 << qsizetype(-1) << Problem::None;
    QTest::newRow("ZWJ family (11 units) = 2") << family << 2 << true << 7 << qsizetype(11) << Problem::None;
    QTest::newRow("family without ZWJ = 4 emoji = 8")
        << u"\U0001F468\U0001F469\U0001F467\U0001F466"_s << 8 << true << 28 << qsizetype(-1) << Problem::None;
    QTest::newRow("woman technologist medium skin (ZWJ + tone) = 2")
        << u"\U0001F469\U0001F3FD\u200D\U0001F4BB"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("rainbow flag (VS16 + ZWJ) = 2")
        << u"\U0001F3F3\uFE0F\u200D\U0001F308"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("flag = regional indicator pair = 2")
        << flagJapan << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("two flags = 4") << u"\U0001F1FA\U0001F1F8\U0001F1EC\U0001F1E7"_s << 4 << true << 14 << qsizetype(-1)
                                   << Problem::None;
    QTest::newRow("lone regional indicator = 2") << u"\U0001F1EF"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("keycap 1 + VS16 + U+20E3 = 2 (not 1+2+2)")
        << u"1\uFE0F\u20E3"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("England tag sequence = 2")
        << u"\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"_s << 2 << true << 7
        << qsizetype(-1) << Problem::None;
    QTest::newRow("emoji + dangling ZWJ + a: 2 + 1 + 1")
        << (grinning + u"\u200Da"_s) << 4 << true << 14 << qsizetype(-1) << Problem::None;
    // Only the sequences twitter-text's emoji list (twemoji 11) knows weigh 2 once
    QTest::newRow("people holding hands (Emoji 12) is 3 emoji and 2 ZWJ: 2 + 1 + 2 + 1 + 2")
        << u"\U0001F9D1\u200D\U0001F91D\u200D\U0001F9D1"_s << 8 << true << 28 << qsizetype(-1) << Problem::None;
    QTest::newRow("made-up ZWJ pair: 2 + 1 + 2")
        << u"\U0001F600\u200D\U0001F600"_s << 5 << true << 17 << qsizetype(-1) << Problem::None;
    QTest::newRow("skin tone on a face that takes none: 2 + 2")
        << u"\U0001F600\U0001F3FD"_s << 4 << true << 14 << qsizetype(-1) << Problem::None;
    QTest::newRow("regional indicators that name no country: 2 + 2")
        << u"\U0001F1E6\U0001F1E6"_s << 4 << true << 14 << qsizetype(-1) << Problem::None;
    QTest::newRow("eye in speech bubble with VS16s: eye+VS16 2, ZWJ 1, bubble+VS16 2")
        << u"\U0001F441\uFE0F\u200D\U0001F5E8\uFE0F"_s << 5 << true << 17 << qsizetype(-1) << Problem::None;
    QTest::newRow("black flag with US-CA tags: 2 + 5 tags x 2")
        << u"\U0001F3F4\U000E0075\U000E0073\U000E0063\U000E0061\U000E007F"_s << 12 << true << 42 << qsizetype(-1)
        << Problem::None;
    QTest::newRow("lone VS16 is an emoji: a 1 + 2")
        << u"a\uFE0F"_s << 3 << true << 10 << qsizetype(-1) << Problem::None;
    QTest::newRow("140 families = 280 fit")
        << repeated(family, 140) << 280 << true << 1000 << qsizetype(-1) << Problem::None;

    // NFC first; validRangeEnd indexes the text as typed
    QTest::newRow("e + U+0301 composes: cafe = 4")
        << u"cafe\u0301"_s << 4 << true << 14 << qsizetype(5) << Problem::None;
    QTest::newRow("jamo U+1100 U+1161 compose to U+AC00 = 2 (not 4)")
        << u"\u1100\u1161"_s << 2 << true << 7 << qsizetype(-1) << Problem::None;
    QTest::newRow("angstrom sign U+212B becomes U+00C5 = 1 (not 2)")
        << u"\u212B"_s << 1 << true << 3 << qsizetype(-1) << Problem::None;
    QTest::newRow("U+FB2C expands to 3 Hebrew code points: 1 + 3, range still the whole text")
        << u"A\uFB2C"_s << 4 << true << 14 << qsizetype(2) << Problem::None;
    QTest::newRow("279 a + composed e-acute + b = 281: valid through the e (281 units)")
        << (repeated(u"a"_s, 279) + u"e\u0301b"_s) << 281 << false << 1003 << qsizetype(281) << Problem::TooLong;
    QTest::newRow("281 a + decomposed e: cut at 280, not shifted")
        << (repeated(u"a"_s, 281) + u"e\u0301"_s) << 282 << false << 1007 << qsizetype(280) << Problem::TooLong;

    // Overflow never splits a URL or an emoji
    QTest::newRow("270 a + space + URL = 294: valid up to 271")
        << (repeated(u"a"_s, 270) + u" https://example.com"_s) << 294 << false << 1050 << qsizetype(271)
        << Problem::TooLong;
    QTest::newRow("279 a + emoji = 281: valid up to 279")
        << (repeated(u"a"_s, 279) + grinning) << 281 << false << 1003 << qsizetype(279) << Problem::TooLong;
    QTest::newRow("278 a + emoji = 280 fit")
        << (repeated(u"a"_s, 278) + grinning) << 280 << true << 1000 << qsizetype(-1) << Problem::None;

    // Invalid characters
    QTest::newRow("U+FFFE: 1+1+2+1+1, valid up to 2")
        << u"ab\uFFFEcd"_s << 6 << false << 21 << qsizetype(2) << Problem::InvalidCharacter;
    QTest::newRow("BOM U+FEFF first: 2 + 5, valid up to 0")
        << u"\uFEFFhello"_s << 7 << false << 25 << qsizetype(0) << Problem::InvalidCharacter;
    QTest::newRow("U+202A is fine, U+FFFF is not: ABC 3 + 2 + 2 + ABC 3 + 2, valid up to 4")
        << u"ABC\u202A\uFFFFABC\uFFFE"_s << 12 << false << 42 << qsizetype(4) << Problem::InvalidCharacter;
    QTest::newRow("U+FFFF after 3 chars")
        << u"abc\uFFFF"_s << 5 << false << 17 << qsizetype(3) << Problem::InvalidCharacter;
}

void TestTextRules::xPost()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(bool, valid);
    QFETCH(int, permillage);
    QFETCH(qsizetype, validRangeEnd);
    QFETCH(Problem, problem);

    const TextCount count = TextRules::x(TextRules::Mode::Post).count(text);
    QCOMPARE(count.length, length);
    QCOMPARE(count.limit, 280);
    QCOMPARE(count.valid, valid);
    QCOMPARE(count.permillage, permillage);
    QCOMPARE(count.validRangeEnd, validRangeEnd < 0 ? text.size() : validRangeEnd);
    QCOMPARE(count.problem, problem);
    QCOMPARE(count.reason.isEmpty(), valid);
}

void TestTextRules::xDirectMessage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("validRangeEnd");

    QTest::newRow("empty DM text is allowed (media-only DMs)") << QString() << 0 << true << qsizetype(0);
    QTest::newRow("5 code points") << u"hello"_s << 5 << true << qsizetype(5);
    QTest::newRow("URL counts as written: 19") << u"https://example.com"_s << 19 << true << qsizetype(19);
    QTest::newRow("astral emoji = 1 code point") << grinning << 1 << true << qsizetype(2);
    QTest::newRow("ZWJ family = 4 emoji + 3 ZWJ = 7") << family << 7 << true << qsizetype(11);
    QTest::newRow("no NFC: e + U+0301 = 2") << u"e\u0301"_s << 2 << true << qsizetype(2);
    QTest::newRow("CJK counts 1 each") << u"日本語"_s << 3 << true << qsizetype(3);
    QTest::newRow("10,000 fit") << repeated(u"a"_s, 10000) << 10000 << true << qsizetype(10000);
    QTest::newRow("10,001: valid up to 10,000") << repeated(u"a"_s, 10001) << 10001 << false << qsizetype(10000);
    QTest::newRow("9,999 a + 2 emoji: cut after the first emoji (10,001 units)")
        << (repeated(u"a"_s, 9999) + grinning + grinning) << 10001 << false << qsizetype(10001);
}

void TestTextRules::xDirectMessage()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(bool, valid);
    QFETCH(qsizetype, validRangeEnd);

    const TextRules rules = TextRules::x(TextRules::Mode::DirectMessage);
    QCOMPARE(rules.limits().unit, TextUnit::CodePoints);
    const TextCount count = rules.count(text);
    QCOMPARE(count.length, length);
    QCOMPARE(count.limit, 10000);
    QCOMPARE(count.valid, valid);
    QCOMPARE(count.validRangeEnd, validRangeEnd);
    QCOMPARE(count.problem, valid ? Problem::None : Problem::TooLong);
}

void TestTextRules::mastodon_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("contentWarning");
    QTest::addColumn<int>("maxCharacters");
    QTest::addColumn<int>("urlLength");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qsizetype>("validRangeEnd");

    const QString none;
    QTest::newRow("plain 5") << u"hello"_s << none << 500 << 23 << 5 << true << qsizetype(5);
    QTest::newRow("empty is allowed (media-only)") << QString() << none << 500 << 23 << 0 << true << qsizetype(0);

    // URLs
    QTest::newRow("URL with scheme = 23 however long")
        << u"https://example.com/a/long/path/that/is/longer/than/twenty-three"_s << none << 500 << 23 << 23 << true
        << qsizetype(-1);
    QTest::newRow("bare example.com counts literally: 11")
        << u"example.com"_s << none << 500 << 23 << 11 << true << qsizetype(-1);
    QTest::newRow("server urlLength 10: 'see ' 4 + 10")
        << u"see https://example.com/x"_s << none << 500 << 10 << 14 << true << qsizetype(-1);
    QTest::newRow("mention inside a URL stays part of the URL: 23")
        << u"https://mastodon.social/@alice@example.social"_s << none << 500 << 23 << 23 << true << qsizetype(-1);

    // Mentions
    QTest::newRow("remote mention counts as @alice: 6 + ' hi' 3")
        << u"@alice@example.social hi"_s << none << 500 << 23 << 9 << true << qsizetype(-1);
    QTest::newRow("local mention as written: 9") << u"@alice hi"_s << none << 500 << 23 << 9 << true << qsizetype(-1);
    QTest::newRow("dotted user, subdomain: @first.last = 11")
        << u"@first.last@social.example.org"_s << none << 500 << 23 << 11 << true << qsizetype(-1);
    QTest::newRow("two remote mentions: @a + ' ' + @bob = 7")
        << u"@a@one.example @bob@two.example"_s << none << 500 << 23 << 7 << true << qsizetype(-1);
    QTest::newRow("email address is not a mention: 25")
        << u"mail alice@example.social"_s << none << 500 << 23 << 25 << true << qsizetype(-1);

    // Graphemes
    QTest::newRow("ZWJ family is one grapheme") << family << none << 500 << 23 << 1 << true << qsizetype(-1);
    QTest::newRow("flag is one grapheme") << flagJapan << none << 500 << 23 << 1 << true << qsizetype(-1);
    QTest::newRow("skin-tone emoji is one grapheme")
        << thumbsUpMedium << none << 500 << 23 << 1 << true << qsizetype(-1);
    QTest::newRow("CJK: one per character") << u"こんにちは"_s << none << 500 << 23 << 5 << true << qsizetype(-1);
    QTest::newRow("e + combining acute is one grapheme")
        << u"cafe\u0301"_s << none << 500 << 23 << 4 << true << qsizetype(-1);
    QTest::newRow("keycap sequence is one grapheme")
        << u"1\uFE0F\u20E3"_s << none << 500 << 23 << 1 << true << qsizetype(-1);
    QTest::newRow("Hangul jamo L+V+T is one syllable")
        << u"\u1100\u1161\u11A8"_s << none << 500 << 23 << 1 << true << qsizetype(-1);

    // Mixed (the Mastodon issue's table)
    QTest::newRow("http URL counts 23 too") << u"http://example.com/a/rather/long/path/to/a/page.html"_s << none << 500
                                            << 23 << 23 << true << qsizetype(-1);
    QTest::newRow("CJK and a URL: 3 + 1 + 23")
        << u"日本語 https://example.jp/a"_s << none << 500 << 23 << 27 << true << qsizetype(-1);
    QTest::newRow("CW with emoji (4) + remote mention and skin tone (6)")
        << u"@bob@other.example "_s + thumbsUpMedium << family + u" hi"_s << 500 << 23 << 10 << true << qsizetype(-1);
    QTest::newRow("raised limit 1000: 999 + a family fit")
        << repeated(u"a"_s, 999) + family << none << 1000 << 23 << 1000 << true << qsizetype(-1);

    // Content warnings
    QTest::newRow("CW 7 + text 5") << u"hello"_s << u"spoiler"_s << 500 << 23 << 12 << true << qsizetype(-1);
    QTest::newRow("URL in CW is not discounted: 19")
        << QString() << u"https://example.com"_s << 500 << 23 << 19 << true << qsizetype(0);
    QTest::newRow("limit 10: CW 5 leaves 5 of 8")
        << u"abcdefgh"_s << u"12345"_s << 10 << 23 << 13 << false << qsizetype(5);
    QTest::newRow("limit 10: CW 10 leaves nothing")
        << u"abc"_s << u"0123456789"_s << 10 << 23 << 13 << false << qsizetype(0);

    // Custom limits and overflow
    QTest::newRow("limit 10: 11 chars, valid up to 10")
        << u"hello world"_s << none << 10 << 23 << 11 << false << qsizetype(10);
    QTest::newRow("500 fit") << repeated(u"a"_s, 500) << none << 500 << 23 << 500 << true << qsizetype(-1);
    QTest::newRow("501: valid up to 500")
        << repeated(u"a"_s, 501) << none << 500 << 23 << 501 << false << qsizetype(500);
    QTest::newRow("raised limit 5000 takes 501")
        << repeated(u"a"_s, 501) << none << 5000 << 23 << 501 << true << qsizetype(-1);
    QTest::newRow("limit 30: URL crossing it is not split (11 + 23)")
        << u"0123456789 https://example.com/path"_s << none << 30 << 23 << 34 << false << qsizetype(11);
    QTest::newRow("limit 5: '@alice' (6) crossing it is not split")
        << u"@alice@example.social"_s << none << 5 << 23 << 6 << false << qsizetype(0);
    QTest::newRow("limit 3: 4 families, valid up to 3 x 11 units")
        << repeated(family, 4) << none << 3 << 23 << 4 << false << qsizetype(33);
}

void TestTextRules::mastodon()
{
    QFETCH(QString, text);
    QFETCH(QString, contentWarning);
    QFETCH(int, maxCharacters);
    QFETCH(int, urlLength);
    QFETCH(int, length);
    QFETCH(bool, valid);
    QFETCH(qsizetype, validRangeEnd);

    const TextCount count = TextRules::mastodon(maxCharacters, urlLength).count(text, contentWarning);
    QCOMPARE(count.length, length);
    QCOMPARE(count.limit, maxCharacters);
    QCOMPARE(count.valid, valid);
    QCOMPARE(count.validRangeEnd, validRangeEnd < 0 ? text.size() : validRangeEnd);
    QCOMPARE(count.problem, valid ? Problem::None : Problem::TooLong);
    QCOMPARE(count.permillage, length * 1000 / maxCharacters);
}

void TestTextRules::bluesky_data()
{
    QTest::addColumn<TextRules::Mode>("mode");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("graphemes");
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("permillage");
    QTest::addColumn<qsizetype>("validRangeEnd");
    QTest::addColumn<Problem>("problem");

    const auto post = TextRules::Mode::Post;
    const auto chat = TextRules::Mode::DirectMessage;
    QTest::newRow("empty post is allowed (embeds)")
        << post << QString() << 0 << 0 << 0 << qsizetype(0) << Problem::None;
    QTest::newRow("ascii 5/5") << post << u"hello"_s << 5 << 5 << 16 << qsizetype(5) << Problem::None;
    QTest::newRow("URL counts literally: 19")
        << post << u"https://example.com"_s << 19 << 19 << 63 << qsizetype(19) << Problem::None;
    QTest::newRow("family: 1 grapheme, 4x4 + 3x3 = 25 bytes")
        << post << family << 1 << 25 << 8 << qsizetype(11) << Problem::None;
    QTest::newRow("CJK: 3 graphemes, 9 bytes") << post << u"日本語"_s << 3 << 9 << 10 << qsizetype(3) << Problem::None;
    QTest::newRow("300 graphemes fit") << post << repeated(u"a"_s, 300) << 300 << 300 << 1000 << qsizetype(300)
                                       << Problem::None;
    QTest::newRow("301 graphemes: valid up to 300")
        << post << repeated(u"a"_s, 301) << 301 << 301 << 1003 << qsizetype(300) << Problem::TooLong;
    QTest::newRow("300 CJK = 900 bytes fit")
        << post << repeated(u"語"_s, 300) << 300 << 900 << 1000 << qsizetype(300) << Problem::None;
    QTest::newRow("120 families = 3000 bytes fit")
        << post << repeated(family, 120) << 120 << 3000 << 1000 << qsizetype(1320) << Problem::None;
    QTest::newRow("121 families = 3025 bytes: bytes over, valid up to 120 x 11")
        << post << repeated(family, 121) << 121 << 3025 << 1008 << qsizetype(1320) << Problem::TooManyBytes;
    QTest::newRow("300 families: both limits, graphemes ok, bytes 7500")
        << post << repeated(family, 300) << 300 << 7500 << 2500 << qsizetype(1320) << Problem::TooManyBytes;
    QTest::newRow("chat: 1000 graphemes fit")
        << chat << repeated(u"a"_s, 1000) << 1000 << 1000 << 1000 << qsizetype(1000) << Problem::None;
    QTest::newRow("chat: 1001 graphemes, valid up to 1000")
        << chat << repeated(u"a"_s, 1001) << 1001 << 1001 << 1001 << qsizetype(1000) << Problem::TooLong;
    QTest::newRow("chat: 401 families = 10025 bytes, valid up to 400 x 11")
        << chat << repeated(family, 401) << 401 << 10025 << 1002 << qsizetype(4400) << Problem::TooManyBytes;
}

void TestTextRules::bluesky()
{
    QFETCH(TextRules::Mode, mode);
    QFETCH(QString, text);
    QFETCH(int, graphemes);
    QFETCH(int, bytes);
    QFETCH(int, permillage);
    QFETCH(qsizetype, validRangeEnd);
    QFETCH(Problem, problem);

    // The content warning has no place on Bluesky and is ignored.
    const TextCount count = TextRules::bluesky(mode).count(text, u"ignored"_s);
    QCOMPARE(count.length, graphemes);
    QCOMPARE(count.byteLength, bytes);
    QCOMPARE(count.limit, mode == TextRules::Mode::Post ? 300 : 1000);
    QCOMPARE(count.byteLimit, mode == TextRules::Mode::Post ? 3000 : 10000);
    QCOMPARE(count.permillage, permillage);
    QCOMPARE(count.validRangeEnd, validRangeEnd);
    QCOMPARE(count.problem, problem);
    QCOMPARE(count.valid, problem == Problem::None);
}

void TestTextRules::urls_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto x = Network::X;
    QTest::newRow("scheme URL in a sentence")
        << x << u"visit https://example.com now"_s << QStringList{u"https://example.com"_s};
    QTest::newRow("upper-case scheme and host")
        << x << u"HTTPS://WWW.EXAMPLE.COM/Index.html"_s << QStringList{u"HTTPS://WWW.EXAMPLE.COM/Index.html"_s};
    QTest::newRow("path and query") << x << u"https://example.com/path/to/resource?search=foo&lang=en"_s
                                    << QStringList{u"https://example.com/path/to/resource?search=foo&lang=en"_s};
    QTest::newRow("fragment with #!") << x << u"http://twitter.com/#!/twitter"_s
                                      << QStringList{u"http://twitter.com/#!/twitter"_s};
    QTest::newRow("port") << x << u"http://example.com:8080/x"_s << QStringList{u"http://example.com:8080/x"_s};
    QTest::newRow("trailing dot and comma are text")
        << x << u"Read https://example.com/a., then"_s << QStringList{u"https://example.com/a"_s};
    QTest::newRow("question mark ends the sentence") << x << u"Is it example.com?"_s << QStringList{u"example.com"_s};
    QTest::newRow("balanced parentheses stay") << x << u"(see https://en.wikipedia.org/wiki/Foo_(bar))"_s
                                               << QStringList{u"https://en.wikipedia.org/wiki/Foo_(bar)"_s};
    QTest::newRow("mastodon profile path with @")
        << x << u"https://mastodon.social/@alice"_s << QStringList{u"https://mastodon.social/@alice"_s};
    QTest::newRow("cyrillic path") << x << u"http://example.com/Русские_слова"_s
                                   << QStringList{u"http://example.com/Русские_слова"_s};
    QTest::newRow("two URLs") << x << u"a https://x.org b example.net"_s
                              << QStringList{u"https://x.org"_s, u"example.net"_s};
    QTest::newRow("bare www + ccTLD second level")
        << x << u"www.example.co.uk/path"_s << QStringList{u"www.example.co.uk/path"_s};
    QTest::newRow("bare ccTLD alone is a URL on X") << x << u"example.jp"_s << QStringList{u"example.jp"_s};
    QTest::newRow("bare ccTLD with a path is") << x << u"example.jp/path"_s << QStringList{u"example.jp/path"_s};
    QTest::newRow("t.co and foo.tv are") << x << u"t.co foo.tv"_s << QStringList{u"t.co"_s, u"foo.tv"_s};
    QTest::newRow("file names are not URLs") << x << u"see notes.txt and photo.jpeg"_s << QStringList{};
    QTest::newRow("unless the extension is a TLD (.py: Paraguay)")
        << x << u"see notes.txt and main.py"_s << QStringList{u"main.py"_s};
    QTest::newRow("email address is not a URL") << x << u"alice@example.com"_s << QStringList{};
    QTest::newRow("unknown TLD") << x << u"example.invalidtld"_s << QStringList{};
    QTest::newRow("longest known host wins") << x << u"foo.com.Then"_s << QStringList{u"foo.com"_s};
    QTest::newRow("bare URL glued to Japanese") << x << u"詳細はexample.comで"_s << QStringList{u"example.com"_s};
    QTest::newRow("scheme URL glued to Japanese")
        << x << u"https://example.comです"_s << QStringList{u"https://example.com"_s};
    QTest::newRow("unicode host and TLD")
        << x << u"https://пример.рф/путь"_s << QStringList{u"https://пример.рф/путь"_s};
    QTest::newRow("snowman host") << x << u"http://\u2603.net/"_s << QStringList{u"http://\u2603.net/"_s};
    QTest::newRow("label over 63 after punycode")
        << x << (u"http://"_s + repeated(u"あいうえおかきくけこ"_s, 6) + u".com"_s) << QStringList{};
    QTest::newRow("label starting with a dash") << x << u"http://-example.com"_s << QStringList{};
    QTest::newRow("label ending with a dash") << x << u"http://www.example-.com/"_s << QStringList{};
    QTest::newRow("ftp is not a scheme we know, nor a bare URL after /")
        << x << u"ftp://www.example.com/"_s << QStringList{};
    QTest::newRow("glued to a preceding letter") << x << u"xhttp://example.com"_s << QStringList{};
    QTest::newRow("followed by @ is an address") << x << u"example.com@foo"_s << QStringList{};
    QTest::newRow("mastodon: bare domain is not a URL")
        << Network::Mastodon << u"example.com and t.co"_s << QStringList{};
    QTest::newRow("mastodon: scheme URL is")
        << Network::Mastodon << u"see https://example.com/x"_s << QStringList{u"https://example.com/x"_s};
    QTest::newRow("bluesky: bare domain is")
        << Network::Bluesky << u"see example.com"_s << QStringList{u"example.com"_s};
}

void TestTextRules::urls()
{
    QFETCH(Network, network);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const QList<TextEntity> found = EntityExtractor(network).urls(text);
    QStringList values;
    for (const TextEntity &e : found) {
        QCOMPARE(e.type, TextEntity::Type::Url);
        QCOMPARE(text.mid(e.start, e.length()), e.value); // UTF-16 indices into the text
        values << e.value;
    }
    QCOMPARE(values, expected);
}

void TestTextRules::xUrlWithMixedHost()
{
    // twitter-text (the reference, extractUrlsWithIndices) gives the last ASCII name plus the path,
    // over a range to the end of the URL; its indexOf finds the name's first copy ("z.com" at 1).
    const QString text = u"zz.comxдz.com/p"_s;
    const QList<TextEntity> found = EntityExtractor(Network::X).urls(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value, u"z.com/p"_s);
    QCOMPARE(found.first().start, 1);
    QCOMPARE(found.first().end, text.size());
}

void TestTextRules::entities_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto x = Network::X;
    const auto mastodon = Network::Mastodon;
    const auto bluesky = Network::Bluesky;
    QTest::newRow("x: two mentions") << x << u"hi @alice and @bob_99!"_s << QStringList{u"@:alice"_s, u"@:bob_99"_s};
    QTest::newRow("x: fullwidth at sign") << x << u"\uFF20alice"_s << QStringList{u"@:alice"_s};
    QTest::newRow("x: email is neither mention nor URL") << x << u"mail bob@example.com"_s << QStringList{};
    QTest::newRow("x: remote handle is not an X mention") << x << u"@alice@example.social"_s << QStringList{};
    QTest::newRow("x: mention, URL and hashtag in order")
        << x << u"@a see example.com #news"_s << QStringList{u"@:a"_s, u"U:example.com"_s, u"#:news"_s};
    QTest::newRow("mastodon: remote and local mentions")
        << mastodon << u"@alice@example.social and @bob"_s << QStringList{u"@:alice@example.social"_s, u"@:bob"_s};
    QTest::newRow("mastodon: trailing dot is not part of it")
        << mastodon << u"thanks @alice."_s << QStringList{u"@:alice"_s};
    QTest::newRow("mastodon: mention in a URL is the URL")
        << mastodon << u"https://mastodon.social/@alice"_s << QStringList{u"U:https://mastodon.social/@alice"_s};
    QTest::newRow("hashtags: letters, not all digits")
        << mastodon << u"#hello #123 #a1 #日本"_s << QStringList{u"#:hello"_s, u"#:a1"_s, u"#:日本"_s};
    QTest::newRow("keycap is not a hashtag") << x << u"#\uFE0F\u20E3"_s << QStringList{};
    QTest::newRow("URL fragment is not a hashtag")
        << x << u"https://example.com/#section"_s << QStringList{u"U:https://example.com/#section"_s};
    QTest::newRow("hashtag glued to a word is not one") << x << u"abc#def"_s << QStringList{};
    // twitter-text's extractEntitiesWithIndices: of overlapping entities, the one that starts
    // first stays (found by fuzzing: the URL "le.com" inside "#日le.com").
    QTest::newRow("x: a hashtag hides the URL that starts inside it")
        << x << u"x #日le.com y"_s << QStringList{u"#:日le"_s};
    QTest::newRow("bluesky: handle with a domain")
        << bluesky << u"@alice.bsky.social hi"_s << QStringList{u"@:alice.bsky.social"_s};
    QTest::newRow("bluesky: bare @name is not a handle") << bluesky << u"@alice hi"_s << QStringList{};
}

void TestTextRules::entities()
{
    QFETCH(Network, network);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    const QList<TextEntity> found = EntityExtractor(network).entities(text);
    qsizetype previousEnd = 0;
    for (const TextEntity &e : found) {
        QVERIFY(e.start >= previousEnd); // ordered, never overlapping
        previousEnd = e.end;
    }
    QCOMPARE(describe(found), expected);
}

void TestTextRules::emojiSequences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<qsizetype>("length");

    QTest::newRow("astral emoji: 2 units") << grinning << qsizetype(0) << qsizetype(2);
    QTest::newRow("BMP pictograph + VS16") << u"\u2600\uFE0F"_s << qsizetype(0) << qsizetype(2);
    QTest::newRow("skin tone: 4 units") << thumbsUpMedium << qsizetype(0) << qsizetype(4);
    QTest::newRow("family: 11 units") << family << qsizetype(0) << qsizetype(11);
    QTest::newRow("flag: 4 units") << flagJapan << qsizetype(0) << qsizetype(4);
    QTest::newRow("keycap without VS16: 2 units") << u"#\u20E3"_s << qsizetype(0) << qsizetype(2);
    QTest::newRow("plain digit: none") << u"1"_s << qsizetype(0) << qsizetype(0);
    QTest::newRow("plain letter: none") << u"a"_s << qsizetype(0) << qsizetype(0);
    QTest::newRow("copyright alone: none") << u"\u00A9"_s << qsizetype(0) << qsizetype(0);
    QTest::newRow("starts mid-text") << (u"ab"_s + family + u"c"_s) << qsizetype(2) << qsizetype(11);
    QTest::newRow("dangling ZWJ is left out") << (grinning + u"\u200D"_s) << qsizetype(0) << qsizetype(2);
}

void TestTextRules::emojiSequences()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, index);
    QFETCH(qsizetype, length);
    QCOMPARE(EmojiSequence::lengthAt(text, index), length);
}

void TestTextRules::graphemesAndBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("codePoints");
    QTest::addColumn<qsizetype>("graphemes");
    QTest::addColumn<qsizetype>("bytes");

    QTest::newRow("empty") << QString() << qsizetype(0) << qsizetype(0) << qsizetype(0);
    QTest::newRow("ascii") << u"abc"_s << qsizetype(3) << qsizetype(3) << qsizetype(3);
    QTest::newRow("e-acute precomposed: 2 bytes") << u"\u00E9"_s << qsizetype(1) << qsizetype(1) << qsizetype(2);
    QTest::newRow("e + combining acute: 2 cp, 1 grapheme, 3 bytes")
        << u"e\u0301"_s << qsizetype(2) << qsizetype(1) << qsizetype(3);
    QTest::newRow("CJK: 3 bytes each") << u"日本"_s << qsizetype(2) << qsizetype(2) << qsizetype(6);
    QTest::newRow("astral emoji: 4 bytes") << grinning << qsizetype(1) << qsizetype(1) << qsizetype(4);
    QTest::newRow("family") << family << qsizetype(7) << qsizetype(1) << qsizetype(25);
    QTest::newRow("flag") << flagJapan << qsizetype(2) << qsizetype(1) << qsizetype(8);
    QTest::newRow("CRLF is one grapheme") << u"\r\n"_s << qsizetype(2) << qsizetype(1) << qsizetype(2);
}

void TestTextRules::graphemesAndBytes()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, codePoints);
    QFETCH(qsizetype, graphemes);
    QFETCH(qsizetype, bytes);
    QCOMPARE(TextMetrics::codePointCount(text), codePoints);
    QCOMPARE(TextMetrics::graphemeCount(text), graphemes);
    QCOMPARE(TextMetrics::utf8Length(text), bytes);
    QCOMPARE(TextMetrics::utf8Length(text), text.toUtf8().size());
}

void TestTextRules::knownTlds()
{
    // twitter-text's list: 315 country codes and 1,259 generic names (API-NOTES §D, tlds.yml).
    QCOMPARE(KnownTlds::countryCount(), qsizetype(315));
    QCOMPARE(KnownTlds::genericCount(), qsizetype(1259));
    QVERIFY(KnownTlds::contains(u"com"));
    QVERIFY(KnownTlds::contains(u"COM"));
    QVERIFY(KnownTlds::contains(u"social"));
    QVERIFY(KnownTlds::contains(u"рф"));
    QVERIFY(KnownTlds::contains(u"中国"));
    QVERIFY(KnownTlds::contains(u"onion"));
    QVERIFY(!KnownTlds::contains(u"invalidtld"));
    QVERIFY(!KnownTlds::contains(u"txt"));
    QVERIFY(KnownTlds::isCountryCode(u"jp"));
    QVERIFY(KnownTlds::isCountryCode(u"UK"));
    QVERIFY(!KnownTlds::isCountryCode(u"com"));
}

void TestTextRules::conformanceData()
{
    // Every section the conformance tests run, with its number of cases (API-NOTES §D), so that a
    // missing or truncated file cannot pass for an empty one.
    const struct
    {
        const char *file;
        const char *section;
        qsizetype cases;
    } expected[] = {
        {"validate", "tweets", 8},
        {"validate", "WeightedTweetsCounterTest", 20},
        {"validate", "WeightedTweetsWithDiscountedEmojiCounterTest", 22},
        {"validate", "UnicodeDirectionalMarkerCounterTest", 2},
        {"extract", "mentions", 23},
        {"extract", "mentions_with_indices", 3},
        {"extract", "urls", 91},
        {"extract", "urls_with_indices", 10},
        {"extract", "urls_with_directional_markers", 2},
        {"extract", "tco_urls_with_params", 5},
        {"extract", "hashtags", 65},
        {"extract", "hashtags_from_astral", 3},
        {"extract", "hashtags_with_indices", 8},
        {"tlds", "country", 315},
        {"tlds", "generic", 1259},
    };
    for (const auto &e : expected) {
        const QJsonArray cases = conformance(e.file).value(QLatin1StringView(e.section)).toArray();
        QVERIFY2(cases.size() == e.cases,
                 qPrintable(u"%1.json %2: %3 cases"_s.arg(QLatin1StringView(e.file), QLatin1StringView(e.section))
                                .arg(cases.size())));
    }
    // Each known difference names a case that exists.
    const QJsonObject validate = conformance("validate");
    for (const KnownDifference &d : knownDifferences) {
        const QJsonArray cases = validate.value(QLatin1StringView(d.section)).toArray();
        const bool found = std::any_of(cases.begin(), cases.end(), [&](const QJsonValue &c) {
            return c.toObject().value(u"description"_s).toString() == QString::fromUtf8(d.description);
        });
        QVERIFY2(found, d.description);
    }
}

void TestTextRules::conformanceCounter_data()
{
    // validate.yml: validity (tweets) and the weighted counter (parseTweet) cases.
    addConformanceRows("validate",
                       {"tweets", "WeightedTweetsCounterTest", "WeightedTweetsWithDiscountedEmojiCounterTest",
                        "UnicodeDirectionalMarkerCounterTest"});
}

void TestTextRules::conformanceCounter()
{
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, difference);

    const TextCount count = TextRules::x().count(text);
    if (section == u"tweets") {
        compareWithConformance(count.valid, expected, difference);
        return;
    }
    // parseTweet's answer; its range ends are inclusive, ours exclusive (TextCount).
    const QJsonObject actual{
        {u"weightedLength"_s, count.length},
        {u"valid"_s, count.valid},
        {u"permillage"_s, count.permillage},
        {u"validRangeStart"_s, 0},
        {u"validRangeEnd"_s, std::max<qsizetype>(count.validRangeEnd - 1, 0)},
        {u"displayRangeStart"_s, 0},
        {u"displayRangeEnd"_s, std::max<qsizetype>(text.size() - 1, 0)},
    };
    compareWithConformance(actual, expected, difference);
}

void TestTextRules::conformanceUrls_data()
{
    addConformanceRows("extract",
                       {"urls", "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params"});
    // tlds.yml: a URL on every top-level domain twitter-text knows.
    addConformanceRows("tlds", {"country", "generic"});
}

void TestTextRules::conformanceUrls()
{
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, difference);

    const QList<TextEntity> urls = EntityExtractor(Network::X).urls(text);
    const bool withIndices = section.endsWith(u"_with_indices") || section.endsWith(u"_with_directional_markers");
    compareWithConformance(entitiesJson(urls, withIndices ? u"url"_s : QString()), expected, difference);
}

void TestTextRules::conformanceMentions_data()
{
    addConformanceRows("extract", {"mentions", "mentions_with_indices"});
}

void TestTextRules::conformanceMentions()
{
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, difference);

    const QList<TextEntity> mentions = EntityExtractor(Network::X).mentions(text);
    compareWithConformance(entitiesJson(mentions, section == u"mentions" ? QString() : u"screen_name"_s), expected,
                           difference);
}

void TestTextRules::conformanceHashtags_data()
{
    addConformanceRows("extract", {"hashtags", "hashtags_from_astral", "hashtags_with_indices"});
}

void TestTextRules::conformanceHashtags()
{
    QFETCH(QString, section);
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, difference);

    const QList<TextEntity> hashtags = EntityExtractor(Network::X).hashtags(text);
    compareWithConformance(entitiesJson(hashtags, section == u"hashtags_with_indices" ? u"hashtag"_s : QString()),
                           expected, difference);
}

void TestTextRules::limitsPerNetwork_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<TextRules::Mode>("mode");
    QTest::addColumn<TextUnit>("unit");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("urlLength");
    QTest::addColumn<bool>("urlsWithoutScheme");

    const auto post = TextRules::Mode::Post;
    const auto dm = TextRules::Mode::DirectMessage;
    QTest::newRow("x post") << Network::X << post << TextUnit::WeightedCharacters << 280 << 0 << 23 << true;
    QTest::newRow("x dm") << Network::X << dm << TextUnit::CodePoints << 10000 << 0 << 0 << false;
    QTest::newRow("mastodon post") << Network::Mastodon << post << TextUnit::Graphemes << 500 << 0 << 23 << false;
    QTest::newRow("mastodon dm") << Network::Mastodon << dm << TextUnit::Graphemes << 500 << 0 << 23 << false;
    QTest::newRow("bluesky post") << Network::Bluesky << post << TextUnit::Graphemes << 300 << 3000 << 0 << false;
    QTest::newRow("bluesky chat") << Network::Bluesky << dm << TextUnit::Graphemes << 1000 << 10000 << 0 << false;
}

void TestTextRules::limitsPerNetwork()
{
    QFETCH(Network, network);
    QFETCH(TextRules::Mode, mode);
    QFETCH(TextUnit, unit);
    QFETCH(int, maxLength);
    QFETCH(int, maxBytes);
    QFETCH(int, urlLength);
    QFETCH(bool, urlsWithoutScheme);

    const TextRules rules = TextRules::forNetwork(network, mode);
    QCOMPARE(rules.network(), network);
    QCOMPARE(rules.mode(), mode);
    QCOMPARE(rules.limits().unit, unit);
    QCOMPARE(rules.limits().maxLength, maxLength);
    QCOMPARE(rules.limits().maxBytes, maxBytes);
    QCOMPARE(rules.limits().urlLength, urlLength);
    QCOMPARE(rules.limits().urlsWithoutScheme, urlsWithoutScheme);
    QCOMPARE(rules.limits().countsContentWarning, network == Network::Mastodon);
}

void TestTextRules::mastodonFallbackLimits()
{
    const TextRules rules = TextRules::mastodon(0, -1);
    QCOMPARE(rules.limits().maxLength, TextRules::defaultMastodonMaxCharacters);
    QCOMPARE(rules.limits().urlLength, TextRules::defaultMastodonUrlLength);
    // characters_reserved_per_url may legitimately be 0: URLs then cost nothing.
    QCOMPARE(TextRules::mastodon(500, 0).count(u"a https://example.com"_s).length, 2);
}

void TestTextRules::withMaxLength()
{
    // Another limit, the same unit and rules: 300 "a" weigh 300 on X, with 23 per URL.
    const TextRules longer = TextRules::x().withMaxLength(25000);
    QCOMPARE(longer.limits().maxLength, 25000);
    QCOMPARE(longer.limits().unit, TextUnit::WeightedCharacters);
    const TextCount count = longer.count(repeated(u"a"_s, 300) + u" example.com"_s);
    QCOMPARE(count.length, 324);
    QCOMPARE(count.limit, 25000);
    QVERIFY(count.valid);
    // Shorter than the network's: the overflow is measured against the new limit.
    const TextCount shorter = TextRules::mastodon().withMaxLength(3).count(u"abcd"_s);
    QCOMPARE(shorter.problem, TextCount::Problem::TooLong);
    QCOMPARE(shorter.validRangeEnd, qsizetype(3));
    // Bluesky keeps its byte limit; nonsense keeps the current limit.
    QCOMPARE(TextRules::bluesky().withMaxLength(1000).limits().maxBytes, 3000);
    QCOMPARE(TextRules::bluesky().withMaxLength(0).limits().maxLength, 300);
}

void TestTextRules::reasons()
{
    const TextCount ok = TextRules::x().count(u"fine"_s);
    QVERIFY(ok.reason.isEmpty());
    QCOMPARE(ok.remaining(), 276);

    const TextCount tooLong = TextRules::x().count(repeated(u"a"_s, 283));
    QCOMPARE(tooLong.remaining(), -3);
    QVERIFY2(tooLong.reason.contains(u"3"_s), qPrintable(tooLong.reason));

    const TextCount invalid = TextRules::x().count(u"a\uFFFE"_s);
    QVERIFY2(invalid.reason.contains(u"U+FFFE"_s), qPrintable(invalid.reason));

    const TextCount bytes = TextRules::bluesky().count(repeated(family, 121));
    QVERIFY2(bytes.reason.contains(u"25"_s), qPrintable(bytes.reason));
}

// --- HTML to text (HtmlToText) ---------------------------------------------------------------

void TestTextRules::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entities");

    const QString alicesCard = u"<span class=\"h-card\" translate=\"no\"><a href=\"https://sandbox.social/@alice\" "
                               "class=\"u-url mention\">@<span>alice</span></a></span>"_s;
    const QString bobsCard = u"<span class=\"h-card\"><a href=\"https://other.example/@bob\" "
                             "class=\"u-url mention\">@<span>bob</span></a></span>"_s;
    QTest::newRow("one paragraph") << u"<p>Hello world</p>"_s << u"Hello world"_s << QStringList{};
    QTest::newRow("paragraphs and a line break")
        << u"<p>One<br />two</p><p>Three</p>"_s << u"One\ntwo\n\nThree"_s << QStringList{};
    QTest::newRow("white space collapses as in HTML") << u"<p>  a \n  b\t c  </p>"_s << u"a b c"_s << QStringList{};
    QTest::newRow("character references")
        << u"<p>&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &#x1F600; &#233; &hellip;</p>"_s << u"<b> & \"q\" 's' 😀 é …"_s
        << QStringList{};
    QTest::newRow("unknown and broken references stay as written")
        << u"<p>&nope; &#xZZ; & alone &#0;</p>"_s << u"&nope; &#xZZ; & alone \uFFFD"_s << QStringList{};
    QTest::newRow("numeric references past Unicode are replaced, never wrapped")
        << u"<p>&#99999999999; &#4294967296; &#4294967361; &#x110000; &#x100000041;</p>"_s
        << u"\uFFFD \uFFFD \uFFFD \uFFFD \uFFFD"_s << QStringList{};
    QTest::newRow("leading zeros do not count") << u"<p>&#00000000065;&#x000000042;</p>"_s << u"AB"_s << QStringList{};
    QTest::newRow("surrogates by reference are replaced")
        << u"<p>&#xD800;&#xDFFF;&#55357;&#56832;</p>"_s << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s << QStringList{};
    QTest::newRow("a reference decodes once")
        << u"<p>&amp;amp; &amp;lt;b&amp;gt;</p>"_s << u"&amp; &lt;b&gt;"_s << QStringList{};
    QTest::newRow("references need their ;") << u"<p>&amp &#65 &#x41 &#; &#x; &hellipsis;</p>"_s
                                             << u"&amp &#65 &#x41 &#; &#x; &hellipsis;"_s << QStringList{};
    QTest::newRow("non-breaking space is kept") << u"<p>10&nbsp;%</p>"_s << u"10\u00a0%"_s << QStringList{};
    QTest::newRow("shortened link becomes its target")
        << u"<p>See <a href=\"https://shop.example/products/merino-scarf-grey?ref=m\" rel=\"nofollow noopener\" "
           "target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">shop.example/"
           "products/merino-s</span><span class=\"invisible\">carf-grey?ref=m</span></a> now</p>"_s
        << u"See https://shop.example/products/merino-scarf-grey?ref=m now"_s
        << QStringList{u"U:https://shop.example/products/merino-scarf-grey?ref=m"_s};
    QTest::newRow("link with its own text keeps both")
        << u"<p><a href=\"https://example.com/x\">our shop</a></p>"_s << u"our shop (https://example.com/x)"_s
        << QStringList{u"U:https://example.com/x"_s};
    QTest::newRow("a link that is not the web is text")
        << u"<p><a href=\"mailto:a@example.com\">write us</a></p>"_s << u"write us"_s << QStringList{};
    QTest::newRow("local mention resolved by mentions[]")
        << u"<p>"_s + alicesCard + u" hi</p>"_s << u"@alice hi"_s << QStringList{u"@:alice"_s};
    QTest::newRow("remote mention keeps its domain")
        << u"<p>"_s + bobsCard + u" and "_s + alicesCard + u"</p>"_s << u"@bob@other.example and @alice"_s
        << QStringList{u"@:bob@other.example"_s, u"@:alice"_s};
    QTest::newRow("unresolved mention keeps what it shows")
        << u"<p><a href=\"https://far.example/@zed\" class=\"u-url mention\">@<span>zed</span></a></p>"_s << u"@zed"_s
        << QStringList{u"@:zed"_s};
    QTest::newRow("hashtag")
        << u"<p>Love it <a href=\"https://sandbox.social/tags/slowfashion\" class=\"mention hashtag\" "
           "rel=\"tag\">#<span>SlowFashion</span></a></p>"_s
        << u"Love it #SlowFashion"_s << QStringList{u"#:SlowFashion"_s};
    QTest::newRow("hashtag by rel only")
        << u"<p><a href=\"https://x.example/tags/a\" rel=\"tag\">#<span>a</span></a></p>"_s << u"#a"_s
        << QStringList{u"#:a"_s};
    QTest::newRow("lists and quotes become lines")
        << u"<p>Items:</p><ul><li>one</li><li>two</li></ul><blockquote><p>quoted</p></blockquote>"_s
        << u"Items:\n\none\ntwo\n\nquoted"_s << QStringList{};
    QTest::newRow("script and style content is not text")
        << u"<p>a<script>alert(1)</script>b<style>p{}</style>c</p>"_s << u"abc"_s << QStringList{};
    QTest::newRow("comments are dropped") << u"<p>a<!-- hidden -->b</p>"_s << u"ab"_s << QStringList{};
    QTest::newRow("unknown tags keep their content")
        << u"<p><b>bold</b> <i>it</i> <code>x</code></p>"_s << u"bold it x"_s << QStringList{};
    QTest::newRow("a tag that never closes is text") << u"<p>a < b and <b"_s << u"a < b and <b"_s << QStringList{};
    QTest::newRow("a link that never closes still counts")
        << u"<p><a href=\"https://example.com/\">https://example.com/"_s << u"https://example.com/"_s
        << QStringList{u"U:https://example.com/"_s};
    QTest::newRow("nested links: the second ends the first")
        << u"<a href=\"https://a.example/\">https://a.example/<a href=\"https://b.example/\">https://b.example/</a>"_s
        << u"https://a.example/https://b.example/"_s
        << QStringList{u"U:https://a.example/"_s, u"U:https://b.example/"_s};
    QTest::newRow("quotes with > inside attributes")
        << u"<p><a title='x>y' href=\"https://e.example/?a=b\" data-x=\"1>0\">https://e.example/?a=b</a></p>"_s
        << u"https://e.example/?a=b"_s << QStringList{u"U:https://e.example/?a=b"_s};
    QTest::newRow("empty") << QString() << QString() << QStringList{};
    QTest::newRow("only markup") << u"<p></p><p><br></p>"_s << QString() << QStringList{};
    QTest::newRow("plain text without markup") << u"just text"_s << u"just text"_s << QStringList{};
}

void TestTextRules::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QStringList, entities);
    const QList<HtmlToText::Mention> mentions{{u"alice"_s, u"https://sandbox.social/@alice"_s},
                                              {u"bob@other.example"_s, u"https://other.example/@bob"_s}};
    const HtmlToText::PlainText plain = HtmlToText::convert(html, mentions);
    QCOMPARE(plain.text, text);
    QCOMPARE(describe(plain.entities), entities);
    for (const TextEntity &e : plain.entities) {
        QVERIFY(e.start >= 0 && e.end <= plain.text.size() && e.start < e.end);
        // An entity covers exactly what the text shows for it.
        const QString shown = plain.text.mid(e.start, e.length());
        if (e.type == TextEntity::Type::Url)
            QCOMPARE(shown, e.value);
        else
            QCOMPARE(shown.mid(1), e.value);
    }
}

void TestTextRules::htmlToTextHostile_data()
{
    // Shapes a hostile server can put in a status, at the size of the largest content the Mastodon
    // mapper reads (64k characters) or as many references as fit. They must all convert, to text no longer
    // than what came in. The conversion is linear in them (the search for a reference's ';' used to
    // run to the end of the text for every '&': 64k of them took 0.2 s and more per status).
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text"); // null: not checked, only bounded

    const qsizetype n = 64 * 1024;
    const auto times = [](const QString &part, qsizetype count) { return part.repeated(count); };
    QTest::newRow("64k &") << QString(n, u'&') << QString(n, u'&');
    QTest::newRow("64k & and a ; at the end") << QString(n - 1, u'&') + u';' << QString(n - 1, u'&') + u';';
    QTest::newRow("64k &amp;") << times(u"&amp;"_s, n) << QString(n, u'&');
    QTest::newRow("64k &#") << times(u"&#"_s, n / 2) << times(u"&#"_s, n / 2);
    QTest::newRow("64k numeric references") << times(u"&#65;"_s, n) << QString(n, u'A');
    QTest::newRow("a reference with 64k digits") << u"&#"_s + QString(n, u'9') + u';' << u"\uFFFD"_s;
    QTest::newRow("64k digits without a ;") << u"&#x"_s + QString(n - 3, u'f') << u"&#x"_s + QString(n - 3, u'f');
    QTest::newRow("huge numeric references") << times(u"&#99999999999;"_s, 4096) << QString(4096, QChar(0xFFFD));
    QTest::newRow("surrogate references") << times(u"&#xD800;"_s, 8192) << QString(8192, QChar(0xFFFD));
    QTest::newRow("64k unclosed tags") << times(u"<a"_s, n / 2) << times(u"<a"_s, n / 2);
    QTest::newRow("64k unclosed quoted tags") << times(u"<a href=\"x"_s, n / 10) << QString();
    QTest::newRow("64k unclosed comments") << times(u"<!--"_s, n / 4) << QString();
    QTest::newRow("64k < alone") << QString(n, u'<') << QString(n, u'<');
    QTest::newRow("deeply nested tags") << times(u"<b>"_s, n / 3) + u"deep"_s + times(u"</b>"_s, n / 4) << u"deep"_s;
    QTest::newRow("deeply nested blocks") << times(u"<blockquote><p>"_s, n / 15) + u"deep"_s << u"deep"_s;
    QTest::newRow("deeply nested links") << times(u"<a href=\"https://e.example/\">"_s, n / 32) << QString();
    QTest::newRow("64k line breaks") << times(u"<br>"_s, n / 4) + u"x"_s << u"x"_s;
    QTest::newRow("64k spaces") << u"a"_s + QString(n, u' ') + u"b"_s << u"a b"_s;
    // The limit falls between the two halves of the last emoji that would fit: it is left out whole.
    QTest::newRow("64k emoji after a letter") << u"a"_s + times(grinning, n / 2) << u"a"_s + times(grinning, n / 2 - 1);
}

void TestTextRules::htmlToTextHostile()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    const QList<HtmlToText::Mention> mentions{{u"alice"_s, u"https://sandbox.social/@alice"_s}};
    const HtmlToText::PlainText plain = HtmlToText::convert(html, mentions);
    if (!text.isNull())
        QCOMPARE(plain.text, text);
    QVERIFY(plain.text.size() <= html.size());
    for (const TextEntity &e : plain.entities)
        QVERIFY(e.start >= 0 && e.start < e.end && e.end <= plain.text.size());
}

void TestTextRules::htmlToTextHostileMentions()
{
    // A mention's acct comes from mentions[], not from the HTML: many links to one mention with a
    // long acct would make text far longer than the status (here 1000 × 60k characters).
    const QString url = u"https://sandbox.social/@long"_s;
    const QList<HtmlToText::Mention> mentions{{QString(60 * 1024, u'a'), url}};
    const QString link = u"<a href=\""_s + url + u"\" class=\"u-url mention\">@x</a> "_s;
    const HtmlToText::PlainText plain = HtmlToText::convert(link.repeated(1000), mentions);
    QVERIFY2(plain.text.size() <= HtmlToText::defaultMaxLength, qPrintable(QString::number(plain.text.size())));
    QVERIFY(plain.text.startsWith(u"@aaaa"_s));
    QVERIFY(!plain.entities.isEmpty());
    for (const TextEntity &e : plain.entities)
        QVERIFY(e.start >= 0 && e.start < e.end && e.end <= plain.text.size());

    // Many mentions and many links: each link finds its mention, the first of the same URL.
    QList<HtmlToText::Mention> many;
    for (int i = 0; i < 5000; ++i)
        many << HtmlToText::Mention{u"user%1"_s.arg(i), u"https://e.example/@u%1"_s.arg(i)};
    many << HtmlToText::Mention{u"second"_s, u"https://e.example/@u0"_s};
    QString html;
    for (int i = 4999; i >= 0; --i)
        html += u"<a href=\"https://e.example/@u%1\" class=\"mention\">@u%1</a> "_s.arg(i);
    const HtmlToText::PlainText resolved = HtmlToText::convert(html, many);
    QCOMPARE(resolved.entities.size(), 5000);
    QCOMPARE(resolved.entities.constFirst().value, u"user4999"_s);
    QCOMPARE(resolved.entities.constLast().value, u"user0"_s);
}

void TestTextRules::htmlToTextMaxLength_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<QString>("text");

    // The limit is the caller's (the Mastodon mapper's is the longest string it accepts). The text
    // stops there, inside a link if it must, and never keeps half of a surrogate pair.
    QTest::newRow("text stops at the limit") << u"<p>abcdefghij</p>"_s << qsizetype(4) << u"abcd"_s;
    QTest::newRow("short enough") << u"<p>abc</p><p>d</p>"_s << qsizetype(6) << u"abc\n\nd"_s;
    QTest::newRow("a link is cut at the limit")
        << u"<p>See <a href=\"https://example.com/long\">https://example.com/long</a></p>"_s << qsizetype(12)
        << u"See https://"_s;
    QTest::newRow("no half of an emoji") << u"ab"_s + grinning + grinning << qsizetype(3) << u"ab"_s;
    QTest::newRow("a whole emoji fits") << u"ab"_s + grinning + grinning << qsizetype(4) << u"ab"_s + grinning;
    QTest::newRow("nothing") << u"<p>abc</p>"_s << qsizetype(0) << QString();
}

void TestTextRules::htmlToTextMaxLength()
{
    QFETCH(QString, html);
    QFETCH(qsizetype, maxLength);
    QFETCH(QString, text);
    const HtmlToText::PlainText plain = HtmlToText::convert(html, {}, maxLength);
    QCOMPARE(plain.text, text);
    for (const TextEntity &e : plain.entities)
        QVERIFY(e.start >= 0 && e.start < e.end && e.end <= plain.text.size());
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "TestTextRules.moc"
