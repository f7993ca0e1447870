// SPDX-License-Identifier: GPL-3.0-or-later
// starling: the desktop app. Wiring only; everything else lives in core and ui.

#include "AppSetup.h"
#include "AutomationWiring.h"
#include "Autostart.h"
#include "DemoSession.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Settings.h"
#include "SingleInstance.h"
#include "WindowActivation.h"
#include "accounts/AccountManager.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Revocation.h"
#include "demo/DemoNetwork.h"
#include "desktop/ColourScheme.h"
#include "inbox/InboxView.h"
#include "services/SignInService.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "team/Presence.h"
#include "team/SyncLeadership.h"
#include "team/TeamChanges.h"
#include "team/TeamWorkspace.h"
#include "thread/ThreadView.h"
#include "tray/TrayIcon.h"
#include "windows/Dialogs.h"
#include "windows/JoinTeamDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QElapsedTimer>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcApp, "starling.app", QtInfoMsg)
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain; // for the first-paint probe of the benchmarks
    sinceMain.start();
    QApplication app(argc, argv);
    starling::setUpApplication(app);
    QGuiApplication::setDesktopFileName(QStringLiteral(STARLING_APP_ID));
    // Light or dark, as the desktop prefers (the XDG portal's setting, where Qt 6.4 does not read it).
    const starling::ColourScheme colourScheme;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop inbox for X, Mastodon and Bluesky."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(u"profile"_s,
                                           QCoreApplication::translate("main", "Use the profile in <dir>."),
                                           QCoreApplication::translate("main", "dir"));
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Try Starling on a sandbox network, in a throw-away profile."));
    const QCommandLineOption hiddenOption(
        u"hidden"_s,
        QCoreApplication::translate("main", "Start in the tray, without the window (if there is a tray)."));
    const QCommandLineOption teamOption(
        u"team"_s,
        QCoreApplication::translate("main",
                                    "Join the team workspace at <url> (postgres://user@host:port/database) with "
                                    "this profile, or open it if the profile is that workspace."),
        QCoreApplication::translate("main", "url"));
    parser.addOption(profileOption);
    parser.addOption(demoOption);
    parser.addOption(teamOption);
    parser.addOption(hiddenOption);
    parser.process(app);
    const bool demo = parser.isSet(demoOption);

    // The demo lives in a throw-away profile that disappears with the process.
    QTemporaryDir demoProfile;
    const QString profileDir = demo ? demoProfile.path() : parser.value(profileOption);
    auto profile = starling::Profile::open(profileDir);
    if (!profile) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"), profile.error().message());
        return 1;
    }
    profile->useForSettings();
    // The language chosen in Settings, if any, wins over the system's from here on.
    starling::useLanguage(app, QSettings().value(starling::settings::language).toString());
    // "Start when I log in" starts this profile.
    if (!demo && parser.isSet(profileOption))
        starling::Autostart::setExtraArguments({u"--profile"_s, profile->path()});
    // Started again on a profile whose app runs: that app comes to the front, and this one is done.
    // (The demo's profile is new, so nobody runs on it.)
    starling::SingleInstance instance(profile->path());
    const auto thisStart = starling::InstanceRequest::thisProcess();
    if (!demo && instance.handOver(thisStart, std::chrono::seconds(2)).ok())
        return 0;
    // While the app runs, it is the one that sends from this profile: `starling-cli send` and
    // friends refuse while this is held (see Profile::outboxLockPath()), and so does a second app.
    // Held until the app quits. A starling-cli that is sending holds it for moments only.
    starling::Profile::LockHolder holder;
    const auto outboxLock = profile->claimOutbox(std::chrono::seconds(3), &holder);
    if (!outboxLock) {
        // An app that has just started holds the lock a moment before it listens.
        for (int attempt = 0; attempt < 8; ++attempt) {
            if (instance.handOver(thisStart, std::chrono::milliseconds(500)).ok())
                return 0;
            QThread::msleep(250);
        }
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"),
                              QCoreApplication::translate("main",
                                                          "Starling is already running with this profile (%1, "
                                                          "process %2). Only one may run at a time on a profile, so "
                                                          "that nothing is sent twice.")
                                  .arg(holder.application.isEmpty() ? u"starling"_s : holder.application)
                                  .arg(holder.pid));
        return 1;
    }
    QSettings settings;
    starling::KeychainCredentialStore credentials;
    // The same refresh locks as starling-cli on this profile: X refresh tokens work once.
    credentials.setRefreshLockFolder(profile->path());
    // A team workspace keeps its inbox in the team's PostgreSQL database; a local profile in SQLite.
    auto team = demo ? starling::Result<std::optional<starling::OpenedTeam>>(std::nullopt)
                     : starling::openTeamWorkspace(settings, credentials, parser.value(teamOption));
    if (!team) {
        if (team.error().code() == starling::Error::Code::Cancelled)
            return 0;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"), team.error().message());
        return 1;
    }
    auto store = team.value() ? starling::Result<std::unique_ptr<starling::Store>>(std::move(team.value()->store))
                              : starling::Store::open(profile->databasePath());
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"), store.error().message());
        return 1;
    }

    starling::AccountManager accounts(&settings, &credentials, store->get());
    accounts.load();
    if (team.value()) {
        // The team's accounts, whichever agent added them; this agent's sign-ins are its own.
        accounts.setShared(true);
        accounts.adoptTeamAccounts();
    }

    std::unique_ptr<starling::sandbox::DemoNetwork> network;
    std::shared_ptr<starling::ProviderFactory> factory;
    if (demo) {
        network = std::make_unique<starling::sandbox::DemoNetwork>();
        if (!network->start()) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"),
                                  QCoreApplication::translate("main", "The demo network could not start."));
            return 1;
        }
        auto demoFactory = std::make_shared<starling::DemoProviderFactory>(network->xBaseUrl(), network->xToken());
        demoFactory->setMastodon(network->mastodonBaseUrl(), network->mastodonToken());
        demoFactory->setBluesky(network->blueskyBaseUrl(), network->blueskyToken());
        factory = std::move(demoFactory);
    } else {
        factory = std::make_shared<starling::NetworkProviderFactory>(&credentials);
        accounts.setRevocationLookup(&starling::NetworkProviderFactory::revocation);
        accounts.checkKeyring(&accounts);
    }

    starling::SyncService sync(store->get(), &accounts, factory);
    // In a team workspace, one agent's app per social account polls and sends it.
    std::unique_ptr<starling::SyncLeadership> leadership;
    if (team.value()) {
        const starling::OpenedTeam &opened = *team.value();
        leadership = std::make_unique<starling::SyncLeadership>(opened.location.postgres, opened.workspace.agent());
        sync.setLeadership(leadership.get());
        leadership->start();
    }
    starling::SignInService signIn(accounts, factory);
    starling::AutomationWiring automation(*store.value(), sync, accounts);
    if (demo && accounts.count() == 0) {
        auto added = accounts.add(starling::demoXAccount(*network));
        Q_ASSERT(added.ok());
        auto addedMastodon = accounts.add(starling::demoMastodonAccount(*network));
        Q_ASSERT(addedMastodon.ok());
        auto addedBluesky = accounts.add(starling::demoBlueskyAccount(*network));
        Q_ASSERT(addedBluesky.ok());
        starling::seedDemoWorkflow(*store.value());
        // Now and then a simulated customer writes, so notifications and live updates can be seen.
        network->setLiveActivity(std::chrono::seconds(40));
    }
    sync.start();

    starling::MainWindow window(*store.value(), accounts, sync, {demo});
    // In a team workspace, the thread says who else has the conversation open ("Ana is replying").
    std::unique_ptr<starling::Presence> presence;
    if (team.value()) {
        const starling::OpenedTeam &opened = *team.value();
        presence = std::make_unique<starling::Presence>(opened.location.postgres, opened.workspace.agent());
        presence->start();
        window.thread()->setPresence(presence.get());
    }
    starling::TrayIcon tray(window, accounts, *store.value());
    starling::connectDialogs(window, accounts, sync, signIn, *store.value());
    // In a team workspace, what the other agents' apps change shows here as it happens, as this
    // app's own writes do; a reply they queue for an account this app syncs goes out from here.
    std::unique_ptr<starling::TeamChanges> teamChanges;
    if (team.value()) {
        const starling::OpenedTeam &opened = *team.value();
        teamChanges = std::make_unique<starling::TeamChanges>(opened.location.postgres, opened.workspace.agent(),
                                                              store.value()->writer()->origin());
        QObject::connect(teamChanges.get(), &starling::TeamChanges::changed, store.value().get(),
                         &starling::Store::changed);
        QObject::connect(teamChanges.get(), &starling::TeamChanges::changed, &sync,
                         &starling::SyncService::takeTeamChanges);
        teamChanges->start();
    }
    const bool hidden = parser.isSet(hiddenOption) || settings.value(starling::settings::startHidden, false).toBool();
    if (!hidden) {
        window.show();
    } else if (!tray.isAvailable()) {
        // At login the tray often comes after the apps that start with it: wait for it a little.
        QObject::connect(&tray, &starling::TrayIcon::availabilityKnown, &window, [&window](bool available) {
            if (!available)
                window.show();
        });
    }
    // Later starts on this profile bring the window to the front (a start with --hidden, such as
    // a second autostart, leaves it where it is).
    QObject::connect(&instance, &starling::SingleInstance::requested, &window,
                     [&window](const starling::InstanceRequest &request) {
                         if (!request.arguments.contains(u"--hidden"_s))
                             starling::bringToFront(window, request.activationToken);
                     });
    if (!demo) {
        if (auto listening = instance.listen(); !listening)
            qCWarning(lcApp).noquote() << "later starts cannot reach this one:" << listening.error().message();
    }
    std::optional<starling::FirstPaintProbe> firstPaint;
    if (qEnvironmentVariableIsSet("STARLING_BENCH_FIRST_PAINT"))
        firstPaint.emplace(window.inbox()->list(), sinceMain);
    return app.exec();
}
