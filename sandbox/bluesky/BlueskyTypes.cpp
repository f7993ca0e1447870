// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyTypes.h"

using namespace Qt::StringLiterals;

namespace starling::sandbox {

QString BlueskyRecord::replyParentUri() const
{
    return value.value(u"reply"_s).toObject().value(u"parent"_s).toObject().value(u"uri"_s).toString();
}

QString BlueskyRecord::replyRootUri() const
{
    return value.value(u"reply"_s).toObject().value(u"root"_s).toObject().value(u"uri"_s).toString();
}

} // namespace starling::sandbox
