// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthServer.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomPart(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toBase64(base64url);
}

Response oauthError(const QString &error, const QString &description, int status = 400)
{
    return Response::json(QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, status);
}

/** The body of a form POST, decoded as HTML forms are: "+" is a space. */
QUrlQuery formOf(const Request &request)
{
    QString text = QString::fromUtf8(request.body);
    text.replace(u'+', u"%20"_s);
    return QUrlQuery(text);
}

QString valueOf(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

/** For a Location header: every value percent-encoded, spaces as "+" as a real server often does. */
QByteArray encodeValue(const QString &value)
{
    return QUrl::toPercentEncoding(value, " "_ba).replace(' ', '+');
}

bool isLoopbackRedirect(const QUrl &uri)
{
    const QHostAddress host(uri.host());
    return uri.isValid() && uri.scheme() == u"http"_s && !host.isNull() && host.isLoopback()
           && uri.fragment().isEmpty();
}

bool isUnreserved(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
               || c == u'.' || c == u'_' || c == u'~';
    });
}

} // namespace

AuthServer::AuthServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_server->route("GET"_ba, u"/oauth2/authorize"_s, [this](const Request &request) { return authorize(request); });
    m_server->route("POST"_ba, u"/oauth2/token"_s, [this](const Request &request) { return token(request); });
    m_server->route("POST"_ba, u"/oauth2/revoke"_s, [this](const Request &request) { return revoke(request); });
}

AuthServer::~AuthServer() = default;

bool AuthServer::listen()
{
    return m_server->listen();
}

void AuthServer::close()
{
    m_server->close();
}

QUrl AuthServer::authorizeUrl() const
{
    return m_server->url(u"/oauth2/authorize"_s);
}

QUrl AuthServer::tokenUrl() const
{
    return m_server->url(u"/oauth2/token"_s);
}

QUrl AuthServer::revokeUrl() const
{
    return m_server->url(u"/oauth2/revoke"_s);
}

QString AuthServer::defaultClientId()
{
    return u"c2FuZGJveC1jbGllbnQtaWQ6MTpjaQ"_s;
}

OAuthConfig AuthServer::config(const QString &clientId, quint16 redirectPort) const
{
    OAuthConfig config = OAuthConfig::x(clientId, redirectPort);
    config.providerName = u"Sandbox"_s;
    config.authorizeUrl = authorizeUrl();
    config.tokenUrl = tokenUrl();
    config.revokeUrl = revokeUrl();
    config.clientSecret = m_registeredSecret;
    return config;
}

void AuthServer::setRegisteredClient(const QString &clientId, const QByteArray &secret)
{
    m_registeredClientId = clientId;
    m_registeredSecret = secret;
}

void AuthServer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void AuthServer::expireCodesNow()
{
    for (Code &code : m_codes)
        code.expired = true;
}

void AuthServer::resetCounters()
{
    m_authorizations.clear();
    m_tokenCount = 0;
    m_codeExchangeCount = 0;
    m_refreshCount = 0;
    m_revokeCount = 0;
    m_revokedTokens.clear();
}

TokenSet AuthServer::issueGrant(const QString &clientId, const QString &scope)
{
    m_grants.append({clientId, scope, false});
    const Response answer = issue(int(m_grants.size()) - 1);
    const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
    TokenSet tokens;
    tokens.accessToken = object.value(u"access_token"_s).toString().toUtf8();
    tokens.refreshToken = object.value(u"refresh_token"_s).toString().toUtf8();
    tokens.scope = object.value(u"scope"_s).toString();
    if (object.contains(u"expires_in"_s))
        tokens.expiresAt = now().addSecs(object.value(u"expires_in"_s).toInteger());
    return tokens;
}

void AuthServer::revokeAllGrants()
{
    for (qsizetype i = 0; i < m_grants.size(); ++i)
        revokeGrant(int(i));
}

bool AuthServer::isAccessTokenValid(const QByteArray &token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd() || it->revoked || m_grants.at(it->grant).revoked)
        return false;
    return !it->expiresAt.isValid() || now() < it->expiresAt;
}

bool AuthServer::isRefreshTokenValid(const QByteArray &token) const
{
    const auto it = m_refreshTokenTable.constFind(token);
    return it != m_refreshTokenTable.constEnd() && !it->used && !it->revoked && !m_grants.at(it->grant).revoked;
}

void AuthServer::revokeGrant(int grant)
{
    if (grant < 0 || grant >= m_grants.size())
        return;
    m_grants[grant].revoked = true;
}

QByteArray AuthServer::newToken(const char *kind)
{
    return m_tokenPrefix + '-' + kind + '-' + QByteArray::number(++m_tokenSerial) + '-' + randomPart(12);
}

Response AuthServer::issue(int grant)
{
    const Grant &owner = m_grants.at(grant);
    const QByteArray access = newToken("access");
    Token accessRecord{grant, {}, false, false};
    if (m_accessTokenSeconds > 0)
        accessRecord.expiresAt = now().addSecs(m_accessTokenSeconds);
    m_accessTokens.insert(access, accessRecord);

    QJsonObject answer{
        {u"token_type"_s, u"bearer"_s},
        {u"access_token"_s, QString::fromUtf8(access)},
        {u"scope"_s, owner.scope},
    };
    if (m_accessTokenSeconds > 0)
        answer.insert(u"expires_in"_s, m_accessTokenSeconds);
    const bool offline = owner.scope.split(u' ', Qt::SkipEmptyParts).contains(u"offline.access"_s);
    if (m_refreshTokens == RefreshTokens::Always || (m_refreshTokens == RefreshTokens::IfOfflineAccess && offline)) {
        const QByteArray refreshToken = newToken("refresh");
        m_refreshTokenTable.insert(refreshToken, Token{grant, {}, false, false});
        answer.insert(u"refresh_token"_s, QString::fromUtf8(refreshToken));
    }
    return Response::json(answer);
}

Response AuthServer::authorize(const Request &request)
{
    Authorization authorization;
    authorization.responseType = request.queryValue(u"response_type"_s);
    authorization.clientId = request.queryValue(u"client_id"_s);
    authorization.redirectUri = request.queryValue(u"redirect_uri"_s);
    authorization.scope = request.queryValue(u"scope"_s);
    authorization.state = request.queryValue(u"state"_s);
    authorization.codeChallenge = request.queryValue(u"code_challenge"_s);
    authorization.codeChallengeMethod = request.queryValue(u"code_challenge_method"_s);
    authorization.receivedAt = now();
    m_authorizations.append(authorization);

    // Errors about the client or the redirect URI are shown here and never redirected
    // (RFC 6749 §4.1.2.1): the redirect target cannot be trusted.
    if (authorization.clientId.isEmpty()
        || (!m_registeredClientId.isEmpty() && authorization.clientId != m_registeredClientId)) {
        return Response::text("Unknown client_id."_ba, 400);
    }
    const QUrl redirect(authorization.redirectUri, QUrl::StrictMode);
    if (!isLoopbackRedirect(redirect) || (m_registeredRedirectUri.isValid() && redirect != m_registeredRedirectUri)) {
        return Response::text("redirect_uri is not registered for this client."_ba, 400);
    }

    QByteArray location = redirect.toString(QUrl::FullyEncoded).toUtf8();
    location += redirect.hasQuery() ? '&' : '?';
    const auto redirectWith = [&location, &authorization](const QList<QPair<QString, QString>> &items) {
        QList<QByteArray> parts;
        for (const auto &[key, value] : items)
            parts.append(key.toUtf8() + '=' + encodeValue(value));
        if (!authorization.state.isEmpty())
            parts.append("state="_ba + encodeValue(authorization.state));
        Response response = Response::empty(302);
        response.headers.set("Location"_ba, location + parts.join('&'));
        response.headers.set("Cache-Control"_ba, "no-store"_ba);
        return response;
    };

    if (authorization.responseType != u"code"_s)
        return redirectWith({{u"error"_s, u"unsupported_response_type"_s}});
    const QString method = authorization.codeChallengeMethod.isEmpty() ? u"plain"_s : authorization.codeChallengeMethod;
    if (authorization.codeChallenge.isEmpty() ? m_requirePkce : (method != u"S256"_s && method != u"plain"_s)) {
        return redirectWith({{u"error"_s, u"invalid_request"_s},
                             {u"error_description"_s, u"A code_challenge with S256 is required."_s}});
    }
    if (m_consent == Consent::Deny) {
        return redirectWith(
            {{u"error"_s, u"access_denied"_s}, {u"error_description"_s, u"The user denied the request."_s}});
    }

    const QString code = QString::fromLatin1(randomPart(24));
    m_codes.insert(code, Code{authorization, now(), false, false, -1});
    Response response = redirectWith({{u"code"_s, code}});
    Q_EMIT codeIssued();
    return response;
}

std::optional<Response> AuthServer::checkClient(const QUrlQuery &form) const
{
    const QString clientId = valueOf(form, u"client_id"_s);
    if (clientId.isEmpty() || (!m_registeredClientId.isEmpty() && clientId != m_registeredClientId))
        return oauthError(u"invalid_client"_s, u"Unknown client."_s, 401);
    if (!m_registeredSecret.isEmpty() && valueOf(form, u"client_secret"_s).toUtf8() != m_registeredSecret)
        return oauthError(u"invalid_client"_s, u"Client authentication failed."_s, 401);
    return std::nullopt;
}

Response AuthServer::token(const Request &request)
{
    ++m_tokenCount;
    if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(u"invalid_request"_s, u"The body must be application/x-www-form-urlencoded."_s);
    const QUrlQuery form = formOf(request);
    const QString grantType = valueOf(form, u"grant_type"_s);
    if (grantType == u"authorization_code"_s)
        return exchangeCode(form);
    if (grantType == u"refresh_token"_s)
        return refresh(form);
    return oauthError(u"unsupported_grant_type"_s, u"Unsupported grant_type."_s);
}

Response AuthServer::exchangeCode(const QUrlQuery &form)
{
    ++m_codeExchangeCount;
    if (auto refused = checkClient(form))
        return *refused;
    const auto it = m_codes.find(valueOf(form, u"code"_s));
    if (it == m_codes.end())
        return oauthError(u"invalid_grant"_s, u"Unknown authorization code."_s);
    Code &code = *it;
    if (code.used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it gave.
        revokeGrant(code.grant);
        return oauthError(u"invalid_grant"_s, u"The authorization code was already used."_s);
    }
    code.used = true;
    const qint64 age = code.issuedAt.msecsTo(now());
    if (code.expired || age >= qint64(m_codeLifetime.count()))
        return oauthError(u"invalid_grant"_s, u"The authorization code has expired."_s);
    const Authorization &authorization = code.authorization;
    if (valueOf(form, u"client_id"_s) != authorization.clientId)
        return oauthError(u"invalid_grant"_s, u"The code was issued to another client."_s);
    if (valueOf(form, u"redirect_uri"_s) != authorization.redirectUri)
        return oauthError(u"invalid_grant"_s, u"redirect_uri does not match the authorization request."_s);
    if (!authorization.codeChallenge.isEmpty()) {
        const QString verifier = valueOf(form, u"code_verifier"_s);
        if (verifier.size() < 43 || verifier.size() > 128 || !isUnreserved(verifier))
            return oauthError(u"invalid_grant"_s, u"A valid code_verifier is required."_s);
        const QString expected =
            authorization.codeChallengeMethod == u"S256"_s ? QString::fromLatin1(
                QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256).toBase64(base64url))
                                                           : verifier;
        if (expected != authorization.codeChallenge)
            return oauthError(u"invalid_grant"_s, u"The code_verifier does not match the code_challenge."_s);
    }
    m_grants.append({authorization.clientId, authorization.scope, false});
    code.grant = int(m_grants.size()) - 1;
    return issue(code.grant);
}

Response AuthServer::refresh(const QUrlQuery &form)
{
    ++m_refreshCount;
    if (auto refused = checkClient(form))
        return *refused;
    const QByteArray presented = valueOf(form, u"refresh_token"_s).toUtf8();
    const auto it = m_refreshTokenTable.find(presented);
    if (it == m_refreshTokenTable.end())
        return oauthError(u"invalid_grant"_s, u"Unknown refresh token."_s);
    Token &token = *it;
    if (token.used) {
        if (m_revokeGrantOnReuse)
            revokeGrant(token.grant);
        return oauthError(u"invalid_grant"_s, u"The refresh token was already used."_s);
    }
    if (token.revoked || m_grants.at(token.grant).revoked)
        return oauthError(u"invalid_grant"_s, u"The grant was revoked."_s);
    if (m_grants.at(token.grant).clientId != valueOf(form, u"client_id"_s))
        return oauthError(u"invalid_grant"_s, u"The refresh token belongs to another client."_s);
    token.used = true;
    return issue(token.grant);
}

Response AuthServer::revoke(const Request &request)
{
    ++m_revokeCount;
    const QUrlQuery form = formOf(request);
    if (auto refused = checkClient(form))
        return *refused;
    const QByteArray presented = valueOf(form, u"token"_s).toUtf8();
    m_revokedTokens.append(presented);
    if (auto access = m_accessTokens.find(presented); access != m_accessTokens.end())
        access->revoked = true;
    if (auto refreshToken = m_refreshTokenTable.find(presented); refreshToken != m_refreshTokenTable.end())
        revokeGrant(refreshToken->grant);
    // RFC 7009 §2.2: 200 also for a token the server does not know.
    return Response::json(QJsonObject{{u"revoked"_s, true}});
}

} // namespace starling::sandbox
