// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace starling {

/** A direct conversation, a group DM or a public thread, as seen by one of our accounts. */
struct Conversation
{
    enum class Kind
    {
        Direct, ///< a one-to-one private conversation
        Group, ///< a private conversation with several people
        PublicThread, ///< a public post (a mention) and the replies around it
    };

    enum class State
    {
        Open,
        Done,
        Snoozed, ///< until snoozedUntil; then it is open again
    };

    qint64 id = 0; ///< local row id; 0 until stored
    QUuid accountId;
    QString remoteId;
    Kind kind = Kind::Direct;
    State state = State::Open;
    QDateTime snoozedUntil;
    QDateTime lastActivity;
    int unreadCount = 0;
    QString title; ///< empty for a 1:1 conversation: the UI names it after the person
    QString preview; ///< the last message's text, as stored
    bool lastMessageInbound = false; ///< true means it needs a reply
    /**
     * A message request: someone the account has not accepted wrote first (Bluesky's chat keeps
     * these apart from the accepted conversations). Answering it, or accepting it, makes it a
     * conversation like the others.
     */
    bool request = false;
    QString assignee; ///< who on the team answers it; empty when no one
    QStringList tags;
    QStringList participantRemoteIds; ///< write path: who takes part, besides us
    QList<qint64> participantIds; ///< read path: their identity ids

    bool operator==(const Conversation &) const = default;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
};

} // namespace starling
