// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "cli/CliContext.h"
#include "store/Database.h"
#include "store/Exporter.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace starling::cli {

ExportCommand::ExportCommand()
    : m_format(u"format"_s, tr("jsonl or csv."), u"format"_s)
    , m_since(u"since"_s, tr("Only messages from <DATE> on, and their conversations (ISO 8601: 2026-04-01)."),
              u"DATE"_s)
    , m_account(u"account"_s, tr("Only the account <A>."), u"A"_s)
{
}

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Write every conversation and message as JSON Lines or CSV");
}

QString ExportCommand::synopsis() const
{
    return u"[--format jsonl|csv] [--since DATE] [--account A] > FILE"_s;
}

QString ExportCommand::description() const
{
    return tr("Writes every stored conversation and message to standard output, as it reads them: the "
              "export takes the same little memory for a million messages as for ten.\n\n"
              "jsonl (the default): JSON Lines, one object per line: a {\"type\": \"conversation\"} line, "
              "then the {\"type\": \"message\"} lines of that conversation, oldest first. Message ids "
              "are strings (they are too large for JavaScript's numbers).\n"
              "csv: one row per message with its conversation's columns, a header row first (RFC 4180, "
              "UTF-8).");
}

void ExportCommand::addOptions(CommandLine &commandLine) const
{
    for (const auto *o : {&m_format, &m_since, &m_account})
        commandLine.addOption(*o);
}

int ExportCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(
            tr("export writes to standard output; redirect it: starling-cli export > file.jsonl"));
    ExportOptions options;
    const QString f = commandLine.parser().isSet(m_format) ? commandLine.parser().value(m_format) : u"jsonl"_s;
    if (f == u"jsonl" || f == u"json-lines")
        options.format = ExportOptions::Format::JsonLines;
    else if (f == u"csv")
        options.format = ExportOptions::Format::Csv;
    else
        return commandLine.usageError(tr("--format is jsonl or csv, not “%1”.").arg(f));
    int exitCode = 0;
    auto from = commandLine.dateTime(m_since, &exitCode);
    if (!from)
        return exitCode;
    options.since = *from;
    if (commandLine.parser().isSet(m_account)) {
        auto a = context.resolveAccount(commandLine.parser().value(m_account));
        if (!a)
            return context.fail(a.error());
        options.accountId = a->id;
    }
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    QFile out;
    // Unbuffered: the exporter writes in blocks of its own.
    if (!out.open(::fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered))
        return context.fail(ExitCode::Failure, tr("Standard output cannot be written: %1").arg(out.errorString()));
    auto summary = Exporter(*db.value()).write(options, out);
    out.close();
    if (!summary)
        return context.fail(summary.error());
    if (context.output().stderrIsTerminal()) {
        const QString conversations = tr("Exported %n conversation(s).", nullptr, int(summary->conversations));
        //: Follows "Exported 3 conversations.": the messages in those conversations
        const QString messages = tr("%n message(s) in all.", nullptr, int(summary->messages));
        context.output().note(conversations + u' ' + messages);
    }
    return int(ExitCode::Ok);
}

} // namespace starling::cli
