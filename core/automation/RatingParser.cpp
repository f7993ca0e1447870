// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatingParser.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace starling::ratings {

namespace {

struct Face
{
    const char16_t *emoji;
    int rating;
};

constexpr Face faces[] = {
    {u"😡", 1},    {u"😠", 1}, {u"🤬", 1}, {u"😞", 2}, {u"🙁", 2}, {u"☹", 2}, {u"😕", 2},    {u"😐", 3},    {u"😶", 3},
    {u"🙂", 4}, {u"😊", 4}, {u"👍", 4},    {u"😀", 5}, {u"😃", 5},    {u"😍", 5}, {u"🤩", 5}, {u"🥰", 5},
};

} // namespace

std::optional<int> parse(const QString &answer)
{
    const QString text = answer.trimmed();
    if (text.isEmpty() || text.size() > 200)
        return std::nullopt;

    // Stars: the whole answer is stars (and spaces), one to five of them.
    static const QRegularExpression onlyStars(u"^[\\s⭐★✩☆✭🌟]+$"_s);
    if (onlyStars.match(text).hasMatch()) {
        const int stars = int(text.count(u"⭐"_s) + text.count(u'★') + text.count(u"🌟"_s));
        if (stars >= 1 && stars <= 5)
            return stars;
        return std::nullopt;
    }

    // Digits: a 1–5 standing alone (not part of "#4411", "2024" or "10"), maybe "/5" or "out of 5".
    static const QRegularExpression digit(
        u"(?<![\\w#.,/])([1-5])(?:\\s*(?:/|out of|of)\\s*5)?(?!\\w|[.,]\\d|/[0-46-9])"_s,
        QRegularExpression::CaseInsensitiveOption);
    QSet<int> found;
    for (auto it = digit.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1).toInt());
    if (found.size() == 1)
        return *found.cbegin();
    if (found.size() > 1)
        return std::nullopt;

    // Faces, in a short answer that shows one mood.
    if (text.size() <= 40) {
        QSet<int> moods;
        for (const Face &face : faces) {
            if (text.contains(QString::fromUtf16(face.emoji)))
                moods.insert(face.rating);
        }
        if (moods.size() == 1)
            return *moods.cbegin();
    }
    return std::nullopt;
}

} // namespace starling::ratings
