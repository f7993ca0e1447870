// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextEntity.h"
#include "domain/Network.h"

#include <QList>
#include <QStringView>

namespace starling {

/**
 * Finds URLs, mentions and hashtags in post text, with the rules each network's counter needs.
 *
 * X: exactly as the official twitter-text library does (TwitterText, which says how), because
 * X's counter weighs every URL it finds as 23 characters.
 *
 * URLs on Mastodon and Bluesky:
 * - "http://" or "https://" (any case), not glued to a preceding letter, digit, "@", "$" or "#";
 * - a host whose last label is a known top-level domain (KnownTlds), labels of at most 63
 *   characters (63 after punycode for Unicode labels), not starting or ending in "-" or "_", and
 *   no "_" in the label just before the TLD;
 * - an optional ":port", then an optional path (letters and digits of any script among the
 *   usual URL characters) and "?query"; trailing punctuation such as ".", ",", "!" or an
 *   unbalanced ")" is not part of the URL.
 *
 * On Bluesky a URL may also lack the scheme ("example.com", "www.example.co.jp/path"): its host
 * is ASCII (plus Latin accented letters), it must not follow "@", ".", "-", "_", "/", "$" or "#",
 * and a bare two-label host on a country-code TLD ("example.jp") needs a path to count, except on
 * .co and .tv. Mastodon only recognises URLs with a scheme. IP-address hosts and user-info
 * ("user@host") are not recognised.
 *
 * Mentions: Mastodon "@user" or "@user@domain"; Bluesky "@handle.domain". Hashtags on Mastodon
 * and Bluesky: "#" then letters, marks, digits and "_", not all digits. Mentions and hashtags
 * inside a URL are not reported.
 *
 * All indices are UTF-16 indices into the scanned text. The class holds no state besides the
 * network and is cheap to create.
 */
class EntityExtractor final
{
public:
    explicit EntityExtractor(Network network);

    Network network() const { return m_network; }

    /** The URLs in @p text, in order. */
    QList<TextEntity> urls(QStringView text) const;

    /** The mentions in @p text that are not inside a URL, in order. */
    QList<TextEntity> mentions(QStringView text) const;

    /** The hashtags in @p text that are not inside a URL, in order. */
    QList<TextEntity> hashtags(QStringView text) const;

    /** URLs, mentions and hashtags together, ordered by position; they never overlap. */
    QList<TextEntity> entities(QStringView text) const;

private:
    QList<TextEntity> mentions(QStringView text, const QList<TextEntity> &urls) const;
    QList<TextEntity> hashtags(QStringView text, const QList<TextEntity> &urls) const;

    Network m_network;
};

} // namespace starling
