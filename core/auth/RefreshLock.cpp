// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshLock.h"

#include "CredentialStore.h"
#include "Logging.h"

#include <QLockFile>
#include <QTimer>

namespace starling {

namespace {

QString accountText(const QUuid &account)
{
    return account.toString(QUuid::WithoutBraces);
}

} // namespace

RefreshLock::RefreshLock(const QUuid &account, CredentialStore *store, QString providerName, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_store(store)
    , m_providerName(std::move(providerName))
{
}

RefreshLock::~RefreshLock() = default;

void RefreshLock::acquire(std::function<void(Result<void>)> next)
{
    const QString path = m_store ? m_store->refreshLockPath(m_account) : QString();
    if (path.isEmpty() || m_lock) {
        next({});
        return;
    }
    QElapsedTimer waited;
    waited.start();
    tryLock(path, waited, std::move(next));
}

void RefreshLock::tryLock(const QString &path, QElapsedTimer waited, std::function<void(Result<void>)> next)
{
    auto lock = std::make_unique<QLockFile>(path);
    // As the outbox lock (Profile::claimOutbox): stale when its process is gone, never by age.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        next({});
        return;
    }
    if (lock->error() != QLockFile::LockFailedError) {
        // Only an unwritable profile folder gets here; the re-read after a refusal still guards.
        qCWarning(lcAuth).noquote() << "account" << accountText(m_account)
                                    << "could not create its refresh lock (QLockFile error" << int(lock->error())
                                    << "); going ahead without it";
        next({});
        return;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    if (std::chrono::milliseconds(waited.elapsed()) >= m_patience) {
        qCWarning(lcAuth).noquote() << "account" << accountText(m_account) << "gave up waiting for process" << pid
                                    << "to finish its refresh";
        next(Error(Error::Code::Timeout,
                   tr("Another Starling program (process %1) is renewing the sign-in to %2 and has not finished. "
                      "Starling will try again later.")
                       .arg(pid)
                       .arg(m_providerName)));
        return;
    }
    if (std::chrono::milliseconds(waited.elapsed()) < retryInterval) {
        qCInfo(lcAuth).noquote() << "account" << accountText(m_account) << "waits for process" << pid
                                 << "to finish its refresh";
    }
    // A timer, not a blocking wait: this may be the GUI thread.
    QTimer::singleShot(retryInterval, this, [this, path, waited, next = std::move(next)]() mutable {
        tryLock(path, waited, std::move(next));
    });
}

void RefreshLock::release()
{
    m_lock.reset(); // QLockFile's destructor unlocks
}

} // namespace starling
