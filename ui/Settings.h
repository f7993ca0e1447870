// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/** The UI's settings keys, as named constants (STYLE.md §3). */
namespace starling::settings {

inline const QString windowGeometry = QStringLiteral("Window/geometry");
inline const QString splitterState = QStringLiteral("Window/splitter");
inline const QString showProfile = QStringLiteral("Window/showProfile");
inline const QString closeToTray = QStringLiteral("Tray/closeToTray");
inline const QString startHidden = QStringLiteral("Tray/startHidden");
inline const QString notificationsPausedUntil = QStringLiteral("Notifications/pausedUntil");
/** "Notifications/<account uuid>/<dm|mention>": whether to notify, default true. */
QString notifyKey(const QString &accountId, const QString &kind);
inline const QString activeInterval = QStringLiteral("Sync/activeSeconds");
inline const QString idleInterval = QStringLiteral("Sync/idleSeconds");
inline const QString language = QStringLiteral("General/language");
inline const QString lastNewPostAccounts = QStringLiteral("Compose/newPostAccounts");
/** The name the user goes by in assignments ("Mine", "Take it"); see you(). */
inline const QString yourName = QStringLiteral("General/yourName");

/** The user's name in assignments: yourName when set, else the name they logged in with. */
QString you();

} // namespace starling::settings
