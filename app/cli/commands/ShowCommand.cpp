// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShowCommand.h"

#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::cli {

ShowCommand::ShowCommand()
    : m_limit(u"limit"_s, tr("At most <N> messages, the newest (default 50)."), u"N"_s)
{
}

QString ShowCommand::name() const
{
    return u"show"_s;
}

QString ShowCommand::summary() const
{
    return tr("Show a conversation and its messages");
}

QString ShowCommand::synopsis() const
{
    return u"[--limit N] CONVERSATION"_s;
}

QString ShowCommand::description() const
{
    return tr("Shows a conversation and its newest messages, oldest first. Message ids (#…) are what "
              "`reply` takes.");
}

void ShowCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"CONVERSATION"_s, tr("The conversation's id, as `inbox` lists it."));
    commandLine.addOption(m_limit);
}

int ShowCommand::run(Context &context, CommandLine &commandLine) const
{
    const QStringList positional = commandLine.parser().positionalArguments();
    if (positional.size() != 1)
        return commandLine.usageError(tr("show needs exactly one conversation id."));
    const std::optional<qint64> parsed = parseId(positional.constFirst());
    if (!parsed)
        return commandLine.usageError(
            tr("“%1” is not a conversation id (a whole number from 1 up).").arg(positional.constFirst()));
    const qint64 id = *parsed;
    int exitCode = 0;
    const auto count = commandLine.number(m_limit, 50, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;

    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto found = ConversationRepository(*db.value()).byId(id);
    if (!found)
        return context.fail(found.error());
    if (!found.value())
        return context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(id));
    const ConversationSummary summary = *found.value();
    MessageRepository messages(*db.value());
    auto thread = messages.threadPage(id, *count);
    if (!thread)
        return context.fail(thread.error());
    auto authors = messages.authors(thread.value());
    if (!authors)
        return context.fail(authors.error());
    const QList<Account> accounts = context.knownAccounts();

    Output &out = context.output();
    if (out.json()) {
        QJsonArray list;
        for (const Message &m : std::as_const(thread.value()))
            list.append(json::message(m, authors.value()));
        out.document(QJsonObject{{u"conversation"_s, json::conversation(summary, accounts)}, {u"messages"_s, list}});
        return int(ExitCode::Ok);
    }
    const Conversation &c = summary.conversation;
    QString with;
    if (!c.title.isEmpty())
        with = c.title;
    else if (summary.counterpart.id)
        with = summary.counterpart.displayName.isEmpty()
                   ? Format::handle(summary.counterpart.handle, summary.counterpart.remoteId)
                   : tr("%1 (%2)").arg(summary.counterpart.displayName,
                                       Format::handle(summary.counterpart.handle, summary.counterpart.remoteId));
    QString account = Format::account(accounts, c.accountId);
    const QString kind = c.kind == Conversation::Kind::PublicThread ? tr("Mentions with %1")
                         : c.kind == Conversation::Kind::Group      ? tr("Group %1")
                                                                    : tr("DM with %1");
    QStringList header{tr("Conversation %1").arg(c.id), kind.arg(with.isEmpty() ? u"?"_s : with),
                       tr("%1 on %2").arg(account, networkDisplayName(summary.network)),
                       Conversation::stateKey(c.state)};
    if (c.unreadCount > 0)
        header << tr("%n unread", nullptr, c.unreadCount);
    out.line(header.join(u" · "_s));
    if (thread->isEmpty()) {
        out.line(tr("No messages."));
        return int(ExitCode::Ok);
    }
    qsizetype idWidth = 0;
    qsizetype authorWidth = 0;
    for (const Message &m : std::as_const(thread.value())) {
        idWidth = std::max(idWidth, QString::number(m.id).size() + 1);
        authorWidth = std::max(authorWidth, Format::author(m, authors.value()).size());
    }
    for (const Message &m : std::as_const(thread.value())) {
        QString text = m.text;
        if (m.delivery != Message::Delivery::Delivered)
            text += u" ("_s + Message::deliveryKey(m.delivery) + u')';
        if (!m.attachments.isEmpty())
            text += u" ["_s + tr("%n attachment(s)", nullptr, int(m.attachments.size())) + u']';
        const QString prefix = QString(u"#"_s + QString::number(m.id)).rightJustified(idWidth) + u"  "_s
                               + Format::localTime(m.createdAt) + u"  "_s
                               + Format::author(m, authors.value()).leftJustified(authorWidth) + u"  "_s;
        const QStringList lines = text.split(u'\n');
        out.line(prefix + lines.constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i)
            out.line(QString(prefix.size(), u' ') + lines.at(i));
    }
    return int(ExitCode::Ok);
}

} // namespace starling::cli
