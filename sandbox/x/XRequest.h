// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "XProblem.h"
#include "XRender.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Reading what a client sent to the sandbox X server, as strictly as X reads it: query parameters
 * against the names the official spec knows, JSON bodies, and the opaque tokens of paged lists.
 * Whatever does not pass becomes X's invalid-request problem (XProblem). The endpoints themselves
 * are in XRoutes.
 */
namespace starling::sandbox::xrequest {

// The field and expansion names of the official spec v2.166 (x-api-v2-openapi-2.166.json).
// The server refuses any other name, as X does.
extern const QStringList userFieldNames;
extern const QStringList tweetFieldNames;
extern const QStringList mediaFieldNames;
extern const QStringList pollFieldNames;
extern const QStringList placeFieldNames;
extern const QStringList dmEventFieldNames;
extern const QStringList dmExpansionNames;
extern const QStringList tweetExpansionNames;
extern const QStringList userExpansionNames;
extern const QStringList eventTypeNames;

/** The query parameters an endpoint takes: comma-separated lists with their values, and others. */
struct QueryRules
{
    QHash<QString, QStringList> lists;
    QStringList plain;
};

/** A 400 problem when the query has a parameter @p rules do not allow, twice, or a value not in its list. */
std::optional<Response> checkQuery(const Request &request, const QueryRules &rules);

/** What the request's *.fields and expansions ask to see (checked by checkQuery() before). */
XRender::Selection selection(const Request &request);

/** The request's JSON object body into @p body, or a 400 problem when it is not one. */
std::optional<Response> readBody(const Request &request, QJsonObject &body);

/** Keys of @p object that are not in @p allowed, as issues. */
QList<xproblem::Issue> unknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &where);

/** The issue of a parameter whose value does not match @p pattern, in X's words. */
xproblem::Issue patternIssue(const QString &parameter, const QString &value, const QString &pattern);

/** The 400 problem of a path or query parameter that is not an id. */
Response idPatternProblem(const QString &parameter, const QString &value);

/**
 * A token for the page after the item @p lastId. X's DM tokens are base32 of at least 16
 * characters, its timeline tokens lower-case base36; @p kind keeps one endpoint's token from
 * being accepted by another.
 */
QString pageToken(char kind, const QString &lastId);

/** The last id of the page before, from a token of pageToken() with the same @p kind; nothing otherwise. */
std::optional<QString> readPageToken(char kind, const QString &token);

} // namespace starling::sandbox::xrequest
