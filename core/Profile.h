// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QUuid>

#include <chrono>
#include <memory>

class QLockFile;

namespace starling {

/**
 * A profile is a folder that holds one user's database and local files. `--profile DIR` picks
 * one; otherwise the platform's application data folder is used. The GUI and the CLI share them.
 */
class Profile final
{
public:
    /** Resolves and creates the profile folder: @p requested if given, else the default. */
    static Result<Profile> open(const QString &requested);

    QString path() const { return m_path; }
    QString databasePath() const;

    /**
     * The lock file a process holds (QLockFile) while its outbox sends from this profile. The
     * outbox does not yet share its items between processes, so only the holder may send: the
     * GUI holds it while it runs, and `starling-cli` takes it for the commands that send.
     */
    QString outboxLockPath() const;

    /** The process that holds the outbox lock, as its lock file names it. */
    struct LockHolder
    {
        qint64 pid = 0;
        QString application;
    };
    /**
     * Takes the outbox lock for this process, waiting up to @p wait for another to let go. Null
     * when another process holds it (then @p holder, if given, says which). The lock is stale
     * only when its process is gone, never because of its age.
     */
    std::unique_ptr<QLockFile> claimOutbox(std::chrono::milliseconds wait, LockHolder *holder = nullptr) const;

    /**
     * The lock file a process holds (QLockFile) while it renews @p account's sign-in, so that the
     * app and starling-cli never both spend the same single-use refresh token (API-NOTES X-1).
     * TokenRefresher takes it through CredentialStore::refreshLockPath().
     */
    QString refreshLockPath(const QUuid &account) const { return refreshLockPath(m_path, account); }
    /** The same for the profile in @p folder. */
    static QString refreshLockPath(const QString &folder, const QUuid &account);

    /**
     * Makes QSettings() read and write this profile's settings file (INI, inside the folder), so
     * the GUI and the CLI on one profile see the same accounts and preferences.
     */
    void useForSettings() const;

private:
    explicit Profile(QString path);
    QString m_path;
};

} // namespace starling
