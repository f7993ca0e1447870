// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

/**
 * Reading what a client sent to the sandbox Mastodon server as Mastodon reads it (query
 * parameters with or without "[]", JSON or form bodies, the access token, paging by
 * max_id/since_id/min_id), and the error answers of a refused request, {"error": "…"} (with
 * error_description for OAuth). The endpoints themselves are in MastodonRoutes.
 */
namespace starling::sandbox::mastodonrequest {

/** {"error": @p message} with @p status. */
Response error(int status, const QString &message);
/** An OAuth error: {"error": @p code, "error_description": @p description}. */
Response oauthError(int status, const QString &code, const QString &description);
/** 404 "Record not found": what Mastodon answers for anything the caller may not see. */
Response notFound();

/** An id's number, for ordering ids as Mastodon does. */
quint64 idValue(const QString &id);

/** Every value of query parameter @p key, also when it was sent as "key[]", fully decoded. */
QStringList queryValues(const Request &request, const QString &key);
/** The first value of queryValues(); empty when there is none. */
QString queryValue(const Request &request, const QString &key);

/** The parameters of a POST: a JSON object, or a form (with "name[]" for arrays); nothing when the body is neither. */
std::optional<QJsonObject> readParameters(const Request &request);
/** A string parameter that may be absent (empty); nothing when present with another type. */
std::optional<QString> stringParameter(const QJsonObject &params, const QString &key);
/** A boolean parameter that may be absent (false), also as "true"/"false"/"1"/"0"; nothing otherwise. */
std::optional<bool> boolParameter(const QJsonObject &params, const QString &key);

/**
 * The access token a request carries: the bearer token of @p authorization, else the first
 * entry of @p protocolHeader (Sec-WebSocket-Protocol), else @p queryToken (access_token).
 */
QByteArray accessToken(const QByteArray &authorization, const QByteArray &protocolHeader, const QString &queryToken);

/** The items of a list page, as indexes into its keys, and the Link header announcing the pages around it. */
struct Page
{
    QList<qsizetype> indexes;
    QByteArray link;
};

/**
 * The page of @p keys (ids, newest first) that max_id/since_id/min_id/limit select, with the Link
 * header whose URLs start with @p baseUrl and keep @p keptParameters; a 422 when an id is not
 * numeric.
 */
std::variant<Page, Response> paginate(const Request &request, const QUrl &baseUrl, const QStringList &keys,
                                      int defaultLimit, int maxLimit, const QStringList &keptParameters);

} // namespace starling::sandbox::mastodonrequest
