// SPDX-License-Identifier: GPL-3.0-or-later
// BlueskyClient, BlueskySession and BlueskyAccountSignIn end to end against the sandbox Bluesky
// server (sandbox/bluesky): app-password sign-in, an app password without DM access, the first sync
// of direct messages and mentions into a real store and the incremental sync through the
// conversation log, a refresh on ExpiredToken with the rotated tokens stored first, direct messages
// (a new 1:1 and an existing conversation), posts and replies with facets and an image, a repeated
// publish of the same outbox item, reconciliation after a reset, refusals (locked, blocked, closed
// DMs), 429 and faults.

#include "FakeCredentialStore.h"
#include "LoopbackServer.h"
#include "ProviderTestKit.h"
#include "TestData.h"
#include "accounts/AccountManager.h"
#include "auth/Revocation.h"
#include "bluesky/BlueskyServer.h"
#include "domain/SignInRequest.h"
#include "providers/ProviderFactory.h"
#include "providers/bluesky/BlueskyAccountSignIn.h"
#include "providers/bluesky/BlueskyClient.h"
#include "providers/bluesky/BlueskyMapper.h"
#include "providers/bluesky/BlueskySession.h"
#include "store/AccountRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::BlueskyServer;
namespace bm = starling::blueskymapper;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 20000;

/** A tiny but valid PNG (3×2). */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000104944415478"
                               "9c63f8cfc000410c70160041d205fb87f0b9480000000049454e44ae426082");
}

} // namespace

class TestBlueskyClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInWithAppPassword();
    void signInWithWrongPassword();
    void factoryMakesTheClientAndSignIn();
    void appPasswordWithoutDmAccess();
    void firstSyncOfDirectMessagesAndMentions();
    void firstSyncReadsLongConversationsWhole();
    void incrementalSyncThroughTheLog();
    void refreshOnExpiredTokenStoresRotatedTokensFirst();
    void refreshRefusedReadsTheKeychainAgain();
    void refreshWaitsForAnotherProcess();
    void revokedAppPasswordEndsTheSignIn();
    void removingTheAccountEndsTheSession();
    void sendDirectMessages();
    void marksConversationReadOnTheServer();
    void messageRequestsAreAcceptedOnTheServer();
    void directMessageRefusals();
    void publishPostAndReplyWithFacetsAndImage();
    void repeatedPublishIsOneRecord();
    void findSentMessageAfterReset();
    void rateLimited();
    void faultsGiveErrors();

private:
    template<typename T, typename Call>
    Result<T> await(Call call)
    {
        return test::await<T>(std::move(call), waitMs);
    }
    /** Signs @p handle in with @p password through BlueskyAccountSignIn and keeps the tokens. */
    Result<Account> signIn(const QString &handle, const QString &password);
    /** A session and client for the account signed in last. */
    void makeClient();
    Result<FetchedPage> fetch(const QString &stream, const PageRequest &request = {});
    int sync(const QString &stream, int pageSize = 0);
    qint64 scalar(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<BlueskyServer> m_server;
    std::unique_ptr<FakeCredentialStore> m_store;
    std::unique_ptr<BlueskySession> m_session;
    std::unique_ptr<BlueskyClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageWriter> m_writer;
    Account m_account;
    QString m_shop, m_alice, m_bob, m_carol;
    QString m_shopPassword; // privileged
};

void TestBlueskyClient::init()
{
    m_server = std::make_unique<BlueskyServer>();
    QVERIFY(m_server->listen());
    m_shop = m_server->addAccount(u"shop.test"_s, u"Starling Shop"_s, u"main-password"_s);
    m_alice = m_server->addAccount(u"alice.test"_s, u"Alice Martin"_s, u"alice-password"_s);
    m_bob = m_server->addAccount(u"bob.test"_s, u"Bob"_s, u"bob-password"_s);
    m_carol = m_server->addAccount(u"carol.test"_s, u"Carol"_s, u"carol-password"_s);
    QVERIFY(bm::isDid(m_shop) && bm::isDid(m_carol));
    m_shopPassword = m_server->addAppPassword(m_shop, u"starling"_s, true);
    QVERIFY(!m_shopPassword.isEmpty());
    m_store = std::make_unique<FakeCredentialStore>();

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openSqlite(m_dir->filePath(u"store.sqlite"_s), Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_db = std::move(db).value();
    m_writer = std::make_unique<PageWriter>(*m_db);
}

void TestBlueskyClient::cleanup()
{
    m_client.reset();
    m_session.reset();
    m_server.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
    m_store.reset();
}

Result<Account> TestBlueskyClient::signIn(const QString &handle, const QString &password)
{
    BlueskyAccountSignIn signIn(handle, password, m_server->baseUrl(), m_store.get());
    std::optional<Result<Account>> outcome;
    connect(&signIn, &AccountSignIn::finished, this, [&outcome](const Result<Account> &r) { outcome = r; });
    signIn.start();
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        return Error(Error::Code::Timeout, u"test: no sign-in"_s);
    Result<Account> account = *outcome;
    if (!account)
        return account;
    auto kept = await<void>([&](QObject *context, auto done) { signIn.keep(account.value(), context, done); });
    if (!kept)
        return kept.error();
    m_account = account.value();
    if (!AccountRepository(*m_db).upsert(m_account).ok())
        return Error(Error::Code::Storage, u"test: account not stored"_s);
    return account;
}

void TestBlueskyClient::makeClient()
{
    m_client.reset();
    m_session = std::make_unique<BlueskySession>(m_account.id, m_account.serverUrl, m_store.get());
    BlueskyClient::Config config;
    config.service = m_account.serverUrl;
    config.accountId = m_account.id;
    config.ownDid = m_account.remoteUserId;
    config.requestDeadline = 5s;
    m_client = std::make_unique<BlueskyClient>(config, m_session.get());
    m_client->http().setBackoff({10ms, 50ms, 0.0});
    auto prepared = await<void>([&](QObject *context, auto done) { m_client->prepare(context, done); });
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().message()));
}

Result<FetchedPage> TestBlueskyClient::fetch(const QString &stream, const PageRequest &request)
{
    return test::fetchPage(*m_client, stream, request, waitMs);
}

int TestBlueskyClient::sync(const QString &stream, int pageSize)
{
    return test::syncStream(*m_client, *m_db, *m_writer, m_account.id, stream, pageSize, waitMs);
}

qint64 TestBlueskyClient::scalar(const QString &sql, const QVariantList &values)
{
    return test::scalar(*m_db, sql, values);
}

void TestBlueskyClient::signInWithAppPassword()
{
    auto account = signIn(u"@shop.test"_s, m_shopPassword);
    QVERIFY2(account.ok(), account.ok() ? "" : qPrintable(account.error().message()));
    QCOMPARE(account->network, Network::Bluesky);
    QCOMPARE(account->remoteUserId, m_shop);
    QCOMPARE(account->handle, u"shop.test"_s);
    QCOMPARE(account->displayName, u"Starling Shop"_s);
    QVERIFY(account->serverUrl.isValid());
    // The tokens are in the keychain, the refresh token written first; the app password is not.
    const auto writes = m_store->writes();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0).first, CredentialStore::Kind::RefreshToken);
    QCOMPARE(writes.at(1).first, CredentialStore::Kind::AccessToken);
    QVERIFY(!m_store->contains(account->id, CredentialStore::Kind::AppPassword));
    for (const auto &write : writes)
        QVERIFY(!write.second.contains(m_shopPassword.toUtf8()));

    makeClient();
    auto me = await<Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY(me.ok());
    QCOMPARE(me->remoteId, m_shop);
    QCOMPARE(me->handle, u"shop.test"_s);
    auto alice =
        await<Identity>([&](QObject *context, auto done) { m_client->lookUpPerson(u"@alice.test"_s, context, done); });
    QVERIFY(alice.ok());
    QCOMPARE(alice->remoteId, m_alice);
    QCOMPARE(alice->displayName, u"Alice Martin"_s);
}

void TestBlueskyClient::signInWithWrongPassword()
{
    auto account = signIn(u"shop.test"_s, u"xxxx-xxxx-xxxx-xxxx"_s);
    QVERIFY(!account.ok());
    QCOMPARE(account.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(m_store->size(), 0);
}

void TestBlueskyClient::factoryMakesTheClientAndSignIn()
{
    NetworkProviderFactory factory(m_store.get());
    SignInRequest request;
    request.network = Network::Bluesky;
    request.server = m_server->baseUrl().toString();
    request.identifier = u"shop.test"_s;
    request.appPassword = m_shopPassword;
    QObject parent;
    AccountSignIn *signIn = factory.createSignIn(request, &parent);
    QVERIFY(signIn);
    std::optional<Result<Account>> outcome;
    connect(signIn, &AccountSignIn::finished, this, [&outcome](const Result<Account> &r) { outcome = r; });
    signIn->start();
    QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs));
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message()));
    const Account account = outcome->value();
    QVERIFY(await<void>([&](QObject *context, auto done) { signIn->keep(account, context, done); }).ok());

    // The client the app makes for it: the tokens come from the keychain, the PDS from the account.
    ProviderClient *client = factory.create(account, &parent);
    QVERIFY(client);
    QCOMPARE(client->network(), Network::Bluesky);
    QVERIFY(client->directMessageLink().isEmpty());
    QCOMPARE(client->textRules(TextRules::Mode::Post).limits().maxBytes, 3000);
    QVERIFY(await<void>([&](QObject *context, auto done) { client->prepare(context, done); }).ok());
    auto me = await<Identity>([&](QObject *context, auto done) { client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_shop);
}

void TestBlueskyClient::appPasswordWithoutDmAccess()
{
    const QString plain = m_server->addAppPassword(m_shop, u"no-dms"_s, false);
    QVERIFY(signIn(u"shop.test"_s, plain).ok());
    makeClient();
    const QString convo = m_server->createConvo({m_shop, m_alice});
    m_server->sendMessage(m_alice, convo, u"hello"_s);
    auto dms = fetch(u"dm"_s);
    QVERIFY(!dms.ok());
    QCOMPARE(dms.error().code(), Error::Code::Forbidden);
    QVERIFY2(dms.error().message().contains(u"Allow access to your direct messages"_s),
             qPrintable(dms.error().message()));
    // Refused even with a fresh token; once known, chat refusals are not refreshed again.
    QCOMPARE(m_session->refreshesSent(), 1);
    dms = fetch(u"dm"_s);
    QVERIFY(!dms.ok());
    QCOMPARE(dms.error().code(), Error::Code::Forbidden);
    QCOMPARE(m_session->refreshesSent(), 1);
    // Everything else works with it.
    m_server->post(m_alice, u"hi @shop.test"_s, {});
    auto mentions = fetch(u"mention"_s);
    QVERIFY2(mentions.ok(), mentions.ok() ? "" : qPrintable(mentions.error().message()));
    QCOMPARE(mentions->messages.size(), 1);
}

void TestBlueskyClient::firstSyncOfDirectMessagesAndMentions()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    const QString withAlice = m_server->createConvo({m_shop, m_alice});
    m_server->sendMessage(m_alice, withAlice, u"Do you ship to Lyon?"_s);
    m_server->sendMessage(m_shop, withAlice, u"We do."_s);
    m_server->sendMessage(m_alice, withAlice, u"Great 🎉"_s);
    const QString withBob = m_server->createConvo({m_shop, m_bob});
    m_server->sendMessage(m_bob, withBob, u"Is the shop open on Sunday?"_s);

    const QString root = m_server->post(m_shop, u"New collection today"_s, {});
    const QString reply = m_server->post(m_alice, u"Lovely!"_s, root);
    const QString mention = m_server->post(m_bob, u"Look at @shop.test"_s, {});
    m_server->post(m_carol, u"unrelated"_s, {});
    const QString quote = m_server->quote(m_carol, root, u"This!"_s);
    const QString like = m_server->like(m_bob, root);
    QVERIFY(!reply.isEmpty() && !mention.isEmpty() && !quote.isEmpty() && !like.isEmpty());

    QVERIFY(sync(u"dm"_s, 1) > 0); // a page per conversation
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE remote_id IN (?, ?)"_s, {withAlice, withBob}), 2);
    auto cursor = CursorRepository(*m_db).cursor(m_account.id, u"dm"_s);
    QVERIFY(cursor.ok() && cursor->has_value() && !cursor->value().isEmpty());

    // updateSeen answers 200 with an empty body (no output in its lexicon): no failure is logged.
    QTest::failOnWarning(QRegularExpression(u"updateSeen failed"_s));
    QVERIFY(sync(u"mention"_s) > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id IN (?, ?, ?)"_s, {reply, mention, quote}), 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {like}), 0); // a like is no message
    QVERIFY(m_server->requestCount(u"app.bsky.notification.updateSeen"_s) >= 1);
    QVERIFY(m_server->account(m_shop)->seenAt.isValid()); // marked seen, and the empty answer understood
    // The reply sits in the thread of our post, with the post itself.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ? AND m.remote_id IN (?, ?)"_s,
                    {root, root, reply}),
             2);
    auto mentionCursor = CursorRepository(*m_db).cursor(m_account.id, u"mention"_s);
    QVERIFY(mentionCursor.ok() && mentionCursor->has_value());
    // From the stored cursor nothing is new.
    PageRequest since;
    since.since = mentionCursor->value();
    auto again = fetch(u"mention"_s, since);
    QVERIFY(again.ok());
    QVERIFY(again->messages.isEmpty());
    // A second sync brings nothing new.
    const qint64 before = scalar(u"SELECT COUNT(*) FROM messages"_s);
    QVERIFY(sync(u"mention"_s) > 0);
    QVERIFY(sync(u"dm"_s) > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), before);
}

void TestBlueskyClient::firstSyncReadsLongConversationsWhole()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    // getMessages gives at most 100 messages a request: Alice's 250 and Bob's 130 take more.
    // A second apart, as people write.
    QDateTime clock = QDateTime::currentDateTimeUtc().addDays(-1);
    m_server->setClock([&clock] { return clock = clock.addSecs(1); });
    const QString withAlice = m_server->createConvo({m_shop, m_alice});
    const QString withBob = m_server->createConvo({m_shop, m_bob});
    const QString oldest = m_server->sendMessage(m_alice, withAlice, u"alice 0"_s);
    for (int i = 1; i < 250; ++i)
        m_server->sendMessage(i % 10 == 0 ? m_shop : m_alice, withAlice, u"alice %1"_s.arg(i));
    for (int i = 0; i < 130; ++i)
        m_server->sendMessage(m_bob, withBob, u"bob %1"_s.arg(i));
    const QString withCarol = m_server->createConvo({m_shop, m_carol});
    m_server->sendMessage(m_carol, withCarol, u"just one"_s);
    m_server->setClock({});

    const int pages = sync(u"dm"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {withAlice}),
             250);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                    "WHERE c.remote_id = ?"_s,
                    {withBob}),
             130);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {oldest}), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), 251 + 130);
    // A page for the accepted conversations, one for each older hundred (Alice's 101-200 and
    // 201-250, Bob's 101-130), then one for the message requests.
    QCOMPARE(pages, 5);
    // Unread is what came after the shop last wrote (Bluesky counts writing as reading): Alice's
    // last 9, all of Bob's 130, older hundred too, Carol's one; the inbox counts them so.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE is_read = 0 AND direction = ?"_s,
                    {int(Message::Direction::Inbound)}),
             9 + 130 + 1);
    QCOMPARE(scalar(u"SELECT unread_count FROM conversations WHERE remote_id = ?"_s, {withAlice}), 9);
    QCOMPARE(scalar(u"SELECT unread_count FROM conversations WHERE remote_id = ?"_s, {withBob}), 130);
    // Older messages do not open the conversation again: its line shows the newest one.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE remote_id = ? AND preview = 'alice 249'"_s, {withAlice}),
             1);
    // The next sync reads the log only: nothing is stored twice.
    const int requestsBefore = m_server->requestCount(u"chat.bsky.convo.getMessages"_s);
    QVERIFY(sync(u"dm"_s) > 0);
    QCOMPARE(m_server->requestCount(u"chat.bsky.convo.getMessages"_s), requestsBefore);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), 251 + 130);

    // A token that is not one of ours is refused, not followed.
    PageRequest forged;
    forged.pageToken = u"{\"status\":\"sideways\"}"_s;
    auto refused = fetch(u"dm"_s, forged);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
}

void TestBlueskyClient::incrementalSyncThroughTheLog()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    const QString withAlice = m_server->createConvo({m_shop, m_alice});
    m_server->sendMessage(m_alice, withAlice, u"first"_s);
    QVERIFY(sync(u"dm"_s) > 0);
    const QString first = CursorRepository(*m_db).cursor(m_account.id, u"dm"_s).value().value_or(QString());
    QVERIFY(!first.isEmpty());

    const QString second = m_server->sendMessage(m_alice, withAlice, u"second"_s);
    const QString withCarol = m_server->createConvo({m_shop, m_carol});
    const QString fromCarol = m_server->sendMessage(m_carol, withCarol, u"hello from Carol"_s);
    PageRequest request;
    request.since = first;
    auto page = fetch(u"dm"_s, request);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    QStringList ids;
    for (const Message &m : page->messages)
        ids << m.remoteId;
    QVERIFY2(ids.contains(second) && ids.contains(fromCarol), qPrintable(ids.join(u',')));
    QVERIFY(page->nextPageToken.isEmpty());
    QVERIFY(!page->newestCursor.isEmpty() && page->newestCursor != first);
    // The new conversation comes with its people.
    bool carolKnown = false;
    for (const Conversation &c : page->conversations)
        carolKnown = carolKnown || (c.remoteId == withCarol && c.participantRemoteIds == QStringList{m_carol});
    QVERIFY(carolKnown);

    QVERIFY(sync(u"dm"_s) > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id IN (?, ?)"_s, {second, fromCarol}), 2);
    // Nothing new: the log from the stored cursor is empty.
    request.since = CursorRepository(*m_db).cursor(m_account.id, u"dm"_s).value().value_or(QString());
    page = fetch(u"dm"_s, request);
    QVERIFY(page.ok());
    QVERIFY(page->messages.isEmpty());

    // The shop deletes a message on its phone (for itself: Bluesky has no other deletion). The
    // log says so, and the store lets it go, from the thread and from the search.
    m_server->deleteMessage(m_shop, withAlice, second);
    sync(u"dm"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {second}), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE remote_id = ?"_s, {fromCarol}), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM message_search WHERE message_search MATCH 'second'"_s, {}), 0);
    // The conversation's line in the inbox shows the message before it again.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE remote_id = ? AND preview = 'first'"_s, {withAlice}), 1);

    // A cursor the server refuses: everything is read again rather than the sync stalling.
    request.since = u"no-such-cursor"_s;
    page = fetch(u"dm"_s, request);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    QVERIFY(!page->messages.isEmpty());
    QVERIFY(!page->newestCursor.isEmpty() && page->newestCursor != request.since);
}

void TestBlueskyClient::refreshOnExpiredTokenStoresRotatedTokensFirst()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    const QByteArray oldRefresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    const QByteArray oldAccess = m_session->accessToken();
    m_store->clearLog();
    m_server->expireAccessTokens();
    m_server->post(m_alice, u"hey @shop.test"_s, {});

    // The new access token is used only once both tokens are in the keychain.
    bool storedBeforeUse = false;
    connect(m_session.get(), &BlueskySession::accessTokenChanged, this, [&] {
        storedBeforeUse = m_store->secret(m_account.id, CredentialStore::Kind::AccessToken) == m_session->accessToken()
                          && m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken) != oldRefresh;
    });
    // Several requests meet the expired token at once: one refresh serves them all.
    QObject receiver;
    int answered = 0;
    int succeeded = 0;
    for (int i = 0; i < 4; ++i) {
        m_client->whoAmI(&receiver, [&](Result<Identity> me) {
            ++answered;
            succeeded += me.ok() ? 1 : 0;
        });
    }
    QVERIFY(QTest::qWaitFor([&] { return answered == 4; }, waitMs));
    QCOMPARE(succeeded, 4);
    QVERIFY(storedBeforeUse);
    auto mentions = fetch(u"mention"_s);
    QVERIFY2(mentions.ok(), mentions.ok() ? "" : qPrintable(mentions.error().message()));
    QCOMPARE(mentions->messages.size(), 1);
    QCOMPARE(m_session->refreshesSent(), 1);
    const QByteArray newRefresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(!newRefresh.isEmpty() && newRefresh != oldRefresh); // rotated
    QVERIFY(m_session->accessToken() != oldAccess);
    QCOMPARE(m_store->secret(m_account.id, CredentialStore::Kind::AccessToken), m_session->accessToken());
    // Stored first (refresh token, then access token), then used.
    const auto writes = m_store->writes();
    QVERIFY(writes.size() >= 2);
    QCOMPARE(writes.at(0).first, CredentialStore::Kind::RefreshToken);
    QCOMPARE(writes.at(1).first, CredentialStore::Kind::AccessToken);
}

void TestBlueskyClient::refreshRefusedReadsTheKeychainAgain()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    // Another window renews the session: the keychain has the new refresh token, we the old access token.
    BlueskySession other(m_account.id, m_account.serverUrl, m_store.get());
    auto renewed = await<void>([&](QObject *context, auto done) { other.refresh(context, done); });
    QVERIFY2(renewed.ok(), renewed.ok() ? "" : qPrintable(renewed.error().message()));
    m_server->expireAccessTokens();
    auto me = await<Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));

    // With a refresh token the server no longer knows, the sign-in is over: AuthRevoked, nothing deleted.
    m_store->preset(m_account.id, CredentialStore::Kind::RefreshToken, "not-a-token"_ba);
    m_server->expireAccessTokens();
    // A session that did not refresh a moment ago (that one would trust its last refresh).
    BlueskySession fresh(m_account.id, m_account.serverUrl, m_store.get());
    QSignalSpy expired(&fresh, &BlueskySession::signInExpired);
    auto refused = await<void>([&](QObject *context, auto done) { fresh.refresh(context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(expired.size(), 1);
    QVERIFY(m_store->contains(m_account.id, CredentialStore::Kind::RefreshToken));
}

void TestBlueskyClient::refreshWaitsForAnotherProcess()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    QTemporaryDir profile;
    m_store->setRefreshLockFolder(profile.path());

    // starling-cli renews the same sign-in right now: it holds the account's refresh lock.
    QLockFile cli(m_store->refreshLockPath(m_account.id));
    QVERIFY(cli.tryLock(0));
    std::optional<Result<void>> refreshed;
    m_session->refresh(this, [&](Result<void> r) { refreshed = r; });
    QTest::qWait(3 * int(RefreshLock::retryInterval.count()));
    QCOMPARE(m_session->refreshesSent(), 0); // it waits, rather than spend a token being renewed
    QVERIFY(!refreshed.has_value());

    // The CLI's refresh rotates both tokens and stores them, then lets go.
    QNetworkAccessManager network;
    const test::RawReply renewed =
        test::rawRequest(network, blueskymapper::xrpcUrl(m_account.serverUrl, u"com.atproto.server.refreshSession"_s),
                         "POST", {}, {}, m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken), waitMs);
    QCOMPARE(renewed.status, 200);
    m_store->preset(m_account.id, CredentialStore::Kind::RefreshToken,
                    renewed.json().value("refreshJwt"_L1).toString().toUtf8());
    m_store->preset(m_account.id, CredentialStore::Kind::AccessToken,
                    renewed.json().value("accessJwt"_L1).toString().toUtf8());
    cli.unlock();

    // The app's refresh reads the CLI's refresh token, the one that still works: one request, no refusal.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), waitMs);
    QVERIFY2(refreshed->ok(), refreshed->ok() ? "" : qPrintable(refreshed->error().message()));
    QCOMPARE(m_session->refreshesSent(), 1);
    QVERIFY(!QFileInfo::exists(m_store->refreshLockPath(m_account.id))); // let go
}

void TestBlueskyClient::revokedAppPasswordEndsTheSignIn()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    m_server->revokeAppPassword(m_shop, u"starling"_s);
    QSignalSpy expired(m_session.get(), &BlueskySession::signInExpired);
    auto me = await<Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY(!me.ok());
    QCOMPARE(me.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(expired.size(), 1);
    // Nothing is deleted: a locked keyring or a passing refusal must not sign the account out.
    QVERIFY(m_store->contains(m_account.id, CredentialStore::Kind::RefreshToken));
}

void TestBlueskyClient::removingTheAccountEndsTheSession()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    const QByteArray access = m_store->secret(m_account.id, CredentialStore::Kind::AccessToken);
    QVERIFY(!access.isEmpty());
    QNetworkAccessManager network;
    const QUrl getSession = blueskymapper::xrpcUrl(m_account.serverUrl, u"com.atproto.server.getSession"_s);
    QCOMPARE(test::rawRequest(network, getSession, "GET", {}, {}, access, waitMs).status, 200);

    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    AccountManager manager(&settings, m_store.get(), nullptr);
    QVERIFY(manager.add(m_account).ok());
    manager.setRevocationLookup(&NetworkProviderFactory::revocation); // as the app sets it
    std::optional<Result<void>> removed;
    manager.remove(m_account.id, AccountManager::Removal::KeepMessages, this, [&](Result<void> r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), waitMs);
    QVERIFY2(removed->ok(), removed->ok() ? "" : qPrintable(removed->error().message()));

    // The session is over on the server, not only forgotten here: its access token is refused.
    QCOMPARE(m_server->requestCount(u"com.atproto.server.deleteSession"_s), 1);
    const test::RawReply after = test::rawRequest(network, getSession, "GET", {}, {}, access, waitMs);
    QVERIFY2(after.status == 400 || after.status == 401, after.body.constData()); // InvalidToken, as the PDS says it
    QVERIFY(!m_store->contains(m_account.id, CredentialStore::Kind::AccessToken));
    QVERIFY(!m_store->contains(m_account.id, CredentialStore::Kind::RefreshToken));
}

void TestBlueskyClient::marksConversationReadOnTheServer()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    m_server->setAllowIncoming(m_carol, u"all"_s);
    OutgoingMessage toCarol;
    toCarol.recipientRemoteIds = {m_carol};
    toCarol.text = u"Hello Carol"_s;
    auto sent =
        await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(toCarol, context, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    const QString convoId = sent->conversationRemoteId;
    m_server->sendMessage(m_carol, convoId, u"Thanks! One question…"_s);
    const QString lastRev = m_server->messagesOf(convoId).constLast().rev;
    QVERIFY(m_server->convo(convoId)->readRev.value(m_shop) < lastRev); // Carol's answer is unread

    auto marked =
        await<void>([&](QObject *context, auto done) { m_client->markConversationRead(convoId, context, done); });
    QVERIFY2(marked.ok(), marked.ok() ? "" : qPrintable(marked.error().message()));
    QCOMPARE(m_server->convo(convoId)->readRev.value(m_shop), lastRev);
    const sandbox::Request call = m_server->http().requests().constLast();
    QCOMPARE(call.path, u"/xrpc/chat.bsky.convo.updateRead"_s);
    QCOMPARE(call.headers.value(BlueskyClient::proxyHeader), QByteArray(BlueskyClient::chatService));
    QCOMPARE(call.json().object().value("convoId"_L1).toString(), convoId);

    // A conversation the server does not know is an error, not a silent success.
    auto unknown = await<void>(
        [&](QObject *context, auto done) { m_client->markConversationRead(u"3kunknownconvo"_s, context, done); });
    QVERIFY(!unknown.ok());
}

void TestBlueskyClient::messageRequestsAreAcceptedOnTheServer()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    // Alice and Carol write first: requests for the shop. Bob's conversation the shop began.
    const QString fromAlice = m_server->createConvo({m_alice, m_shop});
    m_server->sendMessage(m_alice, fromAlice, u"Do you ship to Oslo?"_s);
    const QString fromCarol = m_server->createConvo({m_carol, m_shop});
    m_server->sendMessage(m_carol, fromCarol, u"Is the blue mug back?"_s);
    const QString withBob = m_server->createConvo({m_shop, m_bob});
    m_server->sendMessage(m_bob, withBob, u"Thanks for the tip"_s);
    QVERIFY(sync(u"dm"_s) > 0);
    const QString isRequest = u"SELECT request FROM conversations WHERE remote_id = ?"_s;
    QCOMPARE(scalar(isRequest, {fromAlice}), 1);
    QCOMPARE(scalar(isRequest, {fromCarol}), 1);
    QCOMPARE(scalar(isRequest, {withBob}), 0);

    // Accepted without an answer: acceptConvo through the chat service.
    auto accepted =
        await<void>([&](QObject *context, auto done) { m_client->acceptConversation(fromAlice, context, done); });
    QVERIFY2(accepted.ok(), accepted.ok() ? "" : qPrintable(accepted.error().message()));
    QCOMPARE(m_server->convo(fromAlice)->status.value(m_shop), u"accepted"_s);
    const sandbox::Request call = m_server->http().requests().constLast();
    QCOMPARE(call.path, u"/xrpc/chat.bsky.convo.acceptConvo"_s);
    QCOMPARE(call.headers.value(BlueskyClient::proxyHeader), QByteArray(BlueskyClient::chatService));
    QCOMPARE(call.json().object().value("convoId"_L1).toString(), fromAlice);
    // Accepting it again is no error (the server answers without a rev).
    accepted =
        await<void>([&](QObject *context, auto done) { m_client->acceptConversation(fromAlice, context, done); });
    QVERIFY(accepted.ok());

    // Carol's is answered from the shop's phone, which accepts it there.
    m_server->sendMessage(m_shop, fromCarol, u"It is, since Monday"_s);
    QCOMPARE(m_server->convo(fromCarol)->status.value(m_shop), u"accepted"_s);

    // The log says both were accepted; the next sync reads them again and the store follows.
    QVERIFY(sync(u"dm"_s) > 0);
    QCOMPARE(scalar(isRequest, {fromAlice}), 0);
    QCOMPARE(scalar(isRequest, {fromCarol}), 0);
    QVERIFY(m_server->requestCount(u"chat.bsky.convo.getConvo"_s) >= 2);

    // A conversation the server does not know, or an id that is none, is an error.
    auto unknown = await<void>(
        [&](QObject *context, auto done) { m_client->acceptConversation(u"3kunknownconvo"_s, context, done); });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), Error::Code::NotFound);
    auto malformed =
        await<void>([&](QObject *context, auto done) { m_client->acceptConversation(u"../../x"_s, context, done); });
    QVERIFY(!malformed.ok());
    QCOMPARE(malformed.error().code(), Error::Code::InvalidInput);
}

void TestBlueskyClient::sendDirectMessages()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    m_server->setAllowIncoming(m_carol, u"all"_s);
    // A new 1:1: the conversation is opened (getConvoForMembers), then the message sent, with facets.
    OutgoingMessage toCarol;
    toCarol.clientKey = u"dm-1"_s;
    toCarol.recipientRemoteIds = {m_carol};
    toCarol.text = u"Hi 👋 @alice.test sent me (not @ghost.test), see https://shop.example.com/x #new"_s;
    auto sent =
        await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(toCarol, context, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    QVERIFY(!sent->conversationRemoteId.isEmpty());
    QVERIFY(!sent->remoteId.isEmpty());
    const auto messages = m_server->messagesOf(sent->conversationRemoteId);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).text, toCarol.text);
    QCOMPARE(messages.at(0).senderDid, m_shop);
    QCOMPARE(messages.at(0).facets.size(), 3); // the mention, the link and the tag; @ghost.test stays text
    const QByteArray utf8 = toCarol.text.toUtf8();
    const QJsonObject first = messages.at(0).facets.at(0).toObject().value("index"_L1).toObject();
    QCOMPARE(QString::fromUtf8(utf8.mid(first.value("byteStart"_L1).toInt(),
                                        first.value("byteEnd"_L1).toInt() - first.value("byteStart"_L1).toInt())),
             u"@alice.test"_s);

    // The existing conversation: sent into it by its id.
    OutgoingMessage again;
    again.conversationRemoteId = sent->conversationRemoteId;
    again.text = u"second"_s;
    auto second =
        await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(again, context, done); });
    QVERIFY(second.ok());
    QCOMPARE(second->conversationRemoteId, sent->conversationRemoteId);
    QCOMPARE(m_server->messagesOf(sent->conversationRemoteId).size(), 2);

    // DMs carry no images.
    OutgoingMessage withImage = again;
    withImage.mediaIds = {u"bafkrei"_s};
    auto refused =
        await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(withImage, context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
    QCOMPARE(m_server->messagesOf(sent->conversationRemoteId).size(), 2);
}

void TestBlueskyClient::directMessageRefusals()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    const QString convo = m_server->createConvo({m_shop, m_alice});
    m_server->setConvoLocked(convo, true);
    OutgoingMessage locked;
    locked.conversationRemoteId = convo;
    locked.text = u"hello"_s;
    auto r = await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(locked, context, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), Error::Code::Forbidden);
    QVERIFY2(r.error().message().contains(u"locked"_s), qPrintable(r.error().message()));

    m_server->setAllowIncoming(m_carol, u"none"_s);
    OutgoingMessage closed;
    closed.recipientRemoteIds = {m_carol};
    closed.text = u"hello"_s;
    r = await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(closed, context, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), Error::Code::Forbidden);
    QVERIFY2(r.error().message().contains(u"direct messages"_s), qPrintable(r.error().message()));

    m_server->block(m_bob, m_shop);
    OutgoingMessage blocked;
    blocked.recipientRemoteIds = {m_bob};
    blocked.text = u"hello"_s;
    r = await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(blocked, context, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), Error::Code::Forbidden);
    QVERIFY2(r.error().message().contains(u"blocked"_s), qPrintable(r.error().message()));
}

void TestBlueskyClient::publishPostAndReplyWithFacetsAndImage()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tiny.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tinyPng());
    }
    // Too large, and DMs take no files at all: refused before anything is sent.
    const QString large = dir.filePath(u"large.png"_s);
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(tinyPng() + QByteArray(int(BlueskyClient::maxImageBytes), '\0'));
    }
    MediaUpload tooLarge;
    tooLarge.filePath = large;
    tooLarge.mimeType = u"image/png"_s;
    auto refused =
        await<UploadedMedia>([&](QObject *context, auto done) { m_client->uploadMedia(tooLarge, context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
    MediaUpload forDm;
    forDm.filePath = path;
    forDm.purpose = MediaPurpose::DirectMessage;
    refused = await<UploadedMedia>([&](QObject *context, auto done) { m_client->uploadMedia(forDm, context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
    QCOMPARE(m_server->requestCount(u"com.atproto.repo.uploadBlob"_s), 0);

    MediaUpload upload;
    upload.filePath = path;
    upload.altText = u"a tiny picture"_s;
    auto media =
        await<UploadedMedia>([&](QObject *context, auto done) { m_client->uploadMedia(upload, context, done); });
    QVERIFY2(media.ok(), media.ok() ? "" : qPrintable(media.error().message()));

    OutgoingPost post;
    post.clientKey = u"post-1"_s;
    post.text = u"Été 🌞 with @alice.test at https://shop.example.com/summer #sale"_s;
    post.mediaIds = {media->mediaId};
    auto published = await<SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message()));
    QCOMPARE(published->remoteId, m_client->postUriFor(post.clientKey));

    // The thread: Alice answers our post, we answer Alice. Root is our post, parent Alice's reply.
    const QString aliceReply = m_server->post(m_alice, u"Nice!"_s, published->remoteId);
    OutgoingPost reply;
    reply.clientKey = u"post-2"_s;
    reply.text = u"Thanks @alice.test!"_s;
    reply.inReplyToRemoteId = aliceReply;
    auto answered = await<SentItem>([&](QObject *context, auto done) { m_client->publish(reply, context, done); });
    QVERIFY2(answered.ok(), answered.ok() ? "" : qPrintable(answered.error().message()));
    QCOMPARE(answered->conversationRemoteId, published->remoteId);

    // What the server holds: facets with byte offsets, the image, the reply refs.
    PageRequest thread;
    thread.conversationRemoteId = answered->remoteId;
    auto page =
        await<FetchedPage>([&](QObject *context, auto done) { m_client->fetchConversation(thread, context, done); });
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    QStringList uris;
    for (const Message &m : page->messages)
        uris << m.remoteId;
    QVERIFY(uris.contains(published->remoteId) && uris.contains(aliceReply) && uris.contains(answered->remoteId));
    for (const Message &m : page->messages) {
        QCOMPARE(m.conversationRemoteId, published->remoteId);
        if (m.remoteId == answered->remoteId)
            QCOMPARE(m.replyToRemoteId, aliceReply);
        if (m.remoteId == published->remoteId) {
            QCOMPARE(m.attachments.size(), 1);
            QCOMPARE(m.attachments.at(0).altText, u"a tiny picture"_s);
        }
    }
    const auto stored = m_server->record(published->remoteId);
    QVERIFY(stored.has_value());
    const QJsonObject record = stored->value;
    QCOMPARE(record.value("embed"_L1).toObject().value("images"_L1).toArray().size(), 1);
    const auto replyRecord = m_server->record(answered->remoteId);
    QVERIFY(replyRecord.has_value());
    QCOMPARE(replyRecord->replyParentUri(), aliceReply);
    QCOMPARE(replyRecord->replyRootUri(), published->remoteId);
    const QJsonArray facets = record.value("facets"_L1).toArray();
    QCOMPARE(facets.size(), 3);
    const QByteArray utf8 = post.text.toUtf8();
    const QStringList covered{u"@alice.test"_s, u"https://shop.example.com/summer"_s, u"#sale"_s};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject index = facets.at(i).toObject().value("index"_L1).toObject();
        const int start = index.value("byteStart"_L1).toInt();
        const int end = index.value("byteEnd"_L1).toInt();
        QCOMPARE(QString::fromUtf8(utf8.mid(start, end - start)), covered.at(i));
    }
    QCOMPARE(facets.at(0).toObject().value("features"_L1).toArray().at(0).toObject().value("did"_L1).toString(),
             m_alice);
}

void TestBlueskyClient::repeatedPublishIsOneRecord()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    OutgoingPost post;
    post.clientKey = u"outbox-42"_s;
    post.text = u"Only once"_s;
    const qsizetype before = m_server->posts().size();
    auto first = await<SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
    auto second = await<SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message()));
    QCOMPARE(second->remoteId, first->remoteId);
    QCOMPARE(m_server->posts().size(), before + 1);

    auto found = await<std::optional<SentItem>>([&](QObject *context, auto done) {
        m_client->findPublishedPost(post, QDateTime::currentDateTimeUtc().addSecs(-60), {}, context, done);
    });
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().remoteId, first->remoteId);
    OutgoingPost other = post;
    other.clientKey = u"outbox-43"_s;
    found = await<std::optional<SentItem>>([&](QObject *context, auto done) {
        m_client->findPublishedPost(other, QDateTime::currentDateTimeUtc().addSecs(-60), {}, context, done);
    });
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
}

void TestBlueskyClient::findSentMessageAfterReset()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    const QString convo = m_server->createConvo({m_shop, m_alice});
    const QDateTime attempt = QDateTime::currentDateTimeUtc();
    m_server->http().injectFault("POST"_ba, u"/xrpc/chat.bsky.convo.sendMessage"_s,
                                 sandbox::Fault::resetAfterHandling(), 1);
    OutgoingMessage message;
    message.conversationRemoteId = convo;
    message.text = u"Did this arrive?"_s;
    auto sent =
        await<SentItem>([&](QObject *context, auto done) { m_client->sendDirectMessage(message, context, done); });
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code(), Error::Code::Network);
    QCOMPARE(m_server->messagesOf(convo).size(), 1); // it did

    auto found = await<std::optional<SentItem>>(
        [&](QObject *context, auto done) { m_client->findSentMessage(message, attempt, {}, context, done); });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QVERIFY(found->has_value());
    QCOMPARE(found->value().conversationRemoteId, convo);
    // Claimed by another outbox item: not ours.
    auto excluded = await<std::optional<SentItem>>([&](QObject *context, auto done) {
        m_client->findSentMessage(message, attempt, {found->value().remoteId}, context, done);
    });
    QVERIFY(excluded.ok());
    QVERIFY(!excluded->has_value());
}

void TestBlueskyClient::rateLimited()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    m_server->exhaustRateLimit(m_shop);
    auto page = fetch(u"mention"_s);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), Error::Code::RateLimited);
    QVERIFY(page.error().retryAfter().isValid());
    QVERIFY(page.error().retryAfter() > QDateTime::currentDateTimeUtc());
    const auto budget = m_client->budget(SyncStream::Mentions);
    QVERIFY(budget.has_value());
    QCOMPARE(budget->remaining, 0);
    // Until the reset, the same kind of request waits without reaching the server.
    const int sent = m_server->requestCount(u"app.bsky.notification.listNotifications"_s);
    page = fetch(u"mention"_s);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), Error::Code::RateLimited);
    QCOMPARE(m_server->requestCount(u"app.bsky.notification.listNotifications"_s), sent);
}

void TestBlueskyClient::faultsGiveErrors()
{
    QVERIFY(signIn(u"shop.test"_s, m_shopPassword).ok());
    makeClient();
    m_server->http().injectFault("GET"_ba, u"/xrpc/app.bsky.notification.listNotifications"_s,
                                 sandbox::Fault::invalidJson(), 1);
    auto page = fetch(u"mention"_s);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), Error::Code::BadResponse);

    // A post whose answer was lost: not sent again, found at its record key.
    OutgoingPost post;
    post.clientKey = u"lost-answer"_s;
    post.text = u"Hello"_s;
    m_server->http().injectFault("POST"_ba, u"/xrpc/com.atproto.repo.createRecord"_s,
                                 sandbox::Fault::resetAfterHandling(), 1);
    auto published = await<SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY(!published.ok());
    QCOMPARE(published.error().code(), Error::Code::Network);
    auto found = await<std::optional<SentItem>>([&](QObject *context, auto done) {
        m_client->findPublishedPost(post, QDateTime::currentDateTimeUtc().addSecs(-60), {}, context, done);
    });
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().remoteId, m_client->postUriFor(post.clientKey));

    m_server->http().injectFault("GET"_ba, u"/xrpc/chat.bsky.convo.getLog"_s, sandbox::Fault::truncatedBody(), 3);
    auto dms = fetch(u"dm"_s);
    QVERIFY(!dms.ok());
}

QTEST_GUILESS_MAIN(TestBlueskyClient)
#include "TestBlueskyClient.moc"
