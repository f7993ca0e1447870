// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpClient.h"

#include "Dpop.h"

#include "Logging.h"
#include "Redaction.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace starling {

struct HttpClient::Job
{
    RequestId id = 0;
    HttpRequest request;
    QString bucket;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    QMetaObject::Connection contextGuard;
    int attempt = 0;
    bool nonceRetried = false; ///< sent once more for a new DPoP nonce already
    QByteArray sentNonce; ///< the DPoP nonce the current attempt's proof carries
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> deadline;
    QPointer<QTimer> retry;
    QElapsedTimer sinceFirst;
    QElapsedTimer sinceAttempt;
};

struct HttpClient::Outcome
{
    Result<HttpResponse> result;
    bool retryable = false;
    QDateTime retryAfter; ///< a server's hint for the next attempt (503 + Retry-After)
};

namespace {

constexpr qsizetype serverMessageLimit = 300;

/**
 * A request body that cannot be rewound. Qt's HTTP/1 channel resends the current request by
 * itself when the connection drops while it waits for the answer, whatever the method; it
 * rewinds the body first. For a request that must not be sent twice (a DM) the rewind fails,
 * and Qt reports ContentReSendError instead of silently sending it again.
 */
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 left = m_data.size() - m_position;
        if (left <= 0)
            return -1;
        const qint64 count = std::min(left, maxSize);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

qint64 count(std::chrono::milliseconds duration)
{
    return qint64(duration.count());
}

QString host(const QUrl &url)
{
    return url.host().isEmpty() ? url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)
                                : url.host();
}

QString untilText(const QDateTime &until)
{
    return QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
}

QString rateLimitMessage(const QUrl &url, const QDateTime &until)
{
    if (!until.isValid())
        return Error::defaultMessage(Error::Code::RateLimited);
    return HttpClient::tr("Too many requests to %1; try again after %2.").arg(host(url), untilText(until));
}

QString withServerMessage(const QString &message, const QString &server)
{
    if (server.isEmpty())
        return message;
    return HttpClient::tr("%1 The server said: “%2”").arg(message, server);
}

Error::Code codeForStatus(int status)
{
    if (status == 401)
        return Error::Code::AuthExpired;
    if (status == 403)
        return Error::Code::Forbidden;
    if (status == 404 || status == 410)
        return Error::Code::NotFound;
    if (status == 429)
        return Error::Code::RateLimited;
    if (status == 408)
        return Error::Code::Timeout;
    if (status >= 400 && status < 500)
        return Error::Code::InvalidInput;
    if (status >= 500 && status < 600)
        return Error::Code::ServerError;
    return Error::Code::BadResponse;
}

} // namespace

HttpClient::HttpClient(QObject *parent)
    : HttpClient(nullptr, parent)
{
}

HttpClient::HttpClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager ? manager : new QNetworkAccessManager(this))
    , m_userAgent("Starling/" STARLING_VERSION)
{
}

HttpClient::~HttpClient()
{
    for (auto &[id, job] : m_jobs) {
        QObject::disconnect(job->contextGuard);
        stopAttempt(*job);
        if (job->retry)
            job->retry->deleteLater();
    }
    m_jobs.clear();
}

void HttpClient::setAuthorizer(Authorizer authorizer)
{
    m_authorizer = std::move(authorizer);
}

void HttpClient::setDpop(std::shared_ptr<Dpop> dpop)
{
    m_dpop = std::move(dpop);
}

void HttpClient::setErrorReader(ErrorReader reader)
{
    m_errorReader = std::move(reader);
}

QString HttpClient::cleanServerText(const QString &text)
{
    QString clean;
    clean.reserve(std::min(text.size(), serverMessageLimit + 1));
    for (const QChar c : text) {
        // Control and format characters could reorder or hide text in the UI.
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            clean.append(u' ');
        else
            clean.append(c);
        if (clean.size() > serverMessageLimit)
            break;
    }
    clean = clean.simplified();
    if (clean.size() > serverMessageLimit)
        clean = clean.left(serverMessageLimit - 1) + u'…';
    return clean;
}

void HttpClient::setUserAgent(const QByteArray &userAgent)
{
    m_userAgent = userAgent;
}

void HttpClient::setClock(Clock clock)
{
    m_ledger.setClock(std::move(clock));
}

void HttpClient::setBackoff(const Backoff &backoff)
{
    m_backoff = backoff;
}

void HttpClient::setRespectRateLimits(bool respect)
{
    m_respectRateLimits = respect;
}

HttpClient::RequestId HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const RequestId id = m_nextId++;
    auto job = std::make_unique<Job>();
    job->id = id;
    job->request = request;
    job->bucket = request.rateLimitBucket();
    job->context = context;
    job->hasContext = context != nullptr;
    job->callback = std::move(callback);
    if (context && context != this)
        job->contextGuard = connect(context, &QObject::destroyed, this, [this, id] { cancel(id); });
    m_jobs.emplace(id, std::move(job));
    // Queued, so that no callback ever runs inside send().
    QMetaObject::invokeMethod(
        this, [this, id] { startAttempt(id); }, Qt::QueuedConnection);
    return id;
}

void HttpClient::cancel(RequestId id)
{
    auto node = m_jobs.extract(id);
    if (node.empty())
        return;
    Job &job = *node.mapped();
    QObject::disconnect(job.contextGuard);
    stopAttempt(job);
    if (job.retry)
        job.retry->deleteLater();
    qCDebug(lcNet).noquote() << job.request.methodName() << Redaction::url(job.request.url()) << "cancelled";
}

HttpClient::ErrorReading HttpClient::standardErrorReading(int, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    // The most specific words first: a problem's detail, an OAuth description, a message; then
    // the names (a problem's title, an OAuth error code).
    for (const QString &key : {u"detail"_s, u"error_description"_s, u"message"_s, u"error"_s, u"title"_s}) {
        if (const QString message = object.value(key).toString(); !message.isEmpty())
            return {std::nullopt, cleanServerText(message)};
    }
    return {};
}

void HttpClient::startAttempt(RequestId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    const HttpRequest &request = job.request;
    ++job.attempt;
    if (!job.sinceFirst.isValid())
        job.sinceFirst.start();

    const QUrl url = request.url();
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        complete(id, Error(Error::Code::InvalidInput, tr("The request has no valid address.")));
        return;
    }
    if (m_respectRateLimits && !m_ledger.maySendNow(job.bucket)) {
        const QDateTime until = m_ledger.nextAllowed(job.bucket);
        qCInfo(lcNet).noquote() << request.methodName() << Redaction::url(url) << "held back: rate limit until"
                                << until.toString(Qt::ISODate);
        complete(id, Error(Error::Code::RateLimited, rateLimitMessage(url, until)).setRetryAfter(until));
        return;
    }

    QNetworkRequest networkRequest = buildRequest(request);
    if (m_authorizer)
        m_authorizer(networkRequest);
    if (m_dpop) {
        const QByteArray authorization = networkRequest.rawHeader("Authorization"_ba);
        const QByteArray token = authorization.startsWith("DPoP "_ba) ? authorization.mid(5) : QByteArray();
        job.sentNonce = m_dpop->nonce(url);
        networkRequest.setRawHeader("DPoP"_ba, m_dpop->proof(request.methodName(), url, token));
    }

    const QByteArray body = request.body();
    QNetworkReply *reply = nullptr;
    if (!request.isIdempotent() && request.method() != HttpRequest::Method::Get
        && request.method() != HttpRequest::Method::Head) {
        // Must not be sent twice: see OneShotBody. Qt reads it unbuffered, so it needs the length.
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setRawHeader("Content-Length"_ba, QByteArray::number(body.size()));
        auto *device = new OneShotBody(body, nullptr);
        reply = m_manager->sendCustomRequest(networkRequest, request.methodName(), device);
        device->setParent(reply);
    } else {
        switch (request.method()) {
        case HttpRequest::Method::Get:
            reply = m_manager->get(networkRequest);
            break;
        case HttpRequest::Method::Head:
            reply = m_manager->head(networkRequest);
            break;
        case HttpRequest::Method::Post:
            reply = m_manager->post(networkRequest, body);
            break;
        case HttpRequest::Method::Put:
            reply = m_manager->put(networkRequest, body);
            break;
        case HttpRequest::Method::Delete:
            reply = body.isEmpty() ? m_manager->deleteResource(networkRequest)
                                   : m_manager->sendCustomRequest(networkRequest, "DELETE"_ba, body);
            break;
        case HttpRequest::Method::Patch:
            reply = m_manager->sendCustomRequest(networkRequest, "PATCH"_ba, body);
            break;
        }
    }
    job.reply = reply;
    job.sinceAttempt.start();
    qCDebug(lcNet).noquote() << request.methodName() << Redaction::url(url) << "attempt" << job.attempt << "of"
                             << (request.isIdempotent() ? request.maxAttempts() : 1);

    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, id](qint64 received, qint64) {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || received <= found->second->request.maxResponseBytes())
            return;
        abortAttempt(id, Error(Error::Code::BadResponse,
                               tr("The answer from %1 was too large.").arg(host(found->second->request.url()))));
    });

    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    deadline->start(request.deadline());
    job.deadline = deadline;
}

QNetworkRequest HttpClient::buildRequest(const HttpRequest &request) const
{
    QNetworkRequest networkRequest(request.url());
    networkRequest.setRawHeader("User-Agent"_ba, m_userAgent);
    // A redirect to another origin would carry the Authorization header there.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(5);
    if (request.expect() == HttpRequest::Expect::Json)
        networkRequest.setRawHeader("Accept"_ba, "application/json"_ba);
    if (!request.contentType().isEmpty())
        networkRequest.setRawHeader("Content-Type"_ba, request.contentType());
    else if (!request.body().isEmpty())
        networkRequest.setRawHeader("Content-Type"_ba, "application/octet-stream"_ba);
    for (const auto &[name, value] : request.headers().fields())
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

void HttpClient::onDeadline(RequestId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    const Job &job = *it->second;
    const auto seconds = std::max<qint64>(1, (count(job.request.deadline()) + 999) / 1000);
    qCInfo(lcNet).noquote() << job.request.methodName() << Redaction::url(job.request.url()) << "deadline of"
                            << count(job.request.deadline()) << "ms passed";
    abortAttempt(
        id, Error(Error::Code::Timeout,
                  tr("%1 did not answer within %n second(s).", nullptr, int(seconds)).arg(host(job.request.url()))));
}

void HttpClient::abortAttempt(RequestId id, const Error &error)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    stopAttempt(*it->second);
    const bool retryable = error.code() == Error::Code::Timeout || error.code() == Error::Code::Network;
    finishAttempt(id, Outcome{error, retryable, {}});
}

void HttpClient::stopAttempt(Job &job)
{
    if (QTimer *deadline = job.deadline) {
        job.deadline = nullptr;
        deadline->stop();
        deadline->deleteLater();
    }
    if (QNetworkReply *reply = job.reply) {
        job.reply = nullptr;
        // Disconnect first: abort() emits finished() synchronously.
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

void HttpClient::onReplyFinished(RequestId id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    QNetworkReply *reply = job.reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkError = reply->error();
    const HttpHeaders headers = HttpHeaders::fromList(reply->rawHeaderPairs());
    const QByteArray body = reply->readAll();
    const QUrl finalUrl = reply->url();
    stopAttempt(job);

    if (status > 0 && m_dpop) {
        const QByteArray nonce = headers.value("dpop-nonce");
        m_dpop->learnNonce(job.request.url(), nonce);
        if (!job.nonceRetried && Dpop::asksForNonce(status, headers, body) && !nonce.isEmpty()
            && nonce.trimmed() != job.sentNonce) {
            qCDebug(lcNet).noquote() << job.request.methodName() << Redaction::url(job.request.url())
                                     << "sent again with the server's new DPoP nonce";
            job.nonceRetried = true;
            --job.attempt; // the server did nothing with it: not an attempt of its own
            startAttempt(id);
            return;
        }
    }
    if (status > 0) {
        m_ledger.record(job.bucket, headers, status);
        if (status == 429 || status == 420) {
            const QDateTime until = m_ledger.nextAllowed(job.bucket);
            qCInfo(lcNet).noquote() << job.request.methodName() << Redaction::url(job.request.url())
                                    << "rate-limited until" << until.toString(Qt::ISODate);
            // A slot may delete this client; do not touch it afterwards if so.
            const QPointer<HttpClient> self(this);
            Q_EMIT rateLimited(job.bucket, until);
            if (!self || m_jobs.find(id) == m_jobs.end())
                return;
        }
    }

    Outcome outcome = classify(job, status, networkError, headers, body);
    if (outcome.result.ok())
        outcome.result.value().setUrl(finalUrl);
    finishAttempt(id, std::move(outcome));
}

HttpClient::Outcome HttpClient::classify(const Job &job, int status, int networkError, const HttpHeaders &headers,
                                         const QByteArray &body)
{
    const HttpRequest &request = job.request;
    const QUrl url = request.url();
    const auto error = QNetworkReply::NetworkError(networkError);

    if (status <= 0) {
        if (error == QNetworkReply::TimeoutError)
            return {Error(Error::Code::Timeout, tr("%1 did not answer in time.").arg(host(url))), true, {}};
        if (error == QNetworkReply::ProtocolFailure)
            return {Error(Error::Code::BadResponse, tr("%1 sent an answer Starling could not read.").arg(host(url))),
                    false,
                    {}};
        if (error == QNetworkReply::ProtocolUnknownError)
            return {Error(Error::Code::InvalidInput, tr("The request has no valid address.")), false, {}};
        if (error == QNetworkReply::TooManyRedirectsError || error == QNetworkReply::InsecureRedirectError)
            return {
                Error(Error::Code::BadResponse, tr("%1 redirected the request elsewhere.").arg(host(url))), false, {}};
        return {Error(Error::Code::Network, tr("Could not reach %1. Check the network connection.").arg(host(url))),
                true,
                {}};
    }

    if (status >= 200 && status < 300) {
        const QString cutShort = tr("The answer from %1 was cut short.").arg(host(url));
        // Headers arrived, then the connection failed: the body is incomplete.
        if (error != QNetworkReply::NoError)
            return {Error(Error::Code::BadResponse, cutShort).setHttpStatus(status), false, {}};
        const bool hasBody = request.method() != HttpRequest::Method::Head && status != 204 && status != 205;
        bool lengthOk = false;
        const qint64 length = headers.value("content-length").trimmed().toLongLong(&lengthOk);
        // Qt already fails most short bodies; this also covers a lenient stack. Compressed bodies
        // arrive inflated, so their length cannot be compared.
        if (hasBody && lengthOk && !headers.contains("content-encoding") && body.size() < length)
            return {Error(Error::Code::BadResponse, cutShort).setHttpStatus(status), false, {}};
        if (body.size() > request.maxResponseBytes())
            return {Error(Error::Code::BadResponse, tr("The answer from %1 was too large.").arg(host(url))), false, {}};

        HttpResponse response(status, headers, body);
        if (request.expect() == HttpRequest::Expect::Json && hasBody) {
            QJsonParseError parseError;
            const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
            // A body cut short without a Content-Length arrives as success; only parsing tells.
            if (parseError.error != QJsonParseError::NoError || (!json.isObject() && !json.isArray())) {
                return {Error(Error::Code::BadResponse, tr("%1 sent an answer Starling could not read.").arg(host(url)))
                            .setHttpStatus(status),
                        false,
                        {}};
            }
            response.setJson(json);
        }
        return {std::move(response), false, {}};
    }

    if (status < 400) {
        return {Error(Error::Code::BadResponse, tr("%1 redirected the request elsewhere.").arg(host(url)))
                    .setHttpStatus(status),
                false,
                {}};
    }

    const ErrorReading reading = m_errorReader ? m_errorReader(status, body) : standardErrorReading(status, body);
    const Error::Code code = reading.code.value_or(codeForStatus(status));
    if (code == Error::Code::RateLimited) {
        const QDateTime until = m_ledger.nextAllowed(job.bucket);
        return {Error(code, rateLimitMessage(url, until)).setRetryAfter(until).setHttpStatus(status), false, {}};
    }
    const QString detail = reading.message;
    Error failure(code, withServerMessage(Error::defaultMessage(code), detail));
    failure.setHttpStatus(status).setServerDetail(detail);
    QDateTime retryAfter;
    if (code == Error::Code::ServerError) {
        retryAfter = RateLimitLedger::parseRetryAfter(headers.value("retry-after"), m_ledger.now());
        if (retryAfter.isValid())
            failure.setRetryAfter(retryAfter);
    }
    const bool retryable = code == Error::Code::ServerError || code == Error::Code::Timeout;
    return {failure, retryable, retryAfter};
}

std::chrono::milliseconds HttpClient::backoffDelay(int attempt) const
{
    const double initial = double(count(m_backoff.initial));
    const double exponential = initial * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min(exponential, double(count(m_backoff.maximum)));
    const double jitter = std::clamp(m_backoff.jitter, 0.0, 1.0);
    // Spread retries from many clients so they do not arrive together.
    const double factor = 1.0 - jitter * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(std::llround(std::max(0.0, capped * factor)));
}

void HttpClient::finishAttempt(RequestId id, Outcome outcome)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    const HttpRequest &request = job.request;

    if (!outcome.result.ok() && outcome.retryable && request.isIdempotent() && job.attempt < request.maxAttempts()) {
        std::chrono::milliseconds delay = backoffDelay(job.attempt);
        bool retry = true;
        if (outcome.retryAfter.isValid()) {
            const std::chrono::milliseconds asked{std::max<qint64>(0, m_ledger.now().msecsTo(outcome.retryAfter))};
            // A server that asks for a long pause gets it from the caller, not from a held request.
            retry = asked <= m_backoff.maximum;
            delay = std::max(delay, asked);
        }
        if (retry) {
            qCDebug(lcNet).noquote() << request.methodName() << Redaction::url(request.url()) << "failed with"
                                     << Error::codeName(outcome.result.error().code()) << "; retrying in"
                                     << count(delay) << "ms";
            auto *timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, id, timer] {
                timer->deleteLater();
                startAttempt(id);
            });
            timer->start(delay);
            job.retry = timer;
            return;
        }
    }

    const auto elapsed = std::chrono::milliseconds(job.sinceFirst.isValid() ? job.sinceFirst.elapsed() : 0);
    if (outcome.result.ok()) {
        HttpResponse &response = outcome.result.value();
        response.setAttempts(job.attempt);
        response.setElapsed(elapsed);
        qCDebug(lcNet).noquote() << request.methodName() << Redaction::url(request.url()) << "->" << response.status()
                                 << "in" << count(elapsed) << "ms, attempt" << job.attempt;
    } else {
        const Error &error = outcome.result.error();
        qCInfo(lcNet).noquote() << request.methodName() << Redaction::url(request.url())
                                << "failed:" << Error::codeName(error.code()) << "HTTP" << error.httpStatus() << "after"
                                << job.attempt << "attempt(s) in" << count(elapsed) << "ms";
    }
    complete(id, std::move(outcome.result));
}

void HttpClient::complete(RequestId id, Result<HttpResponse> result)
{
    auto node = m_jobs.extract(id);
    if (node.empty())
        return;
    std::unique_ptr<Job> job = std::move(node.mapped());
    QObject::disconnect(job->contextGuard);
    stopAttempt(*job);
    if (job->retry)
        job->retry->deleteLater();
    if (job->hasContext && !job->context) {
        qCDebug(lcNet).noquote() << job->request.methodName() << Redaction::url(job->request.url())
                                 << "answer dropped: its receiver is gone";
        return;
    }
    QObject *context = job->context;
    Callback callback = std::move(job->callback);
    job.reset();
    if (!callback)
        return;
    // Last thing: the callback may delete this client.
    if (!context || context->thread() == QThread::currentThread()) {
        callback(std::move(result));
        return;
    }
    // Posted to the receiver's thread; Qt drops the call if the receiver dies meanwhile.
    QMetaObject::invokeMethod(
        context, [callback, result] { callback(result); }, Qt::QueuedConnection);
}

} // namespace starling
