// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox end to end against the sandbox X server (sandbox/x), with a real store on a temporary
// SQLite file: order per conversation, 500 sends through random faults (resets before and after
// the server stored the message, timeouts, 5xx, 429) delivered exactly once, media uploads and
// expired media, user-fixable refusals, Retry, rate limits, an unreachable server, a restart, the
// usage meter, and a sender process killed with SIGKILL 50 times (the test re-runs itself as that
// sender, against the X server that lives in the test process). Reconciliation: a refused read,
// a message X shows late, twins of the same short text, media-only messages; a full disk; an
// account signed in again mid-send; a rate-limit reset years ahead. And 500 Bluesky DMs through
// random faults against the sandbox Bluesky server, which has no idempotency key either.

#include "Fault.h"
#include "LoopbackServer.h"
#include "PostgresServer.h"
#include "TestData.h"
#include "WriterAccess.h"
#include "auth/FixedAccessToken.h"
#include "bluesky/BlueskyServer.h"
#include "providers/bluesky/BlueskyClient.h"
#include "providers/x/XClient.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/StoreWriter.h"
#include "store/UsageRepository.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
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
const QByteArray token = "outbox-token"_ba;
const QByteArray post = "POST"_ba;
const QByteArray get = "GET"_ba;
// Every request of the outbox's DM traffic: sends into a conversation or to a person, and the
// reads of a conversation that reconcile an unknown outcome.
const QString conversationCalls = u"/2/dm_conversations/{id}/{what}"_s; // …/{id}/messages, …/{id}/dm_events
const QString participantCalls = u"/2/dm_conversations/with/{id}/{what}"_s;
const QString sendPattern = u"/2/dm_conversations/{dm_conversation_id}/messages"_s;
// How the outbox reads a 1:1 conversation to reconcile.
const QString directReadPattern = u"/2/dm_conversations/with/{participant_id}/dm_events"_s;

const QString childFlag = u"--outbox-child"_s;
constexpr int killCycles = 50;
constexpr int killMessagesPerConversation = 250;

// The outbox's warnings, counted: how often it failed to write an item.
QMutex s_logMutex;
int s_saveFailures = 0;
QtMessageHandler s_previousHandler = nullptr;

void countSaveFailures(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"could not save an outgoing message"_s)) {
        QMutexLocker lock(&s_logMutex);
        ++s_saveFailures;
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

int saveFailures()
{
    QMutexLocker lock(&s_logMutex);
    return s_saveFailures;
}

/** A 3×2 RGB PNG, small and valid. */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000104944415478"
                               "9c63f8cfc000410c70160041d205fb87f0b9480000000049454e44ae426082");
}

/** The account as the store knows it; the same in the test and in its child processes. */
Account shopAccount(const QString &shopUserId)
{
    Account account = testdata::account(u"shop"_s, Network::X);
    account.remoteUserId = shopUserId;
    return account;
}

XClient::Config clientConfig(const QUrl &apiBase, const QUuid &accountId, const QString &ownUserId,
                             std::chrono::milliseconds deadline)
{
    XClient::Config config;
    config.apiBase = apiBase;
    config.accountId = accountId;
    config.ownUserId = ownUserId;
    config.requestDeadline = deadline;
    return config;
}

Result<std::unique_ptr<StoreWriter>> openStore(const Database::Location &where, const Account &account)
{
    auto db = Database::open(where, Database::Role::Writer);
    if (!db)
        return db.error();
    if (auto r = AccountRepository(*db.value()).upsert(account); !r)
        return r.error();
    return std::make_unique<StoreWriter>(std::move(db).value());
}

qint64 localConversationId(Database &db, const QString &remoteId)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT id FROM conversations WHERE remote_id = ?"_s);
    query.addBindValue(remoteId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

/** What the kill -9 sender sends: the same list, with the same client keys, in every run. */
QString killText(int conversation, int index)
{
    return u"kill %1 of conv %2"_s.arg(index).arg(conversation);
}

QString killKey(int conversation, int index)
{
    return u"kill-key-%1-%2"_s.arg(conversation).arg(index);
}

/**
 * The child of killedSenderDeliversExactlyOnce(): opens the profile, queues the fixed list (what
 * an earlier run queued is skipped by its client key), sends until the outbox is drained, exits 0.
 * Prints one line as soon as it runs, so the parent measures its random moment from there.
 */
int runChild(const QStringList &args)
{
    // <db> <port> <own user id> <conversation remote ids, comma-separated>
    if (args.size() != 4)
        return 2;
    std::printf("started\n");
    std::fflush(stdout);
    const Account account = shopAccount(args.at(2));
    auto store = openStore(test::locationFromArgument(args.at(0)), account);
    if (!store)
        return 3;
    StoreWriter &writer = *store.value();
    const QStringList conversations = args.at(3).split(u',');
    QList<qint64> localIds;
    for (const QString &remote : conversations) {
        localIds << localConversationId(test::writerDatabase(writer), remote);
        if (localIds.constLast() <= 0)
            return 4;
    }

    QUrl base;
    base.setScheme(u"http"_s);
    base.setHost(u"127.0.0.1"_s);
    base.setPort(args.at(1).toInt());
    FixedAccessToken tokens(token);
    XClient client(clientConfig(base, account.id, args.at(2), 5s), &tokens);
    Outbox outbox(&writer);
    outbox.setBackoff({5ms, 100ms});
    outbox.setSettleTime(5ms);

    // Interleaved, as a person answering several chats at once would queue them.
    for (int i = 0; i < killMessagesPerConversation; ++i) {
        for (int c = 0; c < conversations.size(); ++c) {
            auto existing = OutboxRepository(test::writerDatabase(writer)).byClientKey(killKey(c, i));
            if (!existing)
                return 5;
            if (existing.value())
                continue;
            OutboxItem item;
            item.clientKey = killKey(c, i);
            item.accountId = account.id;
            item.kind = OutboxItem::Kind::DirectMessage;
            item.conversationId = localIds.at(c);
            item.conversationRemoteId = conversations.at(c);
            item.text = killText(c, i);
            if (!outbox.enqueue(item))
                return 6;
        }
    }
    QObject::connect(&outbox, &Outbox::drained, &outbox, [] { QCoreApplication::exit(0); });
    outbox.addAccount(account.id, &client);
    outbox.start();
    return QCoreApplication::exec();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sendsInOrderPerConversation();
    void deliversExactlyOnceThroughRandomFaults();
    void uploadsMediaBeforeSending();
    void uploadsExpiredMediaAgain();
    void userFixableErrorFailsAtOnce_data();
    void userFixableErrorFailsAtOnce();
    void retrySendsFailedItem();
    void tooManyRequestsMovesNextAttemptPastReset();
    void noRequestLeavesBeforeResetWhenLedgerIsAtZero();
    void offlineLosesNothingAndDrainsInOrder();
    void restartSendsWhatWasQueued();
    void anotherAppsSendIsLeftToIt();
    void syncedCopyIsNotShownTwice();
    void killedSenderDeliversExactlyOnce();
    void blueskyDeliversExactlyOnceThroughRandomFaults();

    // Reconciliation and stalls (issue #12)
    void refusedReadLeavesItemUnverified();
    void retryOfEarlierFailureLooksFirst();
    void lateMessageIsFoundBeforeSendingAgain();
    void absentMessageGoesOutAfterTwoLateReads();
    void sameShortTextIsClaimedOnce();
    void mediaOnlyItemIsMatchedOnItsMedia();
    void storageFailureBacksOffWithoutUploadingAgain();
    void newClientTakesOverItemsInFlight_data();
    void newClientTakesOverItemsInFlight();
    void farRateLimitResetIsCappedAtADay_data();
    void farRateLimitResetIsCappedAtADay();

private:
    struct Lane
    {
        QString remoteId; ///< the conversation on X; empty for a 1:1 that does not exist yet
        qint64 localId = 0; ///< its row in the store; 0 for a new 1:1
        QString recipient; ///< a new 1:1: the person
    };

    void makeClient(std::chrono::milliseconds deadline = 5s);
    void makeOutbox();
    OutboxItem dm(const Lane &lane, const QString &text) const;
    /** A small PNG in the test's folder, for items with media. */
    QString photoFile(const QString &name = u"photo.png"_s) const;
    /** Requests the server received for @p method and route @p pattern, oldest first. */
    QList<sandbox::Request> requests(const QByteArray &method, const QString &pattern) const;
    qint64 enqueue(const OutboxItem &item);
    /** Starts the outbox and waits until it has nothing left to send. */
    bool drain(int timeoutMs = waitMs);
    /** The texts the shop sent into @p conversationRemoteId, as the server holds them, oldest first. */
    QStringList sentTexts(const QString &conversationRemoteId) const;
    std::optional<OutboxItem> item(qint64 id);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    QString describe(const OutboxItem &item) const;

    test::TestDatabases m_databases; ///< SQLite files, or a private PostgreSQL (TestOutbox.postgres)
    Database::Location m_location;
    std::unique_ptr<XServer> m_server;
    FixedAccessToken m_tokens{token};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<Outbox> m_outbox;
    Account m_account;
    QString m_shop;
    QString m_alice;
    QString m_bob;
    QString m_carol;
    QString m_dave;
    QString m_erin;
    Lane m_toAlice;
    Lane m_toBob;
    Lane m_group;
    Lane m_toDave; ///< nobody wrote yet: the first message creates the conversation
};

void TestOutbox::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestOutbox::init()
{
    m_server = std::make_unique<XServer>();
    QVERIFY(m_server->listen());
    m_shop = m_server->addUser(u"shop"_s, u"The Shop"_s);
    m_alice = m_server->addUser(u"alice"_s);
    m_bob = m_server->addUser(u"bob"_s);
    m_carol = m_server->addUser(u"carol"_s);
    m_dave = m_server->addUser(u"dave"_s);
    m_erin = m_server->addUser(u"erin"_s);
    QVERIFY(!m_shop.isEmpty() && !m_erin.isEmpty());
    m_server->setOwnUser(m_shop);
    QVERIFY(!m_server->addToken(m_shop, token).isEmpty());
    // Most tests are not about rate limits; the two that are set their own.
    m_server->setAllRateLimits(1'000'000);
    m_server->setMediaProcessing(1, 0);

    // Conversations that exist on X and in the store, as a first sync leaves them.
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"Hi shop"_s).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_bob, m_shop, u"Hello"_s).isEmpty());
    const QString group = m_server->createGroupConversation(m_carol, {m_shop, m_erin}, u"Group chat"_s);
    QVERIFY(!group.isEmpty());
    m_toAlice = {XServer::directConversationId(m_alice, m_shop), 0, {}};
    m_toBob = {XServer::directConversationId(m_bob, m_shop), 0, {}};
    m_group = {group, 0, {}};
    m_toDave = {{}, 0, m_dave};

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = shopAccount(m_shop);
    m_location = m_databases.newLocation(u"profile"_s);
    auto store = openStore(m_location, m_account);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    m_writer = std::move(store).value();
    SyncPage page;
    page.accountId = m_account.id;
    page.stream = u"dm"_s;
    for (const QString &person : {m_alice, m_bob, m_carol, m_erin})
        page.identities << testdata::person(m_account.id, person);
    page.conversations << testdata::directConversation(m_account.id, m_toAlice.remoteId, m_alice)
                       << testdata::directConversation(m_account.id, m_toBob.remoteId, m_bob);
    Conversation groupConversation;
    groupConversation.accountId = m_account.id;
    groupConversation.remoteId = group;
    groupConversation.kind = Conversation::Kind::Group;
    groupConversation.participantRemoteIds = {m_carol, m_erin};
    page.conversations << groupConversation;
    QVERIFY(m_writer->storePage(page).ok());
    for (Lane *lane : {&m_toAlice, &m_toBob, &m_group}) {
        lane->localId = localConversationId(test::writerDatabase(*m_writer), lane->remoteId);
        QVERIFY(lane->localId > 0);
    }
    makeClient();
    makeOutbox();
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    m_client.reset();
    m_writer.reset();
    m_dir.reset();
    m_server.reset();
}

void TestOutbox::makeClient(std::chrono::milliseconds deadline)
{
    m_client = std::make_unique<XClient>(clientConfig(m_server->baseUrl(), m_account.id, m_shop, deadline), &m_tokens);
    // Reads are retried inside HttpClient; keep those pauses as short as the outbox's.
    m_client->http().setBackoff({5ms, 50ms, 0.5});
}

void TestOutbox::makeOutbox()
{
    m_outbox = std::make_unique<Outbox>(m_writer.get());
    m_outbox->setBackoff({10ms, 200ms});
    // Not the minute X may need to show a message: the sandbox shows it at once.
    m_outbox->setSettleTime(20ms);
    m_outbox->addAccount(m_account.id, m_client.get());
}

QString TestOutbox::photoFile(const QString &name) const
{
    const QString file = m_dir->filePath(name);
    QFile png(file);
    if (png.open(QIODevice::WriteOnly))
        png.write(tinyPng());
    return file;
}

QList<sandbox::Request> TestOutbox::requests(const QByteArray &method, const QString &pattern) const
{
    QList<sandbox::Request> matching;
    for (const sandbox::Request &r : m_server->http().requests()) {
        if (r.method == method && r.routePattern == pattern)
            matching << r;
    }
    return matching;
}

OutboxItem TestOutbox::dm(const Lane &lane, const QString &text) const
{
    OutboxItem item;
    item.accountId = m_account.id;
    item.kind = OutboxItem::Kind::DirectMessage;
    item.conversationId = lane.localId;
    item.conversationRemoteId = lane.remoteId;
    if (!lane.recipient.isEmpty())
        item.recipientRemoteIds = {lane.recipient};
    item.text = text;
    return item;
}

qint64 TestOutbox::enqueue(const OutboxItem &item)
{
    auto queued = m_outbox->enqueue(item);
    if (!queued) {
        qWarning() << "enqueue:" << queued.error().message();
        return 0;
    }
    return queued->id;
}

bool TestOutbox::drain(int timeoutMs)
{
    QSignalSpy drained(m_outbox.get(), &Outbox::drained);
    m_outbox->start();
    return QTest::qWaitFor([&] { return drained.count() > 0 && m_outbox->isIdle(); }, timeoutMs);
}

QStringList TestOutbox::sentTexts(const QString &conversationRemoteId) const
{
    QStringList texts;
    for (const sandbox::XDmEvent &event : m_server->dmEvents(conversationRemoteId)) {
        if (event.type == sandbox::XDmEvent::Type::MessageCreate && event.senderId == m_shop)
            texts << event.text;
    }
    return texts;
}

std::optional<OutboxItem> TestOutbox::item(qint64 id)
{
    auto found = OutboxRepository(test::writerDatabase(*m_writer)).byId(id);
    return found ? found.value() : std::nullopt;
}

qint64 TestOutbox::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(test::writerDatabase(*m_writer).connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QString TestOutbox::describe(const OutboxItem &item) const
{
    return u"item %1 \"%2\": state %3, attempts %4, error %5 (%6)"_s.arg(item.id)
        .arg(item.text.left(40))
        .arg(int(item.state))
        .arg(item.attempts)
        .arg(item.errorCode, item.errorMessage);
}

// ---- Sending ----

void TestOutbox::sendsInOrderPerConversation()
{
    QList<OutboxItem::State> states;
    QObject guard; // ends the connection with the locals it captures
    connect(m_outbox.get(), &Outbox::itemChanged, &guard,
            [&states](const OutboxItem &changed) { states << changed.state; });
    QList<qint64> ids;
    QHash<QString, QStringList> expected;
    for (int i = 0; i < 6; ++i) {
        for (const Lane *lane : {&m_toAlice, &m_group, &m_toDave}) {
            const QString text = u"msg %1 to %2"_s.arg(i).arg(lane->remoteId + lane->recipient);
            ids << enqueue(dm(*lane, text));
            QVERIFY(ids.constLast() > 0);
            expected[lane->remoteId + lane->recipient] << text;
        }
    }
    // Durable before anything is sent: queued rows, and a message row in each known thread.
    QCOMPARE(m_outbox->pendingCount(), 18);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE remote_id IS NULL AND delivery = ?"_s,
                    {int(Message::Delivery::Queued)}),
             12);
    QVERIFY(drain());

    QCOMPARE(sentTexts(m_toAlice.remoteId), expected.value(m_toAlice.remoteId));
    QCOMPARE(sentTexts(m_group.remoteId), expected.value(m_group.remoteId));
    const QString daveConversation = XServer::directConversationId(m_shop, m_dave);
    QCOMPARE(sentTexts(daveConversation), expected.value(m_dave));
    // The first message to Dave created the conversation; the others went to him by id as well.
    QCOMPARE(m_server->http().requestCount(post, u"/2/dm_conversations/with/%1/messages"_s.arg(m_dave)), 6);

    for (qint64 id : std::as_const(ids)) {
        const auto sent = item(id);
        QVERIFY(sent.has_value());
        QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
        QCOMPARE(sent->attempts, 1);
        const auto event = m_server->dmEvent(sent->remoteId);
        QVERIFY(event.has_value());
        QCOMPARE(event->text, sent->text);
    }
    // The thread rows now carry the remote ids and show the messages as delivered.
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE remote_id IS NULL"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE direction = ? AND delivery = ?"_s,
                    {int(Message::Direction::Outbound), int(Message::Delivery::Delivered)}),
             12);
    // Each item went Queued → Sending → Sent.
    QCOMPARE(states.count(OutboxItem::State::Queued), 18);
    QCOMPARE(states.count(OutboxItem::State::Sending), 18);
    QCOMPARE(states.count(OutboxItem::State::Sent), 18);

    // The usage meter counts the sends per account, stream and day.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto usage = UsageRepository(test::writerDatabase(*m_writer)).rows(m_account.id, today.addDays(-1), today);
    QVERIFY(usage.ok());
    qint64 sends = 0;
    for (const UsageRow &row : usage.value()) {
        if (row.stream == u"send-dm")
            sends += row.requests;
    }
    QCOMPARE(sends, 18);
}

void TestOutbox::deliversExactlyOnceThroughRandomFaults()
{
    // A short deadline, so that an answer held back by the server becomes a timeout quickly.
    constexpr auto deadline = 400ms;
    makeClient(deadline);
    makeOutbox();

    quint32 seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("STARLING_TEST_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("STARLING_TEST_SEED"));
    qInfo("fault seed: %u (STARLING_TEST_SEED=%u reproduces it)", seed, seed);
    QRandomGenerator random(seed);

    // After every request, the next one of the outbox's DM traffic (sends, and the reads that
    // reconcile) gets a random fault, one time in four.
    QHash<QString, int> injected;
    sandbox::LoopbackServer &http = m_server->http();
    auto injecting = std::make_unique<QObject>(); // the connection ends with it, before the locals it captures
    connect(&http, &sandbox::LoopbackServer::requestReceived, injecting.get(), [&] {
        http.clearFaults();
        if (random.bounded(4) != 0)
            return;
        Fault fault;
        // A 429 pauses every conversation until the reset (up to a second): rarer than the rest.
        switch (random.bounded(12)) {
        case 0:
        case 1:
            fault = Fault::resetBeforeHandling(); // never stored
            break;
        case 2:
        case 3:
        case 4:
        case 5:
            fault = Fault::resetAfterHandling(); // stored, never answered: only a reconciliation tells
            break;
        case 6:
        case 7:
            fault = Fault::delayHeaders(deadline * 3); // stored, answered after the deadline
            break;
        case 8:
            fault = Fault::dribble(deadline / 4); // stored, answered one byte at a time
            break;
        case 9:
            fault = Fault::withStatus(500);
            break;
        case 10:
            fault = Fault::withStatus(503);
            break;
        default:
            fault = Fault::rateLimited(Fault::RateLimitStyle::X, 1s);
            break;
        }
        ++injected[fault.name()];
        http.injectFault("*"_ba, conversationCalls, fault, 1);
        http.injectFault("*"_ba, participantCalls, fault, 1);
    });

    // 500 messages into four conversations: two 1:1, a group, and a 1:1 that the first message creates.
    constexpr int total = 500;
    const QList<const Lane *> lanes{&m_toAlice, &m_toBob, &m_group, &m_toDave};
    QHash<const Lane *, QStringList> expected;
    QList<qint64> ids;
    for (int i = 0; i < total; ++i) {
        const Lane *lane = lanes.at(i % lanes.size());
        const QString text = u"msg %1 of conv %2"_s.arg(i / lanes.size()).arg(i % lanes.size());
        expected[lane] << text;
        ids << enqueue(dm(*lane, text));
        QVERIFY(ids.constLast() > 0);
    }
    // Not a time limit on the outbox (its speed is sync_bench's business): only a bound on a hang.
    // The faults' deadlines and waits take about a minute alone and over two on a loaded machine.
    QVERIFY2(drain(420000), qPrintable(u"%1 items left"_s.arg(m_outbox->pendingCount())));
    injecting.reset();
    http.clearFaults();
    qInfo() << "faults injected:" << injected;
    QVERIFY(injected.value(u"reset-after-handling"_s) > 0);

    // The server holds every message exactly once, in order per conversation.
    const QString daveConversation = XServer::directConversationId(m_shop, m_dave);
    for (const Lane *lane : lanes) {
        const QString remote = lane->remoteId.isEmpty() ? daveConversation : lane->remoteId;
        const QStringList texts = sentTexts(remote);
        if (texts != expected.value(lane)) {
            for (qsizetype i = 0; i < std::max(texts.size(), expected.value(lane).size()); ++i) {
                const QString got = texts.value(i);
                const QString want = expected.value(lane).value(i);
                if (got != want) {
                    QFAIL(qPrintable(
                        u"conversation %1 differs at %2: got \"%3\", expected \"%4\" (%5 vs %6 messages)"_s.arg(remote)
                            .arg(i)
                            .arg(got, want)
                            .arg(texts.size())
                            .arg(expected.value(lane).size())));
                }
            }
        }
    }
    // And the outbox knows each one by the id the server gave it.
    QSet<QString> remoteIds;
    for (qint64 id : std::as_const(ids)) {
        const auto sent = item(id);
        QVERIFY(sent.has_value());
        QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
        const auto event = m_server->dmEvent(sent->remoteId);
        QVERIFY2(event.has_value() && event->text == sent->text, qPrintable(describe(*sent)));
        remoteIds.insert(sent->remoteId);
    }
    QCOMPARE(remoteIds.size(), total);
}

void TestOutbox::blueskyDeliversExactlyOnceThroughRandomFaults()
{
    // The Bluesky chat service, with the shop's account and three people.
    sandbox::BlueskyServer server;
    QVERIFY(server.listen());
    server.setRateLimit(1'000'000); // not about the server's own limits: the faults bring the 429s
    const QString shop = server.addAccount(u"shop.test"_s, u"The Shop"_s);
    const QString alice = server.addAccount(u"alice.test"_s);
    const QString bob = server.addAccount(u"bob.test"_s);
    const QString carol = server.addAccount(u"carol.test"_s);
    const QString dave = server.addAccount(u"dave.test"_s);
    QVERIFY(!shop.isEmpty() && !alice.isEmpty() && !bob.isEmpty() && !carol.isEmpty() && !dave.isEmpty());
    for (const QString &person : {alice, bob, carol}) {
        server.follow(person, shop);
        server.follow(shop, person);
    }
    server.setAllowIncoming(dave, u"all"_s); // nobody wrote yet: the first message makes the convo
    const QString withAlice = server.createConvo({shop, alice});
    const QString withBob = server.createConvo({shop, bob});
    const QString group = server.createConvo({carol, shop, alice});
    QVERIFY(!withAlice.isEmpty() && !withBob.isEmpty() && !group.isEmpty());
    QVERIFY(!server.sendMessage(alice, withAlice, u"Hi shop"_s).isEmpty());
    const QByteArray access = server.signIn(shop);
    QVERIFY(!access.isEmpty());

    // The account and its conversations in the store, as a first sync leaves them.
    Account account = testdata::account(u"shop.test"_s, Network::Bluesky);
    account.remoteUserId = shop;
    QVERIFY(AccountRepository(test::writerDatabase(*m_writer)).upsert(account).ok());
    SyncPage page;
    page.accountId = account.id;
    page.stream = u"dm"_s;
    for (const QString &person : {alice, bob, carol})
        page.identities << testdata::person(account.id, person);
    page.conversations << testdata::directConversation(account.id, withAlice, alice)
                       << testdata::directConversation(account.id, withBob, bob);
    Conversation groupConversation;
    groupConversation.accountId = account.id;
    groupConversation.remoteId = group;
    groupConversation.kind = Conversation::Kind::Group;
    groupConversation.participantRemoteIds = {carol, alice};
    page.conversations << groupConversation;
    QVERIFY(m_writer->storePage(page).ok());
    QList<Lane> lanes;
    for (const QString &remote : {withAlice, withBob, group}) {
        lanes << Lane{remote, localConversationId(test::writerDatabase(*m_writer), remote), {}};
        QVERIFY(lanes.constLast().localId > 0);
    }
    lanes << Lane{{}, 0, dave};

    FixedAccessToken tokens(access);
    BlueskyClient::Config config;
    config.service = server.baseUrl();
    config.accountId = account.id;
    config.ownDid = shop;
    config.requestDeadline = 2s;
    BlueskyClient client(config, &tokens);
    // Reads are retried inside HttpClient; keep those pauses as short as the outbox's.
    client.http().setBackoff({5ms, 50ms, 0.5});
    Outbox outbox(m_writer.get());
    outbox.setBackoff({10ms, 200ms});
    // Not the minute a real service may need to show a message: the sandbox shows it at once.
    outbox.setSettleTime(20ms);
    outbox.addAccount(account.id, &client);

    quint32 seed = QRandomGenerator::global()->generate();
    if (qEnvironmentVariableIsSet("STARLING_TEST_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("STARLING_TEST_SEED"));
    qInfo("fault seed: %u (STARLING_TEST_SEED=%u reproduces it)", seed, seed);
    QRandomGenerator random(seed);

    // After every request, the next send (and the next read that reconciles) gets a random fault,
    // one time in four.
    const QString sendRoute = u"/xrpc/chat.bsky.convo.sendMessage"_s;
    const QString readRoute = u"/xrpc/chat.bsky.convo.getMessages"_s;
    QHash<QString, int> injected;
    sandbox::LoopbackServer &http = server.http();
    auto injecting = std::make_unique<QObject>(); // the connection ends with it, before the locals it captures
    connect(&http, &sandbox::LoopbackServer::requestReceived, injecting.get(), [&] {
        http.clearFaults();
        if (random.bounded(4) != 0)
            return;
        Fault fault;
        // A 429 holds every request of the account until the reset (up to two seconds): rarer.
        const quint32 pick = random.bounded(32);
        if (pick < 6)
            fault = Fault::resetBeforeHandling(); // never stored
        else if (pick < 16)
            fault = Fault::resetAfterHandling(); // stored, never answered: only a reconciliation tells
        else if (pick < 21)
            fault = Fault::truncatedBody(); // stored, the answer cut short
        else if (pick < 25)
            fault = Fault::withStatus(500);
        else if (pick < 31)
            fault = Fault::withStatus(502);
        else
            fault = Fault::rateLimited(Fault::RateLimitStyle::Bluesky, 1s);
        ++injected[fault.name()];
        http.injectFault("*"_ba, sendRoute, fault, 1);
        http.injectFault("*"_ba, readRoute, fault, 1);
    });

    // 500 messages into four conversations: two 1:1, a group, and a 1:1 that the first message creates.
    constexpr int total = 500;
    QHash<int, QStringList> expected;
    QList<qint64> ids;
    for (int i = 0; i < total; ++i) {
        const int lane = i % int(lanes.size());
        const QString text = u"bsky %1 of conv %2"_s.arg(i / lanes.size()).arg(lane);
        expected[lane] << text;
        OutboxItem item;
        item.accountId = account.id;
        item.kind = OutboxItem::Kind::DirectMessage;
        item.conversationId = lanes.at(lane).localId;
        item.conversationRemoteId = lanes.at(lane).remoteId;
        if (!lanes.at(lane).recipient.isEmpty())
            item.recipientRemoteIds = {lanes.at(lane).recipient};
        item.text = text;
        auto queued = outbox.enqueue(item);
        QVERIFY2(queued.ok(), queued.ok() ? "" : qPrintable(queued.error().message()));
        ids << queued->id;
    }
    QSignalSpy drained(&outbox, &Outbox::drained);
    outbox.start();
    QVERIFY2(QTest::qWaitFor([&] { return drained.count() > 0 && outbox.isIdle(); }, 120000),
             qPrintable(u"%1 items left"_s.arg(outbox.pendingCount())));
    injecting.reset();
    http.clearFaults();
    qInfo() << "faults injected:" << injected;
    QVERIFY(injected.value(u"reset-after-handling"_s) > 0);
    QVERIFY(injected.value(Fault::truncatedBody().name()) > 0);

    // The first message to Dave made the conversation; every later one went into it.
    QString withDave;
    for (const sandbox::BlueskyConvo &convo : server.convosOf(shop)) {
        if (!convo.isGroup() && convo.members.contains(dave))
            withDave = convo.id;
    }
    QVERIFY(!withDave.isEmpty());
    lanes.last().remoteId = withDave;

    // The server holds every message exactly once, in order per conversation.
    QHash<QString, QString> textById;
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const QString &remote = lanes.at(lane).remoteId;
        QStringList texts;
        for (const sandbox::BlueskyMessage &message : server.messagesOf(remote)) {
            if (message.senderDid != shop)
                continue;
            texts << message.text;
            textById.insert(message.id, message.text);
        }
        const QStringList &want = expected.value(lane);
        for (qsizetype i = 0; i < std::max(texts.size(), want.size()); ++i) {
            if (texts.value(i) != want.value(i)) {
                QFAIL(qPrintable(
                    u"conversation %1 differs at %2: got \"%3\", expected \"%4\" (%5 vs %6 messages)"_s.arg(remote)
                        .arg(i)
                        .arg(texts.value(i), want.value(i))
                        .arg(texts.size())
                        .arg(want.size())));
            }
        }
    }
    QCOMPARE(textById.size(), total);
    // And the outbox knows each one as sent, by the id the server gave it.
    QSet<QString> remoteIds;
    for (qint64 id : std::as_const(ids)) {
        const auto sent = item(id);
        QVERIFY(sent.has_value());
        QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
        QVERIFY2(textById.value(sent->remoteId) == sent->text, qPrintable(describe(*sent)));
        remoteIds.insert(sent->remoteId);
    }
    QCOMPARE(remoteIds.size(), total);
}

// ---- Media ----

void TestOutbox::uploadsMediaBeforeSending()
{
    const QString file = m_dir->filePath(u"photo.png"_s);
    QFile png(file);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(tinyPng());
    png.close();

    OutboxItem item = dm(m_toAlice, u"Here is the photo"_s);
    item.media << OutboxMedia{file, u"image/png"_s, u"The blue one"_s, {}, {}};
    const qint64 id = enqueue(item);
    QVERIFY(id > 0);
    QVERIFY(drain());

    const auto sent = this->item(id);
    QVERIFY(sent.has_value());
    QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    QCOMPARE(sent->media.size(), 1);
    const QString mediaId = sent->media.constFirst().mediaId;
    QVERIFY(!mediaId.isEmpty());
    // The id expires 24 hours after the upload; the outbox keeps when.
    QVERIFY(sent->media.constFirst().expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    const auto event = m_server->dmEvent(sent->remoteId);
    QVERIFY(event.has_value());
    QCOMPARE(event->mediaId, mediaId);
    QCOMPARE(m_server->media(mediaId)->ownerId, m_shop);

    // The upload (initialize, append, finalize) came before the message.
    QStringList order;
    for (const sandbox::Request &r : m_server->http().requests())
        order << QString::fromLatin1(r.method) + u' ' + r.routePattern;
    const qsizetype initialize = order.indexOf(u"POST /2/media/upload/initialize"_s);
    const qsizetype finalize = order.indexOf(u"POST /2/media/upload/{id}/finalize"_s);
    const qsizetype message = order.indexOf(u"POST "_s + sendPattern);
    QVERIFY2(initialize >= 0 && initialize < finalize && finalize < message, qPrintable(order.join(u", "_s)));
}

void TestOutbox::uploadsExpiredMediaAgain()
{
    // An upload from yesterday: its id no longer works on X, and the outbox knows when it expired.
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addSecs(-25 * 3600);
    m_server->setClock([yesterday] { return yesterday; });
    const QString old = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"dm_image"_s);
    m_server->setClock({});
    QVERIFY(!old.isEmpty());
    const QDateTime expired = m_server->media(old)->expiresAt;
    QVERIFY(expired < QDateTime::currentDateTimeUtc());

    const QString file = m_dir->filePath(u"photo.png"_s);
    QFile png(file);
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(tinyPng());
    png.close();
    OutboxItem item = dm(m_toBob, u"The photo again"_s);
    item.media << OutboxMedia{file, u"image/png"_s, {}, old, expired};
    const qint64 id = enqueue(item);
    QVERIFY(id > 0);
    QVERIFY(drain());

    const auto sent = this->item(id);
    QVERIFY(sent.has_value());
    QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    const QString fresh = sent->media.constFirst().mediaId;
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != old);
    QCOMPARE(m_server->dmEvent(sent->remoteId)->mediaId, fresh);
    QCOMPARE(m_server->http().requestCount(post, u"/2/media/upload/initialize"_s), 1);
    // One message: the expired id never reached the send endpoint.
    QCOMPARE(m_server->http().requestCount(post, u"/2/dm_conversations/%1/messages"_s.arg(m_toBob.remoteId)), 1);
}

// ---- Failures ----

void TestOutbox::userFixableErrorFailsAtOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("requests"); ///< how many reached the server

    QTest::newRow("a direct message over 10,000 characters")
        << int(OutboxItem::Kind::DirectMessage) << QString(10'001, u'a') << u"invalid-input"_s << 0;
    QTest::newRow("a post over 280 characters")
        << int(OutboxItem::Kind::Post) << QString(281, u'b') << u"invalid-input"_s << 0;
    QTest::newRow("a reply X does not allow (403)")
        << int(OutboxItem::Kind::Reply) << u"Try ours too!"_s << u"forbidden"_s << 1;
}

void TestOutbox::userFixableErrorFailsAtOnce()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(QString, errorCode);
    QFETCH(int, requests);

    OutboxItem item;
    item.accountId = m_account.id;
    item.kind = OutboxItem::Kind(kind);
    item.text = text;
    if (item.kind == OutboxItem::Kind::DirectMessage) {
        item.conversationId = m_toAlice.localId;
        item.conversationRemoteId = m_toAlice.remoteId;
    } else if (item.kind == OutboxItem::Kind::Reply) {
        // Bob's post does not mention the shop: since 2026-02 X refuses an API reply to it.
        item.inReplyToRemoteId = m_server->addPost(m_bob, u"Just had the best coffee"_s);
    }
    // A second item behind it in the same lane goes out anyway: a failure does not block the queue.
    OutboxItem next = item;
    next.text = u"A fine message"_s;
    if (next.kind == OutboxItem::Kind::Reply) {
        next.kind = OutboxItem::Kind::Post;
        next.inReplyToRemoteId.clear();
    }
    QList<OutboxItem> failures;
    QObject guard;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&failures](const OutboxItem &changed) {
        if (changed.state == OutboxItem::State::Failed)
            failures << changed;
    });
    const int before = m_server->http().requestCount();
    const qint64 id = enqueue(item);
    QVERIFY(id > 0);
    QVERIFY(enqueue(next) > 0);
    QVERIFY(drain());

    // Stopped at once, with the reason, and never tried again.
    const auto failed = this->item(id);
    QVERIFY(failed.has_value());
    QVERIFY2(failed->state == OutboxItem::State::Failed, qPrintable(describe(*failed)));
    QCOMPARE(failed->errorCode, errorCode);
    QVERIFY(!failed->errorMessage.isEmpty());
    if (item.kind == OutboxItem::Kind::Reply)
        QVERIFY2(failed->errorMessage.startsWith(u"X does not allow this reply"_s), qPrintable(failed->errorMessage));
    QCOMPARE(failures.size(), 1);
    QVERIFY(failed->attempts <= 1);
    QCOMPARE(m_server->http().requestCount() - before, requests + 1); // + the message behind it
    QVERIFY(!failed->nextAttemptAt.isValid());
    // Its thread row shows the failure.
    if (failed->messageId > 0) {
        QCOMPARE(scalar(u"SELECT delivery FROM messages WHERE id = ?"_s, {failed->messageId}),
                 qint64(Message::Delivery::Failed));
    }
}

void TestOutbox::retrySendsFailedItem()
{
    // X refuses once (a permission problem the user fixes elsewhere); after that it accepts.
    m_server->http().injectFault(
        post, sendPattern,
        Fault::withStatus(403, R"({"title":"Forbidden","detail":"You are not permitted to send this message.",)"
                               R"("type":"about:blank","status":403})"_ba),
        1);
    const qint64 id = enqueue(dm(m_toAlice, u"Please read this"_s));
    QVERIFY(id > 0);
    QVERIFY(drain());
    auto failed = item(id);
    QVERIFY(failed.has_value());
    QVERIFY2(failed->state == OutboxItem::State::Failed, qPrintable(describe(*failed)));
    QCOMPARE(failed->errorCode, u"forbidden"_s);
    QVERIFY2(failed->errorMessage.contains(u"not permitted"_s), qPrintable(failed->errorMessage));
    QVERIFY(sentTexts(m_toAlice.remoteId).isEmpty());

    // Retry is only for failed items.
    const qint64 other = enqueue(dm(m_toBob, u"Unrelated"_s));
    QVERIFY(drain());
    QVERIFY(!m_outbox->retry(other).ok());
    QVERIFY(!m_outbox->retry(987654).ok());

    QSignalSpy drained(m_outbox.get(), &Outbox::drained);
    QVERIFY(m_outbox->retry(id).ok());
    QVERIFY(drained.wait(waitMs));
    const auto sent = item(id);
    QVERIFY(sent.has_value());
    QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    QVERIFY(sent->errorCode.isEmpty());
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{u"Please read this"_s});
}

// ---- Rate limits ----

void TestOutbox::tooManyRequestsMovesNextAttemptPastReset()
{
    m_server->http().injectFault(post, sendPattern, Fault::rateLimited(Fault::RateLimitStyle::X, 2s), 1);
    QList<OutboxItem> waiting;
    QObject guard;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&waiting](const OutboxItem &changed) {
        // (The error stays on the item while it is sent again; only the failure itself counts.)
        if (changed.errorCode == u"rate-limited" && changed.state != OutboxItem::State::Sending)
            waiting << changed;
    });
    const qint64 id = enqueue(dm(m_toAlice, u"Slow down"_s));
    QVERIFY(id > 0);
    QVERIFY(drain());

    // The 429 said when the window resets (x-rate-limit-reset, epoch seconds).
    QList<sandbox::Request> sends;
    for (const sandbox::Request &r : m_server->http().requests()) {
        if (r.method == post && r.routePattern == sendPattern)
            sends << r;
    }
    QCOMPARE(sends.size(), 2);
    QCOMPARE(waiting.size(), 1);
    const QDateTime reset = waiting.constFirst().nextAttemptAt;
    QCOMPARE(waiting.constFirst().state, OutboxItem::State::Queued); // a 429 was not taken: nothing to reconcile
    QVERIFY2(reset > sends.at(0).receivedAt, qPrintable(reset.toString(Qt::ISODateWithMs)));
    QCOMPARE(reset.time().msec(), 0);
    // The next attempt left only after the reset.
    QVERIFY2(sends.at(1).receivedAt >= reset, qPrintable(sends.at(1).receivedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{u"Slow down"_s});
    QCOMPARE(item(id)->state, OutboxItem::State::Sent);
}

void TestOutbox::noRequestLeavesBeforeResetWhenLedgerIsAtZero()
{
    // One message per three-second window. The server's clock ticks in whole seconds, so its window
    // resets exactly at the second x-rate-limit-reset names.
    m_server->setClock([] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() + 1, QTimeZone::utc());
    });
    m_server->setRateLimit(post, sendPattern, 1, 3s);

    const qint64 first = enqueue(dm(m_toAlice, u"first"_s));
    const qint64 second = enqueue(dm(m_toAlice, u"second"_s));
    QVERIFY(first > 0 && second > 0);
    QList<OutboxItem> held;
    QObject guard;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&held](const OutboxItem &changed) {
        if (changed.errorCode == u"rate-limited" && changed.state != OutboxItem::State::Sending)
            held << changed;
    });
    QVERIFY(drain());

    // The first answer said none remain until the reset; the second message waited for it
    // without asking the server (no 429 was ever answered).
    QList<sandbox::Request> sends;
    for (const sandbox::Request &r : m_server->http().requests()) {
        if (r.method == post && r.routePattern == sendPattern)
            sends << r;
    }
    QCOMPARE(sends.size(), 2);
    QVERIFY(!held.isEmpty());
    const QDateTime reset = held.constFirst().nextAttemptAt;
    QVERIFY(reset.isValid());
    QVERIFY2(sends.at(1).receivedAt >= reset,
             qPrintable(u"sent %1, reset %2"_s.arg(sends.at(1).receivedAt.toString(Qt::ISODateWithMs),
                                                   reset.toString(Qt::ISODateWithMs))));
    QCOMPARE(sentTexts(m_toAlice.remoteId), (QStringList{u"first"_s, u"second"_s}));
    QCOMPARE(item(second)->state, OutboxItem::State::Sent);
}

// ---- Offline, restarts, crashes ----

void TestOutbox::offlineLosesNothingAndDrainsInOrder()
{
    const quint16 port = m_server->port();
    m_server->close();

    // Delays the outbox chose after each failed try of the first message, while the server is gone.
    QList<qint64> delays;
    qint64 firstId = 0;
    QObject guard;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&](const OutboxItem &changed) {
        if (changed.id == firstId && changed.state == OutboxItem::State::Unknown)
            delays << QDateTime::currentDateTimeUtc().msecsTo(changed.nextAttemptAt);
    });
    QHash<const Lane *, QStringList> expected;
    const QList<const Lane *> lanes{&m_toAlice, &m_group, &m_toDave};
    for (int i = 0; i < 15; ++i) {
        const Lane *lane = lanes.at(i % lanes.size());
        const QString text = u"offline %1"_s.arg(i);
        expected[lane] << text;
        const qint64 id = enqueue(dm(*lane, text));
        QVERIFY(id > 0);
        if (i == 0)
            firstId = id;
    }
    m_outbox->start();
    // Tries that fail back off more and more (10 ms first), so an outage is not a busy loop.
    QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 6, waitMs);
    QVERIFY2(delays.at(5) >= 4 * delays.at(0) && delays.at(5) >= 40, qPrintable(u"delays in ms: %1"_s.arg([&] {
                 QStringList list;
                 for (qint64 d : std::as_const(delays))
                     list << QString::number(d);
                 return list.join(u", "_s);
             }())));
    // Nothing is lost: every item still waits, and nothing was marked failed.
    QCOMPARE(m_outbox->pendingCount(), 15);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE state = ?"_s, {int(OutboxItem::State::Failed)}), 0);

    QSignalSpy drained(m_outbox.get(), &Outbox::drained);
    QVERIFY(m_server->listen(port));
    QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 && m_outbox->isIdle(), waitMs);
    QCOMPARE(sentTexts(m_toAlice.remoteId), expected.value(&m_toAlice));
    QCOMPARE(sentTexts(m_group.remoteId), expected.value(&m_group));
    QCOMPARE(sentTexts(XServer::directConversationId(m_shop, m_dave)), expected.value(&m_toDave));
}

void TestOutbox::restartSendsWhatWasQueued()
{
    // The app queued four messages and ended: two were waiting, and two were on their way when it
    // died, of which only the one to Alice reached X.
    const qint64 a1 = enqueue(dm(m_toAlice, u"alice one"_s));
    const qint64 a2 = enqueue(dm(m_toAlice, u"alice two"_s));
    const qint64 b1 = enqueue(dm(m_toBob, u"bob one"_s));
    const qint64 b2 = enqueue(dm(m_toBob, u"bob two"_s));
    QVERIFY(a1 > 0 && a2 > 0 && b1 > 0 && b2 > 0);
    for (qint64 id : {a1, b1}) {
        OutboxItem sending = *item(id);
        sending.state = OutboxItem::State::Sending;
        sending.attempts = 1;
        sending.firstAttemptAt = QDateTime::currentDateTimeUtc();
        QVERIFY(OutboxRepository(test::writerDatabase(*m_writer)).update(sending).ok());
    }
    QVERIFY(!m_server->postToConversation(m_shop, m_toAlice.remoteId, u"alice one"_s).isEmpty());
    m_outbox.reset();
    m_writer.reset();

    // A new process: a new store connection and a new outbox on the same file.
    auto store = openStore(m_location, m_account);
    QVERIFY(store.ok());
    m_writer = std::move(store).value();
    makeOutbox();
    QCOMPARE(m_outbox->pendingCount(), 4);
    QVERIFY(drain());

    QCOMPARE(sentTexts(m_toAlice.remoteId), (QStringList{u"alice one"_s, u"alice two"_s}));
    QCOMPARE(sentTexts(m_toBob.remoteId), (QStringList{u"bob one"_s, u"bob two"_s}));
    for (qint64 id : {a1, a2, b1, b2}) {
        const auto sent = item(id);
        QVERIFY2(sent && sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    }
    // The message that had arrived was found, not sent again.
    QCOMPARE(m_server->http().requestCount(post, u"/2/dm_conversations/%1/messages"_s.arg(m_toAlice.remoteId)), 1);
    QCOMPARE(m_server->http().requestCount(post, u"/2/dm_conversations/%1/messages"_s.arg(m_toBob.remoteId)), 2);
}

void TestOutbox::anotherAppsSendIsLeftToIt()
{
    // On a team database, another agent's app (the account's sync leader) is sending this item.
    const qint64 id = enqueue(dm(m_toAlice, u"on its way from another app"_s));
    QVERIFY(id > 0);
    OutboxItem sending = *item(id);
    sending.state = OutboxItem::State::Sending;
    sending.attempts = 1;
    sending.firstAttemptAt = QDateTime::currentDateTimeUtc();
    QVERIFY(OutboxRepository(test::writerDatabase(*m_writer)).update(sending).ok());

    // This app starts without the account, as an app that does not lead it: the send is left alone.
    m_outbox = std::make_unique<Outbox>(m_writer.get());
    m_outbox->setBackoff({10ms, 200ms});
    m_outbox->setSettleTime(20ms);
    m_outbox->start();
    QCOMPARE(item(id)->state, OutboxItem::State::Sending);

    // The other app ends before an answer came, and this one takes the account over: it looks for
    // the message first, and sends it once.
    m_outbox->addAccount(m_account.id, m_client.get());
    QCOMPARE(item(id)->state, OutboxItem::State::Unknown);
    QVERIFY(drain());
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{u"on its way from another app"_s});
    QCOMPARE(item(id)->state, OutboxItem::State::Sent);
}

void TestOutbox::syncedCopyIsNotShownTwice()
{
    // The sync engine stores what X holds, the outbox's own sends included; each message must show
    // once in its thread, whichever of the two writes it first.
    SyncEngine engine(m_writer.get());
    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    const auto syncBoth = [&] {
        cycles.clear();
        if (engine.hasAccount(m_account.id))
            engine.syncNow(m_account.id);
        else
            engine.addAccount(m_account.id, m_client.get());
        return QTest::qWaitFor([&] { return cycles.count() >= 2 && engine.isIdle(); }, waitMs);
    };
    const auto rows = [this](const QString &text) {
        return scalar(u"SELECT count(*) FROM messages WHERE text = ?"_s, {text});
    };

    // Sent first, synced after: the sync finds the row by the remote id the outbox recorded.
    const qint64 first = enqueue(dm(m_toAlice, u"sent, then synced"_s));
    QVERIFY(drain());
    QVERIFY(syncBoth());
    QCOMPARE(rows(u"sent, then synced"_s), 1);
    QCOMPARE(scalar(u"SELECT id FROM messages WHERE text = ?"_s, {u"sent, then synced"_s}), item(first)->messageId);

    // Synced first: X stored the message but the answer was lost, and a sync brings it in before
    // the outbox has found out. Until then the thread shows both; the reconciliation merges them.
    m_server->http().injectFault(post, sendPattern, Fault::resetAfterHandling(), 1);
    QObject guard;
    bool unknown = false;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&](const OutboxItem &changed) {
        if (changed.state == OutboxItem::State::Unknown && !unknown) {
            unknown = true;
            m_outbox->removeAccount(m_account.id); // holds the reconciliation until the sync is done
        }
    });
    const qint64 second = enqueue(dm(m_toAlice, u"synced, then found"_s));
    QTRY_VERIFY_WITH_TIMEOUT(unknown, waitMs);
    QVERIFY(syncBoth());
    QCOMPARE(rows(u"synced, then found"_s), 2);
    QSignalSpy drained(m_outbox.get(), &Outbox::drained);
    m_outbox->addAccount(m_account.id, m_client.get());
    QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 && m_outbox->isIdle(), waitMs);
    QCOMPARE(item(second)->state, OutboxItem::State::Sent);
    QCOMPARE(rows(u"synced, then found"_s), 1);
    QCOMPARE(scalar(u"SELECT id FROM messages WHERE text = ?"_s, {u"synced, then found"_s}), item(second)->messageId);
    QCOMPARE(sentTexts(m_toAlice.remoteId), (QStringList{u"sent, then synced"_s, u"synced, then found"_s}));
}

void TestOutbox::killedSenderDeliversExactlyOnce()
{
    // The sender is a child process with the profile; the X server stays here, in the parent. Its
    // answers to sends come 25 ms late, widening the moment between "stored on X" and "recorded
    // as sent", where a kill hurts most.
    m_outbox.reset();
    const QStringList conversations{m_toAlice.remoteId, m_toBob.remoteId, m_group.remoteId};
    const QStringList childArgs{childFlag, test::locationArgument(m_location), QString::number(m_server->port()),
                                m_shop, conversations.join(u',')};
    m_server->http().injectFault(post, sendPattern, Fault::delayHeaders(25ms));

    // Half the kills come at a random moment, half while the server handles a random request.
    int killAtRequest = -1;
    int requestsThisCycle = 0;
    QProcess *current = nullptr;
    QObject guard;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &guard, [&] {
        if (current && ++requestsThisCycle == killAtRequest)
            current->kill();
    });

    QRandomGenerator random(QRandomGenerator::global()->generate());
    int killedRunning = 0;
    for (int cycle = 0; cycle < killCycles; ++cycle) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        requestsThisCycle = 0;
        killAtRequest = cycle % 2 == 1 ? random.bounded(1, 12) : -1;
        current = &child;
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // From the child's first line, so a slow start cannot eat the random moment.
        QTRY_VERIFY_WITH_TIMEOUT(child.bytesAvailable() > 0 || child.state() != QProcess::Running, waitMs);
        if (killAtRequest < 0) {
            QTest::qWait(random.bounded(0, 120));
        } else {
            // The server kills it; if the child finishes first, so be it.
            QTRY_VERIFY_WITH_TIMEOUT(child.state() != QProcess::Running || requestsThisCycle >= killAtRequest, waitMs);
        }
        if (child.state() == QProcess::Running)
            child.kill(); // SIGKILL: no cleanup, no last commit
        QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, waitMs);
        current = nullptr;
        if (child.exitStatus() == QProcess::NormalExit)
            QCOMPARE(child.exitCode(), 0); // it finished the list before the kill
        else
            ++killedRunning;
    }
    qInfo() << killedRunning << "of" << killCycles << "runs were killed while sending";
    QVERIFY(killedRunning >= killCycles * 3 / 4);

    // A last run without a kill finishes the list.
    QProcess last;
    last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    last.start(QCoreApplication::applicationFilePath(), childArgs);
    QVERIFY(last.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(last.state() == QProcess::NotRunning, 120000);
    QCOMPARE(last.exitStatus(), QProcess::NormalExit);
    QCOMPARE(last.exitCode(), 0);

    // Every message is on X exactly once, in order.
    for (int c = 0; c < conversations.size(); ++c) {
        QStringList expected;
        for (int i = 0; i < killMessagesPerConversation; ++i)
            expected << killText(c, i);
        const QStringList texts = sentTexts(conversations.at(c));
        for (qsizetype i = 0; i < std::max(texts.size(), expected.size()); ++i) {
            if (texts.value(i) != expected.value(i)) {
                QFAIL(qPrintable(u"conversation %1 differs at %2: got \"%3\", expected \"%4\" (%5 messages)"_s.arg(c)
                                     .arg(i)
                                     .arg(texts.value(i), expected.value(i))
                                     .arg(texts.size())));
            }
        }
    }
    // And the profile knows each one as sent, by the id X gave it.
    m_writer.reset();
    auto store = openStore(m_location, m_account);
    QVERIFY(store.ok());
    m_writer = std::move(store).value();
    const qint64 total = qint64(killMessagesPerConversation) * conversations.size();
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), total);
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE state = ?"_s, {int(OutboxItem::State::Sent)}), total);
    QCOMPARE(scalar(u"SELECT count(DISTINCT remote_id) FROM outbox"_s), total);
    if (!m_databases.postgres()) {
        QSqlQuery integrity(test::writerDatabase(*m_writer).connection());
        QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), u"ok"_s);
    }
}

// ---- Reconciliation and stalls ----

void TestOutbox::refusedReadLeavesItemUnverified()
{
    // X takes the message but the answer is lost; then it refuses the read that would tell.
    m_server->http().injectFault(post, sendPattern, Fault::resetAfterHandling(), 1);
    m_server->http().injectFault(get, participantCalls, Fault::withStatus(403), 1);
    const QString text = u"Your refund is on its way"_s;
    const qint64 id = enqueue(dm(m_toAlice, text));
    QVERIFY(id > 0);
    QVERIFY(drain());

    // Not "failed" (that invites sending it again): it may be out, and the user is told so.
    const auto held = item(id);
    QVERIFY(held.has_value());
    QVERIFY2(held->state == OutboxItem::State::Unverified, qPrintable(describe(*held)));
    QCOMPARE(held->errorCode, u"forbidden"_s);
    QVERIFY(!held->nextAttemptAt.isValid());
    QCOMPARE(scalar(u"SELECT delivery FROM messages WHERE id = ?"_s, {held->messageId}),
             qint64(Message::Delivery::Unverified));
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});

    // Retry looks first: the message is there, so it is recorded, not sent again.
    QVERIFY(m_outbox->retry(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(item(id)->state == OutboxItem::State::Sent, waitMs);
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});
    QCOMPARE(requests(post, sendPattern).size(), 1);
    QCOMPARE(m_server->dmEvent(item(id)->remoteId)->text, text);
    QCOMPARE(scalar(u"SELECT delivery FROM messages WHERE id = ?"_s, {item(id)->messageId}),
             qint64(Message::Delivery::Delivered));
}

void TestOutbox::retryOfEarlierFailureLooksFirst()
{
    // An item an earlier version failed after its first attempt, while that attempt had reached X.
    const QString text = u"We have reissued the invoice"_s;
    const qint64 id = enqueue(dm(m_toAlice, text));
    QVERIFY(id > 0);
    OutboxItem failed = *item(id);
    failed.state = OutboxItem::State::Failed;
    failed.attempts = 1;
    failed.firstAttemptAt = QDateTime::currentDateTimeUtc();
    failed.errorCode = u"forbidden"_s;
    failed.errorMessage = u"You are not permitted to read this conversation."_s;
    QVERIFY(OutboxRepository(test::writerDatabase(*m_writer)).update(failed).ok());
    // (Those versions did not write whether an attempt may have arrived.)
    QSqlQuery strip(test::writerDatabase(*m_writer).connection());
    QVERIFY(strip.exec(m_databases.postgres()
                           ? u"UPDATE outbox SET payload = (payload::jsonb - 'mayHaveArrived')::text"_s
                           : u"UPDATE outbox SET payload = json_remove(payload, '$.mayHaveArrived')"_s));
    const QString arrived = m_server->postToConversation(m_shop, m_toAlice.remoteId, text);
    QVERIFY(!arrived.isEmpty());

    QVERIFY(drain());
    QCOMPARE(item(id)->state, OutboxItem::State::Failed);
    QVERIFY(m_outbox->retry(id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(item(id)->state == OutboxItem::State::Sent, waitMs);
    QCOMPARE(item(id)->remoteId, arrived);
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});
    QCOMPARE(requests(post, sendPattern).size(), 0);
}

void TestOutbox::lateMessageIsFoundBeforeSendingAgain()
{
    // X shows a message a little after it took it. Here the connection drops before the answer,
    // and the message shows up only from the second read on: reading once right away and
    // sending again would make two.
    m_outbox->setSettleTime(300ms);
    const QString text = u"Sorry for the wait & thanks"_s;
    m_server->http().injectFault(post, sendPattern, Fault::resetBeforeHandling(), 1);
    int reads = 0;
    QString shown;
    QObject guard;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &guard, [&](const sandbox::Request &request) {
        if (request.method == get && request.routePattern == directReadPattern && ++reads == 2)
            shown = m_server->postToConversation(m_shop, m_toAlice.remoteId, text);
    });
    const qint64 id = enqueue(dm(m_toAlice, text));
    QVERIFY(id > 0);
    QVERIFY(drain());

    const auto found = item(id);
    QVERIFY2(found->state == OutboxItem::State::Sent, qPrintable(describe(*found)));
    QVERIFY(!shown.isEmpty());
    QCOMPARE(found->remoteId, shown);
    QCOMPARE(requests(post, sendPattern).size(), 1);
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});
}

void TestOutbox::absentMessageGoesOutAfterTwoLateReads()
{
    constexpr auto settle = 300ms;
    m_outbox->setSettleTime(settle);
    m_server->http().injectFault(post, sendPattern, Fault::resetBeforeHandling(), 1);
    const QString text = u"Never reached X the first time"_s;
    const qint64 id = enqueue(dm(m_toAlice, text));
    QVERIFY(id > 0);
    QVERIFY(drain());

    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});
    const QList<sandbox::Request> sends = requests(post, sendPattern);
    QCOMPARE(sends.size(), 2);
    QList<QDateTime> reads;
    for (const sandbox::Request &r : requests(get, directReadPattern)) {
        if (r.receivedAt > sends.at(0).receivedAt && r.receivedAt < sends.at(1).receivedAt)
            reads << r.receivedAt;
    }
    // "Not there" twice, a settling time apart, before it went out again.
    QVERIFY2(reads.size() >= 2, qPrintable(QString::number(reads.size())));
    const qint64 apart = reads.at(reads.size() - 2).msecsTo(reads.constLast());
    QVERIFY2(apart >= qint64(settle.count()), qPrintable(u"%1 ms apart"_s.arg(apart)));
    QCOMPARE(item(id)->state, OutboxItem::State::Sent);
    QCOMPARE(item(id)->attempts, 2);
}

void TestOutbox::sameShortTextIsClaimedOnce()
{
    // The shop answered "ok" from its phone a minute ago, outside Starling.
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    m_server->setClock([minuteAgo] { return minuteAgo; });
    const QString phone = m_server->postToConversation(m_shop, m_toAlice.remoteId, u"ok"_s);
    m_server->setClock({});
    QVERIFY(!phone.isEmpty());

    // Two more "ok": the first reaches X but its answer is lost, the second never reaches X.
    m_server->http().injectFault(post, sendPattern, Fault::resetAfterHandling(), 1);
    m_server->http().injectFault(post, sendPattern, Fault::resetBeforeHandling(), 1);
    const qint64 first = enqueue(dm(m_toAlice, u"ok"_s));
    const qint64 second = enqueue(dm(m_toAlice, u"ok"_s));
    QVERIFY(first > 0 && second > 0);
    QVERIFY(drain());

    // Each is its own message on X; neither passes for the phone's, nor both for one.
    QCOMPARE(sentTexts(m_toAlice.remoteId), (QStringList{u"ok"_s, u"ok"_s, u"ok"_s}));
    const auto a = item(first);
    const auto b = item(second);
    QVERIFY2(a->state == OutboxItem::State::Sent, qPrintable(describe(*a)));
    QVERIFY2(b->state == OutboxItem::State::Sent, qPrintable(describe(*b)));
    QVERIFY(a->remoteId != phone && b->remoteId != phone);
    QVERIFY(a->remoteId != b->remoteId);
    QVERIFY(m_server->dmEvent(a->remoteId).has_value() && m_server->dmEvent(b->remoteId).has_value());
}

void TestOutbox::mediaOnlyItemIsMatchedOnItsMedia()
{
    // A photo without text; the connection drops before X takes it. Meanwhile the shop sends
    // another photo from its phone, also without text.
    OutboxItem photo = dm(m_toAlice, {});
    photo.media << OutboxMedia{photoFile(), u"image/png"_s, {}, {}, {}};
    m_server->http().injectFault(post, sendPattern, Fault::resetBeforeHandling(), 1);
    QString phone;
    QObject guard;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &guard, [&](const sandbox::Request &request) {
        if (request.method != post || request.routePattern != sendPattern || !phone.isEmpty())
            return;
        const QString other = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"dm_image"_s);
        phone = m_server->postToConversation(m_shop, m_toAlice.remoteId, {}, other);
    });
    const qint64 id = enqueue(photo);
    QVERIFY(id > 0);
    QVERIFY(drain());

    QVERIFY(!phone.isEmpty());
    const auto sent = item(id);
    QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    QVERIFY(sent->remoteId != phone);
    const auto event = m_server->dmEvent(sent->remoteId);
    QVERIFY(event.has_value());
    QCOMPARE(event->mediaId, sent->media.constFirst().mediaId);
    QCOMPARE(requests(post, sendPattern).size(), 2);
}

void TestOutbox::storageFailureBacksOffWithoutUploadingAgain()
{
    // The outbox's clock stands still: an item held back after a failed write stays held until
    // the test moves it.
    QDateTime clock = QDateTime::currentDateTimeUtc();
    m_outbox->setClock([&clock] { return clock; });
    OutboxItem photo = dm(m_toAlice, u"Here is the label"_s);
    photo.media << OutboxMedia{photoFile(), u"image/png"_s, {}, {}, {}};
    const qint64 id = enqueue(photo);
    QVERIFY(id > 0);

    // The disk is full for this item: every write of it fails, as the engine reports it.
    QSqlQuery trigger(test::writerDatabase(*m_writer).connection());
    if (m_databases.postgres()) {
        QVERIFY(trigger.exec(u"CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS"
                             " $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'; END $$"_s));
        QVERIFY(trigger.exec(u"CREATE TRIGGER disk_full BEFORE UPDATE ON outbox FOR EACH ROW WHEN (NEW.id = %1)"
                             " EXECUTE FUNCTION disk_full()"_s.arg(id)));
    } else {
        QVERIFY(trigger.exec(u"CREATE TRIGGER disk_full BEFORE UPDATE ON outbox WHEN NEW.id = %1"
                             " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s.arg(id)));
    }
    {
        QMutexLocker lock(&s_logMutex);
        s_saveFailures = 0;
    }
    s_previousHandler = qInstallMessageHandler(countSaveFailures);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(s_previousHandler);
        s_previousHandler = nullptr;
    });
    m_outbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(saveFailures() >= 1, waitMs);
    QVERIFY(trigger.exec(m_databases.postgres() ? u"DROP TRIGGER disk_full ON outbox"_s : u"DROP TRIGGER disk_full"_s));

    // Another conversation goes on meanwhile; the item waits for its backoff, by the outbox's clock.
    const qint64 other = enqueue(dm(m_toBob, u"Unrelated"_s));
    QVERIFY(other > 0);
    QTRY_VERIFY_WITH_TIMEOUT(item(other)->state == OutboxItem::State::Sent, waitMs);
    QCOMPARE(saveFailures(), 1);
    QVERIFY2(item(id)->state == OutboxItem::State::Queued, qPrintable(describe(*item(id))));
    QCOMPARE(m_server->http().requestCount(post, u"/2/media/upload/initialize"_s), 1);

    // Later it goes out, with the upload it made before.
    clock = clock.addSecs(3600);
    QTRY_VERIFY_WITH_TIMEOUT(item(id)->state == OutboxItem::State::Sent, waitMs);
    QCOMPARE(m_server->http().requestCount(post, u"/2/media/upload/initialize"_s), 1);
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{photo.text});
    QCOMPARE(m_server->dmEvent(item(id)->remoteId)->mediaId, item(id)->media.constFirst().mediaId);
}

void TestOutbox::newClientTakesOverItemsInFlight_data()
{
    QTest::addColumn<bool>("removedFirst");
    QTest::newRow("signed in again: removed, then added") << true;
    QTest::newRow("client replaced in place") << false;
}

void TestOutbox::newClientTakesOverItemsInFlight()
{
    QFETCH(bool, removedFirst);
    // X takes the message; its answer is still on its way when the account is signed in again,
    // which replaces its client (and drops the old one's requests).
    m_server->http().injectFault(post, sendPattern, Fault::delayHeaders(60s), 1);
    const QString text = u"Signed in again mid-send"_s;
    const qint64 id = enqueue(dm(m_toAlice, text));
    QVERIFY(id > 0);
    QSignalSpy drained(m_outbox.get(), &Outbox::drained);
    m_outbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(requests(post, sendPattern).size() == 1, waitMs);
    QCOMPARE(item(id)->state, OutboxItem::State::Sending);

    if (removedFirst)
        m_outbox->removeAccount(m_account.id);
    m_client.reset();
    makeClient();
    drained.clear();
    m_outbox->addAccount(m_account.id, m_client.get());

    // The new client looks for it, finds it, and does not send it again.
    QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 && m_outbox->isIdle(), waitMs);
    const auto sent = item(id);
    QVERIFY2(sent->state == OutboxItem::State::Sent, qPrintable(describe(*sent)));
    QCOMPARE(sentTexts(m_toAlice.remoteId), QStringList{text});
    QCOMPARE(requests(post, sendPattern).size(), 1);
}

void TestOutbox::farRateLimitResetIsCappedAtADay_data()
{
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("x-rate-limit-reset ten years ahead") << false;
    QTest::newRow("Retry-After ten years ahead") << true;
}

void TestOutbox::farRateLimitResetIsCappedAtADay()
{
    QFETCH(bool, retryAfter);
    constexpr std::chrono::seconds tenYears(qint64(10) * 365 * 24 * 3600);
    const auto fault = retryAfter ? Fault::rateLimited(Fault::RateLimitStyle::X, 1s, tenYears)
                                  : Fault::rateLimited(Fault::RateLimitStyle::X, tenYears);
    m_server->http().injectFault(post, sendPattern, fault, 1);
    QList<OutboxItem> waiting;
    QObject guard;
    connect(m_outbox.get(), &Outbox::itemChanged, &guard, [&waiting](const OutboxItem &changed) {
        if (changed.errorCode == u"rate-limited" && changed.state != OutboxItem::State::Sending)
            waiting << changed;
    });
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const qint64 id = enqueue(dm(m_toAlice, u"Not in ten years"_s));
    QVERIFY(id > 0);
    m_outbox->start();
    QTRY_VERIFY_WITH_TIMEOUT(!waiting.isEmpty(), waitMs);

    // Asked again within a day, not blocked for ten years; nothing lost meanwhile.
    const QDateTime next = waiting.constFirst().nextAttemptAt;
    QVERIFY2(next.isValid() && next <= QDateTime::currentDateTimeUtc().addSecs(24 * 3600),
             qPrintable(next.toString(Qt::ISODate)));
    QVERIFY2(next >= before.addSecs(23 * 3600), qPrintable(next.toString(Qt::ISODate)));
    QCOMPARE(item(id)->state, OutboxItem::State::Queued);
    QCOMPARE(item(id)->nextAttemptAt, next);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args.at(1) == childFlag)
        return runChild(args.mid(2));
    TestOutbox test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestOutbox.moc"
