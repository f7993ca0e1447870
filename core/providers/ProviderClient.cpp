// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderClient.h"

#include "JsonFields.h"

using namespace Qt::StringLiterals;

namespace starling {

QString directConversationRemoteId(Network network, const QString &ownUserId, const QString &personId)
{
    if (network != Network::X || !json::isNumericId(ownUserId) || !json::isNumericId(personId))
        return {};
    // A 1:1 conversation id is the two user ids, the smaller first (API-NOTES X-2).
    return json::compareNumericIds(ownUserId, personId) < 0 ? ownUserId + u'-' + personId : personId + u'-' + ownUserId;
}

QUrl directMessageLink(Network network, const QString &ownUserId)
{
    if (network != Network::X || !json::isNumericId(ownUserId))
        return {};
    // "Switch to DM": the link opens a DM to the account (API-NOTES X-2, the X issue).
    QUrl link(u"https://x.com/messages/compose"_s);
    link.setQuery(u"recipient_id="_s + ownUserId);
    return link;
}

QString withDirectMessageLink(const QString &text, const QUrl &link)
{
    if (link.isEmpty())
        return text;
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? link.toString() : trimmed + u"\n"_s + link.toString();
}

QString ProviderClient::withDirectMessageLink(const QString &text) const
{
    return starling::withDirectMessageLink(text, directMessageLink());
}

} // namespace starling

namespace starling {

void ProviderClient::prepare(QObject *, ResultCallback<void> done)
{
    done({});
}

void ProviderClient::directConversationWith(const QString &, QObject *, ResultCallback<QString> done)
{
    done(QString());
}

void ProviderClient::markConversationRead(const QString &, QObject *, ResultCallback<void> done)
{
    done({});
}

void ProviderClient::acceptConversation(const QString &, QObject *, ResultCallback<void> done)
{
    done(Error(Error::Code::InvalidInput,
               tr("%1 has no message requests to accept.").arg(networkDisplayName(network()))));
}

qint64 ProviderClient::estimatedReadCostMicros(SyncStream, int) const
{
    return 0;
}

qint64 ProviderClient::estimatedSendCostMicros(bool, bool, const QString &) const
{
    return 0;
}

} // namespace starling
