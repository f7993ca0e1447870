// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace starling {

/**
 * Finds emoji sequences the way X's counter needs them (API-NOTES §D, step 3): one sequence
 * weighs the same as one CJK character however many code points it has.
 *
 * A sequence is one of:
 * - a flag: two regional indicators;
 * - a keycap: 0-9, # or *, an optional VS16 (U+FE0F), then U+20E3;
 * - a pictograph (Unicode Extended_Pictographic) or skin-tone modifier, with an optional VS16
 *   and/or skin-tone modifier and an optional tag sequence (🏴 + tags + cancel tag), joined to
 *   more such elements by ZWJ (U+200D): families, professions, rainbow flag…
 *
 * © and ® count as emoji only when VS16 follows them; alone they are text. VS15 (U+FE0E, "show as
 * text") is not part of a sequence and is weighed on its own.
 */
class EmojiSequence final
{
public:
    EmojiSequence() = delete;

    /**
     * The length in UTF-16 units of the emoji sequence that starts at @p index in @p text, or 0
     * if none starts there.
     */
    static qsizetype lengthAt(QStringView text, qsizetype index);

    /** Whether @p codePoint has the Unicode Extended_Pictographic property. */
    static bool isExtendedPictographic(char32_t codePoint);

    /** Whether @p codePoint is a regional indicator symbol (U+1F1E6–U+1F1FF). */
    static bool isRegionalIndicator(char32_t codePoint);
};

} // namespace starling
