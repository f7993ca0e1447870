// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attachment.h"

using namespace Qt::StringLiterals;

namespace starling {

QString Attachment::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Image:
        return u"image"_s;
    case Kind::Gif:
        return u"gif"_s;
    case Kind::Video:
        return u"video"_s;
    case Kind::Audio:
        return u"audio"_s;
    case Kind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

Attachment::Kind Attachment::kindFromKey(const QString &key)
{
    for (Kind k : {Kind::Image, Kind::Gif, Kind::Video, Kind::Audio}) {
        if (kindKey(k) == key)
            return k;
    }
    return Kind::Other;
}

} // namespace starling
