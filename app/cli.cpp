// SPDX-License-Identifier: GPL-3.0-or-later
// starling-cli: the inbox from a terminal. Links starling_core only, never Widgets.

#include "AppSetup.h"
#include "Profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    starling::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Starling's inbox from a terminal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(u"profile"_s,
                                           QCoreApplication::translate("cli", "Use the profile in <dir>."),
                                           QCoreApplication::translate("cli", "dir"));
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("cli", "Print machine-readable JSON."));
    parser.addOption(profileOption);
    parser.addOption(jsonOption);
    // TODO(#9): the subcommands (accounts, sync, inbox, show, search, send, export, count…).
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "Unknown command: %1. See --help.")
                                    .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    parser.showHelp(0);
}
