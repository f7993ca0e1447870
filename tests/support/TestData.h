// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "store/SyncPage.h"

#include <QDateTime>
#include <QString>

namespace starling::testdata {

/** An X account with a fixed id, for tests. */
Account account(const QString &handle = QStringLiteral("shop"), Network network = Network::X);

/** A person with the given remote id; handle and name derived from it. */
Identity person(const QUuid &accountId, const QString &remoteId);

/** A 1:1 DM conversation with one person. */
Conversation directConversation(const QUuid &accountId, const QString &remoteId, const QString &personRemoteId);

/** An inbound DM from @p authorRemoteId. */
Message inboundDm(const QUuid &accountId, const QString &conversationRemoteId, const QString &remoteId,
                  const QString &authorRemoteId, const QString &text, const QDateTime &createdAt);

/** A fixed point in time plus @p seconds, so tests do not depend on the clock. */
QDateTime at(qint64 seconds);

} // namespace starling::testdata
