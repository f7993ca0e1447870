// SPDX-License-Identifier: GPL-3.0-or-later
#include "XClient.h"

#include "XMapper.h"
#include "auth/AccessTokenSource.h"
#include "providers/JsonFields.h"
#include "text/EntityExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Rate-limit buckets (API-NOTES X-5). The three DM reads are listed together with one limit of
// 15 per 15 minutes, so they share a bucket: being conservative costs a little latency, being
// optimistic costs a 429.
const QString bucketDmRead = u"dm-read"_s;
const QString bucketDmWrite = u"dm-write"_s;
const QString bucketMentions = u"mentions"_s;
const QString bucketPosts = u"posts"_s;
const QString bucketMedia = u"media"_s;
const QString bucketUsers = u"users"_s;
const QString bucketTimeline = u"timeline"_s;

// The fields and expansions that carry what the inbox shows; since June 2025 X sends only id,
// event_type and text unless asked (API-NOTES X-2).
const QString userFields = u"id,name,username,profile_image_url,description,public_metrics,url,entities"_s;
const QString mediaFields = u"media_key,type,url,preview_image_url,width,height,alt_text"_s;
const QString dmEventFields =
    u"id,event_type,text,sender_id,created_at,dm_conversation_id,attachments,referenced_tweets,participant_ids"_s;
const QString dmExpansions = u"sender_id,participant_ids,attachments.media_keys,referenced_tweets.id"_s;
const QString postFields =
    u"id,text,author_id,created_at,conversation_id,in_reply_to_user_id,referenced_tweets,attachments"_s;
const QString mentionExpansions = u"author_id,referenced_tweets.id,referenced_tweets.id.author_id,"
                                  "attachments.media_keys,in_reply_to_user_id"_s;

constexpr int maxUploadPolls = 120;

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

QByteArray multipartBoundary()
{
    return "starling-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

/** The state of one chunked upload, shared by its steps. */
struct XClient::Upload
{
    QPointer<QObject> context;
    ResultCallback<UploadedMedia> done;
    ProgressCallback progress;
    std::unique_ptr<QFile> file;
    qint64 total = 0;
    qint64 sent = 0;
    int segment = 0;
    int polls = 0;
    QString mediaId;
    qint64 expiresAfterSeconds = 24 * 3600;
};

XClient::XClient(Config config, AccessTokenSource *tokens, QObject *parent)
    : ProviderClient(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
    , m_http(this)
{
    // The one place where the token is put on a request; it runs before every attempt, so a
    // retry after a refresh carries the new token.
    m_http.setErrorReader(&xmapper::errorReading);
    m_http.setAuthorizer([this](QNetworkRequest &request) {
        if (m_tokens)
            request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken());
    });
}

XClient::~XClient() = default;

void XClient::prepare(QObject *context, ResultCallback<void> done)
{
    if (!m_tokens)
        return done({});
    m_tokens->load(context, std::move(done));
}

QUrl XClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_config.apiBase;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

HttpRequest XClient::request(HttpRequest::Method method, const QString &path, const QString &bucket,
                             const QUrlQuery &query) const
{
    HttpRequest r(method, endpoint(path, query));
    r.setRateLimitBucket(bucketKey(bucket));
    r.setDeadline(m_config.requestDeadline);
    return r;
}

QString XClient::bucketKey(const QString &bucket) const
{
    return u"x:"_s + m_config.accountId.toString(QUuid::WithoutBraces) + u':' + bucket;
}

std::optional<RateLimitLedger::Entry> XClient::budget(SyncStream stream) const
{
    return m_http.rateLimits().entry(bucketKey(stream == SyncStream::DirectMessages ? bucketDmRead : bucketMentions));
}

qint64 XClient::estimatedReadCostMicros(SyncStream stream, int resources) const
{
    // Pay-per-use prices (API-NOTES X-5): reading your own mentions costs $0.001 per post
    // returned since 2026-04-20. No DM read price is published; count it as free.
    return stream == SyncStream::Mentions ? qint64(resources) * 1000 : 0;
}

qint64 XClient::estimatedSendCostMicros(bool post, bool reply, const QString &text) const
{
    if (!post)
        return 0; // no published price for sending a DM
    // A post with a URL costs $0.20, a summoned reply $0.01, any other post $0.015.
    if (!EntityExtractor(Network::X).urls(text).isEmpty())
        return 200'000;
    return reply ? 10'000 : 15'000;
}

void XClient::call(const HttpRequest &request, QObject *context, std::function<void(Result<HttpResponse>)> done,
                   bool afterRefresh)
{
    QPointer<XClient> self(this);
    m_http.send(request, context, [this, self, request, context, done, afterRefresh](Result<HttpResponse> result) {
        if (!self)
            return;
        if (!result && result.error().code() == Error::Code::AuthExpired && !afterRefresh && m_tokens) {
            // An access token lives two hours; refresh once, then give up (API-NOTES X-1).
            m_tokens->refresh(context, [self, request, context, done](Result<void> refreshed) {
                if (!self)
                    return;
                if (!refreshed) {
                    done(refreshed.error());
                    return;
                }
                self->call(request, context, done, true);
            });
            return;
        }
        if (!result && result.error().code() == Error::Code::Forbidden) {
            done(explainRefusal(result.error()));
            return;
        }
        done(std::move(result));
    });
}

Error XClient::explainRefusal(const Error &error) const
{
    const QString detail = error.serverDetail();
    static const QRegularExpression replyNotAllowed(
        u"reply.*(not allowed|not been mentioned|engaged)|(not allowed|cannot).*reply"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (replyNotAllowed.match(detail).hasMatch()) {
        // Since 2026-02 a self-serve app may answer in public only when the author mentioned or
        // quoted the account (API-NOTES X-2).
        Error refusal(Error::Code::Forbidden,
                      tr("X does not allow this reply: its author did not mention this account, or the "
                         "conversation's reply settings exclude it. Answer by direct message instead."));
        return refusal.setHttpStatus(error.httpStatus()).setServerDetail(detail);
    }
    Error refusal(Error::Code::Forbidden, detail.isEmpty() ? tr("X refused this action for this account.")
                                                           : tr("X refused this action: %1").arg(detail));
    return refusal.setHttpStatus(error.httpStatus()).setServerDetail(detail);
}

void XClient::whoAmI(QObject *context, ResultCallback<Identity> done)
{
    QUrlQuery query;
    query.addQueryItem(u"user.fields"_s, userFields);
    const QUuid account = m_config.accountId;
    call(request(HttpRequest::Method::Get, u"/2/users/me"_s, bucketUsers, query), context,
         [done, account](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             done(xmapper::user(response->json(), account));
         });
}

QUrlQuery XClient::dmEventQuery(const PageRequest &request) const
{
    QUrlQuery query;
    query.addQueryItem(u"dm_event.fields"_s, dmEventFields);
    query.addQueryItem(u"event_types"_s, u"MessageCreate,ParticipantsJoin,ParticipantsLeave"_s);
    query.addQueryItem(u"expansions"_s, dmExpansions);
    query.addQueryItem(u"user.fields"_s, userFields);
    query.addQueryItem(u"media.fields"_s, mediaFields);
    query.addQueryItem(u"tweet.fields"_s, u"id,text,author_id,created_at"_s);
    const int size = request.pageSize > 0 ? request.pageSize : m_config.pageSize;
    query.addQueryItem(u"max_results"_s, QString::number(std::clamp(size, 1, 100)));
    if (!request.pageToken.isEmpty())
        query.addQueryItem(u"pagination_token"_s, request.pageToken);
    return query;
}

void XClient::fetchDmPage(const QString &path, const PageRequest &request, QObject *context,
                          ResultCallback<FetchedPage> done)
{
    const xmapper::Context mapping{m_config.accountId, m_config.ownUserId, request.since};
    call(this->request(HttpRequest::Method::Get, path, bucketDmRead, dmEventQuery(request)), context,
         [done, mapping](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             done(xmapper::dmEvents(response->json(), mapping));
         });
}

void XClient::fetchDirectMessages(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    fetchDmPage(u"/2/dm_events"_s, request, context, std::move(done));
}

void XClient::fetchConversation(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    const QString id = request.conversationRemoteId;
    const QStringList pair = id.split(u'-');
    if (pair.size() == 2 && json::isNumericId(pair.at(0)) && json::isNumericId(pair.at(1))) {
        // A 1:1 conversation: read it by the other person, which works before we know its id too.
        const QString other = pair.at(0) == m_config.ownUserId ? pair.at(1) : pair.at(0);
        fetchDmPage(u"/2/dm_conversations/with/%1/dm_events"_s.arg(other), request, context, std::move(done));
    } else if (json::isNumericId(id)) {
        fetchDmPage(u"/2/dm_conversations/%1/dm_events"_s.arg(id), request, context, std::move(done));
    } else {
        done(invalid(tr("This is not an X conversation id.")));
    }
}

void XClient::fetchMentions(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    if (!json::isNumericId(m_config.ownUserId))
        return done(invalid(tr("The account's X user id is not known yet; sign in again.")));
    QUrlQuery query;
    query.addQueryItem(u"tweet.fields"_s, postFields);
    query.addQueryItem(u"expansions"_s, mentionExpansions);
    query.addQueryItem(u"user.fields"_s, userFields);
    query.addQueryItem(u"media.fields"_s, mediaFields);
    const int size = request.pageSize > 0 ? request.pageSize : m_config.pageSize;
    query.addQueryItem(u"max_results"_s, QString::number(std::clamp(size, 5, 100)));
    if (json::isNumericId(request.since))
        query.addQueryItem(u"since_id"_s, request.since);
    if (!request.pageToken.isEmpty())
        query.addQueryItem(u"pagination_token"_s, request.pageToken);
    const xmapper::Context mapping{m_config.accountId, m_config.ownUserId, request.since};
    call(this->request(HttpRequest::Method::Get, u"/2/users/%1/mentions"_s.arg(m_config.ownUserId), bucketMentions,
                       query),
         context, [done, mapping](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             done(xmapper::mentions(response->json(), mapping));
         });
}

void XClient::sendDirectMessage(const OutgoingMessage &message, QObject *context, ResultCallback<SentItem> done)
{
    const TextCount count = textRules(TextRules::Mode::DirectMessage).count(message.text);
    if (message.text.isEmpty() && message.mediaIds.isEmpty())
        return done(invalid(tr("A direct message needs text or an attachment.")));
    if (!message.text.isEmpty() && !count.valid)
        return done(invalid(count.reason));
    if (message.mediaIds.size() > 1)
        return done(invalid(tr("X allows one attachment per direct message.")));

    QJsonObject body;
    if (!message.text.isEmpty())
        body.insert("text"_L1, message.text);
    if (!message.mediaIds.isEmpty())
        body.insert("attachments"_L1, QJsonArray{QJsonObject{{"media_id"_L1, message.mediaIds.constFirst()}}});

    QString path;
    QJsonObject payload = body;
    if (!message.conversationRemoteId.isEmpty()) {
        path = u"/2/dm_conversations/%1/messages"_s.arg(message.conversationRemoteId);
    } else if (message.recipientRemoteIds.size() == 1) {
        path = u"/2/dm_conversations/with/%1/messages"_s.arg(message.recipientRemoteIds.constFirst());
    } else if (message.recipientRemoteIds.size() >= 2 && message.recipientRemoteIds.size() <= 49) {
        path = u"/2/dm_conversations"_s;
        payload = QJsonObject{{"conversation_type"_L1, u"Group"_s},
                              {"participant_ids"_L1, QJsonArray::fromStringList(message.recipientRemoteIds)},
                              {"message"_L1, body}};
    } else {
        return done(invalid(tr("A direct message needs a conversation or 1 to 49 recipients.")));
    }
    const QStringList ids =
        message.conversationRemoteId.isEmpty() ? message.recipientRemoteIds : message.conversationRemoteId.split(u'-');
    for (const QString &id : ids) {
        if (!json::isNumericId(id))
            return done(invalid(tr("This is not an X user or conversation id.")));
    }

    HttpRequest r = request(HttpRequest::Method::Post, path, bucketDmWrite);
    r.setJsonBody(QJsonDocument(payload));
    call(r, context, [done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(xmapper::dmCreated(response->json()));
    });
}

void XClient::publish(const OutgoingPost &post, QObject *context, ResultCallback<SentItem> done)
{
    const TextCount count = textRules(TextRules::Mode::Post).count(post.text);
    if (!(post.text.isEmpty() && !post.mediaIds.isEmpty()) && !count.valid)
        return done(invalid(count.reason));
    if (post.mediaIds.size() > 4)
        return done(invalid(tr("X allows up to four images, or one GIF or video, per post.")));
    if (!post.inReplyToRemoteId.isEmpty() && !json::isNumericId(post.inReplyToRemoteId))
        return done(invalid(tr("This is not an X post id.")));

    QJsonObject body;
    if (!post.text.isEmpty())
        body.insert("text"_L1, post.text);
    if (!post.inReplyToRemoteId.isEmpty())
        body.insert("reply"_L1, QJsonObject{{"in_reply_to_tweet_id"_L1, post.inReplyToRemoteId}});
    if (!post.mediaIds.isEmpty())
        body.insert("media"_L1, QJsonObject{{"media_ids"_L1, QJsonArray::fromStringList(post.mediaIds)}});
    HttpRequest r = request(HttpRequest::Method::Post, u"/2/tweets"_s, bucketPosts);
    r.setJsonBody(QJsonDocument(body));
    call(r, context, [done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(xmapper::postCreated(response->json()));
    });
}

namespace {

/**
 * How much older than the first attempt a message may look and still be ours: X's created_at has
 * whole seconds, and two synchronised clocks differ by less than that. Any more would let an
 * earlier message of the same text, sent from elsewhere, pass for ours.
 */
constexpr qint64 clockAllowanceSecs = 5;

/** X's text with the three entities it escapes (&amp; &lt; &gt;) decoded, until none is left. */
QString decodeEntities(QString text)
{
    // Until nothing changes, and applied to both sides: the comparison then holds whether the
    // mapper already decoded what X sent or not, whatever the user typed.
    for (;;) {
        QString decoded = text;
        decoded.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
        if (decoded == text)
            return text;
        text = std::move(decoded);
    }
}

/**
 * Text as X gives it back can differ from what was sent: it is HTML-escaped, links come back
 * shortened (t.co) and spaces may be trimmed. Compare decoded, without the links and with white
 * space folded.
 */
QString comparable(const QString &text)
{
    QString result = decodeEntities(text);
    const QList<TextEntity> urls = EntityExtractor(Network::X).urls(result);
    for (auto it = urls.crbegin(); it != urls.crend(); ++it)
        result.remove(it->start, it->end - it->start);
    return result.simplified();
}

/** Media ids, sorted, without the empty ones. */
QStringList sortedMediaIds(QStringList ids)
{
    ids.removeAll(QString());
    ids.sort();
    return ids;
}

/**
 * The media a message carries, as the ids uploadMedia() returned: X names them by media key, the
 * media id after the type ("3_1455952740635586573"). A shared post is not media: its id has no type.
 */
QStringList mediaIdsOf(const Message &message)
{
    QStringList ids;
    for (const Attachment &a : message.attachments) {
        if (const qsizetype type = a.remoteId.lastIndexOf(u'_'); type >= 0)
            ids << a.remoteId.mid(type + 1);
    }
    return sortedMediaIds(ids);
}

/**
 * The oldest outbound message in @p page that matches (text and media), created at or after
 * notBefore, and not in @p exclude (the messages other outbox items own).
 */
std::optional<SentItem> findMatch(const FetchedPage &page, const QString &text, const QStringList &mediaIds,
                                  const QString &replyTo, const QDateTime &notBefore, const QSet<QString> &exclude)
{
    const QDateTime from = notBefore.addSecs(-clockAllowanceSecs);
    const QString wanted = comparable(text);
    const QStringList wantedMedia = sortedMediaIds(mediaIds);
    std::optional<SentItem> best;
    QDateTime bestTime;
    for (const Message &m : page.messages) {
        if (m.direction != Message::Direction::Outbound || exclude.contains(m.remoteId) || m.createdAt < from)
            continue;
        if (!replyTo.isEmpty() && m.replyToRemoteId != replyTo)
            continue;
        // A message with only media has no text to tell it from another: the media do. And a
        // text with a photo is not the same message as the text alone.
        if (comparable(m.text) != wanted || mediaIdsOf(m) != wantedMedia)
            continue;
        if (!best || m.createdAt < bestTime) {
            best = SentItem{m.remoteId, m.conversationRemoteId, m.createdAt};
            bestTime = m.createdAt;
        }
    }
    return best;
}

} // namespace

void XClient::findSentMessage(const OutgoingMessage &message, const QDateTime &notBefore, const QSet<QString> &exclude,
                              QObject *context, ResultCallback<std::optional<SentItem>> done)
{
    PageRequest request;
    if (!message.conversationRemoteId.isEmpty()) {
        request.conversationRemoteId = message.conversationRemoteId;
    } else if (message.recipientRemoteIds.size() == 1) {
        request.conversationRemoteId =
            directConversationRemoteId(Network::X, m_config.ownUserId, message.recipientRemoteIds.constFirst());
    }
    const QString text = message.text;
    const QStringList media = message.mediaIds;
    auto match = [done, text, media, notBefore, exclude](Result<FetchedPage> page) {
        if (!page)
            return done(page.error());
        done(findMatch(page.value(), text, media, {}, notBefore, exclude));
    };
    if (request.conversationRemoteId.isEmpty())
        fetchDirectMessages(request, context, match); // a new group: look at all recent events
    else
        fetchConversation(request, context, match);
}

void XClient::findPublishedPost(const OutgoingPost &post, const QDateTime &notBefore, const QSet<QString> &exclude,
                                QObject *context, ResultCallback<std::optional<SentItem>> done)
{
    if (!json::isNumericId(m_config.ownUserId))
        return done(invalid(tr("The account's X user id is not known yet; sign in again.")));
    QUrlQuery query;
    query.addQueryItem(u"tweet.fields"_s, postFields);
    // The media keys alone are not kept: a post's media come with their includes.
    query.addQueryItem(u"expansions"_s, u"attachments.media_keys"_s);
    query.addQueryItem(u"media.fields"_s, mediaFields);
    query.addQueryItem(u"max_results"_s, u"20"_s);
    const xmapper::Context mapping{m_config.accountId, m_config.ownUserId, {}};
    const QString text = post.text;
    const QStringList media = post.mediaIds;
    const QString replyTo = post.inReplyToRemoteId;
    call(request(HttpRequest::Method::Get, u"/2/users/%1/tweets"_s.arg(m_config.ownUserId), bucketTimeline, query),
         context, [done, mapping, text, media, replyTo, notBefore, exclude](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             auto page = xmapper::mentions(response->json(), mapping);
             if (!page)
                 return done(page.error());
             done(findMatch(page.value(), text, media, replyTo, notBefore, exclude));
         });
}

std::optional<XClient::MediaKind> XClient::mediaKind(const QString &mimeType, MediaPurpose purpose)
{
    // Limits from API-NOTES X-3: images 5 MB, animated GIFs 15 MB, video 512 MB.
    const bool dm = purpose == MediaPurpose::DirectMessage;
    if (mimeType == u"image/gif")
        return MediaKind{dm ? u"dm_gif"_s : u"tweet_gif"_s, 15 * 1000 * 1000};
    if (mimeType == u"image/jpeg" || mimeType == u"image/png" || mimeType == u"image/webp")
        return MediaKind{dm ? u"dm_image"_s : u"tweet_image"_s, 5 * 1000 * 1000};
    if (mimeType == u"video/mp4" || mimeType == u"video/quicktime")
        return MediaKind{dm ? u"dm_video"_s : u"tweet_video"_s, qint64(512) * 1000 * 1000};
    return std::nullopt;
}

void XClient::uploadMedia(const MediaUpload &upload, QObject *context, ResultCallback<UploadedMedia> done,
                          ProgressCallback progress)
{
    const QFileInfo info(upload.filePath);
    if (!info.isFile() || !info.isReadable())
        return done(invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    const QString mime = upload.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(info).name() : upload.mimeType;
    const auto kind = mediaKind(mime, upload.purpose);
    if (!kind)
        return done(invalid(tr("X does not accept files of this type (%1).").arg(mime)));
    if (info.size() <= 0 || info.size() > kind->maxBytes)
        return done(invalid(tr("%1 is too large for X: the limit for this type is %2 MB.")
                                .arg(info.fileName())
                                .arg(kind->maxBytes / 1000 / 1000)));

    auto state = std::make_shared<Upload>();
    state->context = context;
    state->done = std::move(done);
    state->progress = std::move(progress);
    state->file = std::make_unique<QFile>(upload.filePath);
    if (!state->file->open(QIODevice::ReadOnly))
        return state->done(invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    state->total = info.size();

    HttpRequest r = request(HttpRequest::Method::Post, u"/2/media/upload/initialize"_s, bucketMedia);
    r.setJsonBody(QJsonDocument(
        QJsonObject{{"media_type"_L1, mime}, {"total_bytes"_L1, state->total}, {"media_category"_L1, kind->category}}));
    QPointer<XClient> self(this);
    call(r, context, [self, state](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return self->finishUpload(state, response.error());
        const QJsonObject data = response->object().value("data"_L1).toObject();
        auto id = json::numericId(data, "id"_L1);
        if (!id)
            return self->finishUpload(state, Error(Error::Code::BadResponse, tr("X did not start the upload.")));
        state->mediaId = *id;
        state->expiresAfterSeconds = json::integer(data, "expires_after_secs"_L1).value_or(state->expiresAfterSeconds);
        self->appendChunk(state);
    });
}

void XClient::appendChunk(std::shared_ptr<Upload> upload)
{
    if (!upload->context)
        return;
    if (upload->sent >= upload->total)
        return finalizeUpload(upload);
    const QByteArray chunk = upload->file->read(m_config.uploadChunkBytes);
    if (chunk.isEmpty())
        return finishUpload(upload, invalid(tr("The file changed while it was being uploaded.")));

    const QByteArray boundary = multipartBoundary();
    QByteArray body;
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"segment_index\"\r\n\r\n";
    body += QByteArray::number(upload->segment) + "\r\n";
    body += "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"blob\"\r\n"
              "Content-Type: application/octet-stream\r\n\r\n";
    body += chunk + "\r\n--" + boundary + "--\r\n";

    HttpRequest r =
        request(HttpRequest::Method::Post, u"/2/media/upload/%1/append"_s.arg(upload->mediaId), bucketMedia);
    r.setBody(body, "multipart/form-data; boundary=" + boundary);
    // The same segment index sent twice replaces itself, so an append may be retried.
    r.setIdempotent(true);
    r.setExpect(HttpRequest::Expect::Anything);
    QPointer<XClient> self(this);
    const qint64 size = chunk.size();
    call(r, upload->context, [self, upload, size](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return self->finishUpload(upload, response.error());
        upload->sent += size;
        ++upload->segment;
        if (upload->progress)
            upload->progress(upload->sent, upload->total);
        self->appendChunk(upload);
    });
}

void XClient::finalizeUpload(std::shared_ptr<Upload> upload)
{
    HttpRequest r =
        request(HttpRequest::Method::Post, u"/2/media/upload/%1/finalize"_s.arg(upload->mediaId), bucketMedia);
    QPointer<XClient> self(this);
    call(r, upload->context, [self, upload](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return self->finishUpload(upload, response.error());
        const QJsonObject data = response->object().value("data"_L1).toObject();
        upload->expiresAfterSeconds =
            json::integer(data, "expires_after_secs"_L1).value_or(upload->expiresAfterSeconds);
        const QJsonObject processing = data.value("processing_info"_L1).toObject();
        const QString state = json::string(processing, "state"_L1).value_or(u"succeeded"_s);
        if (state == u"failed")
            return self->finishUpload(upload, invalid(tr("X could not process the file.")));
        if (state == u"succeeded")
            return self->finishUpload(upload, UploadedMedia{upload->mediaId, {}});
        self->pollUpload(upload, int(json::integer(processing, "check_after_secs"_L1).value_or(1)));
    });
}

void XClient::pollUpload(std::shared_ptr<Upload> upload, int checkAfterSeconds)
{
    if (!upload->context)
        return;
    if (++upload->polls > maxUploadPolls)
        return finishUpload(upload, Error(Error::Code::Timeout, tr("X took too long to process the file.")));
    QPointer<XClient> self(this);
    QTimer::singleShot(std::clamp(checkAfterSeconds, 0, 60) * 1000, upload->context.data(), [self, upload] {
        if (!self)
            return;
        QUrlQuery query;
        query.addQueryItem(u"command"_s, u"STATUS"_s);
        query.addQueryItem(u"media_id"_s, upload->mediaId);
        self->call(self->request(HttpRequest::Method::Get, u"/2/media/upload"_s, bucketMedia, query), upload->context,
                   [self, upload](Result<HttpResponse> response) {
                       if (!self)
                           return;
                       if (!response)
                           return self->finishUpload(upload, response.error());
                       const QJsonObject processing =
                           response->object().value("data"_L1).toObject().value("processing_info"_L1).toObject();
                       const QString state = json::string(processing, "state"_L1).value_or(u"succeeded"_s);
                       if (state == u"failed")
                           return self->finishUpload(upload, invalid(tr("X could not process the file.")));
                       if (state == u"succeeded")
                           return self->finishUpload(upload, UploadedMedia{upload->mediaId, {}});
                       self->pollUpload(upload, int(json::integer(processing, "check_after_secs"_L1).value_or(1)));
                   });
    });
}

void XClient::finishUpload(std::shared_ptr<Upload> upload, Result<UploadedMedia> result)
{
    upload->file.reset();
    if (!upload->context)
        return;
    if (result.ok()) {
        // Media ids are usable for 24 hours (API-NOTES X-2); the outbox re-uploads older ones.
        result.value().expiresAt = QDateTime::currentDateTimeUtc().addSecs(upload->expiresAfterSeconds);
    }
    upload->done(std::move(result));
}

void XClient::lookUpPerson(const QString &handleOrId, QObject *context, ResultCallback<Identity> done)
{
    QString key = handleOrId.trimmed();
    if (key.startsWith(u'@'))
        key.remove(0, 1);
    QString path;
    static const QRegularExpression username(u"^[A-Za-z0-9_]{1,15}$"_s);
    if (json::isNumericId(key) && !handleOrId.trimmed().startsWith(u'@'))
        path = u"/2/users/"_s + key;
    else if (username.match(key).hasMatch())
        path = u"/2/users/by/username/"_s + key;
    else
        return done(invalid(tr("“%1” is not an X username.").arg(handleOrId.left(40))));
    QUrlQuery query;
    query.addQueryItem(u"user.fields"_s, userFields);
    const QUuid account = m_config.accountId;
    call(request(HttpRequest::Method::Get, path, bucketUsers, query), context,
         [done, account](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             done(xmapper::user(response->json(), account));
         });
}

TextRules XClient::textRules(TextRules::Mode mode) const
{
    return TextRules::x(mode);
}

QUrl XClient::directMessageLink() const
{
    return starling::directMessageLink(Network::X, m_config.ownUserId);
}

} // namespace starling
