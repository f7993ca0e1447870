// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyMapper.h"
#include "net/HttpClient.h"
#include "providers/ProviderClient.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

#include <memory>

namespace starling {

class Dpop;

class AccessTokenSource;

/**
 * The Bluesky client (API-NOTES B-1…B-6): direct messages through chat.bsky.convo (every one of
 * those requests carries the atproto-proxy header for the chat service), mentions, replies and quotes
 * through app.bsky.notification, posts and replies as app.bsky.feed.post records, images as blobs,
 * for one account signed in with an app password (BlueskySession).
 *
 * Direct messages: a first sync (no stored cursor) reads the end of the conversation log
 * (getLog), then every conversation (listConvos, accepted and requests) and its latest messages
 * (getMessages); the log's cursor is stored. Later syncs read the log from the stored cursor
 * (getLog), in one page. Mentions: listNotifications with reasons mention, reply and quote, newest
 * first back to the stored indexedAt, the posts replied to (getPosts), then updateSeen.
 *
 * Posts get a record key derived from the outbox's client key (blueskymapper::tidForKey()), so a
 * post sent twice is one record: a repeat is refused (the real PDS answers a taken record key with
 * 500 InternalServerError), found at its key in our repo (getRecord) and answered as sent.
 *
 * An expired access token (HTTP 400 ExpiredToken, B-5) triggers one refresh and one retry; a 429
 * feeds the rate-limit ledger (RateLimit-* headers, reset in epoch seconds) and is RateLimited.
 */
class BlueskyClient final : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl service; ///< the account's PDS
        QUuid accountId;
        QString ownDid;
        int pageSize = 50; ///< conversations, messages and notifications per page (1–100)
        /** The overall deadline of each HTTP attempt (HttpRequest::setDeadline()); tests shorten it. */
        std::chrono::milliseconds requestDeadline = HttpRequest::defaultDeadline;
        /**
         * The DPoP key of an OAuth sign-in (BlueskyOAuthSession::dpop()): the token goes as
         * "Authorization: DPoP <token>" with a proof on every request. Null for an app-password
         * session, whose token is a Bearer token.
         */
        std::shared_ptr<Dpop> dpop;
    };

    /** The header every chat.bsky.* request carries (B-2), and its value. */
    static constexpr const char *proxyHeader = "atproto-proxy";
    static constexpr const char *chatService = "did:web:api.bsky.chat#bsky_chat";
    /** The largest image a post may carry (B-2), and how many. */
    static constexpr qint64 maxImageBytes = 2'000'000;
    static constexpr int maxImages = 4;

    /** @p tokens must outlive the client. */
    BlueskyClient(Config config, AccessTokenSource *tokens, QObject *parent = nullptr);
    ~BlueskyClient() override;
    Q_DISABLE_COPY_MOVE(BlueskyClient)

    HttpClient &http() { return m_http; }
    const Config &config() const { return m_config; }
    /** Sends later requests to @p service (a session that learnt the account's PDS moved). */
    void setService(const QUrl &service) { m_config.service = service; }

    void prepare(QObject *context, ResultCallback<void> done) override;
    Network network() const override { return Network::Bluesky; }
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
    /** chat.bsky.convo.getConvoForMembers: the 1:1 conversation, made when there is none yet. */
    void directConversationWith(const QString &personRemoteId, QObject *context, ResultCallback<QString> done) override;
    /** chat.bsky.convo.updateRead without a message: the whole conversation is read. */
    void markConversationRead(const QString &conversationRemoteId, QObject *context,
                              ResultCallback<void> done) override;
    /** chat.bsky.convo.acceptConvo: the request moves to the accepted conversations. */
    void acceptConversation(const QString &conversationRemoteId, QObject *context, ResultCallback<void> done) override;
    TextRules textRules(TextRules::Mode mode) const override;
    QUrl directMessageLink() const override;
    std::optional<RateLimitLedger::Entry> budget(SyncStream stream) const override;

    /** The AT-URI of the post an outbox item with @p clientKey publishes (its record key is derived from the key). */
    QString postUriFor(const QString &clientKey) const;

private:
    using Reply = std::function<void(Result<HttpResponse>)>;

    /** Sends with the access token; on AuthExpired refreshes once and tries again. */
    void call(const HttpRequest &request, QObject *context, Reply done, bool afterRefresh = false);
    HttpRequest query(const QString &nsid, const QUrlQuery &query = {}) const;
    HttpRequest procedure(const QString &nsid, const QJsonObject &body) const;
    /** A chat procedure whose input is {convoId} and whose answer only says it was done. */
    void convoProcedure(const QString &nsid, const QString &convoId, QObject *context, ResultCallback<void> done);
    QString bucketKey(const QString &bucket) const;
    static QString bucketOf(const QString &nsid);
    Error explain(const Error &error, const QString &nsid) const;
    blueskymapper::Context mapping(const QString &since = {}) const;

    void drainLog(const QString &cursor, int requestsLeft, QObject *context,
                  std::function<void(Result<blueskymapper::LogPage>)> done,
                  std::shared_ptr<blueskymapper::LogPage> gathered = {});
    struct FirstSyncToken;
    void firstSyncPage(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done);
    void convoListPage(const FirstSyncToken &token, const QString &logCursor, int limit, QObject *context,
                       ResultCallback<FetchedPage> done);
    void olderMessagesPage(FirstSyncToken token, QObject *context, ResultCallback<FetchedPage> done);
    void logSyncPage(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done);
    void addConvos(const QStringList &convoIds, FetchedPage page, QObject *context, ResultCallback<FetchedPage> done);
    void resolveFacets(const QString &text, QObject *context, std::function<void(QJsonArray)> done);
    void openConvo(const OutgoingMessage &message, QObject *context, ResultCallback<QString> done);
    void createPost(const OutgoingPost &post, const QJsonObject &reply, QObject *context,
                    ResultCallback<SentItem> done);
    void lookUpPost(const QString &uri, QObject *context, ResultCallback<std::optional<blueskymapper::PostRef>> done);
    /**
     * One of our own posts, read from our repo on the PDS (com.atproto.repo.getRecord): there the
     * moment it is written, unlike getPosts, which waits until the AppView has indexed it.
     */
    void lookUpOwnPost(const QString &rkey, QObject *context,
                       ResultCallback<std::optional<blueskymapper::PostRef>> done);

    struct Blob
    {
        QJsonObject blob;
        QString altText;
    };

    Config m_config;
    AccessTokenSource *m_tokens;
    HttpClient m_http;
    QHash<QString, Blob> m_blobs; ///< uploaded images by mediaId, until a post uses them
    bool m_chatUnprivileged = false; ///< chat was refused even with a fresh token: see call()
};

} // namespace starling
