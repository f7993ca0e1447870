// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox Bluesky server over real loopback HTTP: sessions (passwords, app passwords,
// rotation, expiry), the chat service's rules (atproto-proxy, privileged tokens, allowIncoming,
// blocks, limits, the forward log, locks), posts with their validation, blobs, notifications,
// rate limits, and malformed input that must get an XRPC error and never a crash.

#include "LoopbackServer.h"
#include "bluesky/BlueskyServer.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using namespace starling::sandbox;

namespace {

const QByteArray chatProxy = "did:web:api.bsky.chat#bsky_chat"_ba;

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QString error() const { return json.value(u"error"_s).toString(); }
    QString message() const { return json.value(u"message"_s).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

QString show(const Answer &a)
{
    return u"%1 %2"_s.arg(a.status).arg(QString::fromUtf8(a.body.left(400)));
}

} // namespace

class TestBlueskySandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signsInWithPasswordsAndAppPasswords();
    void tokensLookLikeJwts();
    void refreshRotatesAndRefusesReuse();
    void expiredAndRevokedTokens();
    void chatNeedsPrivilegedTokenAndProxyHeader();
    void postsRepliesAndFacets();
    void postValidation();
    void clientRkeyIsHonouredOnce();
    void blobsAndImages();
    void notificationsFilterAndPage();
    void threadsAndFeeds();
    void convoCreationRespectsAllowIncomingAndBlocks();
    void sendMessageLimitsAndEmbeds();
    void getLogCursorSemantics();
    void readStateAcceptAndDeleteForSelf();
    void lockedConvoRefusesMessages();
    void groupConvos();
    void rateLimitHeadersAnd429();
    void malformedInputGivesXrpcErrors();

private:
    Answer call(const QByteArray &method, const QString &nsid, const QByteArray &token = {},
                const QUrlQuery &query = {}, const QByteArray &body = {},
                const QByteArray &contentType = "application/json"_ba,
                const QList<std::pair<QByteArray, QByteArray>> &extra = {});
    Answer get(const QString &nsid, const QByteArray &token, const QUrlQuery &query = {});
    Answer post(const QString &nsid, const QByteArray &token, const QJsonObject &input);
    Answer chatGet(const QString &nsid, const QByteArray &token, const QUrlQuery &query = {});
    Answer chatPost(const QString &nsid, const QByteArray &token, const QJsonObject &input);
    Answer signIn(const QString &identifier, const QString &password);
    QByteArray accessOf(const QString &identifier, const QString &password);
    QJsonObject postRecord(const QString &text, const QJsonObject &extra = {}) const;

    std::unique_ptr<BlueskyServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    QString m_alice;
    QString m_bob;
    QString m_carol;
    QByteArray m_aliceToken; // account password: privileged
    QByteArray m_bobToken;
};

void TestBlueskySandbox::init()
{
    m_server = std::make_unique<BlueskyServer>();
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_alice = m_server->addAccount(u"alice.test"_s, u"Alice"_s, u"alice-pw"_s);
    m_bob = m_server->addAccount(u"bob.test"_s, u"Bob"_s, u"bob-pw"_s);
    m_carol = m_server->addAccount(u"carol.test"_s, u"Carol"_s, u"carol-pw"_s);
    QVERIFY(m_alice.startsWith(u"did:plc:"_s));
    QVERIFY(m_alice != m_bob);
    m_aliceToken = accessOf(u"alice.test"_s, u"alice-pw"_s);
    m_bobToken = accessOf(u"bob.test"_s, u"bob-pw"_s);
    QVERIFY(!m_aliceToken.isEmpty());
    QVERIFY(!m_bobToken.isEmpty());
}

void TestBlueskySandbox::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

Answer TestBlueskySandbox::call(const QByteArray &method, const QString &nsid, const QByteArray &token,
                                const QUrlQuery &query, const QByteArray &body, const QByteArray &contentType,
                                const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    QUrl url = m_server->http().url(u"/xrpc/"_s + nsid);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + token);
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setRawHeader("Content-Type"_ba, contentType);
    for (const auto &[name, value] : extra)
        request.setRawHeader(name, value);
    QNetworkReply *reply =
        method == "GET" ? m_manager->get(request) : m_manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10s, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return answer;
}

Answer TestBlueskySandbox::get(const QString &nsid, const QByteArray &token, const QUrlQuery &query)
{
    return call("GET"_ba, nsid, token, query);
}

Answer TestBlueskySandbox::post(const QString &nsid, const QByteArray &token, const QJsonObject &input)
{
    return call("POST"_ba, nsid, token, {}, QJsonDocument(input).toJson(QJsonDocument::Compact));
}

Answer TestBlueskySandbox::chatGet(const QString &nsid, const QByteArray &token, const QUrlQuery &query)
{
    return call("GET"_ba, nsid, token, query, {}, {}, {{"atproto-proxy"_ba, chatProxy}});
}

Answer TestBlueskySandbox::chatPost(const QString &nsid, const QByteArray &token, const QJsonObject &input)
{
    return call("POST"_ba, nsid, token, {}, QJsonDocument(input).toJson(QJsonDocument::Compact), "application/json"_ba,
                {{"atproto-proxy"_ba, chatProxy}});
}

Answer TestBlueskySandbox::signIn(const QString &identifier, const QString &password)
{
    return post(u"com.atproto.server.createSession"_s, {},
                QJsonObject{{u"identifier"_s, identifier}, {u"password"_s, password}});
}

QByteArray TestBlueskySandbox::accessOf(const QString &identifier, const QString &password)
{
    return signIn(identifier, password).json.value(u"accessJwt"_s).toString().toLatin1();
}

QJsonObject TestBlueskySandbox::postRecord(const QString &text, const QJsonObject &extra) const
{
    QJsonObject record{
        {u"$type"_s, u"app.bsky.feed.post"_s}, {u"text"_s, text}, {u"createdAt"_s, u"2026-01-02T03:04:05.000Z"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

// ---- Sessions ----

void TestBlueskySandbox::signsInWithPasswordsAndAppPasswords()
{
    const int before = m_server->createSessionCount();
    const Answer byHandle = signIn(u"alice.test"_s, u"alice-pw"_s);
    QCOMPARE(byHandle.status, 200);
    QCOMPARE(byHandle.json.value(u"did"_s).toString(), m_alice);
    QCOMPARE(byHandle.json.value(u"handle"_s).toString(), u"alice.test"_s);
    QCOMPARE(byHandle.json.value(u"active"_s).toBool(), true);
    const QJsonArray services = byHandle.json.value(u"didDoc"_s).toObject().value(u"service"_s).toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.first().toObject().value(u"id"_s).toString(), u"#atproto_pds"_s);
    QCOMPARE(services.first().toObject().value(u"type"_s).toString(), u"AtprotoPersonalDataServer"_s);
    QCOMPARE(services.first().toObject().value(u"serviceEndpoint"_s).toString(), m_server->baseUrl().toString());

    // By DID and by email too; a leading @ on the handle is fine.
    QCOMPARE(signIn(m_alice, u"alice-pw"_s).status, 200);
    QCOMPARE(signIn(u"alice@example.com"_s, u"alice-pw"_s).status, 200);
    QCOMPARE(signIn(u"@alice.test"_s, u"alice-pw"_s).status, 200);
    const QString otherAlice = m_server->addAccount(u"alice.other"_s, {}, u"other-pw"_s);
    QCOMPARE(m_server->account(otherAlice)->email, u"alice.other@example.com"_s);
    QCOMPARE(signIn(u"alice.other@example.com"_s, u"other-pw"_s).json.value(u"did"_s).toString(), otherAlice);
    QVERIFY(m_server->addAccount(u"ALICE.test"_s).isEmpty()); // taken: handles are case-insensitive
    QVERIFY(m_server->addAccount(u"not a handle"_s).isEmpty());

    const Answer wrong = signIn(u"alice.test"_s, u"nope"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.error(), u"AuthenticationRequired"_s);
    QCOMPARE(wrong.message(), u"Invalid identifier or password"_s);
    QCOMPARE(signIn(u"nobody.test"_s, u"alice-pw"_s).status, 401);

    const QString app = m_server->addAppPassword(m_alice, u"Starling"_s, false);
    QVERIFY2(QRegularExpression(u"^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$"_s).match(app).hasMatch(),
             qPrintable(app));
    const Answer withApp = signIn(u"alice.test"_s, app);
    QCOMPARE(withApp.status, 200);
    QCOMPARE(withApp.json.value(u"did"_s).toString(), m_alice);
    QCOMPARE(signIn(u"bob.test"_s, app).status, 401); // Alice's app password is not Bob's

    const Answer session =
        get(u"com.atproto.server.getSession"_s, withApp.json.value(u"accessJwt"_s).toString().toLatin1());
    QCOMPARE(session.status, 200);
    QCOMPARE(session.json.value(u"handle"_s).toString(), u"alice.test"_s);
    QCOMPARE(m_server->createSessionCount(), before + 9);
    QCOMPARE(m_server->requestCount(u"com.atproto.server.createSession"_s), before + 9);
}

void TestBlueskySandbox::tokensLookLikeJwts()
{
    m_server->setClock([] { return QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC); });
    m_server->setAccessTokenLifetime(30min);
    const Answer session = signIn(u"alice.test"_s, u"alice-pw"_s);
    const QStringList parts = session.json.value(u"accessJwt"_s).toString().split(u'.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(payload.value(u"sub"_s).toString(), m_alice);
    QCOMPARE(payload.value(u"scope"_s).toString(), u"com.atproto.access"_s);
    const qint64 iat = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(payload.value(u"iat"_s).toInteger(), iat);
    QCOMPARE(payload.value(u"exp"_s).toInteger(), iat + 30 * 60);
    const QStringList refresh = session.json.value(u"refreshJwt"_s).toString().split(u'.');
    QCOMPARE(refresh.size(), 3);
    const QJsonObject refreshPayload =
        QJsonDocument::fromJson(QByteArray::fromBase64(refresh.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(refreshPayload.value(u"scope"_s).toString(), u"com.atproto.refresh"_s);
    QCOMPARE(refreshPayload.value(u"exp"_s).toInteger(), iat + 90 * 24 * 3600);

    const QString app = m_server->addAppPassword(m_alice, u"chat"_s, true);
    const Answer privileged = signIn(u"alice.test"_s, app);
    const QJsonObject privilegedPayload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(privileged.json.value(u"accessJwt"_s).toString().split(u'.').at(1).toLatin1(),
                                   QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(privilegedPayload.value(u"scope"_s).toString(), u"com.atproto.appPassPrivileged"_s);
}

void TestBlueskySandbox::refreshRotatesAndRefusesReuse()
{
    const Answer first = signIn(u"alice.test"_s, u"alice-pw"_s);
    const QByteArray refresh1 = first.json.value(u"refreshJwt"_s).toString().toLatin1();
    const QByteArray access1 = first.json.value(u"accessJwt"_s).toString().toLatin1();

    const Answer rotated = call("POST"_ba, u"com.atproto.server.refreshSession"_s, refresh1);
    QCOMPARE(rotated.status, 200);
    const QByteArray refresh2 = rotated.json.value(u"refreshJwt"_s).toString().toLatin1();
    const QByteArray access2 = rotated.json.value(u"accessJwt"_s).toString().toLatin1();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QVERIFY(!access2.isEmpty() && access2 != access1);
    QCOMPARE(rotated.json.value(u"did"_s).toString(), m_alice);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, access2).status, 200);

    // The used refresh token is dead.
    const Answer reused = call("POST"_ba, u"com.atproto.server.refreshSession"_s, refresh1);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.error(), u"ExpiredToken"_s);

    // An access token is not a refresh token, and the other way round.
    const Answer wrongKind = call("POST"_ba, u"com.atproto.server.refreshSession"_s, access2);
    QCOMPARE(wrongKind.status, 400);
    QCOMPARE(wrongKind.error(), u"InvalidToken"_s);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, refresh2).error(), u"InvalidToken"_s);

    // deleteSession (with the refresh token) ends the session: both tokens die.
    QCOMPARE(call("POST"_ba, u"com.atproto.server.deleteSession"_s, refresh2).status, 200);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, access2).error(), u"ExpiredToken"_s);
    QCOMPARE(call("POST"_ba, u"com.atproto.server.refreshSession"_s, refresh2).error(), u"ExpiredToken"_s);
}

void TestBlueskySandbox::expiredAndRevokedTokens()
{
    QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
    m_server->setClock([&now] { return now; });
    m_server->setAccessTokenLifetime(10min);
    const Answer session = signIn(u"bob.test"_s, u"bob-pw"_s);
    const QByteArray access = session.json.value(u"accessJwt"_s).toString().toLatin1();
    const QByteArray refresh = session.json.value(u"refreshJwt"_s).toString().toLatin1();
    QCOMPARE(get(u"com.atproto.server.getSession"_s, access).status, 200);

    now = now.addSecs(11 * 60);
    const Answer expired = get(u"com.atproto.server.getSession"_s, access);
    QCOMPARE(expired.status, 400);
    QCOMPARE(expired.error(), u"ExpiredToken"_s);
    QCOMPARE(expired.message(), u"Token has expired"_s);

    const Answer refreshed = call("POST"_ba, u"com.atproto.server.refreshSession"_s, refresh);
    QCOMPARE(refreshed.status, 200);
    const QByteArray access2 = refreshed.json.value(u"accessJwt"_s).toString().toLatin1();
    QCOMPARE(get(u"com.atproto.server.getSession"_s, access2).status, 200);

    m_server->expireAccessTokens();
    QCOMPARE(get(u"com.atproto.server.getSession"_s, access2).error(), u"ExpiredToken"_s);

    // No token, and a token the server never issued.
    const Answer none = get(u"com.atproto.server.getSession"_s, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.error(), u"AuthenticationRequired"_s);
    const Answer forged = get(u"com.atproto.server.getSession"_s, "eyJhbGciOiJIUzI1NiJ9.e30.c2ln"_ba);
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.error(), u"InvalidToken"_s);

    // Revoking an app password ends its sessions (and only those) and its sign-ins.
    const QString app = m_server->addAppPassword(m_bob, u"laptop"_s, false);
    const Answer appSession = signIn(u"bob.test"_s, app);
    QCOMPARE(appSession.status, 200);
    const QByteArray appAccess = appSession.json.value(u"accessJwt"_s).toString().toLatin1();
    const QByteArray passwordAccess = accessOf(u"bob.test"_s, u"bob-pw"_s);
    m_server->revokeAppPassword(m_bob, u"laptop"_s);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, appAccess).error(), u"ExpiredToken"_s);
    QCOMPARE(call("POST"_ba, u"com.atproto.server.refreshSession"_s,
                  appSession.json.value(u"refreshJwt"_s).toString().toLatin1())
                 .error(),
             u"ExpiredToken"_s);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, passwordAccess).status, 200);
    QCOMPARE(signIn(u"bob.test"_s, app).status, 401);

    m_server->revokeSessions(m_bob);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, passwordAccess).error(), u"ExpiredToken"_s);
    QCOMPARE(call("POST"_ba, u"com.atproto.server.refreshSession"_s,
                  refreshed.json.value(u"refreshJwt"_s).toString().toLatin1())
                 .error(),
             u"ExpiredToken"_s);
}

void TestBlueskySandbox::chatNeedsPrivilegedTokenAndProxyHeader()
{
    // Without the header the PDS would forward to the AppView, which has no chat methods.
    const Answer noProxy = get(u"chat.bsky.convo.listConvos"_s, m_aliceToken);
    QCOMPARE(noProxy.status, 501);
    QCOMPARE(noProxy.error(), u"MethodNotImplemented"_s);
    const Answer wrongProxy = call("GET"_ba, u"chat.bsky.convo.listConvos"_s, m_aliceToken, {}, {}, {},
                                   {{"atproto-proxy"_ba, "did:web:api.bsky.app#bsky_appview"_ba}});
    QCOMPARE(wrongProxy.status, 400);
    QCOMPARE(wrongProxy.error(), u"InvalidRequest"_s);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_aliceToken).status, 200);

    const QByteArray plain = accessOf(u"alice.test"_s, m_server->addAppPassword(m_alice, u"plain"_s, false));
    const QByteArray privileged = accessOf(u"alice.test"_s, m_server->addAppPassword(m_alice, u"dm"_s, true));
    const Answer refused = chatGet(u"chat.bsky.convo.listConvos"_s, plain);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.error(), u"InvalidToken"_s);
    QCOMPARE(refused.message(), u"Bad token method"_s);
    QCOMPARE(chatPost(u"chat.bsky.convo.sendMessage"_s, plain,
                      QJsonObject{{u"convoId"_s, u"x"_s}, {u"message"_s, QJsonObject{{u"text"_s, u"hi"_s}}}})
                 .message(),
             u"Bad token method"_s);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, privileged).status, 200);
    // The plain app password still does everything else.
    QCOMPARE(get(u"app.bsky.notification.listNotifications"_s, plain).status, 200);
}

// ---- Posts ----

void TestBlueskySandbox::postsRepliesAndFacets()
{
    const QString root = m_server->post(m_bob, u"Hello @alice.test, and @nobody.test"_s);
    QVERIFY(root.startsWith(u"at://%1/app.bsky.feed.post/"_s.arg(m_bob)));
    const auto rootPost = m_server->post(root);
    QVERIFY(rootPost);
    const QJsonArray facets = rootPost->value.value(u"facets"_s).toArray();
    QCOMPARE(facets.size(), 1); // nobody.test is no account
    const QJsonObject index = facets.first().toObject().value(u"index"_s).toObject();
    QCOMPARE(index.value(u"byteStart"_s).toInt(), 6);
    QCOMPARE(index.value(u"byteEnd"_s).toInt(), 17);
    QCOMPARE(m_server->notificationsOf(m_alice).size(), 1);
    QCOMPARE(m_server->notificationsOf(m_alice).first().reason, u"mention"_s);

    // Alice replies over XRPC, with a mention facet at UTF-8 byte offsets after an emoji.
    const QString text = u"🎉 thanks @bob.test"_s;
    const qsizetype start = text.left(text.indexOf(u'@')).toUtf8().size();
    const QJsonObject reply{{u"root"_s, QJsonObject{{u"uri"_s, root}, {u"cid"_s, rootPost->cid}}},
                            {u"parent"_s, QJsonObject{{u"uri"_s, root}, {u"cid"_s, rootPost->cid}}}};
    const QJsonArray replyFacets{
        QJsonObject{{u"index"_s, QJsonObject{{u"byteStart"_s, start}, {u"byteEnd"_s, text.toUtf8().size()}}},
                    {u"features"_s,
                     QJsonArray{QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#mention"_s}, {u"did"_s, m_bob}}}}}};
    const Answer created =
        post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
             QJsonObject{{u"repo"_s, m_alice},
                         {u"collection"_s, u"app.bsky.feed.post"_s},
                         {u"record"_s, postRecord(text, {{u"reply"_s, reply}, {u"facets"_s, replyFacets}})}});
    QCOMPARE(created.status, 200);
    const QString replyUri = created.json.value(u"uri"_s).toString();
    QVERIFY(replyUri.startsWith(u"at://%1/app.bsky.feed.post/"_s.arg(m_alice)));
    QVERIFY(!created.json.value(u"cid"_s).toString().isEmpty());
    QCOMPARE(m_server->post(replyUri)->replyParentUri(), root);

    // Bob gets one notification, a reply (not also a mention).
    const QList<BlueskyNotification> bobs = m_server->notificationsOf(m_bob);
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.first().reason, u"reply"_s);
    QCOMPARE(bobs.first().uri, replyUri);
    QCOMPARE(bobs.first().reasonSubject, root);

    // A reply to the reply keeps the root: the seed does it, and Bob as well as Alice hear of it.
    const QString nested = m_server->post(m_carol, u"me too"_s, replyUri);
    QVERIFY(!nested.isEmpty());
    QCOMPARE(m_server->post(nested)->replyRootUri(), root);
    QCOMPARE(m_server->notificationsOf(m_alice).first().reason, u"reply"_s);
    QCOMPARE(m_server->notificationsOf(m_bob).first().uri, nested);

    // getRecord gives the record back; deleteRecord removes it.
    const QString rkey = replyUri.section(u'/', -1);
    QUrlQuery q;
    q.addQueryItem(u"repo"_s, u"alice.test"_s);
    q.addQueryItem(u"collection"_s, u"app.bsky.feed.post"_s);
    q.addQueryItem(u"rkey"_s, rkey);
    const Answer record = get(u"com.atproto.repo.getRecord"_s, {}, q);
    QCOMPARE(record.status, 200);
    QCOMPARE(record.json.value(u"value"_s).toObject().value(u"text"_s).toString(), text);
    QCOMPARE(post(u"com.atproto.repo.deleteRecord"_s, m_aliceToken,
                  QJsonObject{{u"repo"_s, m_alice}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"rkey"_s, rkey}})
                 .status,
             200);
    QCOMPARE(get(u"com.atproto.repo.getRecord"_s, {}, q).error(), u"RecordNotFound"_s);
}

void TestBlueskySandbox::postValidation()
{
    const auto create = [this](const QJsonObject &record) {
        return post(
            u"com.atproto.repo.createRecord"_s, m_aliceToken,
            QJsonObject{{u"repo"_s, m_alice}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, record}});
    };
    // 300 graphemes is fine (each flag is one grapheme of 8 bytes), 301 is not; 3000 bytes is the other limit.
    QCOMPARE(create(postRecord(QString(300, u'a'))).status, 200);
    const Answer tooLong = create(postRecord(QString(301, u'a')));
    QCOMPARE(tooLong.status, 400);
    QCOMPARE(tooLong.error(), u"InvalidRequest"_s);
    QVERIFY2(tooLong.message().contains(u"300 graphemes"_s), qPrintable(tooLong.message()));
    QString flags;
    for (int i = 0; i < 300; ++i)
        flags += u"🇫🇷"_s; // 300 graphemes, 2400 bytes
    QCOMPARE(create(postRecord(flags)).status, 200);
    QString family;
    for (int i = 0; i < 120; ++i)
        family += u"👨‍👩‍👧‍👦"_s; // 120 graphemes of 25 bytes: 3000 bytes
    QCOMPARE(create(postRecord(family)).status, 200);
    family += u"👨‍👩‍👧‍👦"_s;
    QVERIFY2(create(postRecord(family)).message().contains(u"3000"_s), "over 3000 bytes");

    // Facets: byte ranges within the UTF-8 text.
    const QString text = u"héllo #tag"_s; // 11 bytes
    const auto tagFacet = [](int start, int end) {
        return QJsonArray{QJsonObject{
            {u"index"_s, QJsonObject{{u"byteStart"_s, start}, {u"byteEnd"_s, end}}},
            {u"features"_s,
             QJsonArray{QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#tag"_s}, {u"tag"_s, u"tag"_s}}}}}};
    };
    QCOMPARE(create(postRecord(text, {{u"facets"_s, tagFacet(7, 11)}})).status, 200);
    const Answer outside = create(postRecord(text, {{u"facets"_s, tagFacet(7, 12)}}));
    QCOMPARE(outside.status, 400);
    QVERIFY2(outside.message().contains(u"facets"_s), qPrintable(outside.message()));
    QCOMPARE(create(postRecord(text, {{u"facets"_s, tagFacet(5, 5)}})).status, 400);
    QCOMPARE(create(postRecord(text, {{u"facets"_s, tagFacet(-1, 3)}})).status, 400);

    // Replies must point at a post that exists, with its cid, and keep the thread's root.
    const QString parent = m_server->post(m_bob, u"parent"_s);
    const QString parentCid = m_server->post(parent)->cid;
    const auto replyTo = [](const QString &rootUri, const QString &rootCid, const QString &uri, const QString &cid) {
        return QJsonObject{{u"root"_s, QJsonObject{{u"uri"_s, rootUri}, {u"cid"_s, rootCid}}},
                           {u"parent"_s, QJsonObject{{u"uri"_s, uri}, {u"cid"_s, cid}}}};
    };
    QCOMPARE(create(postRecord(u"ok"_s, {{u"reply"_s, replyTo(parent, parentCid, parent, parentCid)}})).status, 200);
    const Answer wrongCid =
        create(postRecord(u"x"_s, {{u"reply"_s, replyTo(parent, u"bafyreiwrong"_s, parent, u"bafyreiwrong"_s)}}));
    QCOMPARE(wrongCid.status, 400);
    QVERIFY2(wrongCid.message().contains(u"cid"_s), qPrintable(wrongCid.message()));
    const QString gone = u"at://%1/app.bsky.feed.post/3kaaaaaaaaaaa"_s.arg(m_bob);
    QCOMPARE(create(postRecord(u"x"_s, {{u"reply"_s, replyTo(gone, parentCid, gone, parentCid)}})).status, 400);
    const QString child = m_server->post(m_bob, u"child"_s, parent);
    const QString childCid = m_server->post(child)->cid;
    const Answer badRoot = create(postRecord(u"x"_s, {{u"reply"_s, replyTo(child, childCid, child, childCid)}}));
    QCOMPARE(badRoot.status, 400);
    QVERIFY2(badRoot.message().contains(u"root"_s), qPrintable(badRoot.message()));

    // Missing fields and the wrong $type.
    QJsonObject noText = postRecord(u"x"_s);
    noText.remove(u"text"_s);
    QCOMPARE(create(noText).status, 400);
    QJsonObject noDate = postRecord(u"x"_s);
    noDate.remove(u"createdAt"_s);
    QCOMPARE(create(noDate).status, 400);
    QCOMPARE(create(postRecord(u"x"_s, {{u"$type"_s, u"app.bsky.feed.like"_s}})).status, 400);
    QCOMPARE(create(postRecord(u"x"_s, {{u"langs"_s, QJsonArray{u"en"_s, u"fr"_s, u"de"_s, u"it"_s}}})).status, 400);

    // Only one's own repo.
    const Answer otherRepo = post(
        u"com.atproto.repo.createRecord"_s, m_aliceToken,
        QJsonObject{{u"repo"_s, m_bob}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, postRecord(u"x"_s)}});
    QCOMPARE(otherRepo.status, 401);
}

void TestBlueskySandbox::clientRkeyIsHonouredOnce()
{
    const QJsonObject input{{u"repo"_s, m_alice},
                            {u"collection"_s, u"app.bsky.feed.post"_s},
                            {u"rkey"_s, u"3lclientchose"_s},
                            {u"record"_s, postRecord(u"once"_s)}};
    const Answer first = post(u"com.atproto.repo.createRecord"_s, m_aliceToken, input);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(u"uri"_s).toString(), u"at://%1/app.bsky.feed.post/3lclientchose"_s.arg(m_alice));
    const Answer again = post(u"com.atproto.repo.createRecord"_s, m_aliceToken, input);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(), u"InvalidRequest"_s);
    QVERIFY2(again.message().contains(u"already exists"_s), qPrintable(again.message()));
    QCOMPARE(m_server->posts().size(), 1);

    QJsonObject badKey = input;
    badKey.insert(u"rkey"_s, u"no/slash"_s);
    QCOMPARE(post(u"com.atproto.repo.createRecord"_s, m_aliceToken, badKey).status, 400);
}

void TestBlueskySandbox::blobsAndImages()
{
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1000, 'x');
    const Answer uploaded = call("POST"_ba, u"com.atproto.repo.uploadBlob"_s, m_aliceToken, {}, png, "image/png"_ba);
    QCOMPARE(uploaded.status, 200);
    const QJsonObject blob = uploaded.json.value(u"blob"_s).toObject();
    QCOMPARE(blob.value(u"$type"_s).toString(), u"blob"_s);
    QCOMPARE(blob.value(u"mimeType"_s).toString(), u"image/png"_s);
    QCOMPARE(blob.value(u"size"_s).toInteger(), png.size());
    const QString cid = blob.value(u"ref"_s).toObject().value(u"$link"_s).toString();
    QVERIFY(cid.startsWith(u"bafkrei"_s));
    QCOMPARE(m_server->blobs().size(), 1);
    QCOMPARE(m_server->blobs().first().bytes, png);

    const Answer exact = call("POST"_ba, u"com.atproto.repo.uploadBlob"_s, m_aliceToken, {}, QByteArray(2'000'000, 'a'),
                              "image/jpeg"_ba);
    QCOMPARE(exact.status, 200);
    const Answer tooBig = call("POST"_ba, u"com.atproto.repo.uploadBlob"_s, m_aliceToken, {},
                               QByteArray(2'000'001, 'a'), "image/jpeg"_ba);
    QCOMPARE(tooBig.status, 400);
    QCOMPARE(tooBig.error(), u"BlobTooLarge"_s);

    const auto image = [](const QJsonObject &b) { return QJsonObject{{u"image"_s, b}, {u"alt"_s, u"a cat"_s}}; };
    const auto create = [this](const QJsonObject &record) {
        return post(
            u"com.atproto.repo.createRecord"_s, m_aliceToken,
            QJsonObject{{u"repo"_s, m_alice}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, record}});
    };
    const QJsonObject embed{{u"$type"_s, u"app.bsky.embed.images"_s}, {u"images"_s, QJsonArray{image(blob)}}};
    const Answer withImage = create(postRecord(u""_s, {{u"embed"_s, embed}}));
    QCOMPARE(withImage.status, 200);

    QUrlQuery q;
    q.addQueryItem(u"uris"_s, withImage.json.value(u"uri"_s).toString());
    const Answer posts = get(u"app.bsky.feed.getPosts"_s, m_aliceToken, q);
    const QJsonObject view = posts.json.value(u"posts"_s).toArray().first().toObject().value(u"embed"_s).toObject();
    QCOMPARE(view.value(u"$type"_s).toString(), u"app.bsky.embed.images#view"_s);
    const QString thumb = view.value(u"images"_s).toArray().first().toObject().value(u"thumb"_s).toString();
    QVERIFY(thumb.startsWith(m_server->baseUrl().toString()));
    QNetworkReply *fetched = m_manager->get(QNetworkRequest(QUrl(thumb)));
    QTRY_VERIFY(fetched->isFinished());
    QCOMPARE(fetched->readAll(), png);
    fetched->deleteLater();

    const QJsonObject five{{u"$type"_s, u"app.bsky.embed.images"_s},
                           {u"images"_s, QJsonArray{image(blob), image(blob), image(blob), image(blob), image(blob)}}};
    QCOMPARE(create(postRecord(u""_s, {{u"embed"_s, five}})).status, 400);
    QJsonObject unknown = blob;
    unknown.insert(u"ref"_s, QJsonObject{{u"$link"_s, u"bafkreinotuploaded"_s}});
    const Answer notUploaded =
        create(postRecord(u""_s, {{u"embed"_s, QJsonObject{{u"$type"_s, u"app.bsky.embed.images"_s},
                                                           {u"images"_s, QJsonArray{image(unknown)}}}}}));
    QCOMPARE(notUploaded.status, 400);
    QCOMPARE(notUploaded.error(), u"BlobNotFound"_s);
    // Bob cannot use Alice's blob.
    const Answer stolen = post(u"com.atproto.repo.createRecord"_s, m_bobToken,
                               QJsonObject{{u"repo"_s, m_bob},
                                           {u"collection"_s, u"app.bsky.feed.post"_s},
                                           {u"record"_s, postRecord(u""_s, {{u"embed"_s, embed}})}});
    QCOMPARE(stolen.error(), u"BlobNotFound"_s);
}

void TestBlueskySandbox::notificationsFilterAndPage()
{
    QDateTime now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    m_server->setClock([&now] { return now; });
    const QString mine = m_server->post(m_alice, u"my post"_s);
    QStringList expected; // newest first
    for (int i = 0; i < 7; ++i) {
        now = now.addSecs(60);
        expected.prepend(m_server->post(m_bob, u"hey @alice.test #%1"_s.arg(i)));
    }
    now = now.addSecs(60);
    const QString quoteUri = m_server->quote(m_carol, mine, u"look at this"_s);
    QVERIFY(!quoteUri.isEmpty());
    expected.prepend(quoteUri);
    now = now.addSecs(60);
    const QString replyUri = m_server->post(m_carol, u"a reply"_s, mine);
    now = now.addSecs(60);
    m_server->like(m_bob, mine);
    now = now.addSecs(60);
    m_server->follow(m_carol, m_alice);
    QCOMPARE(m_server->notificationsOf(m_alice).size(), 11);

    // All, newest first.
    const Answer all = get(u"app.bsky.notification.listNotifications"_s, m_aliceToken);
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.json.value(u"notifications"_s).toArray();
    QCOMPARE(items.size(), 11);
    QCOMPARE(items.at(0).toObject().value(u"reason"_s).toString(), u"follow"_s);
    QCOMPARE(items.at(1).toObject().value(u"reason"_s).toString(), u"like"_s);
    QCOMPARE(items.at(1).toObject().value(u"reasonSubject"_s).toString(), mine);
    QCOMPARE(items.at(2).toObject().value(u"reason"_s).toString(), u"reply"_s);
    QCOMPARE(items.at(2).toObject().value(u"uri"_s).toString(), replyUri);
    QCOMPARE(items.at(3).toObject().value(u"reason"_s).toString(), u"quote"_s);
    QCOMPARE(items.at(3).toObject().value(u"reasonSubject"_s).toString(), mine);
    const QJsonObject first = items.at(4).toObject();
    QCOMPARE(first.value(u"reason"_s).toString(), u"mention"_s);
    QCOMPARE(first.value(u"author"_s).toObject().value(u"handle"_s).toString(), u"bob.test"_s);
    QCOMPARE(first.value(u"record"_s).toObject().value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
    QCOMPARE(first.value(u"isRead"_s).toBool(), false);
    QVERIFY(first.contains(u"cid"_s) && first.contains(u"indexedAt"_s));
    QVERIFY(!all.json.contains(u"cursor"_s));

    // Filtered by reasons and paged by 3.
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        QUrlQuery q;
        q.addQueryItem(u"reasons"_s, u"mention"_s);
        q.addQueryItem(u"reasons"_s, u"quote"_s);
        q.addQueryItem(u"limit"_s, u"3"_s);
        if (!cursor.isEmpty())
            q.addQueryItem(u"cursor"_s, cursor);
        const Answer page = get(u"app.bsky.notification.listNotifications"_s, m_aliceToken, q);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &n : page.json.value(u"notifications"_s).toArray()) {
            QVERIFY(n.toObject().value(u"reason"_s).toString() != u"reply"_s);
            seen << n.toObject().value(u"uri"_s).toString();
        }
        cursor = page.json.value(u"cursor"_s).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3); // 3 + 3 + 2
    QCOMPARE(seen, expected);

    // updateSeen marks what came before as read; the unread count follows.
    QCOMPARE(get(u"app.bsky.notification.getUnreadCount"_s, m_aliceToken).json.value(u"count"_s).toInt(), 11);
    const QString seenAt = now.addSecs(-90).toString(Qt::ISODateWithMs);
    QCOMPARE(post(u"app.bsky.notification.updateSeen"_s, m_aliceToken, QJsonObject{{u"seenAt"_s, seenAt}}).status, 200);
    QCOMPARE(get(u"app.bsky.notification.getUnreadCount"_s, m_aliceToken).json.value(u"count"_s).toInt(), 2);
    const QJsonArray after =
        get(u"app.bsky.notification.listNotifications"_s, m_aliceToken).json.value(u"notifications"_s).toArray();
    QCOMPARE(after.at(0).toObject().value(u"isRead"_s).toBool(), false);
    QCOMPARE(after.at(1).toObject().value(u"isRead"_s).toBool(), false);
    QCOMPARE(after.at(2).toObject().value(u"isRead"_s).toBool(), true);

    // Bad limits and cursors.
    for (const QString &limit : {u"0"_s, u"101"_s, u"1000000000000"_s, u"ten"_s}) {
        QUrlQuery q;
        q.addQueryItem(u"limit"_s, limit);
        const Answer bad = get(u"app.bsky.notification.listNotifications"_s, m_aliceToken, q);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), u"InvalidRequest"_s);
    }
    QUrlQuery badCursor;
    badCursor.addQueryItem(u"cursor"_s, u"not-a-cursor"_s);
    QCOMPARE(get(u"app.bsky.notification.listNotifications"_s, m_aliceToken, badCursor).error(), u"InvalidRequest"_s);
    QCOMPARE(
        post(u"app.bsky.notification.updateSeen"_s, m_aliceToken, QJsonObject{{u"seenAt"_s, u"yesterday"_s}}).status,
        400);
}

void TestBlueskySandbox::threadsAndFeeds()
{
    const QString root = m_server->post(m_bob, u"root"_s);
    const QString middle = m_server->post(m_alice, u"middle"_s, root);
    const QString leaf = m_server->post(m_carol, u"leaf"_s, middle);
    const QString sibling = m_server->post(m_carol, u"sibling"_s, root);

    QUrlQuery q;
    q.addQueryItem(u"uri"_s, middle);
    const Answer thread = get(u"app.bsky.feed.getPostThread"_s, m_aliceToken, q);
    QCOMPARE(thread.status, 200);
    const QJsonObject t = thread.json.value(u"thread"_s).toObject();
    QCOMPARE(t.value(u"$type"_s).toString(), u"app.bsky.feed.defs#threadViewPost"_s);
    QCOMPARE(t.value(u"post"_s).toObject().value(u"uri"_s).toString(), middle);
    QCOMPARE(t.value(u"post"_s).toObject().value(u"author"_s).toObject().value(u"did"_s).toString(), m_alice);
    QCOMPARE(t.value(u"parent"_s).toObject().value(u"$type"_s).toString(), u"app.bsky.feed.defs#threadViewPost"_s);
    QCOMPARE(t.value(u"parent"_s).toObject().value(u"post"_s).toObject().value(u"uri"_s).toString(), root);
    QCOMPARE(t.value(u"replies"_s).toArray().size(), 1);
    QCOMPARE(t.value(u"replies"_s).toArray().first().toObject().value(u"post"_s).toObject().value(u"uri"_s).toString(),
             leaf);

    QUrlQuery shallow;
    shallow.addQueryItem(u"uri"_s, root);
    shallow.addQueryItem(u"depth"_s, u"0"_s);
    const QJsonObject r =
        get(u"app.bsky.feed.getPostThread"_s, m_aliceToken, shallow).json.value(u"thread"_s).toObject();
    QVERIFY(!r.contains(u"parent"_s));
    QVERIFY(r.value(u"replies"_s).toArray().isEmpty());
    QCOMPARE(r.value(u"post"_s).toObject().value(u"replyCount"_s).toInt(), 2);

    QUrlQuery missing;
    missing.addQueryItem(u"uri"_s, u"at://%1/app.bsky.feed.post/3kzzzzzzzzzzz"_s.arg(m_bob));
    const Answer notFound = get(u"app.bsky.feed.getPostThread"_s, m_aliceToken, missing);
    QCOMPARE(notFound.status, 400);
    QCOMPARE(notFound.error(), u"NotFound"_s);

    QUrlQuery feed;
    feed.addQueryItem(u"actor"_s, u"carol.test"_s);
    feed.addQueryItem(u"limit"_s, u"1"_s);
    const Answer page1 = get(u"app.bsky.feed.getAuthorFeed"_s, m_aliceToken, feed);
    QCOMPARE(page1.status, 200);
    QCOMPARE(
        page1.json.value(u"feed"_s).toArray().first().toObject().value(u"post"_s).toObject().value(u"uri"_s).toString(),
        sibling);
    feed.addQueryItem(u"cursor"_s, page1.json.value(u"cursor"_s).toString());
    const Answer page2 = get(u"app.bsky.feed.getAuthorFeed"_s, m_aliceToken, feed);
    const QJsonObject item = page2.json.value(u"feed"_s).toArray().first().toObject();
    QCOMPARE(item.value(u"post"_s).toObject().value(u"uri"_s).toString(), leaf);
    QCOMPARE(item.value(u"reply"_s).toObject().value(u"root"_s).toObject().value(u"uri"_s).toString(), root);

    m_server->setProfile(m_carol, u"Carol C."_s, u"Birds and bytes"_s);
    m_server->follow(m_alice, m_carol);
    QUrlQuery profile;
    profile.addQueryItem(u"actor"_s, u"carol.test"_s);
    const Answer carol = get(u"app.bsky.actor.getProfile"_s, m_aliceToken, profile);
    QCOMPARE(carol.json.value(u"did"_s).toString(), m_carol);
    QCOMPARE(carol.json.value(u"displayName"_s).toString(), u"Carol C."_s);
    QCOMPARE(carol.json.value(u"description"_s).toString(), u"Birds and bytes"_s);
    QVERIFY(carol.json.value(u"viewer"_s)
                .toObject()
                .value(u"following"_s)
                .toString()
                .startsWith(u"at://%1/app.bsky.graph.follow/"_s.arg(m_alice)));
    QCOMPARE(carol.json.value(u"followersCount"_s).toInt(), 1);
    QCOMPARE(carol.json.value(u"postsCount"_s).toInt(), 2);
    QUrlQuery handle;
    handle.addQueryItem(u"handle"_s, u"carol.test"_s);
    QCOMPARE(get(u"com.atproto.identity.resolveHandle"_s, {}, handle).json.value(u"did"_s).toString(), m_carol);
    QUrlQuery unknown;
    unknown.addQueryItem(u"handle"_s, u"nobody.test"_s);
    QCOMPARE(get(u"com.atproto.identity.resolveHandle"_s, {}, unknown).error(), u"HandleNotFound"_s);
}

// ---- Chat ----

void TestBlueskySandbox::convoCreationRespectsAllowIncomingAndBlocks()
{
    const auto open = [this](const QByteArray &token, const QStringList &members) {
        QUrlQuery q;
        for (const QString &m : members)
            q.addQueryItem(u"members"_s, m);
        return chatGet(u"chat.bsky.convo.getConvoForMembers"_s, token, q);
    };
    // Bob accepts messages from those he follows (the default), and does not follow Alice.
    const Answer notFollowed = open(m_aliceToken, {m_bob});
    QCOMPARE(notFollowed.status, 400);
    QCOMPARE(notFollowed.error(), u"NotFollowedBySender"_s);
    QVERIFY(m_server->convosOf(m_alice).isEmpty());

    m_server->follow(m_bob, m_alice);
    const Answer opened = open(m_aliceToken, {m_bob});
    QCOMPARE(opened.status, 200);
    const QJsonObject convo = opened.json.value(u"convo"_s).toObject();
    const QString id = convo.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(convo.value(u"members"_s).toArray().size(), 2);
    QCOMPARE(convo.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(convo.value(u"unreadCount"_s).toInt(), 0);
    QCOMPARE(convo.value(u"muted"_s).toBool(), false);
    QVERIFY(!convo.value(u"rev"_s).toString().isEmpty());
    QCOMPARE(open(m_aliceToken, {m_bob}).json.value(u"convo"_s).toObject().value(u"id"_s).toString(), id); // the same
    QCOMPARE(m_server->convosOf(m_alice).size(), 1);

    // Carol turned DMs off; then allows everyone; then blocks Alice.
    m_server->setAllowIncoming(m_carol, u"none"_s);
    QCOMPARE(open(m_aliceToken, {m_carol}).error(), u"MessagesDisabled"_s);
    m_server->setAllowIncoming(m_carol, u"all"_s);
    m_server->block(m_carol, m_alice);
    QCOMPARE(open(m_aliceToken, {m_carol}).error(), u"BlockedActor"_s);
    const QString dave = m_server->addAccount(u"dave.test"_s);
    m_server->setAllowIncoming(dave, u"all"_s);
    m_server->block(m_alice, dave);
    QCOMPARE(open(m_aliceToken, {dave}).error(), u"BlockedSubject"_s);
    QCOMPARE(open(m_aliceToken, {u"did:plc:doesnotexist"_s}).error(), u"RecipientNotFound"_s);

    // The declaration written over XRPC counts too.
    const QString erin = m_server->addAccount(u"erin.test"_s, {}, u"erin-pw"_s);
    const QByteArray erinToken = accessOf(u"erin.test"_s, u"erin-pw"_s);
    QCOMPARE(post(u"com.atproto.repo.createRecord"_s, erinToken,
                  QJsonObject{{u"repo"_s, erin},
                              {u"collection"_s, u"chat.bsky.actor.declaration"_s},
                              {u"rkey"_s, u"self"_s},
                              {u"record"_s, QJsonObject{{u"$type"_s, u"chat.bsky.actor.declaration"_s},
                                                        {u"allowIncoming"_s, u"all"_s}}}})
                 .status,
             200);
    QUrlQuery availability;
    availability.addQueryItem(u"members"_s, m_carol);
    QCOMPARE(chatGet(u"chat.bsky.convo.getConvoAvailability"_s, m_aliceToken, availability)
                 .json.value(u"canChat"_s)
                 .toBool(),
             false);
    QUrlQuery availableErin;
    availableErin.addQueryItem(u"members"_s, erin);
    const Answer erinAvailable = chatGet(u"chat.bsky.convo.getConvoAvailability"_s, m_aliceToken, availableErin);
    QCOMPARE(erinAvailable.json.value(u"canChat"_s).toBool(), true);
    QVERIFY(!erinAvailable.json.contains(u"convo"_s)); // nothing is created by asking
    QCOMPARE(m_server->convosOf(erin).size(), 0);
    QCOMPARE(open(m_aliceToken, {erin}).status, 200);
    QCOMPARE(chatGet(u"chat.bsky.convo.getConvoAvailability"_s, m_aliceToken, availableErin)
                 .json.value(u"convo"_s)
                 .toObject()
                 .value(u"members"_s)
                 .toArray()
                 .size(),
             2);
    QUrlQuery profiles;
    profiles.addQueryItem(u"actors"_s, erin);
    profiles.addQueryItem(u"actors"_s, u"carol.test"_s);
    const QJsonArray both =
        get(u"app.bsky.actor.getProfiles"_s, m_aliceToken, profiles).json.value(u"profiles"_s).toArray();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0)
                 .toObject()
                 .value(u"associated"_s)
                 .toObject()
                 .value(u"chat"_s)
                 .toObject()
                 .value(u"allowIncoming"_s)
                 .toString(),
             u"all"_s);
    QCOMPARE(both.at(1).toObject().value(u"viewer"_s).toObject().value(u"blockedBy"_s).toBool(), true);

    // A request: Bob sees it once it has a message, with status "request".
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken).json.value(u"convos"_s).toArray().size(), 0);
    QVERIFY(!m_server->sendMessage(m_alice, id, u"hi Bob"_s).isEmpty());
    QUrlQuery requests;
    requests.addQueryItem(u"status"_s, u"request"_s);
    const QJsonArray bobs =
        chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken, requests).json.value(u"convos"_s).toArray();
    QCOMPARE(bobs.size(), 1);
    QCOMPARE(bobs.first().toObject().value(u"status"_s).toString(), u"request"_s);
    QCOMPARE(bobs.first().toObject().value(u"unreadCount"_s).toInt(), 1);
    const QJsonObject last = bobs.first().toObject().value(u"lastMessage"_s).toObject();
    QCOMPARE(last.value(u"$type"_s).toString(), u"chat.bsky.convo.defs#messageView"_s);
    QCOMPARE(last.value(u"text"_s).toString(), u"hi Bob"_s);
    QCOMPARE(last.value(u"sender"_s).toObject().value(u"did"_s).toString(), m_alice);
}

void TestBlueskySandbox::sendMessageLimitsAndEmbeds()
{
    const QString id = m_server->createConvo({m_alice, m_bob});
    const auto send = [&](const QJsonObject &message) {
        return chatPost(u"chat.bsky.convo.sendMessage"_s, m_aliceToken,
                        QJsonObject{{u"convoId"_s, id}, {u"message"_s, message}});
    };
    const Answer sent = send(QJsonObject{{u"text"_s, u"hello"_s}});
    QCOMPARE(sent.status, 200);
    QVERIFY(!sent.json.value(u"id"_s).toString().isEmpty());
    QVERIFY(!sent.json.value(u"rev"_s).toString().isEmpty());
    QCOMPARE(sent.json.value(u"text"_s).toString(), u"hello"_s);
    QCOMPARE(sent.json.value(u"sender"_s).toObject().value(u"did"_s).toString(), m_alice);
    QVERIFY(sent.json.contains(u"sentAt"_s));
    QCOMPARE(m_server->messagesOf(id).size(), 1);

    QCOMPARE(send(QJsonObject{{u"text"_s, QString(1000, u'a')}}).status, 200);
    const Answer long1001 = send(QJsonObject{{u"text"_s, QString(1001, u'a')}});
    QCOMPARE(long1001.status, 400);
    QVERIFY2(long1001.message().contains(u"1000 graphemes"_s), qPrintable(long1001.message()));
    QString bytes;
    for (int i = 0; i < 400; ++i)
        bytes += u"👨‍👩‍👧‍👦"_s; // 400 graphemes, 10,000 bytes
    QCOMPARE(send(QJsonObject{{u"text"_s, bytes}}).status, 200);
    QCOMPARE(send(QJsonObject{{u"text"_s, QString(bytes + u"a"_s)}}).status, 400);

    // Only a record embed; images are refused.
    const QString quoted = m_server->post(m_bob, u"look"_s);
    const QJsonObject recordEmbed{
        {u"$type"_s, u"app.bsky.embed.record"_s},
        {u"record"_s, QJsonObject{{u"uri"_s, quoted}, {u"cid"_s, m_server->post(quoted)->cid}}}};
    const Answer withRecord = send(QJsonObject{{u"text"_s, u"see"_s}, {u"embed"_s, recordEmbed}});
    QCOMPARE(withRecord.status, 200);
    QCOMPARE(withRecord.json.value(u"embed"_s).toObject().value(u"$type"_s).toString(),
             u"app.bsky.embed.record#view"_s);
    const QJsonObject images{{u"$type"_s, u"app.bsky.embed.images"_s}, {u"images"_s, QJsonArray{}}};
    QCOMPARE(send(QJsonObject{{u"text"_s, u"pic"_s}, {u"embed"_s, images}}).status, 400);

    // Facets within the text; the wrong convo; a missing message.
    const QJsonArray badFacet{QJsonObject{
        {u"index"_s, QJsonObject{{u"byteStart"_s, 0}, {u"byteEnd"_s, 50}}},
        {u"features"_s,
         QJsonArray{QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#link"_s}, {u"uri"_s, u"https://x.test"_s}}}}}};
    QCOMPARE(send(QJsonObject{{u"text"_s, u"short"_s}, {u"facets"_s, badFacet}}).status, 400);
    const Answer wrongConvo =
        chatPost(u"chat.bsky.convo.sendMessage"_s, m_aliceToken,
                 QJsonObject{{u"convoId"_s, u"nope"_s}, {u"message"_s, QJsonObject{{u"text"_s, u"x"_s}}}});
    QCOMPARE(wrongConvo.error(), u"InvalidConvo"_s);
    const QByteArray carolToken = accessOf(u"carol.test"_s, u"carol-pw"_s);
    QCOMPARE(chatPost(u"chat.bsky.convo.sendMessage"_s, carolToken,
                      QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"intruder"_s}}}})
                 .error(),
             u"InvalidConvo"_s);
    QCOMPARE(chatPost(u"chat.bsky.convo.sendMessage"_s, m_aliceToken, QJsonObject{{u"convoId"_s, id}}).status, 400);
    QCOMPARE(send(QJsonObject{{u"text"_s, u"   "_s}}).status, 400);

    // getMessages: newest first, paged by cursor.
    QUrlQuery q;
    q.addQueryItem(u"convoId"_s, id);
    q.addQueryItem(u"limit"_s, u"2"_s);
    const Answer page = chatGet(u"chat.bsky.convo.getMessages"_s, m_bobToken, q);
    QCOMPARE(page.status, 200);
    const QJsonArray messages = page.json.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"text"_s).toString(), u"see"_s);
    QCOMPARE(messages.at(0).toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#messageView"_s);
    QCOMPARE(messages.at(1).toObject().value(u"text"_s).toString(), bytes);
    QCOMPARE(page.json.value(u"relatedProfiles"_s).toArray().first().toObject().value(u"did"_s).toString(), m_alice);
    q.addQueryItem(u"cursor"_s, page.json.value(u"cursor"_s).toString());
    const QJsonArray older =
        chatGet(u"chat.bsky.convo.getMessages"_s, m_bobToken, q).json.value(u"messages"_s).toArray();
    QCOMPARE(older.size(), 2);
    QCOMPARE(older.at(1).toObject().value(u"text"_s).toString(), u"hello"_s);
}

void TestBlueskySandbox::getLogCursorSemantics()
{
    const Answer empty = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json.value(u"logs"_s).toArray().size(), 0);

    const QString id = m_server->createConvo({m_alice, m_bob});
    const QString m1 = m_server->sendMessage(m_alice, id, u"one"_s);
    const Answer first = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken);
    const QJsonArray logs = first.json.value(u"logs"_s).toArray();
    QCOMPARE(logs.size(), 2);
    QCOMPARE(logs.at(0).toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#logBeginConvo"_s);
    QCOMPARE(logs.at(0).toObject().value(u"convoId"_s).toString(), id);
    const QJsonObject created = logs.at(1).toObject();
    QCOMPARE(created.value(u"$type"_s).toString(), u"chat.bsky.convo.defs#logCreateMessage"_s);
    QCOMPARE(created.value(u"message"_s).toObject().value(u"$type"_s).toString(),
             u"chat.bsky.convo.defs#messageView"_s);
    QCOMPARE(created.value(u"message"_s).toObject().value(u"id"_s).toString(), m1);
    const QString cursor = first.json.value(u"cursor"_s).toString();
    QCOMPARE(cursor, created.value(u"rev"_s).toString());

    // Polling with the last cursor gives nothing until something happens, then only that.
    QUrlQuery q;
    q.addQueryItem(u"cursor"_s, cursor);
    const Answer idle = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken, q);
    QCOMPARE(idle.json.value(u"logs"_s).toArray().size(), 0);
    QCOMPARE(idle.json.value(u"cursor"_s).toString(), cursor);
    const QString m2 = m_server->sendMessage(m_alice, id, u"two"_s);
    const Answer next = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken, q);
    const QJsonArray newer = next.json.value(u"logs"_s).toArray();
    QCOMPARE(newer.size(), 1);
    QCOMPARE(newer.first().toObject().value(u"message"_s).toObject().value(u"id"_s).toString(), m2);
    QVERIFY(next.json.value(u"cursor"_s).toString() > cursor);

    // Bob's reply accepts the request for him: his log has the message and the accept; Alice's the message only.
    QUrlQuery q2;
    q2.addQueryItem(u"cursor"_s, next.json.value(u"cursor"_s).toString());
    const Answer aliceBefore = chatGet(u"chat.bsky.convo.getLog"_s, m_aliceToken, q2);
    QCOMPARE(aliceBefore.json.value(u"logs"_s).toArray().size(), 0);
    QCOMPARE(chatPost(u"chat.bsky.convo.sendMessage"_s, m_bobToken,
                      QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"back"_s}}}})
                 .status,
             200);
    const QJsonArray bobLogs = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken, q2).json.value(u"logs"_s).toArray();
    QCOMPARE(bobLogs.size(), 2);
    QCOMPARE(bobLogs.at(0).toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#logCreateMessage"_s);
    QCOMPARE(bobLogs.at(1).toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#logAcceptConvo"_s);
    const QJsonArray aliceLogs = chatGet(u"chat.bsky.convo.getLog"_s, m_aliceToken, q2).json.value(u"logs"_s).toArray();
    QCOMPARE(aliceLogs.size(), 1);

    // More than a page: polling from the last cursor walks forward through all of it, once.
    const QString busy = m_server->createConvo({m_carol, m_bob});
    for (int i = 0; i < 150; ++i)
        QVERIFY(!m_server->sendMessage(m_carol, busy, u"n%1"_s.arg(i)).isEmpty());
    QUrlQuery from;
    from.addQueryItem(u"cursor"_s, q2.queryItemValue(u"cursor"_s));
    QStringList texts;
    for (int round = 0; round < 5; ++round) {
        const Answer page = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken, from);
        const QJsonArray entries = page.json.value(u"logs"_s).toArray();
        if (entries.isEmpty())
            break;
        QVERIFY(entries.size() <= 100);
        for (const QJsonValue &entry : entries) {
            const QJsonObject e = entry.toObject();
            if (e.value(u"convoId"_s).toString() == busy
                && e.value(u"$type"_s).toString().endsWith(u"#logCreateMessage"_s))
                texts << e.value(u"message"_s).toObject().value(u"text"_s).toString();
        }
        from.removeAllQueryItems(u"cursor"_s);
        from.addQueryItem(u"cursor"_s, page.json.value(u"cursor"_s).toString());
    }
    QCOMPARE(texts.size(), 150);
    QCOMPARE(texts.first(), u"n0"_s);
    QCOMPARE(texts.last(), u"n149"_s);

    // Carol is in none of Alice and Bob's.
    const QByteArray carolToken = accessOf(u"carol.test"_s, u"carol-pw"_s);
    const QJsonArray carols = chatGet(u"chat.bsky.convo.getLog"_s, carolToken).json.value(u"logs"_s).toArray();
    QCOMPARE(carols.size(), 100); // the first page: her convo with Bob
    for (const QJsonValue &entry : carols)
        QCOMPARE(entry.toObject().value(u"convoId"_s).toString(), busy);
    QUrlQuery bad;
    bad.addQueryItem(u"cursor"_s, u"!!"_s);
    QCOMPARE(chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken, bad).status, 400);
}

void TestBlueskySandbox::readStateAcceptAndDeleteForSelf()
{
    const QString id = m_server->createConvo({m_alice, m_bob});
    const QString m1 = m_server->sendMessage(m_alice, id, u"one"_s);
    m_server->sendMessage(m_alice, id, u"two"_s);
    QUrlQuery convoQuery;
    convoQuery.addQueryItem(u"convoId"_s, id);
    QCOMPARE(chatGet(u"chat.bsky.convo.getConvo"_s, m_bobToken, convoQuery)
                 .json.value(u"convo"_s)
                 .toObject()
                 .value(u"unreadCount"_s)
                 .toInt(),
             2);
    QUrlQuery unread;
    unread.addQueryItem(u"readState"_s, u"unread"_s);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken, unread).json.value(u"convos"_s).toArray().size(), 1);

    const Answer read =
        chatPost(u"chat.bsky.convo.updateRead"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}, {u"messageId"_s, m1}});
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json.value(u"convo"_s).toObject().value(u"unreadCount"_s).toInt(), 1);
    QCOMPARE(chatPost(u"chat.bsky.convo.updateRead"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}})
                 .json.value(u"convo"_s)
                 .toObject()
                 .value(u"unreadCount"_s)
                 .toInt(),
             0);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken, unread).json.value(u"convos"_s).toArray().size(), 0);

    // Accepting: a rev the first time, none the second.
    const Answer accepted = chatPost(u"chat.bsky.convo.acceptConvo"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}});
    QCOMPARE(accepted.status, 200);
    QVERIFY(!accepted.json.value(u"rev"_s).toString().isEmpty());
    QVERIFY(!chatPost(u"chat.bsky.convo.acceptConvo"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}})
                 .json.contains(u"rev"_s));
    QCOMPARE(m_server->convo(id)->status.value(m_bob), u"accepted"_s);

    // Deleting for self: Bob sees a deletedMessageView; Alice still sees the message.
    const Answer deleted = chatPost(u"chat.bsky.convo.deleteMessageForSelf"_s, m_bobToken,
                                    QJsonObject{{u"convoId"_s, id}, {u"messageId"_s, m1}});
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json.value(u"id"_s).toString(), m1);
    QVERIFY(!deleted.json.contains(u"text"_s));
    const QJsonArray bobs =
        chatGet(u"chat.bsky.convo.getMessages"_s, m_bobToken, convoQuery).json.value(u"messages"_s).toArray();
    QCOMPARE(bobs.last().toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#deletedMessageView"_s);
    const QJsonArray alices =
        chatGet(u"chat.bsky.convo.getMessages"_s, m_aliceToken, convoQuery).json.value(u"messages"_s).toArray();
    QCOMPARE(alices.last().toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#messageView"_s);
    // Muting shows in the convo and in the muter's log.
    const Answer muted = chatPost(u"chat.bsky.convo.muteConvo"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}});
    QCOMPARE(muted.json.value(u"convo"_s).toObject().value(u"muted"_s).toBool(), true);
    QCOMPARE(chatGet(u"chat.bsky.convo.getConvo"_s, m_aliceToken, convoQuery)
                 .json.value(u"convo"_s)
                 .toObject()
                 .value(u"muted"_s)
                 .toBool(),
             false);
    QCOMPARE(chatPost(u"chat.bsky.convo.unmuteConvo"_s, m_bobToken, QJsonObject{{u"convoId"_s, id}})
                 .json.value(u"convo"_s)
                 .toObject()
                 .value(u"muted"_s)
                 .toBool(),
             false);

    const QJsonArray log = chatGet(u"chat.bsky.convo.getLog"_s, m_bobToken).json.value(u"logs"_s).toArray();
    QStringList types;
    for (const QJsonValue &entry : log)
        types << entry.toObject().value(u"$type"_s).toString().section(u'#', 1);
    QCOMPARE(types, (QStringList{u"logBeginConvo"_s, u"logCreateMessage"_s, u"logCreateMessage"_s, u"logReadMessage"_s,
                                 u"logReadMessage"_s, u"logAcceptConvo"_s, u"logDeleteMessage"_s, u"logMuteConvo"_s,
                                 u"logUnmuteConvo"_s}));
    QCOMPARE(log.at(6).toObject().value(u"message"_s).toObject().value(u"$type"_s).toString(),
             u"chat.bsky.convo.defs#deletedMessageView"_s);

    // updateAllRead: every convo with unread messages, counted.
    const QString other = m_server->createConvo({m_carol, m_bob});
    m_server->sendMessage(m_carol, other, u"psst"_s);
    m_server->sendMessage(m_alice, id, u"three"_s);
    const Answer allRead = chatPost(u"chat.bsky.convo.updateAllRead"_s, m_bobToken, QJsonObject{});
    QCOMPARE(allRead.status, 200);
    QCOMPARE(allRead.json.value(u"updatedCount"_s).toInt(), 2);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken, unread).json.value(u"convos"_s).toArray().size(), 0);
}

void TestBlueskySandbox::lockedConvoRefusesMessages()
{
    const QString id = m_server->createConvo({m_alice, m_bob});
    m_server->setConvoLocked(id, true);
    const Answer locked = chatPost(u"chat.bsky.convo.sendMessage"_s, m_aliceToken,
                                   QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"hi"_s}}}});
    QCOMPARE(locked.status, 400);
    QCOMPARE(locked.error(), u"ConvoLocked"_s);
    QVERIFY(m_server->messagesOf(id).isEmpty());
    const Answer batch = chatPost(
        u"chat.bsky.convo.sendMessageBatch"_s, m_aliceToken,
        QJsonObject{{u"items"_s,
                     QJsonArray{QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"hi"_s}}}}}}});
    QCOMPARE(batch.error(), u"ConvoLocked"_s);
    m_server->setConvoLocked(id, false);
    const Answer batch2 = chatPost(
        u"chat.bsky.convo.sendMessageBatch"_s, m_aliceToken,
        QJsonObject{{u"items"_s,
                     QJsonArray{QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"a"_s}}}},
                                QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"b"_s}}}}}}});
    QCOMPARE(batch2.status, 200);
    QCOMPARE(batch2.json.value(u"items"_s).toArray().size(), 2);
    QCOMPARE(m_server->messagesOf(id).size(), 2);
}

void TestBlueskySandbox::groupConvos()
{
    const QString id = m_server->createConvo({m_alice, m_bob, m_carol});
    QVERIFY(!id.isEmpty());
    m_server->sendMessage(m_bob, id, u"hello all"_s);
    const QByteArray carolToken = accessOf(u"carol.test"_s, u"carol-pw"_s);
    m_server->setConvoStatus(id, m_carol, u"accepted"_s);
    const QJsonArray convos = chatGet(u"chat.bsky.convo.listConvos"_s, carolToken).json.value(u"convos"_s).toArray();
    QCOMPARE(convos.size(), 1);
    const QJsonObject convo = convos.first().toObject();
    QCOMPARE(convo.value(u"members"_s).toArray().size(), 3);
    QCOMPARE(convo.value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(convo.value(u"kind"_s).toObject().value(u"$type"_s).toString(), u"chat.bsky.convo.defs#groupConvo"_s);
    QCOMPARE(convo.value(u"kind"_s).toObject().value(u"memberCount"_s).toInt(), 3);
    QCOMPARE(convo.value(u"unreadCount"_s).toInt(), 1);
    QCOMPARE(chatPost(u"chat.bsky.convo.sendMessage"_s, carolToken,
                      QJsonObject{{u"convoId"_s, id}, {u"message"_s, QJsonObject{{u"text"_s, u"hi"_s}}}})
                 .status,
             200);
    QCOMPARE(m_server->messagesOf(id).size(), 2);

    // listConvos pages by cursor, latest activity first.
    QStringList expected{id};
    for (int i = 0; i < 4; ++i) {
        const QString other = m_server->addAccount(u"friend%1.test"_s.arg(i));
        const QString convoId = m_server->createConvo({m_carol, other});
        m_server->sendMessage(other, convoId, u"ping"_s);
        expected.prepend(convoId);
    }
    QStringList listed;
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"2"_s);
    for (int round = 0; round < 5; ++round) {
        const Answer page = chatGet(u"chat.bsky.convo.listConvos"_s, carolToken, q);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &c : page.json.value(u"convos"_s).toArray())
            listed << c.toObject().value(u"id"_s).toString();
        const QString cursor = page.json.value(u"cursor"_s).toString();
        if (cursor.isEmpty())
            break;
        q.removeAllQueryItems(u"cursor"_s);
        q.addQueryItem(u"cursor"_s, cursor);
    }
    QCOMPARE(listed, expected);
}

// ---- Limits and hostile input ----

void TestBlueskySandbox::rateLimitHeadersAnd429()
{
    QDateTime now(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC);
    m_server->setClock([&now] { return now; });
    m_server->setRateLimit(3, 60s);
    const Answer first = get(u"com.atproto.server.getSession"_s, m_aliceToken);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("RateLimit-Limit"_ba), "3"_ba);
    QCOMPARE(first.header("RateLimit-Remaining"_ba), "2"_ba);
    QCOMPARE(first.header("RateLimit-Reset"_ba), QByteArray::number(now.toSecsSinceEpoch() + 60));
    QCOMPARE(first.header("RateLimit-Policy"_ba), "3;w=60"_ba);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, m_aliceToken).header("RateLimit-Remaining"_ba), "1"_ba);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, m_aliceToken).status, 200);
    const Answer limited = get(u"com.atproto.server.getSession"_s, m_aliceToken);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.error(), u"RateLimitExceeded"_s);
    QCOMPARE(limited.header("RateLimit-Remaining"_ba), "0"_ba);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, m_bobToken).status, 200); // per account
    now = now.addSecs(61);
    QCOMPARE(get(u"com.atproto.server.getSession"_s, m_aliceToken).status, 200);

    m_server->setRateLimit(100, 300s);
    m_server->exhaustRateLimit(m_bob);
    QCOMPARE(chatGet(u"chat.bsky.convo.listConvos"_s, m_bobToken).status, 429);

    // createSession: 30 per 5 minutes per account.
    int ok = 0;
    Answer last;
    for (int i = 0; i < 31; ++i) {
        last = signIn(u"carol.test"_s, u"carol-pw"_s);
        ok += last.status == 200 ? 1 : 0;
    }
    QCOMPARE(ok, 30);
    QCOMPARE(last.status, 429);
    QCOMPARE(last.header("RateLimit-Policy"_ba), "30;w=300"_ba);

    // The fault kit's Bluesky 429 still works on this server.
    m_server->http().injectFault("GET"_ba, u"/xrpc/app.bsky.notification.listNotifications"_s,
                                 Fault::rateLimited(Fault::RateLimitStyle::Bluesky), 1);
    const Answer injected = get(u"app.bsky.notification.listNotifications"_s, m_aliceToken);
    QCOMPARE(injected.status, 429);
    QCOMPARE(injected.error(), u"RateLimitExceeded"_s);
    QCOMPARE(get(u"app.bsky.notification.listNotifications"_s, m_aliceToken).status, 200);
}

void TestBlueskySandbox::malformedInputGivesXrpcErrors()
{
    const auto expectXrpc = [](const Answer &a, int status) {
        QVERIFY2(a.status == status, qPrintable(show(a)));
        QVERIFY2(!a.error().isEmpty(), qPrintable(show(a)));
        QVERIFY2(a.json.contains(u"message"_s), qPrintable(show(a)));
    };
    expectXrpc(call("POST"_ba, u"com.atproto.server.createSession"_s, {}, {}, "{not json"_ba), 400);
    expectXrpc(call("POST"_ba, u"com.atproto.server.createSession"_s, {}, {}, "[1,2]"_ba), 400);
    expectXrpc(call("POST"_ba, u"com.atproto.server.createSession"_s, {}, {}, {}), 400);
    expectXrpc(post(u"com.atproto.server.createSession"_s, {}, QJsonObject{{u"identifier"_s, u"alice.test"_s}}), 400);
    expectXrpc(
        post(u"com.atproto.server.createSession"_s, {}, QJsonObject{{u"identifier"_s, 5}, {u"password"_s, true}}), 400);
    expectXrpc(call("POST"_ba, u"com.atproto.server.createSession"_s, {}, {},
                    R"({"identifier":"alice.test","password":"alice-pw"})"_ba, "text/plain"_ba),
               400);
    expectXrpc(call("GET"_ba, u"com.atproto.server.createSession"_s), 400); // a procedure
    expectXrpc(call("POST"_ba, u"app.bsky.notification.listNotifications"_s, m_aliceToken, {}, "{}"_ba), 400);
    expectXrpc(get(u"app.bsky.unknown.method"_s, m_aliceToken), 501);

    expectXrpc(post(u"com.atproto.repo.createRecord"_s, m_aliceToken, QJsonObject{}), 400);
    expectXrpc(
        post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
             QJsonObject{{u"repo"_s, m_alice}, {u"collection"_s, u"not an nsid"_s}, {u"record"_s, QJsonObject{}}}),
        400);
    expectXrpc(
        post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
             QJsonObject{{u"repo"_s, m_alice}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, u"text"_s}}),
        400);
    expectXrpc(post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
                    QJsonObject{{u"repo"_s, m_alice},
                                {u"collection"_s, u"app.bsky.feed.post"_s},
                                {u"record"_s, postRecord(u"x"_s, {{u"facets"_s, u"nope"_s}})}}),
               400);
    expectXrpc(
        post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
             QJsonObject{{u"repo"_s, m_alice},
                         {u"collection"_s, u"app.bsky.feed.post"_s},
                         {u"record"_s, postRecord(u"x"_s, {{u"facets"_s, QJsonArray{1, u"a"_s, QJsonArray{}}}})}}),
        400);
    expectXrpc(post(u"com.atproto.repo.createRecord"_s, m_aliceToken,
                    QJsonObject{{u"repo"_s, m_alice},
                                {u"collection"_s, u"app.bsky.feed.post"_s},
                                {u"record"_s, postRecord(u"x"_s, {{u"reply"_s, 7}, {u"embed"_s, u"x"_s}})}}),
               400);
    expectXrpc(call("POST"_ba, u"com.atproto.repo.uploadBlob"_s, m_aliceToken, {}, {}, {}), 400);

    QUrlQuery huge;
    huge.addQueryItem(u"limit"_s, u"99999999999999999999999"_s);
    expectXrpc(chatGet(u"chat.bsky.convo.listConvos"_s, m_aliceToken, huge), 400);
    expectXrpc(chatGet(u"chat.bsky.convo.getMessages"_s, m_aliceToken, huge), 400);
    QUrlQuery badCursor;
    badCursor.addQueryItem(u"cursor"_s, QString(5000, u'z'));
    expectXrpc(chatGet(u"chat.bsky.convo.listConvos"_s, m_aliceToken, badCursor), 400);
    QUrlQuery unknownConvo;
    unknownConvo.addQueryItem(u"convoId"_s, u"\u0000\u00ff"_s);
    expectXrpc(chatGet(u"chat.bsky.convo.getMessages"_s, m_aliceToken, unknownConvo), 400);
    expectXrpc(chatGet(u"chat.bsky.convo.getConvoForMembers"_s, m_aliceToken), 400);
    QUrlQuery notDid;
    notDid.addQueryItem(u"members"_s, u"bob.test"_s);
    expectXrpc(chatGet(u"chat.bsky.convo.getConvoForMembers"_s, m_aliceToken, notDid), 400);
    QUrlQuery tooMany;
    for (int i = 0; i < 11; ++i)
        tooMany.addQueryItem(u"members"_s, u"did:plc:x%1"_s.arg(i));
    expectXrpc(chatGet(u"chat.bsky.convo.getConvoForMembers"_s, m_aliceToken, tooMany), 400);
    expectXrpc(chatPost(u"chat.bsky.convo.sendMessage"_s, m_aliceToken,
                        QJsonObject{{u"convoId"_s, 5}, {u"message"_s, QJsonObject{{u"text"_s, 5}}}}),
               400);
    expectXrpc(chatPost(u"chat.bsky.convo.sendMessageBatch"_s, m_aliceToken, QJsonObject{{u"items"_s, u"x"_s}}), 400);
    expectXrpc(chatPost(u"chat.bsky.convo.updateRead"_s, m_aliceToken, QJsonObject{{u"convoId"_s, u"nope"_s}}), 400);
    expectXrpc(chatPost(u"chat.bsky.convo.deleteMessageForSelf"_s, m_aliceToken, QJsonObject{{u"convoId"_s, u"x"_s}}),
               400);
    QUrlQuery depth;
    depth.addQueryItem(u"uri"_s, u"at://x/app.bsky.feed.post/y"_s);
    depth.addQueryItem(u"depth"_s, u"-1"_s);
    expectXrpc(get(u"app.bsky.feed.getPostThread"_s, m_aliceToken, depth), 400);
    expectXrpc(get(u"app.bsky.feed.getPostThread"_s, m_aliceToken), 400);
    expectXrpc(get(u"app.bsky.actor.getProfile"_s, m_aliceToken), 400);

    // After all that, the server still answers.
    QCOMPARE(get(u"com.atproto.server.getSession"_s, m_aliceToken).status, 200);
}

QTEST_GUILESS_MAIN(TestBlueskySandbox)
#include "TestBlueskySandbox.moc"
