// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequest.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

HttpRequest::HttpRequest(Method method, const QUrl &url)
    : m_method(method)
    , m_url(url)
{
}

HttpRequest HttpRequest::get(const QUrl &url)
{
    return HttpRequest(Method::Get, url);
}

HttpRequest HttpRequest::post(const QUrl &url, const QJsonDocument &json)
{
    HttpRequest request(Method::Post, url);
    request.setJsonBody(json);
    return request;
}

HttpRequest HttpRequest::postForm(const QUrl &url, const QUrlQuery &form)
{
    HttpRequest request(Method::Post, url);
    request.setBody(form.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded"_ba);
    return request;
}

QByteArray HttpRequest::methodName() const
{
    return methodName(m_method);
}

QByteArray HttpRequest::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET"_ba;
    case Method::Head:
        return "HEAD"_ba;
    case Method::Post:
        return "POST"_ba;
    case Method::Put:
        return "PUT"_ba;
    case Method::Patch:
        return "PATCH"_ba;
    case Method::Delete:
        return "DELETE"_ba;
    }
    return "GET"_ba;
}

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.set(name, value);
}

void HttpRequest::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
}

void HttpRequest::setJsonBody(const QJsonDocument &json)
{
    setBody(json.toJson(QJsonDocument::Compact), "application/json"_ba);
}

bool HttpRequest::isIdempotent() const
{
    if (m_idempotent.has_value())
        return *m_idempotent;
    return m_method == Method::Get || m_method == Method::Head;
}

void HttpRequest::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

QString HttpRequest::rateLimitBucket() const
{
    if (!m_bucket.isEmpty())
        return m_bucket;
    return QString::fromLatin1(methodName()) + u' ' + m_url.host() + u':' + QString::number(m_url.port())
           + m_url.path();
}

} // namespace starling
