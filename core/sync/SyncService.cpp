// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncService.h"

#include "Logging.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "accounts/AccountManager.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "store/ChangeSet.h"
#include "store/Store.h"
#include "team/SyncLeadership.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QSet>
#include <QTimer>

namespace starling {

/** The sync thread's half: engine, outbox and provider clients. Used only through SyncService. */
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(StoreWriter *writer, std::shared_ptr<ProviderFactory> factory, SyncService::Mode mode)
        : m_engine(writer, this)
        , m_outbox(writer, this)
        , m_factory(std::move(factory))
        , m_mode(mode)
    {
    }

    SyncEngine &engine() { return m_engine; }
    Outbox &outbox() { return m_outbox; }

    /**
     * Makes @p account's client and reads its stored sign-in; then (Continuous) it polls and sends.
     * @p ready hears how the sign-in read went.
     */
    void addAccount(const Account &account, std::function<void(Result<void>)> ready = {})
    {
        removeAccount(account.id);
        // Each account gets a holder object: its client, token source and network manager are
        // children of it and go away together.
        auto *holder = new QObject(this);
        ProviderClient *client = m_factory->create(account, holder);
        if (!client) {
            delete holder;
            if (ready)
                ready(Error(Error::Code::Unavailable,
                            QCoreApplication::translate("starling::SyncService", "Starling cannot talk to %1 "
                                                                                 "accounts here.")
                                .arg(networkDisplayName(account.network))));
            return;
        }
        m_holders.insert(account.id, holder);
        m_clients.insert(account.id, client);
        // Polls and sends start once the stored sign-in is read: a request without its token would
        // fail and spend a refresh (X refresh tokens work once, and another process may be
        // refreshing the same account).
        client->prepare(holder, [this, id = account.id, client, ready](Result<void> loaded) {
            if (m_clients.value(id) != client)
                return; // removed (or replaced) meanwhile
            if (!loaded)
                qCInfo(lcSync) << "the sign-in could not be read:" << loaded.error().message();
            m_prepared.insert(id);
            run(id);
            if (ready)
                ready(loaded);
        });
        // Networks that push (Mastodon's streaming API) say when a poll would find something.
        connect(client, &ProviderClient::remoteActivity, this, [this, id = account.id] {
            if (m_engine.hasAccount(id))
                m_engine.syncNow(id);
        });
    }

    void removeAccount(const QUuid &id)
    {
        m_prepared.remove(id);
        m_engine.removeAccount(id);
        m_outbox.removeAccount(id);
        m_clients.remove(id);
        if (QObject *holder = m_holders.take(id))
            holder->deleteLater();
    }

    ProviderClient *client(const QUuid &id) const { return m_clients.value(id); }

    /**
     * From now on an account polls and sends only while this agent leads it (a team workspace):
     * lead() and follow() say when. Its client is there either way, for lookups and text rules.
     */
    void setLedOnly() { m_ledOnly = true; }
    void lead(const QUuid &id)
    {
        m_led.insert(id);
        run(id);
    }
    void follow(const QUuid &id)
    {
        m_led.remove(id);
        m_engine.removeAccount(id);
        m_outbox.removeAccount(id);
    }

    /** One cycle of both streams of @p accounts; @p done gets one outcome per account that has a client. */
    void syncOnce(const QList<QUuid> &accounts, std::function<void(QHash<QUuid, SyncService::SyncOutcome>)> done);

private:
    /** Polls (Continuous) and sends for @p id once its sign-in is read, and while it is led. */
    void run(const QUuid &id)
    {
        ProviderClient *client = m_clients.value(id);
        if (!client || !m_prepared.contains(id) || (m_ledOnly && !m_led.contains(id)))
            return;
        if (m_mode == SyncService::Mode::Continuous && !m_engine.hasAccount(id))
            m_engine.addAccount(id, client);
        m_outbox.addAccount(id, client);
    }

    SyncEngine m_engine;
    Outbox m_outbox;
    std::shared_ptr<ProviderFactory> m_factory;
    SyncService::Mode m_mode;
    QHash<QUuid, QObject *> m_holders;
    QHash<QUuid, ProviderClient *> m_clients;
    QSet<QUuid> m_prepared; ///< clients whose stored sign-in was read
    bool m_ledOnly = false;
    QSet<QUuid> m_led;
};

namespace {
// A successful cycle schedules the stream's next poll at least a minute away (the engine's active
// interval); a failed one retries within seconds (its first backoff is 5 s at most).
constexpr std::chrono::seconds failedCycleHorizon{30};
} // namespace

void SyncWorker::syncOnce(const QList<QUuid> &accounts,
                          std::function<void(QHash<QUuid, SyncService::SyncOutcome>)> done)
{
    struct Progress
    {
        QHash<QUuid, SyncService::SyncOutcome> outcomes;
        QHash<QUuid, int> streamsLeft;
        QHash<QUuid, bool> failed;
    };
    auto progress = std::make_shared<Progress>();
    // Lives as long as this cycle: its connections go with it.
    auto *watch = new QObject(this);
    const auto finish = [this, progress, watch, done] {
        for (auto it = progress->outcomes.begin(); it != progress->outcomes.end(); ++it) {
            it->ok = !progress->failed.value(it.key()) && it->status.state == AccountState::Connected;
            m_engine.removeAccount(it.key()); // one cycle only
        }
        watch->deleteLater();
        done(progress->outcomes);
    };
    connect(&m_engine, &SyncEngine::pageStored, watch, [progress](const QUuid &account, SyncStream, int, int messages) {
        if (progress->outcomes.contains(account))
            progress->outcomes[account].fetched += messages;
    });
    connect(&m_engine, &SyncEngine::accountStatusChanged, watch,
            [progress](const QUuid &account, const AccountStatus &status) {
                if (progress->outcomes.contains(account))
                    progress->outcomes[account].status = status;
            });
    connect(&m_engine, &SyncEngine::cycleFinished, watch,
            [this, progress, watch, finish](const QUuid &account, SyncStream stream, int newMessages) {
                if (!progress->streamsLeft.contains(account))
                    return;
                SyncService::SyncOutcome &o = progress->outcomes[account];
                o.newMessages += newMessages;
                // The engine says how a cycle ended only through the account's state and the next
                // poll's time: a failure is retried within seconds, a success is not.
                const QDateTime next = m_engine.nextDue(account, stream);
                if (o.status.state != AccountState::Connected
                    || (next.isValid() && next < QDateTime::currentDateTimeUtc().addSecs(failedCycleHorizon.count())))
                    progress->failed[account] = true;
                if (--progress->streamsLeft[account] == 0)
                    progress->streamsLeft.remove(account);
                // Not from inside the engine's own signal: finishing removes its accounts.
                if (progress->streamsLeft.isEmpty())
                    QMetaObject::invokeMethod(watch, finish, Qt::QueuedConnection);
            });
    for (const QUuid &id : accounts) {
        if (!m_clients.contains(id))
            continue;
        progress->outcomes.insert(id, SyncService::SyncOutcome{id, false, 0, 0, {}});
        progress->streamsLeft.insert(id, 2); // direct messages and mentions
    }
    if (progress->streamsLeft.isEmpty())
        return finish();
    for (auto it = progress->streamsLeft.cbegin(); it != progress->streamsLeft.cend(); ++it)
        m_engine.addAccount(it.key(), m_clients.value(it.key())); // due at once
}

SyncService::SyncService(Store *store, AccountManager *accounts, std::shared_ptr<ProviderFactory> factory, Mode mode,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_mode(mode)
{
    qRegisterMetaType<starling::OutboxItem>();
    qRegisterMetaType<starling::SyncStream>();
    qRegisterMetaType<starling::AccountStatus>();
    m_worker = new SyncWorker(store->writer(), std::move(factory), mode);
    m_worker->moveToThread(store->writerThread());
    // The worker goes with the thread, after the store's last write.
    connect(store->writerThread(), &QThread::finished, m_worker, &QObject::deleteLater);

    connect(&m_worker->engine(), &SyncEngine::pageStored, this, &SyncService::syncProgress);
    connect(&m_worker->engine(), &SyncEngine::cycleFinished, this, &SyncService::cycleFinished);
    connect(&m_worker->engine(), &SyncEngine::accountStatusChanged, this,
            [this](const QUuid &id, const AccountStatus &status) { m_accounts->setStatus(id, status); });
    connect(&m_worker->outbox(), &Outbox::itemChanged, this, &SyncService::outboxItemChanged);
    if (mode == Mode::OnDemand)
        return; // the command says which accounts, and when
    connect(accounts, &AccountManager::accountAdded, this, &SyncService::addAccount);
    connect(accounts, &AccountManager::accountRemoved, this, &SyncService::removeAccount);
    // New tokens: the account's client starts over with them (it may have given up on the old ones).
    connect(accounts, &AccountManager::signInRenewed, this, [this](const Account &account) {
        removeAccount(account.id);
        addAccount(account);
    });
}

SyncService::~SyncService()
{
    // The worker's clients must stop on their own thread before the store goes.
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
}

void SyncService::start()
{
    for (const Account &account : m_accounts->accounts())
        addAccount(account);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->outbox().start(); });

    // Loading the reachability plugins takes tens of milliseconds: not before the window's first
    // paint. Until then the network counts as there; a poll that fails meanwhile backs off as usual.
    QTimer::singleShot(std::chrono::seconds(1), this, &SyncService::watchReachability);
}

void SyncService::watchReachability()
{
    // Where the system can tell, pause while offline instead of failing requests.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        auto *info = QNetworkInformation::instance();
        const auto apply = [this](QNetworkInformation::Reachability reachability) {
            setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
        apply(info->reachability());
    }
}

void SyncService::setLeadership(SyncLeadership *leadership)
{
    Q_ASSERT(m_mode == Mode::Continuous && !m_leadership);
    m_leadership = leadership;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->setLedOnly(); });
    connect(leadership, &SyncLeadership::gained, this,
            [this](const QUuid &id) { QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->lead(id); }); });
    connect(leadership, &SyncLeadership::lost, this,
            [this](const QUuid &id) { QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->follow(id); }); });
    // An account another agent leads shows who ("Synced by ana"); one that nobody leads any more
    // shows what this agent can do about it, until it leads (the engine's states) or another does.
    connect(leadership, &SyncLeadership::leaderChanged, this, [this](const QUuid &id, const QString &agent) {
        if (!m_accounts->account(id) || m_leadership->leads(id))
            return;
        if (!agent.isEmpty()) {
            m_accounts->setStatus(id, {AccountState::SyncedByTeammate, {}, agent});
        } else if (m_accounts->status(id).state == AccountState::SyncedByTeammate) {
            m_accounts->setStatus(id, {AccountState::SignedOut, {}, {}});
        }
    });
}

void SyncService::takeTeamChanges(const ChangeSet &changes)
{
    if (changes.outboxChanged)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->outbox().checkQueue(); });
}

void SyncService::addAccount(const Account &account)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->addAccount(account); });
    if (!m_leadership)
        return;
    m_leadership->watch(account.id); // "synced by <agent>"
    // Only an agent with the account's sign-in may lead it.
    m_accounts->hasStoredSignIn(account.id, this, [this, id = account.id](Result<bool> stored) {
        if (m_leadership && stored && stored.value() && m_accounts->account(id))
            m_leadership->want(id);
    });
}

void SyncService::removeAccount(const QUuid &id)
{
    if (m_leadership) {
        m_leadership->release(id);
        m_leadership->unwatch(id);
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->removeAccount(id); });
}

QFuture<Result<OutboxItem>> SyncService::enqueue(const OutboxItem &item)
{
    return runOn(m_worker, [w = m_worker, item] { return w->outbox().enqueue(item); });
}

void SyncService::retry(qint64 outboxItemId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, outboxItemId] {
        if (auto r = w->outbox().retry(outboxItemId); !r)
            qCInfo(lcSync) << "retry refused:" << r.error().message();
    });
}

EnqueueOutgoing SyncService::enqueuer() const
{
    // Called on the store's thread, where the worker is deleted too: the guard is read there.
    return [worker = QPointer<SyncWorker>(m_worker)](OutboxItem item) -> Result<OutboxItem> {
        if (!worker)
            return Error(Error::Code::Unavailable,
                         QCoreApplication::translate("starling::SyncService", "Starling is closing."));
        return worker->outbox().enqueue(std::move(item));
    };
}

void SyncService::syncNow(const QUuid &account)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->engine().syncNow(account); });
}

void SyncService::setActive(const QUuid &account, bool active)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account, active] { w->engine().setActive(account, active); });
}

void SyncService::setOnline(bool online)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, online] { w->engine().setOnline(online); });
}

void SyncService::setPollIntervals(std::chrono::seconds active, std::chrono::seconds idle)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, active, idle] {
        SyncEngine::Intervals intervals;
        intervals.active = std::max<std::chrono::milliseconds>(active, std::chrono::seconds(10));
        intervals.idle = std::max<std::chrono::milliseconds>(idle, intervals.active);
        w->engine().setIntervals(intervals);
    });
}

QFuture<std::optional<TextRules>> SyncService::textRules(const QUuid &account, TextRules::Mode mode)
{
    return runOn(m_worker, [w = m_worker, account, mode]() -> std::optional<TextRules> {
        if (ProviderClient *client = w->client(account))
            return client->textRules(mode);
        return std::nullopt;
    });
}

namespace {

/**
 * Calls @p ask of @p account's client with @p argument, on the sync thread, and answers with what
 * the client answers: NotFound when this app does not sync the account (a team member's, say).
 */
template<typename T>
QFuture<Result<T>> askClient(SyncWorker *worker, const QUuid &account, const QString &argument,
                             void (ProviderClient::*ask)(const QString &, QObject *, ResultCallback<T>))
{
    Pending<Result<T>> pending;
    QMetaObject::invokeMethod(worker, [worker, account, argument, ask, pending] {
        ProviderClient *client = worker->client(account);
        if (!client)
            return pending.fulfil(
                Error(Error::Code::NotFound, QCoreApplication::translate("starling::SyncService", "The account is not "
                                                                                                  "connected.")));
        (client->*ask)(argument, worker, [pending](Result<T> answer) { pending.fulfil(std::move(answer)); });
    });
    return pending.future();
}

} // namespace

QFuture<Result<Identity>> SyncService::lookUpPerson(const QUuid &account, const QString &handle)
{
    return askClient(m_worker, account, handle, &ProviderClient::lookUpPerson);
}

QFuture<Result<QString>> SyncService::directConversationWith(const QUuid &account, const QString &personRemoteId)
{
    return askClient(m_worker, account, personRemoteId, &ProviderClient::directConversationWith);
}

QFuture<Result<void>> SyncService::markConversationRead(const QUuid &account, const QString &conversationRemoteId)
{
    return askClient(m_worker, account, conversationRemoteId, &ProviderClient::markConversationRead);
}

QFuture<Result<void>> SyncService::acceptConversation(const QUuid &account, const QString &conversationRemoteId)
{
    return askClient(m_worker, account, conversationRemoteId, &ProviderClient::acceptConversation);
}

QFuture<QList<Result<void>>> SyncService::connectAccounts(const QList<Account> &accounts)
{
    Pending<QList<Result<void>>> pending;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accounts, pending] {
        auto results = std::make_shared<QList<std::optional<Result<void>>>>(accounts.size());
        auto left = std::make_shared<qsizetype>(accounts.size());
        const auto finish = [results, pending] {
            QList<Result<void>> list;
            for (const auto &r : std::as_const(*results))
                list << *r;
            pending.fulfil(list);
        };
        if (accounts.isEmpty())
            return finish();
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            w->addAccount(accounts.at(i), [results, left, i, finish](Result<void> ready) {
                (*results)[i] = std::move(ready);
                if (--*left == 0)
                    finish();
            });
        }
    });
    return pending.future();
}

QFuture<QList<SyncService::SyncOutcome>> SyncService::syncOnce(const QList<QUuid> &accounts)
{
    Pending<QList<SyncOutcome>> pending;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, accounts, pending] {
        w->syncOnce(accounts, [accounts, pending](const QHash<QUuid, SyncOutcome> &outcomes) {
            QList<SyncOutcome> list;
            for (const QUuid &id : accounts) {
                SyncOutcome missing{id, false, 0, 0, {}};
                missing.status = {
                    AccountState::SignedOut,
                    {},
                    QCoreApplication::translate("starling::SyncService", "The account is not connected.")};
                list << outcomes.value(id, missing);
            }
            pending.fulfil(list);
        });
    });
    return pending.future();
}

void SyncService::startSending()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->outbox().start(); });
}

QFuture<OutboxItem> SyncService::whenSettled(qint64 outboxItemId)
{
    Pending<OutboxItem> pending;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, outboxItemId, pending] {
        auto *watch = new QObject(w);
        connect(&w->outbox(), &Outbox::itemChanged, watch, [watch, outboxItemId, pending](const OutboxItem &item) {
            // Sent, failed for good, or failed for now (it stays queued and goes later).
            if (item.id != outboxItemId || !(item.isFinished() || !item.errorCode.isEmpty()))
                return;
            watch->deleteLater();
            pending.fulfil(item);
        });
    });
    return pending.future();
}

} // namespace starling

#include "SyncService.moc"
