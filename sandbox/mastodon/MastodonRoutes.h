// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QString>

namespace starling::sandbox {

class LoopbackServer;
class MastodonRateLimits;
class MastodonRender;
class MastodonState;
class MastodonStreaming;

/**
 * The HTTP endpoints of the sandbox Mastodon server (MastodonServer lists them). Apps, OAuth and
 * the instance need no token. Every API request is authenticated by its bearer token, checked
 * against the scope its endpoint needs (403 outside it), counted against the account's rate
 * limits (MastodonRateLimits, 429 when out, the X-RateLimit-* headers always), read as Mastodon
 * reads it (mastodonrequest), turned into operations on the world (MastodonState) and answered in
 * Mastodon's wire format (MastodonRender) or with {"error": "…"}. An API handler that throws
 * answers 500; the server never stops answering.
 */
class MastodonRoutes final
{
public:
    /** Adds the endpoints to @p server. The others must outlive the routes. */
    MastodonRoutes(LoopbackServer &server, MastodonState &state, const MastodonRender &render,
                   MastodonRateLimits &limits, const MastodonStreaming &streaming);
    Q_DISABLE_COPY_MOVE(MastodonRoutes)

private:
    using Handler = Response (MastodonRoutes::*)(const Request &, const QString &accountId);
    using OpenHandler = Response (MastodonRoutes::*)(const Request &);

    /** An endpoint anyone may call: apps, OAuth and the instance. */
    void addOpenRoute(const QByteArray &method, const QString &pattern, OpenHandler handler);
    /** An API endpoint that needs a token with @p scope. */
    void addRoute(const QByteArray &method, const QString &pattern, Handler handler, const QString &scope);
    /** Authentication, the scope, the rate limits and their headers, and a 500 for whatever a handler throws. */
    Response serve(const Request &request, Handler handler, const QString &scope, bool media);

    // Apps, OAuth and the instance
    Response wellKnown(const Request &request);
    Response createApp(const Request &request);
    Response authorize(const Request &request);
    Response token(const Request &request);
    Response revoke(const Request &request);
    Response instanceV2(const Request &request);
    Response instanceV1(const Request &request);

    // Accounts
    Response verifyCredentials(const Request &request, const QString &me);
    Response lookup(const Request &request, const QString &me);
    Response getAccount(const Request &request, const QString &me);
    Response accountStatuses(const Request &request, const QString &me);

    // Conversations, statuses and notifications
    Response listConversations(const Request &request, const QString &me);
    Response readConversation(const Request &request, const QString &me);
    Response getStatus(const Request &request, const QString &me);
    Response getContext(const Request &request, const QString &me);
    Response createStatus(const Request &request, const QString &me);
    Response listNotifications(const Request &request, const QString &me);

    // Media
    Response uploadMedia(const Request &request, const QString &me);
    Response getMedia(const Request &request, const QString &me);

    LoopbackServer &m_server;
    MastodonState &m_state;
    const MastodonRender &m_render;
    MastodonRateLimits &m_limits;
    const MastodonStreaming &m_streaming;
};

} // namespace starling::sandbox
