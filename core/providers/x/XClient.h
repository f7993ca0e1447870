// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpClient.h"
#include "providers/ProviderClient.h"

#include <QUrl>
#include <QUuid>

namespace starling {

class AccessTokenSource;

/**
 * The X API v2 client (API-NOTES, section X): direct messages, mentions, posts, replies and
 * media uploads for one account, with a user access token from OAuth 2.0.
 *
 * Requests use the documented tweet.* parameter names; answers are read in both the tweet.* and
 * post.* spellings. A 401 triggers one token refresh and one retry; a 429 feeds the
 * rate-limit ledger and is returned as RateLimited with the reset time.
 */
class XClient final : public ProviderClient
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl apiBase = QUrl(QStringLiteral("https://api.x.com"));
        QUuid accountId;
        QString ownUserId; ///< the account's X user id, from whoAmI() at sign-in
        int pageSize = 100; ///< DM events and mentions per page (X allows up to 100)
        qint64 uploadChunkBytes = 4 * 1024 * 1024;
        /** The overall deadline of each HTTP attempt (HttpRequest::setDeadline()); tests shorten it. */
        std::chrono::milliseconds requestDeadline = HttpRequest::defaultDeadline;
    };

    /** @p tokens must outlive the client. */
    XClient(Config config, AccessTokenSource *tokens, QObject *parent = nullptr);
    ~XClient() override;
    Q_DISABLE_COPY_MOVE(XClient)

    HttpClient &http() { return m_http; }
    const Config &config() const { return m_config; }
    void setOwnUserId(const QString &userId) { m_config.ownUserId = userId; }

    void prepare(QObject *context, ResultCallback<void> done) override;
    Network network() const override { return Network::X; }
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
    qint64 estimatedReadCostMicros(SyncStream stream, int resources) const override;
    qint64 estimatedSendCostMicros(bool post, bool reply, const QString &text) const override;

    /** The media category and size limit X applies to a MIME type (API-NOTES X-3); nullopt if refused. */
    struct MediaKind
    {
        QString category;
        qint64 maxBytes = 0;
    };
    static std::optional<MediaKind> mediaKind(const QString &mimeType, MediaPurpose purpose);

private:
    struct Upload;

    /** Sends with the account's token; on a 401 refreshes once and tries again. */
    void call(const HttpRequest &request, QObject *context, std::function<void(Result<HttpResponse>)> done,
              bool afterRefresh = false);
    QString bucketKey(const QString &bucket) const;
    QUrl endpoint(const QString &path, const QUrlQuery &query = {}) const;
    HttpRequest request(HttpRequest::Method method, const QString &path, const QString &bucket,
                        const QUrlQuery &query = {}) const;
    QUrlQuery dmEventQuery(const PageRequest &request) const;
    void fetchDmPage(const QString &path, const PageRequest &request, QObject *context,
                     ResultCallback<FetchedPage> done);
    void appendChunk(std::shared_ptr<Upload> upload);
    void finalizeUpload(std::shared_ptr<Upload> upload);
    void pollUpload(std::shared_ptr<Upload> upload, int checkAfterSeconds);
    void finishUpload(std::shared_ptr<Upload> upload, Result<UploadedMedia> result);
    Error explainRefusal(const Error &error) const;

    Config m_config;
    AccessTokenSource *m_tokens;
    HttpClient m_http;
};

} // namespace starling
