// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"
#include "MastodonTypes.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <variant>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace starling::sandbox {

class LoopbackServer;

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
 */
class MastodonServer final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int defaultRateLimit = 300;
    static constexpr std::chrono::seconds defaultRateWindow{5 * 60};
    static constexpr int defaultMediaRateLimit = 30;
    static constexpr std::chrono::seconds defaultMediaRateWindow{30 * 60};

    /** What the imagined user does on the authorize page. */
    enum class Consent
    {
        Approve,
        Deny,
    };

    /** One GET /oauth/authorize as received. */
    struct Authorization
    {
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString codeChallenge;
        QString codeChallengeMethod;
    };

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
    void setAnnouncedStreamingUrl(const QUrl &url) { m_announcedStreamingUrl = url; }
    LoopbackServer &http() { return *m_server; }

    void setClock(Clock clock);
    QDateTime now() const;

    // ---- The server's settings ----

    /** The WebFinger domain of local accounts (default "sandbox.social"). */
    void setDomain(const QString &domain) { m_domain = domain; }
    QString domain() const { return m_domain; }
    /** Whether it has PKCE and the discovery document (4.3 and later; default true). */
    void setSupportsPkce(bool supports) { m_supportsPkce = supports; }
    void setMaxCharacters(int max) { m_maxCharacters = max; }
    void setCharactersReservedPerUrl(int length) { m_urlLength = length; }
    void setMaxMediaAttachments(int max) { m_maxMedia = max; }
    void setConsent(Consent consent) { m_consent = consent; }

    // ---- People and tokens ----

    /** Adds an account; returns its id, or empty when the username is invalid or taken. */
    QString addAccount(const QString &username, const QString &displayName = {}, const QString &domain = {});
    QString addAccount(MastodonAccount account);
    std::optional<MastodonAccount> account(const QString &id) const;
    /** By acct: "alice" (local) or "bob@other.example"; a leading @ is allowed. */
    std::optional<MastodonAccount> accountByAcct(const QString &acct) const;
    void setOwnAccount(const QString &id) { m_ownAccountId = id; }
    QString ownAccountId() const { return m_ownAccountId; }

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
    QList<MastodonApp> apps() const { return m_apps; }
    QList<Authorization> authorizations() const { return m_authorizations; }
    int codeExchanges() const { return m_codeExchanges; }
    /** POST /api/v1/statuses answered from the Idempotency-Key record instead of creating one. */
    int idempotentReplays() const { return m_idempotentReplays; }

    // ---- Rate limits ----

    void setRateLimit(int limit, std::chrono::seconds window = defaultRateWindow);
    void setMediaRateLimit(int limit, std::chrono::seconds window = defaultMediaRateWindow);
    /** Uses up @p accountId's current window: its next request gets a 429. */
    void exhaustRateLimit(const QString &accountId);

    // ---- Media processing ----

    /** Video, GIF and audio answer 202 and are ready after @p polls GET /api/v1/media/:id (default 2). */
    void setMediaProcessing(int polls) { m_processingPolls = polls; }

    // ---- Streaming ----

    /** When false, handshakes are refused with 503 (open sockets stay); default true. */
    void setStreamingAvailable(bool available) { m_streamingAvailable = available; }
    /** Closes every open streaming socket at once, as a restart of the streaming server does. */
    void dropStreams();
    /** Open streaming sockets. */
    int streamCount() const;
    /** The streams @p accountId's open sockets are subscribed to, sorted. */
    QStringList streamsOf(const QString &accountId) const;
    /** Handshakes accepted so far. */
    int streamConnections() const { return m_streamConnections; }
    /** Sends every event twice, as a misbehaving proxy might; clients must show it once. */
    void setDuplicateStreamEvents(bool duplicate) { m_duplicateEvents = duplicate; }
    /**
     * Sends events in frames of at most @p bytes (0, the default: QWebSocket's own size, 512 KiB),
     * so a test can send a big event as one frame, as a hostile server might.
     */
    void setStreamFrameSize(quint64 bytes) { m_streamFrameSize = bytes; }

Q_SIGNALS:
    void statusCreated(const QString &statusId);
    /** A streaming socket was accepted and its streams subscribed. */
    void streamOpened();
    void streamClosed();

private:
    using Handler = Response (MastodonServer::*)(const Request &, const QString &accountId);

    struct Token
    {
        QString accountId;
        QStringList scopes;
        bool revoked = false;
    };
    struct Code
    {
        Authorization authorization;
        QString accountId;
        QDateTime issuedAt;
        bool used = false;
    };
    struct Window
    {
        int used = 0;
        QDateTime reset;
    };
    struct Idempotency
    {
        QString statusId;
        QDateTime at;
    };
    struct Stream
    {
        QWebSocket *socket = nullptr;
        QString accountId;
        QSet<QString> streams;
    };
    /** What POST /api/v1/statuses or a seed asks for. */
    struct NewStatus
    {
        QString authorId;
        QString text;
        QString spoiler;
        QString visibility = QStringLiteral("public");
        QString inReplyToId;
        QStringList mediaIds;
        QString language;
        bool sensitive = false;
    };

    void route(const QByteArray &method, const QString &pattern, Handler handler, const QString &scope);
    Response serve(const Request &request, Handler handler, const QString &scope, bool media);
    QString authenticate(const QByteArray &authorization, const QByteArray &protocolHeader,
                         const QString &queryToken) const;
    QString nextStatusId();
    QString nextNumber();
    QString rateLimitReset(const QDateTime &reset) const;

    // OAuth and apps
    Response wellKnown(const Request &request);
    Response createApp(const Request &request);
    Response authorize(const Request &request);
    Response token(const Request &request);
    Response revoke(const Request &request);
    Response instanceV2(const Request &request);
    Response instanceV1(const Request &request);

    // API
    Response verifyCredentials(const Request &request, const QString &me);
    Response lookup(const Request &request, const QString &me);
    Response getAccount(const Request &request, const QString &me);
    Response accountStatuses(const Request &request, const QString &me);
    Response listConversations(const Request &request, const QString &me);
    Response readConversation(const Request &request, const QString &me);
    Response getStatus(const Request &request, const QString &me);
    Response getContext(const Request &request, const QString &me);
    Response createStatus(const Request &request, const QString &me);
    Response listNotifications(const Request &request, const QString &me);
    Response uploadMedia(const Request &request, const QString &me);
    Response getMedia(const Request &request, const QString &me);

    // The world
    std::variant<QString, Response> insertStatus(const NewStatus &status);
    QStringList mentionsIn(const QString &text) const;
    bool canSee(const QString &viewerId, const MastodonStatus &status) const;
    const MastodonStatus *findStatus(const QString &id) const;
    const MastodonAccount *findAccount(const QString &id) const;
    void deliver(const MastodonStatus &status);
    QList<const MastodonStatus *> ancestors(const MastodonStatus &status, const QString &viewerId) const;
    QList<const MastodonStatus *> descendants(const MastodonStatus &status, const QString &viewerId) const;

    // Answers
    QString profileUrl(const MastodonAccount &account) const;
    QString statusHtml(const MastodonStatus &status) const;
    QJsonObject renderAccount(const MastodonAccount &account) const;
    QJsonObject renderStatus(const MastodonStatus &status) const;
    QJsonObject renderMedia(const MastodonMedia &media) const;
    QJsonObject renderNotification(const MastodonNotification &notification) const;
    QJsonObject renderConversation(const MastodonConversation &conversation) const;
    QJsonObject renderInstance() const;
    /** The page of @p keys (newest first) that max_id/since_id/min_id/limit select, with the Link header. */
    struct Page
    {
        QList<qsizetype> indexes;
        QByteArray link;
    };
    std::variant<Page, Response> paginate(const Request &request, const QStringList &keys, int defaultLimit,
                                          int maxLimit, const QStringList &keptParameters) const;

    // Streaming
    void onStreamingConnection();
    void admitStream(QTcpSocket *socket);
    void onWebSocket();
    void emitEvent(const QString &accountId, const QString &stream, const QString &event, const QJsonObject &payload);

    LoopbackServer *m_server = nullptr;
    QTcpServer *m_streamingGate = nullptr;
    QWebSocketServer *m_streaming = nullptr;
    Clock m_clock;
    QString m_domain = QStringLiteral("sandbox.social");
    bool m_supportsPkce = true;
    int m_maxCharacters = 500;
    int m_urlLength = 23;
    int m_maxMedia = 4;
    Consent m_consent = Consent::Approve;
    QString m_ownAccountId;

    quint64 m_lastStatusId = 0;
    quint64 m_counter = 0;

    QHash<QString, MastodonAccount> m_accounts;
    QHash<QString, QString> m_accountIdsByAcct; // lower-case acct → id
    QHash<QByteArray, Token> m_tokens;
    QList<MastodonApp> m_apps;
    QHash<QString, Code> m_codes;
    QList<Authorization> m_authorizations;
    int m_codeExchanges = 0;

    std::vector<MastodonStatus> m_statuses; // ascending ids
    QHash<QString, qsizetype> m_statusIndex;
    QHash<QString, MastodonMedia> m_media;
    QList<MastodonNotification> m_notifications; // ascending ids
    QList<MastodonConversation> m_conversations;
    QHash<QString, Idempotency> m_idempotency; // "account\nkey"
    int m_idempotentReplays = 0;

    int m_rateLimit = defaultRateLimit;
    std::chrono::seconds m_rateWindow = defaultRateWindow;
    int m_mediaRateLimit = defaultMediaRateLimit;
    std::chrono::seconds m_mediaRateWindow = defaultMediaRateWindow;
    QHash<QString, Window> m_windows; // "account" or "account\nmedia"
    int m_processingPolls = 2;

    std::vector<Stream> m_streams;
    bool m_streamingAvailable = true;
    bool m_duplicateEvents = false;
    quint64 m_streamFrameSize = 0;
    QUrl m_announcedStreamingUrl;
    int m_streamConnections = 0;
};

} // namespace starling::sandbox
