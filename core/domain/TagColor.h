// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace starling {

/**
 * The colour a tag gets until the user picks one ("#rrggbb"): a hue chosen by its name (case
 * ignored), at one saturation and lightness, so the same name looks the same everywhere.
 */
QString defaultTagColor(const QString &tag);

} // namespace starling
