// SPDX-License-Identifier: GPL-3.0-or-later
#include "XRoutes.h"

#include "LoopbackServer.h"
#include "XMultipart.h"
#include "XProblem.h"
#include "XRateLimits.h"
#include "XRender.h"
#include "XRequest.h"
#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

using xproblem::Issue;
using xrequest::checkQuery;
using xrequest::dmEventFieldNames;
using xrequest::dmExpansionNames;
using xrequest::eventTypeNames;
using xrequest::idPatternProblem;
using xrequest::mediaFieldNames;
using xrequest::pageToken;
using xrequest::patternIssue;
using xrequest::placeFieldNames;
using xrequest::pollFieldNames;
using xrequest::QueryRules;
using xrequest::readBody;
using xrequest::readPageToken;
using xrequest::selection;
using xrequest::tweetExpansionNames;
using xrequest::tweetFieldNames;
using xrequest::unknownKeys;
using xrequest::userExpansionNames;
using xrequest::userFieldNames;

const QStringList postBodyKeys{
    u"card_uri"_s,
    u"community_id"_s,
    u"direct_message_deep_link"_s,
    u"edit_options"_s,
    u"for_super_followers_only"_s,
    u"geo"_s,
    u"made_with_ai"_s,
    u"media"_s,
    u"nullcast"_s,
    u"paid_partnership"_s,
    u"poll"_s,
    u"quote_tweet_id"_s,
    u"reply"_s,
    u"reply_settings"_s,
    u"share_with_followers"_s,
    u"text"_s,
};

constexpr int maxSegmentIndex = 999;
constexpr qint64 maxSegmentBytes = 5 * 1024 * 1024;
constexpr int maxReachableMentions = 800;
constexpr int maxReachablePosts = 3200;
// X's own words for a reply it refuses under the 2026-02 rule, so clients can recognise it.
const QString replyNotAllowed = u"Reply to this conversation is not allowed because you have not been mentioned or "
                                "otherwise engaged by the author of the post you are replying to."_s;

const QRegularExpression &conversationIdPattern()
{
    static const QRegularExpression pattern(u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s);
    return pattern;
}

/**
 * The answer of the media upload endpoints: {data} only. Spec v2.166 also requires an undescribed
 * `meta` member (and a `type` in processing_info); v2.167 dropped both and forbids anything but
 * check_after_secs, progress_percent and state in processing_info, so the sandbox follows v2.167.
 */
Response uploadAnswer(const QJsonObject &data)
{
    return Response::json(QJsonObject{{u"data"_s, data}});
}

Response created(const QJsonObject &data)
{
    return Response::json(QJsonObject{{u"data"_s, data}}, 201);
}

} // namespace

XRoutes::XRoutes(LoopbackServer &server, XState &state, const XRender &render, XRateLimits &limits)
    : m_server(server)
    , m_state(state)
    , m_render(render)
    , m_limits(limits)
{
    m_server.setFallback([](const Request &) { return xproblem::notFound(); });
    addRoute("GET"_ba, u"/2/users/me"_s, &XRoutes::getMe);
    addRoute("GET"_ba, u"/2/users/by/username/{username}"_s, &XRoutes::getUserByUsername);
    addRoute("GET"_ba, u"/2/users/{id}/mentions"_s, &XRoutes::getMentions);
    addRoute("GET"_ba, u"/2/users/{id}/tweets"_s, &XRoutes::getUserPosts);
    addRoute("GET"_ba, u"/2/users/{id}"_s, &XRoutes::getUser);
    addRoute("GET"_ba, u"/2/dm_events"_s, &XRoutes::getDmEvents);
    addRoute("GET"_ba, u"/2/dm_conversations/with/{participant_id}/dm_events"_s, &XRoutes::getParticipantEvents);
    addRoute("GET"_ba, u"/2/dm_conversations/{id}/dm_events"_s, &XRoutes::getConversationEvents);
    addRoute("POST"_ba, u"/2/dm_conversations/with/{participant_id}/messages"_s, &XRoutes::sendToParticipant);
    addRoute("POST"_ba, u"/2/dm_conversations/{dm_conversation_id}/messages"_s, &XRoutes::sendToConversation);
    addRoute("POST"_ba, u"/2/dm_conversations"_s, &XRoutes::createGroup);
    addRoute("POST"_ba, u"/2/tweets"_s, &XRoutes::createPost);
    addRoute("POST"_ba, u"/2/media/upload/initialize"_s, &XRoutes::initializeUpload);
    addRoute("POST"_ba, u"/2/media/upload/{id}/append"_s, &XRoutes::appendUpload);
    addRoute("POST"_ba, u"/2/media/upload/{id}/finalize"_s, &XRoutes::finalizeUpload);
    addRoute("GET"_ba, u"/2/media/upload"_s, &XRoutes::uploadStatus);
}

// ---- Dispatch: authentication, rate limits, faults ----

QString XRoutes::endpointName(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + u' ' + pattern;
}

void XRoutes::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    const QString endpoint = endpointName(method, pattern);
    m_server.route(method, pattern,
                   [this, endpoint, handler](const Request &request) { return serve(endpoint, request, handler); });
}

Response XRoutes::serve(const QString &endpoint, const Request &request, Handler handler)
{
    try {
        const QString userId = authenticate(request);
        if (userId.isEmpty())
            return xproblem::unauthorized();
        XRateLimits::Window window;
        Response response = m_limits.take(endpoint, userId, m_state.now(), window) ? (this->*handler)(request, userId)
                                                                                   : xproblem::tooManyRequests();
        const HttpHeaders limits = window.headers();
        for (const auto &[name, value] : limits.fields())
            response.headers.set(name, value);
        return response;
    } catch (const std::exception &) {
        // Whatever went wrong, the client gets an answer and the server keeps running.
        return xproblem::internalError();
    }
}

QString XRoutes::authenticate(const Request &request) const
{
    const QByteArray header = request.headers.value("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return m_state.userOfToken(header.mid(space + 1).trimmed());
}

// ---- Users ----

Response XRoutes::getMe(const Request &request, const QString &userId)
{
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, m_state.findUser(userId), u"id"_s, userId,
                      u"Could not find user with id: [%1]."_s.arg(userId));
}

Response XRoutes::getUser(const Request &request, const QString &)
{
    const QString id = request.param(u"id"_s);
    if (!isXId(id))
        return idPatternProblem(u"id"_s, id);
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, m_state.findUser(id), u"id"_s, id, u"Could not find user with id: [%1]."_s.arg(id));
}

Response XRoutes::getUserByUsername(const Request &request, const QString &)
{
    const QString username = request.param(u"username"_s);
    if (!XUser::isUsername(username)) {
        return xproblem::invalidRequest({patternIssue(u"username"_s, username, u"^[A-Za-z0-9_]{1,15}$"_s)});
    }
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, m_state.findUserByUsername(username), u"username"_s, username,
                      u"Could not find user with username: [%1]."_s.arg(username));
}

Response XRoutes::userAnswer(const Request &request, const XUser *found, const QString &parameter, const QString &value,
                             const QString &detail)
{
    if (!found) {
        // X answers a lookup of someone who does not exist with 200 and errors[] only.
        return Response::json(QJsonObject{
            {u"errors"_s, QJsonArray{xproblem::resourceNotFoundEntry(parameter, value, u"user"_s, detail)}}});
    }
    return Response::json(QJsonObject{{u"data"_s, m_render.user(*found, selection(request).userFields)}});
}

// ---- DM events ----

Response XRoutes::listDmEvents(const Request &request, const QString &userId,
                               const std::function<bool(const XDmEvent &)> &filter)
{
    const QueryRules rules{{{u"dm_event.fields"_s, dmEventFieldNames},
                            {u"event_types"_s, eventTypeNames},
                            {u"expansions"_s, dmExpansionNames},
                            {u"media.fields"_s, mediaFieldNames},
                            {u"user.fields"_s, userFieldNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {u"max_results"_s, u"pagination_token"_s}};
    if (auto problem = checkQuery(request, rules))
        return *problem;

    int maxResults = 100;
    if (request.query.hasQueryItem(u"max_results"_s)) {
        bool ok = false;
        const QString text = request.queryValue(u"max_results"_s);
        maxResults = text.toInt(&ok);
        if (!ok || maxResults < 1 || maxResults > 100) {
            return xproblem::invalidRequest(
                u"The `max_results` query parameter value [%1] is not between 1 and 100"_s.arg(text.left(20)),
                u"max_results"_s, text);
        }
    }
    quint64 before = std::numeric_limits<quint64>::max();
    if (request.query.hasQueryItem(u"pagination_token"_s)) {
        const QString token = request.queryValue(u"pagination_token"_s);
        const auto last = readPageToken('D', token);
        if (!last) {
            return xproblem::invalidRequest(
                u"The `pagination_token` query parameter value [%1] is not valid"_s.arg(token.left(64)),
                u"pagination_token"_s, token);
        }
        before = xIdValue(*last);
    }
    QSet<QString> types;
    for (const QString &type : request.queryValue(u"event_types"_s).split(u',', Qt::SkipEmptyParts))
        types.insert(type);
    if (types.isEmpty())
        types = QSet<QString>(eventTypeNames.cbegin(), eventTypeNames.cend());

    QList<const XDmEvent *> page;
    bool more = false;
    // Events are stored in ascending id order: start just below the page token instead of walking
    // past every newer event, which made a first sync of 100,000 events quadratic on the server.
    const std::vector<XDmEvent> &events = m_state.events();
    const auto below = std::lower_bound(events.cbegin(), events.cend(), before,
                                        [](const XDmEvent &event, quint64 id) { return xIdValue(event.id) < id; });
    for (auto it = std::make_reverse_iterator(below); it != events.crend(); ++it) {
        const XDmEvent &event = *it;
        if (!types.contains(XDmEvent::typeName(event.type)) || !filter(event))
            continue;
        const XDmConversation *conversation = m_state.findConversation(event.conversationId);
        if (!conversation || !conversation->participantIds.contains(userId))
            continue;
        if (page.size() == maxResults) {
            more = true;
            break;
        }
        page.append(&event);
    }

    const XRender::Selection wanted = selection(request);
    QJsonObject answer;
    if (!page.isEmpty()) {
        QJsonArray data;
        for (const XDmEvent *event : std::as_const(page))
            data.append(m_render.event(*event, wanted.eventFields));
        answer.insert(u"data"_s, data);
        const QJsonObject includes = m_render.eventIncludes(page, wanted);
        if (!includes.isEmpty())
            answer.insert(u"includes"_s, includes);
    }
    QJsonObject meta{{u"result_count"_s, int(page.size())}};
    if (more)
        meta.insert(u"next_token"_s, pageToken('D', page.constLast()->id));
    answer.insert(u"meta"_s, meta);
    return Response::json(answer);
}

Response XRoutes::getDmEvents(const Request &request, const QString &userId)
{
    return listDmEvents(request, userId, [](const XDmEvent &) { return true; });
}

Response XRoutes::getConversationEvents(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!conversationIdPattern().match(id).hasMatch()) {
        return xproblem::invalidRequest({patternIssue(u"id"_s, id, u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s)});
    }
    const XDmConversation *conversation = m_state.findConversation(id);
    const bool isMember =
        conversation ? conversation->participantIds.contains(userId) : id.split(u'-').contains(userId);
    if (!isMember)
        return xproblem::forbidden(u"You are not a participant of this conversation."_s);
    return listDmEvents(request, userId, [id](const XDmEvent &event) { return event.conversationId == id; });
}

Response XRoutes::getParticipantEvents(const Request &request, const QString &userId)
{
    const QString participant = request.param(u"participant_id"_s);
    if (!isXId(participant))
        return idPatternProblem(u"participant_id"_s, participant);
    if (participant == userId)
        return xproblem::invalidRequest(u"The participant must be someone else."_s, u"participant_id"_s, participant);
    const QString id = XState::directConversationId(userId, participant);
    return listDmEvents(request, userId, [id](const XDmEvent &event) { return event.conversationId == id; });
}

std::variant<XRoutes::DmContent, Response> XRoutes::readMessage(const QJsonValue &value, const QString &senderId,
                                                                const QString &where) const
{
    if (!value.isObject())
        return xproblem::invalidRequest(u"%1 must be an object with text or attachments."_s.arg(where), where);
    const QJsonObject object = value.toObject();
    QList<Issue> issues = unknownKeys(object, {u"text"_s, u"attachments"_s}, where);
    DmContent message;
    const QJsonValue text = object.value(u"text"_s);
    if (!text.isUndefined()) {
        if (!text.isString() || text.toString().isEmpty()) {
            issues << Issue{u"The `text` field must be a string of at least one character."_s, u"text"_s, {}};
        } else {
            message.text = text.toString();
            const TextCount count = TextRules::x(TextRules::Mode::DirectMessage).count(message.text);
            if (!count.valid) {
                issues << Issue{
                    u"The `text` field is too long: %1 of %2 characters."_s.arg(count.length).arg(count.limit),
                    u"text"_s,
                    {}};
            }
        }
    }
    const QJsonValue attachments = object.value(u"attachments"_s);
    if (!attachments.isUndefined()) {
        const QJsonArray list = attachments.toArray();
        if (!attachments.isArray() || list.size() > 1) {
            issues << Issue{u"The `attachments` field takes at most one media item."_s, u"attachments"_s, {}};
        } else if (!list.isEmpty()) {
            const QJsonObject item = list.first().toObject();
            const QString mediaId = item.value(u"media_id"_s).toString();
            if (!list.first().isObject() || item.size() != 1 || !isXId(mediaId)) {
                issues << Issue{u"An attachment must be {\"media_id\": \"<id>\"}."_s, u"attachments"_s, {}};
            } else if (const QString problem = m_state.mediaProblem(mediaId, senderId); !problem.isEmpty()) {
                issues << Issue{problem, u"media_id"_s, mediaId};
            } else {
                message.mediaId = mediaId;
            }
        }
    }
    if (issues.isEmpty() && message.text.isEmpty() && message.mediaId.isEmpty())
        issues << Issue{u"A message needs text or an attachment."_s, where, {}};
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);
    return message;
}

Response XRoutes::sendMessage(const QString &conversationId, const QString &senderId, const DmContent &message)
{
    const QString eventId = m_state.appendMessage(conversationId, senderId, message);
    return created(QJsonObject{{u"dm_conversation_id"_s, conversationId}, {u"dm_event_id"_s, eventId}});
}

Response XRoutes::sendToParticipant(const Request &request, const QString &userId)
{
    const QString participant = request.param(u"participant_id"_s);
    if (!isXId(participant))
        return idPatternProblem(u"participant_id"_s, participant);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    const auto message = readMessage(body, userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;
    if (participant == userId)
        return xproblem::invalidRequest(u"You cannot send a direct message to yourself."_s, u"participant_id"_s,
                                        participant);
    if (!m_state.findUser(participant)) {
        return xproblem::resourceNotFound(u"participant_id"_s, participant, u"user"_s,
                                          u"Could not find user with participant_id: [%1]."_s.arg(participant));
    }
    return sendMessage(m_state.ensureDirectConversation(userId, participant), userId, std::get<DmContent>(message));
}

Response XRoutes::sendToConversation(const Request &request, const QString &userId)
{
    const QString id = request.param(u"dm_conversation_id"_s);
    if (!conversationIdPattern().match(id).hasMatch()) {
        return xproblem::invalidRequest(
            {patternIssue(u"dm_conversation_id"_s, id, u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s)});
    }
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    const auto message = readMessage(body, userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;

    QString conversationId = id;
    if (const XDmConversation *conversation = m_state.findConversation(id)) {
        if (!conversation->participantIds.contains(userId))
            return xproblem::forbidden(u"You are not a participant of this conversation."_s);
    } else {
        // A 1:1 conversation exists as soon as one of the two writes into it.
        const QStringList pair = id.split(u'-');
        if (pair.size() != 2 || !pair.contains(userId) || !m_state.findUser(pair.at(0)) || !m_state.findUser(pair.at(1))
            || pair.at(0) == pair.at(1) || id != XState::directConversationId(pair.at(0), pair.at(1)))
            return xproblem::forbidden(u"You are not a participant of this conversation."_s);
        conversationId = m_state.ensureDirectConversation(pair.at(0), pair.at(1));
    }
    return sendMessage(conversationId, userId, std::get<DmContent>(message));
}

Response XRoutes::createGroup(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues =
        unknownKeys(body, {u"conversation_type"_s, u"participant_ids"_s, u"message"_s}, u"the request body"_s);
    const QJsonValue type = body.value(u"conversation_type"_s);
    if (type.toString() != u"Group") {
        issues << Issue{u"The `conversation_type` field value [%1] is not one of [Group]"_s.arg(
                            type.isString() ? type.toString().left(40) : u"(missing)"_s),
                        u"conversation_type"_s, type.toString()};
    }
    QStringList participants;
    const QJsonValue ids = body.value(u"participant_ids"_s);
    const QJsonArray list = ids.toArray();
    if (!ids.isArray() || list.size() < 2 || list.size() > 49) {
        issues << Issue{u"The `participant_ids` field must list 2 to 49 user ids."_s, u"participant_ids"_s, {}};
    } else {
        for (const QJsonValue &value : list) {
            const QString id = value.toString();
            if (!value.isString() || !isXId(id) || participants.contains(id) || id == userId || !m_state.findUser(id)) {
                issues << Issue{u"The `participant_ids` value [%1] is not a valid other user."_s.arg(id.left(40)),
                                u"participant_ids"_s, id};
                break;
            }
            participants << id;
        }
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);
    const auto message = readMessage(body.value(u"message"_s), userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;

    const auto [conversationId, eventId] = m_state.openGroup(userId, participants, std::get<DmContent>(message));
    return created(QJsonObject{{u"dm_conversation_id"_s, conversationId}, {u"dm_event_id"_s, eventId}});
}

// ---- Posts: the mention and author timelines ----

Response XRoutes::getMentions(const Request &request, const QString &)
{
    return listPosts(request, PostTimeline::Mentions);
}

Response XRoutes::getUserPosts(const Request &request, const QString &)
{
    return listPosts(request, PostTimeline::Authored);
}

Response XRoutes::listPosts(const Request &request, PostTimeline timeline)
{
    const bool mentionTimeline = timeline == PostTimeline::Mentions;
    const QString id = request.param(u"id"_s);
    if (!isXId(id))
        return idPatternProblem(u"id"_s, id);
    QueryRules rules{
        {{u"tweet.fields"_s, tweetFieldNames},
         {u"expansions"_s, tweetExpansionNames},
         {u"media.fields"_s, mediaFieldNames},
         {u"poll.fields"_s, pollFieldNames},
         {u"user.fields"_s, userFieldNames},
         {u"place.fields"_s, placeFieldNames}},
        {u"since_id"_s, u"until_id"_s, u"max_results"_s, u"pagination_token"_s, u"start_time"_s, u"end_time"_s}};
    if (!mentionTimeline)
        rules.lists.insert(u"exclude"_s, {u"replies"_s, u"retweets"_s});
    if (auto problem = checkQuery(request, rules))
        return *problem;

    QList<Issue> issues;
    quint64 sinceId = 0;
    quint64 untilId = std::numeric_limits<quint64>::max();
    for (const QString &key : {u"since_id"_s, u"until_id"_s}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const QString value = request.queryValue(key);
        if (!isXId(value))
            issues << patternIssue(key, value, u"^[0-9]{1,19}$"_s);
        else if (key == u"since_id")
            sinceId = xIdValue(value);
        else
            untilId = xIdValue(value);
    }
    int maxResults = 10;
    if (request.query.hasQueryItem(u"max_results"_s)) {
        bool ok = false;
        const QString text = request.queryValue(u"max_results"_s);
        maxResults = text.toInt(&ok);
        if (!ok || maxResults < 5 || maxResults > 100) {
            issues << Issue{
                u"The `max_results` query parameter value [%1] is not between 5 and 100"_s.arg(text.left(20)),
                u"max_results"_s, text};
        }
    }
    QDateTime startTime;
    QDateTime endTime;
    for (const QString &key : {u"start_time"_s, u"end_time"_s}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const QString value = request.queryValue(key);
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            issues << Issue{u"The `%1` query parameter value [%2] is not a valid date-time"_s.arg(key, value.left(40)),
                            key, value};
        (key == u"start_time" ? startTime : endTime) = time.toUTC();
    }
    const char tokenKind = mentionTimeline ? 'M' : 'T';
    if (request.query.hasQueryItem(u"pagination_token"_s)) {
        const QString token = request.queryValue(u"pagination_token"_s);
        if (const auto last = readPageToken(tokenKind, token))
            untilId = std::min(untilId, xIdValue(*last));
        else
            issues << Issue{u"The `pagination_token` query parameter value [%1] is not valid"_s.arg(token.left(64)),
                            u"pagination_token"_s, token};
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    const XUser *subject = m_state.findUser(id);
    if (!subject) {
        return Response::json(
            QJsonObject{{u"errors"_s, QJsonArray{xproblem::resourceNotFoundEntry(
                                          u"id"_s, id, u"user"_s, u"Could not find user with id: [%1]."_s.arg(id))}}});
    }
    const bool noReplies = request.queryValue(u"exclude"_s).split(u',').contains(u"replies"_s);

    QList<const XPost *> page;
    bool more = false;
    int reachable = 0;
    for (auto it = m_state.posts().crbegin(); it != m_state.posts().crend(); ++it) {
        const XPost &post = *it;
        if (mentionTimeline ? !m_state.mentions(post, *subject) : post.authorId != subject->id)
            continue;
        if (noReplies && !post.inReplyToPostId.isEmpty())
            continue;
        // Only the 800 most recent mentions (API-NOTES X-2) and 3,200 most recent posts can be reached.
        if (++reachable > (mentionTimeline ? maxReachableMentions : maxReachablePosts))
            break;
        const quint64 value = xIdValue(post.id);
        if (value <= sinceId)
            break;
        if (value >= untilId || (startTime.isValid() && post.createdAt < startTime)
            || (endTime.isValid() && post.createdAt >= endTime))
            continue;
        if (page.size() == maxResults) {
            more = true;
            break;
        }
        page.append(&post);
    }

    const XRender::Selection wanted = selection(request);
    QJsonObject answer;
    QJsonObject meta{{u"result_count"_s, int(page.size())}};
    if (!page.isEmpty()) {
        QJsonArray data;
        for (const XPost *post : std::as_const(page))
            data.append(m_render.post(*post, wanted.postFields));
        answer.insert(u"data"_s, data);
        const QJsonObject includes = m_render.postIncludes(page, wanted);
        if (!includes.isEmpty())
            answer.insert(u"includes"_s, includes);
        meta.insert(u"newest_id"_s, page.constFirst()->id);
        meta.insert(u"oldest_id"_s, page.constLast()->id);
        if (more)
            meta.insert(u"next_token"_s, pageToken(tokenKind, page.constLast()->id));
    }
    answer.insert(u"meta"_s, meta);
    return Response::json(answer);
}

// ---- Posts: creating one ----

Response XRoutes::createPost(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues = unknownKeys(body, postBodyKeys, u"the request body"_s);

    XPost post;
    post.authorId = userId;
    const QJsonValue text = body.value(u"text"_s);
    if (!text.isUndefined() && !text.isString())
        issues << Issue{u"The `text` field must be a string."_s, u"text"_s, {}};
    post.text = text.toString();

    const QJsonValue media = body.value(u"media"_s);
    if (!media.isUndefined()) {
        const QJsonObject object = media.toObject();
        issues << unknownKeys(object,
                              {u"media_ids"_s, u"tagged_user_ids"_s, u"call_to_actions"_s, u"description"_s,
                               u"embeddable"_s, u"preview_media_id"_s, u"title"_s},
                              u"media"_s);
        const QJsonArray ids = object.value(u"media_ids"_s).toArray();
        if (!media.isObject() || !object.value(u"media_ids"_s).isArray() || ids.isEmpty() || ids.size() > 4) {
            issues << Issue{u"The `media.media_ids` field must list 1 to 4 media ids."_s, u"media.media_ids"_s, {}};
        } else {
            int videos = 0;
            for (const QJsonValue &value : ids) {
                const QString id = value.toString();
                if (!value.isString() || !isXId(id) || !m_state.mediaProblem(id, userId).isEmpty()) {
                    issues << Issue{XState::unknownMediaProblem(), u"media.media_ids"_s, id};
                    break;
                }
                if (m_state.findMedia(id)->type() != u"photo")
                    ++videos;
                post.mediaIds << id;
            }
            // Up to 4 photos, or 1 GIF, or 1 video (API-NOTES X-3).
            if (videos > 0 && post.mediaIds.size() > 1)
                issues << Issue{u"A post may carry 4 photos, or 1 GIF, or 1 video."_s, u"media.media_ids"_s, {}};
        }
    }

    const TextCount count = TextRules::x(TextRules::Mode::Post).count(post.text);
    if (post.text.isEmpty() && post.mediaIds.isEmpty() && issues.isEmpty())
        issues << Issue{u"The post needs text or media."_s, u"text"_s, {}};
    else if (!post.text.isEmpty() && count.problem == TextCount::Problem::TooLong)
        issues << Issue{
            u"The text is too long: %1 of %2 weighted characters."_s.arg(count.length).arg(count.limit), u"text"_s, {}};
    else if (!post.text.isEmpty() && !count.valid)
        issues << Issue{u"The text contains characters X does not accept."_s, u"text"_s, {}};

    const QJsonValue quote = body.value(u"quote_tweet_id"_s);
    if (!quote.isUndefined()) {
        if (!quote.isString() || !isXId(quote.toString()) || !m_state.findPost(quote.toString()))
            issues << Issue{u"The quoted post does not exist."_s, u"quote_tweet_id"_s, quote.toString()};
        else
            post.quotedPostId = quote.toString();
    }
    const QJsonValue settings = body.value(u"reply_settings"_s);
    if (!settings.isUndefined()
        && !QStringList{u"following"_s, u"mentionedUsers"_s, u"subscribers"_s, u"verified"_s}.contains(
            settings.toString()))
        issues << Issue{u"The `reply_settings` value is not one of [following,mentionedUsers,subscribers,verified]"_s,
                        u"reply_settings"_s, settings.toString()};

    const QJsonValue reply = body.value(u"reply"_s);
    QString replyTo;
    if (!reply.isUndefined()) {
        const QJsonObject object = reply.toObject();
        issues << unknownKeys(
            object, {u"in_reply_to_tweet_id"_s, u"exclude_reply_user_ids"_s, u"auto_populate_reply_metadata"_s},
            u"reply"_s);
        replyTo = object.value(u"in_reply_to_tweet_id"_s).toString();
        if (!reply.isObject() || !isXId(replyTo)) {
            issues << Issue{u"The `reply.in_reply_to_tweet_id` field must be a post id."_s,
                            u"reply.in_reply_to_tweet_id"_s, replyTo};
        }
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    if (!replyTo.isEmpty()) {
        const XPost *target = m_state.findPost(replyTo);
        if (!target)
            return xproblem::forbidden(u"You attempted to reply to a Tweet that is deleted or not visible to you."_s);
        if (!m_state.mayReply(userId, *target))
            return xproblem::forbidden(replyNotAllowed);
        post.inReplyToPostId = replyTo;
    }
    for (auto it = m_state.posts().crbegin(); it != m_state.posts().crend(); ++it) {
        if (it->authorId != userId)
            continue;
        if (it->text == post.text && it->mediaIds.isEmpty() && post.mediaIds.isEmpty())
            return xproblem::forbidden(u"You are not allowed to create a Tweet with duplicate content."_s);
        break;
    }
    const QString id = m_state.insertPost(post);
    return created(QJsonObject{
        {u"id"_s, id}, {u"text"_s, XRender::wireText(post.text)}, {u"edit_history_tweet_ids"_s, QJsonArray{id}}});
}

// ---- Media upload (initialize, append, finalize, STATUS) ----

Response XRoutes::initializeUpload(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues =
        unknownKeys(body, {u"media_type"_s, u"total_bytes"_s, u"media_category"_s, u"shared"_s, u"additional_owners"_s},
                    u"the request body"_s);
    const QString type = body.value(u"media_type"_s).toString();
    if (!XMedia::mimeTypes().contains(type))
        issues << Issue{u"The `media_type` value [%1] is not supported."_s.arg(type.left(60)), u"media_type"_s, type};
    const QJsonValue totalValue = body.value(u"total_bytes"_s);
    const double total = totalValue.toDouble(-1);
    // The spec's maximum, 16 GiB; checked before any conversion, which would overflow on 1e300.
    if (!totalValue.isDouble() || !(total >= 1 && total <= 17179869184.0) || std::floor(total) != total)
        issues << Issue{u"The `total_bytes` field must be a positive whole number."_s, u"total_bytes"_s, {}};
    const QJsonValue categoryValue = body.value(u"media_category"_s);
    const QString category = categoryValue.isUndefined() ? XMedia::defaultCategory(type) : categoryValue.toString();
    if (!XMedia::categories().contains(category))
        issues << Issue{u"The `media_category` value [%1] is not one of [%2]"_s.arg(category.left(40),
                                                                                    XMedia::categories().join(u',')),
                        u"media_category"_s, category};
    QStringList owners;
    const QJsonValue additional = body.value(u"additional_owners"_s);
    if (!additional.isUndefined()) {
        for (const QJsonValue &value : additional.toArray()) {
            if (!value.isString() || !m_state.findUser(value.toString())) {
                issues << Issue{u"An additional owner is not a user."_s, u"additional_owners"_s, value.toString()};
                break;
            }
            owners << value.toString();
        }
        if (!additional.isArray())
            issues << Issue{u"The `additional_owners` field must be a list of user ids."_s, u"additional_owners"_s, {}};
    }
    if (!body.value(u"shared"_s).isUndefined() && !body.value(u"shared"_s).isBool())
        issues << Issue{u"The `shared` field must be true or false."_s, u"shared"_s, {}};
    if (issues.isEmpty()) {
        const auto limit = XMedia::categoryLimit(category, type);
        if (!limit)
            issues << Issue{u"The category %1 does not take %2 files."_s.arg(category, type), u"media_category"_s,
                            category};
        else if (qint64(total) > *limit)
            issues << Issue{u"The file is too large for %1: at most %2 bytes."_s.arg(category).arg(*limit),
                            u"total_bytes"_s, QString::number(qint64(total))};
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    const QString id = m_state.startUpload(userId, owners, type, category, qint64(total));
    return uploadAnswer(m_render.upload(*m_state.findMedia(id), false));
}

Response XRoutes::appendUpload(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!isXId(id))
        return idPatternProblem(u"id"_s, id);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    const XMedia *media = m_state.findMedia(id);
    if (!media || !media->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"id"_s, id, u"media"_s, u"Could not find media with id: [%1]."_s.arg(id));
    if (media->state != XMedia::State::Uploading)
        return xproblem::invalidRequest(u"The upload is already finalized."_s, u"id"_s, id);

    QByteArray chunk;
    QString segment;
    const QByteArray type = request.headers.value("content-type");
    if (type.trimmed().toLower().startsWith("application/json")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const auto decoded = QByteArray::fromBase64Encoding(body.value(u"media"_s).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return xproblem::invalidRequest(u"The `media` field must be base64."_s, u"media"_s);
        chunk = *decoded;
        const QJsonValue index = body.value(u"segment_index"_s);
        segment = index.isDouble() ? QString::number(index.toInt(-1)) : index.toString();
    } else {
        const auto form = XMultipart::parse(type, request.body);
        if (!form)
            return xproblem::invalidRequest(u"The body must be multipart/form-data with media and segment_index."_s);
        const XMultipart::Part *file = form->part("media");
        const XMultipart::Part *index = form->part("segment_index");
        if (!file || !index)
            return xproblem::invalidRequest(u"The fields media and segment_index are both required."_s);
        chunk = file->data;
        segment = QString::fromLatin1(index->data.trimmed());
    }
    bool ok = false;
    const int index = segment.toInt(&ok);
    if (!ok || index < 0 || index > maxSegmentIndex || segment.size() > 3)
        return xproblem::invalidRequest(
            u"The `segment_index` value [%1] is not between 0 and 999"_s.arg(segment.left(8)), u"segment_index"_s,
            segment);
    if (chunk.isEmpty() || chunk.size() > maxSegmentBytes)
        return xproblem::invalidRequest(u"A segment must hold 1 byte to 5 MB."_s, u"media"_s);
    if (!m_state.appendSegment(id, index, chunk))
        return xproblem::invalidRequest(u"The segments are larger than total_bytes."_s, u"media"_s);
    // Looked up again: the changes may have moved it.
    return uploadAnswer(QJsonObject{{u"expires_at"_s, m_state.findMedia(id)->expiresAt.toSecsSinceEpoch()}});
}

Response XRoutes::finalizeUpload(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!isXId(id))
        return idPatternProblem(u"id"_s, id);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    const XMedia *media = m_state.findMedia(id);
    if (!media || !media->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"id"_s, id, u"media"_s, u"Could not find media with id: [%1]."_s.arg(id));
    if (!m_state.finalizeUpload(id))
        return xproblem::invalidRequest(u"Segments do not add up to provided total file size."_s, u"id"_s, id);
    return uploadAnswer(m_render.upload(*m_state.findMedia(id), false));
}

Response XRoutes::uploadStatus(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, QueryRules{{}, {u"command"_s, u"media_id"_s}}))
        return *problem;
    const QString command = request.queryValue(u"command"_s);
    if (request.query.hasQueryItem(u"command"_s) && command != u"STATUS")
        return xproblem::invalidRequest(
            u"The `command` query parameter value [%1] is not one of [STATUS]"_s.arg(command.left(20)), u"command"_s,
            command);
    const QString id = request.queryValue(u"media_id"_s);
    if (!isXId(id))
        return idPatternProblem(u"media_id"_s, id);
    const XMedia *media = m_state.findMedia(id);
    if (!media || !media->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"media_id"_s, id, u"media"_s,
                                          u"Could not find media with id: [%1]."_s.arg(id));
    if (media->state == XMedia::State::Uploading)
        return xproblem::invalidRequest(u"The upload has not been finalized."_s, u"media_id"_s, id);
    m_state.pollUpload(id);
    return uploadAnswer(m_render.upload(*m_state.findMedia(id), true));
}

} // namespace starling::sandbox
