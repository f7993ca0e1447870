// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <chrono>

namespace starling {

/**
 * A successful (2xx) answer as HttpClient hands it to the caller. When the request expected
 * JSON, the body has already been validated and json() holds the parsed document.
 */
class HttpResponse
{
public:
    HttpResponse() = default;
    HttpResponse(int status, HttpHeaders headers, QByteArray body);

    int status() const { return m_status; }
    const HttpHeaders &headers() const { return m_headers; }
    /** The first value of a header, case-insensitive. */
    QByteArray header(QByteArrayView name) const { return m_headers.value(name); }
    QByteArray body() const { return m_body; }

    /** The parsed body; null when the request did not expect JSON or the body was empty (204). */
    const QJsonDocument &json() const { return m_json; }
    QJsonObject object() const { return m_json.object(); }
    QJsonArray array() const { return m_json.array(); }
    void setJson(const QJsonDocument &json) { m_json = json; }

    /** The URL that answered, after redirects. */
    QUrl url() const { return m_url; }
    void setUrl(const QUrl &url) { m_url = url; }

    /** How many attempts the client made, 1 when the first one succeeded. */
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    /** Time from the first attempt to the answer, retries included. */
    std::chrono::milliseconds elapsed() const { return m_elapsed; }
    void setElapsed(std::chrono::milliseconds elapsed) { m_elapsed = elapsed; }

private:
    int m_status = 0;
    HttpHeaders m_headers;
    QByteArray m_body;
    QJsonDocument m_json;
    QUrl m_url;
    int m_attempts = 1;
    std::chrono::milliseconds m_elapsed{0};
};

} // namespace starling
