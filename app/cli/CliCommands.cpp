// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include "CliContext.h"
#include "commands/Command.h"
#include "commands/CommandRegistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

/** The translation context of the top-level help and usage errors. */
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::CliCommands)
};

QString mainHelp(const QCommandLineParser &parser)
{
    QString text = CliCommands::tr("Usage: starling-cli [--profile DIR] [--json] <command> [options]\n"
                                   "Starling's inbox from a terminal, on the same profiles as the app (both may run at "
                                   "once).\n\nCommands:\n");
    qsizetype width = 0;
    const std::vector<std::unique_ptr<Command>> all = allCommands();
    for (const auto &c : all)
        width = std::max(width, c->name().size());
    for (const auto &c : all)
        text += u"  "_s + c->name().leftJustified(width + 2) + c->summary() + u'\n';
    text += u'\n' + CliCommands::tr("`starling-cli <command> --help` tells more about each.") + u"\n\n";
    // Qt's option list, without its own usage line and description.
    const QString options = parser.helpText();
    const qsizetype at = options.indexOf(u"Options:"_s);
    if (at >= 0)
        text += options.mid(at) + u'\n';
    return text + exitCodesHelp();
}

} // namespace

int run(const QStringList &arguments, const Wiring &wiring)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliCommands::tr("Starling's inbox from a terminal."));
    // "starling-cli --json inbox --unread": everything from the command on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({u"h"_s, u"help"_s}, CliCommands::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, CliCommands::tr("Show the version."));
    const QCommandLineOption profile(u"profile"_s,
                                     CliCommands::tr("Use the profile in <dir>: the same profiles as the app, "
                                                     "which may run at the same time (default: the app's own)."),
                                     CliCommands::tr("dir"));
    const QCommandLineOption json(u"json"_s, CliCommands::tr("Print machine-readable JSON (export: see --format)."));
    parser.addOptions({help, version, profile, json});
    parser.addPositionalArgument(u"command"_s, CliCommands::tr("What to do; see below."), u"<command> [options]"_s);

    Output early(arguments.contains(u"--json"_s));
    const auto usage = [&](const QString &message) {
        early.error(message + u'\n' + CliCommands::tr("See `starling-cli --help`."), u"usage"_s, int(ExitCode::Usage));
        return int(ExitCode::Usage);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(version)) {
        early.line(u"starling-cli "_s + QCoreApplication::applicationVersion());
        return int(ExitCode::Ok);
    }
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.constFirst() == u"help") {
        positional.removeFirst();
        if (positional.isEmpty()) {
            early.out() << mainHelp(parser);
            return int(ExitCode::Ok);
        }
        positional = {positional.constFirst(), u"--help"_s};
    }
    if (positional.isEmpty()) {
        if (parser.isSet(help)) {
            early.out() << mainHelp(parser);
            return int(ExitCode::Ok);
        }
        return usage(CliCommands::tr("Which command? For example: starling-cli inbox"));
    }
    const QString name = positional.takeFirst();
    if (parser.isSet(help))
        positional.prepend(u"--help"_s);
    const std::vector<std::unique_ptr<Command>> all = allCommands();
    for (const auto &command : all) {
        if (command->name() == name) {
            Context context(wiring, parser.value(profile), parser.isSet(json));
            return execute(*command, context, positional);
        }
    }
    return usage(CliCommands::tr("Unknown command “%1”.").arg(name));
}

} // namespace starling::cli
