// SPDX-License-Identifier: GPL-3.0-or-later
// What the desktop expects of an app: a second start brings the running window to the front (the
// real binary started twice on one profile, and the handover itself in-process, with bad input).

#include "Profile.h"
#include "SingleInstance.h"
#include "WindowActivation.h"

#include <QDeadlineTimer>
#include <QLocalSocket>
#include <QMainWindow>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
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

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
