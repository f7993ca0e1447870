// SPDX-License-Identifier: GPL-3.0-or-later
// The sync leader per social account (team/SyncLeadership) on a real PostgreSQL: in one process,
// and as ten agent processes of this binary that compete, die (kill -9) and take over.

#include "FakeCredentialStore.h"
#include "PostgresServer.h"
#include "accounts/AccountManager.h"
#include "providers/ProviderFactory.h"
#include "store/AccountRepository.h"
#include "store/ChangeSet.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageIdAllocator.h"
#include "store/OutboxRepository.h"
#include "store/SearchRepository.h"
#include "store/Store.h"
#include "store/StoreWriter.h"
#include "sync/SyncService.h"
#include "team/Presence.h"
#include "team/SyncLeadership.h"
#include "team/TeamAgents.h"
#include "team/TeamChanges.h"
#include "x/XServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <limits>
#include <optional>

#include <sys/types.h>
#include <unistd.h>

using namespace starling;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// An agent process is this binary with these set: it competes for the accounts and prints
// "gained <account> <ms since the epoch>" and "lost …" as they happen.
constexpr auto agentVariable = "STARLING_TEST_AGENT";
constexpr auto agentDatabaseVariable = "STARLING_TEST_AGENT_DATABASE";
constexpr auto agentAccountsVariable = "STARLING_TEST_AGENT_ACCOUNTS";
// Or, with this set, the agent answers in a conversation at a given time, as its app's compose
// box would, and prints "queued" or "conflict <message>": "<account> <conversation id> <newest
// message seen> <conversation's remote id> <ms since the epoch>".
constexpr auto agentReplyVariable = "STARLING_TEST_AGENT_REPLY";

int runReplyingAgent(const Database::PostgresSettings &settings, const QString &agent)
{
    const QStringList parts = qEnvironmentVariable(agentReplyVariable).split(u' ');
    if (parts.size() != 5)
        return 2;
    auto db = Database::openPostgres(settings, Database::Role::Writer);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 2;
    }
    StoreWriter writer(std::move(db).value()); // as the app writes: the others hear of it
    OutboxItem item;
    item.accountId = QUuid::fromString(parts[0]);
    item.kind = OutboxItem::Kind::DirectMessage;
    item.conversationId = parts[1].toLongLong();
    item.seenUpTo = parts[2].toLongLong();
    item.conversationRemoteId = parts[3];
    item.text = u"Answer from %1"_s.arg(agent);
    item.clientKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.createdAt = QDateTime::currentDateTimeUtc();
    QThread::msleep(std::max<qint64>(0, parts[4].toLongLong() - QDateTime::currentMSecsSinceEpoch()));
    const auto queued =
        writer.run("queue an answer", [&item](Database &d) { return OutboxRepository(d).enqueue(item); });
    if (queued)
        std::printf("queued\n");
    else if (queued.error().code() == Error::Code::Conflict)
        std::printf("conflict %s\n", qPrintable(queued.error().message()));
    else
        std::printf("error %s\n", qPrintable(queued.error().message()));
    return 0;
}

int runAgent()
{
    auto settings = Database::PostgresSettings::fromUrl(qEnvironmentVariable(agentDatabaseVariable));
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.error().message()));
        return 2;
    }
    if (qEnvironmentVariableIsSet(agentReplyVariable))
        return runReplyingAgent(settings.value(), qEnvironmentVariable(agentVariable));
    SyncLeadership leadership(settings.value(), qEnvironmentVariable(agentVariable));
    const auto report = [](const char *what, const QUuid &account) {
        std::printf("%s %s %lld\n", what, qPrintable(account.toString(QUuid::WithoutBraces)),
                    QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    };
    QObject::connect(&leadership, &SyncLeadership::gained, [report](const QUuid &a) { report("gained", a); });
    QObject::connect(&leadership, &SyncLeadership::lost, [report](const QUuid &a) { report("lost", a); });
    leadership.start();
    for (const QString &account : qEnvironmentVariable(agentAccountsVariable).split(u','))
        leadership.want(QUuid::fromString(account));
    return QCoreApplication::exec();
}

/** A time in which this agent believed it led an account. */
struct Lead
{
    int agent = 0;
    qint64 from = 0;
    qint64 to = std::numeric_limits<qint64>::max(); ///< still leading
};

} // namespace

class TestTeamLeadership : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneLeaderPerAccount();
    void releasingHandsOver();
    void anEndedSessionLeadsNothing();
    void aLeaderThatCannotReachTheDatabaseStopsWithinTheLease();
    void tenAgentsKillTheLeader();
    void onlyTheLeaderSyncs();
    void teamAccountsAreShared();
    void presenceSeenByTheOthers();
    void changesReachTheOtherApps();
    void twoAgentsAnswerAtOnce();
    void agentsSeeOnlyTheirInboxes();

private:
    std::unique_ptr<SyncLeadership> agent(const QString &name);
    /** Runs @p sql as the cluster's superuser on the test database. */
    QVariant admin(const QString &sql);
    qint64 backendHolding(const QUuid &account);

    test::PostgresServer m_server;
    Database::PostgresSettings m_settings;
    std::unique_ptr<Database> m_admin;
    const QList<QUuid> m_accounts{QUuid::createUuid(), QUuid::createUuid(), QUuid::createUuid()};
};

void TestTeamLeadership::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestTeamLeadership::init()
{
    // Each test gets a database of its own: locks are per database, so no test sees another's.
    auto settings = m_server.createDatabase();
    QVERIFY2(settings, settings ? "" : qPrintable(settings.error().message()));
    m_settings = settings.value();
    // The schema the agents' connections expect (they open as readers of a current database).
    auto db = Database::openPostgres(m_settings, Database::Role::Writer);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_admin = std::move(db.value());
}

std::unique_ptr<SyncLeadership> TestTeamLeadership::agent(const QString &name)
{
    auto leadership = std::make_unique<SyncLeadership>(m_settings, name);
    leadership->setInterval(200ms);
    return leadership;
}

QVariant TestTeamLeadership::admin(const QString &sql)
{
    QSqlQuery query(m_admin->connection());
    if (!query.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

qint64 TestTeamLeadership::backendHolding(const QUuid &account)
{
    return admin(u"SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = %1 AND objid = %2 "
                 "AND objsubid = 2"_s.arg(SyncLeadership::lockNamespace)
                     .arg(SyncLeadership::lockKey(account)))
        .toLongLong();
}

void TestTeamLeadership::oneLeaderPerAccount()
{
    std::vector<std::unique_ptr<SyncLeadership>> agents;
    for (const QString &name : {u"ana"_s, u"ben"_s, u"chloe"_s}) {
        agents.push_back(agent(name));
        agents.back()->start();
        for (const QUuid &account : m_accounts)
            agents.back()->want(account);
    }
    for (const QUuid &account : m_accounts) {
        // Exactly one agent leads, and every agent names that one.
        QTRY_COMPARE_WITH_TIMEOUT(
            std::count_if(agents.begin(), agents.end(), [&](const auto &a) { return a->leads(account); }), 1, 5000);
        const auto leader =
            std::find_if(agents.begin(), agents.end(), [&](const auto &a) { return a->leads(account); });
        const QString name = (*leader)->leader(account);
        QVERIFY(QStringList({u"ana"_s, u"ben"_s, u"chloe"_s}).contains(name));
        for (const auto &a : agents)
            QTRY_COMPARE(a->leader(account), name);
    }
    // Some time later it is still one each: nobody takes a lock that is held.
    QTest::qWait(1000);
    for (const QUuid &account : m_accounts)
        QCOMPARE(std::count_if(agents.begin(), agents.end(), [&](const auto &a) { return a->leads(account); }), 1);
}

void TestTeamLeadership::releasingHandsOver()
{
    auto ana = agent(u"ana"_s);
    auto ben = agent(u"ben"_s);
    ana->start();
    ana->want(m_accounts[0]);
    QTRY_VERIFY(ana->leads(m_accounts[0]));
    ben->start();
    ben->want(m_accounts[0]);
    QTRY_COMPARE(ben->leader(m_accounts[0]), u"ana"_s);
    QVERIFY(!ben->leads(m_accounts[0]));

    QSignalSpy lost(ana.get(), &SyncLeadership::lost);
    ana->release(m_accounts[0]);
    QCOMPARE(lost.size(), 1); // at once: ana polls and sends no more from here on
    QVERIFY(!ana->leads(m_accounts[0]));
    QTRY_VERIFY(ben->leads(m_accounts[0]));
    QTRY_COMPARE(ana->leader(m_accounts[0]), QString()); // no longer followed by ana
    QCOMPARE(ben->leader(m_accounts[0]), u"ben"_s);

    // Quitting lets go too (the session ends with the connection).
    ana->want(m_accounts[0]);
    ben.reset();
    QTRY_VERIFY(ana->leads(m_accounts[0]));
}

void TestTeamLeadership::anEndedSessionLeadsNothing()
{
    auto ana = agent(u"ana"_s);
    auto ben = agent(u"ben"_s);
    ana->start();
    ana->want(m_accounts[1]);
    QTRY_VERIFY(ana->leads(m_accounts[1]));
    ben->start();
    ben->want(m_accounts[1]);
    QTRY_COMPARE(ben->leader(m_accounts[1]), u"ana"_s);

    // The server ends ana's session (an administrator, a restart, a network cut it noticed).
    QSignalSpy lost(ana.get(), &SyncLeadership::lost);
    QSignalSpy connection(ana.get(), &SyncLeadership::connectionChanged);
    const qint64 pid = backendHolding(m_accounts[1]);
    QVERIFY(pid > 0);
    QVERIFY(admin(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).toBool());
    QTRY_COMPARE(lost.size(), 1);
    QVERIFY(!connection.isEmpty() && !connection.first().at(0).toBool());
    // ben takes over; ana connects again and follows, but does not lead.
    QTRY_VERIFY(ben->leads(m_accounts[1]));
    QTRY_VERIFY(ana->connected());
    QTRY_COMPARE(ana->leader(m_accounts[1]), u"ben"_s);
    QVERIFY(!ana->leads(m_accounts[1]));
}

void TestTeamLeadership::aLeaderThatCannotReachTheDatabaseStopsWithinTheLease()
{
    auto ana = agent(u"ana"_s);
    ana->start();
    ana->want(m_accounts[2]);
    QTRY_VERIFY(ana->leads(m_accounts[2]));

    // ana's server process stops answering (as behind a dead network link): her next query hangs.
    const qint64 pid = backendHolding(m_accounts[2]);
    QVERIFY(pid > 0);
    QSignalSpy lost(ana.get(), &SyncLeadership::lost);
    QElapsedTimer sinceStopped;
    sinceStopped.start();
    QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0);
    // She stops leading on her own, before the server could have let anyone else in.
    QVERIFY(lost.wait(int(SyncLeadership::leaseTime.count()) + 1000));
    QVERIFY2(sinceStopped.elapsed() < SyncLeadership::serverDropsSilentClient.count(),
             qPrintable(u"%1 ms"_s.arg(sinceStopped.elapsed())));
    QCOMPARE(::kill(pid_t(pid), SIGCONT), 0);
    // Her session held the lock all along: once it answers again she leads again.
    QTRY_VERIFY_WITH_TIMEOUT(ana->leads(m_accounts[2]), 5000);
}

void TestTeamLeadership::tenAgentsKillTheLeader()
{
    constexpr int agentCount = 10;
    constexpr int kills = 4;
    QStringList accountList;
    for (const QUuid &account : m_accounts)
        accountList << account.toString(QUuid::WithoutBraces);

    // Each agent's output, line by line, as (gained|lost, account, time).
    std::vector<std::unique_ptr<QProcess>> agents;
    QHash<QUuid, QList<Lead>> leads;
    QHash<QUuid, int> leaderOf;
    const auto readAgent = [&](int index) {
        QProcess &process = *agents[size_t(index)];
        while (process.canReadLine()) {
            const QStringList parts = QString::fromUtf8(process.readLine()).trimmed().split(u' ');
            if (parts.size() != 3)
                continue;
            const QUuid account = QUuid::fromString(parts[1]);
            const qint64 at = parts[2].toLongLong();
            QList<Lead> &list = leads[account];
            if (parts[0] == u"gained"_s) {
                list.append(Lead{index, at});
                leaderOf.insert(account, index);
            } else if (parts[0] == u"lost"_s) {
                for (Lead &lead : list) {
                    if (lead.agent == index && lead.to == std::numeric_limits<qint64>::max())
                        lead.to = at;
                }
                if (leaderOf.value(account, -1) == index)
                    leaderOf.remove(account);
            }
        }
    };
    for (int i = 0; i < agentCount; ++i) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(agentVariable), u"agent%1"_s.arg(i));
        environment.insert(QString::fromLatin1(agentDatabaseVariable), m_settings.url());
        environment.insert(QString::fromLatin1(agentAccountsVariable), accountList.join(u','));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(process.get(), &QProcess::readyReadStandardOutput, this, [&readAgent, i] { readAgent(i); });
        process->start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(process->waitForStarted());
        agents.push_back(std::move(process));
    }
    const auto everyAccountLed = [&] {
        return std::all_of(m_accounts.begin(), m_accounts.end(), [&](const QUuid &a) { return leaderOf.contains(a); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(everyAccountLed(), 15000);

    // Kill the leader of an account, again and again; each time another agent takes over.
    QList<qint64> failovers;
    for (int round = 0; round < kills; ++round) {
        const QUuid account = m_accounts[round % m_accounts.size()];
        const int victim = leaderOf.value(account);
        QProcess &process = *agents[size_t(victim)];
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(5000));
        readAgent(victim);
        // What the killed agent led, it leads no more from the moment it died.
        for (QList<Lead> &list : leads) {
            for (Lead &lead : list) {
                if (lead.agent == victim && lead.to == std::numeric_limits<qint64>::max())
                    lead.to = killedAt;
            }
        }
        for (auto it = leaderOf.begin(); it != leaderOf.end();)
            it = it.value() == victim ? leaderOf.erase(it) : std::next(it);
        QTRY_VERIFY_WITH_TIMEOUT(everyAccountLed(), 10000);
        failovers << leads.value(account).constLast().from - killedAt;
    }
    std::sort(failovers.begin(), failovers.end());
    qInfo("failover after kill -9 of the leader (%d agents, %lld ms interval): min %lld ms, max %lld ms", agentCount,
          qint64(SyncLeadership::defaultInterval.count()), failovers.first(), failovers.last());
    QVERIFY2(failovers.last() < 10000, qPrintable(u"%1 ms"_s.arg(failovers.last())));

    // At no time did two agents believe they led one account.
    for (auto it = leads.begin(); it != leads.end(); ++it) {
        QList<Lead> list = it.value();
        std::sort(list.begin(), list.end(), [](const Lead &a, const Lead &b) { return a.from < b.from; });
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY2(list[i].from >= list[i - 1].to, qPrintable(u"agents %1 and %2 both led %3"_s.arg(list[i - 1].agent)
                                                                    .arg(list[i].agent)
                                                                    .arg(it.key().toString())));
    }
    // And the database agrees: one holder per account, the one its agent says.
    for (const QUuid &account : m_accounts)
        QCOMPARE(admin(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = %1 "
                       "AND objid = %2 AND objsubid = 2"_s.arg(SyncLeadership::lockNamespace)
                           .arg(SyncLeadership::lockKey(account)))
                     .toInt(),
                 1);
    for (auto &process : agents) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished();
        }
    }
}

namespace {

/**
 * One agent's app on the team database, wired as main.cpp wires a team workspace: its own store
 * connections, settings, keychain and sync, the team's accounts shared, the other apps' changes
 * heard. It adds @p account (as signing in does) unless @p add is false; @p token is its sign-in
 * here.
 */
struct AgentApp
{
    AgentApp(const Database::PostgresSettings &database, const QString &name, const Account &account,
             const QByteArray &token, bool add = true)
    {
        settings = std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        if (!token.isEmpty())
            credentials.preset(account.id, CredentialStore::Kind::AccessToken, token);
        auto opened = Store::open(Database::Location::team(database));
        if (!opened)
            return;
        store = std::move(opened).value();
        accounts = std::make_unique<AccountManager>(settings.get(), &credentials, store.get());
        accounts->load();
        accounts->setShared(true);
        accounts->adoptTeamAccounts();
        leadership = std::make_unique<SyncLeadership>(database, name);
        leadership->setInterval(200ms);
        sync = std::make_unique<SyncService>(store.get(), accounts.get(),
                                             std::make_shared<NetworkProviderFactory>(&credentials));
        sync->setLeadership(leadership.get());
        cycles = std::make_unique<QSignalSpy>(sync.get(), &SyncService::cycleFinished);
        changes = std::make_unique<TeamChanges>(database, name, store->writer()->origin());
        changes->setCheckInterval(200ms);
        QObject::connect(changes.get(), &TeamChanges::changed, store.get(), &Store::changed);
        QObject::connect(changes.get(), &TeamChanges::changed, sync.get(), &SyncService::takeTeamChanges);
        heard = std::make_unique<QSignalSpy>(changes.get(), &TeamChanges::changed);
        added = add && accounts->add(account).ok();
        leadership->start();
        sync->start();
        changes->start();
    }
    ~AgentApp()
    {
        changes.reset();
        sync.reset();
        leadership.reset();
        accounts.reset();
        store.reset();
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeCredentialStore credentials;
    std::unique_ptr<Store> store;
    std::unique_ptr<AccountManager> accounts;
    std::unique_ptr<SyncLeadership> leadership;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<QSignalSpy> cycles;
    std::unique_ptr<TeamChanges> changes;
    std::unique_ptr<QSignalSpy> heard; ///< what the other apps changed, as this one heard it
    bool added = false;

    /** The index of the first change heard from @p from on that satisfies @p test; -1 if none. */
    template<typename Test>
    qsizetype heardAt(qsizetype from, Test test) const
    {
        for (qsizetype i = from; i < heard->size(); ++i) {
            if (test(heard->at(i).at(0).value<ChangeSet>()))
                return i;
        }
        return -1;
    }
};

/**
 * The sandbox X server with the shop's account, the team's: a customer (Pat) wrote it a DM,
 * unless the question is empty. Tests take its parts by name:
 * `auto &[x, shop, customer, token, account] = fixture;`
 */
struct ShopOnX
{
    sandbox::XServer x;
    QString shop;
    QString customer;
    QByteArray token;
    Account account;

    bool start(const QString &question)
    {
        if (!x.listen())
            return false;
        x.setAllRateLimits(100000);
        shop = x.addUser(u"shop"_s, u"Shop"_s);
        customer = x.addUser(u"pat"_s, u"Pat"_s);
        x.setOwnUser(shop);
        token = x.addToken(shop);
        if (!question.isEmpty() && x.deliverDirectMessage(customer, shop, question).isEmpty())
            return false;
        account.id = QUuid::createUuid();
        account.network = Network::X;
        account.handle = u"shop"_s;
        account.displayName = u"Shop"_s;
        account.remoteUserId = shop;
        account.serverUrl = x.baseUrl();
        return true;
    }
};

} // namespace

void TestTeamLeadership::onlyTheLeaderSyncs()
{
    ShopOnX fixture;
    QVERIFY(fixture.start(u"Is the red one back?"_s));
    auto &[x, shop, customer, token, account] = fixture;

    // Ana and Ben have the account's sign-in; Cleo has not, so she never leads it.
    auto anaApp = std::make_unique<AgentApp>(m_settings, u"ana"_s, account, token);
    auto benApp = std::make_unique<AgentApp>(m_settings, u"ben"_s, account, token);
    AgentApp cleoApp(m_settings, u"cleo"_s, account, {});
    QVERIFY(anaApp->added && benApp->added && cleoApp.added);

    const auto leaderApp = [&]() -> AgentApp * {
        if (anaApp && anaApp->leadership->leads(account.id))
            return anaApp.get();
        if (benApp && benApp->leadership->leads(account.id))
            return benApp.get();
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(leaderApp() != nullptr, 10000);
    AgentApp *leader = leaderApp();
    AgentApp *other = leader == anaApp.get() ? benApp.get() : anaApp.get();
    // The leader polls both streams; the others poll nothing.
    QTRY_VERIFY_WITH_TIMEOUT(leader->cycles->size() >= 2, 20000);
    QTest::qWait(1000);
    QCOMPARE(other->cycles->size(), 0);
    QCOMPARE(cleoApp.cycles->size(), 0);
    QVERIFY(!cleoApp.leadership->leads(account.id));
    const QString leaderName = leader == anaApp.get() ? u"ana"_s : u"ben"_s;
    QTRY_COMPARE(cleoApp.leadership->leader(account.id), leaderName);
    // The agents that do not lead it see who does.
    for (AgentApp *follower : {other, &cleoApp}) {
        QTRY_COMPARE(follower->accounts->status(account.id).state, AccountState::SyncedByTeammate);
        QCOMPARE(follower->accounts->status(account.id).text(), u"Synced by %1"_s.arg(leaderName));
    }
    QVERIFY(leader->accounts->status(account.id).state != AccountState::SyncedByTeammate);

    // The leader's app quits: the other agent with the sign-in takes over and polls.
    if (leader == anaApp.get())
        anaApp.reset();
    else
        benApp.reset();
    QTRY_VERIFY_WITH_TIMEOUT(other->leadership->leads(account.id), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(other->cycles->size() >= 2, 20000);
    QCOMPARE(cleoApp.cycles->size(), 0);
    const QString otherName = leaderName == u"ana"_s ? u"ben"_s : u"ana"_s;
    QTRY_COMPARE(cleoApp.accounts->status(account.id).text(), u"Synced by %1"_s.arg(otherName));
    QCOMPARE(other->accounts->status(account.id).state, AccountState::Connected);
}

void TestTeamLeadership::teamAccountsAreShared()
{
    ShopOnX fixture;
    QVERIFY(fixture.start({}));
    auto &[x, shop, customer, token, account] = fixture;

    // Ana adds the team's account; Dana's app, started before and after, lists it without her
    // adding it, signed out on her computer and synced by Ana.
    AgentApp danaEarly(m_settings, u"dana"_s, account, {}, false);
    AgentApp anaApp(m_settings, u"ana"_s, account, token);
    QVERIFY(anaApp.added);
    QTRY_VERIFY_WITH_TIMEOUT(anaApp.leadership->leads(account.id), 10000);
    AgentApp dana(m_settings, u"dana"_s, account, {}, false);
    QTRY_COMPARE(dana.accounts->count(), 1);
    QCOMPARE(dana.accounts->accounts().constFirst().handle, u"shop"_s);
    QTRY_COMPARE(dana.accounts->status(account.id).text(), u"Synced by ana"_s);
    QVERIFY(!dana.leadership->leads(account.id));
    // The app that was already running lists it as soon as Ana's app added it.
    QTRY_COMPARE(danaEarly.accounts->count(), 1);
    QTRY_COMPARE(danaEarly.accounts->status(account.id).text(), u"Synced by ana"_s);

    // Removing it on Dana's computer keeps the team's account and its conversations.
    QVERIFY(admin(u"SELECT count(*) FROM accounts WHERE uuid = '%1'"_s.arg(account.id.toString(QUuid::WithoutBraces)))
                .toInt()
            == 1);
    std::optional<Result<void>> removed;
    dana.accounts->remove(account.id, AccountManager::Removal::DeleteMessages, this,
                          [&removed](Result<void> r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QCOMPARE(dana.accounts->count(), 0);
    dana.store->flush();
    QCOMPARE(admin(u"SELECT count(*) FROM accounts WHERE uuid = '%1'"_s.arg(account.id.toString(QUuid::WithoutBraces)))
                 .toInt(),
             1);
    QVERIFY(anaApp.leadership->leads(account.id));
    QCOMPARE(anaApp.accounts->count(), 1);
}

void TestTeamLeadership::presenceSeenByTheOthers()
{
    using Other = Presence::Other;
    using Activity = Presence::Activity;
    const auto make = [this](const QString &name, std::chrono::milliseconds heartbeat) {
        auto presence = std::make_unique<Presence>(m_settings, name);
        presence->setHeartbeat(heartbeat);
        presence->start();
        return presence;
    };
    // Ben's heartbeat is a minute away: within this test he can only learn through NOTIFY.
    auto ana = make(u"ana"_s, 200ms);
    auto ben = make(u"ben"_s, 60s);
    auto cleo = make(u"cleo"_s, 60s);
    QSignalSpy benHears(ben.get(), &Presence::othersChanged);
    ben->show(7);
    cleo->show(8);
    QTest::qWait(300); // Ben and Cleo are in; from now on everything they hear comes through NOTIFY

    QElapsedTimer latency;
    latency.start();
    ana->show(7);
    QTRY_COMPARE(ben->others(), (QList<Other>{{u"ana"_s, Activity::Viewing}}));
    qInfo("Ana viewing seen by Ben after %lld ms", qint64(latency.elapsed()));
    QCOMPARE(benHears.constLast().at(0).toLongLong(), 7);
    QVERIFY(cleo->others().isEmpty());
    QTRY_COMPARE(ana->others(), (QList<Other>{{u"ben"_s, Activity::Viewing}}));

    latency.restart();
    ana->show(7, Activity::Replying);
    QTRY_COMPARE(ben->others(), (QList<Other>{{u"ana"_s, Activity::Replying}}));
    qInfo("Ana replying seen by Ben after %lld ms", qint64(latency.elapsed()));

    // Ana moves to Cleo's conversation: she leaves Ben's.
    ana->show(8);
    QTRY_VERIFY(ben->others().isEmpty());
    QTRY_COMPARE(cleo->others(), (QList<Other>{{u"ana"_s, Activity::Viewing}}));

    // An app that died leaves a row nobody renews: after staleAfter it counts for nothing.
    admin(u"INSERT INTO presence (agent, conversation_id, activity, seen_at) VALUES ('dana', 7, 'replying',"
          " extract(epoch FROM now())::bigint - %1)"_s.arg(Presence::staleAfter.count() + 1));
    admin(u"INSERT INTO presence (agent, conversation_id, activity, seen_at) VALUES ('eve', 7, 'viewing',"
          " extract(epoch FROM now())::bigint)"_s);
    admin(u"SELECT pg_notify('starling_presence', '7')"_s);
    QTRY_COMPARE(ben->others(), (QList<Other>{{u"eve"_s, Activity::Viewing}}));
    admin(u"DELETE FROM presence WHERE agent IN ('dana', 'eve')"_s);
    admin(u"SELECT pg_notify('starling_presence', '7')"_s);
    QTRY_VERIFY(ben->others().isEmpty());

    // An app that quits takes its row with it.
    ana->show(7);
    QTRY_COMPARE(ben->others().size(), 1);
    ana.reset();
    QTRY_VERIFY(ben->others().isEmpty());
    QCOMPARE(admin(u"SELECT count(*) FROM presence WHERE agent = 'ana'"_s).toInt(), 0);

    // A client whose connection the server ended reconnects at its next heartbeat and catches up.
    auto fay = make(u"fay"_s, 200ms);
    fay->show(7);
    QTRY_COMPARE(ben->others(), (QList<Other>{{u"fay"_s, Activity::Viewing}}));
    QTRY_VERIFY(admin(u"SELECT count(*) FROM pg_stat_activity WHERE application_name = 'Starling/fay'"_s).toInt() > 0);
    ben.reset(); // Ben's app quits, and takes his row with it
    // Fay's connection is cut just before Cleo comes in: the NOTIFY goes past her.
    admin(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Starling/fay'"_s);
    cleo->show(7);
    QTRY_COMPARE_WITH_TIMEOUT(fay->others(), (QList<Other>{{u"cleo"_s, Activity::Viewing}}), 10000);
}

void TestTeamLeadership::changesReachTheOtherApps()
{
    ShopOnX fixture;
    QVERIFY(fixture.start(u"Is the red one back?"_s));
    auto &[x, shop, customer, token, account] = fixture;
    QSignalSpy sent(&x, &sandbox::XServer::dmEventCreated);

    // Ana has the account's sign-in and syncs it; Cleo has not: whatever she sees of it comes
    // from Ana's app. Cleo's app listens before Ana's starts: a notice sent before that would
    // reach her only as "anything may have changed", which names no new message.
    AgentApp cleo(m_settings, u"cleo"_s, account, {});
    QTRY_VERIFY_WITH_TIMEOUT(cleo.heardAt(0, [](const ChangeSet &c) { return c.anyConversation; }) >= 0, 10000);
    AgentApp ana(m_settings, u"ana"_s, account, token);
    QVERIFY(ana.added && cleo.added);
    QTRY_VERIFY_WITH_TIMEOUT(ana.leadership->leads(account.id), 10000);

    // The DM Ana's app fetches comes to Cleo's views as new (the tray tells of it).
    QTRY_VERIFY_WITH_TIMEOUT(cleo.heardAt(0, [](const ChangeSet &c) { return !c.newInboundMessageIds.isEmpty(); }) >= 0,
                             20000);
    const qint64 conversation = admin(u"SELECT id FROM conversations"_s).toLongLong();
    QVERIFY(conversation > 0);

    // Cleo answers. Her app queues it; Ana's, which sends for the account, sends it, once; Cleo's
    // thread hears that it changed.
    OutboxItem reply;
    reply.accountId = account.id;
    reply.kind = OutboxItem::Kind::DirectMessage;
    reply.conversationId = conversation;
    reply.conversationRemoteId = sandbox::XServer::directConversationId(shop, customer);
    reply.text = u"Yes, since Monday."_s;
    const qsizetype beforeReply = cleo.heard->size();
    QFuture<Result<OutboxItem>> queued = cleo.sync->enqueue(reply);
    QTRY_VERIFY(queued.isFinished());
    QVERIFY2(queued.result(), queued.result() ? "" : qPrintable(queued.result().error().message()));
    const qint64 item = queued.result()->id;
    QTRY_COMPARE_WITH_TIMEOUT(admin(u"SELECT state FROM outbox WHERE id = %1"_s.arg(item)).toInt(),
                              int(OutboxItem::State::Sent), 10000);
    QCOMPARE(sent.size(), 1);
    QTRY_VERIFY(cleo.heardAt(beforeReply, [conversation](const ChangeSet &c) {
        return c.conversationIds.contains(conversation);
    }) >= 0);
    QCOMPARE(cleo.cycles->size(), 0); // Cleo's app never talked to X

    // An app does not hear its own writes back. NOTIFY keeps the order of the commits, so had
    // Cleo's notice come back to her, it would come before Ana's.
    const auto touch = [](AgentApp &app, qint64 marker) {
        app.store->write(
            "touch",
            [marker](Database &) {
                ChangeSet changes;
                changes.conversationIds.insert(marker);
                return Result<ChangeSet>(changes);
            },
            app.store.get());
        app.store->flush();
    };
    const auto marked = [](qint64 marker) {
        return [marker](const ChangeSet &c) { return c.conversationIds.contains(marker); };
    };
    const qsizetype cleoBefore = cleo.heard->size();
    const qsizetype anaBefore = ana.heard->size();
    touch(cleo, 900001);
    touch(ana, 900002);
    QTRY_VERIFY(cleo.heardAt(cleoBefore, marked(900002)) >= 0);
    QCOMPARE(cleo.heardAt(cleoBefore, marked(900001)), -1);
    QTRY_VERIFY(ana.heardAt(anaBefore, marked(900001)) >= 0);
    QCOMPARE(ana.heardAt(anaBefore, marked(900002)), -1);

    // Cleo's team connections (the listener, and the leadership's, which leads nothing) are cut,
    // and Ana changes something meanwhile: that notice is lost to Cleo, so once her app is back
    // it says that anything may have changed.
    const qsizetype beforeCut = cleo.heard->size();
    QCOMPARE(admin(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                   " WHERE application_name = 'Starling/cleo'"_s)
                 .toInt(),
             2);
    touch(ana, 900003);
    QTRY_VERIFY_WITH_TIMEOUT(
        cleo.heardAt(beforeCut,
                     [](const ChangeSet &c) { return c.accountsChanged && c.contactsChanged && c.outboxChanged; })
            >= 0,
        5000);
    touch(ana, 900004);
    QTRY_VERIFY(cleo.heardAt(beforeCut, marked(900004)) >= 0);
}

void TestTeamLeadership::twoAgentsAnswerAtOnce()
{
    ShopOnX fixture;
    QVERIFY(fixture.start(u"Can I still change my order?"_s));
    auto &[x, shop, customer, token, account] = fixture;

    // Ana's app syncs and sends for the account; Ben and Cleo, in processes of their own, both
    // read Pat's question and answer it in the same millisecond.
    AgentApp ana(m_settings, u"ana"_s, account, token);
    QVERIFY(ana.added);
    QTRY_VERIFY_WITH_TIMEOUT(admin(u"SELECT count(*) FROM messages"_s).toInt() == 1, 20000);
    const qint64 conversation = admin(u"SELECT id FROM conversations"_s).toLongLong();
    const qint64 seen = admin(u"SELECT max(id) FROM messages"_s).toLongLong();
    QSignalSpy sent(&x, &sandbox::XServer::dmEventCreated);
    const qint64 at = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> agents;
    for (const QString &name : {u"ben"_s, u"cleo"_s}) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(agentVariable), name);
        environment.insert(QString::fromLatin1(agentDatabaseVariable), m_settings.url());
        environment.insert(QString::fromLatin1(agentReplyVariable),
                           u"%1 %2 %3 %4 %5"_s.arg(account.id.toString(QUuid::WithoutBraces))
                               .arg(conversation)
                               .arg(seen)
                               .arg(sandbox::XServer::directConversationId(shop, customer))
                               .arg(at));
        process->setProcessEnvironment(environment);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(process->waitForStarted());
        agents.push_back(std::move(process));
    }
    QStringList outcomes;
    for (auto &process : agents) {
        QVERIFY(process->waitForFinished(20000));
        QCOMPARE(process->exitCode(), 0);
        outcomes << QString::fromUtf8(process->readAllStandardOutput()).trimmed();
    }
    // One is queued; the other is told whose answer came first, and queues nothing.
    outcomes.sort();
    QCOMPARE(outcomes.size(), 2);
    QVERIFY2(outcomes[0].startsWith(u"conflict Someone else answered at "_s), qPrintable(outcomes.join(u" | ")));
    QCOMPARE(outcomes[1], u"queued"_s);
    QVERIFY2(outcomes[0].contains(u"Answer from ben"_s) || outcomes[0].contains(u"Answer from cleo"_s),
             qPrintable(outcomes[0]));
    QCOMPARE(admin(u"SELECT count(*) FROM outbox"_s).toInt(), 1);
    // Ana's app sends the one that was queued, once.
    QTRY_COMPARE_WITH_TIMEOUT(admin(u"SELECT state FROM outbox"_s).toInt(), int(OutboxItem::State::Sent), 10000);
    QCOMPARE(sent.size(), 1);
}

void TestTeamLeadership::agentsSeeOnlyTheirInboxes()
{
    // Every table belongs to the owner role, which nobody logs in as, with row-level security on,
    // forced on all but messages (whose owner searches for the agents: starling_search).
    QCOMPARE(admin(u"SELECT count(*) FROM pg_tables t JOIN pg_class c ON c.oid = (quote_ident(t.tablename))::regclass"
                   " WHERE t.schemaname = current_schema() AND (NOT c.relrowsecurity"
                   " OR c.relforcerowsecurity = (t.tablename = 'messages')"
                   " OR t.tableowner <> current_database() || '_owner')"_s)
                 .toInt(),
             0);
    QCOMPARE(admin(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = current_database() || '_owner'"_s).toBool(),
             false);

    // The administrator (the cluster's superuser here) makes two agents, with login roles of their own.
    Database::PostgresSettings ana = m_settings;
    Database::PostgresSettings ben = m_settings;
    ana.user = u"ana"_s;
    ben.user = u"ben"_s;
    for (Database::PostgresSettings *agentSettings : {&ana, &ben}) {
        auto added = team::addAgent(*m_admin, agentSettings->user);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        agentSettings->password = added->password;
    }

    // Ana signs in to the shop's X account in her app: the inbox is hers, and her app syncs it
    // through her role (Pat's question is stored by the real sync, under row-level security).
    ShopOnX fixture;
    QVERIFY(fixture.start(u"Is the red one back?"_s));
    auto &[x, shop, customer, token, account] = fixture;
    auto anaApp = std::make_unique<AgentApp>(ana, u"ana"_s, account, token);
    QVERIFY(anaApp->added);
    QTRY_VERIFY_WITH_TIMEOUT(!admin(u"SELECT id FROM messages WHERE text = 'Is the red one back?'"_s).isNull(), 20000);
    const qint64 patsMessage = admin(u"SELECT id FROM messages WHERE text = 'Is the red one back?'"_s).toLongLong();
    const qint64 patsTime = admin(u"SELECT created_at FROM messages WHERE id = %1"_s.arg(patsMessage)).toLongLong();
    const qint64 shopId =
        admin(u"SELECT id FROM accounts WHERE uuid = '%1'"_s.arg(account.id.toString(QUuid::WithoutBraces)))
            .toLongLong();
    const qint64 patsConversation =
        admin(u"SELECT conversation_id FROM messages WHERE id = %1"_s.arg(patsMessage)).toLongLong();
    anaApp.reset();

    // The back office's inbox, which the administrator gives to Ben.
    Account backOffice;
    backOffice.id = QUuid::createUuid();
    backOffice.network = Network::Mastodon;
    backOffice.handle = u"backoffice"_s;
    backOffice.remoteUserId = u"77"_s;
    QVERIFY(AccountRepository(*m_admin).upsert(backOffice));
    QVERIFY(admin(u"INSERT INTO conversations (account_id, remote_id, kind) SELECT id, 'internal', 0 FROM accounts"
                  " WHERE handle = 'backoffice' RETURNING id"_s)
                .isValid());
    QVERIFY(team::grantInbox(*m_admin, u"ben"_s, backOffice.id));

    // Ben's app sees his inbox and nothing of Ana's: accounts, conversations, search.
    auto opened = Database::openPostgres(ben, Database::Role::Writer);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    Database &asBen = *opened.value();
    const auto benSees = [&asBen] {
        QStringList handles;
        auto accounts = AccountRepository(asBen).all();
        for (const Account &a : accounts.value())
            handles << a.handle;
        handles.sort();
        return handles;
    };
    QCOMPARE(benSees(), QStringList{u"backoffice"_s});
    auto page = ConversationRepository(asBen).page({}, 50);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->constFirst().conversation.accountId, backOffice.id);
    SearchRequest search;
    search.text = u"red"_s;
    auto hits = SearchRepository(asBen).search(search);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message()));
    QVERIFY(hits->isEmpty());

    // Nor can he change or add to it, even by hand.
    QSqlQuery query(asBen.connection());
    QVERIFY(query.exec(u"UPDATE conversations SET state = 1 WHERE id = %1"_s.arg(patsConversation)));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(query.exec(u"DELETE FROM messages WHERE id = %1"_s.arg(patsMessage)));
    QCOMPARE(query.numRowsAffected(), 0);
    QVERIFY(!query.exec(u"INSERT INTO messages (id, conversation_id, account_id, direction, kind, text, created_at)"
                        " VALUES (1, %1, %2, 1, 0, 'sneaked in', 0)"_s.arg(patsConversation)
                            .arg(shopId)));
    QVERIFY2(query.lastError().text().contains(u"row-level security"_s), qPrintable(query.lastError().text()));
    // He cannot give himself the inbox, or lift the rules.
    QVERIFY(!query.exec(u"INSERT INTO inbox_members (account_uuid, agent) VALUES ('%1', 'ben')"_s.arg(
        account.id.toString(QUuid::WithoutBraces))));
    QVERIFY(!query.exec(u"ALTER TABLE messages DISABLE ROW LEVEL SECURITY"_s));
    QVERIFY(!query.exec(u"UPDATE schema_meta SET value = '1' WHERE key = 'schema_version'"_s)
            || query.numRowsAffected() == 0);
    // Signing in to the shop's account himself does not open Ana's inbox to him: he is told to ask.
    Account again = account;
    again.id = QUuid::createUuid();
    auto taken = AccountRepository(asBen).upsert(again);
    QVERIFY(!taken);
    QCOMPARE(taken.error().code(), Error::Code::Forbidden);
    QVERIFY2(taken.error().message().contains(u"starling-cli team grant"_s), qPrintable(taken.error().message()));
    QCOMPARE(admin(u"SELECT count(*) FROM accounts WHERE network = 'x'"_s).toInt(), 1);
    // The messages he stores get ids of their own, though he cannot see the ids Ana's took.
    MessageIdAllocator ids(asBen.connection());
    auto next = ids.allocate(QDateTime::fromMSecsSinceEpoch(patsTime));
    QVERIFY(next);
    QVERIFY2(next.value() > patsMessage, qPrintable(u"%1 after %2"_s.arg(next.value()).arg(patsMessage)));

    // Granted the shop's inbox, he sees it; revoked, no longer.
    QVERIFY(team::grantInbox(*m_admin, u"ben"_s, account.id));
    QCOMPARE(benSees(), (QStringList{u"backoffice"_s, u"shop"_s}));
    hits = SearchRepository(asBen).search(search);
    QVERIFY(hits && hits->size() == 1);
    QCOMPARE(hits->constFirst().message.id, patsMessage);
    auto members = team::inboxMembers(*m_admin);
    QVERIFY(members);
    QCOMPARE(members->value(account.id), (QStringList{u"ana"_s, u"ben"_s}));
    QVERIFY(team::revokeInbox(*m_admin, u"ben"_s, account.id));
    QCOMPARE(benSees(), QStringList{u"backoffice"_s});
    // A team database of the Starling before: an agent's app cannot change its tables, and says
    // who must bring it up to date; the administrator's app does.
    QSqlQuery older(m_admin->connection());
    // Version 9: before message requests (10) and their index (11, dropped with the column).
    QVERIFY2(older.exec(u"ALTER TABLE conversations DROP COLUMN request"_s), qPrintable(older.lastError().text()));
    QVERIFY(older.exec(u"UPDATE schema_meta SET value = '9' WHERE key = 'schema_version'"_s));
    auto notUpToDate = Database::openPostgres(ben, Database::Role::Writer);
    QVERIFY(!notUpToDate);
    QCOMPARE(notUpToDate.error().code(), Error::Code::Forbidden);
    QVERIFY2(notUpToDate.error().message().contains(u"starling-cli team init"_s),
             qPrintable(notUpToDate.error().message()));
    auto upToDate = Database::openPostgres(m_settings, Database::Role::Writer);
    QVERIFY2(upToDate, upToDate ? "" : qPrintable(upToDate.error().message()));
    QCOMPARE(admin(u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s).toInt(),
             Database::latestSchemaVersion());
    QCOMPARE(admin(u"SELECT count(*) FROM information_schema.columns"
                   " WHERE table_name = 'conversations' AND column_name = 'request'"_s)
                 .toInt(),
             1);
    QCOMPARE(admin(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'conversations_request_activity'"_s).toInt(), 1);
    QVERIFY(Database::openPostgres(ben, Database::Role::Writer));

    // Taken out of the team, he sees nothing at all.
    QVERIFY(team::removeAgent(*m_admin, u"ben"_s));
    QVERIFY(!query.exec(u"SELECT count(*) FROM accounts"_s));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(agentVariable))
        return runAgent();
    TestTeamLeadership test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestTeamLeadership.moc"
