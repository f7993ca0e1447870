// SPDX-License-Identifier: GPL-3.0-or-later
// The UI's item models under QAbstractItemModelTester (QtTest failure reporting) on a real Store:
// the inbox list with its paging (fetchMore) and its moves, inserts and removals as the store
// announces changes; a thread with loadOlder() and its merges (a queued message that gets sent,
// new messages, read marks) and a message that could not be verified, with Retry; search results
// with paging and highlight ranges; the account switcher as accounts come, go and move.

#include "FakeCredentialStore.h"
#include "StoreFixture.h"
#include "TestData.h"
#include "accounts/AccountManager.h"
#include "accounts/AccountSwitcherModel.h"
#include "inbox/ConversationListModel.h"
#include "inbox/SearchResultModel.h"
#include "store/AccountRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "thread/MessageDelegate.h"
#include "thread/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

/** A DM page of @p conversations people ("p<i>", conversation "c<i>"), each with @p messagesEach messages. */
SyncPage dmPage(const QUuid &account, int first, int conversations, int messagesEach, qint64 startSecond,
                const QString &text = u"message %1 of conversation %2"_s)
{
    SyncPage page;
    page.accountId = account;
    page.stream = u"dm"_s;
    for (int c = first; c < first + conversations; ++c) {
        const QString person = u"p%1"_s.arg(c);
        const QString conversation = u"c%1"_s.arg(c);
        page.identities << testdata::person(account, person);
        page.conversations << testdata::directConversation(account, conversation, person);
        for (int m = 0; m < messagesEach; ++m) {
            page.messages << testdata::inboundDm(account, conversation, u"m%1-%2"_s.arg(c).arg(m), person,
                                                 text.arg(m).arg(c), testdata::at(startSecond + c * 10 + m));
        }
    }
    return page;
}

/** The ids of the rows as the model shows them. */
QList<qint64> idsOf(const QAbstractItemModel &model, int role)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(role).toLongLong();
    return ids;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void conversationListPagesInOrder_data();
    void conversationListPagesInOrder();
    void conversationListFollowsChanges();
    void messageListLoadsOlderAndMerges();
    void unverifiedMessageOffersRetry();
    void searchResultsPageWithRanges_data();
    void searchResultsPageWithRanges();
    void accountSwitcherFollowsAccounts();

private:
    /** Stores @p page through the store's writer and delivers its change announcement here. */
    std::optional<ChangeSet> store(const SyncPage &page);
    /** Runs @p job on the writer thread, the same way. */
    std::optional<ChangeSet> write(StoreWriter::Job job);
    /** The conversations of the account in the store's own order, for comparing with a model. */
    QList<qint64> expectedConversations(const ConversationFilter &filter);
    qint64 conversationId(const QString &remoteId);

    test::StoreFixture m_fixture;
    Account m_account;
};

void TestModels::init()
{
    m_account = testdata::account(u"shop"_s);
    QVERIFY2(m_fixture.open({m_account}), qPrintable(m_fixture.errorString()));
}

void TestModels::cleanup()
{
    m_fixture.close();
}

std::optional<ChangeSet> TestModels::store(const SyncPage &page)
{
    return m_fixture.storePage(page);
}

std::optional<ChangeSet> TestModels::write(StoreWriter::Job job)
{
    return m_fixture.write(std::move(job));
}

QList<qint64> TestModels::expectedConversations(const ConversationFilter &filter)
{
    QList<qint64> ids;
    auto rows = ConversationRepository(*m_fixture.reader).page(filter, 100000);
    if (rows) {
        for (const ConversationSummary &row : rows.value())
            ids << row.conversation.id;
    }
    return ids;
}

qint64 TestModels::conversationId(const QString &remoteId)
{
    auto row = ConversationRepository(*m_fixture.reader).byRemoteId(m_account.id, remoteId);
    return row && row.value() ? row.value()->conversation.id : 0;
}

void TestModels::conversationListPagesInOrder_data()
{
    QTest::addColumn<int>("conversations");
    QTest::addColumn<bool>("unreadOnly");

    QTest::newRow("empty") << 0 << false;
    QTest::newRow("less than a page") << 7 << false;
    QTest::newRow("exactly one page") << ConversationListModel::pageSize << false;
    QTest::newRow("several pages and a bit") << ConversationListModel::pageSize * 4 + 17 << false;
    QTest::newRow("several pages, unread only") << ConversationListModel::pageSize * 3 + 1 << true;
}

void TestModels::conversationListPagesInOrder()
{
    QFETCH(int, conversations);
    QFETCH(bool, unreadOnly);

    if (conversations > 0)
        QVERIFY(store(dmPage(m_account.id, 0, conversations, 1, 0)));

    ConversationListModel model(m_fixture.reader.get(), *m_fixture.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ConversationListModel::loadFailed);
    ConversationFilter filter;
    filter.accountId = m_account.id;
    filter.states = {Conversation::State::Open};
    filter.unreadOnly = unreadOnly;
    model.setFilter(filter);
    const QList<qint64> expected = expectedConversations(filter);
    QCOMPARE(expected.size(), conversations);

    // Whatever has been loaded (the tester fetches too) is the start of the store's order, without
    // a duplicate; fetching more goes on from there until everything is there.
    int guard = 0;
    while (true) {
        const QList<qint64> shown = idsOf(model, ConversationListModel::IdRole);
        QCOMPARE(shown, expected.mid(0, shown.size()));
        if (!model.canFetchMore({}))
            break;
        QVERIFY(shown.size() % ConversationListModel::pageSize == 0);
        model.fetchMore({});
        QVERIFY2(model.rowCount() > shown.size() || !model.canFetchMore({}), "fetchMore brought nothing");
        QVERIFY(++guard < 100);
    }
    QCOMPARE(idsOf(model, ConversationListModel::IdRole), expected);
    QCOMPARE(failed.size(), 0);

    if (conversations > 0) {
        // The roles a row shows.
        const QModelIndex first = model.index(0);
        const ConversationSummary &summary = model.summaryAt(0);
        QCOMPARE(first.data(ConversationListModel::NameRole).toString(), summary.counterpart.displayName);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), summary.counterpart.displayName);
        QCOMPARE(first.data(ConversationListModel::AccountIdRole).toUuid(), m_account.id);
        QCOMPARE(first.data(ConversationListModel::KindRole).toInt(), int(Conversation::Kind::Direct));
        QCOMPARE(first.data(ConversationListModel::UnreadCountRole).toInt(), 1);
        QVERIFY(first.data(ConversationListModel::NeedsReplyRole).toBool());
        QVERIFY(first.data(ConversationListModel::PreviewRole).toString().startsWith(u"message 0 of"_s));
        QCOMPARE(model.rowOf(summary.conversation.id), 0);
        QCOMPARE(model.rowOf(-5), -1);
    }
}

void TestModels::conversationListFollowsChanges()
{
    // 250 conversations; c249 is the newest, c0 the oldest.
    constexpr int total = ConversationListModel::pageSize * 2 + 50;
    QVERIFY(store(dmPage(m_account.id, 0, total, 1, 0)));

    ConversationListModel model(m_fixture.reader.get(), *m_fixture.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // As the main window does: every announcement goes to the model.
    connect(m_fixture.store.get(), &Store::changed, &model, &ConversationListModel::applyChanges);
    ConversationFilter filter;
    filter.accountId = m_account.id;
    filter.states = {Conversation::State::Open};
    model.setFilter(filter);
    const auto consistent = [&] {
        const QList<qint64> shown = idsOf(model, ConversationListModel::IdRole);
        return shown == expectedConversations(filter).mid(0, shown.size());
    };
    // The model re-reads changed rows on the store's reader thread: wait until they are in.
    const auto settle = [&model] {
        QCoreApplication::processEvents(); // the store's announcement, queued from its thread
        return QTest::qWaitFor([&model] { return !model.isRefreshing(); }, 10000);
    };
    QVERIFY(consistent());
    QVERIFY(model.rowCount() < total); // not everything is loaded yet
    const int loaded = model.rowCount();

    // A new message in a loaded conversation near the end moves it to the top.
    const qint64 moving = model.index(loaded - 1).data(ConversationListModel::IdRole).toLongLong();
    const QString movingRemote = model.summaryAt(loaded - 1).conversation.remoteId;
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    SyncPage newer;
    newer.accountId = m_account.id;
    newer.stream = u"dm"_s;
    newer.messages << testdata::inboundDm(m_account.id, movingRemote, u"late-1"_s,
                                          model.summaryAt(loaded - 1).counterpart.remoteId, u"any news?"_s,
                                          testdata::at(100000));
    QVERIFY(store(newer));
    QVERIFY(settle());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.rowOf(moving), 0);
    QCOMPARE(model.index(0).data(ConversationListModel::PreviewRole).toString(), u"any news?"_s);
    QCOMPARE(model.rowCount(), loaded);
    QVERIFY(consistent());

    // A change inside the list without a new place: updated in place.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const qint64 reading = model.index(3).data(ConversationListModel::IdRole).toLongLong();
    QVERIFY(write([reading](Database &db) { return ConversationRepository(db).markRead(reading); }));
    QVERIFY(settle());
    QCOMPARE(model.rowOf(reading), 3);
    QCOMPARE(model.index(3).data(ConversationListModel::UnreadCountRole).toInt(), 0);
    QVERIFY(!dataChanged.isEmpty());

    // A new message in a conversation that is not loaded yet brings it in at the top.
    const QList<qint64> all = expectedConversations(filter);
    QVERIFY(model.rowCount() < all.size());
    const QString oldest = u"c0"_s;
    const qint64 oldestId = conversationId(oldest);
    QCOMPARE(model.rowOf(oldestId), -1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    SyncPage revived;
    revived.accountId = m_account.id;
    revived.stream = u"dm"_s;
    revived.messages << testdata::inboundDm(m_account.id, oldest, u"late-2"_s, u"p0"_s, u"hello again"_s,
                                            testdata::at(200000));
    QVERIFY(store(revived));
    QVERIFY(settle());
    QCOMPARE(model.rowOf(oldestId), 0);
    QCOMPARE(model.rowCount(), loaded + 1);
    QVERIFY(consistent());

    // A brand-new conversation, newer than everything: inserted at the top.
    QVERIFY(store(dmPage(m_account.id, 1000, 1, 1, 300000)));
    QVERIFY(settle());
    QCOMPARE(model.rowOf(conversationId(u"c1000"_s)), 0);
    QVERIFY(consistent());

    // Done leaves the Open list; open again comes back at its place.
    const qint64 done = model.index(2).data(ConversationListModel::IdRole).toLongLong();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(
        write([done](Database &db) { return ConversationRepository(db).setState(done, Conversation::State::Done); }));
    QVERIFY(settle());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowOf(done), -1);
    QVERIFY(consistent());
    QVERIFY(
        write([done](Database &db) { return ConversationRepository(db).setState(done, Conversation::State::Open); }));
    QVERIFY(settle());
    QCOMPARE(model.rowOf(done), 2);
    QVERIFY(consistent());

    // Scrolling to the end still gives the whole list, in order, once.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(idsOf(model, ConversationListModel::IdRole), expectedConversations(filter));

    // The accounts changed: a reload, still consistent.
    ChangeSet accounts;
    accounts.accountsChanged = true;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applyChanges(accounts);
    QCOMPARE(reset.size(), 1);
    QVERIFY(consistent());
}

void TestModels::messageListLoadsOlderAndMerges()
{
    // 120 messages in one conversation: more than two pages.
    constexpr int count = MessageListModel::pageSize * 2 + 20;
    QVERIFY(store(dmPage(m_account.id, 0, 1, count, 0)));
    const qint64 conversation = conversationId(u"c0"_s);
    QVERIFY(conversation > 0);

    MessageListModel model(m_fixture.reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_fixture.store.get(), &Store::changed, &model, &MessageListModel::applyChanges);
    model.setConversation(conversation);
    QCOMPARE(model.conversationId(), conversation);
    QCOMPARE(model.rowCount(), MessageListModel::pageSize);
    QVERIFY(model.hasOlder());
    // Oldest at the top, newest at the bottom.
    QCOMPARE(model.index(model.rowCount() - 1).data(MessageListModel::TextRole).toString(),
             u"message %1 of conversation 0"_s.arg(count - 1));
    QCOMPARE(model.index(0).data(MessageListModel::AuthorNameRole).toString(), u"User p0"_s);
    QVERIFY(!model.index(0).data(MessageListModel::OutboundRole).toBool());

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(model.loadOlder());
    QCOMPARE(model.rowCount(), MessageListModel::pageSize * 2);
    QVERIFY(model.loadOlder());
    QCOMPARE(model.rowCount(), count);
    QVERIFY(!model.hasOlder());
    QVERIFY(!model.loadOlder());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.index(0).data(MessageListModel::TextRole).toString(), u"message 0 of conversation 0"_s);
    const QList<qint64> ids = idsOf(model, MessageListModel::IdRole);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i - 1) < ids.at(i));

    // Our answer: queued (a row with a clock), then sent (the same row, delivered).
    OutboxItem item;
    item.accountId = m_account.id;
    item.kind = OutboxItem::Kind::DirectMessage;
    item.conversationId = conversation;
    item.conversationRemoteId = u"c0"_s;
    item.clientKey = u"key-1"_s;
    item.text = u"On its way!"_s;
    item.createdAt = testdata::at(5000);
    auto queued = std::make_shared<OutboxItem>(item);
    QVERIFY(write([queued](Database &db) { return OutboxRepository(db).enqueue(*queued); }));
    QCOMPARE(model.rowCount(), count + 1);
    const QModelIndex ours = model.index(count);
    QCOMPARE(ours.data(MessageListModel::TextRole).toString(), u"On its way!"_s);
    QVERIFY(ours.data(MessageListModel::OutboundRole).toBool());
    QCOMPARE(ours.data(MessageListModel::DeliveryRole).toInt(), int(Message::Delivery::Queued));
    QVERIFY(write([queued](Database &db) { return OutboxRepository(db).markSent(*queued, u"sent-1"_s); }));
    QCOMPARE(model.rowCount(), count + 1);
    QCOMPARE(model.index(count).data(MessageListModel::DeliveryRole).toInt(), int(Message::Delivery::Delivered));

    // The sync brings the same message back from the server: still one row.
    SyncPage echo;
    echo.accountId = m_account.id;
    echo.stream = u"dm"_s;
    Message copy = testdata::inboundDm(m_account.id, u"c0"_s, u"sent-1"_s, m_account.remoteUserId, u"On its way!"_s,
                                       testdata::at(5001));
    copy.direction = Message::Direction::Outbound;
    echo.messages << copy;
    QVERIFY(store(echo));
    QCOMPARE(model.rowCount(), count + 1);
    QCOMPARE(model.index(count).data(MessageListModel::TextRole).toString(), u"On its way!"_s);

    // A new message from them comes in at the bottom; what it answers is the newest inbound one.
    SyncPage reply;
    reply.accountId = m_account.id;
    reply.stream = u"dm"_s;
    reply.messages << testdata::inboundDm(m_account.id, u"c0"_s, u"new-1"_s, u"p0"_s, u"Thank you!"_s,
                                          testdata::at(6000));
    QVERIFY(store(reply));
    QCOMPARE(model.rowCount(), count + 2);
    QCOMPARE(model.index(count + 1).data(MessageListModel::TextRole).toString(), u"Thank you!"_s);
    QVERIFY(model.lastInbound());
    QCOMPARE(model.lastInbound()->remoteId, u"new-1"_s);

    // Read marks change rows in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(write([conversation](Database &db) { return ConversationRepository(db).markRead(conversation); }));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.rowCount(), count + 2);
    QVERIFY(model.messageAt(count + 1).read);

    // Changes elsewhere leave it alone; another conversation empties it.
    QVERIFY(store(dmPage(m_account.id, 1, 1, 1, 9000)));
    QCOMPARE(model.rowCount(), count + 2);
    model.setConversation(conversationId(u"c1"_s));
    QCOMPARE(model.rowCount(), 1);
    model.setConversation(0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastInbound());
}

void TestModels::unverifiedMessageOffersRetry()
{
    // An answer that may have reached the network, and could not be checked: the thread shows it
    // as such (not as "sending" or "failed"), with Retry, which looks before sending.
    QVERIFY(store(dmPage(m_account.id, 0, 1, 1, 0)));
    const qint64 conversation = conversationId(u"c0"_s);
    QVERIFY(conversation > 0);
    MessageListModel model(m_fixture.reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_fixture.store.get(), &Store::changed, &model, &MessageListModel::applyChanges);
    model.setConversation(conversation);

    auto item = std::make_shared<OutboxItem>();
    item->accountId = m_account.id;
    item->kind = OutboxItem::Kind::DirectMessage;
    item->conversationId = conversation;
    item->conversationRemoteId = u"c0"_s;
    item->clientKey = u"key-unverified"_s;
    item->text = u"Your refund is on its way"_s;
    item->createdAt = testdata::at(100);
    QVERIFY(write([item](Database &db) { return OutboxRepository(db).enqueue(*item); }));
    item->state = OutboxItem::State::Unverified;
    item->attempts = 1;
    QVERIFY(write([item](Database &db) { return OutboxRepository(db).update(*item); }));
    const QModelIndex ours = model.index(model.rowCount() - 1);
    QCOMPARE(ours.data(MessageListModel::TextRole).toString(), item->text);
    QCOMPARE(ours.data(MessageListModel::DeliveryRole).toInt(), int(Message::Delivery::Unverified));

    MessageDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 600, 200);
    option.fontMetrics = QFontMetrics(QApplication::font());
    QVERIFY(!delegate.retryRect(option, ours).isEmpty());
    QVERIFY(delegate.retryRect(option, model.index(0)).isEmpty()); // theirs
}

void TestModels::searchResultsPageWithRanges_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::addColumn<QString>("highlighted");

    // 130 messages say "parcel"; 3 of them "parcel tracking"; one says "tracked".
    QTest::newRow("a word, over several pages") << u"parcel"_s << 130 << u"parcel"_s;
    QTest::newRow("a phrase") << u"\"parcel tracking\""_s << 3 << u"parcel tracking"_s;
    QTest::newRow("a prefix") << u"track*"_s << 4 << u"track"_s;
    QTest::newRow("nothing matches") << u"umbrella"_s << 0 << QString();
    QTest::newRow("only punctuation") << u"!!!"_s << 0 << QString();
    QTest::newRow("empty") << QString() << 0 << QString();
}

void TestModels::searchResultsPageWithRanges()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    QFETCH(QString, highlighted);

    QVERIFY(store(dmPage(m_account.id, 0, 10, 13, 0, u"where is my parcel? (%1 in %2)"_s)));
    QVERIFY(store(dmPage(m_account.id, 20, 3, 1, 5000, u"the parcel tracking page is down (%1 in %2)"_s)));
    // The phrase page above took three of the 130; one more message without "parcel".
    QVERIFY(store(dmPage(m_account.id, 30, 1, 1, 6000, u"it was tracked to Lisbon (%1 in %2)"_s)));

    SearchResultModel model(m_fixture.reader.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query, m_account.id);
    QCOMPARE(model.query(), query);
    while (model.canFetchMore({}))
        model.fetchMore({});
    // 10×13 + 3 = 133 say "parcel"; the table counts what the query finds.
    const int expected = query == u"parcel"_s ? 133 : hits;
    QCOMPARE(model.rowCount(), expected);

    QSet<qint64> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const qint64 id = index.data(SearchResultModel::MessageIdRole).toLongLong();
        QVERIFY2(!seen.contains(id), "a message is listed twice");
        seen.insert(id);
        QVERIFY2(id < previous, "not newest first");
        previous = id;
        QVERIFY(index.data(SearchResultModel::ConversationIdRole).toLongLong() > 0);
        QVERIFY(!index.data(SearchResultModel::OutboundRole).toBool());
        const QString text = index.data(Qt::DisplayRole).toString();
        const auto ranges = index.data(SearchResultModel::RangesRole).value<QList<TextRange>>();
        QVERIFY2(!ranges.isEmpty(), qPrintable(text));
        for (const TextRange &range : ranges) {
            QVERIFY(range.start >= 0 && range.start + range.length <= text.size());
            // A word of the phrase, or the whole word a prefix matched.
            const QString marked = text.mid(range.start, range.length);
            QVERIFY2(highlighted.contains(marked, Qt::CaseInsensitive)
                         || marked.startsWith(highlighted, Qt::CaseInsensitive),
                     qPrintable(marked));
        }
    }

    // A new query starts over; the account filter applies.
    model.setQuery(u"parcel"_s, QUuid::createUuid());
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::accountSwitcherFollowsAccounts()
{
    QSettings settings(m_fixture.dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;
    AccountManager accounts(&settings, &credentials, m_fixture.store.get());
    accounts.load();

    AccountSwitcherModel model(accounts, *m_fixture.reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(m_fixture.store.get(), &Store::changed, &model, &AccountSwitcherModel::refreshCounts);
    QCOMPARE(model.rowCount(), 1); // "All accounts"
    QVERIFY(model.index(0).data(AccountSwitcherModel::AccountIdRole).toUuid().isNull());

    Account x = testdata::account(u"shop-x"_s);
    x.remoteUserId = u"2000"_s;
    Account second = testdata::account(u"shop-two"_s);
    second.remoteUserId = u"3000"_s;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(accounts.add(x).ok());
    QVERIFY(accounts.add(second).ok());
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(QUuid()), 0);
    QCOMPARE(model.rowOf(x.id), 1);
    QCOMPARE(model.rowOf(second.id), 2);
    QCOMPARE(model.index(1).data(Qt::DisplayRole).toString(), u"@shop-x"_s);
    QCOMPARE(model.index(2).data(AccountSwitcherModel::AccountIdRole).toUuid(), second.id);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(u"Ctrl+2"_s));
    QVERIFY(!model.index(1).data(Qt::DecorationRole).value<QIcon>().isNull());

    // Unread counts per account and in total, as messages arrive.
    m_fixture.store->flush(); // the accounts' rows
    QVERIFY(store(dmPage(x.id, 0, 3, 2, 0)));
    QVERIFY(store(dmPage(second.id, 0, 1, 1, 0)));
    QCOMPARE(model.index(1).data(AccountSwitcherModel::UnreadRole).toInt(), 6);
    QCOMPARE(model.index(2).data(AccountSwitcherModel::UnreadRole).toInt(), 1);
    QCOMPARE(model.index(0).data(AccountSwitcherModel::UnreadRole).toInt(), 7);

    // A state change is a data change of that row.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    accounts.setStatus(second.id, {AccountState::SignInExpired, {}, {}});
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 2);
    QVERIFY(model.index(2).data(AccountSwitcherModel::NeedsUserRole).toBool());

    // Reordering, then removal.
    accounts.move(1, 0);
    QCOMPARE(model.rowOf(second.id), 1);
    QCOMPARE(model.index(1).data(AccountSwitcherModel::AccountIdRole).toUuid(), second.id);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    bool done = false;
    accounts.remove(second.id, AccountManager::Removal::DeleteMessages, this, [&done](Result<void>) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data(AccountSwitcherModel::AccountIdRole).toUuid(), x.id);
    m_fixture.store->flush();
    QCoreApplication::sendPostedEvents();
    QTRY_COMPARE(model.index(0).data(AccountSwitcherModel::UnreadRole).toInt(), 6);
}

QTEST_MAIN(TestModels)
#include "TestModels.moc"
