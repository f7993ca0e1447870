// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop expects of an app: a second start brings the running window to the front (the
// real binary started twice on one profile, and the handover itself in-process, with bad input);
// "Start Starling when I log in" writes and removes the XDG autostart entry; a new DM is announced
// through org.freedesktop.Notifications (a server of the test's own on the private D-Bus session
// that .ci/test runs the tests in), and its default action opens the conversation.

#include "Autostart.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "Profile.h"
#include "SingleInstance.h"
#include "TestData.h"
#include "WindowActivation.h"
#include "accounts/AccountManager.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxView.h"
#include "providers/ProviderFactory.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "thread/ThreadView.h"
#include "tray/FreedesktopNotifier.h"
#include "tray/TrayIcon.h"
#include "windows/SettingsDialog.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QLocalSocket>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 20000;

/** Runs @p job on a thread of its own (the handover blocks) while this thread's event loop runs. */
template<typename F>
auto offThread(F job)
{
    return std::async(std::launch::async, std::move(job));
}

template<typename T>
bool waitFor(std::future<T> &future)
{
    QDeadlineTimer deadline(waitMs);
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready && !deadline.hasExpired())
        QTest::qWait(10);
    return future.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready;
}

/** No network here: these tests store what a sync would have stored. */
class NoProviders final : public ProviderFactory
{
public:
    ProviderClient *create(const Account &, QObject *) override { return nullptr; }
};

/** The app's parts on a profile of its own, as app/main.cpp wires them (without a sync). */
struct App
{
    bool open(const QString &folder)
    {
        auto profile = Profile::open(folder);
        if (!profile)
            return false;
        profile->useForSettings();
        auto opened = Store::open(profile->databasePath());
        if (!opened)
            return false;
        store = std::move(opened).value();
        settings = std::make_unique<QSettings>();
        credentials = std::make_unique<FakeCredentialStore>();
        accounts = std::make_unique<AccountManager>(settings.get(), credentials.get(), store.get());
        accounts->load();
        sync = std::make_unique<SyncService>(store.get(), accounts.get(), std::make_shared<NoProviders>());
        window = std::make_unique<MainWindow>(*store, *accounts, *sync, MainWindow::Options{});
        return true;
    }

    std::unique_ptr<Store> store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<FakeCredentialStore> credentials;
    std::unique_ptr<AccountManager> accounts;
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<MainWindow> window;
};

/**
 * A desktop's notification server, as the Desktop Notifications Specification describes it.
 * The suite's tests share one session bus, so it records only what `client` (the bus name of the
 * app under test) asks for; other tests' notifications are answered from ids of their own.
 */
class FakeNotificationServer final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0; ///< what the server answered
    };
    QList<Call> calls;
    QString client;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        if (calledFromDBus() && message().service() != client)
            return ++m_foreignId;
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id});
        return id;
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s, u"body-markup"_s}; }
    void CloseNotification(uint) {}

private:
    uint m_lastId = 100;
    uint m_foreignId = 1'000'000;
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void handsOverToTheRunningApp();
    void nobodyListening();
    void refusesWhatIsNotARequest_data();
    void refusesWhatIsNotARequest();
    void removesStaleSocket();
    void bringsHiddenWindowToFront();
    void secondStartBringsFirstToFront();

    void startsAtLogin();
    void saysWhyItCannotStartAtLogin();

    void notifiesThroughTheDesktop();
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktop::handsOverToTheRunningApp()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    SingleInstance first(profile.path());
    QVERIFY(first.listen().ok());
    QVERIFY(first.isListening());
    QSignalSpy requested(&first, &SingleInstance::requested);

    InstanceRequest request;
    request.arguments = {u"--profile"_s, profile.path(), u"ünïcode arg"_s};
    request.workingDirectory = u"/somewhere/else"_s;
    request.activationToken = u"token-123"_s;
    // The second start finds the same name for the same folder, however it was spelled.
    const QString spelledOtherwise = profile.path() + u"/./"_s;
    QCOMPARE(SingleInstance::serverName(spelledOtherwise), first.serverName());
    auto handed = offThread([spelledOtherwise, request] {
        SingleInstance second(spelledOtherwise);
        auto result = second.handOver(request, std::chrono::milliseconds(waitMs));
        return result.ok() ? QString() : result.error().message();
    });
    QVERIFY(waitFor(handed));
    QCOMPARE(handed.get(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, waitMs);
    const auto got = requested.at(0).at(0).value<InstanceRequest>();
    QCOMPARE(got.arguments, request.arguments);
    QCOMPARE(got.workingDirectory, request.workingDirectory);
    QCOMPARE(got.activationToken, request.activationToken);

    // Another profile has another name: its start is not handed here.
    QTemporaryDir other;
    QVERIFY(SingleInstance::serverName(other.path()) != first.serverName());
}

void TestDesktop::nobodyListening()
{
    QTemporaryDir profile;
    SingleInstance nobody(profile.path());
    const auto result = nobody.handOver(InstanceRequest::thisProcess(), std::chrono::milliseconds(500));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Unavailable);
}

void TestDesktop::refusesWhatIsNotARequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not json") << QByteArray("hello\n");
    QTest::newRow("an array") << QByteArray("[1,2]\n");
    QTest::newRow("no version") << QByteArray(R"({"arguments":[]})"
                                              "\n");
    QTest::newRow("no arguments") << QByteArray(R"({"version":1})"
                                                "\n");
    QTest::newRow("arguments not text") << QByteArray(R"({"version":1,"arguments":[1]})"
                                                      "\n");
    QTest::newRow("endless line") << QByteArray(200 * 1024, 'x');
}

void TestDesktop::refusesWhatIsNotARequest()
{
    QFETCH(QByteArray, line);
    QTemporaryDir profile;
    SingleInstance first(profile.path());
    QVERIFY(first.listen().ok());
    QSignalSpy requested(&first, &SingleInstance::requested);
    const QString name = first.serverName();
    auto answer = offThread([name, line] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(waitMs))
            return QByteArray("no connection");
        socket.write(line);
        QByteArray got;
        // The app closes the connection without an answer.
        while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(waitMs))
            got += socket.readAll();
        got += socket.readAll();
        return got;
    });
    QVERIFY(waitFor(answer));
    QCOMPARE(answer.get(), QByteArray());
    QCOMPARE(requested.count(), 0);
    // It still listens, and a proper request after that is taken.
    auto handed = offThread([name = profile.path()] {
        return SingleInstance(name).handOver(InstanceRequest::thisProcess(), std::chrono::milliseconds(waitMs)).ok();
    });
    QVERIFY(waitFor(handed));
    QVERIFY(handed.get());
    QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, waitMs);
}

void TestDesktop::removesStaleSocket()
{
    // A crashed app leaves its socket file behind; the next one (holding the lock) takes over.
    QTemporaryDir profile;
    const QString name = SingleInstance::serverName(profile.path());
    QVERIFY2(name.startsWith(u'/'), qPrintable(name));
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance first(profile.path());
    const auto listening = first.listen();
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message()));
    auto handed = offThread([path = profile.path()] {
        return SingleInstance(path).handOver(InstanceRequest::thisProcess(), std::chrono::milliseconds(waitMs)).ok();
    });
    QVERIFY(waitFor(handed));
    QVERIFY(handed.get());
}

void TestDesktop::bringsHiddenWindowToFront()
{
    QMainWindow window;
    window.resize(400, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showMinimized();
    window.hide(); // in the tray
    QVERIFY(!window.isVisible());
    bringToFront(window, u"token"_s);
    QVERIFY(window.isVisible());
    QVERIFY(!window.isMinimized());
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void TestDesktop::secondStartBringsFirstToFront()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"starling.instance.info=true"_s);
    env.insert(u"QT_MESSAGE_PATTERN"_s, u"%{category}: %{message}"_s);

    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(QStringLiteral(STARLING_APP_BINARY), {u"--profile"_s, profile.path()});
    QVERIFY(first.waitForStarted(waitMs));
    const auto stopFirst = qScopeGuard([&first] {
        first.terminate();
        if (!first.waitForFinished(5000))
            first.kill();
        first.waitForFinished(5000);
    });
    QByteArray firstOutput;
    QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("starling.instance: listening on"), waitMs);

    QProcess second;
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::MergedChannels);
    env.insert(u"XDG_ACTIVATION_TOKEN"_s, u"from-the-launcher"_s);
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(STARLING_APP_BINARY), {u"--profile"_s, profile.path(), u"second-start-marker"_s});
    QVERIFY(second.waitForFinished(waitMs));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAll().constData());
    // The first one got the second's arguments and keeps running.
    QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("second-start-marker"), waitMs);
    QVERIFY(firstOutput.contains("a second start handed over:"));
    QCOMPARE(first.state(), QProcess::Running);
}

void TestDesktop::startsAtLogin()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
    const auto unset = qScopeGuard([] {
        qunsetenv("XDG_CONFIG_HOME");
        Autostart::setExtraArguments({});
    });
    App app;
    QVERIFY(app.open(dir.filePath(u"profile"_s)));
    // A profile named with a space and a dollar, quoted as desktop entries want.
    Autostart::setExtraArguments({u"--profile"_s, u"/home/me/my $profile"_s});
    const QString entry = dir.filePath(u"config/autostart/" STARLING_APP_ID ".desktop"_s);
    QCOMPARE(Autostart::entryPath(), entry);

    auto dialog = std::make_unique<SettingsDialog>(*app.accounts, *app.sync, app.window.get());
    auto *box = dialog->findChild<QCheckBox *>(u"startAtLogin"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Start Starling when I log in"_s);
    QVERIFY(!box->isChecked());
    QVERIFY(!QFile::exists(entry));

    box->click();
    QVERIFY(box->isChecked());
    QVERIFY(QFile::exists(entry));
    const QStringList lines = readAll(entry).split(u'\n');
    QCOMPARE(lines.value(0), u"[Desktop Entry]"_s);
    QVERIFY(lines.contains(u"Type=Application"_s));
    QVERIFY(lines.contains(u"Name=Starling"_s));
    QVERIFY(lines.contains(u"Icon=org.starlinginbox.Starling"_s));
    // This test's binary is not on the PATH, so the entry names it by its full path.
    const QString program = QCoreApplication::applicationFilePath();
    QVERIFY(!program.contains(u' '));
    const QString exec = u"Exec="_s + program + uR"( --hidden --profile "/home/me/my \\$profile")"_s;
    QVERIFY2(lines.contains(exec), qPrintable(lines.join(u" | "_s)));

    // Off again: the entry is gone.
    box->click();
    QVERIFY(!box->isChecked());
    QVERIFY(!QFile::exists(entry));

    // The box shows the entry as the system has it, whoever wrote it.
    QVERIFY(Autostart::setEnabled(true).ok());
    dialog = std::make_unique<SettingsDialog>(*app.accounts, *app.sync, app.window.get());
    QVERIFY(dialog->findChild<QCheckBox *>(u"startAtLogin"_s)->isChecked());
    QVERIFY(QFile::remove(entry));
    dialog = std::make_unique<SettingsDialog>(*app.accounts, *app.sync, app.window.get());
    QVERIFY(!dialog->findChild<QCheckBox *>(u"startAtLogin"_s)->isChecked());
}

void TestDesktop::saysWhyItCannotStartAtLogin()
{
    // A file where the autostart folder should be: the entry cannot be written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(u"config"_s)));
    QFile blocker(dir.filePath(u"config/autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("XDG_CONFIG_HOME"); });
    App app;
    QVERIFY(app.open(dir.filePath(u"profile"_s)));
    SettingsDialog dialog(*app.accounts, *app.sync, app.window.get());
    auto *box = dialog.findChild<QCheckBox *>(u"startAtLogin"_s);
    auto *error = dialog.findChild<QLabel *>(u"startAtLoginError"_s);
    QVERIFY(box && error);
    box->click();
    QVERIFY(!box->isChecked());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"could not change what starts when you log in"_s), qPrintable(error->text()));
}

void TestDesktop::notifiesThroughTheDesktop()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("No D-Bus session bus: run the tests under dbus-run-session, as .ci/test does.");
    // The notification server: an object of this test on a connection of its own.
    const QString connectionName = u"fake-notification-server"_s;
    QDBusConnection server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
    QVERIFY(server.isConnected());
    const auto disconnect = qScopeGuard([&server, connectionName] {
        server.unregisterService(FreedesktopNotifier::service);
        server.unregisterObject(FreedesktopNotifier::path);
        QDBusConnection::disconnectFromBus(connectionName);
    });
    FakeNotificationServer fake;
    fake.client = QDBusConnection::sessionBus().baseService();
    QVERIFY(server.registerObject(FreedesktopNotifier::path, &fake, QDBusConnection::ExportAllSlots));
    if (!server.registerService(FreedesktopNotifier::service))
        QSKIP("Another notification server owns org.freedesktop.Notifications on this session bus.");
    const auto signal = [&server](const QString &name, const QVariantList &arguments) {
        QDBusMessage message =
            QDBusMessage::createSignal(FreedesktopNotifier::path, FreedesktopNotifier::interface, name);
        message.setArguments(arguments);
        QVERIFY(server.send(message));
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    App app;
    QVERIFY(app.open(dir.filePath(u"profile"_s)));
    const Account shop = testdata::account(u"shop"_s);
    QVERIFY(app.accounts->add(shop).ok());
    TrayIcon tray(*app.window, *app.accounts, *app.store);
    auto *notifier = qobject_cast<FreedesktopNotifier *>(tray.notifier());
    QVERIFY(notifier);
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    int messages = 0;
    const auto write = [&](const QString &person, const QString &text) {
        ++messages;
        SyncPage page;
        page.accountId = shop.id;
        page.stream = u"dm"_s;
        page.identities << testdata::person(shop.id, person);
        page.conversations << testdata::directConversation(shop.id, u"dm-"_s + person, person);
        page.messages << testdata::inboundDm(shop.id, u"dm-"_s + person, u"m%1"_s.arg(messages), person, text,
                                             now.addSecs(messages));
        app.store->storePage(page, this, {});
    };
    const auto conversationOf = [&app](const QString &name) -> qint64 {
        ConversationListModel *model = app.window->inbox()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row).data(ConversationListModel::NameRole).toString() == name)
                return model->index(row).data(ConversationListModel::IdRole).toLongLong();
        }
        return 0;
    };
    const auto shown = [&app]() -> qint64 {
        const auto open = app.window->thread()->conversation();
        return open ? open->conversation.id : 0;
    };

    // Dana writes; her conversation is the one on screen.
    write(u"1001"_s, u"Where is my order?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 1, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(conversationOf(u"User 1001"_s) > 0, waitMs);
    const qint64 dana = conversationOf(u"User 1001"_s);
    app.window->openConversation(dana);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), dana, waitMs);

    // Ben writes: a notification with the app's name, icon and desktop entry.
    write(u"1002"_s, u"Do you ship to <Japan>?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 2, waitMs);
    const FakeNotificationServer::Call call = fake.calls.at(1);
    QCOMPARE(call.appName, u"Starling"_s);
    QCOMPARE(call.appIcon, u"org.starlinginbox.Starling"_s);
    QCOMPARE(call.replacesId, 0u);
    QCOMPARE(call.summary, u"User 1002 to @shop"_s);
    QCOMPARE(call.body, u"Do you ship to &lt;Japan&gt;?"_s); // the body is markup on this service
    QCOMPARE(call.actions, (QStringList{u"default"_s, u"Open"_s}));
    QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"org.starlinginbox.Starling"_s);
    QCOMPARE(call.hints.value(u"category"_s).toString(), u"im.received"_s);
    QCOMPARE(call.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>()); // a byte, as specified
    QCOMPARE(call.hints.value(u"urgency"_s).toInt(), 1);
    QCOMPARE(tray.lastNotification().first, call.summary);
    QTRY_VERIFY_WITH_TIMEOUT(notifier->openNotifications().contains(call.id), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(conversationOf(u"User 1002"_s) > 0, waitMs);
    const qint64 ben = conversationOf(u"User 1002"_s);
    QVERIFY(ben != dana);

    // Ben again while his notification is up: it is replaced, not stacked.
    write(u"1002"_s, u"Or to Korea?"_s);
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 3, waitMs);
    QCOMPARE(fake.calls.at(2).replacesId, call.id);
    QCOMPARE(fake.calls.at(2).body, u"Or to Korea?"_s);

    // The window is in the tray; a click on the notification brings it back with Ben's conversation.
    app.window->hide();
    QCOMPARE(shown(), dana);
    signal(u"ActionInvoked"_s, {call.id, u"default"_s});
    QTRY_COMPARE_WITH_TIMEOUT(shown(), ben, waitMs);
    QVERIFY(app.window->isVisible());
    QCOMPARE(app.window->inbox()->currentConversation(), ben);

    // Closed, it is forgotten: a late action for it opens nothing.
    signal(u"NotificationClosed"_s, {call.id, 2u});
    QTRY_VERIFY_WITH_TIMEOUT(!notifier->openNotifications().contains(call.id), waitMs);
    app.window->openConversation(dana);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), dana, waitMs);
    signal(u"ActionInvoked"_s, {call.id, u"default"_s});
    QTest::qWait(300);
    QCOMPARE(shown(), dana);

    // Without a server on the bus, the tray's balloon takes the notification instead.
    QVERIFY(server.unregisterService(FreedesktopNotifier::service));
    QTRY_VERIFY_WITH_TIMEOUT(!notifier->serviceAvailable(), waitMs);
    write(u"1003"_s, u"Hello from Ana"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tray.lastNotification().second, u"Hello from Ana"_s, waitMs);
    QCOMPARE(fake.calls.size(), 3);
}

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
