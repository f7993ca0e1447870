// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringSession.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace starling::test {

std::optional<int> runInKeyringSession(QStringList &args, std::chrono::milliseconds timeout)
{
    if (args.contains(inKeyringSessionFlag)) {
        args.removeAll(inKeyringSessionFlag);
        return std::nullopt;
    }
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.start(u"dbus-run-session"_s,
                  QStringList{u"--"_s, u"sh"_s, u"-c"_s,
                              u"printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                              " && exec \"$0\" "_s
                                  + inKeyringSessionFlag + u" \"$@\""_s,
                              QCoreApplication::applicationFilePath()}
                      + args.mid(1));
    if (!session.waitForFinished(int(timeout.count()))) {
        session.kill();
        session.waitForFinished();
        return 2;
    }
    return session.exitStatus() == QProcess::NormalExit ? session.exitCode() : 3;
}

} // namespace starling::test
