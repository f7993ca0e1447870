// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace starling {
/** The provider clients. Never log a token, a message body or a URL with a secret in its query. */
Q_DECLARE_LOGGING_CATEGORY(lcProviders)
} // namespace starling
