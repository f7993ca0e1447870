// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace starling {

/**
 * One HTTP request as a value: what HttpClient sends, and the rules for sending it (deadline,
 * retries, rate-limit bucket). Auth headers are not set here; the client's authorizer adds them
 * in one place just before each attempt.
 */
class HttpRequest
{
public:
    enum class Method
    {
        Get,
        Head,
        Post,
        Put,
        Patch,
        Delete,
    };

    /** What the body of a successful answer must be before the caller sees it. */
    enum class Expect
    {
        Json, ///< a complete JSON object or array (empty only for 204/205 and HEAD)
        Anything, ///< any bytes; only a body cut short on the wire is an error
    };

    static constexpr std::chrono::milliseconds defaultDeadline{30'000};
    static constexpr int defaultMaxAttempts = 3;

    HttpRequest() = default;
    HttpRequest(Method method, const QUrl &url);

    static HttpRequest get(const QUrl &url);
    static HttpRequest post(const QUrl &url, const QJsonDocument &json);
    /** A form-encoded POST (application/x-www-form-urlencoded), as OAuth token endpoints want. */
    static HttpRequest postForm(const QUrl &url, const QUrlQuery &form);

    Method method() const { return m_method; }
    void setMethod(Method method) { m_method = method; }
    /** The method as sent on the wire, e.g. "PATCH". */
    QByteArray methodName() const;
    static QByteArray methodName(Method method);

    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }

    /** Extra headers. Authorization belongs in the client's authorizer, not here. */
    const HttpHeaders &headers() const { return m_headers; }
    void setHeader(const QByteArray &name, const QByteArray &value);

    QByteArray body() const { return m_body; }
    QByteArray contentType() const { return m_contentType; }
    /** Sets raw body bytes (for example a multipart body) and their Content-Type. */
    void setBody(const QByteArray &body, const QByteArray &contentType);
    /** Sets a compact JSON body with Content-Type application/json. */
    void setJsonBody(const QJsonDocument &json);

    Expect expect() const { return m_expect; }
    void setExpect(Expect expect) { m_expect = expect; }

    /**
     * The wall-clock limit of one attempt, from sending to the last byte of the answer. Unlike
     * QNetworkRequest's transfer timeout it also ends an answer that trickles in byte by byte.
     * Worst case for a request is maxAttempts() deadlines plus the backoff between them.
     */
    std::chrono::milliseconds deadline() const { return m_deadline; }
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    /**
     * Whether sending this twice has the same effect as sending it once. Only such requests are
     * retried. GET and HEAD are idempotent unless told otherwise; everything else only when
     * flagged (for example a Mastodon POST that carries an Idempotency-Key).
     */
    bool isIdempotent() const;
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }

    /** How many attempts an idempotent request may take in all; 1 means no retry. */
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts);

    /**
     * The key under which RateLimitLedger tracks this request's limit. Defaults to
     * "METHOD host/path", one bucket per endpoint; providers set coarser keys where a limit is
     * shared (Mastodon's per-account limit, for example).
     */
    QString rateLimitBucket() const;
    void setRateLimitBucket(const QString &bucket) { m_bucket = bucket; }

    /** Answers larger than this fail with BadResponse instead of filling memory. */
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

private:
    Method m_method = Method::Get;
    QUrl m_url;
    HttpHeaders m_headers;
    QByteArray m_body;
    QByteArray m_contentType;
    Expect m_expect = Expect::Json;
    std::chrono::milliseconds m_deadline = defaultDeadline;
    std::optional<bool> m_idempotent;
    int m_maxAttempts = defaultMaxAttempts;
    QString m_bucket;
    qint64 m_maxResponseBytes = 32 * 1024 * 1024;
};

} // namespace starling
