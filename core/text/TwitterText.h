// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TextEntity.h"

#include <QList>
#include <QStringView>

namespace starling {

/**
 * X's text rules as the official twitter-text library (version 3.1.0, API-NOTES §D) applies
 * them, so that a text weighs on X what it weighs here and X finds the same links, mentions and
 * hashtags. TestTextRules runs the library's conformance data and TestTwitterTextReference
 * compares with the library itself on generated texts.
 *
 * URLs (extractUrlsWithIndices): an optional "http://" or "https://", then a host of labels
 * separated by "." whose last label begins with a known top-level domain (KnownTlds::lengthAt),
 * an optional ":port", "/path" and "?query". A host may hold any letters, digits and symbols,
 * so text glued to a URL ("詳細はexample.comで") is part of the host; without a scheme only the
 * ASCII names in it ("example.com") are URLs. The details that matter:
 * - a URL may not follow a letter, digit, "@", "$" or "#" (nor, without a scheme, "-", "_", "."
 *   or "/");
 * - every label must be at most 63 characters once punycode-encoded, and the URL at most 4,096
 *   characters: a longer one is no URL at all and is counted character by character;
 * - paths and queries take ASCII letters and digits, Cyrillic and accented Latin letters and
 *   some punctuation, and end in a letter, digit, "/", "=", "_", "-", "+", "#" or a balanced ")",
 *   so "https://example.com/日本語" ends at "/";
 * - a "t.co" link ends after its slug, and one whose slug is longer than 40 characters is none;
 * - letters are compared as JavaScript's case-insensitive patterns compare them.
 *
 * Mentions (extractMentionsWithIndices): "@" and 1 to 20 ASCII letters, digits or "_", not after
 * a letter, digit, "_", "!", "#", "$", "%", "&", "*" or "@" unless after "RT" or "RT:"; not
 * followed by "@", an accented Latin letter or "://"; "@name/list" is a list, not a mention.
 *
 * Hashtags (extractHashtagsWithIndices): "#" after the start, a variation selector or a
 * character that is neither "&" nor part of a hashtag, then letters, marks, digits and a few
 * joiners of words ("_", ZWJ, ZWNJ, "·", "・", "〃"…) with at least one letter or mark; not
 * followed by "#" or "://", and not inside a URL that starts before it. Letters, marks and digits
 * are Qt's Unicode properties, where twitter-text has its own tables of an older Unicode version.
 *
 * Indices are UTF-16, like twitter-text's. A URL's TextEntity::value is the URL twitter-text
 * reports: the text from start to end, except for a URL without a scheme whose host has more
 * after its last ASCII name and that has a path ("example.com日本.jp/x" reports "example.com/x"
 * over the whole range); X's counter then weighs the URL by the length of that value, and so does
 * TextRules.
 */
class TwitterText final
{
public:
    TwitterText() = delete;

    /**
     * The URLs in @p text, in order. With @p withoutProtocol false, only URLs that begin with
     * "http://" or "https://" count.
     */
    static QList<TextEntity> urls(QStringView text, bool withoutProtocol = true);

    /** The mentions in @p text, in order; the value is the name without "@". */
    static QList<TextEntity> mentions(QStringView text);

    /**
     * The hashtags in @p text, in order; the value is the tag without "#". @p urls are the URLs of
     * the text (urls()), which hide the hashtags that overlap them.
     */
    static QList<TextEntity> hashtags(QStringView text, const QList<TextEntity> &urls);
};

} // namespace starling
