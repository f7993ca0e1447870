// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmojiSequence.h"

#include "TextMetrics.h"

#include <algorithm>
#include <iterator>

namespace starling {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Unicode's Extended_Pictographic property (emoji-data.txt, Unicode 14), as inclusive ranges.
// It also covers code points reserved for future emoji, so new emoji count right without an
// update. Generated from the Unicode Character Database; facts, not code.
constexpr Range extendedPictographic[] = {
    {0x00A9, 0x00A9},   {0x00AE, 0x00AE},   {0x203C, 0x203C},   {0x2049, 0x2049},   {0x2122, 0x2122},
    {0x2139, 0x2139},   {0x2194, 0x2199},   {0x21A9, 0x21AA},   {0x231A, 0x231B},   {0x2328, 0x2328},
    {0x2388, 0x2388},   {0x23CF, 0x23CF},   {0x23E9, 0x23F3},   {0x23F8, 0x23FA},   {0x24C2, 0x24C2},
    {0x25AA, 0x25AB},   {0x25B6, 0x25B6},   {0x25C0, 0x25C0},   {0x25FB, 0x25FE},   {0x2600, 0x2605},
    {0x2607, 0x2612},   {0x2614, 0x2685},   {0x2690, 0x2705},   {0x2708, 0x2712},   {0x2714, 0x2714},
    {0x2716, 0x2716},   {0x271D, 0x271D},   {0x2721, 0x2721},   {0x2728, 0x2728},   {0x2733, 0x2734},
    {0x2744, 0x2744},   {0x2747, 0x2747},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2763, 0x2767},   {0x2795, 0x2797},   {0x27A1, 0x27A1},   {0x27B0, 0x27B0},
    {0x27BF, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},
    {0x2B55, 0x2B55},   {0x3030, 0x3030},   {0x303D, 0x303D},   {0x3297, 0x3297},   {0x3299, 0x3299},
    {0x1F000, 0x1F0FF}, {0x1F10D, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16C, 0x1F171}, {0x1F17E, 0x1F17F},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F1AD, 0x1F1E5}, {0x1F201, 0x1F20F}, {0x1F21A, 0x1F21A},
    {0x1F22F, 0x1F22F}, {0x1F232, 0x1F23A}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F3FA}, {0x1F400, 0x1F53D},
    {0x1F546, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F774, 0x1F77F}, {0x1F7D5, 0x1F7FF}, {0x1F80C, 0x1F80F},
    {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8FF}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1FAFF}, {0x1FC00, 0x1FFFD}};

constexpr char32_t zeroWidthJoiner = 0x200D;
constexpr char32_t emojiPresentationSelector = 0xFE0F; // VS16
constexpr char32_t combiningEnclosingKeycap = 0x20E3;
constexpr char32_t cancelTag = 0xE007F;

bool isSkinToneModifier(char32_t cp)
{
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
}

bool isTagCharacter(char32_t cp)
{
    return cp >= 0xE0020 && cp <= 0xE007E;
}

bool isKeycapBase(char32_t cp)
{
    return (cp >= u'0' && cp <= u'9') || cp == u'#' || cp == u'*';
}

bool isTextDefaultLatin1(char32_t cp)
{
    // © and ® are the only Extended_Pictographic code points that weigh 100 on X. Shown as text
    // by default, they are emoji only with VS16 (as twemoji parses them), so alone they keep
    // their plain weight.
    return cp == 0x00A9 || cp == 0x00AE;
}

char32_t at(QStringView text, qsizetype index)
{
    return index < text.size() ? TextMetrics::codePointAt(text, index) : char32_t(0);
}

// One emoji "element": a pictograph or a lone skin-tone modifier, then VS16 and/or a skin-tone
// modifier, then a tag sequence (subdivision flags). Returns the length in UTF-16 units or 0.
qsizetype elementLength(QStringView text, qsizetype start, bool standalone)
{
    const char32_t first = at(text, start);
    if (!EmojiSequence::isExtendedPictographic(first) && !isSkinToneModifier(first))
        return 0;
    qsizetype pos = start + TextMetrics::utf16Length(first);
    bool presented = !isTextDefaultLatin1(first);
    if (at(text, pos) == emojiPresentationSelector) {
        pos += 1;
        presented = true;
    }
    if (isSkinToneModifier(at(text, pos))) {
        pos += 2;
        presented = true;
        if (at(text, pos) == emojiPresentationSelector)
            pos += 1;
    }
    if (isTagCharacter(at(text, pos))) {
        qsizetype tagEnd = pos;
        while (isTagCharacter(at(text, tagEnd)))
            tagEnd += 2;
        if (at(text, tagEnd) == cancelTag)
            pos = tagEnd + 2;
    }
    if (standalone && !presented)
        return 0;
    return pos - start;
}

} // namespace

bool EmojiSequence::isExtendedPictographic(char32_t codePoint)
{
    const auto it = std::upper_bound(std::begin(extendedPictographic), std::end(extendedPictographic), codePoint,
                                     [](char32_t cp, const Range &range) { return cp < range.first; });
    if (it == std::begin(extendedPictographic))
        return false;
    return codePoint <= std::prev(it)->last;
}

bool EmojiSequence::isRegionalIndicator(char32_t codePoint)
{
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
}

qsizetype EmojiSequence::lengthAt(QStringView text, qsizetype index)
{
    if (index < 0 || index >= text.size())
        return 0;
    const char32_t first = at(text, index);

    // A flag: two regional indicators. Any pair counts; checking it names a real region would
    // need a list that changes with politics, and a single indicator weighs the same either way.
    if (isRegionalIndicator(first))
        return isRegionalIndicator(at(text, index + 2)) ? 4 : 0;

    // A keycap: 0-9, # or *, an optional VS16, then U+20E3.
    if (isKeycapBase(first)) {
        qsizetype pos = index + 1;
        if (at(text, pos) == emojiPresentationSelector)
            pos += 1;
        return at(text, pos) == combiningEnclosingKeycap ? pos + 1 - index : 0;
    }

    qsizetype length = elementLength(text, index, true);
    if (length == 0)
        return 0;
    // ZWJ sequences: element (ZWJ element)*. A ZWJ that is not followed by an element is left
    // out and weighed on its own.
    while (at(text, index + length) == zeroWidthJoiner) {
        const qsizetype next = elementLength(text, index + length + 1, false);
        if (next == 0)
            break;
        length += 1 + next;
    }
    return length;
}

} // namespace starling
