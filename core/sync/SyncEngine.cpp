// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncEngine.h"

#include "Logging.h"
#include "net/RateLimitLedger.h"
#include "providers/ProviderClient.h"
#include "store/CursorRepository.h"
#include "store/StoreWriter.h"
#include "store/SyncPage.h"
#include "store/UsageRepository.h"

#include <QRandomGenerator>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace starling {

struct SyncEngine::Stream
{
    SyncStream which = SyncStream::DirectMessages;
    QDateTime nextDue;
    bool running = false;
    int failures = 0;
    // A fetch in progress (it may pause for the rate limit and resume):
    QString since;
    QString pageToken;
    QString pendingCursor; ///< the first page's newest item, stored with the last page
    int pages = 0;
    int newMessages = 0;
    QDateTime limitedUntil; ///< a 429 holds this stream back until then
    quint64 cycle = 0; ///< the fetch under way; answers carrying another number are dropped
    bool storing = false; ///< a page waits to be stored: the next one may not overtake it
    std::optional<Result<FetchedPage>> early; ///< the next page, come back before its predecessor was stored
};

struct SyncEngine::Account
{
    QUuid id;
    QPointer<ProviderClient> client;
    Stream streams[2];
    bool active = false;
    bool stopped = false; ///< sign-in expired: wait for the user
    AccountStatus status;
};

namespace {

milliseconds jittered(milliseconds delay)
{
    // Between half and the whole delay, so that many accounts never fire in step.
    const double factor = 0.5 + QRandomGenerator::global()->generateDouble() * 0.5;
    return milliseconds(qint64(double(delay.count()) * factor));
}

} // namespace

SyncPage toSyncPage(const QUuid &account, const QString &stream, const FetchedPage &fetched)
{
    SyncPage page;
    page.accountId = account;
    page.stream = stream;
    page.identities = fetched.people;
    page.conversations = fetched.conversations;
    page.messages = fetched.messages;
    page.deletedMessageRemoteIds = fetched.deletedMessageIds;
    return page;
}

SyncEngine::SyncEngine(StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
    m_timer.setParent(this); // so that moveToThread() takes it along
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::runDueStreams);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
}

void SyncEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime SyncEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

SyncEngine::Stream &SyncEngine::stream(Account &account, SyncStream which)
{
    return account.streams[which == SyncStream::DirectMessages ? 0 : 1];
}

void SyncEngine::addAccount(const QUuid &accountId, ProviderClient *client)
{
    auto account = std::make_shared<Account>();
    account->id = accountId;
    account->client = client;
    account->streams[0].which = SyncStream::DirectMessages;
    account->streams[1].which = SyncStream::Mentions;
    for (Stream &s : account->streams)
        s.nextDue = now();
    m_accounts.insert(accountId, account);
    connect(client, &ProviderClient::deletedRemotely, this,
            [this, accountId](const QStringList &remoteIds) { storeDeletions(accountId, remoteIds); });
    schedule();
}

void SyncEngine::removeAccount(const QUuid &account)
{
    if (auto removed = m_accounts.take(account); removed && removed->client)
        disconnect(removed->client, &ProviderClient::deletedRemotely, this, nullptr);
    schedule();
}

void SyncEngine::storeDeletions(const QUuid &accountId, const QStringList &remoteIds)
{
    if (!m_accounts.contains(accountId) || remoteIds.isEmpty())
        return;
    SyncPage page;
    page.accountId = accountId;
    page.deletedMessageRemoteIds = remoteIds;
    if (auto stored = m_writer->storePage(page); !stored)
        qCWarning(lcSync) << "messages deleted on the network could not be removed:" << stored.error().message();
}

void SyncEngine::syncNow(const QUuid &accountId)
{
    const QDateTime current = now();
    for (const auto &account : std::as_const(m_accounts)) {
        if (!accountId.isNull() && account->id != accountId)
            continue;
        account->stopped = false;
        for (Stream &s : account->streams) {
            if (s.running)
                continue;
            // Jump the queue, but only within the budget: never before the server allows it.
            QDateTime due = current;
            if (account->client) {
                if (auto budget = account->client->budget(s.which)) {
                    if (budget->retryAfter.isValid() && budget->retryAfter > due)
                        due = budget->retryAfter;
                    if (budget->remaining == 0 && budget->reset.isValid() && budget->reset > due)
                        due = budget->reset;
                }
            }
            s.nextDue = RateLimitLedger::capped(due, current);
        }
    }
    schedule();
}

void SyncEngine::setActive(const QUuid &accountId, bool active)
{
    if (auto account = m_accounts.value(accountId)) {
        if (account->active == active)
            return;
        account->active = active;
        if (active) {
            // Poll sooner if the idle schedule put the next poll far away.
            for (Stream &s : account->streams) {
                const QDateTime sooner = now().addMSecs(pollInterval(*account, s.which).count());
                if (!s.running && s.failures == 0 && s.nextDue > sooner)
                    s.nextDue = sooner;
            }
            schedule();
        }
    }
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcSync) << (online ? "the network is back" : "the network is gone; pausing");
    if (online) {
        // Resume without a storm: each stream at its own moment within the spread.
        const QDateTime current = now();
        for (const auto &account : std::as_const(m_accounts)) {
            for (Stream &s : account->streams) {
                s.failures = 0;
                const qint64 spread = m_intervals.reconnectSpread.count();
                s.nextDue = current.addMSecs(spread > 0 ? QRandomGenerator::global()->bounded(spread) : 0);
            }
        }
    } else {
        for (const auto &account : std::as_const(m_accounts))
            setStatus(*account, {AccountState::Offline, {}, {}});
    }
    schedule();
}

bool SyncEngine::isIdle() const
{
    for (const auto &account : m_accounts) {
        for (const Stream &s : account->streams) {
            if (s.running)
                return false;
        }
    }
    return true;
}

QDateTime SyncEngine::nextDue(const QUuid &accountId, SyncStream which) const
{
    auto account = m_accounts.value(accountId);
    return account ? account->streams[which == SyncStream::DirectMessages ? 0 : 1].nextDue : QDateTime();
}

void SyncEngine::schedule()
{
    if (!m_online) {
        m_timer.stop();
        return;
    }
    QDateTime earliest;
    for (const auto &account : std::as_const(m_accounts)) {
        if (account->stopped)
            continue;
        for (const Stream &s : account->streams) {
            if (!s.running && (!earliest.isValid() || s.nextDue < earliest))
                earliest = s.nextDue;
        }
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(now().msecsTo(earliest), 0, 24 * 3600 * 1000);
    m_timer.start(int(wait));
}

void SyncEngine::runDueStreams()
{
    if (!m_online)
        return;
    const QDateTime current = now();
    // Copy: a cycle can finish synchronously (a storage error) and reschedule.
    const auto accounts = m_accounts.values();
    for (const auto &account : accounts) {
        if (account->stopped || !account->client)
            continue;
        for (Stream &s : account->streams) {
            if (!s.running && s.nextDue <= current)
                startCycle(*account, s);
        }
    }
    schedule();
}

void SyncEngine::startCycle(Account &account, Stream &s)
{
    s.running = true;
    s.cycle = ++m_cycles;
    if (s.pageToken.isEmpty()) {
        // A new fetch, from the stored cursor. (A fetch paused by the rate limit resumes instead.)
        const QString key = syncStreamKey(s.which);
        auto cursor = m_writer->read<std::optional<QString>>(
            "a sync cursor", [&account, &key](Database &db) { return CursorRepository(db).cursor(account.id, key); });
        if (!cursor) {
            fail(account, s, cursor.error());
            return;
        }
        s.since = cursor.value().value_or(QString());
        s.pendingCursor.clear();
        s.pages = 0;
        s.newMessages = 0;
    }
    // "Connecting" is the first contact only: showing it before every retry of an account that is
    // offline or waiting for a sign-in would make its status flicker at each backoff step.
    if (account.status.state == AccountState::SignedOut)
        setStatus(account, {AccountState::Connecting, {}, {}});
    fetchPage(account, s);
}

void SyncEngine::fetchPage(Account &account, Stream &s)
{
    if (!account.client)
        return;
    PageRequest request;
    request.since = s.since;
    request.pageToken = s.pageToken;
    auto done = [this, accountId = account.id, which = s.which, cycle = s.cycle](Result<FetchedPage> result) {
        onPage(accountId, which, cycle, std::move(result));
    };
    if (s.which == SyncStream::DirectMessages)
        account.client->fetchDirectMessages(request, this, done);
    else
        account.client->fetchMentions(request, this, done);
}

void SyncEngine::onPage(const QUuid &accountId, SyncStream which, quint64 cycle, Result<FetchedPage> result)
{
    auto account = m_accounts.value(accountId);
    if (!account)
        return; // removed while the request was out
    Stream &s = stream(*account, which);
    if (s.cycle != cycle || !s.running)
        return; // the fetch it belongs to failed or was given up meanwhile
    if (s.storing) {
        // Back before the page it follows was stored (it may answer at once, a refusal for
        // instance): it waits its turn, so pages and the cursor are stored in order.
        s.early = std::move(result);
        return;
    }
    takePage(*account, s, std::move(result));
}

void SyncEngine::takePage(Account &account, Stream &s, Result<FetchedPage> result)
{
    if (!result) {
        if (result.error().code() != Error::Code::RateLimited || result.error().httpStatus() != 0)
            recordUsage(account, s.which, 0); // a refusal without a request costs nothing
        fail(account, s, result.error());
        return;
    }
    const FetchedPage &fetched = result.value();
    recordUsage(account, s.which, int(fetched.messages.size()));
    for (const Error &warning : fetched.warnings)
        qCInfo(lcSync) << "a page came with a warning:" << warning.message();

    const bool firstPage = s.pageToken.isEmpty();
    if (firstPage)
        s.pendingCursor = fetched.newestCursor;
    SyncPage page = toSyncPage(account.id, syncStreamKey(s.which), fetched);
    const bool last = fetched.nextPageToken.isEmpty();
    if (last && !s.pendingCursor.isEmpty())
        page.cursor = s.pendingCursor;
    s.storing = true;
    if (!last) {
        // Ask for the next page first: the request leaves from the event loop, which runs the
        // store below only afterwards, so the server and the network work while the page is stored.
        s.pageToken = fetched.nextPageToken;
        fetchPage(account, s);
    }
    QMetaObject::invokeMethod(
        this,
        [this, accountId = account.id, which = s.which, cycle = s.cycle, page = std::move(page), last,
         count = int(fetched.messages.size())] { storePage(accountId, which, cycle, page, last, count); },
        Qt::QueuedConnection);
}

void SyncEngine::storePage(const QUuid &accountId, SyncStream which, quint64 cycle, const SyncPage &page, bool last,
                           int fetched)
{
    auto account = m_accounts.value(accountId);
    if (!account)
        return;
    Stream &s = stream(*account, which);
    if (s.cycle != cycle || !s.running)
        return;
    s.storing = false;
    auto stored = m_writer->storePage(page);
    if (!stored) {
        fail(*account, s, stored.error());
        return;
    }
    ++s.pages;
    s.newMessages += int(stored->newInboundMessageIds.size());
    Q_EMIT pageStored(accountId, which, s.pages, fetched);
    if (last) {
        finishCycle(*account, s);
        return;
    }
    if (s.early) {
        Result<FetchedPage> next = std::move(*s.early);
        s.early.reset();
        takePage(*account, s, std::move(next));
    }
}

void SyncEngine::finishCycle(Account &account, Stream &s)
{
    s.running = false;
    s.storing = false;
    s.early.reset();
    s.failures = 0;
    s.pageToken.clear();
    s.limitedUntil = {};
    s.nextDue = now().addMSecs(pollInterval(account, s.which).count());
    // X's limits are per endpoint: while the other stream still waits for its reset, the account
    // stays "rate limited" (or a mentions poll would show it connected while DMs wait 15 minutes).
    const QDateTime current = now();
    const bool otherLimited = std::any_of(std::begin(account.streams), std::end(account.streams), [&](const Stream &o) {
        return o.limitedUntil.isValid() && o.limitedUntil > current;
    });
    if (!(otherLimited && account.status.state == AccountState::RateLimited))
        setStatus(account, {AccountState::Connected, {}, {}});
    Q_EMIT cycleFinished(account.id, s.which, s.newMessages);
    schedule();
}

void SyncEngine::fail(Account &account, Stream &s, const Error &error)
{
    // Whatever is still out for this fetch (the next page's request) is dropped when it answers.
    s.running = false;
    s.storing = false;
    s.early.reset();
    s.cycle = ++m_cycles;
    const QDateTime current = now();
    switch (error.code()) {
    case Error::Code::RateLimited: {
        // Keep the page token: the fetch resumes where it stopped once the budget allows.
        // A provider's date years ahead would park the stream for good: no wait beyond the cap.
        const QDateTime until =
            RateLimitLedger::capped(error.retryAfter().isValid() ? error.retryAfter() : current.addSecs(60), current);
        s.nextDue = until;
        s.limitedUntil = until;
        setStatus(account, {AccountState::RateLimited, until, error.message()});
        break;
    }
    case Error::Code::AuthExpired:
    case Error::Code::AuthRevoked:
        // Nothing works until the user signs in again; keep everything, stop polling.
        account.stopped = true;
        s.pageToken.clear();
        setStatus(account, {AccountState::SignInExpired, {}, error.message()});
        break;
    default: {
        ++s.failures;
        const qint64 exponential = m_intervals.firstBackoff.count() << std::min(s.failures - 1, 16);
        const milliseconds delay =
            jittered(milliseconds(std::min<qint64>(exponential, m_intervals.maxBackoff.count())));
        s.nextDue = current.addMSecs(delay.count());
        // A page that failed to store or parse is fetched again from the start of the fetch.
        s.pageToken.clear();
        if (error.code() == Error::Code::Network || error.code() == Error::Code::Timeout)
            setStatus(account, {AccountState::Offline, {}, error.message()});
        qCInfo(lcSync) << "a fetch failed:" << Error::codeName(error.code()) << "; next try in"
                       << current.msecsTo(s.nextDue) << "ms";
        break;
    }
    }
    Q_EMIT cycleFinished(account.id, s.which, s.newMessages);
    schedule();
}

void SyncEngine::recordUsage(Account &account, SyncStream which, int resources)
{
    const qint64 cost = account.client ? account.client->estimatedReadCostMicros(which, resources) : 0;
    const QDateTime at = now();
    auto recorded = m_writer->update<void>("count API usage", [&](Database &db, ChangeSet &) {
        return UsageRepository(db).record(account.id, syncStreamKey(which), at, 1, resources, cost);
    });
    if (!recorded)
        qCWarning(lcSync) << "could not record API usage:" << recorded.error().message();
}

milliseconds SyncEngine::pollInterval(const Account &account, SyncStream which) const
{
    milliseconds interval = account.active ? m_intervals.active : m_intervals.idle;
    if (account.client) {
        if (auto budget = account.client->budget(which)) {
            // Spread what is left of the window's budget evenly over the time left in it.
            const QDateTime current = now();
            if (budget->reset.isValid() && budget->reset > current && budget->remaining >= 0) {
                const qint64 left = current.msecsTo(RateLimitLedger::capped(budget->reset, current));
                const qint64 spread = budget->remaining > 0 ? left / budget->remaining : left;
                interval = std::max(interval, milliseconds(spread));
            }
        }
    }
    return interval;
}

void SyncEngine::setStatus(Account &account, const AccountStatus &status)
{
    if (account.status == status)
        return;
    account.status = status;
    Q_EMIT accountStatusChanged(account.id, status);
}

} // namespace starling
