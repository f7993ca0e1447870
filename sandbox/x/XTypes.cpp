// SPDX-License-Identifier: GPL-3.0-or-later
#include "XTypes.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

bool isXId(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9]{1,19}$"_s);
    return pattern.match(text).hasMatch();
}

quint64 xIdValue(const QString &id)
{
    return id.toULongLong();
}

bool XUser::isUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]{1,15}$"_s);
    return pattern.match(username).hasMatch();
}

QString XDmEvent::typeName(Type type)
{
    switch (type) {
    case Type::MessageCreate:
        return u"MessageCreate"_s;
    case Type::ParticipantsJoin:
        return u"ParticipantsJoin"_s;
    case Type::ParticipantsLeave:
        return u"ParticipantsLeave"_s;
    }
    return {};
}

QString XMedia::type() const
{
    if (category.endsWith(u"_gif"_s))
        return u"animated_gif"_s;
    if (category.endsWith(u"_video"_s))
        return u"video"_s;
    return u"photo"_s;
}

bool XMedia::needsProcessing() const
{
    return category.endsWith(u"_gif"_s) || category.endsWith(u"_video"_s);
}

qint64 XMedia::appendedBytes() const
{
    qint64 total = 0;
    for (const QByteArray &segment : segments)
        total += segment.size();
    return total;
}

QByteArray XMedia::bytes() const
{
    QByteArray all;
    all.reserve(appendedBytes());
    for (const QByteArray &segment : segments)
        all += segment;
    return all;
}

bool XMedia::isOwnedBy(const QString &userId) const
{
    return !userId.isEmpty() && (ownerId == userId || additionalOwnerIds.contains(userId));
}

const QStringList &XMedia::mimeTypes()
{
    static const QStringList types{
        u"video/mp4"_s,  u"video/webm"_s,  u"video/mp2t"_s, u"video/quicktime"_s,   u"text/srt"_s,
        u"text/vtt"_s,   u"image/jpeg"_s,  u"image/gif"_s,  u"image/bmp"_s,         u"image/png"_s,
        u"image/webp"_s, u"image/pjpeg"_s, u"image/tiff"_s, u"model/gltf-binary"_s, u"model/vnd.usdz+zip"_s,
    };
    return types;
}

const QStringList &XMedia::categories()
{
    static const QStringList names{u"amplify_video"_s, u"tweet_gif"_s, u"tweet_image"_s, u"tweet_video"_s,
                                   u"dm_gif"_s,        u"dm_image"_s,  u"dm_video"_s,    u"subtitles"_s};
    return names;
}

QString XMedia::defaultCategory(const QString &mimeType)
{
    if (mimeType == u"image/gif")
        return u"tweet_gif"_s;
    if (mimeType.startsWith(u"video/"))
        return u"tweet_video"_s;
    if (mimeType.startsWith(u"text/"))
        return u"subtitles"_s;
    return u"tweet_image"_s;
}

std::optional<qint64> XMedia::categoryLimit(const QString &category, const QString &mimeType)
{
    const bool video = mimeType.startsWith(u"video/");
    const bool gif = mimeType == u"image/gif";
    const bool image = mimeType.startsWith(u"image/");
    const bool subtitles = mimeType.startsWith(u"text/");
    if (category == u"tweet_image" || category == u"dm_image")
        return image ? std::optional<qint64>(5 * 1000 * 1000) : std::nullopt;
    if (category == u"tweet_gif" || category == u"dm_gif")
        return gif ? std::optional<qint64>(15 * 1000 * 1000) : std::nullopt;
    if (category == u"tweet_video" || category == u"dm_video" || category == u"amplify_video")
        return video ? std::optional<qint64>(qint64(512) * 1000 * 1000) : std::nullopt;
    if (category == u"subtitles")
        return subtitles ? std::optional<qint64>(1000 * 1000) : std::nullopt;
    return std::nullopt;
}

} // namespace starling::sandbox
