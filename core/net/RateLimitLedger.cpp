// SPDX-License-Identifier: GPL-3.0-or-later
#include "RateLimitLedger.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

struct HeaderFamily
{
    const char *limit;
    const char *remaining;
    const char *reset;
};

// Order matters only when a server sends several families; X's own names come first.
constexpr std::array<HeaderFamily, 3> families{{
    {"x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"},
    {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"},
    {"ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"},
}};

// Epoch values below this (2001-09-09) are read as delta seconds.
constexpr qint64 smallestEpoch = 1'000'000'000;
constexpr qsizetype pruneAbove = 512;

std::optional<qint64> parseInteger(QByteArrayView value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return number;
}

int parseCount(const QByteArray &value)
{
    QByteArrayView digits(value);
    // Servers following the IETF draft may append a policy ("3000;w=300").
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon >= 0)
        digits = digits.first(semicolon);
    const auto number = parseInteger(digits);
    if (!number || *number < 0 || *number > std::numeric_limits<int>::max())
        return -1;
    return int(*number);
}

QDateTime parseHttpDate(QByteArrayView value)
{
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"). Qt 6.4's RFC 2822 parser rejects "GMT",
    // so it is swapped for the equivalent numeric zone first.
    QString text = QString::fromLatin1(value.trimmed());
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.left(text.size() - 4) + u" +0000"_s;
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        // RFC 850 form ("Sunday, 06-Nov-94 08:49:37 GMT"), obsolete but allowed.
        const qsizetype comma = text.indexOf(u',');
        if (comma > 0) {
            when = QLocale::c().toDateTime(text.mid(comma + 1).trimmed(), u"dd-MMM-yy HH:mm:ss +0000"_s);
            if (when.isValid() && when.date().year() < 1970)
                when = when.addYears(100);
        }
    }
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    return when.toUTC();
}

} // namespace

RateLimitLedger::RateLimitLedger(Clock clock)
{
    setClock(std::move(clock));
}

void RateLimitLedger::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime RateLimitLedger::now() const
{
    return m_clock().toUTC();
}

std::optional<RateLimitLedger::Entry> RateLimitLedger::record(const QString &bucket, const HttpHeaders &headers,
                                                              int status)
{
    const QDateTime current = now();
    std::optional<Entry> parsed = parse(headers, current);
    const bool limited = status == 429 || status == 420;
    if (!parsed && !limited) {
        // A success without headers means the server let us through; any old block is over.
        if (status >= 200 && status < 300) {
            auto it = m_entries.find(bucket);
            if (it != m_entries.end())
                it->retryAfter = {};
        }
        return std::nullopt;
    }
    Entry entry = parsed.value_or(Entry{});
    entry.observed = current;
    if (limited) {
        // A 429 means "none left", whatever the counters claim.
        entry.remaining = 0;
        const bool resetAhead = entry.reset.isValid() && entry.reset > current;
        const bool retryAhead = entry.retryAfter.isValid() && entry.retryAfter > current;
        if (!resetAhead && !retryAhead)
            entry.retryAfter = current.addSecs(defaultPenalty.count());
    }
    prune(current);
    m_entries.insert(bucket, entry);
    return entry;
}

std::optional<RateLimitLedger::Entry> RateLimitLedger::entry(const QString &bucket) const
{
    const auto it = m_entries.constFind(bucket);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

bool RateLimitLedger::maySendNow(const QString &bucket) const
{
    // One reading of the clock: two could straddle a millisecond tick.
    const QDateTime current = now();
    return nextAllowedAt(bucket, current) <= current;
}

QDateTime RateLimitLedger::nextAllowed(const QString &bucket) const
{
    return nextAllowedAt(bucket, now());
}

QDateTime RateLimitLedger::nextAllowedAt(const QString &bucket, const QDateTime &current) const
{
    const auto it = m_entries.constFind(bucket);
    if (it == m_entries.cend())
        return current;
    QDateTime when = current;
    if (it->retryAfter.isValid() && it->retryAfter > when)
        when = it->retryAfter;
    if (it->remaining == 0 && it->reset.isValid() && it->reset > when)
        when = it->reset;
    return when;
}

void RateLimitLedger::forget(const QString &bucket)
{
    m_entries.remove(bucket);
}

void RateLimitLedger::clear()
{
    m_entries.clear();
}

std::optional<RateLimitLedger::Entry> RateLimitLedger::parse(const HttpHeaders &headers, const QDateTime &now)
{
    std::optional<Entry> result;
    for (const HeaderFamily &family : families) {
        const QByteArray limit = headers.value(family.limit);
        const QByteArray remaining = headers.value(family.remaining);
        const QByteArray reset = headers.value(family.reset);
        if (limit.isEmpty() && remaining.isEmpty() && reset.isEmpty())
            continue;
        Entry entry;
        entry.limit = parseCount(limit);
        entry.remaining = parseCount(remaining);
        entry.reset = parseReset(reset, now);
        result = entry;
        break;
    }
    const QByteArray retryAfter = headers.value("retry-after");
    if (!retryAfter.isEmpty()) {
        const QDateTime when = parseRetryAfter(retryAfter, now);
        if (when.isValid()) {
            if (!result)
                result = Entry{};
            result->retryAfter = when;
        }
    }
    if (result)
        result->observed = now;
    return result;
}

QDateTime RateLimitLedger::capped(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return when;
    const QDateTime latest = now.toUTC().addSecs(maxWait.count());
    return when > latest ? latest : when.toUTC();
}

QDateTime RateLimitLedger::parseReset(QByteArrayView value, const QDateTime &now)
{
    value = value.trimmed();
    if (value.isEmpty())
        return {};
    if (const auto number = parseInteger(value)) {
        if (*number < 0)
            return {};
        if (*number < smallestEpoch)
            return now.toUTC().addSecs(std::min<qint64>(*number, maxWait.count()));
        // Far-off epochs are cut before they become dates (Qt's range ends in year 292 million).
        return capped(QDateTime::fromSecsSinceEpoch(std::min(*number, now.toSecsSinceEpoch() + maxWait.count()),
                                                    QTimeZone::utc()),
                      now);
    }
    // Mastodon: "2024-05-01T12:05:00.123456Z"; Qt reads the fraction to milliseconds.
    const QDateTime iso = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs);
    if (iso.isValid())
        return capped(iso, now);
    return capped(parseHttpDate(value), now);
}

QDateTime RateLimitLedger::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    value = value.trimmed();
    if (value.isEmpty())
        return {};
    if (const auto number = parseInteger(value)) {
        if (*number < 0)
            return {};
        return now.toUTC().addSecs(std::min<qint64>(*number, maxWait.count()));
    }
    return capped(parseHttpDate(value), now);
}

void RateLimitLedger::prune(const QDateTime &now)
{
    // Default buckets are per path, so ids in paths would grow the ledger forever.
    if (m_entries.size() < pruneAbove)
        return;
    m_entries.removeIf([&now](const std::pair<const QString &, Entry &> &item) {
        const Entry &it = item.second;
        return (!it.reset.isValid() || it.reset <= now) && (!it.retryAfter.isValid() || it.retryAfter <= now);
    });
}

} // namespace starling
