// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomationService.h"

#include "Logging.h"
#include "RatingParser.h"
#include "RuleEngine.h"
#include "store/AutomationRepository.h"
#include "store/ChangeSet.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/SavedReplyRepository.h"
#include "store/StoreWriter.h"
#include "store/WorkflowRepository.h"
#include "text/TextRules.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace starling {

AutomationService::AutomationService(StoreWriter *writer, EnqueueOutgoing enqueue, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_enqueue(std::move(enqueue))
{
    connect(writer, &StoreWriter::changed, this, &AutomationService::onChanged);
}

AutomationService::~AutomationService() = default;

void AutomationService::setAccounts(const QList<Account> &accounts)
{
    m_accounts.clear();
    m_ownPeople.clear();
    for (const Account &a : accounts) {
        m_accounts.insert(a.id, a);
        m_ownPeople.insert(networkKey(a.network) + u':' + a.remoteUserId);
    }
}

void AutomationService::onChanged(const ChangeSet &changes)
{
    if (changes.newInboundMessageIds.isEmpty() && changes.doneConversationIds.isEmpty())
        return;
    m_pendingInbound.append(changes.newInboundMessageIds);
    m_pendingDone.append(changes.doneConversationIds);
    // Not from inside the write that announced it: the actions write too.
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &AutomationService::process, Qt::QueuedConnection);
    }
}

void AutomationService::process()
{
    m_scheduled = false;
    const QList<qint64> inbound = std::exchange(m_pendingInbound, {});
    const QList<qint64> done = std::exchange(m_pendingDone, {});
    auto ran = m_writer->update<void>("run the automation rules", [&](Database &db, ChangeSet &) -> Result<void> {
        runRules(db, inbound, done);
        return {};
    });
    Q_UNUSED(ran) // each step logs its own failures
}

void AutomationService::runRules(Database &db, const QList<qint64> &inbound, const QList<qint64> &done)
{
    AutomationRepository automation(db);
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();

    QList<Rule> rules;
    if (auto stored = automation.rules()) {
        for (const StoredRule &s : stored.value()) {
            auto rule = Rule::fromJson(QJsonDocument::fromJson(s.definition).object());
            if (!rule) {
                qCWarning(lcAutomation) << "a rule cannot be read:" << s.name;
                continue;
            }
            rule->id = s.id;
            rule->name = s.name;
            rule->enabled = s.enabled;
            rules << rule.value();
        }
    }
    SavedReplyRepository saved(db);
    RuleEngine::Context context;
    context.takeWindow = [&automation](qint64 ruleId, const QString &person, const QDateTime &at,
                                       std::chrono::seconds window) {
        auto taken = automation.takeWindow(ruleId, person, at, window);
        if (!taken)
            qCWarning(lcAutomation) << "could not take a rule's window:" << taken.error().message();
        return taken && taken.value(); // in doubt, say nothing
    };
    context.savedReply = [&saved](const QString &shortcut) -> std::optional<QString> {
        auto reply = saved.byShortcut(shortcut);
        if (!reply || !reply.value())
            return std::nullopt;
        return reply.value()->body;
    };

    ConversationRepository conversations(db);
    const auto run = [&](AutomationEvent event) {
        const Account account = m_accounts.value(event.conversation.conversation.accountId);
        context.myName = account.displayName.isEmpty() ? account.handle : account.displayName;
        for (const PlannedAction &action : RuleEngine::evaluate(rules, event, context))
            execute(db, action, event.conversation.network);
    };

    auto messages = MessageRepository(db).byIds(inbound);
    if (messages) {
        std::sort(messages->begin(), messages->end(), [](const Message &a, const Message &b) { return a.id < b.id; });
        for (const Message &m : std::as_const(messages.value())) {
            if (m.direction != Message::Direction::Inbound)
                continue;
            // A rating for an open feedback survey of this conversation?
            if (auto survey = automation.openSurveyFor(m.conversationId, m.createdAt); survey && survey.value()) {
                if (const auto rating = ratings::parse(m.text)) {
                    if (automation.answerSurvey(*survey.value(), *rating, m.id, now))
                        Q_EMIT acted(tr("Feedback survey"), tr("rating %1 recorded").arg(*rating));
                }
            }
            if (m.createdAt.secsTo(now) > qint64(m_maxAge.count()))
                continue; // history from a sync, not something that just arrived
            auto conversation = conversations.byId(m.conversationId);
            if (!conversation || !conversation.value())
                continue;
            AutomationEvent event;
            event.kind = AutomationEvent::Kind::Inbound;
            event.conversation = *conversation.value();
            event.message = m;
            auto wrote = automation.wroteBefore(m.id);
            event.firstFromPerson = wrote && !wrote.value();
            event.fromOwnAccount =
                m_ownPeople.contains(networkKey(event.conversation.network) + u':' + m.authorRemoteId);
            event.at = now;
            run(event);
        }
    }
    for (qint64 id : done) {
        auto conversation = conversations.byId(id);
        if (!conversation || !conversation.value())
            continue;
        AutomationEvent event;
        event.kind = AutomationEvent::Kind::Done;
        event.conversation = *conversation.value();
        event.fromOwnAccount = m_ownPeople.contains(networkKey(event.conversation.network) + u':'
                                                    + event.conversation.counterpart.remoteId);
        event.at = now;
        run(event);
    }
}

void AutomationService::execute(Database &db, const PlannedAction &planned, Network network)
{
    AutomationLogEntry entry;
    entry.ruleId = planned.ruleId;
    entry.ruleName = planned.ruleName;
    entry.accountId = planned.accountId;
    entry.conversationId = planned.conversationId;
    entry.personRemoteId = planned.personRemoteId;
    entry.at = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();

    using Kind = Rule::Action::Kind;
    const Kind kind = planned.action.kind;
    const bool publicReply = kind == Kind::ReplyPublic || (kind == Kind::SavedReply && planned.action.publicReply);
    if (planned.action.sendsMessage()) {
        const TextRules rules =
            TextRules::forNetwork(network, publicReply ? TextRules::Mode::Post : TextRules::Mode::DirectMessage);
        const TextCount count = rules.count(planned.text);
        if (!count.valid) {
            entry.action = u"skipped"_s;
            entry.detail = count.reason;
            if (auto logged = AutomationRepository(db).log(entry); !logged)
                qCWarning(lcAutomation) << "could not log an automatic action:" << logged.error().message();
            return;
        }
        // Whatever the rules and windows allow, one account sends only so much by itself: two
        // bots answering each other across many people or rules stay a trickle.
        constexpr int cap = automationlimits::messagesPerAccountPerHour;
        auto sent = AutomationRepository(db).messagesSince(planned.accountId, entry.at.addSecs(-3600), cap);
        if (!sent || sent.value() >= cap) {
            entry.action = u"skipped"_s;
            entry.detail =
                sent ? tr("%n automatic message(s) left this account in the last hour; no more for now.", nullptr, cap)
                     : sent.error().message();
            qCInfo(lcAutomation) << "an automatic message was not sent:" << entry.detail;
            if (auto logged = AutomationRepository(db).log(entry); !logged)
                qCWarning(lcAutomation) << "could not log an automatic action:" << logged.error().message();
            return;
        }
        OutboxItem item;
        item.accountId = planned.accountId;
        item.text = planned.text;
        item.automatic = true;
        if (publicReply) {
            item.kind = OutboxItem::Kind::Reply;
            item.conversationId = planned.conversationId;
            item.conversationRemoteId = planned.conversationRemoteId;
            item.inReplyToRemoteId = planned.inReplyToRemoteId;
        } else if (planned.conversationKind == Conversation::Kind::PublicThread) {
            item.kind = OutboxItem::Kind::DirectMessage; // a mention answered in private
            item.recipientRemoteIds = {planned.personRemoteId};
        } else {
            item.kind = OutboxItem::Kind::DirectMessage;
            item.conversationId = planned.conversationId;
            item.conversationRemoteId = planned.conversationRemoteId;
        }
        auto queued = m_enqueue(item);
        entry.action = kind == Kind::Survey ? u"survey"_s : (publicReply ? u"public"_s : u"dm"_s);
        entry.detail = queued ? planned.text.left(200) : queued.error().message();
        if (queued && kind == Kind::Survey) {
            if (auto opened = AutomationRepository(db).openSurvey(planned.conversationId, entry.at); !opened)
                entry.detail = opened.error().message();
        }
    } else {
        Result<ChangeSet> done = ChangeSet();
        if (kind == Kind::Tag) {
            done = m_writer->run("tag by a rule", [&](Database &d) {
                return WorkflowRepository(d).addTag({planned.conversationId}, planned.action.value);
            });
            entry.action = u"tag"_s;
            entry.detail = planned.action.value;
        } else if (kind == Kind::Assign) {
            done = m_writer->run("assign by a rule", [&](Database &d) {
                auto assigned = WorkflowRepository(d).assign({planned.conversationId}, planned.action.value);
                if (assigned && assigned->conversationIds.contains(planned.conversationId)
                    && !planned.action.value.trimmed().isEmpty())
                    assigned->handedOverConversationIds << planned.conversationId;
                return assigned;
            });
            entry.action = u"assign"_s;
            entry.detail = planned.action.value;
        } else if (kind == Kind::MarkDone) {
            done = m_writer->run("mark done by a rule", [&](Database &d) {
                return ConversationRepository(d).setState(planned.conversationId, Conversation::State::Done);
            });
            entry.action = u"done"_s;
        }
        if (!done)
            entry.detail = done.error().message();
    }
    if (auto logged = AutomationRepository(db).log(entry); !logged)
        qCWarning(lcAutomation) << "could not log an automatic action:" << logged.error().message();
    Q_EMIT acted(planned.ruleName, entry.action);
}

} // namespace starling
