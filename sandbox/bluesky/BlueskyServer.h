// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyRoutes.h"
#include "BlueskyTypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace starling::sandbox {

class BlueskyRender;
class BlueskyState;
class LoopbackServer;

/**
 * A stateful Bluesky server on the loopback kit for the tests and `starling --demo`: one base URL
 * answers as the PDS and as the chat service the PDS proxies to. It speaks XRPC as the lexicons
 * of shared/specs/bluesky-lexicons define it (API-NOTES B-1 … B-6):
 *
 * - com.atproto.server.createSession (identifier: handle, email or DID; the account password or
 *   an app password), refreshSession (with the refresh JWT; both tokens rotate and the used
 *   refresh token dies), deleteSession, getSession. Tokens are HS256 JWTs with sub, scope, iat and
 *   exp. No token: 401 AuthenticationRequired; an unknown one: 400 InvalidToken; an expired or
 *   revoked one: 400 ExpiredToken.
 * - com.atproto.identity.resolveHandle, app.bsky.actor.getProfile/getProfiles.
 * - com.atproto.repo.createRecord (posts validated: 300 graphemes / 3000 bytes, facets within the
 *   UTF-8 text, replies to existing posts with the right cid and root, at most 4 images that are
 *   uploaded blobs; likes, reposts, follows, blocks and the chat declaration too; a client rkey is
 *   honoured and a taken one refused), deleteRecord, getRecord, uploadBlob (images ≤ 2,000,000
 *   bytes, else 400 BlobTooLarge).
 * - app.bsky.notification.listNotifications (reasons, limit, cursor; newest first; isRead from
 *   updateSeen), updateSeen, getUnreadCount; app.bsky.feed.getPostThread, getPosts, getAuthorFeed.
 * - chat.bsky.convo.*: listConvos, getConvo, getConvoForMembers (allowIncoming and blocks
 *   checked), getConvoAvailability, getMessages, getLog (a forward log; the cursor is the last
 *   rev), sendMessage (1000 graphemes / 10,000 bytes; only app.bsky.embed.record embeds;
 *   ConvoLocked), sendMessageBatch, updateRead, updateAllRead, acceptConvo, deleteMessageForSelf,
 *   muteConvo, unmuteConvo. Each needs the header atproto-proxy: did:web:api.bsky.chat#bsky_chat
 *   (without it the PDS would forward to the AppView: 501 MethodNotImplemented) and a token from
 *   the account password or a privileged app password (else 400 InvalidToken "Bad token method").
 * - Rate limits per account (3000 per 5 minutes; createSession 30 per 5 minutes) announced in
 *   RateLimit-Limit/Remaining/Reset/Policy; 429 RateLimitExceeded when out.
 *
 * Seed methods make people act through the same code the endpoints run. Fault injection is on
 * http(), as for the other sandbox servers.
 */
class BlueskyServer final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit BlueskyServer(QObject *parent = nullptr);
    ~BlueskyServer() override;
    Q_DISABLE_COPY_MOVE(BlueskyServer)

    bool listen();
    void close();
    /** "http://127.0.0.1:<port>": the PDS (and the entryway) a client signs in to. */
    QUrl baseUrl() const;
    LoopbackServer &http() { return *m_server; }
    void setClock(Clock clock);
    QDateTime now() const;

    // ---- People, passwords and sessions ----

    /**
     * Adds an account with handle @p handle ("alice.test") and returns its DID, or empty when the
     * handle is invalid or taken. The password defaults to "<handle>-password"; the email is
     * "<first label>@example.com" ("<handle>@example.com" when that is taken).
     */
    QString addAccount(const QString &handle, const QString &displayName = {}, const QString &password = {});
    /** Sets what app.bsky.actor.getProfile shows of @p did. */
    void setProfile(const QString &did, const QString &displayName, const QString &description = {});
    std::optional<BlueskyAccount> account(const QString &did) const;
    /** The DID of a handle, or empty. */
    QString didOf(const QString &handle) const;
    /** Returns a new app password (xxxx-xxxx-xxxx-xxxx) of @p did; privileged ones may use chat. */
    QString addAppPassword(const QString &did, const QString &name, bool privileged);
    /** As the user does in the settings: the password stops working and its sessions die. */
    void revokeAppPassword(const QString &did, const QString &name);
    /** The lifetime of access tokens issued from now on (default 2 hours). */
    void setAccessTokenLifetime(std::chrono::seconds lifetime);
    /** Every access token issued so far answers 400 ExpiredToken from now on. */
    void expireAccessTokens();
    /** Every token of @p did dies (400 ExpiredToken), refresh tokens included. */
    void revokeSessions(const QString &did);
    /** createSession calls so far, refused ones included. */
    int createSessionCount() const;
    /**
     * Signs @p did in as an app does, with a new privileged app password named @p appName, and
     * returns the session's access token (empty when refused). For the demo and the tests that
     * need a signed-in client without going through a sign-in.
     */
    QByteArray signIn(const QString &did, const QString &appName = QStringLiteral("Starling"));

    // ---- The social graph ----

    /** chat.bsky.actor.declaration allowIncoming of @p did: "all", "following" (default) or "none". */
    void setAllowIncoming(const QString &did, const QString &value);
    void follow(const QString &fromDid, const QString &toDid);
    void block(const QString &fromDid, const QString &toDid);

    // ---- What people do (seeding), through the code the endpoints run ----

    /**
     * A post by @p authorDid; "@handle"s of known accounts become mention facets (and
     * notifications); a reply to @p replyToUri notifies the parent's author. Returns its at://
     * URI, or empty when refused.
     */
    QString post(const QString &authorDid, const QString &text, const QString &replyToUri = {});
    /** A post of @p fromDid quoting @p quotedUri (app.bsky.embed.record); returns its URI. */
    QString quote(const QString &fromDid, const QString &quotedUri, const QString &text);
    /** A like of @p uri by @p fromDid; returns the like's URI. */
    QString like(const QString &fromDid, const QString &uri);
    /**
     * A convo of @p memberDids (more than two: a group), without the allowIncoming checks. The first
     * member started it and has it "accepted"; for the others it is a "request" (listed once it has a
     * message) until they accept or reply. Returns its id, or empty with fewer than two known accounts.
     */
    QString createConvo(const QStringList &memberDids);
    /** Returns the message id, or empty when refused. */
    QString sendMessage(const QString &fromDid, const QString &convoId, const QString &text);
    /** Deletes a message for @p did (chat.bsky.convo.deleteMessageForSelf). */
    void deleteMessage(const QString &did, const QString &convoId, const QString &messageId);
    void setConvoLocked(const QString &convoId, bool locked);
    /** "request" or "accepted", as @p did sees the convo. */
    void setConvoStatus(const QString &convoId, const QString &did, const QString &status);

    // ---- Inspection ----

    QList<BlueskyRecord> posts() const;
    std::optional<BlueskyRecord> post(const QString &uri) const;
    std::optional<BlueskyRecord> record(const QString &uri) const;
    QList<BlueskyMessage> messagesOf(const QString &convoId) const;
    std::optional<BlueskyConvo> convo(const QString &convoId) const;
    QList<BlueskyConvo> convosOf(const QString &did) const;
    /** Newest first. */
    QList<BlueskyNotification> notificationsOf(const QString &did) const;
    QList<BlueskyBlob> blobs() const;
    /** Requests received for /xrpc/@p nsid (any method). */
    int requestCount(const QString &nsid) const;

    // ---- Rate limits ----

    void setRateLimit(int limit, std::chrono::seconds window = BlueskyRateLimits::defaultWindow);
    /** Uses up @p did's current window: its next request gets a 429. */
    void exhaustRateLimit(const QString &did);

private:
    LoopbackServer *m_server = nullptr;
    std::unique_ptr<BlueskyState> m_state;
    BlueskyRateLimits m_limits;
    std::unique_ptr<BlueskyRender> m_render;
    std::unique_ptr<BlueskyRoutes> m_routes;
};

} // namespace starling::sandbox
