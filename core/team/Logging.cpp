// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace starling {
Q_LOGGING_CATEGORY(lcTeam, "starling.core.team", QtInfoMsg)
} // namespace starling
