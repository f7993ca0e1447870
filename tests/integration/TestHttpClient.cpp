// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against the loopback server kit: every injected fault maps to the right error code
// within its deadline, retries follow the rules, the rate-limit ledger reads all three header
// styles, and the logs never show a secret.

#include "LoopbackServer.h"
#include "net/Dpop.h"
#include "net/HttpClient.h"
#include "net/Logging.h"
#include "net/Redaction.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::Fault;
using starling::sandbox::LoopbackServer;

Q_DECLARE_METATYPE(starling::sandbox::Fault)
Q_DECLARE_METATYPE(starling::sandbox::Fault::RateLimitStyle)
Q_DECLARE_METATYPE(starling::Error::Code)
Q_DECLARE_METATYPE(starling::HttpHeaders)

namespace {

// Generous: the machine running the tests may be loaded. Nothing here is a timing benchmark.
constexpr qint64 slackMs = 4000;
constexpr int waitMs = 15000;

const QByteArray get = "GET"_ba;
const QByteArray post = "POST"_ba;

/** A list of items large enough that "after 1000 bytes" and "half the body" land in the body. */
QJsonObject items()
{
    QJsonArray data;
    for (int i = 0; i < 60; ++i)
        data.append(QJsonObject{{u"id"_s, QString::number(1000 + i)}, {u"text"_s, u"message number %1"_s.arg(i)}});
    return QJsonObject{{u"data"_s, data}, {u"meta"_s, QJsonObject{{u"result_count"_s, 60}}}};
}

QStringList s_log;
QMutex s_logMutex;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dpopProofOnEveryAttemptBoundToTheToken();
    void dpopNonceRefusalIsSentAgainOnce();

    void answersJson();
    void sendsUserAgentAndAuthorizationOnEveryAttempt();
    void noContentNeedsNoBody();
    void neverCallsBackInsideSend();
    void faults_data();
    void faults();
    void connectionRefusedIsNetwork();
    void retriesIdempotentRequests_data();
    void retriesIdempotentRequests();
    void doesNotRetryUnsafeRequests_data();
    void doesNotRetryUnsafeRequests();
    void resetAfterHandlingLeavesOutcomeUnknown();
    void deadlineEndsDribbledBody();
    void oversizedAnswerIsBadResponse();
    void serverMessageIsShown();
    void errorReaderDecidesCodeAndWords();
    void rateLimitedAnswersFeedTheLedger_data();
    void rateLimitedAnswersFeedTheLedger();
    void ledgerReadsHeaderStyles_data();
    void ledgerReadsHeaderStyles();
    void waitsFarAheadAreCappedAtADay_data();
    void waitsFarAheadAreCappedAtADay();
    void ledgerAnswersWhenToSend();
    void serverMessages_data();
    void serverMessages();
    void redactsUrls_data();
    void redactsUrls();
    void logsNeverShowSecrets();
    void dropsCallbackWhenContextDies();
    void cancelDropsCallback();
    void destroyingClientAbortsRequests();

private:
    std::optional<Result<HttpResponse>> sendAndWait(const HttpRequest &request, int timeoutMs = waitMs);
    HttpRequest getItems() const;

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    int m_postsHandled = 0;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_postsHandled = 0;
    m_server->route(get, u"/api/items"_s, [](const sandbox::Request &) { return sandbox::Response::json(items()); });
    m_server->route(get, u"/api/small"_s, [](const sandbox::Request &) {
        return sandbox::Response::json(QJsonObject{{u"ok"_s, true}});
    });
    m_server->route(post, u"/api/items"_s, [this](const sandbox::Request &request) {
        ++m_postsHandled;
        return sandbox::Response::json(QJsonObject{{u"id"_s, u"42"_s}, {u"echo"_s, request.json().object()}}, 201);
    });
    m_server->route("DELETE"_ba, u"/api/items/{id}"_s,
                    [](const sandbox::Request &) { return sandbox::Response::empty(204); });

    m_client = std::make_unique<HttpClient>();
    // Short backoff: the rules are under test here, not the production delays.
    m_client->setBackoff({20ms, 200ms, 0.5});
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

std::optional<Result<HttpResponse>> TestHttpClient::sendAndWait(const HttpRequest &request, int timeoutMs)
{
    std::optional<Result<HttpResponse>> result;
    // The receiver dies with this function, so a late answer can never reach `result`.
    QObject receiver;
    m_client->send(request, &receiver, [&result](Result<HttpResponse> answer) { result = std::move(answer); });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
    return result;
}

HttpRequest TestHttpClient::getItems() const
{
    return HttpRequest::get(m_server->url(u"/api/items"_s));
}

void TestHttpClient::answersJson()
{
    const auto result = sendAndWait(getItems());
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message()));
    QCOMPARE(result->value().status(), 200);
    QCOMPARE(result->value().object().value(u"data"_s).toArray().size(), 60);
    QCOMPARE(result->value().attempts(), 1);
    QCOMPARE(result->value().header("content-type"), "application/json; charset=utf-8"_ba);

    HttpRequest create = HttpRequest::post(m_server->url(u"/api/items"_s), QJsonDocument(QJsonObject{{u"a"_s, 1}}));
    const auto created = sendAndWait(create);
    QVERIFY(created.has_value() && created->ok());
    QCOMPARE(created->value().status(), 201);
    QCOMPARE(created->value().object().value(u"echo"_s).toObject().value(u"a"_s).toInt(), 1);
    QCOMPARE(m_server->requests().last().headers.value("content-type"), "application/json"_ba);
}

void TestHttpClient::sendsUserAgentAndAuthorizationOnEveryAttempt()
{
    int authorized = 0;
    m_client->setAuthorizer([&authorized](QNetworkRequest &request) {
        ++authorized;
        request.setRawHeader("Authorization"_ba, "Bearer t0k3n-" + QByteArray::number(authorized));
    });
    m_server->injectFault(get, u"/api/small"_s, Fault::withStatus(503), 1);

    const auto result = sendAndWait(HttpRequest::get(m_server->url(u"/api/small"_s)));
    QVERIFY(result.has_value() && result->ok());
    QCOMPARE(result->value().attempts(), 2);
    QCOMPARE(authorized, 2);
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).headers.value("authorization"), "Bearer t0k3n-1"_ba);
    QCOMPARE(requests.at(1).headers.value("Authorization"), "Bearer t0k3n-2"_ba);
    QVERIFY(requests.at(0).headers.value("user-agent").startsWith("Starling/"));
    QCOMPARE(requests.at(0).headers.value("accept"), "application/json"_ba);
}

void TestHttpClient::noContentNeedsNoBody()
{
    const auto result = sendAndWait(HttpRequest(HttpRequest::Method::Delete, m_server->url(u"/api/items/7"_s)));
    QVERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value().status(), 204);
    QVERIFY(result->value().json().isNull());
    QCOMPARE(m_server->requests().last().params.value(u"id"_s), u"7"_s);
}

void TestHttpClient::neverCallsBackInsideSend()
{
    bool called = false;
    std::optional<Error::Code> code;
    m_client->send(HttpRequest::get(QUrl(u"not a url"_s)), this, [&](Result<HttpResponse> result) {
        called = true;
        code = result.ok() ? std::nullopt : std::optional(result.error().code());
    });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    QCOMPARE(code, std::optional(Error::Code::InvalidInput));
}

void TestHttpClient::faults_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<int>("status");

    using C = Error::Code;
    const QString items = u"/api/items"_s;
    const QString small = u"/api/small"_s;
    const int normal = 5000;
    const int tight = 600;

    QTest::newRow("reset before handling")
        << get << items << Fault::resetBeforeHandling() << normal << false << C::Network << 0;
    QTest::newRow("reset after handling")
        << get << items << Fault::resetAfterHandling() << normal << false << C::Network << 0;
    QTest::newRow("reset inside the status line")
        << get << items << Fault::resetAfterBytes(12) << normal << false << C::Network << 0;
    QTest::newRow("reset inside the body")
        << get << items << Fault::resetAfterBytes(1000) << normal << false << C::BadResponse << 200;
    QTest::newRow("Content-Length longer than the body")
        << get << items << Fault::truncatedBody() << normal << false << C::BadResponse << 200;
    QTest::newRow("no Content-Length, closed halfway")
        << get << items << Fault::noLengthClose() << normal << false << C::BadResponse << 200;
    QTest::newRow("chunked body cut short")
        << get << items << Fault::chunkedCut() << normal << false << C::BadResponse << 200;
    QTest::newRow("body dribbled past the deadline")
        << get << items << Fault::dribble(20ms) << tight << false << C::Timeout << 0;
    QTest::newRow("body dribbled within the deadline")
        << get << small << Fault::dribble(5ms) << normal << true << C::Timeout << 200;
    QTest::newRow("headers delayed past the deadline")
        << get << items << Fault::delayHeaders(10s) << tight << false << C::Timeout << 0;
    QTest::newRow("headers delayed within the deadline")
        << get << items << Fault::delayHeaders(100ms) << normal << true << C::Timeout << 200;
    QTest::newRow("headers never come") << get << items << Fault::headersNeverCome() << tight << false << C::Timeout
                                        << 0;
    QTest::newRow("invalid JSON") << get << items << Fault::invalidJson() << normal << false << C::BadResponse << 200;
    QTest::newRow("429 X style") << get << items << Fault::rateLimited(Fault::RateLimitStyle::X) << normal << false
                                 << C::RateLimited << 429;
    QTest::newRow("429 Mastodon style") << get << items << Fault::rateLimited(Fault::RateLimitStyle::Mastodon) << normal
                                        << false << C::RateLimited << 429;
    QTest::newRow("429 Bluesky style") << get << items << Fault::rateLimited(Fault::RateLimitStyle::Bluesky) << normal
                                       << false << C::RateLimited << 429;

    const QList<std::pair<int, C>> statuses{
        {400, C::InvalidInput}, {401, C::AuthExpired},  {403, C::Forbidden},   {404, C::NotFound},
        {410, C::NotFound},     {422, C::InvalidInput}, {500, C::ServerError}, {502, C::ServerError},
        {503, C::ServerError},  {504, C::ServerError},
    };
    for (const auto &[status, code] : statuses) {
        QTest::addRow("status %d", status)
            << get << items << Fault::withStatus(status) << normal << false << code << status;
    }

    // A POST is never retried, so these also show the first attempt's mapping for writes.
    QTest::newRow("POST reset before handling")
        << post << items << Fault::resetBeforeHandling() << normal << false << C::Network << 0;
    QTest::newRow("POST headers never come")
        << post << items << Fault::headersNeverCome() << tight << false << C::Timeout << 0;
    QTest::newRow("POST invalid JSON") << post << items << Fault::invalidJson() << normal << false << C::BadResponse
                                       << 200;
}

void TestHttpClient::faults()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(Fault, fault);
    QFETCH(int, deadlineMs);
    QFETCH(bool, succeeds);
    QFETCH(Error::Code, code);
    QFETCH(int, status);

    m_server->injectFault(method, path, fault, LoopbackServer::always);
    HttpRequest request(method == post ? HttpRequest::Method::Post : HttpRequest::Method::Get, m_server->url(path));
    if (method == post)
        request.setJsonBody(QJsonDocument(QJsonObject{{u"text"_s, u"hello"_s}}));
    request.setDeadline(std::chrono::milliseconds(deadlineMs));
    request.setMaxAttempts(1); // the mapping of one attempt; retries have their own tests

    QElapsedTimer timer;
    timer.start();
    const auto result = sendAndWait(request, deadlineMs + slackMs);
    const qint64 elapsed = timer.elapsed();

    QVERIFY2(result.has_value(), "no answer within the deadline plus slack");
    QVERIFY2(elapsed < deadlineMs + slackMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY2(m_server->requestCount() >= 1,
             qPrintable(result->ok() ? u"ok"_s
                                     : Error::codeName(result->error().code()) + u' ' + result->error().message()));
    QCOMPARE(m_client->pendingCount(), 0);
    if (succeeds) {
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message()));
        QCOMPARE(result->value().status(), status);
        QVERIFY(!result->value().json().isNull());
    } else {
        QVERIFY(!result->ok());
        const Error &error = result->error();
        QCOMPARE(Error::codeName(error.code()), Error::codeName(code));
        QCOMPARE(error.httpStatus(), status);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(error.retryAfter().isValid(), code == Error::Code::RateLimited);
    }

    // The server and the client both survive the fault and work normally afterwards.
    m_server->clearFaults();
    m_client->rateLimits().clear();
    const auto after = sendAndWait(HttpRequest::get(m_server->url(u"/api/small"_s)));
    QVERIFY(after.has_value());
    QVERIFY2(after->ok(), qPrintable(after->ok() ? QString() : after->error().message()));
}

void TestHttpClient::connectionRefusedIsNetwork()
{
    const QUrl url = m_server->url(u"/api/items"_s);
    m_server.reset(); // nobody listens on that port any more
    HttpRequest request = HttpRequest::get(url);
    request.setMaxAttempts(2);
    const auto result = sendAndWait(request);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code(), Error::Code::Network);
    QVERIFY(result->error().message().contains(u"127.0.0.1"_s));
}

void TestHttpClient::retriesIdempotentRequests_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("times");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("requests"); ///< -1: at least two (Qt may resend a reset GET itself)

    QTest::newRow("503 once, then success") << Fault::withStatus(503) << 1 << true << 2 << 2;
    QTest::newRow("500 twice, then success") << Fault::withStatus(500) << 2 << true << 3 << 3;
    QTest::newRow("500 always: gives up after 3")
        << Fault::withStatus(500) << LoopbackServer::always << false << 3 << 3;
    QTest::newRow("reset once, then success") << Fault::resetBeforeHandling() << 1 << true << -1 << -1;
    QTest::newRow("deadline once, then success") << Fault::delayHeaders(10s) << 1 << true << 2 << 2;
    QTest::newRow("404 is not retried") << Fault::withStatus(404) << LoopbackServer::always << false << 1 << 1;
    QTest::newRow("invalid JSON is not retried") << Fault::invalidJson() << LoopbackServer::always << false << 1 << 1;
    QTest::newRow("429 is not retried") << Fault::rateLimited(Fault::RateLimitStyle::X) << LoopbackServer::always
                                        << false << 1 << 1;
}

void TestHttpClient::retriesIdempotentRequests()
{
    QFETCH(Fault, fault);
    QFETCH(int, times);
    QFETCH(bool, succeeds);
    QFETCH(int, attempts);
    QFETCH(int, requests);

    m_server->injectFault(get, u"/api/items"_s, fault, times);
    HttpRequest request = getItems();
    request.setDeadline(800ms);
    QCOMPARE(request.maxAttempts(), 3);
    QVERIFY(request.isIdempotent());

    const auto result = sendAndWait(request);
    QVERIFY(result.has_value());
    QCOMPARE(result->ok(), succeeds);
    if (succeeds && attempts > 0)
        QCOMPARE(result->value().attempts(), attempts);
    if (requests > 0)
        QCOMPARE(m_server->requestCount(get, u"/api/items"_s), requests);
    else
        QVERIFY(m_server->requestCount(get, u"/api/items"_s) >= 2);
}

void TestHttpClient::doesNotRetryUnsafeRequests_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("flaggedIdempotent");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<int>("requests");

    QTest::newRow("503") << Fault::withStatus(503) << false << false << 1;
    QTest::newRow("reset before handling") << Fault::resetBeforeHandling() << false << false << 1;
    QTest::newRow("deadline") << Fault::delayHeaders(10s) << false << false << 1;
    QTest::newRow("503, flagged idempotent") << Fault::withStatus(503) << true << true << 2;
}

void TestHttpClient::doesNotRetryUnsafeRequests()
{
    QFETCH(Fault, fault);
    QFETCH(bool, flaggedIdempotent);
    QFETCH(bool, succeeds);
    QFETCH(int, requests);

    m_server->injectFault(post, u"/api/items"_s, fault, 1);
    HttpRequest request = HttpRequest::post(m_server->url(u"/api/items"_s), QJsonDocument(QJsonObject{{u"n"_s, 1}}));
    request.setDeadline(800ms);
    if (flaggedIdempotent) {
        request.setIdempotent(true);
        request.setHeader("Idempotency-Key"_ba, "draft-1"_ba);
    }
    const auto result = sendAndWait(request);
    QVERIFY(result.has_value());
    QCOMPARE(result->ok(), succeeds);
    QCOMPARE(m_server->requestCount(post, u"/api/items"_s), requests);
}

void TestHttpClient::resetAfterHandlingLeavesOutcomeUnknown()
{
    // The server stores the post and then drops the connection: the client cannot know.
    m_server->injectFault(post, u"/api/items"_s, Fault::resetAfterHandling(), 1);
    const auto result = sendAndWait(
        HttpRequest::post(m_server->url(u"/api/items"_s), QJsonDocument(QJsonObject{{u"text"_s, u"hi"_s}})));
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code(), Error::Code::Network);
    QCOMPARE(m_postsHandled, 1);
    QCOMPARE(m_server->requestCount(post, u"/api/items"_s), 1);
}

void TestHttpClient::deadlineEndsDribbledBody()
{
    // One byte every 20 ms never trips an inactivity timeout; only the overall deadline ends it.
    m_server->injectFault(get, u"/api/items"_s, Fault::dribble(20ms));
    constexpr auto deadline = 700ms;
    HttpRequest request = getItems();
    request.setDeadline(deadline);
    request.setMaxAttempts(1);

    QElapsedTimer timer;
    timer.start();
    const auto result = sendAndWait(request);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code(), Error::Code::Timeout);
    // Coarse timers may fire up to 5% early; the upper bound is deliberately loose.
    QVERIFY2(elapsed >= deadline.count() * 9 / 10, qPrintable(u"fired after %1 ms"_s.arg(elapsed)));
    QVERIFY2(elapsed < deadline.count() + slackMs, qPrintable(u"fired after %1 ms"_s.arg(elapsed)));
}

void TestHttpClient::oversizedAnswerIsBadResponse()
{
    HttpRequest request = getItems();
    request.setMaxResponseBytes(100);
    const auto result = sendAndWait(request);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code(), Error::Code::BadResponse);
}

void TestHttpClient::serverMessageIsShown()
{
    m_server->injectFault(
        post, u"/api/items"_s,
        Fault::withStatus(422, R"({"error":"Validation failed: Text character limit of 500 exceeded"})"_ba));
    const auto result = sendAndWait(HttpRequest::post(m_server->url(u"/api/items"_s), QJsonDocument(QJsonObject{})));
    QVERIFY(result.has_value() && !result->ok());
    QCOMPARE(result->error().code(), Error::Code::InvalidInput);
    QCOMPARE(result->error().httpStatus(), 422);
    QVERIFY(result->error().message().contains(u"Text character limit of 500 exceeded"_s));
}

void TestHttpClient::errorReaderDecidesCodeAndWords()
{
    // A network that answers an expired token with 400 (Bluesky, API-NOTES B-5) says so through
    // its reader; the client itself only knows the status.
    const QByteArray body = R"({"error":"ExpiredToken","message":"Token has expired"})"_ba;
    m_server->injectFault(get, u"/api/items"_s, Fault::withStatus(400, body), LoopbackServer::always);
    HttpRequest request = getItems();
    request.setMaxAttempts(1);
    auto plain = sendAndWait(request);
    QVERIFY(plain.has_value() && !plain->ok());
    QCOMPARE(plain->error().code(), Error::Code::InvalidInput);
    QCOMPARE(plain->error().serverDetail(), u"Token has expired"_s);

    m_client->setErrorReader([](int status, const QByteArray &answer) {
        HttpClient::ErrorReading reading = HttpClient::standardErrorReading(status, answer);
        if (QJsonDocument::fromJson(answer).object().value(u"error"_s).toString() == u"ExpiredToken"_s)
            reading.code = Error::Code::AuthExpired;
        reading.message = u"read by the network: "_s + reading.message;
        return reading;
    });
    auto read = sendAndWait(request);
    QVERIFY(read.has_value() && !read->ok());
    QCOMPARE(read->error().code(), Error::Code::AuthExpired);
    QCOMPARE(read->error().httpStatus(), 400);
    QCOMPARE(read->error().serverDetail(), u"read by the network: Token has expired"_s);
}

void TestHttpClient::rateLimitedAnswersFeedTheLedger_data()
{
    QTest::addColumn<Fault::RateLimitStyle>("style");
    QTest::addColumn<int>("limit");
    QTest::newRow("X") << Fault::RateLimitStyle::X << 15;
    QTest::newRow("Mastodon") << Fault::RateLimitStyle::Mastodon << 300;
    QTest::newRow("Bluesky") << Fault::RateLimitStyle::Bluesky << 3000;
}

void TestHttpClient::rateLimitedAnswersFeedTheLedger()
{
    QFETCH(Fault::RateLimitStyle, style);
    QFETCH(int, limit);

    m_server->injectFault(get, u"/api/items"_s, Fault::rateLimited(style, 120s, 30s), 1);
    QSignalSpy limited(m_client.get(), &HttpClient::rateLimited);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = sendAndWait(getItems());
    QVERIFY(result.has_value() && !result->ok());
    QCOMPARE(result->error().code(), Error::Code::RateLimited);

    // The window resets in 120 s; the later of Retry-After and the reset wins.
    const QDateTime until = result->error().retryAfter();
    QVERIFY(until.isValid());
    QVERIFY2(until >= before.addSecs(115) && until <= before.addSecs(125), qPrintable(until.toString(Qt::ISODate)));
    QCOMPARE(limited.count(), 1);
    QCOMPARE(limited.at(0).at(0).toString(), getItems().rateLimitBucket());

    const auto entry = m_client->rateLimits().entry(getItems().rateLimitBucket());
    QVERIFY(entry.has_value());
    QCOMPARE(entry->limit, limit);
    QCOMPARE(entry->remaining, 0);
    QVERIFY(entry->retryAfter.isValid());
    QVERIFY(!m_client->rateLimits().maySendNow(getItems().rateLimitBucket()));

    // Held back without touching the network while the bucket is exhausted…
    const auto held = sendAndWait(getItems());
    QVERIFY(held.has_value() && !held->ok());
    QCOMPARE(held->error().code(), Error::Code::RateLimited);
    QCOMPARE(held->error().retryAfter(), until);
    QCOMPARE(m_server->requestCount(), 1);
    // …while other buckets still go.
    const auto other = sendAndWait(HttpRequest::get(m_server->url(u"/api/small"_s)));
    QVERIFY(other.has_value() && other->ok());
}

void TestHttpClient::ledgerReadsHeaderStyles_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<bool>("found");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<QDateTime>("reset");
    QTest::addColumn<QDateTime>("retryAfter");

    const QDateTime now = fixedNow();
    const QByteArray in15min = QByteArray::number(now.addSecs(900).toSecsSinceEpoch());
    const QByteArray in5min = QByteArray::number(now.addSecs(300).toSecsSinceEpoch());

    QTest::newRow("X: epoch seconds") << HttpHeaders{{"x-rate-limit-limit", "15"},
                                                     {"x-rate-limit-remaining", "3"},
                                                     {"x-rate-limit-reset", in15min}}
                                      << true << 15 << 3 << now.addSecs(900) << QDateTime();
    QTest::newRow("Mastodon: ISO-8601 with microseconds")
        << HttpHeaders{{"X-RateLimit-Limit", "300"},
                       {"X-RateLimit-Remaining", "0"},
                       {"X-RateLimit-Reset", "2024-05-01T12:05:00.123456Z"}}
        << true << 300 << 0 << now.addSecs(300).addMSecs(123) << QDateTime();
    QTest::newRow("Bluesky: epoch seconds and a policy") << HttpHeaders{{"RateLimit-Limit", "3000"},
                                                                        {"RateLimit-Remaining", "2999"},
                                                                        {"RateLimit-Reset", in5min},
                                                                        {"RateLimit-Policy", "3000;w=300"}}
                                                         << true << 3000 << 2999 << now.addSecs(300) << QDateTime();
    QTest::newRow("names in any case") << HttpHeaders{{"X-RATE-LIMIT-REMAINING", "1"}, {"X-Rate-Limit-Reset", in5min}}
                                       << true << -1 << 1 << now.addSecs(300) << QDateTime();
    QTest::newRow("small reset is delta seconds")
        << HttpHeaders{{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "30"}} << true << -1 << 0 << now.addSecs(30)
        << QDateTime();
    QTest::newRow("Retry-After seconds") << HttpHeaders{{"Retry-After", "120"}} << true << -1 << -1 << QDateTime()
                                         << now.addSecs(120);
    QTest::newRow("Retry-After HTTP-date") << HttpHeaders{{"Retry-After", "Wed, 01 May 2024 12:10:00 GMT"}} << true
                                           << -1 << -1 << QDateTime() << now.addSecs(600);
    QTest::newRow("Retry-After with the limits")
        << HttpHeaders{{"x-rate-limit-remaining", "0"}, {"x-rate-limit-reset", in15min}, {"retry-after", "60"}} << true
        << -1 << 0 << now.addSecs(900) << now.addSecs(60);
    QTest::newRow("garbage is ignored") << HttpHeaders{{"x-rate-limit-limit", "many"},
                                                       {"x-rate-limit-remaining", "-4"},
                                                       {"x-rate-limit-reset", "soon"},
                                                       {"retry-after", "later"}}
                                        << true << -1 << -1 << QDateTime() << QDateTime();
    QTest::newRow("no rate-limit headers")
        << HttpHeaders{{"Content-Type", "application/json"}} << false << -1 << -1 << QDateTime() << QDateTime();
    // Nothing makes a bucket wait longer than a day, however far ahead the server points.
    const QDateTime inADay = now.addSecs(RateLimitLedger::maxWait.count());
    QTest::newRow("X reset in the year 5138")
        << HttpHeaders{{"x-rate-limit-remaining", "0"}, {"x-rate-limit-reset", "99999999999"}} << true << -1 << 0
        << inADay << QDateTime();
    QTest::newRow("reset beyond any date")
        << HttpHeaders{{"x-rate-limit-reset", "9223372036854775807"}} << true << -1 << -1 << inADay << QDateTime();
    QTest::newRow("Mastodon reset in the year 9999")
        << HttpHeaders{{"X-RateLimit-Remaining", "0"}, {"X-RateLimit-Reset", "9999-12-31T00:00:00.000000Z"}} << true
        << -1 << 0 << inADay << QDateTime();
    QTest::newRow("delta reset of eleven days")
        << HttpHeaders{{"RateLimit-Remaining", "0"}, {"RateLimit-Reset", "999999"}} << true << -1 << 0 << inADay
        << QDateTime();
    QTest::newRow("Retry-After three years")
        << HttpHeaders{{"Retry-After", "99999999"}} << true << -1 << -1 << QDateTime() << inADay;
    QTest::newRow("Retry-After beyond any date")
        << HttpHeaders{{"Retry-After", "9223372036854775807"}} << true << -1 << -1 << QDateTime() << inADay;
    QTest::newRow("Retry-After HTTP-date in 9999")
        << HttpHeaders{{"Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT"}} << true << -1 << -1 << QDateTime() << inADay;
}

void TestHttpClient::ledgerReadsHeaderStyles()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(bool, found);
    QFETCH(int, limit);
    QFETCH(int, remaining);
    QFETCH(QDateTime, reset);
    QFETCH(QDateTime, retryAfter);

    const auto entry = RateLimitLedger::parse(headers, fixedNow());
    QCOMPARE(entry.has_value(), found);
    if (!entry)
        return;
    QCOMPARE(entry->limit, limit);
    QCOMPARE(entry->remaining, remaining);
    QCOMPARE(entry->reset, reset);
    QCOMPARE(entry->retryAfter, retryAfter);
}

void TestHttpClient::waitsFarAheadAreCappedAtADay_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("429, reset in the year 5138 and Retry-After of three years")
        << Fault::withStatus(429, {},
                             {{"x-rate-limit-limit", "15"},
                              {"x-rate-limit-remaining", "0"},
                              {"x-rate-limit-reset", "99999999999"},
                              {"retry-after", "99999999"}})
        << Error::Code::RateLimited;
    QTest::newRow("503 with Retry-After of three years")
        << Fault::withStatus(503, {}, {{"retry-after", "99999999"}}) << Error::Code::ServerError;
}

void TestHttpClient::waitsFarAheadAreCappedAtADay()
{
    QFETCH(Fault, fault);
    QFETCH(Error::Code, code);
    m_server->injectFault(get, u"/api/items"_s, fault, 1);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = sendAndWait(getItems());
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(result.has_value() && !result->ok());
    QCOMPARE(result->error().code(), code);
    // The caller is told to come back within a day, not in years.
    const QDateTime until = result->error().retryAfter();
    const qint64 day = RateLimitLedger::maxWait.count();
    QVERIFY2(until >= before.addSecs(day - 1) && until <= after.addSecs(day), qPrintable(until.toString(Qt::ISODate)));
    // And the ledger holds the bucket back no longer than that.
    QVERIFY(m_client->rateLimits().nextAllowed(getItems().rateLimitBucket()) <= after.addSecs(day));
}

void TestHttpClient::ledgerAnswersWhenToSend()
{
    QDateTime now = fixedNow();
    RateLimitLedger ledger([&now] { return now; });
    const QString bucket = u"GET api.x.com/2/dm_events"_s;
    QVERIFY(ledger.maySendNow(bucket));
    QCOMPARE(ledger.nextAllowed(bucket), now);

    // Some left: go. None left: wait for the reset.
    const QByteArray reset = QByteArray::number(now.addSecs(60).toSecsSinceEpoch());
    ledger.record(bucket, {{"x-rate-limit-remaining", "1"}, {"x-rate-limit-reset", reset}}, 200);
    QVERIFY(ledger.maySendNow(bucket));
    ledger.record(bucket, {{"x-rate-limit-remaining", "0"}, {"x-rate-limit-reset", reset}}, 200);
    QVERIFY(!ledger.maySendNow(bucket));
    QCOMPARE(ledger.nextAllowed(bucket), now.addSecs(60));
    QVERIFY(ledger.maySendNow(u"GET api.x.com/2/users/me"_s));
    now = now.addSecs(61);
    QVERIFY(ledger.maySendNow(bucket));

    // A 429 that says nothing blocks the bucket for the default penalty.
    ledger.record(bucket, {}, 429);
    QVERIFY(!ledger.maySendNow(bucket));
    QCOMPARE(ledger.nextAllowed(bucket), now.addSecs(RateLimitLedger::defaultPenalty.count()));
    // A 429 with a reset in the past still blocks: the counters cannot be trusted.
    ledger.record(bucket, {{"x-rate-limit-reset", QByteArray::number(now.addSecs(-5).toSecsSinceEpoch())}}, 429);
    QVERIFY(!ledger.maySendNow(bucket));
    // A success that carries no headers lifts a Retry-After block.
    ledger.record(bucket, {}, 200);
    QVERIFY(ledger.maySendNow(bucket));
    ledger.forget(bucket);
    QVERIFY(!ledger.entry(bucket).has_value());
}

void TestHttpClient::serverMessages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("X problem")
        << R"({"title":"Invalid Request","detail":"The `id` query parameter value [x] is not valid","type":"https://api.x.com/2/problems/invalid-request"})"_ba
        << u"The `id` query parameter value [x] is not valid"_s;
    QTest::newRow("X problem, title only")
        << R"({"title":"Unauthorized","type":"about:blank","status":401})"_ba << u"Unauthorized"_s;
    QTest::newRow("Mastodon") << R"({"error":"Record not found"})"_ba << u"Record not found"_s;
    QTest::newRow("Mastodon OAuth") << R"({"error":"invalid_grant","error_description":"The grant is invalid."})"_ba
                                    << u"The grant is invalid."_s;
    QTest::newRow("XRPC") << R"({"error":"InvalidRequest","message":"Input/text is too long"})"_ba
                          << u"Input/text is too long"_s;
    QTest::newRow("control characters") << "{\"error\":\"a\\u202eb\\nc\\u0000d\"}"_ba << u"a b c d"_s;
    QTest::newRow("HTML") << "<html><body>Bad Gateway</body></html>"_ba << QString();
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("not an object") << "[\"error\"]"_ba << QString();
    QTest::newRow("very long") << QByteArray(R"({"error":")" + QByteArray(1000, 'x') + R"("})")
                               << QString(299, u'x') + u'…';
}

void TestHttpClient::serverMessages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(HttpClient::standardErrorReading(400, body).message, message);
}

void TestHttpClient::redactsUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("logged");

    QTest::newRow("no query") << u"https://api.x.com/2/users/me"_s << u"https://api.x.com/2/users/me"_s;
    QTest::newRow("harmless query") << u"https://api.x.com/2/dm_events?max_results=50&pagination_token=abc"_s
                                    << u"https://api.x.com/2/dm_events?max_results=50&pagination_token=REDACTED"_s;
    QTest::newRow("OAuth callback") << u"http://127.0.0.1:4711/callback?code=s3cr3t&state=xyz"_s
                                    << u"http://127.0.0.1:4711/callback?code=REDACTED&state=xyz"_s;
    QTest::newRow("tokens and secrets")
        << u"https://m.example/oauth/token?client_secret=a&refresh_token=b&access_token=c&password=d&token=e&q=ok"_s
        << u"https://m.example/oauth/token?client_secret=REDACTED&refresh_token=REDACTED&access_token=REDACTED&password=REDACTED&token=REDACTED&q=ok"_s;
    QTest::newRow("key names in any case")
        << u"https://h.example/p?Access_Token=a"_s << u"https://h.example/p?Access_Token=REDACTED"_s;
    QTest::newRow("fragment") << u"https://h.example/cb#access_token=abc&token_type=bearer"_s
                              << u"https://h.example/cb#access_token=REDACTED&token_type=REDACTED"_s;
    QTest::newRow("user info") << u"https://user:pw@h.example/p"_s << u"https://h.example/p"_s;
    QTest::newRow("author is not auth") << u"https://h.example/p?author_id=5"_s << u"https://h.example/p?author_id=5"_s;
}

void TestHttpClient::redactsUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, logged);
    QCOMPARE(Redaction::url(QUrl(url)), logged);
}

void TestHttpClient::logsNeverShowSecrets()
{
    {
        QMutexLocker lock(&s_logMutex);
        s_log.clear();
    }
    QLoggingCategory::setFilterRules(u"starling.*=true"_s);
    s_previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(s_previousHandler);
        s_previousHandler = nullptr;
        QLoggingCategory::setFilterRules(QString());
    });
    QVERIFY(lcNet().isDebugEnabled());

    m_client->setAuthorizer(
        [](QNetworkRequest &request) { request.setRawHeader("Authorization"_ba, "Bearer CANARY-AUTH-HEADER"_ba); });
    m_server->route(post, u"/api/secret"_s, [](const sandbox::Request &) {
        return sandbox::Response::json(QJsonObject{{u"token"_s, u"CANARY-RESPONSE-BODY"_s}});
    });

    // A success, with secrets in the query, the header, the request body and the answer.
    const QUrl secretUrl = m_server->url(u"/api/secret?access_token=CANARY-QUERY&code=CANARY-CODE&q=fine"_s);
    const auto ok =
        sendAndWait(HttpRequest::post(secretUrl, QJsonDocument(QJsonObject{{u"text"_s, u"CANARY-REQUEST-BODY"_s}})));
    QVERIFY(ok.has_value() && ok->ok());

    // A retried failure, whose error body carries a secret too.
    m_server->injectFault(get, u"/api/small"_s, Fault::withStatus(500, R"({"error":"CANARY-ERROR-BODY"})"_ba),
                          LoopbackServer::always);
    const auto failed = sendAndWait(
        HttpRequest::get(m_server->url(u"/api/small?refresh_token=CANARY-REFRESH&client_secret=CANARY-SECRET"_s)));
    QVERIFY(failed.has_value() && !failed->ok());

    // A reset and a deadline, with the password in the user info.
    m_server->injectFault(get, u"/api/items"_s, Fault::resetBeforeHandling(), 1);
    QUrl withUser = m_server->url(u"/api/items?password=CANARY-PASSWORD"_s);
    withUser.setUserInfo(u"me:CANARY-USERINFO"_s);
    const auto reset = sendAndWait(HttpRequest::get(withUser));
    QVERIFY(reset.has_value());
    m_server->injectFault(get, u"/api/items"_s, Fault::headersNeverCome(), 1);
    HttpRequest slow = HttpRequest::get(m_server->url(u"/api/items?token=CANARY-TOKEN"_s));
    slow.setDeadline(300ms);
    slow.setMaxAttempts(1);
    const auto timedOut = sendAndWait(slow);
    QVERIFY(timedOut.has_value() && !timedOut->ok());

    QMutexLocker lock(&s_logMutex);
    const QString log = s_log.join(u'\n');
    QVERIFY2(log.contains(u"starling.core.net"_s), "the client logged nothing: the test would prove nothing");
    QVERIFY(log.contains(u"127.0.0.1"_s));
    QVERIFY(log.contains(Redaction::mask()));
    QVERIFY2(!log.contains(u"CANARY"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"Bearer"_s, Qt::CaseInsensitive), qPrintable(log));
}

void TestHttpClient::dropsCallbackWhenContextDies()
{
    m_server->injectFault(get, u"/api/small"_s, Fault::delayHeaders(300ms), 1);
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    m_client->send(HttpRequest::get(m_server->url(u"/api/small"_s)), receiver.get(),
                   [&called](Result<HttpResponse>) { called = true; });
    QTRY_COMPARE(m_server->requestCount(), 1);
    receiver.reset();
    QCOMPARE(m_client->pendingCount(), 0);

    // Another round trip through the same event loop: the dropped answer never shows up.
    const auto next = sendAndWait(HttpRequest::get(m_server->url(u"/api/small"_s)));
    QVERIFY(next.has_value() && next->ok());
    QVERIFY(!called);
}

void TestHttpClient::cancelDropsCallback()
{
    m_server->injectFault(get, u"/api/small"_s, Fault::headersNeverCome(), 1);
    bool called = false;
    const auto id = m_client->send(HttpRequest::get(m_server->url(u"/api/small"_s)), this,
                                   [&called](Result<HttpResponse>) { called = true; });
    QTRY_COMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_client->pendingCount(), 1);
    m_client->cancel(id);
    m_client->cancel(id + 1000); // unknown: ignored
    QCOMPARE(m_client->pendingCount(), 0);
    QTRY_COMPARE(m_server->connectionCount(), 0); // the aborted connection went away
    QVERIFY(!called);
}

void TestHttpClient::destroyingClientAbortsRequests()
{
    m_server->injectFault(get, u"/api/items"_s, Fault::headersNeverCome());
    m_server->injectFault(get, u"/api/small"_s, Fault::withStatus(503));
    m_client->setBackoff({5s, 5s, 0.0}); // so the 503s wait for a retry when the client dies
    bool called = false;
    for (int i = 0; i < 3; ++i) {
        m_client->send(getItems(), this, [&called](Result<HttpResponse>) { called = true; });
        m_client->send(HttpRequest::get(m_server->url(u"/api/small"_s)), this,
                       [&called](Result<HttpResponse>) { called = true; });
    }
    QTRY_VERIFY(m_server->requestCount(get, u"/api/items"_s) == 3 && m_server->requestCount(get, u"/api/small"_s) == 3);
    QCOMPARE(m_client->pendingCount(), 6);
    m_client.reset();
    QTRY_COMPARE(m_server->connectionCount(), 0);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestHttpClient)
namespace {

/** The claims of a DPoP proof, once its ES256 signature checked out against the key in its header. */
std::optional<QJsonObject> verifiedProof(const QByteArray &proof, QJsonObject *header = nullptr)
{
    const QByteArrayList parts = proof.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QJsonObject head = QJsonDocument::fromJson(decode(parts.at(0))).object();
    const QByteArray signedPart = parts.at(0) + '.' + parts.at(1);
    if (!starling::DpopKey::verify(head.value(u"jwk"_s).toObject(), signedPart, decode(parts.at(2))))
        return std::nullopt;
    if (header)
        *header = head;
    return QJsonDocument::fromJson(decode(parts.at(1))).object();
}

} // namespace

void TestHttpClient::dpopProofOnEveryAttemptBoundToTheToken()
{
    auto key = starling::DpopKey::generate();
    QVERIFY(key.ok());
    auto dpop = std::make_shared<starling::Dpop>(key.value());
    m_client->setDpop(dpop);
    m_client->setAuthorizer([](QNetworkRequest &request) { request.setRawHeader("Authorization"_ba, "DPoP at-1"_ba); });
    m_server->injectFault(get, u"/api/small"_s, Fault::withStatus(503), 1);

    const auto result = sendAndWait(HttpRequest::get(m_server->url(u"/api/small?x=1#frag"_s)));
    QVERIFY(result.has_value() && result->ok());
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QSet<QString> ids;
    for (const sandbox::Request &request : requests) {
        QJsonObject header;
        const auto claims = verifiedProof(request.headers.value("dpop"), &header);
        QVERIFY2(claims, request.headers.value("dpop").constData());
        QCOMPARE(header.value(u"typ"_s).toString(), u"dpop+jwt"_s);
        QCOMPARE(header.value(u"alg"_s).toString(), u"ES256"_s);
        QCOMPARE(header.value(u"jwk"_s).toObject(), key->publicJwk());
        QVERIFY(!header.value(u"jwk"_s).toObject().contains(u"d"_s)); // never the private part
        QCOMPARE(claims->value(u"htm"_s).toString(), u"GET"_s);
        // RFC 9449 §4.2: the URI without query and fragment.
        QCOMPARE(claims->value(u"htu"_s).toString(), m_server->url(u"/api/small"_s).toString());
        QVERIFY(qAbs(claims->value(u"iat"_s).toInteger() - QDateTime::currentSecsSinceEpoch()) < 60);
        QVERIFY(!claims->contains(u"nonce"_s)); // the server named none
        const QByteArray ath = QCryptographicHash::hash("at-1", QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QCOMPARE(claims->value(u"ath"_s).toString().toLatin1(), ath);
        ids.insert(claims->value(u"jti"_s).toString());
    }
    QCOMPARE(ids.size(), 2); // a new proof for each attempt

    // Without a DPoP token (a token request) the proof carries no ath.
    m_client->setAuthorizer({});
    const auto plain = sendAndWait(HttpRequest::get(m_server->url(u"/api/small"_s)));
    QVERIFY(plain.has_value() && plain->ok());
    const auto claims = verifiedProof(m_server->requests().last().headers.value("dpop"));
    QVERIFY(claims);
    QVERIFY(!claims->contains(u"ath"_s));
}

void TestHttpClient::dpopNonceRefusalIsSentAgainOnce()
{
    auto dpop = std::make_shared<starling::Dpop>(starling::DpopKey::generate().value());
    m_client->setDpop(dpop);
    // An authorization server (400, OAuth error) that wants the nonce it names, as atproto's do.
    QByteArray wanted = "n-1";
    int handled = 0;
    m_server->route(post, u"/oauth/par"_s, [&](const sandbox::Request &request) {
        const auto claims = verifiedProof(request.headers.value("dpop"));
        if (!claims || claims->value(u"nonce"_s).toString().toLatin1() != wanted) {
            sandbox::Response refusal = sandbox::Response::json(QJsonObject{{u"error"_s, u"use_dpop_nonce"_s}}, 400);
            refusal.headers.set("DPoP-Nonce", wanted);
            return refusal;
        }
        ++handled;
        sandbox::Response ok = sandbox::Response::json(QJsonObject{{u"request_uri"_s, u"urn:x"_s}}, 201);
        ok.headers.set("DPoP-Nonce", "n-2");
        return ok;
    });
    HttpRequest par = HttpRequest::postForm(m_server->url(u"/oauth/par"_s), QUrlQuery(u"a=b"_s));
    par.setIdempotent(false);
    par.setMaxAttempts(1);
    const auto pushed = sendAndWait(par);
    QVERIFY(pushed.has_value());
    QVERIFY2(pushed->ok(), qPrintable(pushed->ok() ? QString() : pushed->error().message()));
    QCOMPARE(handled, 1);
    QCOMPARE(m_server->requestCount(post, u"/oauth/par"_s), 2); // refused once, for the nonce only
    QCOMPARE(pushed->value().attempts(), 1);
    // The nonce of the answer is the one the next proof carries.
    QCOMPARE(dpop->nonce(m_server->url(u"/oauth/par"_s)), "n-2"_ba);

    // A resource server (401 and WWW-Authenticate) that hands out a new nonce every time: sent
    // again once, then its refusal is the answer, with no loop.
    int issued = 0;
    m_server->route(get, u"/xrpc/thing"_s, [&issued](const sandbox::Request &) {
        sandbox::Response refusal = sandbox::Response::json(QJsonObject{{u"error"_s, u"use_dpop_nonce"_s}}, 401);
        refusal.headers.set("WWW-Authenticate", R"(DPoP error="use_dpop_nonce", error_description="nonce")");
        refusal.headers.set("DPoP-Nonce", "r-" + QByteArray::number(++issued));
        return refusal;
    });
    const auto refused = sendAndWait(HttpRequest::get(m_server->url(u"/xrpc/thing"_s)));
    QVERIFY(refused.has_value() && !refused->ok());
    QCOMPARE(refused->error().code(), Error::Code::AuthExpired);
    QCOMPARE(issued, 2);

    // A client without DPoP does not send a request again for a nonce.
    m_client->setDpop({});
    issued = 0;
    const auto bare = sendAndWait(HttpRequest::get(m_server->url(u"/xrpc/thing"_s)));
    QVERIFY(bare.has_value() && !bare->ok());
    QCOMPARE(issued, 1);
    QVERIFY(!m_server->requests().last().headers.contains("dpop"));
}

#include "TestHttpClient.moc"
