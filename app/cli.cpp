// SPDX-License-Identifier: GPL-3.0-or-later
// starling-cli: the inbox from a terminal. Wiring only: the commands live in app/cli/. Links
// starling_core only, never Widgets or Gui, and never the sandbox.

#include "AppSetup.h"
#include "cli/CliCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    starling::setUpApplication(app);
    // Core's log lines are for the app's log, not for a terminal or a script: every command reports
    // its own outcome and errors. QT_LOGGING_RULES turns them back on.
    QLoggingCategory::setFilterRules(u"starling.*.info=false\nstarling.*.warning=false"_s);
    return starling::cli::run(QCoreApplication::arguments());
}
