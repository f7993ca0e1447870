// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

const std::pair<Rule::Trigger, QLatin1StringView> triggers[] = {
    {Rule::Trigger::NewConversation, "new-conversation"_L1},
    {Rule::Trigger::Keyword, "keyword"_L1},
    {Rule::Trigger::OutsideHours, "outside-hours"_L1},
    {Rule::Trigger::ConversationDone, "done"_L1},
};

const std::pair<Rule::Action::Kind, QLatin1StringView> actionKinds[] = {
    {Rule::Action::Kind::ReplyDm, "dm"_L1},
    {Rule::Action::Kind::ReplyPublic, "public"_L1},
    {Rule::Action::Kind::SavedReply, "saved-reply"_L1},
    {Rule::Action::Kind::Tag, "tag"_L1},
    {Rule::Action::Kind::Assign, "assign"_L1},
    {Rule::Action::Kind::MarkDone, "done"_L1},
    {Rule::Action::Kind::Survey, "survey"_L1},
};

Error broken(const QString &why)
{
    //: %1 is the reason, e.g. "it has no action" (translated on its own, in lower case)
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("starling::Rule", "The rule cannot be used: %1").arg(why));
}

} // namespace

bool Rule::Action::sendsMessage() const
{
    return kind == Kind::ReplyDm || kind == Kind::ReplyPublic || kind == Kind::SavedReply || kind == Kind::Survey;
}

bool Rule::sendsMessages() const
{
    return std::any_of(actions.cbegin(), actions.cend(), [](const Action &a) { return a.sendsMessage(); });
}

std::chrono::seconds Rule::effectivePerPersonWindow() const
{
    return std::max(perPersonWindow, automationlimits::minimumPerPersonWindow);
}

QJsonObject Rule::toJson() const
{
    QJsonObject json;
    for (const auto &[t, key] : triggers) {
        if (t == trigger)
            json.insert("trigger"_L1, QString(key));
    }
    if (!keywords.isEmpty())
        json.insert("keywords"_L1, QJsonArray::fromStringList(keywords));
    if (!pattern.isEmpty())
        json.insert("pattern"_L1, pattern);
    if (trigger == Trigger::OutsideHours)
        json.insert("hours"_L1, hours.toJson());
    QJsonObject conditions;
    if (!accountId.isNull())
        conditions.insert("account"_L1, accountId.toString(QUuid::WithoutBraces));
    if (network)
        conditions.insert("network"_L1, networkKey(*network));
    if (!kinds.isEmpty()) {
        QJsonArray k;
        for (auto kind : kinds)
            k.append(Message::kindKey(kind));
        conditions.insert("kinds"_L1, k);
    }
    if (!language.isEmpty())
        conditions.insert("language"_L1, language);
    if (minFollowers >= 0)
        conditions.insert("minFollowers"_L1, minFollowers);
    if (!tag.isEmpty())
        conditions.insert("tag"_L1, tag);
    json.insert("conditions"_L1, conditions);
    QJsonArray list;
    for (const Action &a : actions) {
        QJsonObject action;
        for (const auto &[k, key] : actionKinds) {
            if (k == a.kind)
                action.insert("type"_L1, QString(key));
        }
        if (!a.text.isEmpty())
            action.insert("text"_L1, a.text);
        if (!a.value.isEmpty())
            action.insert("value"_L1, a.value);
        if (a.publicReply)
            action.insert("public"_L1, true);
        list.append(action);
    }
    json.insert("actions"_L1, list);
    json.insert("window"_L1, qint64(perPersonWindow.count()));
    return json;
}

Result<Rule> Rule::fromJson(const QJsonObject &json)
{
    Rule rule;
    const QString trigger = json.value("trigger"_L1).toString();
    bool known = false;
    for (const auto &[t, key] : triggers) {
        if (key == trigger) {
            rule.trigger = t;
            known = true;
        }
    }
    if (!known)
        return broken(QCoreApplication::translate("starling::Rule", "unknown trigger “%1”").arg(trigger.left(40)));
    for (const QJsonValue &k : json.value("keywords"_L1).toArray()) {
        if (!k.toString().trimmed().isEmpty())
            rule.keywords << k.toString().trimmed();
    }
    rule.pattern = json.value("pattern"_L1).toString();
    if (!rule.pattern.isEmpty() && !QRegularExpression(rule.pattern).isValid())
        return broken(QCoreApplication::translate("starling::Rule", "the pattern is not a valid regular expression"));
    if (rule.trigger == Trigger::Keyword && rule.keywords.isEmpty() && rule.pattern.isEmpty())
        return broken(QCoreApplication::translate("starling::Rule", "a keyword rule needs keywords or a pattern"));
    rule.hours = BusinessHours::fromJson(json.value("hours"_L1).toObject());

    const QJsonObject conditions = json.value("conditions"_L1).toObject();
    rule.accountId = QUuid(conditions.value("account"_L1).toString());
    if (conditions.contains("network"_L1)) {
        rule.network = networkFromKey(conditions.value("network"_L1).toString());
        if (!rule.network)
            return broken(QCoreApplication::translate("starling::Rule", "unknown network"));
    }
    for (const QJsonValue &k : conditions.value("kinds"_L1).toArray())
        rule.kinds << Message::kindFromKey(k.toString());
    rule.language = conditions.value("language"_L1).toString();
    rule.minFollowers = conditions.value("minFollowers"_L1).toInt(-1);
    rule.tag = conditions.value("tag"_L1).toString();

    for (const QJsonValue &v : json.value("actions"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        Action action;
        known = false;
        for (const auto &[k, key] : actionKinds) {
            if (key == o.value("type"_L1).toString()) {
                action.kind = k;
                known = true;
            }
        }
        if (!known)
            return broken(QCoreApplication::translate("starling::Rule", "unknown action"));
        action.text = o.value("text"_L1).toString();
        action.value = o.value("value"_L1).toString();
        action.publicReply = o.value("public"_L1).toBool();
        const bool needsText = action.kind == Action::Kind::ReplyDm || action.kind == Action::Kind::ReplyPublic
                               || action.kind == Action::Kind::Survey;
        const bool needsValue = action.kind == Action::Kind::SavedReply || action.kind == Action::Kind::Tag
                                || action.kind == Action::Kind::Assign;
        if ((needsText && action.text.trimmed().isEmpty()) || (needsValue && action.value.trimmed().isEmpty()))
            return broken(QCoreApplication::translate("starling::Rule", "an action is missing its text"));
        rule.actions << action;
    }
    if (rule.actions.isEmpty())
        return broken(QCoreApplication::translate("starling::Rule", "it has no action"));
    // A definition written by hand (or by an older version) may ask for less than the floor.
    const double window = json.value("window"_L1).toDouble(86400);
    rule.perPersonWindow = std::chrono::seconds(
        std::max<qint64>(automationlimits::minimumPerPersonWindow.count(), qint64(std::min(window, 1e12))));
    return rule;
}

} // namespace starling
