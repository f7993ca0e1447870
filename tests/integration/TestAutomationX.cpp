// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome message end to end: a new person DMs the brand on the sandbox X server; the sync
// brings it in, the rule answers through the outbox, exactly once, and not again when the same
// person writes a second time.

#include "TestData.h"
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

using namespace Qt::StringLiterals;
using namespace starling;

class TestAutomationX : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void welcomeIsSentOnce();
};

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
    QVERIFY(AccountRepository(writer.database()).upsert(account).ok());

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
    QVERIFY(AutomationRepository(writer.database()).saveRule(stored).ok());

    FixedAccessToken tokens(token);
    XClient::Config config;
    config.apiBase = server.baseUrl();
    config.accountId = account.id;
    config.ownUserId = shop;
    XClient client(config, &tokens);
    SyncEngine engine(&writer);
    Outbox outbox(&writer);
    AutomationService automation(&writer, &outbox);
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
    auto log = AutomationRepository(writer.database()).recentLog(10);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->constFirst().personRemoteId, dana);
}

QTEST_GUILESS_MAIN(TestAutomationX)
#include "TestAutomationX.moc"
