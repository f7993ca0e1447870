// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback server kit on its own: routing, the request record, keep-alive, request bodies,
// armed faults, and malformed requests that must get a 400 and never a crash.

#include "LoopbackServer.h"

#include <QHttpMultiPart>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using namespace starling::sandbox;

namespace {

/** Talks raw bytes to the server without blocking the event loop it runs in. */
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket &socket() { return m_socket; }
    QByteArray received() const { return m_received; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool closed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace

class TestLoopbackServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void routesWithParametersAndQuery();
    void recordsEveryRequest();
    void keepsConnectionsAlive();
    void readsChunkedAndPipelinedRequests();
    void answersExpectContinue();
    void keepsMultipartBodiesRaw();
    void armsFaultsForSomeRequests();
    void faultsNeedNoRoute();
    void rejectsMalformedRequests_data();
    void rejectsMalformedRequests();
    void closeDropsConnections();

private:
    QNetworkReply *get(const QString &pathAndQuery);

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

void TestLoopbackServer::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_server->route("GET"_ba, u"/hello"_s, [](const Request &) { return Response::text("hello"_ba); });
    m_server->route("POST"_ba, u"/echo"_s, [](const Request &request) {
        return Response::bytes(request.body, request.headers.value("content-type", "application/octet-stream"_ba));
    });
}

void TestLoopbackServer::cleanup()
{
    m_manager.reset();
    m_server.reset();
}

QNetworkReply *TestLoopbackServer::get(const QString &pathAndQuery)
{
    QNetworkReply *reply = m_manager->get(QNetworkRequest(m_server->url(pathAndQuery)));
    reply->setParent(m_manager.get());
    return reply;
}

void TestLoopbackServer::listensOnLoopbackOnly()
{
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() > 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    const QTcpServer *tcp = m_server->findChild<QTcpServer *>();
    QVERIFY(tcp);
    QCOMPARE(tcp->serverAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestLoopbackServer::routesWithParametersAndQuery()
{
    m_server->route("GET"_ba, u"/2/users/{id}/mentions"_s, [](const Request &request) {
        return Response::json(QJsonObject{{u"id"_s, request.param(u"id"_s)},
                                          {u"max"_s, request.queryValue(u"max_results"_s)},
                                          {u"token"_s, request.queryValue(u"pagination_token"_s)}});
    });
    QNetworkReply *reply = get(u"/2/users/12%2F34/mentions?max_results=5&pagination_token=a%20b"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(answer.value(u"id"_s).toString(), u"12/34"_s);
    QCOMPARE(answer.value(u"max"_s).toString(), u"5"_s);
    QCOMPARE(answer.value(u"token"_s).toString(), u"a b"_s);
    QCOMPARE(m_server->requests().last().routePattern, u"/2/users/{id}/mentions"_s);

    // No route: the fallback answers 404, and a wrong segment count does not match.
    QNetworkReply *missing = get(u"/2/users/12/mentions/extra"_s);
    QTRY_VERIFY(missing->isFinished());
    QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QVERIFY(m_server->requests().last().routePattern.isEmpty());
}

void TestLoopbackServer::recordsEveryRequest()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::requestReceived);
    QNetworkRequest request(m_server->url(u"/echo?x=1"_s));
    request.setRawHeader("Content-Type"_ba, "application/json"_ba);
    request.setRawHeader("X-Custom"_ba, "yes"_ba);
    QNetworkReply *reply = m_manager->post(request, R"({"a":1})"_ba);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), R"({"a":1})"_ba);
    reply->deleteLater();

    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(received.count(), 1);
    const Request recorded = m_server->requests().first();
    QCOMPARE(recorded.method, "POST"_ba);
    QCOMPARE(recorded.path, u"/echo"_s);
    QCOMPARE(recorded.target, "/echo?x=1"_ba);
    QCOMPARE(recorded.queryValue(u"x"_s), u"1"_s);
    QCOMPARE(recorded.headers.value("x-custom"), "yes"_ba); // case-insensitive
    QCOMPARE(recorded.json().object().value(u"a"_s).toInt(), 1);
    QCOMPARE(recorded.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(recorded.receivedAt.isValid());
    QCOMPARE(m_server->requestCount("POST"_ba, u"/echo"_s), 1);
    QCOMPARE(m_server->requestCount("GET"_ba, u"/echo"_s), 0);

    m_server->clearRequests();
    QCOMPARE(m_server->requestCount(), 0);
}

void TestLoopbackServer::keepsConnectionsAlive()
{
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = get(u"/hello"_s);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->readAll(), "hello"_ba);
        reply->deleteLater();
    }
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).connectionId, requests.at(0).connectionId);
    QCOMPARE(requests.at(2).connectionId, requests.at(0).connectionId);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestLoopbackServer::readsChunkedAndPipelinedRequests()
{
    RawClient client(m_server->port());
    client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: text/plain\r\n\r\n"
                "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n"
                "GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"_ba);
    QTRY_VERIFY(client.closed());
    const QByteArray received = client.received();
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("\r\n\r\nhello world"));
    QCOMPARE(received.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(received.endsWith("\r\n\r\nhello"));
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().first().body, "hello world"_ba);
}

void TestLoopbackServer::answersExpectContinue()
{
    RawClient client(m_server->port());
    client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n"
                "Connection: close\r\n\r\n"_ba);
    QTRY_VERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("body"_ba);
    QTRY_VERIFY(client.closed());
    QVERIFY(client.received().endsWith("\r\n\r\nbody"));
}

void TestLoopbackServer::keepsMultipartBodiesRaw()
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"media\"; filename=\"a.png\""_s);
    part.setBody("\x89PNG\r\n\x1a\n-binary-"_ba);
    multipart->append(part);
    QNetworkReply *reply = m_manager->post(QNetworkRequest(m_server->url(u"/echo"_s)), multipart);
    multipart->setParent(reply);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const Request recorded = m_server->requests().last();
    QVERIFY(recorded.headers.value("content-type").startsWith("multipart/form-data; boundary="));
    QVERIFY(recorded.body.contains("\x89PNG\r\n\x1a\n-binary-"));
    QVERIFY(recorded.body.contains("filename=\"a.png\""));
}

void TestLoopbackServer::armsFaultsForSomeRequests()
{
    m_server->injectFault("GET"_ba, u"/hello"_s, Fault::withStatus(503), 2);
    QList<int> statuses;
    for (int i = 0; i < 3; ++i) {
        QNetworkReply *reply = get(u"/hello"_s);
        QTRY_VERIFY(reply->isFinished());
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    }
    QCOMPARE(statuses, (QList<int>{503, 503, 200}));

    // Armed for one method only, and cleared on demand.
    m_server->injectFault("POST"_ba, u"/hello"_s, Fault::withStatus(500));
    QNetworkReply *reply = get(u"/hello"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    m_server->injectFault("*"_ba, u"/hello"_s, Fault::withStatus(418));
    m_server->clearFaults();
    QNetworkReply *again = get(u"/hello"_s);
    QTRY_VERIFY(again->isFinished());
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestLoopbackServer::faultsNeedNoRoute()
{
    m_server->injectFault("*"_ba, u"/nowhere/{id}"_s, Fault::rateLimited(Fault::RateLimitStyle::Mastodon, 60s, 30s));
    QNetworkReply *reply = get(u"/nowhere/7"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
    QCOMPARE(reply->rawHeader("Retry-After"_ba), "30"_ba);
    QCOMPARE(reply->rawHeader("X-RateLimit-Remaining"_ba), "0"_ba);
    // ISO-8601 with microseconds, as Mastodon sends it.
    const QByteArray reset = reply->rawHeader("X-RateLimit-Reset"_ba);
    QVERIFY2(reset.size() == 27 && reset.endsWith('Z') && reset.at(19) == '.', reset.constData());
}

void TestLoopbackServer::rejectsMalformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    QTest::newRow("garbage line") << "GARBAGE\r\n\r\n"_ba << 400;
    QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe\r\n\r\n", 9) << 400;
    QTest::newRow("unknown version") << "GET / HTTP/9.9\r\n\r\n"_ba << 505;
    QTest::newRow("not HTTP") << "GET / SPDY/3\r\n\r\n"_ba << 400;
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nBad Header\r\n\r\n"_ba << 400;
    QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
    QTest::newRow("folded header") << "GET / HTTP/1.1\r\nX-A: 1\r\n  2\r\n\r\n"_ba << 400;
    QTest::newRow("bad Content-Length") << "POST /echo HTTP/1.1\r\nContent-Length: abc\r\n\r\n"_ba << 400;
    QTest::newRow("negative Content-Length") << "POST /echo HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting Content-Lengths")
        << "POST /echo HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab"_ba << 400;
    QTest::newRow("length and chunked")
        << "POST /echo HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << 400;
    QTest::newRow("unknown transfer coding") << "POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 400;
    QTest::newRow("bad chunk size") << "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n"_ba << 400;
    QTest::newRow("chunk without CRLF") << "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY"_ba
                                        << 400;
    QTest::newRow("huge body announced") << "POST /echo HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n"_ba << 413;
    QTest::newRow("head too large") << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n" << 431;
    QTest::newRow("CONNECT target") << "CONNECT example.com:443 HTTP/1.1\r\n\r\n"_ba << 400;
}

void TestLoopbackServer::rejectsMalformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);

    RawClient client(m_server->port());
    client.send(bytes);
    QTRY_VERIFY(client.closed());
    const QByteArray expected = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    QVERIFY2(client.received().startsWith(expected), client.received().left(200).constData());
    QCOMPARE(m_server->requestCount(), 0); // a handler never saw it

    // The server is still there for the next client.
    QNetworkReply *reply = get(u"/hello"_s);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->readAll(), "hello"_ba);
}

void TestLoopbackServer::closeDropsConnections()
{
    m_server->injectFault("GET"_ba, u"/hello"_s, Fault::headersNeverCome());
    QNetworkReply *reply = get(u"/hello"_s);
    QTRY_COMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->connectionCount(), 1);
    m_server->close();
    QVERIFY(!m_server->isListening());
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->error() != QNetworkReply::NoError);
    QTRY_COMPARE(m_server->connectionCount(), 0);
    // Destroying a server with hung connections is safe as well.
    QVERIFY(m_server->listen());
    QNetworkReply *second = get(u"/hello"_s);
    QTRY_COMPARE(m_server->requestCount(), 2);
    m_server.reset();
    QTRY_VERIFY(second->isFinished());
}

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "TestLoopbackServer.moc"
