// SPDX-License-Identifier: GPL-3.0-or-later
#include "XProblem.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace starling::sandbox::xproblem {

namespace {

const QString problemBase = u"https://api.twitter.com/2/problems/"_s;

QJsonObject blank(int status, const QString &title, const QString &detail)
{
    return QJsonObject{
        {u"type"_s, u"about:blank"_s}, {u"title"_s, title}, {u"detail"_s, detail}, {u"status"_s, status}};
}

} // namespace

Response answer(const QJsonObject &problem, int status)
{
    return Response::bytes(QJsonDocument(problem).toJson(QJsonDocument::Compact), "application/problem+json"_ba,
                           status);
}

Response invalidRequest(const QList<Issue> &issues)
{
    QJsonArray errors;
    for (const Issue &issue : issues) {
        QJsonObject error{{u"message"_s, issue.message}};
        if (!issue.parameter.isEmpty()) {
            error.insert(u"parameters"_s, QJsonObject{{issue.parameter, QJsonArray{issue.value.left(200)}}});
        }
        errors.append(error);
    }
    QJsonObject problem{{u"type"_s, QString(problemBase + u"invalid-request"_s)},
                        {u"title"_s, u"Invalid Request"_s},
                        {u"detail"_s, u"One or more parameters to your request was invalid."_s},
                        {u"status"_s, 400}};
    if (!errors.isEmpty())
        problem.insert(u"errors"_s, errors);
    return answer(problem, 400);
}

Response invalidRequest(const QString &message, const QString &parameter, const QString &value)
{
    return invalidRequest(QList<Issue>{Issue{message, parameter, value}});
}

Response unauthorized()
{
    return answer(blank(401, u"Unauthorized"_s, u"Unauthorized"_s), 401);
}

Response forbidden(const QString &detail)
{
    return answer(blank(403, u"Forbidden"_s, detail), 403);
}

Response notFound()
{
    return answer(blank(404, u"Not Found"_s, u"Not Found"_s), 404);
}

Response resourceNotFound(const QString &parameter, const QString &value, const QString &resourceType,
                          const QString &detail)
{
    QJsonObject problem = resourceNotFoundEntry(parameter, value, resourceType, detail);
    problem.insert(u"status"_s, 404);
    return answer(problem, 404);
}

Response tooManyRequests()
{
    return answer(blank(429, u"Too Many Requests"_s, u"Too Many Requests"_s), 429);
}

Response internalError()
{
    return answer(blank(500, u"Internal Server Error"_s, u"Something went wrong. Try again later."_s), 500);
}

QJsonObject resourceNotFoundEntry(const QString &parameter, const QString &value, const QString &resourceType,
                                  const QString &detail)
{
    return QJsonObject{{u"type"_s, QString(problemBase + u"resource-not-found"_s)},
                       {u"title"_s, u"Not Found Error"_s},
                       {u"detail"_s, detail},
                       {u"parameter"_s, parameter},
                       {u"value"_s, value.left(200)},
                       {u"resource_id"_s, value.left(200)},
                       {u"resource_type"_s, resourceType}};
}

} // namespace starling::sandbox::xproblem
