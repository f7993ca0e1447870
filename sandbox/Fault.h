// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace starling::sandbox {

/**
 * A misbehaviour LoopbackServer can inject into its answer to one request (RECIPES.md, "Faults
 * a loopback server should be able to inject"). Build one with the static functions.
 */
struct Fault
{
    enum class Kind
    {
        ResetBeforeHandling, ///< reset the connection (RST) without running the handler
        ResetAfterHandling, ///< run the handler (its state change happens), then reset unanswered
        ResetAfterBytes, ///< send the first `bytes` bytes of the answer, then reset
        TruncatedBody, ///< Content-Length larger than the body sent, then close
        NoLengthClose, ///< no Content-Length, half the body, then close (clients see success)
        ChunkedCut, ///< chunked encoding, cut before the last chunk, then close
        Dribble, ///< headers at once, then the body one byte per `interval`
        DelayHeaders, ///< the whole answer after `interval`
        HeadersNeverCome, ///< never answer; keep the connection open
        Status, ///< answer `status` with `body` and `headers` instead of the handler
        RateLimited, ///< 429 with the rate-limit headers of `style`, and Retry-After if set
        InvalidJson, ///< 200 with a JSON body that is broken
    };

    /** Whose 429 RateLimited imitates (API-NOTES X-5, M-4, B-4). */
    enum class RateLimitStyle
    {
        X, ///< x-rate-limit-{limit,remaining,reset}, reset in epoch seconds
        Mastodon, ///< X-RateLimit-{Limit,Remaining,Reset}, reset ISO-8601 with microseconds
        Bluesky, ///< RateLimit-{Limit,Remaining,Reset,Policy}, reset in epoch seconds
    };

    Kind kind = Kind::Status;
    qint64 bytes = 0;
    std::chrono::milliseconds interval{0};
    int status = 500;
    QByteArray body;
    HttpHeaders headers;
    RateLimitStyle style = RateLimitStyle::X;
    std::chrono::seconds resetIn{60};
    std::optional<std::chrono::seconds> retryAfter;

    static Fault resetBeforeHandling();
    static Fault resetAfterHandling();
    static Fault resetAfterBytes(qint64 bytes);
    static Fault truncatedBody();
    static Fault noLengthClose();
    static Fault chunkedCut();
    static Fault dribble(std::chrono::milliseconds perByte);
    static Fault delayHeaders(std::chrono::milliseconds delay);
    static Fault headersNeverCome();
    /** @p body defaults to a small JSON error object. */
    static Fault withStatus(int status, const QByteArray &body = {}, const HttpHeaders &headers = {});
    static Fault rateLimited(RateLimitStyle style, std::chrono::seconds resetIn = std::chrono::seconds(60),
                             std::optional<std::chrono::seconds> retryAfter = std::nullopt);
    static Fault invalidJson();

    /** The answer a Status, RateLimited or InvalidJson fault sends in place of the handler's. */
    Response answer() const;

    /** Whether the route's handler runs (and changes server state) before the fault. */
    bool runsHandler() const;
    /** A short name for logs and test output. */
    QString name() const;
};

} // namespace starling::sandbox
