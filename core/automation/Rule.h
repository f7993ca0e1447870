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
 * Limits on automatic messages that hold whatever the rules say. Two accounts that both run
 * Starling (or any bot) can answer each other's automatic answers, which neither can recognise as
 * automatic: these bound such an exchange to a trickle that a person notices and stops.
 */
namespace automationlimits {

/** The shortest per-person window of a rule; a rule that asks for less gets this. */
constexpr std::chrono::seconds minimumPerPersonWindow = std::chrono::hours(1);
/** At most this many automatic messages leave one account in any hour (X allows 60 DMs). */
constexpr int messagesPerAccountPerHour = 30;

} // namespace automationlimits

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
        /** A message to the person (a reply, a saved reply, a survey), not a change in the inbox. */
        bool sendsMessage() const;
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
    /**
     * At most one automatic message per person per rule within this window; never shorter than
     * automationlimits::minimumPerPersonWindow (see effectivePerPersonWindow()).
     */
    std::chrono::seconds perPersonWindow{std::chrono::hours(24)};

    QJsonObject toJson() const;
    /** Reads a definition; a broken one gives an error, never a half-read rule. */
    static Result<Rule> fromJson(const QJsonObject &json);

    bool operator==(const Rule &) const = default;
    /** Whether the rule sends something (and so is bound by the per-person window). */
    bool sendsMessages() const;
    /** The window that applies: perPersonWindow, raised to the floor. */
    std::chrono::seconds effectivePerPersonWindow() const;
};

} // namespace starling
