// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace starling {
/** Sign-in, token refresh and sign-out. Never log a token, a code, a verifier or a secret here. */
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace starling
