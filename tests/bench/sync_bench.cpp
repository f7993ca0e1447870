// SPDX-License-Identifier: GPL-3.0-or-later
// sync_bench: a first full sync of a big X account, timed end to end: the sandbox X server answers
// over loopback HTTP (on a thread of its own, as a remote server would), XClient maps the JSON,
// the SyncEngine stores every page through the store. The rate is shown next to the store's raw
// insert floor (SqliteFloor, the raw sqlite3 C API, as in store_bench) measured in the same run on
// the same pages, and next to the store alone (PageWriter) on those pages.
//
// A program that prints figures, never a CTest test: timings depend on the machine.

#include "BenchData.h"
#include "BenchReport.h"
#include "SqliteFloor.h"
#include "WriterAccess.h"
#include "auth/FixedAccessToken.h"
#include "providers/x/XClient.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"
#include "store/StoreWriter.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sqlite3.h>

#include <ctime>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using namespace starling::bench;
using starling::sandbox::XServer;

namespace {

constexpr double aimMessagesPerSecond = 20'000;
const QByteArray token = "sync-bench-token"_ba;

struct Options
{
    int dms = 100'000;
    int conversations = 2'000;
    int mentions = 100'000;
    QString dir;
    QString json;
};

/** CPU time of the calling thread, in nanoseconds: unlike wall time, other processes do not inflate it. */
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

Result<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times a first full sync of a sandbox X account (HTTP, JSON, store) in messages per second, next to "
        "the store's raw insert floor on the same pages."_s);
    parser.addHelpOption();
    const QCommandLineOption dms(u"dms"_s, u"DM events the account holds (default 100000)."_s, u"N"_s);
    const QCommandLineOption conversations(u"conversations"_s, u"DM conversations (default 2000)."_s, u"N"_s);
    const QCommandLineOption mentions(u"mentions"_s, u"Mentions of the account (default 100000)."_s, u"N"_s);
    const QCommandLineOption dir(
        u"dir"_s, u"Where to put the databases, which are kept (default: a temporary folder, removed at the end)."_s,
        u"DIR"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption quick(
        u"quick"_s, u"A small account for a smoke run: 5000 DM events in 100 conversations and 5000 mentions."_s);
    parser.addOptions({dms, conversations, mentions, dir, json, quick});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.dms = 5'000;
        options.conversations = 100;
        options.mentions = 5'000;
    }
    for (const auto &[option, target] :
         {std::pair{&dms, &options.dms}, std::pair{&conversations, &options.conversations},
          std::pair{&mentions, &options.mentions}}) {
        qint64 value = *target;
        if (auto r = readCount(parser, *option, value, 10'000'000); !r)
            return r.error();
        *target = int(value);
    }
    if (options.conversations > options.dms)
        return Error(Error::Code::InvalidInput, u"there must be at least one DM event per conversation"_s);
    options.dir = parser.value(dir);
    options.json = parser.value(json);
    return options;
}

Account benchAccount()
{
    Account account;
    account.id = QUuid::createUuidV5(QUuid(), u"starling-sync-bench-account"_s);
    account.network = Network::X;
    account.handle = u"shop"_s;
    account.displayName = u"The Shop Support"_s;
    return account;
}

Result<std::unique_ptr<Database>> createStore(const QString &path, const Account &account)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    auto db = Database::openSqlite(path, Database::Role::Writer);
    if (!db)
        return db.error();
    if (auto r = AccountRepository(*db.value()).upsert(account); !r)
        return r.error();
    return std::move(db).value();
}

/** What the seeding left on the server, for the report. */
struct Seeded
{
    QString shopId;
    qint64 dmEvents = 0;
    qint64 conversations = 0;
    qint64 mentions = 0;
};

/**
 * Fills the server the way X would look after months of customer care: DM conversations of very
 * different lengths and texts of 5–280 characters (both from BenchData's generator), and mentions
 * by the same people. Runs on the server's thread.
 */
Seeded seed(XServer &server, const Options &options)
{
    Seeded seeded;
    seeded.shopId = server.addUser(u"shop"_s, u"The Shop Support"_s);
    server.setOwnUser(seeded.shopId);
    server.addToken(seeded.shopId, token);
    // Rate limits would make this a benchmark of waiting (X allows 15 DM reads per 15 minutes).
    server.setAllRateLimits(std::numeric_limits<int>::max());

    QStringList people;
    for (int i = 0; i < options.conversations; ++i)
        people << server.addUser(u"customer%1"_s.arg(i), u"Customer %1"_s.arg(i));

    // DMs: BenchData's timeline of one account, its conversations mapped onto the people.
    ProfileSpec dmSpec;
    dmSpec.messages = options.dms;
    dmSpec.conversations = options.conversations;
    dmSpec.threadSize = std::max(1, std::min(options.dms / 20, options.dms - options.conversations + 1));
    if (options.conversations == 1)
        dmSpec.threadSize = options.dms;
    BenchData dmData(dmSpec);
    QHash<QString, int> personOf;
    for (int p = 0; p < dmData.pageCount(); ++p) {
        for (const Message &m : dmData.page(p).messages) {
            const auto it = personOf.constFind(m.conversationRemoteId);
            const int person = it != personOf.cend() ? *it : int(personOf.size());
            if (it == personOf.cend())
                personOf.insert(m.conversationRemoteId, person);
            const QString &customer = people.at(person % people.size());
            const bool inbound = m.direction == Message::Direction::Inbound;
            const QString id = inbound ? server.deliverDirectMessage(customer, seeded.shopId, m.text)
                                       : server.deliverDirectMessage(seeded.shopId, customer, m.text);
            seeded.dmEvents += id.isEmpty() ? 0 : 1;
        }
    }
    seeded.conversations = server.conversations().size();

    // Mentions: other texts from a second generator, by the same people.
    ProfileSpec mentionSpec;
    mentionSpec.messages = options.mentions;
    mentionSpec.conversations = 1;
    mentionSpec.threadSize = options.mentions;
    mentionSpec.seed ^= 0x4d454e54;
    BenchData mentionData(mentionSpec);
    QRandomGenerator random(7);
    for (int p = 0; p < mentionData.pageCount(); ++p) {
        for (const Message &m : mentionData.page(p).messages) {
            const QString author = people.at(int(random.bounded(quint32(people.size()))));
            seeded.mentions += server.mention(author, seeded.shopId, m.text).isEmpty() ? 0 : 1;
        }
    }
    return seeded;
}

/** The SyncEngine's page, built the same way (SyncEngine.cpp, toSyncPage()). */
SyncPage toSyncPage(const QUuid &account, SyncStream stream, const FetchedPage &fetched)
{
    SyncPage page;
    page.accountId = account;
    page.stream = syncStreamKey(stream);
    page.identities = fetched.people;
    page.conversations = fetched.conversations;
    page.messages = fetched.messages;
    return page;
}

class Run
{
public:
    explicit Run(Options options)
        : m_options(std::move(options))
    {
    }
    ~Run();
    Q_DISABLE_COPY_MOVE(Run)

    int exec();

private:
    Result<void> startServer();
    Result<void> syncEndToEnd();
    Result<void> replayIntoStoreAndFloor();
    Result<FetchedPage> fetch(SyncStream stream, const PageRequest &request);
    qint64 serverCpuNs();
    void printAim() const;

    Options m_options;
    std::optional<QTemporaryDir> m_tempDir;
    QString m_dir;
    QThread m_serverThread;
    XServer *m_server = nullptr; // lives on m_serverThread
    Seeded m_seeded;
    Account m_account;
    FixedAccessToken m_tokens{token};
    std::unique_ptr<XClient> m_client;
    BenchReport m_report;
    qint64 m_syncedMessages = 0;
    double m_syncSeconds = 0;
    double m_syncClientCpuSeconds = 0; ///< this thread: HTTP client, JSON, mapping, store
};

Run::~Run()
{
    m_client.reset();
    if (m_server) {
        // Deleted in its own thread, at the latest when that thread finishes.
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_serverThread.quit();
    m_serverThread.wait();
}

Result<void> Run::startServer()
{
    m_serverThread.setObjectName(u"x-server"_s);
    m_serverThread.start();
    m_server = new XServer;
    m_server->moveToThread(&m_serverThread);
    QUrl baseUrl;
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(
        m_server,
        [this, &baseUrl] {
            m_seeded = seed(*m_server, m_options);
            if (m_server->listen())
                baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (baseUrl.isEmpty())
        return Error(Error::Code::Network, u"the sandbox X server cannot listen on 127.0.0.1"_s);
    out() << "seeded the sandbox X server in " << number(double(timer.nsecsElapsed()) / 1e9)
          << " s: " << count(m_seeded.dmEvents) << " DM events in " << count(m_seeded.conversations)
          << " conversations, " << count(m_seeded.mentions) << " mentions\n";
    out().flush();

    m_account = benchAccount();
    m_account.remoteUserId = m_seeded.shopId;
    XClient::Config config;
    config.apiBase = baseUrl;
    config.accountId = m_account.id;
    config.ownUserId = m_seeded.shopId;
    config.pageSize = 100; // X's maximum for both streams
    m_client = std::make_unique<XClient>(config, &m_tokens);
    return {};
}

qint64 Run::serverCpuNs()
{
    qint64 ns = 0;
    QMetaObject::invokeMethod(
        m_server, [&ns] { ns = threadCpuNs(); }, Qt::BlockingQueuedConnection);
    return ns;
}

Result<void> Run::syncEndToEnd()
{
    auto db = createStore(QDir(m_dir).filePath(u"sync.sqlite"_s), m_account);
    if (!db)
        return db.error();
    StoreWriter writer(std::move(db).value());
    SyncEngine engine(&writer);
    SyncEngine::Intervals intervals;
    intervals.active = std::chrono::hours(1); // one cycle per stream: nothing polls again meanwhile
    intervals.idle = std::chrono::hours(1);
    engine.setIntervals(intervals);

    QEventLoop loop;
    int finished = 0;
    std::optional<Error> failure;
    int dmPages = 0;
    int mentionPages = 0;
    QObject::connect(&engine, &SyncEngine::pageStored, &loop, [&](const QUuid &, SyncStream stream, int page, int) {
        (stream == SyncStream::DirectMessages ? dmPages : mentionPages) = page;
    });
    QObject::connect(&engine, &SyncEngine::cycleFinished, &loop, [&](const QUuid &, SyncStream, int) {
        if (++finished == 2)
            loop.quit();
    });
    QObject::connect(&engine, &SyncEngine::accountStatusChanged, &loop,
                     [&](const QUuid &, const AccountStatus &status) {
                         if (status.state != AccountState::Connecting && status.state != AccountState::Connected) {
                             failure = Error(Error::Code::Network, u"the sync failed: %1"_s.arg(status.detail));
                             loop.quit();
                         }
                     });

    const qint64 serverCpuBefore = serverCpuNs();
    const qint64 clientCpuBefore = threadCpuNs();
    QElapsedTimer timer;
    timer.start();
    engine.addAccount(m_account.id, m_client.get());
    loop.exec();
    m_syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    m_syncClientCpuSeconds = double(threadCpuNs() - clientCpuBefore) / 1e9;
    const double serverCpuSeconds = double(serverCpuNs() - serverCpuBefore) / 1e9;
    if (failure)
        return *failure;

    QSqlQuery query(test::writerDatabase(writer).connection());
    if (!query.exec(u"SELECT count(*) FROM messages"_s) || !query.next())
        return Error(Error::Code::Storage, u"cannot count the stored messages"_s);
    m_syncedMessages = query.value(0).toLongLong();
    out() << "first full sync: " << count(m_syncedMessages) << " messages in " << number(m_syncSeconds) << " s ("
          << dmPages << " DM pages, " << mentionPages << " mention pages)\n";
    out() << "  CPU time meanwhile: " << number(m_syncClientCpuSeconds) << " s in the client's thread (HTTP, JSON, "
          << "store), " << number(serverCpuSeconds) << " s in the sandbox server's thread\n";
    if (m_syncedMessages < m_seeded.dmEvents) {
        return Error(Error::Code::Storage,
                     u"only %1 of %2 DM events were stored"_s.arg(m_syncedMessages).arg(m_seeded.dmEvents));
    }
    if (m_seeded.mentions > 800) {
        out() << "  (X lets a client reach only the 800 most recent mentions (API-NOTES X-2), and the sandbox "
                 "does the same: "
              << count(m_syncedMessages - m_seeded.dmEvents) << " of " << count(m_seeded.mentions)
              << " mentions are in reach)\n";
    }
    out().flush();
    return {};
}

Result<FetchedPage> Run::fetch(SyncStream stream, const PageRequest &request)
{
    QEventLoop loop;
    std::optional<Result<FetchedPage>> page;
    const auto done = [&](Result<FetchedPage> result) {
        page = std::move(result);
        loop.quit();
    };
    if (stream == SyncStream::DirectMessages)
        m_client->fetchDirectMessages(request, &loop, done);
    else
        m_client->fetchMentions(request, &loop, done);
    if (!page)
        loop.exec();
    return std::move(*page);
}

Result<void> Run::replayIntoStoreAndFloor()
{
    // The same pages again (fetched untimed), into the store alone and into the raw sqlite3 floor,
    // taking turns going first so that neither always finds the caches warm.
    auto starling = createStore(QDir(m_dir).filePath(u"store.sqlite"_s), m_account);
    if (!starling)
        return starling.error();
    const QString floorPath = QDir(m_dir).filePath(u"floor.sqlite"_s);
    if (auto schema = createStore(floorPath, m_account); !schema)
        return schema.error();
    auto floor = SqliteFloor::open(floorPath, SqliteFloor::Mode::Writer);
    if (!floor)
        return floor.error();
    PageWriter writer(*starling.value());

    qint64 starlingNs = 0;
    qint64 floorNs = 0;
    qint64 starlingCpuNs = 0;
    qint64 floorCpuNs = 0;
    qint64 messages = 0;
    int turn = 0;
    QElapsedTimer timer;
    for (const SyncStream stream : {SyncStream::DirectMessages, SyncStream::Mentions}) {
        PageRequest request;
        QString newest;
        for (;;) {
            auto fetched = fetch(stream, request);
            if (!fetched)
                return fetched.error();
            if (request.pageToken.isEmpty())
                newest = fetched->newestCursor;
            SyncPage page = toSyncPage(m_account.id, stream, fetched.value());
            const bool last = fetched->nextPageToken.isEmpty();
            if (last && !newest.isEmpty())
                page.cursor = newest;
            const FloorPage floorPage = FloorPage::fromSyncPage(page);
            const auto writeStarling = [&]() -> Result<void> {
                const qint64 cpu = threadCpuNs();
                timer.start();
                auto r = writer.write(page);
                starlingNs += timer.nsecsElapsed();
                starlingCpuNs += threadCpuNs() - cpu;
                return r ? Result<void>() : r.error();
            };
            const auto writeFloor = [&]() -> Result<void> {
                const qint64 cpu = threadCpuNs();
                timer.start();
                auto r = floor.value()->write(floorPage);
                floorNs += timer.nsecsElapsed();
                floorCpuNs += threadCpuNs() - cpu;
                return r;
            };
            const bool starlingFirst = ++turn % 2 == 0;
            if (auto r = starlingFirst ? writeStarling() : writeFloor(); !r)
                return r;
            if (auto r = starlingFirst ? writeFloor() : writeStarling(); !r)
                return r;
            messages += page.messages.size();
            if (last)
                break;
            request.pageToken = fetched->nextPageToken;
        }
    }
    if (messages != m_syncedMessages) {
        return Error(Error::Code::Storage,
                     u"the replay saw %1 messages, the sync stored %2"_s.arg(messages).arg(m_syncedMessages));
    }
    const double floorRate = double(messages) / (double(floorNs) / 1e9);
    m_report.add({u"sync_first_full"_s, u"first full sync, end to end (HTTP, JSON, store)"_s, u"msg/s"_s,
                  double(m_syncedMessages) / m_syncSeconds, floorRate});
    m_report.add({u"store_pages"_s, u"the same pages into the store alone (PageWriter)"_s, u"msg/s"_s,
                  double(messages) / (double(starlingNs) / 1e9), floorRate});
    // The same, per second of the client thread's CPU time: what a loaded machine cannot skew.
    const double floorCpuRate = double(messages) / (double(floorCpuNs) / 1e9);
    m_report.add({u"sync_first_full_cpu"_s, u"first full sync, per CPU second of the client thread"_s, u"msg/s"_s,
                  double(m_syncedMessages) / m_syncClientCpuSeconds, floorCpuRate});
    m_report.add({u"store_pages_cpu"_s, u"the store alone, per CPU second"_s, u"msg/s"_s,
                  double(messages) / (double(starlingCpuNs) / 1e9), floorCpuRate});
    return {};
}

void Run::printAim() const
{
    const BenchFigure &sync = m_report.figures().constFirst();
    out() << "\naim: a first full sync at least " << number(aimMessagesPerSecond)
          << " messages per second end to end: " << number(sync.value) << ", "
          << (sync.value >= aimMessagesPerSecond ? "met" : "MISSED") << '\n';
    if (m_options.dms != 100'000 || m_options.conversations != 2'000 || m_options.mentions != 100'000) {
        out() << "  (the aim is set for 100,000 DM events in 2,000 conversations and 100,000 mentions; this run has "
              << count(m_options.dms) << ", " << count(m_options.conversations) << " and " << count(m_options.mentions)
              << ")\n";
    }
}

int Run::exec()
{
    out() << "sync_bench: " << count(m_options.dms) << " DM events in " << count(m_options.conversations)
          << " conversations, " << count(m_options.mentions) << " mentions; SQLite " << sqlite3_libversion() << ", Qt "
          << qVersion() << '\n';
    out().flush();
    const auto fail = [](const Error &error) {
        err() << "sync_bench: " << error.message() << Qt::endl;
        return 1;
    };
    m_dir = m_options.dir;
    if (m_dir.isEmpty()) {
        m_tempDir.emplace();
        if (!m_tempDir->isValid())
            return fail(Error(Error::Code::Storage, u"cannot create a temporary folder"_s));
        m_dir = m_tempDir->path();
    } else if (!QDir().mkpath(m_dir)) {
        return fail(Error(Error::Code::Storage, u"cannot create %1"_s.arg(m_dir)));
    }
    if (auto r = startServer(); !r)
        return fail(r.error());
    if (auto r = syncEndToEnd(); !r)
        return fail(r.error());
    if (auto r = replayIntoStoreAndFloor(); !r)
        return fail(r.error());

    out() << '\n' << m_report.table();
    out() << "ratio = Starling / floor (the raw sqlite3 insert floor of store_bench on the same pages, in wall time "
             "or in CPU time like the figure); higher is better.\n";
    printAim();
    if (!m_options.json.isEmpty()) {
        if (auto r = m_report.writeJson(m_options.json); !r)
            return fail(r.error());
        out() << "\nwrote " << QDir::toNativeSeparators(m_options.json) << '\n';
    }
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sync_bench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(STARLING_VERSION));
    // Migration and sync notes are not figures; warnings still show.
    QLoggingCategory::setFilterRules(u"starling.*.info=false"_s);

    auto options = parseOptions(app);
    if (!options) {
        err() << "sync_bench: " << options.error().message() << Qt::endl;
        return 2;
    }
    Run run(std::move(options).value());
    return run.exec();
}
