// SPDX-License-Identifier: GPL-3.0-or-later
// The app on a team workspace (`starling --team postgres://…`), against a real PostgreSQL cluster:
// the "Join a team workspace" dialog with a wrong password, the right one, a password the keychain
// lost, and a second start that opens the workspace without asking; the thread saying who else is
// in a conversation.
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "PostgresServer.h"
#include "TestData.h"
#include "accounts/AccountManager.h"
#include "compose/ComposeWidget.h"
#include "inbox/InboxView.h"
#include "providers/ProviderFactory.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "team/Presence.h"
#include "team/TeamAgents.h"
#include "team/TeamChanges.h"
#include "team/TeamWorkspace.h"
#include "thread/MessageListModel.h"
#include "thread/ThreadView.h"
#include "windows/JoinTeamDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;

/** Runs @p drive on the Join dialog once it is up (openTeamWorkspace() runs it modally). */
void whenDialogShows(std::function<void(JoinTeamDialog *)> drive)
{
    QTimer::singleShot(20, qApp, [drive = std::move(drive)]() mutable {
        if (auto *dialog = qobject_cast<JoinTeamDialog *>(QApplication::activeModalWidget()))
            return drive(dialog);
        whenDialogShows(std::move(drive));
    });
}

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (auto *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *joinButton(QWidget *dialog)
{
    for (auto *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == JoinTeamDialog::tr("&Join"))
            return button;
    }
    return nullptr;
}

/** No network here: the test stores what a sync would have stored. */
class NoProviders final : public ProviderFactory
{
public:
    ProviderClient *create(const Account &, QObject *) override { return nullptr; }
};

/**
 * Ben's app on a team database, as main.cpp makes it: its store, settings and keychain, the shop's
 * account added, the window. `window` is null, and `error` says why, if the store did not open.
 */
struct BensApp
{
    explicit BensApp(const Database::PostgresSettings &database)
    {
        auto opened = Store::open(Database::Location::team(database));
        if (!opened) {
            error = opened.error().message();
            return;
        }
        store = std::move(opened).value();
        settings = std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        accounts = std::make_unique<AccountManager>(settings.get(), &credentials, store.get());
        accounts->load();
        if (auto added = accounts->add(shop); !added) {
            error = added.error().message();
            return;
        }
        sync = std::make_unique<SyncService>(store.get(), accounts.get(), std::make_shared<NoProviders>());
        window = std::make_unique<MainWindow>(*store, *accounts, *sync, MainWindow::Options{});
    }

    const Account shop = testdata::account(u"shop"_s);
    QString error;
    std::unique_ptr<Store> store;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    FakeCredentialStore credentials;
    std::unique_ptr<AccountManager> accounts;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<MainWindow> window;
};

/** What the shop's account fetched: Dana (1001) asks where her order is. */
SyncPage danasQuestion(const Account &shop)
{
    SyncPage page;
    page.accountId = shop.id;
    page.stream = u"dm"_s;
    page.identities << testdata::person(shop.id, u"1001"_s);
    page.conversations << testdata::directConversation(shop.id, u"dm-1001"_s, u"1001"_s);
    page.messages << testdata::inboundDm(shop.id, u"dm-1001"_s, u"m1"_s, u"1001"_s, u"Where is my order?"_s,
                                         QDateTime::currentDateTimeUtc());
    return page;
}

} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinsFromTheDialog();
    void showsWhoElseIsThere();
    void showsTheOthersChangesAtOnce();
    void readsAgainAfterALostConnection();

private:
    test::PostgresServer m_server;
    Database::PostgresSettings m_admin;
};

void TestTeamWorkspace::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto created = m_server.createDatabase();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    m_admin = created.value();
}

void TestTeamWorkspace::joinsFromTheDialog()
{
    Database::PostgresSettings agent = m_admin;
    agent.user = u"ana"_s;
    const QString agentUrl = agent.url();
    QVERIFY(m_server.createRole(u"ana"_s, u"correct horse"_s));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;

    // Before the administrator set the inbox up, joining says who must, and remembers nothing.
    QString refusal;
    whenDialogShows([&refusal](JoinTeamDialog *dialog) {
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        refusal = error->text();
        dialog->reject();
    });
    auto opened = openTeamWorkspace(settings, credentials, agentUrl);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::Cancelled);
    QVERIFY2(refusal.contains(u"starling-cli team init"_s), qPrintable(refusal));
    QVERIFY(!TeamWorkspace::fromSettings(settings));
    QCOMPARE(credentials.size(), 0);

    QVERIFY(team::prepare(m_admin, team::Preparation::Init));
    {
        auto db = Database::openPostgres(m_admin, Database::Role::Writer);
        QVERIFY(db);
        // ana's role is there: she becomes an agent of the team, with the password she has.
        auto added = team::addAgent(*db.value(), u"ana"_s);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message()));
        QVERIFY(added->password.isEmpty());
    }

    // A wrong password is refused in the dialog, which stays open with what was typed; the right
    // one joins and opens the team's store.
    QString wrong;
    QString addressGiven;
    QString addressAfterError;
    bool joinDisabledWhileConnecting = false;
    whenDialogShows([&](JoinTeamDialog *dialog) {
        addressGiven = field(dialog, u"Team database"_s)->text();
        field(dialog, u"Password"_s)->setText(u"wrong"_s);
        joinButton(dialog)->click();
        joinDisabledWhileConnecting = !joinButton(dialog)->isEnabled();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        wrong = error->text();
        addressAfterError = field(dialog, u"Team database"_s)->text();
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
    });
    opened = openTeamWorkspace(settings, credentials, agentUrl);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QVERIFY2(wrong.contains(u"password authentication failed"_s), qPrintable(wrong));
    QCOMPARE(addressGiven, agentUrl); // as --team gave it
    QCOMPARE(addressAfterError, agentUrl);
    QVERIFY(joinDisabledWhileConnecting);
    QVERIFY(opened.value().has_value());
    const OpenedTeam &team = *opened.value();
    QCOMPARE(team.workspace.agent(), u"ana"_s);
    QCOMPARE(team.location.engine, Engine::Postgres);
    QVERIFY(team.store);
    // The address is in the profile, the password only in the keychain.
    const auto remembered = TeamWorkspace::fromSettings(settings);
    QVERIFY(remembered);
    QCOMPARE(remembered->database.url(), agentUrl);
    QCOMPARE(credentials.secret(remembered->id, CredentialStore::Kind::DatabasePassword), QByteArray("correct horse"));
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("correct horse"));
    opened.value().reset();

    // The next start opens the workspace without asking, with or without --team.
    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&asked] {
        if (auto *dialog = qobject_cast<JoinTeamDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    watch.start(20);
    for (const QString &joinUrl : {QString(), agentUrl}) {
        auto again = openTeamWorkspace(settings, credentials, joinUrl);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message()));
        QVERIFY(again.value().has_value());
        QCOMPARE(again.value()->workspace.id, remembered->id);
    }
    QVERIFY(!asked);
    watch.stop();

    // The keychain lost the password: the dialog asks for it again, saying why.
    credentials.remove(remembered->id, CredentialStore::Kind::DatabasePassword, this, [](Result<void>) {});
    QTRY_VERIFY(!credentials.contains(remembered->id, CredentialStore::Kind::DatabasePassword));
    QString reason;
    whenDialogShows([&reason](JoinTeamDialog *dialog) {
        for (auto *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"keychain"_s))
                reason = label->text();
        }
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
    });
    auto asking = openTeamWorkspace(settings, credentials, {});
    QVERIFY2(asking, asking ? "" : qPrintable(asking.error().message()));
    QVERIFY2(reason.contains(u"not in the keychain"_s), qPrintable(reason));
    QCOMPARE(asking.value()->workspace.id, remembered->id); // the same workspace, its id kept
    QCOMPARE(credentials.secret(remembered->id, CredentialStore::Kind::DatabasePassword), QByteArray("correct horse"));
    asking.value().reset();

    // Another workspace's address is refused while the profile is this one.
    Database::PostgresSettings elsewhere = agent;
    elsewhere.database = u"other"_s;
    QString otherRefusal;
    whenDialogShows([&otherRefusal](JoinTeamDialog *dialog) {
        field(dialog, u"Password"_s)->setText(u"x"_s);
        joinButton(dialog)->click();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        otherRefusal = error->text();
        dialog->reject();
    });
    auto other = openTeamWorkspace(settings, credentials, elsewhere.url());
    QVERIFY(!other);
    QCOMPARE(other.error().code(), Error::Code::Cancelled);
    QVERIFY2(otherRefusal.contains(u"already the team workspace"_s), qPrintable(otherRefusal));
    QCOMPARE(TeamWorkspace::fromSettings(settings)->database.url(), agentUrl);
}

void TestTeamWorkspace::showsWhoElseIsThere()
{
    auto database = m_server.createDatabase();
    QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
    BensApp ben(database.value());
    QVERIFY2(ben.window, qPrintable(ben.error));
    std::unique_ptr<Store> &store = ben.store;
    const Account &shop = ben.shop;
    MainWindow &window = *ben.window;
    Presence mine(database.value(), u"ben"_s);
    mine.setHeartbeat(std::chrono::milliseconds(200));
    mine.start();
    window.thread()->setPresence(&mine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Dana wrote; Ben opens her conversation.
    const SyncPage page = danasQuestion(shop);
    std::optional<Result<ChangeSet>> stored;
    store->storePage(page, this, [&stored](const Result<ChangeSet> &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    qint64 dana = 0;
    {
        auto reader = store->openReader();
        QVERIFY(reader);
        QSqlQuery query(reader.value()->connection());
        QVERIFY(query.exec(u"SELECT id FROM conversations"_s) && query.next());
        dana = query.value(0).toLongLong();
    }
    window.openConversation(dana);
    QTRY_VERIFY(window.thread()->conversation() && window.thread()->conversation()->conversation.id == dana);
    QLabel *line = window.thread()->presenceLabel();
    QVERIFY(!line->isVisible());

    // Ana opens it on her computer: Ben's thread says so; she writes, and it says that.
    Presence ana(database.value(), u"ana"_s);
    ana.setHeartbeat(std::chrono::milliseconds(200));
    ana.start();
    ana.show(dana);
    QTRY_VERIFY(line->isVisible());
    QCOMPARE(line->text(), u"ana is viewing"_s);
    ana.show(dana, Presence::Activity::Replying);
    QTRY_COMPARE(line->text(), u"ana is replying"_s);
    QCOMPARE(line->accessibleName(), line->text());

    // What Ben does, Ana sees: his typing makes him a replier, his empty box a viewer again.
    QTRY_COMPARE(ana.others(), (QList<Presence::Other>{{u"ben"_s, Presence::Activity::Viewing}}));
    window.thread()->compose()->setText(u"Let me check"_s);
    QTRY_COMPARE(ana.others(), (QList<Presence::Other>{{u"ben"_s, Presence::Activity::Replying}}));
    window.thread()->compose()->setText({});
    QTRY_COMPARE(ana.others(), (QList<Presence::Other>{{u"ben"_s, Presence::Activity::Viewing}}));

    // Ben leaves the conversation: Ana sees no one, and his line is gone.
    window.thread()->showConversation(std::nullopt);
    QTRY_VERIFY(ana.others().isEmpty());
    QVERIFY(!line->isVisible());
}

void TestTeamWorkspace::showsTheOthersChangesAtOnce()
{
    auto database = m_server.createDatabase();
    QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
    // Ben's app, wired as main.cpp wires a team workspace.
    BensApp ben(database.value());
    QVERIFY2(ben.window, qPrintable(ben.error));
    std::unique_ptr<Store> &store = ben.store;
    const Account &shop = ben.shop;
    MainWindow &window = *ben.window;
    TeamChanges changes(database.value(), u"ben"_s, store->writer()->origin());
    changes.setCheckInterval(std::chrono::milliseconds(200));
    connect(&changes, &TeamChanges::changed, store.get(), &Store::changed);
    QSignalSpy heard(&changes, &TeamChanges::changed);
    changes.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!heard.isEmpty()); // connected: from now on Ben hears every notice
    QAbstractItemModel *inbox = window.inbox()->list()->model();
    QCOMPARE(inbox->rowCount(), 0);

    // Ana's app, on her computer, stores what it fetched for the account: Ben's inbox shows it.
    auto anaOpened = Store::open(Database::Location::team(database.value()));
    QVERIFY2(anaOpened, anaOpened ? "" : qPrintable(anaOpened.error().message()));
    std::unique_ptr<Store> ana = std::move(anaOpened).value();
    const SyncPage page = danasQuestion(shop);
    std::optional<Result<ChangeSet>> stored;
    ana->storePage(page, this, [&stored](const Result<ChangeSet> &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QCOMPARE(stored->value().conversationIds.size(), 1);
    const qint64 conversation = *stored->value().conversationIds.constBegin();
    QTRY_COMPARE(inbox->rowCount(), 1);
    QCOMPARE(window.inbox()->currentConversation(), conversation);

    // Ana marks it done: it leaves Ben's open conversations.
    std::optional<Result<ChangeSet>> done;
    ana->write(
        "mark done",
        [conversation](Database &db) {
            return ConversationRepository(db).setState(conversation, Conversation::State::Done);
        },
        this, [&done](const Result<ChangeSet> &r) { done = r; });
    QTRY_VERIFY(done.has_value());
    QVERIFY(done->ok());
    QTRY_COMPARE(inbox->rowCount(), 0);
}

void TestTeamWorkspace::readsAgainAfterALostConnection()
{
    auto database = m_server.createDatabase();
    QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
    BensApp ben(database.value());
    QVERIFY2(ben.window, qPrintable(ben.error));
    MainWindow &window = *ben.window;
    TeamChanges changes(database.value(), u"ben"_s, ben.store->writer()->origin());
    changes.setCheckInterval(std::chrono::milliseconds(200));
    connect(&changes, &TeamChanges::changed, ben.store.get(), &Store::changed);
    QSignalSpy heard(&changes, &TeamChanges::changed);
    changes.start();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!heard.isEmpty());

    // Ben reads Dana's question (read on her phone already: opening it writes nothing).
    SyncPage page = danasQuestion(ben.shop);
    page.messages.first().read = true;
    std::optional<Result<ChangeSet>> stored;
    ben.store->storePage(page, this, [&stored](const Result<ChangeSet> &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QAbstractItemModel *thread = window.thread()->model();
    QTRY_COMPARE(thread->rowCount(), 1);
    QCOMPARE(thread->index(0, 0).data(MessageListModel::TextRole).toString(), u"Where is my order?"_s);
    QAbstractItemModel *inbox = window.inbox()->list()->model();
    QCOMPARE(inbox->rowCount(), 1);

    // While his app does not listen, someone else's app changes the message and starts another
    // conversation: their notices go past him (here, no notice at all).
    auto admin = Database::openPostgres(database.value(), Database::Role::Writer);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message()));
    QSqlQuery edit(admin.value()->connection());
    QVERIFY2(edit.exec(u"UPDATE messages SET text = 'Where is my order? It is late.' WHERE remote_id = 'm1'"_s),
             qPrintable(edit.lastError().text()));
    QVERIFY2(edit.exec(u"INSERT INTO conversations (account_id, remote_id, kind, title, last_activity)"
                       " SELECT account_id, 'dm-1002', kind, '', last_activity + 1 FROM conversations"_s),
             qPrintable(edit.lastError().text()));
    QTest::qWait(600); // several checks: the connection is fine, so nothing is read again
    QCOMPARE(thread->index(0, 0).data(MessageListModel::TextRole).toString(), u"Where is my order?"_s);
    const qsizetype heardBefore = heard.size();

    // The server ends his listening connection: his app connects again and, as it cannot know
    // what it missed, the thread and the inbox read theirs again.
    QVERIFY(
        edit.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Starling/ben'"_s));
    QTRY_VERIFY(heard.size() > heardBefore);
    QTRY_COMPARE(thread->index(0, 0).data(MessageListModel::TextRole).toString(), u"Where is my order? It is late."_s);
    QTRY_COMPARE(inbox->rowCount(), 2);
}

QTEST_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
