// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwitterText.h"

#include "KnownTlds.h"
#include "TextMetrics.h"

#include <QChar>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace starling {

namespace {

// twitter-text works on UTF-16 code units (its patterns are JavaScript regular expressions
// without the "u" flag), and so does everything here: a surrogate is a character of its own.

constexpr qsizetype maxLabelLength = 63; // RFC 1035, counted after punycode
constexpr qsizetype maxUrlLength = 4096; // twitter-text's MAX_URL_LENGTH
constexpr qsizetype maxTcoSlugLength = 40;
constexpr char16_t fullwidthAt = 0xFF20;
constexpr char16_t fullwidthHash = 0xFF03;

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/** A set of ASCII characters, built at compile time: these tests run for every character. */
class AsciiSet
{
public:
    constexpr AsciiSet(const char *chars)
    {
        for (; *chars; ++chars) {
            const auto c = static_cast<unsigned char>(*chars);
            (c < 64 ? m_low : m_high) |= quint64(1) << (c % 64);
        }
    }

    constexpr bool contains(char16_t c) const
    {
        return c < 64 ? (m_low >> c) & 1 : c < 128 ? (m_high >> (c - 64)) & 1 : false;
    }

private:
    quint64 m_low = 0;
    quint64 m_high = 0;
};

constexpr AsciiSet punctuation("!'#%&()*+,\\-./:;<=>?@[]^_{|}~$");
constexpr AsciiSet pathPunctuation("!*';:=+,.$/%#[]-_~@|&");
constexpr AsciiSet pathEndPunctuation("+-=_#/");
constexpr AsciiSet queryPunctuation("!?*'@();:&=+$/%#[]-_.,~|");
constexpr AsciiSet queryEndPunctuation("-_&=#/");
constexpr AsciiSet beforeUrlWithoutProtocol("-_./"); // invalidUrlWithoutProtocolPrecedingChars
constexpr AsciiSet beforeMention("!#$%&*@"); // besides letters, digits and "_"
constexpr AsciiSet beforeRetweetMention("+~.-");

bool isPunctuation(char16_t c)
{
    return punctuation.contains(c);
}

bool isSpace(char16_t c)
{
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || c == 0x180E
           || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isInvalid(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

bool isDirectionalMarker(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x2066 && c <= 0x2069);
}

// Anything but punctuation, white space, the invalid characters and directional markers: hosts
// may hold letters of any script, digits, symbols and emoji.
bool isDomainChar(char16_t c)
{
    return !(isPunctuation(c) || isSpace(c) || isInvalid(c) || isDirectionalMarker(c));
}

bool isPrecedingChar(char16_t c)
{
    if (isDirectionalMarker(c))
        return true;
    return !(isAsciiAlnum(c) || c == u'@' || c == fullwidthAt || c == u'$' || c == u'#' || c == fullwidthHash
             || isInvalid(c));
}

// --- Case-insensitive character classes ---------------------------------------------------------

struct Range
{
    char16_t first;
    char16_t last;
};

constexpr Range latinAccents[] = {
    {0x00C0, 0x00D6}, {0x00D8, 0x00F6}, {0x00F8, 0x00FF}, {0x0100, 0x024F}, {0x0253, 0x0254}, {0x0256, 0x0257},
    {0x0259, 0x0259}, {0x025B, 0x025B}, {0x0263, 0x0263}, {0x0268, 0x0268}, {0x026F, 0x026F}, {0x0272, 0x0272},
    {0x0289, 0x0289}, {0x028B, 0x028B}, {0x02BB, 0x02BB}, {0x0300, 0x036F}, {0x1E00, 0x1EFF},
};
constexpr Range cyrillic = {0x0400, 0x04FF};

/**
 * JavaScript's Canonicalize for case-insensitive patterns without the "u" flag: the upper case
 * of a character, unless that is not one character or would turn a non-ASCII character into
 * an ASCII one.
 */
char16_t canonicalize(char16_t c)
{
    if (c < 0x80)
        return c >= u'a' && c <= u'z' ? char16_t(c - 0x20) : c;
    const char32_t upper = QChar::toUpper(char32_t(c));
    return upper < 0x80 || upper > 0xFFFF ? c : char16_t(upper);
}

/**
 * A character class of a case-insensitive pattern: a character belongs when its canonical form
 * is that of a member. That takes in more than the case pairs inside the ranges: Greek iota
 * belongs to the accented Latin letters because U+0345 (a combining mark among them) has it as
 * its upper case.
 */
class CaseInsensitiveClass
{
public:
    explicit CaseInsensitiveClass(std::vector<Range> ranges)
        : m_ranges(std::move(ranges))
    {
        for (const Range &r : m_ranges) {
            for (char32_t c = r.first; c <= r.last; ++c)
                m_canonical.push_back(canonicalize(char16_t(c)));
        }
        std::sort(m_canonical.begin(), m_canonical.end());
        m_canonical.erase(std::unique(m_canonical.begin(), m_canonical.end()), m_canonical.end());
    }

    bool contains(char16_t c) const
    {
        if (c < 0x80)
            return false; // the classes used here hold no ASCII
        for (const Range &r : m_ranges) {
            if (c >= r.first && c <= r.last)
                return true;
        }
        return std::binary_search(m_canonical.cbegin(), m_canonical.cend(), canonicalize(c));
    }

private:
    std::vector<Range> m_ranges;
    std::vector<char16_t> m_canonical;
};

const CaseInsensitiveClass &latinClass()
{
    static const CaseInsensitiveClass set(std::vector<Range>(std::begin(latinAccents), std::end(latinAccents)));
    return set;
}

const CaseInsensitiveClass &cyrillicAndLatinClass()
{
    static const CaseInsensitiveClass set = [] {
        std::vector<Range> ranges(std::begin(latinAccents), std::end(latinAccents));
        ranges.push_back(cyrillic);
        return CaseInsensitiveClass(std::move(ranges));
    }();
    return set;
}

// validGeneralUrlPathChars
bool isPathChar(char16_t c)
{
    return isAsciiAlnum(c) || pathPunctuation.contains(c) || c == 0x2013 || cyrillicAndLatinClass().contains(c);
}

// validUrlPathEndingChars, without the balanced parentheses
bool isPathEnd(char16_t c)
{
    return isAsciiAlnum(c) || pathEndPunctuation.contains(c) || cyrillicAndLatinClass().contains(c);
}

bool isQueryChar(char16_t c)
{
    return isAsciiAlnum(c) || queryPunctuation.contains(c);
}

bool isQueryEnd(char16_t c)
{
    return isAsciiAlnum(c) || queryEndPunctuation.contains(c);
}

// The labels of the ASCII names that a host without a scheme yields (validAsciiDomain).
bool isAsciiDomainChar(char16_t c)
{
    return c == u'-' || isAsciiAlnum(c) || latinClass().contains(c);
}

bool startsWithAscii(QStringView text, qsizetype index, QStringView ascii)
{
    if (text.size() - index < ascii.size())
        return false;
    for (qsizetype i = 0; i < ascii.size(); ++i) {
        char16_t c = text.at(index + i).unicode();
        if (c >= u'A' && c <= u'Z')
            c += 0x20;
        if (c != ascii.at(i).unicode())
            return false;
    }
    return true;
}

// --- Host names -----------------------------------------------------------------------------------

// A top-level domain at @p index: a known name, or punycode ("xn--p1ai"). Returns its length or 0.
qsizetype tldLengthAt(QStringView text, qsizetype index)
{
    if (const qsizetype known = KnownTlds::lengthAt(text, index))
        return known;
    if (!startsWithAscii(text, index, u"xn--"))
        return 0;
    qsizetype end = index + 4;
    while (end < text.size() && (isAsciiAlnum(text.at(end).unicode()) || text.at(end) == u'-'))
        ++end;
    return end > index + 4 ? end - index : 0;
}

/** The ASCII names in a host, as [start, end) pairs: what a URL without a scheme is made of. */
QList<std::pair<qsizetype, qsizetype>> asciiNames(QStringView host)
{
    QList<std::pair<qsizetype, qsizetype>> names;
    const auto runEnd = [&](qsizetype pos) {
        while (pos < host.size() && isAsciiDomainChar(host.at(pos).unicode()))
            ++pos;
        return pos;
    };
    qsizetype searchFrom = 0; // where twitter-text looks the next name up with indexOf
    qsizetype p = 0;
    while (p < host.size()) {
        if (!isAsciiDomainChar(host.at(p).unicode())) {
            ++p;
            continue;
        }
        // (label ".")+ then a TLD, as many labels as possible first.
        QVarLengthArray<qsizetype, 8> labelStarts;
        const qsizetype firstEnd = runEnd(p);
        for (qsizetype pos = p, end = firstEnd; end > pos && end < host.size() && host.at(end) == u'.';
             end = runEnd(pos)) {
            pos = end + 1;
            labelStarts.append(pos);
        }
        qsizetype matchEnd = -1;
        for (qsizetype k = labelStarts.size() - 1; k >= 0 && matchEnd < 0; --k) {
            if (const qsizetype tld = tldLengthAt(host, labelStarts[k]))
                matchEnd = labelStarts[k] + tld;
        }
        if (matchEnd < 0) {
            // Starting later in the same label finds the same dots and fails the same way.
            p = firstEnd;
            continue;
        }
        const QStringView name = host.sliced(p, matchEnd - p);
        const qsizetype start = host.indexOf(name, searchFrom);
        names.append({start, start + name.size()});
        searchFrom = start + name.size();
        p = matchEnd;
    }
    return names;
}

/**
 * The length of a label once punycode-encoded (RFC 3492), as punycode.js 1.4.1, which
 * twitter-text uses, computes it: only a label with a character outside U+0020–U+007E is
 * encoded, and U+3002, U+FF0E and U+FF61 split it like dots. Stops counting past the limit.
 */
qsizetype aceLength(QStringView label)
{
    QList<QStringView> parts;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= label.size(); ++i) {
        const char16_t c = i < label.size() ? label.at(i).unicode() : u'.';
        if (c == u'.' || c == 0x3002 || c == 0xFF0E || c == 0xFF61) {
            parts.append(label.sliced(partStart, i - partStart));
            partStart = i + 1;
        }
    }
    qsizetype total = parts.size() - 1; // the separators, written as "."
    for (const QStringView part : parts) {
        const bool plain =
            std::all_of(part.begin(), part.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7E; });
        if (plain) {
            total += part.size();
            continue;
        }
        // Code points as punycode.js reads them: pairs joined, lone surrogates kept as they are.
        QVarLengthArray<char32_t, 64> input;
        for (qsizetype i = 0; i < part.size(); ++i) {
            const QChar c = part.at(i);
            if (c.isHighSurrogate() && i + 1 < part.size() && part.at(i + 1).isLowSurrogate()) {
                input.append(QChar::surrogateToUcs4(c, part.at(i + 1)));
                ++i;
            } else {
                input.append(c.unicode());
            }
        }
        // The output has at least one character per code point.
        if (input.size() > maxLabelLength)
            return maxLabelLength + 1;

        constexpr qint64 base = 36;
        constexpr qint64 tMin = 1;
        constexpr qint64 tMax = 26;
        const auto adapt = [](qint64 delta, qint64 points, bool firstTime) {
            delta = firstTime ? delta / 700 : delta / 2;
            delta += delta / points;
            qint64 k = 0;
            while (delta > ((base - tMin) * tMax) / 2) {
                delta /= base - tMin;
                k += base;
            }
            return k + (base - tMin + 1) * delta / (delta + 38);
        };
        const qint64 basic = std::count_if(input.cbegin(), input.cend(), [](char32_t cp) { return cp < 0x80; });
        qint64 out = 4 + basic + (basic > 0 ? 1 : 0); // "xn--", the basic characters and "-"
        qint64 n = 128;
        qint64 delta = 0;
        qint64 bias = 72;
        for (qint64 handled = basic; handled < input.size();) {
            qint64 m = std::numeric_limits<qint64>::max();
            for (const char32_t cp : input) {
                if (qint64(cp) >= n)
                    m = std::min(m, qint64(cp));
            }
            delta += (m - n) * (handled + 1);
            n = m;
            for (const char32_t cp : input) {
                if (qint64(cp) < n)
                    ++delta;
                if (qint64(cp) != n)
                    continue;
                for (qint64 q = delta, k = base;; k += base) {
                    const qint64 t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
                    ++out;
                    if (q < t)
                        break;
                    q = (q - t) / (base - t);
                }
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
            ++delta;
            ++n;
        }
        total += out;
        if (total > maxLabelLength)
            return total;
    }
    return total;
}

// twitter-text's idna.toAscii: whether each label of the host fits in DNS once encoded.
bool isEncodableHost(QStringView host)
{
    if (host.startsWith(u"xn--") && asciiNames(host).isEmpty())
        return false;
    for (const QStringView label : host.split(u'.')) {
        const qsizetype length = aceLength(label);
        if (length < 1 || length > maxLabelLength)
            return false;
    }
    return true;
}

// --- The URL pattern ------------------------------------------------------------------------------

struct Match
{
    qsizetype start = 0; ///< where the URL starts (the scheme, if any)
    qsizetype hostStart = 0;
    qsizetype hostEnd = 0;
    bool hasPath = false;
    qsizetype end = 0;
};

class Matcher
{
public:
    explicit Matcher(QStringView text)
        : m_text(text)
        , m_labelEnd(text.size() + 1)
        , m_nameEnd(text.size() + 1)
        , m_hostEnd(text.size() + 1, unknown)
    {
        // Where a run of label characters that starts at i ends: with "_" (subdomains) and
        // without (the registered name). Computed once, so that every start is cheap.
        const qsizetype n = text.size();
        m_labelEnd[n] = n;
        m_nameEnd[n] = n;
        for (qsizetype i = n - 1; i >= 0; --i) {
            const char16_t c = text.at(i).unicode();
            const bool name = isDomainChar(c) || c == u'-';
            m_labelEnd[i] = name || c == u'_' ? m_labelEnd[i + 1] : i;
            m_nameEnd[i] = name ? m_nameEnd[i + 1] : i;
        }
    }

    /** The URL whose scheme or host starts at @p start, if one does. */
    std::optional<Match> at(qsizetype start) const
    {
        for (const QStringView scheme : {QStringView(u"https://"), QStringView(u"http://")}) {
            if (!startsWithAscii(m_text, start, scheme))
                continue;
            if (const auto hostEnd = host(start + scheme.size()))
                return finish(start, start + scheme.size(), *hostEnd);
            break;
        }
        if (const auto hostEnd = host(start))
            return finish(start, start, *hostEnd);
        return std::nullopt;
    }

private:
    bool isLabel(qsizetype start, qsizetype end) const
    {
        return end > start && end < m_text.size() && m_text.at(end) == u'.' && isDomainChar(m_text.at(start).unicode())
               && isDomainChar(m_text.at(end - 1).unicode());
    }

    // validDomain: (subdomain ".")* name "." TLD, with as many subdomains as possible first. The
    // pattern tries every start, and the starts along one chain of labels share their answer:
    // the furthest label of the chain that is a name followed by a TLD. Remembering it per
    // position keeps long runs of labels ("a.a.a.a…") linear.
    std::optional<qsizetype> host(qsizetype start) const
    {
        if (start >= m_text.size())
            return std::nullopt;
        QVarLengthArray<qsizetype, 16> chain;
        qsizetype pos = start;
        while (m_hostEnd[pos] == unknown) {
            chain.append(pos);
            if (!isLabel(pos, m_labelEnd[pos]))
                break;
            pos = m_labelEnd[pos] + 1;
        }
        for (qsizetype i = chain.size() - 1; i >= 0; --i) {
            const qsizetype label = chain[i];
            const qsizetype next = m_labelEnd[label] + 1;
            qsizetype end = isLabel(label, m_labelEnd[label]) ? m_hostEnd[next] : none;
            if (end == none) {
                const qsizetype nameEnd = m_nameEnd[label];
                const qsizetype tld = isLabel(label, nameEnd) ? tldLengthAt(m_text, nameEnd + 1) : 0;
                end = tld > 0 ? nameEnd + 1 + tld : none;
            }
            m_hostEnd[label] = end;
        }
        return m_hostEnd[start] == none ? std::nullopt : std::optional<qsizetype>(m_hostEnd[start]);
    }

    // One balanced "(…)" in a path, with one level of nesting; returns its end or 0.
    qsizetype balancedParens(qsizetype pos) const
    {
        const auto pathRun = [this](qsizetype p) {
            while (p < m_text.size() && isPathChar(m_text.at(p).unicode()))
                ++p;
            return p;
        };
        const auto isAt = [this](qsizetype p, char16_t c) { return p < m_text.size() && m_text.at(p) == c; };
        qsizetype inner = pathRun(pos + 1);
        if (inner > pos + 1 && isAt(inner, u')'))
            return inner + 1;
        if (!isAt(inner, u'('))
            return 0;
        const qsizetype nested = pathRun(inner + 1);
        if (nested == inner + 1 || !isAt(nested, u')'))
            return 0;
        const qsizetype rest = pathRun(nested + 1);
        return isAt(rest, u')') ? rest + 1 : 0;
    }

    // After "/": validUrlPath*. Its pattern reads G*(B G*)*E|B|@G+/ (G a path character, B a
    // balanced "(…)", E an ending character): twitter-text inserts E's two alternatives, a
    // character or B, without brackets. So a step takes the run of G and B up to its last
    // ending character, or else one B; "@G+/" never adds anything, as "/" ends a run anyway.
    qsizetype path(qsizetype pos) const
    {
        for (;;) {
            qsizetype lastEnd = -1;
            for (qsizetype p = pos; p < m_text.size();) {
                const char16_t c = m_text.at(p).unicode();
                if (isPathChar(c)) {
                    ++p;
                    if (isPathEnd(c))
                        lastEnd = p;
                } else if (const qsizetype parens = c == u'(' ? balancedParens(p) : 0) {
                    p = parens;
                } else {
                    break;
                }
            }
            if (lastEnd > pos) {
                pos = lastEnd;
            } else if (const qsizetype parens =
                           pos < m_text.size() && m_text.at(pos) == u'(' ? balancedParens(pos) : 0) {
                pos = parens;
            } else {
                return pos;
            }
        }
    }

    Match finish(qsizetype start, qsizetype hostStart, qsizetype hostEnd) const
    {
        Match match{start, hostStart, hostEnd, false, hostEnd};
        qsizetype &pos = match.end;
        if (pos + 1 < m_text.size() && m_text.at(pos) == u':' && isAsciiDigit(m_text.at(pos + 1).unicode())) {
            pos += 2;
            while (pos < m_text.size() && isAsciiDigit(m_text.at(pos).unicode()))
                ++pos;
        }
        if (pos < m_text.size() && m_text.at(pos) == u'/') {
            match.hasPath = true;
            pos = path(pos + 1);
        }
        pos = query(m_text, pos);
        return match;
    }

public:
    /** "?" and a query ending in a query-ending character, or nothing. */
    static qsizetype query(QStringView text, qsizetype pos)
    {
        if (pos >= text.size() || text.at(pos) != u'?')
            return pos;
        qsizetype end = pos + 1;
        while (end < text.size() && isQueryChar(text.at(end).unicode()))
            ++end;
        while (end > pos + 1 && !isQueryEnd(text.at(end - 1).unicode()))
            --end;
        return end > pos + 1 ? end : pos;
    }

private:
    static constexpr qsizetype unknown = -2;
    static constexpr qsizetype none = -1;

    QStringView m_text;
    std::vector<qsizetype> m_labelEnd;
    std::vector<qsizetype> m_nameEnd;
    mutable std::vector<qsizetype> m_hostEnd; ///< host(start) per start: its end, none or unknown
};

/** The length of the "http(s)://t.co/slug?query" that @p url begins with, or 0. Sets @p slug. */
qsizetype tcoLength(QStringView url, qsizetype &slug)
{
    qsizetype pos = startsWithAscii(url, 0, u"https://") ? 8 : startsWithAscii(url, 0, u"http://") ? 7 : 0;
    if (pos == 0 || !startsWithAscii(url, pos, u"t.co/"))
        return 0;
    pos += 5;
    const qsizetype slugStart = pos;
    while (pos < url.size() && isAsciiAlnum(url.at(pos).unicode()))
        ++pos;
    slug = pos - slugStart;
    return slug > 0 ? Matcher::query(url, pos) : 0;
}

// --- Mentions and hashtags ------------------------------------------------------------------------

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAtSign(char16_t c)
{
    return c == u'@' || c == fullwidthAt;
}

bool isHashSign(char16_t c)
{
    return c == u'#' || c == fullwidthHash;
}

bool isScreenNameChar(char16_t c)
{
    return isAsciiAlnum(c) || c == u'_';
}

// endMentionMatch's accented Latin letters (that pattern is case-sensitive).
bool isLatinAccent(char16_t c)
{
    return std::any_of(std::begin(latinAccents), std::end(latinAccents),
                       [c](const Range &r) { return c >= r.first && c <= r.last; });
}

// hashtagAlpha: letters and marks.
bool isHashtagAlpha(char32_t c)
{
    return QChar::isLetter(c) || QChar::isMark(c);
}

// hashtagAlphaNumeric: letters, marks, decimal digits and the characters that join words.
bool isHashtagAlphaNumeric(char32_t c)
{
    switch (c) {
    case u'_':
    case 0x200C: // ZWNJ and ZWJ, inside Persian and Indic words
    case 0x200D:
    case 0xA67E: // Cyrillic kavyka
    case 0x05BE: // Hebrew maqaf, geresh and gershayim
    case 0x05F3:
    case 0x05F4:
    case 0xFF5E: // fullwidth tilde and wave dash ("メ～テレ")
    case 0x301C:
    case 0x309B: // kana voiced sound marks
    case 0x309C:
    case 0x30A0: // katakana double hyphen and middle dot
    case 0x30FB:
    case 0x3003: // ditto mark
    case 0x0F0B: // Tibetan tsheg
    case 0x0F0C:
    case 0x00B7: // middle dot ("il·lusió")
        return true;
    default:
        return isHashtagAlpha(c) || QChar::category(c) == QChar::Number_DecimalDigit;
    }
}

char16_t unitAt(QStringView text, qsizetype index)
{
    return index >= 0 && index < text.size() ? text.at(index).unicode() : 0;
}

} // namespace

QList<TextEntity> TwitterText::urls(QStringView text, bool withoutProtocol)
{
    QList<TextEntity> urls;
    // twitter-text's shortcut; a URL has a "." in its host and ":" in its scheme anyway.
    if (!text.contains(withoutProtocol ? u'.' : u':'))
        return urls;

    const Matcher matcher(text);
    // The pattern's loop: find the leftmost match at or after `from`, then go on after it
    // whether or not it turned out to be a URL.
    qsizetype from = 0;
    while (from < text.size()) {
        std::optional<Match> match;
        char16_t before = 0;
        for (qsizetype p = from; p < text.size() && !match; ++p) {
            // (preceding character | start of text) URL: the character is tried first.
            if (isPrecedingChar(text.at(p).unicode()) && (match = matcher.at(p + 1)))
                before = text.at(p).unicode();
            else if (p == 0)
                match = matcher.at(0);
        }
        if (!match)
            break;
        from = match->end;

        const QStringView url = text.sliced(match->start, match->end - match->start);
        const QStringView host = text.sliced(match->hostStart, match->hostEnd - match->hostStart);
        const bool hasProtocol = match->hostStart > match->start;
        // The length check counts the scheme twice, or "https://" for a URL without one, as
        // twitter-text does.
        const qsizetype schemeLength = hasProtocol ? match->hostStart - match->start : 8;
        if (!isEncodableHost(host) || schemeLength + url.size() > maxUrlLength)
            continue;

        if (hasProtocol) {
            qsizetype slug = 0;
            qsizetype length = url.size();
            if (const qsizetype tco = tcoLength(url, slug)) {
                if (slug > maxTcoSlugLength)
                    continue;
                length = tco;
            }
            urls.append({TextEntity::Type::Url, match->start, match->start + length, url.first(length).toString()});
            continue;
        }
        if (!withoutProtocol || beforeUrlWithoutProtocol.contains(before))
            continue;
        const auto names = asciiNames(host);
        for (const auto &[start, end] : names)
            urls.append({TextEntity::Type::Url, match->hostStart + start, match->hostStart + end,
                         host.sliced(start, end - start).toString()});
        if (!names.isEmpty() && match->hasPath) {
            // The path (with port and query) goes to the last name; twitter-text replaces the
            // host in the URL with that name and stretches the range to the end of the match.
            TextEntity &last = urls.last();
            last.value += url.sliced(host.size());
            last.end = match->end;
        }
    }
    return urls;
}

QList<TextEntity> TwitterText::mentions(QStringView text)
{
    QList<TextEntity> found;
    struct Hit
    {
        qsizetype atSign;
        qsizetype nameEnd;
        qsizetype end; ///< after the list, if there is one
    };
    // "@" name (up to 20 characters) and an optional "/list" (a letter, then up to 24 more).
    const auto mentionAt = [&](qsizetype at) -> std::optional<Hit> {
        if (!isAtSign(unitAt(text, at)))
            return std::nullopt;
        qsizetype end = at + 1;
        while (end - at - 1 < 20 && isScreenNameChar(unitAt(text, end)))
            ++end;
        if (end == at + 1)
            return std::nullopt;
        Hit hit{at, end, end};
        if (unitAt(text, end) == u'/' && isAsciiLetter(unitAt(text, end + 1))) {
            hit.end = end + 2;
            while (hit.end - end - 2 < 24 && (isScreenNameChar(unitAt(text, hit.end)) || unitAt(text, hit.end) == u'-'))
                ++hit.end;
        }
        return hit;
    };
    const auto isRt = [&](qsizetype at) {
        const char16_t r = unitAt(text, at);
        const char16_t t = unitAt(text, at + 1);
        return (r == u'r' || r == u'R') && (t == u't' || t == u'T');
    };
    // "RT" or "RT:" then the mention; with the colon the "@" must follow it.
    const auto afterRt = [&](qsizetype at) -> std::optional<Hit> {
        if (!isRt(at))
            return std::nullopt;
        return unitAt(text, at + 2) == u':' ? mentionAt(at + 3) : mentionAt(at + 2);
    };
    // validMentionPrecedingChars, alternative by alternative, for a match that starts at p.
    const auto matchAt = [&](qsizetype p) -> std::optional<Hit> {
        const char16_t c = unitAt(text, p);
        std::optional<Hit> hit;
        if (p == 0)
            hit = mentionAt(0);
        if (!hit && p < text.size() && !isScreenNameChar(c) && !beforeMention.contains(c) && c != fullwidthAt)
            hit = mentionAt(p + 1);
        if (!hit && p == 0)
            hit = afterRt(0);
        if (!hit && p < text.size() && !isScreenNameChar(c) && !beforeRetweetMention.contains(c))
            hit = afterRt(p + 1);
        return hit;
    };

    if (!std::any_of(text.begin(), text.end(), [](QChar c) { return isAtSign(c.unicode()); }))
        return found;
    for (qsizetype from = 0; from < text.size();) {
        std::optional<Hit> hit;
        for (qsizetype p = from; p < text.size() && !hit; ++p)
            hit = matchAt(p);
        if (!hit)
            break;
        from = hit->end;
        const char16_t after = unitAt(text, hit->end);
        if (isAtSign(after) || isLatinAccent(after) || text.sliced(hit->end).startsWith(u"://"))
            continue;
        if (hit->end > hit->nameEnd)
            continue; // a list
        found.append({TextEntity::Type::Mention, hit->atSign, hit->nameEnd,
                      text.sliced(hit->atSign + 1, hit->nameEnd - hit->atSign - 1).toString()});
    }
    return found;
}

QList<TextEntity> TwitterText::hashtags(QStringView text, const QList<TextEntity> &urls)
{
    QList<TextEntity> tags;
    const auto codePointAt = [&](qsizetype index) -> char32_t {
        return index < text.size() ? TextMetrics::codePointAt(text, index) : char32_t(0);
    };
    // The tag from the "#" at @p hash: the end of its run of hashtag characters, or nothing.
    const auto tagAt = [&](qsizetype hash) -> std::optional<qsizetype> {
        if (!isHashSign(unitAt(text, hash)))
            return std::nullopt;
        const char16_t next = unitAt(text, hash + 1);
        if (next == 0xFE0F || next == 0x20E3) // a keycap, "#️⃣"
            return std::nullopt;
        qsizetype end = hash + 1;
        bool alpha = false;
        for (char32_t c = codePointAt(end); end < text.size() && isHashtagAlphaNumeric(c); c = codePointAt(end)) {
            alpha = alpha || isHashtagAlpha(c);
            end += TextMetrics::utf16Length(c);
        }
        return alpha ? std::optional<qsizetype>(end) : std::nullopt;
    };
    // hashtagBoundary, alternative by alternative, for a match that starts at p.
    const auto matchAt = [&](qsizetype p) -> std::optional<std::pair<qsizetype, qsizetype>> {
        if (p == 0) {
            if (const auto end = tagAt(0))
                return std::pair{qsizetype(0), *end};
        }
        if (p >= text.size())
            return std::nullopt;
        const char32_t c = codePointAt(p);
        const qsizetype length = TextMetrics::utf16Length(c);
        const bool loneSurrogate = QChar::isSurrogate(c);
        if (c == 0xFE0E || c == 0xFE0F || (!loneSurrogate && c != u'&' && !isHashtagAlphaNumeric(c))) {
            if (const auto end = tagAt(p + length))
                return std::pair{p + length, *end};
        }
        return std::nullopt;
    };

    if (!std::any_of(text.begin(), text.end(), [](QChar c) { return isHashSign(c.unicode()); }))
        return tags;
    for (qsizetype from = 0; from < text.size();) {
        std::optional<std::pair<qsizetype, qsizetype>> match;
        for (qsizetype p = from; p < text.size() && !match; ++p)
            match = matchAt(p);
        if (!match)
            break;
        const auto [hash, end] = *match;
        from = end;
        if (isHashSign(unitAt(text, end)) || text.sliced(end).startsWith(u"://"))
            continue;
        tags.append({TextEntity::Type::Hashtag, hash, end, text.sliced(hash + 1, end - hash - 1).toString()});
    }

    // removeOverlappingEntities over hashtags and URLs: in order of their start, whatever
    // overlaps the entity kept before it goes.
    QList<TextEntity> all = tags + urls;
    std::stable_sort(all.begin(), all.end(),
                     [](const TextEntity &a, const TextEntity &b) { return a.start < b.start; });
    QList<TextEntity> kept;
    for (const TextEntity &e : all) {
        if (!kept.isEmpty() && kept.constLast().end > e.start)
            continue;
        kept.append(e);
    }
    tags.clear();
    std::copy_if(kept.cbegin(), kept.cend(), std::back_inserter(tags),
                 [](const TextEntity &e) { return e.type == TextEntity::Type::Hashtag; });
    return tags;
}

} // namespace starling
