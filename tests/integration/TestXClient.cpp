// SPDX-License-Identifier: GPL-3.0-or-later
// XClient end to end against the sandbox X server (sandbox/x): sign-in to first sync into a real
// store, paging, incremental sync, sending DMs (1:1, group, with media), replies and "switch to
// DM", the 401 refresh path, the 429 wait path, the 403 reply rule and the outbox's reconciliation
// reads (escaped text, media-only messages, look-alikes). A second part checks the server itself:
// X's problem format, fields and expansions, rate-limit headers, and that no input makes it fail
// to answer.

#include "LoopbackServer.h"
#include "ProviderTestKit.h"
#include "TestData.h"
#include "auth/AccessTokenSource.h"
#include "providers/x/XClient.h"
#include "store/AccountRepository.h"
#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"
#include "x/XServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::XServer;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 20000;

const QByteArray get = "GET"_ba;
const QByteArray post = "POST"_ba;
const QString dmEventsPath = u"/2/dm_events"_s;
const QString mentionsPattern = u"/2/users/{id}/mentions"_s;

/** A 3×2 RGB PNG, small and valid, so the server can read its size. */
QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000104944415478"
                               "9c63f8cfc000410c70160041d205fb87f0b9480000000049454e44ae426082");
}

/** What a raw request to the server got back, for the server's own checks. */
using Raw = starling::test::RawReply;

} // namespace

class TestXClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The client end to end
    void signInToFirstSync();
    void pagingAcrossManyPages();
    void incrementalSyncFetchesOnlyWhatIsNew();
    void sendsDirectMessages();
    void sendsDirectMessageWithImage();
    void uploadsVideoInChunks();
    void repliesToMention();
    void switchesToDirectMessage();
    void replyNotAllowedIsForbidden();
    void refreshesExpiredTokenOnce();
    void failedRefreshReachesCaller();
    void waitsOutRateLimit();
    void reconciliationMatchesTextAndMedia();

    // The server as X
    void answersOnlyRequestedFields();
    void sendsRateLimitHeaders();
    void listsOwnPosts();
    void escapesTextAsX();
    void refusesMalformedRequests_data();
    void refusesMalformedRequests();
    void refusesWithoutValidToken();
    void enforcesMediaRules();
    void answersAnyInput();

private:
    template<typename T, typename Call>
    Result<T> await(Call call)
    {
        return test::await<T>(std::move(call), waitMs);
    }
    Result<FetchedPage> fetch(const QString &stream, const PageRequest &request);
    /** One sync cycle of a stream into the store, the way the sync engine does it; returns the pages. */
    int sync(const QString &stream, int pageSize);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    Raw raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
            const QByteArray &contentType = "application/json"_ba, const QByteArray &token = "token-1"_ba);
    void makeClient(qint64 chunkBytes = 64 * 1024);

    std::unique_ptr<XServer> m_server;
    std::unique_ptr<test::XServerTokens> m_tokens;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageWriter> m_writer;
    QNetworkAccessManager m_raw;
    Account m_account = testdata::account(u"shop"_s, Network::X);
    QString m_shop;
    QString m_alice;
    QString m_bob;
    QString m_carol;
    QString m_dave;
};

void TestXClient::init()
{
    m_server = std::make_unique<XServer>();
    QVERIFY(m_server->listen());
    m_shop = m_server->addUser(u"shop"_s, u"The Shop"_s);
    m_alice = m_server->addUser(u"alice"_s, u"Alice"_s);
    m_bob = m_server->addUser(u"bob"_s, u"Bob"_s);
    m_carol = m_server->addUser(u"carol"_s, u"Carol"_s);
    m_dave = m_server->addUser(u"dave"_s, u"Dave"_s);
    QVERIFY(!m_shop.isEmpty() && !m_dave.isEmpty());
    m_server->setOwnUser(m_shop);
    // Most tests are not about rate limits; waitsOutRateLimit() restores them.
    m_server->setAllRateLimits(100000);
    m_server->setMediaProcessing(2, 0);
    m_tokens = std::make_unique<test::XServerTokens>(*m_server, m_shop);
    makeClient();

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::openSqlite(m_dir->filePath(u"store.sqlite"_s), Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_db = std::move(db).value();
    m_account.remoteUserId = m_shop;
    QVERIFY(AccountRepository(*m_db).upsert(m_account).ok());
    m_writer = std::make_unique<PageWriter>(*m_db);
}

void TestXClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_server.reset();
    m_writer.reset();
    m_db.reset();
    m_dir.reset();
}

void TestXClient::makeClient(qint64 chunkBytes)
{
    XClient::Config config;
    config.apiBase = m_server->baseUrl();
    config.accountId = m_account.id;
    config.ownUserId = m_shop;
    config.uploadChunkBytes = chunkBytes;
    m_client = std::make_unique<XClient>(config, m_tokens.get());
}

Result<FetchedPage> TestXClient::fetch(const QString &stream, const PageRequest &request)
{
    return test::fetchPage(*m_client, stream, request, waitMs);
}

int TestXClient::sync(const QString &stream, int pageSize)
{
    return test::syncStream(*m_client, *m_db, *m_writer, m_account.id, stream, pageSize, waitMs);
}

qint64 TestXClient::scalar(const QString &sql, const QVariantList &values)
{
    return test::scalar(*m_db, sql, values);
}

Raw TestXClient::raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                     const QByteArray &contentType, const QByteArray &token)
{
    return test::rawRequest(m_raw, m_server->http().url(pathAndQuery), method, body, contentType, token, waitMs);
}

// ---- The client end to end ----

void TestXClient::signInToFirstSync()
{
    // Sign-in: who the token belongs to, then a lookup of someone to write to.
    const auto me = await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->whoAmI(c, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_shop);
    QCOMPARE(me->handle, u"shop"_s);
    QCOMPARE(me->displayName, u"The Shop"_s);
    const auto alice = await<Identity>(
        [&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(u"@Alice"_s, c, done); });
    QVERIFY(alice.ok());
    QCOMPARE(alice->remoteId, m_alice);
    const auto byId =
        await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(m_bob, c, done); });
    QVERIFY(byId.ok());
    QCOMPARE(byId->handle, u"bob"_s);
    const auto nobody = await<Identity>(
        [&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(u"nobody"_s, c, done); });
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code(), Error::Code::NotFound);

    // What happened on X before the first sync.
    const QString image = m_server->addMedia(m_alice, u"image/png"_s, tinyPng(), u"dm_image"_s);
    QVERIFY(!image.isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"Hello, is the blue one in stock?"_s).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_shop, m_alice, u"It is!"_s).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"Like this one:"_s, image).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_bob, m_shop, u"Order 42?"_s).isEmpty());
    const QString group = m_server->createGroupConversation(m_carol, {m_shop, m_dave}, u"Group question"_s);
    QVERIFY(!group.isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_dave, m_carol, u"Not for the shop"_s).isEmpty());
    const QString first = m_server->mention(m_carol, m_shop, u"love your shop"_s);
    const QString second = m_server->mention(m_dave, m_shop, u"when do you open?"_s);
    QVERIFY(!m_server->addPost(m_dave, u"A post that mentions nobody"_s).isEmpty());
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    QCOMPARE(sync(u"dm"_s, 0), 1);
    QCOMPARE(sync(u"mentions"_s, 0), 1);

    // 5 messages of ours (the join event is a membership change, not a message); dave→carol is not ours.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 5);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ? AND direction = ?"_s,
                    {int(Message::Kind::DirectMessage), int(Message::Direction::Outbound)}),
             1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 2);
    const QString aliceConversation = XServer::directConversationId(m_alice, m_shop);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE remote_id IN (?, ?, ?)"_s,
                    {aliceConversation, XServer::directConversationId(m_bob, m_shop), group}),
             3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM identities WHERE handle = 'alice'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM attachments WHERE kind = ? AND width = 3 AND height = 2"_s,
                    {Attachment::kindKey(Attachment::Kind::Image)}),
             1);

    // The cursors are the newest ids the server holds for each stream.
    CursorRepository cursors(*m_db);
    QCOMPARE(cursors.cursor(m_account.id, u"mentions"_s).value(), std::optional<QString>(second));
    const QList<sandbox::XDmEvent> events = m_server->dmEvents();
    QString newestOurs;
    for (const auto &event : events) {
        if (m_server->conversation(event.conversationId)->participantIds.contains(m_shop))
            newestOurs = event.id;
    }
    QCOMPARE(cursors.cursor(m_account.id, u"dm"_s).value(), std::optional<QString>(newestOurs));

    // The client asked for the fields it needs, with the documented tweet.* names (API-NOTES X-0).
    const auto requests = m_server->http().requests();
    const auto dmRequest = std::find_if(requests.cbegin(), requests.cend(),
                                        [](const sandbox::Request &r) { return r.path == dmEventsPath; });
    QVERIFY(dmRequest != requests.cend());
    QVERIFY(dmRequest->queryValue(u"dm_event.fields"_s).contains(u"sender_id"_s));
    QVERIFY(dmRequest->query.hasQueryItem(u"tweet.fields"_s));
}

void TestXClient::pagingAcrossManyPages()
{
    const QStringList people{m_alice, m_bob, m_carol, m_dave};
    for (int i = 0; i < 230; ++i) {
        const QString person = people.at(i % people.size());
        const QString text = u"message %1"_s.arg(i);
        const QString id = i % 5 == 0 ? m_server->deliverDirectMessage(m_shop, person, text)
                                      : m_server->deliverDirectMessage(person, m_shop, text);
        QVERIFY(!id.isEmpty());
    }
    for (int i = 0; i < 57; ++i)
        QVERIFY(!m_server->mention(people.at(i % people.size()), m_shop, u"mention %1"_s.arg(i)).isEmpty());

    QCOMPARE(sync(u"dm"_s, 20), 12); // 230 events, 20 a page
    QCOMPARE(sync(u"mentions"_s, 10), 6); // 57 mentions, 10 a page
    QCOMPARE(m_server->http().requestCount(get, dmEventsPath), 12);
    QCOMPARE(m_server->http().requestCount(get, u"/2/users/%1/mentions"_s.arg(m_shop)), 6);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::DirectMessage)}), 230);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ?"_s, {int(Message::Kind::Mention)}), 57);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages WHERE kind = ? AND direction = ?"_s,
                    {int(Message::Kind::DirectMessage), int(Message::Direction::Outbound)}),
             46);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM conversations WHERE kind = ?"_s, {int(Conversation::Kind::Direct)}), 4);

    // Every page asked for the page size, and every page after the first carried the token.
    int withToken = 0;
    for (const sandbox::Request &r : m_server->http().requests()) {
        if (r.path != dmEventsPath)
            continue;
        QCOMPARE(r.queryValue(u"max_results"_s), u"20"_s);
        withToken += r.query.hasQueryItem(u"pagination_token"_s) ? 1 : 0;
    }
    QCOMPARE(withToken, 11);
}

void TestXClient::incrementalSyncFetchesOnlyWhatIsNew()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(!m_server->deliverDirectMessage(i % 2 ? m_alice : m_bob, m_shop, u"old %1"_s.arg(i)).isEmpty());
    for (int i = 0; i < 7; ++i)
        QVERIFY(!m_server->mention(m_carol, m_shop, u"old mention %1"_s.arg(i)).isEmpty());
    QCOMPARE(sync(u"dm"_s, 5), 3);
    QCOMPARE(sync(u"mentions"_s, 5), 2);
    const qint64 stored = scalar(u"SELECT COUNT(*) FROM messages"_s);
    QCOMPARE(stored, 19);

    // Nothing new: one request per stream, and nothing stored.
    m_server->http().clearRequests();
    QCOMPARE(sync(u"dm"_s, 5), 1);
    QCOMPARE(sync(u"mentions"_s, 5), 1);
    QCOMPARE(m_server->http().requestCount(), 2);
    QCOMPARE(m_server->http().requestCount(get, dmEventsPath), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), stored);
    const auto mentionRequest = m_server->http().requests().constLast();
    QCOMPARE(mentionRequest.queryValue(u"since_id"_s),
             CursorRepository(*m_db).cursor(m_account.id, u"mentions"_s).value().value_or(QString()));

    // Something new, more than a page of it: the fetch stops where the store left off.
    QStringList fresh;
    for (int i = 0; i < 7; ++i)
        fresh << m_server->deliverDirectMessage(m_alice, m_shop, u"new %1"_s.arg(i));
    const QString newMention = m_server->mention(m_dave, m_shop, u"new mention"_s);
    m_server->http().clearRequests();
    QCOMPARE(sync(u"dm"_s, 5), 2);
    QCOMPARE(sync(u"mentions"_s, 5), 1);
    QCOMPARE(m_server->http().requestCount(get, dmEventsPath), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM messages"_s), stored + 8);
    CursorRepository cursors(*m_db);
    QCOMPARE(cursors.cursor(m_account.id, u"dm"_s).value(), std::optional<QString>(fresh.constLast()));
    QCOMPARE(cursors.cursor(m_account.id, u"mentions"_s).value(), std::optional<QString>(newMention));

    // And quiet again.
    m_server->http().clearRequests();
    QCOMPARE(sync(u"dm"_s, 5), 1);
    QCOMPARE(sync(u"mentions"_s, 5), 1);
    QCOMPARE(m_server->http().requestCount(), 2);
}

void TestXClient::sendsDirectMessages()
{
    const auto send = [&](const OutgoingMessage &message) {
        return await<SentItem>(
            [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    };

    // 1:1 to someone new: the conversation appears with X's "<smaller>-<larger>" id.
    OutgoingMessage toBob;
    toBob.recipientRemoteIds = {m_bob};
    toBob.text = u"Your order has shipped."_s;
    const auto sent = send(toBob);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    const QString bobConversation = XServer::directConversationId(m_shop, m_bob);
    QCOMPARE(sent->conversationRemoteId, bobConversation);
    const auto event = m_server->dmEvent(sent->remoteId);
    QVERIFY(event.has_value());
    QCOMPARE(event->text, toBob.text);
    QCOMPARE(event->senderId, m_shop);
    QCOMPARE(event->conversationId, bobConversation);

    // Into an existing conversation.
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"Hi!"_s).isEmpty());
    OutgoingMessage toAlice;
    toAlice.conversationRemoteId = XServer::directConversationId(m_alice, m_shop);
    toAlice.text = u"Hello Alice"_s;
    const auto reply = send(toAlice);
    QVERIFY(reply.ok());
    QCOMPARE(reply->conversationRemoteId, toAlice.conversationRemoteId);
    QCOMPARE(m_server->dmEvents(toAlice.conversationRemoteId).size(), 2);
    QCOMPARE(
        m_server->http().requestCount(post, u"/2/dm_conversations/%1/messages"_s.arg(toAlice.conversationRemoteId)), 1);

    // A group: a new conversation with everyone, a join event and the message.
    OutgoingMessage toGroup;
    toGroup.recipientRemoteIds = {m_alice, m_bob, m_carol};
    toGroup.text = u"Team, meet each other."_s;
    const auto grouped = send(toGroup);
    QVERIFY(grouped.ok());
    const auto conversation = m_server->conversation(grouped->conversationRemoteId);
    QVERIFY(conversation.has_value());
    QVERIFY(conversation->group);
    QCOMPARE(conversation->participantIds, (QStringList{m_shop, m_alice, m_bob, m_carol}));
    const auto groupEvents = m_server->dmEvents(grouped->conversationRemoteId);
    QCOMPARE(groupEvents.size(), 2);
    QCOMPARE(groupEvents.at(0).type, sandbox::XDmEvent::Type::ParticipantsJoin);
    QCOMPARE(groupEvents.at(1).id, grouped->remoteId);

    // What was sent shows up in the next listing, as ours.
    const auto page = fetch(u"dm"_s, PageRequest{});
    QVERIFY(page.ok());
    QStringList ours;
    for (const Message &m : page->messages) {
        if (m.direction == Message::Direction::Outbound)
            ours << m.remoteId;
    }
    QCOMPARE(ours.size(), 3);
    QVERIFY(ours.contains(sent->remoteId) && ours.contains(reply->remoteId) && ours.contains(grouped->remoteId));
    QCOMPARE(page->membershipChanges.size(), 1);

    // The other side sees it too, through its own token.
    const QByteArray bobToken = m_server->addToken(m_bob);
    const Raw bobView = raw(get, u"/2/dm_events?dm_event.fields=sender_id"_s, {}, {}, bobToken);
    QCOMPARE(bobView.status, 200);
    QVERIFY(bobView.body.contains(sent->remoteId.toLatin1()));
}

void TestXClient::sendsDirectMessageWithImage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"photo.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tinyPng());
    file.close();

    QList<std::pair<qint64, qint64>> progress;
    MediaUpload upload;
    upload.filePath = path;
    upload.mimeType = u"image/png"_s;
    upload.purpose = MediaPurpose::DirectMessage;
    const auto uploaded = await<UploadedMedia>([&](QObject *c, ResultCallback<UploadedMedia> done) {
        m_client->uploadMedia(upload, c, done, [&progress](qint64 sent, qint64 total) {
            progress.append({sent, total});
        });
    });
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().message()));
    QCOMPARE(progress, (QList<std::pair<qint64, qint64>>{{tinyPng().size(), tinyPng().size()}}));
    const auto media = m_server->media(uploaded->mediaId);
    QVERIFY(media.has_value());
    QCOMPARE(media->category, u"dm_image"_s);
    QCOMPARE(media->segments.keys(), QList<int>{0});
    QCOMPARE(media->bytes(), tinyPng());
    QCOMPARE(media->state, sandbox::XMedia::State::Succeeded);
    QCOMPARE(m_server->http().requestCount(get, u"/2/media/upload"_s), 0); // images need no polling
    QVERIFY(uploaded->expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));

    OutgoingMessage message;
    message.recipientRemoteIds = {m_alice};
    message.text = u"Here is the photo"_s;
    message.mediaIds = {uploaded->mediaId};
    const auto sent = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    QCOMPARE(m_server->dmEvent(sent->remoteId)->mediaId, uploaded->mediaId);

    // It comes back as an image attachment, with the size the server read from the file.
    const auto page = fetch(u"dm"_s, PageRequest{});
    QVERIFY(page.ok());
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages.constFirst().attachments.size(), 1);
    const Attachment attachment = page->messages.constFirst().attachments.constFirst();
    QCOMPARE(attachment.kind, Attachment::Kind::Image);
    QCOMPARE(attachment.width, 3);
    QCOMPARE(attachment.height, 2);

    // Someone else's media cannot be attached: X checks that the sender uploaded it.
    const QString bobsMedia = m_server->addMedia(m_bob, u"image/png"_s, tinyPng());
    message.mediaIds = {bobsMedia};
    const auto refused = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
}

void TestXClient::uploadsVideoInChunks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"clip.mp4"_s);
    QByteArray video(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < video.size(); ++i)
        video[i] = char(i * 7 % 251);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(video);
    file.close();

    QList<qint64> progress;
    MediaUpload upload;
    upload.filePath = path;
    upload.mimeType = u"video/mp4"_s;
    const auto uploaded = await<UploadedMedia>([&](QObject *c, ResultCallback<UploadedMedia> done) {
        m_client->uploadMedia(upload, c, done, [&progress, &video](qint64 sent, qint64 total) {
            if (total == video.size())
                progress.append(sent);
        });
    });
    QVERIFY2(uploaded.ok(), uploaded.ok() ? "" : qPrintable(uploaded.error().message()));
    // 200 KiB in 64 KiB chunks: four appends, segments 0..3, progress after each.
    QCOMPARE(progress, (QList<qint64>{64 * 1024, 128 * 1024, 192 * 1024, 200 * 1024}));
    const auto media = m_server->media(uploaded->mediaId);
    QVERIFY(media.has_value());
    QCOMPARE(media->category, u"tweet_video"_s);
    QCOMPARE(media->segments.keys(), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(media->bytes(), video);
    // FINALIZE said "pending"; the client polled STATUS until it succeeded on the second poll.
    QCOMPARE(media->statusPolls, 2);
    QCOMPARE(media->state, sandbox::XMedia::State::Succeeded);
    QCOMPARE(m_server->http().requestCount(post, u"/2/media/upload/%1/append"_s.arg(uploaded->mediaId)), 4);

    OutgoingPost clip;
    clip.text = u"Our new product, in motion"_s;
    clip.mediaIds = {uploaded->mediaId};
    const auto published =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(clip, c, done); });
    QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message()));
    QCOMPARE(m_server->post(published->remoteId)->mediaIds, QStringList{uploaded->mediaId});

    // A processing failure reaches the caller.
    const QString failing = dir.filePath(u"broken.mp4"_s);
    QFile other(failing);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(video.left(1000));
    other.close();
    QObject watcher;
    connect(&m_server->http(), &sandbox::LoopbackServer::requestReceived, &watcher,
            [this](const sandbox::Request &request) {
                if (request.path.endsWith(u"/finalize"))
                    m_server->failMediaProcessing(request.param(u"id"_s));
            });
    upload.filePath = failing;
    const auto failed = await<UploadedMedia>(
        [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
    QVERIFY(!failed.ok());
}

void TestXClient::repliesToMention()
{
    const QString question = m_server->mention(m_alice, m_shop, u"do you ship to Norway?"_s);
    const auto page = fetch(u"mentions"_s, PageRequest{});
    QVERIFY(page.ok());
    QCOMPARE(page->messages.size(), 1);
    const Message mention = page->messages.constFirst();
    QCOMPARE(mention.remoteId, question);
    QCOMPARE(mention.kind, Message::Kind::Mention);

    OutgoingPost answer;
    answer.text = u"@alice Yes, we do!"_s;
    answer.inReplyToRemoteId = mention.remoteId;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(answer, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));

    // The reply is in the thread of the mention, answering alice.
    const QList<sandbox::XPost> thread = m_server->thread(mention.conversationRemoteId);
    QCOMPARE(thread.size(), 2);
    QCOMPARE(thread.constLast().id, sent->remoteId);
    QCOMPARE(thread.constLast().inReplyToPostId, question);
    QCOMPARE(thread.constLast().inReplyToUserId, m_alice);
    QCOMPARE(thread.constLast().authorId, m_shop);

    // Alice answers back, and the conversation goes on in the same thread.
    const QString back = m_server->addPost(m_alice, u"@shop great, ordering now"_s, sent->remoteId);
    const auto next = fetch(u"mentions"_s, PageRequest{question, {}, {}, 0});
    QVERIFY(next.ok());
    QCOMPARE(next->messages.constFirst().remoteId, back);
    QCOMPARE(next->messages.constFirst().conversationRemoteId, mention.conversationRemoteId);
    QCOMPARE(next->messages.constFirst().replyToRemoteId, sent->remoteId);
}

void TestXClient::switchesToDirectMessage()
{
    const QString question = m_server->mention(m_bob, m_shop, u"my order 1234 never arrived"_s);
    const QString text = m_client->withDirectMessageLink(u"Sorry to hear that! Let's sort it out in private:"_s);
    const QUrl link = m_client->directMessageLink();
    QVERIFY(link.isValid());
    QVERIFY(text.contains(link.toString()));
    QVERIFY(link.query().contains(m_shop));

    OutgoingPost reply;
    reply.text = text;
    reply.inReplyToRemoteId = question;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));
    const auto published = m_server->post(sent->remoteId);
    QVERIFY(published.has_value());
    QCOMPARE(published->text, text);
    QCOMPARE(published->inReplyToPostId, question);

    // Bob follows the link and writes; the DM arrives in the inbox.
    QVERIFY(!m_server->deliverDirectMessage(m_bob, m_shop, u"Here I am, order 1234"_s).isEmpty());
    const auto page = fetch(u"dm"_s, PageRequest{});
    QVERIFY(page.ok());
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages.constFirst().authorRemoteId, m_bob);
}

void TestXClient::replyNotAllowedIsForbidden()
{
    // Bob's post does not mention the shop: since 2026-02 X refuses an API reply to it.
    const QString unrelated = m_server->addPost(m_bob, u"Just had the best coffee"_s);
    const int posts = int(m_server->posts().size());
    OutgoingPost reply;
    reply.text = u"Try ours too!"_s;
    reply.inReplyToRemoteId = unrelated;
    const auto refused =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::Forbidden);
    QCOMPARE(refused.error().httpStatus(), 403);
    // XClient's own explanation, not the server's words.
    QVERIFY2(refused.error().message().startsWith(u"X does not allow this reply"_s),
             qPrintable(refused.error().message()));
    QVERIFY(refused.error().serverDetail().contains(u"not allowed"_s));
    QCOMPARE(m_server->posts().size(), posts);

    // Quoting the shop summons it, like a mention.
    const QString ours = m_server->addPost(m_shop, u"New arrivals today"_s);
    const QString quote = m_server->addPost(m_bob, u"Look at this"_s, {}, ours);
    reply.inReplyToRemoteId = quote;
    const auto allowed =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY2(allowed.ok(), allowed.ok() ? "" : qPrintable(allowed.error().message()));
}

void TestXClient::refreshesExpiredTokenOnce()
{
    m_server->expireAllTokens();
    const auto me = await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->whoAmI(c, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_shop);
    QCOMPARE(m_tokens->refreshes, 1);
    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).headers.value("authorization"), "Bearer token-1"_ba);
    QCOMPARE(requests.at(1).headers.value("authorization"), "Bearer token-2"_ba);

    // The new token keeps working: no further refresh.
    const auto again = fetch(u"dm"_s, PageRequest{});
    QVERIFY(again.ok());
    QCOMPARE(m_tokens->refreshes, 1);
}

void TestXClient::failedRefreshReachesCaller()
{
    m_server->expireAllTokens();
    m_tokens->failRefresh = true;
    const auto page = fetch(u"mentions"_s, PageRequest{});
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), Error::Code::AuthRevoked);
    QCOMPARE(m_tokens->refreshes, 1);
    QCOMPARE(m_server->http().requestCount(), 1);
}

void TestXClient::waitsOutRateLimit()
{
    // One clock for both sides, moved by the test: no sleeping until a reset.
    auto now = std::make_shared<QDateTime>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
    m_server->setClock([now] { return *now; });
    m_client->http().setClock([now] { return *now; });
    m_server->restoreRateLimits();
    const QString path = u"/2/users/%1/mentions"_s.arg(m_shop);

    // The documented limit is in the headers; then the window runs out.
    QVERIFY(fetch(u"mentions"_s, PageRequest{}).ok());
    const auto entry =
        m_client->http().rateLimits().entry(u"x:%1:mentions"_s.arg(m_account.id.toString(QUuid::WithoutBraces)));
    QVERIFY(entry.has_value());
    QCOMPARE(entry->limit, 300);
    QCOMPARE(entry->remaining, 299);
    m_server->exhaustRateLimit(get, mentionsPattern, m_shop);
    const QDateTime reset = m_server->rateLimit(get, mentionsPattern, m_shop).reset;
    QCOMPARE(reset, now->addSecs(15 * 60));

    const auto limited = fetch(u"mentions"_s, PageRequest{});
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().code(), Error::Code::RateLimited);
    QCOMPARE(limited.error().retryAfter(), reset);
    QCOMPARE(m_server->http().requestCount(get, path), 2);

    // Before the reset the client does not even ask.
    *now = reset.addSecs(-30);
    const auto held = fetch(u"mentions"_s, PageRequest{});
    QVERIFY(!held.ok());
    QCOMPARE(held.error().code(), Error::Code::RateLimited);
    QCOMPARE(held.error().retryAfter(), reset);
    QCOMPARE(m_server->http().requestCount(get, path), 2);

    // After it, the call goes through and succeeds.
    *now = reset.addSecs(1);
    QVERIFY(!m_server->mention(m_alice, m_shop, u"still there?"_s).isEmpty());
    const auto after = fetch(u"mentions"_s, PageRequest{});
    QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message()));
    QCOMPARE(after->messages.size(), 1);
    QCOMPARE(m_server->http().requestCount(get, path), 3);
}

void TestXClient::reconciliationMatchesTextAndMedia()
{
    // What the outbox reads after a send whose outcome is unknown: the shop's own messages, some
    // of which look alike.
    const QString conversation = XServer::directConversationId(m_alice, m_shop);
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"Do you ship to Lyon?"_s).isEmpty());
    const QDateTime notBefore = QDateTime::currentDateTimeUtc();
    // X sends text HTML-escaped.
    const QString escaped = m_server->postToConversation(m_shop, conversation, u"Fish &amp; chips &lt;3"_s);
    const QString photoA = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"dm_image"_s);
    const QString photoB = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"dm_image"_s);
    const QString neverSent = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"dm_image"_s);
    const QString onlyA = m_server->postToConversation(m_shop, conversation, {}, photoA);
    const QString okWithB = m_server->postToConversation(m_shop, conversation, u"ok"_s, photoB);
    QVERIFY(!escaped.isEmpty() && !onlyA.isEmpty() && !okWithB.isEmpty() && !neverSent.isEmpty());

    const auto find = [&](const QString &text, const QStringList &media, const QDateTime &from) {
        OutgoingMessage message;
        message.clientKey = u"outbox-7"_s;
        message.conversationRemoteId = conversation;
        message.text = text;
        message.mediaIds = media;
        return await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
            m_client->findSentMessage(message, from, {}, c, done);
        });
    };
    const auto idOf = [](const Result<std::optional<SentItem>> &found) {
        return found.ok() && found.value() ? found.value()->remoteId : QString();
    };
    QCOMPARE(idOf(find(u"Fish & chips <3"_s, {}, notBefore)), escaped);
    // Without text, the media tell messages apart.
    QCOMPARE(idOf(find({}, {photoA}, notBefore)), onlyA);
    const auto other = find({}, {neverSent}, notBefore);
    QVERIFY(other.ok() && !other->has_value());
    // "ok" with a photo is not "ok".
    const auto plainOk = find(u"ok"_s, {}, notBefore);
    QVERIFY(plainOk.ok() && !plainOk->has_value());
    QCOMPARE(idOf(find(u"ok"_s, {photoB}, notBefore)), okWithB);
    // A message a minute older than the first attempt is someone else's, whatever its text.
    const auto older = find(u"Fish & chips <3"_s, {}, notBefore.addSecs(60));
    QVERIFY(older.ok() && !older->has_value());

    // A post with only a photo, found among the account's posts by its media.
    const QString postPhoto = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"tweet_image"_s);
    const QString otherPhoto = m_server->addMedia(m_shop, u"image/png"_s, tinyPng(), u"tweet_image"_s);
    const OutgoingPost photoPost{u"outbox-8"_s, {}, {}, {postPhoto}};
    const auto published =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(photoPost, c, done); });
    QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message()));
    const auto findPost = [&](const QString &media) {
        const OutgoingPost post{u"outbox-9"_s, {}, {}, {media}};
        return await<std::optional<SentItem>>([&](QObject *c, ResultCallback<std::optional<SentItem>> done) {
            m_client->findPublishedPost(post, notBefore, {}, c, done);
        });
    };
    QCOMPARE(idOf(findPost(postPhoto)), published->remoteId);
    const auto otherPost = findPost(otherPhoto);
    QVERIFY(otherPost.ok() && !otherPost->has_value());
}

// ---- The server as X ----

void TestXClient::answersOnlyRequestedFields()
{
    const QString image = m_server->addMedia(m_alice, u"image/png"_s, tinyPng());
    const QString eventId = m_server->deliverDirectMessage(m_alice, m_shop, u"look"_s, image);
    QVERIFY(!eventId.isEmpty());

    // Bare: only id, event_type and text, and no includes.
    Raw bare = raw(get, u"/2/dm_events"_s);
    QCOMPARE(bare.status, 200);
    const QJsonObject event = bare.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(event.keys(), (QStringList{u"event_type"_s, u"id"_s, u"text"_s}));
    QVERIFY(!bare.json().contains(u"includes"_s));
    QCOMPARE(bare.json().value(u"meta"_s).toObject().value(u"result_count"_s).toInt(), 1);

    // Fields without expansions: the ids are there, the objects are not.
    Raw fields = raw(get, u"/2/dm_events?dm_event.fields=sender_id,created_at,dm_conversation_id,attachments"_s);
    const QJsonObject full = fields.json().value(u"data"_s).toArray().first().toObject();
    QCOMPARE(full.value(u"sender_id"_s).toString(), m_alice);
    QCOMPARE(full.value(u"dm_conversation_id"_s).toString(), XServer::directConversationId(m_alice, m_shop));
    QVERIFY(full.value(u"created_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(full.value(u"attachments"_s).toObject().value(u"media_keys"_s).toArray().first().toString(),
             m_server->media(image)->key);
    QVERIFY(!fields.json().contains(u"includes"_s));

    // Expansions bring includes, with the requested fields.
    Raw expanded = raw(get, u"/2/dm_events?dm_event.fields=sender_id,attachments&expansions=sender_id,"
                            "attachments.media_keys&user.fields=description&media.fields=width,url"_s);
    const QJsonObject includes = expanded.json().value(u"includes"_s).toObject();
    QCOMPARE(includes.keys(), (QStringList{u"media"_s, u"users"_s}));
    const QJsonObject user = includes.value(u"users"_s).toArray().first().toObject();
    QCOMPARE(user.value(u"username"_s).toString(), u"alice"_s);
    QVERIFY(user.contains(u"description"_s));
    QVERIFY(!user.contains(u"created_at"_s));
    const QJsonObject media = includes.value(u"media"_s).toArray().first().toObject();
    QCOMPARE(media.value(u"type"_s).toString(), u"photo"_s);
    QCOMPARE(media.value(u"width"_s).toInt(), 3);
    QVERIFY(!media.contains(u"height"_s));

    // Users: defaults are id, name and username.
    Raw me = raw(get, u"/2/users/me"_s);
    QCOMPARE(me.json().value(u"data"_s).toObject().keys(), (QStringList{u"id"_s, u"name"_s, u"username"_s}));
    Raw unknown = raw(get, u"/2/users/by/username/nobody"_s);
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.json().value(u"errors"_s).toArray().first().toObject().value(u"type"_s).toString(),
             u"https://api.twitter.com/2/problems/resource-not-found"_s);
}

void TestXClient::sendsRateLimitHeaders()
{
    m_server->restoreRateLimits();
    Raw first = raw(get, u"/2/dm_events"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("x-rate-limit-limit"), "15"_ba);
    QCOMPARE(first.header("x-rate-limit-remaining"), "14"_ba);
    const qint64 reset = first.header("x-rate-limit-reset").toLongLong();
    QVERIFY(reset > QDateTime::currentSecsSinceEpoch() + 14 * 60);

    // Per endpoint and per user: the mentions window and bob's window are their own.
    Raw mentions = raw(get, u"/2/users/%1/mentions"_s.arg(m_shop));
    QCOMPARE(mentions.header("x-rate-limit-limit"), "300"_ba);
    QCOMPARE(mentions.header("x-rate-limit-remaining"), "299"_ba);
    Raw bob = raw(get, u"/2/dm_events"_s, {}, {}, m_server->addToken(m_bob));
    QCOMPARE(bob.header("x-rate-limit-remaining"), "14"_ba);

    // Refusals count and carry the headers too; an empty window answers 429.
    m_server->setRateLimit(get, u"/2/dm_events"_s, 3);
    Raw bad = raw(get, u"/2/dm_events?max_results=0"_s);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.header("x-rate-limit-remaining"), "1"_ba);
    QCOMPARE(raw(get, u"/2/dm_events"_s).status, 200);
    Raw limited = raw(get, u"/2/dm_events"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-rate-limit-remaining"), "0"_ba);
    QCOMPARE(limited.header("x-rate-limit-reset").toLongLong(), reset);
    QCOMPARE(limited.json().value(u"title"_s).toString(), u"Too Many Requests"_s);
}

void TestXClient::listsOwnPosts()
{
    // GET /2/users/{id}/tweets, which the outbox reads after a post whose sending ended unknown.
    QStringList ours;
    for (int i = 0; i < 7; ++i)
        ours << m_server->addPost(m_shop, u"post %1"_s.arg(i));
    const QString question = m_server->mention(m_alice, m_shop, u"hi"_s);
    const QString reply = m_server->addPost(m_shop, u"@alice hello"_s, question);
    QVERIFY(!m_server->addPost(m_bob, u"not ours"_s).isEmpty());

    const QString path = u"/2/users/%1/tweets?tweet.fields=author_id,referenced_tweets&max_results=5"_s.arg(m_shop);
    const Raw first = raw(get, path);
    QCOMPARE(first.status, 200);
    const QJsonArray data = first.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 5);
    QCOMPARE(data.first().toObject().value(u"id"_s).toString(), reply);
    QCOMPARE(
        data.first().toObject().value(u"referenced_tweets"_s).toArray().first().toObject().value(u"id"_s).toString(),
        question);
    const QString next = first.json().value(u"meta"_s).toObject().value(u"next_token"_s).toString();
    QVERIFY(!next.isEmpty());
    const Raw second = raw(get, path + u"&pagination_token="_s + next);
    QCOMPARE(second.json().value(u"data"_s).toArray().size(), 3);
    QVERIFY(!second.json().value(u"meta"_s).toObject().contains(u"next_token"_s));
    QCOMPARE(second.json().value(u"data"_s).toArray().last().toObject().value(u"id"_s).toString(), ours.constFirst());

    const Raw noReplies = raw(get, path + u"&exclude=replies"_s);
    QCOMPARE(noReplies.json().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(),
             ours.constLast());
    // A mentions token is not a timeline token.
    const Raw mentions = raw(get, u"/2/users/%1/mentions?max_results=5"_s.arg(m_bob));
    QCOMPARE(mentions.status, 200);
    QCOMPARE(raw(get, path + u"&pagination_token=abc"_s).status, 400);
}

void TestXClient::escapesTextAsX()
{
    // X escapes '&', '<' and '>' in post and DM text, and nothing else. The sandbox does the same,
    // and the client reads back exactly what was written, also what it sent itself (the outbox
    // finds a message whose send ended unknown by comparing texts).
    const QString written = u"Fish & chips <3 -> \"quoted\" 'too', and &amp; as typed"_s;
    const QString wire = u"Fish &amp; chips &lt;3 -&gt; \"quoted\" 'too', and &amp;amp; as typed"_s;
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, written).isEmpty());
    QVERIFY(!m_server->mention(m_alice, m_shop, written).isEmpty());
    OutgoingMessage ours;
    ours.conversationRemoteId = XServer::directConversationId(m_alice, m_shop);
    ours.text = u"Yes & no: <soon>"_s;
    const auto sent =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(ours, c, done); });
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message()));

    const Raw events = raw(get, dmEventsPath);
    QCOMPARE(events.status, 200);
    const QJsonArray data = events.json().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data.at(0).toObject().value(u"text"_s).toString(), u"Yes &amp; no: &lt;soon&gt;"_s);
    QCOMPARE(data.at(1).toObject().value(u"text"_s).toString(), wire);
    const Raw mentions = raw(get, u"/2/users/%1/mentions"_s.arg(m_shop));
    QCOMPARE(mentions.json().value(u"data"_s).toArray().first().toObject().value(u"text"_s).toString(),
             u"@shop "_s + wire);
    const Raw created = raw(post, u"/2/tweets"_s, R"({"text":"Q&A at 5 <today>"})"_ba);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"data"_s).toObject().value(u"text"_s).toString(), u"Q&amp;A at 5 &lt;today&gt;"_s);

    const auto dms = fetch(u"dm"_s, PageRequest{});
    QVERIFY(dms.ok());
    QCOMPARE(dms->messages.size(), 2);
    for (const Message &m : dms->messages)
        QCOMPARE(m.text, m.remoteId == sent->remoteId ? ours.text : written);
    const auto mentioned = fetch(u"mentions"_s, PageRequest{});
    QVERIFY(mentioned.ok());
    QCOMPARE(mentioned->messages.size(), 1);
    QCOMPARE(mentioned->messages.constFirst().text, u"@shop "_s + written);
}

void TestXClient::refusesMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("problem");

    const QString invalid = u"https://api.twitter.com/2/problems/invalid-request"_s;
    const QString blank = u"about:blank"_s;
    const QByteArray tooLong = QJsonDocument(QJsonObject{{u"text"_s, QString(281, u'a')}}).toJson();

    QTest::newRow("user id that is not a number") << get << u"/2/users/abc"_s << QByteArray() << 400 << invalid;
    QTest::newRow("username too long") << get << u"/2/users/by/username/abcdefghijklmnop"_s << QByteArray() << 400
                                       << invalid;
    QTest::newRow("unknown user field") << get << u"/2/users/me?user.fields=id,shoe_size"_s << QByteArray() << 400
                                        << invalid;
    QTest::newRow("unknown query parameter") << get << u"/2/dm_events?since_id=1"_s << QByteArray() << 400 << invalid;
    QTest::newRow("post.fields is not a v2.166 name")
        << get << u"/2/dm_events?post.fields=id"_s << QByteArray() << 400 << invalid;
    QTest::newRow("max_results too large")
        << get << u"/2/dm_events?max_results=101"_s << QByteArray() << 400 << invalid;
    QTest::newRow("mentions max_results below 5")
        << get << u"/2/users/1/mentions?max_results=4"_s << QByteArray() << 400 << invalid;
    QTest::newRow("forged pagination token")
        << get << u"/2/dm_events?pagination_token=AAAAAAAAAAAAAAAAAAAA"_s << QByteArray() << 400 << invalid;
    QTest::newRow("duplicate parameter") << get << u"/2/dm_events?max_results=5&max_results=6"_s << QByteArray() << 400
                                         << invalid;
    QTest::newRow("bad conversation id") << get << u"/2/dm_conversations/12-ab/dm_events"_s << QByteArray() << 400
                                         << invalid;
    QTest::newRow("DM without text or attachments")
        << post << u"/2/dm_conversations/with/%1/messages"_s << QByteArray("{}") << 400 << invalid;
    QTest::newRow("DM with empty text") << post << u"/2/dm_conversations/with/%1/messages"_s
                                        << QByteArray(R"({"text":""})") << 400 << invalid;
    QTest::newRow("DM with an unknown field") << post << u"/2/dm_conversations/with/%1/messages"_s
                                              << QByteArray(R"({"text":"hi","sticker":"1"})") << 400 << invalid;
    QTest::newRow("DM with two attachments")
        << post << u"/2/dm_conversations/with/%1/messages"_s
        << QByteArray(R"({"text":"hi","attachments":[{"media_id":"1"},{"media_id":"2"}]})") << 400 << invalid;
    QTest::newRow("DM with media that does not exist")
        << post << u"/2/dm_conversations/with/%1/messages"_s << QByteArray(R"({"attachments":[{"media_id":"123"}]})")
        << 400 << invalid;
    QTest::newRow("DM body that is not JSON")
        << post << u"/2/dm_conversations/with/%1/messages"_s << QByteArray("text=hi") << 400 << invalid;
    QTest::newRow("DM to a participant id that is not a number")
        << post << u"/2/dm_conversations/with/bob/messages"_s << QByteArray(R"({"text":"hi"})") << 400 << invalid;
    QTest::newRow("group with lower-case type")
        << post << u"/2/dm_conversations"_s
        << QByteArray(R"({"conversation_type":"group","participant_ids":["%2","%3"],"message":{"text":"hi"}})") << 400
        << invalid;
    QTest::newRow("group with one participant")
        << post << u"/2/dm_conversations"_s
        << QByteArray(R"({"conversation_type":"Group","participant_ids":["%2"],"message":{"text":"hi"}})") << 400
        << invalid;
    QTest::newRow("group without a message")
        << post << u"/2/dm_conversations"_s
        << QByteArray(R"({"conversation_type":"Group","participant_ids":["%2","%3"]})") << 400 << invalid;
    QTest::newRow("into someone else's conversation")
        << post << u"/2/dm_conversations/%4/messages"_s << QByteArray(R"({"text":"hi"})") << 403 << blank;
    QTest::newRow("post without text or media") << post << u"/2/tweets"_s << QByteArray("{}") << 400 << invalid;
    QTest::newRow("post too long by weight") << post << u"/2/tweets"_s << tooLong << 400 << invalid;
    QTest::newRow("post with an unknown field")
        << post << u"/2/tweets"_s << QByteArray(R"({"text":"hi","tweet":1})") << 400 << invalid;
    QTest::newRow("post with text of the wrong type")
        << post << u"/2/tweets"_s << QByteArray(R"({"text":42})") << 400 << invalid;
    QTest::newRow("reply to a post id that is not a number")
        << post << u"/2/tweets"_s << QByteArray(R"({"text":"hi","reply":{"in_reply_to_tweet_id":"x1"}})") << 400
        << invalid;
    QTest::newRow("reply to a post that does not exist")
        << post << u"/2/tweets"_s << QByteArray(R"({"text":"hi","reply":{"in_reply_to_tweet_id":"99"}})") << 403
        << blank;
    QTest::newRow("five media ids") << post << u"/2/tweets"_s
                                    << QByteArray(R"({"media":{"media_ids":["1","2","3","4","5"]}})") << 400 << invalid;
    QTest::newRow("upload of an unknown type")
        << post << u"/2/media/upload/initialize"_s << QByteArray(R"({"media_type":"image/svg","total_bytes":10})")
        << 400 << invalid;
    QTest::newRow("image over 5 MB")
        << post << u"/2/media/upload/initialize"_s
        << QByteArray(R"({"media_type":"image/png","total_bytes":6000000,"media_category":"tweet_image"})") << 400
        << invalid;
    QTest::newRow("video in an image category")
        << post << u"/2/media/upload/initialize"_s
        << QByteArray(R"({"media_type":"video/mp4","total_bytes":100,"media_category":"dm_image"})") << 400 << invalid;
    QTest::newRow("append to unknown media") << post << u"/2/media/upload/77/append"_s << QByteArray("x") << 404
                                             << u"https://api.twitter.com/2/problems/resource-not-found"_s;
    QTest::newRow("status with another command")
        << get << u"/2/media/upload?command=INIT&media_id=1"_s << QByteArray() << 400 << invalid;
    QTest::newRow("unknown endpoint") << get << u"/2/tweets/search/recent"_s << QByteArray() << 404 << blank;
}

void TestXClient::refusesMalformedRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, problem);

    const QString group = m_server->createGroupConversation(m_alice, {m_bob, m_carol}, u"without the shop"_s);
    const QString resolved = path.contains(u"%1"_s)   ? path.arg(m_alice)
                             : path.contains(u"%4"_s) ? path.arg(group)
                                                      : path;
    body.replace("%2", m_bob.toLatin1()).replace("%3", m_carol.toLatin1());
    const int posts = int(m_server->posts().size());
    const int events = int(m_server->dmEvents().size());

    const Raw answer = raw(method, resolved, body);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.header("content-type").startsWith("application/problem+json"), answer.header("content-type"));
    const QJsonObject json = answer.json();
    QCOMPARE(json.value(u"type"_s).toString(), problem);
    QVERIFY(!json.value(u"title"_s).toString().isEmpty());
    QVERIFY(!json.value(u"detail"_s).toString().isEmpty());
    if (problem.endsWith(u"invalid-request"))
        QVERIFY2(!json.value(u"errors"_s).toArray().isEmpty(), answer.body.constData());
    // A refusal changes nothing.
    QCOMPARE(m_server->posts().size(), posts);
    QCOMPARE(m_server->dmEvents().size(), events);
}

void TestXClient::refusesWithoutValidToken()
{
    for (const QByteArray &token : {QByteArray(), "nonsense"_ba}) {
        const Raw answer = raw(get, u"/2/users/me"_s, {}, {}, token);
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.json().value(u"title"_s).toString(), u"Unauthorized"_s);
    }
    QCOMPARE(raw(get, u"/2/users/me"_s).status, 200);
    m_server->expireToken("token-1"_ba);
    QVERIFY(!m_server->isTokenValid("token-1"_ba));
    QCOMPARE(raw(get, u"/2/users/me"_s).status, 401);
    // A request that was not let in does not count against the limit.
    QCOMPARE(m_server->rateLimit(get, u"/2/users/me"_s, m_shop).remaining, 100000 - 1);
}

void TestXClient::enforcesMediaRules()
{
    // Expired media cannot be attached: ids are usable for 24 hours.
    auto now = std::make_shared<QDateTime>(QDateTime::currentDateTimeUtc());
    m_server->setClock([now] { return *now; });
    const QString media = m_server->addMedia(m_shop, u"image/png"_s, tinyPng());
    const QByteArray body = R"({"text":"see","attachments":[{"media_id":")" + media.toLatin1() + R"("}]})";
    *now = now->addSecs(XServer::mediaLifetimeSecs + 1);
    QCOMPARE(raw(post, u"/2/dm_conversations/with/%1/messages"_s.arg(m_alice), body).status, 400);
    *now = now->addSecs(-3600);
    QCOMPARE(raw(post, u"/2/dm_conversations/with/%1/messages"_s.arg(m_alice), body).status, 201);

    // Finalizing before every byte arrived is refused; appends of one segment replace each other.
    const Raw init = raw(post, u"/2/media/upload/initialize"_s,
                         R"({"media_type":"image/png","total_bytes":73,"media_category":"tweet_image"})");
    QCOMPARE(init.status, 200);
    const QString id = init.json().value(u"data"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(init.json().value(u"data"_s).toObject().value(u"expires_after_secs"_s).toInt(), 86400);
    const auto append = [&](int segment, const QByteArray &data) {
        const QByteArray form = "--b\r\nContent-Disposition: form-data; name=\"segment_index\"\r\n\r\n"
                                + QByteArray::number(segment)
                                + "\r\n--b\r\nContent-Disposition: form-data; name=\"media\"; filename=\"f\"\r\n"
                                  "Content-Type: application/octet-stream\r\n\r\n"
                                + data + "\r\n--b--\r\n";
        return raw(post, u"/2/media/upload/%1/append"_s.arg(id), form, "multipart/form-data; boundary=b"_ba).status;
    };
    QCOMPARE(append(0, tinyPng().left(40)), 200);
    QCOMPARE(raw(post, u"/2/media/upload/%1/finalize"_s.arg(id)).status, 400);
    QCOMPARE(append(1, QByteArray(40, 'x')), 400); // 80 > 73 bytes
    QCOMPARE(append(1, tinyPng().mid(40)), 200);
    QCOMPARE(append(1, tinyPng().mid(40)), 200); // the same segment again replaces itself
    QCOMPARE(append(1000, "x"), 400);
    const Raw finalized = raw(post, u"/2/media/upload/%1/finalize"_s.arg(id));
    QCOMPARE(finalized.status, 200);
    QVERIFY(!finalized.json().value(u"data"_s).toObject().contains(u"processing_info"_s));
    QCOMPARE(m_server->media(id)->bytes(), tinyPng());
    QCOMPARE(m_server->media(id)->width, 3);

    // Another user's upload is not theirs to append to or to ask about.
    const QByteArray bobToken = m_server->addToken(m_bob);
    QCOMPARE(raw(get, u"/2/media/upload?command=STATUS&media_id=%1"_s.arg(id), {}, {}, bobToken).status, 404);
    QCOMPARE(raw(get, u"/2/media/upload?command=STATUS&media_id=%1"_s.arg(id)).status, 200);
}

void TestXClient::answersAnyInput()
{
    // Random bytes, random JSON-ish bodies and odd paths at every endpoint: every request gets a
    // well-formed answer and the server keeps working.
    const QStringList paths{u"/2/users/me"_s,
                            u"/2/users/%1"_s.arg(m_alice),
                            u"/2/users/by/username/alice"_s,
                            u"/2/dm_events"_s,
                            u"/2/dm_conversations/%1/dm_events"_s.arg(XServer::directConversationId(m_alice, m_shop)),
                            u"/2/dm_conversations/with/%1/dm_events"_s.arg(m_alice),
                            u"/2/dm_conversations/with/%1/messages"_s.arg(m_alice),
                            u"/2/dm_conversations/%1/messages"_s.arg(XServer::directConversationId(m_alice, m_shop)),
                            u"/2/dm_conversations"_s,
                            u"/2/users/%1/mentions"_s.arg(m_shop),
                            u"/2/tweets"_s,
                            u"/2/media/upload/initialize"_s,
                            u"/2/media/upload/1/append"_s,
                            u"/2/media/upload/1/finalize"_s,
                            u"/2/media/upload"_s};
    const QList<QByteArray> bodies{
        QByteArray(),
        "null"_ba,
        "[]"_ba,
        "{\"text\":null}"_ba,
        "{\"text\":{\"a\":1},\"attachments\":\"x\"}"_ba,
        "{\"conversation_type\":\"Group\",\"participant_ids\":[1,2],\"message\":[]}"_ba,
        "{\"media\":{\"media_ids\":[null]},\"reply\":[]}"_ba,
        "{\"media_type\":\"video/mp4\",\"total_bytes\":1e300}"_ba,
        "{\"media_type\":\"video/mp4\",\"total_bytes\":-1,\"additional_owners\":{}}"_ba,
        "--x\r\nContent-Disposition: form-data\r\n\r\n\r\n--x--"_ba,
        QByteArray(3000, '{'),
    };
    const QStringList queries{QString(),
                              u"?max_results=abc"_s,
                              u"?pagination_token=%00%ff"_s,
                              u"?expansions=,,,"_s,
                              u"?since_id=99999999999999999999"_s,
                              u"?command=STATUS&media_id=x"_s,
                              u"?start_time=yesterday"_s};
    QRandomGenerator random(20260302);
    int answered = 0;
    for (const QString &path : paths) {
        for (const QByteArray &method : {get, post}) {
            for (int i = 0; i < 4; ++i) {
                QByteArray body = bodies.at(random.bounded(int(bodies.size())));
                if (i == 3) {
                    body = QByteArray(int(random.bounded(200)), Qt::Uninitialized);
                    for (char &c : body)
                        c = char(random.bounded(256));
                }
                const QString query = queries.at(random.bounded(int(queries.size())));
                const QByteArray type = i % 2 ? "multipart/form-data; boundary=x"_ba : "application/json"_ba;
                const Raw answer = raw(method, path + query, body, type);
                QVERIFY2(answer.status >= 200 && answer.status < 500,
                         qPrintable(u"%1 %2 → %3"_s.arg(QString::fromLatin1(method), path + query).arg(answer.status)));
                QVERIFY2(QJsonDocument::fromJson(answer.body).isObject(), answer.body.left(200).constData());
                ++answered;
            }
        }
    }
    QCOMPARE(answered, int(paths.size()) * 2 * 4);
    QCOMPARE(raw(get, u"/2/users/me"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestXClient)
#include "TestXClient.moc"
