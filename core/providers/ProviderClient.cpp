// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderClient.h"

using namespace Qt::StringLiterals;

namespace starling {

QString ProviderClient::withDirectMessageLink(const QString &text) const
{
    const QUrl link = directMessageLink();
    if (link.isEmpty())
        return text;
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? link.toString() : trimmed + u"\n"_s + link.toString();
}

} // namespace starling
