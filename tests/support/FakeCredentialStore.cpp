// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeCredentialStore.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

Error unavailable()
{
    return Error(Error::Code::Unavailable, u"No keyring is available (FakeCredentialStore)."_s);
}

} // namespace

FakeCredentialStore::FakeCredentialStore(QObject *parent)
    : CredentialStore(parent)
{
}

FakeCredentialStore::~FakeCredentialStore() = default;

FakeCredentialStore::Key FakeCredentialStore::keyOf(const QUuid &account, Kind kind)
{
    return {account.toString(QUuid::WithoutBraces), int(kind)};
}

void FakeCredentialStore::preset(const QUuid &account, Kind kind, const QByteArray &secret)
{
    m_secrets.insert(keyOf(account, kind), secret);
}

QByteArray FakeCredentialStore::secret(const QUuid &account, Kind kind) const
{
    return m_secrets.value(keyOf(account, kind));
}

bool FakeCredentialStore::contains(const QUuid &account, Kind kind) const
{
    return m_secrets.contains(keyOf(account, kind));
}

QList<QPair<CredentialStore::Kind, QByteArray>> FakeCredentialStore::writes() const
{
    QList<QPair<Kind, QByteArray>> result;
    for (const Entry &entry : m_log) {
        if (entry.operation == Operation::Write && entry.ok)
            result.append({entry.kind, entry.secret});
    }
    return result;
}

void FakeCredentialStore::read(const QUuid &account, Kind kind, QObject *context, ReadDone done)
{
    enqueue({Entry{Operation::Read, account, kind, {}, false}, context, context != nullptr, std::move(done)});
}

void FakeCredentialStore::write(const QUuid &account, Kind kind, const QByteArray &secret, QObject *context, Done done)
{
    ReadDone adapted;
    if (done)
        adapted = [done = std::move(done)](Result<QByteArray> result) {
            done(result ? Result<void>() : Result<void>(result.error()));
        };
    enqueue({Entry{Operation::Write, account, kind, secret, false}, context, context != nullptr, std::move(adapted)});
}

void FakeCredentialStore::remove(const QUuid &account, Kind kind, QObject *context, Done done)
{
    ReadDone adapted;
    if (done)
        adapted = [done = std::move(done)](Result<QByteArray> result) {
            done(result ? Result<void>() : Result<void>(result.error()));
        };
    enqueue({Entry{Operation::Remove, account, kind, {}, false}, context, context != nullptr, std::move(adapted)});
}

void FakeCredentialStore::probe(QObject *context, Done done)
{
    ReadDone adapted;
    if (done)
        adapted = [done = std::move(done)](Result<QByteArray> result) {
            done(result ? Result<void>() : Result<void>(result.error()));
        };
    enqueue(
        {Entry{Operation::Probe, {}, Kind::AccessToken, {}, false}, context, context != nullptr, std::move(adapted)});
}

void FakeCredentialStore::enqueue(Job job)
{
    m_queue.push_back(std::move(job));
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &FakeCredentialStore::runNext, Qt::QueuedConnection);
    }
}

void FakeCredentialStore::runNext()
{
    m_scheduled = false;
    if (m_queue.empty())
        return;
    Job job = std::move(m_queue.front());
    m_queue.pop_front();
    // The next job starts from the event loop, as the keychain store does, never from inside
    // this job's callback.
    if (!m_queue.empty()) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &FakeCredentialStore::runNext, Qt::QueuedConnection);
    }

    Result<QByteArray> result = carryOut(job.entry);
    m_log.append(job.entry);
    Q_EMIT operationDone(job.entry);
    if (!job.done || (job.hasContext && !job.context))
        return;
    QObject *context = job.context;
    if (!context || context->thread() == QThread::currentThread()) {
        job.done(std::move(result));
        return;
    }
    QMetaObject::invokeMethod(
        context, [done = std::move(job.done), result] { done(result); }, Qt::QueuedConnection);
}

Result<QByteArray> FakeCredentialStore::carryOut(Entry &entry)
{
    const Key key = keyOf(entry.account, entry.kind);
    if (m_mode == Mode::Missing) {
        entry.ok = false;
        return unavailable();
    }
    switch (entry.operation) {
    case Operation::Read:
        if (m_mode == Mode::Locked || !m_secrets.contains(key)) {
            entry.ok = false;
            return Error(Error::Code::NotFound, u"No such secret (FakeCredentialStore)."_s);
        }
        entry.ok = true;
        return m_secrets.value(key);
    case Operation::Write:
        if (m_mode == Mode::Locked || m_failWrites > 0) {
            if (m_failWrites > 0)
                --m_failWrites;
            entry.ok = false;
            return unavailable();
        }
        m_secrets.insert(key, entry.secret);
        entry.ok = true;
        return QByteArray();
    case Operation::Remove:
        if (m_mode == Mode::Locked) {
            entry.ok = false;
            return unavailable();
        }
        m_secrets.remove(key);
        entry.ok = true;
        return QByteArray();
    case Operation::Probe:
        entry.ok = m_mode == Mode::Working;
        if (!entry.ok)
            return unavailable();
        return QByteArray();
    }
    return unavailable();
}

QString FakeCredentialStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::AccessToken:
        return u"access-token"_s;
    case Kind::RefreshToken:
        return u"refresh-token"_s;
    case Kind::ClientSecret:
        return u"client-secret"_s;
    case Kind::AppPassword:
        return u"app-password"_s;
    case Kind::DatabasePassword:
        return u"database-password"_s;
    case Kind::DpopKey:
        return u"dpop-key"_s;
    }
    return u"unknown"_s;
}

} // namespace starling
