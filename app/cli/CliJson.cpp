// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliJson.h"

#include "CliOutput.h"
#include "domain/Account.h"
#include "domain/Message.h"
#include "store/ConversationRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::cli::json {

QJsonObject account(const Account &account)
{
    return QJsonObject{
        {u"id"_s, account.id.toString(QUuid::WithoutBraces)},
        {u"network"_s, networkKey(account.network)},
        {u"handle"_s, account.handle},
        {u"displayName"_s, account.displayName},
        {u"serverUrl"_s, account.serverUrl.toString()},
        {u"remoteUserId"_s, account.remoteUserId},
    };
}

QString stateKey(AccountState state)
{
    switch (state) {
    case AccountState::SignedOut:
        return u"signed-out"_s;
    case AccountState::Connecting:
        return u"connecting"_s;
    case AccountState::Connected:
        return u"connected"_s;
    case AccountState::RateLimited:
        return u"rate-limited"_s;
    case AccountState::Offline:
        return u"offline"_s;
    case AccountState::SignInExpired:
        return u"sign-in-expired"_s;
    case AccountState::KeyringUnavailable:
        return u"keyring-unavailable"_s;
    case AccountState::SyncedByTeammate:
        return u"synced-by-teammate"_s;
    }
    return u"signed-out"_s;
}

QJsonObject person(const Identity &identity)
{
    return QJsonObject{
        {u"remoteId"_s, identity.remoteId},
        {u"handle"_s, identity.handle},
        {u"displayName"_s, identity.displayName},
    };
}

QJsonObject conversation(const ConversationSummary &summary, const QList<Account> &accounts)
{
    const Conversation &c = summary.conversation;
    QString handle;
    for (const Account &a : accounts) {
        if (a.id == c.accountId)
            handle = a.handle;
    }
    return QJsonObject{
        {u"id"_s, c.id},
        {u"account"_s, c.accountId.toString(QUuid::WithoutBraces)},
        {u"accountHandle"_s, handle},
        {u"network"_s, networkKey(summary.network)},
        {u"remoteId"_s, c.remoteId},
        {u"kind"_s, Conversation::kindKey(c.kind)},
        {u"state"_s, Conversation::stateKey(c.state)},
        {u"snoozedUntil"_s, Format::isoTime(c.snoozedUntil)},
        {u"with"_s, summary.counterpart.id ? QJsonValue(person(summary.counterpart)) : QJsonValue()},
        {u"title"_s, c.title},
        {u"unreadCount"_s, c.unreadCount},
        {u"needsReply"_s, c.lastMessageInbound},
        {u"request"_s, c.request},
        {u"lastActivity"_s, Format::isoTime(c.lastActivity)},
        {u"preview"_s, c.preview},
    };
}

QJsonObject message(const Message &m, const QList<Identity> &authors)
{
    QJsonValue author;
    for (const Identity &i : authors) {
        if (i.id == m.authorId && m.authorId != 0)
            author = person(i);
    }
    QJsonArray attachments;
    for (const Attachment &a : m.attachments) {
        attachments.append(QJsonObject{
            {u"kind"_s, Attachment::kindKey(a.kind)},
            {u"url"_s, a.url.toString()},
            {u"previewUrl"_s, a.previewUrl.toString()},
            {u"mimeType"_s, a.mimeType},
            {u"altText"_s, a.altText},
        });
    }
    return QJsonObject{
        // A string: message ids are larger than JSON numbers hold exactly in JavaScript (or jq).
        {u"id"_s, QString::number(m.id)},
        {u"conversationId"_s, m.conversationId},
        {u"account"_s, m.accountId.toString(QUuid::WithoutBraces)},
        {u"remoteId"_s, m.remoteId.isEmpty() ? QJsonValue() : QJsonValue(m.remoteId)},
        {u"direction"_s, m.direction == Message::Direction::Inbound ? u"inbound"_s : u"outbound"_s},
        {u"kind"_s, Message::kindKey(m.kind)},
        {u"createdAt"_s, Format::isoTime(m.createdAt)},
        {u"author"_s, author},
        {u"text"_s, m.text},
        {u"replyToRemoteId"_s, m.replyToRemoteId},
        {u"delivery"_s, Message::deliveryKey(m.delivery)},
        {u"read"_s, m.read},
        {u"attachments"_s, attachments},
    };
}

} // namespace starling::cli::json
