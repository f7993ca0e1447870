// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonRequest.h"

#include "MastodonTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::sandbox::mastodonrequest {

Response error(int status, const QString &message)
{
    return Response::json(QJsonObject{{u"error"_s, message}}, status);
}

Response oauthError(int status, const QString &code, const QString &description)
{
    return Response::json(QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}}, status);
}

Response notFound()
{
    return error(404, u"Record not found"_s);
}

quint64 idValue(const QString &id)
{
    return id.toULongLong();
}

QStringList queryValues(const Request &request, const QString &key)
{
    QStringList values;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (name == key || name == key + u"[]"_s)
            values << value;
    }
    return values;
}

QString queryValue(const Request &request, const QString &key)
{
    const QStringList values = queryValues(request, key);
    return values.isEmpty() ? QString() : values.constFirst();
}

std::optional<QJsonObject> readParameters(const Request &request)
{
    const QByteArray type = request.headers.value("content-type").toLower();
    if (request.body.trimmed().isEmpty())
        return QJsonObject();
    if (type.startsWith("application/json")) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        return document.object();
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
        QJsonObject object;
        const QUrlQuery form(QString::fromUtf8(request.body).replace(u'+', u' '));
        for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (name.endsWith(u"[]"_s)) {
                const QString key = name.chopped(2);
                QJsonArray array = object.value(key).toArray();
                array.append(value);
                object.insert(key, array);
            } else {
                object.insert(name, value);
            }
        }
        return object;
    }
    return std::nullopt;
}

std::optional<QString> stringParameter(const QJsonObject &params, const QString &key)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<bool> boolParameter(const QJsonObject &params, const QString &key)
{
    const QJsonValue value = params.value(key);
    if (value.isUndefined() || value.isNull())
        return false;
    if (value.isBool())
        return value.toBool();
    if (value.isString() && (value.toString() == u"true" || value.toString() == u"1"))
        return true;
    if (value.isString() && (value.toString() == u"false" || value.toString() == u"0"))
        return false;
    return std::nullopt;
}

QByteArray accessToken(const QByteArray &authorization, const QByteArray &protocolHeader, const QString &queryToken)
{
    const QByteArray header = authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space > 0 && header.left(space).compare("Bearer", Qt::CaseInsensitive) == 0)
        return header.mid(space + 1).trimmed();
    if (!protocolHeader.isEmpty())
        return protocolHeader.split(',').constFirst().trimmed();
    return queryToken.toUtf8();
}

std::variant<Page, Response> paginate(const Request &request, const QUrl &baseUrl, const QStringList &keys,
                                      int defaultLimit, int maxLimit, const QStringList &keptParameters)
{
    bool ok = false;
    const QString limitText = queryValue(request, u"limit"_s);
    int limit = limitText.toInt(&ok);
    if (!ok || limit <= 0)
        limit = defaultLimit;
    limit = std::min(limit, maxLimit);
    const QString maxId = queryValue(request, u"max_id"_s);
    const QString sinceId = queryValue(request, u"since_id"_s);
    const QString minId = queryValue(request, u"min_id"_s);
    for (const QString &id : {maxId, sinceId, minId}) {
        if (!id.isEmpty() && !isMastodonId(id))
            return error(422, u"Validation failed: pagination ids must be numeric"_s);
    }
    Page page;
    if (!minId.isEmpty()) {
        // Forward from min_id: the items just after it, shown newest first.
        QList<qsizetype> above;
        for (qsizetype i = keys.size() - 1; i >= 0; --i) {
            if (idValue(keys.at(i)) <= idValue(minId) || (!maxId.isEmpty() && idValue(keys.at(i)) >= idValue(maxId)))
                continue;
            above << i;
            if (above.size() == limit)
                break;
        }
        std::reverse(above.begin(), above.end());
        page.indexes = above;
    } else {
        for (qsizetype i = 0; i < keys.size() && page.indexes.size() < limit; ++i) {
            const quint64 key = idValue(keys.at(i));
            if (!maxId.isEmpty() && key >= idValue(maxId))
                continue;
            if (!sinceId.isEmpty() && key <= idValue(sinceId))
                break;
            page.indexes << i;
        }
    }
    if (page.indexes.isEmpty())
        return page;
    const auto link = [&](const QString &name, const QString &value) -> QString {
        QUrlQuery query;
        for (const QString &kept : keptParameters) {
            for (const QString &v : queryValues(request, kept))
                query.addQueryItem(kept == u"limit" ? kept : kept + u"[]"_s, v);
        }
        query.addQueryItem(name, value);
        QUrl url = baseUrl;
        url.setPath(request.path);
        url.setQuery(query);
        return u'<' + url.toString(QUrl::FullyEncoded) + u'>';
    };
    QStringList parts;
    // Mastodon offers "next" only when the page is full (records_continue?).
    if (page.indexes.size() == limit)
        parts << link(u"max_id"_s, keys.at(page.indexes.constLast())) + u"; rel=\"next\""_s;
    parts << link(u"min_id"_s, keys.at(page.indexes.constFirst())) + u"; rel=\"prev\""_s;
    page.link = parts.join(u", "_s).toUtf8();
    return page;
}

} // namespace starling::sandbox::mastodonrequest
