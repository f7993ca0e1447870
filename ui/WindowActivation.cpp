// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowActivation.h"

#include <QGuiApplication>
#include <QWidget>
#include <QWindow>

namespace starling {

void bringToFront(QWidget &window, const QString &activationToken)
{
    if (!activationToken.isEmpty()) {
        // Qt's Wayland plugin reads the token from the environment when the window asks to be
        // activated, and clears it. (Qt's X11 plugin reads DESKTOP_STARTUP_ID at start only, so
        // there the window manager decides from requestActivate() alone.)
        if (QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
            qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    }
    window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window.show();
    window.raise();
    window.activateWindow();
    if (QWindow *handle = window.windowHandle())
        handle->requestActivate();
}

} // namespace starling
