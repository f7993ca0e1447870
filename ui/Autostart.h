// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace starling {

/**
 * "Start Starling when I log in": where each system keeps that wish for the user. Linux: an XDG
 * autostart entry, $XDG_CONFIG_HOME/autostart/<app id>.desktop. Windows: a value named after the
 * app under HKCU\Software\Microsoft\Windows\CurrentVersion\Run. macOS: a launch agent,
 * ~/Library/LaunchAgents/<app id>.plist. Each starts the app with --hidden, into the tray.
 * The entry itself is the setting: it is what the system reads, and the user may remove it.
 */
class Autostart final
{
public:
    /** The arguments the entry adds after --hidden, such as the profile (`--profile DIR`). */
    static void setExtraArguments(const QStringList &arguments);
    static QStringList extraArguments();

    static bool isEnabled();
    /** Writes or removes the entry; Error::Storage when the system refused. */
    static Result<void> setEnabled(bool enabled);

    /** The entry's file on Linux and macOS (empty on Windows). */
    static QString entryPath();
    /** The command the entry runs: the program and its arguments. */
    static QStringList command();
};

} // namespace starling
