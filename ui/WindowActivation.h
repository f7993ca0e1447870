// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace starling {

/**
 * Brings @p window to the front as a person asked for it (a second start, a click on a
 * notification): shows it if it was hidden in the tray, unminimises, raises and activates it.
 * @p activationToken is the desktop's permission to take the focus (xdg-activation on Wayland),
 * passed on to Qt's platform plugin when given; without one, and on X11, the window manager may
 * only mark the window as wanting attention.
 */
void bringToFront(QWidget &window, const QString &activationToken = {});

} // namespace starling
