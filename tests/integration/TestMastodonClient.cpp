// SPDX-License-Identifier: GPL-3.0-or-later
// MastodonClient end to end against the sandbox Mastodon server (sandbox/mastodon): app
// registration and sign-in (with PKCE and without, on an older server), first and incremental sync
// into a real store with Link-header paging, a private round trip with several participants, a reply
// to a mention, media that is still processing, the stream dropping and coming back without losing
// or repeating a message, oversized stream events and unencrypted streaming hosts refused, the
// Idempotency-Key that makes a retried post appear once, the reconciliation reads (media-only
// statuses told apart by their media), a revoked token, the rate-limit headers and the server's own
// limits. A last part checks the server itself.

#include "FakeCredentialStore.h"
#include "LoopbackServer.h"
#include "ProviderTestKit.h"
#include "TestData.h"
#include "auth/AccessTokenSource.h"
#include "auth/OAuthLoopbackFlow.h"
#include "demo/DemoNetwork.h"
#include "mastodon/MastodonServer.h"
#include "providers/mastodon/MastodonClient.h"
#include "providers/mastodon/MastodonRegistration.h"
#include "providers/mastodon/MastodonSignIn.h"
#include "providers/mastodon/MastodonStream.h"
#include "store/AccountRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSettings>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::MastodonServer;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 20000;

const QByteArray get = "GET"_ba;
const QByteArray post = "POST"_ba;
const QString conversationsPath = u"/api/v1/conversations"_s;
const QString notificationsPath = u"/api/v1/notifications"_s;
const QString statusesPath = u"/api/v1/statuses"_s;

/**
 * The account's token as the client sees it: refresh() re-reads "the keychain", which holds a
 * replacement when the test put one there and otherwise says the sign-in expired.
 */
class TestTokens final : public AccessTokenSource
{
public:
    explicit TestTokens(QByteArray token)
        : m_token(std::move(token))
    {
    }
    QByteArray accessToken() const override { return m_token; }
    void refresh(QObject *context, std::function<void(Result<void>)> done) override
    {
        ++refreshes;
        QTimer::singleShot(0, context, [this, done] {
            if (replacement.isEmpty())
                return done(Error(Error::Code::AuthRevoked, u"test: revoked"_s));
            m_token = std::exchange(replacement, QByteArray());
            done(Result<void>());
        });
    }
    int refreshes = 0;
    QByteArray replacement;

private:
    QByteArray m_token;
};

/** A tiny but valid PNG (3×2), so the server can read its size. */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000104944415478"
                               "9c63f8cfc000410c70160041d205fb87f0b9480000000049454e44ae426082");
}

/** What a raw request to the server got back, for the server's own checks. */
using Raw = starling::test::RawReply;

} // namespace

class TestMastodonClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Sign-in
    void signInRegistersOnceWithPkce();
    void signInWithoutPkceOnOlderServer();

    // The client end to end
    void firstAndIncrementalSync();
    void pagingFollowsLinkHeader();
    void directMessageRoundTripWithSeveralParticipants();
    void newDirectMessageToPeople();
    void replyToMention();
    void mediaStillProcessing();
    void streamDropsAndReconnects();
    void streamTellsOfDeletedStatuses();
    void streamFallsBackToPolling();
    void streamRefusesOversizedEvents_data();
    void streamRefusesOversizedEvents();
    void streamOpensNothingUnencryptedElsewhere_data();
    void streamOpensNothingUnencryptedElsewhere();
    void unencryptedStreamingUrlFromTheServerIsRefused();
    void idempotencyKeyMakesRetriedPostAppearOnce();
    void reconciliationFindsOwnStatus();
    void reconciliationMatchesMediaOnlyStatuses();
    void revokedTokenIsSignInExpired();
    void rateLimitHeadersFeedTheLedger();
    void limitsComeFromTheServer();
    void demoWorldSyncs();

    // The server as Mastodon
    void serverRefusesBadRequests();
    void serverRefusesBadStreamingHandshakes();

private:
    template<typename T, typename Call>
    Result<T> await(Call call)
    {
        return test::await<T>(std::move(call), waitMs);
    }
    Result<FetchedPage> fetch(const QString &stream, const PageRequest &request);
    /** One sync of a stream into the store, the way the sync engine does it; returns the pages. */
    int sync(const QString &stream, int pageSize = 0);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    Raw raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
            const QByteArray &contentType = "application/json"_ba, const QByteArray &token = "token-1"_ba);
    void makeClient();
    /** Plays the browser: opens @p url and follows the redirects back to the loopback listener. */
    void browse(const QUrl &url);
    Result<MastodonSignIn::Outcome> signIn(MastodonSignIn &signIn);

    std::unique_ptr<MastodonServer> m_server;
    std::unique_ptr<TestTokens> m_tokens;
    std::unique_ptr<MastodonClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageWriter> m_writer;
    QNetworkAccessManager m_raw;
    Account m_account = testdata::account(u"shop"_s, Network::Mastodon);
    QString m_shop;
    QString m_alice;
    QString m_bob; // bob@other.example
    QString m_carol;
    QString m_dave; // dave@mstdn.example
};

void TestMastodonClient::init()
{
    m_server = std::make_unique<MastodonServer>();
    QVERIFY(m_server->listen());
    m_shop = m_server->addAccount(u"shop"_s, u"Starling Shop"_s);
    m_alice = m_server->addAccount(u"alice"_s, u"Alice Martin"_s);
    m_bob = m_server->addAccount(u"bob"_s, u"Bob"_s, u"other.example"_s);
    m_carol = m_server->addAccount(u"carol"_s, u"Carol"_s);
    m_dave = m_server->addAccount(u"dave"_s, u"Dave Ito"_s, u"mstdn.example"_s);
    QVERIFY(!m_shop.isEmpty() && !m_dave.isEmpty());
    m_server->setOwnAccount(m_shop);
    // Most tests are not about rate limits; rateLimitHeadersFeedTheLedger() sets its own.
    m_server->setRateLimit(100000);
    m_tokens = std::make_unique<TestTokens>(m_server->addToken(m_shop, "token-1"_ba));
    makeClient();

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openSqlite(m_dir->filePath(u"store.sqlite"_s), Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_db = std::move(db).value();
    m_account.remoteUserId = m_shop;
    m_account.serverUrl = m_server->baseUrl();
    QVERIFY(AccountRepository(*m_db).upsert(m_account).ok());
    m_writer = std::make_unique<PageWriter>(*m_db);
}

void TestMastodonClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestMastodonClient::makeClient()
{
    MastodonClient::Config config;
    config.apiBase = m_server->baseUrl();
    config.accountId = m_account.id;
    config.ownUserId = m_shop;
    config.mediaPollInterval = 0ms;
    // Short delays so that reconnections happen within the test; the order of events decides.
    config.stream.initialBackoff = 10ms;
    config.stream.maxBackoff = 80ms;
    config.stream.failuresBeforeFallback = 3;
    config.stream.pingInterval = 0ms;
    m_client = std::make_unique<MastodonClient>(config, m_tokens.get());
    m_client->http().setBackoff({10ms, 50ms, 0.0});
}

Result<FetchedPage> TestMastodonClient::fetch(const QString &stream, const PageRequest &request)
{
    return test::fetchPage(*m_client, stream, request, waitMs);
}

int TestMastodonClient::sync(const QString &stream, int pageSize)
{
    return test::syncStream(*m_client, *m_db, *m_writer, m_account.id, stream, pageSize, waitMs);
}

qint64 TestMastodonClient::scalar(const QString &sql, const QVariantList &values)
{
    return test::scalar(*m_db, sql, values);
}

Raw TestMastodonClient::raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                            const QByteArray &contentType, const QByteArray &token)
{
    return test::rawRequest(m_raw, m_server->http().url(pathAndQuery), method, body, contentType, token, waitMs);
}

void TestMastodonClient::browse(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_raw.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs));
    // The browser ends on the loopback listener's page, which tells the user it worked.
    QCOMPARE(reply->url().host(), u"127.0.0.1"_s);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

Result<MastodonSignIn::Outcome> TestMastodonClient::signIn(MastodonSignIn &signIn)
{
    std::optional<Result<MastodonSignIn::Outcome>> outcome;
    QObject receiver;
    connect(&signIn, &MastodonSignIn::finished, &receiver,
            [&outcome](const Result<MastodonSignIn::Outcome> &result) { outcome = result; });
    connect(&signIn, &MastodonSignIn::authorizationUrlReady, &receiver, [this](const QUrl &url) {
        // Not from inside the signal: the browser waits on an event loop of its own.
        QTimer::singleShot(0, this, [this, url] { browse(url); });
    });
    signIn.start(m_server->baseUrl().toString());
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        return Error(Error::Code::Timeout, u"test: the sign-in did not finish"_s);
    return *outcome;
}

// ---- Sign-in ----

void TestMastodonClient::signInRegistersOnceWithPkce()
{
    m_server->setMaxCharacters(1000);
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;

    MastodonSignIn first(&settings, &credentials);
    first.registration().http().setBackoff({10ms, 50ms, 0.0});
    const auto outcome = signIn(first);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message()));

    // One app, registered with the exact loopback redirect URI the flow then used.
    QCOMPARE(m_server->apps().size(), 1);
    const sandbox::MastodonApp app = m_server->apps().constFirst();
    QCOMPARE(app.redirectUris.size(), 1);
    const QUrl registered(app.redirectUris.constFirst());
    QCOMPARE(registered.host(), u"127.0.0.1"_s);
    QVERIFY(registered.port() > 0);
    QCOMPARE(m_server->authorizations().size(), 1);
    const MastodonServer::Authorization authorization = m_server->authorizations().constFirst();
    QCOMPARE(authorization.redirectUri, app.redirectUris.constFirst());
    QCOMPARE(authorization.clientId, app.clientId);
    QCOMPARE(authorization.codeChallengeMethod, u"S256"_s); // 4.3 advertises PKCE
    QVERIFY(!authorization.codeChallenge.isEmpty());
    QCOMPARE(authorization.scope.split(u' '), MastodonRegistration::scopes());
    for (const QString &scope : MastodonRegistration::scopes())
        QVERIFY(app.scopes.contains(scope));

    // Who signed in, with what; the secret is in the keychain, the client id in the settings.
    const Account &account = outcome->account;
    QCOMPARE(account.network, Network::Mastodon);
    QCOMPARE(account.handle, u"shop@sandbox.social"_s);
    QCOMPARE(account.displayName, u"Starling Shop"_s);
    QCOMPARE(account.remoteUserId, m_shop);
    QCOMPARE(account.serverUrl, m_server->baseUrl());
    QCOMPARE(account.clientId, app.clientId);
    QVERIFY(!outcome->tokens.hasRefreshToken());
    QVERIFY(m_server->isTokenValid(outcome->tokens.accessToken));
    QCOMPARE(outcome->instance.maxCharacters, 1000);
    QCOMPARE(
        credentials.secret(MastodonRegistration::secretKey(m_server->baseUrl()), CredentialStore::Kind::ClientSecret),
        app.clientSecret);
    settings.sync();
    QCOMPARE(settings.value(MastodonRegistration::settingsGroup(m_server->baseUrl()) + u"/clientId"_s).toString(),
             app.clientId);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QString::fromLatin1(app.clientSecret)), qPrintable(key));

    // Keeping it: the token under the account, the limits in the settings.
    const auto stored = await<void>([&](QObject *c, std::function<void(Result<void>)> done) {
        MastodonSignIn::store(outcome.value(), &credentials, &settings, c, done);
    });
    QVERIFY(stored.ok());
    QCOMPARE(credentials.secret(account.id, CredentialStore::Kind::AccessToken), outcome->tokens.accessToken);
    QCOMPARE(MastodonInstance::load(settings, account.id).maxCharacters, 1000);

    // A second sign-in on the same server reuses the registration (its secret from the keychain).
    MastodonSignIn second(&settings, &credentials);
    const auto again = signIn(second);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message()));
    QCOMPARE(m_server->apps().size(), 1);
    QCOMPARE(m_server->authorizations().size(), 2);
    QCOMPARE(again->account.clientId, app.clientId);
    QVERIFY(again->tokens.accessToken != outcome->tokens.accessToken);

    // Without the secret (a new keychain), it registers anew rather than fail.
    FakeCredentialStore empty;
    MastodonSignIn third(&settings, &empty);
    QVERIFY(signIn(third).ok());
    QCOMPARE(m_server->apps().size(), 2);
}

void TestMastodonClient::signInWithoutPkceOnOlderServer()
{
    m_server->setSupportsPkce(false); // before 4.3: no discovery document, no PKCE
    QSettings settings(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;
    MastodonSignIn signInFlow(&settings, &credentials);
    const auto outcome = signIn(signInFlow);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message()));
    QCOMPARE(m_server->http().requestCount(get, u"/.well-known/oauth-authorization-server"_s), 1);
    const MastodonServer::Authorization authorization = m_server->authorizations().constFirst();
    QVERIFY(authorization.codeChallenge.isEmpty());
    QVERIFY(authorization.codeChallengeMethod.isEmpty());
    QVERIFY(m_server->isTokenValid(outcome->tokens.accessToken));

    // What the user may type.
    QCOMPARE(MastodonRegistration::serverUrl(u"Mastodon.Social"_s).value(), QUrl(u"https://mastodon.social"_s));
    QCOMPARE(MastodonRegistration::serverUrl(u"@me@example.social"_s).value(), QUrl(u"https://example.social"_s));
    QCOMPARE(MastodonRegistration::serverUrl(u"https://example.social/about"_s).value(),
             QUrl(u"https://example.social"_s));
    for (const QString &bad : {u""_s, u"http://example.social"_s, u"ftp://example.social"_s, u"nodots"_s,
                               u"https://user:pw@example.social"_s})
        QVERIFY2(!MastodonRegistration::serverUrl(bad).ok(), qPrintable(bad));
}

// ---- The client end to end ----

void TestMastodonClient::firstAndIncrementalSync()
{
    // What happened on Mastodon before the first sync.
    const QString a1 = m_server->directMessage(m_alice, {m_shop}, u"Hi! Is the scarf itchy?"_s);
    const QString o1 = m_server->directMessage(m_shop, {m_alice}, u"Not at all."_s, a1);
    const QString a2 = m_server->directMessage(m_alice, {m_shop}, u"Great, ordering now"_s, o1);
    const QString b1 = m_server->directMessage(m_bob, {m_shop, m_carol}, u"Pop-up in Berlin?"_s);
    const QString o2 = m_server->directMessage(m_shop, {m_bob, m_carol}, u"Yes!"_s, b1);
    const QString publicPost = m_server->post(m_shop, u"New autumn mugs are in!"_s);
    const QString d1 = m_server->directMessage(m_dave, {m_shop}, u"Do you ship to Japan?"_s, publicPost);
    QVERIFY(!m_server->directMessage(m_alice, {m_carol}, u"not for the shop"_s).isEmpty());
    const QString m1 = m_server->mention(m_alice, m_shop, u"is the sale on?"_s, publicPost);
    const QString m2 = m_server->post(m_bob, u"@shop@sandbox.social hi #sale"_s, u"unlisted"_s);
    QVERIFY(!m_server->mention(m_dave, m_carol, u"not about the shop"_s).isEmpty());
    for (const QString &id : {a1, o1, a2, b1, o2, publicPost, d1, m1, m2})
        QVERIFY(!id.isEmpty());

    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(sync(u"mentions"_s), 1);
    // One list and one context per conversation with news.
    QCOMPARE(m_server->http().requestCount(get, conversationsPath), 1);
    QCOMPARE(m_server->http().requests().size(), 1 + 3 + 1);

    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 6);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ? AND direction = ?"_s,
                    {int(Message::Kind::DirectMessage), int(Message::Direction::Outbound)}),
             2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 2);
    // The conversations are named after their first private status; the public post is not one.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE remote_id IN (?, ?, ?) AND kind != ?"_s,
                    {a1, b1, d1, int(Conversation::Kind::PublicThread)}),
             3);
    QCOMPARE(scalar(u"SELECT kind FROM conversations WHERE remote_id = ?"_s, {b1}), qint64(Conversation::Kind::Group));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversation_participants p JOIN conversations c ON c.id = "
                    "p.conversation_id WHERE c.remote_id = ?"_s,
                    {b1}),
             2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {a1}),
             3);
    // A mention that answers our post sits in that post's public thread.
    QCOMPARE(scalar(u"SELECT c.kind FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE m.remote_id = ?"_s,
                    {m1}),
             qint64(Conversation::Kind::PublicThread));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM identities WHERE handle = 'bob@other.example'"_s), 1);

    // The cursors: the newest last status, and the newest notification (private ones included).
    CursorRepository cursors(*m_db);
    QCOMPARE(cursors.cursor(m_account.id, u"dm"_s).value(), std::optional<QString>(d1));
    QCOMPARE(cursors.cursor(m_account.id, u"mentions"_s).value(),
             std::optional<QString>(m_server->notificationsOf(m_shop).constLast().id));

    // Nothing new: exactly one request per stream.
    m_server->http().clearRequests();
    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(sync(u"mentions"_s), 1);
    QCOMPARE(m_server->http().requests().size(), 2);
    const sandbox::Request mentionsRequest = m_server->http().requests().constLast();
    QCOMPARE(mentionsRequest.path, notificationsPath);
    QCOMPARE(mentionsRequest.query.queryItemValue(u"since_id"_s), m_server->notificationsOf(m_shop).constLast().id);

    // Something new in one thread and one new mention: two requests and one.
    const QString a3 = m_server->directMessage(m_alice, {m_shop}, u"Oh, and gift wrap please"_s, a2);
    const QString m3 = m_server->mention(m_carol, m_shop, u"lovely shop"_s);
    m_server->http().clearRequests();
    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(sync(u"mentions"_s), 1);
    QCOMPARE(m_server->http().requests().size(), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {a1}),
             4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id IN (?, ?)"_s, {a3, m3}), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), 6 + 2 + 2);
    QCOMPARE(cursors.cursor(m_account.id, u"dm"_s).value(), std::optional<QString>(a3));
}

void TestMastodonClient::pagingFollowsLinkHeader()
{
    QStringList people;
    for (int i = 0; i < 45; ++i)
        people << m_server->addAccount(u"p%1"_s.arg(i), u"Person %1"_s.arg(i));
    for (const QString &p : std::as_const(people))
        QVERIFY(!m_server->directMessage(p, {m_shop}, u"hello"_s).isEmpty());
    for (int i = 0; i < 170; ++i)
        QVERIFY(!m_server->mention(people.at(i % people.size()), m_shop, u"mention %1"_s.arg(i)).isEmpty());

    QCOMPARE(sync(u"dm"_s, 20), 3); // 45 conversations, 20 a page
    QCOMPARE(m_server->http().requestCount(get, conversationsPath), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 45);
    QCOMPARE(sync(u"mentions"_s, 80), 3); // 170 mentions + 45 private ones, 80 a page
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 170);

    // The pages after the first carried the max_id of the Link header.
    QStringList maxIds;
    for (const sandbox::Request &r : m_server->http().requests()) {
        if (r.path == conversationsPath)
            maxIds << r.query.queryItemValue(u"max_id"_s);
    }
    QCOMPARE(maxIds.size(), 3);
    QVERIFY(maxIds.at(0).isEmpty() && !maxIds.at(1).isEmpty() && !maxIds.at(2).isEmpty());

    // 100 new mentions, 40 a page: newest first down to the cursor, nothing skipped (M-3).
    for (int i = 0; i < 100; ++i)
        QVERIFY(!m_server->mention(people.at(i % people.size()), m_shop, u"later %1"_s.arg(i)).isEmpty());
    m_server->http().clearRequests();
    QCOMPARE(sync(u"mentions"_s, 40), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 270);
    for (const sandbox::Request &r : m_server->http().requests())
        QVERIFY(!r.query.queryItemValue(u"since_id"_s).isEmpty());
}

void TestMastodonClient::directMessageRoundTripWithSeveralParticipants()
{
    const QString g1 = m_server->directMessage(m_alice, {m_shop, m_bob}, u"Do you do group orders?"_s);
    QCOMPARE(sync(u"dm"_s), 1);

    OutgoingMessage message;
    message.clientKey = u"outbox-7"_s;
    message.conversationRemoteId = g1;
    message.text = u"We do, from 10 pieces."_s;
    const auto sent = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    QCOMPARE(sent->conversationRemoteId, g1);

    // Only those mentioned receive a DM: both participants are mentioned again.
    const auto status = m_server->status(sent->remoteId);
    QVERIFY(status);
    QCOMPARE(status->visibility, u"direct"_s);
    QCOMPARE(status->inReplyToId, g1);
    QCOMPARE(QSet<QString>(status->mentionIds.cbegin(), status->mentionIds.cend()), (QSet<QString>{m_alice, m_bob}));
    QCOMPARE(status->text, u"@alice @bob@other.example We do, from 10 pieces."_s);
    const auto request = m_server->http().requests().constLast();
    QCOMPARE(request.headers.value("idempotency-key"), "outbox-7"_ba);

    // Both answer; the sync puts everything in the one conversation.
    const QString b1 = m_server->directMessage(m_bob, {m_shop, m_alice}, u"Great, 12 then"_s, sent->remoteId);
    const QString a1 = m_server->directMessage(m_alice, {m_shop, m_bob}, u"Make it 14"_s, b1);
    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {g1}),
             4);
    QCOMPARE(scalar(u"SELECT direction FROM messages WHERE remote_id = ?"_s, {sent->remoteId}),
             qint64(Message::Direction::Outbound));
    QCOMPARE(scalar(u"SELECT kind FROM conversations WHERE remote_id = ?"_s, {g1}), qint64(Conversation::Kind::Group));
    QVERIFY(!a1.isEmpty());

    // A reply that the mentions make too long is refused here, before anything is sent.
    m_server->setMaxCharacters(30);
    QVERIFY(await<MastodonInstance>([&](QObject *c, ResultCallback<MastodonInstance> done) {
                m_client->refreshInstance(c, done);
            }).ok());
    const int before = m_server->http().requestCount(post, statusesPath);
    message.clientKey = u"outbox-8"_s;
    message.text = u"Twenty-eight characters...."_s;
    const auto tooLong = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code(), Error::Code::InvalidInput);
    QCOMPARE(m_server->http().requestCount(post, statusesPath), before);
}

void TestMastodonClient::newDirectMessageToPeople()
{
    OutgoingMessage message;
    message.clientKey = u"outbox-9"_s;
    message.recipientRemoteIds = {m_carol, m_dave};
    message.text = u"Your order shipped"_s;
    const auto sent = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    QCOMPARE(sent->conversationRemoteId, sent->remoteId); // a new thread begins with it
    const auto status = m_server->status(sent->remoteId);
    QCOMPARE(status->text, u"@carol @dave@mstdn.example Your order shipped"_s);
    QCOMPARE(status->visibility, u"direct"_s);
    QVERIFY(status->inReplyToId.isEmpty());
    // The people were looked up once each; the next message knows them.
    QCOMPARE(m_server->http().requestCount(get, u"/api/v1/accounts/"_s + m_carol), 1);
    message.clientKey = u"outbox-10"_s;
    QVERIFY(await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) {
                m_client->sendDirectMessage(message, c, done);
            }).ok());
    QCOMPARE(m_server->http().requestCount(get, u"/api/v1/accounts/"_s + m_carol), 1);

    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(scalar(u"SELECT kind FROM conversations WHERE remote_id = ?"_s, {sent->remoteId}),
             qint64(Conversation::Kind::Group));

    message.recipientRemoteIds = {u"../1"_s};
    const auto bad = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QCOMPARE(bad.error().code(), Error::Code::InvalidInput);
    message.recipientRemoteIds = {u"999"_s};
    const auto nobody = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QCOMPARE(nobody.error().code(), Error::Code::NotFound);
}

void TestMastodonClient::replyToMention()
{
    const QString mention = m_server->post(m_alice, u"@shop do you ship to Lyon?"_s, u"unlisted"_s);
    QCOMPARE(sync(u"mentions"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ? AND kind = ?"_s,
                    {mention, int(Message::Kind::Mention)}),
             1);

    OutgoingPost reply;
    reply.clientKey = u"outbox-11"_s;
    reply.text = u"We do! 3 days."_s;
    reply.inReplyToRemoteId = mention;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    const auto status = m_server->status(sent->remoteId);
    QCOMPARE(status->inReplyToId, mention);
    QCOMPARE(status->text, u"@alice We do! 3 days."_s); // so that Alice is notified
    QCOMPARE(status->visibility, u"unlisted"_s); // no more public than what it answers
    QCOMPARE(m_server->notificationsOf(m_alice).constLast().statusId, sent->remoteId);

    // A followers-only mention by Carol that also mentions Dave: answered to both, followers-only.
    const QString privateMention = m_server->post(m_carol, u"@shop @dave@mstdn.example meet Dave"_s, u"private"_s);
    reply.clientKey = u"outbox-12"_s;
    reply.text = u"Hello Dave!"_s;
    reply.inReplyToRemoteId = privateMention;
    const auto second =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY(second.ok());
    QCOMPARE(m_server->status(second->remoteId)->text, u"@carol @dave@mstdn.example Hello Dave!"_s);
    QCOMPARE(m_server->status(second->remoteId)->visibility, u"private"_s);

    // A new post, and a reply to something that is gone.
    OutgoingPost fresh;
    fresh.text = u"Autumn sale!"_s;
    const auto published =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(fresh, c, done); });
    QVERIFY(published.ok());
    QCOMPARE(m_server->status(published->remoteId)->visibility, u"public"_s);
    reply.inReplyToRemoteId = u"1"_s;
    const auto gone =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QCOMPARE(gone.error().code(), Error::Code::NotFound);
}

void TestMastodonClient::mediaStillProcessing()
{
    QVERIFY(await<MastodonInstance>([&](QObject *c, ResultCallback<MastodonInstance> done) {
                m_client->refreshInstance(c, done);
            }).ok());
    m_server->setMediaProcessing(3);
    const QString video = m_dir->filePath(u"clip.mp4"_s);
    {
        QFile file(video);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'v'));
    }
    MediaUpload upload;
    upload.filePath = video;
    upload.mimeType = u"video/mp4"_s;
    upload.altText = u"The scarf, turning"_s;
    qint64 progressed = 0;
    const auto uploaded = await<UploadedMedia>([&](QObject *c, ResultCallback<UploadedMedia> done) {
        m_client->uploadMedia(upload, c, done, [&progressed](qint64 sent, qint64) { progressed = sent; });
    });
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().message()));
    QCOMPARE(progressed, qint64(4096));
    QVERIFY(uploaded->expiresAt.isValid());
    // 202 at first, then looked at until it was ready: 206, 206, 200.
    const auto media = m_server->media(uploaded->mediaId);
    QVERIFY(media && media->isProcessed());
    QCOMPARE(media->polls, 3);
    QCOMPARE(media->description, u"The scarf, turning"_s);
    QCOMPARE(m_server->http().requestCount(get, u"/api/v1/media/"_s + uploaded->mediaId), 3);

    OutgoingPost withVideo;
    withVideo.clientKey = u"outbox-20"_s;
    withVideo.text = u"New scarf"_s;
    withVideo.mediaIds = {uploaded->mediaId};
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(withVideo, c, done); });
    QVERIFY(sent.ok());
    QCOMPARE(m_server->status(sent->remoteId)->mediaIds, QStringList{uploaded->mediaId});

    // Attached while still processing: the server refuses (422) and the outbox is told to try again.
    const QString busy = m_server->addMedia(m_shop, u"video/mp4"_s, QByteArray(100, 'x'), {}, true);
    withVideo.clientKey = u"outbox-21"_s;
    withVideo.mediaIds = {busy};
    const auto refused =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(withVideo, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::ServerError);
    QCOMPARE(refused.error().httpStatus(), 422);
    QVERIFY(refused.error().isTransient());

    // An image is ready at once; a type the server does not take is refused before uploading.
    const QString image = m_dir->filePath(u"photo.png"_s);
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tinyPng());
    }
    upload.filePath = image;
    upload.mimeType = u"image/png"_s;
    const auto photo = await<UploadedMedia>(
        [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
    QVERIFY(photo.ok());
    QCOMPARE(m_server->media(photo->mediaId)->polls, 0);
    QCOMPARE(m_server->media(photo->mediaId)->width, 3);
    const int uploads = m_server->http().requestCount(post, u"/api/v2/media"_s);
    upload.mimeType = u"text/plain"_s;
    const auto refusedType = await<UploadedMedia>(
        [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
    QCOMPARE(refusedType.error().code(), Error::Code::InvalidInput);
    QCOMPARE(m_server->http().requestCount(post, u"/api/v2/media"_s), uploads);
}

void TestMastodonClient::streamDropsAndReconnects()
{
    struct Pushed
    {
        SyncStream stream;
        QStringList ids;
    };
    QList<Pushed> pushed;
    int dmActivity = 0;
    int mentionActivity = 0;
    connect(m_client.get(), &ProviderClient::remoteActivity, this,
            [&](SyncStream stream) { ++(stream == SyncStream::DirectMessages ? dmActivity : mentionActivity); });
    const auto countPushed = [&pushed](const QString &id) {
        int n = 0;
        for (const Pushed &p : std::as_const(pushed))
            n += int(p.ids.count(id));
        return n;
    };

    m_client->startLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->stream() != nullptr, waitMs);
    MastodonStream *stream = m_client->stream();
    connect(stream, &MastodonStream::received, this, [&pushed](SyncStream s, const FetchedPage &page) {
        QStringList ids;
        for (const Message &m : page.messages)
            ids << m.remoteId;
        pushed << Pushed{s, ids};
    });
    QTRY_VERIFY_WITH_TIMEOUT(stream->isConnected(), waitMs);
    // The instance said where to stream, and the socket has subscribed to the direct stream too.
    QCOMPARE(stream->socketUrl().port(), m_server->streamingUrl().port());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamsOf(m_shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dmActivity >= 1 && mentionActivity >= 1, waitMs); // connected: look once

    // A message arrives through the stream, mapped like a fetch.
    const QString first = m_server->directMessage(m_alice, {m_shop}, u"first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(countPushed(first), 1, waitMs);
    QCOMPARE(sync(u"dm"_s), 1);

    // The stream drops, and cannot come back for a while; meanwhile a message is sent.
    m_server->setStreamingAvailable(false);
    m_server->dropStreams();
    QTRY_VERIFY_WITH_TIMEOUT(!stream->isConnected(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(stream->failures() >= 1, waitMs); // a reconnection was refused
    const QString away = m_server->directMessage(m_alice, {m_shop}, u"while you were away"_s, first);
    const int activityBefore = dmActivity;
    m_server->setStreamingAvailable(true);
    QTRY_COMPARE_WITH_TIMEOUT(stream->connections(), 2, waitMs);
    // Nothing is replayed; the reconnection asks for a fetch instead, which finds the message.
    QTRY_VERIFY_WITH_TIMEOUT(dmActivity > activityBefore, waitMs);
    QCOMPARE(countPushed(away), 0);
    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id IN (?, ?)"_s, {first, away}), 2);

    // Events the server sends twice are delivered once. The next message, on the same socket,
    // arrives after both copies of the one before.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamsOf(m_shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);
    m_server->setDuplicateStreamEvents(true);
    const QString third = m_server->directMessage(m_alice, {m_shop}, u"third"_s, away);
    const QString sentinel = m_server->mention(m_bob, m_shop, u"a public hello"_s);
    QTRY_COMPARE_WITH_TIMEOUT(countPushed(sentinel), 1, waitMs);
    QCOMPARE(countPushed(third), 1);
    QVERIFY(std::any_of(pushed.cbegin(), pushed.cend(),
                        [&](const Pushed &p) { return p.stream == SyncStream::Mentions && p.ids.contains(sentinel); }));

    // Everything in the store once: three messages in the one conversation.
    QCOMPARE(sync(u"dm"_s), 1);
    QCOMPARE(sync(u"mentions"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {first}),
             3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {sentinel}), 1);
    m_client->stopLive();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamCount(), 0, waitMs);
}

void TestMastodonClient::streamTellsOfDeletedStatuses()
{
    QList<QStringList> deleted;
    connect(m_client.get(), &ProviderClient::deletedRemotely, this,
            [&deleted](const QStringList &ids) { deleted << ids; });
    int activity = 0;
    connect(m_client.get(), &ProviderClient::remoteActivity, this, [&activity] { ++activity; });
    m_client->startLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->stream() && m_client->stream()->isConnected(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamsOf(m_shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);
    const QString question = m_server->mention(m_alice, m_shop, u"Do you ship to Norway?"_s);
    const QString typo = m_server->mention(m_alice, m_shop, u"Do you shpi to Norway?"_s);
    QTRY_VERIFY_WITH_TIMEOUT(activity >= 4, waitMs); // connected (both streams), then each mention
    QCOMPARE(sync(u"mentions"_s), 1);

    // Alice deletes her typo: the delete event names it, and asks for no fetch.
    const int activityBefore = activity;
    m_server->deleteStatus(typo);
    QTRY_COMPARE_WITH_TIMEOUT(deleted, (QList<QStringList>{{typo}}), waitMs);
    QCOMPARE(activity, activityBefore);

    // A fetch the server answered before a deletion, and that arrives after its event, leaves the
    // deleted status out and names it deleted, so that the store does not take it back.
    const QString second = m_server->mention(m_alice, m_shop, u"Or to Svalbard?"_s);
    m_server->http().injectFault("GET"_ba, u"/api/v1/notifications"_s, sandbox::Fault::delayHeaders(3s), 1);
    const int asked = m_server->http().requestCount("GET"_ba, u"/api/v1/notifications"_s);
    std::optional<Result<FetchedPage>> late;
    m_client->fetchMentions(PageRequest{}, this, [&late](Result<FetchedPage> page) { late = std::move(page); });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->http().requestCount("GET"_ba, u"/api/v1/notifications"_s), asked + 1, waitMs);
    m_server->deleteStatus(second);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.size(), 2, waitMs);
    QVERIFY(!late.has_value()); // the answer waits for the fault's delay
    QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), waitMs);
    QVERIFY2(late->ok(), late->ok() ? "" : qPrintable(late->error().message()));
    QVERIFY(std::none_of(late->value().messages.cbegin(), late->value().messages.cend(),
                         [&second](const Message &m) { return m.remoteId == second; }));
    QCOMPARE(late->value().deletedMessageIds, QStringList{second});
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {question}), 1);
    m_client->stopLive();
}

void TestMastodonClient::streamFallsBackToPolling()
{
    m_client->startLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->stream() && m_client->stream()->isConnected(), waitMs);
    MastodonStream *stream = m_client->stream();
    QVERIFY(!stream->isPollingFallback());
    QList<bool> changes;
    connect(stream, &MastodonStream::pollingFallbackChanged, this, [&changes](bool polling) { changes << polling; });

    m_server->setStreamingAvailable(false);
    m_server->dropStreams();
    QTRY_VERIFY_WITH_TIMEOUT(stream->isPollingFallback(), waitMs);
    QVERIFY(stream->failures() >= 3);
    QCOMPARE(changes, QList<bool>{true});

    m_server->setStreamingAvailable(true);
    QTRY_VERIFY_WITH_TIMEOUT(stream->isConnected(), waitMs);
    QVERIFY(!stream->isPollingFallback());
    QCOMPARE(changes, (QList<bool>{true, false}));

    // A revoked token is refused at the handshake (401), and counts as a failure as well.
    m_server->revokeAllTokens();
    m_server->dropStreams();
    QTRY_VERIFY_WITH_TIMEOUT(stream->isPollingFallback(), waitMs);
    QCOMPARE(m_server->streamCount(), 0);
}

void TestMastodonClient::streamRefusesOversizedEvents_data()
{
    QTest::addColumn<quint64>("frameSize");
    QTest::newRow("one frame of 2 MiB") << quint64(8 * 1024 * 1024);
    QTest::newRow("2 MiB in frames of 64 KiB") << quint64(64 * 1024);
}

void TestMastodonClient::streamRefusesOversizedEvents()
{
    QFETCH(quint64, frameSize);
    QStringList pushed;
    m_client->startLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->stream() && m_client->stream()->isConnected(), waitMs);
    MastodonStream *stream = m_client->stream();
    connect(stream, &MastodonStream::received, this, [&pushed](SyncStream, const FetchedPage &page) {
        for (const Message &m : page.messages)
            pushed << m.remoteId;
    });
    QList<int> failuresAtDrop;
    connect(stream, &MastodonStream::disconnected, this,
            [&failuresAtDrop, stream] { failuresAtDrop << stream->failures(); });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamsOf(m_shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);
    QCOMPARE(stream->connections(), 1);

    // An event of 2 MiB (the limit is 1 MiB): the socket is closed rather than buffer it.
    m_server->setMaxCharacters(4 * 1024 * 1024);
    m_server->setStreamFrameSize(frameSize);
    const QString huge = m_server->directMessage(m_alice, {m_shop}, QString(2 * 1024 * 1024, u'x'));
    QVERIFY(!huge.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stream->connections(), 2, waitMs);
    QVERIFY(!pushed.contains(huge));
    // That counts as a failed attempt, so a server that keeps doing it is retried ever more slowly.
    QCOMPARE(failuresAtDrop, QList<int>{1});

    // The stream came back, and what follows arrives as before.
    m_server->setStreamFrameSize(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamsOf(m_shop), (QStringList{u"direct"_s, u"user"_s}), waitMs);
    const QString next = m_server->directMessage(m_alice, {m_shop}, u"a normal message"_s);
    QTRY_VERIFY_WITH_TIMEOUT(pushed.contains(next), waitMs);
    QVERIFY(!pushed.contains(huge));
    m_client->stopLive();
}

void TestMastodonClient::streamOpensNothingUnencryptedElsewhere_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("opens");
    QTest::newRow("ws:// elsewhere") << QUrl(u"ws://streaming.mastodon.example"_s) << false;
    QTest::newRow("http:// elsewhere") << QUrl(u"http://mastodon.example"_s) << false;
    QTest::newRow("a loopback look-alike") << QUrl(u"ws://127.0.0.1.mastodon.example"_s) << false;
    QTest::newRow("ws:// on 127.0.0.1") << QUrl(u"ws://127.0.0.1:9"_s) << true;
    QTest::newRow("ws:// on localhost") << QUrl(u"ws://localhost:9"_s) << true;
    QTest::newRow("http:// on ::1") << QUrl(u"http://[::1]:9"_s) << true;
    QTest::newRow("wss:// elsewhere") << QUrl(u"wss://streaming.mastodon.example"_s) << true;
    QTest::newRow("https:// elsewhere") << QUrl(u"https://mastodon.example"_s) << true;
}

void TestMastodonClient::streamOpensNothingUnencryptedElsewhere()
{
    QFETCH(QUrl, url);
    QFETCH(bool, opens);
    MastodonStream::Config config;
    config.url = url;
    config.accountId = m_account.id;
    config.ownUserId = m_shop;
    MastodonStream stream(config, m_tokens.get());
    QCOMPARE(MastodonStream::isAcceptableUrl(stream.socketUrl()), opens);
    stream.start();
    // The token goes in the handshake: without encryption it may only go to this machine.
    QCOMPARE(stream.state() == MastodonStream::State::Connecting, opens);
    QCOMPARE(stream.isPollingFallback(), !opens);
    stream.stop();
}

void TestMastodonClient::unencryptedStreamingUrlFromTheServerIsRefused()
{
    // An address of this machine that is not loopback, where a listener sees whether anything comes.
    QHostAddress elsewhere;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal()) {
            elsewhere = address;
            break;
        }
    }
    if (elsewhere.isNull())
        QSKIP("this machine has no address besides loopback");
    QTcpServer listener;
    QVERIFY(listener.listen(elsewhere));
    QUrl announced;
    announced.setScheme(u"ws"_s);
    announced.setHost(elsewhere.toString());
    announced.setPort(listener.serverPort());
    m_server->setAnnouncedStreamingUrl(announced);

    m_client->startLive();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->stream() != nullptr, waitMs);
    MastodonStream *stream = m_client->stream();
    QCOMPARE(stream->config().url, announced); // what /api/v2/instance said
    QTRY_VERIFY_WITH_TIMEOUT(stream->isPollingFallback(), waitMs);
    QCOMPARE(stream->state(), MastodonStream::State::Stopped);
    // Nothing, and so no token, went to that host.
    QVERIFY(!listener.waitForNewConnection(200));
    QCOMPARE(stream->connections(), 0);
    // Polling carries the account.
    QCOMPARE(sync(u"dm"_s), 1);
}

void TestMastodonClient::idempotencyKeyMakesRetriedPostAppearOnce()
{
    // The server creates the status, then the connection breaks before the answer.
    m_server->http().injectFault(post, statusesPath, sandbox::Fault::resetAfterHandling(), 1);
    OutgoingPost once;
    once.clientKey = u"outbox-42"_s;
    once.text = u"Sale starts now"_s;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(once, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    // The client sent it again with the same key; the server answered with the first status.
    QCOMPARE(m_server->http().requestCount(post, statusesPath), 2);
    QCOMPARE(m_server->idempotentReplays(), 1);
    int copies = 0;
    for (const auto &s : m_server->statuses())
        copies += s.text == once.text ? 1 : 0;
    QCOMPARE(copies, 1);
    QCOMPARE(m_server->status(sent->remoteId)->text, once.text);

    // The outbox sending it once more (after a crash) still makes no second copy.
    const auto again =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(once, c, done); });
    QVERIFY(again.ok());
    QCOMPARE(again->remoteId, sent->remoteId);

    // Without a key a POST is not retried: the outcome is unknown and the outbox must look.
    m_server->http().injectFault(post, statusesPath, sandbox::Fault::resetAfterHandling(), 1);
    OutgoingPost keyless;
    keyless.text = u"No key"_s;
    const auto unknown =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(keyless, c, done); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), Error::Code::Network);
}

void TestMastodonClient::reconciliationFindsOwnStatus()
{
    OutgoingMessage dm;
    dm.clientKey = u"outbox-50"_s;
    dm.recipientRemoteIds = {m_alice};
    dm.text = u"Thanks for the order!"_s;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(dm, c, done); });
    QVERIFY(sent.ok());

    // Within the Idempotency-Key's hour: "send it again" is the check, without a request.
    m_server->http().clearRequests();
    const auto recent = await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
        m_client->findSentMessage(dm, QDateTime::currentDateTimeUtc().addSecs(-60), {}, c, done);
    });
    QVERIFY(recent.ok());
    QVERIFY(!recent->has_value());
    QCOMPARE(m_server->http().requestCount(), 0);

    // Later, the account's own statuses are read, and the text (without the mentions) matches.
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    const auto found = await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
        m_client->findSentMessage(dm, notBefore, {}, c, done);
    });
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->remoteId, sent->remoteId);
    QCOMPARE(m_server->http().requestCount(get, u"/api/v1/accounts/%1/statuses"_s.arg(m_shop)), 1);
    const auto excluded = await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
        m_client->findSentMessage(dm, notBefore, {sent->remoteId}, c, done);
    });
    QVERIFY(excluded.ok() && !excluded->has_value());

    OutgoingPost notSent;
    notSent.clientKey = u"outbox-51"_s;
    notSent.text = u"Never arrived"_s;
    const auto missing = await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
        m_client->findPublishedPost(notSent, notBefore, {}, c, done);
    });
    QVERIFY(missing.ok() && !missing->has_value());
}

void TestMastodonClient::reconciliationMatchesMediaOnlyStatuses()
{
    // Two DMs with only a photo each: without text, their media tell them apart.
    QVERIFY(await<MastodonInstance>([&](QObject *c, ResultCallback<MastodonInstance> done) {
                m_client->refreshInstance(c, done);
            }).ok());
    const QString path = m_dir->filePath(u"photo.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tinyPng());
    }
    MediaUpload upload;
    upload.filePath = path;
    upload.mimeType = u"image/png"_s;
    upload.purpose = MediaPurpose::DirectMessage;
    QStringList photos;
    for (int i = 0; i < 2; ++i) {
        const auto uploaded = await<UploadedMedia>(
            [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
        QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().message()));
        photos << uploaded->mediaId;
    }
    OutgoingMessage first;
    first.clientKey = u"outbox-60"_s;
    first.recipientRemoteIds = {m_alice};
    first.mediaIds = {photos.at(0)};
    const auto sent = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(first, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));

    // Past the Idempotency-Key's hour the statuses are read.
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    const auto find = [&](const QString &photo) {
        OutgoingMessage message = first;
        message.clientKey = u"outbox-61"_s;
        message.mediaIds = {photo};
        return await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
            m_client->findSentMessage(message, notBefore, {}, c, done);
        });
    };
    const auto found = find(photos.at(0));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found.value()->remoteId, sent->remoteId);
    const auto other = find(photos.at(1));
    QVERIFY(other.ok());
    QVERIFY2(!other->has_value(), qPrintable(other->has_value() ? other.value()->remoteId : QString()));
}

void TestMastodonClient::revokedTokenIsSignInExpired()
{
    QVERIFY(!m_server->directMessage(m_alice, {m_shop}, u"hello"_s).isEmpty());
    m_server->revokeAllTokens();
    const auto refused = fetch(u"dm"_s, {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(refused.error().httpStatus(), 0); // from the token source: nothing left to try
    QCOMPARE(m_tokens->refreshes, 1);

    // A new sign-in put another token in the keychain: the re-read finds it and the request goes.
    m_tokens->replacement = m_server->addToken(m_shop);
    const auto page = fetch(u"dm"_s, {});
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(m_tokens->refreshes, 2);

    // Revoked for good, a 401 after the retry is AuthRevoked with the server's status.
    m_server->revokeAllTokens();
    m_tokens->replacement = "not-a-token"_ba;
    const auto still = fetch(u"mentions"_s, {});
    QCOMPARE(still.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(still.error().httpStatus(), 401);
}

void TestMastodonClient::rateLimitHeadersFeedTheLedger()
{
    m_server->setRateLimit(3, std::chrono::minutes(5));
    QVERIFY(fetch(u"dm"_s, {}).ok());
    auto budget = m_client->budget(SyncStream::Mentions); // one bucket for the whole account
    QVERIFY(budget);
    QCOMPARE(budget->limit, 3);
    QCOMPARE(budget->remaining, 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(budget->reset > now.addSecs(4 * 60) && budget->reset <= now.addSecs(5 * 60 + 5));

    QVERIFY(fetch(u"mentions"_s, {}).ok());
    QVERIFY(fetch(u"mentions"_s, {}).ok());
    QCOMPARE(m_client->budget(SyncStream::DirectMessages)->remaining, 0);
    // None left: refused without a request, with the reset from the ISO-8601 header.
    const int before = m_server->http().requestCount();
    const auto limited = fetch(u"dm"_s, {});
    QCOMPARE(limited.error().code(), Error::Code::RateLimited);
    QCOMPARE(m_server->http().requestCount(), before);
    QVERIFY(limited.error().retryAfter() > now.addSecs(4 * 60));

    // A 429 from the server itself (another client used the window).
    m_server->setRateLimit(100);
    m_client->http().rateLimits().clear();
    m_server->exhaustRateLimit(m_shop);
    const auto refused = fetch(u"dm"_s, {});
    QCOMPARE(refused.error().code(), Error::Code::RateLimited);
    QCOMPARE(refused.error().httpStatus(), 429);
    QVERIFY(refused.error().retryAfter() > now.addSecs(4 * 60));
}

void TestMastodonClient::limitsComeFromTheServer()
{
    QCOMPARE(m_client->textRules(TextRules::Mode::Post).limits().maxLength, 500); // until the server says
    m_server->setMaxCharacters(40);
    m_server->setCharactersReservedPerUrl(10);
    int changed = 0;
    connect(m_client.get(), &MastodonClient::instanceChanged, this, [&changed] { ++changed; });
    const auto instance = await<MastodonInstance>(
        [&](QObject *c, ResultCallback<MastodonInstance> done) { m_client->refreshInstance(c, done); });
    QVERIFY(instance.ok());
    QCOMPARE(changed, 1);
    QCOMPARE(instance->domain, u"sandbox.social"_s);
    QCOMPARE(instance->streamingUrl, m_server->streamingUrl());
    const TextRules rules = m_client->textRules(TextRules::Mode::DirectMessage);
    QCOMPARE(rules.limits().maxLength, 40);
    QCOMPARE(rules.limits().urlLength, 10);

    // Within the limit only thanks to the URL rule: the server agrees.
    OutgoingPost fits;
    fits.text = u"Our new page: https://example.com/a/very/long/path/indeed"_s; // 14 + 10
    QVERIFY(await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(fits, c, done); }).ok());
    OutgoingPost tooLong;
    tooLong.text = QString(41, u'a');
    const int before = m_server->http().requestCount(post, statusesPath);
    const auto refused =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(tooLong, c, done); });
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
    QCOMPARE(m_server->http().requestCount(post, statusesPath), before);
}

void TestMastodonClient::demoWorldSyncs()
{
    // `starling --demo` gives its Mastodon account a seeded world on the sandbox server.
    sandbox::DemoNetwork demo;
    QVERIFY(demo.start());
    QCOMPARE(demo.mastodonOwnHandle(), u"shop@sandbox.social"_s);
    TestTokens tokens(demo.mastodonToken());
    MastodonClient::Config config;
    config.apiBase = demo.mastodonBaseUrl();
    config.accountId = m_account.id;
    config.ownUserId = demo.mastodonOwnUserId();
    MastodonClient client(config, &tokens);
    const auto dms = await<FetchedPage>(
        [&](QObject *c, ResultCallback<FetchedPage> done) { client.fetchDirectMessages({}, c, done); });
    QVERIFY2(dms.ok(), dms.ok() ? "" : qPrintable(dms.error().message()));
    QVERIFY(dms->warnings.isEmpty());
    QCOMPARE(dms->conversations.size(), 4);
    QCOMPARE(std::count_if(dms->conversations.cbegin(), dms->conversations.cend(),
                           [](const Conversation &c) { return c.kind == Conversation::Kind::Group; }),
             1);
    QCOMPARE(dms->messages.size(), 8);
    const auto mentions =
        await<FetchedPage>([&](QObject *c, ResultCallback<FetchedPage> done) { client.fetchMentions({}, c, done); });
    QVERIFY(mentions.ok());
    QCOMPARE(mentions->messages.size(), 3);
}

// ---- The server as Mastodon ----

void TestMastodonClient::serverRefusesBadRequests()
{
    QCOMPARE(raw(get, conversationsPath, {}, {}, {}).status, 401);
    QCOMPARE(raw(get, conversationsPath, {}, {}, "nope"_ba).status, 401);
    const Raw unauthorized = raw(get, conversationsPath, {}, {}, {});
    QVERIFY(unauthorized.json().value(u"error"_s).isString());
    // Outside the token's scopes.
    const QByteArray readOnly = m_server->addToken(m_shop, {}, {u"read"_s});
    QCOMPARE(raw(post, statusesPath, R"({"status":"x"})", "application/json"_ba, readOnly).status, 403);
    // Validation.
    QCOMPARE(raw(post, statusesPath, "{not json").status, 422);
    QCOMPARE(raw(post, statusesPath, R"({"status":""})").status, 422);
    QCOMPARE(raw(post, statusesPath, R"({"status":"x","visibility":"secret"})").status, 422);
    QCOMPARE(raw(post, statusesPath, R"({"status":"x","bogus":1})").status, 422);
    QCOMPARE(raw(post, statusesPath, R"({"status":"x","media_ids":["999"]})").status, 422);
    QCOMPARE(raw(post, statusesPath, R"({"status":"x","in_reply_to_id":"1"})").status, 404);
    const Raw tooLong = raw(post, statusesPath, QJsonDocument(QJsonObject{{u"status"_s, QString(501, u'a')}}).toJson());
    QCOMPARE(tooLong.status, 422);
    QVERIFY(tooLong.json().value(u"error"_s).toString().contains(u"500"_s));
    // A form works as well as JSON.
    const Raw form =
        raw(post, statusesPath, "status=Hello+%40alice&visibility=direct", "application/x-www-form-urlencoded"_ba);
    QCOMPARE(form.status, 200);
    QCOMPARE(form.json().value(u"visibility"_s).toString(), u"direct"_s);
    QCOMPARE(form.json().value(u"mentions"_s).toArray().size(), 1);
    // Private statuses are invisible to others.
    const QString secret = m_server->directMessage(m_alice, {m_carol}, u"between us"_s);
    QCOMPARE(raw(get, u"/api/v1/statuses/"_s + secret).status, 404);
    QCOMPARE(raw(get, u"/api/v1/statuses/"_s + secret + u"/context"_s).status, 404);
    QCOMPARE(raw(get, notificationsPath + u"?max_id=abc"_s).status, 422);
    QCOMPARE(raw(get, u"/api/v1/nothing/here"_s).status, 404);
    // Rate-limit headers on every answer, with the reset in ISO-8601 and microseconds.
    const Raw listed = raw(get, conversationsPath);
    QCOMPARE(listed.status, 200);
    QVERIFY(listed.header("X-RateLimit-Reset").endsWith('Z'));
    QCOMPARE(listed.header("X-RateLimit-Reset").size(), qsizetype(27));
    // Whatever arrives gets an answer.
    for (const QByteArray &junk : {"\xff\xfe"_ba, "[]"_ba, "null"_ba, QByteArray(100000, '{')})
        QVERIFY(raw(post, statusesPath, junk).status >= 400);
}

void TestMastodonClient::serverRefusesBadStreamingHandshakes()
{
    const auto attempt = [this](const QByteArray &token, const QString &path) {
        QWebSocket socket;
        bool connected = false;
        bool closed = false;
        connect(&socket, &QWebSocket::connected, this, [&connected] { connected = true; });
        connect(&socket, &QWebSocket::stateChanged, this, [&closed](QAbstractSocket::SocketState state) {
            closed = closed || state == QAbstractSocket::UnconnectedState;
        });
        QUrl url = m_server->streamingUrl();
        url.setPath(path);
        url.setQuery(u"stream=user"_s);
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        socket.open(request);
        const bool settled = QTest::qWaitFor([&] { return connected || closed; }, waitMs);
        socket.abort();
        return settled && connected;
    };
    QVERIFY(attempt("token-1"_ba, u"/api/v1/streaming"_s));
    QVERIFY(!attempt("bad"_ba, u"/api/v1/streaming"_s));
    QVERIFY(!attempt({}, u"/api/v1/streaming"_s));
    QVERIFY(!attempt("token-1"_ba, u"/elsewhere"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->streamCount(), 0, waitMs);
}

QTEST_GUILESS_MAIN(TestMastodonClient)
#include "TestMastodonClient.moc"
