// SPDX-License-Identifier: GPL-3.0-or-later
// starling-cli, the real binary, against a profile synced from the sandbox X server: every
// subcommand in both output modes, usage errors and exit codes, an export re-read from JSON Lines
// and compared with the store, `count` against TextRules itself, a write next to another
// process's open transaction, and the outbox lock the app holds.
//
// The profile is set up as the app leaves it: the account in the profile's settings (with the
// sandbox as its server, which is how every provider's base URL is configured) and its access
// token in the system keychain. The CLI runs its production wiring unchanged; there is no test
// hook in it. main() starts a private D-Bus session with an unlocked gnome-keyring, as
// TestCredentialStore does, so the developer's own keyring is never touched.

#include "KeyringSession.h"
#include "LoopbackServer.h"
#include "PostgresServer.h"
#include "Profile.h"
#include "accounts/AccountManager.h"
#include "auth/KeychainCredentialStore.h"
#include "cli/CliOutput.h"
#include "store/AccountRepository.h"
#include "store/AutomationRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/MessageRepository.h"
#include "store/SqlHelpers.h"
#include "store/Store.h"
#include "team/SyncLeadership.h"
#include "team/TeamWorkspace.h"
#include "text/TextRules.h"
#include "x/XServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace starling;
using starling::sandbox::XServer;

Q_DECLARE_METATYPE(starling::Network)
Q_DECLARE_METATYPE(starling::TextRules::Mode)

namespace {

constexpr int processTimeoutMs = 120000;

const QUuid shopAccountId(u"{c11c0000-0000-4000-8000-000000000001}"_s);
const QUuid offlineAccountId(u"{c11c0000-0000-4000-8000-000000000002}"_s);
const QUuid signedOutAccountId(u"{c11c0000-0000-4000-8000-000000000003}"_s);

// A DM that needs quoting in CSV and escaping in JSON.
const QString trickyText = u"Two things: \"the box\", and the label\nsecond line, with a comma 😀"_s;

/** What a run of starling-cli left. */
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString text() const { return QString::fromUtf8(out); }
    QString errors() const { return QString::fromUtf8(err); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000) + "\nstderr: " + err.left(3000);
    }
};

QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                               "0000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082");
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void usageErrors_data();
    void usageErrors();
    void noAccounts();

    void sync();
    void accounts();
    void inbox();
    void show();
    void search();
    void stats();
    void count_data();
    void count();
    void countFromStandardInput();
    void exportJsonLinesMatchesTheStore();
    void exportCsv();
    void contacts();
    void doneAndReopen();
    void writeWhileAnotherProcessHoldsTheDatabase();
    void sendDirectMessage();
    void reply();
    void post();
    void sendingWaitsForTheAppsOutbox();
    void networkErrors();
    void signedOut();
    void sendersCannotWriteToTheTerminal();
    void tableColumnsByDisplayWidth();
    void teamWorkspace();

private:
    /** Runs starling-cli with @p args on @p profile (the synced one when empty), feeding @p input. */
    Run cli(const QStringList &args, const QString &profile = {}, const QByteArray &input = {});
    /** Writes an X account into @p profileDir as the app's add-account dialog leaves it. */
    void addAccount(const QString &profileDir, const QUuid &id, const QString &handle, const QString &userId,
                    const QUrl &server, const QByteArray &token);
    std::unique_ptr<Database> reader();
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** The local id of the conversation with @p remoteId. */
    qint64 conversationId(const QString &remoteId);
    /** The local id of the message with @p remoteId. */
    qint64 messageId(const QString &remoteId);

    XServer m_x;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_shop;
    QString m_ana;
    QString m_ben;
    QString m_cleo;
    QString m_cleoMention;
    QString m_anaFirstDm;
    QString m_trickyDm;
    int m_seededMessages = 0;
};

// ---------------------------------------------------------------------------------------------

Run TestCli::cli(const QStringList &args, const QString &profile, const QByteArray &input)
{
    QProcess process;
    process.setProgram(QStringLiteral(STARLING_CLI));
    process.setArguments(QStringList{u"--profile"_s, profile.isEmpty() ? m_profile : profile} + args);
    process.start();
    Run run;
    if (!process.waitForStarted(processTimeoutMs)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // The sandbox server answers from this thread's event loop, so wait by running it.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::addAccount(const QString &profileDir, const QUuid &id, const QString &handle, const QString &userId,
                         const QUrl &server, const QByteArray &token)
{
    auto profile = Profile::open(profileDir);
    QVERIFY(profile);
    profile->useForSettings();
    auto store = Store::open(profile->databasePath());
    QVERIFY(store);
    KeychainCredentialStore credentials;
    {
        QSettings settings;
        AccountManager accounts(&settings, &credentials, store->get());
        accounts.load();
        Account account;
        account.id = id;
        account.network = Network::X;
        account.handle = handle;
        account.displayName = handle + u" Inc"_s;
        account.remoteUserId = userId;
        // The API base: how tests, the demo and the sandbox point the real client elsewhere.
        account.serverUrl = server;
        QVERIFY(accounts.add(account));
        store.value()->flush();
    }
    if (token.isEmpty())
        return;
    bool done = false;
    Result<void> result;
    credentials.write(id, CredentialStore::Kind::AccessToken, token, this, [&](Result<void> r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message()));
}

std::unique_ptr<Database> TestCli::reader()
{
    auto db = Database::openSqlite(QDir(m_profile).filePath(u"starling.sqlite"_s), Database::Role::Reader);
    return db ? std::move(db).value() : nullptr;
}

qint64 TestCli::scalar(const QString &sql, const QVariantList &values)
{
    auto db = reader();
    if (!db)
        return -1;
    QSqlQuery query(db->connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 TestCli::conversationId(const QString &remoteId)
{
    return scalar(u"SELECT id FROM conversations WHERE remote_id = ?"_s, {remoteId});
}

qint64 TestCli::messageId(const QString &remoteId)
{
    return scalar(u"SELECT id FROM messages WHERE remote_id = ?"_s, {remoteId});
}

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(STARLING_CLI)).isExecutable());
    QVERIFY(m_dir.isValid());
    // The same names as the apps, so QSettings finds the same file in a profile.
    QCoreApplication::setOrganizationDomain(QStringLiteral(STARLING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STARLING_APP_NAME));
    QVERIFY(m_x.listen());
    m_x.setAllRateLimits(100000);

    m_shop = m_x.addUser(u"shop"_s, u"Shop Inc"_s);
    m_ana = m_x.addUser(u"ana"_s, u"Ana Souza"_s);
    m_ben = m_x.addUser(u"ben"_s, u"Ben Okafor"_s);
    m_cleo = m_x.addUser(u"cleo"_s, u"Cleo"_s);
    QVERIFY(!m_shop.isEmpty() && !m_ana.isEmpty() && !m_ben.isEmpty() && !m_cleo.isEmpty());
    m_x.setOwnUser(m_shop);
    const QByteArray token = m_x.addToken(m_shop);

    // A story two days old, on a clock the test sets: Ana asks, the shop answers ten minutes
    // later, Ana writes twice more; Ben asks; Cleo mentions the shop. Four requests, one answered.
    // It starts at nine in the morning, so that it stays on the day before yesterday whatever the
    // hour the test runs at ("2 d ago", not "yesterday" when the suite runs late in the evening).
    const QDateTime base = QDateTime(QDate::currentDate().addDays(-2), QTime(9, 0)).toUTC();
    QDateTime clock = base;
    m_x.setClock([&clock] { return clock; });
    m_anaFirstDm = m_x.deliverDirectMessage(m_ana, m_shop, u"Hi, where is my order #1234?"_s);
    clock = base.addSecs(600);
    QVERIFY(!m_x.deliverDirectMessage(m_shop, m_ana, u"It left the warehouse this morning."_s).isEmpty());
    clock = base.addSecs(3600);
    QVERIFY(!m_x.deliverDirectMessage(m_ana, m_shop, u"Thanks! And the invoice?"_s).isEmpty());
    clock = base.addSecs(3660);
    m_trickyDm = m_x.deliverDirectMessage(m_ana, m_shop, trickyText);
    clock = base.addSecs(7200);
    QVERIFY(!m_x.deliverDirectMessage(m_ben, m_shop, u"Do you ship to Canada?"_s).isEmpty());
    clock = base.addSecs(10800);
    m_cleoMention = m_x.mention(m_cleo, m_shop, u"your app made my week"_s);
    m_x.setClock({});
    QVERIFY(!m_anaFirstDm.isEmpty() && !m_trickyDm.isEmpty() && !m_cleoMention.isEmpty());
    m_seededMessages = 6;

    m_profile = m_dir.filePath(u"profile"_s);
    addAccount(m_profile, shopAccountId, u"shop"_s, m_shop, m_x.baseUrl(), token);
}

void TestCli::cleanupTestCase()
{
    KeychainCredentialStore credentials;
    int pending = 3;
    for (const QUuid &id : {shopAccountId, offlineAccountId, signedOutAccountId})
        credentials.remove(id, CredentialStore::Kind::AccessToken, this, [&](Result<void>) { --pending; });
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 30000);
}

// ---- the command line itself ----------------------------------------------------------------

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::newRow("starling-cli --help") << QStringList{u"--help"_s} << u"<command> [options]"_s;
    QTest::newRow("starling-cli help") << QStringList{u"help"_s} << u"<command> [options]"_s;
    QTest::newRow("starling-cli help inbox") << QStringList{u"help"_s, u"inbox"_s} << u"] inbox"_s;
    QTest::newRow("--help before the command") << QStringList{u"--help"_s, u"sync"_s} << u"] sync"_s;
    for (const QString &command :
         {u"accounts"_s, u"sync"_s, u"inbox"_s, u"show"_s, u"search"_s, u"send"_s, u"reply"_s, u"post"_s, u"done"_s,
          u"reopen"_s, u"stats"_s, u"export"_s, u"count"_s, u"contacts"_s, u"team"_s}) {
        QTest::addRow("%s --help", qPrintable(command)) << QStringList{command, u"--help"_s} << u"] "_s + command;
    }
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.text().startsWith(u"Usage: starling-cli"_s), run.describe());
    QVERIFY2(run.text().contains(usage), run.describe());
    // The exit codes are documented in every help.
    QVERIFY2(run.text().contains(u"Exit codes:"_s) && run.text().contains(u"4  network error"_s), run.describe());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no command") << QStringList{} << u"Which command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown option") << QStringList{u"inbox"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("--limit not a number") << QStringList{u"inbox"_s, u"--limit"_s, u"many"_s} << u"--limit"_s;
    QTest::newRow("--limit zero") << QStringList{u"inbox"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("--kind unknown") << QStringList{u"inbox"_s, u"--kind"_s, u"fax"_s} << u"--kind"_s;
    QTest::newRow("--state unknown") << QStringList{u"inbox"_s, u"--state"_s, u"lost"_s} << u"--state"_s;
    QTest::newRow("inbox with an argument") << QStringList{u"inbox"_s, u"extra"_s} << u"inbox"_s;
    QTest::newRow("show without an id") << QStringList{u"show"_s} << u"conversation id"_s;
    QTest::newRow("show with a word") << QStringList{u"show"_s, u"ana"_s} << u"not a conversation id"_s;
    QTest::newRow("search without a query") << QStringList{u"search"_s} << u"something to look for"_s;
    QTest::newRow("send without --account") << QStringList{u"send"_s, u"--to"_s, u"ana"_s, u"hi"_s} << u"--account"_s;
    QTest::newRow("send without --to") << QStringList{u"send"_s, u"--account"_s, u"shop"_s, u"hi"_s} << u"--to"_s;
    QTest::newRow("send without text") << QStringList{u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ana"_s}
                                       << u"text"_s;
    QTest::newRow("reply without text") << QStringList{u"reply"_s, u"1"_s} << u"text"_s;
    QTest::newRow("reply to a word") << QStringList{u"reply"_s, u"first"_s, u"hi"_s} << u"not a message id"_s;
    QTest::newRow("post without --account") << QStringList{u"post"_s, u"hello"_s} << u"--account"_s;
    QTest::newRow("done without an id") << QStringList{u"done"_s} << u"conversation id"_s;
    QTest::newRow("reopen with two ids") << QStringList{u"reopen"_s, u"1"_s, u"2"_s} << u"conversation id"_s;
    QTest::newRow("stats with a bad date") << QStringList{u"stats"_s, u"--since"_s, u"last week"_s} << u"ISO 8601"_s;
    QTest::newRow("stats backwards") << QStringList{u"stats"_s, u"--since"_s, u"2026-02-01"_s, u"--until"_s,
                                                    u"2026-01-01"_s}
                                     << u"before"_s;
    QTest::newRow("export as xml") << QStringList{u"export"_s, u"--format"_s, u"xml"_s} << u"--format"_s;
    QTest::newRow("export to a file argument") << QStringList{u"export"_s, u"out.jsonl"_s} << u"redirect"_s;
    QTest::newRow("count without --network") << QStringList{u"count"_s, u"hello"_s} << u"--network"_s;
    QTest::newRow("count on an unknown network")
        << QStringList{u"count"_s, u"--network"_s, u"myspace"_s, u"hi"_s} << u"--network"_s;
    QTest::newRow("count with a bad limit")
        << QStringList{u"count"_s, u"--network"_s, u"x"_s, u"--limit"_s, u"-5"_s, u"hi"_s} << u"--limit"_s;
    QTest::newRow("sync --timeout zero") << QStringList{u"sync"_s, u"--timeout"_s, u"0"_s} << u"--timeout"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.errors().contains(says), run.describe());

    // With --json the error is a JSON object on standard error.
    const Run json = cli(QStringList{u"--json"_s} + args);
    QVERIFY2(json.exitCode == 2, json.describe());
    const QJsonObject error = QJsonDocument::fromJson(json.err).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"usage"_s);
    QCOMPARE(error.value(u"exitCode"_s).toInt(), 2);
}

void TestCli::noAccounts()
{
    const QString empty = m_dir.filePath(u"empty"_s);
    const Run accounts = cli({u"accounts"_s}, empty);
    QVERIFY2(accounts.exitCode == 0, accounts.describe());
    QVERIFY2(accounts.text().contains(u"Accounts are added in the Starling app"_s), accounts.describe());
    const Run json = cli({u"--json"_s, u"accounts"_s}, empty);
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value(u"accounts"_s).toArray().size(), 0);
    QVERIFY(json.json().value(u"note"_s).toString().contains(u"Starling app"_s));

    const Run sync = cli({u"sync"_s}, empty);
    QVERIFY2(sync.exitCode == 3, sync.describe());
    QVERIFY2(sync.errors().contains(u"Accounts are added in the Starling app"_s), sync.describe());
    const Run send = cli({u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ana"_s, u"hello"_s}, empty);
    QVERIFY2(send.exitCode == 3, send.describe());
    const Run inbox = cli({u"inbox"_s}, empty);
    QVERIFY2(inbox.exitCode == 0, inbox.describe());
    QVERIFY2(inbox.text().contains(u"no accounts"_s), inbox.describe());
}

// ---- reading --------------------------------------------------------------------------------

void TestCli::sync()
{
    const Run first = cli({u"sync"_s});
    QVERIFY2(first.exitCode == 0, first.describe());
    // Not a terminal: the result only, no progress lines.
    // (Plurals read "message(s)" until there is an English translation with numerus forms.)
    QVERIFY2(first.text().startsWith(u"@shop on X: 5 new message"_s), first.describe());
    QVERIFY2(first.text().contains(u". 6 message(s) fetched."_s), first.describe());
    QVERIFY2(first.err.isEmpty(), first.describe());
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), qint64(m_seededMessages));
    QCOMPARE(scalar(u"SELECT count(*) FROM conversations"_s), qint64(3));

    // Nothing new the second time; the cursors made it one request per stream.
    const qint64 before = m_x.http().requests().size();
    const Run again = cli({u"--json"_s, u"sync"_s, u"--account"_s, u"x:@shop"_s});
    QVERIFY2(again.exitCode == 0, again.describe());
    const QJsonArray accounts = again.json().value(u"accounts"_s).toArray();
    QCOMPARE(accounts.size(), 1);
    const QJsonObject shop = accounts.at(0).toObject();
    QCOMPARE(shop.value(u"handle"_s).toString(), u"shop"_s);
    QCOMPARE(shop.value(u"ok"_s).toBool(), true);
    QCOMPARE(shop.value(u"newMessages"_s).toInt(), 0);
    QCOMPARE(shop.value(u"state"_s).toString(), u"connected"_s);
    QVERIFY(shop.value(u"error"_s).isNull());
    QCOMPARE(m_x.http().requests().size() - before, qsizetype(2));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), qint64(m_seededMessages));

    // The outbox was not started: nothing of it was touched.
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), qint64(0));
}

void TestCli::accounts()
{
    const Run run = cli({u"accounts"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.text().contains(u"@shop"_s) && run.text().contains(u"Signed in"_s), run.describe());
    QVERIFY2(run.text().contains(u"EST. COST 30 D"_s), run.describe());

    const Run json = cli({u"accounts"_s, u"--json"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray list = json.json().value(u"accounts"_s).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject shop = list.at(0).toObject();
    QCOMPARE(shop.value(u"id"_s).toString(), shopAccountId.toString(QUuid::WithoutBraces));
    QCOMPARE(shop.value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(shop.value(u"state"_s).toString(), u"signed-in"_s);
    // Two syncs of two streams each: the usage meter counted four reads today.
    const QJsonObject usage = shop.value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"today"_s).toObject().value(u"requests"_s).toInt(), 4);
    QCOMPARE(usage.value(u"last30Days"_s).toObject().value(u"requests"_s).toInt(), 4);
    // One mention was read, at $0.001.
    QCOMPARE(usage.value(u"today"_s).toObject().value(u"costMicros"_s).toInt(), 1000);
    QVERIFY(!usage.value(u"days"_s).toArray().isEmpty());
    // The token never appears anywhere.
    QVERIFY(!json.out.contains("token"));
}

void TestCli::inbox()
{
    const Run json = cli({u"--json"_s, u"inbox"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray all = json.json().value(u"conversations"_s).toArray();
    QCOMPARE(all.size(), 3);
    // Newest activity first: Cleo's mention, Ben, Ana.
    QCOMPARE(all.at(0).toObject().value(u"kind"_s).toString(), u"public"_s);
    QCOMPARE(all.at(0).toObject().value(u"with"_s).toObject().value(u"handle"_s).toString(), u"cleo"_s);
    QCOMPARE(all.at(1).toObject().value(u"with"_s).toObject().value(u"handle"_s).toString(), u"ben"_s);
    const QJsonObject ana = all.at(2).toObject();
    QCOMPARE(ana.value(u"with"_s).toObject().value(u"displayName"_s).toString(), u"Ana Souza"_s);
    QCOMPARE(ana.value(u"id"_s).toInteger(), conversationId(XServer::directConversationId(m_shop, m_ana)));
    QCOMPARE(ana.value(u"accountHandle"_s).toString(), u"shop"_s);
    QCOMPARE(ana.value(u"needsReply"_s).toBool(), true);
    QVERIFY(ana.value(u"request"_s).isBool() && !ana.value(u"request"_s).toBool()); // X has no message requests
    QCOMPARE(ana.value(u"unreadCount"_s).toInt(), 3);
    QCOMPARE(ana.value(u"state"_s).toString(), u"open"_s);
    QVERIFY(QDateTime::fromString(ana.value(u"lastActivity"_s).toString(), Qt::ISODateWithMs).isValid());

    const auto ids = [this](const QStringList &args) {
        QList<qint64> out;
        const Run r = cli(QStringList{u"--json"_s, u"inbox"_s} + args);
        for (const QJsonValue &v : r.json().value(u"conversations"_s).toArray())
            out << v.toObject().value(u"id"_s).toInteger();
        return out;
    };
    QCOMPARE(ids({u"--kind"_s, u"dm"_s}).size(), 2);
    QCOMPARE(ids({u"--kind"_s, u"mention"_s}).size(), 1);
    QCOMPARE(ids({u"--limit"_s, u"1"_s}).size(), 1);
    QCOMPARE(ids({u"--unread"_s}).size(), 3);
    QCOMPARE(ids({u"--account"_s, u"@shop"_s}).size(), 3);
    QCOMPARE(ids({u"--state"_s, u"done"_s}).size(), 0);
    // X has no message requests; a store where Ben's conversation is one (as Bluesky's would be)
    // lists it alone with --requests.
    QVERIFY(ids({u"--requests"_s}).isEmpty());
    const qint64 ben = conversationId(XServer::directConversationId(m_shop, m_ben));
    const auto setRequest = [this, ben](bool request) {
        auto db = Database::openSqlite(QDir(m_profile).filePath(u"starling.sqlite"_s), Database::Role::Writer);
        if (!db)
            return false;
        QSqlQuery query(db.value()->connection());
        query.prepare(u"UPDATE conversations SET request = ? WHERE id = ?"_s);
        query.addBindValue(request ? 1 : 0);
        query.addBindValue(ben);
        return query.exec() && query.numRowsAffected() == 1;
    };
    QVERIFY(setRequest(true));
    QCOMPARE(ids({u"--requests"_s}), QList<qint64>{ben});
    QCOMPARE(ids({u"--requests"_s, u"--kind"_s, u"mention"_s}).size(), 0);
    QVERIFY(setRequest(false));

    const Run human = cli({u"inbox"_s});
    QVERIFY2(human.exitCode == 0, human.describe());
    const QStringList lines = human.text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(u"ID"_s) && lines.at(0).contains(u"LAST MESSAGE"_s));
    QVERIFY2(lines.at(3).contains(u"@ana"_s) && lines.at(3).contains(u"2 d ago"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(1).contains(u"mention"_s) && lines.at(1).contains(u"@cleo"_s), qPrintable(lines.at(1)));
    // Columns line up.
    QCOMPARE(lines.at(1).indexOf(u"@shop"_s), lines.at(0).indexOf(u"ACCOUNT"_s));

    const Run nobody = cli({u"inbox"_s, u"--account"_s, u"nobody"_s});
    QVERIFY2(nobody.exitCode == 3, nobody.describe());
    QVERIFY2(nobody.errors().contains(u"nobody"_s), nobody.describe());
}

void TestCli::show()
{
    const qint64 ana = conversationId(XServer::directConversationId(m_shop, m_ana));
    const Run json = cli({u"show"_s, QString::number(ana), u"--json"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value(u"conversation"_s).toObject().value(u"id"_s).toInteger(), ana);
    const QJsonArray messages = json.json().value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4);
    // Oldest first, as a thread reads.
    const QJsonObject first = messages.at(0).toObject();
    QCOMPARE(first.value(u"text"_s).toString(), u"Hi, where is my order #1234?"_s);
    QCOMPARE(first.value(u"id"_s).toString(), QString::number(messageId(m_anaFirstDm)));
    QCOMPARE(first.value(u"direction"_s).toString(), u"inbound"_s);
    QCOMPARE(first.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"ana"_s);
    QCOMPARE(messages.at(1).toObject().value(u"direction"_s).toString(), u"outbound"_s);
    QCOMPARE(messages.at(3).toObject().value(u"text"_s).toString(), trickyText);
    QCOMPARE(cli({u"--json"_s, u"show"_s, u"--limit"_s, u"2"_s, QString::number(ana)})
                 .json()
                 .value(u"messages"_s)
                 .toArray()
                 .size(),
             2);

    const Run human = cli({u"show"_s, QString::number(ana)});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.text().startsWith(u"Conversation %1 · DM with Ana Souza (@ana) · @shop on X · open"_s.arg(ana)),
             human.describe());
    QVERIFY2(human.text().contains(u"#%1"_s.arg(messageId(m_anaFirstDm))), human.describe());
    QVERIFY2(human.text().contains(u"you "_s) && human.text().contains(u"It left the warehouse"_s), human.describe());
    // A second line of a message is indented under the first.
    QVERIFY2(human.text().contains(u"\n"_s + QString(1, u' ')) && human.text().contains(u"second line"_s),
             human.describe());

    const Run missing = cli({u"show"_s, u"999999"_s});
    QVERIFY2(missing.exitCode == 3 && missing.out.isEmpty(), missing.describe());
    QVERIFY2(missing.errors().contains(u"no conversation 999999"_s), missing.describe());
    const Run missingJson = cli({u"--json"_s, u"show"_s, u"999999"_s});
    QVERIFY2(missingJson.exitCode == 3 && missingJson.out.isEmpty(), missingJson.describe());
}

void TestCli::search()
{
    const Run json = cli({u"--json"_s, u"search"_s, u"order"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray hits = json.json().value(u"hits"_s).toArray();
    QCOMPARE(hits.size(), 1);
    const QJsonObject hit = hits.at(0).toObject();
    QCOMPARE(hit.value(u"message"_s).toObject().value(u"id"_s).toString(), QString::number(messageId(m_anaFirstDm)));
    const QJsonObject range = hit.value(u"ranges"_s).toArray().at(0).toObject();
    QCOMPARE(range.value(u"start"_s).toInt(), 16); // "Hi, where is my order"
    QCOMPARE(range.value(u"length"_s).toInt(), 5);

    const Run human = cli({u"search"_s, u"canada"_s});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.text().contains(u"@ben"_s) && human.text().contains(u"Do you ship to Canada?"_s), human.describe());
    const Run nothing = cli({u"search"_s, u"zeppelin"_s});
    QVERIFY2(nothing.exitCode == 0 && nothing.text().contains(u"No messages match"_s), nothing.describe());
    QCOMPARE(cli({u"--json"_s, u"search"_s, u"zeppelin"_s}).json().value(u"hits"_s).toArray().size(), 0);
}

void TestCli::stats()
{
    const Run json = cli({u"--json"_s, u"stats"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonArray rows = json.json().value(u"responseTimes"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject shop = rows.at(0).toObject();
    QCOMPARE(shop.value(u"handle"_s).toString(), u"shop"_s);
    // Ana's first request (answered after 10 min) and her second; Ben's; Cleo's mention.
    QCOMPARE(shop.value(u"conversations"_s).toInt(), 3);
    QCOMPARE(shop.value(u"requests"_s).toInt(), 4);
    QCOMPARE(shop.value(u"answered"_s).toInt(), 1);
    QCOMPARE(shop.value(u"waiting"_s).toInt(), 3);
    QCOMPARE(shop.value(u"firstResponseMedianMs"_s).toInteger(), 600000);
    QCOMPARE(shop.value(u"responseMedianMs"_s).toInteger(), 600000);
    const QJsonObject surveys = json.json().value(u"surveys"_s).toObject();
    QCOMPARE(surveys.value(u"recorded"_s).toInt(), 0);
    QVERIFY(surveys.value(u"averageRating"_s).isNull());

    const Run human = cli({u"stats"_s, u"--account"_s, u"shop"_s});
    QVERIFY2(human.exitCode == 0, human.describe());
    QVERIFY2(human.text().contains(u"FIRST RESPONSE (MEDIAN)"_s) && human.text().contains(u"10 min"_s),
             human.describe());
    QVERIFY2(human.text().contains(u"Survey ratings: No survey ratings are recorded yet."_s), human.describe());

    // Ana and Ben answer the feedback survey yesterday, with 5 and 4: the ratings the Reports
    // window shows.
    {
        auto db = Database::openSqlite(QDir(m_profile).filePath(u"starling.sqlite"_s), Database::Role::Writer);
        QVERIFY(db);
        AutomationRepository automation(*db.value());
        const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
        const QList<std::pair<QString, int>> answers{{m_ana, 5}, {m_ben, 4}};
        for (const auto &[person, rating] : answers) {
            const qint64 conversation = conversationId(XServer::directConversationId(m_shop, person));
            QVERIFY(automation.openSurvey(conversation, yesterday.addSecs(-60)));
            auto survey = automation.openSurveyFor(conversation, yesterday);
            QVERIFY(survey && survey.value());
            const qint64 answer = scalar(u"SELECT max(id) FROM messages WHERE conversation_id = ?"_s, {conversation});
            QVERIFY(automation.answerSurvey(*survey.value(), rating, answer, yesterday));
        }
    }
    const Run rated = cli({u"--json"_s, u"stats"_s});
    QVERIFY2(rated.exitCode == 0, rated.describe());
    const QJsonObject ratings = rated.json().value(u"surveys"_s).toObject();
    QCOMPARE(ratings.value(u"recorded"_s).toInt(), 2);
    QCOMPARE(ratings.value(u"averageRating"_s).toDouble(), 4.5);
    // Week by week, as the window's chart: both in one week.
    int inPeriods = 0;
    for (const QJsonValue &period : rated.json().value(u"periods"_s).toArray())
        inPeriods += period.toObject().value(u"ratings"_s).toInt();
    QCOMPARE(inPeriods, 2);
    const Run ratedHuman = cli({u"stats"_s});
    QVERIFY2(ratedHuman.exitCode == 0, ratedHuman.describe());
    QVERIFY2(ratedHuman.text().contains(u"Survey ratings: 4.5 of 5 on average, from 2 rating"_s),
             ratedHuman.describe());

    // A period before the story: nothing.
    const Run before = cli({u"--json"_s, u"stats"_s, u"--since"_s, u"2020-01-01"_s, u"--until"_s, u"2020-02-01"_s});
    QCOMPARE(before.json().value(u"responseTimes"_s).toArray().at(0).toObject().value(u"requests"_s).toInt(), 0);
    QCOMPARE(before.json().value(u"surveys"_s).toObject().value(u"recorded"_s).toInt(), 0);
}

void TestCli::count_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<TextRules::Mode>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("text");
    using M = TextRules::Mode;
    const QString family = u"\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"_s;
    QTest::newRow("x: plain") << Network::X << M::Post << 0 << u"Hello there"_s;
    QTest::newRow("x: a URL weighs 23") << Network::X << M::Post << 0 << u"see example.com/a/very/long/path"_s;
    QTest::newRow("x: CJK weighs 2") << Network::X << M::Post << 0 << u"こんにちは世界"_s;
    QTest::newRow("x: emoji sequence") << Network::X << M::Post << 0 << family + u" family"_s;
    QTest::newRow("x: 281 too long") << Network::X << M::Post << 0 << QString(281, u'a');
    QTest::newRow("x: 280 fits") << Network::X << M::Post << 0 << QString(280, u'a');
    QTest::newRow("x: a longer limit") << Network::X << M::Post << 4000 << QString(1000, u'a');
    QTest::newRow("x: invalid character") << Network::X << M::Post << 0 << u"bad \uFFFE"_s;
    QTest::newRow("x: dm by code points") << Network::X << M::DirectMessage << 0 << family + u" https://example.com"_s;
    QTest::newRow("mastodon: mention counts as user")
        << Network::Mastodon << M::Post << 0 << u"@ana@mastodon.social hi https://example.com/x"_s;
    QTest::newRow("mastodon: server limit 10") << Network::Mastodon << M::Post << 10 << u"eleven char"_s;
    QTest::newRow("bluesky: graphemes") << Network::Bluesky << M::Post << 0 << family.repeated(3);
    QTest::newRow("bluesky: bytes") << Network::Bluesky << M::Post << 0 << family.repeated(121);
    QTest::newRow("bluesky: chat") << Network::Bluesky << M::DirectMessage << 0 << QString(1001, u'b');
    QTest::newRow("-starting text") << Network::X << M::Post << 0 << u"-5 degrees"_s;
}

void TestCli::count()
{
    QFETCH(Network, network);
    QFETCH(TextRules::Mode, mode);
    QFETCH(int, limit);
    QFETCH(QString, text);
    // The compose box's rules, the same code.
    TextRules rules = TextRules::forNetwork(network, mode);
    if (limit > 0)
        rules = rules.withMaxLength(limit);
    const TextCount expected = rules.count(text);
    const bool fits = expected.problem == TextCount::Problem::None;

    QStringList args{u"--json"_s, u"count"_s, u"--network"_s, networkKey(network)};
    if (mode == TextRules::Mode::DirectMessage)
        args << u"--dm"_s;
    if (limit > 0)
        args << u"--limit"_s << QString::number(limit);
    args << u"--"_s << text; // text may begin with "-"
    const Run run = cli(args);
    QVERIFY2(run.exitCode == (fits ? 0 : 1), run.describe());
    const QJsonObject o = run.json();
    QCOMPARE(o.value(u"length"_s).toInt(), expected.length);
    QCOMPARE(o.value(u"limit"_s).toInt(), expected.limit);
    QCOMPARE(o.value(u"fits"_s).toBool(), fits);
    QCOMPARE(o.value(u"remaining"_s).toInt(), expected.remaining());
    QCOMPARE(o.value(u"byteLength"_s).toInt(), expected.byteLength);
    QCOMPARE(o.value(u"validRangeEnd"_s).toInteger(), qint64(expected.validRangeEnd));
    QCOMPARE(o.value(u"reason"_s).toString(), expected.reason);

    args.removeFirst(); // the same for people
    const Run human = cli(args);
    QVERIFY2(human.exitCode == (fits ? 0 : 1), human.describe());
    QVERIFY2(human.text().contains(u": %1 of %2 "_s.arg(expected.length).arg(expected.limit)), human.describe());
    QVERIFY2(human.text().contains(fits ? u"fits"_s : u"does not fit"_s), human.describe());
}

void TestCli::countFromStandardInput()
{
    // One final line break (what echo adds) is not counted; everything else is.
    const Run run = cli({u"--json"_s, u"count"_s, u"--network"_s, u"bluesky"_s}, {}, "two\nlines\n");
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value(u"length"_s).toInt(), TextRules::bluesky().count(u"two\nlines"_s).length);
    QCOMPARE(run.json().value(u"length"_s).toInt(), 9);
}

// ---- export ---------------------------------------------------------------------------------

void TestCli::exportJsonLinesMatchesTheStore()
{
    const Run run = cli({u"export"_s, u"--format"_s, u"jsonl"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.err.isEmpty(), run.describe());
    auto db = reader();
    QVERIFY(db);
    ConversationRepository conversations(*db);
    MessageRepository messages(*db);

    int conversationLines = 0;
    int messageLines = 0;
    qint64 currentConversation = 0;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString type = o.value(u"type"_s).toString();
        if (type == u"conversation") {
            ++conversationLines;
            currentConversation = o.value(u"id"_s).toInteger();
            auto stored = conversations.byId(currentConversation);
            QVERIFY(stored && stored.value());
            const Conversation &c = stored.value()->conversation;
            QCOMPARE(o.value(u"account"_s).toString(), c.accountId.toString(QUuid::WithoutBraces));
            QCOMPARE(o.value(u"remoteId"_s).toString(), c.remoteId);
            QCOMPARE(o.value(u"kind"_s).toString(), Conversation::kindKey(c.kind));
            QCOMPARE(o.value(u"state"_s).toString(), Conversation::stateKey(c.state));
            QCOMPARE(o.value(u"unreadCount"_s).toInt(), c.unreadCount);
            QCOMPARE(o.value(u"preview"_s).toString(), c.preview);
            QCOMPARE(o.value(u"network"_s).toString(), u"x"_s);
            QCOMPARE(QDateTime::fromString(o.value(u"lastActivity"_s).toString(), Qt::ISODateWithMs), c.lastActivity);
            QCOMPARE(o.value(u"participants"_s).toArray().at(0).toObject().value(u"remoteId"_s).toString(),
                     stored.value()->counterpart.remoteId);
        } else {
            QCOMPARE(type, u"message"_s);
            ++messageLines;
            // Every message follows its conversation's line.
            QCOMPARE(o.value(u"conversationId"_s).toInteger(), currentConversation);
            // Message ids are strings: they do not fit in a JavaScript number.
            QVERIFY(o.value(u"id"_s).isString());
            auto stored = messages.byIds({o.value(u"id"_s).toString().toLongLong()});
            QVERIFY(stored && stored->size() == 1);
            const Message &m = stored->constFirst();
            QCOMPARE(o.value(u"text"_s).toString(), m.text);
            QCOMPARE(o.value(u"remoteId"_s).toString(), m.remoteId);
            QCOMPARE(o.value(u"kind"_s).toString(), Message::kindKey(m.kind));
            QCOMPARE(o.value(u"direction"_s).toString(),
                     m.direction == Message::Direction::Inbound ? u"inbound"_s : u"outbound"_s);
            QCOMPARE(QDateTime::fromString(o.value(u"createdAt"_s).toString(), Qt::ISODateWithMs), m.createdAt);
            QCOMPARE(o.value(u"read"_s).toBool(), m.read);
            QCOMPARE(o.value(u"delivery"_s).toString(), Message::deliveryKey(m.delivery));
            QCOMPARE(o.value(u"author"_s).toObject().value(u"remoteId"_s).toString(), m.authorRemoteId);
        }
    }
    QCOMPARE(qint64(conversationLines), scalar(u"SELECT count(*) FROM conversations"_s));
    QCOMPARE(qint64(messageLines), scalar(u"SELECT count(*) FROM messages"_s));
    QVERIFY(messageLines >= m_seededMessages);

    // The same through the account filter; nothing from a date in the future.
    QCOMPARE(cli({u"export"_s, u"--account"_s, u"shop"_s}).out, run.out);
    const Run future = cli({u"export"_s, u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)});
    QVERIFY2(future.exitCode == 0 && future.out.isEmpty(), future.describe());
    // Since yesterday: only the seeded story is older, so nothing of it.
    const Run recent = cli({u"export"_s, u"--since"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)});
    QVERIFY2(recent.exitCode == 0, recent.describe());
    QVERIFY2(!recent.out.contains(trickyText.left(10).toUtf8()), recent.describe());
}

void TestCli::exportCsv()
{
    const Run run = cli({u"export"_s, u"--format"_s, u"csv"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.startsWith(QByteArray(Exporter::csvColumns().join(u',').toUtf8() + "\r\n")));
    // The tricky text is quoted, its quotes doubled, its line break kept.
    QString quoted = trickyText;
    quoted.replace(u"\""_s, u"\"\""_s);
    QVERIFY2(run.text().contains(u"\""_s + quoted + u"\""_s), run.describe());
    // One row per message: records end with CRLF, the line break inside the text is a bare LF.
    QCOMPARE(qint64(run.out.count("\r\n") - 1), scalar(u"SELECT count(*) FROM messages"_s));
}

void TestCli::contacts()
{
    // Everyone the shop talks to is a contact: Ana and Ben by DM, Cleo by a mention.
    const Run list = cli({u"--json"_s, u"contacts"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, list.describe());
    const auto contactsOf = [](const Run &run) {
        QMap<QString, qint64> byName;
        for (const QJsonValue &v : run.json().value(u"contacts"_s).toArray())
            byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject().value(u"id"_s).toInteger());
        return byName;
    };
    const QMap<QString, qint64> people = contactsOf(list);
    QCOMPARE(people.keys(), (QStringList{u"Ana Souza"_s, u"Ben Okafor"_s, u"Cleo"_s}));
    const QString ana = QString::number(people.value(u"Ana Souza"_s));
    const QString ben = QString::number(people.value(u"Ben Okafor"_s));

    // A stage, a tag on two people, a note; show has them all, and the timeline the messages.
    QVERIFY2(cli({u"contacts"_s, u"stage"_s, u"Customer"_s, ana}).exitCode == 0, "stage");
    const Run pipeline = cli({u"--json"_s, u"contacts"_s, u"stage"_s});
    QVERIFY2(pipeline.exitCode == 0, pipeline.describe());
    QCOMPARE(pipeline.json().value(u"stages"_s).toArray().size(), 5);
    QCOMPARE(pipeline.json().value(u"stages"_s).toArray().at(3).toObject().value(u"people"_s).toInt(), 1);
    QVERIFY2(cli({u"contacts"_s, u"tag"_s, u"vip"_s, ana, ben}).exitCode == 0, "tag");
    const Run noted = cli({u"contacts"_s, u"note"_s, ana, u"Prefers e-mail"_s});
    QVERIFY2(noted.exitCode == 0, noted.describe());
    const Run shown = cli({u"--json"_s, u"contacts"_s, u"show"_s, ana});
    QVERIFY2(shown.exitCode == 0, shown.describe());
    const QJsonObject contact = shown.json();
    QCOMPARE(contact.value(u"stage"_s).toString(), u"Customer"_s);
    QCOMPARE(contact.value(u"tags"_s).toArray(), QJsonArray{u"vip"_s});
    QMap<QString, int> kinds;
    for (const QJsonValue &e : shown.json().value(u"timeline"_s).toArray())
        ++kinds[e.toObject().value(u"kind"_s).toString()];
    // Ana's three DMs and the shop's answer, the note, the stage.
    QCOMPARE(kinds.value(u"message"_s), 4);
    QCOMPARE(kinds.value(u"note"_s), 1);
    QCOMPARE(kinds.value(u"stage"_s), 1);
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--tag"_s, u"vip"_s})).size(), 2);
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--stage"_s, u"Customer"_s})).keys(),
             QStringList{u"Ana Souza"_s});

    // Merge Ben into Ana (two identities, one person), then split him off again.
    const Run merged = cli({u"contacts"_s, u"link"_s, ana, u"--merge"_s, ben});
    QVERIFY2(merged.exitCode == 0, merged.describe());
    QCOMPARE(cli({u"--json"_s, u"contacts"_s, u"show"_s, ana}).json().value(u"identities"_s).toArray().size(), 2);
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s})).size(), 2);
    const Run split = cli({u"contacts"_s, u"unlink"_s, u"x:@ben"_s});
    QVERIFY2(split.exitCode == 0, split.describe());
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s})).size(), 3);

    // Export, then import: a bad row is reported with its line and nothing is written.
    const QString exported = m_dir.filePath(u"contacts.csv"_s);
    const Run out = cli({u"contacts"_s, u"export"_s, exported});
    QVERIFY2(out.exitCode == 0, out.describe());
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("name,"));
    QCOMPARE(file.readAll().count("\r\n"), 3);
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write("name,stage\r\nDora,Customer\r\nEd,No Such Stage\r\n");
    badFile.close();
    const Run dry = cli({u"--json"_s, u"contacts"_s, u"import"_s, bad, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 1, dry.describe());
    QCOMPARE(dry.json().value(u"problem_count"_s).toInt(), 1);
    QCOMPARE(dry.json().value(u"problems"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 3);
    const Run refused = cli({u"contacts"_s, u"import"_s, bad});
    QVERIFY2(refused.exitCode != 0, refused.describe());
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s})).size(), 3);
    QVERIFY(badFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    badFile.write("name,stage,tags\r\nDora,Customer,vip; new\r\n");
    badFile.close();
    const Run imported = cli({u"--json"_s, u"contacts"_s, u"import"_s, bad});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.json().value(u"imported"_s).toInt(), 1);
    // (Ben's tag stayed with Ana when he was split off.)
    QCOMPARE(contactsOf(cli({u"--json"_s, u"contacts"_s, u"list"_s, u"--tag"_s, u"vip"_s})).keys(),
             (QStringList{u"Ana Souza"_s, u"Dora"_s}));

    const Run missing = cli({u"contacts"_s, u"show"_s, u"999999"_s});
    QVERIFY2(missing.exitCode == 3, missing.describe());
}

// ---- writing --------------------------------------------------------------------------------

void TestCli::doneAndReopen()
{
    const qint64 ben = conversationId(XServer::directConversationId(m_shop, m_ben));
    const Run done = cli({u"done"_s, QString::number(ben)});
    QVERIFY2(done.exitCode == 0, done.describe());
    QVERIFY2(done.text().contains(u"is done"_s), done.describe());
    QCOMPARE(scalar(u"SELECT state FROM conversations WHERE id = ?"_s, {ben}), qint64(Conversation::State::Done));
    // Done conversations leave the inbox.
    const Run inbox = cli({u"--json"_s, u"inbox"_s});
    QCOMPARE(inbox.json().value(u"conversations"_s).toArray().size(), 2);
    QCOMPARE(cli({u"--json"_s, u"inbox"_s, u"--state"_s, u"done"_s}).json().value(u"conversations"_s).toArray().size(),
             1);

    const Run reopen = cli({u"--json"_s, u"reopen"_s, QString::number(ben)});
    QVERIFY2(reopen.exitCode == 0, reopen.describe());
    QCOMPARE(reopen.json().value(u"state"_s).toString(), u"open"_s);
    QCOMPARE(reopen.json().value(u"conversation"_s).toInteger(), ben);
    QCOMPARE(scalar(u"SELECT state FROM conversations WHERE id = ?"_s, {ben}), qint64(Conversation::State::Open));

    const Run missing = cli({u"done"_s, u"999999"_s});
    QVERIFY2(missing.exitCode == 3, missing.describe());
    const Run missingJson = cli({u"--json"_s, u"reopen"_s, u"999999"_s});
    QVERIFY2(missingJson.exitCode == 3, missingJson.describe());
    QCOMPARE(QJsonDocument::fromJson(missingJson.err).object().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"not-found"_s);
}

void TestCli::writeWhileAnotherProcessHoldsTheDatabase()
{
    // This process plays the app: its writer has the database open and, for a moment, a write
    // transaction going. The CLI's write waits for it (busy timeout) instead of failing, and
    // its reads do not wait at all (WAL).
    auto app = Database::openSqlite(QDir(m_profile).filePath(u"starling.sqlite"_s), Database::Role::Writer);
    QVERIFY(app);
    const qint64 ana = conversationId(XServer::directConversationId(m_shop, m_ana));
    QSqlQuery begin(app.value()->connection());
    QVERIFY(begin.exec(u"BEGIN IMMEDIATE"_s));
    QSqlQuery touch(app.value()->connection());
    QVERIFY(touch.exec(u"UPDATE conversations SET title = title WHERE id = %1"_s.arg(ana)));
    bool committed = false;
    QTimer::singleShot(1500, this, [&] {
        QSqlQuery commit(app.value()->connection());
        committed = commit.exec(u"COMMIT"_s);
    });

    QElapsedTimer timer;
    timer.start();
    const Run read = cli({u"--json"_s, u"inbox"_s});
    QVERIFY2(read.exitCode == 0, read.describe());
    QVERIFY2(!committed, "the read waited for the other process's transaction");
    const Run write = cli({u"done"_s, QString::number(ana)});
    QVERIFY2(write.exitCode == 0, write.describe());
    QVERIFY(committed);
    QVERIFY(timer.elapsed() >= 1400);
    QCOMPARE(scalar(u"SELECT state FROM conversations WHERE id = ?"_s, {ana}), qint64(Conversation::State::Done));
    QVERIFY2(cli({u"reopen"_s, QString::number(ana)}).exitCode == 0, "reopen");
}

void TestCli::sendDirectMessage()
{
    const Run run = cli(
        {u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"@ana"_s, u"Your"_s, u"invoice"_s, u"is"_s, u"attached."_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.text().startsWith(u"Sent from @shop on X"_s), run.describe());
    // It arrived, from the shop, in the conversation with Ana.
    const QString anaConversation = XServer::directConversationId(m_shop, m_ana);
    const auto events = m_x.dmEvents(anaConversation);
    QCOMPARE(events.constLast().text, u"Your invoice is attached."_s);
    QCOMPARE(events.constLast().senderId, m_shop);
    // Through the outbox, and shown in its thread as delivered.
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox WHERE state = 2"_s), qint64(1));
    QCOMPARE(scalar(u"SELECT delivery FROM messages WHERE remote_id = ?"_s, {events.constLast().id}), qint64(0));
    QCOMPARE(scalar(u"SELECT conversation_id FROM messages WHERE remote_id = ?"_s, {events.constLast().id}),
             conversationId(anaConversation));

    const Run json = cli({u"--json"_s, u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ben"_s, u"Yes, we do."_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    const QJsonObject o = json.json();
    QCOMPARE(o.value(u"state"_s).toString(), u"sent"_s);
    QVERIFY(o.value(u"error"_s).isNull());
    const QString remoteId = o.value(u"remoteId"_s).toString();
    QVERIFY(m_x.dmEvent(remoteId));
    QCOMPARE(m_x.dmEvent(remoteId)->text, u"Yes, we do."_s);
    QCOMPARE(o.value(u"conversationId"_s).toInteger(), conversationId(XServer::directConversationId(m_shop, m_ben)));

    const Run nobody = cli({u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"nobody_here"_s, u"hello"_s});
    QVERIFY2(nobody.exitCode == 3, nobody.describe());
    const Run tooLong = cli({u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ana"_s, QString(10001, u'a')});
    QVERIFY2(tooLong.exitCode == 2, tooLong.describe());
    const Run wrongAccount = cli({u"send"_s, u"--account"_s, u"someone"_s, u"--to"_s, u"ana"_s, u"hi"_s});
    QVERIFY2(wrongAccount.exitCode == 3, wrongAccount.describe());
}

void TestCli::reply()
{
    const qint64 mention = messageId(m_cleoMention);
    QVERIFY(mention > 0);
    const Run run = cli({u"reply"_s, u"--account"_s, u"shop"_s, QString::number(mention), u"Thank you, Cleo!"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    const auto posts = m_x.posts();
    QCOMPARE(posts.constLast().text, u"Thank you, Cleo!"_s);
    QCOMPARE(posts.constLast().inReplyToPostId, m_cleoMention);
    QCOMPARE(posts.constLast().authorId, m_shop);

    // --dm on a mention: privately to its author.
    const Run dm = cli({u"--json"_s, u"reply"_s, u"--dm"_s, QString::number(mention), u"Want a discount code?"_s});
    QVERIFY2(dm.exitCode == 0, dm.describe());
    const auto cleoEvents = m_x.dmEvents(XServer::directConversationId(m_shop, m_cleo));
    QCOMPARE(cleoEvents.size(), 1);
    QCOMPARE(cleoEvents.constFirst().text, u"Want a discount code?"_s);
    QCOMPARE(dm.json().value(u"conversationId"_s).toInteger(),
             conversationId(XServer::directConversationId(m_shop, m_cleo)));

    // --dm on a DM: into its conversation. Without --dm, a DM cannot be answered in public.
    const qint64 benDm = scalar(u"SELECT min(id) FROM messages WHERE conversation_id = ?"_s,
                                {conversationId(XServer::directConversationId(m_shop, m_ben))});
    const Run intoDm = cli({u"reply"_s, u"--dm"_s, QString::number(benDm), u"Shipping takes a week."_s});
    QVERIFY2(intoDm.exitCode == 0, intoDm.describe());
    QCOMPARE(m_x.dmEvents(XServer::directConversationId(m_shop, m_ben)).constLast().text, u"Shipping takes a week."_s);
    const Run publicToDm = cli({u"reply"_s, QString::number(benDm), u"in public?"_s});
    QVERIFY2(publicToDm.exitCode == 2, publicToDm.describe());
    QVERIFY2(publicToDm.errors().contains(u"--dm"_s), publicToDm.describe());

    const Run missing = cli({u"reply"_s, u"999999"_s, u"hello"_s});
    QVERIFY2(missing.exitCode == 3, missing.describe());
    const Run otherAccount = cli({u"reply"_s, u"--account"_s, u"nobody"_s, QString::number(mention), u"hi"_s});
    QVERIFY2(otherAccount.exitCode == 3, otherAccount.describe());
}

void TestCli::post()
{
    const QString image = m_dir.filePath(u"dot.png"_s);
    {
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(tinyPng());
    }
    const Run run =
        cli({u"post"_s, u"--account"_s, u"shop"_s, u"--media"_s, image, u"New"_s, u"colours"_s, u"in"_s, u"stock"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    const auto posts = m_x.posts();
    QCOMPARE(posts.constLast().text, u"New colours in stock"_s);
    QCOMPARE(posts.constLast().mediaIds.size(), 1);
    QCOMPARE(m_x.media(posts.constLast().mediaIds.constFirst())->bytes(), tinyPng());

    const Run json = cli({u"--json"_s, u"post"_s, u"--account"_s, u"shop"_s, u"Open on Sunday"_s});
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value(u"state"_s).toString(), u"sent"_s);
    QCOMPARE(m_x.post(json.json().value(u"remoteId"_s).toString())->text, u"Open on Sunday"_s);

    const Run noFile =
        cli({u"post"_s, u"--account"_s, u"shop"_s, u"--media"_s, m_dir.filePath(u"none.png"_s), u"hi"_s});
    QVERIFY2(noFile.exitCode == 3, noFile.describe());
    const Run tooLong = cli({u"--json"_s, u"post"_s, u"--account"_s, u"shop"_s, QString(281, u'a')});
    QVERIFY2(tooLong.exitCode == 2, tooLong.describe());
    QVERIFY2(tooLong.errors().contains(u"too long"_s), tooLong.describe());
}

void TestCli::sendingWaitsForTheAppsOutbox()
{
    // While the app runs, it sends: the command refuses rather than risk sending twice.
    auto profile = Profile::open(m_profile);
    QVERIFY(profile);
    QLockFile app(profile->outboxLockPath());
    QVERIFY(app.tryLock(0));
    const qint64 sentBefore = scalar(u"SELECT count(*) FROM outbox"_s);
    const Run run = cli({u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ana"_s, u"hello again"_s});
    QVERIFY2(run.exitCode == 5, run.describe());
    QVERIFY2(run.errors().contains(u"is sending from this profile"_s), run.describe());
    QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), sentBefore);
    // Reading and triage go on next to it.
    QCOMPARE(cli({u"inbox"_s}).exitCode, 0);
    app.unlock();
}

void TestCli::networkErrors()
{
    // An account whose server is not there: a port nothing listens on.
    const QString offline = m_dir.filePath(u"offline"_s);
    XServer gone;
    QVERIFY(gone.listen());
    const QUrl url = gone.baseUrl();
    const QString user = gone.addUser(u"shop"_s);
    const QByteArray token = gone.addToken(user);
    gone.close();
    addAccount(offline, offlineAccountId, u"shop"_s, user, url, token);

    const Run sync = cli({u"sync"_s}, offline);
    QVERIFY2(sync.exitCode == 4, sync.describe());
    QVERIFY2(sync.text().contains(u"not synced"_s), sync.describe());
    const Run json = cli({u"--json"_s, u"sync"_s}, offline);
    QVERIFY2(json.exitCode == 4, json.describe());
    const QJsonObject account = json.json().value(u"accounts"_s).toArray().at(0).toObject();
    QCOMPARE(account.value(u"ok"_s).toBool(), false);
    QCOMPARE(account.value(u"error"_s).toObject().value(u"code"_s).toString(), u"network"_s);

    const Run send = cli({u"send"_s, u"--account"_s, u"shop"_s, u"--to"_s, u"ana"_s, u"hello"_s}, offline);
    QVERIFY2(send.exitCode == 4, send.describe());
}

void TestCli::signedOut()
{
    // Added in the app, but the keychain holds no sign-in for it.
    const QString profile = m_dir.filePath(u"signed-out"_s);
    addAccount(profile, signedOutAccountId, u"shop"_s, m_shop, m_x.baseUrl(), {});
    const Run accounts = cli({u"--json"_s, u"accounts"_s}, profile);
    QCOMPARE(accounts.json().value(u"accounts"_s).toArray().at(0).toObject().value(u"state"_s).toString(),
             u"signed-out"_s);
    const qint64 requests = m_x.http().requests().size();
    const Run sync = cli({u"sync"_s}, profile);
    QVERIFY2(sync.exitCode == 5, sync.describe());
    QVERIFY2(sync.text().contains(u"Not signed in"_s), sync.describe());
    // Nothing was asked of the network without a token.
    QCOMPARE(m_x.http().requests().size(), requests);
}

void TestCli::sendersCannotWriteToTheTerminal()
{
    // A sender whose name and message carry escape sequences: clear the screen, set the window
    // title, put "evil" on the clipboard (OSC 52), a CSI in its C1 form, a lone carriage return,
    // DEL and a bidi override.
    const QString name = u"Mallory\x1b]0;pwned\x07"_s;
    const QString text = u"\x1b[2J\x1b]52;c;ZXZpbA==\x07hello\r\nsecond\tline\u009b31m red\rfake\x7f \u202eevil"_s;
    const QString mallory = m_x.addUser(u"mallory"_s, name);
    const QString dm = m_x.deliverDirectMessage(mallory, m_shop, text);
    QVERIFY(!dm.isEmpty());
    const Run sync = cli({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe());
    const qint64 id = conversationId(XServer::directConversationId(m_shop, mallory));
    QVERIFY(id > 0);

    const auto unsafe = [](const Run &run) {
        const QString out = run.text() + run.errors();
        for (const QChar c : out) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || (u >= 0x7f && u <= 0x9f)
                || (u >= 0x202a && u <= 0x202e))
                return true;
        }
        // A carriage return only as part of a line end.
        return out.contains(QRegularExpression(u"\r(?!\n)"_s));
    };
    const QString replacement(QChar::ReplacementCharacter);
    const Run show = cli({u"show"_s, QString::number(id)});
    QVERIFY2(show.exitCode == 0, show.describe());
    QVERIFY2(!unsafe(show), show.describe());
    // Shown, not obeyed: each control is a visible mark; line breaks and tabs stay.
    QVERIFY2(
        show.text().contains(replacement + u"[2J"_s + replacement + u"]52;c;ZXZpbA=="_s + replacement + u"hello"_s),
        show.describe());
    QVERIFY2(show.text().contains(u"second\tline"_s), show.describe());
    QVERIFY2(show.text().contains(u"Mallory"_s + replacement + u"]0;pwned"_s + replacement), show.describe());

    for (const QStringList &args : {QStringList{u"inbox"_s}, QStringList{u"search"_s, u"hello"_s}}) {
        const Run run = cli(args);
        QVERIFY2(run.exitCode == 0, run.describe());
        QVERIFY2(run.text().contains(u"Mallory"_s) || run.text().contains(u"@mallory"_s), run.describe());
        QVERIFY2(!unsafe(run), run.describe());
    }

    // Scripts get the text exactly as it was written, escaped by JSON.
    const Run json = cli({u"--json"_s, u"show"_s, QString::number(id)});
    QVERIFY2(json.exitCode == 0, json.describe());
    QCOMPARE(json.json().value(u"messages"_s).toArray().at(0).toObject().value(u"text"_s).toString(), text);
    QVERIFY(!json.out.contains('\x1b'));
}

void TestCli::tableColumnsByDisplayWidth()
{
    using cli::Table;
    // CJK and fullwidth characters and most emoji take two columns, combining marks and joiners none.
    QCOMPARE(Table::displayWidth(u"abc"), 3);
    QCOMPARE(Table::displayWidth(u"日本語"), 6);
    QCOMPARE(Table::displayWidth(u"한국"), 4);
    QCOMPARE(Table::displayWidth(u"Ａ"), 2); // fullwidth A
    QCOMPARE(Table::displayWidth(u"ｱ"), 1); // halfwidth katakana
    QCOMPARE(Table::displayWidth(u"e\u0301"), 1);
    QCOMPARE(Table::displayWidth(u"\U0001F600"), 2); // a surrogate pair, one character
    QCOMPARE(Table::displayWidth(u"a\u200Db"), 2);
    QCOMPARE(Table::indexAtWidth(u"日本語", 3), 1);
    QCOMPARE(Table::indexAtWidth(u"日本語", 4), 2);
    QCOMPARE(Table::indexAtWidth(u"e\u0301x", 1), 2); // the mark stays with its letter
    QCOMPARE(Table::indexAtWidth(u"\U0001F600a", 1), 0); // never half a pair
    QCOMPARE(Table::indexAtWidth(u"\U0001F600a", 2), 2);

    // Every row's second column begins in the same terminal column.
    Table table({u"WITH"_s, u"UNREAD"_s, u"TEXT"_s}, {Table::Align::Left, Table::Align::Right, Table::Align::Left});
    table.addRow({u"山田太郎"_s, u"3"_s, u"こんにちは"_s});
    table.addRow({u"Ann"_s, u"12"_s, u"hello"_s});
    table.addRow({u"Ｊｏｓé"_s, u"1"_s, u"hola"_s});
    const QStringList lines = table.lines();
    QCOMPARE(lines.size(), 4);
    const qsizetype text = table.columnOffset(2);
    QCOMPARE(text, 8 + 2 + 6 + 2);
    const QStringList texts{u"TEXT"_s, u"こんにちは"_s, u"hello"_s, u"hola"_s};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype at = Table::indexAtWidth(lines.at(i), text);
        QCOMPARE(Table::displayWidth(QStringView(lines.at(i)).left(at)), text);
        QCOMPARE(lines.at(i).mid(at), texts.at(i));
    }
    QCOMPARE(lines.at(2), u"Ann           12  hello"_s);

    // A cut last column is cut by width too, and never past the line.
    Table cut({u"A"_s, u"TEXT"_s});
    cut.addRow({u"x"_s, u"日本語日本語日本語日本語日本語"_s});
    const QStringList cutLines = cut.lines(15);
    QVERIFY2(Table::displayWidth(cutLines.at(1)) <= 15, qPrintable(cutLines.at(1)));
    QCOMPARE(cutLines.at(1), u"x  日本語日本…"_s);
}

// ---- team workspaces ----------------------------------------------------------------------------

void TestCli::teamWorkspace()
{
    test::PostgresServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    auto created = server.createDatabase();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    const Database::PostgresSettings admin = created.value();
    const QString adminUrl = admin.url();
    Database::PostgresSettings agent = admin;
    agent.user = u"ana"_s;
    const QString agentUrl = agent.url();
    QVERIFY(server.createRole(u"ana"_s, u"correct horse"_s));

    // A profile is local until it joins.
    const QString profile = m_dir.filePath(u"team-agent"_s);
    Run status = cli({u"--json"_s, u"team"_s, u"status"_s}, profile);
    QVERIFY2(status.exitCode == 0 && !status.json().value(u"team"_s).toBool(), status.describe());

    // Joining a database that holds no inbox says who must set it up, and changes nothing.
    Run join = cli({u"team"_s, u"join"_s, agentUrl, u"--password-stdin"_s}, profile, "correct horse\n");
    QVERIFY2(join.exitCode == 3, join.describe());
    QVERIFY2(join.errors().contains(u"starling-cli team init"_s), join.describe());
    // A password in the address is refused: it belongs in the keychain.
    Run inUrl = cli({u"team"_s, u"join"_s, u"postgres://ana:secret@127.0.0.1/x"_s}, profile, "\n");
    QVERIFY2(inUrl.exitCode == 2 && inUrl.errors().contains(u"keychain"_s), inUrl.describe());

    // The administrator sets it up (the cluster's superuser needs no password here), and lets the
    // agent's role use it.
    const QString adminProfile = m_dir.filePath(u"team-admin"_s);
    Run init = cli({u"team"_s, u"init"_s, adminUrl, u"--password-stdin"_s}, adminProfile, "\n");
    QVERIFY2(init.exitCode == 0, init.describe());
    QVERIFY2(init.text().contains(u"is ready"_s), init.describe());
    {
        auto db = Database::openPostgres(admin, Database::Role::Writer);
        QVERIFY(db);
        // Two accounts of the team's: one that another agent's app (ben's) syncs, and one ana may not see.
        for (const auto &[handle, remote] :
             {std::pair(u"teamshop"_s, u"991"_s), std::pair(u"backoffice"_s, u"992"_s)}) {
            Account shared;
            shared.id = QUuid::createUuid();
            shared.network = Network::X;
            shared.handle = handle;
            shared.displayName = handle;
            shared.remoteUserId = remote;
            QVERIFY(AccountRepository(*db.value()).upsert(shared));
        }
        agent.password = u"correct horse"_s;
    }
    // ana's role is there already: it becomes an agent and keeps its password.
    Run added = cli({u"--json"_s, u"team"_s, u"add-agent"_s, u"ana"_s}, adminProfile);
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY2(!added.json().contains(u"password"_s), added.describe());
    QCOMPARE(added.json().value(u"join"_s).toString(), agentUrl);
    // A new agent gets a password of its own, shown once, and logs in with it.
    added = cli({u"--json"_s, u"team"_s, u"add-agent"_s, u"carla"_s}, adminProfile);
    QVERIFY2(added.exitCode == 0, added.describe());
    const QString carlasPassword = added.json().value(u"password"_s).toString();
    QVERIFY2(carlasPassword.size() >= 20, added.describe());
    {
        Database::PostgresSettings carla = admin;
        carla.user = u"carla"_s;
        carla.password = carlasPassword;
        auto asCarla = Database::openPostgres(carla, Database::Role::Reader);
        QVERIFY2(asCarla, asCarla ? "" : qPrintable(asCarla.error().message()));
        QSqlQuery seen(asCarla.value()->connection());
        QVERIFY(seen.exec(u"SELECT count(*) FROM accounts"_s) && seen.next());
        QCOMPARE(seen.value(0).toInt(), 0); // no inbox granted yet
    }
    const Run badName = cli({u"team"_s, u"add-agent"_s, u"pg_monitor"_s}, adminProfile);
    QVERIFY2(badName.exitCode == 2, badName.describe());
    const Run removed = cli({u"team"_s, u"remove-agent"_s, u"carla"_s}, adminProfile);
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const Run grant = cli({u"team"_s, u"grant"_s, u"ana"_s, u"@teamshop"_s}, adminProfile);
    QVERIFY2(grant.exitCode == 0 && grant.text().contains(u"teamshop"_s), grant.describe());

    // A wrong password is refused, and the profile stays local.
    join = cli({u"team"_s, u"join"_s, agentUrl, u"--password-stdin"_s}, profile, "wrong\n");
    QVERIFY2(join.exitCode != 0, join.describe());
    QVERIFY2(join.errors().contains(u"password authentication failed"_s), join.describe());
    status = cli({u"--json"_s, u"team"_s, u"status"_s}, profile);
    QVERIFY2(!status.json().value(u"team"_s).toBool(), status.describe());

    // The right one joins; the address is in the profile's settings, the password only in the keychain.
    join = cli({u"team"_s, u"join"_s, agentUrl, u"--password-stdin"_s}, profile, "correct horse\n");
    QVERIFY2(join.exitCode == 0, join.describe());
    auto profileOpened = Profile::open(profile);
    QVERIFY(profileOpened);
    profileOpened->useForSettings();
    QFile ini(QSettings().fileName());
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(ini.fileName()));
    const QByteArray iniText = ini.readAll();
    QVERIFY2(iniText.contains(agentUrl.toUtf8()) && !iniText.contains("correct horse"), iniText.constData());
    const auto workspace = TeamWorkspace::fromSettings(QSettings());
    QVERIFY(workspace);
    {
        KeychainCredentialStore credentials;
        std::optional<Result<QByteArray>> secret;
        credentials.read(workspace->id, CredentialStore::Kind::DatabasePassword, this,
                         [&](Result<QByteArray> r) { secret = r; });
        QTRY_VERIFY_WITH_TIMEOUT(secret.has_value(), 30000);
        QVERIFY(secret->ok());
        QCOMPARE(secret->value(), QByteArray("correct horse"));
    }

    // Status: the workspace, who is online and who syncs which account.
    SyncLeadership ben(admin, u"ben"_s);
    ben.setInterval(std::chrono::milliseconds(200));
    QUuid sharedId;
    {
        auto db = Database::openPostgres(admin, Database::Role::Reader);
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT uuid FROM accounts WHERE handle = 'teamshop'"_s) && q.next());
        sharedId = QUuid::fromString(q.value(0).toString());
    }
    ben.start();
    ben.want(sharedId);
    QTRY_VERIFY(ben.leads(sharedId));
    status = cli({u"--json"_s, u"team"_s, u"status"_s}, profile);
    QVERIFY2(status.exitCode == 0, status.describe());
    const QJsonObject s = status.json();
    QCOMPARE(s.value(u"team"_s).toBool(), true);
    QCOMPARE(s.value(u"workspace"_s).toString(), agentUrl);
    QCOMPARE(s.value(u"agent"_s).toString(), u"ana"_s);
    QCOMPARE(s.value(u"schemaVersion"_s).toInt(), Database::latestSchemaVersion());
    QCOMPARE(s.value(u"agentsOnline"_s).toArray(), QJsonArray({u"ben"_s}));
    const QJsonObject lead = s.value(u"leaders"_s).toArray().at(0).toObject();
    QCOMPARE(lead.value(u"account"_s).toString(), sharedId.toString(QUuid::WithoutBraces));
    QCOMPARE(lead.value(u"agent"_s).toString(), u"ben"_s);
    // ana sees the inbox granted to her, not the other one.
    const QJsonArray inboxes = s.value(u"inboxes"_s).toArray();
    QCOMPARE(inboxes.size(), 1);
    QCOMPARE(inboxes.at(0).toObject().value(u"account"_s).toString(), sharedId.toString(QUuid::WithoutBraces));
    QCOMPARE(inboxes.at(0).toObject().value(u"agents"_s).toArray(), QJsonArray({u"ana"_s}));
    status = cli({u"team"_s}, profile); // status is the default
    QVERIFY2(status.text().contains(u"synced by ben"_s), status.describe());
    QVERIFY2(!status.text().contains(u"backoffice"_s), status.describe());
    status = cli({u"team"_s}, adminProfile);
    QVERIFY2(status.text().contains(u"backoffice"_s), status.describe());

    // Reading works on the team's inbox; polling and sending are the leader's.
    const Run inbox = cli({u"--json"_s, u"inbox"_s}, profile);
    QVERIFY2(inbox.exitCode == 0, inbox.describe());
    const Run sync = cli({u"sync"_s}, profile);
    QVERIFY2(sync.exitCode == 5 && sync.errors().contains(u"team workspace"_s), sync.describe());

    // Leaving makes the profile local again and takes the password out of the keychain.
    const Run leave = cli({u"team"_s, u"leave"_s}, profile);
    QVERIFY2(leave.exitCode == 0, leave.describe());
    status = cli({u"--json"_s, u"team"_s, u"status"_s}, profile);
    QVERIFY2(!status.json().value(u"team"_s).toBool(), status.describe());
    {
        KeychainCredentialStore credentials;
        std::optional<Result<QByteArray>> secret;
        credentials.read(workspace->id, CredentialStore::Kind::DatabasePassword, this,
                         [&](Result<QByteArray> r) { secret = r; });
        QTRY_VERIFY_WITH_TIMEOUT(secret.has_value(), 30000);
        QVERIFY(!secret->ok());
        QCOMPARE(secret->error().code(), Error::Code::NotFound);
    }
    // The administrator's profile leaves too, so that the keychain keeps nothing of this test.
    QCOMPARE(cli({u"team"_s, u"leave"_s}, adminProfile).exitCode, 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    // A private D-Bus session with an unlocked gnome-keyring, and this test again inside it.
    if (const auto outer = test::runInKeyringSession(args))
        return *outer;
    TestCli test;
    return QTest::qExec(&test, args);
}

#include "TestCli.moc"
