// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

namespace starling {

class CredentialStore;

/**
 * The lock that the app and `starling-cli` take in turns before they renew one account's sign-in:
 * a file in the profile (CredentialStore::refreshLockPath()). Refresh tokens that rotate are
 * single use, so a refresh reads the stored one only once it holds the lock, and lets go only after
 * the new one is stored: the next process then reads that one instead of spending the used one again.
 *
 * The lock is waited for on a timer, never by blocking the thread; after patience() acquire() gives
 * up with Timeout (the holder is stuck; the user is not signed out). A lock is stale only when its
 * process is gone, never by age: a refresh that waits for a slow server is still running. Without a
 * lock folder, or when the lock file cannot be created at all, acquire() goes ahead unlocked (the
 * re-read of the stored token after a refusal still guards).
 */
class RefreshLock final : public QObject
{
    Q_OBJECT

public:
    /** Longer than a refresh can take (its deadline, plus the keyring's retry) while it holds the lock. */
    static constexpr std::chrono::milliseconds defaultPatience{60'000};
    static constexpr std::chrono::milliseconds retryInterval{100};

    /** @p providerName is the network as the user knows it, for the Timeout message. */
    RefreshLock(const QUuid &account, CredentialStore *store, QString providerName, QObject *parent = nullptr);
    ~RefreshLock() override;
    Q_DISABLE_COPY_MOVE(RefreshLock)

    std::chrono::milliseconds patience() const { return m_patience; }
    void setPatience(std::chrono::milliseconds patience) { m_patience = patience; }

    /**
     * Runs @p next once the lock is held (at once when it already is, or when there is no lock to
     * take), or with Timeout after patience(). The lock is held until release().
     */
    void acquire(std::function<void(Result<void>)> next);
    void release();
    bool isHeld() const { return bool(m_lock); }

private:
    void tryLock(const QString &path, QElapsedTimer waited, std::function<void(Result<void>)> next);

    QUuid m_account;
    QPointer<CredentialStore> m_store;
    QString m_providerName;
    std::chrono::milliseconds m_patience = defaultPatience;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace starling
