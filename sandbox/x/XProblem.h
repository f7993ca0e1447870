// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace starling::sandbox::xproblem {

/**
 * The error answers of the sandbox X server, in X's problem format (API-NOTES X-6: an RFC 7807
 * object `{type, title, detail, status}` sent as application/problem+json), shaped so that the
 * official spec's Problem schemas accept them.
 */

/** One entry of an invalid-request problem's errors[]: what was wrong, and with which parameter. */
struct Issue
{
    QString message;
    QString parameter; ///< the query or body parameter, if one is to blame
    QString value;
};

/** 400 https://api.twitter.com/2/problems/invalid-request, with X's wording. */
Response invalidRequest(const QList<Issue> &issues);
Response invalidRequest(const QString &message, const QString &parameter = {}, const QString &value = {});

/** 401 about:blank "Unauthorized": no token, an unknown one or an expired one. */
Response unauthorized();

/** 403 about:blank "Forbidden" with @p detail. */
Response forbidden(const QString &detail);

/** 404 about:blank: a path the server does not have. */
Response notFound();

/** A 404 for a missing resource named in the path (a media id, a conversation). */
Response resourceNotFound(const QString &parameter, const QString &value, const QString &resourceType,
                          const QString &detail);

/** 429 about:blank "Too Many Requests" (the rate-limit headers are added by the caller). */
Response tooManyRequests();

/** 500 about:blank, for a handler that failed: the server must answer, never crash. */
Response internalError();

/**
 * The errors[] entry of a 200 answer that could not find something, as X answers a lookup of an
 * unknown user: https://api.twitter.com/2/problems/resource-not-found with its required fields.
 */
QJsonObject resourceNotFoundEntry(const QString &parameter, const QString &value, const QString &resourceType,
                                  const QString &detail);

/** Any problem object as an answer, with Content-Type application/problem+json. */
Response answer(const QJsonObject &problem, int status);

} // namespace starling::sandbox::xproblem
