// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon's HTML-to-text converter (core/text/HtmlToText) on its own (issue #12): arbitrary markup, with mentions to
// resolve. Properties: it returns (libFuzzer's -timeout; fuzz::text()'s repeat prefix makes
// inputs large enough for a quadratic scan to show), the text is no longer than a linear
// function of the HTML, and the entities lie inside the text, in order, without overlapping,
// each one showing what it stands for.
#include "FuzzSupport.h"

#include "text/HtmlToText.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// As Status.mentions[] lists them; the seeds link to these profiles.
const QList<HtmlToText::Mention> mentions{
    {u"alice"_s, u"https://sandbox.social/@alice"_s},
    {u"bob@other.example"_s, u"https://other.example/@bob"_s},
};

// Longer than one status can be (json::maxStringLength), as a page holds many of them: a
// quadratic scan must show within one call (a scan for ';' after each '&' of 256K takes about
// the 5 s of the timeout). The converter reads this much in a fraction of a second under ASan.
constexpr qsizetype longestHtml = 512 * 1024;

qsizetype longestAcct()
{
    qsizetype longest = 0;
    for (const HtmlToText::Mention &m : mentions)
        longest = std::max(longest, m.acct.size());
    return longest;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = fuzz::text(data, size, longestHtml);
    // No cut below what the HTML could make, so that the bound checked is the converter's own.
    const HtmlToText::PlainText plain = HtmlToText::convert(html, mentions, 2 * longestHtml);

    // Tags and references only shrink; a resolved mention may print an acct longer than its
    // link's text, but its <a> tag costs more than "@" plus the acct of the seeds' mentions.
    FUZZ_CHECK(plain.text.size() <= html.size() + longestAcct() + 1);

    qsizetype previousEnd = 0;
    for (const TextEntity &e : plain.entities) {
        FUZZ_CHECK(e.start >= previousEnd);
        FUZZ_CHECK(e.start < e.end);
        FUZZ_CHECK(e.end <= plain.text.size());
        FUZZ_CHECK(!e.value.isEmpty());
        const QStringView shown = QStringView(plain.text).sliced(e.start, e.length());
        switch (e.type) {
        case TextEntity::Type::Url:
            FUZZ_CHECK(e.value.startsWith(shown));
            break;
        case TextEntity::Type::Mention:
            FUZZ_CHECK(QString(u'@' + e.value).startsWith(shown));
            break;
        case TextEntity::Type::Hashtag:
            FUZZ_CHECK(QString(u'#' + e.value).startsWith(shown));
            break;
        }
        previousEnd = e.end;
    }
    return 0;
}
