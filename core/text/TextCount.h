// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling {

/**
 * The result of TextRules::count(): how long a text is by a network's rules and whether it may
 * be sent.
 *
 * validRangeEnd lets the compose box mark the overflow: text.left(validRangeEnd) is the longest
 * prefix that still fits, as a UTF-16 index into the text that was passed in (before any
 * normalisation). It never splits an emoji sequence, a URL or a grapheme cluster that the
 * network counts as one. twitter-text reports the same position inclusively (its validRangeEnd
 * is ours minus one); its displayRangeEnd is always the whole text and is not repeated here.
 */
struct TextCount
{
    /** Why a text cannot be sent, most fundamental first. */
    enum class Problem
    {
        None,
        Empty, ///< X posts need at least one character
        InvalidCharacter, ///< X posts refuse U+FFFE, U+FEFF and U+FFFF
        TooLong, ///< length > limit
        TooManyBytes, ///< byteLength > byteLimit (Bluesky)
    };

    int length = 0; ///< in the network's unit (TextLimits::unit), content warning included
    int limit = 0; ///< the maximum for length
    int byteLength = 0; ///< UTF-8 bytes of the text (without the content warning)
    int byteLimit = 0; ///< 0 when the network has no byte limit
    /**
     * length × 1000 / limit, rounded down, as twitter-text's permillage; with a byte limit the
     * larger of the length and byte ratios. Above 1000 when the text is too long.
     */
    int permillage = 0;
    bool valid = false;
    qsizetype validRangeEnd = 0; ///< exclusive UTF-16 index into the text; see above
    Problem problem = Problem::None;
    QString reason; ///< translated, user-visible; empty when valid

    /** What is left before the length limit; negative when over. */
    int remaining() const { return limit - length; }
};

} // namespace starling
