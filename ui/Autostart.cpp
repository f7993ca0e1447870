// SPDX-License-Identifier: GPL-3.0-or-later
#include "Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QStringList &extras()
{
    static QStringList arguments;
    return arguments;
}

QString storageError(const QString &what)
{
    return QCoreApplication::translate("Autostart", "Starling could not change what starts when you log in: %1")
        .arg(what);
}

#if defined(Q_OS_WIN)
const QString runKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;

QString windowsCommandLine(const QStringList &command)
{
    QStringList quoted;
    for (const QString &part : command)
        quoted << (part.contains(u' ') || part.isEmpty() ? u'"' + part + u'"' : part);
    return quoted.join(u' ');
}
#elif !defined(Q_OS_DARWIN)
/** One argument of a desktop entry's Exec key, quoted as the Desktop Entry Specification asks. */
QString execArgument(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    bool needsQuotes = argument.isEmpty();
    for (QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString out = argument;
    out.replace(u'%', u"%%"_s);
    if (needsQuotes) {
        QString quoted;
        for (QChar c : std::as_const(out)) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        out = u'"' + quoted + u'"';
    }
    // The value is a string too: its backslashes are escaped once more.
    out.replace(u'\\', u"\\\\"_s);
    return out;
}

QString desktopEntry(const QStringList &command)
{
    QStringList exec;
    for (const QString &part : command)
        exec << execArgument(part);
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=%1\n"
           "Comment=%2\n"
           "Exec=%3\n"
           "Icon=%4\n"
           "Terminal=false\n"
           "StartupNotify=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(
               QStringLiteral(STARLING_APP_NAME),
               QCoreApplication::translate("Autostart", "Your inbox, waiting in the tray"), exec.join(u' '),
               QStringLiteral(STARLING_APP_ID));
}
#else
QString launchAgent(const QStringList &command)
{
    QString arguments;
    for (const QString &part : command)
        arguments += u"        <string>"_s + part.toHtmlEscaped() + u"</string>\n"_s;
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>%1</string>
    <key>ProgramArguments</key>
    <array>
%2    </array>
    <key>RunAtLoad</key>
    <true/>
    <key>ProcessType</key>
    <string>Interactive</string>
</dict>
</plist>
)"_s.arg(QStringLiteral(STARLING_APP_ID), arguments);
}
#endif

} // namespace

void Autostart::setExtraArguments(const QStringList &arguments)
{
    extras() = arguments;
}

QStringList Autostart::extraArguments()
{
    return extras();
}

QString Autostart::entryPath()
{
#if defined(Q_OS_WIN)
    return {};
#elif defined(Q_OS_DARWIN)
    return QDir::homePath() + u"/Library/LaunchAgents/"_s + QStringLiteral(STARLING_APP_ID) + u".plist"_s;
#else
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/"_s + QStringLiteral(STARLING_APP_ID) + u".desktop"_s;
#endif
}

QStringList Autostart::command()
{
    QString program = QCoreApplication::applicationFilePath();
#if !defined(Q_OS_WIN) && !defined(Q_OS_DARWIN)
    const QString flatpak = qEnvironmentVariable("FLATPAK_ID");
    if (!flatpak.isEmpty())
        return QStringList{u"flatpak"_s, u"run"_s, flatpak, u"--hidden"_s} + extras();
    // Installed on the PATH, the entry names the program alone, so it survives a reinstall elsewhere.
    const QString onPath = QStandardPaths::findExecutable(QFileInfo(program).fileName());
    if (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == QFileInfo(program).canonicalFilePath())
        program = QFileInfo(program).fileName();
#endif
    return QStringList{QDir::toNativeSeparators(program), u"--hidden"_s} + extras();
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(runKey, QSettings::NativeFormat).contains(QStringLiteral(STARLING_APP_NAME));
#else
    return QFileInfo::exists(entryPath());
#endif
}

Result<void> Autostart::setEnabled(bool enabled)
{
#if defined(Q_OS_WIN)
    QSettings run(runKey, QSettings::NativeFormat);
    if (enabled)
        run.setValue(QStringLiteral(STARLING_APP_NAME), windowsCommandLine(command()));
    else
        run.remove(QStringLiteral(STARLING_APP_NAME));
    run.sync();
    if (run.status() != QSettings::NoError)
        return Error(Error::Code::Storage, storageError(QCoreApplication::translate("Autostart", "the registry")));
    return {};
#else
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error(Error::Code::Storage, storageError(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Code::Storage, storageError(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
#if defined(Q_OS_DARWIN)
    const QString content = launchAgent(command());
#else
    const QString content = desktopEntry(command());
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit())
        return Error(Error::Code::Storage, storageError(file.errorString()));
    return {};
#endif
}

} // namespace starling
