// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxCommand.h"

#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

QString kindLabel(Conversation::Kind kind)
{
    switch (kind) {
    case Conversation::Kind::Direct:
        return u"dm"_s;
    case Conversation::Kind::Group:
        return u"group"_s;
    case Conversation::Kind::PublicThread:
        return u"mention"_s;
    }
    return u"dm"_s;
}

/** Whom a conversation is with, for a list row. */
QString withLabel(const ConversationSummary &s)
{
    if (!s.conversation.title.isEmpty())
        return s.conversation.title;
    return s.counterpart.id ? Format::handle(s.counterpart.handle, s.counterpart.remoteId) : u"?"_s;
}

} // namespace

InboxCommand::InboxCommand()
    : m_unread(u"unread"_s, tr("Only conversations with unread messages."))
    , m_requests(u"requests"_s,
                 tr("Only message requests (Bluesky: people the account does not follow who wrote first)."))
    , m_account(u"account"_s, tr("Only the account <A> (its handle, network:handle or id)."), u"A"_s)
    , m_kind(u"kind"_s, tr("dm (direct and group messages) or mention (public threads)."), u"kind"_s)
    , m_state(u"state"_s, tr("open (the default), done, snoozed or all."), u"state"_s)
    , m_limit(u"limit"_s, tr("At most <N> conversations (default 20)."), u"N"_s)
{
}

QString InboxCommand::name() const
{
    return u"inbox"_s;
}

QString InboxCommand::summary() const
{
    return tr("List conversations");
}

QString InboxCommand::synopsis() const
{
    return u"[--unread] [--requests] [--account A] [--kind dm|mention] [--state S] [--limit N]"_s;
}

QString InboxCommand::description() const
{
    return tr("Lists conversations, the most recent activity first, as the app's inbox does.");
}

void InboxCommand::addOptions(CommandLine &commandLine) const
{
    for (const auto *o : {&m_unread, &m_requests, &m_account, &m_kind, &m_state, &m_limit})
        commandLine.addOption(*o);
}

int InboxCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(tr("inbox takes no arguments, only options."));
    int exitCode = 0;
    const auto count = commandLine.number(m_limit, 20, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;

    ConversationFilter filter;
    filter.unreadOnly = commandLine.parser().isSet(m_unread);
    filter.requestsOnly = commandLine.parser().isSet(m_requests);
    if (commandLine.parser().isSet(m_kind)) {
        const QString k = commandLine.parser().value(m_kind);
        if (k == u"dm")
            filter.kinds = {Conversation::Kind::Direct, Conversation::Kind::Group};
        else if (k == u"mention")
            filter.kinds = {Conversation::Kind::PublicThread};
        else
            return commandLine.usageError(tr("--kind is dm or mention, not “%1”.").arg(k));
    }
    const QString s = commandLine.parser().isSet(m_state) ? commandLine.parser().value(m_state) : u"open"_s;
    if (s == u"open")
        filter.states = {Conversation::State::Open};
    else if (s == u"done")
        filter.states = {Conversation::State::Done};
    else if (s == u"snoozed")
        filter.states = {Conversation::State::Snoozed};
    else if (s != u"all")
        return commandLine.usageError(tr("--state is open, done, snoozed or all, not “%1”.").arg(s));
    if (commandLine.parser().isSet(m_account)) {
        auto a = context.resolveAccount(commandLine.parser().value(m_account));
        if (!a)
            return context.fail(a.error());
        filter.accountId = a->id;
    }

    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto rows = ConversationRepository(*db.value()).page(filter, *count);
    if (!rows)
        return context.fail(rows.error());
    const QList<Account> accounts = context.knownAccounts();
    Output &out = context.output();
    if (out.json()) {
        QJsonArray list;
        for (const ConversationSummary &row : std::as_const(rows.value()))
            list.append(json::conversation(row, accounts));
        out.document(QJsonObject{{u"conversations"_s, list}});
        return int(ExitCode::Ok);
    }
    if (rows->isEmpty()) {
        out.line(accounts.isEmpty() ? Context::noAccountsText() : tr("No conversations."));
        return int(ExitCode::Ok);
    }
    using A = Table::Align;
    Table table({tr("ID"), tr("ACCOUNT"), tr("KIND"), tr("WITH"), tr("UNREAD"), tr("ACTIVE"), tr("LAST MESSAGE")},
                {A::Right, A::Left, A::Left, A::Left, A::Right, A::Left, A::Left});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConversationSummary &row : std::as_const(rows.value())) {
        const Conversation &c = row.conversation;
        QString kindText = kindLabel(c.kind);
        if (c.state != Conversation::State::Open)
            kindText += u" ("_s + Conversation::stateKey(c.state) + u')';
        table.addRow({QString::number(c.id), Format::account(accounts, c.accountId), kindText, withLabel(row),
                      c.unreadCount > 0 ? QString::number(c.unreadCount) : QString(),
                      Format::relativeTime(c.lastActivity, now),
                      (c.lastMessageInbound ? u"← "_s : u"→ "_s) + Format::oneLine(c.preview, 200)});
    }
    for (const QString &line : table.lines(out.terminalWidth() > 0 ? out.terminalWidth() : 160))
        out.line(line);
    return int(ExitCode::Ok);
}

} // namespace starling::cli
