// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "text/TextRules.h"

#include <QString>
#include <QStringList>

namespace starling::savedreplies {

/** What the placeholders of a saved reply are filled from. */
struct Context
{
    QString personName; ///< the person's display name
    QString personHandle; ///< without the @
    QString myName; ///< the account's display name (or handle)
};

/** The placeholders a saved reply may use. */
QStringList placeholders();

/**
 * Fills {first_name}, {name}, {handle} and {my_name}. Missing data never leaves a brace in the
 * text: a missing first name falls back to the handle; a value that is not known at all is
 * dropped with the ", " or " " before it ("Thank you, {first_name}!" reads "Thank you!", "Hi
 * {first_name}, …" reads "Hi, …"), or at the very start with the one after it. Unknown {words}
 * stay as they are.
 *
 * The body is read once, so a value that holds "{handle}" stays text. The values come from
 * whoever wrote (a display name is anything its owner typed), so they are neutralised: a word
 * joiner (U+2060, invisible) follows each "@", "#", ":" and ".", which keeps "@bob", "#sale" or
 * "evil.example/x" from becoming a mention, a hashtag or a link on any network, {handle} included
 * (the providers address the person themselves); line breaks, controls and bidi overrides go.
 */
QString fill(const QString &body, const Context &context);

/** Fills, then refuses a text that does not fit @p rules (with the counter's reason). */
Result<QString> fillChecked(const QString &body, const Context &context, const TextRules &rules);

} // namespace starling::savedreplies
