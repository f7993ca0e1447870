// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fault.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

Fault ofKind(Fault::Kind kind)
{
    Fault fault;
    fault.kind = kind;
    return fault;
}

} // namespace

Fault Fault::resetBeforeHandling()
{
    return ofKind(Kind::ResetBeforeHandling);
}

Fault Fault::resetAfterHandling()
{
    return ofKind(Kind::ResetAfterHandling);
}

Fault Fault::resetAfterBytes(qint64 bytes)
{
    Fault fault = ofKind(Kind::ResetAfterBytes);
    fault.bytes = std::max<qint64>(0, bytes);
    return fault;
}

Fault Fault::truncatedBody()
{
    return ofKind(Kind::TruncatedBody);
}

Fault Fault::noLengthClose()
{
    return ofKind(Kind::NoLengthClose);
}

Fault Fault::chunkedCut()
{
    return ofKind(Kind::ChunkedCut);
}

Fault Fault::dribble(std::chrono::milliseconds perByte)
{
    Fault fault = ofKind(Kind::Dribble);
    fault.interval = std::max(perByte, std::chrono::milliseconds(1));
    return fault;
}

Fault Fault::delayHeaders(std::chrono::milliseconds delay)
{
    Fault fault = ofKind(Kind::DelayHeaders);
    fault.interval = delay;
    return fault;
}

Fault Fault::headersNeverCome()
{
    return ofKind(Kind::HeadersNeverCome);
}

Fault Fault::withStatus(int status, const QByteArray &body, const HttpHeaders &headers)
{
    Fault fault = ofKind(Kind::Status);
    fault.status = status;
    fault.body = body;
    fault.headers = headers;
    return fault;
}

Fault Fault::rateLimited(RateLimitStyle style, std::chrono::seconds resetIn,
                         std::optional<std::chrono::seconds> retryAfter)
{
    Fault fault = ofKind(Kind::RateLimited);
    fault.status = 429;
    fault.style = style;
    fault.resetIn = resetIn;
    fault.retryAfter = retryAfter;
    return fault;
}

Fault Fault::invalidJson()
{
    return ofKind(Kind::InvalidJson);
}

bool Fault::runsHandler() const
{
    switch (kind) {
    case Kind::ResetAfterHandling:
    case Kind::ResetAfterBytes:
    case Kind::TruncatedBody:
    case Kind::NoLengthClose:
    case Kind::ChunkedCut:
    case Kind::Dribble:
    case Kind::DelayHeaders:
        return true;
    case Kind::ResetBeforeHandling:
    case Kind::HeadersNeverCome:
    case Kind::Status:
    case Kind::RateLimited:
    case Kind::InvalidJson:
        return false;
    }
    return false;
}

Response Fault::answer() const
{
    switch (kind) {
    case Kind::Status: {
        Response response;
        response.status = status;
        response.body = body;
        if (body.isEmpty()) {
            response = Response::json(QJsonObject{{u"error"_s, QString::fromLatin1(reasonPhrase(status))}}, status);
        } else {
            response.headers.set("Content-Type"_ba, "application/json; charset=utf-8"_ba);
        }
        for (const auto &[name, value] : headers.fields())
            response.headers.set(name, value);
        return response;
    }
    case Kind::RateLimited: {
        const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(resetIn.count());
        const QByteArray epoch = QByteArray::number(reset.toSecsSinceEpoch());
        Response response;
        switch (style) {
        case RateLimitStyle::X:
            response = Response::json(QJsonObject{{u"title"_s, u"Too Many Requests"_s},
                                                  {u"detail"_s, u"Too Many Requests"_s},
                                                  {u"type"_s, u"about:blank"_s},
                                                  {u"status"_s, 429}},
                                      429);
            response.headers.set("x-rate-limit-limit"_ba, "15"_ba);
            response.headers.set("x-rate-limit-remaining"_ba, "0"_ba);
            response.headers.set("x-rate-limit-reset"_ba, epoch);
            break;
        case RateLimitStyle::Mastodon: {
            // Mastodon sends microseconds: "2024-05-01T12:05:00.123456Z".
            const QString iso = reset.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u'.'
                                + u"%1"_s.arg(reset.time().msec() * 1000 + 321, 6, 10, QChar(u'0')) + u'Z';
            response = Response::json(QJsonObject{{u"error"_s, u"Too many requests"_s}}, 429);
            response.headers.set("X-RateLimit-Limit"_ba, "300"_ba);
            response.headers.set("X-RateLimit-Remaining"_ba, "0"_ba);
            response.headers.set("X-RateLimit-Reset"_ba, iso.toLatin1());
            break;
        }
        case RateLimitStyle::Bluesky:
            response = Response::json(
                QJsonObject{{u"error"_s, u"RateLimitExceeded"_s}, {u"message"_s, u"Rate Limit Exceeded"_s}}, 429);
            response.headers.set("RateLimit-Limit"_ba, "3000"_ba);
            response.headers.set("RateLimit-Remaining"_ba, "0"_ba);
            response.headers.set("RateLimit-Reset"_ba, epoch);
            response.headers.set("RateLimit-Policy"_ba, "3000;w=300"_ba);
            break;
        }
        if (retryAfter)
            response.headers.set("Retry-After"_ba, QByteArray::number(qint64(retryAfter->count())));
        return response;
    }
    case Kind::InvalidJson:
        // Looks like JSON and is declared as JSON, but stops in the middle of an array.
        return Response::bytes(R"({"data": [{"id": "1", "text": "hello"}, {"id": "2", "text": )"_ba,
                               "application/json; charset=utf-8"_ba, 200);
    default:
        return Response::json(QJsonObject{{u"error"_s, u"Internal Server Error"_s}}, 500);
    }
}

QString Fault::name() const
{
    switch (kind) {
    case Kind::ResetBeforeHandling:
        return u"reset-before-handling"_s;
    case Kind::ResetAfterHandling:
        return u"reset-after-handling"_s;
    case Kind::ResetAfterBytes:
        return u"reset-after-%1-bytes"_s.arg(bytes);
    case Kind::TruncatedBody:
        return u"truncated-body"_s;
    case Kind::NoLengthClose:
        return u"no-length-close"_s;
    case Kind::ChunkedCut:
        return u"chunked-cut"_s;
    case Kind::Dribble:
        return u"dribble-%1ms"_s.arg(interval.count());
    case Kind::DelayHeaders:
        return u"delay-headers-%1ms"_s.arg(interval.count());
    case Kind::HeadersNeverCome:
        return u"headers-never-come"_s;
    case Kind::Status:
        return u"status-%1"_s.arg(status);
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::InvalidJson:
        return u"invalid-json"_s;
    }
    return u"fault"_s;
}

} // namespace starling::sandbox
