// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextMetrics.h"

#include <QChar>
#include <QTextBoundaryFinder>

namespace starling {

char32_t TextMetrics::codePointAt(QStringView text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(index + 1));
    return c.unicode();
}

qsizetype TextMetrics::utf16Length(char32_t codePoint)
{
    return codePoint > 0xFFFF ? 2 : 1;
}

qsizetype TextMetrics::codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); i += utf16Length(codePointAt(text, i)))
        ++count;
    return count;
}

qsizetype TextMetrics::utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t cp = codePointAt(text, i);
        if (cp < 0x80)
            bytes += 1;
        else if (cp < 0x800)
            bytes += 2;
        else if (cp < 0x10000)
            bytes += 3; // includes lone surrogates, sent as U+FFFD
        else
            bytes += 4;
        i += utf16Length(cp);
    }
    return bytes;
}

qsizetype TextMetrics::graphemeCount(QStringView text)
{
    return graphemeBoundaries(text).size() - 1;
}

QList<qsizetype> TextMetrics::graphemeBoundaries(QStringView text)
{
    QList<qsizetype> boundaries;
    boundaries.append(0);
    if (text.isEmpty())
        return boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), text.size());
    for (qsizetype next = finder.toNextBoundary(); next > 0; next = finder.toNextBoundary())
        boundaries.append(next);
    // The finder always reports the end of the text; guard anyway so callers can rely on it.
    if (boundaries.constLast() != text.size())
        boundaries.append(text.size());
    return boundaries;
}

} // namespace starling
