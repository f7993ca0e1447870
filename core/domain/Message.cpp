// SPDX-License-Identifier: GPL-3.0-or-later
#include "Message.h"

using namespace Qt::StringLiterals;

namespace starling {

QString Message::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::DirectMessage:
        return u"dm"_s;
    case Kind::Mention:
        return u"mention"_s;
    case Kind::Reply:
        return u"reply"_s;
    case Kind::OwnPost:
        return u"post"_s;
    }
    return u"dm"_s;
}

Message::Kind Message::kindFromKey(const QString &key)
{
    if (key == u"mention")
        return Kind::Mention;
    if (key == u"reply")
        return Kind::Reply;
    if (key == u"post")
        return Kind::OwnPost;
    return Kind::DirectMessage;
}

QString Message::deliveryKey(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Delivered:
        return u"delivered"_s;
    case Delivery::Queued:
        return u"queued"_s;
    case Delivery::Sending:
        return u"sending"_s;
    case Delivery::Failed:
        return u"failed"_s;
    case Delivery::Unverified:
        return u"unverified"_s;
    }
    return u"delivered"_s;
}

} // namespace starling
