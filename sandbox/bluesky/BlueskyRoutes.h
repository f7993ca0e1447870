// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyTypes.h"
#include "HttpTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

namespace starling::sandbox {

class BlueskyRender;
class BlueskyState;
class LoopbackServer;

/**
 * Fixed-window rate limits of the sandbox Bluesky server (API-NOTES B-4): one window per account
 * (or per IP for unauthenticated calls) for every request, and createSession's own 30 per 5
 * minutes per account. Announced in RateLimit-Limit/Remaining/Reset (epoch seconds)/Policy.
 */
class BlueskyRateLimits final
{
public:
    static constexpr int defaultLimit = 3000;
    static constexpr std::chrono::seconds defaultWindow{5 * 60};
    static constexpr int sessionLimit = 30;
    static constexpr std::chrono::seconds sessionWindow{5 * 60};

    struct Window
    {
        int limit = 0;
        int used = 0;
        QDateTime reset;
        std::chrono::seconds length{0};
        HttpHeaders headers() const;
    };

    void setLimit(int limit, std::chrono::seconds window);
    /** Counts one request against @p key's window; false when none is left. */
    bool take(const QString &key, bool createSession, const QDateTime &now, Window &shown);
    void exhaust(const QString &key, const QDateTime &now);

private:
    struct State
    {
        int used = 0;
        QDateTime reset;
    };
    bool take(const QString &key, int limit, std::chrono::seconds window, const QDateTime &now, Window &shown);

    int m_limit = defaultLimit;
    std::chrono::seconds m_window = defaultWindow;
    QHash<QString, State> m_states;
};

/**
 * The XRPC endpoints of the sandbox Bluesky server at /xrpc/<nsid> (BlueskyServer lists them).
 * Each is a query (GET) or a procedure (POST with a JSON body, or raw bytes for uploadBlob);
 * authenticated by an access JWT (refreshSession and deleteSession by the refresh JWT); counted
 * against the rate limits; chat.bsky.* calls also need a privileged token and the atproto-proxy
 * header of the chat service. Errors are {"error": Name, "message": …} with the status the PDS
 * uses. A handler that throws answers 500; the server never stops answering.
 */
class BlueskyRoutes final
{
public:
    static constexpr auto chatProxy = "did:web:api.bsky.chat#bsky_chat";

    BlueskyRoutes(LoopbackServer &server, BlueskyState &state, const BlueskyRender &render, BlueskyRateLimits &limits);
    Q_DISABLE_COPY_MOVE(BlueskyRoutes)

private:
    enum class Auth
    {
        None,
        Access,
        Refresh,
    };
    struct Call
    {
        const Request &request;
        QString did; ///< the caller, or empty for Auth::None
        QByteArray jwt;
    };
    using Handler = Response (BlueskyRoutes::*)(const Call &);

    void add(const QString &nsid, bool procedure, Auth auth, Handler handler);
    Response serve(const Request &request, const QString &nsid, bool procedure, Auth auth, Handler handler);

    // Sessions and identity
    Response createSession(const Call &call);
    Response refreshSession(const Call &call);
    Response deleteSession(const Call &call);
    Response getSession(const Call &call);
    Response resolveHandle(const Call &call);
    Response getProfile(const Call &call);
    Response getProfiles(const Call &call);

    // Repository
    Response createRecord(const Call &call);
    Response putRecord(const Call &call);
    Response deleteRecord(const Call &call);
    Response getRecord(const Call &call);
    Response uploadBlob(const Call &call);

    // Notifications and feeds
    Response listNotifications(const Call &call);
    Response updateSeen(const Call &call);
    Response getUnreadCount(const Call &call);
    Response getPostThread(const Call &call);
    Response getPosts(const Call &call);
    Response getAuthorFeed(const Call &call);

    // Chat
    Response listConvos(const Call &call);
    Response getConvo(const Call &call);
    Response getConvoForMembers(const Call &call);
    Response getConvoAvailability(const Call &call);
    Response getMessages(const Call &call);
    Response getLog(const Call &call);
    Response sendMessage(const Call &call);
    Response sendMessageBatch(const Call &call);
    Response updateRead(const Call &call);
    Response updateAllRead(const Call &call);
    Response acceptConvo(const Call &call);
    Response deleteMessageForSelf(const Call &call);
    Response muteConvo(const Call &call);
    Response unmuteConvo(const Call &call);

    Response image(const Request &request);

    LoopbackServer &m_server;
    BlueskyState &m_state;
    const BlueskyRender &m_render;
    BlueskyRateLimits &m_limits;
};

} // namespace starling::sandbox
