// SPDX-License-Identifier: GPL-3.0-or-later
#include "TagColor.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace starling {

QString defaultTagColor(const QString &tag)
{
    // HSL to RGB (the formula QColor::fromHsl uses) without QtGui: hue from the name, saturation
    // 120/255 and lightness 110/255 for a colour that reads on light and dark backgrounds.
    const int hue = int(qHash(tag.toLower()) % 360);
    constexpr double saturation = 120 / 255.0;
    constexpr double lightness = 110 / 255.0;
    const double chroma = (1 - std::abs(2 * lightness - 1)) * saturation;
    const double sector = hue / 60.0;
    const double second = chroma * (1 - std::abs(std::fmod(sector, 2) - 1));
    double r = 0, g = 0, b = 0;
    switch (int(sector)) {
    case 0:
        r = chroma, g = second;
        break;
    case 1:
        r = second, g = chroma;
        break;
    case 2:
        g = chroma, b = second;
        break;
    case 3:
        g = second, b = chroma;
        break;
    case 4:
        r = second, b = chroma;
        break;
    default:
        r = chroma, b = second;
        break;
    }
    const double base = lightness - chroma / 2;
    const auto hex = [base](double value) {
        return QString::number(qRound((value + base) * 255), 16).rightJustified(2, u'0');
    };
    return u"#"_s + hex(r) + hex(g) + hex(b);
}

} // namespace starling
