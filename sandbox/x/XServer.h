// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XRateLimits.h"
#include "XTypes.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace starling::sandbox {

class LoopbackServer;
class XRender;
class XRoutes;
class XState;

/**
 * A stateful X API v2 server on the loopback kit, for the tests and `starling --demo`: users,
 * DM conversations (1:1 and group), DM events, mentions, posts and replies, and media uploads,
 * with the answers' shapes of the official spec (v2.166, tweet.* names), X's paging, X's
 * per-endpoint rate limits and headers, and X's problem format for every refusal
 * (API-NOTES X-2 … X-6).
 *
 * Endpoints: GET /2/users/me, /2/users/{id}, /2/users/by/username/{username};
 * GET /2/dm_events, /2/dm_conversations/{id}/dm_events,
 * /2/dm_conversations/with/{participant_id}/dm_events;
 * POST /2/dm_conversations/with/{participant_id}/messages,
 * /2/dm_conversations/{dm_conversation_id}/messages, /2/dm_conversations;
 * GET /2/users/{id}/mentions, /2/users/{id}/tweets (the outbox's check for a post whose sending
 * ended unknown); POST /2/tweets; POST /2/media/upload/initialize,
 * /2/media/upload/{id}/append, /2/media/upload/{id}/finalize; GET /2/media/upload (STATUS).
 *
 * What it does as X does:
 * - every request needs `Authorization: Bearer <token>` with a token from addToken() that has not
 *   been expired; otherwise 401. The token decides who "me" is.
 * - unknown query parameters, unknown field names, out-of-range numbers, malformed ids and
 *   bodies with unknown or mistyped fields get a 400 invalid-request problem.
 * - DM events come newest first and carry only id, event_type and text (participant_ids on
 *   join/leave) unless dm_event.fields asks for more; includes.* appear only for the requested
 *   expansions. Paging uses opaque next_token values and max_results.
 * - a DM may carry one media item that its sender uploaded and that has not expired (24 h).
 * - a reply is accepted only when the author of the post being answered mentioned or quoted the
 *   replier (X's rule since 2026-02-23); otherwise 403.
 * - every answer to an authenticated request carries x-rate-limit-limit/remaining/reset for that
 *   endpoint and user; an exhausted window answers 429 with a problem until its reset.
 * - ids are 19-digit snowflake-like strings that grow with time; a 1:1 conversation's id is
 *   "<smaller user id>-<larger user id>".
 *
 * It never crashes and never hangs on any input: whatever a client sends gets an answer.
 * The seed methods (deliverDirectMessage(), mention(), …) make other people act as they would on
 * X, through the same code the endpoints use; the inspect methods show what clients sent.
 *
 * The parts: XState is the world (people, tokens, conversations, events, posts, media) and its
 * operations; XRoutes the endpoints (authentication, rate limits, reading requests with XRequest,
 * paging); XRender the JSON of X's wire format; XProblem the error answers. This class puts them
 * together on a LoopbackServer.
 */
class XServer final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /** How long an uploaded media id can be used (API-NOTES X-2: 24 hours). */
    static constexpr qint64 mediaLifetimeSecs = XMedia::lifetimeSecs;

    explicit XServer(QObject *parent = nullptr);
    ~XServer() override;
    Q_DISABLE_COPY_MOVE(XServer)

    /** Listens on 127.0.0.1 on a port the system picks, or on @p port (see LoopbackServer::listen()). */
    bool listen(quint16 port = 0);
    void close();
    quint16 port() const;
    /** "http://127.0.0.1:<port>": XClient::Config::apiBase. */
    QUrl baseUrl() const;
    /** The underlying server: its request record and fault injection. */
    LoopbackServer &http() { return *m_server; }
    const LoopbackServer &http() const { return *m_server; }

    /** The server's clock (ids, created_at, rate-limit windows, media expiry); the wall clock by default. */
    void setClock(Clock clock);
    QDateTime now() const;

    // ---- People and tokens ----

    /** Adds a person and returns their new id; empty if the username is invalid or taken. */
    QString addUser(const QString &username, const QString &name = {});
    /** Adds a person with the given fields (an empty id picks one); returns the id or empty. */
    QString addUser(XUser user);
    std::optional<XUser> user(const QString &id) const;
    /** Case-insensitive, with or without a leading @. */
    std::optional<XUser> userByUsername(const QString &username) const;
    /** The account the sandbox is "signed in" as, for the demo: addToken() without a user issues its tokens. */
    void setOwnUser(const QString &userId);
    QString ownUserId() const;

    /**
     * Makes @p token (a random one when empty) a valid access token of @p userId (the own user
     * when empty) and returns it; empty when the user does not exist.
     */
    QByteArray addToken(const QString &userId = {}, const QByteArray &token = {});
    /** The token now answers 401, as an access token does after its two hours. */
    void expireToken(const QByteArray &token);
    /** The "expire now" switch: every token issued so far answers 401 from now on. */
    void expireAllTokens();
    bool isTokenValid(const QByteArray &token) const;

    // ---- What other people do (seeding), through the same code the endpoints run ----

    /**
     * @p fromUserId writes a DM to @p toUserId (creating their 1:1 conversation if needed), with
     * an optional media item uploaded by the sender (see addMedia()). Returns the event id, or
     * empty when a user, the text or the media is not acceptable.
     */
    QString deliverDirectMessage(const QString &fromUserId, const QString &toUserId, const QString &text,
                                 const QString &mediaId = {});
    /** @p senderId writes into an existing conversation they take part in; returns the event id. */
    QString postToConversation(const QString &senderId, const QString &conversationId, const QString &text,
                               const QString &mediaId = {});
    /** @p creatorId starts a group with @p participantIds (2..49, without the creator); returns its id. */
    QString createGroupConversation(const QString &creatorId, const QStringList &participantIds, const QString &text);
    /**
     * @p authorId publishes a post, optionally a reply or a quote. Seeded posts skip the reply
     * rule (it binds API clients). Returns the post id, or empty when something does not exist.
     */
    QString addPost(const QString &authorId, const QString &text, const QString &inReplyToPostId = {},
                    const QString &quotedPostId = {});
    /** addPost() with "@<username of mentionedUserId> " before @p text: a mention. */
    QString mention(const QString &authorId, const QString &mentionedUserId, const QString &text,
                    const QString &inReplyToPostId = {});
    /**
     * A finished upload of @p bytes by @p ownerId, usable at once; @p category defaults from the
     * MIME type (dm_* is not needed for DMs). Returns the media id, or empty if refused.
     */
    QString addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                     const QString &category = {});

    // ---- What clients did (inspection) ----

    QList<XDmConversation> conversations() const;
    std::optional<XDmConversation> conversation(const QString &id) const;
    /** Events of one conversation (all when empty), oldest first. */
    QList<XDmEvent> dmEvents(const QString &conversationId = {}) const;
    std::optional<XDmEvent> dmEvent(const QString &id) const;
    /** Every post, oldest first. */
    QList<XPost> posts() const;
    std::optional<XPost> post(const QString &id) const;
    /** The posts of one thread (conversation_id), oldest first. */
    QList<XPost> thread(const QString &conversationId) const;
    std::optional<XMedia> media(const QString &id) const;
    /** "<smaller>-<larger>" of two numeric user ids. */
    static QString directConversationId(const QString &userA, const QString &userB);

    // ---- Rate limits (API-NOTES X-5 by default) ----

    /** Sets the limit of one endpoint, e.g. ("GET", "/2/users/{id}/mentions", 3). */
    void setRateLimit(const QByteArray &method, const QString &pattern, int limit,
                      std::chrono::seconds window = XRateLimits::defaultWindow);
    /** The same limit everywhere, for tests that are not about rate limits. */
    void setAllRateLimits(int limit, std::chrono::seconds window = XRateLimits::defaultWindow);
    /** Back to the documented limits, every window closed. */
    void restoreRateLimits();
    /** Uses up @p userId's current window on one endpoint: the next request gets a 429. */
    void exhaustRateLimit(const QByteArray &method, const QString &pattern, const QString &userId);
    XRateLimits::Window rateLimit(const QByteArray &method, const QString &pattern, const QString &userId) const;

    // ---- Media processing ----

    /**
     * Video and GIF uploads answer FINALIZE with "pending" and succeed on the @p statusPolls-th
     * STATUS poll, asking for @p checkAfterSecs between polls (defaults 2 and 1).
     */
    void setMediaProcessing(int statusPolls, int checkAfterSecs);
    /** The media's processing fails at its next STATUS poll. */
    void failMediaProcessing(const QString &mediaId);

Q_SIGNALS:
    /** A DM event was created, by a client or by a seed method. */
    void dmEventCreated(const QString &eventId);
    /** A post was created, by a client or by a seed method. */
    void postCreated(const QString &postId);

private:
    LoopbackServer *m_server = nullptr;
    XState *m_state = nullptr;
    XRateLimits m_limits;
    std::unique_ptr<XRender> m_render;
    std::unique_ptr<XRoutes> m_routes;
};

} // namespace starling::sandbox
