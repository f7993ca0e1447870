// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

namespace starling {
Q_LOGGING_CATEGORY(lcProviders, "starling.core.providers", QtInfoMsg)
} // namespace starling
