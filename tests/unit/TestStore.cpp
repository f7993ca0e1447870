// SPDX-License-Identifier: GPL-3.0-or-later
// The store: migrations, upserts, paging, unread counts, cursors, search and the writer thread.
// It runs twice: on SQLite (TestStore) and on a private PostgreSQL cluster (TestStore.postgres,
// STARLING_TEST_ENGINE=postgres); what only one engine has is checked on that engine alone.

#include "PostgresServer.h"
#include "Profile.h"
#include "TestData.h"
#include "store/AccountRepository.h"
#include "store/ConversationRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/FtsQuery.h"
#include "store/MessageIdAllocator.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/PageWriter.h"
#include "store/SearchRepository.h"
#include "store/Store.h"
#include "store/UsageRepository.h"

#include <QUuid>

#include <QCryptographicHash>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <QMutex>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/** How many messages the engine's full-text index finds for @p word. */
qint64 indexedCount(Database &db, const QString &word)
{
    return scalar(
        db, db.engine() == Engine::Sqlite
                ? u"SELECT count(*) FROM message_search WHERE message_search MATCH '%1'"_s.arg(word)
                : u"SELECT count(*) FROM messages WHERE search @@ to_tsquery('starling_search', '%1')"_s.arg(word));
}

/**
 * Stores @p page on @p store's writer thread and waits for the answer. A writer that never
 * answers is a hang: the run ends here with a message, because a failed QTRY would only move the
 * wait to the Store's destructor, which waits for the writer thread.
 */
Result<ChangeSet> storeOrAbort(Store &store, const SyncPage &page)
{
    std::optional<Result<ChangeSet>> result;
    QObject context;
    store.storePage(page, &context, [&](const Result<ChangeSet> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000))
        qFatal("The store writer did not answer within a minute: it hangs.");
    return *result;
}

/** Runs @p sql on @p store's writer thread and waits for it. */
bool execOnWriter(Store &store, const QString &sql)
{
    std::optional<bool> done;
    QObject context;
    store.write(
        "a test's write",
        [sql](Database &db) -> Result<ChangeSet> {
            QSqlQuery q(db.connection());
            if (!q.exec(sql))
                return Error(Error::Code::Storage, q.lastError().text());
            return ChangeSet();
        },
        &context, [&](const Result<ChangeSet> &r) { done = r.ok(); });
    if (!QTest::qWaitFor([&] { return done.has_value(); }, 60'000))
        qFatal("The store writer did not answer within a minute: it hangs.");
    return *done;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void migratesFromEmpty();
    void apiUsageAddsUp();
    void refusesNewerDatabase();
    void refusesForeignDatabase();
    void upsertIsIdempotent();
    void syncKeepsLocalState();
    void messageRequestsFollowTheNetwork();
    void deletedMessagesAreRemoved();
    void pagingOrder();
    void filters_data();
    void filters();
    void unreadCounts();
    void unreadByAccount();
    void newInboundReopensDone();
    void cursorIsStoredWithItsPage();
    void failedPageStoresNothing();
    void threadPaging();
    void messageIdsFollowTime();
    void extremeTimesAreStored_data();
    void extremeTimesAreStored();
    void fullMillisecondAtTheEdges();
    void searchNewestFirstWithRanges();
    void searchFilters();
    void searchQueries_data();
    void searchQueries();
    void hostileSearchNeverFails_data();
    void hostileSearchNeverFails();
    void ftsQueryFromUserText_data();
    void ftsQueryFromUserText();
    void tsQueryFromUserText_data();
    void tsQueryFromUserText();
    void storeWritesOnWorkerThread();
    void profileOutboxHasOneHolder();
    void changeNoticesCarryIdsOnly();
    void changeNoticesRefuseWhatIsNotOne_data();
    void changeNoticesRefuseWhatIsNotOne();
    void writerTellsTheTeam();
    void concurrentWritersNeverShareAnId();

private:
    Database &db() { return *m_db; }
    bool postgres() const { return m_databases.postgres(); }
    Database::Location newLocation(const QString &name) { return m_databases.newLocation(name); }
    void storeOrFail(const SyncPage &page);
    SyncPage dmPage(const Account &account, int conversations, int messagesEach, qint64 startSecond);

    test::TestDatabases m_databases;
    std::unique_ptr<QTemporaryDir> m_dir;
    Database::Location m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageWriter> m_writer;
    Account m_x = testdata::account(u"shop"_s, Network::X);
    Account m_mastodon = testdata::account(u"shop@mastodon.social"_s, Network::Mastodon);
};

void TestStore::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = newLocation(u"store"_s);
    auto db = Database::open(m_location, Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_db = std::move(db).value();
    AccountRepository accounts(*m_db);
    QVERIFY(accounts.upsert(m_x).ok());
    QVERIFY(accounts.upsert(m_mastodon).ok());
    m_writer = std::make_unique<PageWriter>(*m_db);
}

void TestStore::apiUsageAddsUp()
{
    // The same day and stream twice: one row whose counters add up (an upsert that adds).
    UsageRepository usage(*m_db);
    const QDateTime at(QDate(2026, 3, 14), QTime(10, 0), QTimeZone::utc());
    QVERIFY(usage.record(m_x.id, u"dm"_s, at, 1, 50, 1000).ok());
    QVERIFY(usage.record(m_x.id, u"dm"_s, at.addSecs(3600), 2, 30, 500).ok());
    QVERIFY(usage.record(m_x.id, u"mentions"_s, at, 1, 5, 100).ok());
    auto rows = usage.rows(m_x.id, at.date(), at.date());
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().message()));
    QCOMPARE(rows->size(), 2);
    const auto dm = std::find_if(rows->cbegin(), rows->cend(), [](const UsageRow &r) { return r.stream == u"dm"; });
    QVERIFY(dm != rows->cend());
    QCOMPARE(dm->requests, 3);
    QCOMPARE(dm->resources, 80);
    QCOMPARE(dm->costMicros, 1500);
}

void TestStore::cleanup()
{
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStore::storeOrFail(const SyncPage &page)
{
    auto r = m_writer->write(page);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
}

SyncPage TestStore::dmPage(const Account &account, int conversations, int messagesEach, qint64 startSecond)
{
    SyncPage page;
    page.accountId = account.id;
    page.stream = u"dm"_s;
    for (int c = 0; c < conversations; ++c) {
        const QString person = u"p%1"_s.arg(c);
        const QString conv = u"c%1"_s.arg(c);
        page.identities << testdata::person(account.id, person);
        page.conversations << testdata::directConversation(account.id, conv, person);
        for (int m = 0; m < messagesEach; ++m) {
            page.messages << testdata::inboundDm(account.id, conv, u"m%1-%2"_s.arg(c).arg(m), person,
                                                 u"message %1 of conversation %2"_s.arg(m).arg(c),
                                                 testdata::at(startSecond + c * 100 + m));
        }
    }
    return page;
}

void TestStore::migratesFromEmpty()
{
    QCOMPARE(scalar(db(), u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s),
             Database::latestSchemaVersion());
    QStringList tables{u"accounts"_s, u"identities"_s,   u"conversations"_s, u"messages"_s,       u"attachments"_s,
                       u"drafts"_s,   u"sync_cursors"_s, u"contacts"_s,      u"pipeline_stages"_s};
    if (postgres()) {
        // The words of each message are a generated column with a GIN index.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM pg_indexes WHERE indexname = 'messages_search'"_s), 1);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM information_schema.columns"
                              " WHERE table_name = 'messages' AND column_name = 'search'"_s),
                 1);
    } else {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(scalar(db(), u"PRAGMA foreign_keys"_s), 1);
        tables << u"message_search"_s;
    }
    for (const QString &table : std::as_const(tables))
        QVERIFY2(db().connection().tables().contains(table), qPrintable(table));
    // The pipeline's first stages are there on both engines.
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM pipeline_stages"_s), 5);

    // Opening again migrates nothing and keeps the data.
    m_writer.reset();
    m_db.reset();
    auto again = Database::open(m_location, Database::Role::Writer);
    QVERIFY(again.ok());
    QCOMPARE(scalar(*again.value(), u"SELECT count(*) FROM accounts"_s), 2);
}

void TestStore::refusesNewerDatabase()
{
    const QString path = db().path();
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(u"UPDATE schema_meta SET value = '999' WHERE key = 'schema_version'"_s));
    if (!postgres())
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    q.finish();
    m_writer.reset();
    m_db.reset();
    const QByteArray before = postgres() ? QByteArray("not a file") : fileHash(path);
    QVERIFY(!before.isEmpty());

    for (auto role : {Database::Role::Writer, Database::Role::Reader}) {
        auto refused = Database::open(m_location, role);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), Error::Code::Storage);
        QVERIFY2(refused.error().message().contains(u"newer version"_s), qPrintable(refused.error().message()));
        QVERIFY(refused.error().message().contains(u"999"_s));
    }
    auto store = Store::open(m_location);
    QVERIFY(!store.ok());
    if (postgres())
        return;
    QCOMPARE(fileHash(path), before);
}

void TestStore::refusesForeignDatabase()
{
    if (postgres()) {
        // A team database that holds another program's tables is left as it is.
        const Database::Location other = newLocation(u"other"_s);
        {
            auto foreign = QSqlDatabase::addDatabase(u"QPSQL"_s, u"foreign"_s);
            foreign.setHostName(other.postgres.host);
            foreign.setPort(other.postgres.port);
            foreign.setUserName(other.postgres.user);
            foreign.setDatabaseName(other.postgres.database);
            QVERIFY(foreign.open());
            QSqlQuery q(foreign);
            QVERIFY(q.exec(u"CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT)"_s));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        auto refused = Database::open(other, Database::Role::Writer);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(u"not a Starling database"_s));
        return;
    }
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    {
        auto other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    const QByteArray before = fileHash(path);
    auto refused = Database::openSqlite(path, Database::Role::Writer);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message().contains(u"not a Starling database"_s));
    QCOMPARE(fileHash(path), before);
}

void TestStore::upsertIsIdempotent()
{
    SyncPage page = dmPage(m_x, 3, 4, 0);
    page.messages[0].attachments << Attachment{Attachment::Kind::Image, u"media1"_s,
                                               QUrl(u"https://example.com/a.jpg"_s)};
    auto first = m_writer->write(page);
    QVERIFY(first.ok());
    QCOMPARE(first->conversationIds.size(), 3);
    QCOMPARE(first->newInboundMessageIds.size(), 12);

    const auto counts = [this] {
        return QList<qint64>{scalar(db(), u"SELECT count(*) FROM messages"_s),
                             scalar(db(), u"SELECT count(*) FROM conversations"_s),
                             scalar(db(), u"SELECT count(*) FROM identities"_s),
                             scalar(db(), u"SELECT count(*) FROM attachments"_s),
                             scalar(db(), u"SELECT count(*) FROM conversation_participants"_s),
                             indexedCount(db(), u"message"_s),
                             test::writeMarker(db())};
    };
    const QList<qint64> before = counts();
    QCOMPARE(before.mid(0, 6), (QList<qint64>{12, 3, 3, 1, 3, 12}));

    auto second = m_writer->write(page);
    QVERIFY(second.ok());
    QVERIFY2(second->isEmpty(), "storing the same page twice must change nothing");
    // The marker moves with every row written: none was.
    QCOMPARE(counts(), before);

    // An edited message is updated in place, and its search entry with it.
    page.messages[1].text = u"edited text with a kumquat"_s;
    auto third = m_writer->write(page);
    QVERIFY(third.ok());
    QCOMPARE(third->conversationIds.size(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM messages"_s), 12);
    QCOMPARE(indexedCount(db(), u"kumquat"_s), 1);
    QCOMPARE(indexedCount(db(), u"message"_s), 11);
}

void TestStore::syncKeepsLocalState()
{
    SyncPage page = dmPage(m_x, 1, 3, 0);
    storeOrFail(page);
    ConversationRepository conversations(db());
    auto rows = conversations.page({}, 10);
    QVERIFY(rows.ok());
    const qint64 id = rows->constFirst().conversation.id;
    QVERIFY(conversations.markRead(id).ok());
    QVERIFY(conversations.setState(id, Conversation::State::Done).ok());

    storeOrFail(page); // the same page again, as a re-sync would bring it
    auto after = conversations.byId(id);
    QVERIFY(after.ok() && after->has_value());
    QCOMPARE(after->value().conversation.unreadCount, 0);
    QCOMPARE(after->value().conversation.state, Conversation::State::Done);
}

void TestStore::messageRequestsFollowTheNetwork()
{
    SyncPage page = dmPage(m_x, 2, 1, 0);
    page.conversations[0].request = true;
    storeOrFail(page);
    ConversationRepository conversations(db());
    const auto request = [&](const QString &remoteId) {
        auto row = conversations.byRemoteId(m_x.id, remoteId);
        return row.ok() && row->has_value() && row->value().conversation.request;
    };
    QVERIFY(request(u"c0"_s));
    QVERIFY(!request(u"c1"_s));
    // Lists read the flag too.
    auto rows = conversations.page({}, 10);
    QVERIFY(rows.ok());
    QCOMPARE(std::count_if(rows->cbegin(), rows->cend(), [](const auto &r) { return r.conversation.request; }), 1);

    // The network says it was accepted (on the account's phone): the store follows, and says so.
    page.conversations[0].request = false;
    auto accepted = m_writer->write(page);
    QVERIFY(accepted.ok());
    const qint64 id = conversations.byRemoteId(m_x.id, u"c0"_s).value()->conversation.id;
    QVERIFY(accepted->conversationIds.contains(id));
    QVERIFY(!request(u"c0"_s));

    // Accepted here.
    page.conversations[0].request = true;
    storeOrFail(page);
    QVERIFY(request(u"c0"_s));
    auto marked = conversations.markAccepted(id);
    QVERIFY(marked.ok());
    QCOMPARE(marked->conversationIds, QSet<qint64>{id});
    QVERIFY(!request(u"c0"_s));
    QVERIFY(conversations.markAccepted(id)->isEmpty()); // once is enough

    // Answered here: once the answer is sent, the network has accepted it, and so does the store.
    storeOrFail(page);
    QVERIFY(request(u"c0"_s));
    OutboxRepository outbox(db());
    OutboxItem answer;
    answer.clientKey = u"answer-1"_s;
    answer.accountId = m_x.id;
    answer.conversationId = id;
    answer.conversationRemoteId = u"c0"_s;
    answer.text = u"Happy to help"_s;
    answer.createdAt = testdata::at(50);
    QVERIFY(outbox.enqueue(answer).ok());
    QVERIFY2(request(u"c0"_s), "queued is not sent: the request stays until the network has the answer");
    auto sent = outbox.markSent(answer, u"m-answer"_s);
    QVERIFY(sent.ok());
    QVERIFY(sent->conversationIds.contains(id));
    QVERIFY(!request(u"c0"_s));
}

void TestStore::deletedMessagesAreRemoved()
{
    storeOrFail(dmPage(m_x, 1, 3, 0));
    storeOrFail(dmPage(m_mastodon, 1, 3, 0)); // the same remote ids, on another account
    QCOMPARE(indexedCount(db(), u"conversation"_s), 6);

    // The newest and the oldest are deleted; an id never stored is no error.
    SyncPage deletion;
    deletion.accountId = m_x.id;
    deletion.stream = u"dm"_s;
    deletion.deletedMessageRemoteIds = {u"m0-2"_s, u"m0-0"_s, u"never-stored"_s};
    auto changes = m_writer->write(deletion);
    QVERIFY2(changes.ok(), changes.ok() ? "" : qPrintable(changes.error().message()));
    QCOMPARE(changes->conversationIds.size(), 1);
    const qint64 id = *changes->conversationIds.constBegin();
    auto row = ConversationRepository(db()).byId(id);
    QVERIFY(row.ok() && row->has_value());
    QCOMPARE(row->value().conversation.unreadCount, 1);
    QCOMPARE(row->value().conversation.preview, u"message 1 of conversation 0"_s);
    auto thread = MessageRepository(db()).threadPage(id, 10);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 1);
    QCOMPARE(thread->constFirst().remoteId, u"m0-1"_s);
    // Gone from the search too; the other account's messages stay.
    QCOMPARE(indexedCount(db(), u"conversation"_s), 4);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM messages"_s), 4);

    // The same deletion again changes nothing.
    auto again = m_writer->write(deletion);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());

    // Written and deleted before the page was stored: not stored, and not announced as new.
    SyncPage both = dmPage(m_x, 1, 5, 0);
    both.deletedMessageRemoteIds = {u"m0-4"_s};
    auto stored = m_writer->write(both);
    QVERIFY(stored.ok());
    QCOMPARE(stored->newInboundMessageIds.size(), 3); // m0-0, m0-2 and m0-3 come back; m0-4 does not
    auto after = MessageRepository(db()).threadPage(id, 10);
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 4);
    QCOMPARE(after->constLast().remoteId, u"m0-3"_s);
    auto summary = ConversationRepository(db()).byId(id);
    QVERIFY(summary.ok() && summary->has_value());
    QCOMPARE(summary->value().conversation.preview, u"message 3 of conversation 0"_s);
    QCOMPARE(summary->value().conversation.unreadCount, 4);
}

void TestStore::pagingOrder()
{
    // 3 pages of conversations from two accounts, interleaved in time, some with equal times.
    SyncPage x = dmPage(m_x, 25, 1, 0);
    SyncPage mastodon = dmPage(m_mastodon, 25, 1, 50);
    for (int i = 0; i < 5; ++i)
        mastodon.messages[i].createdAt = x.messages[i].createdAt; // ties broken by id
    storeOrFail(x);
    storeOrFail(mastodon);

    ConversationRepository conversations(db());
    QList<ConversationSummary> all;
    std::optional<ConversationPageKey> after;
    for (;;) {
        auto page = conversations.page({}, 7, after);
        QVERIFY(page.ok());
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 7);
        all.append(page.value());
        after = page->constLast().pageKey();
    }
    QCOMPARE(all.size(), 50);
    QSet<qint64> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY(!seen.contains(all[i].conversation.id));
        seen.insert(all[i].conversation.id);
        if (i > 0) {
            const auto prev = all[i - 1].pageKey();
            const auto cur = all[i].pageKey();
            QVERIFY(prev.lastActivity > cur.lastActivity
                    || (prev.lastActivity == cur.lastActivity && prev.id > cur.id));
        }
    }
    // The row carries what the list shows: the network, the person and the preview.
    const ConversationSummary &newest = all.constFirst();
    QCOMPARE(newest.network, Network::Mastodon);
    QCOMPARE(newest.counterpart.remoteId, u"p24"_s);
    QCOMPARE(newest.counterpart.displayName, u"User p24"_s);
    QCOMPARE(newest.conversation.preview, u"message 0 of conversation 24"_s);
    QVERIFY(newest.conversation.lastMessageInbound);
}

void TestStore::filters_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("expected");
    QTest::newRow("no filter") << 0 << 9;
    QTest::newRow("one account") << 1 << 6;
    QTest::newRow("public threads only") << 2 << 2;
    QTest::newRow("done only") << 3 << 1;
    QTest::newRow("unread only") << 4 << 8;
    QTest::newRow("needs reply") << 5 << 8;
    QTest::newRow("account and unread") << 6 << 5;
    QTest::newRow("message requests") << 7 << 2;
    QTest::newRow("account and message requests") << 8 << 1;
}

void TestStore::filters()
{
    QFETCH(int, which);
    QFETCH(int, expected);

    // One message request on each account.
    SyncPage x = dmPage(m_x, 4, 2, 0);
    x.conversations[2].request = true;
    storeOrFail(x);
    SyncPage mastodon = dmPage(m_mastodon, 3, 2, 1000);
    mastodon.conversations[1].request = true;
    storeOrFail(mastodon);
    // Two public threads (mentions) on X.
    SyncPage mentions;
    mentions.accountId = m_x.id;
    mentions.stream = u"mentions"_s;
    for (int i = 0; i < 2; ++i) {
        Message m = testdata::inboundDm(m_x.id, u"t%1"_s.arg(i), u"t%1"_s.arg(i), u"p9"_s, u"@shop hello"_s,
                                        testdata::at(5000 + i));
        m.kind = Message::Kind::Mention;
        mentions.messages << m;
    }
    mentions.identities << testdata::person(m_x.id, u"p9"_s);
    storeOrFail(mentions);

    ConversationRepository conversations(db());
    auto all = conversations.page({}, 100);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 9);
    // Local state: one X conversation done and read, one with our reply as the last message.
    qint64 doneId = 0;
    for (const auto &row : all.value()) {
        if (row.conversation.accountId == m_x.id && row.conversation.remoteId == u"c0")
            doneId = row.conversation.id;
    }
    QVERIFY(conversations.setState(doneId, Conversation::State::Done).ok());
    QVERIFY(conversations.markRead(doneId).ok());
    SyncPage reply;
    reply.accountId = m_x.id;
    reply.stream = u"dm"_s;
    Message out = testdata::inboundDm(m_x.id, u"c1"_s, u"r1"_s, u"1000"_s, u"on its way"_s, testdata::at(9000));
    out.direction = Message::Direction::Outbound;
    reply.messages << out;
    storeOrFail(reply);

    ConversationFilter filter;
    switch (which) {
    case 1:
        filter.accountId = m_x.id;
        break;
    case 2:
        filter.kinds = {Conversation::Kind::PublicThread};
        break;
    case 3:
        filter.states = {Conversation::State::Done};
        break;
    case 4:
        filter.unreadOnly = true;
        break;
    case 5:
        filter.needsReplyOnly = true;
        break;
    case 6:
        filter.accountId = m_x.id;
        filter.unreadOnly = true;
        break;
    case 7:
        filter.requestsOnly = true;
        break;
    case 8:
        filter.accountId = m_x.id;
        filter.requestsOnly = true;
        break;
    default:
        break;
    }
    auto rows = conversations.page(filter, 100);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), expected);
    // The list model keeps a row or drops it after a change by matchesFilter(): the same answer.
    all = conversations.page({}, 100);
    QVERIFY(all.ok());
    for (const ConversationSummary &row : all.value()) {
        const bool listed = std::any_of(rows->cbegin(), rows->cend(), [&row](const ConversationSummary &r) {
            return r.conversation.id == row.conversation.id;
        });
        QVERIFY2(matchesFilter(filter, row) == listed, qPrintable(row.conversation.remoteId));
    }
    auto counted = conversations.count(filter);
    QVERIFY(counted.ok());
    QCOMPARE(counted->first, expected);
}

void TestStore::unreadCounts()
{
    SyncPage page = dmPage(m_x, 1, 3, 0);
    Message ours = testdata::inboundDm(m_x.id, u"c0"_s, u"out1"_s, u"1000"_s, u"hello"_s, testdata::at(50));
    ours.direction = Message::Direction::Outbound;
    page.messages << ours;
    Message alreadyRead = testdata::inboundDm(m_x.id, u"c0"_s, u"old"_s, u"p0"_s, u"old"_s, testdata::at(-50));
    alreadyRead.read = true;
    page.messages << alreadyRead;
    storeOrFail(page);

    ConversationRepository conversations(db());
    auto row = conversations.page({}, 1);
    QVERIFY(row.ok());
    const qint64 id = row->constFirst().conversation.id;
    QCOMPARE(row->constFirst().conversation.unreadCount, 3);
    QCOMPARE(conversations.count({})->second, 3);

    auto read = conversations.markRead(id);
    QVERIFY(read.ok());
    QCOMPARE(read->conversationIds, QSet<qint64>{id});
    QCOMPARE(conversations.byId(id)->value().conversation.unreadCount, 0);
    QVERIFY(conversations.markRead(id)->isEmpty()); // nothing left to change

    QVERIFY(conversations.markUnread(id).ok());
    QCOMPARE(conversations.byId(id)->value().conversation.unreadCount, 1);
}

void TestStore::unreadByAccount()
{
    // What the account list shows: unread messages in open conversations, per account.
    storeOrFail(dmPage(m_x, 3, 2, 0));
    storeOrFail(dmPage(m_mastodon, 2, 4, 100));
    ConversationRepository conversations(db());
    auto unread = conversations.unreadByAccount();
    QVERIFY(unread.ok());
    QCOMPARE(unread.value(), (QHash<QUuid, int>{{m_x.id, 6}, {m_mastodon.id, 8}}));

    // Done conversations and read ones do not count; an account with nothing unread is absent.
    ConversationFilter mastodonOnly;
    mastodonOnly.accountId = m_mastodon.id;
    const auto mastodonRows = conversations.page(mastodonOnly, 10);
    QVERIFY(mastodonRows.ok());
    QCOMPARE(mastodonRows->size(), 2);
    QVERIFY(conversations.setState(mastodonRows->at(0).conversation.id, Conversation::State::Done).ok());
    QVERIFY(conversations.markRead(mastodonRows->at(1).conversation.id).ok());
    unread = conversations.unreadByAccount();
    QVERIFY(unread.ok());
    QCOMPARE(unread.value(), (QHash<QUuid, int>{{m_x.id, 6}}));
    // It agrees with the general count.
    ConversationFilter openX;
    openX.accountId = m_x.id;
    openX.states = {Conversation::State::Open};
    QCOMPARE(conversations.count(openX)->second, 6);
}

void TestStore::newInboundReopensDone()
{
    storeOrFail(dmPage(m_x, 1, 1, 0));
    ConversationRepository conversations(db());
    const qint64 id = conversations.page({}, 1)->constFirst().conversation.id;
    QVERIFY(conversations.setState(id, Conversation::State::Snoozed, testdata::at(99999)).ok());
    QCOMPARE(conversations.byId(id)->value().conversation.state, Conversation::State::Snoozed);
    QVERIFY(!conversations.setState(id, Conversation::State::Snoozed).ok()); // a snooze needs a time

    SyncPage next;
    next.accountId = m_x.id;
    next.stream = u"dm"_s;
    next.messages << testdata::inboundDm(m_x.id, u"c0"_s, u"new"_s, u"p0"_s, u"any news?"_s, testdata::at(500));
    storeOrFail(next);
    const auto row = conversations.byId(id)->value().conversation;
    QCOMPARE(row.state, Conversation::State::Open);
    QVERIFY(!row.snoozedUntil.isValid());
    QCOMPARE(row.lastActivity, testdata::at(500));
    QCOMPARE(row.preview, u"any news?"_s);
    QCOMPARE(row.unreadCount, 2);

    // An older message arriving later (a backfill) counts as unread but does not become the
    // preview or move the conversation's time.
    SyncPage older;
    older.accountId = m_x.id;
    older.stream = u"dm"_s;
    older.messages << testdata::inboundDm(m_x.id, u"c0"_s, u"older"_s, u"p0"_s, u"from last week"_s,
                                          testdata::at(-5000));
    storeOrFail(older);
    const auto after = conversations.byId(id)->value().conversation;
    QCOMPARE(after.preview, u"any news?"_s);
    QCOMPARE(after.lastActivity, testdata::at(500));
    QCOMPARE(after.unreadCount, 3);
}

void TestStore::cursorIsStoredWithItsPage()
{
    CursorRepository cursors(db());
    QVERIFY(!cursors.cursor(m_x.id, u"dm"_s)->has_value());
    SyncPage page = dmPage(m_x, 1, 1, 0);
    page.cursor = u"token-1"_s;
    storeOrFail(page);
    QCOMPARE(cursors.cursor(m_x.id, u"dm"_s)->value(), u"token-1"_s);
    QVERIFY(!cursors.cursor(m_x.id, u"mentions"_s)->has_value());
    QVERIFY(!cursors.cursor(m_mastodon.id, u"dm"_s)->has_value());
    page.cursor = u"token-2"_s;
    storeOrFail(page);
    QCOMPARE(cursors.cursor(m_x.id, u"dm"_s)->value(), u"token-2"_s);
}

void TestStore::failedPageStoresNothing()
{
    SyncPage page = dmPage(m_x, 2, 2, 0);
    page.cursor = u"should-not-stay"_s;
    page.messages[3].remoteId.clear(); // the last message is broken
    auto result = m_writer->write(page);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::BadResponse);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM messages"_s), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM conversations"_s), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM identities"_s), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM sync_cursors"_s), 0);

    SyncPage unknownAccount = dmPage(testdata::account(u"nobody"_s), 1, 1, 0);
    QCOMPARE(m_writer->write(unknownAccount).error().code(), Error::Code::NotFound);
}

void TestStore::threadPaging()
{
    storeOrFail(dmPage(m_x, 1, 25, 0));
    ConversationRepository conversations(db());
    const qint64 id = conversations.page({}, 1)->constFirst().conversation.id;
    MessageRepository messages(db());
    auto newest = messages.threadPage(id, 10);
    QVERIFY(newest.ok());
    QCOMPARE(newest->size(), 10);
    QCOMPARE(newest->constFirst().text, u"message 15 of conversation 0"_s); // oldest first
    QCOMPARE(newest->constLast().text, u"message 24 of conversation 0"_s);
    QCOMPARE(newest->constLast().authorRemoteId, u"p0"_s);
    QCOMPARE(newest->constLast().conversationRemoteId, u"c0"_s);
    auto older = messages.threadPage(id, 10, newest->constFirst().id);
    QVERIFY(older.ok());
    QCOMPARE(older->constLast().text, u"message 14 of conversation 0"_s);
    auto oldest = messages.threadPage(id, 10, older->constFirst().id);
    QCOMPARE(oldest->size(), 5);
    auto people = messages.authors(newest.value());
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->constFirst().handle, u"userp0"_s);
}

void TestStore::messageIdsFollowTime()
{
    // Stored newest first (as X returns DM events), read back in time order.
    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    for (int i = 9; i >= 0; --i)
        page.messages << testdata::inboundDm(m_x.id, u"c"_s, u"m%1"_s.arg(i), u"p"_s, u"#%1"_s.arg(i),
                                             testdata::at(i / 3)); // several per second
    storeOrFail(page);
    const qint64 id = ConversationRepository(db()).page({}, 1)->constFirst().conversation.id;
    auto thread = MessageRepository(db()).threadPage(id, 100);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 10);
    for (qsizetype i = 1; i < thread->size(); ++i) {
        QVERIFY(thread->at(i - 1).createdAt <= thread->at(i).createdAt);
        QVERIFY(thread->at(i - 1).id < thread->at(i).id);
    }
}

void TestStore::extremeTimesAreStored_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("after 2248, the last time an id holds")
        << QDateTime(QDate(2249, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("year -4000") << QDateTime(QDate(-4000, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("before the epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
}

void TestStore::extremeTimesAreStored()
{
    // A message dated where no id can go (ids hold 1970…2248) made the allocator borrow the next
    // millisecond for ever: the writer hung, and with it sync, sending and quitting.
    QFETCH(QDateTime, time);
    auto opened = Store::open(newLocation(u"extreme"_s));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    store.write(
        "a test's write",
        [this](Database &db) -> Result<ChangeSet> {
            if (auto r = AccountRepository(db).upsert(m_x); !r)
                return r.error();
            return ChangeSet();
        },
        this);

    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    page.messages << testdata::inboundDm(m_x.id, u"c"_s, u"old"_s, u"p"_s, u"an ordinary message"_s, testdata::at(10))
                  << testdata::inboundDm(m_x.id, u"c"_s, u"odd1"_s, u"p"_s, u"first odd one"_s, time)
                  << testdata::inboundDm(m_x.id, u"c"_s, u"odd2"_s, u"p"_s, u"second odd one"_s, time);
    auto stored = storeOrAbort(store, page);
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message()));

    auto reader = store.openReader();
    QVERIFY(reader.ok());
    const qint64 id = ConversationRepository(*reader.value()).page({}, 1)->constFirst().conversation.id;
    auto thread = MessageRepository(*reader.value()).threadPage(id, 10);
    QVERIFY(thread.ok());
    QCOMPARE(thread->size(), 3);
    // The odd ones keep their time and sort where it puts them, in the order they came.
    const bool early = time < testdata::at(10);
    const Message &first = thread->at(early ? 0 : 1);
    const Message &second = thread->at(early ? 1 : 2);
    QCOMPARE(first.remoteId, u"odd1"_s);
    QCOMPARE(second.remoteId, u"odd2"_s);
    QCOMPARE(first.createdAt, time);
    QVERIFY(first.id > 0 && first.id < second.id);
    QCOMPARE(thread->at(early ? 2 : 0).remoteId, u"old"_s);
}

void TestStore::fullMillisecondAtTheEdges()
{
    // A full millisecond borrows the next one's ids. Where times are clamped (before 1970, after
    // 2248) there must still be a next one, or an error when there is none: never a search that
    // keeps coming back to the same full range.
    auto opened = Store::open(newLocation(u"edges"_s));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    store.write(
        "a test's write",
        [this](Database &db) -> Result<ChangeSet> {
            if (auto r = AccountRepository(db).upsert(m_x); !r)
                return r.error();
            return ChangeSet();
        },
        this);
    const QDateTime ancient(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime farFuture(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::utc());
    const auto page = [this](const QString &id, const QDateTime &time) {
        SyncPage p;
        p.accountId = m_x.id;
        p.stream = u"dm"_s;
        p.messages << testdata::inboundDm(m_x.id, u"c"_s, id, u"p"_s, u"text of "_s + id, time);
        return p;
    };
    const QString lastIdOfFirstMs = QString::number((qint64(1) << MessageIdAllocator::sequenceBits) - 1);
    const QString largestId = QString::number(std::numeric_limits<qint64>::max());

    // The first millisecond is full: the next message borrows the second one.
    QVERIFY(storeOrAbort(store, page(u"a1"_s, ancient)).ok());
    QVERIFY(execOnWriter(store, u"UPDATE messages SET id = "_s + lastIdOfFirstMs + u" WHERE remote_id = 'a1'"_s));
    auto borrowed = storeOrAbort(store, page(u"a2"_s, ancient));
    QVERIFY2(borrowed.ok(), borrowed.ok() ? "" : qPrintable(borrowed.error().message()));

    // The last millisecond is full and there is no next one: the page is refused, not stuck.
    QVERIFY(storeOrAbort(store, page(u"f1"_s, farFuture)).ok());
    QVERIFY(execOnWriter(store, u"UPDATE messages SET id = "_s + largestId + u" WHERE remote_id = 'f1'"_s));
    SyncPage refused = page(u"f2"_s, farFuture);
    refused.cursor = u"should-not-stay"_s;
    auto full = storeOrAbort(store, refused);
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code(), Error::Code::Storage);
    QVERIFY(!full.error().message().isEmpty());

    auto reader = store.openReader();
    QVERIFY(reader.ok());
    QSqlQuery q(reader.value()->connection());
    QVERIFY(q.exec(u"SELECT remote_id, id FROM messages ORDER BY id"_s));
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + u'=' + q.value(1).toString();
    QCOMPARE(rows, (QStringList{u"a1="_s + lastIdOfFirstMs,
                                u"a2="_s + QString::number(qint64(1) << MessageIdAllocator::sequenceBits),
                                u"f1="_s + largestId}));
    QCOMPARE(scalar(*reader.value(), u"SELECT count(*) FROM sync_cursors"_s), 0);
}

void TestStore::searchNewestFirstWithRanges()
{
    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    page.messages
        << testdata::inboundDm(m_x.id, u"c"_s, u"1"_s, u"p"_s, u"My order #4411 never arrived"_s, testdata::at(10))
        << testdata::inboundDm(m_x.id, u"c"_s, u"2"_s, u"p"_s, u"Is the ORDER shipped? Order soon!"_s, testdata::at(30))
        << testdata::inboundDm(m_x.id, u"c"_s, u"3"_s, u"p"_s, u"Café crème 🍰 ordered twice"_s, testdata::at(20))
        << testdata::inboundDm(m_x.id, u"c"_s, u"4"_s, u"p"_s, u"nothing to see"_s, testdata::at(40));
    storeOrFail(page);

    SearchRepository search(db());
    auto hits = search.search({u"order"_s});
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).message.remoteId, u"2"_s); // newest first
    QCOMPARE(hits->at(1).message.remoteId, u"1"_s);
    QCOMPARE(hits->at(0).ranges, (QList<TextRange>{{7, 5}, {22, 5}}));
    QCOMPARE(hits->at(1).ranges, (QList<TextRange>{{3, 5}}));

    // Prefixes, diacritics folded, ranges in UTF-16 past an emoji.
    hits = search.search({u"ord*"_s});
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->at(1).message.remoteId, u"3"_s);
    const QString text = hits->at(1).message.text;
    QCOMPARE(hits->at(1).ranges.size(), 1);
    QCOMPARE(text.mid(hits->at(1).ranges[0].start, hits->at(1).ranges[0].length), u"ordered"_s);
    hits = search.search({u"cafe"_s});
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).ranges, (QList<TextRange>{{0, 4}}));

    // Paging through results.
    auto first = search.search({u"ord*"_s, {}, {}, 2});
    QCOMPARE(first->size(), 2);
    auto rest = search.search({u"ord*"_s, {}, {}, 2, first->constLast().message.id});
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->constFirst().message.remoteId, u"1"_s);
}

void TestStore::searchFilters()
{
    SyncPage x;
    x.accountId = m_x.id;
    x.stream = u"dm"_s;
    x.messages << testdata::inboundDm(m_x.id, u"c"_s, u"1"_s, u"p"_s, u"refund please"_s, testdata::at(1));
    Message mention = testdata::inboundDm(m_x.id, u"t"_s, u"2"_s, u"p"_s, u"@shop refund?"_s, testdata::at(2));
    mention.kind = Message::Kind::Mention;
    x.messages << mention;
    storeOrFail(x);
    SyncPage m;
    m.accountId = m_mastodon.id;
    m.stream = u"dm"_s;
    m.messages << testdata::inboundDm(m_mastodon.id, u"c"_s, u"1"_s, u"p"_s, u"refund now"_s, testdata::at(3));
    storeOrFail(m);

    SearchRepository search(db());
    QCOMPARE(search.search({u"refund"_s})->size(), 3);
    QCOMPARE(search.search({u"refund"_s, m_x.id})->size(), 2);
    QCOMPARE(search.search({u"refund"_s, m_mastodon.id})->size(), 1);
    QCOMPARE(search.search({u"refund"_s, {}, {Message::Kind::Mention}})->size(), 1);
    QCOMPARE(search.search({u"refund"_s, m_mastodon.id, {Message::Kind::Mention}})->size(), 0);
    QCOMPARE(search.search({u"refund"_s, testdata::account(u"unknown"_s).id})->size(), 0);
}

void TestStore::searchQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // remote ids, newest first
    QTest::newRow("two words in any order") << u"arrived order"_s << QStringList{u"1"_s};
    QTest::newRow("phrase") << u"\"never arrived\""_s << QStringList{u"1"_s};
    QTest::newRow("phrase in the wrong order") << u"\"arrived never\""_s << QStringList{};
    QTest::newRow("prefix phrase") << u"\"never arr\"*"_s << QStringList{u"1"_s};
    QTest::newRow("case folded") << u"NEVER"_s << QStringList{u"1"_s};
    QTest::newRow("hash number") << u"#4411"_s << QStringList{u"1"_s};
    QTest::newRow("apostrophe") << u"don't"_s << QStringList{u"2"_s};
    QTest::newRow("operator words are words") << u"OR"_s << QStringList{u"2"_s};
    QTest::newRow("NUL between words") << u"order\u0000arrived"_s << QStringList{u"1"_s};
    QTest::newRow("repeated words") << u"order ORDER order arrived order"_s << QStringList{u"1"_s};
    QTest::newRow("lone surrogate between words") << u"order"_s + QChar(0xd800) + u" arrived"_s << QStringList{u"1"_s};
    QTest::newRow("no match") << u"kumquat"_s << QStringList{};
}

void TestStore::searchQueries()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    page.messages << testdata::inboundDm(m_x.id, u"c"_s, u"1"_s, u"p"_s, u"My order #4411 never arrived"_s,
                                         testdata::at(1))
                  << testdata::inboundDm(m_x.id, u"c"_s, u"2"_s, u"p"_s, u"I don't know, yes OR no"_s, testdata::at(2));
    storeOrFail(page);
    auto hits = SearchRepository(db()).search({query});
    QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message()));
    QStringList ids;
    for (const auto &hit : hits.value())
        ids << hit.message.remoteId;
    QCOMPARE(ids, expected);
}

void TestStore::hostileSearchNeverFails_data()
{
    QTest::addColumn<QString>("query");
    const QStringList hostile = {
        u"\""_s,
        u"\"\""_s,
        u"\"\"\""_s,
        u"order\""_s,
        u"\"order"_s,
        u"*"_s,
        u"**"_s,
        u"order*\"*"_s,
        u"NEAR(order arrived)"_s,
        u"order AND"_s,
        u"OR"_s,
        u"NOT order"_s,
        u"text:order"_s,
        u"{text}: order"_s,
        u"^order"_s,
        u"order + arrived"_s,
        u"-order"_s,
        u"(order"_s,
        u"order)"_s,
        u"'; DROP TABLE messages; --"_s,
        u"\\"_s,
        u"%_"_s,
        u"🍰"_s,
        u"\u0000"_s,
        u"order\u0000"_s, // found by fuzz_fts_query: FTS5 read the query only up to the NUL
        u"\"order\u0000arrived\""_s,
        // Found by fuzz_fts_query: SQLite reads a lone high surrogate with the unit after it.
        u"order"_s + QChar(0xd800),
        u"order"_s + QChar(0xdbff) + u" arrived"_s,
        u"\"never "_s + QChar(0xd83d) + u"\" arrived"_s,
        QChar(0xdc00) + u"order"_s,
        u"\x01\x02"_s,
        u"   "_s,
        QString(),
        QString(5000, u'a'),
        u"日本語の注文"_s,
        u"\"unbalanced \"quotes\" here"_s,
        u"a\"b\"c"_s,
    };
    for (const QString &q : hostile)
        QTest::newRow(q.left(20).toUtf8().toPercentEncoding().constData()) << q;
}

void TestStore::hostileSearchNeverFails()
{
    QFETCH(QString, query);
    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    page.messages << testdata::inboundDm(m_x.id, u"c"_s, u"1"_s, u"p"_s, u"My order #4411 never arrived"_s,
                                         testdata::at(1));
    storeOrFail(page);
    auto hits = SearchRepository(db()).search({query});
    QVERIFY2(hits.ok(), hits.ok() ? "" : qPrintable(hits.error().message()));
    // The table still works afterwards.
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM messages"_s), 1);
}

void TestStore::ftsQueryFromUserText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"my order"_s << u"\"my\" \"order\""_s;
    QTest::newRow("prefix") << u"ord*"_s << u"\"ord\"*"_s;
    QTest::newRow("phrase") << u"\"my order\""_s << u"\"my order\""_s;
    QTest::newRow("phrase prefix") << u"\"my ord\"*"_s << u"\"my ord\"*"_s;
    QTest::newRow("unbalanced quote is text") << u"my \"order"_s << u"\"my\" \"\"\"order\""_s;
    QTest::newRow("operators are words") << u"a OR b"_s << u"\"a\" \"OR\" \"b\""_s;
    QTest::newRow("punctuation only") << u"*** \" !!"_s << QString();
    QTest::newRow("quote inside a word") << u"a\"b"_s << u"\"a\"\"b\""_s;
    QTest::newRow("column filter") << u"text:order"_s << u"\"text:order\""_s;
    QTest::newRow("empty") << QString() << QString();
    // Found by fuzz_fts_query: highlight() took minutes over a pasted text that repeats its words.
    QTest::newRow("a repeated word once") << u"the cat THE the* \"the\" The"_s << u"\"the\" \"cat\" \"the\"*"_s;
    QStringList words;
    QStringList terms;
    for (int i = 0; i < 40; ++i) {
        words << u"w%1"_s.arg(i);
        if (i < 32)
            terms << u"\"w%1\""_s.arg(i);
    }
    QTest::newRow("at most 32 terms") << words.join(u' ') << terms.join(u' ');
    // Found by fuzz_fts_query: a phrase of 21,000 tokens took FTS5 half a minute to match.
    const QString longWord = u"ab-"_s.repeated(40);
    QTest::newRow("a long term is cut to a prefix") << longWord << u'"' + longWord.first(100) + u"\"*"_s;
    const QString emoji = u"\U0001F600"_s;
    const QString surrogates = QString(99, u'x') + emoji; // the pair would sit across the cut
    QTest::newRow("the cut never splits a pair") << surrogates << u'"' + QString(99, u'x') + u"\"*"_s;
}

void TestStore::ftsQueryFromUserText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ftsquery::fromUserText(input), expected);
}

void TestStore::tsQueryFromUserText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("words") << u"my order"_s << u"'my' & 'order'"_s;
    QTest::newRow("prefix") << u"ord*"_s << u"'ord':*"_s;
    QTest::newRow("phrase") << u"\"my order\""_s << u"'my order'"_s;
    QTest::newRow("phrase prefix") << u"\"my ord\"*"_s << u"'my ord':*"_s;
    QTest::newRow("quote and backslash are text") << u"o'brien a\\b"_s << u"'o''brien' & 'a\\\\b'"_s;
    QTest::newRow("operators are words") << u"a | !b & c"_s << u"'a' & '!b' & 'c'"_s;
    QTest::newRow("punctuation only") << u"*** \" !!"_s << QString();
    QTest::newRow("a repeated word once") << u"the cat THE"_s << u"'the' & 'cat'"_s;
}

void TestStore::tsQueryFromUserText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString query = ftsquery::fromUserText(input, ftsquery::Syntax::TsQuery);
    QCOMPARE(query, expected);
    if (!postgres() || query.isEmpty())
        return;
    // PostgreSQL reads it without an error.
    QSqlQuery q(db().connection());
    QVERIFY(q.prepare(u"SELECT to_tsquery('starling_search', ?)::text"_s));
    q.addBindValue(query);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
}

void TestStore::storeWritesOnWorkerThread()
{
    auto opened = Store::open(newLocation(u"threaded"_s));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    QSignalSpy changed(&store, &Store::changed);

    QThread *writerThread = nullptr;
    bool accountStored = false;
    store.write(
        "a test's write",
        [&](Database &db) -> Result<ChangeSet> {
            writerThread = QThread::currentThread();
            auto id = AccountRepository(db).upsert(m_x);
            if (!id)
                return id.error();
            ChangeSet changes;
            changes.accountsChanged = true;
            return changes;
        },
        this, [&](const Result<ChangeSet> &r) { accountStored = r.ok(); });
    QTRY_VERIFY(accountStored);
    QVERIFY(writerThread != nullptr);
    QVERIFY(writerThread != QThread::currentThread());

    bool done = false;
    ChangeSet result;
    store.storePage(dmPage(m_x, 2, 2, 0), this, [&](const Result<ChangeSet> &r) {
        QVERIFY(QThread::currentThread() == this->thread()); // results come back here
        done = r.ok();
        if (r.ok())
            result = r.value();
    });
    QTRY_VERIFY(done);
    QCOMPARE(result.conversationIds.size(), 2);
    QTRY_COMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<ChangeSet>().conversationIds, result.conversationIds);

    // A reader on this thread sees the committed page.
    auto reader = store.openReader();
    QVERIFY(reader.ok());
    QCOMPARE(ConversationRepository(*reader.value()).page({}, 10)->size(), 2);
    // Readers cannot write.
    QSqlQuery q(reader.value()->connection());
    QVERIFY(!q.exec(u"DELETE FROM messages"_s));

    // A callback whose context is gone is dropped, not called.
    auto *context = new QObject;
    bool called = false;
    store.storePage(dmPage(m_x, 1, 1, 9000), context, [&](const Result<ChangeSet> &) { called = true; });
    delete context;
    store.flush();
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestStore::profileOutboxHasOneHolder()
{
    if (postgres())
        QSKIP("A local profile's lock file; a team's leader election is its own test");
    // One process sends from a profile at a time (a second app, or the CLI while the app runs,
    // could otherwise send a message twice): the second claim fails and names the first holder.
    auto profile = Profile::open(m_dir->filePath(u"profile"_s));
    QVERIFY(profile.ok());
    auto first = profile->claimOutbox(std::chrono::milliseconds(0));
    QVERIFY(first);
    Profile::LockHolder holder;
    QVERIFY(!profile->claimOutbox(std::chrono::milliseconds(50), &holder));
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    first.reset(); // the app quits
    QVERIFY(profile->claimOutbox(std::chrono::milliseconds(0)));
}

void TestStore::changeNoticesCarryIdsOnly()
{
    const QString origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(changenotice::encode({}, origin).isEmpty());

    // A page's worth of ids in one payload, flags and all.
    ChangeSet small;
    small.conversationIds = {7, 9};
    small.newInboundMessageIds = {qint64(1) << 50, 3};
    small.handedOverConversationIds = {9};
    small.contactsChanged = true;
    small.outboxChanged = true;
    const QStringList one = changenotice::encode(small, origin);
    QCOMPARE(one.size(), 1);
    const auto decoded = changenotice::decode(one.constFirst());
    QVERIFY(decoded);
    QCOMPARE(decoded->origin, origin);
    QCOMPARE(decoded->changes.conversationIds, small.conversationIds);
    QCOMPARE(decoded->changes.newInboundMessageIds, small.newInboundMessageIds);
    QCOMPARE(decoded->changes.handedOverConversationIds, small.handedOverConversationIds);
    QVERIFY(!decoded->changes.accountsChanged);
    QVERIFY(decoded->changes.contactsChanged && decoded->changes.outboxChanged);
    // The conversations marked done stay with the app that marked them (they start its automation).
    ChangeSet done;
    done.doneConversationIds = {7};
    done.conversationIds = {7};
    QVERIFY(
        changenotice::decode(changenotice::encode(done, origin).constFirst())->changes.doneConversationIds.isEmpty());

    // Many ids take several payloads, each within PostgreSQL's limit, and lose none.
    ChangeSet big;
    big.accountsChanged = true;
    for (qint64 id = 1; id <= 3000; ++id) {
        big.conversationIds.insert(id * 1'000'003);
        big.newInboundMessageIds << (id << 20);
    }
    const QStringList payloads = changenotice::encode(big, origin);
    QVERIFY(payloads.size() > 2);
    ChangeSet back;
    for (const QString &payload : payloads) {
        QVERIFY2(payload.size() <= changenotice::maxPayload, qPrintable(QString::number(payload.size())));
        const auto notice = changenotice::decode(payload);
        QVERIFY(notice);
        QCOMPARE(notice->origin, origin);
        back.merge(notice->changes);
    }
    QCOMPARE(back.conversationIds, big.conversationIds);
    QCOMPARE(back.newInboundMessageIds, big.newInboundMessageIds);
    QVERIFY(back.accountsChanged);
}

void TestStore::changeNoticesRefuseWhatIsNotOne_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    const QString origin = u"0d6b5c4e-1f2a-4b3c-8d9e-0a1b2c3d4e5f"_s;
    QTest::newRow("flags and ids") << origin + u" a c1,2 n3"_s << true;
    QTest::newRow("a newer app's field") << origin + u" c1 z9,q"_s << true;
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("no origin") << u"c1,2"_s << false;
    QTest::newRow("an origin in braces") << u"{"_s + origin + u"} c1"_s << false;
    QTest::newRow("not a number") << origin + u" c1,x"_s << false;
    QTest::newRow("a negative id") << origin + u" c-5"_s << false;
    QTest::newRow("a zero id") << origin + u" n0"_s << false;
    QTest::newRow("too large") << origin + u" c9223372036854775808"_s << false;
    QTest::newRow("an empty list") << origin + u" c"_s << false;
    QTest::newRow("an empty id") << origin + u" c1,,2"_s << false;
    QTest::newRow("a flag with a value") << origin + u" a1"_s << false;
    QTest::newRow("two spaces") << origin + u"  c1"_s << false;
    QTest::newRow("text") << origin + u" c1 <b>hi</b>"_s << true; // an unknown field, skipped
    QTest::newRow("8000 bytes") << origin + u" c"_s + QString(7970, u'1') << false;
}

void TestStore::changeNoticesRefuseWhatIsNotOne()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    const auto notice = changenotice::decode(payload);
    QCOMPARE(notice.has_value(), valid);
    if (valid)
        QVERIFY(notice->changes.conversationIds.contains(1));
}

void TestStore::writerTellsTheTeam()
{
    if (!postgres())
        QSKIP("a local profile has no team to tell");
    m_db.reset();
    auto store = Store::open(m_location);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message()));
    auto listener = Database::open(m_location, Database::Role::Reader);
    QVERIFY2(listener, listener ? "" : qPrintable(listener.error().message()));
    QSqlDriver *driver = listener.value()->connection().driver();
    QVERIFY(driver->subscribeToNotification(QString::fromLatin1(changenotice::channel)));
    QSignalSpy heard(driver, &QSqlDriver::notification);

    // A write that changed something is announced after its commit; one that changed nothing is not.
    const auto write = [this, &store](ChangeSet changes) {
        store.value()->write(
            "test", [changes](Database &) { return Result<ChangeSet>(changes); }, this);
        store.value()->flush();
    };
    write(ChangeSet());
    ChangeSet changes;
    changes.conversationIds = {42};
    changes.outboxChanged = true;
    write(changes);
    QTRY_COMPARE(heard.size(), 1);
    const auto notice = changenotice::decode(heard.constFirst().at(2).toString());
    QVERIFY(notice);
    QCOMPARE(notice->origin, store.value()->writer()->origin());
    QCOMPARE(notice->changes.conversationIds, changes.conversationIds);
    QVERIFY(notice->changes.outboxChanged);
    QTest::qWait(100);
    QCOMPARE(heard.size(), 1);
}

void TestStore::concurrentWritersNeverShareAnId()
{
    // Two apps on one database store pages at the same time, every message of the same second:
    // each allocates ids in the same range. On SQLite one writer waits for the other (BEGIN
    // IMMEDIATE); on PostgreSQL the write transactions take one advisory lock first.
    constexpr int pages = 15;
    constexpr int conversationsPerPage = 5;
    constexpr int messagesEach = 5;
    std::atomic<int> failures = 0;
    QStringList errors;
    QMutex errorsLock;
    const auto writer = [&](const Account &account) {
        return QThread::create([&, account] {
            auto db = Database::open(m_location, Database::Role::Writer);
            if (!db) {
                ++failures;
                return;
            }
            {
                PageWriter pageWriter(*db.value());
                for (int p = 0; p < pages; ++p) {
                    SyncPage page;
                    page.accountId = account.id;
                    page.stream = u"dm"_s;
                    for (int c = 0; c < conversationsPerPage; ++c) {
                        const QString person = u"p%1-%2"_s.arg(p).arg(c);
                        const QString conversation = u"c%1-%2"_s.arg(p).arg(c);
                        page.identities << testdata::person(account.id, person);
                        page.conversations << testdata::directConversation(account.id, conversation, person);
                        for (int m = 0; m < messagesEach; ++m) {
                            page.messages
                                << testdata::inboundDm(account.id, conversation, u"m%1-%2-%3"_s.arg(p).arg(c).arg(m),
                                                       person, u"message %1"_s.arg(m), testdata::at(1'700'000'000));
                        }
                    }
                    if (auto r = pageWriter.write(page); !r) {
                        ++failures;
                        const QMutexLocker locked(&errorsLock);
                        errors << r.error().message();
                    }
                }
            }
            db.value().reset();
        });
    };
    std::unique_ptr<QThread> x(writer(m_x));
    std::unique_ptr<QThread> mastodon(writer(m_mastodon));
    x->start();
    mastodon->start();
    QVERIFY(x->wait(60000) && mastodon->wait(60000));
    QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM messages"_s), 2 * pages * conversationsPerPage * messagesEach);
    QCOMPARE(scalar(db(), u"SELECT count(DISTINCT remote_id) FROM messages"_s),
             pages * conversationsPerPage * messagesEach);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
