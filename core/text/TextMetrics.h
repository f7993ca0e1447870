// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace starling {

/**
 * Measures text the ways the networks do: UTF-16 units (QString), Unicode code points,
 * extended grapheme clusters (what a reader sees as one character, UAX #29) and UTF-8 bytes.
 *
 * Pure functions. A lone surrogate counts as one code point of three UTF-8 bytes (the size of
 * the U+FFFD that replaces it on the wire).
 */
class TextMetrics final
{
public:
    TextMetrics() = delete;

    /** The code point at UTF-16 index @p index; a lone surrogate is returned as itself. */
    static char32_t codePointAt(QStringView text, qsizetype index);

    /** How many UTF-16 units @p codePoint takes: 2 above U+FFFF, otherwise 1. */
    static qsizetype utf16Length(char32_t codePoint);

    /** The number of Unicode code points in @p text (a surrogate pair counts once). */
    static qsizetype codePointCount(QStringView text);

    /** The number of bytes @p text takes in UTF-8. */
    static qsizetype utf8Length(QStringView text);

    /** The number of extended grapheme clusters in @p text. */
    static qsizetype graphemeCount(QStringView text);

    /**
     * The UTF-16 indices where grapheme clusters start, followed by text.size(). Empty text
     * gives {0}. Consecutive entries delimit one cluster.
     */
    static QList<qsizetype> graphemeBoundaries(QStringView text);
};

} // namespace starling
