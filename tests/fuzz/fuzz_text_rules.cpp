// SPDX-License-Identifier: GPL-3.0-or-later
// TextRules, the compose box's live counter (issue #12): X posts (weighted) and direct messages,
// Mastodon with its default and with extreme server limits and a content warning (the input's
// text before a U+001F), Bluesky posts and chat. Properties: it returns (libFuzzer's -timeout;
// the counter runs on every keystroke, and fuzz::text()'s repeat prefix makes long texts), and
// the count keeps its documented promises: a verdict that agrees with the numbers, a
// validRangeEnd inside the text that splits no surrogate pair and is the whole text when it is
// valid, and, where the count of a prefix is exact (code points, Bluesky's graphemes), a prefix
// up to validRangeEnd that fits.
#include "FuzzSupport.h"

#include "text/TextMetrics.h"
#include "text/TextRules.h"

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// A long paste into the compose box. Eight sets of rules count this much in under a second under
// ASan, so work that grows with its square runs past the timeout while linear work stays far off.
constexpr qsizetype longestText = 64 * 1024;

void check(const TextRules &rules, const QString &text, const QString &contentWarning)
{
    const TextCount count = rules.count(text, contentWarning);
    const TextLimits &limits = rules.limits();

    FUZZ_CHECK(count.length >= 0);
    FUZZ_CHECK(count.limit == limits.maxLength);
    FUZZ_CHECK(count.byteLimit == limits.maxBytes);
    FUZZ_CHECK(count.byteLength == TextMetrics::utf8Length(text));
    FUZZ_CHECK(count.permillage >= 0);
    FUZZ_CHECK(count.valid == (count.problem == TextCount::Problem::None));
    FUZZ_CHECK(count.valid == count.reason.isEmpty());
    if (count.problem == TextCount::Problem::TooLong)
        FUZZ_CHECK(count.length > count.limit);
    if (count.problem == TextCount::Problem::TooManyBytes)
        FUZZ_CHECK(count.byteLength > count.byteLimit);
    if (count.valid) {
        FUZZ_CHECK(count.length <= count.limit);
        FUZZ_CHECK(count.byteLimit == 0 || count.byteLength <= count.byteLimit);
    }

    const qsizetype end = count.validRangeEnd;
    FUZZ_CHECK(end >= 0 && end <= text.size());
    if (count.valid)
        FUZZ_CHECK(end == text.size());
    FUZZ_CHECK(end == 0 || end == text.size()
               || !(text.at(end - 1).isHighSurrogate() && text.at(end).isLowSurrogate()));

    const bool exactPrefix =
        limits.unit == TextUnit::CodePoints || (limits.unit == TextUnit::Graphemes && !limits.countsContentWarning);
    if (exactPrefix && end < text.size()) {
        const TextCount prefix = rules.count(text.left(end), contentWarning);
        FUZZ_CHECK(prefix.length <= prefix.limit);
        FUZZ_CHECK(prefix.byteLimit == 0 || prefix.byteLength <= prefix.byteLimit);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size, longestText);
    const qsizetype separator = input.indexOf(QChar(0x1f));
    const QString text = separator < 0 ? input : input.sliced(separator + 1);
    const QString contentWarning = separator < 0 ? QString() : input.first(separator);

    const TextRules all[] = {
        TextRules::x(TextRules::Mode::Post),
        TextRules::x(TextRules::Mode::DirectMessage),
        TextRules::x(TextRules::Mode::Post).withMaxLength(25'000),
        TextRules::mastodon(),
        TextRules::mastodon(1, 0),
        // The largest limit a server may set (MastodonInstance). characters_reserved_per_url is 23
        // on every server; the counter writes each URL out at that length, so thousands of URLs
        // at the 10,000 a server may claim take seconds: not what this harness is after.
        TextRules::mastodon(10'000'000, 64),
        TextRules::bluesky(TextRules::Mode::Post),
        TextRules::bluesky(TextRules::Mode::DirectMessage),
    };
    for (const TextRules &rules : all)
        check(rules, text, contentWarning);
    return 0;
}
