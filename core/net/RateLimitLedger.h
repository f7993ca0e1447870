// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpHeaders.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace starling {

/**
 * What the servers said about their rate limits, per bucket (API-NOTES X-5, M-4, B-4).
 *
 * Reads the three header families the networks use, plus Retry-After:
 * - X: `x-rate-limit-limit/remaining/reset`, reset in Unix epoch seconds;
 * - Mastodon: `X-RateLimit-Limit/Remaining/Reset`, reset an ISO-8601 time with microseconds;
 * - Bluesky: `RateLimit-Limit/Remaining/Reset`, reset in epoch seconds;
 * - `Retry-After`: delay seconds or an HTTP-date.
 *
 * It answers "may I send now, and if not, when". Not thread-safe; it lives with its HttpClient.
 */
class RateLimitLedger
{
public:
    using Clock = std::function<QDateTime()>;

    /** How long a bucket is blocked after a 429 that said nothing about when to come back. */
    static constexpr std::chrono::seconds defaultPenalty{60};
    /**
     * The longest wait a server can impose: a reset or Retry-After further ahead (a broken
     * header, a clock years off, a hostile server) counts as this, so nothing waits for ever.
     */
    static constexpr std::chrono::seconds maxWait{std::chrono::hours(24)};

    /** The last known state of one bucket. Unknown numbers are -1, unknown times invalid. */
    struct Entry
    {
        int limit = -1;
        int remaining = -1;
        QDateTime reset; ///< when the window resets (UTC)
        QDateTime retryAfter; ///< do not send before this (UTC), from Retry-After or a 429
        QDateTime observed; ///< when the headers were read
    };

    /** @p clock defaults to QDateTime::currentDateTimeUtc; tests inject their own. */
    explicit RateLimitLedger(Clock clock = {});

    void setClock(Clock clock);
    QDateTime now() const;

    /**
     * Reads the rate-limit headers of one answer into @p bucket and returns the bucket's new
     * state, or nothing when the answer carried no rate-limit information and was not a 429.
     */
    std::optional<Entry> record(const QString &bucket, const HttpHeaders &headers, int status);

    std::optional<Entry> entry(const QString &bucket) const;
    /** Whether a request in @p bucket may be sent now without an expected 429. */
    bool maySendNow(const QString &bucket) const;
    /** The earliest time a request in @p bucket may be sent; now() when it may go now. */
    QDateTime nextAllowed(const QString &bucket) const;

    void forget(const QString &bucket);
    void clear();

    /** Parses one answer's headers; nothing when none of the families is present. */
    static std::optional<Entry> parse(const HttpHeaders &headers, const QDateTime &now);
    /**
     * Parses a reset value: epoch seconds, delta seconds (small numbers, as in the IETF
     * RateLimit draft), an ISO-8601 time or an HTTP-date. Invalid when unreadable; never later
     * than @p now + maxWait.
     */
    static QDateTime parseReset(QByteArrayView value, const QDateTime &now);
    /**
     * Parses Retry-After: delay seconds or an HTTP-date. Invalid when unreadable; never later
     * than @p now + maxWait.
     */
    static QDateTime parseRetryAfter(QByteArrayView value, const QDateTime &now);
    /** @p when, or @p now + maxWait when it is further ahead. */
    static QDateTime capped(const QDateTime &when, const QDateTime &now);

private:
    QDateTime nextAllowedAt(const QString &bucket, const QDateTime &current) const;
    void prune(const QDateTime &now);

    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace starling
