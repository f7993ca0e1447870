// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendCommand.h"

#include "cli/CliContext.h"
#include "services/InboxService.h"

using namespace Qt::StringLiterals;

namespace starling::cli {

SendCommand::SendCommand()
    : m_to(u"to"_s, tr("The person's handle (with or without @) or id."), u"HANDLE"_s)
{
}

QString SendCommand::name() const
{
    return u"send"_s;
}

QString SendCommand::summary() const
{
    return tr("Send a direct message to someone");
}

QString SendCommand::synopsis() const
{
    return u"--account A --to HANDLE [--wait SECONDS] TEXT…"_s;
}

QString SendCommand::description() const
{
    return tr("Sends a direct message to a person, through the outbox as the app does: written down "
              "first, sent once, never lost.");
}

void SendCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"TEXT"_s, tr("The message (the arguments, joined by spaces)."), u"TEXT…"_s);
    for (const auto *o : {&m_send.account, &m_to, &m_send.wait})
        commandLine.addOption(*o);
}

int SendCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().isSet(m_send.account))
        return commandLine.usageError(tr("send needs --account: which account to send from."));
    if (!commandLine.parser().isSet(m_to))
        return commandLine.usageError(tr("send needs --to: whom to send to."));
    const QString text = commandLine.parser().positionalArguments().join(u' ');
    if (text.trimmed().isEmpty())
        return commandLine.usageError(tr("send needs the text of the message."));
    int exitCode = 0;
    const auto wait = m_send.waitSeconds(commandLine, &exitCode);
    if (!wait)
        return exitCode;

    auto account = context.resolveAccount(commandLine.parser().value(m_send.account));
    if (!account)
        return context.fail(account.error());
    Sender sender(context);
    if (auto failed = sender.prepare(account.value()))
        return *failed;
    if (auto failed = sender.checkText(account.value(), TextRules::Mode::DirectMessage, text, false))
        return *failed;
    auto inbox = context.inbox();
    if (!inbox)
        return context.fail(inbox.error());
    // Looks the person up, opens the local 1:1 conversation with them and queues the message.
    return sender.sendAndReport(
        account.value(), inbox.value()->sendDirectMessage(account->id, commandLine.parser().value(m_to), text), *wait);
}

} // namespace starling::cli
