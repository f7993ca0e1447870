// SPDX-License-Identifier: GPL-3.0-or-later
// The OAuth 2.0 sign-in against the authorization server in sandbox/: PKCE S256, the state check
// (a forged callback is refused and the listener keeps waiting), the one-shot loopback listener on
// 127.0.0.1 that idle connections cannot block, the code exchange and its errors, the page the
// browser shows; then the refresh (single flight, rotating refresh tokens stored before use),
// sign-in expiry without data loss, and sign-out. The test plays the browser by following the
// server's redirect with its own QNetworkAccessManager.

#include "FakeCredentialStore.h"
#include "LoopbackServer.h"
#include "Profile.h"
#include "TestData.h"
#include "auth/AuthServer.h"
#include "auth/OAuthConfig.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/OAuthTokenEndpoint.h"
#include "auth/Pkce.h"
#include "auth/TokenRefresher.h"
#include "providers/x/XClient.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace starling;
using starling::sandbox::AuthServer;
using starling::sandbox::Fault;
using starling::sandbox::LoopbackServer;
using starling::sandbox::Request;
using starling::sandbox::Response;
using Kind = starling::CredentialStore::Kind;

namespace {

// Generous, for a loaded machine; every wait ends as soon as its condition holds.
constexpr int waitMs = 15000;

QStringList s_log;
QMutex s_logMutex;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker locker(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

/** The browser: follows redirects as a browser does, and keeps what it got. */
class Browser
{
public:
    struct Page
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QUrl url;
    };

    /** Starts loading @p url; poll the returned reply. */
    QNetworkReply *open(const QUrl &url, bool followRedirects = true)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, followRedirects
                                                                           ? QNetworkRequest::NoLessSafeRedirectPolicy
                                                                           : QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_manager.get(request);
        reply->setParent(&m_manager);
        return reply;
    }

    static Page pageOf(QNetworkReply *reply)
    {
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error(),
                reply->url()};
    }

private:
    QNetworkAccessManager m_manager;
};

/** Collects a flow's one result. */
struct FlowResult
{
    explicit FlowResult(OAuthLoopbackFlow &flow)
    {
        QObject::connect(&flow, &OAuthLoopbackFlow::finished, &flow, [this](const Result<TokenSet> &outcome) {
            ++count;
            result.emplace(outcome);
        });
    }
    std::optional<Result<TokenSet>> result;
    int count = 0;
};

/** The message of a failed result, for test output; empty on success. */
template<typename T>
QString failureOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message();
}

QString queryValue(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

/** The form fields of the last request to @p path, decoded. */
QUrlQuery lastForm(const LoopbackServer &server, const QString &path, const QString &grantType = {})
{
    const QList<Request> requests = server.requests();
    for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
        if (it->path != path)
            continue;
        QString text = QString::fromUtf8(it->body);
        text.replace(u'+', u"%20"_s);
        const QUrlQuery form(text);
        if (grantType.isEmpty() || form.queryItemValue(u"grant_type"_s) == grantType)
            return form;
    }
    return {};
}

QString fieldOf(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

/** Tries to connect to @p address:@p port; true if a server accepted. */
bool accepts(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(address, port);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(connected.count() + failed.count() > 0, waitMs); }();
    return connected.count() > 0;
}

} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The pieces
    void pkceMatchesRfc7636();
    void pkceValuesAreRandomAndWellFormed();
    void xConfigFollowsApiNotes();
    void formValuesAreFullyEncoded();

    // The sign-in
    void signsInWithPkceS256();
    void refusesWrongState();
    void refusesCallbackFromAnotherIssuer();
    void idleConnectionsCannotKeepTheCallbackOut();
    void closesConnectionsThatSendNothing();
    void refusesSecondCallback();
    void listensOn127001Only();
    void expiredCodeGivesClearError();
    void accessDeniedGivesClearError();
    void pageEscapesServerText();
    void cancelClosesListener();
    void timesOutWhenNobodyComesBack();
    void fixedPortInUseIsReported();
    void confidentialClientWithoutRefreshToken();

    // Tokens after the sign-in
    void twentyRequestsCauseOneRefresh();
    void concurrentRefreshCallsShareOneFlight();
    void refreshTokenIsStoredBeforeAccessTokenIsUsed();
    void unsavedRefreshTokenIsKeptAndStoredNextTime();
    void invalidGrantExpiresSignInWithoutDeletingData();
    void twoRefreshersOfOneAccountTakeTurns();
    void refusedRefreshReadsTheStoredTokenAgain();
    void lockHeldTooLongIsNotAnExpiredSignIn();
    void lockedOrMissingKeyring();
    void setTokensWritesRefreshTokenFirst();
    void loadReadsStoredAccessToken();
    void signOutRevokesAndRemovesSecrets();
    void signOutSurvivesFailedRevocation();

    void logsNeverShowSecrets();

private:
    std::unique_ptr<TokenRefresher> makeRefresher(const OAuthConfig &config);
    /** Runs a sign-in through the browser; returns the page the browser ended on. */
    Browser::Page signIn(OAuthLoopbackFlow &flow, FlowResult &outcome);

    std::unique_ptr<AuthServer> m_auth;
    std::unique_ptr<FakeCredentialStore> m_store;
    std::unique_ptr<Browser> m_browser;
    QUuid m_account;
    QDateTime m_now;
};

void TestOAuthFlow::init()
{
    m_auth = std::make_unique<AuthServer>();
    QVERIFY(m_auth->listen());
    m_store = std::make_unique<FakeCredentialStore>();
    m_browser = std::make_unique<Browser>();
    m_account = QUuid::fromString(u"{6f1c0a52-8a3e-4c3b-9d3e-2b7f1c5a9e01}"_s);
    m_now = testdata::at(0);
}

void TestOAuthFlow::cleanup()
{
    m_browser.reset();
    m_store.reset();
    m_auth.reset();
}

std::unique_ptr<TokenRefresher> TestOAuthFlow::makeRefresher(const OAuthConfig &config)
{
    auto refresher = std::make_unique<TokenRefresher>(m_account, config, m_store.get());
    refresher->setClock([this] { return m_now; });
    return refresher;
}

Browser::Page TestOAuthFlow::signIn(OAuthLoopbackFlow &flow, FlowResult &outcome)
{
    QSignalSpy urlReady(&flow, &OAuthLoopbackFlow::authorizationUrlReady);
    const Result<QUrl> started = flow.start();
    if (!started) {
        QTest::qFail(qPrintable(started.error().message()), __FILE__, __LINE__);
        return {};
    }
    if (urlReady.count() != 1 || urlReady.at(0).at(0).toUrl() != started.value()) {
        QTest::qFail("authorizationUrlReady was not emitted with the URL", __FILE__, __LINE__);
        return {};
    }
    QNetworkReply *reply = m_browser->open(started.value());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    }();
    return Browser::pageOf(reply);
}

// ---------------------------------------------------------------------------------------------
// The pieces

void TestOAuthFlow::pkceMatchesRfc7636()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
}

void TestOAuthFlow::pkceValuesAreRandomAndWellFormed()
{
    const QByteArray a = Pkce::makeVerifier();
    const QByteArray b = Pkce::makeVerifier();
    QCOMPARE(a.size(), Pkce::defaultVerifierLength);
    QVERIFY(Pkce::isValidVerifier(a));
    QVERIFY(a != b);
    QCOMPARE(Pkce::makeVerifier(10).size(), 43); // clamped to the RFC's range
    QCOMPARE(Pkce::makeVerifier(500).size(), 128);
    QVERIFY(!Pkce::isValidVerifier("short"));
    QVERIFY(!Pkce::isValidVerifier(QByteArray(43, '+')));

    const QByteArray challenge = Pkce::challenge(a);
    QCOMPARE(challenge.size(), 43);
    QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
    QCOMPARE(challenge, QCryptographicHash::hash(a, QCryptographicHash::Sha256)
                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    const QByteArray state = Pkce::makeState();
    QCOMPARE(state.size(), 43);
    QVERIFY(state != Pkce::makeState());
    QVERIFY(Pkce::equalSecrets(state, state));
    const QByteArray changed = state.left(42) + (state.endsWith('A') ? "B"_ba : "A"_ba);
    QVERIFY(!Pkce::equalSecrets(state, changed));
    QVERIFY(!Pkce::equalSecrets(state, state.left(20)));
}

void TestOAuthFlow::xConfigFollowsApiNotes()
{
    const OAuthConfig x = OAuthConfig::x(u"  M1M5R3BMVBFBQ0xWSm9pdXBMRGs6MTpjaQ "_s);
    QCOMPARE(x.clientId, u"M1M5R3BMVBFBQ0xWSm9pdXBMRGs6MTpjaQ"_s);
    QCOMPARE(x.authorizeUrl, QUrl(u"https://x.com/i/oauth2/authorize"_s));
    QCOMPARE(x.tokenUrl, QUrl(u"https://api.x.com/2/oauth2/token"_s));
    QCOMPARE(x.revokeUrl, QUrl(u"https://api.x.com/2/oauth2/revoke"_s));
    QVERIFY(x.clientSecret.isEmpty());
    QVERIFY(x.usePkce);
    QCOMPARE(x.scopeString(), u"tweet.read tweet.write users.read dm.read dm.write media.write offline.access"_s);
    QCOMPARE(x.redirectPort, OAuthConfig::defaultXRedirectPort);
    QCOMPARE(x.redirectUri().toString(), u"http://127.0.0.1:47615/callback"_s);
    QCOMPARE(OAuthConfig::x(u"id"_s, 50123).redirectUri().toString(), u"http://127.0.0.1:50123/callback"_s);
    QVERIFY(x.validate().ok());

    const QString help = OAuthConfig::xClientIdHelp();
    QVERIFY(help.contains(u"console.x.com"_s));
    QVERIFY(help.contains(u"Native App"_s));
    QVERIFY(help.contains(u"http://127.0.0.1:47615/callback"_s));
    QVERIFY(help.contains(u"Client ID"_s));
    QVERIFY(OAuthConfig::xClientIdHelp(50123).contains(u"http://127.0.0.1:50123/callback"_s));

    QVERIFY(!OAuthConfig::isPlausibleClientId(u""_s));
    QVERIFY(!OAuthConfig::isPlausibleClientId(u"two words"_s));
    QVERIFY(OAuthConfig::isPlausibleClientId(u"M1M5R3BMVBFBQ0xWSm9pdXBMRGs6MTpjaQ"_s));
    QCOMPARE(OAuthConfig::x(u""_s).validate().error().code(), Error::Code::InvalidInput);

    OAuthConfig insecure = x;
    insecure.tokenUrl = QUrl(u"http://api.example.com/oauth/token"_s);
    QCOMPARE(insecure.validate().error().code(), Error::Code::InvalidInput);
}

void TestOAuthFlow::formValuesAreFullyEncoded()
{
    const QUrlQuery form = OAuthTokenEndpoint::encodeForm({{"code"_ba, "a+b c&d=e/é"_ba}});
    QCOMPARE(form.query(QUrl::FullyEncoded), u"code=a%2Bb%20c%26d%3De%2F%C3%A9"_s);
}

// ---------------------------------------------------------------------------------------------
// The sign-in

void TestOAuthFlow::signsInWithPkceS256()
{
    OAuthLoopbackFlow flow(m_auth->config());
    flow.setClock([this] { return m_now; });
    QSignalSpy callback(&flow, &OAuthLoopbackFlow::callbackReceived);
    FlowResult outcome(flow);
    const Browser::Page page = signIn(flow, outcome);

    // What the browser was sent to.
    const QUrl url = flow.authorizationUrl();
    QCOMPARE(queryValue(url, u"response_type"_s), u"code"_s);
    QCOMPARE(queryValue(url, u"client_id"_s), AuthServer::defaultClientId());
    QCOMPARE(queryValue(url, u"redirect_uri"_s), flow.redirectUri().toString());
    QVERIFY(flow.redirectUri().toString().startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(queryValue(url, u"scope"_s), OAuthConfig::xScopes().join(u' '));
    QCOMPARE(queryValue(url, u"code_challenge_method"_s), u"S256"_s);

    // What the server recorded, and the verifier the exchange sent: the S256 challenge matches it.
    QCOMPARE(m_auth->authorizeCount(), 1);
    const AuthServer::Authorization authorization = m_auth->authorizations().constFirst();
    QCOMPARE(authorization.codeChallengeMethod, u"S256"_s);
    QCOMPARE(authorization.state.size(), 43);
    QCOMPARE(authorization.redirectUri, flow.redirectUri().toString());
    const QUrlQuery exchange = lastForm(m_auth->server(), u"/oauth2/token"_s, u"authorization_code"_s);
    const QByteArray verifier = fieldOf(exchange, u"code_verifier"_s).toLatin1();
    QVERIFY(Pkce::isValidVerifier(verifier));
    QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
             authorization.codeChallenge);
    QCOMPARE(fieldOf(exchange, u"redirect_uri"_s), flow.redirectUri().toString());
    QCOMPARE(fieldOf(exchange, u"client_id"_s), AuthServer::defaultClientId());
    QVERIFY(!exchange.hasQueryItem(u"client_secret"_s)); // a public client

    // The outcome.
    QCOMPARE(outcome.count, 1);
    QCOMPARE(callback.count(), 1);
    QVERIFY2(outcome.result->ok(), qPrintable(failureOf(*outcome.result)));
    const TokenSet tokens = outcome.result->value();
    QVERIFY(m_auth->isAccessTokenValid(tokens.accessToken));
    QVERIFY(m_auth->isRefreshTokenValid(tokens.refreshToken));
    QCOMPARE(tokens.expiresAt, m_now.addSecs(AuthServer::defaultAccessTokenSeconds));
    QVERIFY(tokens.scope.contains(u"offline.access"_s));
    QCOMPARE(m_auth->codeExchangeCount(), 1);

    // The browser's page, and the listener is gone.
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains("You are signed in to Sandbox"), page.body.constData());
    QVERIFY(page.body.contains("close this tab"));
    QVERIFY(!flow.isListening());
    QVERIFY(flow.isFinished());
}

void TestOAuthFlow::refusesCallbackFromAnotherIssuer()
{
    // RFC 9207: with an issuer configured (atproto OAuth), the callback must name it in `iss`.
    Browser::Page lastPage;
    std::optional<Result<TokenSet>> lastResult;
    const auto signIn = [&](const std::optional<QString> &iss) {
        lastResult.reset();
        OAuthConfig config = m_auth->config();
        config.issuer = u"https://auth.example"_s;
        auto flow = std::make_unique<OAuthLoopbackFlow>(config);
        auto outcome = std::make_unique<FlowResult>(*flow);
        const Result<QUrl> started = flow->start();
        QNetworkReply *authorize = m_browser->open(started.value(), false);
        QTRY_VERIFY_WITH_TIMEOUT(authorize->isFinished(), waitMs);
        QUrl callback = QUrl::fromEncoded(authorize->rawHeader("Location"_ba));
        QUrlQuery query(callback);
        if (iss)
            query.addQueryItem(u"iss"_s, QString::fromLatin1(QUrl::toPercentEncoding(*iss)));
        callback.setQuery(query);
        QNetworkReply *reply = m_browser->open(callback);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->result.has_value(), waitMs);
        lastPage = Browser::pageOf(reply);
        lastResult = *outcome->result;
    };
    const int exchangesBefore = m_auth->codeExchangeCount();
    signIn(u"https://other.example"_s);
    QCOMPARE(lastPage.status, 400);
    QVERIFY(!lastResult->ok());
    QCOMPARE(lastResult->error().code(), Error::Code::BadResponse);
    signIn(std::nullopt);
    QCOMPARE(lastPage.status, 400);
    QVERIFY(!lastResult->ok());
    QCOMPARE(m_auth->codeExchangeCount(), exchangesBefore); // no code from elsewhere was used

    signIn(u"https://auth.example"_s);
    QCOMPARE(lastPage.status, 200);
    QVERIFY2(lastResult->ok(), qPrintable(failureOf(*lastResult)));
    QCOMPARE(m_auth->codeExchangeCount(), exchangesBefore + 1);
}

void TestOAuthFlow::refusesWrongState()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    const Result<QUrl> started = flow.start();
    QVERIFY(started.ok());

    // Ask the server ourselves, then come back with a state that is not ours.
    QNetworkReply *authorize = m_browser->open(started.value(), false);
    QTRY_VERIFY_WITH_TIMEOUT(authorize->isFinished(), waitMs);
    QCOMPARE(authorize->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
    const QUrl genuine = QUrl::fromEncoded(authorize->rawHeader("Location"_ba));
    QUrl forged = genuine;
    QUrlQuery query(forged);
    const QString state = query.queryItemValue(u"state"_s);
    QVERIFY(!state.isEmpty());
    query.removeQueryItem(u"state"_s);
    query.addQueryItem(u"state"_s, u"attacker-chosen-state"_s);
    forged.setQuery(query);

    QNetworkReply *reply = m_browser->open(forged);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), waitMs);
    const Browser::Page page = Browser::pageOf(reply);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("could not sign in"));
    QVERIFY(page.body.contains("did not belong to the sign-in Starling started"));

    // Anyone on this computer can send that: it must not end the user's sign-in.
    query.removeQueryItem(u"state"_s);
    QUrl stateless = genuine;
    stateless.setQuery(query);
    QNetworkReply *missing = m_browser->open(stateless);
    QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), waitMs);
    QCOMPARE(Browser::pageOf(missing).status, 400);
    QVERIFY(!outcome.result.has_value());
    QVERIFY(flow.isListening());
    QCOMPARE(m_auth->codeExchangeCount(), 0); // the code was never used

    // The browser's own callback still completes the sign-in.
    QNetworkReply *real = m_browser->open(genuine);
    QTRY_VERIFY_WITH_TIMEOUT(real->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QCOMPARE(Browser::pageOf(real).status, 200);
    QVERIFY2(outcome.result->ok(), qPrintable(failureOf(*outcome.result)));
    QCOMPARE(outcome.count, 1);
    QCOMPARE(m_auth->codeExchangeCount(), 1);
    QVERIFY(!flow.isListening());
}

void TestOAuthFlow::idleConnectionsCannotKeepTheCallbackOut()
{
    OAuthLoopbackFlow flow(m_auth->config());
    // Long enough that only making room, not the timeout, can let the browser in during this test.
    flow.setConnectionTimeout(10min);
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());

    // A local process opens as many connections as may wait at once, and sends nothing.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 16; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, flow.port());
    }
    for (const auto &socket : idle)
        QTRY_VERIFY_WITH_TIMEOUT(socket->state() == QAbstractSocket::ConnectedState, waitMs);

    // A callback with the wrong state on top of that.
    QUrl forged = flow.redirectUri();
    forged.setQuery(u"code=forged&state=not-ours"_s);
    QNetworkReply *wrong = m_browser->open(forged);
    QTRY_VERIFY_WITH_TIMEOUT(wrong->isFinished(), waitMs);
    QCOMPARE(Browser::pageOf(wrong).status, 400);
    QVERIFY(!outcome.result.has_value());
    // The oldest idle connection made way for it; the others still wait.
    QTRY_VERIFY_WITH_TIMEOUT(idle.front()->state() == QAbstractSocket::UnconnectedState, waitMs);
    QCOMPARE(idle.back()->state(), QAbstractSocket::ConnectedState);

    // The real browser still gets through.
    QNetworkReply *browser = m_browser->open(flow.authorizationUrl());
    QTRY_VERIFY_WITH_TIMEOUT(browser->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QCOMPARE(Browser::pageOf(browser).status, 200);
    QVERIFY2(outcome.result->ok(), qPrintable(failureOf(*outcome.result)));
    QCOMPARE(m_auth->codeExchangeCount(), 1);
}

void TestOAuthFlow::closesConnectionsThatSendNothing()
{
    OAuthLoopbackFlow flow(m_auth->config());
    flow.setConnectionTimeout(200ms);
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());

    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, flow.port());
    QTcpSocket dribbling; // half a request line, then nothing more: its deadline is not reset
    dribbling.connectToHost(QHostAddress::LocalHost, flow.port());
    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::ConnectedState, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dribbling.state() == QAbstractSocket::ConnectedState, waitMs);
    dribbling.write("GET /call");
    QVERIFY(dribbling.waitForBytesWritten(waitMs));

    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dribbling.state() == QAbstractSocket::UnconnectedState, waitMs);
    QVERIFY(!outcome.result.has_value());
    QVERIFY(flow.isListening());

    QNetworkReply *browser = m_browser->open(flow.authorizationUrl());
    QTRY_VERIFY_WITH_TIMEOUT(browser->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QCOMPARE(Browser::pageOf(browser).status, 200);
    QVERIFY2(outcome.result->ok(), qPrintable(failureOf(*outcome.result)));
}

void TestOAuthFlow::refusesSecondCallback()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());
    const quint16 port = flow.port();
    const QString state = queryValue(flow.authorizationUrl(), u"state"_s);

    // A connection the browser opened early and never used.
    QTcpSocket early;
    early.connectToHost(QHostAddress::LocalHost, port);
    QTRY_VERIFY_WITH_TIMEOUT(early.state() == QAbstractSocket::ConnectedState, waitMs);

    QNetworkReply *first = m_browser->open(flow.authorizationUrl());
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QVERIFY(outcome.result->ok());
    QCOMPARE(Browser::pageOf(first).status, 200);

    // The early connection was dropped; a callback sent on it gets nothing.
    early.write("GET /callback?code=again&state="_ba + state.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(early.state() == QAbstractSocket::UnconnectedState, waitMs);
    QVERIFY(!early.readAll().contains("200 OK"));

    // A second callback with the right state finds nobody listening.
    QUrl again = flow.redirectUri();
    again.setQuery(u"code=second&state="_s + state);
    QNetworkReply *second = m_browser->open(again);
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), waitMs);
    QCOMPARE(second->error(), QNetworkReply::ConnectionRefusedError);
    QVERIFY(!accepts(QHostAddress::LocalHost, port));

    QCOMPARE(outcome.count, 1);
    QCOMPARE(m_auth->codeExchangeCount(), 1);
}

void TestOAuthFlow::listensOn127001Only()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());
    QCOMPARE(flow.listenAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(flow.redirectUri().host(), u"127.0.0.1"_s);
    QVERIFY(!flow.authorizationUrl().toString().contains(u"localhost"_s));
    QVERIFY(accepts(QHostAddress::LocalHost, flow.port()));

    QList<QHostAddress> others;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal() || address.isNull())
            continue;
        others.append(address);
    }
    for (const QHostAddress &address : std::as_const(others))
        QVERIFY2(!accepts(address, flow.port()), qPrintable(address.toString()));
    QVERIFY(flow.isListening()); // still waiting for the real browser

    flow.cancel();
    QCOMPARE(outcome.count, 1);
    if (others.isEmpty())
        QSKIP("This machine has no address other than loopback to try the listener from.");
}

void TestOAuthFlow::expiredCodeGivesClearError()
{
    // The code has lived 31 s by the time it reaches the token endpoint.
    m_auth->setClock([this] { return m_now; });
    connect(m_auth.get(), &AuthServer::codeIssued, this, [this] { m_now = m_now.addSecs(31); });

    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    const Browser::Page page = signIn(flow, outcome);

    QVERIFY(!outcome.result->ok());
    const Error error = outcome.result->error();
    QCOMPARE(error.code(), Error::Code::AuthRevoked);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY2(error.message().contains(u"did not accept the sign-in code"_s), qPrintable(error.message()));
    QVERIFY2(error.message().contains(u"expired"_s), qPrintable(error.message()));
    QCOMPARE(m_auth->codeExchangeCount(), 1);

    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("could not sign in to Sandbox"));
    QVERIFY(page.body.contains("did not accept the sign-in code"));
}

void TestOAuthFlow::accessDeniedGivesClearError()
{
    m_auth->setConsent(AuthServer::Consent::Deny);
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    const Browser::Page page = signIn(flow, outcome);

    QVERIFY(!outcome.result->ok());
    const Error error = outcome.result->error();
    QCOMPARE(error.code(), Error::Code::Forbidden);
    QVERIFY2(error.message().contains(u"was not granted"_s), qPrintable(error.message()));
    // "+" in the redirect's query is a space.
    QVERIFY2(error.message().contains(u"The user denied the request."_s), qPrintable(error.message()));
    QCOMPARE(m_auth->codeExchangeCount(), 0);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("was not granted"));
    QVERIFY(!flow.isListening());
}

void TestOAuthFlow::pageEscapesServerText()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());
    QUrl callback = flow.redirectUri();
    callback.setQuery(u"error=access_denied&error_description="_s
                          + QString::fromLatin1(QUrl::toPercentEncoding(u"<script>alert(1)</script> & \"x\""_s))
                          + u"&state="_s + queryValue(flow.authorizationUrl(), u"state"_s),
                      QUrl::StrictMode);
    QNetworkReply *reply = m_browser->open(callback);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), waitMs);
    const Browser::Page page = Browser::pageOf(reply);
    QVERIFY(!page.body.contains("<script>"));
    QVERIFY2(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"), page.body.constData());
    QCOMPARE(reply->rawHeader("Content-Type"_ba), "text/html; charset=utf-8"_ba);
    QVERIFY(reply->rawHeader("Content-Security-Policy"_ba).contains("default-src 'none'"));
    QCOMPARE(reply->rawHeader("Referrer-Policy"_ba), "no-referrer"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QCOMPARE(outcome.result->error().code(), Error::Code::Forbidden);
}

void TestOAuthFlow::cancelClosesListener()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    QVERIFY(flow.start().ok());
    const quint16 port = flow.port();
    QVERIFY(accepts(QHostAddress::LocalHost, port));

    flow.cancel();
    QVERIFY(!flow.isListening());
    QCOMPARE(outcome.count, 1);
    QCOMPARE(outcome.result->error().code(), Error::Code::Cancelled);
    QVERIFY(!accepts(QHostAddress::LocalHost, port));

    flow.cancel(); // nothing more happens
    QCOMPARE(outcome.count, 1);
    QCOMPARE(flow.start().error().code(), Error::Code::InvalidInput); // one flow, one sign-in
}

void TestOAuthFlow::timesOutWhenNobodyComesBack()
{
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    flow.setTimeout(50ms);
    QVERIFY(flow.start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), waitMs);
    QCOMPARE(outcome.result->error().code(), Error::Code::Timeout);
    QVERIFY(!flow.isListening());
}

void TestOAuthFlow::fixedPortInUseIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    OAuthLoopbackFlow flow(m_auth->config(AuthServer::defaultClientId(), squatter.serverPort()));
    FlowResult outcome(flow);
    const Result<QUrl> started = flow.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code(), Error::Code::Unavailable);
    QVERIFY(started.error().message().contains(QString::number(squatter.serverPort())));
    QVERIFY(!flow.isRunning());
    QCOMPARE(outcome.count, 0); // start() said it; finished() does not repeat it

    // With the port free, the fixed port is the one in the redirect URI.
    const quint16 port = squatter.serverPort();
    squatter.close();
    OAuthLoopbackFlow fixed(m_auth->config(AuthServer::defaultClientId(), port));
    QVERIFY(fixed.start().ok());
    QCOMPARE(fixed.port(), port);
    QCOMPARE(fixed.redirectUri().port(), int(port));
    fixed.cancel();
}

void TestOAuthFlow::confidentialClientWithoutRefreshToken()
{
    // Mastodon's shape (M-1): a per-instance client with a secret, and no refresh token.
    m_auth->setRegisteredClient(u"mastodon-client"_s, "instance-secret"_ba);
    m_auth->setRefreshTokens(AuthServer::RefreshTokens::Never);
    OAuthConfig config = m_auth->config(u"mastodon-client"_s);
    config.providerName = u"mastodon.example"_s;
    config.scopes = {u"read:statuses"_s, u"write:statuses"_s};
    QCOMPARE(config.clientSecret, "instance-secret"_ba);

    OAuthLoopbackFlow flow(config);
    FlowResult outcome(flow);
    const Browser::Page page = signIn(flow, outcome);
    QVERIFY2(outcome.result->ok(), qPrintable(failureOf(*outcome.result)));
    QVERIFY(!outcome.result->value().hasRefreshToken());
    QCOMPARE(fieldOf(lastForm(m_auth->server(), u"/oauth2/token"_s), u"client_secret"_s), u"instance-secret"_s);
    QVERIFY(page.body.contains("You are signed in to mastodon.example"));

    // A wrong secret is refused at the exchange (401 invalid_client).
    config.clientSecret = "wrong"_ba;
    OAuthLoopbackFlow wrong(config);
    FlowResult refused(wrong);
    signIn(wrong, refused);
    QCOMPARE(refused.result->error().code(), Error::Code::AuthRevoked);
    QCOMPARE(refused.result->error().httpStatus(), 401);

    // Storing a set without a refresh token removes a stale one.
    m_store->preset(m_account, Kind::RefreshToken, "stale"_ba);
    auto refresher = makeRefresher(config);
    std::optional<Result<void>> stored;
    refresher->setTokens(outcome.result->value(), this, [&stored](Result<void> r) { stored.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);
    QVERIFY(stored->ok());
    QVERIFY(!m_store->contains(m_account, Kind::RefreshToken));
    QCOMPARE(m_store->secret(m_account, Kind::AccessToken), outcome.result->value().accessToken);
}

// ---------------------------------------------------------------------------------------------
// Tokens after the sign-in

void TestOAuthFlow::twentyRequestsCauseOneRefresh()
{
    // An account signed in earlier; its access token has expired since.
    m_auth->setClock([this] { return m_now; });
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    m_store->preset(m_account, Kind::AccessToken, old.accessToken);
    m_now = m_now.addSecs(3 * 3600);
    QVERIFY(!m_auth->isAccessTokenValid(old.accessToken));

    auto refresher = makeRefresher(m_auth->config());
    std::optional<Result<void>> loaded;
    refresher->load(this, [&loaded](Result<void> r) { loaded.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), waitMs);
    QVERIFY(loaded->ok());
    QCOMPARE(refresher->accessToken(), old.accessToken);

    // The X API: answers only a valid token, as X does (401 otherwise).
    LoopbackServer api;
    QVERIFY(api.listen());
    api.route("GET"_ba, u"/2/users/me"_s, [this](const Request &request) {
        const QByteArray authorization = request.headers.value("authorization");
        const QByteArray token = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
        if (!m_auth->isAccessTokenValid(token)) {
            return Response::json(QJsonObject{{u"title"_s, u"Unauthorized"_s},
                                              {u"type"_s, u"about:blank"_s},
                                              {u"status"_s, 401},
                                              {u"detail"_s, u"Unauthorized"_s}},
                                  401);
        }
        return Response::json(QJsonObject{
            {u"data"_s, QJsonObject{{u"id"_s, u"2244994945"_s}, {u"username"_s, u"shop"_s}, {u"name"_s, u"Shop"_s}}}});
    });
    XClient::Config config;
    config.apiBase = api.baseUrl();
    config.accountId = m_account;
    XClient client(config, refresher.get());

    int succeeded = 0;
    QStringList failures;
    bool storedBeforeUse = true;
    for (int i = 0; i < 20; ++i) {
        client.whoAmI(this, [&, store = m_store.get(), account = m_account](Result<Identity> identity) {
            if (!identity) {
                failures.append(identity.error().message());
                return;
            }
            ++succeeded;
            // Whoever gets the new access token finds the new refresh token already stored.
            const QByteArray storedRefresh = store->secret(account, Kind::RefreshToken);
            storedBeforeUse =
                storedBeforeUse && storedRefresh != old.refreshToken && m_auth->isRefreshTokenValid(storedRefresh);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(succeeded + failures.size(), 20, waitMs);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QCOMPARE(m_auth->refreshCount(), 1);
    // All 20 met the expired token, and all 20 came back with the new one.
    const auto sentWith = [&api](const QByteArray &token) {
        const QList<Request> requests = api.requests();
        return std::count_if(requests.cbegin(), requests.cend(), [&token](const Request &request) {
            return request.headers.value("authorization") == "Bearer "_ba + token;
        });
    };
    QCOMPARE(sentWith(old.accessToken), 20);
    QCOMPARE(sentWith(refresher->accessToken()), 20);
    QVERIFY(storedBeforeUse);
    QVERIFY(refresher->accessToken() != old.accessToken);
    QVERIFY(m_auth->isAccessTokenValid(refresher->accessToken()));
    QCOMPARE(m_store->secret(m_account, Kind::AccessToken), refresher->accessToken());
    QVERIFY(!m_auth->isRefreshTokenValid(old.refreshToken)); // rotated away
}

void TestOAuthFlow::concurrentRefreshCallsShareOneFlight()
{
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    auto refresher = makeRefresher(m_auth->config());
    refresher->setRecentRefreshWindow(0ms); // only the single flight may join the callers

    QList<bool> results;
    QList<QByteArray> tokensSeen;
    for (int i = 0; i < 20; ++i) {
        refresher->refresh(this, [&, r = refresher.get()](Result<void> result) {
            results.append(result.ok());
            tokensSeen.append(r->accessToken());
        });
    }
    QVERIFY(refresher->isRefreshing());
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 20, waitMs);
    QVERIFY(!results.contains(false));
    QCOMPARE(m_auth->refreshCount(), 1);
    const QByteArray first = refresher->accessToken();
    QVERIFY(m_auth->isAccessTokenValid(first));
    for (const QByteArray &seen : std::as_const(tokensSeen))
        QCOMPARE(seen, first);

    // The next refresh uses the rotated refresh token, not the old one (which would be refused).
    std::optional<Result<void>> again;
    refresher->refresh(this, [&again](Result<void> r) { again.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(again.has_value(), waitMs);
    QVERIFY2(again->ok(), qPrintable(failureOf(*again)));
    QCOMPARE(m_auth->refreshCount(), 2);
    QVERIFY(refresher->accessToken() != first);

    // Within the window after a refresh, a late caller is answered without a new refresh.
    refresher->setRecentRefreshWindow(TokenRefresher::defaultRecentRefreshWindow);
    std::optional<Result<void>> late;
    refresher->refresh(this, [&late](Result<void> r) { late.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(late.has_value(), waitMs);
    QVERIFY(late->ok());
    QCOMPARE(m_auth->refreshCount(), 2);
}

void TestOAuthFlow::refreshTokenIsStoredBeforeAccessTokenIsUsed()
{
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    m_store->preset(m_account, Kind::AccessToken, old.accessToken);
    auto refresher = makeRefresher(m_auth->config());
    std::optional<Result<void>> loaded;
    refresher->load(this, [&loaded](Result<void> r) { loaded.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), waitMs);
    m_store->clearLog();

    // While each write is carried out, what is the current access token?
    QList<QPair<Kind, QByteArray>> currentAtWrite;
    connect(m_store.get(), &FakeCredentialStore::operationDone, this,
            [&, r = refresher.get()](const FakeCredentialStore::Entry &entry) {
                if (entry.operation == FakeCredentialStore::Operation::Write)
                    currentAtWrite.append({entry.kind, r->accessToken()});
            });
    // And when the new access token becomes current, what is stored?
    QByteArray storedRefreshWhenCurrent;
    connect(refresher.get(), &TokenRefresher::accessTokenChanged, this,
            [&] { storedRefreshWhenCurrent = m_store->secret(m_account, Kind::RefreshToken); });

    std::optional<Result<void>> refreshed;
    refresher->refresh(this, [&refreshed](Result<void> r) { refreshed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), waitMs);
    QVERIFY(refreshed->ok());

    const auto writes = m_store->writes();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0).first, Kind::RefreshToken);
    QCOMPARE(writes.at(1).first, Kind::AccessToken);
    const QByteArray newRefresh = writes.at(0).second;
    QVERIFY(newRefresh != old.refreshToken);
    QVERIFY(m_auth->isRefreshTokenValid(newRefresh));
    QCOMPARE(writes.at(1).second, refresher->accessToken());
    // Both writes happened while the old access token was still the one handed out…
    QCOMPARE(currentAtWrite.size(), 2);
    QCOMPARE(currentAtWrite.at(0).second, old.accessToken);
    QCOMPARE(currentAtWrite.at(1).second, old.accessToken);
    // …and the new one became current with the new refresh token already stored.
    QCOMPARE(storedRefreshWhenCurrent, newRefresh);
}

void TestOAuthFlow::unsavedRefreshTokenIsKeptAndStoredNextTime()
{
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    m_store->preset(m_account, Kind::AccessToken, old.accessToken);
    auto refresher = makeRefresher(m_auth->config());
    refresher->setRecentRefreshWindow(0ms);
    QSignalSpy expired(refresher.get(), &TokenRefresher::signInExpired);

    // The server rotates the token, and the keyring fails to take the new one.
    m_store->failNextWrites(1);
    std::optional<Result<void>> first;
    refresher->refresh(this, [&first](Result<void> r) { first.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), waitMs);
    QCOMPARE(first->error().code(), Error::Code::Unavailable);
    QCOMPARE(m_auth->refreshCount(), 1);
    QVERIFY(refresher->accessToken().isEmpty()); // the new access token was not handed out
    QCOMPARE(m_store->secret(m_account, Kind::RefreshToken), old.refreshToken);

    // Next time the held tokens are stored, and the dead old refresh token is not sent.
    std::optional<Result<void>> second;
    refresher->refresh(this, [&second](Result<void> r) { second.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), waitMs);
    QVERIFY2(second->ok(), qPrintable(failureOf(*second)));
    QCOMPARE(m_auth->refreshCount(), 1);
    QVERIFY(m_auth->isRefreshTokenValid(m_store->secret(m_account, Kind::RefreshToken)));
    QVERIFY(m_auth->isAccessTokenValid(refresher->accessToken()));
    QCOMPARE(expired.count(), 0);
}

void TestOAuthFlow::invalidGrantExpiresSignInWithoutDeletingData()
{
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    m_store->preset(m_account, Kind::AccessToken, old.accessToken);
    m_store->preset(m_account, Kind::ClientSecret, "kept"_ba);
    m_auth->revokeAllGrants(); // the user removed the app on X
    auto refresher = makeRefresher(m_auth->config());
    QSignalSpy expired(refresher.get(), &TokenRefresher::signInExpired);

    std::optional<Result<void>> result;
    refresher->refresh(this, [&result](Result<void> r) { result.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), waitMs);
    QCOMPARE(result->error().code(), Error::Code::AuthRevoked);
    QCOMPARE(result->error().httpStatus(), 400);
    QVERIFY(result->error().message().contains(u"sign in again"_s));
    QCOMPARE(expired.count(), 1);

    // Nothing was deleted or overwritten.
    QCOMPARE(m_store->secret(m_account, Kind::RefreshToken), old.refreshToken);
    QCOMPARE(m_store->secret(m_account, Kind::AccessToken), old.accessToken);
    QCOMPARE(m_store->secret(m_account, Kind::ClientSecret), "kept"_ba);
    for (const FakeCredentialStore::Entry &entry : m_store->log())
        QCOMPARE(entry.operation, FakeCredentialStore::Operation::Read);

    // Two copies of one refresh token (two processes): the second use is refused and, as on X,
    // takes the grant along. This is why refreshes are serialised.
    const TokenSet shared = m_auth->issueGrant();
    const QUuid other = QUuid::createUuid();
    m_store->preset(m_account, Kind::RefreshToken, shared.refreshToken);
    m_store->preset(other, Kind::RefreshToken, shared.refreshToken);
    TokenRefresher twin(other, m_auth->config(), m_store.get());
    std::optional<Result<void>> ours;
    std::optional<Result<void>> theirs;
    refresher->refresh(this, [&ours](Result<void> r) { ours.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(ours.has_value(), waitMs);
    QVERIFY(ours->ok());
    twin.refresh(this, [&theirs](Result<void> r) { theirs.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(theirs.has_value(), waitMs);
    QCOMPARE(theirs->error().code(), Error::Code::AuthRevoked);
    QVERIFY(!m_auth->isRefreshTokenValid(m_store->secret(m_account, Kind::RefreshToken)));
}

void TestOAuthFlow::twoRefreshersOfOneAccountTakeTurns()
{
    // The app and starling-cli: one account, one keychain, one profile folder, and each its own
    // refresher that knows nothing of the other. Both meet an expired token at the same moment.
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    m_store->setRefreshLockFolder(profile.path());
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    m_store->preset(m_account, Kind::AccessToken, old.accessToken);
    // A slow token endpoint: without turns, both would send the same refresh token; the second use
    // is refused and, as on X, takes the whole grant along.
    m_auth->server().injectFault("POST"_ba, u"/oauth2/token"_s, Fault::delayHeaders(500ms));

    auto app = makeRefresher(m_auth->config());
    auto cli = makeRefresher(m_auth->config());
    QSignalSpy appExpired(app.get(), &TokenRefresher::signInExpired);
    QSignalSpy cliExpired(cli.get(), &TokenRefresher::signInExpired);
    std::optional<Result<void>> appResult;
    std::optional<Result<void>> cliResult;
    app->refresh(this, [&appResult](Result<void> r) { appResult.emplace(r); });
    cli->refresh(this, [&cliResult](Result<void> r) { cliResult.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(appResult.has_value() && cliResult.has_value(), waitMs);

    QVERIFY2(appResult->ok(), qPrintable(failureOf(*appResult)));
    QVERIFY2(cliResult->ok(), qPrintable(failureOf(*cliResult)));
    QCOMPARE(appExpired.count(), 0);
    QCOMPARE(cliExpired.count(), 0);
    // One after the other, each with the refresh token the other had just stored.
    QCOMPARE(m_auth->refreshCount(), 2);
    QVERIFY(m_auth->isAccessTokenValid(app->accessToken()));
    QVERIFY(m_auth->isAccessTokenValid(cli->accessToken()));
    QVERIFY(m_auth->isRefreshTokenValid(m_store->secret(m_account, Kind::RefreshToken)));
    QVERIFY(!QFileInfo::exists(Profile::refreshLockPath(profile.path(), m_account))); // let go
}

void TestOAuthFlow::refusedRefreshReadsTheStoredTokenAgain()
{
    // Another process that took no lock (an older Starling) renews the sign-in just as this
    // refresher reads the refresh token: the token read is used up, and its successor reaches the
    // store right after. The server refuses the used token (without revoking the grant, as a
    // server may); the store holds the new one, so the sign-in has not expired.
    m_auth->setRevokeGrantOnReuse(false);
    const TokenSet old = m_auth->issueGrant();
    TokenRefresher other(QUuid::createUuid(), m_auth->config(), m_store.get());
    m_store->preset(other.account(), Kind::RefreshToken, old.refreshToken);
    std::optional<Result<void>> renewed;
    other.refresh(this, [&renewed](Result<void> r) { renewed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), waitMs);
    QVERIFY(renewed->ok());
    const QByteArray successor = m_store->secret(other.account(), Kind::RefreshToken);
    QVERIFY(!m_auth->isRefreshTokenValid(old.refreshToken));

    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    bool stored = false;
    connect(m_store.get(), &FakeCredentialStore::operationDone, this, [&](const FakeCredentialStore::Entry &entry) {
        if (stored || entry.account != m_account || entry.operation != FakeCredentialStore::Operation::Read)
            return;
        stored = true;
        m_store->preset(m_account, Kind::RefreshToken, successor);
    });
    auto refresher = makeRefresher(m_auth->config());
    QSignalSpy expired(refresher.get(), &TokenRefresher::signInExpired);
    std::optional<Result<void>> result;
    refresher->refresh(this, [&result](Result<void> r) { result.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), waitMs);
    QVERIFY2(result->ok(), qPrintable(failureOf(*result)));
    QCOMPARE(expired.count(), 0);
    QCOMPARE(m_auth->refreshCount(), 3); // the other's; ours refused; ours again with the successor
    QVERIFY(m_auth->isAccessTokenValid(refresher->accessToken()));
    QVERIFY(m_auth->isRefreshTokenValid(m_store->secret(m_account, Kind::RefreshToken)));

    // When the store still holds the refused token, the sign-in has expired after all.
    m_auth->revokeAllGrants();
    refresher->setRecentRefreshWindow(0ms);
    std::optional<Result<void>> refused;
    refresher->refresh(this, [&refused](Result<void> r) { refused.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), waitMs);
    QCOMPARE(refused->error().code(), Error::Code::AuthRevoked);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_auth->refreshCount(), 4); // no second try with the same token
}

void TestOAuthFlow::lockHeldTooLongIsNotAnExpiredSignIn()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    m_store->setRefreshLockFolder(profile.path());
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);

    // Another process holds the account's lock and does not let go.
    QLockFile held(Profile::refreshLockPath(profile.path(), m_account));
    held.setStaleLockTime(0);
    QVERIFY(held.tryLock(0));

    auto refresher = makeRefresher(m_auth->config());
    refresher->setLockPatience(300ms);
    QSignalSpy expired(refresher.get(), &TokenRefresher::signInExpired);
    std::optional<Result<void>> waited;
    refresher->refresh(this, [&waited](Result<void> r) { waited.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(waited.has_value(), waitMs);
    QCOMPARE(waited->error().code(), Error::Code::Timeout);
    QVERIFY2(waited->error().message().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(waited->error().message()));
    QCOMPARE(expired.count(), 0);
    QCOMPARE(m_auth->refreshCount(), 0); // the token was never read, let alone sent
    QCOMPARE(m_store->secret(m_account, Kind::RefreshToken), old.refreshToken);

    // Once the holder lets go, the refresh goes ahead.
    held.unlock();
    std::optional<Result<void>> refreshed;
    refresher->refresh(this, [&refreshed](Result<void> r) { refreshed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), waitMs);
    QVERIFY2(refreshed->ok(), qPrintable(failureOf(*refreshed)));
    QCOMPARE(m_auth->refreshCount(), 1);
}

void TestOAuthFlow::lockedOrMissingKeyring()
{
    const TokenSet old = m_auth->issueGrant();
    m_store->preset(m_account, Kind::RefreshToken, old.refreshToken);
    auto refresher = makeRefresher(m_auth->config());
    QSignalSpy expired(refresher.get(), &TokenRefresher::signInExpired);

    // A locked keyring answers NotFound: the user must act, but nothing is deleted.
    m_store->setMode(FakeCredentialStore::Mode::Locked);
    std::optional<Result<void>> locked;
    refresher->refresh(this, [&locked](Result<void> r) { locked.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(locked.has_value(), waitMs);
    QCOMPARE(locked->error().code(), Error::Code::AuthRevoked);
    QVERIFY(locked->error().message().contains(u"unlock"_s));
    QCOMPARE(expired.count(), 1);
    QCOMPARE(m_auth->refreshCount(), 0);

    // No keyring at all: Unavailable, and not "sign-in expired".
    m_store->setMode(FakeCredentialStore::Mode::Missing);
    std::optional<Result<void>> missing;
    refresher->refresh(this, [&missing](Result<void> r) { missing.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(missing.has_value(), waitMs);
    QCOMPARE(missing->error().code(), Error::Code::Unavailable);
    QCOMPARE(expired.count(), 1);

    std::optional<Result<void>> loaded;
    refresher->load(this, [&loaded](Result<void> r) { loaded.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), waitMs);
    QCOMPARE(loaded->error().code(), Error::Code::Unavailable);

    m_store->setMode(FakeCredentialStore::Mode::Working);
    QCOMPARE(m_store->secret(m_account, Kind::RefreshToken), old.refreshToken);
}

void TestOAuthFlow::setTokensWritesRefreshTokenFirst()
{
    auto refresher = makeRefresher(m_auth->config());
    QSignalSpy changed(refresher.get(), &TokenRefresher::accessTokenChanged);
    const TokenSet tokens = m_auth->issueGrant();
    std::optional<Result<void>> stored;
    refresher->setTokens(tokens, this, [&stored](Result<void> r) { stored.emplace(r); });
    QVERIFY(refresher->accessToken().isEmpty()); // nothing happens before the store has it
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);
    QVERIFY(stored->ok());
    const auto writes = m_store->writes();
    QCOMPARE(writes.size(), 2);
    QCOMPARE(writes.at(0), qMakePair(Kind::RefreshToken, tokens.refreshToken));
    QCOMPARE(writes.at(1), qMakePair(Kind::AccessToken, tokens.accessToken));
    QCOMPARE(refresher->accessToken(), tokens.accessToken);
    QCOMPARE(refresher->expiresAt(), tokens.expiresAt);
    QCOMPARE(changed.count(), 1);

    // A keyring that refuses: Unavailable, and the previous token stays current.
    const TokenSet next = m_auth->issueGrant();
    m_store->setMode(FakeCredentialStore::Mode::Locked);
    std::optional<Result<void>> refused;
    refresher->setTokens(next, this, [&refused](Result<void> r) { refused.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), waitMs);
    QCOMPARE(refused->error().code(), Error::Code::Unavailable);
    QCOMPARE(refresher->accessToken(), tokens.accessToken);
}

void TestOAuthFlow::loadReadsStoredAccessToken()
{
    auto refresher = makeRefresher(m_auth->config());
    std::optional<Result<void>> empty;
    refresher->load(this, [&empty](Result<void> r) { empty.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(empty.has_value(), waitMs);
    QCOMPARE(empty->error().code(), Error::Code::NotFound);
    QVERIFY(refresher->accessToken().isEmpty());

    m_store->preset(m_account, Kind::AccessToken, "stored-access"_ba);
    std::optional<Result<void>> loaded;
    refresher->load(this, [&loaded](Result<void> r) { loaded.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), waitMs);
    QVERIFY(loaded->ok());
    QCOMPARE(refresher->accessToken(), "stored-access"_ba);

    // A callback whose receiver is gone is not called.
    QSignalSpy storeDone(m_store.get(), &FakeCredentialStore::operationDone);
    auto receiver = std::make_unique<QObject>();
    bool called = false;
    refresher->load(receiver.get(), [&called](Result<void>) { called = true; });
    receiver.reset();
    QTRY_COMPARE_WITH_TIMEOUT(storeDone.count(), 1, waitMs);
    QVERIFY(!called);
}

void TestOAuthFlow::signOutRevokesAndRemovesSecrets()
{
    auto refresher = makeRefresher(m_auth->config());
    const TokenSet tokens = m_auth->issueGrant();
    m_store->preset(m_account, Kind::ClientSecret, "not-a-token"_ba);
    std::optional<Result<void>> stored;
    refresher->setTokens(tokens, this, [&stored](Result<void> r) { stored.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);
    QVERIFY(stored->ok());

    std::optional<Result<void>> signedOut;
    refresher->signOut(this, [&signedOut](Result<void> r) { signedOut.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), waitMs);
    QVERIFY2(signedOut->ok(), qPrintable(failureOf(*signedOut)));

    QCOMPARE(m_auth->revokeCount(), 2);
    QCOMPARE(m_auth->revokedTokens(), (QList<QByteArray>{tokens.refreshToken, tokens.accessToken}));
    const QUrlQuery revoke = lastForm(m_auth->server(), u"/oauth2/revoke"_s);
    QCOMPARE(fieldOf(revoke, u"client_id"_s), AuthServer::defaultClientId());
    QVERIFY(!m_auth->isRefreshTokenValid(tokens.refreshToken));
    QVERIFY(!m_auth->isAccessTokenValid(tokens.accessToken));

    QVERIFY(!m_store->contains(m_account, Kind::RefreshToken));
    QVERIFY(!m_store->contains(m_account, Kind::AccessToken));
    QVERIFY(m_store->contains(m_account, Kind::ClientSecret)); // the account's, not the sign-in's
    QVERIFY(refresher->accessToken().isEmpty());
}

void TestOAuthFlow::signOutSurvivesFailedRevocation()
{
    auto refresher = makeRefresher(m_auth->config());
    const TokenSet tokens = m_auth->issueGrant();
    std::optional<Result<void>> stored;
    refresher->setTokens(tokens, this, [&stored](Result<void> r) { stored.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);

    m_auth->server().injectFault("POST"_ba, u"/oauth2/revoke"_s, Fault::withStatus(503));
    std::optional<Result<void>> signedOut;
    refresher->signOut(this, [&signedOut](Result<void> r) { signedOut.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), waitMs);
    QVERIFY(signedOut->ok());
    QVERIFY(!m_store->contains(m_account, Kind::RefreshToken));
    QVERIFY(!m_store->contains(m_account, Kind::AccessToken));
    QVERIFY(refresher->accessToken().isEmpty());
}

void TestOAuthFlow::logsNeverShowSecrets()
{
    {
        const QMutexLocker locker(&s_logMutex);
        s_log.clear();
    }
    QLoggingCategory::setFilterRules(u"starling.*=true"_s);
    s_previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(s_previousHandler);
        s_previousHandler = nullptr;
        QLoggingCategory::setFilterRules(QString());
    });

    m_auth->setTokenPrefix("CANARY-3f9a"_ba);
    OAuthLoopbackFlow flow(m_auth->config());
    FlowResult outcome(flow);
    signIn(flow, outcome);
    QVERIFY(outcome.result->ok());
    const TokenSet tokens = outcome.result->value();

    auto refresher = makeRefresher(m_auth->config());
    refresher->setRecentRefreshWindow(0ms);
    std::optional<Result<void>> stored;
    refresher->setTokens(tokens, this, [&stored](Result<void> r) { stored.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);
    std::optional<Result<void>> refreshed;
    refresher->refresh(this, [&refreshed](Result<void> r) { refreshed.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), waitMs);
    QVERIFY(refreshed->ok());
    std::optional<Result<void>> signedOut;
    refresher->signOut(this, [&signedOut](Result<void> r) { signedOut.emplace(r); });
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), waitMs);

    const QUrlQuery exchange = lastForm(m_auth->server(), u"/oauth2/token"_s, u"authorization_code"_s);
    const QStringList secrets{
        u"CANARY-3f9a"_s,
        fieldOf(exchange, u"code"_s),
        fieldOf(exchange, u"code_verifier"_s),
        m_auth->authorizations().constFirst().state,
    };
    const QMutexLocker locker(&s_logMutex);
    QVERIFY(s_log.size() > 5); // the categories were on
    for (const QString &secret : secrets) {
        QVERIFY(secret.size() >= 11);
        for (const QString &line : std::as_const(s_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "TestOAuthFlow.moc"
