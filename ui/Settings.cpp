// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

namespace starling::settings {

QString notifyKey(const QString &accountId, const QString &kind)
{
    return QStringLiteral("Notifications/%1/%2").arg(accountId, kind);
}

} // namespace starling::settings
