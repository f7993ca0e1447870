// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RateLimitLedger.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace starling {

class Dpop;

/**
 * The one way core talks HTTP (DESIGN.md, net): JSON in and out over a QNetworkAccessManager,
 * with an overall deadline per attempt, retries with exponential backoff and jitter for
 * idempotent requests, a rate-limit ledger, errors mapped to Error codes, bodies validated
 * before use, and logs that never show credentials, tokens or bodies.
 *
 * One client per account. Auth headers are added in one place, the authorizer, which runs
 * before every attempt (so a refreshed token is picked up by a retry).
 *
 * Error mapping: no connection, reset or unknown host → Network; deadline → Timeout;
 * 401 → AuthExpired; 403 → Forbidden; 404/410 → NotFound; other 4xx → InvalidInput;
 * 429 → RateLimited with retryAfter(); 5xx → ServerError; a body cut short, not JSON or too
 * large → BadResponse. What a network says in its error bodies, and the codes it means where its
 * status says otherwise, is read by the provider's ErrorReader (setErrorReader()).
 *
 * Retries happen only for idempotent requests (HttpRequest::isIdempotent()) after Network,
 * Timeout or ServerError. A 429 is never retried here: it feeds the ledger and is returned.
 * While the ledger says a bucket is exhausted, requests in it fail with RateLimited without
 * touching the network (see setRespectRateLimits()).
 */
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    /** Receives the outcome: a 2xx HttpResponse or an Error. Called exactly once unless dropped. */
    using Callback = std::function<void(Result<HttpResponse>)>;
    /** Decorates each outgoing request, typically with an Authorization header. */
    using Authorizer = std::function<void(QNetworkRequest &)>;
    using Clock = RateLimitLedger::Clock;
    using RequestId = quint64;

    /**
     * How a network reads its own error answers: a code where the HTTP status alone would say the
     * wrong thing (a network that answers an expired token with 400), and the server's words for
     * the user (cleanServerText() them). Each provider knows its own format and installs its
     * reading with setErrorReader(); the client itself knows no network.
     */
    struct ErrorReading
    {
        std::optional<Error::Code> code; ///< empty: the status decides
        QString message; ///< empty: the server said nothing usable
    };
    using ErrorReader = std::function<ErrorReading(int status, const QByteArray &body)>;

    /** Delays between attempts: initial × 2^(attempt-1), capped at maximum, minus up to jitter×. */
    struct Backoff
    {
        std::chrono::milliseconds initial{500};
        std::chrono::milliseconds maximum{30'000};
        double jitter = 0.5; ///< 0 = none, 1 = "full jitter"
    };

    /** A client with its own QNetworkAccessManager. */
    explicit HttpClient(QObject *parent = nullptr);
    /** A client on @p manager, which must outlive it. */
    explicit HttpClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    /** Aborts what is in flight; no callback is called. */
    ~HttpClient() override;
    Q_DISABLE_COPY_MOVE(HttpClient)

    QNetworkAccessManager *networkAccessManager() const { return m_manager; }

    void setAuthorizer(Authorizer authorizer);
    /**
     * Signs each attempt with a DPoP proof (RFC 9449) after the authorizer ran: bound to the
     * token when the Authorization header says "DPoP <token>". Every answer's DPoP-Nonce is
     * learned, and a request the server refused only for its nonce is sent once more at once
     * with the new one; that is safe for any method, since the server did nothing with it.
     * Null (the default) sends no proof.
     */
    void setDpop(std::shared_ptr<Dpop> dpop);
    const std::shared_ptr<Dpop> &dpop() const { return m_dpop; }
    /** How error answers are read; standardErrorReading() unless set. */
    void setErrorReader(ErrorReader reader);

    /** "Starling/<version>" unless set. */
    QByteArray userAgent() const { return m_userAgent; }
    void setUserAgent(const QByteArray &userAgent);

    /** The wall clock used for rate-limit times; tests inject a fixed one. */
    void setClock(Clock clock);

    Backoff backoff() const { return m_backoff; }
    void setBackoff(const Backoff &backoff);

    /** Whether requests in an exhausted bucket fail fast with RateLimited (default true). */
    bool respectsRateLimits() const { return m_respectRateLimits; }
    void setRespectRateLimits(bool respect);

    RateLimitLedger &rateLimits() { return m_ledger; }
    const RateLimitLedger &rateLimits() const { return m_ledger; }

    /**
     * Sends @p request. @p callback runs in @p context's thread once the request succeeded or
     * finally failed; it is dropped (and the request aborted) if @p context is destroyed first.
     * Never calls back before send() returns. Must be called from the client's thread.
     */
    RequestId send(const HttpRequest &request, QObject *context, Callback callback);

    /** Aborts a request; its callback is not called. Unknown ids are ignored. */
    void cancel(RequestId id);

    /** Requests sent and not yet answered, waiting retries included. */
    int pendingCount() const { return int(m_jobs.size()); }

    /**
     * The reading of error answers in the standard shapes: a problem detail (RFC 9457: `detail`,
     * then `title`), an OAuth error (RFC 6749: `error_description`, then `error`), or a bare
     * `message`. The status decides the code.
     */
    static ErrorReading standardErrorReading(int status, const QByteArray &body);
    /** Server text as the user may see it: shortened, control and format characters removed. */
    static QString cleanServerText(const QString &text);

Q_SIGNALS:
    /** A server said "not now" (429) for @p bucket; feeds the user-visible activity log. */
    void rateLimited(const QString &bucket, const QDateTime &until);

private:
    struct Job;
    struct Outcome;

    void startAttempt(RequestId id);
    void onReplyFinished(RequestId id);
    void onDeadline(RequestId id);
    void abortAttempt(RequestId id, const Error &error);
    void finishAttempt(RequestId id, Outcome outcome);
    void complete(RequestId id, Result<HttpResponse> result);
    void stopAttempt(Job &job);
    QNetworkRequest buildRequest(const HttpRequest &request) const;
    Outcome classify(const Job &job, int status, int networkError, const HttpHeaders &headers, const QByteArray &body);
    std::chrono::milliseconds backoffDelay(int attempt) const;

    QNetworkAccessManager *m_manager = nullptr;
    Authorizer m_authorizer;
    std::shared_ptr<Dpop> m_dpop;
    ErrorReader m_errorReader;
    QByteArray m_userAgent;
    Backoff m_backoff;
    bool m_respectRateLimits = true;
    RateLimitLedger m_ledger;
    std::map<RequestId, std::unique_ptr<Job>> m_jobs;
    RequestId m_nextId = 1;
};

} // namespace starling
