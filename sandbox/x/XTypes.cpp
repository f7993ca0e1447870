// SPDX-License-Identifier: GPL-3.0-or-later
#include "XTypes.h"

using namespace Qt::StringLiterals;

namespace starling::sandbox {

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

} // namespace starling::sandbox
