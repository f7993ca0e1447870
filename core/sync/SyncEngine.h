// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "accounts/AccountState.h"
#include "domain/SyncStream.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>

namespace starling {

class ProviderClient;
struct FetchedPage;
struct SyncPage;
class StoreWriter;

/**
 * What a provider fetched for the stream @p stream (its cursor key) of @p account, as the store
 * writes it; the cursor is left for the caller to set with a fetch's last page.
 */
SyncPage toSyncPage(const QUuid &account, const QString &stream, const FetchedPage &fetched);

/**
 * Brings new messages in by itself (DESIGN.md, How data flows): for each account and each stream
 * (direct messages, mentions) it fetches what is new since the stored cursor, page by page, and
 * stores each page in one transaction; the fetch's cursor is stored with its last page, so a
 * crash in the middle only means the next cycle fetches those pages again (which stores nothing
 * twice). The request for the next page leaves before a page is stored, so the server works on it
 * while the store does; pages are still stored one at a time and in order.
 *
 * Scheduling: a stream polls every Intervals::active while one of its conversations is open and
 * every Intervals::idle otherwise, never faster than its rate-limit budget allows spread over the
 * window; a request is never sent while the budget says none remain before the reset (the
 * provider's HttpClient refuses it without touching the network). No reset or Retry-After parks a
 * stream for longer than RateLimitLedger::maxWait (24 h). Errors back off exponentially
 * with jitter. While offline nothing is polled; coming back staggers the restart.
 *
 * Lives on the store's worker thread with its StoreWriter and the providers' network managers.
 */
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    struct Intervals
    {
        std::chrono::milliseconds active{std::chrono::seconds(60)};
        std::chrono::milliseconds idle{std::chrono::minutes(5)};
        std::chrono::milliseconds firstBackoff{std::chrono::seconds(5)};
        std::chrono::milliseconds maxBackoff{std::chrono::minutes(15)};
        std::chrono::milliseconds reconnectSpread{std::chrono::seconds(10)};
    };
    using Clock = std::function<QDateTime()>;

    explicit SyncEngine(StoreWriter *writer, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    void setIntervals(const Intervals &intervals);
    void setClock(Clock clock);

    /**
     * Starts syncing an account through @p client, which must outlive it here. What the client
     * says was deleted on the network (ProviderClient::deletedRemotely) is removed from the store.
     */
    void addAccount(const QUuid &account, ProviderClient *client);
    void removeAccount(const QUuid &account);
    bool hasAccount(const QUuid &account) const { return m_accounts.contains(account); }

    /** Polls every stream of @p account (every account when null) now, within the budget. */
    void syncNow(const QUuid &account = {});
    /** A conversation of @p account is open on screen: poll it faster. */
    void setActive(const QUuid &account, bool active);
    /** What the system says about the network; while offline nothing is polled. */
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    /** Whether no fetch is running right now. */
    bool isIdle() const;
    /** When @p stream of @p account is due next; invalid when unknown. */
    QDateTime nextDue(const QUuid &account, SyncStream stream) const;

Q_SIGNALS:
    /** A page was stored: for progress on a first sync. */
    void pageStored(const QUuid &account, starling::SyncStream stream, int pages, int messages);
    /** A fetch ended; @p newMessages counts inbound messages that arrived. */
    void cycleFinished(const QUuid &account, starling::SyncStream stream, int newMessages);
    /** The account's state as sync sees it (connected, rate limited, offline, sign-in expired…). */
    void accountStatusChanged(const QUuid &account, const starling::AccountStatus &status);

private:
    struct Stream;
    struct Account;

    QDateTime now() const;
    void schedule();
    void runDueStreams();
    void startCycle(Account &account, Stream &stream);
    void fetchPage(Account &account, Stream &stream);
    void onPage(const QUuid &accountId, SyncStream which, quint64 cycle, Result<FetchedPage> result);
    void takePage(Account &account, Stream &stream, Result<FetchedPage> result);
    /**
     * The network said that these messages of @p account are gone: the store removes those it
     * has, in one transaction. Nothing is fetched. An account not synced here is left alone.
     */
    void storeDeletions(const QUuid &account, const QStringList &remoteIds);
    void storePage(const QUuid &accountId, SyncStream which, quint64 cycle, const SyncPage &page, bool last,
                   int fetched);
    void finishCycle(Account &account, Stream &stream);
    void fail(Account &account, Stream &stream, const Error &error);
    void recordUsage(Account &account, SyncStream which, int resources);
    std::chrono::milliseconds pollInterval(const Account &account, SyncStream which) const;
    void setStatus(Account &account, const AccountStatus &status);
    Stream &stream(Account &account, SyncStream which);

    StoreWriter *m_writer;
    Intervals m_intervals;
    Clock m_clock;
    QHash<QUuid, std::shared_ptr<Account>> m_accounts;
    QTimer m_timer;
    bool m_online = true;
    quint64 m_cycles = 0; ///< numbers each fetch, so answers to an abandoned one are dropped
};

} // namespace starling
