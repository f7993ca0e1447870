// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextRules.h"

#include "EmojiSequence.h"
#include "EntityExtractor.h"
#include "TextMetrics.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

namespace starling {

namespace {

// twitter-text v3 configuration (API-NOTES §D).
constexpr int xScale = 100;
constexpr int xDefaultWeight = 200;
constexpr int xPostLimit = 280;
constexpr int xTransformedUrlLength = 23;

struct WeightRange
{
    char32_t first;
    char32_t last;
    int weight;
};

constexpr WeightRange xWeightRanges[] = {
    {0, 4351, 100}, // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic… up to Georgian
    {8192, 8205, 100}, // U+2000–U+200D: spaces, ZWSP, ZWNJ, ZWJ
    {8208, 8223, 100}, // U+2010–U+201F: dashes and quotation marks
    {8242, 8247, 100}, // U+2032–U+2037: primes
};

// X does not document a DM counting rule (API-NOTES is silent); see TextRules' class comment.
constexpr int xDirectMessageLimit = 10000;

// Lexicons app.bsky.feed.post (text) and chat.bsky.convo.defs (messageInput.text), B-6.
constexpr int blueskyPostGraphemes = 300;
constexpr int blueskyPostBytes = 3000;
constexpr int blueskyChatGraphemes = 1000;
constexpr int blueskyChatBytes = 10000;

int xWeight(char32_t codePoint)
{
    for (const WeightRange &range : xWeightRanges) {
        if (codePoint >= range.first && codePoint <= range.last)
            return range.weight;
    }
    return xDefaultWeight;
}

bool isXInvalidCharacter(char32_t codePoint)
{
    return codePoint == 0xFFFE || codePoint == 0xFEFF || codePoint == 0xFFFF;
}

int toInt(qsizetype value)
{
    return int(std::min<qsizetype>(value, std::numeric_limits<int>::max()));
}

int permille(int value, int limit)
{
    return limit > 0 ? int(qint64(value) * 1000 / limit) : 0;
}

/**
 * The NFC form of a text, with a way back from its indices to the original's. X counts the
 * normalised text but the compose box marks the overflow in what the user typed.
 */
class NormalizedText
{
public:
    explicit NormalizedText(const QString &original)
        : m_originalSize(original.size())
    {
        // Below U+0300 every character is its own NFC form and composes with nothing before it.
        if (std::all_of(original.cbegin(), original.cend(), [](QChar c) { return c.unicode() < 0x300; })) {
            m_text = original;
            return;
        }
        // NFC composes only within a grapheme cluster (a base and its marks, Hangul jamo), so the
        // text is normalised cluster by cluster: each normalised index keeps a home in the
        // original, and the work stays linear, where QString::normalized() on the whole text takes
        // time quadratic in the compositions it makes (found by fuzzing:
        // tests/fuzz/regressions/text_rules). A cluster longer than any a script needs (a
        // base under hundreds of marks) stays as written: ordering its marks is quadratic too.
        constexpr qsizetype longestNormalizedCluster = 64;
        const QList<qsizetype> bounds = TextMetrics::graphemeBoundaries(original);
        m_text.reserve(original.size());
        for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
            const QString cluster = original.sliced(bounds[k], bounds[k + 1] - bounds[k]);
            const QString normalized =
                cluster.size() > longestNormalizedCluster ? cluster : cluster.normalized(QString::NormalizationForm_C);
            const bool unchanged = normalized == cluster;
            m_identity = m_identity && unchanged;
            m_clusters.append({m_text.size(), bounds[k], unchanged});
            m_text += normalized;
        }
        if (m_identity)
            m_clusters.clear();
    }

    const QString &text() const { return m_text; }

    /** The original index of normalised index @p index; a boundary inside a changed cluster rounds down. */
    qsizetype toOriginal(qsizetype index) const
    {
        if (m_identity)
            return index;
        if (index >= m_text.size())
            return m_originalSize;
        const auto it = std::upper_bound(m_clusters.cbegin(), m_clusters.cend(), index,
                                         [](qsizetype i, const Cluster &c) { return i < c.normalizedStart; });
        const Cluster &cluster = *std::prev(it);
        if (cluster.unchanged)
            return cluster.originalStart + (index - cluster.normalizedStart);
        return cluster.originalStart;
    }

private:
    struct Cluster
    {
        qsizetype normalizedStart;
        qsizetype originalStart;
        bool unchanged;
    };

    QString m_text;
    qsizetype m_originalSize;
    QList<Cluster> m_clusters;
    bool m_identity = true;
};

QString describe(TextCount::Problem problem, const TextCount &count, std::optional<char32_t> invalidCharacter)
{
    switch (problem) {
    case TextCount::Problem::None:
        return {};
    case TextCount::Problem::Empty:
        return QCoreApplication::translate("starling::TextRules", "The text is empty.");
    case TextCount::Problem::InvalidCharacter:
        return QCoreApplication::translate("starling::TextRules",
                                           "The text contains a character that cannot be posted (U+%1).")
            .arg(QString::number(invalidCharacter.value_or(0), 16).toUpper().rightJustified(4, u'0'));
    case TextCount::Problem::TooLong:
        return QCoreApplication::translate("starling::TextRules", "The text is %n character(s) too long.", nullptr,
                                           count.length - count.limit);
    case TextCount::Problem::TooManyBytes:
        return QCoreApplication::translate("starling::TextRules", "The text is %n byte(s) too long.", nullptr,
                                           count.byteLength - count.byteLimit);
    }
    return {};
}

} // namespace

TextRules::TextRules(Network network, Mode mode, const TextLimits &limits)
    : m_network(network)
    , m_mode(mode)
    , m_limits(limits)
{
}

TextRules TextRules::x(Mode mode)
{
    TextLimits limits;
    if (mode == Mode::Post) {
        limits.unit = TextUnit::WeightedCharacters;
        limits.maxLength = xPostLimit;
        limits.urlLength = xTransformedUrlLength;
        limits.urlsWithoutScheme = true;
        limits.requiresText = true;
    } else {
        limits.unit = TextUnit::CodePoints;
        limits.maxLength = xDirectMessageLimit;
    }
    return TextRules(Network::X, mode, limits);
}

TextRules TextRules::mastodon(int maxCharacters, int urlLength)
{
    TextLimits limits;
    limits.unit = TextUnit::Graphemes;
    limits.maxLength = maxCharacters >= 1 ? maxCharacters : defaultMastodonMaxCharacters;
    limits.urlLength = urlLength >= 0 ? urlLength : defaultMastodonUrlLength;
    limits.countsContentWarning = true;
    // A direct message is a status with visibility "direct": same rules.
    return TextRules(Network::Mastodon, Mode::Post, limits);
}

TextRules TextRules::bluesky(Mode mode)
{
    TextLimits limits;
    limits.unit = TextUnit::Graphemes;
    limits.maxLength = mode == Mode::Post ? blueskyPostGraphemes : blueskyChatGraphemes;
    limits.maxBytes = mode == Mode::Post ? blueskyPostBytes : blueskyChatBytes;
    return TextRules(Network::Bluesky, mode, limits);
}

TextRules TextRules::forNetwork(Network network, Mode mode)
{
    switch (network) {
    case Network::X:
        return x(mode);
    case Network::Mastodon: {
        TextRules rules = mastodon();
        rules.m_mode = mode;
        return rules;
    }
    case Network::Bluesky:
        return bluesky(mode);
    }
    return x(mode);
}

TextRules TextRules::withMaxLength(int maxLength) const
{
    TextRules rules = *this;
    if (maxLength >= 1)
        rules.m_limits.maxLength = maxLength;
    return rules;
}

TextCount TextRules::count(const QString &text, const QString &contentWarning) const
{
    switch (m_limits.unit) {
    case TextUnit::WeightedCharacters:
        return countWeighted(text);
    case TextUnit::CodePoints:
        return countCodePoints(text);
    case TextUnit::Graphemes:
        return m_limits.countsContentWarning ? countMastodon(text, contentWarning) : countGraphemesAndBytes(text);
    }
    return {};
}

TextCount TextRules::countWeighted(const QString &text) const
{
    // twitter-text's parseTweet: URLs and emoji are found in the whole normalised text first, then
    // the text is walked; an item that starts where the walk stands is weighed as one.
    const NormalizedText normalized(text);
    const QString &n = normalized.text();
    const QList<TextEntity> urls = EntityExtractor(m_network).urls(n);
    const qint64 maxWeight = qint64(m_limits.maxLength) * xScale;

    qint64 weight = 0;
    qsizetype validEnd = 0;
    std::optional<char32_t> invalid;
    qsizetype nextUrl = 0;
    // The emoji twemoji-parser finds scanning from the start, one after the other; those that
    // start inside a URL are passed over with it.
    qsizetype emojiStart = -1;
    qsizetype emojiLength = 0;
    const auto findEmoji = [&](qsizetype from) {
        for (emojiStart = from; emojiStart < n.size(); ++emojiStart) {
            if ((emojiLength = EmojiSequence::lengthAt(n, emojiStart)) > 0)
                return;
        }
    };
    findEmoji(0);
    for (qsizetype i = 0; i < n.size();) {
        while (nextUrl < urls.size() && urls[nextUrl].start < i)
            ++nextUrl;
        while (emojiStart < i)
            findEmoji(emojiStart + emojiLength);
        qsizetype end = 0;
        if (nextUrl < urls.size() && urls[nextUrl].start == i) {
            weight += qint64(m_limits.urlLength) * xScale;
            // The length of the URL twitter-text reports, which is the range's but for one case
            // (TwitterText); parseTweet skips that many characters.
            end = i + urls[nextUrl].value.size();
        } else if (emojiStart == i) {
            weight += xDefaultWeight;
            end = i + emojiLength;
        } else {
            const char32_t cp = TextMetrics::codePointAt(n, i);
            weight += xWeight(cp);
            end = i + TextMetrics::utf16Length(cp);
            if (!invalid && isXInvalidCharacter(cp))
                invalid = cp;
        }
        // Like twitter-text, the valid range stops before the first invalid character and before
        // the first item (character, emoji or whole URL) that crosses the limit.
        if (!invalid && weight <= maxWeight)
            validEnd = end;
        i = end;
    }

    TextCount count;
    count.length = toInt(weight / xScale);
    count.byteLength = toInt(TextMetrics::utf8Length(text));
    count.validRangeEnd = normalized.toOriginal(validEnd);
    finish(count, invalid);
    // parseTweet computes it in floating point, which rounds a few lengths past eight times the
    // limit one lower than exact arithmetic would.
    count.permillage = int(std::floor(double(count.length) / double(count.limit) * 1000));
    return count;
}

TextCount TextRules::countCodePoints(const QString &text) const
{
    qsizetype codePoints = 0;
    qsizetype validEnd = 0;
    for (qsizetype i = 0; i < text.size(); i += TextMetrics::utf16Length(TextMetrics::codePointAt(text, i))) {
        ++codePoints;
        if (codePoints <= m_limits.maxLength)
            validEnd = i + TextMetrics::utf16Length(TextMetrics::codePointAt(text, i));
    }
    TextCount count;
    count.length = toInt(codePoints);
    count.byteLength = toInt(TextMetrics::utf8Length(text));
    count.validRangeEnd = validEnd;
    finish(count, std::nullopt);
    return count;
}

TextCount TextRules::countMastodon(const QString &text, const QString &contentWarning) const
{
    // Rewrite the text as the server's length validator does before counting: URLs become
    // urlLength characters, "@user@domain" becomes "@user". The content warning is counted as
    // written. Pieces remember where each part of the rewrite came from.
    struct Piece
    {
        qsizetype rewrittenStart;
        qsizetype originalStart;
        bool replaced;
    };
    QString rewritten;
    rewritten.reserve(text.size());
    QList<Piece> pieces;
    qsizetype copied = 0;
    const auto copyUpTo = [&](qsizetype end) {
        if (end > copied) {
            pieces.append({rewritten.size(), copied, false});
            rewritten += QStringView(text).sliced(copied, end - copied);
        }
        copied = end;
    };
    for (const TextEntity &entity : EntityExtractor(m_network).entities(text)) {
        QString replacement;
        if (entity.type == TextEntity::Type::Url) {
            replacement = QString(m_limits.urlLength, u'x');
        } else if (entity.type == TextEntity::Type::Mention && entity.value.contains(u'@')) {
            replacement = u'@' + entity.value.section(u'@', 0, 0);
        } else {
            continue;
        }
        copyUpTo(entity.start);
        pieces.append({rewritten.size(), entity.start, true});
        rewritten += replacement;
        copied = entity.end;
    }
    copyUpTo(text.size());

    const QString combined = contentWarning + rewritten;
    const QList<qsizetype> bounds = TextMetrics::graphemeBoundaries(combined);
    const qsizetype graphemes = bounds.size() - 1;

    qsizetype validEnd = text.size();
    if (graphemes > m_limits.maxLength) {
        const qsizetype cut = bounds[m_limits.maxLength] - contentWarning.size();
        if (cut <= 0) {
            validEnd = 0;
        } else if (cut >= rewritten.size()) {
            validEnd = text.size();
        } else {
            const auto it = std::upper_bound(pieces.cbegin(), pieces.cend(), cut,
                                             [](qsizetype i, const Piece &p) { return i < p.rewrittenStart; });
            const Piece &piece = *std::prev(it);
            // A cut inside a rewritten URL or mention means the whole entity does not fit.
            validEnd = piece.replaced ? piece.originalStart : piece.originalStart + (cut - piece.rewrittenStart);
        }
    }

    TextCount count;
    count.length = toInt(graphemes);
    count.byteLength = toInt(TextMetrics::utf8Length(text));
    count.validRangeEnd = validEnd;
    finish(count, std::nullopt);
    return count;
}

TextCount TextRules::countGraphemesAndBytes(const QString &text) const
{
    const QList<qsizetype> bounds = TextMetrics::graphemeBoundaries(text);
    qsizetype validEnd = 0;
    qsizetype bytes = 0;
    for (qsizetype k = 0; k + 1 < bounds.size(); ++k) {
        bytes += TextMetrics::utf8Length(QStringView(text).sliced(bounds[k], bounds[k + 1] - bounds[k]));
        if (k + 1 > m_limits.maxLength || (m_limits.maxBytes > 0 && bytes > m_limits.maxBytes))
            break;
        validEnd = bounds[k + 1];
    }

    TextCount count;
    count.length = toInt(bounds.size() - 1);
    count.byteLength = toInt(TextMetrics::utf8Length(text));
    count.validRangeEnd = validEnd;
    finish(count, std::nullopt);
    return count;
}

void TextRules::finish(TextCount &count, std::optional<char32_t> invalidCharacter) const
{
    count.limit = m_limits.maxLength;
    count.byteLimit = m_limits.maxBytes;
    count.permillage = permille(count.length, count.limit);
    if (count.byteLimit > 0)
        count.permillage = std::max(count.permillage, permille(count.byteLength, count.byteLimit));

    if (m_limits.requiresText && count.length == 0)
        count.problem = TextCount::Problem::Empty;
    else if (invalidCharacter)
        count.problem = TextCount::Problem::InvalidCharacter;
    else if (count.length > count.limit)
        count.problem = TextCount::Problem::TooLong;
    else if (count.byteLimit > 0 && count.byteLength > count.byteLimit)
        count.problem = TextCount::Problem::TooManyBytes;
    else
        count.problem = TextCount::Problem::None;
    count.valid = count.problem == TextCount::Problem::None;
    count.reason = describe(count.problem, count, invalidCharacter);
}

} // namespace starling
