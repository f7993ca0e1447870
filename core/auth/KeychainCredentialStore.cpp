// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainCredentialStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

bool backendMissing(QKeychain::Error error)
{
    // On Linux a missing Secret Service (or no D-Bus at all) arrives as OtherError.
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
           || error == QKeychain::NotImplemented;
}

Error keychainError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::CredentialStore",
                                                 "The secret is not in the keychain, or the keychain is locked."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::Forbidden,
                     QCoreApplication::translate("starling::CredentialStore", "Access to the keychain was refused."))
            .setServerDetail(detail);
    default:
        return Error(Error::Code::Unavailable,
                     QCoreApplication::translate("starling::CredentialStore",
                                                 "The system keychain is not available (%1). Starling keeps sign-ins "
                                                 "only there: start or unlock your keychain, then try again.")
                         .arg(detail.left(200)))
            .setServerDetail(detail);
    }
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : CredentialStore(parent)
    , m_service(QStringLiteral(STARLING_APP_ID))
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::read(const QUuid &account, Kind kind, QObject *context, ReadDone done)
{
    enqueue({Operation::Read, key(account, kind), {}, context, std::move(done)});
}

void KeychainCredentialStore::write(const QUuid &account, Kind kind, const QByteArray &secret, QObject *context,
                                    Done done)
{
    enqueue({Operation::Write, key(account, kind), secret, context,
             [done = std::move(done)](Result<QByteArray> r) { done(r ? Result<void>() : r.error()); }});
}

void KeychainCredentialStore::remove(const QUuid &account, Kind kind, QObject *context, Done done)
{
    enqueue({Operation::Remove, key(account, kind), {}, context, [done = std::move(done)](Result<QByteArray> r) {
                 // Deleting what is not there is what the caller wanted anyway.
                 if (!r && r.error().code() == Error::Code::NotFound)
                     return done({});
                 done(r ? Result<void>() : r.error());
             }});
}

void KeychainCredentialStore::probe(QObject *context, Done done)
{
    // QtKeychain 0.13 has no isAvailable(): write, read back and delete a throwaway entry.
    const QString probeKey = u"probe/"_s + QString::number(QRandomGenerator::global()->generate64(), 16);
    const QByteArray value = QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QPointer<KeychainCredentialStore> self(this);
    QPointer<QObject> guard(context);
    enqueue({Operation::Write, probeKey, value, this, [self, probeKey, value, guard, done](Result<QByteArray> written) {
                 if (!self)
                     return;
                 if (!written) {
                     if (guard)
                         done(written.error());
                     return;
                 }
                 self->enqueue({Operation::Read,
                                probeKey,
                                {},
                                self.data(),
                                [self, probeKey, value, guard, done](Result<QByteArray> read) {
                                    if (!self)
                                        return;
                                    // Delete even when the read failed; report the read's outcome.
                                    self->enqueue({Operation::Remove,
                                                   probeKey,
                                                   {},
                                                   self.data(),
                                                   [guard, done, read, value](Result<QByteArray>) {
                                                       if (!guard)
                                                           return;
                                                       if (!read)
                                                           return done(read.error());
                                                       if (read.value() != value)
                                                           return done(Error(
                                                               Error::Code::Unavailable,
                                                               QCoreApplication::translate(
                                                                   "starling::CredentialStore",
                                                                   "The keychain did not return what was stored.")));
                                                       done({});
                                                   }});
                                }});
             }});
}

void KeychainCredentialStore::enqueue(Task task)
{
    if (QThread::currentThread() != thread()) {
        // Callers on other threads (the sync engine's worker) are served here, in order.
        QMetaObject::invokeMethod(this, [this, task = std::move(task)]() mutable { enqueue(std::move(task)); });
        return;
    }
    m_queue.push_back(std::move(task));
    if (!m_busy) {
        m_busy = true;
        QTimer::singleShot(0, this, &KeychainCredentialStore::startNext);
    }
}

void KeychainCredentialStore::startNext()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    Task task = std::move(m_queue.front());
    m_queue.pop_front();
    run(std::move(task));
}

void KeychainCredentialStore::run(Task task)
{
    QKeychain::Job *job = nullptr;
    switch (task.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setBinaryData(task.secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: tokens must not land in plain text
    job->setKey(task.key);
    connect(job, &QKeychain::Job::finished, this, [this, task = std::move(task)](QKeychain::Job *finished) mutable {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            QByteArray data;
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                data = read->binaryData();
            return finish(std::move(task), data);
        }
        if (backendMissing(error) && !task.retried) {
            // Keyrings start late at login: try once more after a pause. Queue it rather than
            // starting a job inside this job's finished handler.
            qCInfo(lcAuth) << "the keyring did not answer; trying once more";
            task.retried = true;
            QTimer::singleShot(m_retryDelay, this, [this, task = std::move(task)]() mutable { run(std::move(task)); });
            return;
        }
        qCWarning(lcAuth) << "keyring job failed:" << int(error);
        finish(std::move(task), keychainError(error, finished->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::finish(Task task, Result<QByteArray> result)
{
    if (QObject *context = task.context.data()) {
        // In the caller's thread: directly when that is this one, queued otherwise.
        QMetaObject::invokeMethod(
            context, [done = std::move(task.done), result = std::move(result)]() mutable { done(std::move(result)); });
    }
    // The next job starts from the event loop, not from inside this one's finished handler.
    QTimer::singleShot(0, this, &KeychainCredentialStore::startNext);
}

} // namespace starling
