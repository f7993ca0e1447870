// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliNetwork.h"

#include "CliContext.h"
#include "providers/ProviderClient.h"
#include "store/Store.h"
#include "sync/Outbox.h"
#include "providers/ProviderFactory.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QPointer>

namespace starling::cli {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("starling::cli::CliNetwork", text);
}

// A successful cycle schedules the stream's next poll at least a minute away (the engine's active
// interval); a failed one retries within seconds (its first backoff is 5 s at most).
constexpr std::chrono::seconds failedCycleHorizon{30};

} // namespace

/** The thread-side half: clients, and the engine or the outbox once a command needs them. */
class CliNetworkWorker final : public QObject
{
public:
    CliNetworkWorker(StoreWriter *writer, CredentialStore *credentials, std::unique_ptr<ProviderFactory> factory)
        : m_writer(writer)
        , m_credentials(credentials)
        , m_factory(std::move(factory))
    {
    }

    void connectAccount(const Account &account, std::function<void(Result<void>)> done)
    {
        // As in SyncService's worker: the client and everything it needs are children of a holder.
        auto *holder = new QObject(this);
        ProviderClient *client = m_factory->create(account, holder);
        if (!client) {
            delete holder;
            done(Error(Error::Code::Unavailable,
                       translate("Starling cannot talk to %1 accounts yet.").arg(networkDisplayName(account.network))));
            return;
        }
        m_clients.insert(account.id, client);
        // Polling before the keychain answered would send the first request without a token.
        client->prepare(this, std::move(done));
    }

    ProviderClient *client(const QUuid &account) const { return m_clients.value(account); }

    SyncEngine &engine()
    {
        if (!m_engine)
            m_engine = new SyncEngine(m_writer, this);
        return *m_engine;
    }

    Outbox &outbox()
    {
        if (!m_outbox) {
            m_outbox = new Outbox(m_writer, this);
            for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
                m_outbox->addAccount(it.key(), it.value());
            m_outbox->start();
        }
        return *m_outbox;
    }

private:
    StoreWriter *m_writer;
    CredentialStore *m_credentials;
    std::unique_ptr<ProviderFactory> m_factory;
    QHash<QUuid, ProviderClient *> m_clients;
    SyncEngine *m_engine = nullptr;
    Outbox *m_outbox = nullptr;
};

CliNetwork::CliNetwork(Store &store, CredentialStore &credentials, std::unique_ptr<ProviderFactory> factory,
                       QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<starling::OutboxItem>();
    qRegisterMetaType<starling::SyncStream>();
    qRegisterMetaType<starling::AccountStatus>();
    m_worker = new CliNetworkWorker(store.writer(), &credentials, std::move(factory));
    m_worker->moveToThread(store.writerThread());
}

CliNetwork::~CliNetwork()
{
    // The clients must stop on their own thread, before the store goes.
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { delete w; }, Qt::BlockingQueuedConnection);
}

template<typename T>
std::optional<T> CliNetwork::onWorker(std::function<void(CliNetworkWorker &, std::function<void(T)>)> job,
                                      std::chrono::milliseconds timeout)
{
    auto result = std::make_shared<std::optional<T>>();
    // Answers come back to this object's thread. The worker is deleted (blocking) before this
    // object is, so an answer never finds it gone; one that comes after the timeout is ignored.
    auto deliver = [this, result](T value) {
        QMetaObject::invokeMethod(this, [result, value = std::move(value)] { *result = value; });
    };
    QMetaObject::invokeMethod(m_worker, [w = m_worker, job, deliver] { job(*w, deliver); });
    runEventLoopUntil([result] { return result->has_value(); }, timeout);
    return *result;
}

QList<Result<void>> CliNetwork::connectAccounts(const QList<Account> &accounts)
{
    QList<Result<void>> results;
    for (const Account &account : accounts) {
        auto connected = onWorker<Result<void>>(
            [account](CliNetworkWorker &w, std::function<void(Result<void>)> done) {
                w.connectAccount(account, std::move(done));
            },
            std::chrono::minutes(1));
        results << (connected ? *connected
                              : Result<void>(Error(Error::Code::Unavailable,
                                                   translate("The system keyring did not answer in time."))));
    }
    return results;
}

QList<CliNetwork::SyncOutcome> CliNetwork::syncOnce(const QList<QUuid> &accounts, std::chrono::milliseconds timeout)
{
    struct Progress
    {
        QHash<QUuid, SyncOutcome> outcomes;
        QHash<QUuid, int> streamsLeft;
        QHash<QUuid, bool> failed;
    };
    auto outcome = onWorker<QHash<QUuid, SyncOutcome>>(
        [this, accounts](CliNetworkWorker &w, std::function<void(QHash<QUuid, SyncOutcome>)> done) {
            SyncEngine &engine = w.engine();
            auto progress = std::make_shared<Progress>();
            // Lives as long as this sync: its connections go with it.
            auto *watch = new QObject(&w);
            const auto finish = [progress, watch, &engine, done] {
                for (auto it = progress->outcomes.begin(); it != progress->outcomes.end(); ++it) {
                    it->ok = !progress->failed.value(it.key()) && it->status.state == AccountState::Connected;
                    engine.removeAccount(it.key()); // one cycle only
                }
                watch->deleteLater();
                done(progress->outcomes);
            };
            QObject::connect(&engine, &SyncEngine::pageStored, watch,
                             [this, progress](const QUuid &account, SyncStream stream, int pages, int messages) {
                                 if (progress->outcomes.contains(account))
                                     progress->outcomes[account].fetched += messages;
                                 Q_EMIT pageStored(account, stream, pages, messages);
                             });
            QObject::connect(&engine, &SyncEngine::accountStatusChanged, watch,
                             [progress](const QUuid &account, const AccountStatus &status) {
                                 if (progress->outcomes.contains(account))
                                     progress->outcomes[account].status = status;
                             });
            QObject::connect(
                &engine, &SyncEngine::cycleFinished, watch,
                [progress, &engine, watch, finish](const QUuid &account, SyncStream stream, int newMessages) {
                    if (!progress->streamsLeft.contains(account))
                        return;
                    SyncOutcome &o = progress->outcomes[account];
                    o.newMessages += newMessages;
                    // The engine says how a cycle ended only through the account's state and the
                    // next poll's time: a failure is retried within seconds, a success is not.
                    const QDateTime next = engine.nextDue(account, stream);
                    if (o.status.state != AccountState::Connected
                        || (next.isValid()
                            && next < QDateTime::currentDateTimeUtc().addSecs(failedCycleHorizon.count())))
                        progress->failed[account] = true;
                    if (--progress->streamsLeft[account] == 0)
                        progress->streamsLeft.remove(account);
                    // Not from inside the engine's own signal: finishing removes its accounts.
                    if (progress->streamsLeft.isEmpty())
                        QMetaObject::invokeMethod(watch, finish, Qt::QueuedConnection);
                });
            for (const QUuid &id : accounts) {
                ProviderClient *client = w.client(id);
                if (!client)
                    continue;
                progress->outcomes.insert(id, SyncOutcome{id, false, 0, 0, {}});
                progress->streamsLeft.insert(id, 2); // direct messages and mentions
            }
            if (progress->streamsLeft.isEmpty()) {
                finish();
                return;
            }
            for (auto it = progress->streamsLeft.cbegin(); it != progress->streamsLeft.cend(); ++it)
                engine.addAccount(it.key(), w.client(it.key())); // due at once
        },
        timeout);

    QList<SyncOutcome> list;
    for (const QUuid &id : accounts) {
        if (outcome && outcome->contains(id)) {
            list << outcome->value(id);
        } else {
            SyncOutcome timedOut{id, false, 0, 0, {}};
            timedOut.status = {AccountState::Offline, {}, translate("The sync did not finish in time.")};
            list << timedOut;
        }
    }
    return list;
}

Result<Identity> CliNetwork::lookUpPerson(const QUuid &account, const QString &handle,
                                          std::chrono::milliseconds timeout)
{
    auto found = onWorker<Result<Identity>>(
        [account, handle](CliNetworkWorker &w, std::function<void(Result<Identity>)> done) {
            ProviderClient *client = w.client(account);
            if (!client)
                return done(Error(Error::Code::Unavailable, translate("The account is not connected.")));
            client->lookUpPerson(handle, &w, done);
        },
        timeout);
    if (!found)
        return Error(Error::Code::Timeout, translate("The network did not answer in time."));
    return *found;
}

std::optional<TextRules> CliNetwork::textRules(const QUuid &account, TextRules::Mode mode)
{
    auto rules = onWorker<std::optional<TextRules>>(
        [account, mode](CliNetworkWorker &w, std::function<void(std::optional<TextRules>)> done) {
            ProviderClient *client = w.client(account);
            done(client ? std::optional<TextRules>(client->textRules(mode)) : std::nullopt);
        },
        std::chrono::seconds(30));
    return rules ? *rules : std::nullopt;
}

Result<OutboxItem> CliNetwork::send(const OutboxItem &item, std::chrono::milliseconds timeout)
{
    auto latest = std::make_shared<std::optional<OutboxItem>>();
    auto sent = onWorker<Result<OutboxItem>>(
        [this, item, latest](CliNetworkWorker &w, std::function<void(Result<OutboxItem>)> done) {
            Outbox &outbox = w.outbox();
            auto id = std::make_shared<qint64>(0);
            auto *watch = new QObject(&w);
            QObject::connect(&outbox, &Outbox::itemChanged, watch,
                             [this, id, watch, done, latest](const OutboxItem &changed) {
                                 Q_EMIT outboxItemChanged(changed);
                                 if (*id == 0 || changed.id != *id)
                                     return;
                                 QMetaObject::invokeMethod(this, [latest, changed] { *latest = changed; });
                                 // Sent, failed for good, or failed for now (it stays queued).
                                 const bool settled = changed.isFinished() || !changed.errorCode.isEmpty();
                                 if (!settled)
                                     return;
                                 watch->deleteLater();
                                 done(changed);
                             });
            auto queued = outbox.enqueue(item);
            if (!queued) {
                watch->deleteLater();
                done(queued.error());
                return;
            }
            *id = queued->id;
            QMetaObject::invokeMethod(this, [latest, stored = queued.value()] { *latest = stored; });
        },
        timeout);
    if (sent)
        return *sent;
    QCoreApplication::processEvents(); // the last state the worker reported
    if (*latest)
        return **latest; // still on its way: the caller says so
    return Error(Error::Code::Timeout, translate("The outbox did not answer in time."));
}

} // namespace starling::cli
