// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace starling {

Profile::Profile(QString path)
    : m_path(std::move(path))
{
}

Result<Profile> Profile::open(const QString &requested)
{
    QString path = requested.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                       : QDir(requested).absolutePath();
    if (path.isEmpty() || !QDir().mkpath(path))
        return Error(
            Error::Code::Storage,
            QCoreApplication::translate("starling::Profile", "The profile folder %1 could not be created.").arg(path));
    return Profile(QDir::cleanPath(path));
}

void Profile::useForSettings() const
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_path);
}

QString Profile::databasePath() const
{
    return QDir(m_path).filePath(u"starling.sqlite"_s);
}

QString Profile::outboxLockPath() const
{
    return QDir(m_path).filePath(u"outbox.lock"_s);
}

QString Profile::refreshLockPath(const QString &folder, const QUuid &account)
{
    return QDir(folder).filePath(u"refresh-"_s + account.toString(QUuid::WithoutBraces) + u".lock"_s);
}

std::unique_ptr<QLockFile> Profile::claimOutbox(std::chrono::milliseconds wait, LockHolder *holder) const
{
    auto lock = std::make_unique<QLockFile>(outboxLockPath());
    lock->setStaleLockTime(0);
    if (lock->tryLock(int(wait.count())))
        return lock;
    if (holder) {
        QString host;
        lock->getLockInfo(&holder->pid, &host, &holder->application);
    }
    return nullptr;
}

} // namespace starling
