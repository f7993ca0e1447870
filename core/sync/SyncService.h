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
class ProviderFactory;
class Store;
class SyncWorker;
struct Account;

/**
 * What the UI (and the CLI) use to sync and send. It lives on the UI thread and runs a SyncWorker
 * (the SyncEngine, the Outbox and the accounts' provider clients) on the store's worker thread,
 * so the network and the writes never touch the UI thread (DESIGN.md, Threads). Calls return at
 * once; results come back in the caller's context.
 */
class SyncService final : public QObject
{
    Q_OBJECT

public:
    /** @p store and @p accounts must outlive the service. */
    SyncService(Store *store, AccountManager *accounts, std::shared_ptr<ProviderFactory> factory,
                QObject *parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    /** Starts syncing every account and sending what the outbox holds. */
    void start();

    /** Queues something to send; @p done gets the stored item (or why it was refused). */
    void enqueue(const OutboxItem &item, QObject *context, std::function<void(Result<OutboxItem>)> done = {});
    /** Sends a failed item again. */
    void retry(qint64 outboxItemId);
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

    /** Finds a person by handle through @p account's network, e.g. to start a DM with them. */
    void lookUpPerson(const QUuid &account, const QString &handle, QObject *context,
                      std::function<void(Result<Identity>)> done);

Q_SIGNALS:
    void syncProgress(const QUuid &account, starling::SyncStream stream, int pages, int messages);
    void cycleFinished(const QUuid &account, starling::SyncStream stream, int newMessages);
    void outboxItemChanged(const starling::OutboxItem &item);

private:
    void watchReachability();
    void addAccount(const Account &account);
    void removeAccount(const QUuid &id);
    void updateOwnAccounts();

    QPointer<Store> m_store;
    AccountManager *m_accounts;
    SyncWorker *m_worker = nullptr; // lives on the store's thread; deleted there
};

} // namespace starling
