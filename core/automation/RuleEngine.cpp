// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleEngine.h"

#include "SavedReplies.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

bool containsWord(const QString &text, const QString &word)
{
    // Whole words only: "order" matches "my order" but not "border".
    const QRegularExpression re(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(word) + u"(?![\\p{L}\\p{N}])"_s,
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

} // namespace

bool RuleEngine::triggers(const Rule &rule, const AutomationEvent &event)
{
    switch (rule.trigger) {
    case Rule::Trigger::NewConversation:
        return event.kind == AutomationEvent::Kind::Inbound && event.firstFromPerson
               && event.message.kind == Message::Kind::DirectMessage;
    case Rule::Trigger::Keyword: {
        if (event.kind != AutomationEvent::Kind::Inbound)
            return false;
        const QString &text = event.message.text;
        for (const QString &keyword : rule.keywords) {
            if (containsWord(text, keyword))
                return true;
        }
        if (!rule.pattern.isEmpty()) {
            const QRegularExpression re(rule.pattern, QRegularExpression::CaseInsensitiveOption);
            return re.isValid() && re.match(text).hasMatch();
        }
        return false;
    }
    case Rule::Trigger::OutsideHours:
        return event.kind == AutomationEvent::Kind::Inbound && !rule.hours.isOpen(event.message.createdAt);
    case Rule::Trigger::ConversationDone:
        return event.kind == AutomationEvent::Kind::Done;
    }
    return false;
}

bool RuleEngine::conditionsHold(const Rule &rule, const AutomationEvent &event)
{
    const Conversation &c = event.conversation.conversation;
    if (!rule.accountId.isNull() && rule.accountId != c.accountId)
        return false;
    if (rule.network && *rule.network != event.conversation.network)
        return false;
    if (!rule.kinds.isEmpty()) {
        const Message::Kind kind =
            event.kind == AutomationEvent::Kind::Inbound
                ? event.message.kind
                : (c.kind == Conversation::Kind::PublicThread ? Message::Kind::Mention : Message::Kind::DirectMessage);
        if (!rule.kinds.contains(kind))
            return false;
    }
    if (!rule.language.isEmpty() && !event.language.isEmpty()
        && !event.language.startsWith(rule.language, Qt::CaseInsensitive))
        return false;
    if (rule.minFollowers >= 0 && event.conversation.counterpart.followersCount < rule.minFollowers)
        return false;
    if (!rule.tag.isEmpty() && !c.tags.contains(rule.tag, Qt::CaseInsensitive))
        return false;
    return true;
}

QList<PlannedAction> RuleEngine::evaluate(const QList<Rule> &rules, const AutomationEvent &event,
                                          const Context &context)
{
    QList<PlannedAction> planned;
    // Safety first, whatever the rules say.
    if (event.fromOwnAccount || event.message.automatic)
        return planned;
    const Conversation &c = event.conversation.conversation;
    const Identity &person = event.conversation.counterpart;
    const QString personId = event.kind == AutomationEvent::Kind::Inbound && !event.message.authorRemoteId.isEmpty()
                                 ? event.message.authorRemoteId
                                 : person.remoteId;
    if (personId.isEmpty())
        return planned;
    const savedreplies::Context fillContext{person.displayName, person.handle, context.myName};

    for (const Rule &rule : rules) {
        if (!rule.enabled || !triggers(rule, event) || !conditionsHold(rule, event))
            continue;
        QList<PlannedAction> actions;
        for (const Rule::Action &action : rule.actions) {
            PlannedAction p;
            p.ruleId = rule.id;
            p.ruleName = rule.name;
            p.action = action;
            p.accountId = c.accountId;
            p.conversationId = c.id;
            p.conversationRemoteId = c.remoteId;
            p.conversationKind = c.kind;
            p.personRemoteId = personId;
            p.inReplyToRemoteId = event.kind == AutomationEvent::Kind::Inbound ? event.message.remoteId : c.remoteId;
            switch (action.kind) {
            case Rule::Action::Kind::ReplyDm:
            case Rule::Action::Kind::ReplyPublic:
            case Rule::Action::Kind::Survey:
                // A public reply needs something public to answer.
                if (action.kind == Rule::Action::Kind::ReplyPublic && c.kind != Conversation::Kind::PublicThread)
                    continue;
                p.text = savedreplies::fill(action.text, fillContext);
                break;
            case Rule::Action::Kind::SavedReply: {
                if (!context.savedReply)
                    continue;
                const auto body = context.savedReply(action.value);
                if (!body)
                    continue;
                if (action.publicReply && c.kind != Conversation::Kind::PublicThread)
                    continue;
                p.text = savedreplies::fill(*body, fillContext);
                break;
            }
            case Rule::Action::Kind::Tag:
            case Rule::Action::Kind::Assign:
            case Rule::Action::Kind::MarkDone:
                break;
            }
            actions << p;
        }
        // The window is taken only by a rule about to send, so one that has nothing to say here
        // keeps it for when it does. Without it the rule still tags, assigns and closes.
        const bool sends = std::any_of(actions.cbegin(), actions.cend(),
                                       [](const PlannedAction &p) { return p.action.sendsMessage(); });
        const bool mayMessage = !sends || !context.takeWindow
                                || context.takeWindow(rule.id, personId, event.at, rule.effectivePerPersonWindow());
        for (const PlannedAction &p : std::as_const(actions)) {
            if (mayMessage || !p.action.sendsMessage())
                planned << p;
        }
    }
    return planned;
}

} // namespace starling
