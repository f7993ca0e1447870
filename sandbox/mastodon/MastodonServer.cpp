// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonServer.h"

#include "LoopbackServer.h"
#include "text/EntityExtractor.h"
#include "text/TextRules.h"
#include "x/XMultipart.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtEndian>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

const QStringList visibilities{u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s};
const QStringList allScopes{u"read"_s, u"write"_s, u"follow"_s, u"push"_s, u"profile"_s};
const QStringList statusParameters{u"status"_s,
                                   u"visibility"_s,
                                   u"in_reply_to_id"_s,
                                   u"media_ids"_s,
                                   u"spoiler_text"_s,
                                   u"sensitive"_s,
                                   u"language"_s,
                                   u"poll"_s,
                                   u"scheduled_at"_s,
                                   u"quoted_status_id"_s,
                                   u"quote_approval_policy"_s};
const QStringList supportedMimeTypes{u"image/jpeg"_s, u"image/png"_s, u"image/gif"_s,  u"image/webp"_s,
                                     u"image/avif"_s, u"video/mp4"_s, u"video/webm"_s, u"video/quicktime"_s,
                                     u"audio/mpeg"_s, u"audio/ogg"_s, u"audio/wave"_s, u"audio/mp4"_s};
constexpr qint64 imageSizeLimit = 16 * 1024 * 1024;
constexpr qint64 videoSizeLimit = 99 * 1024 * 1024;
constexpr int descriptionLimit = 1500;
constexpr qint64 idempotencySeconds = 3600;
constexpr qint64 codeLifetimeSeconds = 600;
constexpr qsizetype maxHandshakeBytes = 16 * 1024;

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

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

bool isNumber(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    return digits.match(text).hasMatch();
}

quint64 idValue(const QString &id)
{
    return id.toULongLong();
}

/** Every value of query parameter @p key, also when it was sent as "key[]", fully decoded. */
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

/**
 * The parameters of a POST: a JSON object, or a form (with "name[]" for arrays). Nothing when the
 * body is neither.
 */
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

/** A string parameter that may be absent; nullopt when present with another type. */
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

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

QString s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isLoopbackIp(const QString &host)
{
    return host == u"127.0.0.1" || host == u"::1" || host == u"[::1]";
}

/** Doorkeeper's rule: equal, except that the port does not count when both are loopback IP literals. */
bool redirectMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    const QUrl a(registered);
    const QUrl b(requested);
    if (!a.isValid() || !b.isValid() || !isLoopbackIp(a.host()) || !isLoopbackIp(b.host()))
        return false;
    return a.scheme() == b.scheme() && a.host() == b.host() && a.path() == b.path() && a.query() == b.query();
}

/** Whether the token's scopes allow @p required ("read:statuses" is covered by "read"). */
bool scopeAllows(const QStringList &scopes, const QString &required)
{
    if (required.isEmpty() || scopes.contains(required))
        return true;
    return scopes.contains(required.section(u':', 0, 0));
}

QString typeForMime(const QString &mime)
{
    if (mime == u"image/gif")
        return u"gifv"_s;
    if (mime.startsWith(u"image/"))
        return u"image"_s;
    if (mime.startsWith(u"video/"))
        return u"video"_s;
    if (mime.startsWith(u"audio/"))
        return u"audio"_s;
    return u"unknown"_s;
}

std::pair<int, int> pngSize(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 24 || !bytes.startsWith(signature) || bytes.mid(12, 4) != "IHDR")
        return {0, 0};
    const quint32 width = qFromBigEndian<quint32>(bytes.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(bytes.constData() + 20);
    if (width > 100000 || height > 100000)
        return {0, 0};
    return {int(width), int(height)};
}

QString reasonText(int status)
{
    return QString::fromLatin1(reasonPhrase(status));
}

} // namespace

MastodonServer::MastodonServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_streamingGate(new QTcpServer(this))
    , m_streaming(new QWebSocketServer(u"Starling sandbox streaming"_s, QWebSocketServer::NonSecureMode, this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_server->setFallback([](const Request &) { return error(404, u"Not found"_s); });
    m_server->route("GET"_ba, u"/.well-known/oauth-authorization-server"_s,
                    [this](const Request &r) { return wellKnown(r); });
    m_server->route("POST"_ba, u"/api/v1/apps"_s, [this](const Request &r) { return createApp(r); });
    m_server->route("GET"_ba, u"/oauth/authorize"_s, [this](const Request &r) { return authorize(r); });
    m_server->route("POST"_ba, u"/oauth/token"_s, [this](const Request &r) { return token(r); });
    m_server->route("POST"_ba, u"/oauth/revoke"_s, [this](const Request &r) { return revoke(r); });
    m_server->route("GET"_ba, u"/api/v2/instance"_s, [this](const Request &r) { return instanceV2(r); });
    m_server->route("GET"_ba, u"/api/v1/instance"_s, [this](const Request &r) { return instanceV1(r); });

    const QString readAccounts = u"read:accounts"_s;
    const QString readStatuses = u"read:statuses"_s;
    route("GET"_ba, u"/api/v1/accounts/verify_credentials"_s, &MastodonServer::verifyCredentials, readAccounts);
    route("GET"_ba, u"/api/v1/accounts/lookup"_s, &MastodonServer::lookup, readAccounts);
    route("GET"_ba, u"/api/v1/accounts/{id}/statuses"_s, &MastodonServer::accountStatuses, readStatuses);
    route("GET"_ba, u"/api/v1/accounts/{id}"_s, &MastodonServer::getAccount, readAccounts);
    route("GET"_ba, u"/api/v1/conversations"_s, &MastodonServer::listConversations, readStatuses);
    route("POST"_ba, u"/api/v1/conversations/{id}/read"_s, &MastodonServer::readConversation, u"write:conversations"_s);
    route("GET"_ba, u"/api/v1/statuses/{id}/context"_s, &MastodonServer::getContext, readStatuses);
    route("GET"_ba, u"/api/v1/statuses/{id}"_s, &MastodonServer::getStatus, readStatuses);
    route("POST"_ba, u"/api/v1/statuses"_s, &MastodonServer::createStatus, u"write:statuses"_s);
    route("GET"_ba, u"/api/v1/notifications"_s, &MastodonServer::listNotifications, u"read:notifications"_s);
    route("POST"_ba, u"/api/v2/media"_s, &MastodonServer::uploadMedia, u"write:media"_s);
    route("GET"_ba, u"/api/v1/media/{id}"_s, &MastodonServer::getMedia, u"write:media"_s);

    connect(m_streamingGate, &QTcpServer::newConnection, this, &MastodonServer::onStreamingConnection);
    connect(m_streaming, &QWebSocketServer::newConnection, this, &MastodonServer::onWebSocket);
}

MastodonServer::~MastodonServer()
{
    for (Stream &s : m_streams) {
        if (s.socket) {
            s.socket->disconnect(this);
            s.socket->abort();
            delete s.socket;
        }
    }
    m_streams.clear();
}

bool MastodonServer::listen()
{
    if (!m_server->listen())
        return false;
    return m_streamingGate->isListening() || m_streamingGate->listen(QHostAddress::LocalHost, 0);
}

void MastodonServer::close()
{
    m_server->close();
    m_streamingGate->close();
    dropStreams();
}

QUrl MastodonServer::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl MastodonServer::streamingUrl() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_streamingGate->serverPort());
    return url;
}

void MastodonServer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime MastodonServer::now() const
{
    return m_clock().toUTC();
}

QString MastodonServer::nextStatusId()
{
    // Snowflake-like: milliseconds in the upper bits, so ids grow with time as Mastodon's do.
    const quint64 candidate = quint64(std::max<qint64>(now().toMSecsSinceEpoch(), 0)) << 16;
    m_lastStatusId = std::max(candidate, m_lastStatusId + 1);
    return QString::number(m_lastStatusId);
}

QString MastodonServer::nextNumber()
{
    return QString::number(++m_counter);
}

QString MastodonServer::rateLimitReset(const QDateTime &reset) const
{
    // Mastodon's format: ISO-8601 with microseconds (M-4).
    return reset.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss"_s) + u'.'
           + u"%1"_s.arg(reset.time().msec() * 1000, 6, 10, QChar(u'0')) + u'Z';
}

// ---- Requests ----

void MastodonServer::route(const QByteArray &method, const QString &pattern, Handler handler, const QString &scope)
{
    const bool media = pattern == u"/api/v2/media";
    m_server->route(method, pattern, [this, handler, scope, media](const Request &request) {
        return serve(request, handler, scope, media);
    });
}

QString MastodonServer::authenticate(const QByteArray &authorization, const QByteArray &protocolHeader,
                                     const QString &queryToken) const
{
    QByteArray token;
    const QByteArray header = authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space > 0 && header.left(space).compare("Bearer", Qt::CaseInsensitive) == 0)
        token = header.mid(space + 1).trimmed();
    else if (!protocolHeader.isEmpty())
        token = protocolHeader.split(',').constFirst().trimmed();
    else
        token = queryToken.toUtf8();
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.cend() || it->revoked || !m_accounts.contains(it->accountId))
        return {};
    return it->accountId;
}

Response MastodonServer::serve(const Request &request, Handler handler, const QString &scope, bool media)
{
    try {
        const QByteArray header = request.headers.value("authorization").trimmed();
        const qsizetype space = header.indexOf(' ');
        const QByteArray token = space > 0 ? header.mid(space + 1).trimmed() : QByteArray();
        const QString me = authenticate(header, {}, {});
        if (me.isEmpty())
            return error(401, u"The access token is invalid"_s);
        if (!scopeAllows(m_tokens.value(token).scopes, scope))
            return error(403, u"This action is outside the authorized scopes"_s);

        // One window per account for everything, and a second one for media uploads (M-4).
        const QDateTime current = now();
        const auto take = [&](const QString &key, int limit, std::chrono::seconds window) {
            Window &w = m_windows[key];
            if (!w.reset.isValid() || current >= w.reset) {
                w.used = 0;
                w.reset = current.addSecs(window.count());
            }
            const bool allowed = w.used < limit;
            if (allowed)
                ++w.used;
            return std::make_pair(allowed, w);
        };
        auto [allowed, window] = take(me, m_rateLimit, m_rateWindow);
        int limit = m_rateLimit;
        if (allowed && media) {
            auto [mediaAllowed, mediaWindow] = take(me + u"\nmedia"_s, m_mediaRateLimit, m_mediaRateWindow);
            // The headers describe whichever limit is closest to exhaustion.
            if (!mediaAllowed || m_mediaRateLimit - mediaWindow.used < m_rateLimit - window.used) {
                allowed = mediaAllowed;
                window = mediaWindow;
                limit = m_mediaRateLimit;
            }
        }
        Response response = allowed ? (this->*handler)(request, me) : error(429, u"Too many requests"_s);
        response.headers.set("X-RateLimit-Limit"_ba, QByteArray::number(limit));
        response.headers.set("X-RateLimit-Remaining"_ba, QByteArray::number(std::max(0, limit - window.used)));
        response.headers.set("X-RateLimit-Reset"_ba, rateLimitReset(window.reset).toLatin1());
        return response;
    } catch (const std::exception &) {
        return error(500, u"We're sorry, but something went wrong on our end."_s);
    }
}

std::variant<MastodonServer::Page, Response> MastodonServer::paginate(const Request &request, const QStringList &keys,
                                                                      int defaultLimit, int maxLimit,
                                                                      const QStringList &keptParameters) const
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
        if (!id.isEmpty() && !isNumber(id))
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
        QUrl url = m_server->baseUrl();
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

// ---- Apps and OAuth ----

Response MastodonServer::wellKnown(const Request &)
{
    if (!m_supportsPkce)
        return error(404, u"Not found"_s); // before 4.3
    const QString base = m_server->baseUrl().toString();
    return Response::json(QJsonObject{
        {u"issuer"_s, QString(base + u'/')},
        {u"service_documentation"_s, u"https://docs.joinmastodon.org/"_s},
        {u"authorization_endpoint"_s, QString(base + u"/oauth/authorize"_s)},
        {u"token_endpoint"_s, QString(base + u"/oauth/token"_s)},
        {u"app_registration_endpoint"_s, QString(base + u"/api/v1/apps"_s)},
        {u"revocation_endpoint"_s, QString(base + u"/oauth/revoke"_s)},
        {u"userinfo_endpoint"_s, QString(base + u"/oauth/userinfo"_s)},
        {u"scopes_supported"_s,
         QJsonArray{u"read"_s, u"write"_s, u"push"_s, u"profile"_s, u"read:accounts"_s, u"read:notifications"_s,
                    u"read:statuses"_s, u"write:conversations"_s, u"write:media"_s, u"write:statuses"_s}},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"client_credentials"_s}},
        {u"token_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
    });
}

Response MastodonServer::createApp(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return error(422, u"Validation failed: the body is not JSON or a form"_s);
    const QString name = params->value(u"client_name"_s).toString().trimmed();
    QStringList redirects;
    const QJsonValue redirect = params->value(u"redirect_uris"_s);
    if (redirect.isString()) {
        redirects = redirect.toString().split(u'\n', Qt::SkipEmptyParts);
    } else if (redirect.isArray() && m_supportsPkce) { // arrays since 4.3
        for (const QJsonValue &v : redirect.toArray())
            redirects << v.toString();
    }
    if (name.isEmpty())
        return error(422, u"Validation failed: Application name can't be blank"_s);
    if (redirects.isEmpty() || std::any_of(redirects.cbegin(), redirects.cend(), [](const QString &r) {
            const QUrl url(r, QUrl::StrictMode);
            return r != u"urn:ietf:wg:oauth:2.0:oob" && (!url.isValid() || url.scheme().isEmpty());
        }))
        return error(422, u"Validation failed: Redirect URI must be an absolute URI."_s);
    const QStringList scopes = params->value(u"scopes"_s).toString(u"read"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (!allScopes.contains(scope.section(u':', 0, 0)))
            return error(422, u"Validation failed: Scopes must be a list of known scopes"_s);
    }
    MastodonApp app;
    app.id = nextNumber();
    app.name = name;
    app.clientId = QString::fromLatin1(randomToken(32));
    app.clientSecret = randomToken(32);
    app.redirectUris = redirects;
    app.scopes = scopes.isEmpty() ? QStringList{u"read"_s} : scopes;
    app.website = params->value(u"website"_s).toString();
    m_apps << app;
    return Response::json(QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"website"_s, app.website.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.website)},
        {u"scopes"_s, QJsonArray::fromStringList(app.scopes)},
        {u"redirect_uri"_s, app.redirectUris.join(u'\n')},
        {u"redirect_uris"_s, QJsonArray::fromStringList(app.redirectUris)},
        {u"vapid_key"_s, u"BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="_s},
        {u"client_id"_s, app.clientId},
        {u"client_secret"_s, QString::fromLatin1(app.clientSecret)},
        {u"client_secret_expires_at"_s, 0},
    });
}

Response MastodonServer::authorize(const Request &request)
{
    Authorization a;
    a.clientId = request.queryValue(u"client_id"_s);
    a.redirectUri = request.queryValue(u"redirect_uri"_s);
    a.scope = request.queryValue(u"scope"_s);
    a.state = request.queryValue(u"state"_s);
    a.codeChallenge = request.queryValue(u"code_challenge"_s);
    a.codeChallengeMethod = request.queryValue(u"code_challenge_method"_s);
    m_authorizations << a;
    auto app =
        std::find_if(m_apps.cbegin(), m_apps.cend(), [&](const MastodonApp &x) { return x.clientId == a.clientId; });
    // Doorkeeper shows an error page, never a redirect, when the client or its redirect is wrong.
    if (app == m_apps.cend())
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed due to unknown client."_s);
    if (std::none_of(app->redirectUris.cbegin(), app->redirectUris.cend(),
                     [&](const QString &r) { return redirectMatches(r, a.redirectUri); }))
        return oauthError(400, u"invalid_redirect_uri"_s, u"The redirect uri included is not valid."_s);
    if (request.queryValue(u"response_type"_s) != u"code")
        return oauthError(400, u"unsupported_response_type"_s,
                          u"The authorization server does not support this response type."_s);
    const QStringList requested = (a.scope.isEmpty() ? u"read"_s : a.scope).split(u' ', Qt::SkipEmptyParts);
    // The scope asked for must be within what the app registered (M-1).
    for (const QString &scope : requested) {
        if (!scopeAllows(app->scopes, scope))
            return oauthError(400, u"invalid_scope"_s, u"The requested scope is invalid, unknown, or malformed."_s);
    }
    if (m_supportsPkce && !a.codeChallenge.isEmpty() && a.codeChallengeMethod != u"S256")
        return oauthError(400, u"invalid_request"_s, u"The code challenge method must be S256."_s);

    QUrl target(a.redirectUri);
    QUrlQuery query(target);
    if (m_consent == Consent::Deny || m_ownAccountId.isEmpty()) {
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s, u"The resource owner or authorization server denied the request."_s);
    } else {
        const QString code = QString::fromLatin1(randomToken(24));
        Code c;
        c.authorization = a;
        if (!m_supportsPkce)
            c.authorization.codeChallenge.clear(); // before 4.3 the challenge is ignored
        c.accountId = m_ownAccountId;
        c.issuedAt = now();
        m_codes.insert(code, c);
        query.addQueryItem(u"code"_s, code);
    }
    if (!a.state.isEmpty())
        query.addQueryItem(u"state"_s, a.state);
    target.setQuery(query);
    Response response = Response::text("You are being redirected.", 302);
    response.headers.set("Location"_ba, target.toString(QUrl::FullyEncoded).toUtf8());
    return response;
}

Response MastodonServer::token(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return oauthError(400, u"invalid_request"_s, u"The request is missing a required parameter."_s);
    const QString grant = params->value(u"grant_type"_s).toString();
    const QString clientId = params->value(u"client_id"_s).toString();
    const QString secret = params->value(u"client_secret"_s).toString();
    auto app =
        std::find_if(m_apps.cbegin(), m_apps.cend(), [&](const MastodonApp &x) { return x.clientId == clientId; });
    // Mastodon clients are confidential: the secret is always required (M-1).
    if (app == m_apps.cend() || secret.toLatin1() != app->clientSecret)
        return oauthError(401, u"invalid_client"_s,
                          u"Client authentication failed due to unknown client, no client "
                          "authentication included, or unsupported authentication method."_s);
    if (grant != u"authorization_code")
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"The authorization grant type is not supported by the authorization server."_s);
    ++m_codeExchanges;
    const QString code = params->value(u"code"_s).toString();
    auto it = m_codes.find(code);
    const auto invalidGrant = [] {
        return oauthError(400, u"invalid_grant"_s,
                          u"The provided authorization grant is invalid, expired, revoked, does not match the "
                          "redirection URI used in the authorization request, or was issued to another client."_s);
    };
    if (it == m_codes.end() || it->used || it->authorization.clientId != clientId
        || it->issuedAt.secsTo(now()) > codeLifetimeSeconds
        || it->authorization.redirectUri != params->value(u"redirect_uri"_s).toString())
        return invalidGrant();
    it->used = true;
    if (!it->authorization.codeChallenge.isEmpty()
        && s256(params->value(u"code_verifier"_s).toString()) != it->authorization.codeChallenge)
        return invalidGrant();
    const QString scope = it->authorization.scope.isEmpty() ? u"read"_s : it->authorization.scope;
    const QByteArray value = addToken(it->accountId, {}, scope.split(u' ', Qt::SkipEmptyParts));
    // No refresh token and no expiry (M-1).
    return Response::json(QJsonObject{{u"access_token"_s, QString::fromLatin1(value)},
                                      {u"token_type"_s, u"Bearer"_s},
                                      {u"scope"_s, scope},
                                      {u"created_at"_s, now().toSecsSinceEpoch()}});
}

Response MastodonServer::revoke(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return oauthError(400, u"invalid_request"_s, u"The request is missing a required parameter."_s);
    revokeToken(params->value(u"token"_s).toString().toLatin1());
    return Response::json(QJsonObject{});
}

QJsonObject MastodonServer::renderInstance() const
{
    const QUrl announced = m_announcedStreamingUrl.isEmpty() ? streamingUrl() : m_announcedStreamingUrl;
    return QJsonObject{
        {u"domain"_s, m_domain},
        {u"title"_s, u"Sandbox Social"_s},
        {u"version"_s, m_supportsPkce ? u"4.3.2"_s : u"4.2.10"_s},
        {u"source_url"_s, u"https://github.com/mastodon/mastodon"_s},
        {u"description"_s, u"A Mastodon server that lives on this computer for a while."_s},
        {u"usage"_s, QJsonObject{{u"users"_s, QJsonObject{{u"active_month"_s, int(m_accounts.size())}}}}},
        {u"thumbnail"_s, QJsonObject{{u"url"_s, QString(m_server->baseUrl().toString() + u"/thumbnail.png"_s)}}},
        {u"icon"_s, QJsonArray{}},
        {u"languages"_s, QJsonArray{u"en"_s}},
        {u"configuration"_s,
         QJsonObject{
             {u"urls"_s, QJsonObject{{u"streaming"_s, announced.toString()}, {u"status"_s, QJsonValue::Null}}},
             {u"accounts"_s, QJsonObject{{u"max_featured_tags"_s, 10}, {u"max_pinned_statuses"_s, 5}}},
             {u"statuses"_s, QJsonObject{{u"max_characters"_s, m_maxCharacters},
                                         {u"max_media_attachments"_s, m_maxMedia},
                                         {u"characters_reserved_per_url"_s, m_urlLength}}},
             {u"media_attachments"_s,
              QJsonObject{{u"supported_mime_types"_s, QJsonArray::fromStringList(supportedMimeTypes)},
                          {u"image_size_limit"_s, imageSizeLimit},
                          {u"image_matrix_limit"_s, 33177600},
                          {u"video_size_limit"_s, videoSizeLimit},
                          {u"video_frame_rate_limit"_s, 120},
                          {u"video_matrix_limit"_s, 8294400},
                          {u"description_limit"_s, descriptionLimit}}},
             {u"polls"_s, QJsonObject{{u"max_options"_s, 4},
                                      {u"max_characters_per_option"_s, 50},
                                      {u"min_expiration"_s, 300},
                                      {u"max_expiration"_s, 2629746}}},
             {u"translation"_s, QJsonObject{{u"enabled"_s, false}}},
         }},
        {u"registrations"_s,
         QJsonObject{{u"enabled"_s, false}, {u"approval_required"_s, false}, {u"message"_s, QJsonValue::Null}}},
        {u"api_versions"_s, QJsonObject{{u"mastodon"_s, m_supportsPkce ? 2 : 1}}},
        {u"contact"_s, QJsonObject{{u"email"_s, QString(u"admin@"_s + m_domain)}, {u"account"_s, QJsonValue::Null}}},
        {u"rules"_s, QJsonArray{}},
    };
}

Response MastodonServer::instanceV2(const Request &)
{
    return Response::json(renderInstance());
}

Response MastodonServer::instanceV1(const Request &)
{
    QJsonObject v1 = renderInstance();
    QJsonObject configuration = v1.take(u"configuration"_s).toObject();
    v1.insert(u"uri"_s, m_domain);
    v1.insert(u"urls"_s,
              QJsonObject{{u"streaming_api"_s, configuration.value(u"urls"_s).toObject().value(u"streaming"_s)}});
    configuration.remove(u"urls"_s);
    v1.insert(u"configuration"_s, configuration);
    return Response::json(v1);
}

// ---- People and tokens ----

QString MastodonServer::addAccount(const QString &username, const QString &displayName, const QString &domain)
{
    MastodonAccount account;
    account.username = username;
    account.displayName = displayName;
    account.domain = domain;
    return addAccount(std::move(account));
}

QString MastodonServer::addAccount(MastodonAccount account)
{
    static const QRegularExpression usernamePattern(u"^[A-Za-z0-9_]{1,30}$"_s);
    if (!usernamePattern.match(account.username).hasMatch() || m_accountIdsByAcct.contains(account.acct().toLower()))
        return {};
    if (account.id.isEmpty())
        account.id = nextStatusId(); // any growing number will do; Mastodon's are snowflakes too
    if (!isNumber(account.id) || m_accounts.contains(account.id))
        return {};
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    if (!account.createdAt.isValid())
        account.createdAt = now();
    m_accountIdsByAcct.insert(account.acct().toLower(), account.id);
    m_accounts.insert(account.id, account);
    return account.id;
}

std::optional<MastodonAccount> MastodonServer::account(const QString &id) const
{
    if (const MastodonAccount *found = findAccount(id))
        return *found;
    return std::nullopt;
}

std::optional<MastodonAccount> MastodonServer::accountByAcct(const QString &acct) const
{
    QString key = (acct.startsWith(u'@') ? acct.mid(1) : acct).toLower();
    if (key.endsWith(u'@' + m_domain.toLower()))
        key.chop(m_domain.size() + 1); // a local account written with our own domain
    return account(m_accountIdsByAcct.value(key));
}

const MastodonAccount *MastodonServer::findAccount(const QString &id) const
{
    auto it = m_accounts.constFind(id);
    return it == m_accounts.cend() ? nullptr : &*it;
}

QByteArray MastodonServer::addToken(const QString &accountId, const QByteArray &token, const QStringList &scopes)
{
    const QString owner = accountId.isEmpty() ? m_ownAccountId : accountId;
    if (!m_accounts.contains(owner))
        return {};
    const QByteArray value = token.isEmpty() ? randomToken(32) : token;
    m_tokens.insert(value, Token{owner, scopes.isEmpty() ? QStringList{u"read"_s, u"write"_s} : scopes, false});
    return value;
}

void MastodonServer::revokeToken(const QByteArray &token)
{
    if (auto it = m_tokens.find(token); it != m_tokens.end())
        it->revoked = true;
}

void MastodonServer::revokeAllTokens()
{
    for (Token &t : m_tokens)
        t.revoked = true;
}

bool MastodonServer::isTokenValid(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->revoked;
}

void MastodonServer::setRateLimit(int limit, std::chrono::seconds window)
{
    m_rateLimit = limit;
    m_rateWindow = window;
    m_windows.clear();
}

void MastodonServer::setMediaRateLimit(int limit, std::chrono::seconds window)
{
    m_mediaRateLimit = limit;
    m_mediaRateWindow = window;
    m_windows.clear();
}

void MastodonServer::exhaustRateLimit(const QString &accountId)
{
    Window &w = m_windows[accountId];
    if (!w.reset.isValid() || now() >= w.reset)
        w.reset = now().addSecs(m_rateWindow.count());
    w.used = m_rateLimit;
}

// ---- The world ----

QStringList MastodonServer::mentionsIn(const QString &text) const
{
    QStringList ids;
    for (const TextEntity &m : EntityExtractor(Network::Mastodon).mentions(text)) {
        if (auto found = accountByAcct(m.value); found && !ids.contains(found->id))
            ids << found->id;
    }
    return ids;
}

const MastodonStatus *MastodonServer::findStatus(const QString &id) const
{
    auto it = m_statusIndex.constFind(id);
    if (it == m_statusIndex.cend() || m_statuses.at(size_t(*it)).deleted)
        return nullptr;
    return &m_statuses.at(size_t(*it));
}

bool MastodonServer::canSee(const QString &viewerId, const MastodonStatus &status) const
{
    if (status.deleted)
        return false;
    if (status.visibility == u"public" || status.visibility == u"unlisted")
        return true;
    // Followers are not modelled: private and direct statuses reach the author and those mentioned.
    return status.accountId == viewerId || status.mentionIds.contains(viewerId);
}

std::variant<QString, Response> MastodonServer::insertStatus(const NewStatus &request)
{
    const MastodonAccount *author = findAccount(request.authorId);
    if (!author)
        return notFound();
    if (!visibilities.contains(request.visibility))
        return error(422, u"Validation failed: Visibility is not included in the list"_s);
    if (request.text.trimmed().isEmpty() && request.mediaIds.isEmpty())
        return error(422, u"Validation failed: Text can't be blank"_s);
    // Mastodon's StatusLengthValidator: content warning + text, URLs as 23, @user@domain as @user (M-6).
    const TextCount count = TextRules::mastodon(m_maxCharacters, m_urlLength).count(request.text, request.spoiler);
    if (!count.valid)
        return error(422, u"Validation failed: Text character limit of %1 exceeded"_s.arg(m_maxCharacters));
    if (request.mediaIds.size() > m_maxMedia)
        return error(422, u"Validation failed: Media attachments exceed the limit of %1"_s.arg(m_maxMedia));
    for (const QString &mediaId : request.mediaIds) {
        auto it = m_media.constFind(mediaId);
        if (it == m_media.cend() || it->ownerId != request.authorId || !it->statusId.isEmpty())
            return error(422, u"Validation failed: Media attachments are invalid"_s);
        if (!it->isProcessed())
            return error(422, u"Cannot attach files that have not finished processing. Try again in a moment!"_s);
    }
    const MastodonStatus *parent = nullptr;
    if (!request.inReplyToId.isEmpty()) {
        parent = findStatus(request.inReplyToId);
        if (!parent || !canSee(request.authorId, *parent))
            return notFound();
    }

    MastodonStatus status;
    status.id = nextStatusId();
    status.accountId = request.authorId;
    status.text = request.text;
    status.spoilerText = request.spoiler;
    status.visibility = request.visibility;
    status.inReplyToId = parent ? parent->id : QString();
    status.inReplyToAccountId = parent ? parent->accountId : QString();
    status.threadId = parent ? parent->threadId : status.id;
    status.mentionIds = mentionsIn(request.text);
    for (const TextEntity &tag : EntityExtractor(Network::Mastodon).hashtags(request.text))
        status.tags << tag.value.toLower();
    status.mediaIds = request.mediaIds;
    status.language = request.language.isEmpty() ? u"en"_s : request.language;
    status.sensitive = request.sensitive || !request.spoiler.isEmpty();
    status.createdAt = now();
    for (const QString &mediaId : request.mediaIds)
        m_media[mediaId].statusId = status.id;
    m_statusIndex.insert(status.id, qsizetype(m_statuses.size()));
    m_statuses.push_back(status);
    deliver(m_statuses.back());
    Q_EMIT statusCreated(status.id);
    return status.id;
}

void MastodonServer::deliver(const MastodonStatus &status)
{
    // Mentions: every local account mentioned, but the author, is notified (private ones too).
    for (const QString &id : status.mentionIds) {
        const MastodonAccount *mentioned = findAccount(id);
        if (!mentioned || !mentioned->isLocal() || id == status.accountId)
            continue;
        MastodonNotification n;
        n.id = nextNumber();
        n.accountId = id;
        n.type = u"mention"_s;
        n.fromAccountId = status.accountId;
        n.statusId = status.id;
        n.createdAt = status.createdAt;
        m_notifications << n;
        emitEvent(id, u"user"_s, u"notification"_s, renderNotification(n));
        emitEvent(id, u"user:notification"_s, u"notification"_s, renderNotification(n));
    }
    if (status.accountId != QString() && findAccount(status.accountId) && findAccount(status.accountId)->isLocal())
        emitEvent(status.accountId, u"user"_s, u"update"_s, renderStatus(status));
    if (status.visibility != u"direct")
        return;
    // Private conversations: one per local participant, thread and set of participants.
    QStringList everyone{status.accountId};
    for (const QString &id : status.mentionIds) {
        if (!everyone.contains(id))
            everyone << id;
    }
    for (const QString &owner : std::as_const(everyone)) {
        const MastodonAccount *ownerAccount = findAccount(owner);
        if (!ownerAccount || !ownerAccount->isLocal())
            continue;
        QStringList others = everyone;
        others.removeAll(owner);
        others.sort();
        auto it = std::find_if(m_conversations.begin(), m_conversations.end(), [&](const MastodonConversation &c) {
            return c.accountId == owner && c.threadId == status.threadId && c.participantIds == others;
        });
        if (it == m_conversations.end()) {
            MastodonConversation c;
            c.id = nextNumber();
            c.accountId = owner;
            c.threadId = status.threadId;
            c.participantIds = others;
            m_conversations << c;
            it = m_conversations.end() - 1;
        }
        it->lastStatusId = status.id;
        it->unread = owner != status.accountId;
        emitEvent(owner, u"direct"_s, u"conversation"_s, renderConversation(*it));
    }
}

QList<const MastodonStatus *> MastodonServer::ancestors(const MastodonStatus &status, const QString &viewerId) const
{
    QList<const MastodonStatus *> chain;
    QSet<QString> seen{status.id};
    const MastodonStatus *current = findStatus(status.inReplyToId);
    while (current && !seen.contains(current->id)) {
        seen.insert(current->id);
        if (!canSee(viewerId, *current))
            break;
        chain.prepend(current);
        current = findStatus(current->inReplyToId);
    }
    return chain;
}

QList<const MastodonStatus *> MastodonServer::descendants(const MastodonStatus &status, const QString &viewerId) const
{
    QList<const MastodonStatus *> found;
    QSet<QString> inTree{status.id};
    // Ids grow with time and a reply is newer than what it answers: one pass in id order suffices.
    for (const MastodonStatus &s : m_statuses) {
        if (s.deleted || s.threadId != status.threadId || !inTree.contains(s.inReplyToId))
            continue;
        if (!canSee(viewerId, s))
            continue;
        inTree.insert(s.id);
        found << &s;
    }
    return found;
}

QString MastodonServer::post(const QString &authorId, const QString &text, const QString &visibility,
                             const QString &inReplyToId, const QStringList &mediaIds, const QString &spoiler)
{
    NewStatus s;
    s.authorId = authorId;
    s.text = text;
    s.visibility = visibility;
    s.inReplyToId = inReplyToId;
    s.mediaIds = mediaIds;
    s.spoiler = spoiler;
    auto result = insertStatus(s);
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

QString MastodonServer::directMessage(const QString &fromId, const QStringList &toIds, const QString &text,
                                      const QString &inReplyToId)
{
    QStringList prefix;
    const QStringList present = mentionsIn(text);
    for (const QString &id : toIds) {
        const MastodonAccount *to = findAccount(id);
        if (!to)
            return {};
        if (!present.contains(id))
            prefix << u'@' + to->acct();
    }
    const QString full = prefix.isEmpty() ? text : prefix.join(u' ') + u' ' + text;
    return post(fromId, full, u"direct"_s, inReplyToId);
}

QString MastodonServer::mention(const QString &fromId, const QString &toId, const QString &text,
                                const QString &inReplyToId)
{
    const MastodonAccount *to = findAccount(toId);
    if (!to)
        return {};
    return post(fromId, u'@' + to->acct() + u' ' + text, u"public"_s, inReplyToId);
}

QString MastodonServer::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                                 const QString &description, bool processing)
{
    if (!m_accounts.contains(ownerId) || bytes.isEmpty())
        return {};
    MastodonMedia m;
    m.id = nextStatusId();
    m.ownerId = ownerId;
    m.mimeType = mimeType;
    m.type = typeForMime(mimeType);
    m.bytes = bytes;
    m.description = description;
    m.pollsLeft = processing ? m_processingPolls : 0;
    std::tie(m.width, m.height) = pngSize(bytes);
    m.createdAt = now();
    m_media.insert(m.id, m);
    return m.id;
}

void MastodonServer::deleteStatus(const QString &id)
{
    auto it = m_statusIndex.constFind(id);
    if (it == m_statusIndex.cend())
        return;
    m_statuses[size_t(*it)].deleted = true;
    // A conversation whose last status is gone shows the one before it, or nothing.
    for (MastodonConversation &c : m_conversations) {
        if (c.lastStatusId != id)
            continue;
        c.lastStatusId.clear();
        for (auto s = m_statuses.crbegin(); s != m_statuses.crend(); ++s) {
            if (!s->deleted && s->threadId == c.threadId && s->visibility == u"direct" && canSee(c.accountId, *s)) {
                c.lastStatusId = s->id;
                break;
            }
        }
    }
}

QList<MastodonStatus> MastodonServer::statuses() const
{
    QList<MastodonStatus> list;
    for (const MastodonStatus &s : m_statuses) {
        if (!s.deleted)
            list << s;
    }
    return list;
}

std::optional<MastodonStatus> MastodonServer::status(const QString &id) const
{
    if (const MastodonStatus *s = findStatus(id))
        return *s;
    return std::nullopt;
}

QList<MastodonConversation> MastodonServer::conversationsOf(const QString &accountId) const
{
    QList<MastodonConversation> list;
    for (const MastodonConversation &c : m_conversations) {
        if (c.accountId == accountId)
            list << c;
    }
    return list;
}

QList<MastodonNotification> MastodonServer::notificationsOf(const QString &accountId) const
{
    QList<MastodonNotification> list;
    for (const MastodonNotification &n : m_notifications) {
        if (n.accountId == accountId)
            list << n;
    }
    return list;
}

std::optional<MastodonMedia> MastodonServer::media(const QString &id) const
{
    auto it = m_media.constFind(id);
    if (it == m_media.cend())
        return std::nullopt;
    return *it;
}

// ---- Answers ----

QString MastodonServer::profileUrl(const MastodonAccount &account) const
{
    if (account.isLocal())
        return m_server->baseUrl().toString() + u"/@"_s + account.username;
    return u"https://"_s + account.domain + u"/@"_s + account.username;
}

QString MastodonServer::statusHtml(const MastodonStatus &status) const
{
    // As Mastodon's formatter: paragraphs, line breaks, and links for URLs, mentions and hashtags.
    const QString &text = status.text;
    const QList<TextEntity> entities = EntityExtractor(Network::Mastodon).entities(text);
    QString html;
    qsizetype at = 0;
    const auto plain = [&](qsizetype end) {
        html += escapeHtml(text.mid(at, end - at));
        at = end;
    };
    for (const TextEntity &e : entities) {
        plain(e.start);
        const QString written = text.mid(e.start, e.end - e.start);
        if (e.type == TextEntity::Type::Url) {
            const qsizetype schemeEnd = written.indexOf(u"://"_s) + 3;
            const QString scheme = written.left(schemeEnd);
            const QString rest = written.mid(schemeEnd);
            const QString shown = rest.left(30);
            html += u"<a href=\""_s + escapeHtml(written)
                    + u"\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\"><span class=\"invisible\">"_s
                    + escapeHtml(scheme) + u"</span><span class=\""_s + (rest.size() > 30 ? u"ellipsis"_s : QString())
                    + u"\">"_s + escapeHtml(shown) + u"</span><span class=\"invisible\">"_s + escapeHtml(rest.mid(30))
                    + u"</span></a>"_s;
        } else if (e.type == TextEntity::Type::Mention) {
            auto mentioned = accountByAcct(e.value);
            if (!mentioned) {
                html += escapeHtml(written);
            } else {
                html += u"<span class=\"h-card\" translate=\"no\"><a href=\""_s + escapeHtml(profileUrl(*mentioned))
                        + u"\" class=\"u-url mention\">@<span>"_s + escapeHtml(mentioned->username)
                        + u"</span></a></span>"_s;
            }
        } else {
            html += u"<a href=\""_s + escapeHtml(m_server->baseUrl().toString() + u"/tags/"_s + e.value.toLower())
                    + u"\" class=\"mention hashtag\" rel=\"tag\">#<span>"_s + escapeHtml(e.value) + u"</span></a>"_s;
        }
        at = e.end;
    }
    plain(text.size());
    QStringList paragraphs;
    for (const QString &paragraph : html.split(u"\n\n"_s, Qt::SkipEmptyParts))
        paragraphs << u"<p>"_s + QString(paragraph).replace(u"\n"_s, u"<br />"_s) + u"</p>"_s;
    return paragraphs.join(QString());
}

QJsonObject MastodonServer::renderAccount(const MastodonAccount &account) const
{
    const QString url = profileUrl(account);
    const QString avatar = m_server->baseUrl().toString() + u"/avatars/original/missing.png"_s;
    int statusesCount = 0;
    QDateTime lastStatus;
    for (const MastodonStatus &s : m_statuses) {
        if (!s.deleted && s.accountId == account.id) {
            ++statusesCount;
            lastStatus = s.createdAt;
        }
    }
    return QJsonObject{
        {u"id"_s, account.id},
        {u"username"_s, account.username},
        {u"acct"_s, account.acct()},
        {u"display_name"_s, account.displayName},
        {u"locked"_s, false},
        {u"bot"_s, account.bot},
        {u"discoverable"_s, true},
        {u"indexable"_s, false},
        {u"group"_s, false},
        {u"created_at"_s, isoTime(account.createdAt)},
        {u"note"_s, account.note.isEmpty() ? QString() : QString(u"<p>"_s + escapeHtml(account.note) + u"</p>"_s)},
        {u"url"_s, url},
        {u"uri"_s, account.isLocal() ? QString(m_server->baseUrl().toString() + u"/users/"_s + account.username)
                                     : QString(u"https://"_s + account.domain + u"/users/"_s + account.username)},
        {u"avatar"_s, avatar},
        {u"avatar_static"_s, avatar},
        {u"header"_s, QString(m_server->baseUrl().toString() + u"/headers/original/missing.png"_s)},
        {u"header_static"_s, QString(m_server->baseUrl().toString() + u"/headers/original/missing.png"_s)},
        {u"followers_count"_s, account.followersCount},
        {u"following_count"_s, account.followingCount},
        {u"statuses_count"_s, statusesCount},
        {u"last_status_at"_s,
         lastStatus.isValid() ? QJsonValue(lastStatus.date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"hide_collections"_s, false},
        {u"emojis"_s, QJsonArray{}},
        {u"fields"_s, QJsonArray{}},
    };
}

QJsonObject MastodonServer::renderMedia(const MastodonMedia &media) const
{
    const QString base = m_server->baseUrl().toString() + u"/system/media_attachments/files/"_s + media.id;
    QJsonObject meta;
    if (media.width > 0)
        meta.insert(u"original"_s, QJsonObject{{u"width"_s, media.width},
                                               {u"height"_s, media.height},
                                               {u"size"_s, u"%1x%2"_s.arg(media.width).arg(media.height)},
                                               {u"aspect"_s, double(media.width) / double(media.height)}});
    return QJsonObject{
        {u"id"_s, media.id},
        {u"type"_s, media.type},
        {u"url"_s, media.isProcessed() ? QJsonValue(base + u"/original"_s) : QJsonValue(QJsonValue::Null)},
        {u"preview_url"_s, QString(base + u"/small"_s)},
        {u"remote_url"_s, QJsonValue::Null},
        {u"preview_remote_url"_s, QJsonValue::Null},
        {u"text_url"_s, QJsonValue::Null},
        {u"meta"_s, meta.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meta)},
        {u"description"_s, media.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(media.description)},
        {u"blurhash"_s, QJsonValue::Null},
    };
}

QJsonObject MastodonServer::renderStatus(const MastodonStatus &status) const
{
    const MastodonAccount *author = findAccount(status.accountId);
    QJsonArray mentions;
    for (const QString &id : status.mentionIds) {
        if (const MastodonAccount *m = findAccount(id))
            mentions.append(QJsonObject{
                {u"id"_s, m->id}, {u"username"_s, m->username}, {u"url"_s, profileUrl(*m)}, {u"acct"_s, m->acct()}});
    }
    QJsonArray tags;
    for (const QString &tag : status.tags)
        tags.append(
            QJsonObject{{u"name"_s, tag}, {u"url"_s, QString(m_server->baseUrl().toString() + u"/tags/"_s + tag)}});
    QJsonArray media;
    for (const QString &id : status.mediaIds) {
        if (auto it = m_media.constFind(id); it != m_media.cend())
            media.append(renderMedia(*it));
    }
    int replies = 0;
    for (const MastodonStatus &s : m_statuses)
        replies += !s.deleted && s.inReplyToId == status.id ? 1 : 0;
    const QString url = author ? profileUrl(*author) + u'/' + status.id : QString();
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {u"id"_s, status.id},
        {u"created_at"_s, isoTime(status.createdAt)},
        {u"in_reply_to_id"_s, nullable(status.inReplyToId)},
        {u"in_reply_to_account_id"_s, nullable(status.inReplyToAccountId)},
        {u"sensitive"_s, status.sensitive},
        {u"spoiler_text"_s, status.spoilerText},
        {u"visibility"_s, status.visibility},
        {u"language"_s, nullable(status.language)},
        {u"uri"_s, author ? QString(m_server->baseUrl().toString() + u"/users/"_s + author->username + u"/statuses/"_s
                                    + status.id)
                          : QString()},
        {u"url"_s, url},
        {u"replies_count"_s, replies},
        {u"reblogs_count"_s, 0},
        {u"favourites_count"_s, 0},
        {u"edited_at"_s, QJsonValue::Null},
        {u"favourited"_s, false},
        {u"reblogged"_s, false},
        {u"muted"_s, false},
        {u"bookmarked"_s, false},
        {u"content"_s, statusHtml(status)},
        {u"filtered"_s, QJsonArray{}},
        {u"reblog"_s, QJsonValue::Null},
        {u"application"_s, QJsonObject{{u"name"_s, u"Web"_s}, {u"website"_s, QJsonValue::Null}}},
        {u"account"_s, author ? renderAccount(*author) : QJsonObject{}},
        {u"media_attachments"_s, media},
        {u"mentions"_s, mentions},
        {u"tags"_s, tags},
        {u"emojis"_s, QJsonArray{}},
        {u"card"_s, QJsonValue::Null},
        {u"poll"_s, QJsonValue::Null},
    };
}

QJsonObject MastodonServer::renderNotification(const MastodonNotification &notification) const
{
    const MastodonAccount *from = findAccount(notification.fromAccountId);
    const MastodonStatus *status = findStatus(notification.statusId);
    return QJsonObject{
        {u"id"_s, notification.id},
        {u"type"_s, notification.type},
        {u"created_at"_s, isoTime(notification.createdAt)},
        {u"group_key"_s, QString(u"ungrouped-"_s + notification.id)},
        {u"account"_s, from ? renderAccount(*from) : QJsonObject{}},
        {u"status"_s, status ? QJsonValue(renderStatus(*status)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject MastodonServer::renderConversation(const MastodonConversation &conversation) const
{
    QJsonArray accounts;
    for (const QString &id : conversation.participantIds) {
        if (const MastodonAccount *a = findAccount(id))
            accounts.append(renderAccount(*a));
    }
    const MastodonStatus *last = findStatus(conversation.lastStatusId);
    return QJsonObject{
        {u"id"_s, conversation.id},
        {u"unread"_s, conversation.unread},
        {u"accounts"_s, accounts},
        {u"last_status"_s, last ? QJsonValue(renderStatus(*last)) : QJsonValue(QJsonValue::Null)},
    };
}

// ---- API ----

Response MastodonServer::verifyCredentials(const Request &, const QString &me)
{
    QJsonObject account = renderAccount(*findAccount(me));
    // A CredentialAccount adds the source of the profile.
    account.insert(u"source"_s, QJsonObject{{u"privacy"_s, u"public"_s},
                                            {u"sensitive"_s, false},
                                            {u"language"_s, u"en"_s},
                                            {u"note"_s, findAccount(me)->note},
                                            {u"fields"_s, QJsonArray{}},
                                            {u"follow_requests_count"_s, 0}});
    return Response::json(account);
}

Response MastodonServer::lookup(const Request &request, const QString &)
{
    const QString acct = request.queryValue(u"acct"_s);
    if (acct.isEmpty())
        return error(422, u"Validation failed: acct is missing"_s);
    auto found = accountByAcct(acct);
    if (!found)
        return notFound();
    return Response::json(renderAccount(*found));
}

Response MastodonServer::getAccount(const Request &request, const QString &)
{
    const MastodonAccount *found = findAccount(request.param(u"id"_s));
    if (!found)
        return notFound();
    return Response::json(renderAccount(*found));
}

Response MastodonServer::accountStatuses(const Request &request, const QString &me)
{
    const QString id = request.param(u"id"_s);
    if (!findAccount(id))
        return notFound();
    QStringList keys;
    QList<const MastodonStatus *> list;
    for (auto it = m_statuses.crbegin(); it != m_statuses.crend(); ++it) {
        // The author sees all of their own statuses, direct ones included.
        if (it->accountId == id && canSee(me, *it)) {
            keys << it->id;
            list << &*it;
        }
    }
    auto page = paginate(request, keys, 20, 40, {u"limit"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(renderStatus(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

Response MastodonServer::listConversations(const Request &request, const QString &me)
{
    // Ordered and paged by the last status, as Mastodon's AccountConversation is (M-3: "internal").
    QList<const MastodonConversation *> list;
    for (const MastodonConversation &c : m_conversations) {
        if (c.accountId == me && findStatus(c.lastStatusId))
            list << &c;
    }
    std::sort(list.begin(), list.end(), [](const MastodonConversation *a, const MastodonConversation *b) {
        return idValue(a->lastStatusId) > idValue(b->lastStatusId);
    });
    QStringList keys;
    for (const MastodonConversation *c : std::as_const(list))
        keys << c->lastStatusId;
    auto page = paginate(request, keys, 20, 40, {u"limit"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(renderConversation(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

Response MastodonServer::readConversation(const Request &request, const QString &me)
{
    for (MastodonConversation &c : m_conversations) {
        if (c.id == request.param(u"id"_s) && c.accountId == me) {
            c.unread = false;
            return Response::json(renderConversation(c));
        }
    }
    return notFound();
}

Response MastodonServer::getStatus(const Request &request, const QString &me)
{
    const MastodonStatus *s = findStatus(request.param(u"id"_s));
    if (!s || !canSee(me, *s))
        return notFound();
    return Response::json(renderStatus(*s));
}

Response MastodonServer::getContext(const Request &request, const QString &me)
{
    const MastodonStatus *s = findStatus(request.param(u"id"_s));
    if (!s || !canSee(me, *s))
        return notFound();
    QJsonArray up;
    for (const MastodonStatus *a : ancestors(*s, me))
        up.append(renderStatus(*a));
    QJsonArray down;
    for (const MastodonStatus *d : descendants(*s, me))
        down.append(renderStatus(*d));
    return Response::json(QJsonObject{{u"ancestors"_s, up}, {u"descendants"_s, down}});
}

Response MastodonServer::createStatus(const Request &request, const QString &me)
{
    auto params = readParameters(request);
    if (!params)
        return error(422, u"Validation failed: the body is not JSON or a form"_s);
    for (auto it = params->begin(); it != params->end(); ++it) {
        // Mastodon ignores what it does not know; the sandbox refuses it to catch client bugs.
        if (!statusParameters.contains(it.key()))
            return error(422, u"Validation failed: unknown parameter %1"_s.arg(it.key().left(60)));
    }
    if (params->contains(u"poll"_s) || params->contains(u"scheduled_at"_s) || params->contains(u"quoted_status_id"_s))
        return error(422, u"Validation failed: polls, scheduled and quoted statuses are not in the sandbox"_s);
    const QByteArray key = request.headers.value("idempotency-key").trimmed();
    const QString record = me + u'\n' + QString::fromUtf8(key);
    if (!key.isEmpty()) {
        // The same key within an hour answers with the status the first request created (M-2).
        auto it = m_idempotency.constFind(record);
        if (it != m_idempotency.cend() && it->at.secsTo(now()) < idempotencySeconds) {
            if (const MastodonStatus *earlier = findStatus(it->statusId)) {
                ++m_idempotentReplays;
                return Response::json(renderStatus(*earlier));
            }
        }
    }
    NewStatus s;
    s.authorId = me;
    auto text = stringParameter(*params, u"status"_s);
    auto visibility = stringParameter(*params, u"visibility"_s);
    auto replyTo = stringParameter(*params, u"in_reply_to_id"_s);
    auto spoiler = stringParameter(*params, u"spoiler_text"_s);
    auto language = stringParameter(*params, u"language"_s);
    auto sensitive = boolParameter(*params, u"sensitive"_s);
    if (!text || !visibility || !replyTo || !spoiler || !language || !sensitive)
        return error(422, u"Validation failed: a parameter has the wrong type"_s);
    s.text = *text;
    s.visibility = visibility->isEmpty() ? u"public"_s : *visibility;
    s.inReplyToId = *replyTo;
    s.spoiler = *spoiler;
    s.language = *language;
    s.sensitive = *sensitive;
    const QJsonValue media = params->value(u"media_ids"_s);
    if (!media.isUndefined() && !media.isNull()) {
        if (!media.isArray())
            return error(422, u"Validation failed: media_ids must be a list"_s);
        for (const QJsonValue &v : media.toArray()) {
            if (!v.isString())
                return error(422, u"Validation failed: media_ids must be strings"_s);
            s.mediaIds << v.toString();
        }
    }
    if (!s.inReplyToId.isEmpty() && !isNumber(s.inReplyToId))
        return notFound();
    auto created = insertStatus(s);
    if (std::holds_alternative<Response>(created))
        return std::get<Response>(created);
    const QString id = std::get<QString>(created);
    if (!key.isEmpty())
        m_idempotency.insert(record, Idempotency{id, now()});
    return Response::json(renderStatus(*findStatus(id)));
}

Response MastodonServer::listNotifications(const Request &request, const QString &me)
{
    const QStringList types = queryValues(request, u"types"_s);
    const QStringList excluded = queryValues(request, u"exclude_types"_s);
    QStringList keys;
    QList<const MastodonNotification *> list;
    for (auto it = m_notifications.crbegin(); it != m_notifications.crend(); ++it) {
        if (it->accountId != me || (!types.isEmpty() && !types.contains(it->type)) || excluded.contains(it->type))
            continue;
        const MastodonStatus *s = findStatus(it->statusId);
        if (!s || !canSee(me, *s))
            continue;
        keys << it->id;
        list << &*it;
    }
    auto page = paginate(request, keys, 40, 80, {u"limit"_s, u"types"_s, u"exclude_types"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(renderNotification(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

Response MastodonServer::uploadMedia(const Request &request, const QString &me)
{
    auto form = XMultipart::parse(request.headers.value("content-type"), request.body);
    if (!form)
        return error(422, u"Validation failed: the body is not multipart/form-data"_s);
    const XMultipart::Part *file = form->part("file");
    if (!file || file->data.isEmpty())
        return error(422, u"Validation failed: File can't be blank"_s);
    QString mime = QString::fromLatin1(file->contentType).toLower();
    if (!supportedMimeTypes.contains(mime))
        return error(422, u"Validation failed: File content type is invalid"_s);
    const qint64 limit = mime.startsWith(u"image/") ? imageSizeLimit : videoSizeLimit;
    if (file->data.size() > limit)
        return error(422, u"Validation failed: File file size must be less than %1 bytes"_s.arg(limit));
    QString description;
    if (const XMultipart::Part *d = form->part("description"))
        description = QString::fromUtf8(d->data);
    if (description.size() > descriptionLimit)
        return error(422,
                     u"Validation failed: Description is too long (maximum is %1 characters)"_s.arg(descriptionLimit));
    // Images are processed while the request runs; video, GIF (to gifv) and audio later (M-2).
    const bool later = !mime.startsWith(u"image/") || mime == u"image/gif";
    const QString id = addMedia(me, mime, file->data, description, later);
    const MastodonMedia &m = m_media[id];
    return Response::json(renderMedia(m), m.isProcessed() ? 200 : 202);
}

Response MastodonServer::getMedia(const Request &request, const QString &me)
{
    auto it = m_media.find(request.param(u"id"_s));
    if (it == m_media.end() || it->ownerId != me)
        return notFound();
    ++it->polls;
    if (!it->isProcessed()) {
        --it->pollsLeft;
        if (!it->isProcessed())
            return Response::empty(206); // still processing
    }
    return Response::json(renderMedia(*it));
}

// ---- Streaming ----

void MastodonServer::onStreamingConnection()
{
    while (QTcpSocket *socket = m_streamingGate->nextPendingConnection()) {
        // Read the handshake without consuming it: when it is acceptable, QWebSocketServer reads it.
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { admitStream(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            admitStream(socket);
    }
}

void MastodonServer::admitStream(QTcpSocket *socket)
{
    const QByteArray head = socket->peek(maxHandshakeBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    const auto refuse = [socket](int status, const QString &message) {
        socket->disconnect();
        const QByteArray body = QJsonDocument(QJsonObject{{u"error"_s, message}}).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonText(status).toLatin1()
                      + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    };
    if (end < 0) {
        if (head.size() >= maxHandshakeBytes)
            refuse(431, u"Request Header Fields Too Large"_s);
        return; // more to come
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    QByteArray authorization;
    QByteArray protocol;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "authorization")
            authorization = line.mid(colon + 1).trimmed();
        else if (name == "sec-websocket-protocol")
            protocol = line.mid(colon + 1).trimmed();
    }
    if (requestLine.size() < 2 || requestLine.at(0) != "GET")
        return refuse(400, u"Bad request"_s);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != u"/api/v1/streaming" && target.path() != u"/api/v1/streaming/")
        return refuse(404, u"Not found"_s);
    if (!m_streamingAvailable)
        return refuse(503, u"The streaming server is not available"_s);
    const QString me = authenticate(authorization, protocol, QUrlQuery(target).queryItemValue(u"access_token"_s));
    if (me.isEmpty())
        return refuse(401, u"Error: Invalid access token"_s);
    socket->disconnect(this);
    disconnect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    m_streaming->handleConnection(socket);
}

void MastodonServer::onWebSocket()
{
    while (QWebSocket *socket = m_streaming->nextPendingConnection()) {
        const QNetworkRequest request = socket->request();
        const QString me = authenticate(request.rawHeader("Authorization"), request.rawHeader("Sec-WebSocket-Protocol"),
                                        QUrlQuery(request.url()).queryItemValue(u"access_token"_s));
        const QString first = QUrlQuery(request.url()).queryItemValue(u"stream"_s);
        static const QStringList known{u"user"_s, u"user:notification"_s, u"direct"_s};
        if (me.isEmpty() || !known.contains(first)) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, u"Unknown stream type"_s);
            socket->deleteLater();
            continue;
        }
        Stream stream;
        stream.socket = socket;
        stream.accountId = me;
        stream.streams.insert(first);
        m_streams.push_back(stream);
        ++m_streamConnections;
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &message) {
            const QJsonObject command = QJsonDocument::fromJson(message.toUtf8()).object();
            const QString type = command.value(u"type"_s).toString();
            const QString name = command.value(u"stream"_s).toString();
            for (Stream &s : m_streams) {
                if (s.socket != socket || !known.contains(name))
                    continue;
                if (type == u"subscribe")
                    s.streams.insert(name);
                else if (type == u"unsubscribe")
                    s.streams.remove(name);
            }
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            auto it =
                std::find_if(m_streams.begin(), m_streams.end(), [&](const Stream &s) { return s.socket == socket; });
            if (it != m_streams.end()) {
                m_streams.erase(it);
                socket->deleteLater();
                Q_EMIT streamClosed();
            }
        });
        Q_EMIT streamOpened();
    }
}

void MastodonServer::emitEvent(const QString &accountId, const QString &stream, const QString &event,
                               const QJsonObject &payload)
{
    // The payload is JSON inside the JSON: clients parse it twice (M-2).
    const QJsonObject message{
        {u"stream"_s, QJsonArray{stream}},
        {u"event"_s, event},
        {u"payload"_s, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
    };
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (const Stream &s : m_streams) {
        if (s.accountId != accountId || !s.streams.contains(stream) || !s.socket)
            continue;
        if (m_streamFrameSize > 0)
            s.socket->setOutgoingFrameSize(m_streamFrameSize);
        s.socket->sendTextMessage(text);
        if (m_duplicateEvents)
            s.socket->sendTextMessage(text);
    }
}

void MastodonServer::dropStreams()
{
    std::vector<Stream> streams;
    streams.swap(m_streams);
    for (Stream &s : streams) {
        if (!s.socket)
            continue;
        s.socket->disconnect(this);
        s.socket->abort();
        s.socket->deleteLater();
        Q_EMIT streamClosed();
    }
}

int MastodonServer::streamCount() const
{
    return int(m_streams.size());
}

QStringList MastodonServer::streamsOf(const QString &accountId) const
{
    QSet<QString> streams;
    for (const Stream &s : m_streams) {
        if (s.accountId == accountId)
            streams.unite(s.streams);
    }
    QStringList list(streams.cbegin(), streams.cend());
    list.sort();
    return list;
}

} // namespace starling::sandbox
