// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine end to end against the sandbox X server (sandbox/x), storing into a real store
// on a temporary SQLite file: a first sync page by page with its cursors, incremental cycles that
// cost one request per stream, pages repeated by the server or fetched again after a failure that
// store nothing twice, the rate-limit budget and 429s, offline pauses and an unreachable server,
// an expired sign-in, and the API usage meter.

#include "Fault.h"
#include "LoopbackServer.h"
#include "ProviderTestKit.h"
#include "TestData.h"
#include "WriterAccess.h"
#include "auth/AccessTokenSource.h"
#include "auth/FixedAccessToken.h"
#include "mastodon/MastodonServer.h"
#include "providers/ProviderClient.h"
#include "providers/mastodon/MastodonClient.h"
#include "providers/mastodon/MastodonStream.h"
#include "providers/x/XClient.h"
#include "store/AccountRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "store/UsageRepository.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::Fault;
using starling::sandbox::XServer;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 30000;
// How long a check that something does NOT happen watches: several times the backoff and the
// reconnect spread below, so a wrong poll would have shown up.
constexpr int quietMs = 400;
constexpr int pageSize = 10;

const QByteArray get = "GET"_ba;
const QString dmEventsPath = u"/2/dm_events"_s;
const QString mentionsPattern = u"/2/users/{id}/mentions"_s;

} // namespace

namespace {

/**
 * A provider that answers DM fetches from a script of pages (mentions: nothing), and notes for
 * every request how many pages the engine had stored when it was asked, so a test can see in
 * which order the engine requests and stores.
 */
class ScriptedClient final : public ProviderClient
{
public:
    struct Call
    {
        QString pageToken;
        int storedBefore = 0;
    };

    /** Page i has messages "page i msg 0…" and, but for the last, the next token "p<i+1>". */
    ScriptedClient(const QUuid &accountId, int pages, const int *stored)
        : m_accountId(accountId)
        , m_pages(pages)
        , m_stored(stored)
    {
    }

    /** Answers at once, inside the fetch call, instead of from the event loop. */
    bool answerAtOnce = false;
    /** The fetch of this token is refused once, as a budget that ran out (no request made). */
    QString refuseOnce;
    QList<Call> calls;

    Network network() const override { return Network::X; }
    void whoAmI(QObject *, ResultCallback<Identity> done) override { done(unsupported()); }
    void fetchDirectMessages(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) override
    {
        calls.append({request.pageToken, *m_stored});
        Result<FetchedPage> answer = page(request.pageToken);
        if (!refuseOnce.isEmpty() && request.pageToken == refuseOnce) {
            refuseOnce.clear();
            Error limited(Error::Code::RateLimited, u"no requests left in this window"_s);
            answer = limited;
        }
        if (answerAtOnce)
            done(std::move(answer));
        else
            QTimer::singleShot(0, context, [done, answer] { done(answer); });
    }
    void fetchConversation(const PageRequest &, QObject *, ResultCallback<FetchedPage> done) override
    {
        done(unsupported());
    }
    void fetchMentions(const PageRequest &, QObject *context, ResultCallback<FetchedPage> done) override
    {
        QTimer::singleShot(0, context, [done] { done(FetchedPage{}); });
    }
    void sendDirectMessage(const OutgoingMessage &, QObject *, ResultCallback<SentItem> done) override
    {
        done(unsupported());
    }
    void publish(const OutgoingPost &, QObject *, ResultCallback<SentItem> done) override { done(unsupported()); }
    void findSentMessage(const OutgoingMessage &, const QDateTime &, const QSet<QString> &, QObject *,
                         ResultCallback<std::optional<SentItem>> done) override
    {
        done(unsupported());
    }
    void findPublishedPost(const OutgoingPost &, const QDateTime &, const QSet<QString> &, QObject *,
                           ResultCallback<std::optional<SentItem>> done) override
    {
        done(unsupported());
    }
    void uploadMedia(const MediaUpload &, QObject *, ResultCallback<UploadedMedia> done, ProgressCallback) override
    {
        done(unsupported());
    }
    void lookUpPerson(const QString &, QObject *, ResultCallback<Identity> done) override { done(unsupported()); }
    TextRules textRules(TextRules::Mode mode) const override { return TextRules::x(mode); }
    QUrl directMessageLink() const override { return {}; }
    std::optional<RateLimitLedger::Entry> budget(SyncStream) const override { return std::nullopt; }

private:
    static Error unsupported() { return Error(Error::Code::Unavailable, u"not scripted"_s); }

    FetchedPage page(const QString &token) const
    {
        const int index = token.isEmpty() ? 1 : token.mid(1).toInt();
        FetchedPage fetched;
        const QString person = u"person %1"_s.arg(index);
        fetched.people.append(testdata::person(m_accountId, person));
        fetched.conversations.append(testdata::directConversation(m_accountId, u"dm %1"_s.arg(index), person));
        for (int i = 0; i < 3; ++i) {
            fetched.messages.append(
                testdata::inboundDm(m_accountId, u"dm %1"_s.arg(index), u"m%1-%2"_s.arg(index).arg(i), person,
                                    u"page %1 msg %2"_s.arg(index).arg(i), testdata::at(10'000 - index * 10 - i)));
        }
        if (index == 1)
            fetched.newestCursor = u"m1-0"_s;
        if (index < m_pages)
            fetched.nextPageToken = u"p%1"_s.arg(index + 1);
        return fetched;
    }

    QUuid m_accountId;
    int m_pages;
    const int *m_stored;
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstSyncStoresEveryPageWithItsCursor();
    void nothingNewCostsOneRequestPerStream();
    void repeatedPageStoresNothingTwice();
    void failedFetchStartsOverWithoutDuplicates();
    void pageThatFailsToStoreIsNotSkipped();
    void nextPageIsAskedForBeforeThePageIsStored();
    void pagesThatAnswerAtOnceAreStoredInOrder();
    void syncNowWaitsForResetWhenBudgetIsZero();
    void tooManyRequestsMovesNextPollPastReset();
    void resetYearsAheadWaitsADayAtMost();
    void offlinePausesAndResumes();
    void unreachableServerLosesNothing();
    void expiredSignInStopsPolling();
    void statusesDeletedOnMastodonLeaveTheStore();

private:
    /** Starts syncing the account and waits for the first cycle of both streams. */
    bool firstSync();
    /** syncNow() and waits until both streams finished a cycle. */
    bool syncBoth();
    int requests(const QString &path) const;
    QString mentionsPath() const { return u"/2/users/%1/mentions"_s.arg(m_shop); }
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** Requests and resources of a stream in the usage meter, today (UTC, by the engine's clock). */
    std::pair<qint64, qint64> usage(const QString &stream);
    QByteArray rawGet(const QByteArray &target);
    void seed(int dms, int mentions, const QString &prefix);

    std::unique_ptr<XServer> m_server;
    std::unique_ptr<test::XServerTokens> m_tokens;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<QSignalSpy> m_cycles;
    std::unique_ptr<QSignalSpy> m_statuses;
    QNetworkAccessManager m_raw;
    Account m_account = testdata::account(u"shop"_s, Network::X);
    qint64 m_skewMs = 0; ///< how far the test moved the clocks ahead of the wall clock
    QString m_shop;
    QString m_alice;
    QString m_bob;
    QString m_carol;
    QString m_dave;
    QString m_group;
};

void TestSyncEngine::init()
{
    m_skewMs = 0;
    const auto clock = [this] { return QDateTime::currentDateTimeUtc().addMSecs(m_skewMs); };
    m_server = std::make_unique<XServer>();
    QVERIFY(m_server->listen());
    m_server->setClock(clock);
    m_shop = m_server->addUser(u"shop"_s, u"The Shop"_s);
    m_alice = m_server->addUser(u"alice"_s);
    m_bob = m_server->addUser(u"bob"_s);
    m_carol = m_server->addUser(u"carol"_s);
    m_dave = m_server->addUser(u"dave"_s);
    QVERIFY(!m_shop.isEmpty() && !m_dave.isEmpty());
    m_server->setOwnUser(m_shop);
    m_server->setAllRateLimits(100'000);
    m_group = m_server->createGroupConversation(m_carol, {m_shop, m_dave}, u"Group question"_s);
    QVERIFY(!m_group.isEmpty());
    m_tokens = std::make_unique<test::XServerTokens>(*m_server, m_shop);

    XClient::Config config;
    config.apiBase = m_server->baseUrl();
    config.accountId = m_account.id;
    config.ownUserId = m_shop;
    config.pageSize = pageSize;
    config.requestDeadline = 5s;
    m_client = std::make_unique<XClient>(config, m_tokens.get());
    m_client->http().setClock(clock);
    m_client->http().setBackoff({5ms, 20ms, 0.5});

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openSqlite(m_dir->filePath(u"profile.sqlite"_s), Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_account.remoteUserId = m_shop;
    QVERIFY(AccountRepository(*db.value()).upsert(m_account).ok());
    m_writer = std::make_unique<StoreWriter>(std::move(db).value());

    m_engine = std::make_unique<SyncEngine>(m_writer.get());
    m_engine->setClock(clock);
    SyncEngine::Intervals intervals;
    intervals.firstBackoff = 20ms;
    intervals.maxBackoff = 200ms;
    intervals.reconnectSpread = 20ms;
    m_engine->setIntervals(intervals);
    m_cycles = std::make_unique<QSignalSpy>(m_engine.get(), &SyncEngine::cycleFinished);
    m_statuses = std::make_unique<QSignalSpy>(m_engine.get(), &SyncEngine::accountStatusChanged);
}

void TestSyncEngine::cleanup()
{
    m_statuses.reset();
    m_cycles.reset();
    m_engine.reset();
    m_client.reset();
    m_tokens.reset();
    m_writer.reset();
    m_dir.reset();
    m_server.reset();
}

bool TestSyncEngine::firstSync()
{
    m_cycles->clear();
    m_engine->addAccount(m_account.id, m_client.get());
    return QTest::qWaitFor([this] { return m_cycles->count() >= 2 && m_engine->isIdle(); }, waitMs);
}

bool TestSyncEngine::syncBoth()
{
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    return QTest::qWaitFor([this] { return m_cycles->count() >= 2 && m_engine->isIdle(); }, waitMs);
}

int TestSyncEngine::requests(const QString &path) const
{
    return m_server->http().requestCount(get, path);
}

qint64 TestSyncEngine::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(test::writerDatabase(*m_writer).connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

std::pair<qint64, qint64> TestSyncEngine::usage(const QString &stream)
{
    const QDate today = QDateTime::currentDateTimeUtc().addMSecs(m_skewMs).date();
    auto rows = UsageRepository(test::writerDatabase(*m_writer)).rows(m_account.id, today, today);
    if (!rows)
        return {-1, -1};
    for (const UsageRow &row : rows.value()) {
        if (row.stream == stream)
            return {row.requests, row.resources};
    }
    return {0, 0};
}

QByteArray TestSyncEngine::rawGet(const QByteArray &target)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QString::fromLatin1(target)));
    request.setRawHeader("Authorization"_ba, "Bearer " + m_tokens->accessToken());
    QNetworkReply *reply = m_raw.get(request);
    const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs);
    const QByteArray body = done ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

void TestSyncEngine::seed(int dms, int mentions, const QString &prefix)
{
    const QStringList people{m_alice, m_bob, m_dave};
    for (int i = 0; i < dms; ++i) {
        const QString text = u"%1 dm %2"_s.arg(prefix).arg(i);
        if (i % 7 == 3)
            QVERIFY(!m_server->postToConversation(m_carol, m_group, text).isEmpty());
        else if (i % 5 == 4)
            QVERIFY(!m_server->deliverDirectMessage(m_shop, people.at(i % 3), text).isEmpty());
        else
            QVERIFY(!m_server->deliverDirectMessage(people.at(i % 3), m_shop, text).isEmpty());
    }
    for (int i = 0; i < mentions; ++i)
        QVERIFY(!m_server->mention(people.at(i % 3), m_shop, u"%1 mention %2"_s.arg(prefix).arg(i)).isEmpty());
}

// ---- Fetching and storing ----

void TestSyncEngine::firstSyncStoresEveryPageWithItsCursor()
{
    seed(34, 23, u"old"_s); // with the group's first message, 35 DM events: 4 pages of 10; mentions 3
    QSignalSpy stored(m_engine.get(), &SyncEngine::pageStored);
    QVERIFY(firstSync());

    QCOMPARE(requests(dmEventsPath), 4);
    QCOMPARE(requests(mentionsPath()), 3);
    int dmPages = 0;
    int dmMessages = 0;
    for (const QList<QVariant> &signal : std::as_const(stored)) {
        if (signal.at(1).value<SyncStream>() == SyncStream::DirectMessages) {
            QCOMPARE(signal.at(2).toInt(), ++dmPages); // pages counted up
            dmMessages += signal.at(3).toInt();
        }
    }
    QCOMPARE(dmPages, 4);
    QCOMPARE(dmMessages, 35);
    QCOMPARE(stored.count(), 7);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 35);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 23);

    // Each cycle announced the inbound messages that arrived.
    QCOMPARE(m_cycles->count(), 2);
    int newMessages = 0;
    for (const QList<QVariant> &signal : std::as_const(*m_cycles))
        newMessages += signal.at(2).toInt();
    const qint64 inbound =
        scalar(u"SELECT count(*) FROM messages WHERE direction = ?"_s, {int(Message::Direction::Inbound)});
    QCOMPARE(qint64(newMessages), inbound);

    // The cursors are the newest ids, stored with each fetch's last page.
    CursorRepository cursors(test::writerDatabase(*m_writer));
    QCOMPARE(cursors.cursor(m_account.id, u"dm"_s).value(),
             std::optional<QString>(m_server->dmEvents().constLast().id));
    QCOMPARE(cursors.cursor(m_account.id, u"mentions"_s).value(),
             std::optional<QString>(m_server->posts().constLast().id));

    // The account went from connecting to connected.
    QVERIFY(m_statuses->count() >= 2);
    QCOMPARE(m_statuses->first().at(1).value<AccountStatus>().state, AccountState::Connecting);
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected);
    // The next polls are a while away (the idle interval), not now.
    QVERIFY(m_engine->nextDue(m_account.id, SyncStream::DirectMessages) > QDateTime::currentDateTimeUtc().addSecs(60));
}

void TestSyncEngine::nothingNewCostsOneRequestPerStream()
{
    seed(25, 12, u"old"_s);
    QVERIFY(firstSync());
    const qint64 stored = scalar(u"SELECT count(*) FROM messages"_s);
    // The usage meter counted every page of the first sync: 26 events (3 pages), 12 mentions (2 pages).
    QCOMPARE(usage(u"dm"_s), std::make_pair(qint64(3), qint64(26)));
    QCOMPARE(usage(u"mentions"_s), std::make_pair(qint64(2), qint64(12)));

    // Two cycles with nothing new: one request per stream each, nothing stored.
    for (int cycle = 1; cycle <= 2; ++cycle) {
        m_server->http().clearRequests();
        QSignalSpy changed(m_writer.get(), &StoreWriter::changed);
        QVERIFY(syncBoth());
        QCOMPARE(m_server->http().requestCount(), 2);
        QCOMPARE(requests(dmEventsPath), 1);
        QCOMPARE(requests(mentionsPath()), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), stored);
        QCOMPARE(changed.count(), 0);
        // Exactly one more request per stream in the meter, and nothing more returned.
        QCOMPARE(usage(u"dm"_s), std::make_pair(qint64(3 + cycle), qint64(26)));
        QCOMPARE(usage(u"mentions"_s), std::make_pair(qint64(2 + cycle), qint64(12)));
    }
    // The mentions read asked only for what is newer than the cursor.
    const auto last = m_server->http().requests().constLast();
    const auto mentionRequest = last.path == mentionsPath() ? last : m_server->http().requests().constFirst();
    QCOMPARE(mentionRequest.queryValue(u"since_id"_s), CursorRepository(test::writerDatabase(*m_writer))
                                                           .cursor(m_account.id, u"mentions"_s)
                                                           .value()
                                                           .value_or(QString()));

    // Something new: only that is fetched and stored.
    seed(3, 2, u"new"_s);
    m_server->http().clearRequests();
    QVERIFY(syncBoth());
    QCOMPARE(requests(dmEventsPath), 1);
    QCOMPARE(requests(mentionsPath()), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), stored + 5);
    QCOMPARE(usage(u"dm"_s), std::make_pair(qint64(6), qint64(29)));
    // Mentions cost money on X: the meter estimates it ($0.001 per post read).
    const QDate today = QDateTime::currentDateTimeUtc().addMSecs(m_skewMs).date();
    const auto rows = UsageRepository(test::writerDatabase(*m_writer)).rows(m_account.id, today, today).value();
    for (const UsageRow &row : rows) {
        if (row.stream == u"mentions")
            QCOMPARE(row.costMicros, qint64(14 * 1000));
    }
}

void TestSyncEngine::repeatedPageStoresNothingTwice()
{
    seed(34, 0, u"old"_s); // 35 events: 4 pages
    // The first page as the server answers it, fetched once by hand with the client's own query.
    {
        std::optional<Result<FetchedPage>> page;
        QObject receiver;
        m_client->fetchDirectMessages({}, &receiver, [&page](Result<FetchedPage> r) { page = std::move(r); });
        QVERIFY(QTest::qWaitFor([&page] { return page.has_value(); }, waitMs));
        QVERIFY(page->ok());
    }
    const QByteArray target = m_server->http().requests().constLast().target;
    const QByteArray firstPage = rawGet(target);
    QVERIFY(firstPage.contains("next_token"));
    m_server->http().clearRequests();

    // The server answers the request for page 2 with page 1 again (whose next_token leads to page 2).
    QObject guard;
    bool armed = false;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &guard, [&](const sandbox::Request &request) {
        if (request.path == dmEventsPath && !armed) {
            armed = true;
            m_server->http().injectFault(get, dmEventsPath, Fault::withStatus(200, firstPage), 1);
        }
    });
    QSignalSpy changed(m_writer.get(), &StoreWriter::changed);
    QSignalSpy stored(m_engine.get(), &SyncEngine::pageStored);
    QVERIFY(firstSync());

    QCOMPARE(requests(dmEventsPath), 5);
    int dmPages = 0;
    for (const QList<QVariant> &signal : std::as_const(stored))
        dmPages += signal.at(1).value<SyncStream>() == SyncStream::DirectMessages ? 1 : 0;
    QCOMPARE(dmPages, 5);
    // Stored once: the repeated page changed nothing and announced nothing.
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 35);
    QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM messages"_s), 35);
    QCOMPARE(changed.count(), 4);
    const qint64 inbound =
        scalar(u"SELECT count(*) FROM messages WHERE direction = ?"_s, {int(Message::Direction::Inbound)});
    for (const QList<QVariant> &signal : std::as_const(*m_cycles)) {
        if (signal.at(1).value<SyncStream>() == SyncStream::DirectMessages)
            QCOMPARE(qint64(signal.at(2).toInt()), inbound);
    }
    QCOMPARE(CursorRepository(test::writerDatabase(*m_writer)).cursor(m_account.id, u"dm"_s).value(),
             std::optional<QString>(m_server->dmEvents().constLast().id));
}

void TestSyncEngine::failedFetchStartsOverWithoutDuplicates()
{
    seed(34, 0, u"old"_s); // 35 events: 4 pages
    // Page 3 fails every try HttpClient makes (three), so the fetch fails as a whole.
    QObject guard;
    int seen = 0;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &guard, [&](const sandbox::Request &request) {
        if (request.path == dmEventsPath && ++seen == 2)
            m_server->http().injectFault(get, dmEventsPath, Fault::withStatus(502), 3);
    });
    m_cycles->clear();
    m_engine->addAccount(m_account.id, m_client.get());
    // The failed cycle, then a second one after the backoff.
    QVERIFY(QTest::qWaitFor(
        [this] {
            return scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm'"_s) == 1 && m_engine->isIdle();
        },
        waitMs));
    // 2 pages, 3 failed tries of page 3, then the whole fetch again from the stored cursor: 4 pages.
    QCOMPARE(requests(dmEventsPath), 2 + 3 + 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 35);
    QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM messages"_s), 35);
    QCOMPARE(CursorRepository(test::writerDatabase(*m_writer)).cursor(m_account.id, u"dm"_s).value(),
             std::optional<QString>(m_server->dmEvents().constLast().id));
}

void TestSyncEngine::pageThatFailsToStoreIsNotSkipped()
{
    // Page 2 cannot be stored (a full disk): the fetch stops there and starts again from the stored
    // cursor, so page 2's messages come with the next try and the cursor never passes them.
    seed(34, 0, u"old"_s); // 35 events: 4 pages, "old dm 20" on page 2
    QSqlQuery fault(test::writerDatabase(*m_writer).connection());
    QVERIFY(fault.exec(u"CREATE TRIGGER test_fault BEFORE INSERT ON messages WHEN NEW.text = 'old dm 20'"
                       " BEGIN SELECT RAISE(ABORT, 'test: the disk is full'); END"_s));
    QObject guard;
    bool failed = false;
    connect(m_engine.get(), &SyncEngine::cycleFinished, &guard, [&](const QUuid &, SyncStream which) {
        // A DM cycle that ends without its cursor is the failed one.
        if (which == SyncStream::DirectMessages && !failed
            && scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm'"_s) == 0) {
            failed = true;
            QSqlQuery heal(test::writerDatabase(*m_writer).connection());
            QVERIFY(heal.exec(u"DROP TRIGGER test_fault"_s));
        }
    });
    m_engine->addAccount(m_account.id, m_client.get());
    QVERIFY(QTest::qWaitFor(
        [this] {
            return scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm'"_s) == 1 && m_engine->isIdle();
        },
        waitMs));
    QVERIFY(failed);
    // Pages 1 to 3 (page 3 was asked for while page 2 was being stored, and its answer is
    // dropped), then the whole fetch again from the start: 4 pages.
    QCOMPARE(requests(dmEventsPath), 3 + 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 35);
    QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM messages"_s), 35);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text = 'old dm 20'"_s), 1);
    QCOMPARE(CursorRepository(test::writerDatabase(*m_writer)).cursor(m_account.id, u"dm"_s).value(),
             std::optional<QString>(m_server->dmEvents().constLast().id));
}

// ---- Rate limits ----

void TestSyncEngine::nextPageIsAskedForBeforeThePageIsStored()
{
    // The server works on page 2 while page 1 is stored: the request leaves first. Pages are
    // still stored one at a time, in order, with the cursor on the last.
    int stored = 0;
    ScriptedClient client(m_account.id, 3, &stored);
    SyncEngine engine(m_writer.get());
    QList<int> storedMessages;
    connect(&engine, &SyncEngine::pageStored, this, [&](const QUuid &, SyncStream which, int pages, int messages) {
        if (which == SyncStream::DirectMessages) {
            stored = pages;
            storedMessages.append(messages);
        }
    });
    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    engine.addAccount(m_account.id, &client);
    QVERIFY(QTest::qWaitFor([&] { return cycles.count() >= 2 && engine.isIdle(); }, waitMs));

    QCOMPARE(client.calls.size(), 3);
    QCOMPARE(client.calls.at(0).pageToken, QString());
    QCOMPARE(client.calls.at(1).pageToken, u"p2"_s);
    QCOMPARE(client.calls.at(2).pageToken, u"p3"_s);
    QCOMPARE(client.calls.at(1).storedBefore, 0); // page 2 asked for before page 1 was stored
    QCOMPARE(client.calls.at(2).storedBefore, 1);
    QCOMPARE(storedMessages, QList<int>({3, 3, 3}));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 9);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm' AND cursor = 'm1-0'"_s), 1);
}

void TestSyncEngine::pagesThatAnswerAtOnceAreStoredInOrder()
{
    // A provider may answer inside the fetch call (a refusal by the budget, say). The next page
    // then comes back before its predecessor is stored: it waits its turn. Here page 2 is refused
    // once: page 1 stays stored without the cursor, and the next cycle resumes at page 2.
    int stored = 0;
    ScriptedClient client(m_account.id, 3, &stored);
    client.answerAtOnce = true;
    client.refuseOnce = u"p2"_s;
    SyncEngine engine(m_writer.get());
    SyncEngine::Intervals intervals;
    intervals.active = std::chrono::hours(1);
    intervals.idle = std::chrono::hours(1);
    engine.setIntervals(intervals);
    QStringList order;
    connect(&engine, &SyncEngine::pageStored, this, [&](const QUuid &, SyncStream which, int pages) {
        if (which == SyncStream::DirectMessages) {
            stored = pages;
            order.append(u"stored %1"_s.arg(pages));
        }
    });
    QSignalSpy statuses(&engine, &SyncEngine::accountStatusChanged);
    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    engine.addAccount(m_account.id, &client);
    QVERIFY(QTest::qWaitFor([&] { return cycles.count() >= 2 && engine.isIdle(); }, waitMs));
    QCOMPARE(order, QStringList({u"stored 1"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE 'page 1 %'"_s), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm'"_s), 0);
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses.last().at(1).value<AccountStatus>().state, AccountState::RateLimited);

    cycles.clear();
    engine.syncNow(m_account.id);
    QVERIFY(QTest::qWaitFor([&] { return cycles.count() >= 2 && engine.isIdle(); }, waitMs));
    QStringList tokens;
    for (const auto &call : std::as_const(client.calls))
        tokens.append(call.pageToken);
    QCOMPARE(tokens, QStringList({QString(), u"p2"_s, u"p2"_s, u"p3"_s}));
    QCOMPARE(order, QStringList({u"stored 1"_s, u"stored 2"_s, u"stored 3"_s}));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), 9);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_cursors WHERE stream = 'dm' AND cursor = 'm1-0'"_s), 1);
}

void TestSyncEngine::syncNowWaitsForResetWhenBudgetIsZero()
{
    m_server->setRateLimit(get, dmEventsPath, 2);
    seed(5, 3, u"old"_s);
    QVERIFY(firstSync()); // one request: 1 of 2 left
    QVERIFY(syncBoth()); // the second: none left until the window resets
    QCOMPARE(requests(dmEventsPath), 2);
    const auto budget = m_client->budget(SyncStream::DirectMessages);
    QVERIFY(budget.has_value());
    QCOMPARE(budget->remaining, 0);
    const QDateTime reset = budget->reset;
    QVERIFY(reset > QDateTime::currentDateTimeUtc().addSecs(10 * 60));

    // "Sync now" jumps the queue only within the budget: mentions go at once, DMs wait for the reset.
    seed(2, 1, u"new"_s);
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    QCOMPARE(m_engine->nextDue(m_account.id, SyncStream::DirectMessages), reset);
    QVERIFY(m_cycles->wait(waitMs));
    QCOMPARE(m_cycles->first().at(1).value<SyncStream>(), SyncStream::Mentions);
    QVERIFY(!m_cycles->wait(quietMs));
    QVERIFY(m_engine->isIdle());
    QCOMPARE(requests(dmEventsPath), 2);
    // Nothing leaves for that bucket before the reset, whoever asks: the client refuses by itself.
    std::optional<Result<FetchedPage>> refused;
    QObject receiver;
    m_client->fetchDirectMessages({}, &receiver, [&refused](Result<FetchedPage> r) { refused = std::move(r); });
    QVERIFY(QTest::qWaitFor([&refused] { return refused.has_value(); }, waitMs));
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().code(), Error::Code::RateLimited);
    QCOMPARE(refused->error().httpStatus(), 0);
    QCOMPARE(refused->error().retryAfter(), reset);
    QCOMPARE(requests(dmEventsPath), 2);

    // Past the reset (every clock moves on 15 minutes), the DMs are fetched.
    m_skewMs += (15 * 60 + 2) * 1000;
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    QTRY_VERIFY_WITH_TIMEOUT(requests(dmEventsPath) == 3 && m_engine->isIdle(), waitMs);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE 'new dm %'"_s), 2);
}

void TestSyncEngine::tooManyRequestsMovesNextPollPastReset()
{
    seed(5, 3, u"old"_s);
    QVERIFY(firstSync());
    // The server's window runs out behind the client's back (another app on the same account).
    m_server->exhaustRateLimit(get, dmEventsPath, m_shop);
    const QDateTime serverReset = m_server->rateLimit(get, dmEventsPath, m_shop).reset;
    seed(2, 0, u"new"_s);
    m_statuses->clear();
    QVERIFY(syncBoth());
    QCOMPARE(requests(dmEventsPath), 2);

    // A 429: the account is rate limited until the reset the server named, and the next poll is after it.
    AccountStatus limited;
    for (const QList<QVariant> &signal : std::as_const(*m_statuses)) {
        if (signal.at(1).value<AccountStatus>().state == AccountState::RateLimited)
            limited = signal.at(1).value<AccountStatus>();
    }
    QCOMPARE(limited.state, AccountState::RateLimited);
    QCOMPARE(limited.until, QDateTime::fromSecsSinceEpoch(serverReset.toSecsSinceEpoch(), QTimeZone::utc()));
    QVERIFY(m_engine->nextDue(m_account.id, SyncStream::DirectMessages) >= limited.until);

    // "Sync now" does not undo that.
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    QVERIFY(m_engine->nextDue(m_account.id, SyncStream::DirectMessages) >= limited.until);
    QVERIFY(m_cycles->wait(waitMs)); // mentions
    QVERIFY(!m_cycles->wait(quietMs));
    QCOMPARE(requests(dmEventsPath), 2);
    // The mentions went through, but the account still shows that DMs wait.
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::RateLimited);

    // After the reset the fetch goes through and the account is connected again.
    m_skewMs += (15 * 60 + 2) * 1000;
    m_statuses->clear();
    QVERIFY(syncBoth());
    QCOMPARE(requests(dmEventsPath), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE 'new dm %'"_s), 2);
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected);
}

void TestSyncEngine::resetYearsAheadWaitsADayAtMost()
{
    seed(5, 3, u"old"_s);
    QVERIFY(firstSync());
    // A broken or hostile server: a 429 whose reset is in the year 5138, and Retry-After years away.
    m_server->http().injectFault(get, dmEventsPath,
                                 Fault::withStatus(429, {},
                                                   {{"x-rate-limit-limit", "15"},
                                                    {"x-rate-limit-remaining", "0"},
                                                    {"x-rate-limit-reset", "99999999999"},
                                                    {"retry-after", "99999999"}}),
                                 1);
    seed(2, 0, u"new"_s);
    m_statuses->clear();
    QVERIFY(syncBoth());
    QCOMPARE(requests(dmEventsPath), 2);
    const QDateTime inADay = QDateTime::currentDateTimeUtc().addMSecs(m_skewMs).addSecs(24 * 3600);
    AccountStatus limited;
    for (const QList<QVariant> &signal : std::as_const(*m_statuses)) {
        if (signal.at(1).value<AccountStatus>().state == AccountState::RateLimited)
            limited = signal.at(1).value<AccountStatus>();
    }
    QCOMPARE(limited.state, AccountState::RateLimited);
    QVERIFY2(limited.until.isValid() && limited.until <= inADay, qPrintable(limited.until.toString(Qt::ISODate)));
    QVERIFY(m_engine->nextDue(m_account.id, SyncStream::DirectMessages) <= inADay);
    // "Sync now" within the day waits, as for any reset.
    m_engine->syncNow(m_account.id);
    QVERIFY(m_engine->nextDue(m_account.id, SyncStream::DirectMessages) <= inADay);

    // A day later (every clock moves on), the DMs are fetched again.
    m_skewMs += (24 * 3600 + 2) * 1000;
    QVERIFY(syncBoth());
    QCOMPARE(requests(dmEventsPath), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE 'new dm %'"_s), 2);
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected);
}

// ---- Offline and sign-in ----

void TestSyncEngine::offlinePausesAndResumes()
{
    seed(5, 2, u"old"_s);
    QVERIFY(firstSync());
    m_statuses->clear();
    m_engine->setOnline(false);
    QVERIFY(!m_engine->isOnline());
    QCOMPARE(m_statuses->count(), 1);
    QCOMPARE(m_statuses->first().at(1).value<AccountStatus>().state, AccountState::Offline);

    // While offline nothing is polled, not even when asked.
    seed(3, 1, u"while offline"_s);
    m_server->http().clearRequests();
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    QVERIFY(!m_cycles->wait(quietMs));
    QCOMPARE(m_server->http().requestCount(), 0);

    // Back online: every stream polls again (within the reconnect spread) and catches up.
    m_engine->setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_cycles->count() >= 2 && m_engine->isIdle(), waitMs);
    QCOMPARE(requests(dmEventsPath), 1);
    QCOMPARE(requests(mentionsPath()), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE '%while offline %'"_s), 4);
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected);
}

void TestSyncEngine::unreachableServerLosesNothing()
{
    seed(5, 2, u"old"_s);
    QVERIFY(firstSync());
    const quint16 port = m_server->port();
    m_server->close();
    seed(4, 2, u"unreachable"_s);
    m_statuses->clear();
    m_cycles->clear();
    m_engine->syncNow(m_account.id);
    // The fetch fails, the account shows as offline with the reason, and the engine keeps trying.
    QTRY_VERIFY_WITH_TIMEOUT(m_cycles->count() >= 4, waitMs);
    QCOMPARE(m_statuses->first().at(1).value<AccountStatus>().state, AccountState::Offline);
    QVERIFY(!m_statuses->first().at(1).value<AccountStatus>().detail.isEmpty());
    // It stays "offline" through the retries instead of flickering to "connecting" at each one.
    for (const QList<QVariant> &signal : std::as_const(*m_statuses))
        QCOMPARE(signal.at(1).value<AccountStatus>().state, AccountState::Offline);

    QVERIFY(m_server->listen(port));
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(u"SELECT count(*) FROM messages WHERE text LIKE '%unreachable %'"_s) == 6 && m_engine->isIdle(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected, waitMs);
    QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM messages"_s), scalar(u"SELECT count(*) FROM messages"_s));
}

void TestSyncEngine::expiredSignInStopsPolling()
{
    seed(3, 1, u"old"_s);
    QVERIFY(firstSync());
    // The token expires and the refresh is refused: the user must sign in again.
    m_tokens->failRefresh = true;
    m_server->expireAllTokens();
    m_statuses->clear();
    QVERIFY(syncBoth());
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::SignInExpired);
    QVERIFY(!m_statuses->last().at(1).value<AccountStatus>().detail.isEmpty());

    // No polling, no backoff loop, until the user acts.
    m_server->http().clearRequests();
    m_cycles->clear();
    QVERIFY(!m_cycles->wait(quietMs));
    QCOMPARE(m_server->http().requestCount(), 0);

    // Signed in again ("sync now" after the sign-in): the engine picks up where it stopped.
    m_tokens->failRefresh = false;
    seed(2, 0, u"new"_s);
    QVERIFY(syncBoth());
    QCOMPARE(m_statuses->last().at(1).value<AccountStatus>().state, AccountState::Connected);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE text LIKE 'new dm %'"_s), 2);
}

void TestSyncEngine::statusesDeletedOnMastodonLeaveTheStore()
{
    // A Mastodon account that streams: what its authors delete leaves the store, with no fetch.
    sandbox::MastodonServer mastodon;
    QVERIFY(mastodon.listen());
    mastodon.setRateLimit(100'000);
    const QString shop = mastodon.addAccount(u"shop"_s, u"The Shop"_s);
    const QString erin = mastodon.addAccount(u"erin"_s, u"Erin"_s);
    mastodon.setOwnAccount(shop);
    FixedAccessToken token(mastodon.addToken(shop, "mastodon-token"_ba));
    Account account = testdata::account(u"shop@mastodon.example"_s, Network::Mastodon);
    account.remoteUserId = shop;
    account.serverUrl = mastodon.baseUrl();
    QVERIFY(AccountRepository(test::writerDatabase(*m_writer)).upsert(account).ok());
    MastodonClient::Config config;
    config.apiBase = mastodon.baseUrl();
    config.accountId = account.id;
    config.ownUserId = shop;
    config.liveUpdates = true;
    config.stream.pingInterval = 0ms;
    MastodonClient client(config, &token);

    const QString question = mastodon.directMessage(erin, {shop}, u"Where is my order?"_s);
    const QString oversharing = mastodon.directMessage(erin, {shop}, u"My card is 4111 1111 1111 1111"_s, question);
    const QString mention = mastodon.mention(erin, shop, u"Hello shop"_s);
    m_cycles->clear();
    m_engine->addAccount(account.id, &client);
    QVERIFY(QTest::qWaitFor([this] { return m_cycles->count() >= 2 && m_engine->isIdle(); }, waitMs));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE remote_id IN (?, ?, ?)"_s, {question, oversharing, mention}),
             3);
    const QString previewSql = u"SELECT count(*) FROM conversations WHERE preview LIKE ?"_s;
    QCOMPARE(scalar(previewSql, {u"%My card is%"_s}), 1);
    QTRY_VERIFY_WITH_TIMEOUT(client.stream() && client.stream()->isConnected(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(mastodon.streamsOf(shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);

    QSignalSpy changed(m_writer.get(), &StoreWriter::changed);
    mastodon.http().clearRequests();
    mastodon.deleteStatus(oversharing);
    mastodon.deleteStatus(mention);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(u"SELECT count(*) FROM messages WHERE remote_id IN (?, ?)"_s, {oversharing, mention}), 0, waitMs);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE remote_id = ?"_s, {question}), 1);
    // The conversation shows what is left of it, and the views heard of it.
    QCOMPARE(scalar(previewSql, {u"%Where is my order?"_s}), 1);
    QCOMPARE(scalar(previewSql, {u"%My card is%"_s}), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(mastodon.http().requestCount(), 0);

    // An account no longer synced here is left alone (in a team, another agent's app syncs it).
    m_engine->removeAccount(account.id);
    Q_EMIT client.deletedRemotely({question});
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE remote_id = ?"_s, {question}), 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
