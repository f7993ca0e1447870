// SPDX-License-Identifier: GPL-3.0-or-later
#include "StateCommand.h"

#include "cli/CliContext.h"
#include "services/InboxService.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace starling::cli {

StateCommand::StateCommand(Conversation::State state)
    : m_state(state)
{
}

QString StateCommand::name() const
{
    return done() ? u"done"_s : u"reopen"_s;
}

QString StateCommand::summary() const
{
    return done() ? tr("Mark a conversation done") : tr("Open a conversation again");
}

QString StateCommand::synopsis() const
{
    return u"CONVERSATION"_s;
}

QString StateCommand::description() const
{
    return done() ? tr("Marks a conversation done: it leaves the inbox until someone writes again.")
                  : tr("Opens a conversation that was done (or snoozed) again.");
}

void StateCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"CONVERSATION"_s, tr("The conversation's id, as `inbox` lists it."));
}

int StateCommand::run(Context &context, CommandLine &commandLine) const
{
    const QStringList positional = commandLine.parser().positionalArguments();
    if (positional.size() != 1)
        return commandLine.usageError(tr("%1 needs exactly one conversation id.").arg(name()));
    const std::optional<qint64> parsed = parseId(positional.constFirst());
    if (!parsed)
        return commandLine.usageError(
            tr("“%1” is not a conversation id (a whole number from 1 up).").arg(positional.constFirst()));
    const qint64 id = *parsed;
    auto inbox = context.inbox();
    if (!inbox)
        return context.fail(inbox.error());
    const auto written = context.wait(inbox.value()->setState({id}, m_state), std::chrono::minutes(2));
    if (!written)
        return context.fail(Error(Error::Code::Storage, tr("The local database did not answer in time.")));
    if (!*written) {
        if (written->error().code() == Error::Code::NotFound)
            return context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(id));
        return context.fail(written->error());
    }
    Output &out = context.output();
    if (out.json())
        out.document(QJsonObject{{u"conversation"_s, id}, {u"state"_s, Conversation::stateKey(m_state)}});
    else
        out.line(done() ? tr("Conversation %1 is done.").arg(id) : tr("Conversation %1 is open again.").arg(id));
    return int(ExitCode::Ok);
}

} // namespace starling::cli
