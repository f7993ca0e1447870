// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyRoutes.h"

#include "BlueskyRender.h"
#include "BlueskyState.h"
#include "LoopbackServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <exception>
#include <optional>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

Response xrpcError(int status, const QString &error, const QString &message)
{
    return Response::json(QJsonObject{{u"error"_s, error}, {u"message"_s, message}}, status);
}

Response invalid(const QString &message)
{
    return xrpcError(400, u"InvalidRequest"_s, message);
}

Response refused(const BlueskyRefusal &refusal)
{
    return xrpcError(refusal.status, refusal.error, refusal.message);
}

/** Every value of query parameter @p key (repeated, as XRPC sends arrays, or as "key[]"). */
QStringList queryValues(const Request &request, const QString &key)
{
    QStringList out = request.query.allQueryItemValues(key, QUrl::FullyDecoded);
    out += request.query.allQueryItemValues(key + u"[]"_s, QUrl::FullyDecoded);
    return out;
}

/** An integer parameter within [min, max], @p fallback when absent; nothing when malformed. */
std::optional<int> intParam(const Request &request, const QString &key, int fallback, int min, int max)
{
    const QStringList values = queryValues(request, key);
    if (values.isEmpty())
        return fallback;
    bool ok = false;
    const qlonglong value = values.first().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return int(value);
}

Response badInt(const QString &key, int min, int max)
{
    return invalid(u"%1 must be an integer between %2 and %3"_s.arg(key).arg(min).arg(max));
}

/** The JSON object body of a procedure, or the error answer. */
std::variant<QJsonObject, Response> jsonBody(const Request &request)
{
    const QByteArray type = request.headers.value("content-type").toLower();
    if (request.body.isEmpty())
        return invalid(u"Request encoding (Content-Type) required but not provided"_s);
    if (!type.startsWith("application/json"))
        return invalid(u"Wrong request encoding (Content-Type): %1"_s.arg(QString::fromLatin1(type)));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(u"Request body must be a JSON object"_s);
    return document.object();
}

/** A required string property of an input object. */
std::optional<QString> requiredString(const QJsonObject &input, const QString &key)
{
    const QJsonValue value = input.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

Response missing(const QString &where, const QString &key)
{
    return invalid(u"%1 must have the property \"%2\""_s.arg(where, key));
}

QByteArray bearer(const Request &request)
{
    const QByteArray header = request.headers.value("authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return {};
    return header.mid(7).trimmed();
}

/** A decimal cursor; nothing when it is not one. */
std::optional<qint64> numberCursor(const QString &cursor)
{
    bool ok = false;
    const qint64 value = cursor.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

bool isTidCursor(const QString &cursor)
{
    static const QString alphabet = u"234567abcdefghijklmnopqrstuvwxyz"_s;
    return cursor.size() == 13
           && std::all_of(cursor.cbegin(), cursor.cend(), [](QChar c) { return alphabet.contains(c); });
}

/** A listing's page: its limit (1–100, 50 when absent) and its cursor (a rev or TID, or empty). */
struct Paging
{
    int limit = 50;
    QString cursor;
};

/** The page @p request asks for, or the XRPC error answer to a bad limit or cursor. */
std::variant<Paging, Response> paging(const Request &request)
{
    const auto limit = intParam(request, u"limit"_s, 50, 1, 100);
    if (!limit)
        return badInt(u"limit"_s, 1, 100);
    const QString cursor = request.queryValue(u"cursor"_s);
    if (!cursor.isEmpty() && !isTidCursor(cursor))
        return invalid(u"Malformed cursor"_s);
    return Paging{*limit, cursor};
}

/** The messageInput of a chat call, or the error answer. */
std::variant<BlueskyState::NewMessage, Response> readMessageInput(const QJsonValue &value)
{
    if (!value.isObject())
        return missing(u"Input"_s, u"message"_s);
    const QJsonObject message = value.toObject();
    if (!message.value(u"text"_s).isString())
        return missing(u"Input/message"_s, u"text"_s);
    BlueskyState::NewMessage out;
    out.text = message.value(u"text"_s).toString();
    if (message.contains(u"facets"_s)) {
        if (!message.value(u"facets"_s).isArray())
            return invalid(u"Input/message/facets must be an array"_s);
        out.facets = message.value(u"facets"_s).toArray();
    }
    if (message.contains(u"embed"_s)) {
        if (!message.value(u"embed"_s).isObject())
            return invalid(u"Input/message/embed must be an object"_s);
        out.embed = message.value(u"embed"_s).toObject();
    }
    if (message.contains(u"replyTo"_s))
        out.replyTo = message.value(u"replyTo"_s).toObject().value(u"messageId"_s).toString();
    return out;
}

} // namespace

// ---- Rate limits ----

HttpHeaders BlueskyRateLimits::Window::headers() const
{
    HttpHeaders headers;
    headers.set("RateLimit-Limit"_ba, QByteArray::number(limit));
    headers.set("RateLimit-Remaining"_ba, QByteArray::number(std::max(0, limit - used)));
    headers.set("RateLimit-Reset"_ba, QByteArray::number(reset.toSecsSinceEpoch()));
    headers.set("RateLimit-Policy"_ba, QByteArray::number(limit) + ";w=" + QByteArray::number(qint64(length.count())));
    return headers;
}

void BlueskyRateLimits::setLimit(int limit, std::chrono::seconds window)
{
    m_limit = limit;
    m_window = window;
    m_states.clear();
}

bool BlueskyRateLimits::take(const QString &key, int limit, std::chrono::seconds window, const QDateTime &now,
                             Window &shown)
{
    State &state = m_states[key];
    if (!state.reset.isValid() || now >= state.reset) {
        state.used = 0;
        state.reset = now.addSecs(window.count());
    }
    const bool allowed = state.used < limit;
    if (allowed)
        ++state.used;
    shown = Window{limit, state.used, state.reset, window};
    return allowed;
}

bool BlueskyRateLimits::take(const QString &key, bool createSession, const QDateTime &now, Window &shown)
{
    bool allowed = take(key, m_limit, m_window, now, shown);
    if (allowed && createSession) {
        Window session;
        const bool sessionAllowed = take(key + u"\ncreateSession"_s, sessionLimit, sessionWindow, now, session);
        if (!sessionAllowed || session.limit - session.used < shown.limit - shown.used) {
            allowed = sessionAllowed;
            shown = session;
        }
    }
    return allowed;
}

void BlueskyRateLimits::exhaust(const QString &key, const QDateTime &now)
{
    State &state = m_states[key];
    if (!state.reset.isValid() || now >= state.reset)
        state.reset = now.addSecs(m_window.count());
    state.used = m_limit;
}

// ---- Dispatch ----

BlueskyRoutes::BlueskyRoutes(LoopbackServer &server, BlueskyState &state, const BlueskyRender &render,
                             BlueskyRateLimits &limits)
    : m_server(server)
    , m_state(state)
    , m_render(render)
    , m_limits(limits)
{
    m_server.setFallback([](const Request &request) {
        if (request.path.startsWith(u"/xrpc/"_s))
            return xrpcError(501, u"MethodNotImplemented"_s, u"Method Not Implemented"_s);
        return xrpcError(404, u"NotFound"_s, u"Not Found"_s);
    });
    add(u"com.atproto.server.createSession"_s, true, Auth::None, &BlueskyRoutes::createSession);
    add(u"com.atproto.server.refreshSession"_s, true, Auth::Refresh, &BlueskyRoutes::refreshSession);
    add(u"com.atproto.server.deleteSession"_s, true, Auth::Refresh, &BlueskyRoutes::deleteSession);
    add(u"com.atproto.server.getSession"_s, false, Auth::Access, &BlueskyRoutes::getSession);
    add(u"com.atproto.identity.resolveHandle"_s, false, Auth::None, &BlueskyRoutes::resolveHandle);
    add(u"app.bsky.actor.getProfile"_s, false, Auth::Access, &BlueskyRoutes::getProfile);
    add(u"app.bsky.actor.getProfiles"_s, false, Auth::Access, &BlueskyRoutes::getProfiles);

    add(u"com.atproto.repo.createRecord"_s, true, Auth::Access, &BlueskyRoutes::createRecord);
    add(u"com.atproto.repo.putRecord"_s, true, Auth::Access, &BlueskyRoutes::putRecord);
    add(u"com.atproto.repo.deleteRecord"_s, true, Auth::Access, &BlueskyRoutes::deleteRecord);
    add(u"com.atproto.repo.getRecord"_s, false, Auth::None, &BlueskyRoutes::getRecord);
    add(u"com.atproto.repo.uploadBlob"_s, true, Auth::Access, &BlueskyRoutes::uploadBlob);

    add(u"app.bsky.notification.listNotifications"_s, false, Auth::Access, &BlueskyRoutes::listNotifications);
    add(u"app.bsky.notification.updateSeen"_s, true, Auth::Access, &BlueskyRoutes::updateSeen);
    add(u"app.bsky.notification.getUnreadCount"_s, false, Auth::Access, &BlueskyRoutes::getUnreadCount);
    add(u"app.bsky.feed.getPostThread"_s, false, Auth::Access, &BlueskyRoutes::getPostThread);
    add(u"app.bsky.feed.getPosts"_s, false, Auth::Access, &BlueskyRoutes::getPosts);
    add(u"app.bsky.feed.getAuthorFeed"_s, false, Auth::Access, &BlueskyRoutes::getAuthorFeed);

    add(u"chat.bsky.convo.listConvos"_s, false, Auth::Access, &BlueskyRoutes::listConvos);
    add(u"chat.bsky.convo.getConvo"_s, false, Auth::Access, &BlueskyRoutes::getConvo);
    add(u"chat.bsky.convo.getConvoForMembers"_s, false, Auth::Access, &BlueskyRoutes::getConvoForMembers);
    add(u"chat.bsky.convo.getConvoAvailability"_s, false, Auth::Access, &BlueskyRoutes::getConvoAvailability);
    add(u"chat.bsky.convo.getMessages"_s, false, Auth::Access, &BlueskyRoutes::getMessages);
    add(u"chat.bsky.convo.getLog"_s, false, Auth::Access, &BlueskyRoutes::getLog);
    add(u"chat.bsky.convo.sendMessage"_s, true, Auth::Access, &BlueskyRoutes::sendMessage);
    add(u"chat.bsky.convo.sendMessageBatch"_s, true, Auth::Access, &BlueskyRoutes::sendMessageBatch);
    add(u"chat.bsky.convo.updateRead"_s, true, Auth::Access, &BlueskyRoutes::updateRead);
    add(u"chat.bsky.convo.updateAllRead"_s, true, Auth::Access, &BlueskyRoutes::updateAllRead);
    add(u"chat.bsky.convo.acceptConvo"_s, true, Auth::Access, &BlueskyRoutes::acceptConvo);
    add(u"chat.bsky.convo.deleteMessageForSelf"_s, true, Auth::Access, &BlueskyRoutes::deleteMessageForSelf);
    add(u"chat.bsky.convo.muteConvo"_s, true, Auth::Access, &BlueskyRoutes::muteConvo);
    add(u"chat.bsky.convo.unmuteConvo"_s, true, Auth::Access, &BlueskyRoutes::unmuteConvo);

    m_server.route("GET"_ba, u"/img/{kind}/plain/{did}/{file}"_s, [this](const Request &request) {
        try {
            return image(request);
        } catch (const std::exception &) {
            return xrpcError(500, u"InternalServerError"_s, u"Internal Server Error"_s);
        }
    });
}

void BlueskyRoutes::add(const QString &nsid, bool procedure, Auth auth, Handler handler)
{
    m_server.route("*"_ba, u"/xrpc/"_s + nsid, [this, nsid, procedure, auth, handler](const Request &request) {
        return serve(request, nsid, procedure, auth, handler);
    });
}

Response BlueskyRoutes::serve(const Request &request, const QString &nsid, bool procedure, Auth auth, Handler handler)
{
    try {
        const QByteArray expected = procedure ? "POST"_ba : "GET"_ba;
        if (request.method != expected)
            return invalid(u"Incorrect HTTP method (%1) expected %2"_s.arg(QString::fromLatin1(request.method),
                                                                           QString::fromLatin1(expected)));
        Call call{request, {}, {}};
        QString limitKey = u"ip:"_s + request.peerAddress.toString();
        if (auth != Auth::None) {
            call.jwt = bearer(request);
            if (call.jwt.isEmpty())
                return xrpcError(401, u"AuthenticationRequired"_s, u"Authentication Required"_s);
            const auto checked = m_state.authenticate(call.jwt, auth == Auth::Refresh ? BlueskyTokenKind::Refresh
                                                                                      : BlueskyTokenKind::Access);
            if (const auto *refusal = std::get_if<BlueskyRefusal>(&checked))
                return refused(*refusal);
            const BlueskyToken &token = std::get<BlueskyToken>(checked);
            call.did = token.did;
            limitKey = token.did;
            if (nsid.startsWith(u"chat.bsky."_s)) {
                // The PDS checks the token's privilege before it proxies (pipethrough.ts).
                if (!token.privileged)
                    return xrpcError(400, u"InvalidToken"_s, u"Bad token method"_s);
                const QString proxy = QString::fromLatin1(request.headers.value("atproto-proxy")).trimmed();
                if (proxy.isEmpty()) // forwarded to the AppView, which has no chat methods
                    return xrpcError(501, u"MethodNotImplemented"_s, u"Method Not Implemented"_s);
                if (!proxy.contains(u'#'))
                    return invalid(u"no service id specified"_s);
                if (proxy.section(u'#', 0, 0) != u"did:web:api.bsky.chat")
                    return invalid(u"could not resolve proxy did"_s);
                if (proxy != QLatin1StringView(chatProxy))
                    return invalid(u"could not resolve proxy did service url"_s);
            }
        } else if (nsid == u"com.atproto.server.createSession") {
            const QJsonObject input = request.json().object();
            const BlueskyAccount *account = m_state.findActor(input.value(u"identifier"_s).toString());
            limitKey = account ? account->did : input.value(u"identifier"_s).toString().toLower();
        }

        BlueskyRateLimits::Window window;
        const bool allowed =
            m_limits.take(limitKey, nsid == u"com.atproto.server.createSession", m_state.now(), window);
        Response response =
            allowed ? (this->*handler)(call) : xrpcError(429, u"RateLimitExceeded"_s, u"Rate Limit Exceeded"_s);
        const HttpHeaders limits = window.headers();
        for (const auto &[name, value] : limits.fields())
            response.headers.set(name, value);
        return response;
    } catch (const std::exception &) {
        return xrpcError(500, u"InternalServerError"_s, u"Internal Server Error"_s);
    }
}

// ---- Sessions and identity ----

Response BlueskyRoutes::createSession(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto identifier = requiredString(input, u"identifier"_s);
    if (!identifier)
        return missing(u"Input"_s, u"identifier"_s);
    const auto password = requiredString(input, u"password"_s);
    if (!password)
        return missing(u"Input"_s, u"password"_s);
    auto session = m_state.createSession(*identifier, *password);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&session))
        return refused(*refusal);
    const auto &s = std::get<BlueskyState::Session>(session);
    return Response::json(m_render.session(*m_state.findAccount(s.did), s.accessJwt, s.refreshJwt));
}

Response BlueskyRoutes::refreshSession(const Call &call)
{
    auto session = m_state.refreshSession(call.jwt);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&session))
        return refused(*refusal);
    const auto &s = std::get<BlueskyState::Session>(session);
    return Response::json(m_render.session(*m_state.findAccount(s.did), s.accessJwt, s.refreshJwt));
}

Response BlueskyRoutes::deleteSession(const Call &call)
{
    m_state.deleteSession(call.jwt);
    return Response::empty(200);
}

Response BlueskyRoutes::getSession(const Call &call)
{
    return Response::json(m_render.sessionInfo(*m_state.findAccount(call.did)));
}

Response BlueskyRoutes::resolveHandle(const Call &call)
{
    const QString handle = call.request.queryValue(u"handle"_s);
    if (handle.isEmpty())
        return invalid(u"Params must have the property \"handle\""_s);
    if (!BlueskyState::isValidHandle(handle))
        return invalid(u"handle must be a valid handle"_s);
    const BlueskyAccount *account = m_state.findActor(handle);
    if (!account)
        return xrpcError(400, u"HandleNotFound"_s, u"Unable to resolve handle"_s);
    return Response::json(QJsonObject{{u"did"_s, account->did}});
}

Response BlueskyRoutes::getProfile(const Call &call)
{
    const QString actor = call.request.queryValue(u"actor"_s);
    if (actor.isEmpty())
        return invalid(u"Params must have the property \"actor\""_s);
    const BlueskyAccount *account = m_state.findActor(actor);
    if (!account)
        return invalid(u"Profile not found"_s);
    return Response::json(m_render.profileViewDetailed(account->did, call.did));
}

Response BlueskyRoutes::getProfiles(const Call &call)
{
    const QStringList actors = queryValues(call.request, u"actors"_s);
    if (actors.isEmpty())
        return invalid(u"Params must have the property \"actors\""_s);
    if (actors.size() > 25)
        return invalid(u"Params/actors must not have more than 25 elements"_s);
    QJsonArray profiles;
    for (const QString &actor : actors) {
        if (const BlueskyAccount *account = m_state.findActor(actor))
            profiles.append(m_render.profileViewDetailed(account->did, call.did));
    }
    return Response::json(QJsonObject{{u"profiles"_s, profiles}});
}

// ---- Repository ----

Response BlueskyRoutes::createRecord(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto repo = requiredString(input, u"repo"_s);
    if (!repo)
        return missing(u"Input"_s, u"repo"_s);
    const auto collection = requiredString(input, u"collection"_s);
    if (!collection)
        return missing(u"Input"_s, u"collection"_s);
    if (!input.value(u"record"_s).isObject())
        return missing(u"Input"_s, u"record"_s);
    if (input.contains(u"rkey"_s) && !input.value(u"rkey"_s).isString())
        return invalid(u"Input/rkey must be a string"_s);
    const BlueskyAccount *owner = m_state.findActor(*repo);
    if (!owner)
        return invalid(u"Could not find repo: %1"_s.arg(*repo));
    if (owner->did != call.did)
        return xrpcError(401, u"AuthenticationRequired"_s, u"Input/repo must be the authenticated user"_s);
    auto created = m_state.createRecord(call.did, *collection, input.value(u"rkey"_s).toString(),
                                        input.value(u"record"_s).toObject());
    if (auto *refusal = std::get_if<BlueskyRefusal>(&created))
        return refused(*refusal);
    const BlueskyRecord &record = std::get<BlueskyRecord>(created);
    return Response::json(QJsonObject{{u"uri"_s, record.uri},
                                      {u"cid"_s, record.cid},
                                      {u"commit"_s, QJsonObject{{u"cid"_s, record.cid}, {u"rev"_s, m_state.nextTid()}}},
                                      {u"validationStatus"_s, u"valid"_s}});
}

Response BlueskyRoutes::putRecord(const Call &call)
{
    // Only the chat declaration is writable this way: it replaces the record at rkey "self".
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const QString collection = input.value(u"collection"_s).toString();
    if (collection != u"chat.bsky.actor.declaration")
        return invalid(u"putRecord supports only chat.bsky.actor.declaration in the sandbox"_s);
    return createRecord(call);
}

Response BlueskyRoutes::deleteRecord(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto repo = requiredString(input, u"repo"_s);
    const auto collection = requiredString(input, u"collection"_s);
    const auto rkey = requiredString(input, u"rkey"_s);
    if (!repo)
        return missing(u"Input"_s, u"repo"_s);
    if (!collection)
        return missing(u"Input"_s, u"collection"_s);
    if (!rkey)
        return missing(u"Input"_s, u"rkey"_s);
    const BlueskyAccount *owner = m_state.findActor(*repo);
    if (!owner || owner->did != call.did)
        return xrpcError(401, u"AuthenticationRequired"_s, u"Input/repo must be the authenticated user"_s);
    auto deleted = m_state.deleteRecord(call.did, *collection, *rkey);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&deleted))
        return refused(*refusal);
    return Response::json(
        QJsonObject{{u"commit"_s, QJsonObject{{u"cid"_s, u"bafyreisandboxcommit"_s}, {u"rev"_s, m_state.nextTid()}}}});
}

Response BlueskyRoutes::getRecord(const Call &call)
{
    const QString repo = call.request.queryValue(u"repo"_s);
    const QString collection = call.request.queryValue(u"collection"_s);
    const QString rkey = call.request.queryValue(u"rkey"_s);
    if (repo.isEmpty() || collection.isEmpty() || rkey.isEmpty())
        return invalid(u"Params must have the properties \"repo\", \"collection\" and \"rkey\""_s);
    const BlueskyAccount *owner = m_state.findActor(repo);
    if (!owner)
        return invalid(u"Could not find repo: %1"_s.arg(repo));
    const BlueskyRecord *record = m_state.findRecord(u"at://%1/%2/%3"_s.arg(owner->did, collection, rkey));
    if (!record)
        return xrpcError(400, u"RecordNotFound"_s,
                         u"Could not locate record: at://%1/%2/%3"_s.arg(owner->did, collection, rkey));
    return Response::json(QJsonObject{{u"uri"_s, record->uri}, {u"cid"_s, record->cid}, {u"value"_s, record->value}});
}

Response BlueskyRoutes::uploadBlob(const Call &call)
{
    const QString mimeType =
        QString::fromLatin1(call.request.headers.value("content-type")).section(u';', 0, 0).trimmed();
    auto uploaded = m_state.uploadBlob(call.did, mimeType, call.request.body);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&uploaded))
        return refused(*refusal);
    return Response::json(QJsonObject{{u"blob"_s, m_render.blob(std::get<BlueskyBlob>(uploaded))}});
}

// ---- Notifications and feeds ----

Response BlueskyRoutes::listNotifications(const Call &call)
{
    const auto limit = intParam(call.request, u"limit"_s, 50, 1, 100);
    if (!limit)
        return badInt(u"limit"_s, 1, 100);
    const QString cursorText = call.request.queryValue(u"cursor"_s);
    std::optional<qint64> cursor;
    if (!cursorText.isEmpty()) {
        cursor = numberCursor(cursorText);
        if (!cursor)
            return invalid(u"Malformed cursor"_s);
    }
    const QStringList reasons = queryValues(call.request, u"reasons"_s);
    const BlueskyAccount *me = m_state.findAccount(call.did);
    QDateTime seenAt = me->seenAt;
    const QString seenParam = call.request.queryValue(u"seenAt"_s);
    if (!seenParam.isEmpty()) {
        seenAt = QDateTime::fromString(seenParam, Qt::ISODateWithMs);
        if (!seenAt.isValid())
            return invalid(u"seenAt must be a valid datetime"_s);
    }
    QJsonArray items;
    qint64 last = 0;
    bool more = false;
    for (const BlueskyNotification &n : m_state.notificationsOf(call.did)) {
        if (cursor && n.seq >= *cursor)
            continue;
        if (!reasons.isEmpty() && !reasons.contains(n.reason))
            continue;
        if (m_state.blocks(call.did, n.authorDid))
            continue;
        if (items.size() == *limit) {
            more = true;
            break;
        }
        items.append(m_render.notification(n, seenAt));
        last = n.seq;
    }
    QJsonObject out{{u"notifications"_s, items}, {u"priority"_s, false}};
    if (more)
        out.insert(u"cursor"_s, QString::number(last));
    if (me->seenAt.isValid())
        out.insert(u"seenAt"_s, BlueskyRender::datetime(me->seenAt));
    return Response::json(out);
}

Response BlueskyRoutes::updateSeen(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const auto seenAt = requiredString(std::get<QJsonObject>(body), u"seenAt"_s);
    if (!seenAt)
        return missing(u"Input"_s, u"seenAt"_s);
    auto updated = m_state.updateSeen(call.did, QDateTime::fromString(*seenAt, Qt::ISODateWithMs));
    if (auto *refusal = std::get_if<BlueskyRefusal>(&updated))
        return refused(*refusal);
    return Response::empty(200);
}

Response BlueskyRoutes::getUnreadCount(const Call &call)
{
    const BlueskyAccount *me = m_state.findAccount(call.did);
    QDateTime seenAt = me->seenAt;
    const QString seenParam = call.request.queryValue(u"seenAt"_s);
    if (!seenParam.isEmpty()) {
        seenAt = QDateTime::fromString(seenParam, Qt::ISODateWithMs);
        if (!seenAt.isValid())
            return invalid(u"seenAt must be a valid datetime"_s);
    }
    int count = 0;
    for (const BlueskyNotification &n : m_state.notificationsOf(call.did))
        count += (!seenAt.isValid() || n.indexedAt > seenAt) ? 1 : 0;
    return Response::json(QJsonObject{{u"count"_s, count}});
}

Response BlueskyRoutes::getPostThread(const Call &call)
{
    const QString uri = call.request.queryValue(u"uri"_s);
    if (uri.isEmpty())
        return invalid(u"Params must have the property \"uri\""_s);
    if (!uri.startsWith(u"at://"_s))
        return invalid(u"uri must be a valid at-uri"_s);
    const auto depth = intParam(call.request, u"depth"_s, 6, 0, 1000);
    if (!depth)
        return badInt(u"depth"_s, 0, 1000);
    const auto parentHeight = intParam(call.request, u"parentHeight"_s, 80, 0, 1000);
    if (!parentHeight)
        return badInt(u"parentHeight"_s, 0, 1000);
    const BlueskyRecord *post = m_state.findRecord(uri);
    if (!post || post->collection != u"app.bsky.feed.post")
        return xrpcError(400, u"NotFound"_s, u"Post not found: %1"_s.arg(uri));
    return Response::json(QJsonObject{{u"thread"_s, m_render.threadViewPost(*post, *depth, *parentHeight, call.did)}});
}

Response BlueskyRoutes::getPosts(const Call &call)
{
    const QStringList uris = queryValues(call.request, u"uris"_s);
    if (uris.isEmpty())
        return invalid(u"Params must have the property \"uris\""_s);
    if (uris.size() > 25)
        return invalid(u"Params/uris must not have more than 25 elements"_s);
    QJsonArray posts;
    for (const QString &uri : uris) {
        const BlueskyRecord *post = m_state.findRecord(uri);
        if (post && post->collection == u"app.bsky.feed.post")
            posts.append(m_render.postView(*post, call.did));
    }
    return Response::json(QJsonObject{{u"posts"_s, posts}});
}

Response BlueskyRoutes::getAuthorFeed(const Call &call)
{
    const QString actor = call.request.queryValue(u"actor"_s);
    if (actor.isEmpty())
        return invalid(u"Params must have the property \"actor\""_s);
    const auto paged = paging(call.request);
    if (const auto *error = std::get_if<Response>(&paged))
        return *error;
    const auto [limit, cursor] = std::get<Paging>(paged);
    const BlueskyAccount *account = m_state.findActor(actor);
    if (!account)
        return invalid(u"Profile not found"_s);
    QList<BlueskyRecord> posts = m_state.records(u"app.bsky.feed.post"_s, account->did);
    std::reverse(posts.begin(), posts.end());
    QJsonArray feed;
    QString last;
    bool more = false;
    for (const BlueskyRecord &post : posts) {
        if (!cursor.isEmpty() && post.rkey >= cursor)
            continue;
        if (feed.size() == limit) {
            more = true;
            break;
        }
        feed.append(m_render.feedViewPost(post, call.did));
        last = post.rkey;
    }
    QJsonObject out{{u"feed"_s, feed}};
    if (more && isTidCursor(last))
        out.insert(u"cursor"_s, last);
    return Response::json(out);
}

// ---- Chat ----

Response BlueskyRoutes::listConvos(const Call &call)
{
    const auto paged = paging(call.request);
    if (const auto *error = std::get_if<Response>(&paged))
        return *error;
    const auto [limit, cursor] = std::get<Paging>(paged);
    const QString readState = call.request.queryValue(u"readState"_s);
    const QString status = call.request.queryValue(u"status"_s);
    const QString kind = call.request.queryValue(u"kind"_s);
    QJsonArray convos;
    QString last;
    bool more = false;
    for (const BlueskyConvo &convo : m_state.convosOf(call.did)) {
        if (!cursor.isEmpty() && convo.rev >= cursor)
            continue;
        const QString myStatus = convo.status.value(call.did);
        // A request shows up for its recipient once it has a message.
        if (myStatus == u"request" && m_state.messagesOf(convo.id).isEmpty())
            continue;
        if (!status.isEmpty() && myStatus != status)
            continue;
        if (readState == u"unread" && m_state.unreadCount(convo, call.did) == 0)
            continue;
        if ((kind == u"direct" && convo.isGroup()) || (kind == u"group" && !convo.isGroup()))
            continue;
        if (convos.size() == limit) {
            more = true;
            break;
        }
        convos.append(m_render.convoView(convo, call.did));
        last = convo.rev;
    }
    QJsonObject out{{u"convos"_s, convos}};
    if (more)
        out.insert(u"cursor"_s, last);
    return Response::json(out);
}

Response BlueskyRoutes::getConvo(const Call &call)
{
    const QString id = call.request.queryValue(u"convoId"_s);
    if (id.isEmpty())
        return invalid(u"Params must have the property \"convoId\""_s);
    const BlueskyConvo *convo = m_state.findConvo(id);
    if (!convo || !convo->members.contains(call.did))
        return xrpcError(400, u"InvalidConvo"_s, u"Convo not found"_s);
    return Response::json(QJsonObject{{u"convo"_s, m_render.convoView(*convo, call.did)}});
}

Response BlueskyRoutes::getConvoForMembers(const Call &call)
{
    const QStringList members = queryValues(call.request, u"members"_s);
    if (members.isEmpty())
        return invalid(u"Params must have the property \"members\""_s);
    auto found = m_state.convoForMembers(call.did, members);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&found))
        return refused(*refusal);
    return Response::json(
        QJsonObject{{u"convo"_s, m_render.convoView(*m_state.findConvo(std::get<QString>(found)), call.did)}});
}

Response BlueskyRoutes::getConvoAvailability(const Call &call)
{
    const QStringList members = queryValues(call.request, u"members"_s);
    if (members.isEmpty())
        return invalid(u"Params must have the property \"members\""_s);
    QStringList wanted{call.did};
    for (const QString &m : members) {
        if (!wanted.contains(m))
            wanted << m;
    }
    for (const BlueskyConvo &convo : m_state.convosOf(call.did)) {
        QStringList a = convo.members;
        QStringList b = wanted;
        a.sort();
        b.sort();
        if (a == b)
            return Response::json(QJsonObject{{u"canChat"_s, true}, {u"convo"_s, m_render.convoView(convo, call.did)}});
    }
    bool canChat = true;
    for (const QString &did : wanted.mid(1)) {
        const BlueskyAccount *account = m_state.findAccount(did);
        if (!account || m_state.blocks(did, call.did) || m_state.blocks(call.did, did)
            || account->allowIncoming == u"none"
            || (account->allowIncoming == u"following" && !account->follows.contains(call.did)))
            canChat = false;
    }
    return Response::json(QJsonObject{{u"canChat"_s, canChat}});
}

Response BlueskyRoutes::getMessages(const Call &call)
{
    const QString id = call.request.queryValue(u"convoId"_s);
    if (id.isEmpty())
        return invalid(u"Params must have the property \"convoId\""_s);
    const auto paged = paging(call.request);
    if (const auto *error = std::get_if<Response>(&paged))
        return *error;
    const auto [limit, cursor] = std::get<Paging>(paged);
    const BlueskyConvo *convo = m_state.findConvo(id);
    if (!convo || !convo->members.contains(call.did))
        return xrpcError(400, u"InvalidConvo"_s, u"Convo not found"_s);
    QJsonArray messages;
    QSet<QString> senders;
    QString last;
    bool more = false;
    for (const BlueskyMessage &message : m_state.messagesNewestFirst(id)) {
        if (!cursor.isEmpty() && message.rev >= cursor)
            continue;
        if (messages.size() == limit) {
            more = true;
            break;
        }
        messages.append(m_render.messageView(message, call.did));
        senders.insert(message.senderDid);
        last = message.rev;
    }
    QJsonArray related;
    for (const QString &did : convo->members) {
        if (senders.contains(did))
            related.append(m_render.chatProfile(did, call.did));
    }
    QJsonObject out{{u"messages"_s, messages}, {u"relatedProfiles"_s, related}};
    if (more)
        out.insert(u"cursor"_s, last);
    return Response::json(out);
}

Response BlueskyRoutes::getLog(const Call &call)
{
    const QString cursor = call.request.queryValue(u"cursor"_s);
    if (!cursor.isEmpty() && !isTidCursor(cursor))
        return invalid(u"Malformed cursor"_s);
    constexpr int pageSize = 100;
    QJsonArray logs;
    QString last = cursor;
    for (const BlueskyLogEntry &entry : m_state.logOf(call.did)) {
        if (!cursor.isEmpty() && entry.rev <= cursor)
            continue;
        if (logs.size() == pageSize)
            break;
        last = entry.rev;
        const QJsonObject view = m_render.logEntry(entry, call.did);
        if (!view.isEmpty())
            logs.append(view);
    }
    QJsonObject out{{u"logs"_s, logs}};
    if (!last.isEmpty())
        out.insert(u"cursor"_s, last);
    return Response::json(out);
}

Response BlueskyRoutes::sendMessage(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto convoId = requiredString(input, u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    auto message = readMessageInput(input.value(u"message"_s));
    if (auto *error = std::get_if<Response>(&message))
        return *error;
    auto sent = m_state.sendMessage(call.did, *convoId, std::get<BlueskyState::NewMessage>(message));
    if (auto *refusal = std::get_if<BlueskyRefusal>(&sent))
        return refused(*refusal);
    return Response::json(m_render.messageView(std::get<BlueskyMessage>(sent), call.did, false));
}

Response BlueskyRoutes::sendMessageBatch(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonValue items = std::get<QJsonObject>(body).value(u"items"_s);
    if (!items.isArray())
        return missing(u"Input"_s, u"items"_s);
    if (items.toArray().size() > 100)
        return invalid(u"Input/items must not have more than 100 elements"_s);
    // Everything is checked first: the batch is sent whole or not at all.
    QList<std::pair<QString, BlueskyState::NewMessage>> batch;
    for (const QJsonValue &item : items.toArray()) {
        const auto convoId = requiredString(item.toObject(), u"convoId"_s);
        if (!convoId)
            return missing(u"Input/items"_s, u"convoId"_s);
        auto message = readMessageInput(item.toObject().value(u"message"_s));
        if (auto *error = std::get_if<Response>(&message))
            return *error;
        const BlueskyConvo *convo = m_state.findConvo(*convoId);
        if (!convo || !convo->members.contains(call.did))
            return xrpcError(400, u"InvalidConvo"_s, u"Convo not found"_s);
        if (convo->locked)
            return xrpcError(400, u"ConvoLocked"_s, u"conversation is locked"_s);
        batch.append({*convoId, std::get<BlueskyState::NewMessage>(message)});
    }
    QJsonArray sent;
    for (const auto &[convoId, message] : batch) {
        auto result = m_state.sendMessage(call.did, convoId, message);
        if (auto *refusal = std::get_if<BlueskyRefusal>(&result))
            return refused(*refusal);
        sent.append(m_render.messageView(std::get<BlueskyMessage>(result), call.did, false));
    }
    return Response::json(QJsonObject{{u"items"_s, sent}});
}

Response BlueskyRoutes::updateRead(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto convoId = requiredString(input, u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    auto updated = m_state.updateRead(call.did, *convoId, input.value(u"messageId"_s).toString());
    if (auto *refusal = std::get_if<BlueskyRefusal>(&updated))
        return refused(*refusal);
    return Response::json(QJsonObject{{u"convo"_s, m_render.convoView(*m_state.findConvo(*convoId), call.did)}});
}

Response BlueskyRoutes::updateAllRead(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QString status = std::get<QJsonObject>(body).value(u"status"_s).toString();
    int updated = 0;
    for (const BlueskyConvo &convo : m_state.convosOf(call.did)) {
        if (!status.isEmpty() && convo.status.value(call.did) != status)
            continue;
        if (m_state.unreadCount(convo, call.did) > 0) {
            m_state.updateRead(call.did, convo.id, {});
            ++updated;
        }
    }
    return Response::json(QJsonObject{{u"updatedCount"_s, updated}});
}

Response BlueskyRoutes::acceptConvo(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const auto convoId = requiredString(std::get<QJsonObject>(body), u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    auto accepted = m_state.acceptConvo(call.did, *convoId);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&accepted))
        return refused(*refusal);
    const QString rev = std::get<QString>(accepted);
    return Response::json(rev.isEmpty() ? QJsonObject{} : QJsonObject{{u"rev"_s, rev}});
}

Response BlueskyRoutes::deleteMessageForSelf(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const QJsonObject input = std::get<QJsonObject>(body);
    const auto convoId = requiredString(input, u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    const auto messageId = requiredString(input, u"messageId"_s);
    if (!messageId)
        return missing(u"Input"_s, u"messageId"_s);
    auto deleted = m_state.deleteMessageForSelf(call.did, *convoId, *messageId);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&deleted))
        return refused(*refusal);
    return Response::json(m_render.deletedMessageView(std::get<BlueskyMessage>(deleted), false));
}

Response BlueskyRoutes::muteConvo(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const auto convoId = requiredString(std::get<QJsonObject>(body), u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    auto muted = m_state.setMuted(call.did, *convoId, true);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&muted))
        return refused(*refusal);
    return Response::json(QJsonObject{{u"convo"_s, m_render.convoView(*m_state.findConvo(*convoId), call.did)}});
}

Response BlueskyRoutes::unmuteConvo(const Call &call)
{
    auto body = jsonBody(call.request);
    if (auto *error = std::get_if<Response>(&body))
        return *error;
    const auto convoId = requiredString(std::get<QJsonObject>(body), u"convoId"_s);
    if (!convoId)
        return missing(u"Input"_s, u"convoId"_s);
    auto muted = m_state.setMuted(call.did, *convoId, false);
    if (auto *refusal = std::get_if<BlueskyRefusal>(&muted))
        return refused(*refusal);
    return Response::json(QJsonObject{{u"convo"_s, m_render.convoView(*m_state.findConvo(*convoId), call.did)}});
}

Response BlueskyRoutes::image(const Request &request)
{
    const QString cid = request.param(u"file"_s).section(u'@', 0, 0);
    const BlueskyBlob *blob = m_state.findBlob(cid);
    if (!blob || blob->ownerDid != request.param(u"did"_s))
        return xrpcError(404, u"NotFound"_s, u"Not Found"_s);
    return Response::bytes(blob->bytes, blob->mimeType.toLatin1());
}

} // namespace starling::sandbox
