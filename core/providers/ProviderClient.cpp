// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderClient.h"

using namespace Qt::StringLiterals;

namespace starling {

QString syncStreamKey(SyncStream stream)
{
    return stream == SyncStream::DirectMessages ? u"dm"_s : u"mentions"_s;
}

QString ProviderClient::withDirectMessageLink(const QString &text) const
{
    const QUrl link = directMessageLink();
    if (link.isEmpty())
        return text;
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? link.toString() : trimmed + u"\n"_s + link.toString();
}

} // namespace starling

namespace starling {

qint64 ProviderClient::estimatedReadCostMicros(SyncStream, int) const
{
    return 0;
}

qint64 ProviderClient::estimatedSendCostMicros(bool, bool, const QString &) const
{
    return 0;
}

} // namespace starling
