// SPDX-License-Identifier: GPL-3.0-or-later
// EntityExtractor for X, Mastodon and Bluesky (issue #12). Properties: it returns (libFuzzer's
// -timeout, with fuzz::text()'s repeat prefix for long texts), and what it finds keeps the
// class's promises: every entity inside the text, non-empty and showing its value, each list in
// order without overlaps, entities() exactly the URLs, mentions and hashtags together, and no
// more entities than the text has characters.
#include "FuzzSupport.h"

#include "text/EntityExtractor.h"

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// A long paste into the compose box; the three extractors read this much in under a second under
// ASan, so work that grows with its square runs past the timeout while linear work stays far off.
constexpr qsizetype longestText = 128 * 1024;

/**
 * Whether @p value is what twitter-text makes of a URL without a scheme whose host mixes ASCII
 * and other letters: an ASCII name that @p shown starts with, then the rest of @p shown's end.
 */
bool isTwitterTextNameAndPath(QStringView shown, QStringView value)
{
    for (qsizetype k = 1; k <= value.size(); ++k) {
        if (shown.startsWith(value.first(k)) && shown.endsWith(value.sliced(k)))
            return true;
    }
    return false;
}

void checkList(Network network, const QList<TextEntity> &entities, QStringView text)
{
    FUZZ_CHECK(entities.size() <= text.size());
    qsizetype previousEnd = 0;
    for (const TextEntity &e : entities) {
        FUZZ_CHECK(e.start >= previousEnd);
        FUZZ_CHECK(e.start < e.end && e.end <= text.size());
        FUZZ_CHECK(!e.value.isEmpty());
        const QStringView shown = text.sliced(e.start, e.length());
        if (e.type == TextEntity::Type::Url) {
            // As written, or (X only, see TextEntity::value) a name in it followed by its end.
            FUZZ_CHECK(shown == e.value || (network == Network::X && isTwitterTextNameAndPath(shown, e.value)));
        } else {
            // "@alice", "#tag", or their full-width forms: one sign, then the value as written.
            FUZZ_CHECK(shown.size() == e.value.size() + 1 && shown.sliced(1) == e.value);
        }
        previousEnd = e.end;
    }
}

void check(Network network, const QString &text)
{
    const EntityExtractor extractor(network);
    const QList<TextEntity> urls = extractor.urls(text);
    const QList<TextEntity> mentions = extractor.mentions(text);
    const QList<TextEntity> hashtags = extractor.hashtags(text);
    const QList<TextEntity> all = extractor.entities(text);
    checkList(network, urls, text);
    checkList(network, mentions, text);
    checkList(network, hashtags, text);
    checkList(network, all, text);
    for (const TextEntity &e : urls)
        FUZZ_CHECK(e.type == TextEntity::Type::Url);
    for (const TextEntity &e : mentions)
        FUZZ_CHECK(e.type == TextEntity::Type::Mention);
    for (const TextEntity &e : hashtags)
        FUZZ_CHECK(e.type == TextEntity::Type::Hashtag);
    FUZZ_CHECK(all.size() <= urls.size() + mentions.size() + hashtags.size());
    // All three lists are in order, so entities() must be their merge, less what overlaps an
    // entity before it (a walk, not a search: a long text has tens of thousands of entities).
    qsizetype next[3] = {0, 0, 0};
    for (const TextEntity &e : all) {
        const int kind = int(e.type);
        const QList<TextEntity> &list = e.type == TextEntity::Type::Url       ? urls
                                        : e.type == TextEntity::Type::Mention ? mentions
                                                                              : hashtags;
        while (next[kind] < list.size() && !(list.at(next[kind]) == e))
            ++next[kind];
        FUZZ_CHECK(next[kind] < list.size());
        ++next[kind];
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
    const QString text = fuzz::text(data, size, longestText);
    for (const Network network : {Network::X, Network::Mastodon, Network::Bluesky})
        check(network, text);
    return 0;
}
