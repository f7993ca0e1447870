// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace starling {

/** The unit a network counts text in. */
enum class TextUnit
{
    WeightedCharacters, ///< X posts: twitter-text v3 weights (API-NOTES §D)
    CodePoints, ///< X direct messages
    Graphemes, ///< Mastodon and Bluesky: user-perceived characters (UAX #29)
};

/**
 * How long a text may be on one network, and how its length is measured. Returned by
 * TextRules::limits() so the UI and the CLI can show the rules next to the count.
 */
struct TextLimits
{
    TextUnit unit = TextUnit::Graphemes;
    int maxLength = 0; ///< in @c unit
    int maxBytes = 0; ///< UTF-8 bytes; 0 when the network has no byte limit
    int urlLength = 0; ///< what every URL counts; 0 when URLs count as written
    bool urlsWithoutScheme = false; ///< whether "example.com" is a URL (X)
    bool requiresText = false; ///< whether empty text is invalid (X posts)
    bool countsContentWarning = false; ///< whether the content warning shares the limit (Mastodon)
};

} // namespace starling
