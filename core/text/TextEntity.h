// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling {

/**
 * A URL, mention or hashtag found in a post's text by EntityExtractor.
 *
 * Indices are UTF-16 (QString) indices into the text that was scanned; @c end is exclusive.
 */
struct TextEntity
{
    enum class Type
    {
        Url,
        Mention,
        Hashtag,
    };

    Type type = Type::Url;
    qsizetype start = 0; ///< first UTF-16 unit
    qsizetype end = 0; ///< one past the last UTF-16 unit
    /**
     * The URL as written; for a mention the account without "@" ("alice" or
     * "alice@example.social"); for a hashtag the tag without "#".
     *
     * One exception, as twitter-text has it: on X, a URL without a scheme whose host mixes ASCII
     * and other letters ("zz.comxдz.com/p") is its last ASCII name with the path ("z.com/p"), while
     * the range runs to the end of the whole URL (and, after twitter-text's indexOf, may start at
     * an earlier copy of that name).
     */
    QString value;

    qsizetype length() const { return end - start; }

    friend bool operator==(const TextEntity &, const TextEntity &) = default;
};

} // namespace starling
