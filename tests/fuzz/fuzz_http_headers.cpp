// SPDX-License-Identifier: GPL-3.0-or-later
// HTTP header handling in core/net (issue #12): the input is a header block ("Name: value"
// lines) as a server could send it. HttpHeaders' lookups, RateLimitLedger's parsing of the three
// rate-limit families and Retry-After (with an answer status of 200, 429 and 503, at several
// clock readings) and the Link header parser (mastodonmapper::links). Properties: the calls
// return; the ledger never sends earlier than the clock says, never lets a request through right
// after a 429, and never reads a delay as a time in the past; a header is found by any spelling
// of its name; Link yields no more targets than the header has.
#include "FuzzSupport.h"

#include "net/HttpHeaders.h"
#include "net/RateLimitLedger.h"
#include "providers/mastodon/MastodonMapper.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace starling;
namespace mm = starling::mastodonmapper;

namespace {

HttpHeaders parseBlock(const QByteArray &block)
{
    HttpHeaders headers;
    for (QByteArray line : block.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            headers.append(line, {});
        else
            headers.append(line.first(colon).trimmed(), line.sliced(colon + 1).trimmed());
    }
    return headers;
}

bool isDelay(QByteArrayView value)
{
    value = value.trimmed();
    return !value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void checkHeaders(const HttpHeaders &headers)
{
    for (const HttpHeaders::Field &field : headers.fields()) {
        FUZZ_CHECK(headers.contains(field.first));
        FUZZ_CHECK(headers.contains(field.first.toUpper()) && headers.contains(field.first.toLower()));
        FUZZ_CHECK(!headers.values(field.first).isEmpty());
    }
    HttpHeaders copy = headers;
    for (const HttpHeaders::Field &field : headers.fields()) {
        copy.set(field.first.toUpper(), field.second);
        FUZZ_CHECK(copy.values(field.first).size() == 1 && copy.value(field.first) == field.second);
        copy.remove(field.first);
        FUZZ_CHECK(!copy.contains(field.first));
    }
}

void checkLedger(const HttpHeaders &headers, const QDateTime &now)
{
    for (const HttpHeaders::Field &field : headers.fields()) {
        const QDateTime retry = RateLimitLedger::parseRetryAfter(field.second, now);
        const QDateTime reset = RateLimitLedger::parseReset(field.second, now);
        if (isDelay(field.second)) {
            // A delay counts from now: never a time already gone (an overflow would make it one).
            FUZZ_CHECK(!retry.isValid() || retry >= now);
        }
        FUZZ_CHECK(!retry.isValid() || retry.offsetFromUtc() == 0);
        FUZZ_CHECK(!reset.isValid() || reset.offsetFromUtc() == 0);
    }

    if (auto entry = RateLimitLedger::parse(headers, now)) {
        FUZZ_CHECK(entry->limit >= -1 && entry->remaining >= -1);
        FUZZ_CHECK(entry->observed == now);
    }
    for (const int status : {200, 429, 503}) {
        RateLimitLedger ledger([now] { return now; });
        ledger.record(u"bucket"_s, headers, status);
        const QDateTime next = ledger.nextAllowed(u"bucket"_s);
        FUZZ_CHECK(next.isValid() && next >= now);
        FUZZ_CHECK(ledger.maySendNow(u"bucket"_s) == (next <= now));
        if (status == 429)
            FUZZ_CHECK(!ledger.maySendNow(u"bucket"_s));
    }
}

void checkLinks(QByteArrayView header)
{
    const QHash<QString, QUrl> links = mm::links(header);
    FUZZ_CHECK(links.size() <= header.size());
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty() && it.key() == it.key().toLower());
        FUZZ_CHECK(it.value().isValid());
    }
    // What the Mastodon client asks of it: the next page's max_id.
    (void)mm::linkParameter(header, u"next"_s, u"max_id"_s);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray block = fuzz::bytes(data, size);
    const HttpHeaders headers = parseBlock(block);
    checkHeaders(headers);
    // Today, the epoch, and the far side of 2038 and of 2248 (where 2^43 ms ends).
    for (const qint64 seconds : {qint64(1'780'000'000), qint64(0), qint64(4'102'444'800), qint64(8'800'000'000)})
        checkLedger(headers, QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()));
    for (const QByteArray &link : headers.values("link"))
        checkLinks(link);
    checkLinks(block);
    return 0;
}
