// SPDX-License-Identifier: GPL-3.0-or-later
// store_bench: how fast the store takes sync pages and answers the inbox's queries, measured next
// to the same work done with the raw sqlite3 C API (the floor, see SqliteFloor.h).
//
// A program that prints figures, never a CTest test: timings depend on the machine, so nothing
// here passes or fails on speed. It prints one table (figure, Starling, floor, ratio) and, with
// --json, writes the same figures for scripts.

#include "BenchData.h"
#include "BenchReport.h"
#include "SqliteFloor.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/FtsQuery.h"
#include "store/MessageRepository.h"
#include "store/PageWriter.h"
#include "store/SearchRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace starling;
using namespace starling::bench;

namespace {

constexpr int pageLimit = 50; // rows per conversation page, thread page and search page
constexpr int wordsPerKind = 4; // search words of each kind, taken in turn
constexpr int pagesPerBlock = 20; // pages generated at once, then written to both stores

struct Options
{
    ProfileSpec spec;
    int queries = 200;
    QString dir;
    QString json;
    bool explain = false;
};

/** QList's operator== in Qt 6.4 passes a null pointer to memcmp for an empty list; this does not. */
bool sameIds(const QList<qint64> &a, const QList<qint64> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

Result<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures the store against the raw sqlite3 C API: insert rate with the search index, "
        "conversation and thread page latency, search latency and bytes on disk per message."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages in the profile (default 1000000)."_s, u"N"_s);
    const QCommandLineOption conversations(u"conversations"_s, u"Conversations (default 50000)."_s, u"N"_s);
    const QCommandLineOption threadSize(u"thread-size"_s, u"Messages of the one big thread (default 10000)."_s, u"N"_s);
    const QCommandLineOption queries(u"queries"_s, u"Repetitions of each query (default 200)."_s, u"N"_s);
    const QCommandLineOption dir(
        u"dir"_s, u"Where to put the databases, which are kept (default: a temporary folder, removed at the end)."_s,
        u"DIR"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption quick(u"quick"_s,
                                   u"A small profile for a smoke run: 50000 messages, 2500 conversations, a "
                                   "2000-message thread and 50 queries (explicit options still win)."_s);
    const QCommandLineOption explain(u"explain"_s, u"Also print the query plans of the read queries."_s);
    parser.addOptions({messages, conversations, threadSize, queries, dir, json, quick, explain});
    parser.process(app);

    Options options;
    if (parser.isSet(quick)) {
        options.spec.messages = 50'000;
        options.spec.conversations = 2'500;
        options.spec.threadSize = 2'000;
        options.queries = 50;
    }
    qint64 conversationCount = options.spec.conversations;
    qint64 threadCount = options.spec.threadSize;
    qint64 queryCount = options.queries;
    for (const auto &[option, target] :
         {std::pair{&messages, &options.spec.messages}, std::pair{&conversations, &conversationCount},
          std::pair{&threadSize, &threadCount}, std::pair{&queries, &queryCount}}) {
        if (auto r = readCount(parser, *option, *target); !r)
            return r.error();
    }
    options.spec.conversations = int(conversationCount);
    options.spec.threadSize = int(threadCount);
    options.queries = int(queryCount);
    if (const QString problem = BenchData::checkSpec(options.spec); !problem.isEmpty())
        return Error(Error::Code::InvalidInput, problem);
    options.dir = parser.value(dir);
    options.json = parser.value(json);
    options.explain = parser.isSet(explain);
    return options;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(path + suffix))
            QFile::remove(path + suffix);
    }
}

/** Latency samples of one query kind, in nanoseconds, for both stores. */
struct Latencies
{
    std::vector<qint64> starling;
    std::vector<qint64> floor;
};

/**
 * Runs both queries @p warmup + @p runs times, interleaved (and alternating which goes first),
 * so that both see the same machine: other processes, CPU frequency, the OS page cache.
 */
Result<Latencies> measure(int warmup, int runs, const std::function<Result<void>(int)> &starlingQuery,
                          const std::function<Result<void>(int)> &floorQuery)
{
    Latencies samples;
    samples.starling.reserve(runs);
    samples.floor.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < warmup + runs; ++i) {
        for (int turn = 0; turn < 2; ++turn) {
            const bool starlingTurn = (turn == 0) == (i % 2 == 0);
            timer.start();
            auto r = starlingTurn ? starlingQuery(i) : floorQuery(i);
            const qint64 ns = timer.nsecsElapsed();
            if (!r)
                return r.error();
            if (i >= warmup)
                (starlingTurn ? samples.starling : samples.floor).push_back(ns);
        }
    }
    return samples;
}

void addLatency(BenchReport &report, const QString &key, const QString &label, Latencies &samples)
{
    for (const double percent : {50.0, 99.0}) {
        const QString p = u"p%1"_s.arg(int(percent));
        report.add({key + u'_' + p, label + u' ' + p, u"ms"_s, BenchReport::percentileMs(samples.starling, percent),
                    BenchReport::percentileMs(samples.floor, percent)});
    }
}

class Run
{
public:
    explicit Run(Options options)
        : m_options(std::move(options))
    {
    }

    int exec();

private:
    Result<void> prepareFiles();
    Result<void> insert();
    Result<void> checkpointAndMeasureSize();
    Result<void> openReaders();
    void checkEquivalence();
    Result<void> measureQueries();
    Result<void> measureContactTimeline();
    void printAims() const;

    Options m_options;
    std::optional<QTemporaryDir> m_tempDir;
    QString m_starlingPath;
    QString m_floorPath;
    std::unique_ptr<BenchData> m_data;
    std::unique_ptr<Database> m_starling;
    std::unique_ptr<SqliteFloor> m_floor;
    std::unique_ptr<Database> m_starlingReader;
    std::unique_ptr<SqliteFloor> m_floorReader;
    QStringList m_commonWords;
    QStringList m_rareWords;
    BenchReport m_report;
    QStringList m_disagreements;
};

Result<void> Run::prepareFiles()
{
    QString dir = m_options.dir;
    if (dir.isEmpty()) {
        m_tempDir.emplace();
        if (!m_tempDir->isValid())
            return Error(Error::Code::Storage, u"cannot create a temporary folder: %1"_s.arg(m_tempDir->errorString()));
        dir = m_tempDir->path();
    } else if (!QDir().mkpath(dir)) {
        return Error(Error::Code::Storage, u"cannot create %1"_s.arg(dir));
    }
    m_starlingPath = QDir(dir).absoluteFilePath(u"starling.sqlite"_s);
    m_floorPath = QDir(dir).absoluteFilePath(u"floor.sqlite"_s);
    removeDatabase(m_starlingPath);
    removeDatabase(m_floorPath);

    auto starling = Database::openSqlite(m_starlingPath, Database::Role::Writer);
    if (!starling)
        return starling.error();
    m_starling = std::move(starling).value();
    if (auto r = AccountRepository(*m_starling).upsert(m_data->account()); !r)
        return r.error();

    // The floor's schema comes from Starling's own migrations, so both stores maintain exactly the
    // same tables, indexes, FTS5 table and triggers, now and after every future migration.
    {
        auto schema = Database::openSqlite(m_floorPath, Database::Role::Writer);
        if (!schema)
            return schema.error();
        if (auto r = AccountRepository(*schema.value()).upsert(m_data->account()); !r)
            return r.error();
    }
    auto floor = SqliteFloor::open(m_floorPath, SqliteFloor::Mode::Writer);
    if (!floor)
        return floor.error();
    m_floor = std::move(floor).value();
    out() << "databases: " << QDir::toNativeSeparators(dir) << '\n';
    return {};
}

Result<void> Run::insert()
{
    PageWriter writer(*m_starling);
    const int pages = m_data->pageCount();
    qint64 starlingNs = 0;
    qint64 floorNs = 0;
    qint64 written = 0;
    int reportedTenth = 0;
    QElapsedTimer timer;
    QElapsedTimer total;
    total.start();
    std::vector<SyncPage> syncPages;
    std::vector<FloorPage> floorPages;
    for (int first = 0, block = 0; first < pages; first += pagesPerBlock, ++block) {
        const int end = std::min(pages, first + pagesPerBlock);
        syncPages.clear();
        floorPages.clear();
        for (int p = first; p < end; ++p) {
            syncPages.push_back(m_data->page(p));
            floorPages.push_back(FloorPage::fromSyncPage(syncPages.back()));
        }
        const auto writeStarling = [&]() -> Result<void> {
            for (const SyncPage &page : syncPages) {
                timer.start();
                auto r = writer.write(page);
                starlingNs += timer.nsecsElapsed();
                if (!r)
                    return r.error();
            }
            return {};
        };
        const auto writeFloor = [&]() -> Result<void> {
            for (const FloorPage &page : floorPages) {
                timer.start();
                auto r = m_floor->write(page);
                floorNs += timer.nsecsElapsed();
                if (!r)
                    return r.error();
            }
            return {};
        };
        // Take turns going first, so neither store always runs right after the other one has
        // filled the CPU caches and the OS page cache with its own pages.
        const bool starlingFirst = block % 2 == 0;
        if (auto r = starlingFirst ? writeStarling() : writeFloor(); !r)
            return r;
        if (auto r = starlingFirst ? writeFloor() : writeStarling(); !r)
            return r;
        for (const SyncPage &page : syncPages)
            written += page.messages.size();

        const int tenth = int(qint64(end) * 10 / pages);
        if (tenth > reportedTenth) {
            reportedTenth = tenth;
            err() << "  " << tenth * 10 << "%  " << count(written) << " messages: Starling "
                  << number(double(written) / (double(starlingNs) / 1e9)) << " msg/s, floor "
                  << number(double(written) / (double(floorNs) / 1e9)) << " msg/s" << Qt::endl;
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    out() << "inserted " << count(written) << " messages in " << number(seconds) << " s (Starling "
          << number(double(starlingNs) / 1e9) << " s, floor " << number(double(floorNs) / 1e9)
          << " s, generating the rest)\n";
    m_report.add({u"insert_rate"_s, u"insert rate, search index maintained"_s, u"msg/s"_s,
                  double(written) / (double(starlingNs) / 1e9), double(written) / (double(floorNs) / 1e9)});
    return {};
}

Result<void> Run::checkpointAndMeasureSize()
{
    QSqlQuery checkpoint(m_starling->connection());
    if (!checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !checkpoint.next())
        return Error(Error::Code::Storage, u"the Starling checkpoint failed"_s);
    if (checkpoint.value(0).toInt() != 0)
        return Error(Error::Code::Storage, u"the Starling checkpoint could not finish"_s);
    checkpoint.finish();
    if (auto r = m_floor->checkpoint(); !r)
        return r;
    const double messages = double(m_options.spec.messages);
    const qint64 starlingBytes = fileSize(m_starlingPath) + fileSize(m_starlingPath + u"-wal"_s);
    const qint64 floorBytes = fileSize(m_floorPath) + fileSize(m_floorPath + u"-wal"_s);
    m_report.add({u"bytes_per_message"_s, u"bytes on disk per message"_s, u"B/msg"_s, double(starlingBytes) / messages,
                  double(floorBytes) / messages});
    out() << "on disk after a checkpoint: Starling " << number(double(starlingBytes) / 1048576.0) << " MiB, floor "
          << number(double(floorBytes) / 1048576.0) << " MiB\n";
    return {};
}

Result<void> Run::openReaders()
{
    // The inbox reads through connections of its own, next to the open writer, as the UI does.
    auto reader = Database::openSqlite(m_starlingPath, Database::Role::Reader);
    if (!reader)
        return reader.error();
    m_starlingReader = std::move(reader).value();
    auto floorReader = SqliteFloor::open(m_floorPath, SqliteFloor::Mode::Reader);
    if (!floorReader)
        return floorReader.error();
    m_floorReader = std::move(floorReader).value();

    QSqlQuery version(m_starlingReader->connection());
    if (version.exec(u"SELECT sqlite_version()"_s) && version.next()
        && version.value(0).toString() != QString::fromLatin1(sqlite3_libversion())) {
        out() << "note: Qt Sql runs SQLite " << version.value(0).toString() << ", the floor runs "
              << sqlite3_libversion() << "; the ratios compare different SQLite versions\n";
    }
    return {};
}

void Run::checkEquivalence()
{
    // Both stores must hold the same rows, or the ratios would compare different work.
    auto starlingView = SqliteFloor::open(m_starlingPath, SqliteFloor::Mode::Reader);
    if (!starlingView) {
        m_disagreements << starlingView.error().message();
        return;
    }
    auto a = starlingView.value()->fingerprint();
    auto b = m_floorReader->fingerprint();
    if (!a || !b)
        m_disagreements << (!a ? a.error() : b.error()).message();
    else if (a.value() != b.value())
        m_disagreements << u"the stored rows differ: Starling [%1], floor [%2]"_s.arg(a.value(), b.value());
}

Result<void> Run::measureQueries()
{
    ConversationRepository conversations(*m_starlingReader);
    MessageRepository messages(*m_starlingReader);
    SearchRepository search(*m_starlingReader);

    const QString threadRemoteId = m_data->bigThreadRemoteId();
    QSqlQuery find(m_starlingReader->connection());
    find.prepare(u"SELECT id FROM conversations WHERE remote_id = ?"_s);
    find.addBindValue(threadRemoteId);
    if (!find.exec() || !find.next())
        return Error(Error::Code::NotFound, u"the big thread is not stored"_s);
    const qint64 starlingThread = find.value(0).toLongLong();
    find.finish();
    auto floorThread = m_floorReader->conversationId(threadRemoteId.toUtf8());
    if (!floorThread)
        return floorThread.error();

    m_commonWords = m_data->commonWords(wordsPerKind);
    m_rareWords = m_data->rareWords(wordsPerKind);
    const auto matchesOf = [](const QStringList &words) {
        QList<QByteArray> matches;
        for (const QString &w : words)
            matches << ftsquery::fromUserText(w).toUtf8();
        return matches;
    };
    const QList<QByteArray> commonMatches = matchesOf(m_commonWords);
    const QList<QByteArray> rareMatches = matchesOf(m_rareWords);
    out() << "search words (share of messages that hold them, expected / found):\n";
    for (const auto &[words, matches] :
         {std::pair{&m_commonWords, &commonMatches}, std::pair{&m_rareWords, &rareMatches}}) {
        QStringList parts;
        for (qsizetype i = 0; i < words->size(); ++i) {
            auto found = m_floorReader->matchCount(matches->at(i));
            if (!found)
                return found.error();
            parts << u"%1 %2% / %3%"_s.arg(
                words->at(i), QString::number(100 * m_data->expectedShare(words->at(i)), 'g', 2),
                QString::number(100.0 * double(found.value()) / double(m_options.spec.messages), 'g', 2));
        }
        out() << "  " << (words == &m_commonWords ? "common: " : "rare:   ") << parts.join(u", "_s) << '\n';
    }
    out().flush();

    // The same answers from both, checked once outside the timings.
    {
        auto s = conversations.page({}, pageLimit);
        auto f = m_floorReader->conversationPage(pageLimit);
        if (!s || !f)
            return !s ? s.error() : f.error();
        QList<qint64> ids;
        for (const ConversationSummary &c : s.value())
            ids << c.conversation.id;
        if (!sameIds(ids, f.value()))
            m_disagreements << u"the first conversation page differs"_s;
    }
    {
        auto s = messages.threadPage(starlingThread, pageLimit);
        auto f = m_floorReader->threadPage(floorThread.value(), pageLimit);
        if (!s || !f)
            return !s ? s.error() : f.error();
        QList<qint64> ids;
        for (auto it = s.value().crbegin(); it != s.value().crend(); ++it)
            ids << it->id;
        if (!sameIds(ids, f.value()) || ids.size() != pageLimit)
            m_disagreements << u"the thread page differs"_s;
    }
    for (qsizetype i = 0; i < m_commonWords.size() + m_rareWords.size(); ++i) {
        const bool common = i < m_commonWords.size();
        const qsizetype w = common ? i : i - m_commonWords.size();
        SearchRequest request;
        request.text = common ? m_commonWords.at(w) : m_rareWords.at(w);
        request.limit = pageLimit;
        auto s = search.search(request);
        auto f = m_floorReader->search(common ? commonMatches.at(w) : rareMatches.at(w), pageLimit);
        if (!s || !f)
            return !s ? s.error() : f.error();
        QList<qint64> ids;
        for (const SearchHit &hit : s.value())
            ids << hit.message.id;
        if (!sameIds(ids, f.value()))
            m_disagreements << u"search results for \"%1\" differ"_s.arg(request.text);
    }

    const int runs = m_options.queries;
    const int warmup = std::clamp(runs / 10, 1, 10);
    const QString threadLabel = u"thread page (newest %1 of %2)"_s.arg(pageLimit).arg(count(m_options.spec.threadSize));

    auto page = measure(
        warmup, runs,
        [&](int) -> Result<void> {
            auto r = conversations.page({}, pageLimit);
            return r ? Result<void>() : r.error();
        },
        [&](int) -> Result<void> {
            auto r = m_floorReader->conversationPage(pageLimit);
            return r ? Result<void>() : r.error();
        });
    if (!page)
        return page.error();
    addLatency(m_report, u"conversation_page"_s, u"first conversation page (%1)"_s.arg(pageLimit), page.value());

    auto thread = measure(
        warmup, runs,
        [&](int) -> Result<void> {
            auto r = messages.threadPage(starlingThread, pageLimit);
            return r ? Result<void>() : r.error();
        },
        [&](int) -> Result<void> {
            auto r = m_floorReader->threadPage(floorThread.value(), pageLimit);
            return r ? Result<void>() : r.error();
        });
    if (!thread)
        return thread.error();
    addLatency(m_report, u"thread_page"_s, threadLabel, thread.value());

    for (const bool common : {true, false}) {
        const QStringList &words = common ? m_commonWords : m_rareWords;
        const QList<QByteArray> &matches = common ? commonMatches : rareMatches;
        auto searched = measure(
            warmup, runs,
            [&](int i) -> Result<void> {
                SearchRequest request;
                request.text = words.at(i % words.size());
                request.limit = pageLimit;
                auto r = search.search(request);
                return r ? Result<void>() : r.error();
            },
            [&](int i) -> Result<void> {
                auto r = m_floorReader->search(matches.at(i % matches.size()), pageLimit);
                return r ? Result<void>() : r.error();
            });
        if (!searched)
            return searched.error();
        addLatency(m_report, common ? u"search_common"_s : u"search_rare"_s,
                   common ? u"search, common word (~10%)"_s : u"search, rare word (~0.01%)"_s, searched.value());
    }
    return {};
}

Result<void> Run::measureContactTimeline()
{
    // Everyone who wrote becomes a contact, as the Contacts view and `contacts list` make them.
    QElapsedTimer timer;
    timer.start();
    auto made = ContactRepository(*m_starling).ensureContactsForPeople();
    if (!made)
        return made.error();
    out() << "made " << count(made.value()) << " contacts of the people who wrote in "
          << number(double(timer.nsecsElapsed()) / 1e9) << " s\n";

    // The person who wrote the most: their timeline is the longest to page through.
    QSqlQuery busiest(m_starlingReader->connection());
    if (!busiest.exec(u"SELECT i.contact_id, count(*) AS n FROM messages m JOIN identities i ON i.id = m.author_id"
                      " WHERE i.contact_id IS NOT NULL GROUP BY i.contact_id ORDER BY n DESC LIMIT 1"_s)
        || !busiest.next())
        return Error(Error::Code::NotFound, u"no contact wrote anything"_s);
    const qint64 contactId = busiest.value(0).toLongLong();
    const qint64 written = busiest.value(1).toLongLong();
    busiest.finish();

    // Page through the whole timeline, newest first, as the profile pane's "Show more" does,
    // several times over; every page is one sample.
    ContactRepository contacts(*m_starlingReader);
    std::vector<qint64> firstPages;
    std::vector<qint64> allPages;
    qint64 entries = 0;
    const int walks = std::clamp(m_options.queries / 20, 2, 10);
    for (int walk = 0; walk <= walks; ++walk) { // walk 0 warms the cache up
        std::optional<TimelineCursor> cursor;
        qint64 seen = 0;
        for (bool first = true;; first = false) {
            timer.start();
            auto page = contacts.timeline(contactId, cursor, pageLimit);
            const qint64 ns = timer.nsecsElapsed();
            if (!page)
                return page.error();
            if (walk > 0) {
                allPages.push_back(ns);
                if (first)
                    firstPages.push_back(ns);
            }
            seen += page->size();
            if (page->size() < pageLimit)
                break;
            cursor = TimelineCursor::after(page->constLast());
        }
        entries = seen;
    }
    out() << "contact timeline: the busiest person wrote " << count(written) << " messages; " << count(entries)
          << " entries in pages of " << pageLimit << '\n';
    for (const double percent : {50.0, 99.0}) {
        const QString p = u"p%1"_s.arg(int(percent));
        m_report.add({u"contact_timeline_first_"_s + p, u"contact timeline, first page "_s + p, u"ms"_s,
                      BenchReport::percentileMs(firstPages, percent), 0});
        m_report.add({u"contact_timeline_page_"_s + p, u"contact timeline, any page "_s + p, u"ms"_s,
                      BenchReport::percentileMs(allPages, percent), 0});
    }
    return {};
}

void Run::printAims() const
{
    const auto figure = [&](const QString &key) {
        for (const BenchFigure &f : m_report.figures()) {
            if (f.key == key)
                return f;
        }
        return BenchFigure();
    };
    const auto verdict = [](bool met) { return met ? u"met"_s : u"MISSED"_s; };
    out() << "\naims";
    if (m_options.spec.messages != 1'000'000)
        out() << " (set for 1,000,000 messages; this run has " << count(m_options.spec.messages) << ")";
    out() << ":\n";
    const double insertRatio = figure(u"insert_rate"_s).ratio();
    out() << "  insert rate at least half the floor: " << QString::number(insertRatio, 'f', 2) << " of it, "
          << verdict(insertRatio >= 0.5) << '\n';
    for (const auto &[key, label] : {std::pair{u"conversation_page_p99"_s, u"conversation page p99"_s},
                                     std::pair{u"thread_page_p99"_s, u"thread page p99"_s},
                                     std::pair{u"search_common_p50"_s, u"search p50, common word"_s},
                                     std::pair{u"search_rare_p50"_s, u"search p50, rare word"_s},
                                     std::pair{u"contact_timeline_page_p99"_s, u"contact timeline page p99"_s}}) {
        const double ms = figure(key).value;
        out() << "  " << label << " under 5 ms: " << number(ms) << " ms, " << verdict(ms < 5.0) << '\n';
    }
}

int Run::exec()
{
    const ProfileSpec &spec = m_options.spec;
    out() << "store_bench: " << count(spec.messages) << " messages, " << count(spec.conversations)
          << " conversations, one of " << count(spec.threadSize) << " messages, pages of " << spec.pageSize << ", "
          << m_options.queries << " runs of each query\n";
    out() << "SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << '\n';
    out().flush();

    QElapsedTimer planning;
    planning.start();
    m_data = std::make_unique<BenchData>(spec);
    out() << "planned the profile in " << number(double(planning.nsecsElapsed()) / 1e9)
          << " s: " << count(m_data->pageCount()) << " pages touching " << number(m_data->meanConversationsPerPage())
          << " conversations each on average\n";

    const auto fail = [](const Error &error) {
        err() << "store_bench: " << error.message() << Qt::endl;
        return 1;
    };
    if (auto r = prepareFiles(); !r)
        return fail(r.error());
    out().flush();
    if (auto r = insert(); !r)
        return fail(r.error());
    if (auto r = checkpointAndMeasureSize(); !r)
        return fail(r.error());
    if (auto r = openReaders(); !r)
        return fail(r.error());
    checkEquivalence();
    if (auto r = measureQueries(); !r)
        return fail(r.error());
    if (auto r = measureContactTimeline(); !r)
        return fail(r.error());

    // The bytes figure was measured before the queries; show it last, as the issue lists it.
    BenchReport ordered;
    for (const BenchFigure &f : m_report.figures()) {
        if (f.key != u"bytes_per_message"_s)
            ordered.add(f);
    }
    for (const BenchFigure &f : m_report.figures()) {
        if (f.key == u"bytes_per_message"_s)
            ordered.add(f);
    }
    m_report = ordered;

    out() << '\n' << m_report.table();
    out() << "ratio = Starling / floor: for the insert rate higher is better, for the others lower is better.\n";
    printAims();
    if (m_options.explain) {
        auto plans = m_floorReader->explainReads();
        out() << "\nquery plans (the floor runs Starling's SQL):\n"
              << (plans ? plans.value() : plans.error().message());
    }
    if (!m_options.json.isEmpty()) {
        if (auto r = m_report.writeJson(m_options.json); !r)
            return fail(r.error());
        out() << "\nwrote " << QDir::toNativeSeparators(m_options.json) << '\n';
    }
    out().flush();
    if (!m_disagreements.isEmpty()) {
        for (const QString &d : std::as_const(m_disagreements))
            err() << "store_bench: Starling and the floor disagree: " << d << '\n';
        err() << "store_bench: the ratios above compare different work; fix the floor or the store" << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"store_bench"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(STARLING_VERSION));
    // The migration notes are not figures; warnings still show.
    QLoggingCategory::setFilterRules(u"starling.core.store.info=false"_s);

    auto options = parseOptions(app);
    if (!options) {
        err() << "store_bench: " << options.error().message() << Qt::endl;
        return 2;
    }
    Run run(std::move(options).value());
    return run.exec();
}
