// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace starling {

/**
 * Where a Bluesky post or chat message needs rich-text facets (API-NOTES B-2,
 * app.bsky.richtext.facet): the mentions, links and tags that EntityExtractor finds with the
 * Bluesky rules, with their ranges as UTF-8 byte offsets (start inclusive, end exclusive), which is
 * what the facet index counts. Never UTF-16 (QString) indices.
 *
 * The text is sent as it is; only the offsets are computed here. A mention still has to be resolved
 * from its handle to a DID before it can become a facet (the provider does that); a link without a
 * scheme ("example.com/a") gets "https://", because a facet's uri must be a full URI and the server
 * does not auto-link. A tag longer than the facet allows (64 graphemes, 640 bytes) is left out.
 *
 * Pure functions, safe from any thread.
 */
class BlueskyFacets final
{
public:
    BlueskyFacets() = delete;

    struct Span
    {
        enum class Kind
        {
            Mention, ///< value: the handle, lower case, without "@"
            Link, ///< value: the URI
            Tag, ///< value: the tag without "#"
        };

        Kind kind = Kind::Link;
        qsizetype byteStart = 0; ///< first UTF-8 byte, inclusive
        qsizetype byteEnd = 0; ///< one past the last UTF-8 byte
        QString value;

        friend bool operator==(const Span &, const Span &) = default;
    };

    /** The facet spans of @p text, ordered by position; they never overlap. */
    static QList<Span> find(QStringView text);

    /**
     * The UTF-8 byte offset of UTF-16 index @p index in @p text (a lone surrogate counts as the
     * three bytes of the U+FFFD that replaces it on the wire).
     */
    static qsizetype byteOffset(QStringView text, qsizetype index);
};

} // namespace starling
