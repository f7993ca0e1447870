// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace starling::test {

/** The flag a test program gets when it runs inside the session runInKeyringSession() made. */
inline const QString inKeyringSessionFlag = QStringLiteral("--in-session");

/**
 * Runs this test program again inside a private D-Bus session with an unlocked gnome-keyring (a
 * real Secret Service) and a home folder of its own, so that the keychain code meets the real
 * thing and never the developer's own keyring. Call it first in main() with the program's
 * arguments: outside the session it returns the inner run's exit code (2 when it did not end
 * within @p timeout); inside, it returns nothing and takes the flag out of @p args.
 */
std::optional<int> runInKeyringSession(QStringList &args, std::chrono::milliseconds timeout = std::chrono::minutes(15));

} // namespace starling::test
