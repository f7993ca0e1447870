// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace starling {
Q_DECLARE_LOGGING_CATEGORY(lcTeam)
} // namespace starling
