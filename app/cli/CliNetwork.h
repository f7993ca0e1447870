// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "accounts/AccountState.h"
#include "domain/Account.h"
#include "domain/Identity.h"
#include "domain/OutboxItem.h"
#include "providers/ProviderTypes.h"
#include "text/TextRules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace starling {

class CredentialStore;
class ProviderFactory;
class Store;

namespace cli {

class CliNetworkWorker;

/**
 * The network side of the commands that talk to a network (sync, send, reply, post): provider
 * clients for the accounts the command names, with a SyncEngine or an Outbox, on the store's
 * writer thread as SyncService's worker runs them (DESIGN.md, Threads).
 *
 * Why not SyncService: its start() syncs every account and starts the outbox, always. A one-shot
 * command must do only what it was asked: `sync` must never send what the outbox holds (the app
 * may be sending it at the same moment), and `send` must not poll every account (X bills reads).
 *
 * Calls wait, running the event loop, and return the outcome: the CLI's way, never the GUI's.
 */
class CliNetwork final : public QObject
{
    Q_OBJECT

public:
    /** @p store and @p credentials must outlive this object. */
    CliNetwork(Store &store, CredentialStore &credentials, std::unique_ptr<ProviderFactory> factory,
               QObject *parent = nullptr);
    ~CliNetwork() override;
    Q_DISABLE_COPY_MOVE(CliNetwork)

    /**
     * Makes the provider client of each account and waits until its stored sign-in is loaded
     * from the keychain, so that no request leaves without it. One result per account, in order:
     * NotFound when no sign-in is stored (or the keyring is locked), Unavailable without a keyring.
     */
    QList<Result<void>> connectAccounts(const QList<Account> &accounts);

    /** How one account's sync went. */
    struct SyncOutcome
    {
        QUuid account;
        bool ok = false;
        int newMessages = 0; ///< inbound messages that were new
        int fetched = 0; ///< messages the network returned (new or not)
        AccountStatus status; ///< as the sync engine saw it at the end
    };

    /**
     * One sync cycle of both streams (DMs, mentions) of each of @p accounts, which must be
     * connected; waits until every stream has finished, or @p timeout.
     */
    QList<SyncOutcome> syncOnce(const QList<QUuid> &accounts, std::chrono::milliseconds timeout);

    /** Finds a person by handle through @p account's network. */
    Result<Identity> lookUpPerson(const QUuid &account, const QString &handle, std::chrono::milliseconds timeout);

    /** The text rules of @p account's network, as its client knows them (server limits included). */
    std::optional<TextRules> textRules(const QUuid &account, TextRules::Mode mode);

    /**
     * Queues @p item in the outbox and sends it. Waits until it is sent or failed, or until an
     * attempt failed in a way the outbox will retry later (it stays queued, durably: the app or
     * the next command sends it), or until @p timeout. Returns the item as it then is. The
     * outbox also sends older items of the same accounts that were still waiting, first.
     */
    Result<OutboxItem> send(const OutboxItem &item, std::chrono::milliseconds timeout);

Q_SIGNALS:
    /** A page of @p account's @p stream was stored: for progress on a terminal. */
    void pageStored(const QUuid &account, starling::SyncStream stream, int pages, int messages);
    /** An outbox item changed state. */
    void outboxItemChanged(const starling::OutboxItem &item);

private:
    /** Runs @p job on the worker's thread and waits for what it delivers, or @p timeout. */
    template<typename T>
    std::optional<T> onWorker(std::function<void(CliNetworkWorker &, std::function<void(T)>)> job,
                              std::chrono::milliseconds timeout);

    CliNetworkWorker *m_worker = nullptr; // lives on the store's thread; deleted there
};

} // namespace cli
} // namespace starling
