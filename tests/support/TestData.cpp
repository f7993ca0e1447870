// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

using namespace Qt::StringLiterals;

namespace starling::testdata {

Account account(const QString &handle, Network network)
{
    Account a;
    a.id = QUuid::createUuidV5(QUuid(), handle + networkKey(network));
    a.network = network;
    a.handle = handle;
    a.displayName = handle;
    a.remoteUserId = u"1000"_s;
    return a;
}

Identity person(const QUuid &accountId, const QString &remoteId)
{
    Identity i;
    i.accountId = accountId;
    i.remoteId = remoteId;
    i.handle = u"user"_s + remoteId;
    i.displayName = u"User "_s + remoteId;
    return i;
}

Conversation directConversation(const QUuid &accountId, const QString &remoteId, const QString &personRemoteId)
{
    Conversation c;
    c.accountId = accountId;
    c.remoteId = remoteId;
    c.kind = Conversation::Kind::Direct;
    c.participantRemoteIds = {personRemoteId};
    return c;
}

Message inboundDm(const QUuid &accountId, const QString &conversationRemoteId, const QString &remoteId,
                  const QString &authorRemoteId, const QString &text, const QDateTime &createdAt)
{
    Message m;
    m.accountId = accountId;
    m.conversationRemoteId = conversationRemoteId;
    m.remoteId = remoteId;
    m.authorRemoteId = authorRemoteId;
    m.direction = Message::Direction::Inbound;
    m.kind = Message::Kind::DirectMessage;
    m.text = text;
    m.createdAt = createdAt;
    return m;
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(1'780'000'000 + seconds, Qt::UTC);
}

} // namespace starling::testdata
