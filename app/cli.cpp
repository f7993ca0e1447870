// SPDX-License-Identifier: GPL-3.0-or-later
// starling-cli: the inbox from a terminal. Wiring only: the commands live in app/cli/ and reach the
// networks and the keychain only through core's services; what they need of those is made here.
// Links starling_core only, never Widgets or Gui, and never the sandbox.

#include "AppSetup.h"
#include "Profile.h"
#include "auth/KeychainCredentialStore.h"
#include "cli/CliCommands.h"
#include "cli/CliWiring.h"
#include "providers/ProviderFactory.h"

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

    // The system keychain, where the app keeps the accounts' sign-in; it outlives every command.
    starling::KeychainCredentialStore credentials;
    starling::cli::Wiring wiring;
    wiring.credentials = &credentials;
    wiring.factory = std::make_shared<starling::NetworkProviderFactory>(&credentials);
    // The same refresh locks as the app on this profile: X refresh tokens work once.
    wiring.profileOpened = [&credentials](const starling::Profile &profile) {
        credentials.setRefreshLockFolder(profile.path());
    };
    return starling::cli::run(QCoreApplication::arguments(), wiring);
}
