// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace starling::cli {

class CommandLine;
class Context;

/**
 * One starling-cli command, such as `inbox` or `send`. CommandRegistry lists them all; the
 * dispatcher (CliCommands.cpp) picks one by its name, builds its command line (the global options,
 * --help, then addOptions()) and runs it, and lists every name and summary in `starling-cli --help`.
 */
class Command
{
public:
    virtual ~Command();

    /** The word that picks the command: "inbox". */
    virtual QString name() const = 0;
    /** One line for the list of commands in `starling-cli --help`. */
    virtual QString summary() const = 0;
    /** What follows "starling-cli <command>" in the usage line, e.g. "[--unread] [--limit N]". */
    virtual QString synopsis() const = 0;
    /** What `starling-cli <command> --help` tells about the command, below the usage line. */
    virtual QString description() const = 0;
    /** Adds the command's own options and arguments to @p commandLine, which holds the global ones. */
    virtual void addOptions(CommandLine &commandLine) const;
    /** Runs the command once @p commandLine has parsed its arguments; returns the exit code. */
    virtual int run(Context &context, CommandLine &commandLine) const = 0;

protected:
    Command() = default;
    Q_DISABLE_COPY_MOVE(Command)
};

/**
 * Parses @p arguments (those after the command's name) for @p command and runs it; --help and
 * usage errors end it before it runs. Returns the exit code.
 */
int execute(const Command &command, Context &context, const QStringList &arguments);

} // namespace starling::cli
