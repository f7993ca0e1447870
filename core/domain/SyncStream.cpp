// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncStream.h"

using namespace Qt::StringLiterals;

namespace starling {

QString syncStreamKey(SyncStream stream)
{
    return stream == SyncStream::DirectMessages ? u"dm"_s : u"mentions"_s;
}

} // namespace starling
