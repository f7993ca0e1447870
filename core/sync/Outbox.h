// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <functional>

namespace starling {

class ProviderClient;
class StoreWriter;
struct OutgoingMessage;
struct OutgoingPost;

/**
 * Durable sending (DESIGN.md, How data flows): nothing the user wrote is lost, nothing is sent
 * twice.
 *
 * - enqueue() writes the item with its client key (and the message row that shows it) before
 *   anything is sent; every later step is written before the next one starts.
 * - Items of one conversation go out in order, one at a time; conversations go in parallel.
 * - Media are uploaded first; an uploaded id that expired (X: 24 hours) is uploaded again.
 * - A user-fixable refusal (too long, forbidden, blocked) fails at once with the reason; errors
 *   worth retrying back off with jitter; a 429 waits for the reset.
 * - When an attempt's outcome is unknown (the connection dropped after the request left, a
 *   timeout, a 5xx, a kill -9 mid-send), the next attempt first looks for the message among the
 *   conversation's recent messages, because X and Bluesky DMs have no idempotency key. Providers
 *   with one (Mastodon) get the client key as their Idempotency-Key. A read soon after the attempt
 *   may not show the message yet: only a read a settling time (about a minute) after it counts as
 *   "not there", and it goes out again only after two such reads, a settling time apart. When the
 *   network refuses that read, the item stops as Unverified for the user to check.
 * - A storage failure holds the item back, with the same backoff, rather than trying it again at
 *   once; uploads already made are kept for the next try.
 *
 * Lives on the store's worker thread, next to the SyncEngine.
 */
class Outbox final : public QObject
{
    Q_OBJECT

public:
    struct Backoff
    {
        std::chrono::milliseconds first{std::chrono::seconds(2)};
        std::chrono::milliseconds maximum{std::chrono::minutes(10)};
    };
    using Clock = std::function<QDateTime()>;

    explicit Outbox(StoreWriter *writer, QObject *parent = nullptr);
    ~Outbox() override;
    Q_DISABLE_COPY_MOVE(Outbox)

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /**
     * How long after an attempt a reconciliation read must come to count as "not there", and how
     * far apart the two such reads are that let an item go out again. About a minute by default.
     */
    void setSettleTime(std::chrono::milliseconds settle) { m_settle = settle; }

    /**
     * Sends @p account's items through @p client, which must outlive it here. A different client
     * for an account that has one replaces it: see removeAccount().
     */
    void addAccount(const QUuid &account, ProviderClient *client);
    /**
     * Stops sending @p account's items. Requests its client still has on their way are given up:
     * their answers are ignored, and an item that may have left is looked for first next time.
     */
    void removeAccount(const QUuid &account);

    /**
     * Starts sending. An account's items caught mid-send by the end of an earlier run (or of
     * another app that sent for it) are checked first: that happens when the account is added.
     */
    void start();
    /** Looks for items due now: another app on the team database queued or retried some. */
    void checkQueue();

    /**
     * Queues @p item (a new client key is made if it has none) and returns it as stored. The
     * item is durable when this returns.
     */
    Result<OutboxItem> enqueue(OutboxItem item);

    /**
     * Sends a failed or unverified item again, as the user's "Retry" asks. When an earlier attempt
     * may have arrived, it is looked for first and sent only if it is not there.
     */
    Result<void> retry(qint64 itemId);

    /** Nothing is in flight and nothing is due. */
    bool isIdle() const;
    /** Items neither sent nor failed. */
    int pendingCount() const;

    /** Makes a client key: unique, and meaningless to anyone who sees it. */
    static QString newClientKey();

Q_SIGNALS:
    /** An item changed state (queued, sending, sent, failed…). */
    void itemChanged(const starling::OutboxItem &item);
    /** Nothing left to send. */
    void drained();

private:
    QDateTime now() const;
    void recoverInterrupted(const QUuid &account);
    void process();
    void attempt(OutboxItem item);
    void reconcile(OutboxItem item);
    void onAbsent(OutboxItem item);
    void waitUntil(OutboxItem item, const QDateTime &when);
    void uploadNext(OutboxItem item);
    void send(OutboxItem item);
    void onSent(OutboxItem item, const QString &remoteId);
    void onFailure(OutboxItem item, const Error &error, bool outcomeUnknown);
    void finishAttempt(const OutboxItem &item);
    /** Whether @p token is still the attempt in flight for @p itemId (not given up since). */
    bool isCurrent(qint64 itemId, quint64 token) const;
    void dropFlights(const QUuid &account);
    bool save(const OutboxItem &item);
    /** The remote ids that items of @p account were matched to already: never claimed twice. */
    Result<QSet<QString>> claimedRemoteIds(const QUuid &account);
    OutgoingMessage toMessage(const OutboxItem &item) const;
    OutgoingPost toPost(const OutboxItem &item) const;
    std::chrono::milliseconds backoffFor(int failures) const;

    StoreWriter *m_writer;
    struct Flight
    {
        QUuid account;
        quint64 token = 0; ///< which attempt: answers to an attempt given up are ignored
    };

    Backoff m_backoff;
    Clock m_clock;
    std::chrono::milliseconds m_settle{std::chrono::minutes(1)};
    QHash<QUuid, QPointer<ProviderClient>> m_clients;
    QHash<qint64, Flight> m_inFlight;
    quint64 m_lastToken = 0;
    /** Failed tries in a row per item, in this run: what the backoff grows with. */
    QHash<qint64, int> m_failures;
    /** Items whose last write failed: not tried again before then, as nothing says when. */
    QHash<qint64, QDateTime> m_heldUntil;
    /** Uploads whose ids could not be written yet, so that the next try does not upload again. */
    QHash<qint64, QList<OutboxMedia>> m_uploaded;
    QTimer m_timer;
    bool m_started = false;
    bool m_processing = false;
    bool m_processAgain = false;
};

} // namespace starling
