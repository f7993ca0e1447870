// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "cli/CliContext.h"

namespace starling::cli {

Command::~Command() = default;

void Command::addOptions(CommandLine &) const {}

int execute(const Command &command, Context &context, const QStringList &arguments)
{
    CommandLine commandLine(context, command.name(), command.synopsis(), command.description());
    command.addOptions(commandLine);
    if (auto done = commandLine.parse(arguments))
        return *done;
    return command.run(context, commandLine);
}

} // namespace starling::cli
