// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonRateLimits.h"
#include "MastodonTypes.h"

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

class LoopbackServer;
class MastodonRender;
class MastodonRoutes;
class MastodonState;
class MastodonStreaming;

/**
 * A stateful Mastodon server on the loopback kit, for the tests and `starling --demo`, speaking
 * the wire format of mastodon-openapi.json (API-NOTES M-1 … M-6):
 *
 * - Apps and sign-in: POST /api/v1/apps (a confidential client: id and secret);
 *   GET /.well-known/oauth-authorization-server (404 when setSupportsPkce(false), as before 4.3);
 *   GET /oauth/authorize answers as a user who clicks "Authorize" would: 302 to the redirect URI
 *   with a code (redirect URIs match exactly, except that the port is ignored when both are
 *   loopback IP literals, as Doorkeeper does); POST /oauth/token (authorization_code only, the
 *   client secret always required, the PKCE verifier checked when a challenge was sent; no refresh
 *   token, no expiry); POST /oauth/revoke.
 * - GET /api/v2/instance (and v1), verify_credentials, accounts/:id, accounts/lookup,
 *   accounts/:id/statuses (the author sees their direct statuses too).
 * - Private conversations: a status with visibility direct reaches exactly the accounts its text
 *   mentions; each local participant gets a conversation per thread and set of participants.
 *   GET /api/v1/conversations lists them by last status, newest first, paged by max_id/since_id/
 *   min_id on the last status id and announced in the Link header; statuses/:id and
 *   statuses/:id/context show only what the caller may see (404 otherwise).
 * - Mentions: every local account a status mentions gets a mention notification;
 *   GET /api/v1/notifications with types[]/exclude_types[], limit (40, at most 80), max_id/since_id/
 *   min_id and the Link header.
 * - POST /api/v1/statuses (JSON or form), with Idempotency-Key kept for an hour per account: a
 *   second request with the same key answers with the first status. Validation as Mastodon's: the
 *   length (TextRules::mastodon with this server's limits, content warning included), blank text,
 *   media that is not the caller's, attached elsewhere or still processing (422).
 * - POST /api/v2/media: images answer 200 at once; video, GIF and audio 202 with url null, and
 *   GET /api/v1/media/:id answers 206 until setMediaProcessing()'s polls are done, then 200.
 * - Rate limits per account (300 per 5 minutes; media 30 per 30 minutes), announced in
 *   X-RateLimit-Limit/Remaining/Reset with the reset as ISO-8601 with microseconds; 429 when out.
 * - Errors as {"error": "…"} (and error_description for OAuth).
 * - Streaming: a WebSocket server on its own port (configuration.urls.streaming), at
 *   /api/v1/streaming?stream=user|user:notification|direct, authenticated by the Authorization
 *   header (or Sec-WebSocket-Protocol, or access_token); a bad token is refused at the handshake
 *   with 401. {"type":"subscribe","stream":…} adds streams. Events are {stream, event, payload}
 *   with the payload JSON-encoded a second time: notification, conversation, update. Nothing is
 *   replayed after a reconnection, as on Mastodon.
 *
 * It never crashes and never hangs on any input. Seed methods make other people act through the
 * same code the endpoints run.
 *
 * The parts: MastodonState is the world (settings, accounts, tokens, apps and codes, statuses,
 * notifications, conversations, media) and its operations; MastodonRoutes the HTTP endpoints
 * (authentication, scopes, rate limits with MastodonRateLimits, reading requests with
 * mastodonrequest, error answers); MastodonRender the JSON of Mastodon's entities;
 * MastodonStreaming the WebSocket server and its events. This class puts them together on a
 * LoopbackServer.
 */
class MastodonServer final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    /** What the imagined user does on the authorize page. */
    using Consent = MastodonConsent;
    /** One GET /oauth/authorize as received. */
    using Authorization = MastodonAuthorization;

    static constexpr int defaultRateLimit = MastodonRateLimits::defaultLimit;
    static constexpr std::chrono::seconds defaultRateWindow = MastodonRateLimits::defaultWindow;
    static constexpr int defaultMediaRateLimit = MastodonRateLimits::defaultMediaLimit;
    static constexpr std::chrono::seconds defaultMediaRateWindow = MastodonRateLimits::defaultMediaWindow;

    explicit MastodonServer(QObject *parent = nullptr);
    ~MastodonServer() override;
    Q_DISABLE_COPY_MOVE(MastodonServer)

    /** Listens on 127.0.0.1 (HTTP and streaming, each on a port the system picks). */
    bool listen();
    void close();
    /** "http://127.0.0.1:<port>": MastodonClient::Config::apiBase and the server to sign in to. */
    QUrl baseUrl() const;
    /** "ws://127.0.0.1:<port>", as /api/v2/instance announces it (unless told otherwise). */
    QUrl streamingUrl() const;
    /** What /api/v2/instance (and v1) name as the streaming URL; empty, the default: streamingUrl(). */
    void setAnnouncedStreamingUrl(const QUrl &url);
    LoopbackServer &http() { return *m_server; }

    void setClock(Clock clock);
    QDateTime now() const;

    // ---- The server's settings ----

    /** The WebFinger domain of local accounts (default "sandbox.social"). */
    void setDomain(const QString &domain);
    QString domain() const;
    /** Whether it has PKCE and the discovery document (4.3 and later; default true). */
    void setSupportsPkce(bool supports);
    void setMaxCharacters(int max);
    void setCharactersReservedPerUrl(int length);
    void setMaxMediaAttachments(int max);
    void setConsent(Consent consent);

    // ---- People and tokens ----

    /** Adds an account; returns its id, or empty when the username is invalid or taken. */
    QString addAccount(const QString &username, const QString &displayName = {}, const QString &domain = {});
    QString addAccount(MastodonAccount account);
    std::optional<MastodonAccount> account(const QString &id) const;
    /** By acct: "alice" (local) or "bob@other.example"; a leading @ is allowed. */
    std::optional<MastodonAccount> accountByAcct(const QString &acct) const;
    void setOwnAccount(const QString &id);
    QString ownAccountId() const;

    /** Makes @p token (random when empty) an access token of @p accountId (the own account when empty). */
    QByteArray addToken(const QString &accountId = {}, const QByteArray &token = {}, const QStringList &scopes = {});
    /** The token answers 401 from now on, as after the user removed the app. */
    void revokeToken(const QByteArray &token);
    void revokeAllTokens();
    bool isTokenValid(const QByteArray &token) const;

    // ---- What people do (seeding), through the code the endpoints run ----

    /** A status by @p authorId; mentions are read from the text. Returns its id, or empty if refused. */
    QString post(const QString &authorId, const QString &text, const QString &visibility = QStringLiteral("public"),
                 const QString &inReplyToId = {}, const QStringList &mediaIds = {}, const QString &spoiler = {});
    /** A private message from @p fromId to @p toIds: their mentions go in front unless the text has them. */
    QString directMessage(const QString &fromId, const QStringList &toIds, const QString &text,
                          const QString &inReplyToId = {});
    /** A public post of @p fromId that mentions @p toId. */
    QString mention(const QString &fromId, const QString &toId, const QString &text, const QString &inReplyToId = {});
    /** A media file of @p ownerId, processed at once unless @p processing. Returns its id. */
    QString addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                     const QString &description = {}, bool processing = false);
    /** Deletes a status, as its author would. */
    void deleteStatus(const QString &id);

    // ---- What clients did (inspection) ----

    QList<MastodonStatus> statuses() const;
    std::optional<MastodonStatus> status(const QString &id) const;
    QList<MastodonConversation> conversationsOf(const QString &accountId) const;
    QList<MastodonNotification> notificationsOf(const QString &accountId) const;
    std::optional<MastodonMedia> media(const QString &id) const;
    QList<MastodonApp> apps() const;
    QList<Authorization> authorizations() const;
    int codeExchanges() const;
    /** POST /api/v1/statuses answered from the Idempotency-Key record instead of creating one. */
    int idempotentReplays() const;

    // ---- Rate limits ----

    void setRateLimit(int limit, std::chrono::seconds window = defaultRateWindow);
    void setMediaRateLimit(int limit, std::chrono::seconds window = defaultMediaRateWindow);
    /** Uses up @p accountId's current window: its next request gets a 429. */
    void exhaustRateLimit(const QString &accountId);

    // ---- Media processing ----

    /** Video, GIF and audio answer 202 and are ready after @p polls GET /api/v1/media/:id (default 2). */
    void setMediaProcessing(int polls);

    // ---- Streaming ----

    /** When false, handshakes are refused with 503 (open sockets stay); default true. */
    void setStreamingAvailable(bool available);
    /** Closes every open streaming socket at once, as a restart of the streaming server does. */
    void dropStreams();
    /** Open streaming sockets. */
    int streamCount() const;
    /** The streams @p accountId's open sockets are subscribed to, sorted. */
    QStringList streamsOf(const QString &accountId) const;
    /** Handshakes accepted so far. */
    int streamConnections() const;
    /** Sends every event twice, as a misbehaving proxy might; clients must show it once. */
    void setDuplicateStreamEvents(bool duplicate);
    /**
     * Sends events in frames of at most @p bytes (0, the default: QWebSocket's own size, 512 KiB),
     * so a test can send a big event as one frame, as a hostile server might.
     */
    void setStreamFrameSize(quint64 bytes);

Q_SIGNALS:
    void statusCreated(const QString &statusId);
    /** A streaming socket was accepted and its streams subscribed. */
    void streamOpened();
    void streamClosed();

private:
    LoopbackServer *m_server = nullptr;
    MastodonState *m_state = nullptr;
    MastodonRateLimits m_limits;
    std::unique_ptr<MastodonRender> m_render;
    std::unique_ptr<MastodonStreaming> m_streaming;
    std::unique_ptr<MastodonRoutes> m_routes;
};

} // namespace starling::sandbox
