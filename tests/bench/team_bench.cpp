// SPDX-License-Identifier: GPL-3.0-or-later
// team_bench: a team workspace's store on PostgreSQL next to the local store on SQLite (the floor),
// on the same generated profile: ingest rate and the inbox's and a long thread's page latencies;
// then what the team features add: presence latency (an agent opens or starts answering a
// conversation, until another agent's app knows it, through NOTIFY) and the sync lead's failover
// (the leader's app quits, until another agent's app leads). Figures only, never pass or fail.
//
// It starts a private PostgreSQL cluster on loopback (tests/support/PostgresServer), as the tests do.
//
//   team_bench [--messages N] [--rounds N] [--json FILE]
#include "BenchData.h"
#include "BenchReport.h"
#include "PostgresServer.h"
#include "store/AccountRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/PageWriter.h"
#include "store/SearchRepository.h"
#include "team/Presence.h"
#include "team/SyncLeadership.h"
#include "team/TeamAgents.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace starling;
using namespace starling::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int pageLimit = 50;

struct Engines
{
    std::unique_ptr<Database> postgres;
    std::unique_ptr<Database> sqlite;
};

/** Waits, running the event loop, until @p done or @p timeoutMs; whether it is done. */
template<typename F>
bool waitUntil(F done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

/** The p50 and p99 of @p samples (nanoseconds), next to those of @p floor when there is one. */
void addPercentiles(BenchReport &report, const QString &key, const QString &label, std::vector<qint64> &samples,
                    std::vector<qint64> floor = {})
{
    for (double percent : {50.0, 99.0}) {
        const QString p = u"p%1"_s.arg(int(percent));
        report.add({key + u'_' + p, label + u' ' + p, u"ms"_s, BenchReport::percentileMs(samples, percent),
                    floor.empty() ? 0 : BenchReport::percentileMs(floor, percent)});
    }
}

Result<void> ingest(const BenchData &data, Engines &engines, BenchReport &report)
{
    for (Database *db : {engines.postgres.get(), engines.sqlite.get()}) {
        if (auto r = AccountRepository(*db).upsert(data.account()); !r)
            return r.error();
    }
    PageWriter postgres(*engines.postgres);
    PageWriter sqlite(*engines.sqlite);
    qint64 postgresNs = 0;
    qint64 sqliteNs = 0;
    qint64 written = 0;
    QElapsedTimer timer;
    for (int p = 0; p < data.pageCount(); ++p) {
        const SyncPage page = data.page(p);
        // Take turns going first, so neither always follows the other's work.
        for (int turn = 0; turn < 2; ++turn) {
            const bool pg = (p + turn) % 2 == 0;
            timer.start();
            auto r = pg ? postgres.write(page) : sqlite.write(page);
            (pg ? postgresNs : sqliteNs) += timer.nsecsElapsed();
            if (!r)
                return r.error();
        }
        written += page.messages.size();
        if (p % 1000 == 999)
            err() << "  " << written << " messages\n" << Qt::flush;
    }
    report.add({u"team_ingest"_s, u"Ingest, PostgreSQL (floor: SQLite)"_s, u"msg/s"_s,
                double(written) * 1e9 / double(postgresNs), double(written) * 1e9 / double(sqliteNs)});
    return {};
}

Result<void> pages(const BenchData &data, Engines &engines, int rounds, BenchReport &report)
{
    std::vector<qint64> samples[2][2]; // [engine][inbox, thread]
    qint64 thread[2] = {0, 0};
    Database *dbs[2] = {engines.postgres.get(), engines.sqlite.get()};
    for (int e = 0; e < 2; ++e) {
        QSqlQuery find(dbs[e]->connection());
        find.prepare(u"SELECT id FROM conversations WHERE remote_id = ?"_s);
        find.addBindValue(data.bigThreadRemoteId());
        if (!find.exec() || !find.next())
            return Error(Error::Code::NotFound, u"the big thread is not stored"_s);
        thread[e] = find.value(0).toLongLong();
    }
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (int e = 0; e < 2; ++e) {
            ConversationRepository conversations(*dbs[e]);
            MessageRepository messages(*dbs[e]);
            timer.start();
            auto inbox = conversations.page({}, pageLimit);
            samples[e][0].push_back(timer.nsecsElapsed());
            timer.start();
            auto page = messages.threadPage(thread[e], pageLimit);
            samples[e][1].push_back(timer.nsecsElapsed());
            if (!inbox || !page)
                return !inbox ? inbox.error() : page.error();
        }
    }
    addPercentiles(report, u"team_inbox_page"_s, u"Inbox page of 50, PostgreSQL"_s, samples[0][0], samples[1][0]);
    addPercentiles(report, u"team_thread_page"_s, u"Thread page of 50, PostgreSQL"_s, samples[0][1], samples[1][1]);
    return {};
}

/**
 * What row-level security costs: the same pages, and a search for a common and a rare word, read
 * by an agent's role (who belongs to the inbox) next to the administrator, whom no policy filters.
 */
Result<void> agentPages(const BenchData &data, const Database::PostgresSettings &settings, Database &administrator,
                        int rounds, BenchReport &report)
{
    auto added = team::addAgent(administrator, u"bench_agent"_s);
    if (!added)
        return added.error();
    if (auto r = team::grantInbox(administrator, u"bench_agent"_s, data.account().id); !r)
        return r;
    Database::PostgresSettings agentSettings = settings;
    agentSettings.user = u"bench_agent"_s;
    agentSettings.password = added->password;
    auto agent = Database::openPostgres(agentSettings, Database::Role::Reader);
    if (!agent)
        return agent.error();
    Database *dbs[2] = {agent.value().get(), &administrator};
    QSqlQuery find(administrator.connection());
    find.prepare(u"SELECT id FROM conversations WHERE remote_id = ?"_s);
    find.addBindValue(data.bigThreadRemoteId());
    if (!find.exec() || !find.next())
        return Error(Error::Code::NotFound, u"the big thread is not stored"_s);
    const qint64 thread = find.value(0).toLongLong();
    const QStringList words = {data.commonWords(1).constFirst(), data.rareWords(1).constFirst()};

    std::vector<qint64> samples[2][4]; // [agent, administrator][inbox, thread, common word, rare word]
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        for (int d = 0; d < 2; ++d) {
            timer.start();
            auto inbox = ConversationRepository(*dbs[d]).page({}, pageLimit);
            samples[d][0].push_back(timer.nsecsElapsed());
            timer.start();
            auto page = MessageRepository(*dbs[d]).threadPage(thread, pageLimit);
            samples[d][1].push_back(timer.nsecsElapsed());
            if (!inbox || !page || inbox->size() != pageLimit || page->size() != pageLimit)
                return Error(Error::Code::Storage, u"an agent's page came back short or failed"_s);
            for (int w = 0; w < 2; ++w) {
                SearchRequest request;
                request.text = words.at(w);
                request.limit = pageLimit;
                timer.start();
                auto hits = SearchRepository(*dbs[d]).search(request);
                samples[d][2 + w].push_back(timer.nsecsElapsed());
                if (!hits || hits->isEmpty())
                    return Error(Error::Code::Storage, u"an agent's search found nothing"_s);
            }
        }
    }
    addPercentiles(report, u"team_agent_inbox_page"_s, u"Inbox page, agent under RLS (floor: admin)"_s, samples[0][0],
                   samples[1][0]);
    addPercentiles(report, u"team_agent_thread_page"_s, u"Thread page, agent under RLS (floor: admin)"_s, samples[0][1],
                   samples[1][1]);
    addPercentiles(report, u"team_agent_search_common"_s, u"Search, common word, agent (floor: admin)"_s, samples[0][2],
                   samples[1][2]);
    addPercentiles(report, u"team_agent_search_rare"_s, u"Search, rare word, agent (floor: admin)"_s, samples[0][3],
                   samples[1][3]);
    return {};
}

Result<void> presence(const Database::PostgresSettings &settings, int rounds, BenchReport &report)
{
    Presence ana(settings, u"ana"_s);
    Presence ben(settings, u"ben"_s);
    // Only NOTIFY can be timed here: no heartbeat comes during a round.
    ana.setHeartbeat(std::chrono::minutes(10));
    ben.setHeartbeat(std::chrono::minutes(10));
    ana.start();
    ben.start();
    ben.show(7);
    ana.show(7);
    if (!waitUntil([&ben] { return ben.others().size() == 1; }, 10000))
        return Error(Error::Code::Timeout, u"presence never arrived"_s);
    std::vector<qint64> samples;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        const auto activity = round % 2 == 0 ? Presence::Activity::Replying : Presence::Activity::Viewing;
        timer.start();
        ana.show(7, activity);
        if (!waitUntil([&] { return !ben.others().isEmpty() && ben.others().constFirst().activity == activity; },
                       10000))
            return Error(Error::Code::Timeout, u"a presence change never arrived"_s);
        samples.push_back(timer.nsecsElapsed());
    }
    addPercentiles(report, u"team_presence"_s, u"Presence seen by another agent"_s, samples);
    return {};
}

Result<void> failover(const Database::PostgresSettings &settings, int rounds, BenchReport &report)
{
    const QUuid account = QUuid::createUuid();
    std::vector<qint64> samples;
    QElapsedTimer timer;
    for (int round = 0; round < rounds; ++round) {
        // The product's interval: how often a follower tries for the lead.
        auto first = std::make_unique<SyncLeadership>(settings, u"ana"_s);
        auto second = std::make_unique<SyncLeadership>(settings, u"ben"_s);
        first->start();
        first->want(account);
        if (!waitUntil([&] { return first->leads(account); }, 10000))
            return Error(Error::Code::Timeout, u"no one took the lead"_s);
        second->start();
        second->want(account);
        if (!waitUntil([&] { return second->leader(account) == u"ana"; }, 10000))
            return Error(Error::Code::Timeout, u"the follower never saw the leader"_s);
        timer.start();
        first.reset(); // the leader's app quits
        if (!waitUntil([&] { return second->leads(account); }, 20000))
            return Error(Error::Code::Timeout, u"no one took over"_s);
        samples.push_back(timer.nsecsElapsed());
    }
    addPercentiles(report, u"team_failover"_s, u"Sync lead taken over after the leader quits"_s, samples);
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"team_bench"_s);
    QLoggingCategory::setFilterRules(u"starling.core.store.info=false\nstarling.core.team.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A team workspace on PostgreSQL next to SQLite; presence and failover."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages in the generated profile (200000)."_s, u"N"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Rounds of each latency (200; failover: a tenth)."_s, u"N"_s);
    const QCommandLineOption json(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    parser.addOptions({messages, rounds, json});
    parser.process(app);
    ProfileSpec spec;
    spec.messages = 200'000;
    qint64 roundCount = 200;
    for (auto r :
         {readCount(parser, messages, spec.messages, 10'000'000), readCount(parser, rounds, roundCount, 100'000)}) {
        if (!r) {
            err() << "team_bench: " << r.error().message() << Qt::endl;
            return 2;
        }
    }
    // A twentieth of the messages in the big thread, a conversation per twenty messages, as at the default size.
    spec.threadSize = int(std::min<qint64>(10'000, std::max<qint64>(100, spec.messages / 20)));
    spec.conversations = int(std::min<qint64>(10'000, std::max<qint64>(100, spec.messages / 20)));
    if (const QString problem = BenchData::checkSpec(spec); !problem.isEmpty()) {
        err() << "team_bench: " << problem << Qt::endl;
        return 2;
    }

    test::PostgresServer server;
    if (!server.start()) {
        err() << "team_bench: PostgreSQL did not start: " << server.errorString() << Qt::endl;
        return 1;
    }
    auto settings = server.createDatabase();
    QTemporaryDir dir;
    if (!settings || !dir.isValid()) {
        err() << "team_bench: no database to measure" << Qt::endl;
        return 1;
    }
    Engines engines;
    auto postgres = Database::openPostgres(settings.value(), Database::Role::Writer);
    auto sqlite = Database::openSqlite(dir.filePath(u"floor.db"_s), Database::Role::Writer);
    if (!postgres || !sqlite) {
        err() << "team_bench: " << (!postgres ? postgres.error() : sqlite.error()).message() << Qt::endl;
        return 1;
    }
    engines.postgres = std::move(postgres).value();
    engines.sqlite = std::move(sqlite).value();

    BenchReport report;
    const BenchData data(spec);
    out() << "team_bench: " << spec.messages << " messages, " << roundCount << " rounds\n" << Qt::flush;
    for (const auto &step : std::initializer_list<std::function<Result<void>()>>{
             [&] { return ingest(data, engines, report); },
             [&] { return pages(data, engines, int(roundCount), report); },
             [&] { return agentPages(data, settings.value(), *engines.postgres, int(roundCount), report); },
             [&] { return presence(settings.value(), int(roundCount), report); },
             [&] { return failover(settings.value(), std::max(3, int(roundCount / 10)), report); },
         }) {
        if (auto r = step(); !r) {
            err() << "team_bench: " << r.error().message() << Qt::endl;
            return 1;
        }
    }
    out() << report.table() << Qt::flush;
    if (parser.isSet(json)) {
        if (auto r = report.writeJson(parser.value(json)); !r) {
            err() << "team_bench: " << r.error().message() << Qt::endl;
            return 1;
        }
    }
    return 0;
}
