// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityExtractor.h"

#include "KnownTlds.h"
#include "TextMetrics.h"
#include "TwitterText.h"

#include <QChar>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace starling {

namespace {

constexpr qsizetype maxLabelLength = 63; // RFC 1035, counted after punycode for Unicode labels
constexpr char32_t fullwidthAt = 0xFF20;
constexpr char32_t fullwidthHash = 0xFF03;

bool isAsciiDigit(char32_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(char32_t c)
{
    return isAsciiDigit(c) || isAsciiLetter(c);
}

// Letters of Latin-1 Supplement and Latin Extended-A/B, without × and ÷.
bool isLatinAccented(char32_t c)
{
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
}

// Ruby's [[:word:]], which Mastodon's patterns use: letters, marks, decimal digits, connectors.
bool isWordChar(char32_t c)
{
    if (c == u'_')
        return true;
    if (c < 0x80)
        return isAsciiAlnum(c);
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || QChar::category(c) == QChar::Punctuation_Connector;
}

char32_t codePointAt(QStringView text, qsizetype index)
{
    return index >= 0 && index < text.size() ? TextMetrics::codePointAt(text, index) : char32_t(0);
}

// The code point that ends just before @p index, or 0 at the start of the text.
char32_t codePointBefore(QStringView text, qsizetype index)
{
    if (index <= 0)
        return 0;
    const QChar last = text.at(index - 1);
    if (last.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(index - 2), last);
    return last.unicode();
}

bool startsWithIgnoringCase(QStringView text, qsizetype index, QStringView prefix)
{
    return text.sliced(index).startsWith(prefix, Qt::CaseInsensitive);
}

/**
 * The ranges other entities hold, for asking whether a candidate overlaps one of them in log time:
 * a scan of every entity for every candidate is quadratic in a text of thousands of mentions and
 * hashtags (found by fuzzing: tests/fuzz/regressions/entity_extractor).
 */
class TakenRanges
{
public:
    explicit TakenRanges(const QList<TextEntity> &entities)
    {
        std::vector<std::pair<qsizetype, qsizetype>> ranges;
        ranges.reserve(size_t(entities.size()));
        for (const TextEntity &e : entities)
            ranges.emplace_back(e.start, e.end);
        std::sort(ranges.begin(), ranges.end());
        // Merged where they overlap, so that both starts and ends are in order.
        for (const auto &range : ranges) {
            if (!m_ranges.empty() && range.first < m_ranges.back().second)
                m_ranges.back().second = std::max(m_ranges.back().second, range.second);
            else
                m_ranges.push_back(range);
        }
    }

    bool overlaps(qsizetype start, qsizetype end) const
    {
        // The first range that ends after start is the only one that can begin before end.
        const auto it = std::upper_bound(m_ranges.cbegin(), m_ranges.cend(), start,
                                         [](qsizetype s, const auto &range) { return s < range.second; });
        return it != m_ranges.cend() && it->first < end;
    }

private:
    std::vector<std::pair<qsizetype, qsizetype>> m_ranges;
};

// --- URLs -------------------------------------------------------------------------------------

enum class HostChars
{
    Unicode, ///< after a scheme: any letters, marks, digits and symbols ("http://☃.net")
    Ascii, ///< without a scheme: ASCII and Latin accented letters only
};

bool isLabelChar(char32_t c, HostChars chars)
{
    if (c == u'-' || c == u'_' || isAsciiAlnum(c))
        return true;
    if (c < 0x80)
        return false;
    if (chars == HostChars::Ascii)
        return isLatinAccented(c);
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || QChar::category(c) == QChar::Symbol_Other;
}

bool isValidLabel(QStringView label, bool beforeTld)
{
    if (label.isEmpty())
        return false;
    const QChar first = label.front();
    const QChar last = label.back();
    if (first == u'-' || first == u'_' || last == u'-' || last == u'_')
        return false;
    // Subdomains may hold "_" (test_underscore.example.com); the registered name may not.
    if (beforeTld && label.contains(u'_'))
        return false;
    const bool ascii = std::all_of(label.begin(), label.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return label.size() <= maxLabelLength;
    // A Unicode label travels as punycode, whose 63-character limit is what matters.
    const QString ace = QString::fromLatin1(QUrl::toAce(label.toString()));
    return !ace.isEmpty() && ace.size() <= maxLabelLength;
}

struct Host
{
    qsizetype end = 0;
    qsizetype labelCount = 0;
    QStringView tld;
};

std::optional<Host> matchHost(QStringView text, qsizetype start, HostChars chars)
{
    struct Label
    {
        qsizetype start;
        qsizetype end;
    };
    QVarLengthArray<Label, 8> labels;
    qsizetype pos = start;
    for (;;) {
        const qsizetype labelStart = pos;
        while (pos < text.size()) {
            const char32_t c = TextMetrics::codePointAt(text, pos);
            if (!isLabelChar(c, chars))
                break;
            pos += TextMetrics::utf16Length(c);
        }
        if (pos == labelStart)
            break;
        labels.append({labelStart, pos});
        if (pos < text.size() && text.at(pos) == u'.') {
            ++pos;
            continue;
        }
        break;
    }

    // The longest host that ends in a known TLD wins, as with a greedy pattern: "foo.com.Then"
    // gives "foo.com".
    for (qsizetype count = labels.size(); count >= 2; --count) {
        const Label tldLabel = labels[count - 1];
        qsizetype end = tldLabel.end;
        QStringView tld = text.sliced(tldLabel.start, tldLabel.end - tldLabel.start);
        bool known = KnownTlds::contains(tld);
        if (!known && count == labels.size()) {
            // Text glued to the TLD, as Japanese and Chinese writers do ("example.comです"): the
            // ASCII letters form the TLD when a non-ASCII character follows them.
            qsizetype p = tldLabel.start;
            while (p < tldLabel.end && isAsciiLetter(text.at(p).unicode()))
                ++p;
            const char32_t next = codePointAt(text, p);
            if (p > tldLabel.start && p < tldLabel.end && next >= 0x80
                && KnownTlds::contains(text.sliced(tldLabel.start, p - tldLabel.start))) {
                end = p;
                tld = text.sliced(tldLabel.start, p - tldLabel.start);
                known = true;
            }
        }
        if (!known)
            continue;
        // "example.com@host" or "example.com+x" is not a URL ending at the TLD.
        const char32_t after = codePointAt(text, end);
        if (after == u'@' || after == fullwidthAt || after == u'+')
            continue;
        bool valid = true;
        for (qsizetype i = 0; valid && i < count - 1; ++i)
            valid = isValidLabel(text.sliced(labels[i].start, labels[i].end - labels[i].start), i == count - 2);
        if (!valid)
            continue;
        return Host{end, count, tld};
    }
    return std::nullopt;
}

bool isPathChar(char32_t c)
{
    if (c < 0x80) {
        if (isAsciiAlnum(c))
            return true;
        switch (c) {
        case u'!':
        case u'*':
        case u'\'':
        case u';':
        case u':':
        case u'=':
        case u'+':
        case u',':
        case u'.':
        case u'$':
        case u'/':
        case u'%':
        case u'#':
        case u'[':
        case u']':
        case u'-':
        case u'_':
        case u'~':
        case u'&':
        case u'|':
        case u'@':
            return true;
        default:
            return false;
        }
    }
    return c == 0x2013 /* – */ || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// A path may end only in these (or a balanced ")"): "see example.com/a." ends at "a".
bool isPathEnd(char32_t c)
{
    if (c < 0x80)
        return isAsciiAlnum(c) || c == u'=' || c == u'_' || c == u'#' || c == u'/' || c == u'+' || c == u'-'
               || c == u')';
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isQueryChar(char32_t c)
{
    if (isAsciiAlnum(c))
        return true;
    switch (c) {
    case u'!':
    case u'?':
    case u'*':
    case u'\'':
    case u'(':
    case u')':
    case u';':
    case u':':
    case u'&':
    case u'=':
    case u'+':
    case u'$':
    case u'/':
    case u'%':
    case u'#':
    case u'[':
    case u']':
    case u'-':
    case u'_':
    case u'.':
    case u',':
    case u'~':
    case u'|':
    case u'@':
        return true;
    default:
        return false;
    }
}

bool isQueryEnd(char32_t c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'&' || c == u'=' || c == u'#' || c == u'/';
}

// Scans "/path" at @p start; returns where it ends (== start when there is no path).
qsizetype matchPath(QStringView text, qsizetype start)
{
    if (start >= text.size() || text.at(start) != u'/')
        return start;
    qsizetype pos = start;
    int openParens = 0;
    while (pos < text.size()) {
        const char32_t c = TextMetrics::codePointAt(text, pos);
        if (c == u'(') {
            ++openParens;
        } else if (c == u')') {
            if (openParens == 0)
                break;
            --openParens;
        } else if (!isPathChar(c)) {
            break;
        }
        pos += TextMetrics::utf16Length(c);
    }
    while (pos > start + 1) {
        const char32_t last = codePointBefore(text, pos);
        if (isPathEnd(last))
            break;
        pos -= TextMetrics::utf16Length(last);
    }
    return pos;
}

// Scans "?query" at @p start; returns where it ends (== start when there is none).
qsizetype matchQuery(QStringView text, qsizetype start)
{
    if (start >= text.size() || text.at(start) != u'?')
        return start;
    qsizetype pos = start + 1;
    while (pos < text.size() && isQueryChar(text.at(pos).unicode()))
        ++pos;
    while (pos > start + 1 && !isQueryEnd(text.at(pos - 1).unicode()))
        --pos;
    return pos == start + 1 ? start : pos;
}

// Host, port, path and query from @p hostStart; returns the end of the URL or nothing.
std::optional<qsizetype> matchUrlBody(QStringView text, qsizetype hostStart, HostChars chars, bool requirePathOnCcTld)
{
    const auto host = matchHost(text, hostStart, chars);
    if (!host)
        return std::nullopt;
    qsizetype end = host->end;
    if (end + 1 < text.size() && text.at(end) == u':' && isAsciiDigit(text.at(end + 1).unicode())) {
        end += 1;
        while (end < text.size() && isAsciiDigit(text.at(end).unicode()))
            ++end;
    }
    // "?" is not a path character, so a query can only follow a path that was not trimmed.
    const qsizetype queryEnd = matchQuery(text, matchPath(text, end));
    const bool hasPath = queryEnd > end;

    // Without a scheme, "example.jp" alone reads like a file or an abbreviation more often than
    // a link; X wants a path there, except on .co and .tv which are used like generic TLDs.
    if (requirePathOnCcTld && !hasPath && host->labelCount == 2 && KnownTlds::isCountryCode(host->tld)
        && host->tld.compare(u"co", Qt::CaseInsensitive) != 0 && host->tld.compare(u"tv", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return queryEnd;
}

bool mayPrecedeSchemeUrl(char32_t c)
{
    return !(isAsciiAlnum(c) || c == u'@' || c == fullwidthAt || c == u'$' || c == u'#' || c == fullwidthHash);
}

bool mayPrecedeBareUrl(char32_t c)
{
    if (!mayPrecedeSchemeUrl(c))
        return false;
    return !(isLatinAccented(c) || c == u'.' || c == u'-' || c == u'_' || c == u'/');
}

} // namespace

EntityExtractor::EntityExtractor(Network network)
    : m_network(network)
{
}

QList<TextEntity> EntityExtractor::urls(QStringView text) const
{
    if (m_network == Network::X)
        return TwitterText::urls(text);
    const bool withoutScheme = m_network == Network::Bluesky;
    QList<TextEntity> found;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'h' || c == u'H') {
            qsizetype schemeLength = 0;
            if (startsWithIgnoringCase(text, i, u"https://"))
                schemeLength = 8;
            else if (startsWithIgnoringCase(text, i, u"http://"))
                schemeLength = 7;
            if (schemeLength > 0 && mayPrecedeSchemeUrl(codePointBefore(text, i))) {
                if (const auto end = matchUrlBody(text, i + schemeLength, HostChars::Unicode, false)) {
                    found.append({TextEntity::Type::Url, i, *end, text.sliced(i, *end - i).toString()});
                    i = *end;
                    continue;
                }
            }
        }
        if (withoutScheme && (isAsciiAlnum(c.unicode()) || isLatinAccented(c.unicode()))
            && mayPrecedeBareUrl(codePointBefore(text, i))) {
            if (const auto end = matchUrlBody(text, i, HostChars::Ascii, true)) {
                found.append({TextEntity::Type::Url, i, *end, text.sliced(i, *end - i).toString()});
                i = *end;
                continue;
            }
        }
        ++i;
    }
    return found;
}

QList<TextEntity> EntityExtractor::mentions(QStringView text) const
{
    return mentions(text, urls(text));
}

QList<TextEntity> EntityExtractor::hashtags(QStringView text) const
{
    return hashtags(text, urls(text));
}

QList<TextEntity> EntityExtractor::entities(QStringView text) const
{
    QList<TextEntity> all = urls(text);
    all += mentions(text, all);
    const QList<TextEntity> tags = hashtags(text, all);
    all += tags;
    std::sort(all.begin(), all.end(), [](const TextEntity &a, const TextEntity &b) { return a.start < b.start; });
    // As twitter-text's removeOverlappingEntities: whatever overlaps the entity kept before it
    // goes. Only a hashtag and a URL that starts inside it can meet here ("#日le.com").
    QList<TextEntity> kept;
    kept.reserve(all.size());
    for (const TextEntity &e : std::as_const(all)) {
        if (kept.isEmpty() || kept.constLast().end <= e.start)
            kept.append(e);
    }
    return kept;
}

QList<TextEntity> EntityExtractor::mentions(QStringView text, const QList<TextEntity> &urls) const
{
    if (m_network == Network::X) {
        QList<TextEntity> found = TwitterText::mentions(text);
        const TakenRanges taken(urls);
        found.removeIf([&](const TextEntity &m) { return taken.overlaps(m.start, m.end); });
        return found;
    }
    QList<TextEntity> found;
    const TakenRanges taken(urls);
    const auto scanWhile = [&](qsizetype pos, auto predicate) {
        while (pos < text.size() && predicate(text.at(pos).unicode()))
            ++pos;
        return pos;
    };
    const auto isNameChar = [](char32_t c) { return isAsciiAlnum(c) || c == u'_'; };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t at = text.at(i).unicode();
        if (at != u'@' && at != fullwidthAt)
            continue;
        const char32_t before = codePointBefore(text, i);
        const qsizetype nameStart = i + 1;
        qsizetype end = nameStart;

        switch (m_network) {
        case Network::X:
            continue; // TwitterText::mentions, above
        case Network::Mastodon: {
            if (isWordChar(before) || before == u'=' || before == u'/')
                continue;
            // user: word runs joined by "." or "-" ("first.last"), never ending in them
            end = scanWhile(nameStart, isNameChar);
            for (;;) {
                const qsizetype separators = scanWhile(end, [](char32_t c) { return c == u'.' || c == u'-'; });
                if (separators == end)
                    break;
                const qsizetype more = scanWhile(separators, isNameChar);
                if (more == separators)
                    break;
                end = more;
            }
            if (end > nameStart && end + 1 < text.size() && text.at(end) == u'@') {
                qsizetype domainEnd = end + 1;
                while (domainEnd < text.size()) {
                    const char32_t c = TextMetrics::codePointAt(text, domainEnd);
                    if (!isWordChar(c) && c != u'.' && c != u'-')
                        break;
                    domainEnd += TextMetrics::utf16Length(c);
                }
                while (domainEnd > end + 1 && (text.at(domainEnd - 1) == u'.' || text.at(domainEnd - 1) == u'-'))
                    --domainEnd;
                if (domainEnd > end + 1)
                    end = domainEnd;
            }
            break;
        }
        case Network::Bluesky: {
            if (isWordChar(before))
                continue;
            const auto isHandleChar = [](char32_t c) { return isAsciiAlnum(c) || c == u'-' || c == u'.'; };
            end = scanWhile(nameStart, isHandleChar);
            while (end > nameStart && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-'))
                --end;
            const QStringView handle = text.sliced(nameStart, end - nameStart);
            const qsizetype lastDot = handle.lastIndexOf(u'.');
            if (lastDot <= 0 || lastDot + 1 >= handle.size() || !isAsciiLetter(handle.at(lastDot + 1).unicode()))
                continue;
            break;
        }
        }

        if (end == nameStart)
            continue;
        // "@alice@" or "@alice://" is an address or a scheme, not a mention.
        const char32_t after = codePointAt(text, end);
        if (after == u'@' || after == fullwidthAt || isLatinAccented(after) || text.sliced(end).startsWith(u"://"))
            continue;
        if (taken.overlaps(i, end))
            continue;
        found.append({TextEntity::Type::Mention, i, end, text.sliced(nameStart, end - nameStart).toString()});
        i = end - 1;
    }
    return found;
}

QList<TextEntity> EntityExtractor::hashtags(QStringView text, const QList<TextEntity> &urls) const
{
    if (m_network == Network::X) {
        // twitter-text hides only the hashtags that overlap a URL starting before them; entities()
        // passes mentions along too, and a hashtag never overlaps a mention.
        QList<TextEntity> links = urls;
        links.removeIf([](const TextEntity &e) { return e.type != TextEntity::Type::Url; });
        return TwitterText::hashtags(text, links);
    }
    QList<TextEntity> found;
    const TakenRanges taken(urls);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t hash = text.at(i).unicode();
        if (hash != u'#' && hash != fullwidthHash)
            continue;
        const char32_t before = codePointBefore(text, i);
        if (isWordChar(before) || before == u'&' || before == u'=' || before == u'/' || before == u')' || before == u'#'
            || before == fullwidthHash)
            continue;
        const qsizetype tagStart = i + 1;
        // The tag starts with a letter, digit or "_": "#️⃣" (a keycap) is not a hashtag.
        const char32_t first = codePointAt(text, tagStart);
        if (!(isWordChar(first) && !QChar::isMark(first)))
            continue;
        qsizetype end = tagStart;
        bool hasNonDigit = false;
        while (end < text.size()) {
            const char32_t c = TextMetrics::codePointAt(text, end);
            // ZWNJ and ZWJ are part of words in Persian and Indic scripts.
            if (!isWordChar(c) && c != 0x200C && c != 0x200D)
                break;
            if (!QChar::isDigit(c))
                hasNonDigit = true;
            end += TextMetrics::utf16Length(c);
        }
        if (!hasNonDigit || text.sliced(end).startsWith(u"://"))
            continue;
        if (taken.overlaps(i, end))
            continue;
        found.append({TextEntity::Type::Hashtag, i, end, text.sliced(tagStart, end - tagStart).toString()});
        i = end - 1;
    }
    return found;
}

} // namespace starling
