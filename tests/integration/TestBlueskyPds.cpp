// SPDX-License-Identifier: GPL-3.0-or-later
// The real Bluesky PDS and AppView (the AT Protocol team's @atproto/dev-env, started by
// tests/support/BlueskyPds) answering raw XRPC calls: a session from an app password (and what
// its tokens say), refreshSession rotation (and the PDS's grace period for a reused refresh
// token), a post with mention and link facets at UTF-8 byte offsets under a client-chosen record
// key (a second create with that key refused), an uploaded blob in an image embed, a reply from
// another account, and the AppView's view of it all: the notifications for the mention and the
// reply, and the thread.
//
// These answers are the referee for the sandbox Bluesky server and the Bluesky client: what is
// asserted here is what the real server does.
//
// Then Starling's own code against the same network (the client* functions), checked with raw
// XRPC reads: BlueskyAccountSignIn with carol's app password (the Account it reports, the tokens
// keep() stores), BlueskyClient over a BlueskySession publishing a post with mention, link and tag
// facets, one with an uploaded image, the same outbox item twice (one record), reading a reply and
// a mention from bob as Messages (updateSeen understood), replying to the reply, and the session's
// refresh, asked for and on a refused access token (the rotated tokens stored, later calls work).
//
// With STARLING_BLUESKY_FIXTURES_OUT set to a folder, the test saves the createSession,
// listNotifications and getPostThread answers there (JWT signatures redacted), as the fixtures in
// tests/data/bluesky were made.
//
// Needs tests/bluesky-pds installed by .ci/deps; skips only when .ci/deps could not reach the npm
// registry, and fails otherwise.

#include "BlueskyPds.h"
#include "FakeCredentialStore.h"
#include "LoopbackServer.h"
#include "ProviderTestKit.h"
#include "accounts/AccountManager.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/OAuthTokenEndpoint.h"
#include "auth/RefreshLock.h"
#include "auth/Revocation.h"
#include "auth/TokenRefresher.h"
#include "net/Dpop.h"
#include "net/HttpClient.h"
#include "providers/ProviderFactory.h"
#include "providers/bluesky/BlueskyAccountSignIn.h"
#include "providers/bluesky/BlueskyClient.h"
#include "providers/bluesky/BlueskyIdentity.h"
#include "providers/bluesky/BlueskyMapper.h"
#include "providers/bluesky/BlueskyOAuth.h"
#include "providers/bluesky/BlueskySession.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using starling::BlueskyAccountSignIn;
using starling::BlueskyClient;
using starling::BlueskySession;
using starling::CredentialStore;
using starling::Error;
using starling::FakeCredentialStore;
using starling::Result;
using starling::test::BlueskyPds;

namespace {

constexpr int requestTimeoutMs = 60000; // generous: the machine may be loaded

/** An XRPC answer: the HTTP status (0 when none came), the body, and the body as JSON. */
struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QString network; ///< Qt's error text when no HTTP answer came

    /** The XRPC error name of an error answer ({"error": name, "message": ...}). */
    QString error() const { return json.value(u"error"_s).toString(); }
    QString describe() const { return u"HTTP %1 %2 %3"_s.arg(status).arg(network, QString::fromUtf8(body.left(2000))); }
};

/** Raw XRPC calls to one service, as a client makes them. */
class Xrpc
{
public:
    explicit Xrpc(QUrl service)
        : m_service(std::move(service))
    {
        m_manager.setProxy(QNetworkProxy::NoProxy);
    }

    Answer get(const QString &nsid, const QUrlQuery &query = {}, const QString &token = {})
    {
        QNetworkRequest request = make(nsid, token);
        QUrl url = request.url();
        url.setQuery(query);
        request.setUrl(url);
        return wait(m_manager.get(request));
    }

    Answer post(const QString &nsid, const QJsonObject &body, const QString &token = {})
    {
        QNetworkRequest request = make(nsid, token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return wait(m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    /** A procedure without a body (refreshSession, deleteSession). */
    Answer postEmpty(const QString &nsid, const QString &token)
    {
        return wait(m_manager.post(make(nsid, token), QByteArray()));
    }

    Answer postBytes(const QString &nsid, const QByteArray &bytes, const QString &contentType, const QString &token)
    {
        QNetworkRequest request = make(nsid, token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return wait(m_manager.post(request, bytes));
    }

private:
    QNetworkRequest make(const QString &nsid, const QString &token) const
    {
        QUrl url = m_service;
        url.setPath(u"/xrpc/"_s + nsid);
        QNetworkRequest request(url);
        request.setTransferTimeout(requestTimeoutMs);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        return request;
    }

    static Answer wait(QNetworkReply *reply)
    {
        std::unique_ptr<QNetworkReply> owner(reply);
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(requestTimeoutMs + 5000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        Answer answer;
        if (!reply->isFinished()) {
            reply->abort();
            answer.network = u"no answer in time"_s;
            return answer;
        }
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        if (answer.status == 0)
            answer.network = reply->errorString();
        return answer;
    }

    QUrl m_service;
    QNetworkAccessManager m_manager;
};

/** The claims of a JWT (its middle part), without checking the signature. */
QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

/**
 * A TID record key (atproto "tid" format: 13 characters of base32-sortable, a 53-bit
 * microsecond timestamp and a 10-bit clock id), as a client picks one for createRecord's rkey.
 */
QString tid()
{
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const quint64 micros =
        quint64(QDateTime::currentMSecsSinceEpoch()) * 1000 + QRandomGenerator::global()->bounded(1000u);
    const quint64 value = ((micros & ((quint64(1) << 53) - 1)) << 10) | QRandomGenerator::global()->bounded(1024u);
    QString out(13, u'2');
    for (int i = 12; i >= 0; --i)
        out[i] = QLatin1Char(alphabet[(value >> (5 * (12 - i))) & 31]);
    return out;
}

/** A facet over the first occurrence of @p part in @p text, at UTF-8 byte offsets. */
QJsonObject facet(const QString &text, const QString &part, const QJsonObject &feature)
{
    const QByteArray bytes = text.toUtf8();
    const qsizetype start = bytes.indexOf(part.toUtf8());
    Q_ASSERT(start >= 0);
    return QJsonObject{
        {u"index"_s, QJsonObject{{u"byteStart"_s, start}, {u"byteEnd"_s, start + part.toUtf8().size()}}},
        {u"features"_s, QJsonArray{feature}},
    };
}

QJsonObject mention(const QString &did)
{
    return {{u"$type"_s, u"app.bsky.richtext.facet#mention"_s}, {u"did"_s, did}};
}

QJsonObject link(const QString &uri)
{
    return {{u"$type"_s, u"app.bsky.richtext.facet#link"_s}, {u"uri"_s, uri}};
}

QJsonObject postRecord(const QString &text)
{
    return {
        {u"$type"_s, u"app.bsky.feed.post"_s},
        {u"text"_s, text},
        {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"langs"_s, QJsonArray{u"en"_s}},
    };
}

QJsonObject strongRef(const QJsonObject &created)
{
    return {{u"uri"_s, created.value(u"uri"_s)}, {u"cid"_s, created.value(u"cid"_s)}};
}

/** A 2×2 PNG: a red row above a blue one. */
QByteArray smallPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEUlEQVR4nGP4z8AARAxg8j8AG/ID/fPnS7EAAAAASUVORK5CYII=");
}

/**
 * Saves an answer's body as it came when STARLING_BLUESKY_FIXTURES_OUT names a folder, with the
 * signature of every JWT in it replaced: the claims stay readable, the tokens can never be used.
 */
void saveFixture(const QString &name, const QByteArray &body)
{
    const QString folder = qEnvironmentVariable("STARLING_BLUESKY_FIXTURES_OUT");
    if (folder.isEmpty())
        return;
    static const QRegularExpression jwt(u"(eyJ[A-Za-z0-9_-]*\\.eyJ[A-Za-z0-9_-]*\\.)[A-Za-z0-9_-]+"_s);
    QString text = QString::fromUtf8(body);
    text.replace(jwt, u"\\1redacted-signature"_s);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(name));
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(text.toUtf8());
}

} // namespace

class TestBlueskyPds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createSessionWithAppPassword();
    void refreshSessionRotates();
    void postWithFacetsAndChosenRecordKey();
    void postWithImage();
    void replyFromAnotherAccount();
    void notificationsShowMentionAndReply();
    void postThreadShowsReply();

    // Starling's own Bluesky code against the real server: the server is the referee of the client.
    void clientSignsInWithAppPassword();
    void handleResolvesToItsPds();
    void handleResolvesThroughDns();
    void signInFindsThePdsFromTheHandle();
    void clientPublishesPostWithFacets();
    void clientPublishesPostWithImage();
    void clientRepeatedPublishIsOneRecord();
    void clientFetchesReplyAndMention();
    void clientRepliesToReply();
    void clientSessionRefreshStoresRotatedTokens();
    void clientRefreshWaitsForAnotherProcess();
    void clientRemovingTheAccountEndsTheSession();

    // atproto OAuth against the PDS's own authorization server, the person's part played by a
    // scripted browser that uses the server's sign-in page API as its page script does.
    void oauthSignInInTheBrowser();
    void oauthTokensWorkOnlyWithTheirKey();
    void oauthSessionRefreshesWithProof();
    void oauthSignInRefusedByThePersonFails();
    void oauthRemovingTheAccountRevokesTheTokens();

private:
    /** Signs @p account in with its app password; the session's JSON. */
    QJsonObject signIn(const BlueskyPds::Account &account);
    QString accessToken(const QString &name);

    std::unique_ptr<BlueskyPds> m_pds;
    std::unique_ptr<Xrpc> m_xrpc;
    QHash<QString, QString> m_tokens; // account name → access token
    QJsonObject m_post; // alice's post with facets: {uri, cid}
    QJsonObject m_reply; // bob's reply to it
    QJsonObject m_carolMention; // carol's post that mentions alice
    QString m_postText;

    // The client side: carol, signed in through BlueskyAccountSignIn.
    template<typename T, typename Call>
    Result<T> await(Call call)
    {
        return starling::test::await<T>(std::move(call), requestTimeoutMs);
    }
    /** Removes @p account as the app does (revoking its sign-in first); none if it did not finish in time. */
    std::optional<Result<void>> removeAccount(const starling::Account &account, FakeCredentialStore &store);
    /** Starts @p signIn and waits for its outcome; none if it did not finish in time. */
    std::optional<Result<starling::Account>> run(starling::AccountSignIn &signIn);
    /** Identity resolution against this network: its PLC directory, and the PDS for handles. */
    starling::BlueskyIdentityResolver::Config identityConfig() const;
    /** The record behind @p uri as the PDS stores it (com.atproto.repo.getRecord): {uri, cid, value}. */
    Answer record(const QString &uri);
    void makeClient();

    std::unique_ptr<FakeCredentialStore> m_store;
    std::unique_ptr<BlueskySession> m_session;
    std::unique_ptr<BlueskyClient> m_client;
    starling::Account m_account;
    QString m_clientPost; // carol's post published through the client
    QJsonObject m_bobReply; // bob's reply to it: {uri, cid}
    QJsonObject m_bobMention; // bob's post that mentions carol

    // The OAuth side: alice, signed in through BlueskyOAuthSignIn.
    enum class Consent
    {
        Allow,
        Deny,
    };
    /** Plays the person in the browser on the authorization page at @p url; empty or why not. */
    QString browse(const QUrl &url, const BlueskyPds::Account &account, Consent consent);
    std::unique_ptr<FakeCredentialStore> m_oauthStore;
    starling::Account m_oauthAccount;
};

void TestBlueskyPds::initTestCase()
{
    // The OAuth sign-in keeps its server's endpoints in the settings: the test's own, not a person's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StarlingTests"_s);
    QCoreApplication::setApplicationName(u"TestBlueskyPds"_s);
    if (const auto why = BlueskyPds::unavailableReason())
        QSKIP(qPrintable(*why));
    m_pds = std::make_unique<BlueskyPds>();
    QVERIFY2(m_pds->start(), qPrintable(m_pds->errorString()));
    qInfo("The Bluesky network (PLC, PDS, AppView, PostgreSQL) started in %.1f s; PDS %s, AppView %s",
          double(m_pds->startupTime().count()) / 1000, qPrintable(m_pds->pdsUrl().toString()),
          qPrintable(m_pds->appViewUrl().toString()));
    QCOMPARE(m_pds->pdsUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_pds->accounts().size(), 3);
    QVERIFY(!m_pds->account(u"alice"_s).privilegedAppPassword.isEmpty());
    m_xrpc = std::make_unique<Xrpc>(m_pds->pdsUrl());
}

void TestBlueskyPds::cleanupTestCase()
{
    m_client.reset();
    m_session.reset();
    m_store.reset();
    m_xrpc.reset();
    if (!m_pds)
        return;
    QElapsedTimer clock;
    clock.start();
    m_pds->stop();
    qInfo("The Bluesky network stopped in %.1f s", double(clock.elapsed()) / 1000);
    QVERIFY(!m_pds->isRunning());
}

QJsonObject TestBlueskyPds::signIn(const BlueskyPds::Account &account)
{
    const Answer answer = m_xrpc->post(u"com.atproto.server.createSession"_s,
                                       {{u"identifier"_s, account.handle}, {u"password"_s, account.appPassword}});
    if (answer.status != 200)
        qWarning("createSession for %s: %s", qPrintable(account.handle), qPrintable(answer.describe()));
    return answer.status == 200 ? answer.json : QJsonObject{};
}

QString TestBlueskyPds::accessToken(const QString &name)
{
    if (!m_tokens.contains(name))
        m_tokens.insert(name, signIn(m_pds->account(name)).value(u"accessJwt"_s).toString());
    return m_tokens.value(name);
}

void TestBlueskyPds::createSessionWithAppPassword()
{
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const Answer answer = m_xrpc->post(u"com.atproto.server.createSession"_s,
                                       {{u"identifier"_s, alice.handle}, {u"password"_s, alice.appPassword}});
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    const QJsonObject session = answer.json;
    QCOMPARE(session.value(u"did"_s).toString(), alice.did);
    QCOMPARE(session.value(u"handle"_s).toString(), alice.handle);
    QCOMPARE(session.value(u"active"_s).toBool(), true);

    // Both tokens are JWTs about alice; an app password's access token has the appPass scope.
    const QString accessJwt = session.value(u"accessJwt"_s).toString();
    const QString refreshJwt = session.value(u"refreshJwt"_s).toString();
    const QJsonObject access = jwtClaims(accessJwt);
    const QJsonObject refresh = jwtClaims(refreshJwt);
    QCOMPARE(access.value(u"sub"_s).toString(), alice.did);
    QCOMPARE(access.value(u"scope"_s).toString(), u"com.atproto.appPass"_s);
    QCOMPARE(refresh.value(u"sub"_s).toString(), alice.did);
    QCOMPARE(refresh.value(u"scope"_s).toString(), u"com.atproto.refresh"_s);
    QVERIFY(!refresh.value(u"jti"_s).toString().isEmpty());
    // Lifetimes (API-NOTES B-1): access 2 hours, refresh 90 days.
    QCOMPARE(access.value(u"exp"_s).toInteger() - access.value(u"iat"_s).toInteger(), 2 * 3600);
    QCOMPARE(refresh.value(u"exp"_s).toInteger() - refresh.value(u"iat"_s).toInteger(), 90 * 24 * 3600);

    // The DID document names the PDS to use from now on (API-NOTES B-1).
    bool pdsNamed = false;
    for (const QJsonValue &service : session.value(u"didDoc"_s).toObject().value(u"service"_s).toArray()) {
        const QJsonObject s = service.toObject();
        if (s.value(u"id"_s).toString() == u"#atproto_pds"_s)
            pdsNamed = QUrl(s.value(u"serviceEndpoint"_s).toString()).port() == m_pds->pdsUrl().port();
    }
    QVERIFY2(pdsNamed, answer.body.constData());

    // The access token works.
    const Answer me = m_xrpc->get(u"com.atproto.server.getSession"_s, {}, accessJwt);
    QVERIFY2(me.status == 200, qPrintable(me.describe()));
    QCOMPARE(me.json.value(u"did"_s).toString(), alice.did);

    // The privileged app password (needed for DMs) and the account password give other scopes.
    const Answer privileged =
        m_xrpc->post(u"com.atproto.server.createSession"_s,
                     {{u"identifier"_s, alice.did}, {u"password"_s, alice.privilegedAppPassword}});
    QVERIFY2(privileged.status == 200, qPrintable(privileged.describe()));
    QCOMPARE(jwtClaims(privileged.json.value(u"accessJwt"_s).toString()).value(u"scope"_s).toString(),
             u"com.atproto.appPassPrivileged"_s);
    const Answer full = m_xrpc->post(u"com.atproto.server.createSession"_s,
                                     {{u"identifier"_s, alice.email}, {u"password"_s, alice.password}});
    QVERIFY2(full.status == 200, qPrintable(full.describe()));
    QCOMPARE(jwtClaims(full.json.value(u"accessJwt"_s).toString()).value(u"scope"_s).toString(),
             u"com.atproto.access"_s);

    // A wrong password: 401 AuthenticationRequired.
    const Answer wrong = m_xrpc->post(u"com.atproto.server.createSession"_s,
                                      {{u"identifier"_s, alice.handle}, {u"password"_s, u"aaaa-bbbb-cccc-dddd"_s}});
    QVERIFY2(wrong.status == 401, qPrintable(wrong.describe()));
    QCOMPARE(wrong.error(), u"AuthenticationRequired"_s);

    m_tokens.insert(alice.name, accessJwt);
    saveFixture(u"createSession.json"_s, answer.body);
}

void TestBlueskyPds::refreshSessionRotates()
{
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    const QJsonObject first = signIn(bob);
    QVERIFY(!first.isEmpty());
    const QString access1 = first.value(u"accessJwt"_s).toString();
    const QString refresh1 = first.value(u"refreshJwt"_s).toString();

    // The access token is not a refresh token, and the other way round: 400 InvalidToken.
    const Answer accessAsRefresh = m_xrpc->postEmpty(u"com.atproto.server.refreshSession"_s, access1);
    QVERIFY2(accessAsRefresh.status == 400, qPrintable(accessAsRefresh.describe()));
    QCOMPARE(accessAsRefresh.error(), u"InvalidToken"_s);
    const Answer refreshAsAccess = m_xrpc->get(u"com.atproto.server.getSession"_s, {}, refresh1);
    QVERIFY2(refreshAsAccess.status == 400, qPrintable(refreshAsAccess.describe()));
    QCOMPARE(refreshAsAccess.error(), u"InvalidToken"_s);

    // Refreshing rotates both tokens; the new access token works.
    const Answer second = m_xrpc->postEmpty(u"com.atproto.server.refreshSession"_s, refresh1);
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    const QString access2 = second.json.value(u"accessJwt"_s).toString();
    const QString refresh2 = second.json.value(u"refreshJwt"_s).toString();
    // The refresh token always changes (a new jti). The access token has no jti: issued in the same
    // second as the old one it can be the very same string, so a client must not expect it to differ.
    QVERIFY(!access2.isEmpty());
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    QCOMPARE(second.json.value(u"did"_s).toString(), bob.did);
    QCOMPARE(second.json.value(u"handle"_s).toString(), bob.handle);
    QVERIFY(second.json.value(u"didDoc"_s).isObject());
    QVERIFY(jwtClaims(refresh2).value(u"jti"_s) != jwtClaims(refresh1).value(u"jti"_s));
    QCOMPARE(jwtClaims(access2).value(u"scope"_s).toString(), u"com.atproto.appPass"_s);
    const Answer me = m_xrpc->get(u"com.atproto.server.getSession"_s, {}, access2);
    QVERIFY2(me.status == 200, qPrintable(me.describe()));

    // The real PDS keeps a used refresh token for a grace period (2 hours): using it again is not
    // refused, but it answers with the same next token id, so a client that lost an answer can
    // recover and a replay gains nothing new. A sandbox must not refuse this either.
    const Answer replay = m_xrpc->postEmpty(u"com.atproto.server.refreshSession"_s, refresh1);
    QVERIFY2(replay.status == 200, qPrintable(replay.describe()));
    QCOMPARE(jwtClaims(replay.json.value(u"refreshJwt"_s).toString()).value(u"jti"_s),
             jwtClaims(refresh2).value(u"jti"_s));

    // Rotating again from the new token moves on; the first token now leads to a revoked one.
    const Answer third = m_xrpc->postEmpty(u"com.atproto.server.refreshSession"_s, refresh2);
    QVERIFY2(third.status == 200, qPrintable(third.describe()));
    const QString refresh3 = third.json.value(u"refreshJwt"_s).toString();
    QVERIFY(jwtClaims(refresh3).value(u"jti"_s) != jwtClaims(refresh2).value(u"jti"_s));

    // Logging out (deleteSession with the refresh token) revokes it: refreshing with it is
    // refused with 400 ExpiredToken, and so is the replaced token that pointed to it.
    const Answer logout = m_xrpc->postEmpty(u"com.atproto.server.deleteSession"_s, refresh3);
    QVERIFY2(logout.status == 200, qPrintable(logout.describe()));
    const Answer afterLogout = m_xrpc->postEmpty(u"com.atproto.server.refreshSession"_s, refresh3);
    QVERIFY2(afterLogout.status == 400, qPrintable(afterLogout.describe()));
    QCOMPARE(afterLogout.error(), u"ExpiredToken"_s);
}

void TestBlueskyPds::postWithFacetsAndChosenRecordKey()
{
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    const QString token = accessToken(alice.name);
    QVERIFY(!token.isEmpty());

    // Non-ASCII text before both facets, so UTF-8 byte offsets differ from UTF-16 indices.
    const QString url = u"https://example.com/grüße?x=1"_s;
    m_postText = u"Grüße 🦋 @%1, see %2 — thanks"_s.arg(bob.handle, url);
    QJsonObject record = postRecord(m_postText);
    const QJsonObject mentionFacet = facet(m_postText, u"@"_s + bob.handle, mention(bob.did));
    const QJsonObject linkFacet = facet(m_postText, url, link(url));
    // "Grüße 🦋 " is 13 bytes in UTF-8 and 8 units in UTF-16.
    QCOMPARE(mentionFacet.value(u"index"_s).toObject().value(u"byteStart"_s).toInt(), 13);
    record.insert(u"facets"_s, QJsonArray{mentionFacet, linkFacet});

    const QString rkey = tid();
    const QJsonObject create{
        {u"repo"_s, alice.did},
        {u"collection"_s, u"app.bsky.feed.post"_s},
        {u"rkey"_s, rkey},
        {u"record"_s, record},
    };
    const Answer created = m_xrpc->post(u"com.atproto.repo.createRecord"_s, create, token);
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    QCOMPARE(created.json.value(u"uri"_s).toString(), u"at://%1/app.bsky.feed.post/%2"_s.arg(alice.did, rkey));
    QVERIFY(created.json.value(u"cid"_s).toString().startsWith(u"bafyrei"_s));
    QCOMPARE(created.json.value(u"validationStatus"_s).toString(), u"valid"_s);
    m_post = strongRef(created.json);

    // The same record key again: refused, nothing written twice. The real PDS answers this with
    // 500 InternalServerError (not a named XRPC error): a client must not retry a create whose
    // record key it chose and that failed this way, but read the record back (getRecord) instead.
    const Answer again = m_xrpc->post(u"com.atproto.repo.createRecord"_s, create, token);
    QVERIFY2(again.status == 500, qPrintable(again.describe()));
    QCOMPARE(again.error(), u"InternalServerError"_s);

    // A record key that is not a TID is refused for posts (their lexicon says key "tid").
    QJsonObject badKey = create;
    badKey.insert(u"rkey"_s, u"not-a-tid"_s);
    const Answer bad = m_xrpc->post(u"com.atproto.repo.createRecord"_s, badKey, token);
    QVERIFY2(bad.status == 400, qPrintable(bad.describe()));
    QCOMPARE(bad.error(), u"InvalidRequest"_s);

    // Writing to another account's repo: refused.
    QJsonObject foreign = create;
    foreign.insert(u"repo"_s, bob.did);
    foreign.insert(u"rkey"_s, tid());
    const Answer notMine = m_xrpc->post(u"com.atproto.repo.createRecord"_s, foreign, token);
    QVERIFY2(notMine.status == 400 || notMine.status == 401 || notMine.status == 403, qPrintable(notMine.describe()));

    // Read back as stored: the text and the byte offsets unchanged, the same CID.
    const Answer stored =
        m_xrpc->get(u"com.atproto.repo.getRecord"_s,
                    QUrlQuery{{u"repo"_s, alice.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"rkey"_s, rkey}});
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    QCOMPARE(stored.json.value(u"cid"_s), m_post.value(u"cid"_s));
    const QJsonObject value = stored.json.value(u"value"_s).toObject();
    QCOMPARE(value.value(u"text"_s).toString(), m_postText);
    QCOMPARE(value.value(u"facets"_s).toArray(), (QJsonArray{mentionFacet, linkFacet}));
}

void TestBlueskyPds::postWithImage()
{
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const QString token = accessToken(alice.name);
    QVERIFY(!token.isEmpty());

    const QByteArray png = smallPng();
    const Answer uploaded = m_xrpc->postBytes(u"com.atproto.repo.uploadBlob"_s, png, u"image/png"_s, token);
    QVERIFY2(uploaded.status == 200, qPrintable(uploaded.describe()));
    const QJsonObject blob = uploaded.json.value(u"blob"_s).toObject();
    QCOMPARE(blob.value(u"$type"_s).toString(), u"blob"_s);
    QCOMPARE(blob.value(u"mimeType"_s).toString(), u"image/png"_s);
    QCOMPARE(blob.value(u"size"_s).toInteger(), png.size());
    const QString blobCid = blob.value(u"ref"_s).toObject().value(u"$link"_s).toString();
    QVERIFY2(blobCid.startsWith(u"bafkrei"_s), qPrintable(blobCid));

    // Without a token: refused.
    const Answer anonymous = m_xrpc->postBytes(u"com.atproto.repo.uploadBlob"_s, png, u"image/png"_s, {});
    QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));

    QJsonObject record = postRecord(u"A picture"_s);
    record.insert(u"embed"_s, QJsonObject{
                                  {u"$type"_s, u"app.bsky.embed.images"_s},
                                  {u"images"_s, QJsonArray{QJsonObject{
                                                    {u"image"_s, blob},
                                                    {u"alt"_s, u"Red and blue squares"_s},
                                                    {u"aspectRatio"_s, QJsonObject{{u"width"_s, 2}, {u"height"_s, 2}}},
                                                }}},
                              });
    const Answer created = m_xrpc->post(
        u"com.atproto.repo.createRecord"_s,
        {{u"repo"_s, alice.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, record}}, token);
    QVERIFY2(created.status == 200, qPrintable(created.describe()));

    // The blob is now in the repo, served back byte for byte.
    const Answer fetched =
        m_xrpc->get(u"com.atproto.sync.getBlob"_s, QUrlQuery{{u"did"_s, alice.did}, {u"cid"_s, blobCid}});
    QVERIFY2(fetched.status == 200, qPrintable(fetched.describe()));
    QCOMPARE(fetched.body, png);

    // An embed with five images breaks the lexicon (at most four): refused.
    QJsonArray five;
    for (int i = 0; i < 5; ++i)
        five.append(QJsonObject{{u"image"_s, blob}, {u"alt"_s, QString()}});
    QJsonObject tooMany = postRecord(u"Too many"_s);
    tooMany.insert(u"embed"_s, QJsonObject{{u"$type"_s, u"app.bsky.embed.images"_s}, {u"images"_s, five}});
    const Answer refused = m_xrpc->post(
        u"com.atproto.repo.createRecord"_s,
        {{u"repo"_s, alice.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, tooMany}}, token);
    QVERIFY2(refused.status == 400, qPrintable(refused.describe()));
    QCOMPARE(refused.error(), u"InvalidRequest"_s);
}

void TestBlueskyPds::replyFromAnotherAccount()
{
    QVERIFY2(!m_post.isEmpty(), "needs the post from postWithFacetsAndChosenRecordKey");
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const BlueskyPds::Account carol = m_pds->account(u"carol"_s);

    // The AppView indexes repos in parallel. A reply indexed before the post it answers never
    // notifies the post's author (the AppView skips the author when it catches up), so let it
    // see alice's post first, as it would have long before anyone answers it.
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));

    // Bob answers alice's post: root and parent are both the post, as it is not a reply itself.
    QJsonObject reply = postRecord(u"Thanks, Alice!"_s);
    reply.insert(u"reply"_s, QJsonObject{{u"root"_s, m_post}, {u"parent"_s, m_post}});
    const Answer created =
        m_xrpc->post(u"com.atproto.repo.createRecord"_s,
                     {{u"repo"_s, bob.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, reply}},
                     accessToken(bob.name));
    QVERIFY2(created.status == 200, qPrintable(created.describe()));
    QVERIFY(created.json.value(u"uri"_s).toString().startsWith(u"at://%1/app.bsky.feed.post/"_s.arg(bob.did)));
    m_reply = strongRef(created.json);

    // Carol mentions alice in a post of her own.
    const QString text = u"Hi @%1 👋"_s.arg(alice.handle);
    QJsonObject record = postRecord(text);
    record.insert(u"facets"_s, QJsonArray{facet(text, u"@"_s + alice.handle, mention(alice.did))});
    const Answer mentioned =
        m_xrpc->post(u"com.atproto.repo.createRecord"_s,
                     {{u"repo"_s, carol.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, record}},
                     accessToken(carol.name));
    QVERIFY2(mentioned.status == 200, qPrintable(mentioned.describe()));
    m_carolMention = strongRef(mentioned.json);
}

void TestBlueskyPds::notificationsShowMentionAndReply()
{
    QVERIFY2(!m_reply.isEmpty() && !m_carolMention.isEmpty(), "needs the posts of the earlier functions");
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    const BlueskyPds::Account carol = m_pds->account(u"carol"_s);

    // Through the PDS, as a client asks: the PDS forwards app.bsky.* to the AppView.
    Answer answer;
    QJsonObject replyNote, mentionNote;
    QElapsedTimer waited;
    waited.start();
    while (replyNote.isEmpty() || mentionNote.isEmpty()) {
        if (waited.elapsed() > 30000)
            break;
        if (waited.elapsed() > 0)
            QTest::qWait(250);
        answer = m_xrpc->get(u"app.bsky.notification.listNotifications"_s, QUrlQuery{{u"limit"_s, u"50"_s}},
                             accessToken(alice.name));
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        for (const QJsonValue &value : answer.json.value(u"notifications"_s).toArray()) {
            const QJsonObject n = value.toObject();
            if (n.value(u"reason"_s).toString() == u"reply"_s)
                replyNote = n;
            else if (n.value(u"reason"_s).toString() == u"mention"_s)
                mentionNote = n;
        }
    }

    const QJsonArray notifications = answer.json.value(u"notifications"_s).toArray();
    QVERIFY2(!replyNote.isEmpty(), answer.body.constData());
    QCOMPARE(replyNote.value(u"uri"_s), m_reply.value(u"uri"_s));
    QCOMPARE(replyNote.value(u"cid"_s), m_reply.value(u"cid"_s));
    QCOMPARE(replyNote.value(u"reasonSubject"_s), m_post.value(u"uri"_s));
    QCOMPARE(replyNote.value(u"author"_s).toObject().value(u"did"_s).toString(), bob.did);
    QCOMPARE(replyNote.value(u"author"_s).toObject().value(u"handle"_s).toString(), bob.handle);
    QCOMPARE(replyNote.value(u"author"_s).toObject().value(u"displayName"_s).toString(), u"Bob Example"_s);
    QCOMPARE(replyNote.value(u"record"_s).toObject().value(u"text"_s).toString(), u"Thanks, Alice!"_s);
    QVERIFY(replyNote.value(u"isRead"_s).isBool());
    QVERIFY(QDateTime::fromString(replyNote.value(u"indexedAt"_s).toString(), Qt::ISODateWithMs).isValid());

    QVERIFY2(!mentionNote.isEmpty(), answer.body.constData());
    QCOMPARE(mentionNote.value(u"uri"_s), m_carolMention.value(u"uri"_s));
    QCOMPARE(mentionNote.value(u"author"_s).toObject().value(u"did"_s).toString(), carol.did);
    QVERIFY(!mentionNote.contains(u"reasonSubject"_s));
    saveFixture(u"listNotifications.json"_s, answer.body);

    // Only mentions, when asked for by reason.
    const Answer mentions = m_xrpc->get(u"app.bsky.notification.listNotifications"_s,
                                        QUrlQuery{{u"reasons"_s, u"mention"_s}}, accessToken(alice.name));
    QVERIFY2(mentions.status == 200, qPrintable(mentions.describe()));
    const QJsonArray onlyMentions = mentions.json.value(u"notifications"_s).toArray();
    QCOMPARE(onlyMentions.size(), 1);
    QCOMPARE(onlyMentions.first().toObject().value(u"uri"_s), m_carolMention.value(u"uri"_s));

    // Bob was mentioned in alice's post.
    const Answer bobs = m_xrpc->get(u"app.bsky.notification.listNotifications"_s,
                                    QUrlQuery{{u"reasons"_s, u"mention"_s}}, accessToken(bob.name));
    QVERIFY2(bobs.status == 200, qPrintable(bobs.describe()));
    const QJsonArray bobMentions = bobs.json.value(u"notifications"_s).toArray();
    QCOMPARE(bobMentions.size(), 1);
    QCOMPARE(bobMentions.first().toObject().value(u"uri"_s), m_post.value(u"uri"_s));
    QCOMPARE(bobMentions.first().toObject().value(u"record"_s).toObject().value(u"text"_s).toString(), m_postText);

    // The unread count, then marking them seen.
    const Answer unread = m_xrpc->get(u"app.bsky.notification.getUnreadCount"_s, {}, accessToken(alice.name));
    QVERIFY2(unread.status == 200, qPrintable(unread.describe()));
    QCOMPARE(unread.json.value(u"count"_s).toInt(), int(notifications.size()));
}

void TestBlueskyPds::postThreadShowsReply()
{
    QVERIFY2(!m_reply.isEmpty(), "needs the reply from replyFromAnotherAccount");
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);

    const Answer answer = m_xrpc->get(u"app.bsky.feed.getPostThread"_s,
                                      QUrlQuery{{u"uri"_s, m_post.value(u"uri"_s).toString()}}, accessToken(bob.name));
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    const QJsonObject thread = answer.json.value(u"thread"_s).toObject();
    QCOMPARE(thread.value(u"$type"_s).toString(), u"app.bsky.feed.defs#threadViewPost"_s);
    const QJsonObject post = thread.value(u"post"_s).toObject();
    QCOMPARE(post.value(u"uri"_s), m_post.value(u"uri"_s));
    QCOMPARE(post.value(u"cid"_s), m_post.value(u"cid"_s));
    QCOMPARE(post.value(u"author"_s).toObject().value(u"did"_s).toString(), alice.did);
    QCOMPARE(post.value(u"author"_s).toObject().value(u"handle"_s).toString(), alice.handle);
    QCOMPARE(post.value(u"record"_s).toObject().value(u"text"_s).toString(), m_postText);
    QCOMPARE(post.value(u"record"_s).toObject().value(u"facets"_s).toArray().size(), 2);
    QCOMPARE(post.value(u"replyCount"_s).toInt(), 1);

    const QJsonArray replies = thread.value(u"replies"_s).toArray();
    QCOMPARE(replies.size(), 1);
    const QJsonObject reply = replies.first().toObject();
    QCOMPARE(reply.value(u"$type"_s).toString(), u"app.bsky.feed.defs#threadViewPost"_s);
    QCOMPARE(reply.value(u"post"_s).toObject().value(u"uri"_s), m_reply.value(u"uri"_s));
    QCOMPARE(reply.value(u"post"_s).toObject().value(u"author"_s).toObject().value(u"did"_s).toString(), bob.did);
    saveFixture(u"getPostThread.json"_s, answer.body);

    // Asked from the reply, the thread shows its parent.
    const Answer fromReply =
        m_xrpc->get(u"app.bsky.feed.getPostThread"_s, QUrlQuery{{u"uri"_s, m_reply.value(u"uri"_s).toString()}},
                    accessToken(alice.name));
    QVERIFY2(fromReply.status == 200, qPrintable(fromReply.describe()));
    const QJsonObject parent = fromReply.json.value(u"thread"_s).toObject().value(u"parent"_s).toObject();
    QCOMPARE(parent.value(u"post"_s).toObject().value(u"uri"_s), m_post.value(u"uri"_s));

    // A post that does not exist: 400 NotFound.
    const Answer missing = m_xrpc->get(u"app.bsky.feed.getPostThread"_s,
                                       QUrlQuery{{u"uri"_s, u"at://%1/app.bsky.feed.post/%2"_s.arg(alice.did, tid())}},
                                       accessToken(bob.name));
    QVERIFY2(missing.status == 400, qPrintable(missing.describe()));
    QCOMPARE(missing.error(), u"NotFound"_s);
}

// Starling's Bluesky client against the real server -------------------------------------------------

Answer TestBlueskyPds::record(const QString &uri)
{
    // at://<did>/<collection>/<rkey>
    const QStringList parts = uri.mid(5).split(u'/');
    if (!uri.startsWith(u"at://"_s) || parts.size() != 3)
        return {};
    return m_xrpc->get(u"com.atproto.repo.getRecord"_s,
                       QUrlQuery{{u"repo"_s, parts.at(0)}, {u"collection"_s, parts.at(1)}, {u"rkey"_s, parts.at(2)}});
}

void TestBlueskyPds::makeClient()
{
    m_client.reset();
    m_session = std::make_unique<BlueskySession>(m_account.id, m_account.serverUrl, m_store.get());
    BlueskyClient::Config config;
    config.service = m_account.serverUrl;
    config.accountId = m_account.id;
    config.ownDid = m_account.remoteUserId;
    m_client = std::make_unique<BlueskyClient>(config, m_session.get());
    auto prepared = await<void>([&](QObject *context, auto done) { m_client->prepare(context, done); });
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().message()));
    QVERIFY(!m_session->accessToken().isEmpty());
}

void TestBlueskyPds::clientSignsInWithAppPassword()
{
    const BlueskyPds::Account carol = m_pds->account(u"carol"_s);
    m_store = std::make_unique<FakeCredentialStore>();

    // A wrong app password: refused, nothing stored.
    {
        BlueskyAccountSignIn wrong(carol.handle, u"aaaa-bbbb-cccc-dddd"_s, m_pds->pdsUrl(), m_store.get());
        const std::optional<Result<starling::Account>> outcome = run(wrong);
        QVERIFY(outcome && !outcome->ok());
        QCOMPARE(outcome->error().code(), Error::Code::AuthRevoked);
        QCOMPARE(m_store->size(), 0);
    }

    BlueskyAccountSignIn signIn(u"@"_s + carol.handle, carol.appPassword, m_pds->pdsUrl(), m_store.get());
    const std::optional<Result<starling::Account>> outcome = run(signIn);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message()));
    const starling::Account account = outcome->value();
    QCOMPARE(account.network, starling::Network::Bluesky);
    QCOMPARE(account.handle, carol.handle);
    QCOMPARE(account.remoteUserId, carol.did);
    QCOMPARE(account.displayName, u"Carol Example"_s); // read from the AppView
    // The PDS, as the account's DID document names it: this harness's PDS calls itself
    // http://localhost:<port> (its public URL) while the test reaches it at 127.0.0.1.
    QString named;
    for (const QJsonValue &service :
         TestBlueskyPds::signIn(carol).value(u"didDoc"_s).toObject().value(u"service"_s).toArray()) {
        if (service.toObject().value(u"id"_s).toString() == u"#atproto_pds"_s)
            named = service.toObject().value(u"serviceEndpoint"_s).toString();
    }
    QVERIFY(!named.isEmpty());
    QCOMPARE(account.serverUrl.adjusted(QUrl::StripTrailingSlash), QUrl(named).adjusted(QUrl::StripTrailingSlash));
    QCOMPARE(account.serverUrl.port(), m_pds->pdsUrl().port());
    QCOMPARE(account.serverUrl.scheme(), m_pds->pdsUrl().scheme());
    QVERIFY(!account.id.isNull());
    QCOMPARE(m_store->size(), 0); // nothing stored before keep()

    auto kept = await<void>([&](QObject *context, auto done) { signIn.keep(account, context, done); });
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message()));
    // The tokens are in the keychain, the refresh token first; the app password is not.
    const auto writes = m_store->writes();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0).first, CredentialStore::Kind::RefreshToken);
    QCOMPARE(writes.at(1).first, CredentialStore::Kind::AccessToken);
    QVERIFY(!m_store->contains(account.id, CredentialStore::Kind::AppPassword));
    for (const auto &write : writes)
        QVERIFY(!write.second.contains(carol.appPassword.toUtf8()));
    // They are the PDS's tokens for carol: an access token and a refresh token.
    const QJsonObject access =
        jwtClaims(QString::fromLatin1(m_store->secret(account.id, CredentialStore::Kind::AccessToken)));
    const QJsonObject refresh =
        jwtClaims(QString::fromLatin1(m_store->secret(account.id, CredentialStore::Kind::RefreshToken)));
    QCOMPARE(access.value(u"sub"_s).toString(), carol.did);
    QCOMPARE(refresh.value(u"sub"_s).toString(), carol.did);
    QCOMPARE(refresh.value(u"scope"_s).toString(), u"com.atproto.refresh"_s);
    QVERIFY(access.value(u"scope"_s).toString() != u"com.atproto.refresh"_s);

    m_account = account;
    makeClient();
    auto me = await<starling::Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, carol.did);
    QCOMPARE(me->handle, carol.handle);
    auto bob = await<starling::Identity>(
        [&](QObject *context, auto done) { m_client->lookUpPerson(u"@bob.test"_s, context, done); });
    QVERIFY2(bob.ok(), bob.ok() ? "" : qPrintable(bob.error().message()));
    QCOMPARE(bob->remoteId, m_pds->account(u"bob"_s).did);
    QCOMPARE(bob->displayName, u"Bob Example"_s);
}

std::optional<Result<void>> TestBlueskyPds::removeAccount(const starling::Account &account, FakeCredentialStore &store)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    starling::AccountManager manager(&settings, &store, nullptr);
    if (!manager.add(account).ok())
        return std::nullopt;
    manager.setRevocationLookup(&starling::NetworkProviderFactory::revocation); // as the app sets it
    std::optional<Result<void>> removed;
    QObject waiting; // disconnects when this returns, in time or not
    manager.remove(account.id, starling::AccountManager::Removal::KeepMessages, &waiting,
                   [&removed](Result<void> r) { removed = r; });
    if (!QTest::qWaitFor([&removed] { return removed.has_value(); }, requestTimeoutMs))
        qWarning("the removal did not finish in %d ms", requestTimeoutMs);
    return removed;
}

std::optional<Result<starling::Account>> TestBlueskyPds::run(starling::AccountSignIn &signIn)
{
    std::optional<Result<starling::Account>> outcome;
    QObject waiting; // disconnects when this returns, in time or not
    connect(&signIn, &starling::AccountSignIn::finished, &waiting,
            [&outcome](const Result<starling::Account> &r) { outcome = r; });
    signIn.start();
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, requestTimeoutMs))
        qWarning("the sign-in did not finish in %d ms", requestTimeoutMs);
    return outcome;
}

starling::BlueskyIdentityResolver::Config TestBlueskyPds::identityConfig() const
{
    starling::BlueskyIdentityResolver::Config config;
    config.plcDirectory = m_pds->plcUrl();
    // The PDS answers /.well-known/atproto-did for the handles it hosts, by the Host header the
    // resolver sets to the handle; the handles themselves (*.test) are in no DNS.
    const QUrl pds = m_pds->pdsUrl();
    config.wellKnownUrl = [pds](const QString &) { return pds.resolved(QUrl(u"/.well-known/atproto-did"_s)); };
    config.useDns = false;
    return config;
}

void TestBlueskyPds::handleResolvesToItsPds()
{
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    starling::BlueskyIdentityResolver resolver(identityConfig());
    auto found = await<starling::BlueskyIdentityResolver::Identity>(
        [&](QObject *context, auto done) { resolver.resolve(u"@"_s + bob.handle.toUpper(), context, done); });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QCOMPARE(found->did, bob.did);
    QCOMPARE(found->handle, bob.handle);
    // The PDS its DID document in the PLC directory names, as createSession's didDoc does.
    QString named;
    for (const QJsonValue &service : signIn(bob).value(u"didDoc"_s).toObject().value(u"service"_s).toArray()) {
        if (service.toObject().value(u"id"_s).toString() == u"#atproto_pds"_s)
            named = service.toObject().value(u"serviceEndpoint"_s).toString();
    }
    QCOMPARE(found->pds, QUrl(named));

    // A handle no one has: the PDS says so.
    auto nobody = await<starling::BlueskyIdentityResolver::Identity>(
        [&](QObject *context, auto done) { resolver.resolve(u"nobody.test"_s, context, done); });
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code(), Error::Code::NotFound);

    // A domain that claims bob's DID for a handle of its own: bob's document does not name it back.
    starling::sandbox::LoopbackServer impostor;
    QVERIFY(impostor.listen());
    impostor.route("GET"_ba, u"/.well-known/atproto-did"_s, [&bob](const starling::sandbox::Request &) {
        return starling::sandbox::Response::text(bob.did.toUtf8());
    });
    starling::BlueskyIdentityResolver::Config config = identityConfig();
    const QUrl impostorUrl = impostor.baseUrl();
    config.wellKnownUrl = [impostorUrl](const QString &) {
        return impostorUrl.resolved(QUrl(u"/.well-known/atproto-did"_s));
    };
    starling::BlueskyIdentityResolver fooled(config);
    auto claimed = await<starling::BlueskyIdentityResolver::Identity>(
        [&](QObject *context, auto done) { fooled.resolve(u"impostor.example"_s, context, done); });
    QVERIFY(!claimed.ok());
    QCOMPARE(claimed.error().code(), Error::Code::BadResponse);
    QVERIFY2(claimed.error().message().contains(u"impostor.example"_s), qPrintable(claimed.error().message()));
}

void TestBlueskyPds::signInFindsThePdsFromTheHandle()
{
    // No server named: the sign-in finds bob's PDS from his handle and signs in there.
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    starling::FakeCredentialStore store;
    BlueskyAccountSignIn signIn(bob.handle, bob.appPassword, QUrl(), &store);
    signIn.setIdentityConfig(identityConfig());
    QStringList steps;
    connect(&signIn, &starling::AccountSignIn::progress, this, [&steps](const QString &text) { steps << text; });
    const std::optional<Result<starling::Account>> outcome = run(signIn);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message()));
    QCOMPARE(outcome->value().remoteUserId, bob.did);
    QCOMPARE(outcome->value().serverUrl.port(), m_pds->pdsUrl().port());
    QVERIFY2(!steps.isEmpty() && steps.constFirst().contains(bob.handle), qPrintable(steps.join(u" | "_s)));
}

void TestBlueskyPds::clientPublishesPostWithFacets()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    starling::OutgoingPost post;
    post.clientKey = u"pds-post-1"_s;
    post.text = u"Été 🌞 with @%1 at https://shop.example.com/summer #sale"_s.arg(bob.handle);
    auto published =
        await<starling::SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message()));
    QCOMPARE(published->remoteId, m_client->postUriFor(post.clientKey));
    QCOMPARE(published->conversationRemoteId, published->remoteId);
    m_clientPost = published->remoteId;

    const Answer stored = record(published->remoteId);
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    const QJsonObject value = stored.json.value(u"value"_s).toObject();
    QCOMPARE(value.value(u"$type"_s).toString(), u"app.bsky.feed.post"_s);
    QCOMPARE(value.value(u"text"_s).toString(), post.text);
    QVERIFY(QDateTime::fromString(value.value(u"createdAt"_s).toString(), Qt::ISODateWithMs).isValid());
    // The facets at UTF-8 byte offsets: "Été 🌞 with " is 16 bytes (12 UTF-16 units).
    const QJsonArray facets = value.value(u"facets"_s).toArray();
    QCOMPARE(facets.size(), 3);
    const QByteArray utf8 = post.text.toUtf8();
    const QStringList covered{u"@"_s + bob.handle, u"https://shop.example.com/summer"_s, u"#sale"_s};
    const QStringList types{u"app.bsky.richtext.facet#mention"_s, u"app.bsky.richtext.facet#link"_s,
                            u"app.bsky.richtext.facet#tag"_s};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject index = facets.at(i).toObject().value(u"index"_s).toObject();
        const int start = index.value(u"byteStart"_s).toInt();
        const int end = index.value(u"byteEnd"_s).toInt();
        QCOMPARE(QString::fromUtf8(utf8.mid(start, end - start)), covered.at(i));
        const QJsonArray features = facets.at(i).toObject().value(u"features"_s).toArray();
        QCOMPARE(features.size(), 1);
        QCOMPARE(features.at(0).toObject().value(u"$type"_s).toString(), types.at(i));
    }
    QCOMPARE(facets.at(0).toObject().value(u"index"_s).toObject().value(u"byteStart"_s).toInt(), 16);
    QCOMPARE(facets.at(0).toObject().value(u"features"_s).toArray().at(0).toObject().value(u"did"_s).toString(),
             bob.did);
    QCOMPARE(facets.at(1).toObject().value(u"features"_s).toArray().at(0).toObject().value(u"uri"_s).toString(),
             u"https://shop.example.com/summer"_s);
    QCOMPARE(facets.at(2).toObject().value(u"features"_s).toArray().at(0).toObject().value(u"tag"_s).toString(),
             u"sale"_s);
}

void TestBlueskyPds::clientPublishesPostWithImage()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"squares.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(smallPng());
    }
    starling::MediaUpload upload;
    upload.filePath = path;
    upload.altText = u"Red and blue squares"_s;
    auto media = await<starling::UploadedMedia>(
        [&](QObject *context, auto done) { m_client->uploadMedia(upload, context, done); });
    QVERIFY2(media.ok(), media.ok() ? "" : qPrintable(media.error().message()));
    QVERIFY2(media->mediaId.startsWith(u"bafkrei"_s), qPrintable(media->mediaId));

    starling::OutgoingPost post;
    post.clientKey = u"pds-post-image"_s;
    post.text = u"A picture"_s;
    post.mediaIds = {media->mediaId};
    auto published =
        await<starling::SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message()));

    const Answer stored = record(published->remoteId);
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    const QJsonObject embed = stored.json.value(u"value"_s).toObject().value(u"embed"_s).toObject();
    QCOMPARE(embed.value(u"$type"_s).toString(), u"app.bsky.embed.images"_s);
    const QJsonArray images = embed.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).toObject().value(u"alt"_s).toString(), upload.altText);
    const QJsonObject blob = images.at(0).toObject().value(u"image"_s).toObject();
    QCOMPARE(blob.value(u"ref"_s).toObject().value(u"$link"_s).toString(), media->mediaId);
    QCOMPARE(blob.value(u"mimeType"_s).toString(), u"image/png"_s);
    QCOMPARE(blob.value(u"size"_s).toInteger(), smallPng().size());
    // The blob is in carol's repo now, byte for byte.
    const Answer fetched = m_xrpc->get(u"com.atproto.sync.getBlob"_s,
                                       QUrlQuery{{u"did"_s, m_account.remoteUserId}, {u"cid"_s, media->mediaId}});
    QVERIFY2(fetched.status == 200, qPrintable(fetched.describe()));
    QCOMPARE(fetched.body, smallPng());
}

void TestBlueskyPds::clientRepeatedPublishIsOneRecord()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    starling::OutgoingPost post;
    post.clientKey = u"pds-outbox-42"_s;
    post.text = u"Only once, %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    auto first =
        await<starling::SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));
    // The same outbox item again (its answer lost, say): answered as sent, not a second post.
    auto second =
        await<starling::SentItem>([&](QObject *context, auto done) { m_client->publish(post, context, done); });
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message()));
    QCOMPARE(second->remoteId, first->remoteId);

    const Answer listed =
        m_xrpc->get(u"com.atproto.repo.listRecords"_s, QUrlQuery{{u"repo"_s, m_account.remoteUserId},
                                                                 {u"collection"_s, u"app.bsky.feed.post"_s},
                                                                 {u"limit"_s, u"100"_s}});
    QVERIFY2(listed.status == 200, qPrintable(listed.describe()));
    int withText = 0;
    for (const QJsonValue &r : listed.json.value(u"records"_s).toArray())
        withText += r.toObject().value(u"value"_s).toObject().value(u"text"_s).toString() == post.text ? 1 : 0;
    QCOMPARE(withText, 1);

    auto found = await<std::optional<starling::SentItem>>([&](QObject *context, auto done) {
        m_client->findPublishedPost(post, QDateTime::currentDateTimeUtc().addSecs(-60), {}, context, done);
    });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QVERIFY(found->has_value());
    QCOMPARE(found->value().remoteId, first->remoteId);
    starling::OutgoingPost other = post;
    other.clientKey = u"pds-outbox-43"_s;
    found = await<std::optional<starling::SentItem>>([&](QObject *context, auto done) {
        m_client->findPublishedPost(other, QDateTime::currentDateTimeUtc().addSecs(-60), {}, context, done);
    });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QVERIFY(!found->has_value());
}

void TestBlueskyPds::clientFetchesReplyAndMention()
{
    QVERIFY2(m_client && !m_clientPost.isEmpty(), "needs the post of clientPublishesPostWithFacets");
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    const BlueskyPds::Account carol = m_pds->account(u"carol"_s);
    // Let the AppView see carol's post before bob answers it (see replyFromAnotherAccount).
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));

    const Answer parent = record(m_clientPost);
    QVERIFY2(parent.status == 200, qPrintable(parent.describe()));
    const QJsonObject carolPost = strongRef(parent.json);
    QJsonObject reply = postRecord(u"Lovely, Carol!"_s);
    reply.insert(u"reply"_s, QJsonObject{{u"root"_s, carolPost}, {u"parent"_s, carolPost}});
    const Answer replied =
        m_xrpc->post(u"com.atproto.repo.createRecord"_s,
                     {{u"repo"_s, bob.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, reply}},
                     accessToken(bob.name));
    QVERIFY2(replied.status == 200, qPrintable(replied.describe()));
    m_bobReply = strongRef(replied.json);

    const QString text = u"Ask @%1 ✨"_s.arg(carol.handle);
    QJsonObject mentioning = postRecord(text);
    mentioning.insert(u"facets"_s, QJsonArray{facet(text, u"@"_s + carol.handle, mention(carol.did))});
    const Answer mentioned =
        m_xrpc->post(u"com.atproto.repo.createRecord"_s,
                     {{u"repo"_s, bob.did}, {u"collection"_s, u"app.bsky.feed.post"_s}, {u"record"_s, mentioning}},
                     accessToken(bob.name));
    QVERIFY2(mentioned.status == 200, qPrintable(mentioned.describe()));
    m_bobMention = strongRef(mentioned.json);
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));

    // updateSeen answers 200 with an empty body: understood, no failure logged.
    QTest::failOnWarning(QRegularExpression(u"updateSeen failed"_s));
    auto page = starling::test::fetchPage(*m_client, u"mention"_s, {}, requestTimeoutMs);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    std::optional<starling::Message> replyMessage, mentionMessage;
    for (const starling::Message &m : std::as_const(page->messages)) {
        if (m.remoteId == m_bobReply.value(u"uri"_s).toString())
            replyMessage = m;
        else if (m.remoteId == m_bobMention.value(u"uri"_s).toString())
            mentionMessage = m;
    }
    QVERIFY2(replyMessage.has_value(), "the reply is not among the mentions");
    QCOMPARE(replyMessage->text, u"Lovely, Carol!"_s);
    QCOMPARE(replyMessage->authorRemoteId, bob.did);
    QCOMPARE(replyMessage->kind, starling::Message::Kind::Reply);
    QCOMPARE(replyMessage->direction, starling::Message::Direction::Inbound);
    QCOMPARE(replyMessage->replyToRemoteId, m_clientPost);
    QCOMPARE(replyMessage->conversationRemoteId, m_clientPost);
    QCOMPARE(replyMessage->accountId, m_account.id);
    QVERIFY2(mentionMessage.has_value(), "the mention is not among the mentions");
    QCOMPARE(mentionMessage->text, text);
    QCOMPARE(mentionMessage->authorRemoteId, bob.did);
    QCOMPARE(mentionMessage->kind, starling::Message::Kind::Mention);
    bool bobKnown = false;
    for (const starling::Identity &person : std::as_const(page->people))
        bobKnown = bobKnown || (person.remoteId == bob.did && person.handle == bob.handle);
    QVERIFY(bobKnown);

    // Marked seen on the server: nothing unread for carol any more.
    const Answer unread =
        m_xrpc->get(u"app.bsky.notification.getUnreadCount"_s, {}, QString::fromLatin1(m_session->accessToken()));
    QVERIFY2(unread.status == 200, qPrintable(unread.describe()));
    QCOMPARE(unread.json.value(u"count"_s).toInt(), 0);
}

void TestBlueskyPds::clientRepliesToReply()
{
    QVERIFY2(m_client && !m_bobReply.isEmpty(), "needs bob's reply of clientFetchesReplyAndMention");
    starling::OutgoingPost reply;
    reply.clientKey = u"pds-reply-1"_s;
    reply.text = u"Thanks @bob.test!"_s;
    reply.inReplyToRemoteId = m_bobReply.value(u"uri"_s).toString();
    auto answered =
        await<starling::SentItem>([&](QObject *context, auto done) { m_client->publish(reply, context, done); });
    QVERIFY2(answered.ok(), answered.ok() ? "" : qPrintable(answered.error().message()));
    QCOMPARE(answered->conversationRemoteId, m_clientPost);

    const Answer stored = record(answered->remoteId);
    QVERIFY2(stored.status == 200, qPrintable(stored.describe()));
    const QJsonObject refs = stored.json.value(u"value"_s).toObject().value(u"reply"_s).toObject();
    const Answer root = record(m_clientPost);
    QVERIFY2(root.status == 200, qPrintable(root.describe()));
    QCOMPARE(refs.value(u"root"_s).toObject(), strongRef(root.json));
    QCOMPARE(refs.value(u"parent"_s).toObject(), m_bobReply);

    // The AppView puts it under bob's reply, in carol's thread.
    QVERIFY2(m_pds->waitForAppView(), qPrintable(m_pds->errorString()));
    starling::PageRequest thread;
    thread.conversationRemoteId = answered->remoteId;
    auto page = await<starling::FetchedPage>(
        [&](QObject *context, auto done) { m_client->fetchConversation(thread, context, done); });
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    bool found = false;
    for (const starling::Message &m : std::as_const(page->messages)) {
        QCOMPARE(m.conversationRemoteId, m_clientPost);
        if (m.remoteId == answered->remoteId) {
            found = true;
            QCOMPARE(m.replyToRemoteId, m_bobReply.value(u"uri"_s).toString());
            QCOMPARE(m.direction, starling::Message::Direction::Outbound);
        }
    }
    QVERIFY(found);
}

void TestBlueskyPds::clientSessionRefreshStoresRotatedTokens()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    const QByteArray oldRefresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(!oldRefresh.isEmpty());
    m_store->clearLog();

    auto refreshed = await<void>([&](QObject *context, auto done) { m_session->refresh(context, done); });
    QVERIFY2(refreshed.ok(), refreshed.ok() ? "" : qPrintable(refreshed.error().message()));
    QCOMPARE(m_session->refreshesSent(), 1);
    const QByteArray newRefresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh); // rotated
    QCOMPARE(jwtClaims(QString::fromLatin1(newRefresh)).value(u"sub"_s).toString(), m_account.remoteUserId);
    QCOMPARE(m_store->secret(m_account.id, CredentialStore::Kind::AccessToken), m_session->accessToken());
    const auto writes = m_store->writes();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0).first, CredentialStore::Kind::RefreshToken);
    QCOMPARE(writes.at(1).first, CredentialStore::Kind::AccessToken);

    // A later call works with the new access token.
    auto me = await<starling::Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_account.remoteUserId);

    // An access token the PDS refuses (as an expired one is): the client refreshes once and retries.
    m_store->preset(m_account.id, CredentialStore::Kind::AccessToken, "not-a-token"_ba);
    makeClient();
    QCOMPARE(m_session->accessToken(), "not-a-token"_ba);
    m_store->clearLog();
    starling::PageRequest none;
    auto page = starling::test::fetchPage(*m_client, u"mention"_s, none, requestTimeoutMs);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
    QCOMPARE(m_session->refreshesSent(), 1);
    QVERIFY(m_session->accessToken() != "not-a-token"_ba);
    const QByteArray rotated = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(rotated != newRefresh);
    QCOMPARE(m_store->secret(m_account.id, CredentialStore::Kind::AccessToken), m_session->accessToken());
    QCOMPARE(m_store->writes().size(), 2);
    QCOMPARE(m_store->writes().at(0).first, CredentialStore::Kind::RefreshToken);
}

void TestBlueskyPds::clientRefreshWaitsForAnotherProcess()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    QTemporaryDir profile;
    m_store->setRefreshLockFolder(profile.path());
    makeClient();

    // starling-cli renews the same sign-in right now: it holds the account's refresh lock.
    QLockFile cli(m_store->refreshLockPath(m_account.id));
    QVERIFY(cli.tryLock(0));
    std::optional<Result<void>> refreshed;
    m_session->refresh(this, [&](Result<void> r) { refreshed = r; });
    QTest::qWait(3 * int(starling::RefreshLock::retryInterval.count()));
    QCOMPARE(m_session->refreshesSent(), 0);
    QVERIFY(!refreshed.has_value());

    // The CLI's refresh, at the PDS, rotates both tokens; it stores them, then lets go.
    QNetworkAccessManager network;
    const starling::test::RawReply renewed = starling::test::rawRequest(
        network, starling::blueskymapper::xrpcUrl(m_account.serverUrl, u"com.atproto.server.refreshSession"_s), "POST",
        {}, {}, m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken), requestTimeoutMs);
    QVERIFY2(renewed.status == 200, renewed.body.constData());
    const QByteArray cliRefresh = renewed.json().value("refreshJwt"_L1).toString().toUtf8();
    m_store->preset(m_account.id, CredentialStore::Kind::RefreshToken, cliRefresh);
    m_store->preset(m_account.id, CredentialStore::Kind::AccessToken,
                    renewed.json().value("accessJwt"_L1).toString().toUtf8());
    cli.unlock();

    // The app's refresh starts from the CLI's refresh token, the newest, and the PDS takes it.
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), requestTimeoutMs);
    QVERIFY2(refreshed->ok(), refreshed->ok() ? "" : qPrintable(refreshed->error().message()));
    QCOMPARE(m_session->refreshesSent(), 1);
    const QByteArray appRefresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(appRefresh != cliRefresh);
    QCOMPARE(jwtClaims(QString::fromLatin1(appRefresh)).value(u"sub"_s).toString(), m_account.remoteUserId);
    auto me = await<starling::Identity>([&](QObject *context, auto done) { m_client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    m_store->setRefreshLockFolder({});
}

void TestBlueskyPds::clientRemovingTheAccountEndsTheSession()
{
    QVERIFY2(m_client, "needs the sign-in of clientSignsInWithAppPassword");
    m_client.reset();
    const QByteArray access = m_store->secret(m_account.id, CredentialStore::Kind::AccessToken);
    const QByteArray refresh = m_store->secret(m_account.id, CredentialStore::Kind::RefreshToken);
    QNetworkAccessManager network;
    const QUrl getSession = starling::blueskymapper::xrpcUrl(m_account.serverUrl, u"com.atproto.server.getSession"_s);
    QCOMPARE(starling::test::rawRequest(network, getSession, "GET", {}, {}, access, requestTimeoutMs).status, 200);

    const std::optional<Result<void>> removed = removeAccount(m_account, *m_store);
    QVERIFY(removed);
    QVERIFY2(removed->ok(), removed->ok() ? "" : qPrintable(removed->error().message()));
    QVERIFY(!m_store->contains(m_account.id, CredentialStore::Kind::AccessToken));
    QVERIFY(!m_store->contains(m_account.id, CredentialStore::Kind::RefreshToken));

    // The PDS ended the session: its refresh token no longer renews it. (An access token is a
    // signed JWT the PDS does not look up, so it works until it expires, minutes later.)
    const starling::test::RawReply renewed = starling::test::rawRequest(
        network, starling::blueskymapper::xrpcUrl(m_account.serverUrl, u"com.atproto.server.refreshSession"_s), "POST",
        {}, {}, refresh, requestTimeoutMs);
    QVERIFY2(renewed.status == 400 || renewed.status == 401, renewed.body.constData());
    QVERIFY2(renewed.body.contains("ExpiredToken") || renewed.body.contains("InvalidToken"), renewed.body.constData());
    m_session.reset();
}

namespace {

/** The cookies a browser keeps for one site: name → value. The server's are "Secure", so a cookie jar would not send
 * them over http. */
struct Cookies
{
    QMap<QByteArray, QByteArray> values;

    void take(const QNetworkReply &reply)
    {
        for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(reply.rawHeader("Set-Cookie")))
            values.insert(cookie.name(), cookie.value());
    }
    QByteArray header() const
    {
        QByteArrayList parts;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            parts << it.key() + '=' + it.value();
        return parts.join("; ");
    }
};

QNetworkReply *waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(requestTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return reply;
}

} // namespace

QString TestBlueskyPds::browse(const QUrl &url, const BlueskyPds::Account &account, Consent consent)
{
    QNetworkAccessManager browser;
    browser.setProxy(QNetworkProxy::NoProxy);
    browser.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // The cookies are kept by hand (Cookies): Qt's jar would put its own Cookie header in place of ours.
    Cookies cookies;
    const QByteArray origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toEncoded();

    // The authorization page: sets the device and CSRF cookies.
    QNetworkRequest pageRequest(url);
    pageRequest.setRawHeader("Sec-Fetch-Mode", "navigate");
    pageRequest.setRawHeader("Sec-Fetch-Site", "cross-site");
    pageRequest.setRawHeader("Sec-Fetch-Dest", "document");
    std::unique_ptr<QNetworkReply> page(waitFor(browser.get(pageRequest)));
    const int pageStatus = page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pageStatus != 200)
        return u"the authorization page answered %1: %2"_s.arg(pageStatus)
            .arg(QString::fromUtf8(page->readAll().left(500)));
    if (!page->readAll().contains(account.handle.toUtf8()))
        return u"the authorization page does not name %1 (the login_hint)"_s.arg(account.handle);
    cookies.take(*page);
    const QByteArray csrf = cookies.values.value("csrf-token");
    if (csrf.isEmpty())
        return u"no CSRF cookie: %1"_s.arg(QString::fromUtf8(cookies.header()));

    // What the page's script sends: same-origin JSON calls with the CSRF header.
    const auto api = [&](const QString &endpoint, const QJsonObject &body) {
        QNetworkRequest request(url.resolved(QUrl(u"/@atproto/oauth-provider/~api"_s + endpoint)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Origin", origin);
        request.setRawHeader("Referer", url.toEncoded());
        request.setRawHeader("Sec-Fetch-Mode", "same-origin");
        request.setRawHeader("Sec-Fetch-Site", "same-origin");
        request.setRawHeader("x-csrf-token", cookies.values.value("csrf-token"));
        request.setRawHeader("Cookie", cookies.header());
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        std::unique_ptr<QNetworkReply> reply(
            waitFor(browser.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))));
        cookies.take(*reply);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        return answer;
    };
    QString redirect;
    if (consent == Consent::Allow) {
        const Answer signedIn = api(u"/sign-in"_s, {{u"locale"_s, u"en"_s},
                                                    {u"username"_s, account.handle},
                                                    {u"password"_s, account.password},
                                                    {u"remember"_s, true}});
        if (signedIn.status != 200)
            return u"sign-in: "_s + signedIn.describe();
        const Answer consented = api(u"/consent"_s, {{u"did"_s, account.did}});
        if (consented.status != 200)
            return u"consent: "_s + consented.describe();
        redirect = consented.json.value(u"url"_s).toString();
    } else {
        const Answer rejected = api(u"/reject"_s, {});
        if (rejected.status != 200)
            return u"reject: "_s + rejected.describe();
        redirect = rejected.json.value(u"url"_s).toString();
    }

    // The page navigates to the redirect, which sends the browser back to Starling's listener.
    QNetworkRequest back{QUrl(redirect)};
    back.setRawHeader("Referer", url.toEncoded());
    back.setRawHeader("Origin", origin);
    back.setRawHeader("Sec-Fetch-Mode", "navigate");
    back.setRawHeader("Sec-Fetch-Site", "same-origin");
    back.setRawHeader("Sec-Fetch-Dest", "document");
    back.setRawHeader("Cookie", cookies.header());
    back.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    std::unique_ptr<QNetworkReply> redirected(waitFor(browser.get(back)));
    const QUrl callback = redirected->url().resolved(QUrl::fromEncoded(redirected->rawHeader("Location")));
    if (callback.host() != u"127.0.0.1"_s)
        return u"the redirect (HTTP %1) did not lead back to the loopback listener: %2 %3"_s
            .arg(redirected->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
            .arg(callback.toString(), QString::fromUtf8(redirected->readAll().left(500)));
    std::unique_ptr<QNetworkReply> done(waitFor(browser.get(QNetworkRequest(callback))));
    const int status = done->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool expected = consent == Consent::Allow ? status == 200 : status == 400;
    if (!expected)
        return u"Starling's page answered %1: %2"_s.arg(status).arg(QString::fromUtf8(done->readAll().left(500)));
    return {};
}

void TestBlueskyPds::oauthSignInInTheBrowser()
{
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    auto store = std::make_unique<FakeCredentialStore>();
    starling::BlueskyOAuthSignIn signIn(u"@"_s + alice.handle, store.get());
    signIn.setIdentityConfig(identityConfig());
    QString browsed = u"the browser was never asked to open a page"_s;
    QUrl opened;
    connect(&signIn, &starling::AccountSignIn::authorizationUrlReady, this, [&](const QUrl &url) {
        opened = url;
        // After this slot: the flow goes on while the browser waits for its answers.
        QTimer::singleShot(0, this, [&, url] { browsed = browse(url, alice, Consent::Allow); });
    });
    const std::optional<Result<starling::Account>> outcome = run(signIn);
    QVERIFY2(outcome, qPrintable(browsed));
    QVERIFY2(outcome->ok(), outcome->ok() ? "" : qPrintable(outcome->error().message() + u" / "_s + browsed));
    QTRY_VERIFY2_WITH_TIMEOUT(browsed.isEmpty(), qPrintable(browsed), requestTimeoutMs);

    // The browser opened the authorization endpoint with the pushed request only (PAR).
    const QUrlQuery query(opened);
    QCOMPARE(opened.path(), u"/oauth/authorize"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded), starling::blueskyoauth::loopbackClientId());
    QVERIFY(
        query.queryItemValue(u"request_uri"_s, QUrl::FullyDecoded).startsWith(u"urn:ietf:params:oauth:request_uri:"_s));
    QVERIFY(!query.hasQueryItem(u"code_challenge"_s));
    QVERIFY(!query.hasQueryItem(u"state"_s));

    const starling::Account account = outcome->value();
    QCOMPARE(account.network, starling::Network::Bluesky);
    QCOMPARE(account.remoteUserId, alice.did);
    QCOMPARE(account.handle, alice.handle);
    QCOMPARE(account.clientId, starling::blueskyoauth::loopbackClientId());
    QCOMPARE(account.serverUrl.port(), m_pds->pdsUrl().port());

    // keep(): the key, then the tokens, in the keychain; the endpoints in the settings.
    m_oauthAccount = account;
    m_oauthAccount.id = QUuid::createUuid(); // the caller's id, not the one the sign-in chose
    QSettings settings;
    starling::blueskyoauth::forget(settings, m_oauthAccount.id);
    auto kept = await<void>([&](QObject *context, auto done) { signIn.keep(m_oauthAccount, context, done); });
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message()));
    m_oauthStore = std::move(store);
    QVERIFY(m_oauthStore->contains(m_oauthAccount.id, CredentialStore::Kind::DpopKey));
    QVERIFY(!m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::AccessToken).isEmpty());
    QVERIFY(!m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::RefreshToken).isEmpty());
    QVERIFY(starling::DpopKey::fromPkcs8(m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::DpopKey)).ok());
    const auto server = starling::blueskyoauth::load(settings, m_oauthAccount.id);
    QVERIFY(server);
    QCOMPARE(server->issuer, u"http://localhost:%1"_s.arg(m_pds->pdsUrl().port()));
    QCOMPARE(server->tokenEndpoint.path(), u"/oauth/token"_s);
}

void TestBlueskyPds::oauthTokensWorkOnlyWithTheirKey()
{
    QVERIFY2(m_oauthStore, "needs the sign-in of oauthSignInInTheBrowser");
    const QByteArray access = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::AccessToken);

    // The referee: the PDS refuses the token without a proof, as a Bearer token, and with a
    // proof by another key.
    // The PDS checks a proof's htu against its own name for itself, which the DID document gives
    // (localhost here), so everything goes there.
    QCOMPARE(m_oauthAccount.serverUrl.host(), u"localhost"_s);
    Xrpc pds(m_oauthAccount.serverUrl);
    const Answer bare = pds.get(u"com.atproto.server.getSession"_s, {}, QString::fromLatin1(access));
    QVERIFY2(bare.status == 400 || bare.status == 401, qPrintable(bare.describe()));
    starling::HttpClient stranger;
    stranger.setDpop(std::make_shared<starling::Dpop>(starling::DpopKey::generate().value()));
    stranger.setAuthorizer(
        [access](QNetworkRequest &request) { request.setRawHeader("Authorization", "DPoP " + access); });
    const QUrl getSession =
        starling::blueskymapper::xrpcUrl(m_oauthAccount.serverUrl, u"com.atproto.server.getSession"_s);
    auto refused = await<starling::HttpResponse>(
        [&](QObject *context, auto done) { stranger.send(starling::HttpRequest::get(getSession), context, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus(), 401);
    QVERIFY2(refused.error().serverDetail().contains(u"key"_s, Qt::CaseInsensitive),
             qPrintable(refused.error().message()));

    // Starling's session and client, made as the app makes them, read the account with the stored key.
    QSettings settings;
    starling::NetworkProviderFactory factory(m_oauthStore.get());
    std::unique_ptr<starling::ProviderClient> client(factory.create(m_oauthAccount, nullptr));
    QVERIFY(client);
    auto prepared = await<void>([&](QObject *context, auto done) { client->prepare(context, done); });
    QVERIFY2(prepared.ok(), prepared.ok() ? "" : qPrintable(prepared.error().message()));
    auto me = await<starling::Identity>([&](QObject *context, auto done) { client->whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_pds->account(u"alice"_s).did);
}

void TestBlueskyPds::oauthSessionRefreshesWithProof()
{
    QVERIFY2(m_oauthStore, "needs the sign-in of oauthSignInInTheBrowser");
    QSettings settings;
    const auto server = starling::blueskyoauth::load(settings, m_oauthAccount.id);
    QVERIFY(server);
    const QByteArray oldRefresh = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::RefreshToken);
    const QByteArray oldAccess = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::AccessToken);

    starling::BlueskyOAuthSession session(m_oauthAccount.id, *server, m_oauthStore.get());
    session.tokens().setRecentRefreshWindow(0ms);
    auto loaded = await<void>([&](QObject *context, auto done) { session.load(context, done); });
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(session.accessToken(), oldAccess);
    auto refreshed = await<void>([&](QObject *context, auto done) { session.refresh(context, done); });
    QVERIFY2(refreshed.ok(), refreshed.ok() ? "" : qPrintable(refreshed.error().message()));

    // Rotated and stored; the new access token works with the key, through the client.
    const QByteArray newRefresh = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::RefreshToken);
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QCOMPARE(m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::AccessToken), session.accessToken());
    QVERIFY(session.accessToken() != oldAccess);
    BlueskyClient::Config config;
    config.service = m_oauthAccount.serverUrl;
    config.accountId = m_oauthAccount.id;
    config.ownDid = m_oauthAccount.remoteUserId;
    config.dpop = session.dpop();
    BlueskyClient client(config, &session);
    auto me = await<starling::Identity>([&](QObject *context, auto done) { client.whoAmI(context, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));

    // The used refresh token is spent: the server refuses it (single use, B-1).
    starling::OAuthConfig oauth = starling::blueskyoauth::config(*server);
    starling::HttpClient http;
    http.setDpop(session.dpop());
    auto reused = await<starling::HttpResponse>([&](QObject *context, auto done) {
        http.send(starling::OAuthTokenEndpoint::refresh(oauth, oldRefresh), context, done);
    });
    QVERIFY(!reused.ok());
    QCOMPARE(reused.error().httpStatus(), 400);
}

void TestBlueskyPds::oauthSignInRefusedByThePersonFails()
{
    const BlueskyPds::Account bob = m_pds->account(u"bob"_s);
    FakeCredentialStore store;
    starling::BlueskyOAuthSignIn signIn(bob.handle, &store);
    signIn.setIdentityConfig(identityConfig());
    QString browsed = u"the browser was never asked to open a page"_s;
    connect(&signIn, &starling::AccountSignIn::authorizationUrlReady, this, [&](const QUrl &url) {
        QTimer::singleShot(0, this, [&, url] { browsed = browse(url, bob, Consent::Deny); });
    });
    const std::optional<Result<starling::Account>> outcome = run(signIn);
    QVERIFY2(outcome, qPrintable(browsed));
    QVERIFY(!outcome->ok());
    QCOMPARE(outcome->error().code(), Error::Code::Forbidden);
    QTRY_VERIFY2_WITH_TIMEOUT(browsed.isEmpty(), qPrintable(browsed), requestTimeoutMs);
    QCOMPARE(store.size(), 0);
}

void TestBlueskyPds::oauthRemovingTheAccountRevokesTheTokens()
{
    QVERIFY2(m_oauthStore, "needs the sign-in of oauthSignInInTheBrowser");
    QSettings appSettings;
    const auto server = starling::blueskyoauth::load(appSettings, m_oauthAccount.id);
    QVERIFY(server);
    const QByteArray refresh = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::RefreshToken);
    const QByteArray keyBytes = m_oauthStore->secret(m_oauthAccount.id, CredentialStore::Kind::DpopKey);
    QVERIFY(!refresh.isEmpty() && !keyBytes.isEmpty());

    const std::optional<Result<void>> removed = removeAccount(m_oauthAccount, *m_oauthStore);
    QVERIFY(removed);
    QVERIFY2(removed->ok(), removed->ok() ? "" : qPrintable(removed->error().message()));
    QCOMPARE(m_oauthStore->size(), 0); // tokens and key

    // The referee: the authorization server no longer renews the sign-in, even with its own key.
    starling::HttpClient http;
    http.setDpop(std::make_shared<starling::Dpop>(starling::DpopKey::fromPkcs8(keyBytes).value()));
    auto renewed = await<starling::HttpResponse>([&](QObject *context, auto done) {
        http.send(starling::OAuthTokenEndpoint::refresh(starling::blueskyoauth::config(*server), refresh), context,
                  done);
    });
    QVERIFY(!renewed.ok());
    QCOMPARE(renewed.error().httpStatus(), 400);
    QVERIFY2(renewed.error().serverDetail().contains(u"revoked"_s, Qt::CaseInsensitive)
                 || renewed.error().serverDetail().contains(u"invalid"_s, Qt::CaseInsensitive)
                 || renewed.error().serverDetail().contains(u"not found"_s, Qt::CaseInsensitive),
             qPrintable(renewed.error().serverDetail()));
}

namespace {

/**
 * A name server for one TXT record, on a loopback address (port 53, which needs root: CI runs as
 * root). It answers the name it knows with its TXT value and everything else with NXDOMAIN, in the
 * wire format of RFC 1035 §4, and notes every question it was asked.
 */
class TxtNameServer
{
public:
    TxtNameServer(QByteArray name, QByteArray value)
        : m_name(std::move(name).toLower())
        , m_value(std::move(value))
    {
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { answer(); });
    }
    bool listen(const QHostAddress &address) { return m_socket.bind(address, 53); }
    QString errorString() const { return m_socket.errorString(); }
    /** The questions asked: "name type". */
    QStringList questions;

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress peer;
            quint16 port = 0;
            QByteArray query(int(m_socket.pendingDatagramSize()), Qt::Uninitialized);
            query.resize(m_socket.readDatagram(query.data(), query.size(), &peer, &port));
            if (query.size() < 12)
                continue;
            // The question: labels up to the empty one, then type and class.
            QByteArrayList labels;
            qsizetype at = 12;
            while (at < query.size() && quint8(query.at(at)) != 0) {
                const int length = quint8(query.at(at));
                labels << query.mid(at + 1, length);
                at += 1 + length;
            }
            at += 1;
            if (at + 4 > query.size())
                continue;
            const QByteArray name = labels.join('.').toLower();
            const int type = (quint8(query.at(at)) << 8) | quint8(query.at(at + 1));
            questions << QString::fromLatin1(name) + u' ' + QString::number(type);
            const QByteArray question = query.mid(12, at + 4 - 12);
            const bool known = name == m_name && type == 16;

            QByteArray reply = query.left(2); // the id
            reply += known ? QByteArray("\x81\x80", 2) : QByteArray("\x81\x83", 2); // NOERROR or NXDOMAIN
            reply += QByteArray("\x00\x01", 2); // one question
            reply += known ? QByteArray("\x00\x01", 2) : QByteArray("\x00\x00", 2);
            reply += QByteArray(4, '\0'); // no authority, no additional records
            reply += question;
            if (known) {
                reply += QByteArray("\xc0\x0c\x00\x10\x00\x01\x00\x00\x00\x3c", 10); // the name, TXT, IN, TTL 60
                const QByteArray text = char(m_value.size()) + m_value;
                reply += char(text.size() >> 8);
                reply += char(text.size() & 0xff);
                reply += text;
            }
            m_socket.writeDatagram(reply, peer, port);
        }
    }

    QByteArray m_name;
    QByteArray m_value;
    QUdpSocket m_socket;
};

} // namespace

void TestBlueskyPds::handleResolvesThroughDns()
{
    // The other way a handle names its DID (atproto identity spec): a TXT record at
    // _atproto.<handle> holding "did=<did>". The well-known URL answers nothing here, so only the
    // name server can tell the resolver alice's DID.
    const BlueskyPds::Account alice = m_pds->account(u"alice"_s);
    const QHostAddress address(u"127.0.0.97"_s);
    TxtNameServer dns("_atproto." + alice.handle.toUtf8(), "did=" + alice.did.toUtf8());
    if (!dns.listen(address))
        QSKIP(qPrintable(u"a name server needs port 53 on %1, which only root may bind (CI runs as root): %2"_s.arg(
            address.toString(), dns.errorString())));
    starling::BlueskyIdentityResolver::Config config = identityConfig();
    config.useDns = true;
    config.dnsServer = address;
    const QUrl pds = m_pds->pdsUrl();
    config.wellKnownUrl = [pds](const QString &) { return pds.resolved(QUrl(u"/.well-known/no-such-thing"_s)); };
    starling::BlueskyIdentityResolver resolver(config);
    auto found = await<starling::BlueskyIdentityResolver::Identity>(
        [&](QObject *context, auto done) { resolver.resolve(alice.handle, context, done); });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message()));
    QCOMPARE(found->did, alice.did);
    QCOMPARE(found->handle, alice.handle);
    QCOMPARE(found->pds.port(), m_pds->pdsUrl().port());
    QVERIFY2(dns.questions.contains(u"_atproto."_s + alice.handle + u" 16"_s), qPrintable(dns.questions.join(u", "_s)));

    // A handle with no TXT record and no well-known answer does not resolve.
    auto missing = await<starling::BlueskyIdentityResolver::Identity>(
        [&](QObject *context, auto done) { resolver.resolve(u"nobody.test"_s, context, done); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    QVERIFY(dns.questions.contains(u"_atproto.nobody.test 16"_s));
}

QTEST_GUILESS_MAIN(TestBlueskyPds)
#include "TestBlueskyPds.moc"
