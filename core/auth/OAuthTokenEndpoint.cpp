// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthTokenEndpoint.h"

#include "net/HttpResponse.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** Ten years: anything longer is nonsense, and the cap keeps the date arithmetic in range. */
constexpr qint64 maximumLifetimeSeconds = 10LL * 366 * 24 * 3600;

Error badAnswer(const QString &providerName)
{
    if (providerName.isEmpty()) {
        return Error(Error::Code::BadResponse,
                     QCoreApplication::translate("starling::OAuthTokenEndpoint",
                                                 "The server answered the sign-in with something Starling could not "
                                                 "use."));
    }
    //: %1 is the network's name, e.g. "Mastodon"
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("starling::OAuthTokenEndpoint",
                                             "%1 answered the sign-in with something Starling could not use.")
                     .arg(providerName));
}

std::optional<qint64> lifetimeSeconds(const QJsonValue &value)
{
    double seconds = 0;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(seconds) || seconds <= 0)
        return std::nullopt;
    return qint64(std::min<double>(std::floor(seconds), double(maximumLifetimeSeconds)));
}

} // namespace

HttpRequest OAuthTokenEndpoint::codeExchange(const OAuthConfig &config, const QString &code, const QUrl &redirectUri,
                                             const QByteArray &verifier)
{
    QList<QPair<QByteArray, QByteArray>> items{
        {"grant_type"_ba, "authorization_code"_ba},
        {"code"_ba, code.toUtf8()},
        {"redirect_uri"_ba, redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
    };
    if (!verifier.isEmpty())
        items.append({"code_verifier"_ba, verifier});
    addClient(items, config);
    return post(config.tokenUrl, items, exchangeDeadline);
}

HttpRequest OAuthTokenEndpoint::refresh(const OAuthConfig &config, const QByteArray &refreshToken)
{
    QList<QPair<QByteArray, QByteArray>> items{
        {"grant_type"_ba, "refresh_token"_ba},
        {"refresh_token"_ba, refreshToken},
    };
    addClient(items, config);
    return post(config.tokenUrl, items, refreshDeadline);
}

HttpRequest OAuthTokenEndpoint::revoke(const OAuthConfig &config, const QByteArray &token, TokenKind kind)
{
    if (config.revokeStyle == OAuthConfig::RevokeStyle::BearerRefreshToken) {
        HttpRequest request(HttpRequest::Method::Post, config.revokeUrl);
        request.setHeader("Authorization"_ba, "Bearer "_ba + token);
        request.setDeadline(revokeDeadline);
        request.setExpect(HttpRequest::Expect::Anything);
        return request;
    }
    QList<QPair<QByteArray, QByteArray>> items{
        {"token"_ba, token},
        {"token_type_hint"_ba, kind == TokenKind::Refresh ? "refresh_token"_ba : "access_token"_ba},
    };
    addClient(items, config);
    HttpRequest request = post(config.revokeUrl, items, revokeDeadline);
    // RFC 7009 answers 200 with any body or none; X sends {"revoked":true}.
    request.setExpect(HttpRequest::Expect::Anything);
    return request;
}

Result<TokenSet> OAuthTokenEndpoint::parse(const HttpResponse &response, const QDateTime &now,
                                           const QString &providerName, bool dpopBound)
{
    if (!response.json().isObject())
        return badAnswer(providerName);
    const QJsonObject object = response.object();

    const QJsonValue access = object.value("access_token"_L1);
    if (!access.isString() || access.toString().isEmpty())
        return badAnswer(providerName);
    // A token bound otherwise than expected would be refused on every call; better to say so now.
    const QJsonValue type = object.value("token_type"_L1);
    if (dpopBound) {
        if (type.toString().compare("dpop"_L1, Qt::CaseInsensitive) != 0)
            return badAnswer(providerName);
    } else if (!type.isUndefined() && !type.isNull()
               && (!type.isString() || type.toString().compare("bearer"_L1, Qt::CaseInsensitive) != 0)) {
        return badAnswer(providerName);
    }

    TokenSet tokens;
    tokens.accessToken = access.toString().toUtf8();
    if (const QJsonValue refresh = object.value("refresh_token"_L1); refresh.isString())
        tokens.refreshToken = refresh.toString().toUtf8();
    if (const auto seconds = lifetimeSeconds(object.value("expires_in"_L1)))
        tokens.expiresAt = now.toUTC().addSecs(*seconds);
    tokens.scope = object.value("scope"_L1).toString();
    tokens.subject = object.value("sub"_L1).toString();
    return tokens;
}

bool OAuthTokenEndpoint::isRefusal(const Error &error)
{
    // RFC 6749 §5.2 answers every grant error with 400, or 401 for invalid_client. HttpClient
    // maps 401 to AuthExpired and 400 to InvalidInput; the status tells them apart from the rest.
    return error.httpStatus() == 400 || error.httpStatus() == 401;
}

QUrlQuery OAuthTokenEndpoint::encodeForm(const QList<QPair<QByteArray, QByteArray>> &items)
{
    QUrlQuery form;
    for (const auto &[key, value] : items)
        form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(key))),
                          QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value))));
    return form;
}

void OAuthTokenEndpoint::addClient(QList<QPair<QByteArray, QByteArray>> &items, const OAuthConfig &config)
{
    // Public clients identify themselves with client_id in the body; confidential ones
    // (Mastodon) add the secret there too (client_secret_post).
    items.append({"client_id"_ba, config.clientId.toUtf8()});
    if (!config.clientSecret.isEmpty())
        items.append({"client_secret"_ba, config.clientSecret});
}

HttpRequest OAuthTokenEndpoint::post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &items,
                                     std::chrono::milliseconds deadline)
{
    HttpRequest request = HttpRequest::postForm(url, encodeForm(items));
    request.setDeadline(deadline);
    request.setIdempotent(false);
    request.setMaxAttempts(1);
    // The token endpoint is not an API bucket; its 429s must not hold back API calls.
    request.setRateLimitBucket(u"oauth-token "_s + url.host() + u':' + QString::number(url.port()) + url.path());
    return request;
}

} // namespace starling
