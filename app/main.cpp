// SPDX-License-Identifier: GPL-3.0-or-later
// starling: the desktop app. Wiring only; everything else lives in core and ui.

#include "AppSetup.h"
#include "MainWindow.h"
#include "Profile.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    starling::setUpApplication(app);
    QGuiApplication::setDesktopFileName(QStringLiteral(STARLING_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A desktop inbox for X, Mastodon and Bluesky."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(u"profile"_s,
                                           QCoreApplication::translate("main", "Use the profile in <dir>."),
                                           QCoreApplication::translate("main", "dir"));
    parser.addOption(profileOption);
    parser.process(app);

    auto profile = starling::Profile::open(parser.value(profileOption));
    if (!profile) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"), profile.error().message());
        return 1;
    }
    auto store = starling::Store::open(profile->databasePath());
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Starling"), store.error().message());
        return 1;
    }

    starling::MainWindow window(*store.value());
    window.show();
    return app.exec();
}
