// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain, for real: a gnome-keyring Secret Service in a private D-Bus session (the test
// starts one around itself), then the same code with no Secret Service and with no D-Bus at all.
// Also the refresh of one X account by two processes at once, against the sandbox's single-use
// refresh tokens: they share the keychain, so this is where it can be tested for real.

#include "KeyringSession.h"
#include "Profile.h"
#include "accounts/AccountManager.h"
#include "auth/AuthServer.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/TokenRefresher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;

namespace {

const QString childReadFlag = u"--child-read"_s;
const QString childProbeFlag = u"--child-probe"_s;
const QString childRefreshFlag = u"--child-refresh"_s;
const QByteArray canary = "canary-secret-7f3a9c";

const QUuid accountA(u"{6b0c1f1e-2a51-4c3e-9a55-0d7f1b1e2a01}"_s);
const QUuid accountB(u"{6b0c1f1e-2a51-4c3e-9a55-0d7f1b1e2a02}"_s);
const QUuid accountC(u"{6b0c1f1e-2a51-4c3e-9a55-0d7f1b1e2a03}"_s);

/** Runs a keychain call and waits for its answer. */
template<typename T, typename Call>
Result<T> wait(Call call)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&](Result<T> r) { result = std::move(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Error(Error::Code::Timeout, u"the keyring did not answer"_s);
    return std::move(*result);
}

std::unique_ptr<KeychainCredentialStore> makeStore(const QString &service)
{
    auto store = std::make_unique<KeychainCredentialStore>();
    store->setService(service);
    store->setRetryDelay(std::chrono::milliseconds(200));
    return store;
}

/** Child: prints the secret another process wrote. */
int childRead(const QString &service, const QUuid &account)
{
    auto store = makeStore(service);
    auto secret = wait<QByteArray>(
        [&](QObject *c, auto done) { store->read(account, CredentialStore::Kind::RefreshToken, c, done); });
    if (!secret)
        return 3;
    std::printf("%s\n", secret.value().constData());
    return 0;
}

/**
 * Child, without a usable keyring: an account manager with one account probes the keyring,
 * tries to store a secret, and prints the account's state. The parent then checks that nothing
 * was deleted and nothing was written anywhere.
 */
int childProbe(const QString &settingsPath)
{
    QSettings settings(settingsPath, QSettings::IniFormat);
    auto store = makeStore(u"org.starlinginbox.Starling.test"_s);
    AccountManager manager(&settings, store.get(), nullptr);
    manager.load();
    if (manager.count() != 1)
        return 3;
    auto probed = wait<void>([&](QObject *c, auto done) { manager.checkKeyring(c, done); });
    auto written = wait<void>(
        [&](QObject *c, auto done) { store->write(accountA, CredentialStore::Kind::AccessToken, canary, c, done); });
    std::printf("probe=%s write=%s state=%d\n", qPrintable(probed ? u"ok"_s : Error::codeName(probed.error().code())),
                qPrintable(written ? u"ok"_s : Error::codeName(written.error().code())),
                int(manager.status(accountA).state));
    return 0;
}

/** Both processes' refresher: the sandbox's token endpoint, X's kind of client. */
OAuthConfig sandboxConfig(const QUrl &tokenUrl)
{
    OAuthConfig config = OAuthConfig::x(sandbox::AuthServer::defaultClientId(), 0);
    config.providerName = u"Sandbox"_s;
    config.tokenUrl = tokenUrl;
    return config;
}

/**
 * Child, as starling-cli next to the app: once the parent says "go", refreshes the account's
 * token on the profile's lock and prints the outcome: "ok <access token>" or "error <code>", and
 * "expired=<n>".
 */
int childRefresh(const QString &service, const QUuid &account, const QString &profile, const QUrl &tokenUrl)
{
    auto store = makeStore(service);
    store->setRefreshLockFolder(profile);
    TokenRefresher refresher(account, sandboxConfig(tokenUrl), store.get());
    int expired = 0;
    QObject::connect(&refresher, &TokenRefresher::signInExpired, &refresher, [&expired] { ++expired; });
    std::printf("ready\n");
    std::fflush(stdout);
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return 3;
    auto refreshed = wait<void>([&](QObject *c, auto done) { refresher.refresh(c, done); });
    if (refreshed)
        std::printf("ok %s\n", refresher.accessToken().constData());
    else
        std::printf("error %s\n", qPrintable(Error::codeName(refreshed.error().code())));
    std::printf("expired=%d\n", expired);
    return 0;
}

bool treeContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadOverwriteDelete();
    void anotherProcessReadsIt();
    void accountsDoNotSeeEachOther();
    void probeFindsTheKeyring();
    void twoProcessesRefreshOneAccount();
    void withoutKeyring_data();
    void withoutKeyring();

private:
    QString m_service;
    std::unique_ptr<KeychainCredentialStore> m_store;
};

void TestCredentialStore::initTestCase()
{
    // A service of its own, so that runs never see each other's entries.
    m_service = u"org.starlinginbox.Starling.test-%1"_s.arg(QCoreApplication::applicationPid());
    m_store = makeStore(m_service);
}

void TestCredentialStore::writeReadOverwriteDelete()
{
    using K = CredentialStore::Kind;
    auto written =
        wait<void>([&](QObject *c, auto done) { m_store->write(accountA, K::AccessToken, "first", c, done); });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message()));
    auto read = wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountA, K::AccessToken, c, done); });
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QByteArray("first"));

    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->write(accountA, K::AccessToken, "second", c, done); })));
    read = wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountA, K::AccessToken, c, done); });
    QCOMPARE(read.value(), QByteArray("second"));

    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountA, K::AccessToken, c, done); })));
    read = wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountA, K::AccessToken, c, done); });
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code(), Error::Code::NotFound);
    // Deleting what is gone is fine.
    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountA, K::AccessToken, c, done); })));
}

void TestCredentialStore::anotherProcessReadsIt()
{
    QVERIFY((wait<void>([&](QObject *c, auto done) {
        m_store->write(accountB, CredentialStore::Kind::RefreshToken, "shared-between-processes", c, done);
    })));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {test::inKeyringSessionFlag, childReadFlag, m_service, accountB.toString()});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 0);
    QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("shared-between-processes"));
}

void TestCredentialStore::accountsDoNotSeeEachOther()
{
    using K = CredentialStore::Kind;
    QVERIFY(
        (wait<void>([&](QObject *c, auto done) { m_store->write(accountA, K::RefreshToken, "a-secret", c, done); })));
    QVERIFY(
        (wait<void>([&](QObject *c, auto done) { m_store->write(accountB, K::RefreshToken, "b-secret", c, done); })));
    QCOMPARE(
        wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountA, K::RefreshToken, c, done); }).value(),
        QByteArray("a-secret"));
    QCOMPARE(
        wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountB, K::RefreshToken, c, done); }).value(),
        QByteArray("b-secret"));
    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountA, K::RefreshToken, c, done); })));
    QCOMPARE(
        wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountB, K::RefreshToken, c, done); }).value(),
        QByteArray("b-secret"));
    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountB, K::RefreshToken, c, done); })));
}

void TestCredentialStore::probeFindsTheKeyring()
{
    auto probed = wait<void>([&](QObject *c, auto done) { m_store->probe(c, done); });
    QVERIFY2(probed.ok(), probed.ok() ? "" : qPrintable(probed.error().message()));
}

void TestCredentialStore::twoProcessesRefreshOneAccount()
{
    // The app and starling-cli on one profile meet an expired X token at the same moment. X
    // refresh tokens work once and reusing one may revoke the whole grant (API-NOTES X-1): they
    // must take turns, and both must end up signed in.
    sandbox::AuthServer auth;
    QVERIFY(auth.listen());
    // A token endpoint slow enough that, without turns, both would send the same refresh token.
    auth.server().injectFault("POST"_ba, u"/oauth2/token"_s, sandbox::Fault::delayHeaders(1500ms));
    const TokenSet old = auth.issueGrant();
    using K = CredentialStore::Kind;
    QVERIFY((wait<void>(
        [&](QObject *c, auto done) { m_store->write(accountC, K::RefreshToken, old.refreshToken, c, done); })));
    QVERIFY((wait<void>(
        [&](QObject *c, auto done) { m_store->write(accountC, K::AccessToken, old.accessToken, c, done); })));
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    m_store->setRefreshLockFolder(profile.path());
    const auto noLock = qScopeGuard([this] { m_store->setRefreshLockFolder({}); });

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {test::inKeyringSessionFlag, childRefreshFlag, m_service, accountC.toString(), profile.path(),
                 auth.tokenUrl().toString()});
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 60000);
    QCOMPARE(child.readLine().trimmed(), "ready"_ba);

    TokenRefresher app(accountC, sandboxConfig(auth.tokenUrl()), m_store.get());
    QSignalSpy appExpired(&app, &TokenRefresher::signInExpired);
    std::optional<Result<void>> appResult;
    child.write("go\n");
    QVERIFY(child.waitForBytesWritten(10000));
    app.refresh(this, [&appResult](Result<void> r) { appResult.emplace(r); });
    // Not waitForFinished(): the sandbox answers the child from this process's event loop.
    QTRY_VERIFY_WITH_TIMEOUT(appResult.has_value() && child.state() == QProcess::NotRunning, 90000);

    const QByteArray out = child.readAllStandardOutput();
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(appResult->ok(), qPrintable(appResult->error().message()));
    QCOMPARE(appExpired.count(), 0);
    QVERIFY2(out.contains("expired=0"), out.constData());
    const QList<QByteArray> lines = out.split('\n');
    QVERIFY2(!lines.isEmpty() && lines.constFirst().startsWith("ok "), out.constData());
    const QByteArray childToken = lines.constFirst().mid(3);
    QVERIFY(auth.isAccessTokenValid(childToken));
    QVERIFY(auth.isAccessTokenValid(app.accessToken()));
    QVERIFY(childToken != app.accessToken());
    QCOMPARE(auth.refreshCount(), 2); // one after the other, each with a live refresh token
    const auto stored =
        wait<QByteArray>([&](QObject *c, auto done) { m_store->read(accountC, K::RefreshToken, c, done); });
    QVERIFY(stored.ok());
    QVERIFY(auth.isRefreshTokenValid(stored.value()));
    QVERIFY(!QFileInfo::exists(Profile::refreshLockPath(profile.path(), accountC)));

    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountC, K::RefreshToken, c, done); })));
    QVERIFY((wait<void>([&](QObject *c, auto done) { m_store->remove(accountC, K::AccessToken, c, done); })));
}

void TestCredentialStore::withoutKeyring_data()
{
    QTest::addColumn<bool>("busWithoutSecretService");
    QTest::newRow("a D-Bus session without a Secret Service") << true;
    QTest::newRow("no D-Bus at all") << false;
}

void TestCredentialStore::withoutKeyring()
{
    QFETCH(bool, busWithoutSecretService);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString settingsPath = home.filePath(u"settings/Starling.ini"_s);
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"Accounts/order"_s, QStringList{accountA.toString(QUuid::WithoutBraces)});
        settings.setValue(u"Accounts/%1/version"_s.arg(accountA.toString(QUuid::WithoutBraces)), 1);
        settings.setValue(u"Accounts/%1/network"_s.arg(accountA.toString(QUuid::WithoutBraces)), u"x"_s);
        settings.setValue(u"Accounts/%1/handle"_s.arg(accountA.toString(QUuid::WithoutBraces)), u"shop"_s);
    }
    const QByteArray settingsBefore = [&] {
        QFile f(settingsPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    if (busWithoutSecretService) {
        // A session bus that knows no services at all: no Secret Service can be activated.
        const QString config = home.filePath(u"bus.conf"_s);
        QFile conf(config);
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                   "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        conf.close();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        child.setProcessEnvironment(env);
        child.start(u"dbus-run-session"_s,
                    {u"--config-file"_s, config, u"--"_s, QCoreApplication::applicationFilePath(),
                     test::inKeyringSessionFlag, childProbeFlag, settingsPath});
    } else {
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(),
                    {test::inKeyringSessionFlag, childProbeFlag, settingsPath});
    }
    QVERIFY(child.waitForFinished(90000));
    const QByteArray out = child.readAllStandardOutput();
    QCOMPARE(child.exitCode(), 0);
    QVERIFY2(out.contains("probe=unavailable"), out.constData());
    QVERIFY2(out.contains("write=unavailable"), out.constData());
    const QByteArray expectedState = "state=" + QByteArray::number(int(AccountState::KeyringUnavailable));
    QVERIFY2(out.contains(expectedState), out.constData());

    // Nothing deleted: the account is still configured. Nothing written anywhere: no file under
    // the child's home holds the secret, and the settings are unchanged.
    QFile after(settingsPath);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), settingsBefore);
    QVERIFY(!treeContains(home.path(), canary));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    // A private D-Bus session with an unlocked gnome-keyring, and this test again inside it.
    if (const auto outer = test::runInKeyringSession(args, std::chrono::minutes(5)))
        return *outer;
    if (args.size() == 4 && args.at(1) == childReadFlag)
        return childRead(args.at(2), QUuid(args.at(3)));
    if (args.size() == 3 && args.at(1) == childProbeFlag)
        return childProbe(args.at(2));
    if (args.size() == 6 && args.at(1) == childRefreshFlag)
        return childRefresh(args.at(2), QUuid(args.at(3)), args.at(4), QUrl(args.at(5)));
    TestCredentialStore test;
    return QTest::qExec(&test, args);
}

#include "TestCredentialStore.moc"
