// SPDX-License-Identifier: GPL-3.0-or-later
// The leak check (accounts issue): with every logging category on, Qt's own included, a sign-in,
// a token refresh and two syncs run against the sandbox servers with recognisable canary secrets.
// Then every log line, the database files (open and closed), the settings file and every file
// under the profile and the home folder are searched: no secret and no message body may be in a
// log, and no secret in any file. The keychain is the one place the secrets belong, and the test
// reads them back from there to prove they were real. It runs the real KeychainCredentialStore
// against a gnome-keyring in a private D-Bus session, with a home folder of its own, which main()
// sets up around the test.

#include "LoopbackServer.h"
#include "Profile.h"
#include "accounts/AccountManager.h"
#include "auth/AuthServer.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/TokenRefresher.h"
#include "providers/x/XClient.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QDir>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::AuthServer;
using starling::sandbox::LoopbackServer;
using starling::sandbox::Request;
using starling::sandbox::XServer;
using Kind = starling::CredentialStore::Kind;

namespace {

// Generous, for a loaded machine; every wait ends as soon as its condition holds.
constexpr int waitMs = 20000;

const QString inSessionFlag = u"--in-session"_s;

/** Every token the sandbox issues begins with this, and so does the client secret. */
const QByteArray canaryMark = "CANARY-7c41e2"_ba;
const QByteArray clientSecret = canaryMark + "-client-secret-Vb3xQ9sLw2"_ba;

/** Message bodies begin with a marker, so a log that shortens a body is caught too. */
const QByteArray bodyMark = "BODY-5e0f"_ba;

const QUuid accountId(u"{0d6f3a52-1c7e-4b8a-9f21-5a3e7c9b1d04}"_s);

// ---- The log -------------------------------------------------------------------------------

struct LogLine
{
    QByteArray category;
    QtMsgType type = QtDebugMsg;
    QString message;
};

QMutex s_logMutex;
QList<LogLine> s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&s_logMutex);
        s_log.append({QByteArray(context.category ? context.category : "default"), type, message});
    }
    // Everything is kept; only warnings and worse go on to the test's output, or debug would drown it.
    if (type != QtDebugMsg && type != QtInfoMsg && s_previousHandler)
        s_previousHandler(type, context, message);
}

QList<LogLine> capturedLog()
{
    const QMutexLocker locker(&s_logMutex);
    return s_log;
}

// ---- What to look for, and where -----------------------------------------------------------

/** One form of one secret: the bytes to look for. */
struct Needle
{
    QString secret;
    QString form;
    QByteArray bytes;
};

/** One haystack: a log line or a file's bytes. */
struct Haystack
{
    QString place;
    QByteArray bytes;
};

QByteArray utf16(const QByteArray &latin1)
{
    const QString text = QString::fromLatin1(latin1);
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * qsizetype(sizeof(char16_t)));
}

/**
 * The forms a secret could take on its way into a file or a log line: as is, percent-encoded,
 * base64 and base64url (at each of the three alignments it can have inside a longer encoded
 * blob), hex and UTF-16.
 */
QList<Needle> formsOf(const QString &secret, const QByteArray &value)
{
    QList<Needle> forms;
    const auto add = [&](const QString &form, const QByteArray &bytes) {
        if (bytes.size() < 8)
            return;
        for (const Needle &known : std::as_const(forms)) {
            if (known.bytes == bytes)
                return;
        }
        forms.append({secret, form, bytes});
    };
    add(u"as is"_s, value);
    add(u"percent-encoded"_s, QUrl::toPercentEncoding(QString::fromLatin1(value)));
    for (int skip = 0; skip < 3; ++skip) {
        QByteArray aligned = value.mid(skip);
        aligned.chop(aligned.size() % 3);
        add(u"base64"_s, aligned.toBase64());
        add(u"base64url"_s, aligned.toBase64(QByteArray::Base64UrlEncoding));
    }
    add(u"hex"_s, value.toHex());
    add(u"HEX"_s, value.toHex().toUpper());
    add(u"UTF-16"_s, utf16(value));
    return forms;
}

/** Where @p needles occur in @p haystacks, one line per finding, with every secret in the excerpt masked. */
QStringList findIn(const QList<Haystack> &haystacks, const QList<Needle> &needles)
{
    QList<Needle> masks = needles;
    std::sort(masks.begin(), masks.end(),
              [](const Needle &a, const Needle &b) { return a.bytes.size() > b.bytes.size(); });
    QStringList findings;
    for (const Haystack &haystack : haystacks) {
        for (const Needle &needle : needles) {
            const qsizetype at = haystack.bytes.indexOf(needle.bytes);
            if (at < 0)
                continue;
            const qsizetype from = std::max<qsizetype>(0, at - 80);
            QByteArray excerpt = haystack.bytes.mid(from, needle.bytes.size() + 160);
            // The excerpt shows what was around the secret, never the secret itself (longest
            // first, so that no part of a secret stays visible next to a shorter one's mask).
            for (const Needle &other : masks)
                excerpt.replace(other.bytes, QByteArray("<" + other.secret.toUtf8() + ">"));
            for (char &c : excerpt) {
                if (static_cast<unsigned char>(c) < 0x20)
                    c = '.';
            }
            findings << u"%1 (%2) in %3 at byte %4: …%5…"_s.arg(needle.secret, needle.form, haystack.place)
                            .arg(at)
                            .arg(QString::fromUtf8(excerpt));
        }
    }
    return findings;
}

QList<Haystack> logHaystacks(const QList<LogLine> &log)
{
    QList<Haystack> haystacks;
    haystacks.reserve(log.size());
    for (qsizetype i = 0; i < log.size(); ++i) {
        const LogLine &line = log.at(i);
        haystacks.append({u"log line %1 [%2]"_s.arg(i).arg(QString::fromUtf8(line.category)),
                          line.category + ": " + line.message.toUtf8()});
    }
    return haystacks;
}

const QString unreadable = u" (unreadable)"_s;

/** Every regular file under @p root, except those under @p skip. */
QList<Haystack> fileHaystacks(const QString &root, const QString &skip = {})
{
    QList<Haystack> haystacks;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skip.isEmpty() && (path == skip || path.startsWith(skip + u'/')))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            // Unreadable means unsearched: that must not pass silently.
            haystacks.append({path + unreadable, {}});
            continue;
        }
        haystacks.append({path, file.readAll()});
    }
    return haystacks;
}

QList<Haystack> databaseHaystacks(const QString &databasePath, const QString &when)
{
    QList<Haystack> haystacks;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(databasePath + suffix);
        if (file.open(QIODevice::ReadOnly))
            haystacks.append({file.fileName() + u' ' + when, file.readAll()});
    }
    return haystacks;
}

// ---- Results from the store's thread ---------------------------------------------------------

/** A value handed from the store's thread to the test's. */
template<typename T>
class Mailbox
{
public:
    void put(T value)
    {
        const QMutexLocker locker(&m_mutex);
        m_value.emplace(std::move(value));
    }
    bool has() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_value.has_value();
    }
    /** Waits (running the event loop) for the value; nullopt if none came in time. */
    std::optional<T> wait()
    {
        if (!QTest::qWaitFor([this] { return has(); }, waitMs))
            return std::nullopt;
        const QMutexLocker locker(&m_mutex);
        return std::move(m_value);
    }

private:
    mutable QMutex m_mutex;
    std::optional<T> m_value;
};

template<typename T>
QByteArray failureOf(const std::optional<Result<T>> &result)
{
    if (!result)
        return "no answer in time"_ba;
    return result->ok() ? QByteArray() : result->error().message().toUtf8();
}

/** Runs a keychain call on the test's thread and waits for its answer. */
template<typename T, typename Call>
std::optional<Result<T>> keychain(Call call)
{
    std::optional<Result<T>> result;
    QObject context;
    call(&context, [&result](Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return std::nullopt;
    return result;
}

} // namespace

class TestLeakCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void searchFindsEveryForm();
    void signInRefreshAndSync();
    void keychainHoldsTheSecrets();
    void noSecretIn_data();
    void noSecretIn();
    void noMessageBodyInTheLog();

private:
    /** Runs @p call on the store's thread, where the sync engine, the X client and the refresher live. */
    template<typename Call>
    void onStoreThread(Call call)
    {
        QMetaObject::invokeMethod(m_store->writer(), std::move(call), Qt::BlockingQueuedConnection);
    }
    void signIn(TokenSet &tokens);
    void sync(int expectedCycles);
    void closeEverything();
    void collectSecrets(const TokenSet &signIn);
    QList<Needle> secretNeedles() const;

    QString m_home;
    QString m_keyringDir;
    QString m_profileDir;
    QString m_settingsPath;
    QString m_databasePath;

    std::unique_ptr<AuthServer> m_auth;
    std::unique_ptr<XServer> m_x;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AccountManager> m_accounts;
    // These three live on the store's thread, and are created and deleted there.
    std::unique_ptr<TokenRefresher> m_refresher;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<SyncEngine> m_engine;

    QString m_shop;
    QString m_alice;
    QString m_bob;
    QString m_carol;
    QSet<QByteArray> m_bearerTokens; ///< every access token the X server was shown
    QList<int> m_newMessages; ///< per finished sync cycle
    QStringList m_messageTexts;
    QList<QPair<QString, QByteArray>> m_secrets; ///< name, value
    QByteArray m_accessToken; ///< current after the refresh
    QList<Haystack> m_openDatabase; ///< the database files just before they were closed
    bool m_flowDone = false;
};

void TestLeakCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_home = QDir::homePath();
    // main() gave this run a home of its own; never search (or litter) a real one.
    QVERIFY2(qEnvironmentVariableIsSet("STARLING_LEAKCHECK_HOME")
                 && m_home == qEnvironmentVariable("STARLING_LEAKCHECK_HOME"),
             "run through main(), which sets up the private session and home");
    m_keyringDir = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings"_s;
    QVERIFY(m_keyringDir.startsWith(m_home + u'/'));

    // Every category on, Qt's own included (qt.network.*, qt.core.*…), at every level.
    QLoggingCategory::setFilterRules(u"*=true"_s);
    s_previousHandler = qInstallMessageHandler(captureMessage);

    m_auth = std::make_unique<AuthServer>();
    QVERIFY(m_auth->listen());
    m_auth->setTokenPrefix(canaryMark);
    // A confidential client, so that a client secret travels too.
    m_auth->setRegisteredClient(AuthServer::defaultClientId(), clientSecret);

    m_x = std::make_unique<XServer>();
    QVERIFY(m_x->listen());
    m_x->setAllRateLimits(100000);
    m_shop = m_x->addUser(u"shop"_s, u"The Shop"_s);
    m_alice = m_x->addUser(u"alice"_s, u"Alice"_s);
    m_bob = m_x->addUser(u"bob"_s, u"Bob"_s);
    m_carol = m_x->addUser(u"carol"_s, u"Carol"_s);
    QVERIFY(!m_shop.isEmpty() && !m_alice.isEmpty() && !m_bob.isEmpty() && !m_carol.isEmpty());
    m_x->setOwnUser(m_shop);
    // The X server knows the tokens the authorization server issued, as a resource server that
    // asks its authorization server about a token it has not seen (RFC 7662). A token it has seen
    // keeps its state, so expireToken() sticks.
    connect(&m_x->http(), &LoopbackServer::requestReceived, this, [this](const Request &request) {
        const QByteArray header = request.headers.value("authorization");
        if (!header.startsWith("Bearer "))
            return;
        const QByteArray token = header.mid(7).trimmed();
        if (m_bearerTokens.contains(token))
            return;
        m_bearerTokens.insert(token);
        if (m_auth->isAccessTokenValid(token))
            m_x->addToken(m_shop, token);
    });

    m_keychain = std::make_unique<KeychainCredentialStore>();
    m_keychain->setRetryDelay(200ms);

    const Result<Profile> profile = Profile::open(m_home + u"/profile"_s);
    QVERIFY(profile.ok());
    m_profileDir = profile->path();
    m_databasePath = profile->databasePath();
    m_settingsPath = QDir(m_profileDir).filePath(u"Starling.ini"_s);
}

void TestLeakCheck::cleanupTestCase()
{
    closeEverything();
    m_x.reset();
    m_auth.reset();
    m_keychain.reset();
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
    QLoggingCategory::setFilterRules(QString());
}

void TestLeakCheck::searchFindsEveryForm()
{
    // The search itself, on a secret hidden in the ways a careless log or file could hold it.
    const QByteArray secret = canaryMark + "-access-9-Zm9vYmFyYmF6cXV4"_ba;
    const QList<Needle> needles = formsOf(u"test secret"_s, secret);
    const QList<QByteArray> hidden{
        QByteArray("token=" + secret),
        QByteArray("{\"blob\":\"x" + QByteArray("ab" + secret + "cd").toBase64() + "\"}"),
        QByteArray("{\"blob\":\"" + QByteArray("abc" + secret).toBase64(QByteArray::Base64UrlEncoding) + "\"}"),
        QByteArray("@ByteArray(" + secret.toHex() + ")"),
        QByteArray(QByteArray(2, '\0') + utf16(secret) + QByteArray(1, '\0')),
    };
    for (const QByteArray &bytes : hidden) {
        const QStringList found = findIn({{u"haystack"_s, bytes}}, needles);
        QVERIFY2(!found.isEmpty(), bytes.constData());
        QVERIFY(!found.join(u' ').contains(QString::fromLatin1(secret)));
    }
    QVERIFY(findIn({{u"haystack"_s, "nothing to see here, only " + canaryMark.left(6)}}, needles).isEmpty());
}

void TestLeakCheck::signInRefreshAndSync()
{
    // The account, with a working keyring and the profile's settings and store.
    m_settings = std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat);
    auto opened = Store::open(m_databasePath);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    m_store = std::move(opened).value();
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_keychain.get(), m_store.get());
    m_accounts->load();
    const auto probed = keychain<void>([&](QObject *c, auto done) { m_accounts->checkKeyring(c, done); });
    QVERIFY2(probed && probed->ok(), failureOf(probed).constData());

    // Someone wrote before the sign-in: these arrive with the first sync.
    const QString firstText = QString::fromLatin1(bodyMark) + u"-dm1 Is the blue teapot still in stock?"_s;
    const QString secondText = QString::fromLatin1(bodyMark) + u"-dm2 My order 4417 never arrived, please help"_s;
    const QString mentionText = QString::fromLatin1(bodyMark) + u"-mention1 best tea shop in town!"_s;
    QVERIFY(!m_x->deliverDirectMessage(m_alice, m_shop, firstText).isEmpty());
    QVERIFY(!m_x->deliverDirectMessage(m_bob, m_shop, secondText).isEmpty());
    QVERIFY(!m_x->mention(m_carol, m_shop, mentionText).isEmpty());
    m_messageTexts << firstText << secondText << mentionText;

    TokenSet tokens;
    signIn(tokens);
    if (QTest::currentTestFailed())
        return;

    // The sign-in's tokens go to the keychain through the refresher, which lives with the X client
    // and the sync engine on the store's thread. Its client secret comes from the keychain, as in
    // the app.
    OAuthConfig config = m_auth->config();
    config.clientSecret.clear();
    const auto secret =
        keychain<QByteArray>([&](QObject *c, auto done) { m_keychain->read(accountId, Kind::ClientSecret, c, done); });
    QVERIFY2(secret && secret->ok(), failureOf(secret).constData());
    config.clientSecret = secret->value();
    onStoreThread([&] {
        m_refresher = std::make_unique<TokenRefresher>(accountId, config, m_keychain.get());
        XClient::Config xConfig;
        xConfig.apiBase = m_x->baseUrl();
        xConfig.accountId = accountId;
        m_client = std::make_unique<XClient>(xConfig, m_refresher.get());
        m_engine = std::make_unique<SyncEngine>(m_store->writer());
        SyncEngine::Intervals intervals;
        // Nothing polls by itself during the test: the test says when.
        intervals.active = intervals.idle = std::chrono::hours(1);
        m_engine->setIntervals(intervals);
    });
    connect(m_engine.get(), &SyncEngine::cycleFinished, this,
            [this](const QUuid &, SyncStream, int newMessages) { m_newMessages << newMessages; });
    connect(m_engine.get(), &SyncEngine::accountStatusChanged, m_accounts.get(),
            [this](const QUuid &id, const AccountStatus &status) { m_accounts->setStatus(id, status); });

    auto stored = std::make_shared<Mailbox<Result<void>>>();
    onStoreThread(
        [&] { m_refresher->setTokens(tokens, m_refresher.get(), [stored](Result<void> r) { stored->put(r); }); });
    const auto storedResult = stored->wait();
    QVERIFY2(storedResult && storedResult->ok(), failureOf(storedResult).constData());

    // Who signed in; then the account joins the list, the settings and the store.
    auto me = std::make_shared<Mailbox<Result<Identity>>>();
    onStoreThread([&] { m_client->whoAmI(m_client.get(), [me](Result<Identity> r) { me->put(std::move(r)); }); });
    const auto identity = me->wait();
    QVERIFY2(identity && identity->ok(), failureOf(identity).constData());
    QCOMPARE(identity->value().remoteId, m_shop);
    Account account;
    account.id = accountId;
    account.network = Network::X;
    account.handle = identity->value().handle;
    account.displayName = identity->value().displayName;
    account.serverUrl = m_x->baseUrl();
    account.remoteUserId = identity->value().remoteId;
    account.clientId = config.clientId;
    QVERIFY(m_accounts->add(account).ok());
    onStoreThread([&] { m_client->setOwnUserId(account.remoteUserId); });

    // The first sync: both streams, with the sign-in's token.
    onStoreThread([&] { m_engine->addAccount(accountId, m_client.get()); });
    sync(2);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_auth->refreshCount(), 0);

    // More arrives; meanwhile the access token expires. The next sync meets a 401, refreshes
    // (once, for both streams) and stores the new tokens, then fetches with the new one.
    const QString thirdText = QString::fromLatin1(bodyMark) + u"-dm3 Found it, it was at the neighbour's. Thanks!"_s;
    const QString secondMention = QString::fromLatin1(bodyMark) + u"-mention2 their scones are great too"_s;
    QVERIFY(!m_x->deliverDirectMessage(m_bob, m_shop, thirdText).isEmpty());
    QVERIFY(!m_x->mention(m_alice, m_shop, secondMention).isEmpty());
    m_messageTexts << thirdText << secondMention;
    m_x->expireToken(tokens.accessToken);
    onStoreThread([&] { m_engine->syncNow(accountId); });
    sync(4);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_auth->refreshCount(), 1);
    onStoreThread([&] { m_accessToken = m_refresher->accessToken(); });
    QVERIFY(m_accessToken.startsWith(canaryMark));
    QVERIFY(m_accessToken != tokens.accessToken);
    QVERIFY(m_x->isTokenValid(m_accessToken));
    QCOMPARE(m_accounts->status(accountId).state, AccountState::Connected);

    collectSecrets(tokens);
    closeEverything();
    QVERIFY(!m_openDatabase.isEmpty());
    m_flowDone = true;
}

void TestLeakCheck::signIn(TokenSet &tokens)
{
    // As the add-account flow does: the client secret is kept in the keychain, never in settings.
    const auto written = keychain<void>(
        [&](QObject *c, auto done) { m_keychain->write(accountId, Kind::ClientSecret, clientSecret, c, done); });
    QVERIFY2(written && written->ok(), failureOf(written).constData());

    OAuthLoopbackFlow flow(m_auth->config());
    std::optional<Result<TokenSet>> outcome;
    connect(&flow, &OAuthLoopbackFlow::finished, &flow,
            [&outcome](const Result<TokenSet> &result) { outcome.emplace(result); });
    const Result<QUrl> started = flow.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message()));

    // The browser: follows the server's 302 to the loopback listener.
    QNetworkAccessManager browser;
    QNetworkRequest request(started.value());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(browser.get(request));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), waitMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(outcome->ok(), failureOf(outcome).constData());

    tokens = outcome->value();
    // The canaries are real: the tokens carry the mark, and the refresh token comes too.
    QVERIFY(tokens.accessToken.startsWith(canaryMark));
    QVERIFY(tokens.refreshToken.startsWith(canaryMark));
    QCOMPARE(m_auth->codeExchangeCount(), 1);
}

void TestLeakCheck::sync(int expectedCycles)
{
    // A cycle per stream; each brings what was written since the last one.
    QTRY_COMPARE_WITH_TIMEOUT(m_newMessages.size(), expectedCycles, waitMs);
    for (qsizetype i = expectedCycles - 2; i < expectedCycles; ++i)
        QVERIFY2(m_newMessages.at(i) > 0, qPrintable(u"cycle %1 brought nothing"_s.arg(i)));
}

void TestLeakCheck::closeEverything()
{
    if (m_store) {
        onStoreThread([this] {
            m_engine.reset();
            m_client.reset();
            m_refresher.reset();
        });
        m_store->flush();
        m_openDatabase = databaseHaystacks(m_databasePath, u"(open)"_s);
    }
    m_accounts.reset();
    m_store.reset();
    if (m_settings) {
        m_settings->sync();
        m_settings.reset();
    }
}

void TestLeakCheck::collectSecrets(const TokenSet &signIn)
{
    // Every secret value that went over the wire, as the servers received them.
    QSet<QByteArray> seen;
    const auto add = [this, &seen](const QString &name, const QByteArray &value) {
        if (value.isEmpty() || seen.contains(value))
            return;
        seen.insert(value);
        m_secrets.append({u"%1 #%2"_s.arg(name).arg(m_secrets.size() + 1), value});
    };
    add(u"the client secret"_s, clientSecret);
    add(u"the access token of the sign-in"_s, signIn.accessToken);
    add(u"the refresh token of the sign-in"_s, signIn.refreshToken);
    add(u"the access token after the refresh"_s, m_accessToken);
    for (const AuthServer::Authorization &authorization : m_auth->authorizations())
        add(u"the state"_s, authorization.state.toLatin1());
    for (const Request &request : m_auth->server().requests()) {
        QString text = QString::fromUtf8(request.body);
        text.replace(u'+', u"%20"_s);
        const QUrlQuery form(text);
        for (const QString &key : {u"code"_s, u"code_verifier"_s, u"refresh_token"_s, u"client_secret"_s})
            add(u"the %1 sent"_s.arg(key), form.queryItemValue(key, QUrl::FullyDecoded).toUtf8());
    }
    for (const QByteArray &token : std::as_const(m_bearerTokens))
        add(u"a bearer token sent"_s, token);
    add(u"the canary mark"_s, canaryMark);
}

QList<Needle> TestLeakCheck::secretNeedles() const
{
    QList<Needle> needles;
    for (const auto &[name, value] : m_secrets)
        needles << formsOf(name, value);
    return needles;
}

void TestLeakCheck::keychainHoldsTheSecrets()
{
    QVERIFY2(m_flowDone, "the sign-in, refresh and sync did not complete");
    // The keychain is where the secrets belong, and they are there: the search below looks for
    // real values.
    const auto read = [this](Kind kind) {
        return keychain<QByteArray>([&](QObject *c, auto done) { m_keychain->read(accountId, kind, c, done); });
    };
    const auto refreshToken = read(Kind::RefreshToken);
    QVERIFY2(refreshToken && refreshToken->ok(), failureOf(refreshToken).constData());
    QVERIFY(refreshToken->value().startsWith(canaryMark));
    QVERIFY2(m_auth->isRefreshTokenValid(refreshToken->value()), "the keychain's refresh token is not the current one");
    const auto accessToken = read(Kind::AccessToken);
    QVERIFY2(accessToken && accessToken->ok(), failureOf(accessToken).constData());
    QCOMPARE(accessToken->value(), m_accessToken);
    const auto secret = read(Kind::ClientSecret);
    QVERIFY2(secret && secret->ok(), failureOf(secret).constData());
    QCOMPARE(secret->value(), clientSecret);

    // The rotated refresh token was only in the keychain (the server never sent it back); search for it too.
    m_secrets.append({u"the refresh token after the refresh"_s, refreshToken->value()});
    // Two of each token, the code, the verifier, the state, the client secret and the mark.
    QVERIFY(m_secrets.size() >= 9);
}

void TestLeakCheck::noSecretIn_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("the log") << u"log"_s;
    QTest::newRow("the database files while open") << u"open database"_s;
    QTest::newRow("the database files after closing") << u"closed database"_s;
    QTest::newRow("the settings file") << u"settings"_s;
    QTest::newRow("any file in the profile folder") << u"profile"_s;
    QTest::newRow("any file in the home folder but the keyring's") << u"home"_s;
}

void TestLeakCheck::noSecretIn()
{
    QFETCH(QString, where);
    QVERIFY2(m_flowDone, "the sign-in, refresh and sync did not complete");

    QList<Haystack> haystacks;
    if (where == u"log") {
        const QList<LogLine> log = capturedLog();
        // The categories were on: the modules of ours that speak on success did, at debug level
        // too, and so did Qt's own.
        for (const char *prefix : {"starling.core.auth", "starling.core.net", "starling.core.store", "qt."}) {
            QVERIFY2(std::any_of(log.cbegin(), log.cend(),
                                 [prefix](const LogLine &line) { return line.category.startsWith(prefix); }),
                     prefix);
        }
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const LogLine &line) { return line.type == QtDebugMsg; }));
        haystacks = logHaystacks(log);
    } else if (where == u"open database") {
        haystacks = m_openDatabase;
    } else if (where == u"closed database") {
        haystacks = databaseHaystacks(m_databasePath, u"(closed)"_s);
    } else if (where == u"settings") {
        QFile settings(m_settingsPath);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray bytes = settings.readAll();
        // The account is there, so this is the file the account manager wrote.
        QVERIFY2(bytes.contains(accountId.toString(QUuid::WithoutBraces).toLatin1()), bytes.constData());
        haystacks.append({m_settingsPath, bytes});
    } else if (where == u"profile") {
        haystacks = fileHaystacks(m_profileDir);
    } else {
        haystacks = fileHaystacks(m_home, m_keyringDir);
    }
    QVERIFY(!haystacks.isEmpty());
    for (const Haystack &haystack : std::as_const(haystacks))
        QVERIFY2(!haystack.place.endsWith(unreadable), qPrintable(haystack.place));

    const QStringList findings = findIn(haystacks, secretNeedles());
    QVERIFY2(findings.isEmpty(), qPrintable(u"\n"_s + findings.mid(0, 20).join(u'\n')));
}

void TestLeakCheck::noMessageBodyInTheLog()
{
    QVERIFY2(m_flowDone, "the sign-in, refresh and sync did not complete");
    // Named by number: a failure message must not print what it is about.
    QList<Needle> needles{{u"a message body's marker"_s, u"as is"_s, bodyMark}};
    for (qsizetype i = 0; i < m_messageTexts.size(); ++i)
        needles.append({u"message body #%1"_s.arg(i + 1), u"as is"_s, m_messageTexts.at(i).toUtf8()});

    // The bodies were there to be logged: the store holds them.
    QList<Haystack> database = m_openDatabase;
    database << databaseHaystacks(m_databasePath, u"(closed)"_s);
    QByteArray all;
    for (const Haystack &haystack : std::as_const(database))
        all += haystack.bytes;
    for (qsizetype i = 0; i < m_messageTexts.size(); ++i)
        QVERIFY2(all.contains(m_messageTexts.at(i).toUtf8()),
                 qPrintable(u"message body #%1 is not stored"_s.arg(i + 1)));

    const QStringList findings = findIn(logHaystacks(capturedLog()), needles);
    QVERIFY2(findings.isEmpty(), qPrintable(u"\n"_s + findings.mid(0, 20).join(u'\n')));
}

namespace {

/**
 * Runs the test again inside a private D-Bus session with an unlocked gnome-keyring and a home
 * folder of its own, so that the real keychain is used and nothing of the developer's is touched.
 * Its output is searched as well: GLib's messages (libsecret, under QtKeychain) bypass Qt's
 * message handler.
 */
int runInPrivateSession(const QStringList &args)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    for (const QString &dir : {u"tmp"_s, u"run"_s, u".local/share"_s, u".config"_s, u".cache"_s})
        QDir(home.path()).mkpath(dir);
    QFile::setPermissions(home.filePath(u"run"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"STARLING_LEAKCHECK_HOME"_s, home.path());
    env.insert(u"TMPDIR"_s, home.filePath(u"tmp"_s)); // temporary files land where they are searched
    env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"run"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    // Nothing from outside may turn categories off again.
    env.remove(u"QT_LOGGING_RULES"_s);
    env.remove(u"QT_LOGGING_CONF"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::MergedChannels);
    session.start(u"dbus-run-session"_s,
                  QStringList{u"--"_s, u"sh"_s, u"-c"_s,
                              u"printf test-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                              " && exec env G_MESSAGES_DEBUG=all \"$0\" --in-session \"$@\""_s,
                              QCoreApplication::applicationFilePath()}
                      + args.mid(1));
    const bool finished = session.waitForFinished(100000);
    const QByteArray output = session.readAll();
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
    if (!finished) {
        session.kill();
        session.waitForFinished();
        return 2;
    }
    // The test masks every secret in what it prints, so what is found here went around it.
    int status = session.exitStatus() == QProcess::NormalExit ? session.exitCode() : 3;
    for (const QByteArray &mark : {canaryMark, bodyMark}) {
        if (output.contains(mark)) {
            std::fprintf(stderr, "FAIL: the output of the test holds \"%s\", outside Qt's logging\n", mark.constData());
            status = status != 0 ? status : 1;
        }
    }
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    if (!args.contains(inSessionFlag))
        return runInPrivateSession(args);
    args.removeAll(inSessionFlag);
    TestLeakCheck test;
    return QTest::qExec(&test, args);
}

#include "TestLeakCheck.moc"
