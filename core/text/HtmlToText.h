// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextEntity.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace starling {

/**
 * The HTML of a post as plain text, with the links, mentions and hashtags it held kept as text
 * and reported as entities. Written for Mastodon's sanitised HTML (`<p> <br> <span> <a>`, API-NOTES
 * M-2), and reading what other servers of the Mastodon API send as far as it makes sense:
 *
 * - paragraphs and other blocks become blank lines, list items and table rows lines of their own,
 *   <br> a line break; white space collapses as in HTML; character references are decoded; the
 *   content of script and style, and comments, are dropped; other tags keep their content;
 * - a link becomes its full target (not the shortened text Mastodon shows), or its own text
 *   followed by the target in brackets; a mention "@acct", resolved through the post's mentions
 *   so that a remote one keeps its domain; a hashtag "#name".
 *
 * Never fails: broken markup is read as far as it makes sense. Takes time linear in the HTML and
 * the mentions, whatever their shape, and the text is at most maxLength long: both come from a
 * server, which may be hostile. Pure functions; safe to use from any thread.
 */
class HtmlToText final
{
public:
    /** A mention as the post lists it beside its HTML (Mastodon's Status.mentions[]). */
    struct Mention
    {
        QString acct; ///< "alice" for a local account, "alice@example.social" for a remote one
        QString url; ///< the profile URL the HTML links to
    };

    /** The text, and what it holds. */
    struct PlainText
    {
        QString text;
        /** UTF-16 ranges in text: Url (value: the link target), Mention (value: acct), Hashtag (value: name). */
        QList<TextEntity> entities;
    };

    /** The longest text convert() makes unless told otherwise, in UTF-16 units. */
    static constexpr qsizetype defaultMaxLength = 64 * 1024;

    HtmlToText() = delete;

    /**
     * @p html as plain text of at most @p maxLength UTF-16 units (never ending in half a
     * surrogate pair). A link to the url of one of @p mentions is that mention; where two share a
     * url, the first counts.
     */
    static PlainText convert(QStringView html, const QList<Mention> &mentions = {},
                             qsizetype maxLength = defaultMaxLength);
};

} // namespace starling
