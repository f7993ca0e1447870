// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/CredentialStore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QPointer>

#include <deque>

namespace starling {

/**
 * An in-memory CredentialStore for unit and integration tests (STYLE.md §6). Like the real one it
 * answers asynchronously, from the event loop, one call at a time in call order; its log records
 * every call in the order it was carried out, so a test can check that a refresh token was
 * written before an access token.
 *
 * Switches imitate the keyrings that go wrong: Missing (no Secret Service: every call fails with
 * Unavailable) and Locked (reads answer NotFound, as a locked Linux keyring does; writes and
 * removals fail with Unavailable).
 */
class FakeCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    enum class Mode
    {
        Working,
        Missing, ///< no keyring at all
        Locked, ///< reads say NotFound; writes fail
    };

    enum class Operation
    {
        Read,
        Write,
        Remove,
        Probe,
    };

    /** One call as carried out. `ok` is whether it succeeded; `secret` is what a write wrote. */
    struct Entry
    {
        Operation operation = Operation::Read;
        QUuid account;
        Kind kind = Kind::AccessToken;
        QByteArray secret;
        bool ok = false;
    };

    explicit FakeCredentialStore(QObject *parent = nullptr);
    ~FakeCredentialStore() override;
    Q_DISABLE_COPY_MOVE(FakeCredentialStore)

    Mode mode() const { return m_mode; }
    /** Applies to calls carried out from now on, including calls already queued. */
    void setMode(Mode mode) { m_mode = mode; }

    /** Makes the next @p count writes fail with Unavailable, then work again. */
    void failNextWrites(int count) { m_failWrites = count; }

    /** Sets a secret at once, without a call or a log entry (test setup). */
    void preset(const QUuid &account, Kind kind, const QByteArray &secret);
    /** The stored secret, or an empty array. Synchronous; for checks. */
    QByteArray secret(const QUuid &account, Kind kind) const;
    bool contains(const QUuid &account, Kind kind) const;
    /** How many secrets are stored, over all accounts. */
    int size() const { return int(m_secrets.size()); }

    /** Every call carried out, oldest first. */
    QList<Entry> log() const { return m_log; }
    /** Only the successful writes, as (kind, secret), oldest first. */
    QList<QPair<Kind, QByteArray>> writes() const;
    void clearLog() { m_log.clear(); }
    /** Calls made and not carried out yet. */
    int pendingCount() const { return int(m_queue.size()); }

    void read(const QUuid &account, Kind kind, QObject *context, ReadDone done) override;
    void write(const QUuid &account, Kind kind, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QUuid &account, Kind kind, QObject *context, Done done) override;
    void probe(QObject *context, Done done) override;

    /** A readable name of a kind, for test output. */
    static QString kindName(Kind kind);

Q_SIGNALS:
    /** A call was carried out (after the log entry, before the caller's callback). */
    void operationDone(const starling::FakeCredentialStore::Entry &entry);

private:
    struct Job
    {
        Entry entry;
        QPointer<QObject> context;
        bool hasContext = false;
        ReadDone done;
    };

    void enqueue(Job job);
    void runNext();
    Result<QByteArray> carryOut(Entry &entry);

    using Key = QPair<QString, int>;
    static Key keyOf(const QUuid &account, Kind kind);

    Mode m_mode = Mode::Working;
    int m_failWrites = 0;
    QHash<Key, QByteArray> m_secrets;
    QList<Entry> m_log;
    std::deque<Job> m_queue;
    bool m_scheduled = false;
};

} // namespace starling
