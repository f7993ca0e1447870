// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BusinessHours.h"
#include "Result.h"
#include "domain/Message.h"
#include "domain/Network.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <chrono>
#include <optional>

namespace starling {

/**
 * An automation rule: a trigger, conditions and actions, for one account or for all. Stored as
 * JSON in the store (AutomationRepository); evaluated by RuleEngine.
 */
struct Rule
{
    enum class Trigger
    {
        NewConversation, ///< a DM from someone who never wrote before: the welcome message
        Keyword, ///< an inbound DM or mention that matches keywords or a pattern
        OutsideHours, ///< an inbound DM or mention while the team is away
        ConversationDone, ///< the user marked a conversation done: the feedback survey
    };

    struct Action
    {
        enum class Kind
        {
            ReplyDm,
            ReplyPublic,
            SavedReply, ///< the saved reply named by value, as a DM (or publicly when public is set)
            Tag,
            Assign,
            MarkDone,
            Survey, ///< a DM asking for a 1–5 rating; the answer is recognised and stored
        };
        Kind kind = Kind::ReplyDm;
        QString text; ///< for replies and surveys; placeholders allowed
        QString value; ///< the tag, the assignee, or the saved reply's short name
        bool publicReply = false; ///< for SavedReply

        bool operator==(const Action &) const = default;
    };

    qint64 id = 0;
    QString name;
    bool enabled = true;
    Trigger trigger = Trigger::Keyword;

    // Trigger details.
    QStringList keywords; ///< any of them, as whole words, case-insensitive
    QString pattern; ///< a regular expression, case-insensitive
    BusinessHours hours;

    // Conditions; empty means "any".
    QUuid accountId;
    std::optional<Network> network;
    QList<Message::Kind> kinds; ///< DirectMessage and/or Mention
    QString language; ///< ISO code; a message whose language is unknown passes
    int minFollowers = -1;
    QString tag;

    QList<Action> actions;
    /** At most one automatic message per person per rule within this window. */
    std::chrono::seconds perPersonWindow{std::chrono::hours(24)};

    QJsonObject toJson() const;
    /** Reads a definition; a broken one gives an error, never a half-read rule. */
    static Result<Rule> fromJson(const QJsonObject &json);

    bool operator==(const Rule &) const = default;
    /** Whether the rule sends something (and so is bound by the per-person window). */
    bool sendsMessages() const;
};

} // namespace starling
