// SPDX-License-Identifier: GPL-3.0-or-later
#include "DryRun.h"

#include "store/AutomationRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageIdAllocator.h"
#include "store/MessageRepository.h"
#include "store/SavedReplyRepository.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace starling {

Result<QList<PlannedAction>> dryRun(Database &db, const Rule &rule, const QDateTime &from, const QDateTime &to,
                                    const QList<Account> &ownAccounts)
{
    QSet<QString> ownPeople;
    QHash<QUuid, QString> names;
    for (const Account &a : ownAccounts) {
        ownPeople.insert(networkKey(a.network) + u':' + a.remoteUserId);
        names.insert(a.id, a.displayName.isEmpty() ? a.handle : a.displayName);
    }
    // The window as the rule would have seen it: when it last acted for each person, in this run.
    QHash<QString, QDateTime> lastActed;
    SavedReplyRepository saved(db);
    RuleEngine::Context context;
    context.takeWindow = [&lastActed](qint64, const QString &person, const QDateTime &at, std::chrono::seconds window) {
        const QDateTime last = lastActed.value(person);
        if (last.isValid() && last.secsTo(at) < qint64(window.count()))
            return false;
        lastActed.insert(person, at);
        return true;
    };
    context.savedReply = [&saved](const QString &shortcut) -> std::optional<QString> {
        auto reply = saved.byShortcut(shortcut);
        if (!reply || !reply.value())
            return std::nullopt;
        return reply.value()->body;
    };

    QList<PlannedAction> planned;
    ConversationRepository conversations(db);
    MessageRepository messages(db);
    AutomationRepository automation(db);
    qint64 next = MessageIdAllocator::lowerBound(from);
    const qint64 end = MessageIdAllocator::lowerBound(to);
    constexpr int batch = 500;
    for (;;) {
        auto page = messages.inboundBetween(next, end, batch);
        if (!page)
            return page.error();
        for (const Message &m : page.value()) {
            auto conversation = conversations.byId(m.conversationId);
            if (!conversation || !conversation.value())
                continue;
            AutomationEvent event;
            event.conversation = *conversation.value();
            event.message = m;
            event.at = m.createdAt;
            auto wrote = automation.wroteBefore(m.id);
            event.firstFromPerson = wrote && !wrote.value();
            event.fromOwnAccount = ownPeople.contains(networkKey(event.conversation.network) + u':' + m.authorRemoteId);
            context.myName = names.value(m.accountId);
            planned << RuleEngine::evaluate({rule}, event, context);
        }
        if (page->size() < batch)
            break;
        next = page->constLast().id + 1;
    }
    return planned;
}

} // namespace starling
