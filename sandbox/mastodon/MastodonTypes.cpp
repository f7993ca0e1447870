// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonTypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

bool isMastodonId(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

const QStringList &MastodonMedia::supportedMimeTypes()
{
    static const QStringList types{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s,  u"image/webp"_s,
                                   u"image/avif"_s, u"video/mp4"_s, u"video/webm"_s, u"video/quicktime"_s,
                                   u"audio/mpeg"_s, u"audio/ogg"_s, u"audio/wave"_s, u"audio/mp4"_s};
    return types;
}

QString MastodonMedia::typeForMime(const QString &mimeType)
{
    if (mimeType == u"image/gif")
        return u"gifv"_s;
    if (mimeType.startsWith(u"image/"))
        return u"image"_s;
    if (mimeType.startsWith(u"video/"))
        return u"video"_s;
    if (mimeType.startsWith(u"audio/"))
        return u"audio"_s;
    return u"unknown"_s;
}

} // namespace starling::sandbox
