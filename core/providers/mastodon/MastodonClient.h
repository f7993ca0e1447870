// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonInstance.h"
#include "MastodonStream.h"
#include "net/HttpClient.h"
#include "providers/ProviderClient.h"

#include <QHash>
#include <QUrl>
#include <QUuid>

#include <chrono>
#include <memory>

namespace starling {

class AccessTokenSource;

namespace mastodonmapper {
struct ConversationEntry;
struct Context;
} // namespace mastodonmapper

/**
 * The Mastodon client (API-NOTES, section Mastodon) for one account on one server: direct
 * messages, mentions, posts and replies, media uploads, and live arrival over the streaming API.
 *
 * Direct messages. A DM is a status with visibility "direct", seen only by the accounts it
 * mentions. GET /api/v1/conversations lists the private threads, newest last status first, paged
 * only by its Link header (the ids are internal); each thread with a last status newer than the
 * stored cursor is read with GET /api/v1/statuses/:id/context. A conversation's remote id is the
 * id of its first private status (see mastodonmapper::directThread()). The DM cursor is the newest
 * last-status id seen: a sync with nothing new costs one request.
 *
 * Sending into a conversation reads its thread (root and context) to answer its newest status
 * and to mention every participant again, since only those mentioned receive a DM (M-2).
 *
 * Mentions. GET /api/v1/notifications?types[]=mention with since_id = the stored cursor (the
 * newest notification id) and max_id from the Link header to walk back: newest first, exactly what
 * the sync engine stores, one request when nothing is new. (min_id would walk forward, oldest
 * first, and the engine keeps the cursor of a fetch's first page.)
 *
 * Sending. POST /api/v1/statuses carries the outbox's client key as Idempotency-Key, which the
 * server honours for an hour (M-2): such a request is marked idempotent and retried after a reset,
 * and an outbox reconciliation within that hour simply sends again. Media go through
 * POST /api/v2/media; a 202 means still processing, and GET /api/v1/media/:id is polled until
 * the file can be attached.
 *
 * Errors: 401 is a revoked token (there is no refresh, M-1): one re-read of the stored token, then
 * AuthRevoked; 422 InvalidInput with the server's reason (a post refused for media still
 * processing is ServerError, so the outbox tries again); 429 RateLimited with the reset from the
 * ISO-8601 X-RateLimit-Reset. Every request of the account shares one rate-limit bucket (300 per
 * 5 minutes), media uploads have their own (M-4).
 *
 * Limits come from GET /api/v2/instance (Config::instance until then), and so does the streaming
 * host. With Config::liveUpdates, the client fetches them when they are unknown or old, then keeps
 * a MastodonStream open; every event it brings, and every (re)connection, is announced as
 * remoteActivity() so the sync engine polls at once. A stream event that arrives while a fetch of
 * that stream is under way is announced again when the fetch ends, so no nudge is lost. A status
 * its author deleted is announced as deletedRemotely(); a fetch that was under way then, and brings
 * the status back, leaves it out and names it deleted.
 */
class MastodonClient final : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        /** The server, e.g. https://mastodon.social; also where its API lives. */
        QUrl apiBase;
        QUuid accountId;
        QString ownUserId; ///< the account's id on its server, from whoAmI() at sign-in
        int conversationsPageSize = 40; ///< GET /api/v1/conversations allows up to 40
        int notificationsPageSize = 80; ///< GET /api/v1/notifications allows up to 80 (4.1+)
        /** The overall deadline of each HTTP attempt; tests shorten it. */
        std::chrono::milliseconds requestDeadline = HttpRequest::defaultDeadline;
        std::chrono::milliseconds uploadDeadline{5 * 60 * 1000};
        /** The server's limits as last stored (MastodonInstance::load()); defaults until known. */
        MastodonInstance instance;
        /** Limits older than this are fetched again by startLive(). */
        std::chrono::milliseconds instanceMaxAge{24 * 3600 * 1000};
        /** How long to wait between two looks at a media file that is still processing. */
        std::chrono::milliseconds mediaPollInterval{1000};
        int maxMediaPolls = 600;
        /**
         * How long after the first attempt a resend with the same Idempotency-Key is still safe.
         * Mastodon keeps keys for an hour; ten minutes of margin for clocks and queues.
         */
        std::chrono::milliseconds idempotencyWindow{50 * 60 * 1000};
        /** Fetch the limits and open the stream by itself, shortly after construction. */
        bool liveUpdates = false;
        /** Reconnection, heartbeat and fallback of the stream; url and ids are filled in. */
        MastodonStream::Config stream;
    };

    /** @p tokens must outlive the client. */
    MastodonClient(Config config, AccessTokenSource *tokens, QObject *parent = nullptr);
    ~MastodonClient() override;
    Q_DISABLE_COPY_MOVE(MastodonClient)

    HttpClient &http() { return m_http; }
    const Config &config() const { return m_config; }
    void setOwnUserId(const QString &userId) { m_config.ownUserId = userId; }
    const MastodonInstance &instance() const { return m_config.instance; }

    /** GET /api/v2/instance (or v1 on servers before 4.0); updates instance() and emits instanceChanged(). */
    void refreshInstance(QObject *context, ResultCallback<MastodonInstance> done);

    /** Refreshes the limits if they are unknown or old, then opens the stream. Idempotent. */
    void startLive();
    /** Closes the stream. */
    void stopLive();
    /** The stream, once startLive() opened it; null before. */
    MastodonStream *stream() const { return m_stream; }

    void prepare(QObject *context, ResultCallback<void> done) override;
    Network network() const override { return Network::Mastodon; }
    void whoAmI(QObject *context, ResultCallback<Identity> done) override;
    void fetchDirectMessages(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) override;
    void fetchConversation(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) override;
    void fetchMentions(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done) override;
    void sendDirectMessage(const OutgoingMessage &message, QObject *context, ResultCallback<SentItem> done) override;
    void publish(const OutgoingPost &post, QObject *context, ResultCallback<SentItem> done) override;
    void findSentMessage(const OutgoingMessage &message, const QDateTime &notBefore, const QSet<QString> &exclude,
                         QObject *context, ResultCallback<std::optional<SentItem>> done) override;
    void findPublishedPost(const OutgoingPost &post, const QDateTime &notBefore, const QSet<QString> &exclude,
                           QObject *context, ResultCallback<std::optional<SentItem>> done) override;
    void uploadMedia(const MediaUpload &upload, QObject *context, ResultCallback<UploadedMedia> done,
                     ProgressCallback progress = {}) override;
    void lookUpPerson(const QString &handleOrId, QObject *context, ResultCallback<Identity> done) override;
    TextRules textRules(TextRules::Mode mode) const override;
    QUrl directMessageLink() const override;
    std::optional<RateLimitLedger::Entry> budget(SyncStream stream) const override;

    /**
     * @p text with "@acct " in front for each of @p accts it does not mention yet: who a DM or a
     * reply reaches on Mastodon is who it mentions (M-2).
     */
    static QString withMentions(const QString &text, const QStringList &accts);

Q_SIGNALS:
    /** The server's limits were read again (and differ or were unknown): store them for the account. */
    void instanceChanged(const starling::MastodonInstance &instance);

private:
    struct Upload;
    struct Thread;
    using Callback = std::function<void(Result<HttpResponse>)>;

    /** Sends with the account's token; a 401 re-reads the token once, then means AuthRevoked. */
    void call(const HttpRequest &request, QObject *context, Callback done, bool retried = false);
    QString bucketKey(const QString &bucket) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    HttpRequest request(HttpRequest::Method method, const QString &path, const QUrlQuery &query = {}) const;
    mastodonmapper::Context mappingContext(const QString &since = {}) const;
    void remember(const QList<Identity> &people);
    /** Reads a private thread by its root: the root, its context, who takes part, its newest status. */
    void readThread(const QString &rootId, QObject *context, std::function<void(Result<Thread>)> done);
    /** The acct of each account id: from what was mapped before, else GET /api/v1/accounts/:id. */
    void resolveAccts(const QStringList &ids, QObject *context, std::function<void(Result<QStringList>)> done);
    void postStatus(const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                    ResultCallback<SentItem> done);
    void findOwnStatus(const QString &text, const QStringList &mediaIds, const QString &replyTo, bool direct,
                       const QString &clientKey, const QDateTime &notBefore, const QSet<QString> &exclude,
                       QObject *context, ResultCallback<std::optional<SentItem>> done);
    void pollMedia(std::shared_ptr<Upload> upload);
    void finishUpload(std::shared_ptr<Upload> upload, Result<UploadedMedia> result);
    void fetchStarted(SyncStream stream);
    void fetchEnded(SyncStream stream, bool complete);
    void onStreamActivity(SyncStream stream);
    void onStreamDeleted(const QString &statusId);
    /** Leaves out of @p page the statuses the stream said were deleted, and names them deleted. */
    void dropDeleted(FetchedPage &page) const;
    Error explain(const Error &error) const;

    Config m_config;
    AccessTokenSource *m_tokens;
    HttpClient m_http;
    MastodonStream *m_stream = nullptr;
    bool m_liveStarting = false;
    QHash<QString, QString> m_accts; ///< account id → acct, from every person mapped
    bool m_fetching[2] = {false, false}; ///< a fetch of the stream is under way
    bool m_activityDuringFetch[2] = {false, false};
    static constexpr qsizetype rememberedDeletions = 1000;
    QStringList m_deleted; ///< the latest statuses the stream said were deleted, oldest first
};

} // namespace starling
