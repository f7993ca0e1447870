// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextCount.h"
#include "TextLimits.h"
#include "domain/Network.h"

#include <QString>

#include <optional>

namespace starling {

/**
 * One network's rules for how long a post or a direct message may be. Used by the compose box's
 * live counter, the CLI's `count` command and the providers' validation before sending.
 *
 * - X posts (API-NOTES X-7, §D): twitter-text v3 weighted length after NFC normalisation, as
 *   the official library's parseTweet computes it. Code points in U+0000–U+10FF, U+2000–U+200D,
 *   U+2010–U+201F and U+2032–U+2037 weigh 1, everything else 2; every URL the library finds
 *   (TwitterText: with or without a scheme) weighs 23; an emoji it knows (EmojiSequence: ZWJ
 *   sequences, skin tones, flags, keycaps and VS16 included) weighs 2 once. Limit 280; the text
 *   must not be empty or contain U+FFFE, U+FEFF or U+FFFF. Where the valid range ends is mapped
 *   back through NFC cluster by cluster, where twitter-text shifts it by the whole length change.
 * - X direct messages: 10,000 characters, counted as Unicode code points of the text as written,
 *   URLs literally. API-NOTES does not say how X counts DM text; code points is our choice.
 * - Mastodon (M-6): content warning + text, in grapheme clusters, where every URL with a scheme
 *   counts as the server's characters_reserved_per_url and "@user@domain" counts as "@user".
 *   The limit is the server's max_characters. Posts and direct messages share the rules.
 * - Bluesky (B-6): at most 300 graphemes and 3,000 UTF-8 bytes for posts, 1,000 graphemes and
 *   10,000 bytes for chat messages; URLs count as written.
 *
 * Networks without a content-warning text (X, Bluesky) ignore the content warning. Empty text is
 * valid except on X posts: whether a message without text but with media may be sent is the
 * provider's decision.
 *
 * A value type with pure functions; cheap to copy and safe to use from any thread.
 */
class TextRules final
{
public:
    /** What is being written: a public post or a direct message. */
    enum class Mode
    {
        Post,
        DirectMessage,
    };

    /** The default Mastodon limit, for servers that do not say (configuration.statuses). */
    static constexpr int defaultMastodonMaxCharacters = 500;
    /** The default characters_reserved_per_url. */
    static constexpr int defaultMastodonUrlLength = 23;

    /** X's rules: weighted 280 for posts, 10,000 code points for direct messages. */
    static TextRules x(Mode mode = Mode::Post);

    /**
     * Mastodon's rules with the limits from the server's /api/v2/instance
     * (configuration.statuses.max_characters and characters_reserved_per_url). A maxCharacters
     * below 1 or a negative urlLength falls back to the default.
     */
    static TextRules mastodon(int maxCharacters = defaultMastodonMaxCharacters,
                              int urlLength = defaultMastodonUrlLength);

    /** Bluesky's rules: 300 graphemes / 3,000 bytes for posts, 1,000 / 10,000 for chat. */
    static TextRules bluesky(Mode mode = Mode::Post);

    /** The rules of @p network with its default limits (Mastodon: 500 and 23). */
    static TextRules forNetwork(Network network, Mode mode = Mode::Post);

    /**
     * The same rules with another length limit, in the same unit: a Mastodon server's
     * max_characters, or an X account that may write longer posts. A @p maxLength below 1 keeps
     * the current limit. Byte limits (Bluesky) stay as they are.
     */
    TextRules withMaxLength(int maxLength) const;

    Network network() const { return m_network; }
    Mode mode() const { return m_mode; }
    const TextLimits &limits() const { return m_limits; }

    /**
     * Measures @p text (and, on Mastodon, @p contentWarning, which is counted first) and says
     * whether it may be sent. TextCount::validRangeEnd indexes @p text.
     */
    TextCount count(const QString &text, const QString &contentWarning = {}) const;

private:
    TextRules(Network network, Mode mode, const TextLimits &limits);

    TextCount countWeighted(const QString &text) const;
    TextCount countCodePoints(const QString &text) const;
    TextCount countMastodon(const QString &text, const QString &contentWarning) const;
    TextCount countGraphemesAndBytes(const QString &text) const;
    void finish(TextCount &count, std::optional<char32_t> invalidCharacter) const;

    Network m_network;
    Mode m_mode;
    TextLimits m_limits;
};

} // namespace starling
