// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace starling {

/** Names the application (the app id is defined once, in CMake) and loads the system language. */
void setUpApplication(QCoreApplication &app);

} // namespace starling
