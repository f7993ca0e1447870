// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTypes.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

QString Request::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QJsonDocument Request::json() const
{
    return QJsonDocument::fromJson(body);
}

Response Response::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

Response Response::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array), status);
}

Response Response::json(const QJsonDocument &document, int status)
{
    return bytes(document.toJson(QJsonDocument::Compact), "application/json; charset=utf-8"_ba, status);
}

Response Response::text(const QByteArray &text, int status)
{
    return bytes(text, "text/plain; charset=utf-8"_ba, status);
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response Response::bytes(const QByteArray &body, const QByteArray &contentType, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers.set("Content-Type"_ba, contentType);
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 202:
        return "Accepted"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 304:
        return "Not Modified"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 410:
        return "Gone"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 422:
        return "Unprocessable Content"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

} // namespace starling::sandbox
