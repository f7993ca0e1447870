// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace starling::ratings {

/**
 * The 1–5 rating in an answer to a feedback survey: a digit ("4", "4/5", "I'd say 3", "5 stars"),
 * a count of stars ("⭐⭐⭐⭐", "★★★"), or one of a few faces (😡 1, 🙁 2, 😐 3, 🙂 4, 😍 5).
 * Anything else, or an answer that names two different ratings, is not a rating.
 */
std::optional<int> parse(const QString &answer);

} // namespace starling::ratings
