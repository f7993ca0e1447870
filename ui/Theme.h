// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Network.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QLabel;
class QPalette;

namespace starling::theme {

/** The one accent of each network, used only for its icon and marks (UI.md, Principles). */
QColor networkColor(Network network, const QPalette &palette);
QIcon networkIcon(Network network);
/** The network's icon as a pixmap of @p size, rendered once and then kept (for delegates). */
QPixmap networkBadge(Network network, int size, qreal devicePixelRatio);

/** Amber for warnings, red for errors and over-limit; adjusted for dark palettes. */
QColor warningColor(const QPalette &palette);
QColor errorColor(const QPalette &palette);
/** Whether the palette is a dark one. */
bool isDark(const QPalette &palette);

/**
 * Shows @p label's text in @p colour for the palette (errorColor, warningColor), with @p css added,
 * and again whenever the desktop switches between light and dark.
 */
void colourText(QLabel *label, QColor (*colour)(const QPalette &), const QString &css = {});

/** The colour of a tag: chosen from its name, so a tag always looks the same. */
QString tagColor(const QString &tag);

/** A round avatar with the person's initials, the placeholder until a picture is loaded. */
QPixmap initialsAvatar(const QString &name, int size, qreal devicePixelRatio);

/** "9:41" today, the weekday within a week, the date beyond (UI.md, Principles). */
QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
/** The full date and time, for tooltips. */
QString fullTime(const QDateTime &time);

} // namespace starling::theme
