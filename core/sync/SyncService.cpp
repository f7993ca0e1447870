// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncService.h"

#include "Logging.h"
#include "Outbox.h"
#include "SyncEngine.h"
#include "accounts/AccountManager.h"
#include "automation/AutomationService.h"
#include "providers/ProviderClient.h"
#include "providers/ProviderFactory.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QTimer>

namespace starling {

/** The sync thread's half: engine, outbox and provider clients. Used only through SyncService. */
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(StoreWriter *writer, std::shared_ptr<ProviderFactory> factory)
        : m_engine(writer, this)
        , m_outbox(writer, this)
        , m_automation(writer, &m_outbox, this)
        , m_factory(std::move(factory))
    {
    }

    SyncEngine &engine() { return m_engine; }
    Outbox &outbox() { return m_outbox; }
    AutomationService &automation() { return m_automation; }

    void addAccount(const Account &account)
    {
        removeAccount(account.id);
        // Each account gets a holder object: its client, token source and network manager are
        // children of it and go away together.
        auto *holder = new QObject(this);
        ProviderClient *client = m_factory->create(account, holder);
        if (!client) {
            delete holder;
            return;
        }
        m_holders.insert(account.id, holder);
        m_clients.insert(account.id, client);
        // Polls and sends start once the stored sign-in is read: a request without its token would
        // fail and spend a refresh (X refresh tokens work once).
        client->prepare(holder, [this, id = account.id, client](Result<void> ready) {
            if (m_clients.value(id) != client)
                return; // removed (or replaced) meanwhile
            if (!ready)
                qCInfo(lcSync) << "the sign-in could not be read:" << ready.error().message();
            m_engine.addAccount(id, client);
            m_outbox.addAccount(id, client);
        });
        // Networks that push (Mastodon's streaming API) say when a poll would find something.
        connect(client, &ProviderClient::remoteActivity, this, [this, id = account.id] { m_engine.syncNow(id); });
    }

    void removeAccount(const QUuid &id)
    {
        m_engine.removeAccount(id);
        m_outbox.removeAccount(id);
        m_clients.remove(id);
        if (QObject *holder = m_holders.take(id))
            holder->deleteLater();
    }

    ProviderClient *client(const QUuid &id) const { return m_clients.value(id); }

private:
    SyncEngine m_engine;
    Outbox m_outbox;
    AutomationService m_automation;
    std::shared_ptr<ProviderFactory> m_factory;
    QHash<QUuid, QObject *> m_holders;
    QHash<QUuid, ProviderClient *> m_clients;
};

SyncService::SyncService(Store *store, AccountManager *accounts, std::shared_ptr<ProviderFactory> factory,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_accounts(accounts)
{
    qRegisterMetaType<starling::OutboxItem>();
    qRegisterMetaType<starling::SyncStream>();
    qRegisterMetaType<starling::AccountStatus>();
    m_worker = new SyncWorker(store->writer(), std::move(factory));
    m_worker->moveToThread(store->writerThread());
    // The worker goes with the thread, after the store's last write.
    connect(store->writerThread(), &QThread::finished, m_worker, &QObject::deleteLater);

    connect(&m_worker->engine(), &SyncEngine::pageStored, this, &SyncService::syncProgress);
    connect(&m_worker->engine(), &SyncEngine::cycleFinished, this, &SyncService::cycleFinished);
    connect(&m_worker->engine(), &SyncEngine::accountStatusChanged, this,
            [this](const QUuid &id, const AccountStatus &status) { m_accounts->setStatus(id, status); });
    connect(&m_worker->outbox(), &Outbox::itemChanged, this, &SyncService::outboxItemChanged);
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

void SyncService::addAccount(const Account &account)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account] { w->addAccount(account); });
    updateOwnAccounts();
}

void SyncService::removeAccount(const QUuid &id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->removeAccount(id); });
    updateOwnAccounts();
}

void SyncService::updateOwnAccounts()
{
    // Automation never writes to the user's own accounts, and names them in {my_name}.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, accounts = m_accounts->accounts()] { w->automation().setAccounts(accounts); });
}

void SyncService::enqueue(const OutboxItem &item, QObject *context, std::function<void(Result<OutboxItem>)> done)
{
    QPointer<QObject> guard(context);
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, item, guard, self, done] {
        Result<OutboxItem> result = w->outbox().enqueue(item);
        if (!done || !self)
            return;
        QMetaObject::invokeMethod(self.data(), [guard, done, result] {
            if (guard)
                done(result);
        });
    });
}

void SyncService::retry(qint64 outboxItemId)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, outboxItemId] {
        if (auto r = w->outbox().retry(outboxItemId); !r)
            qCInfo(lcSync) << "retry refused:" << r.error().message();
    });
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

void SyncService::lookUpPerson(const QUuid &account, const QString &handle, QObject *context,
                               std::function<void(Result<Identity>)> done)
{
    QPointer<QObject> guard(context);
    QPointer<SyncService> self(this);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, account, handle, guard, self, done] {
        const auto deliver = [guard, self, done](Result<Identity> result) {
            if (!self)
                return;
            QMetaObject::invokeMethod(self.data(), [guard, done, result] {
                if (guard)
                    done(result);
            });
        };
        ProviderClient *client = w->client(account);
        if (!client)
            return deliver(Error(Error::Code::NotFound, QCoreApplication::translate("starling::SyncService",
                                                                                    "The account is not connected.")));
        client->lookUpPerson(handle, w, deliver);
    });
}

} // namespace starling

#include "SyncService.moc"
