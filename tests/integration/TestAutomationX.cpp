// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome message end to end: a new person DMs the brand on the sandbox X server; the sync
// brings it in, the rule answers through the outbox, exactly once, and not again when the same
// person writes a second time. Then two brands, each with its own Starling, whose rules answer
// each other's automatic answers: they do not go on for ever.

#include "TestData.h"
#include "WriterAccess.h"
#include "auth/FixedAccessToken.h"
#include "automation/AutomationService.h"
#include "automation/Rule.h"
#include "providers/x/XClient.h"
#include "store/AccountRepository.h"
#include "store/AutomationRepository.h"
#include "store/Database.h"
#include "store/StoreWriter.h"
#include "sync/Outbox.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace starling;

class TestAutomationX : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeIsSentOnce();
    void twoStarlingsDoNotAnswerEachOtherForEver();
};

namespace {

/** One Starling on its own profile: a store, sync, outbox and automation for one X account. */
struct Starling
{
    Starling(sandbox::XServer &server, const QString &handle, const QString &userId)
        : tokens(server.addToken(userId))
    {
        auto db = Database::openSqlite(dir.filePath(u"store.sqlite"_s), Database::Role::Writer);
        if (!db)
            return;
        writer = std::make_unique<StoreWriter>(std::move(db).value());
        account = testdata::account(handle);
        account.remoteUserId = userId;
        account.displayName = handle;
        if (!AccountRepository(test::writerDatabase(*writer)).upsert(account))
            return;
        XClient::Config config;
        config.apiBase = server.baseUrl();
        config.accountId = account.id;
        config.ownUserId = userId;
        client = std::make_unique<XClient>(config, &tokens);
        engine = std::make_unique<SyncEngine>(writer.get());
        outbox = std::make_unique<Outbox>(writer.get());
        automation = std::make_unique<AutomationService>(
            writer.get(), [out = outbox.get()](OutboxItem item) { return out->enqueue(std::move(item)); });
        automation->setAccounts({account});
        cycles = std::make_unique<QSignalSpy>(engine.get(), &SyncEngine::cycleFinished);
    }

    bool saveRule(const Rule &rule)
    {
        StoredRule stored;
        stored.name = rule.name;
        stored.definition = QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
        return AutomationRepository(test::writerDatabase(*writer)).saveRule(stored).ok();
    }

    void start()
    {
        engine->addAccount(account.id, client.get());
        outbox->addAccount(account.id, client.get());
        outbox->start();
    }

    /** Syncs both streams, lets the rules run and waits until what they queued has left. */
    bool syncAndAnswer()
    {
        cycles->clear();
        engine->syncNow(account.id);
        if (!QTest::qWaitFor([this] { return cycles->size() >= 2 && engine->isIdle(); }, 20000))
            return false;
        QCoreApplication::processEvents(); // the rules run from a queued call after the store changed
        return QTest::qWaitFor([this] { return outbox->isIdle(); }, 20000);
    }

    QTemporaryDir dir;
    FixedAccessToken tokens;
    Account account;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<XClient> client;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AutomationService> automation;
    std::unique_ptr<QSignalSpy> cycles;
};

} // namespace

void TestAutomationX::welcomeIsSentOnce()
{
    sandbox::XServer server;
    QVERIFY(server.listen());
    const QString shop = server.addUser(u"starlingshop"_s, u"Starling Shop"_s);
    server.setOwnUser(shop);
    const QByteArray token = server.addToken(shop);
    const QString dana = server.addUser(u"dana_ortiz"_s, u"Dana Ortiz"_s);

    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(u"store.sqlite"_s), Database::Role::Writer);
    QVERIFY(db.ok());
    StoreWriter writer(std::move(db).value());
    Account account = testdata::account(u"starlingshop"_s);
    account.remoteUserId = shop;
    account.displayName = u"Starling Shop"_s;
    QVERIFY(AccountRepository(test::writerDatabase(writer)).upsert(account).ok());

    Rule welcome;
    welcome.name = u"Welcome"_s;
    welcome.trigger = Rule::Trigger::NewConversation;
    welcome.actions = {{Rule::Action::Kind::ReplyDm,
                        u"Hi {first_name}, thanks for writing to {my_name}! We answer within the hour."_s,
                        {},
                        false}};
    StoredRule stored;
    stored.name = welcome.name;
    stored.definition = QJsonDocument(welcome.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(AutomationRepository(test::writerDatabase(writer)).saveRule(stored).ok());

    FixedAccessToken tokens(token);
    XClient::Config config;
    config.apiBase = server.baseUrl();
    config.accountId = account.id;
    config.ownUserId = shop;
    XClient client(config, &tokens);
    SyncEngine engine(&writer);
    Outbox outbox(&writer);
    AutomationService automation(&writer, [&outbox](OutboxItem item) { return outbox.enqueue(std::move(item)); });
    automation.setAccounts({account});
    engine.addAccount(account.id, &client);
    outbox.addAccount(account.id, &client);
    outbox.start();
    QSignalSpy cycles(&engine, &SyncEngine::cycleFinished);
    QTRY_VERIFY(cycles.size() >= 2); // the first, empty sync of both streams

    const auto welcomes = [&] {
        int count = 0;
        for (const auto &event : server.dmEvents()) {
            if (event.senderId == shop && event.text.startsWith(u"Hi Dana"_s))
                ++count;
        }
        return count;
    };

    // A new person writes: the next sync brings it in and the rule answers, once.
    QVERIFY(!server.deliverDirectMessage(dana, shop, u"Hello! Is the shop open on Sunday?"_s).isEmpty());
    engine.syncNow(account.id);
    QTRY_COMPARE_WITH_TIMEOUT(welcomes(), 1, 20000);
    const auto welcomeText = [&] {
        for (const auto &event : server.dmEvents()) {
            if (event.senderId == shop)
                return event.text;
        }
        return QString();
    }();
    QCOMPARE(welcomeText, u"Hi Dana, thanks for writing to Starling Shop! We answer within the hour."_s);

    // The same person again, and a sync that also brings the welcome back: no second welcome.
    QVERIFY(!server.deliverDirectMessage(dana, shop, u"Also: do you gift wrap?"_s).isEmpty());
    cycles.clear();
    engine.syncNow(account.id);
    QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 2, 20000);
    QTRY_VERIFY(outbox.isIdle());
    QCOMPARE(welcomes(), 1);
    auto log = AutomationRepository(test::writerDatabase(writer)).recentLog(10);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->constFirst().personRemoteId, dana);
}

void TestAutomationX::twoStarlingsDoNotAnswerEachOtherForEver()
{
    sandbox::XServer server;
    QVERIFY(server.listen());
    const QString shopId = server.addUser(u"starlingshop"_s, u"Starling Shop"_s);
    const QString cafeId = server.addUser(u"corner_cafe"_s, u"Corner Cafe"_s);
    Starling shop(server, u"starlingshop"_s, shopId);
    Starling cafe(server, u"corner_cafe"_s, cafeId);
    QVERIFY(shop.writer && shop.client && cafe.writer && cafe.client);

    // Each thanks whoever thanks it, and each answer thanks back. Both users asked for no
    // per-person window at all, which Starling does not grant.
    Rule thanks;
    thanks.name = u"Thank back"_s;
    thanks.trigger = Rule::Trigger::Keyword;
    thanks.keywords = {u"thanks"_s};
    thanks.actions = {{Rule::Action::Kind::ReplyDm, u"Thanks for your message, {first_name}!"_s, {}, false}};
    thanks.perPersonWindow = std::chrono::seconds(0);
    QVERIFY(shop.saveRule(thanks));
    QVERIFY(cafe.saveRule(thanks));
    shop.start();
    cafe.start();
    QTRY_VERIFY_WITH_TIMEOUT(shop.cycles->size() >= 2 && cafe.cycles->size() >= 2, 20000);

    const auto answersBy = [&](const QString &sender) {
        int count = 0;
        for (const auto &event : server.dmEvents()) {
            if (event.senderId == sender && event.text.startsWith(u"Thanks for your message"_s))
                ++count;
        }
        return count;
    };
    // A person at the cafe thanks the shop by hand; from then on only the rules write.
    QVERIFY(!server.deliverDirectMessage(cafeId, shopId, u"thanks for the quick delivery"_s).isEmpty());
    for (int round = 0; round < 4; ++round) {
        QVERIFY(shop.syncAndAnswer());
        QVERIFY(cafe.syncAndAnswer());
    }
    // Each answered the other once; the window keeps the second answer for an hour later.
    QCOMPARE(answersBy(shopId), 1);
    QCOMPARE(answersBy(cafeId), 1);
}

QTEST_GUILESS_MAIN(TestAutomationX)
#include "TestAutomationX.moc"
