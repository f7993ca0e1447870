// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

namespace starling::cli {

class Command;

/**
 * Every starling-cli command, in the order `starling-cli --help` lists them: the one table the
 * dispatcher picks a command from and builds the help from. A new command is added here.
 */
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace starling::cli
