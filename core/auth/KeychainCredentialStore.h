// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CredentialStore.h"

#include <QPointer>

#include <chrono>
#include <deque>

namespace starling {

/**
 * The CredentialStore on the system keychain through QtKeychain: the only code in Starling that
 * talks to QtKeychain (STYLE.md §6).
 *
 * - Service name: the app id. No plaintext fallback, ever (setInsecureFallback stays off).
 * - One job at a time; the next job starts from the event loop, never from inside another job's
 *   finished handler.
 * - When no keyring answers (it may start late at login), a job is retried once after a delay.
 */
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override;
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

    /** The service the secrets are stored under; the app id unless a test sets another. */
    QString service() const { return m_service; }
    void setService(const QString &service) { m_service = service; }

    /** How long to wait before the one retry when no keyring answered (default 2 s). */
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void read(const QUuid &account, Kind kind, QObject *context, ReadDone done) override;
    void write(const QUuid &account, Kind kind, const QByteArray &secret, QObject *context, Done done) override;
    void remove(const QUuid &account, Kind kind, QObject *context, Done done) override;
    void probe(QObject *context, Done done) override;

private:
    enum class Operation
    {
        Read,
        Write,
        Remove,
    };
    struct Task
    {
        Operation operation;
        QString key;
        QByteArray secret;
        QPointer<QObject> context;
        std::function<void(Result<QByteArray>)> done;
        bool retried = false;
    };

    void enqueue(Task task);
    void startNext();
    void run(Task task);
    void finish(Task task, Result<QByteArray> result);

    QString m_service;
    std::chrono::milliseconds m_retryDelay{2000};
    std::deque<Task> m_queue;
    bool m_busy = false;
};

} // namespace starling
