// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonRoutes.h"

#include "LoopbackServer.h"
#include "MastodonRateLimits.h"
#include "MastodonRender.h"
#include "MastodonRequest.h"
#include "MastodonState.h"
#include "MastodonStreaming.h"
#include "x/XMultipart.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

using mastodonrequest::boolParameter;
using mastodonrequest::error;
using mastodonrequest::idValue;
using mastodonrequest::notFound;
using mastodonrequest::oauthError;
using mastodonrequest::Page;
using mastodonrequest::paginate;
using mastodonrequest::queryValues;
using mastodonrequest::readParameters;
using mastodonrequest::stringParameter;

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
constexpr qint64 codeLifetimeSeconds = 600;

QString s256(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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

} // namespace

MastodonRoutes::MastodonRoutes(LoopbackServer &server, MastodonState &state, const MastodonRender &render,
                               MastodonRateLimits &limits, const MastodonStreaming &streaming)
    : m_server(server)
    , m_state(state)
    , m_render(render)
    , m_limits(limits)
    , m_streaming(streaming)
{
    m_server.setFallback([](const Request &) { return error(404, u"Not found"_s); });
    addOpenRoute("GET"_ba, u"/.well-known/oauth-authorization-server"_s, &MastodonRoutes::wellKnown);
    addOpenRoute("POST"_ba, u"/api/v1/apps"_s, &MastodonRoutes::createApp);
    addOpenRoute("GET"_ba, u"/oauth/authorize"_s, &MastodonRoutes::authorize);
    addOpenRoute("POST"_ba, u"/oauth/token"_s, &MastodonRoutes::token);
    addOpenRoute("POST"_ba, u"/oauth/revoke"_s, &MastodonRoutes::revoke);
    addOpenRoute("GET"_ba, u"/api/v2/instance"_s, &MastodonRoutes::instanceV2);
    addOpenRoute("GET"_ba, u"/api/v1/instance"_s, &MastodonRoutes::instanceV1);

    const QString readAccounts = u"read:accounts"_s;
    const QString readStatuses = u"read:statuses"_s;
    addRoute("GET"_ba, u"/api/v1/accounts/verify_credentials"_s, &MastodonRoutes::verifyCredentials, readAccounts);
    addRoute("GET"_ba, u"/api/v1/accounts/lookup"_s, &MastodonRoutes::lookup, readAccounts);
    addRoute("GET"_ba, u"/api/v1/accounts/{id}/statuses"_s, &MastodonRoutes::accountStatuses, readStatuses);
    addRoute("GET"_ba, u"/api/v1/accounts/{id}"_s, &MastodonRoutes::getAccount, readAccounts);
    addRoute("GET"_ba, u"/api/v1/conversations"_s, &MastodonRoutes::listConversations, readStatuses);
    addRoute("POST"_ba, u"/api/v1/conversations/{id}/read"_s, &MastodonRoutes::readConversation,
             u"write:conversations"_s);
    addRoute("GET"_ba, u"/api/v1/statuses/{id}/context"_s, &MastodonRoutes::getContext, readStatuses);
    addRoute("GET"_ba, u"/api/v1/statuses/{id}"_s, &MastodonRoutes::getStatus, readStatuses);
    addRoute("POST"_ba, u"/api/v1/statuses"_s, &MastodonRoutes::createStatus, u"write:statuses"_s);
    addRoute("GET"_ba, u"/api/v1/notifications"_s, &MastodonRoutes::listNotifications, u"read:notifications"_s);
    addRoute("POST"_ba, u"/api/v2/media"_s, &MastodonRoutes::uploadMedia, u"write:media"_s);
    addRoute("GET"_ba, u"/api/v1/media/{id}"_s, &MastodonRoutes::getMedia, u"write:media"_s);
}

// ---- Dispatch: authentication, scopes, rate limits ----

void MastodonRoutes::addOpenRoute(const QByteArray &method, const QString &pattern, OpenHandler handler)
{
    m_server.route(method, pattern, [this, handler](const Request &request) { return (this->*handler)(request); });
}

void MastodonRoutes::addRoute(const QByteArray &method, const QString &pattern, Handler handler, const QString &scope)
{
    const bool media = pattern == u"/api/v2/media";
    m_server.route(method, pattern, [this, handler, scope, media](const Request &request) {
        return serve(request, handler, scope, media);
    });
}

Response MastodonRoutes::serve(const Request &request, Handler handler, const QString &scope, bool media)
{
    try {
        const QByteArray token = mastodonrequest::accessToken(request.headers.value("authorization"), {}, {});
        const QString me = m_state.accountOfToken(token);
        if (me.isEmpty())
            return error(401, u"The access token is invalid"_s);
        if (!scopeAllows(m_state.tokenScopes(token), scope))
            return error(403, u"This action is outside the authorized scopes"_s);

        // One window per account for everything, and a second one for media uploads (M-4).
        MastodonRateLimits::Window window;
        const bool allowed = m_limits.take(me, media, m_state.now(), window);
        Response response = allowed ? (this->*handler)(request, me) : error(429, u"Too many requests"_s);
        const HttpHeaders limits = window.headers();
        for (const auto &[name, value] : limits.fields())
            response.headers.set(name, value);
        return response;
    } catch (const std::exception &) {
        return error(500, u"We're sorry, but something went wrong on our end."_s);
    }
}

// ---- Apps, OAuth and the instance ----

Response MastodonRoutes::wellKnown(const Request &)
{
    if (!m_state.supportsPkce())
        return error(404, u"Not found"_s); // before 4.3
    return Response::json(m_render.authorizationServer());
}

Response MastodonRoutes::createApp(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return error(422, u"Validation failed: the body is not JSON or a form"_s);
    const QString name = params->value(u"client_name"_s).toString().trimmed();
    QStringList redirects;
    const QJsonValue redirect = params->value(u"redirect_uris"_s);
    if (redirect.isString()) {
        redirects = redirect.toString().split(u'\n', Qt::SkipEmptyParts);
    } else if (redirect.isArray() && m_state.supportsPkce()) { // arrays since 4.3
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
    app.name = name;
    app.redirectUris = redirects;
    app.scopes = scopes.isEmpty() ? QStringList{u"read"_s} : scopes;
    app.website = params->value(u"website"_s).toString();
    return Response::json(m_render.application(m_state.registerApp(app)));
}

Response MastodonRoutes::authorize(const Request &request)
{
    MastodonAuthorization a;
    a.clientId = request.queryValue(u"client_id"_s);
    a.redirectUri = request.queryValue(u"redirect_uri"_s);
    a.scope = request.queryValue(u"scope"_s);
    a.state = request.queryValue(u"state"_s);
    a.codeChallenge = request.queryValue(u"code_challenge"_s);
    a.codeChallengeMethod = request.queryValue(u"code_challenge_method"_s);
    m_state.recordAuthorization(a);
    const MastodonApp *app = m_state.findApp(a.clientId);
    // Doorkeeper shows an error page, never a redirect, when the client or its redirect is wrong.
    if (!app)
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
    if (m_state.supportsPkce() && !a.codeChallenge.isEmpty() && a.codeChallengeMethod != u"S256")
        return oauthError(400, u"invalid_request"_s, u"The code challenge method must be S256."_s);

    QUrl target(a.redirectUri);
    QUrlQuery query(target);
    if (m_state.consent() == MastodonConsent::Deny || m_state.ownAccountId().isEmpty()) {
        query.addQueryItem(u"error"_s, u"access_denied"_s);
        query.addQueryItem(u"error_description"_s, u"The resource owner or authorization server denied the request."_s);
    } else {
        MastodonAuthorization granted = a;
        if (!m_state.supportsPkce())
            granted.codeChallenge.clear(); // before 4.3 the challenge is ignored
        query.addQueryItem(u"code"_s, m_state.issueCode(granted, m_state.ownAccountId()));
    }
    if (!a.state.isEmpty())
        query.addQueryItem(u"state"_s, a.state);
    target.setQuery(query);
    Response response = Response::text("You are being redirected.", 302);
    response.headers.set("Location"_ba, target.toString(QUrl::FullyEncoded).toUtf8());
    return response;
}

Response MastodonRoutes::token(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return oauthError(400, u"invalid_request"_s, u"The request is missing a required parameter."_s);
    const QString grant = params->value(u"grant_type"_s).toString();
    const QString clientId = params->value(u"client_id"_s).toString();
    const QString secret = params->value(u"client_secret"_s).toString();
    const MastodonApp *app = m_state.findApp(clientId);
    // Mastodon clients are confidential: the secret is always required (M-1).
    if (!app || secret.toLatin1() != app->clientSecret)
        return oauthError(401, u"invalid_client"_s,
                          u"Client authentication failed due to unknown client, no client "
                          "authentication included, or unsupported authentication method."_s);
    if (grant != u"authorization_code")
        return oauthError(400, u"unsupported_grant_type"_s,
                          u"The authorization grant type is not supported by the authorization server."_s);
    m_state.countCodeExchange();
    MastodonState::Code *code = m_state.findCode(params->value(u"code"_s).toString());
    const auto invalidGrant = [] {
        return oauthError(400, u"invalid_grant"_s,
                          u"The provided authorization grant is invalid, expired, revoked, does not match the "
                          "redirection URI used in the authorization request, or was issued to another client."_s);
    };
    if (!code || code->used || code->authorization.clientId != clientId
        || code->issuedAt.secsTo(m_state.now()) > codeLifetimeSeconds
        || code->authorization.redirectUri != params->value(u"redirect_uri"_s).toString())
        return invalidGrant();
    code->used = true;
    if (!code->authorization.codeChallenge.isEmpty()
        && s256(params->value(u"code_verifier"_s).toString()) != code->authorization.codeChallenge)
        return invalidGrant();
    const QString scope = code->authorization.scope.isEmpty() ? u"read"_s : code->authorization.scope;
    const QByteArray value = m_state.addToken(code->accountId, {}, scope.split(u' ', Qt::SkipEmptyParts));
    return Response::json(m_render.token(value, scope));
}

Response MastodonRoutes::revoke(const Request &request)
{
    auto params = readParameters(request);
    if (!params)
        return oauthError(400, u"invalid_request"_s, u"The request is missing a required parameter."_s);
    m_state.revokeToken(params->value(u"token"_s).toString().toLatin1());
    return Response::json(QJsonObject{});
}

Response MastodonRoutes::instanceV2(const Request &)
{
    return Response::json(m_render.instance(m_streaming.announcedUrl()));
}

Response MastodonRoutes::instanceV1(const Request &)
{
    return Response::json(m_render.instanceV1(m_streaming.announcedUrl()));
}

// ---- Accounts ----

Response MastodonRoutes::verifyCredentials(const Request &, const QString &me)
{
    return Response::json(m_render.credentialAccount(*m_state.findAccount(me)));
}

Response MastodonRoutes::lookup(const Request &request, const QString &)
{
    const QString acct = request.queryValue(u"acct"_s);
    if (acct.isEmpty())
        return error(422, u"Validation failed: acct is missing"_s);
    const MastodonAccount *found = m_state.findAccountByAcct(acct);
    if (!found)
        return notFound();
    return Response::json(m_render.account(*found));
}

Response MastodonRoutes::getAccount(const Request &request, const QString &)
{
    const MastodonAccount *found = m_state.findAccount(request.param(u"id"_s));
    if (!found)
        return notFound();
    return Response::json(m_render.account(*found));
}

Response MastodonRoutes::accountStatuses(const Request &request, const QString &me)
{
    const QString id = request.param(u"id"_s);
    if (!m_state.findAccount(id))
        return notFound();
    QStringList keys;
    QList<const MastodonStatus *> list;
    for (auto it = m_state.statuses().crbegin(); it != m_state.statuses().crend(); ++it) {
        // The author sees all of their own statuses, direct ones included.
        if (it->accountId == id && m_state.canSee(me, *it)) {
            keys << it->id;
            list << &*it;
        }
    }
    auto page = paginate(request, m_server.baseUrl(), keys, 20, 40, {u"limit"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(m_render.status(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

// ---- Conversations, statuses and notifications ----

Response MastodonRoutes::listConversations(const Request &request, const QString &me)
{
    // Ordered and paged by the last status, as Mastodon's AccountConversation is (M-3: "internal").
    QList<const MastodonConversation *> list;
    for (const MastodonConversation &c : m_state.conversations()) {
        if (c.accountId == me && m_state.findStatus(c.lastStatusId))
            list << &c;
    }
    std::sort(list.begin(), list.end(), [](const MastodonConversation *a, const MastodonConversation *b) {
        return idValue(a->lastStatusId) > idValue(b->lastStatusId);
    });
    QStringList keys;
    for (const MastodonConversation *c : std::as_const(list))
        keys << c->lastStatusId;
    auto page = paginate(request, m_server.baseUrl(), keys, 20, 40, {u"limit"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(m_render.conversation(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

Response MastodonRoutes::readConversation(const Request &request, const QString &me)
{
    const MastodonConversation *read = m_state.markConversationRead(request.param(u"id"_s), me);
    if (!read)
        return notFound();
    return Response::json(m_render.conversation(*read));
}

Response MastodonRoutes::getStatus(const Request &request, const QString &me)
{
    const MastodonStatus *s = m_state.findStatus(request.param(u"id"_s));
    if (!s || !m_state.canSee(me, *s))
        return notFound();
    return Response::json(m_render.status(*s));
}

Response MastodonRoutes::getContext(const Request &request, const QString &me)
{
    const MastodonStatus *s = m_state.findStatus(request.param(u"id"_s));
    if (!s || !m_state.canSee(me, *s))
        return notFound();
    QJsonArray up;
    for (const MastodonStatus *a : m_state.ancestors(*s, me))
        up.append(m_render.status(*a));
    QJsonArray down;
    for (const MastodonStatus *d : m_state.descendants(*s, me))
        down.append(m_render.status(*d));
    return Response::json(QJsonObject{{u"ancestors"_s, up}, {u"descendants"_s, down}});
}

Response MastodonRoutes::createStatus(const Request &request, const QString &me)
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
    if (!key.isEmpty()) {
        // The same key within an hour answers with the status the first request created (M-2).
        if (const MastodonStatus *earlier = m_state.replayIdempotent(me, key))
            return Response::json(m_render.status(*earlier));
    }
    MastodonState::NewStatus s;
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
    if (!s.inReplyToId.isEmpty() && !isMastodonId(s.inReplyToId))
        return notFound();
    auto created = m_state.insertStatus(s);
    if (const auto *refusal = std::get_if<MastodonState::Refusal>(&created))
        return error(refusal->status, refusal->message);
    const QString id = std::get<QString>(created);
    if (!key.isEmpty())
        m_state.rememberIdempotent(me, key, id);
    return Response::json(m_render.status(*m_state.findStatus(id)));
}

Response MastodonRoutes::listNotifications(const Request &request, const QString &me)
{
    const QStringList types = queryValues(request, u"types"_s);
    const QStringList excluded = queryValues(request, u"exclude_types"_s);
    QStringList keys;
    QList<const MastodonNotification *> list;
    for (auto it = m_state.notifications().crbegin(); it != m_state.notifications().crend(); ++it) {
        if (it->accountId != me || (!types.isEmpty() && !types.contains(it->type)) || excluded.contains(it->type))
            continue;
        const MastodonStatus *s = m_state.findStatus(it->statusId);
        if (!s || !m_state.canSee(me, *s))
            continue;
        keys << it->id;
        list << &*it;
    }
    auto page = paginate(request, m_server.baseUrl(), keys, 40, 80, {u"limit"_s, u"types"_s, u"exclude_types"_s});
    if (std::holds_alternative<Response>(page))
        return std::get<Response>(page);
    QJsonArray array;
    for (qsizetype i : std::get<Page>(page).indexes)
        array.append(m_render.notification(*list.at(i)));
    Response response = Response::json(array);
    if (!std::get<Page>(page).link.isEmpty())
        response.headers.set("Link"_ba, std::get<Page>(page).link);
    return response;
}

// ---- Media ----

Response MastodonRoutes::uploadMedia(const Request &request, const QString &me)
{
    auto form = XMultipart::parse(request.headers.value("content-type"), request.body);
    if (!form)
        return error(422, u"Validation failed: the body is not multipart/form-data"_s);
    const XMultipart::Part *file = form->part("file");
    if (!file || file->data.isEmpty())
        return error(422, u"Validation failed: File can't be blank"_s);
    QString mime = QString::fromLatin1(file->contentType).toLower();
    if (!MastodonMedia::supportedMimeTypes().contains(mime))
        return error(422, u"Validation failed: File content type is invalid"_s);
    const qint64 limit = mime.startsWith(u"image/") ? MastodonMedia::imageSizeLimit : MastodonMedia::videoSizeLimit;
    if (file->data.size() > limit)
        return error(422, u"Validation failed: File file size must be less than %1 bytes"_s.arg(limit));
    QString description;
    if (const XMultipart::Part *d = form->part("description"))
        description = QString::fromUtf8(d->data);
    if (description.size() > MastodonMedia::descriptionLimit)
        return error(422, u"Validation failed: Description is too long (maximum is %1 characters)"_s.arg(
                              MastodonMedia::descriptionLimit));
    // Images are processed while the request runs; video, GIF (to gifv) and audio later (M-2).
    const bool later = !mime.startsWith(u"image/") || mime == u"image/gif";
    const MastodonMedia *m = m_state.findMedia(m_state.addMedia(me, mime, file->data, description, later));
    if (!m)
        return error(500, u"We're sorry, but something went wrong on our end."_s);
    return Response::json(m_render.media(*m), m->isProcessed() ? 200 : 202);
}

Response MastodonRoutes::getMedia(const Request &request, const QString &me)
{
    const MastodonMedia *m = m_state.pollMedia(request.param(u"id"_s), me);
    if (!m)
        return notFound();
    if (!m->isProcessed())
        return Response::empty(206); // still processing
    return Response::json(m_render.media(*m));
}

} // namespace starling::sandbox
