// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

namespace starling::settings {

QString notifyKey(const QString &accountId, const QString &kind)
{
    return QStringLiteral("Notifications/%1/%2").arg(accountId, kind);
}

QString you()
{
    const QString chosen = QSettings().value(yourName).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen.left(80);
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return login.isEmpty() ? QStringLiteral("me") : login.left(80);
}

} // namespace starling::settings
