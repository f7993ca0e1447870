// SPDX-License-Identifier: GPL-3.0-or-later
// The official X spec as a referee (RECIPES.md): XClient talks to the sandbox X server through
// Stoplight Prism in proxy mode with --errors, loaded with the official OpenAPI document. Prism
// answers with an error of its own, and names the violation, whenever a request the client sends
// or an answer the server gives breaks the spec. The scenario uses every endpoint the client
// uses; any violation fails the test with Prism's description.
//
// Which spec: x-api-v2-openapi-2.166.json. The client sends the documented tweet.* names
// (tweet.fields, referenced_tweets.id, includes.tweets), as API-NOTES X-0 recommends, and v2.166
// is the version that has them. v2.167 renamed them to post.* (so every tweet.fields the client
// sends would be "unknown") and dropped sender_id, created_at and the other fields the client
// needs from dm_event.fields: checking against it would only say that the client follows the
// documentation rather than that spec. Nothing here needs v2.167.
//
// One adjustment, made to a copy at run time: in the spec's error responses, whose content map
// lists application/json (the old {code, message} Error) and application/problem+json (Problem),
// the problem+json entry is moved first. The order of a content map means nothing in OpenAPI,
// but Prism 5 picks the schema for an answer by ignoring the "+json" suffix of its Content-Type
// and taking the first entry that matches (wildcardMediaTypeMatch in prism-http), so a
// problem+json answer, which is what X sends, was checked against the Error schema instead of the
// Problem schema. With problem+json first, each answer is checked against its own schema.
//
// A second adjustment: the MediaSegments schema (APPEND's segment_index) is "oneOf" an integer
// 0–999 or a string of 1–3 digits. Prism validates multipart/form-data fields with type
// coercion, so a field "0" passes both branches and oneOf fails for every value a client can
// send; "anyOf" keeps the meaning without the ambiguity.
//
// Third, the media upload answers: v2.166 requires a `meta` member in MediaUploadResponse and
// MediaUploadAppendResponse and a `type` member in ProcessingInfo, without describing either.
// v2.167 (x-api-v2-openapi.json) corrected both: its Initialize/Append/Finalize/Status answers
// have no `meta`, and its processing_info takes only check_after_secs, progress_percent and
// state, with additionalProperties false. The sandbox answers as v2.167 describes (that is what X
// sends), and the copy drops those two `required` entries, as v2.167 did. This is the one place
// the test relies on v2.167.
//
// Prism also reads request bodies as UTF-8 text and forwards that text upstream, so the files
// uploaded here are plain ASCII; TestXClient covers binary uploads without Prism in between.
//
// Prism is installed by .ci/deps (npm ci --prefix tests/conformance, versions pinned in
// tests/conformance/package-lock.json). Without it this test fails; it never skips.

#include "LoopbackServer.h"
#include "auth/AccessTokenSource.h"
#include "providers/x/XClient.h"
#include "x/XServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace starling;
using starling::sandbox::XServer;

namespace {

constexpr int prismStartMs = 120000; // loading the 850 KB spec takes ~20 s on a loaded machine
constexpr int waitMs = 30000;

const QString prismPath = QStringLiteral(STARLING_PRISM);
const QString specPath = QStringLiteral(STARLING_X_OPENAPI_SPEC);

/** Bytes standing in for an image: ASCII, because Prism forwards request bodies as UTF-8 text. */
QByteArray imageBytes()
{
    return QByteArrayLiteral("not really a PNG, but X does not look inside before processing");
}

/**
 * The adjustments Prism needs to judge the spec fairly (see the notes at the top), made by
 * rewriting the JSON text so that nothing else in it changes. Returns why it failed, if it did.
 */
QString adjustForPrism(QString &spec)
{
    static const QRegularExpression errorContents(
        uR"(("application/json"\s*:\s*\{\s*"schema"\s*:\s*\{\s*"\$ref"\s*:\s*"#/components/schemas/Error"\s*\}\s*\}))"
        uR"((\s*,\s*))"
        uR"(("application/problem\+json"\s*:\s*\{\s*"schema"\s*:\s*\{\s*"\$ref"\s*:\s*"#/components/schemas/Problem"\s*\}\s*\}))"_s);
    static const QRegularExpression segments(uR"re(("MediaSegments"\s*:\s*\{\s*)"oneOf")re"_s);
    static const QRegularExpression uploadMeta(
        uR"re(("(?:MediaUploadResponse|MediaUploadAppendResponse)"\s*:\s*\{\s*"type"\s*:\s*"object"\s*,\s*)re"
        uR"re((?:"description"\s*:\s*"[^"]*"\s*,\s*)?)"required"\s*:\s*\[\s*"meta"\s*\]\s*,\s*)re"_s);
    static const QRegularExpression processingType(
        uR"re(("ProcessingInfo"\s*:\s*\{\s*"type"\s*:\s*"object"\s*,\s*)"required"\s*:\s*\[\s*"type"\s*\]\s*,\s*)re"_s);
    const auto count = [&spec](const QRegularExpression &pattern) {
        qsizetype found = 0;
        for (auto it = pattern.globalMatch(spec); it.hasNext(); it.next())
            ++found;
        return found;
    };
    const qsizetype problemContents = spec.count(u"\"application/problem+json\""_s);
    const qsizetype swapped = count(errorContents);
    if (swapped == 0 || swapped != problemContents) {
        return u"The spec's error responses are not laid out as expected (%1 of %2 found); update "
               "adjustForPrism() in TestXConformance."_s.arg(swapped)
                   .arg(problemContents);
    }
    if (count(segments) != 1 || count(uploadMeta) != 2 || count(processingType) != 1)
        return u"The spec's media upload schemas are not laid out as expected; update adjustForPrism()."_s;
    spec.replace(errorContents, u"\\3\\2\\1"_s);
    spec.replace(segments, u"\\1\"anyOf\""_s);
    spec.replace(uploadMeta, u"\\1"_s);
    spec.replace(processingType, u"\\1"_s);
    return {};
}

/** Tokens that the sandbox issues, with a refresh that asks it for a new one. */
class SandboxTokens final : public AccessTokenSource
{
public:
    SandboxTokens(XServer &server, QString userId)
        : m_server(server)
        , m_userId(std::move(userId))
        , m_token(server.addToken(m_userId))
    {
    }

    QByteArray accessToken() const override { return m_token; }

    void refresh(QObject *context, std::function<void(Result<void>)> done) override
    {
        ++refreshes;
        QTimer::singleShot(0, context, [this, done] {
            m_token = m_server.addToken(m_userId);
            done(Result<void>());
        });
    }

    int refreshes = 0;

private:
    XServer &m_server;
    QString m_userId;
    QByteArray m_token;
};

/** One exchange as it came back through Prism. */
struct Exchange
{
    QByteArray method;
    QString path;
    int status = 0;
    QByteArray violations; ///< Prism's sl-violations header
    QByteArray body; ///< peeked before the client read it, when Prism answered with its own error
};

} // namespace

class TestXConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void signInAndLookUps();
    void readsDirectMessages();
    void readsMentions();
    void sendsDirectMessages();
    void uploadsAndPublishes();
    void refusalsHaveTheSpecShape();
    void everyEndpointWasChecked();

private:
    template<typename T, typename Call>
    Result<T> await(Call call);
    /** Fails with Prism's description if it found anything wrong in the exchanges so far. */
    void verifyConformance();
    QString describe(const Exchange &exchange) const;
    /** The address of @p path on Prism. */
    QUrl proxyUrl(const QString &path) const;
    QString prismLog();

    std::unique_ptr<XServer> m_server;
    std::unique_ptr<SandboxTokens> m_tokens;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<QProcess> m_prism;
    QByteArray m_prismOutput;
    quint16 m_prismPort = 0;
    QList<Exchange> m_exchanges;
    QTemporaryDir m_files;
    QString m_prismSpec;
    QString m_shop;
    QString m_alice;
    QString m_bob;
    QString m_carol;
};

void TestXConformance::initTestCase()
{
    QVERIFY2(QFileInfo(prismPath).isExecutable(),
             qPrintable(u"Stoplight Prism is not installed at %1. Install the pinned version with "
                        "`npm ci --prefix tests/conformance` (.ci/deps does it)."_s.arg(prismPath)));
    QVERIFY2(QFileInfo(specPath).isReadable(),
             qPrintable(u"The official X spec is not at %1 (set STARLING_X_OPENAPI_SPEC)."_s.arg(specPath)));

    // The copy of the spec Prism loads: see the notes at the top.
    QFile original(specPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString spec = QString::fromUtf8(original.readAll());
    const QString problem = adjustForPrism(spec);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_prismSpec = m_files.filePath(QFileInfo(specPath).completeBaseName() + u".prism.json"_s);
    QFile adjusted(m_prismSpec);
    QVERIFY(adjusted.open(QIODevice::WriteOnly));
    QVERIFY(adjusted.write(spec.toUtf8()) > 0);
    adjusted.close();

    m_server = std::make_unique<XServer>();
    QVERIFY(m_server->listen());
    m_shop = m_server->addUser(u"shop"_s, u"The Shop"_s);
    m_alice = m_server->addUser(u"alice"_s, u"Alice"_s);
    m_bob = m_server->addUser(u"bob"_s, u"Bob"_s);
    m_carol = m_server->addUser(u"carol"_s, u"Carol"_s);
    m_server->setOwnUser(m_shop);
    m_server->setAllRateLimits(100000);
    m_server->setMediaProcessing(2, 0);

    // A free port for Prism: bind one, let it go, and hand it over. Another process may take it in
    // between; then Prism exits at once and the next attempt uses another port.
    bool listening = false;
    for (int attempt = 0; attempt < 3 && !listening; ++attempt) {
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_prismPort = probe.serverPort();
        }
        m_prismOutput.clear();
        m_prism = std::make_unique<QProcess>();
        m_prism->setProcessChannelMode(QProcess::MergedChannels);
        connect(m_prism.get(), &QProcess::readyRead, this, [this] { m_prismOutput += m_prism->readAll(); });
        m_prism->start(prismPath, {u"proxy"_s, m_prismSpec, m_server->baseUrl().toString(), u"--errors"_s, u"--port"_s,
                                   QString::number(m_prismPort), u"--host"_s, u"127.0.0.1"_s});
        QVERIFY2(m_prism->waitForStarted(waitMs), qPrintable(m_prism->errorString()));
        [[maybe_unused]] const bool settled = QTest::qWaitFor(
            [this] { return m_prismOutput.contains("Prism is listening") || m_prism->state() == QProcess::NotRunning; },
            prismStartMs);
        listening = m_prismOutput.contains("Prism is listening") && m_prism->state() == QProcess::Running;
        if (!listening && !m_prismOutput.contains("EADDRINUSE"))
            break;
    }
    QVERIFY2(listening,
             qPrintable(u"Prism did not start listening on port %1:\n%2"_s.arg(m_prismPort).arg(prismLog())));

    const QUrl proxy = proxyUrl({});
    m_tokens = std::make_unique<SandboxTokens>(*m_server, m_shop);
    XClient::Config config;
    config.apiBase = proxy;
    config.accountId = QUuid::createUuid();
    config.ownUserId = m_shop;
    config.pageSize = 5;
    config.uploadChunkBytes = 16 * 1024;
    m_client = std::make_unique<XClient>(config, m_tokens.get());

    // Every answer, seen before the client reads it: Prism reports a broken request or answer in
    // an error of its own (https://stoplight.io/prism/errors#…) and in the sl-violations header.
    connect(m_client->http().networkAccessManager(), &QNetworkAccessManager::finished, this,
            [this](QNetworkReply *reply) {
                Exchange exchange;
                exchange.method = reply->operation() == QNetworkAccessManager::GetOperation ? "GET"_ba
                                  : reply->operation() == QNetworkAccessManager::PostOperation
                                      ? "POST"_ba
                                      : reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
                exchange.path = reply->url().path();
                exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                exchange.violations = reply->rawHeader("sl-violations"_ba);
                const QByteArray body = reply->peek(reply->bytesAvailable());
                if (body.contains("stoplight.io/prism/errors"))
                    exchange.body = body;
                m_exchanges.append(exchange);
            });
}

void TestXConformance::init()
{
    m_exchanges.clear();
}

void TestXConformance::cleanup()
{
    // Also after a failed step: Prism's description is what explains it.
    verifyConformance();
    m_exchanges.clear();
}

void TestXConformance::cleanupTestCase()
{
    m_client.reset();
    if (m_prism && m_prism->state() != QProcess::NotRunning) {
        m_prism->terminate();
        if (!m_prism->waitForFinished(10000))
            m_prism->kill();
        m_prism->waitForFinished(10000);
    }
    m_prism.reset();
    m_server.reset();
}

template<typename T, typename Call>
Result<T> TestXConformance::await(Call call)
{
    std::optional<Result<T>> result;
    QObject receiver;
    call(&receiver, [&result](Result<T> answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return Error(Error::Code::Timeout, u"test: no answer in time"_s);
    return std::move(*result);
}

QUrl TestXConformance::proxyUrl(const QString &path) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_prismPort);
    url.setPath(path);
    return url;
}

QString TestXConformance::prismLog()
{
    if (m_prism)
        m_prismOutput += m_prism->readAll();
    // The last lines are the ones that matter; the start-up lists every path of the spec.
    return QString::fromUtf8(m_prismOutput.right(4000));
}

QString TestXConformance::describe(const Exchange &exchange) const
{
    QString text = u"%1 %2 → %3"_s.arg(QString::fromLatin1(exchange.method), exchange.path).arg(exchange.status);
    if (!exchange.violations.isEmpty())
        text += u"\n  sl-violations: "_s + QString::fromUtf8(exchange.violations);
    if (!exchange.body.isEmpty()) {
        const QJsonObject problem = QJsonDocument::fromJson(exchange.body).object();
        text += u"\n  Prism: "_s + QString::fromUtf8(QJsonDocument(problem).toJson(QJsonDocument::Compact));
    }
    return text;
}

void TestXConformance::verifyConformance()
{
    QStringList found;
    for (const Exchange &exchange : std::as_const(m_exchanges)) {
        // Our server never answers 422, and 500 only if it broke: both come from Prism.
        if (!exchange.violations.isEmpty() || !exchange.body.isEmpty() || exchange.status == 422
            || exchange.status >= 500 || exchange.status == 0)
            found << describe(exchange);
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"Prism found violations of %1:\n%2\n--- Prism's log ---\n%3"_s.arg(
                                  QFileInfo(specPath).fileName(), found.join(u"\n"_s), prismLog())));
}

void TestXConformance::signInAndLookUps()
{
    const auto me = await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->whoAmI(c, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(me->remoteId, m_shop);
    const auto byName = await<Identity>(
        [&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(u"@alice"_s, c, done); });
    QVERIFY(byName.ok());
    const auto byId =
        await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(m_bob, c, done); });
    QVERIFY(byId.ok());
    // A lookup of nobody: 200 with errors[] only, which the spec must accept too.
    const auto nobody = await<Identity>(
        [&](QObject *c, ResultCallback<Identity> done) { m_client->lookUpPerson(u"nobody_here"_s, c, done); });
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code(), Error::Code::NotFound);
    verifyConformance();
}

void TestXConformance::readsDirectMessages()
{
    const QString shared = m_server->addPost(m_carol, u"Our summer sale starts today"_s);
    const QString image = m_server->addMedia(m_alice, u"image/png"_s, imageBytes(), u"dm_image"_s);
    for (int i = 0; i < 6; ++i)
        QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"message %1"_s.arg(i)).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_alice, m_shop, u"a photo"_s, image).isEmpty());
    QVERIFY(!m_server->deliverDirectMessage(m_bob, m_shop, u"seen this? https://x.com/carol/status/%1"_s.arg(shared))
                 .isEmpty());
    const QString group = m_server->createGroupConversation(m_carol, {m_shop, m_alice}, u"hello group"_s);

    // Every page of the inbox, with the fields and expansions the client asks for.
    PageRequest request;
    int pages = 0;
    do {
        const auto page = await<FetchedPage>(
            [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchDirectMessages(request, c, done); });
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        request.pageToken = page->nextPageToken;
        ++pages;
    } while (!request.pageToken.isEmpty() && pages < 10);
    QVERIFY(pages >= 2);

    // One conversation: a 1:1 (by participant) and a group (by id).
    for (const QString &conversation : {XServer::directConversationId(m_alice, m_shop), group}) {
        PageRequest one;
        one.conversationRemoteId = conversation;
        const auto page = await<FetchedPage>(
            [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchConversation(one, c, done); });
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        QVERIFY(!page->messages.isEmpty());
        if (!page->nextPageToken.isEmpty()) {
            one.pageToken = page->nextPageToken;
            const auto next = await<FetchedPage>(
                [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchConversation(one, c, done); });
            QVERIFY(next.ok());
        }
    }
    verifyConformance();
}

void TestXConformance::readsMentions()
{
    const QString photo = m_server->addMedia(m_bob, u"image/png"_s, imageBytes());
    const QString ours = m_server->addPost(m_shop, u"New arrivals"_s);
    QVERIFY(!m_server->addPost(m_bob, u"@shop nice!"_s, ours).isEmpty());
    QVERIFY(!m_server->addPost(m_carol, u"Look what @shop posted"_s, {}, ours).isEmpty());
    for (int i = 0; i < 7; ++i)
        QVERIFY(!m_server->mention(m_alice, m_shop, u"question %1"_s.arg(i)).isEmpty());
    QVERIFY(!photo.isEmpty());

    PageRequest request;
    QString newest;
    int pages = 0;
    do {
        const auto page = await<FetchedPage>(
            [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchMentions(request, c, done); });
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().message()));
        if (pages == 0)
            newest = page->newestCursor;
        request.pageToken = page->nextPageToken;
        ++pages;
    } while (!request.pageToken.isEmpty() && pages < 10);
    QVERIFY(pages >= 2);

    // Incremental: since the newest, nothing new (an answer with meta only).
    PageRequest since;
    since.since = newest;
    const auto empty = await<FetchedPage>(
        [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchMentions(since, c, done); });
    QVERIFY(empty.ok());
    QVERIFY(empty->messages.isEmpty());
    verifyConformance();
}

void TestXConformance::sendsDirectMessages()
{
    const auto send = [&](const OutgoingMessage &message) {
        return await<SentItem>(
            [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    };
    OutgoingMessage one;
    one.recipientRemoteIds = {m_carol};
    one.text = u"Hello Carol"_s;
    const auto first = send(one);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message()));

    OutgoingMessage into;
    into.conversationRemoteId = first->conversationRemoteId;
    into.text = u"Anything else?"_s;
    QVERIFY(send(into).ok());

    OutgoingMessage group;
    group.recipientRemoteIds = {m_alice, m_bob};
    group.text = u"Meet each other"_s;
    QVERIFY(send(group).ok());

    const QString path = m_files.filePath(u"dm.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(imageBytes());
    file.close();
    MediaUpload upload{path, u"image/png"_s, MediaPurpose::DirectMessage, {}};
    const auto media = await<UploadedMedia>(
        [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
    QVERIFY2(media.ok(), media.ok() ? "" : qPrintable(media.error().message()));
    OutgoingMessage withMedia;
    withMedia.recipientRemoteIds = {m_alice};
    withMedia.mediaIds = {media->mediaId};
    QVERIFY(send(withMedia).ok());
    verifyConformance();
}

void TestXConformance::uploadsAndPublishes()
{
    // A video in chunks, with STATUS polls until it is processed.
    const QString path = m_files.filePath(u"clip.mp4"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(40 * 1024, 'v'));
    file.close();
    MediaUpload upload{path, u"video/mp4"_s, MediaPurpose::Post, {}};
    const auto video = await<UploadedMedia>(
        [&](QObject *c, ResultCallback<UploadedMedia> done) { m_client->uploadMedia(upload, c, done); });
    QVERIFY2(video.ok(), video.ok() ? "" : qPrintable(video.error().message()));
    QCOMPARE(m_server->media(video->mediaId)->segments.size(), 3);

    OutgoingPost clip{{}, u"In motion"_s, {}, {video->mediaId}};
    const auto posted =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(clip, c, done); });
    QVERIFY2(posted.ok(), posted.ok() ? "" : qPrintable(posted.error().message()));

    // A reply to a mention, with the "continue in private" link.
    const QString question = m_server->mention(m_alice, m_shop, u"can I return this?"_s);
    OutgoingPost reply{{}, m_client->withDirectMessageLink(u"Sure, send us a DM:"_s), question, {}};
    const auto replied =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY2(replied.ok(), replied.ok() ? "" : qPrintable(replied.error().message()));

    // The account's own posts, which the outbox reads to find a post whose sending ended unknown
    // (XClient::findPublishedPost): the same request, through Prism.
    QUrl timeline = proxyUrl(u"/2/users/%1/tweets"_s.arg(m_shop));
    timeline.setQuery(u"tweet.fields=id,text,author_id,created_at,conversation_id,in_reply_to_user_id,"
                      "referenced_tweets,attachments&expansions=attachments.media_keys&media.fields=media_key,type,"
                      "url,preview_image_url,width,height,alt_text&max_results=20"_s);
    QNetworkRequest get(timeline);
    get.setRawHeader("Authorization"_ba, "Bearer " + m_tokens->accessToken());
    QNetworkReply *answer = m_client->http().networkAccessManager()->get(get);
    QVERIFY(QTest::qWaitFor([answer] { return answer->isFinished(); }, waitMs));
    QCOMPARE(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject posts = QJsonDocument::fromJson(answer->readAll()).object();
    answer->deleteLater();
    qsizetype ours = 0;
    for (const sandbox::XPost &post : m_server->posts())
        ours += post.authorId == m_shop ? 1 : 0;
    QCOMPARE(posts.value(u"data"_s).toArray().size(), ours);
    verifyConformance();
}

void TestXConformance::refusalsHaveTheSpecShape()
{
    // 403: a reply X does not allow.
    const QString unrelated = m_server->addPost(m_bob, u"coffee time"_s);
    OutgoingPost reply{{}, u"hello"_s, unrelated, {}};
    const auto refused =
        await<SentItem>([&](QObject *c, ResultCallback<SentItem> done) { m_client->publish(reply, c, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::Forbidden);

    // 400: a DM with a media id that is not ours.
    const QString foreign = m_server->addMedia(m_bob, u"image/png"_s, imageBytes());
    OutgoingMessage message;
    message.recipientRemoteIds = {m_alice};
    message.mediaIds = {foreign};
    const auto invalid = await<SentItem>(
        [&](QObject *c, ResultCallback<SentItem> done) { m_client->sendDirectMessage(message, c, done); });
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error().code(), Error::Code::InvalidInput);

    // 401, then the refresh and the retry.
    m_server->expireAllTokens();
    const int before = m_tokens->refreshes;
    const auto me = await<Identity>([&](QObject *c, ResultCallback<Identity> done) { m_client->whoAmI(c, done); });
    QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message()));
    QCOMPARE(m_tokens->refreshes, before + 1);

    // 429 with the rate-limit headers.
    m_server->exhaustRateLimit("GET"_ba, u"/2/users/{id}/mentions"_s, m_shop);
    const auto limited = await<FetchedPage>(
        [&](QObject *c, ResultCallback<FetchedPage> done) { m_client->fetchMentions(PageRequest{}, c, done); });
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().code(), Error::Code::RateLimited);

    // Each refusal went through Prism and was checked against the spec's error responses.
    QStringList statuses;
    for (const Exchange &exchange : std::as_const(m_exchanges))
        statuses << QString::number(exchange.status);
    for (const QString &status : {u"400"_s, u"401"_s, u"403"_s, u"429"_s})
        QVERIFY2(statuses.contains(status), qPrintable(u"statuses seen: "_s + statuses.join(u", "_s)));
    verifyConformance();
}

void TestXConformance::everyEndpointWasChecked()
{
    QSet<QString> used;
    for (const sandbox::Request &request : m_server->http().requests())
        used.insert(QString::fromLatin1(request.method) + u' ' + request.routePattern);
    const QStringList expected{
        u"GET /2/users/me"_s,
        u"GET /2/users/{id}"_s,
        u"GET /2/users/by/username/{username}"_s,
        u"GET /2/dm_events"_s,
        u"GET /2/dm_conversations/{id}/dm_events"_s,
        u"GET /2/dm_conversations/with/{participant_id}/dm_events"_s,
        u"POST /2/dm_conversations/with/{participant_id}/messages"_s,
        u"POST /2/dm_conversations/{dm_conversation_id}/messages"_s,
        u"POST /2/dm_conversations"_s,
        u"GET /2/users/{id}/mentions"_s,
        u"GET /2/users/{id}/tweets"_s,
        u"POST /2/tweets"_s,
        u"POST /2/media/upload/initialize"_s,
        u"POST /2/media/upload/{id}/append"_s,
        u"POST /2/media/upload/{id}/finalize"_s,
        u"GET /2/media/upload"_s,
    };
    QStringList missing;
    for (const QString &endpoint : expected) {
        if (!used.contains(endpoint))
            missing << endpoint;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not exercised through Prism: "_s + missing.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestXConformance)
#include "TestXConformance.moc"
