// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Async.h"
#include "Result.h"
#include "accounts/AccountState.h"
#include "domain/Identity.h"
#include "domain/OutboxItem.h"
#include "domain/SyncStream.h"
#include "text/TextRules.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>

namespace starling {

class AccountManager;
struct ChangeSet;
class ProviderFactory;
class Store;
class SyncLeadership;
class SyncWorker;
struct Account;

/**
 * What the front ends use to sync and send. It lives on the caller's thread and runs a SyncWorker
 * (the SyncEngine, the Outbox and the accounts' provider clients) on the store's worker thread,
 * so the network and the writes never touch the GUI thread (DESIGN.md, Threads). Calls return at
 * once; results come back as futures (continue with onReady(future, context, …)) or signals.
 *
 * Two modes, one worker:
 * - Continuous (the app): start() makes every account's client, polls each on its schedule and
 *   sends whatever the outbox holds; accounts added, removed or signed in again follow.
 * - OnDemand (starling-cli): nothing runs until asked. connectAccounts() makes the clients of the
 *   accounts a command names, syncOnce() runs one cycle of their streams, and startSending()
 *   sends what their outbox holds, so `sync` never sends and `send` never polls.
 */
class SyncService final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Continuous,
        OnDemand,
    };

    /** How one account's syncOnce() went. */
    struct SyncOutcome
    {
        QUuid account;
        bool ok = false;
        int newMessages = 0; ///< inbound messages that were new
        int fetched = 0; ///< messages the network returned (new or not)
        AccountStatus status; ///< as the sync engine saw it at the end
    };

    /** @p store and @p accounts must outlive the service. */
    SyncService(Store *store, AccountManager *accounts, std::shared_ptr<ProviderFactory> factory,
                Mode mode = Mode::Continuous, QObject *parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    /** Continuous: starts syncing every account and sending what the outbox holds. */
    void start();
    /**
     * A team workspace (Continuous, before start()): each account polls and sends only while
     * @p leadership says this agent leads it, and this agent competes only for the accounts whose
     * sign-in its keychain holds. @p leadership must outlive the service.
     */
    void setLeadership(SyncLeadership *leadership);
    /**
     * Another app on the team database changed @p changes (TeamChanges): what it queued or retried
     * for an account this agent leads goes out now.
     */
    void takeTeamChanges(const ChangeSet &changes);

    /** Queues something to send; the future has the stored item, or why it was refused. */
    QFuture<Result<OutboxItem>> enqueue(const OutboxItem &item);
    /** Sends a failed (or unverified) item again. */
    void retry(qint64 outboxItemId);
    /**
     * The outbox's enqueue, for code that runs on the store's thread next to it (automation,
     * wired by app/). Refuses once the service is gone.
     */
    EnqueueOutgoing enqueuer() const;

    /** Polls now, within the rate-limit budget; every account when @p account is null. */
    void syncNow(const QUuid &account = {});
    /** A conversation of @p account is open: poll it faster. */
    void setActive(const QUuid &account, bool active);
    void setOnline(bool online);
    /** How often to poll while a conversation is open, and otherwise (the user's settings). */
    void setPollIntervals(std::chrono::seconds active, std::chrono::seconds idle);

    /**
     * The text rules of @p account's network as its client knows them (the server's own limits
     * included); nullopt while the account has no client.
     */
    QFuture<std::optional<TextRules>> textRules(const QUuid &account, TextRules::Mode mode);

    /** Finds a person by handle (or id) through @p account's network, e.g. to start a DM with them. */
    QFuture<Result<Identity>> lookUpPerson(const QUuid &account, const QString &handle);
    /** ProviderClient::directConversationWith() of @p account's client. */
    QFuture<Result<QString>> directConversationWith(const QUuid &account, const QString &personRemoteId);
    /** ProviderClient::markConversationRead() of @p account's client; NotFound when this app does not sync it. */
    QFuture<Result<void>> markConversationRead(const QUuid &account, const QString &conversationRemoteId);
    /** ProviderClient::acceptConversation() of @p account's client; NotFound when this app does not sync it. */
    QFuture<Result<void>> acceptConversation(const QUuid &account, const QString &conversationRemoteId);

    // OnDemand mode.

    /**
     * Makes the client of each of @p accounts and reads its stored sign-in, so that no request
     * leaves without it. One result per account, in order: NotFound when no sign-in is stored (or
     * the keyring is locked), Unavailable when the network has no client here or no keyring answers.
     */
    QFuture<QList<Result<void>>> connectAccounts(const QList<Account> &accounts);
    /** One cycle of both streams (DMs, mentions) of each connected account of @p accounts. */
    QFuture<QList<SyncOutcome>> syncOnce(const QList<QUuid> &accounts);
    /** Starts sending what the outbox holds for the connected accounts, oldest first. */
    void startSending();
    /**
     * The item once it settled: sent, failed, or failed for now in a way the outbox retries later
     * (it stays queued, durably). Use after startSending().
     */
    QFuture<OutboxItem> whenSettled(qint64 outboxItemId);

Q_SIGNALS:
    void syncProgress(const QUuid &account, starling::SyncStream stream, int pages, int messages);
    void cycleFinished(const QUuid &account, starling::SyncStream stream, int newMessages);
    void outboxItemChanged(const starling::OutboxItem &item);

private:
    void watchReachability();
    void addAccount(const Account &account);
    void removeAccount(const QUuid &id);

    QPointer<Store> m_store;
    AccountManager *m_accounts;
    QPointer<SyncLeadership> m_leadership;
    Mode m_mode;
    SyncWorker *m_worker = nullptr; // lives on the store's thread; deleted there
};

} // namespace starling
