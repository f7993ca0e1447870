// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace starling::sandbox {

/** A request as a LoopbackServer handler sees it, and as the server records it. */
struct Request
{
    QByteArray method; ///< as sent, e.g. "GET"
    QString path; ///< percent-decoded, without the query
    QByteArray target; ///< the raw request target, path and query as sent
    QUrlQuery query;
    QHash<QString, QString> params; ///< values of the route's {name} segments
    HttpHeaders headers; ///< case-insensitive lookup
    QByteArray body; ///< de-chunked; multipart bodies stay raw
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint64 connectionId = 0; ///< equal for requests that shared a keep-alive connection
    QString routePattern; ///< the pattern of the route that matched; empty if none
    QDateTime receivedAt;

    /** A path parameter, or an empty string. */
    QString param(const QString &name) const { return params.value(name); }
    /** A query item, fully decoded. */
    QString queryValue(const QString &key) const;
    /** The body parsed as JSON; null if it is not JSON. */
    QJsonDocument json() const;
};

/** What a handler answers. The server adds Content-Length and Connection itself. */
struct Response
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response json(const QJsonDocument &document, int status = 200);
    static Response text(const QByteArray &text, int status = 200);
    static Response empty(int status = 204);
    /** Raw bytes with the given Content-Type, for media. */
    static Response bytes(const QByteArray &body, const QByteArray &contentType, int status = 200);
};

/** The reason phrase for a status code ("Too Many Requests"). */
QByteArray reasonPhrase(int status);

} // namespace starling::sandbox
