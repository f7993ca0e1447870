// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;
class QString;

namespace starling {

/** Names the application (the app id is defined once, in CMake) and loads the system language. */
void setUpApplication(QCoreApplication &app);

/**
 * Speaks @p language ("de", "fr", …; empty for the system's) from now on: our strings and Qt's,
 * and the default QLocale, so dates and numbers follow it too. Replaces what was loaded before;
 * called again once the profile's settings (Settings → General → Language) can be read.
 */
void useLanguage(QCoreApplication &app, const QString &language);

} // namespace starling
