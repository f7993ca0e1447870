// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process writing sync pages is killed with SIGKILL at random moments.
// Afterwards the database must pass its integrity check, and every page whose commit returned
// must be there with its cursor, and no page may be there in part. On SQLite, and as
// TestStoreCrash.postgres on a team's PostgreSQL.

#include "PostgresServer.h"
#include "TestData.h"
#include "store/AccountRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

constexpr int messagesPerPage = 20;
const QString childFlag = u"--crash-child"_s;

SyncPage pageNumber(const QUuid &accountId, qint64 seq)
{
    SyncPage page;
    page.accountId = accountId;
    page.stream = u"dm"_s;
    page.cursor = QString::number(seq);
    const QString person = u"p%1"_s.arg(seq % 50);
    page.identities << testdata::person(accountId, person);
    const QString conversation = u"c%1"_s.arg(seq % 50);
    page.conversations << testdata::directConversation(accountId, conversation, person);
    for (int i = 0; i < messagesPerPage; ++i) {
        page.messages << testdata::inboundDm(accountId, conversation, u"s%1-%2"_s.arg(seq).arg(i), person,
                                             u"page %1 message %2: where is my parcel?"_s.arg(seq).arg(i),
                                             testdata::at(seq * 60 + i));
    }
    return page;
}

/** The child: writes pages from the stored cursor on, printing each number once COMMIT returned. */
int runChild(const QString &location)
{
    auto db = Database::open(test::locationFromArgument(location), Database::Role::Writer);
    if (!db)
        return 3;
    const Account account = testdata::account();
    if (!AccountRepository(*db.value()).upsert(account))
        return 4;
    auto cursor = CursorRepository(*db.value()).cursor(account.id, u"dm"_s);
    if (!cursor)
        return 5;
    qint64 seq = cursor.value() ? cursor.value()->toLongLong() + 1 : 1;
    PageWriter writer(*db.value());
    for (;; ++seq) {
        if (!writer.write(pageNumber(account.id, seq)))
            return 6;
        std::printf("%lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWriterLosesNothing();

private:
    test::TestDatabases m_databases;
};

void TestStoreCrash::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestStoreCrash::killedWriterLosesNothing()
{
    const Database::Location location = m_databases.newLocation(u"crash"_s);
    const bool postgres = location.engine == Engine::Postgres;
    const QUuid accountId = testdata::account().id;
    qint64 lastAcked = 0;

    for (int cycle = 0; cycle < 50; ++cycle) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {childFlag, test::locationArgument(location)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Count the random moment from the first commit, so a slow start (sanitizers, a loaded
        // machine) cannot turn the test into 50 kills of a process that never wrote.
        QTRY_VERIFY_WITH_TIMEOUT(child.bytesAvailable() > 0 || child.state() != QProcess::Running, 30000);
        const int delay = QRandomGenerator::global()->bounded(50, 451);
        QTest::qWait(delay);
        QCOMPARE(child.state(), QProcess::Running); // it writes until killed
        child.kill(); // SIGKILL: no cleanup, no final commit
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        const QList<QByteArray> acked = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : acked) {
            if (!line.trimmed().isEmpty())
                lastAcked = std::max(lastAcked, line.trimmed().toLongLong());
        }

        auto db = Database::open(location, Database::Role::Writer);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
        if (!postgres) {
            QSqlQuery integrity(db.value()->connection());
            QVERIFY(integrity.exec(u"PRAGMA integrity_check"_s) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), u"ok"_s);
        }

        auto cursor = CursorRepository(*db.value()).cursor(accountId, u"dm"_s);
        QVERIFY(cursor.ok());
        const qint64 stored = cursor.value() ? cursor.value()->toLongLong() : 0;
        // Every acknowledged page is there; at most the page in flight went beyond it.
        QVERIFY2(stored >= lastAcked, qPrintable(u"cursor %1 < acknowledged %2"_s.arg(stored).arg(lastAcked)));
        // Pages are whole and there are no gaps: exactly the pages up to the cursor.
        QCOMPARE(scalar(*db.value(), u"SELECT count(*) FROM messages"_s), stored * messagesPerPage);
        QCOMPARE(scalar(*db.value(), postgres ? u"SELECT count(DISTINCT split_part(remote_id, '-', 1)) FROM messages"_s
                                              : u"SELECT count(DISTINCT substr(remote_id, 1, instr(remote_id, '-')))"
                                                " FROM messages"_s),
                 stored);
        // The search index holds every message stored, and nothing else.
        QCOMPARE(scalar(*db.value(),
                        postgres
                            ? u"SELECT count(*) FROM messages WHERE search @@ to_tsquery('starling_search', 'parcel')"_s
                            : u"SELECT count(*) FROM message_search WHERE message_search MATCH 'parcel'"_s),
                 stored * messagesPerPage);
        lastAcked = stored;
    }
    // Each child wrote at least one page before it was killed.
    QVERIFY(lastAcked >= 50);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == childFlag)
        return runChild(args.at(2));
    TestStoreCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestStoreCrash.moc"
