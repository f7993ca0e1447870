// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rule.h"
#include "store/ConversationRepository.h"

#include <QDateTime>
#include <QList>

#include <chrono>
#include <functional>
#include <optional>

namespace starling {

/** Something that may set rules off: a message arrived, or a conversation was marked done. */
struct AutomationEvent
{
    enum class Kind
    {
        Inbound,
        Done,
    };

    Kind kind = Kind::Inbound;
    ConversationSummary conversation;
    Message message; ///< the inbound message (Kind::Inbound)
    QString language; ///< the message's language when the network says; empty when unknown
    bool firstFromPerson = false; ///< the person never wrote to this account before
    bool fromOwnAccount = false; ///< the author is one of the user's own accounts
    QDateTime at;
};

/** What a rule decided to do, before anything is done. */
struct PlannedAction
{
    qint64 ruleId = 0;
    QString ruleName;
    Rule::Action action;
    QString text; ///< the message to send, placeholders filled
    QUuid accountId;
    qint64 conversationId = 0;
    QString conversationRemoteId;
    Conversation::Kind conversationKind = Conversation::Kind::Direct;
    QString personRemoteId;
    QString inReplyToRemoteId; ///< for public replies
};

/**
 * Decides which rules an event sets off and what they do. It touches no store itself, only what
 * its Context hands it, so the same code runs live and in a dry run over the stored history.
 *
 * Safety, whatever the rules say: never an automatic message to yourself or to another of your
 * own accounts, never in answer to an automatic message (no bot loops), and at most one
 * automatic message per person per rule within the rule's window, which is never shorter than
 * automationlimits::minimumPerPersonWindow. (The per-account hourly cap needs the log of what was
 * sent: AutomationService enforces it.)
 */
class RuleEngine final
{
public:
    struct Context
    {
        /**
         * Takes the rule's per-person window for a message to @p personRemoteId at @p at: true
         * unless the rule messaged that person less than @p window before. Asked only when the
         * rule is about to send. Live, the store answers in one statement, so that among the
         * clients of a team database only one gets the window (AutomationRepository::takeWindow).
         * Unset: always true.
         */
        std::function<bool(qint64 ruleId, const QString &personRemoteId, const QDateTime &at,
                           std::chrono::seconds window)>
            takeWindow;
        /** The body of a saved reply by short name. */
        std::function<std::optional<QString>(const QString &shortcut)> savedReply;
        QString myName; ///< the account's display name, for {my_name}
    };

    static QList<PlannedAction> evaluate(const QList<Rule> &rules, const AutomationEvent &event,
                                         const Context &context);

    static bool triggers(const Rule &rule, const AutomationEvent &event);
    static bool conditionsHold(const Rule &rule, const AutomationEvent &event);
};

} // namespace starling
