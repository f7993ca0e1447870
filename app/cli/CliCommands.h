// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace starling::cli {

struct Wiring;

/**
 * Runs starling-cli: parses the global options, picks the subcommand and runs it.
 * @p arguments are the process's arguments, the program first; @p wiring is what the executable
 * made for the commands. Returns the exit code (see ExitCode). Never calls exit(): the caller
 * returns the code from main().
 */
int run(const QStringList &arguments, const Wiring &wiring);

} // namespace starling::cli
