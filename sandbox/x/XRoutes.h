// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "XState.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <variant>

namespace starling::sandbox {

class LoopbackServer;
class XRateLimits;
class XRender;

/**
 * The endpoints of the sandbox X server (XServer lists them): each request is authenticated by
 * its bearer token, counted against its endpoint's rate limit (XRateLimits), read and checked as
 * X does (XRequest), turned into operations on the world (XState) and answered in X's wire
 * format (XRender) or with X's problem (XProblem). A handler that throws answers 500; the server
 * never stops answering.
 *
 * The handlers are grouped as X's reference groups them: users, DM events (lists and sends),
 * posts (mention and author timelines, creating a post) and the chunked media upload.
 */
class XRoutes final
{
public:
    /** Adds the endpoints to @p server. The others must outlive the routes. */
    XRoutes(LoopbackServer &server, XState &state, const XRender &render, XRateLimits &limits);
    Q_DISABLE_COPY_MOVE(XRoutes)

    /** The name rate limits are kept under: "GET /2/dm_events". */
    static QString endpointName(const QByteArray &method, const QString &pattern);

private:
    using Handler = Response (XRoutes::*)(const Request &, const QString &userId);
    using DmContent = XState::DmContent;

    /** Which posts a timeline lists: those that mention the user, or those the user wrote. */
    enum class PostTimeline
    {
        Mentions,
        Authored,
    };

    void addRoute(const QByteArray &method, const QString &pattern, Handler handler);
    /** Authentication, the rate limit and its headers, and a 500 for whatever a handler throws. */
    Response serve(const QString &endpoint, const Request &request, Handler handler);
    /** The user whose token the request carries; empty when it carries none that is valid. */
    QString authenticate(const Request &request) const;

    // Users
    Response getMe(const Request &request, const QString &userId);
    Response getUser(const Request &request, const QString &userId);
    Response getUserByUsername(const Request &request, const QString &userId);
    Response userAnswer(const Request &request, const XUser *found, const QString &parameter, const QString &value,
                        const QString &detail);

    // DM events
    Response getDmEvents(const Request &request, const QString &userId);
    Response getConversationEvents(const Request &request, const QString &userId);
    Response getParticipantEvents(const Request &request, const QString &userId);
    Response listDmEvents(const Request &request, const QString &userId,
                          const std::function<bool(const XDmEvent &)> &filter);
    Response sendToParticipant(const Request &request, const QString &userId);
    Response sendToConversation(const Request &request, const QString &userId);
    Response createGroup(const Request &request, const QString &userId);
    /** A DM's text and attachment from a request body, checked as X checks them; or a 400. */
    std::variant<DmContent, Response> readMessage(const QJsonValue &value, const QString &senderId,
                                                  const QString &where) const;
    Response sendMessage(const QString &conversationId, const QString &senderId, const DmContent &message);

    // Posts
    Response getMentions(const Request &request, const QString &userId);
    Response getUserPosts(const Request &request, const QString &userId);
    Response listPosts(const Request &request, PostTimeline timeline);
    Response createPost(const Request &request, const QString &userId);

    // Media upload
    Response initializeUpload(const Request &request, const QString &userId);
    Response appendUpload(const Request &request, const QString &userId);
    Response finalizeUpload(const Request &request, const QString &userId);
    Response uploadStatus(const Request &request, const QString &userId);

    LoopbackServer &m_server;
    XState &m_state;
    const XRender &m_render;
    XRateLimits &m_limits;
};

} // namespace starling::sandbox
