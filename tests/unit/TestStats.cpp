// SPDX-License-Identifier: GPL-3.0-or-later
// core/store/StatsRepository: response times, as the CLI's `stats` (and later a report view)
// show them. ResponseTimes is fed by hand from tables; StatsRepository reads a real store.

#include "PostgresServer.h"
#include "TestData.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"
#include "store/StatsRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

/** One message of a scripted story: conversation, who wrote it ('i'n or 'o'ut), minute. */
struct Step
{
    qint64 conversation;
    char who;
    int minute;
};

const QUuid accountA(u"{5a7a0000-0000-4000-8000-00000000000a}"_s);
const QUuid accountB(u"{5a7a0000-0000-4000-8000-00000000000b}"_s);

QDateTime minute(int m)
{
    return testdata::at(qint64(m) * 60);
}

std::optional<qint64> minutes(double m)
{
    return qint64(m * 60'000);
}

} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(std::optional<qint64>)

class TestStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void responseTimes_data();
    void responseTimes();
    void severalAccounts();
    void medianAndPercentile();
    void fromTheStore();

private:
    test::TestDatabases m_databases;
};

void TestStats::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestStats::responseTimes_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<int>("from"); // minute; the period is [from, 1000)
    QTest::addColumn<int>("conversations");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("answered");
    QTest::addColumn<int>("waiting");
    QTest::addColumn<std::optional<qint64>>("firstMedian");
    QTest::addColumn<std::optional<qint64>>("median");

    const std::optional<qint64> none;
    QTest::newRow("asked and answered after 10 min")
        << QList<Step>{{1, 'i', 0}, {1, 'o', 10}} << 0 << 1 << 1 << 1 << 0 << minutes(10) << minutes(10);
    QTest::newRow("three messages before the answer are one request, timed from the first")
        << QList<Step>{{1, 'i', 0}, {1, 'i', 5}, {1, 'i', 8}, {1, 'o', 20}} << 0 << 1 << 1 << 1 << 0 << minutes(20)
        << minutes(20);
    QTest::newRow("only our first answer counts")
        << QList<Step>{{1, 'i', 0}, {1, 'o', 10}, {1, 'o', 30}} << 0 << 1 << 1 << 1 << 0 << minutes(10) << minutes(10);
    QTest::newRow("we wrote first: nothing was asked")
        << QList<Step>{{1, 'o', 0}, {1, 'o', 5}} << 0 << 0 << 0 << 0 << 0 << none << none;
    QTest::newRow("a second request: first response is the first one's")
        << QList<Step>{{1, 'i', 0}, {1, 'o', 10}, {1, 'i', 100}, {1, 'o', 130}} << 0 << 1 << 2 << 2 << 0 << minutes(10)
        << minutes(20);
    QTest::newRow("unanswered: waiting, no time") << QList<Step>{{1, 'i', 0}} << 0 << 1 << 1 << 0 << 1 << none << none;
    QTest::newRow("two conversations: medians of 10 and 30")
        << QList<Step>{{1, 'i', 0}, {1, 'o', 10}, {2, 'i', 0}, {2, 'o', 30}} << 0 << 2 << 2 << 2 << 0 << minutes(20)
        << minutes(20);
    QTest::newRow("a request that began before the period does not count")
        << QList<Step>{{1, 'i', 0}, {1, 'i', 60}, {1, 'o', 70}} << 50 << 0 << 0 << 0 << 0 << none << none;
    QTest::newRow("…but the next one in the period does, and is the first in it")
        << QList<Step>{{1, 'i', 0}, {1, 'o', 70}, {1, 'i', 80}, {1, 'o', 85}} << 50 << 1 << 1 << 1 << 0 << minutes(5)
        << minutes(5);
    QTest::newRow("answered after the period: still counted, with its time")
        << QList<Step>{{1, 'i', 990}, {1, 'o', 1100}} << 0 << 1 << 1 << 1 << 0 << minutes(110) << minutes(110);
    QTest::newRow("asked after the period: not counted")
        << QList<Step>{{1, 'i', 1000}, {1, 'o', 1010}} << 0 << 0 << 0 << 0 << 0 << none << none;
    QTest::newRow("first request unanswered, second answered: no first response time")
        << QList<Step>{{1, 'i', 0}, {2, 'i', 0}, {2, 'o', 5}} << 0 << 2 << 2 << 1 << 1 << minutes(5) << minutes(5);
}

void TestStats::responseTimes()
{
    QFETCH(QList<Step>, steps);
    QFETCH(int, from);
    QFETCH(int, conversations);
    QFETCH(int, requests);
    QFETCH(int, answered);
    QFETCH(int, waiting);
    QFETCH(std::optional<qint64>, firstMedian);
    QFETCH(std::optional<qint64>, median);

    ResponseTimes times(minute(from), minute(1000));
    for (const Step &s : std::as_const(steps))
        times.add(accountA, s.conversation, s.who == 'i', minute(s.minute));
    const QList<ResponseTimeStats> results = times.results();
    if (requests == 0) {
        QVERIFY(results.isEmpty());
        return;
    }
    QCOMPARE(results.size(), 1);
    const ResponseTimeStats &r = results.constFirst();
    QCOMPARE(r.accountId, accountA);
    QCOMPARE(r.conversations, conversations);
    QCOMPARE(r.requests, requests);
    QCOMPARE(r.answered, answered);
    QCOMPARE(r.waiting, waiting);
    QCOMPARE(r.firstResponseMedianMs, firstMedian);
    QCOMPARE(r.responseMedianMs, median);
}

void TestStats::severalAccounts()
{
    ResponseTimes times({}, {});
    times.add(accountB, 1, true, minute(0));
    times.add(accountB, 1, false, minute(4));
    times.add(accountA, 2, true, minute(0));
    times.add(accountA, 3, true, minute(1));
    times.add(accountA, 3, false, minute(3));
    const QList<ResponseTimeStats> results = times.results();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).accountId, accountB); // in the order they first appeared
    QCOMPARE(results.at(0).responseMedianMs, minutes(4));
    QCOMPARE(results.at(1).accountId, accountA);
    QCOMPARE(results.at(1).requests, 2);
    QCOMPARE(results.at(1).waiting, 1);
    QCOMPARE(results.at(1).firstResponseMeanMs, minutes(2));
}

void TestStats::medianAndPercentile()
{
    std::vector<qint64> none;
    QVERIFY(!ResponseTimes::median(none));
    QVERIFY(!ResponseTimes::percentile(none, 90));
    std::vector<qint64> odd{5, 1, 3};
    QCOMPARE(ResponseTimes::median(odd), std::optional<qint64>(3));
    std::vector<qint64> even{4, 1, 3, 2};
    QCOMPARE(ResponseTimes::median(even), std::optional<qint64>(2)); // (2 + 3) / 2, rounded down
    std::vector<qint64> ten{10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    QCOMPARE(ResponseTimes::percentile(ten, 90), std::optional<qint64>(9));
    QCOMPARE(ResponseTimes::percentile(ten, 100), std::optional<qint64>(10));
}

void TestStats::fromTheStore()
{
    auto db = Database::open(m_databases.newLocation(u"stats"_s), Database::Role::Writer);
    QVERIFY(db);
    const Account account = testdata::account();
    QVERIFY(AccountRepository(*db.value()).upsert(account));

    SyncPage page;
    page.accountId = account.id;
    page.stream = u"dm"_s;
    page.identities << testdata::person(account.id, u"7"_s);
    page.conversations << testdata::directConversation(account.id, u"1000-7"_s, u"7"_s);
    page.messages << testdata::inboundDm(account.id, u"1000-7"_s, u"m1"_s, u"7"_s, u"hello?"_s, minute(0));
    // A queued answer has not reached anyone: it does not answer.
    Message queued = testdata::inboundDm(account.id, u"1000-7"_s, u"m2"_s, u"1000"_s, u"typing…"_s, minute(2));
    queued.direction = Message::Direction::Outbound;
    queued.delivery = Message::Delivery::Queued;
    page.messages << queued;
    Message sent = testdata::inboundDm(account.id, u"1000-7"_s, u"m3"_s, u"1000"_s, u"hi!"_s, minute(12));
    sent.direction = Message::Direction::Outbound;
    page.messages << sent;
    page.messages << testdata::inboundDm(account.id, u"1000-7"_s, u"m4"_s, u"7"_s, u"thanks"_s, minute(20));
    QVERIFY(PageWriter(*db.value()).write(page));

    StatsRepository stats(*db.value());
    auto all = stats.responseTimes(minute(-10), minute(1000));
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().accountId, account.id);
    QCOMPARE(all->constFirst().requests, 2);
    QCOMPARE(all->constFirst().answered, 1);
    QCOMPARE(all->constFirst().waiting, 1);
    QCOMPARE(all->constFirst().firstResponseMedianMs, minutes(12));

    // From minute 15: only the second request, which the message before the period does not hide.
    auto later = stats.responseTimes(minute(15), minute(1000));
    QVERIFY(later);
    QCOMPARE(later->constFirst().requests, 1);
    QCOMPARE(later->constFirst().waiting, 1);
    // Another account: nothing.
    auto other = stats.responseTimes(minute(-10), minute(1000), accountB);
    QVERIFY(other);
    QVERIFY(other->isEmpty());
}

QTEST_GUILESS_MAIN(TestStats)
#include "TestStats.moc"
