// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlToText.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

struct Anchor
{
    QString href;
    QString classes;
    QString rel;
    QString text; ///< everything inside, visible or not
};

/** A numeric reference's character: NUL, surrogates and what is past Unicode become U+FFFD, as in HTML. */
QString numericReference(char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return QString(QChar(0xFFFD));
    return QString::fromUcs4(&code, 1);
}

/** The value of a named reference without its & and ;, or nullopt when it is not one we know. */
std::optional<QString> namedReference(QStringView name)
{
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},        {u"lt"_s, u"<"_s},         {u"gt"_s, u">"_s},         {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},       {u"nbsp"_s, u"\u00a0"_s},  {u"hellip"_s, u"…"_s},     {u"mdash"_s, u"—"_s},
        {u"ndash"_s, u"–"_s},      {u"laquo"_s, u"«"_s},      {u"raquo"_s, u"»"_s},      {u"copy"_s, u"©"_s},
        {u"rsquo"_s, u"\u2019"_s}, {u"lsquo"_s, u"\u2018"_s}, {u"rdquo"_s, u"\u201d"_s}, {u"ldquo"_s, u"\u201c"_s},
    };
    auto it = named.constFind(name.toString());
    if (it == named.constEnd())
        return std::nullopt;
    return *it;
}

/**
 * One character reference at @p text[i] (an '&'): its value and how many characters it spans, or
 * nullopt when what follows is not one, and the '&' is text.
 *
 * Linear over a whole text: a numeric reference reads its digits once, however many there are
 * (a value past Unicode is U+FFFD, never an overflow), and a name is looked for only within the
 * length of the longest name we know. A search for the ';' to the end of the text made 64k
 * unterminated '&' quadratic.
 */
std::optional<std::pair<QString, qsizetype>> characterReference(QStringView text, qsizetype i)
{
    constexpr qsizetype longestName = 6; // "hellip"
    qsizetype j = i + 1;
    if (j < text.size() && text.at(j) == u'#') {
        ++j;
        const bool hex = j < text.size() && (text.at(j) == u'x' || text.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t code = 0;
        for (; j < text.size(); ++j) {
            const char16_t c = text.at(j).unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            // Past Unicode stays past it: saturating keeps the value from wrapping into range.
            code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
        }
        if (j == digitsStart || j >= text.size() || text.at(j) != u';')
            return std::nullopt;
        return std::pair{numericReference(code), j + 1 - i};
    }
    while (j < text.size() && j - i - 1 < longestName && text.at(j).isLetterOrNumber() && text.at(j).unicode() < 128)
        ++j;
    if (j == i + 1 || j >= text.size() || text.at(j) != u';')
        return std::nullopt;
    auto value = namedReference(text.mid(i + 1, j - i - 1));
    if (!value)
        return std::nullopt;
    return std::pair{*value, j + 1 - i};
}

QString decodeReferences(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype done = 0; // text before this is in out
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i)) {
        if (auto reference = characterReference(text, i)) {
            out += text.mid(done, i - done);
            out += reference->first;
            i += reference->second;
            done = i;
        } else {
            ++i;
        }
    }
    out += text.mid(done);
    return out;
}

/** The attributes of a start tag we care about (name in lower case → decoded value). */
QHash<QString, QString> attributes(QStringView tag)
{
    QHash<QString, QString> result;
    qsizetype i = 0;
    // Skip the tag name.
    while (i < tag.size() && !tag.at(i).isSpace() && tag.at(i) != u'/')
        ++i;
    while (i < tag.size()) {
        while (i < tag.size() && (tag.at(i).isSpace() || tag.at(i) == u'/'))
            ++i;
        const qsizetype nameStart = i;
        while (i < tag.size() && !tag.at(i).isSpace() && tag.at(i) != u'=' && tag.at(i) != u'/')
            ++i;
        const QString name = tag.mid(nameStart, i - nameStart).toString().toLower();
        while (i < tag.size() && tag.at(i).isSpace())
            ++i;
        QString value;
        if (i < tag.size() && tag.at(i) == u'=') {
            ++i;
            while (i < tag.size() && tag.at(i).isSpace())
                ++i;
            if (i < tag.size() && (tag.at(i) == u'"' || tag.at(i) == u'\'')) {
                const QChar quote = tag.at(i++);
                const qsizetype end = tag.indexOf(quote, i);
                const qsizetype stop = end < 0 ? tag.size() : end;
                value = decodeReferences(tag.mid(i, stop - i));
                i = stop + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < tag.size() && !tag.at(i).isSpace())
                    ++i;
                value = decodeReferences(tag.mid(valueStart, i - valueStart));
            }
        }
        if (!name.isEmpty() && !result.contains(name))
            result.insert(name, value);
        if (nameStart == i)
            ++i; // never loop on a character we cannot read
    }
    return result;
}

bool hasWord(const QString &list, QStringView word)
{
    const QStringList words = list.split(u' ', Qt::SkipEmptyParts);
    return std::any_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return w.compare(word, Qt::CaseInsensitive) == 0; });
}

QString withoutScheme(QString url)
{
    for (const QString &prefix : {u"https://"_s, u"http://"_s}) {
        if (url.startsWith(prefix, Qt::CaseInsensitive)) {
            url.remove(0, prefix.size());
            break;
        }
    }
    if (url.startsWith(u"www."_s, Qt::CaseInsensitive))
        url.remove(0, 4);
    return url;
}

bool isWebUrl(const QString &href)
{
    const QUrl url(href, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
}

/**
 * Builds the text: collapses white space as HTML does and places paragraph breaks. Stops growing
 * at its maximum length: a mention's acct comes from mentions[], not from the HTML, and 20k
 * links to one mention with a long acct must not make gigabytes of text.
 */
class TextBuilder
{
public:
    explicit TextBuilder(qsizetype maxLength)
        : m_maxLength(maxLength)
    {
    }

    void appendText(QStringView text)
    {
        for (const QChar c : text) {
            if (full())
                return;
            if (c.isSpace() && c != QChar(0x00a0)) {
                m_pendingSpace = true;
                continue;
            }
            flush();
            m_text += c;
        }
    }

    /** Text that must stay as it is (a link, a mention): spaces around it still collapse. */
    qsizetype appendVerbatim(const QString &text)
    {
        flush();
        const qsizetype start = m_text.size();
        if (!full())
            m_text += text;
        return start;
    }

    /** <br>: a line break now (two in a row make a blank line, more are not kept). */
    void lineBreak()
    {
        m_pendingSpace = false;
        chopSpaces();
        if (m_breaks < 2 && !m_text.isEmpty()) {
            m_text += u'\n';
            ++m_breaks;
        }
    }

    /** A block starts or ends: at least @p lines line breaks before the next text, if any comes. */
    void blockBreak(int lines) { m_pendingBreaks = std::max(m_pendingBreaks, lines); }

    QString take()
    {
        chopSpaces();
        while (m_text.endsWith(u'\n'))
            m_text.chop(1);
        if (m_text.size() >= m_maxLength) {
            // The limit can fall between the halves of a surrogate pair, where a link went past
            // it or where the text stopped growing: never keep half of one.
            m_text.truncate(m_maxLength);
            if (!m_text.isEmpty() && m_text.back().isHighSurrogate())
                m_text.chop(1);
        }
        return m_text;
    }

    qsizetype size() const { return m_text.size(); }
    bool full() const { return m_text.size() >= m_maxLength; }

private:
    void flush()
    {
        if (m_pendingBreaks > 0 && !m_text.isEmpty()) {
            chopSpaces();
            while (m_breaks < m_pendingBreaks) {
                m_text += u'\n';
                ++m_breaks;
            }
            m_pendingSpace = false;
        }
        m_pendingBreaks = 0;
        if (m_pendingSpace && !m_text.isEmpty() && !m_text.endsWith(u'\n'))
            m_text += u' ';
        m_pendingSpace = false;
        m_breaks = 0;
    }

    void chopSpaces()
    {
        while (m_text.endsWith(u' '))
            m_text.chop(1);
    }

    const qsizetype m_maxLength;
    QString m_text;
    bool m_pendingSpace = false;
    int m_pendingBreaks = 0;
    int m_breaks = 0; ///< line breaks at the end of m_text
};

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{u"p"_s,  u"div"_s, u"blockquote"_s, u"pre"_s, u"ul"_s, u"ol"_s,   u"h1"_s,
                                    u"h2"_s, u"h3"_s,  u"h4"_s,         u"h5"_s,  u"h6"_s, u"table"_s};
    return tags;
}

} // namespace

HtmlToText::PlainText HtmlToText::convert(QStringView html, const QList<Mention> &mentions, qsizetype maxLength)
{
    TextBuilder out(maxLength);
    PlainText result;
    std::optional<Anchor> anchor;
    QString skipUntil; // the end tag of a script or style element, whose content is not text

    // By URL, first one wins; a lookup per link keeps many links times many mentions linear.
    QHash<QString, const Mention *> mentionsByUrl;
    mentionsByUrl.reserve(mentions.size());
    for (const Mention &m : mentions) {
        if (!m.url.isEmpty() && !mentionsByUrl.contains(m.url))
            mentionsByUrl.insert(m.url, &m);
    }

    const auto closeAnchor = [&] {
        if (!anchor)
            return;
        const Anchor a = std::move(*anchor);
        anchor.reset();
        const QString visible = a.text.simplified();
        const bool hashtagClass = hasWord(a.classes, u"hashtag") || hasWord(a.rel, u"tag");
        const bool mentionClass = hasWord(a.classes, u"mention") && !hashtagClass;

        const Mention *ref = mentionsByUrl.value(a.href);
        if (ref || (mentionClass && visible.startsWith(u'@') && visible.size() > 1)) {
            const QString acct = ref ? ref->acct : visible.mid(1);
            const qsizetype start = out.appendVerbatim(u'@' + acct);
            result.entities << TextEntity{TextEntity::Type::Mention, start, out.size(), acct};
            return;
        }
        if ((hashtagClass || (visible.startsWith(u'#') && !isWebUrl(visible))) && visible.size() > 1) {
            const QString name = visible.startsWith(u'#') ? visible.mid(1) : visible;
            const qsizetype start = out.appendVerbatim(u'#' + name);
            result.entities << TextEntity{TextEntity::Type::Hashtag, start, out.size(), name};
            return;
        }
        if (isWebUrl(a.href)) {
            // Mastodon shows a link shortened ("example.com/long…") and hides its scheme; the text
            // keeps the whole target instead, so it stays a working link after the tags are gone.
            QString shown = visible;
            shown.remove(u'…');
            shown = withoutScheme(shown.trimmed());
            if (shown.isEmpty() || withoutScheme(a.href).startsWith(shown, Qt::CaseInsensitive)) {
                const qsizetype start = out.appendVerbatim(a.href);
                result.entities << TextEntity{TextEntity::Type::Url, start, out.size(), a.href};
            } else {
                // Link text of its own (other servers allow it): keep both.
                out.appendText(visible);
                out.appendVerbatim(u" ("_s);
                const qsizetype start = out.appendVerbatim(a.href);
                result.entities << TextEntity{TextEntity::Type::Url, start, out.size(), a.href};
                out.appendVerbatim(u")"_s);
            }
            return;
        }
        out.appendText(visible);
    };

    qsizetype i = 0;
    while (i < html.size() && !out.full()) {
        const QChar c = html.at(i);
        const bool tagStart = c == u'<' && i + 1 < html.size()
                              && (html.at(i + 1).isLetter() || html.at(i + 1) == u'/' || html.at(i + 1) == u'!');
        if (!tagStart) {
            qsizetype next = html.indexOf(u'<', i + 1);
            if (next < 0)
                next = html.size();
            if (skipUntil.isEmpty()) {
                const QString text = decodeReferences(html.mid(i, next - i));
                if (anchor)
                    anchor->text += text;
                else
                    out.appendText(text);
            }
            i = next;
            continue;
        }
        // A comment or a declaration: up to its end, or everything if it never ends.
        if (html.at(i + 1) == u'!') {
            const bool comment = html.mid(i, 4) == u"<!--";
            const qsizetype end = comment ? html.indexOf(u"-->", i + 4) : html.indexOf(u'>', i + 2);
            i = end < 0 ? html.size() : end + (comment ? 3 : 1);
            continue;
        }
        // A tag runs to the first '>' outside quoted attribute values.
        qsizetype j = i + 1;
        QChar quote;
        while (j < html.size()) {
            const QChar d = html.at(j);
            if (!quote.isNull()) {
                if (d == quote)
                    quote = QChar();
            } else if (d == u'"' || d == u'\'') {
                quote = d;
            } else if (d == u'>') {
                break;
            }
            ++j;
        }
        if (j >= html.size()) {
            // Never closed: what follows is not markup we can trust. Read it as text.
            if (skipUntil.isEmpty())
                out.appendText(decodeReferences(html.mid(i)));
            break;
        }
        const QStringView tag = html.mid(i + 1, j - i - 1);
        i = j + 1;
        const bool closing = tag.startsWith(u'/');
        const QStringView body = closing ? tag.mid(1) : tag;
        qsizetype nameEnd = 0;
        while (nameEnd < body.size() && !body.at(nameEnd).isSpace() && body.at(nameEnd) != u'/')
            ++nameEnd;
        const QString name = body.left(nameEnd).toString().toLower();

        if (!skipUntil.isEmpty()) {
            if (closing && name == skipUntil)
                skipUntil.clear();
            continue;
        }
        if (!closing && (name == u"script" || name == u"style")) {
            skipUntil = name;
            continue;
        }
        if (name == u"a") {
            closeAnchor(); // links do not nest; a second start ends the first
            if (!closing) {
                const QHash<QString, QString> attrs = attributes(body);
                anchor = Anchor{attrs.value(u"href"_s).trimmed(), attrs.value(u"class"_s), attrs.value(u"rel"_s), {}};
            }
            continue;
        }
        if (name == u"br") {
            if (anchor)
                anchor->text += u' ';
            else
                out.lineBreak();
            continue;
        }
        if (blockTags().contains(name)) {
            closeAnchor();
            out.blockBreak(2);
            continue;
        }
        if (name == u"li" || name == u"tr") {
            closeAnchor();
            if (!closing)
                out.blockBreak(1); // one item a line
            continue;
        }
        // Any other tag (span, b, i, code, img…) only marks up text; its content stays.
    }
    closeAnchor();
    result.text = out.take();
    // A closing trim can only remove white space after the last entity, never inside one.
    for (TextEntity &e : result.entities)
        e.end = std::min(e.end, result.text.size());
    result.entities.erase(std::remove_if(result.entities.begin(), result.entities.end(),
                                         [](const TextEntity &e) { return e.end <= e.start; }),
                          result.entities.end());
    return result;
}

} // namespace starling
