// SPDX-License-Identifier: GPL-3.0-or-later
#include "XServer.h"

#include "LoopbackServer.h"
#include "XMultipart.h"
#include "XProblem.h"
#include "text/TextRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

using xproblem::Issue;

// The field and expansion names of the official spec v2.166 (x-api-v2-openapi-2.166.json).
// The server refuses any other name, as X does.
const QStringList userFieldNames{
    u"affiliation"_s,
    u"confirmed_email"_s,
    u"connection_status"_s,
    u"created_at"_s,
    u"description"_s,
    u"entities"_s,
    u"id"_s,
    u"is_identity_verified"_s,
    u"location"_s,
    u"most_recent_tweet_id"_s,
    u"name"_s,
    u"parody"_s,
    u"pinned_tweet_id"_s,
    u"profile_banner_url"_s,
    u"profile_image_url"_s,
    u"protected"_s,
    u"public_metrics"_s,
    u"receives_your_dm"_s,
    u"subscription"_s,
    u"subscription_type"_s,
    u"url"_s,
    u"username"_s,
    u"verified"_s,
    u"verified_followers_count"_s,
    u"verified_type"_s,
    u"withheld"_s,
};
const QStringList tweetFieldNames{
    u"article"_s,
    u"attachments"_s,
    u"author_id"_s,
    u"card_uri"_s,
    u"community_id"_s,
    u"context_annotations"_s,
    u"conversation_id"_s,
    u"created_at"_s,
    u"display_text_range"_s,
    u"edit_controls"_s,
    u"edit_history_tweet_ids"_s,
    u"entities"_s,
    u"geo"_s,
    u"id"_s,
    u"in_reply_to_user_id"_s,
    u"lang"_s,
    u"matched_media_notes"_s,
    u"media_metadata"_s,
    u"non_public_metrics"_s,
    u"note_request_suggestions"_s,
    u"note_tweet"_s,
    u"organic_metrics"_s,
    u"paid_partnership"_s,
    u"possibly_sensitive"_s,
    u"promoted_metrics"_s,
    u"public_metrics"_s,
    u"referenced_tweets"_s,
    u"reply_settings"_s,
    u"scopes"_s,
    u"source"_s,
    u"suggested_source_links"_s,
    u"suggested_source_links_with_counts"_s,
    u"text"_s,
    u"withheld"_s,
};
const QStringList mediaFieldNames{
    u"alt_text"_s,
    u"duration_ms"_s,
    u"height"_s,
    u"media_key"_s,
    u"non_public_metrics"_s,
    u"organic_metrics"_s,
    u"preview_image_url"_s,
    u"promoted_metrics"_s,
    u"public_metrics"_s,
    u"type"_s,
    u"url"_s,
    u"variants"_s,
    u"width"_s,
};
const QStringList pollFieldNames{u"duration_minutes"_s, u"end_datetime"_s, u"id"_s, u"options"_s, u"voting_status"_s};
const QStringList placeFieldNames{
    u"contained_within"_s, u"country"_s, u"country_code"_s, u"full_name"_s, u"geo"_s, u"id"_s, u"name"_s,
    u"place_type"_s};
const QStringList dmEventFieldNames{
    u"attachments"_s, u"created_at"_s,      u"dm_conversation_id"_s, u"entities"_s,  u"event_type"_s,
    u"id"_s,          u"participant_ids"_s, u"referenced_tweets"_s,  u"sender_id"_s, u"text"_s,
};
const QStringList dmExpansionNames{u"attachments.media_keys"_s, u"participant_ids"_s, u"referenced_tweets.id"_s,
                                   u"sender_id"_s};
const QStringList tweetExpansionNames{
    u"article.cover_media"_s,
    u"article.media_entities"_s,
    u"attachments.media_keys"_s,
    u"attachments.media_source_tweet"_s,
    u"attachments.poll_ids"_s,
    u"author_id"_s,
    u"edit_history_tweet_ids"_s,
    u"entities.mentions.username"_s,
    u"geo.place_id"_s,
    u"in_reply_to_user_id"_s,
    u"entities.note.mentions.username"_s,
    u"referenced_tweets.id"_s,
    u"referenced_tweets.id.attachments.media_keys"_s,
    u"referenced_tweets.id.author_id"_s,
};
const QStringList userExpansionNames{u"affiliation.user_id"_s, u"most_recent_tweet_id"_s, u"pinned_tweet_id"_s};
const QStringList eventTypeNames{u"MessageCreate"_s, u"ParticipantsJoin"_s, u"ParticipantsLeave"_s};
const QStringList postBodyKeys{
    u"card_uri"_s,
    u"community_id"_s,
    u"direct_message_deep_link"_s,
    u"edit_options"_s,
    u"for_super_followers_only"_s,
    u"geo"_s,
    u"made_with_ai"_s,
    u"media"_s,
    u"nullcast"_s,
    u"paid_partnership"_s,
    u"poll"_s,
    u"quote_tweet_id"_s,
    u"reply"_s,
    u"reply_settings"_s,
    u"share_with_followers"_s,
    u"text"_s,
};
const QStringList mediaTypes{
    u"video/mp4"_s,  u"video/webm"_s,  u"video/mp2t"_s, u"video/quicktime"_s,   u"text/srt"_s,
    u"text/vtt"_s,   u"image/jpeg"_s,  u"image/gif"_s,  u"image/bmp"_s,         u"image/png"_s,
    u"image/webp"_s, u"image/pjpeg"_s, u"image/tiff"_s, u"model/gltf-binary"_s, u"model/vnd.usdz+zip"_s,
};
const QStringList mediaCategories{u"amplify_video"_s, u"tweet_gif"_s, u"tweet_image"_s, u"tweet_video"_s,
                                  u"dm_gif"_s,        u"dm_image"_s,  u"dm_video"_s,    u"subtitles"_s};

// Snowflake ids count milliseconds from Twitter's epoch in their upper bits.
constexpr qint64 snowflakeEpochMs = 1288834974657;
constexpr int maxSegmentIndex = 999;
constexpr qint64 maxSegmentBytes = 5 * 1024 * 1024;
constexpr int maxReachableMentions = 800;
constexpr int maxReachablePosts = 3200;
constexpr int maxIssues = 10;
const QString problemUnknownMedia = u"Your media IDs are invalid."_s;
// X's own words for a reply it refuses under the 2026-02 rule, so clients can recognise it.
const QString replyNotAllowed = u"Reply to this conversation is not allowed because you have not been mentioned or "
                                "otherwise engaged by the author of the post you are replying to."_s;

const QRegularExpression &numericIdPattern()
{
    static const QRegularExpression pattern(u"^[0-9]{1,19}$"_s);
    return pattern;
}

const QRegularExpression &usernamePattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_]{1,15}$"_s);
    return pattern;
}

const QRegularExpression &conversationIdPattern()
{
    static const QRegularExpression pattern(u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s);
    return pattern;
}

bool isNumericId(const QString &text)
{
    return numericIdPattern().match(text).hasMatch();
}

quint64 idValue(const QString &id)
{
    return id.toULongLong();
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

/** Post and DM text as X sends it: '&', '<' and '>' escaped, and nothing else (quotes stay). */
QString wireText(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s);
    out.replace(u'<', u"&lt;"_s);
    out.replace(u'>', u"&gt;"_s);
    return out;
}

Issue patternIssue(const QString &parameter, const QString &value, const QString &pattern)
{
    return Issue{u"The `%1` query parameter value [%2] does not match %3"_s.arg(parameter, value.left(100), pattern),
                 parameter, value};
}

Response idPatternProblem(const QString &parameter, const QString &value)
{
    return xproblem::invalidRequest({patternIssue(parameter, value, u"^[0-9]{1,19}$"_s)});
}

/**
 * The answer of the media upload endpoints: {data} only. Spec v2.166 also requires an undescribed
 * `meta` member (and a `type` in processing_info); v2.167 dropped both and forbids anything but
 * check_after_secs, progress_percent and state in processing_info, so the sandbox follows v2.167.
 */
Response uploadAnswer(const QJsonObject &data)
{
    return Response::json(QJsonObject{{u"data"_s, data}});
}

Response created(const QJsonObject &data)
{
    return Response::json(QJsonObject{{u"data"_s, data}}, 201);
}

// ---- Pagination tokens: opaque base32 strings naming the last item a page showed ----

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString base32(const QByteArray &data)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 31]);
    return text;
}

std::optional<QByteArray> unbase32(const QString &text)
{
    QByteArray data;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char upper = char(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
        const char *found = upper ? std::strchr(base32Alphabet, upper) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(found - base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            data += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return data;
}

/**
 * A token for the page after the item @p lastId. X's DM tokens are base32 of at least 16
 * characters, its timeline tokens lower-case base36; @p kind keeps one endpoint's token from
 * being accepted by another.
 */
QString pageToken(char kind, const QString &lastId)
{
    const QString token = base32(QByteArray(1, kind) + ':' + lastId.rightJustified(19, u'0').toLatin1());
    return kind == 'D' ? token : token.toLower();
}

std::optional<QString> readPageToken(char kind, const QString &token)
{
    if (token.size() > 64)
        return std::nullopt;
    const auto data = unbase32(token);
    if (!data || data->size() != 21 || data->at(0) != kind || data->at(1) != ':')
        return std::nullopt;
    const QString id = QString::fromLatin1(data->mid(2));
    if (!isNumericId(id))
        return std::nullopt;
    return id;
}

/** Width and height from a PNG's IHDR chunk; zeros for anything else. */
std::pair<int, int> pngSize(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 24 || !bytes.startsWith(signature) || bytes.mid(12, 4) != "IHDR")
        return {0, 0};
    const quint32 width = qFromBigEndian<quint32>(bytes.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(bytes.constData() + 20);
    if (width > 100000 || height > 100000)
        return {0, 0};
    return {int(width), int(height)};
}

QString defaultCategory(const QString &mimeType)
{
    if (mimeType == u"image/gif")
        return u"tweet_gif"_s;
    if (mimeType.startsWith(u"video/"))
        return u"tweet_video"_s;
    if (mimeType.startsWith(u"text/"))
        return u"subtitles"_s;
    return u"tweet_image"_s;
}

/** Whether a media category fits a MIME type, and the largest file it takes (API-NOTES X-3). */
std::optional<qint64> categoryLimit(const QString &category, const QString &mimeType)
{
    const bool video = mimeType.startsWith(u"video/");
    const bool gif = mimeType == u"image/gif";
    const bool image = mimeType.startsWith(u"image/");
    const bool subtitles = mimeType.startsWith(u"text/");
    if (category == u"tweet_image" || category == u"dm_image")
        return image ? std::optional<qint64>(5 * 1000 * 1000) : std::nullopt;
    if (category == u"tweet_gif" || category == u"dm_gif")
        return gif ? std::optional<qint64>(15 * 1000 * 1000) : std::nullopt;
    if (category == u"tweet_video" || category == u"dm_video" || category == u"amplify_video")
        return video ? std::optional<qint64>(qint64(512) * 1000 * 1000) : std::nullopt;
    if (category == u"subtitles")
        return subtitles ? std::optional<qint64>(1000 * 1000) : std::nullopt;
    return std::nullopt;
}

QString mediaKeyPrefix(const QString &category)
{
    if (category == u"amplify_video")
        return u"13_"_s;
    if (category.endsWith(u"_video"))
        return u"7_"_s;
    if (category.endsWith(u"_gif"))
        return u"16_"_s;
    return u"3_"_s;
}

QString extensionFor(const QString &mimeType)
{
    if (mimeType == u"image/png")
        return u"png"_s;
    if (mimeType == u"image/gif")
        return u"gif"_s;
    if (mimeType == u"image/webp")
        return u"webp"_s;
    return u"jpg"_s;
}

/** Keys of @p object that are not in @p allowed, as issues. */
QList<Issue> unknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    QList<Issue> issues;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            issues << Issue{u"The field [%1] is not allowed in %2; allowed are [%3]"_s.arg(it.key().left(100), where,
                                                                                           allowed.join(u',')),
                            it.key(),
                            {}};
        }
    }
    return issues;
}

} // namespace

XServer::XServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_server->setFallback([](const Request &) { return xproblem::notFound(); });
    addRoute("GET"_ba, u"/2/users/me"_s, &XServer::getMe);
    addRoute("GET"_ba, u"/2/users/by/username/{username}"_s, &XServer::getUserByUsername);
    addRoute("GET"_ba, u"/2/users/{id}/mentions"_s, &XServer::getMentions);
    addRoute("GET"_ba, u"/2/users/{id}/tweets"_s, &XServer::getUserPosts);
    addRoute("GET"_ba, u"/2/users/{id}"_s, &XServer::getUser);
    addRoute("GET"_ba, u"/2/dm_events"_s, &XServer::getDmEvents);
    addRoute("GET"_ba, u"/2/dm_conversations/with/{participant_id}/dm_events"_s, &XServer::getParticipantEvents);
    addRoute("GET"_ba, u"/2/dm_conversations/{id}/dm_events"_s, &XServer::getConversationEvents);
    addRoute("POST"_ba, u"/2/dm_conversations/with/{participant_id}/messages"_s, &XServer::sendToParticipant);
    addRoute("POST"_ba, u"/2/dm_conversations/{dm_conversation_id}/messages"_s, &XServer::sendToConversation);
    addRoute("POST"_ba, u"/2/dm_conversations"_s, &XServer::createGroup);
    addRoute("POST"_ba, u"/2/tweets"_s, &XServer::createPost);
    addRoute("POST"_ba, u"/2/media/upload/initialize"_s, &XServer::initializeUpload);
    addRoute("POST"_ba, u"/2/media/upload/{id}/append"_s, &XServer::appendUpload);
    addRoute("POST"_ba, u"/2/media/upload/{id}/finalize"_s, &XServer::finalizeUpload);
    addRoute("GET"_ba, u"/2/media/upload"_s, &XServer::uploadStatus);
}

XServer::~XServer() = default;

bool XServer::listen(quint16 port)
{
    return m_server->listen(port);
}

void XServer::close()
{
    m_server->close();
}

quint16 XServer::port() const
{
    return m_server->port();
}

QUrl XServer::baseUrl() const
{
    return m_server->baseUrl();
}

void XServer::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime XServer::now() const
{
    return m_clock().toUTC();
}

QString XServer::endpointName(const QByteArray &method, const QString &pattern)
{
    return QString::fromLatin1(method) + u' ' + pattern;
}

void XServer::addRoute(const QByteArray &method, const QString &pattern, Handler handler)
{
    const QString endpoint = endpointName(method, pattern);
    m_server->route(method, pattern,
                    [this, endpoint, handler](const Request &request) { return serve(endpoint, request, handler); });
}

Response XServer::serve(const QString &endpoint, const Request &request, Handler handler)
{
    try {
        const QString userId = authenticate(request);
        if (userId.isEmpty())
            return xproblem::unauthorized();
        XRateLimits::Window window;
        Response response = m_limits.take(endpoint, userId, now(), window) ? (this->*handler)(request, userId)
                                                                           : xproblem::tooManyRequests();
        const HttpHeaders limits = window.headers();
        for (const auto &[name, value] : limits.fields())
            response.headers.set(name, value);
        return response;
    } catch (const std::exception &) {
        // Whatever went wrong, the client gets an answer and the server keeps running.
        return xproblem::internalError();
    }
}

QString XServer::authenticate(const Request &request) const
{
    const QByteArray header = request.headers.value("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space <= 0 || header.left(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    const auto it = m_tokens.constFind(header.mid(space + 1).trimmed());
    if (it == m_tokens.cend() || it->expired || !m_users.contains(it->userId))
        return {};
    return it->userId;
}

// ---- People and tokens ----

QString XServer::addUser(const QString &username, const QString &name)
{
    XUser user;
    user.username = username;
    user.name = name;
    return addUser(std::move(user));
}

QString XServer::addUser(XUser user)
{
    if (!usernamePattern().match(user.username).hasMatch() || m_userIdsByName.contains(user.username.toLower()))
        return {};
    if (user.id.isEmpty())
        user.id = nextId();
    if (!isNumericId(user.id) || m_users.contains(user.id))
        return {};
    if (user.name.isEmpty())
        user.name = user.username;
    if (!user.createdAt.isValid())
        user.createdAt = now();
    m_userIdsByName.insert(user.username.toLower(), user.id);
    m_users.insert(user.id, user);
    return user.id;
}

std::optional<XUser> XServer::user(const QString &id) const
{
    if (const XUser *found = findUser(id))
        return *found;
    return std::nullopt;
}

std::optional<XUser> XServer::userByUsername(const QString &username) const
{
    const QString key = (username.startsWith(u'@') ? username.mid(1) : username).toLower();
    return user(m_userIdsByName.value(key));
}

void XServer::setOwnUser(const QString &userId)
{
    m_ownUserId = userId;
}

QByteArray XServer::addToken(const QString &user, const QByteArray &token)
{
    const QString userId = user.isEmpty() ? m_ownUserId : user;
    if (!m_users.contains(userId))
        return {};
    QByteArray value = token;
    if (value.isEmpty()) {
        value = "sandbox-";
        for (int i = 0; i < 3; ++i)
            value += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    }
    m_tokens.insert(value, Token{userId, false});
    return value;
}

void XServer::expireToken(const QByteArray &token)
{
    if (auto it = m_tokens.find(token); it != m_tokens.end())
        it->expired = true;
}

void XServer::expireAllTokens()
{
    for (Token &token : m_tokens)
        token.expired = true;
}

bool XServer::isTokenValid(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->expired;
}

// ---- Seeding ----

QString XServer::deliverDirectMessage(const QString &fromUserId, const QString &toUserId, const QString &text,
                                      const QString &mediaId)
{
    if (!findUser(fromUserId) || !findUser(toUserId) || fromUserId == toUserId)
        return {};
    if ((text.isEmpty() && mediaId.isEmpty()) || (!mediaId.isEmpty() && !mediaProblem(mediaId, fromUserId).isEmpty()))
        return {};
    return appendMessage(ensureDirectConversation(fromUserId, toUserId), fromUserId, DmContent{text, mediaId});
}

QString XServer::postToConversation(const QString &senderId, const QString &conversationId, const QString &text,
                                    const QString &mediaId)
{
    const auto it = m_conversations.constFind(conversationId);
    if (it == m_conversations.cend() || !it->participantIds.contains(senderId))
        return {};
    if ((text.isEmpty() && mediaId.isEmpty()) || (!mediaId.isEmpty() && !mediaProblem(mediaId, senderId).isEmpty()))
        return {};
    return appendMessage(conversationId, senderId, DmContent{text, mediaId});
}

QString XServer::createGroupConversation(const QString &creatorId, const QStringList &participantIds,
                                         const QString &text)
{
    if (!findUser(creatorId) || participantIds.size() < 2 || participantIds.size() > 49 || text.isEmpty())
        return {};
    for (const QString &id : participantIds) {
        if (!findUser(id) || id == creatorId || participantIds.count(id) > 1)
            return {};
    }
    return openGroup(creatorId, participantIds, DmContent{text, {}}).first;
}

QString XServer::addPost(const QString &authorId, const QString &text, const QString &inReplyToPostId,
                         const QString &quotedPostId)
{
    if (!findUser(authorId) || text.isEmpty())
        return {};
    if ((!inReplyToPostId.isEmpty() && !findPost(inReplyToPostId))
        || (!quotedPostId.isEmpty() && !findPost(quotedPostId)))
        return {};
    XPost post;
    post.authorId = authorId;
    post.text = text;
    post.inReplyToPostId = inReplyToPostId;
    post.quotedPostId = quotedPostId;
    return insertPost(std::move(post));
}

QString XServer::mention(const QString &authorId, const QString &mentionedUserId, const QString &text,
                         const QString &inReplyToPostId)
{
    const XUser *mentioned = findUser(mentionedUserId);
    if (!mentioned)
        return {};
    return addPost(authorId, u'@' + mentioned->username + u' ' + text, inReplyToPostId);
}

QString XServer::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                          const QString &category)
{
    const QString chosen = category.isEmpty() ? defaultCategory(mimeType) : category;
    const auto limit = categoryLimit(chosen, mimeType);
    if (!findUser(ownerId) || !mediaTypes.contains(mimeType) || !limit || bytes.isEmpty() || bytes.size() > *limit)
        return {};
    XMedia media;
    media.id = nextId();
    media.key = mediaKeyPrefix(chosen) + media.id;
    media.ownerId = ownerId;
    media.mimeType = mimeType;
    media.category = chosen;
    media.totalBytes = bytes.size();
    media.segments.insert(0, bytes);
    media.state = XMedia::State::Succeeded;
    media.createdAt = now();
    media.expiresAt = media.createdAt.addSecs(mediaLifetimeSecs);
    std::tie(media.width, media.height) = pngSize(bytes);
    m_media.insert(media.id, media);
    return media.id;
}

// ---- Inspection ----

QList<XDmConversation> XServer::conversations() const
{
    QList<XDmConversation> list = m_conversations.values();
    std::sort(list.begin(), list.end(), [](const XDmConversation &a, const XDmConversation &b) { return a.id < b.id; });
    return list;
}

std::optional<XDmConversation> XServer::conversation(const QString &id) const
{
    const auto it = m_conversations.constFind(id);
    if (it == m_conversations.cend())
        return std::nullopt;
    return *it;
}

QList<XDmEvent> XServer::dmEvents(const QString &conversationId) const
{
    QList<XDmEvent> list;
    for (const XDmEvent &event : m_events) {
        if (conversationId.isEmpty() || event.conversationId == conversationId)
            list.append(event);
    }
    return list;
}

std::optional<XDmEvent> XServer::dmEvent(const QString &id) const
{
    const auto it = m_eventIndex.constFind(id);
    if (it == m_eventIndex.cend())
        return std::nullopt;
    return m_events.at(size_t(*it));
}

QList<XPost> XServer::posts() const
{
    return QList<XPost>(m_posts.cbegin(), m_posts.cend());
}

std::optional<XPost> XServer::post(const QString &id) const
{
    if (const XPost *found = findPost(id))
        return *found;
    return std::nullopt;
}

QList<XPost> XServer::thread(const QString &conversationId) const
{
    QList<XPost> list;
    for (const XPost &p : m_posts) {
        if (p.conversationId == conversationId)
            list.append(p);
    }
    return list;
}

std::optional<XMedia> XServer::media(const QString &id) const
{
    const auto it = m_media.constFind(id);
    if (it == m_media.cend())
        return std::nullopt;
    return *it;
}

QString XServer::directConversationId(const QString &userA, const QString &userB)
{
    const bool aFirst = idValue(userA) < idValue(userB);
    return (aFirst ? userA : userB) + u'-' + (aFirst ? userB : userA);
}

// ---- Rate limits and processing ----

void XServer::setRateLimit(const QByteArray &method, const QString &pattern, int limit, std::chrono::seconds window)
{
    m_limits.setLimit(endpointName(method, pattern), XRateLimits::Limit{limit, window});
}

void XServer::setAllRateLimits(int limit, std::chrono::seconds window)
{
    m_limits.setAllLimits(XRateLimits::Limit{limit, window});
}

void XServer::restoreRateLimits()
{
    m_limits.restoreDefaults();
}

void XServer::exhaustRateLimit(const QByteArray &method, const QString &pattern, const QString &userId)
{
    m_limits.exhaust(endpointName(method, pattern), userId, now());
}

XRateLimits::Window XServer::rateLimit(const QByteArray &method, const QString &pattern, const QString &userId) const
{
    return m_limits.peek(endpointName(method, pattern), userId, now());
}

void XServer::setMediaProcessing(int statusPolls, int checkAfterSecs)
{
    m_processingPolls = std::max(1, statusPolls);
    m_checkAfterSecs = std::clamp(checkAfterSecs, 0, 60);
}

void XServer::failMediaProcessing(const QString &mediaId)
{
    if (auto it = m_media.find(mediaId); it != m_media.end() && it->state != XMedia::State::Succeeded)
        it->failsProcessing = true;
}

// ---- The world ----

QString XServer::nextId()
{
    const qint64 elapsed = now().toMSecsSinceEpoch() - snowflakeEpochMs;
    const quint64 fromClock = elapsed > 0 ? quint64(elapsed) << 22 : 0;
    m_lastId = std::max(fromClock, m_lastId + 1);
    return QString::number(m_lastId);
}

const XUser *XServer::findUser(const QString &id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &*it;
}

const XPost *XServer::findPost(const QString &id) const
{
    const auto it = m_postIndex.constFind(id);
    return it == m_postIndex.cend() ? nullptr : &m_posts.at(size_t(*it));
}

QString XServer::ensureDirectConversation(const QString &userA, const QString &userB)
{
    const QString id = directConversationId(userA, userB);
    if (!m_conversations.contains(id)) {
        const QStringList pair = id.split(u'-');
        m_conversations.insert(id, XDmConversation{id, false, pair});
    }
    return id;
}

QStringList XServer::referencedPostsIn(const QString &text) const
{
    // A post shared in a DM is its URL in the text; X then lists it in referenced_tweets.
    static const QRegularExpression postUrl(
        u"https?://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/(?:[A-Za-z0-9_]{1,15}|i/web)/status/([0-9]{1,19})"_s);
    QStringList ids;
    auto it = postUrl.globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (findPost(id) && !ids.contains(id))
            ids << id;
    }
    return ids;
}

QString XServer::appendMessage(const QString &conversationId, const QString &senderId, const DmContent &message)
{
    XDmEvent event;
    event.id = nextId();
    event.type = XDmEvent::Type::MessageCreate;
    event.conversationId = conversationId;
    event.senderId = senderId;
    event.text = message.text;
    event.createdAt = now();
    event.mediaId = message.mediaId;
    event.referencedPostIds = referencedPostsIn(message.text);
    m_eventIndex.insert(event.id, qsizetype(m_events.size()));
    m_events.push_back(event);
    Q_EMIT dmEventCreated(event.id);
    return event.id;
}

std::pair<QString, QString> XServer::openGroup(const QString &creatorId, const QStringList &participantIds,
                                               const DmContent &message)
{
    XDmConversation conversation;
    conversation.id = nextId();
    conversation.group = true;
    conversation.participantIds = QStringList{creatorId} + participantIds;
    m_conversations.insert(conversation.id, conversation);

    // X records the group's start as everyone joining, then the first message.
    XDmEvent join;
    join.id = nextId();
    join.type = XDmEvent::Type::ParticipantsJoin;
    join.conversationId = conversation.id;
    join.senderId = creatorId;
    join.createdAt = now();
    join.participantIds = conversation.participantIds;
    m_eventIndex.insert(join.id, qsizetype(m_events.size()));
    m_events.push_back(join);
    Q_EMIT dmEventCreated(join.id);
    return {conversation.id, appendMessage(conversation.id, creatorId, message)};
}

QString XServer::insertPost(XPost post)
{
    post.id = nextId();
    post.createdAt = now();
    post.conversationId = post.id;
    if (const XPost *parent = findPost(post.inReplyToPostId)) {
        post.conversationId = parent->conversationId;
        post.inReplyToUserId = parent->authorId;
    }
    if (auto it = m_users.find(post.authorId); it != m_users.end())
        ++it->tweetCount;
    m_postIndex.insert(post.id, qsizetype(m_posts.size()));
    m_posts.push_back(post);
    Q_EMIT postCreated(post.id);
    return post.id;
}

QString XServer::mediaProblem(const QString &mediaId, const QString &userId) const
{
    const auto it = m_media.constFind(mediaId);
    // X does not tell whose media an id is; every refusal reads the same.
    if (it == m_media.cend() || !it->isOwnedBy(userId) || it->state != XMedia::State::Succeeded
        || it->expiresAt <= now())
        return problemUnknownMedia;
    return {};
}

bool XServer::mentions(const XPost &post, const XUser &user) const
{
    if (post.authorId == user.id)
        return false;
    if (post.inReplyToUserId == user.id)
        return true;
    static const QRegularExpression mention(u"(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])"_s);
    auto it = mention.globalMatch(post.text);
    while (it.hasNext()) {
        if (it.next().captured(1).compare(user.username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool XServer::mayReply(const QString &replierId, const XPost &target) const
{
    // Since 2026-02-23 a self-serve app may reply only where the author "summoned" it: the post
    // answered mentions the replier or quotes them (API-NOTES X-2). Threads of one's own are fine.
    if (target.authorId == replierId)
        return true;
    const XUser *replier = findUser(replierId);
    if (!replier)
        return false;
    static const QRegularExpression mention(u"(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])"_s);
    auto it = mention.globalMatch(target.text);
    while (it.hasNext()) {
        if (it.next().captured(1).compare(replier->username, Qt::CaseInsensitive) == 0)
            return true;
    }
    const XPost *quoted = findPost(target.quotedPostId);
    return quoted && quoted->authorId == replierId;
}

// ---- Requests ----

std::optional<Response> XServer::checkQuery(const Request &request, const QueryRules &rules) const
{
    QStringList known = rules.plain + rules.lists.keys();
    known.sort();
    QList<Issue> issues;
    QSet<QString> seen;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (issues.size() >= maxIssues)
            break;
        if (seen.contains(key)) {
            issues << Issue{u"Duplicate parameters are not allowed: [%1]"_s.arg(key.left(100)), key, value};
            continue;
        }
        seen.insert(key);
        if (const auto list = rules.lists.constFind(key); list != rules.lists.cend()) {
            const QStringList values = value.split(u',');
            QSet<QString> unique;
            for (const QString &item : values) {
                if (item.isEmpty() || !list->contains(item) || unique.contains(item)) {
                    issues << Issue{u"The `%1` query parameter value [%2] is not one of [%3]"_s.arg(key, item.left(100),
                                                                                                    list->join(u',')),
                                    key, item};
                    break;
                }
                unique.insert(item);
            }
        } else if (!rules.plain.contains(key)) {
            issues << Issue{u"The query parameter [%1] is not one of [%2]"_s.arg(key.left(100), known.join(u',')), key,
                            value};
        }
    }
    if (issues.isEmpty())
        return std::nullopt;
    return xproblem::invalidRequest(issues);
}

XServer::Selection XServer::selection(const Request &request) const
{
    const auto set = [&request](const QString &key) {
        QSet<QString> values;
        const QString value = request.queryValue(key);
        if (!value.isEmpty()) {
            for (const QString &item : value.split(u','))
                values.insert(item);
        }
        return values;
    };
    return Selection{set(u"dm_event.fields"_s), set(u"tweet.fields"_s), set(u"user.fields"_s), set(u"media.fields"_s),
                     set(u"expansions"_s)};
}

std::optional<Response> XServer::readBody(const Request &request, QJsonObject &body) const
{
    const QByteArray type = request.headers.value("content-type").split(';').constFirst().trimmed().toLower();
    if (type != "application/json")
        return xproblem::invalidRequest(u"The request body must be JSON (Content-Type: application/json)."_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return xproblem::invalidRequest(u"The request body is not a valid JSON object."_s);
    body = document.object();
    return std::nullopt;
}

std::variant<XServer::DmContent, Response> XServer::readMessage(const QJsonValue &value, const QString &senderId,
                                                                const QString &where) const
{
    if (!value.isObject())
        return xproblem::invalidRequest(u"%1 must be an object with text or attachments."_s.arg(where), where);
    const QJsonObject object = value.toObject();
    QList<Issue> issues = unknownKeys(object, {u"text"_s, u"attachments"_s}, where);
    DmContent message;
    const QJsonValue text = object.value(u"text"_s);
    if (!text.isUndefined()) {
        if (!text.isString() || text.toString().isEmpty()) {
            issues << Issue{u"The `text` field must be a string of at least one character."_s, u"text"_s, {}};
        } else {
            message.text = text.toString();
            const TextCount count = TextRules::x(TextRules::Mode::DirectMessage).count(message.text);
            if (!count.valid) {
                issues << Issue{
                    u"The `text` field is too long: %1 of %2 characters."_s.arg(count.length).arg(count.limit),
                    u"text"_s,
                    {}};
            }
        }
    }
    const QJsonValue attachments = object.value(u"attachments"_s);
    if (!attachments.isUndefined()) {
        const QJsonArray list = attachments.toArray();
        if (!attachments.isArray() || list.size() > 1) {
            issues << Issue{u"The `attachments` field takes at most one media item."_s, u"attachments"_s, {}};
        } else if (!list.isEmpty()) {
            const QJsonObject item = list.first().toObject();
            const QString mediaId = item.value(u"media_id"_s).toString();
            if (!list.first().isObject() || item.size() != 1 || !isNumericId(mediaId)) {
                issues << Issue{u"An attachment must be {\"media_id\": \"<id>\"}."_s, u"attachments"_s, {}};
            } else if (const QString problem = mediaProblem(mediaId, senderId); !problem.isEmpty()) {
                issues << Issue{problem, u"media_id"_s, mediaId};
            } else {
                message.mediaId = mediaId;
            }
        }
    }
    if (issues.isEmpty() && message.text.isEmpty() && message.mediaId.isEmpty())
        issues << Issue{u"A message needs text or an attachment."_s, where, {}};
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);
    return message;
}

Response XServer::userAnswer(const Request &request, const std::optional<XUser> &found, const QString &parameter,
                             const QString &value, const QString &detail)
{
    if (!found) {
        // X answers a lookup of someone who does not exist with 200 and errors[] only.
        return Response::json(QJsonObject{
            {u"errors"_s, QJsonArray{xproblem::resourceNotFoundEntry(parameter, value, u"user"_s, detail)}}});
    }
    return Response::json(QJsonObject{{u"data"_s, renderUser(*found, selection(request).userFields)}});
}

// ---- Users ----

Response XServer::getMe(const Request &request, const QString &userId)
{
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, user(userId), u"id"_s, userId, u"Could not find user with id: [%1]."_s.arg(userId));
}

Response XServer::getUser(const Request &request, const QString &)
{
    const QString id = request.param(u"id"_s);
    if (!isNumericId(id))
        return idPatternProblem(u"id"_s, id);
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, user(id), u"id"_s, id, u"Could not find user with id: [%1]."_s.arg(id));
}

Response XServer::getUserByUsername(const Request &request, const QString &)
{
    const QString username = request.param(u"username"_s);
    if (!usernamePattern().match(username).hasMatch()) {
        return xproblem::invalidRequest({patternIssue(u"username"_s, username, u"^[A-Za-z0-9_]{1,15}$"_s)});
    }
    const QueryRules rules{{{u"user.fields"_s, userFieldNames},
                            {u"expansions"_s, userExpansionNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {}};
    if (auto problem = checkQuery(request, rules))
        return *problem;
    return userAnswer(request, userByUsername(username), u"username"_s, username,
                      u"Could not find user with username: [%1]."_s.arg(username));
}

// ---- DM events ----

Response XServer::listDmEvents(const Request &request, const QString &userId,
                               const std::function<bool(const XDmEvent &)> &filter)
{
    const QueryRules rules{{{u"dm_event.fields"_s, dmEventFieldNames},
                            {u"event_types"_s, eventTypeNames},
                            {u"expansions"_s, dmExpansionNames},
                            {u"media.fields"_s, mediaFieldNames},
                            {u"user.fields"_s, userFieldNames},
                            {u"tweet.fields"_s, tweetFieldNames}},
                           {u"max_results"_s, u"pagination_token"_s}};
    if (auto problem = checkQuery(request, rules))
        return *problem;

    int maxResults = 100;
    if (request.query.hasQueryItem(u"max_results"_s)) {
        bool ok = false;
        const QString text = request.queryValue(u"max_results"_s);
        maxResults = text.toInt(&ok);
        if (!ok || maxResults < 1 || maxResults > 100) {
            return xproblem::invalidRequest(
                u"The `max_results` query parameter value [%1] is not between 1 and 100"_s.arg(text.left(20)),
                u"max_results"_s, text);
        }
    }
    quint64 before = std::numeric_limits<quint64>::max();
    if (request.query.hasQueryItem(u"pagination_token"_s)) {
        const QString token = request.queryValue(u"pagination_token"_s);
        const auto last = readPageToken('D', token);
        if (!last) {
            return xproblem::invalidRequest(
                u"The `pagination_token` query parameter value [%1] is not valid"_s.arg(token.left(64)),
                u"pagination_token"_s, token);
        }
        before = idValue(*last);
    }
    QSet<QString> types;
    for (const QString &type : request.queryValue(u"event_types"_s).split(u',', Qt::SkipEmptyParts))
        types.insert(type);
    if (types.isEmpty())
        types = QSet<QString>(eventTypeNames.cbegin(), eventTypeNames.cend());

    QList<const XDmEvent *> page;
    bool more = false;
    // Events are stored in ascending id order: start just below the page token instead of walking
    // past every newer event, which made a first sync of 100,000 events quadratic on the server.
    const auto below = std::lower_bound(m_events.cbegin(), m_events.cend(), before,
                                        [](const XDmEvent &event, quint64 id) { return idValue(event.id) < id; });
    for (auto it = std::make_reverse_iterator(below); it != m_events.crend(); ++it) {
        const XDmEvent &event = *it;
        if (!types.contains(XDmEvent::typeName(event.type)) || !filter(event))
            continue;
        const auto conversation = m_conversations.constFind(event.conversationId);
        if (conversation == m_conversations.cend() || !conversation->participantIds.contains(userId))
            continue;
        if (page.size() == maxResults) {
            more = true;
            break;
        }
        page.append(&event);
    }

    const Selection wanted = selection(request);
    QJsonObject answer;
    if (!page.isEmpty()) {
        QJsonArray data;
        for (const XDmEvent *event : std::as_const(page))
            data.append(renderEvent(*event, wanted.eventFields));
        answer.insert(u"data"_s, data);
        const QJsonObject includes = eventIncludes(page, wanted);
        if (!includes.isEmpty())
            answer.insert(u"includes"_s, includes);
    }
    QJsonObject meta{{u"result_count"_s, int(page.size())}};
    if (more)
        meta.insert(u"next_token"_s, pageToken('D', page.constLast()->id));
    answer.insert(u"meta"_s, meta);
    return Response::json(answer);
}

Response XServer::getDmEvents(const Request &request, const QString &userId)
{
    return listDmEvents(request, userId, [](const XDmEvent &) { return true; });
}

Response XServer::getConversationEvents(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!conversationIdPattern().match(id).hasMatch()) {
        return xproblem::invalidRequest({patternIssue(u"id"_s, id, u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s)});
    }
    const auto conversation = m_conversations.constFind(id);
    const bool isMember = conversation != m_conversations.cend() ? conversation->participantIds.contains(userId)
                                                                 : id.split(u'-').contains(userId);
    if (!isMember)
        return xproblem::forbidden(u"You are not a participant of this conversation."_s);
    return listDmEvents(request, userId, [id](const XDmEvent &event) { return event.conversationId == id; });
}

Response XServer::getParticipantEvents(const Request &request, const QString &userId)
{
    const QString participant = request.param(u"participant_id"_s);
    if (!isNumericId(participant))
        return idPatternProblem(u"participant_id"_s, participant);
    if (participant == userId)
        return xproblem::invalidRequest(u"The participant must be someone else."_s, u"participant_id"_s, participant);
    const QString id = directConversationId(userId, participant);
    return listDmEvents(request, userId, [id](const XDmEvent &event) { return event.conversationId == id; });
}

Response XServer::sendMessage(const QString &conversationId, const QString &senderId, const DmContent &message)
{
    const QString eventId = appendMessage(conversationId, senderId, message);
    return created(QJsonObject{{u"dm_conversation_id"_s, conversationId}, {u"dm_event_id"_s, eventId}});
}

Response XServer::sendToParticipant(const Request &request, const QString &userId)
{
    const QString participant = request.param(u"participant_id"_s);
    if (!isNumericId(participant))
        return idPatternProblem(u"participant_id"_s, participant);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    const auto message = readMessage(body, userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;
    if (participant == userId)
        return xproblem::invalidRequest(u"You cannot send a direct message to yourself."_s, u"participant_id"_s,
                                        participant);
    if (!findUser(participant)) {
        return xproblem::resourceNotFound(u"participant_id"_s, participant, u"user"_s,
                                          u"Could not find user with participant_id: [%1]."_s.arg(participant));
    }
    return sendMessage(ensureDirectConversation(userId, participant), userId, std::get<DmContent>(message));
}

Response XServer::sendToConversation(const Request &request, const QString &userId)
{
    const QString id = request.param(u"dm_conversation_id"_s);
    if (!conversationIdPattern().match(id).hasMatch()) {
        return xproblem::invalidRequest(
            {patternIssue(u"dm_conversation_id"_s, id, u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{15,19})$"_s)});
    }
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    const auto message = readMessage(body, userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;

    QString conversationId = id;
    if (const auto it = m_conversations.constFind(id); it != m_conversations.cend()) {
        if (!it->participantIds.contains(userId))
            return xproblem::forbidden(u"You are not a participant of this conversation."_s);
    } else {
        // A 1:1 conversation exists as soon as one of the two writes into it.
        const QStringList pair = id.split(u'-');
        if (pair.size() != 2 || !pair.contains(userId) || !findUser(pair.at(0)) || !findUser(pair.at(1))
            || pair.at(0) == pair.at(1) || id != directConversationId(pair.at(0), pair.at(1)))
            return xproblem::forbidden(u"You are not a participant of this conversation."_s);
        conversationId = ensureDirectConversation(pair.at(0), pair.at(1));
    }
    return sendMessage(conversationId, userId, std::get<DmContent>(message));
}

Response XServer::createGroup(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues =
        unknownKeys(body, {u"conversation_type"_s, u"participant_ids"_s, u"message"_s}, u"the request body"_s);
    const QJsonValue type = body.value(u"conversation_type"_s);
    if (type.toString() != u"Group") {
        issues << Issue{u"The `conversation_type` field value [%1] is not one of [Group]"_s.arg(
                            type.isString() ? type.toString().left(40) : u"(missing)"_s),
                        u"conversation_type"_s, type.toString()};
    }
    QStringList participants;
    const QJsonValue ids = body.value(u"participant_ids"_s);
    const QJsonArray list = ids.toArray();
    if (!ids.isArray() || list.size() < 2 || list.size() > 49) {
        issues << Issue{u"The `participant_ids` field must list 2 to 49 user ids."_s, u"participant_ids"_s, {}};
    } else {
        for (const QJsonValue &value : list) {
            const QString id = value.toString();
            if (!value.isString() || !isNumericId(id) || participants.contains(id) || id == userId || !findUser(id)) {
                issues << Issue{u"The `participant_ids` value [%1] is not a valid other user."_s.arg(id.left(40)),
                                u"participant_ids"_s, id};
                break;
            }
            participants << id;
        }
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);
    const auto message = readMessage(body.value(u"message"_s), userId, u"message"_s);
    if (const auto *problem = std::get_if<Response>(&message))
        return *problem;

    const auto [conversationId, eventId] = openGroup(userId, participants, std::get<DmContent>(message));
    return created(QJsonObject{{u"dm_conversation_id"_s, conversationId}, {u"dm_event_id"_s, eventId}});
}

// ---- Mentions ----

Response XServer::getMentions(const Request &request, const QString &)
{
    return listPosts(request, PostTimeline::Mentions);
}

Response XServer::getUserPosts(const Request &request, const QString &)
{
    return listPosts(request, PostTimeline::Authored);
}

Response XServer::listPosts(const Request &request, PostTimeline timeline)
{
    const bool mentionTimeline = timeline == PostTimeline::Mentions;
    const QString id = request.param(u"id"_s);
    if (!isNumericId(id))
        return idPatternProblem(u"id"_s, id);
    QueryRules rules{
        {{u"tweet.fields"_s, tweetFieldNames},
         {u"expansions"_s, tweetExpansionNames},
         {u"media.fields"_s, mediaFieldNames},
         {u"poll.fields"_s, pollFieldNames},
         {u"user.fields"_s, userFieldNames},
         {u"place.fields"_s, placeFieldNames}},
        {u"since_id"_s, u"until_id"_s, u"max_results"_s, u"pagination_token"_s, u"start_time"_s, u"end_time"_s}};
    if (!mentionTimeline)
        rules.lists.insert(u"exclude"_s, {u"replies"_s, u"retweets"_s});
    if (auto problem = checkQuery(request, rules))
        return *problem;

    QList<Issue> issues;
    quint64 sinceId = 0;
    quint64 untilId = std::numeric_limits<quint64>::max();
    for (const QString &key : {u"since_id"_s, u"until_id"_s}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const QString value = request.queryValue(key);
        if (!isNumericId(value))
            issues << patternIssue(key, value, u"^[0-9]{1,19}$"_s);
        else if (key == u"since_id")
            sinceId = idValue(value);
        else
            untilId = idValue(value);
    }
    int maxResults = 10;
    if (request.query.hasQueryItem(u"max_results"_s)) {
        bool ok = false;
        const QString text = request.queryValue(u"max_results"_s);
        maxResults = text.toInt(&ok);
        if (!ok || maxResults < 5 || maxResults > 100) {
            issues << Issue{
                u"The `max_results` query parameter value [%1] is not between 5 and 100"_s.arg(text.left(20)),
                u"max_results"_s, text};
        }
    }
    QDateTime startTime;
    QDateTime endTime;
    for (const QString &key : {u"start_time"_s, u"end_time"_s}) {
        if (!request.query.hasQueryItem(key))
            continue;
        const QString value = request.queryValue(key);
        const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid())
            issues << Issue{u"The `%1` query parameter value [%2] is not a valid date-time"_s.arg(key, value.left(40)),
                            key, value};
        (key == u"start_time" ? startTime : endTime) = time.toUTC();
    }
    const char tokenKind = mentionTimeline ? 'M' : 'T';
    if (request.query.hasQueryItem(u"pagination_token"_s)) {
        const QString token = request.queryValue(u"pagination_token"_s);
        if (const auto last = readPageToken(tokenKind, token))
            untilId = std::min(untilId, idValue(*last));
        else
            issues << Issue{u"The `pagination_token` query parameter value [%1] is not valid"_s.arg(token.left(64)),
                            u"pagination_token"_s, token};
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    const XUser *subject = findUser(id);
    if (!subject) {
        return Response::json(
            QJsonObject{{u"errors"_s, QJsonArray{xproblem::resourceNotFoundEntry(
                                          u"id"_s, id, u"user"_s, u"Could not find user with id: [%1]."_s.arg(id))}}});
    }
    const bool noReplies = request.queryValue(u"exclude"_s).split(u',').contains(u"replies"_s);

    QList<const XPost *> page;
    bool more = false;
    int reachable = 0;
    for (auto it = m_posts.crbegin(); it != m_posts.crend(); ++it) {
        const XPost &post = *it;
        if (mentionTimeline ? !mentions(post, *subject) : post.authorId != subject->id)
            continue;
        if (noReplies && !post.inReplyToPostId.isEmpty())
            continue;
        // Only the 800 most recent mentions (API-NOTES X-2) and 3,200 most recent posts can be reached.
        if (++reachable > (mentionTimeline ? maxReachableMentions : maxReachablePosts))
            break;
        const quint64 value = idValue(post.id);
        if (value <= sinceId)
            break;
        if (value >= untilId || (startTime.isValid() && post.createdAt < startTime)
            || (endTime.isValid() && post.createdAt >= endTime))
            continue;
        if (page.size() == maxResults) {
            more = true;
            break;
        }
        page.append(&post);
    }

    const Selection wanted = selection(request);
    QJsonObject answer;
    QJsonObject meta{{u"result_count"_s, int(page.size())}};
    if (!page.isEmpty()) {
        QJsonArray data;
        for (const XPost *post : std::as_const(page))
            data.append(renderPost(*post, wanted.postFields));
        answer.insert(u"data"_s, data);
        const QJsonObject includes = postIncludes(page, wanted);
        if (!includes.isEmpty())
            answer.insert(u"includes"_s, includes);
        meta.insert(u"newest_id"_s, page.constFirst()->id);
        meta.insert(u"oldest_id"_s, page.constLast()->id);
        if (more)
            meta.insert(u"next_token"_s, pageToken(tokenKind, page.constLast()->id));
    }
    answer.insert(u"meta"_s, meta);
    return Response::json(answer);
}

// ---- Posts ----

Response XServer::createPost(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues = unknownKeys(body, postBodyKeys, u"the request body"_s);

    XPost post;
    post.authorId = userId;
    const QJsonValue text = body.value(u"text"_s);
    if (!text.isUndefined() && !text.isString())
        issues << Issue{u"The `text` field must be a string."_s, u"text"_s, {}};
    post.text = text.toString();

    const QJsonValue media = body.value(u"media"_s);
    if (!media.isUndefined()) {
        const QJsonObject object = media.toObject();
        issues << unknownKeys(object,
                              {u"media_ids"_s, u"tagged_user_ids"_s, u"call_to_actions"_s, u"description"_s,
                               u"embeddable"_s, u"preview_media_id"_s, u"title"_s},
                              u"media"_s);
        const QJsonArray ids = object.value(u"media_ids"_s).toArray();
        if (!media.isObject() || !object.value(u"media_ids"_s).isArray() || ids.isEmpty() || ids.size() > 4) {
            issues << Issue{u"The `media.media_ids` field must list 1 to 4 media ids."_s, u"media.media_ids"_s, {}};
        } else {
            int videos = 0;
            for (const QJsonValue &value : ids) {
                const QString id = value.toString();
                if (!value.isString() || !isNumericId(id) || !mediaProblem(id, userId).isEmpty()) {
                    issues << Issue{problemUnknownMedia, u"media.media_ids"_s, id};
                    break;
                }
                if (m_media.value(id).type() != u"photo")
                    ++videos;
                post.mediaIds << id;
            }
            // Up to 4 photos, or 1 GIF, or 1 video (API-NOTES X-3).
            if (videos > 0 && post.mediaIds.size() > 1)
                issues << Issue{u"A post may carry 4 photos, or 1 GIF, or 1 video."_s, u"media.media_ids"_s, {}};
        }
    }

    const TextCount count = TextRules::x(TextRules::Mode::Post).count(post.text);
    if (post.text.isEmpty() && post.mediaIds.isEmpty() && issues.isEmpty())
        issues << Issue{u"The post needs text or media."_s, u"text"_s, {}};
    else if (!post.text.isEmpty() && count.problem == TextCount::Problem::TooLong)
        issues << Issue{
            u"The text is too long: %1 of %2 weighted characters."_s.arg(count.length).arg(count.limit), u"text"_s, {}};
    else if (!post.text.isEmpty() && !count.valid)
        issues << Issue{u"The text contains characters X does not accept."_s, u"text"_s, {}};

    const QJsonValue quote = body.value(u"quote_tweet_id"_s);
    if (!quote.isUndefined()) {
        if (!quote.isString() || !isNumericId(quote.toString()) || !findPost(quote.toString()))
            issues << Issue{u"The quoted post does not exist."_s, u"quote_tweet_id"_s, quote.toString()};
        else
            post.quotedPostId = quote.toString();
    }
    const QJsonValue settings = body.value(u"reply_settings"_s);
    if (!settings.isUndefined()
        && !QStringList{u"following"_s, u"mentionedUsers"_s, u"subscribers"_s, u"verified"_s}.contains(
            settings.toString()))
        issues << Issue{u"The `reply_settings` value is not one of [following,mentionedUsers,subscribers,verified]"_s,
                        u"reply_settings"_s, settings.toString()};

    const QJsonValue reply = body.value(u"reply"_s);
    QString replyTo;
    if (!reply.isUndefined()) {
        const QJsonObject object = reply.toObject();
        issues << unknownKeys(
            object, {u"in_reply_to_tweet_id"_s, u"exclude_reply_user_ids"_s, u"auto_populate_reply_metadata"_s},
            u"reply"_s);
        replyTo = object.value(u"in_reply_to_tweet_id"_s).toString();
        if (!reply.isObject() || !isNumericId(replyTo)) {
            issues << Issue{u"The `reply.in_reply_to_tweet_id` field must be a post id."_s,
                            u"reply.in_reply_to_tweet_id"_s, replyTo};
        }
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    if (!replyTo.isEmpty()) {
        const XPost *target = findPost(replyTo);
        if (!target)
            return xproblem::forbidden(u"You attempted to reply to a Tweet that is deleted or not visible to you."_s);
        if (!mayReply(userId, *target))
            return xproblem::forbidden(replyNotAllowed);
        post.inReplyToPostId = replyTo;
    }
    for (auto it = m_posts.crbegin(); it != m_posts.crend(); ++it) {
        if (it->authorId != userId)
            continue;
        if (it->text == post.text && it->mediaIds.isEmpty() && post.mediaIds.isEmpty())
            return xproblem::forbidden(u"You are not allowed to create a Tweet with duplicate content."_s);
        break;
    }
    const QString id = insertPost(post);
    return created(
        QJsonObject{{u"id"_s, id}, {u"text"_s, wireText(post.text)}, {u"edit_history_tweet_ids"_s, QJsonArray{id}}});
}

// ---- Media ----

Response XServer::initializeUpload(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, {}))
        return *problem;
    QJsonObject body;
    if (auto problem = readBody(request, body))
        return *problem;
    QList<Issue> issues =
        unknownKeys(body, {u"media_type"_s, u"total_bytes"_s, u"media_category"_s, u"shared"_s, u"additional_owners"_s},
                    u"the request body"_s);
    const QString type = body.value(u"media_type"_s).toString();
    if (!mediaTypes.contains(type))
        issues << Issue{u"The `media_type` value [%1] is not supported."_s.arg(type.left(60)), u"media_type"_s, type};
    const QJsonValue totalValue = body.value(u"total_bytes"_s);
    const double total = totalValue.toDouble(-1);
    // The spec's maximum, 16 GiB; checked before any conversion, which would overflow on 1e300.
    if (!totalValue.isDouble() || !(total >= 1 && total <= 17179869184.0) || std::floor(total) != total)
        issues << Issue{u"The `total_bytes` field must be a positive whole number."_s, u"total_bytes"_s, {}};
    const QJsonValue categoryValue = body.value(u"media_category"_s);
    const QString category = categoryValue.isUndefined() ? defaultCategory(type) : categoryValue.toString();
    if (!mediaCategories.contains(category))
        issues << Issue{
            u"The `media_category` value [%1] is not one of [%2]"_s.arg(category.left(40), mediaCategories.join(u',')),
            u"media_category"_s, category};
    QStringList owners;
    const QJsonValue additional = body.value(u"additional_owners"_s);
    if (!additional.isUndefined()) {
        for (const QJsonValue &value : additional.toArray()) {
            if (!value.isString() || !findUser(value.toString())) {
                issues << Issue{u"An additional owner is not a user."_s, u"additional_owners"_s, value.toString()};
                break;
            }
            owners << value.toString();
        }
        if (!additional.isArray())
            issues << Issue{u"The `additional_owners` field must be a list of user ids."_s, u"additional_owners"_s, {}};
    }
    if (!body.value(u"shared"_s).isUndefined() && !body.value(u"shared"_s).isBool())
        issues << Issue{u"The `shared` field must be true or false."_s, u"shared"_s, {}};
    if (issues.isEmpty()) {
        const auto limit = categoryLimit(category, type);
        if (!limit)
            issues << Issue{u"The category %1 does not take %2 files."_s.arg(category, type), u"media_category"_s,
                            category};
        else if (qint64(total) > *limit)
            issues << Issue{u"The file is too large for %1: at most %2 bytes."_s.arg(category).arg(*limit),
                            u"total_bytes"_s, QString::number(qint64(total))};
    }
    if (!issues.isEmpty())
        return xproblem::invalidRequest(issues);

    XMedia media;
    media.id = nextId();
    media.key = mediaKeyPrefix(category) + media.id;
    media.ownerId = userId;
    media.additionalOwnerIds = owners;
    media.mimeType = type;
    media.category = category;
    media.totalBytes = qint64(total);
    media.createdAt = now();
    media.expiresAt = media.createdAt.addSecs(mediaLifetimeSecs);
    m_media.insert(media.id, media);
    return uploadAnswer(renderUpload(media, false));
}

Response XServer::appendUpload(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!isNumericId(id))
        return idPatternProblem(u"id"_s, id);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    auto it = m_media.find(id);
    if (it == m_media.end() || !it->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"id"_s, id, u"media"_s, u"Could not find media with id: [%1]."_s.arg(id));
    if (it->state != XMedia::State::Uploading)
        return xproblem::invalidRequest(u"The upload is already finalized."_s, u"id"_s, id);

    QByteArray chunk;
    QString segment;
    const QByteArray type = request.headers.value("content-type");
    if (type.trimmed().toLower().startsWith("application/json")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const auto decoded = QByteArray::fromBase64Encoding(body.value(u"media"_s).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return xproblem::invalidRequest(u"The `media` field must be base64."_s, u"media"_s);
        chunk = *decoded;
        const QJsonValue index = body.value(u"segment_index"_s);
        segment = index.isDouble() ? QString::number(index.toInt(-1)) : index.toString();
    } else {
        const auto form = XMultipart::parse(type, request.body);
        if (!form)
            return xproblem::invalidRequest(u"The body must be multipart/form-data with media and segment_index."_s);
        const XMultipart::Part *media = form->part("media");
        const XMultipart::Part *index = form->part("segment_index");
        if (!media || !index)
            return xproblem::invalidRequest(u"The fields media and segment_index are both required."_s);
        chunk = media->data;
        segment = QString::fromLatin1(index->data.trimmed());
    }
    bool ok = false;
    const int index = segment.toInt(&ok);
    if (!ok || index < 0 || index > maxSegmentIndex || segment.size() > 3)
        return xproblem::invalidRequest(
            u"The `segment_index` value [%1] is not between 0 and 999"_s.arg(segment.left(8)), u"segment_index"_s,
            segment);
    if (chunk.isEmpty() || chunk.size() > maxSegmentBytes)
        return xproblem::invalidRequest(u"A segment must hold 1 byte to 5 MB."_s, u"media"_s);
    const qint64 replaced = it->segments.value(index).size();
    if (it->appendedBytes() - replaced + chunk.size() > it->totalBytes)
        return xproblem::invalidRequest(u"The segments are larger than total_bytes."_s, u"media"_s);
    it->segments.insert(index, chunk);
    return uploadAnswer(QJsonObject{{u"expires_at"_s, it->expiresAt.toSecsSinceEpoch()}});
}

Response XServer::finalizeUpload(const Request &request, const QString &userId)
{
    const QString id = request.param(u"id"_s);
    if (!isNumericId(id))
        return idPatternProblem(u"id"_s, id);
    if (auto problem = checkQuery(request, {}))
        return *problem;
    auto it = m_media.find(id);
    if (it == m_media.end() || !it->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"id"_s, id, u"media"_s, u"Could not find media with id: [%1]."_s.arg(id));
    if (it->state == XMedia::State::Uploading) {
        const QList<int> indexes = it->segments.keys();
        const bool contiguous =
            !indexes.isEmpty() && indexes.constFirst() == 0 && indexes.constLast() == indexes.size() - 1;
        if (!contiguous || it->appendedBytes() != it->totalBytes)
            return xproblem::invalidRequest(u"Segments do not add up to provided total file size."_s, u"id"_s, id);
        std::tie(it->width, it->height) = pngSize(it->segments.value(0));
        if (it->needsProcessing()) {
            it->state = XMedia::State::Pending;
            it->pollsLeft = m_processingPolls;
        } else {
            it->state = XMedia::State::Succeeded;
        }
    }
    return uploadAnswer(renderUpload(*it, false));
}

Response XServer::uploadStatus(const Request &request, const QString &userId)
{
    if (auto problem = checkQuery(request, QueryRules{{}, {u"command"_s, u"media_id"_s}}))
        return *problem;
    const QString command = request.queryValue(u"command"_s);
    if (request.query.hasQueryItem(u"command"_s) && command != u"STATUS")
        return xproblem::invalidRequest(
            u"The `command` query parameter value [%1] is not one of [STATUS]"_s.arg(command.left(20)), u"command"_s,
            command);
    const QString id = request.queryValue(u"media_id"_s);
    if (!isNumericId(id))
        return idPatternProblem(u"media_id"_s, id);
    auto it = m_media.find(id);
    if (it == m_media.end() || !it->isOwnedBy(userId))
        return xproblem::resourceNotFound(u"media_id"_s, id, u"media"_s,
                                          u"Could not find media with id: [%1]."_s.arg(id));
    if (it->state == XMedia::State::Uploading)
        return xproblem::invalidRequest(u"The upload has not been finalized."_s, u"media_id"_s, id);
    ++it->statusPolls;
    if (it->state == XMedia::State::Pending || it->state == XMedia::State::InProgress) {
        if (it->failsProcessing) {
            it->state = XMedia::State::Failed;
        } else if (--it->pollsLeft <= 0) {
            it->state = XMedia::State::Succeeded;
        } else {
            it->state = XMedia::State::InProgress;
        }
    }
    return uploadAnswer(renderUpload(*it, true));
}

// ---- Answers ----

QJsonObject XServer::renderUser(const XUser &user, const QSet<QString> &fields) const
{
    QJsonObject object{{u"id"_s, user.id}, {u"name"_s, user.name}, {u"username"_s, user.username}};
    if (fields.contains(u"created_at"_s))
        object.insert(u"created_at"_s, isoTime(user.createdAt));
    if (fields.contains(u"description"_s))
        object.insert(u"description"_s, user.description);
    if (fields.contains(u"profile_image_url"_s)) {
        object.insert(u"profile_image_url"_s,
                      user.profileImageUrl.isEmpty()
                          ? u"https://pbs.twimg.com/profile_images/%1/avatar_normal.png"_s.arg(user.id)
                          : user.profileImageUrl);
    }
    if (fields.contains(u"protected"_s))
        object.insert(u"protected"_s, user.isProtected);
    if (fields.contains(u"verified"_s))
        object.insert(u"verified"_s, user.verified);
    if (fields.contains(u"public_metrics"_s)) {
        object.insert(u"public_metrics"_s, QJsonObject{{u"followers_count"_s, user.followersCount},
                                                       {u"following_count"_s, user.followingCount},
                                                       {u"tweet_count"_s, user.tweetCount},
                                                       {u"listed_count"_s, 0},
                                                       {u"like_count"_s, 0}});
    }
    if (fields.contains(u"most_recent_tweet_id"_s)) {
        for (auto it = m_posts.crbegin(); it != m_posts.crend(); ++it) {
            if (it->authorId == user.id) {
                object.insert(u"most_recent_tweet_id"_s, it->id);
                break;
            }
        }
    }
    return object;
}

QJsonObject XServer::renderEvent(const XDmEvent &event, const QSet<QString> &fields) const
{
    const bool message = event.type == XDmEvent::Type::MessageCreate;
    QJsonObject object{{u"id"_s, event.id}, {u"event_type"_s, XDmEvent::typeName(event.type)}};
    // By default X sends only id, event_type and text, and participant_ids on join/leave events.
    if (message)
        object.insert(u"text"_s, wireText(event.text));
    if (!message && !event.participantIds.isEmpty())
        object.insert(u"participant_ids"_s, QJsonArray::fromStringList(event.participantIds));
    if (fields.contains(u"sender_id"_s) && !event.senderId.isEmpty())
        object.insert(u"sender_id"_s, event.senderId);
    if (fields.contains(u"created_at"_s))
        object.insert(u"created_at"_s, isoTime(event.createdAt));
    if (fields.contains(u"dm_conversation_id"_s))
        object.insert(u"dm_conversation_id"_s, event.conversationId);
    if (fields.contains(u"attachments"_s) && !event.mediaId.isEmpty()) {
        if (const auto media = m_media.constFind(event.mediaId); media != m_media.cend())
            object.insert(u"attachments"_s, QJsonObject{{u"media_keys"_s, QJsonArray{media->key}}});
    }
    if (fields.contains(u"referenced_tweets"_s) && !event.referencedPostIds.isEmpty()) {
        QJsonArray references;
        for (const QString &id : event.referencedPostIds)
            references.append(QJsonObject{{u"id"_s, id}});
        object.insert(u"referenced_tweets"_s, references);
    }
    return object;
}

QJsonObject XServer::renderPost(const XPost &post, const QSet<QString> &fields) const
{
    QJsonObject object{
        {u"id"_s, post.id}, {u"text"_s, wireText(post.text)}, {u"edit_history_tweet_ids"_s, QJsonArray{post.id}}};
    if (fields.contains(u"author_id"_s))
        object.insert(u"author_id"_s, post.authorId);
    if (fields.contains(u"created_at"_s))
        object.insert(u"created_at"_s, isoTime(post.createdAt));
    if (fields.contains(u"conversation_id"_s))
        object.insert(u"conversation_id"_s, post.conversationId);
    if (fields.contains(u"in_reply_to_user_id"_s) && !post.inReplyToUserId.isEmpty())
        object.insert(u"in_reply_to_user_id"_s, post.inReplyToUserId);
    if (fields.contains(u"referenced_tweets"_s) && (!post.inReplyToPostId.isEmpty() || !post.quotedPostId.isEmpty())) {
        QJsonArray references;
        if (!post.inReplyToPostId.isEmpty())
            references.append(QJsonObject{{u"type"_s, u"replied_to"_s}, {u"id"_s, post.inReplyToPostId}});
        if (!post.quotedPostId.isEmpty())
            references.append(QJsonObject{{u"type"_s, u"quoted"_s}, {u"id"_s, post.quotedPostId}});
        object.insert(u"referenced_tweets"_s, references);
    }
    if (fields.contains(u"attachments"_s) && !post.mediaIds.isEmpty()) {
        QJsonArray keys;
        for (const QString &id : post.mediaIds) {
            if (const auto media = m_media.constFind(id); media != m_media.cend())
                keys.append(media->key);
        }
        if (!keys.isEmpty())
            object.insert(u"attachments"_s, QJsonObject{{u"media_keys"_s, keys}});
    }
    if (fields.contains(u"reply_settings"_s))
        object.insert(u"reply_settings"_s, u"everyone"_s);
    if (fields.contains(u"possibly_sensitive"_s))
        object.insert(u"possibly_sensitive"_s, false);
    return object;
}

QJsonObject XServer::renderMedia(const XMedia &media, const QSet<QString> &fields) const
{
    const QString type = media.type();
    QJsonObject object{{u"media_key"_s, media.key}, {u"type"_s, type}};
    if (fields.contains(u"url"_s) && type == u"photo")
        object.insert(u"url"_s, u"https://pbs.twimg.com/media/%1.%2"_s.arg(media.key, extensionFor(media.mimeType)));
    if (fields.contains(u"preview_image_url"_s) && type != u"photo")
        object.insert(u"preview_image_url"_s,
                      u"https://pbs.twimg.com/ext_tw_video_thumb/%1/pu/img/thumb.jpg"_s.arg(media.id));
    if (fields.contains(u"width"_s) && media.width > 0)
        object.insert(u"width"_s, media.width);
    if (fields.contains(u"height"_s) && media.height > 0)
        object.insert(u"height"_s, media.height);
    return object;
}

QJsonObject XServer::renderUpload(const XMedia &media, bool withProcessing) const
{
    QJsonObject data{{u"id"_s, media.id},
                     {u"media_key"_s, media.key},
                     {u"expires_after_secs"_s, int(std::max<qint64>(0, now().secsTo(media.expiresAt)))}};
    if (media.state != XMedia::State::Uploading)
        data.insert(u"size"_s, int(std::min<qint64>(media.totalBytes, std::numeric_limits<int>::max())));
    QJsonObject processing;
    switch (media.state) {
    case XMedia::State::Uploading:
        break;
    case XMedia::State::Pending:
        processing = QJsonObject{{u"state"_s, u"pending"_s}, {u"check_after_secs"_s, m_checkAfterSecs}};
        break;
    case XMedia::State::InProgress: {
        const int done = m_processingPolls - std::max(0, media.pollsLeft);
        processing = QJsonObject{{u"state"_s, u"in_progress"_s},
                                 {u"check_after_secs"_s, m_checkAfterSecs},
                                 {u"progress_percent"_s, std::clamp(done * 100 / m_processingPolls, 1, 99)}};
        break;
    }
    case XMedia::State::Succeeded:
        if (withProcessing || media.needsProcessing())
            processing = QJsonObject{{u"state"_s, u"succeeded"_s}, {u"progress_percent"_s, 100}};
        break;
    case XMedia::State::Failed:
        processing = QJsonObject{{u"state"_s, u"failed"_s}, {u"progress_percent"_s, 100}};
        break;
    }
    if (!processing.isEmpty())
        data.insert(u"processing_info"_s, processing);
    return data;
}

QJsonObject XServer::eventIncludes(const QList<const XDmEvent *> &events, const Selection &selection) const
{
    QJsonArray users;
    QJsonArray media;
    QJsonArray tweets;
    QSet<QString> seen;
    const auto addUser = [&](const QString &id) {
        if (seen.contains(u"u:"_s + id))
            return;
        seen.insert(u"u:"_s + id);
        if (const XUser *found = findUser(id))
            users.append(renderUser(*found, selection.userFields));
    };
    for (const XDmEvent *event : events) {
        if (selection.expansions.contains(u"sender_id"_s) && event->type == XDmEvent::Type::MessageCreate)
            addUser(event->senderId);
        if (selection.expansions.contains(u"participant_ids"_s)) {
            for (const QString &id : event->participantIds)
                addUser(id);
        }
        if (selection.expansions.contains(u"attachments.media_keys"_s) && !event->mediaId.isEmpty()
            && !seen.contains(u"m:"_s + event->mediaId)) {
            seen.insert(u"m:"_s + event->mediaId);
            if (const auto found = m_media.constFind(event->mediaId); found != m_media.cend())
                media.append(renderMedia(*found, selection.mediaFields));
        }
        if (selection.expansions.contains(u"referenced_tweets.id"_s)) {
            for (const QString &id : event->referencedPostIds) {
                if (seen.contains(u"t:"_s + id))
                    continue;
                seen.insert(u"t:"_s + id);
                if (const XPost *found = findPost(id))
                    tweets.append(renderPost(*found, selection.postFields));
            }
        }
    }
    QJsonObject includes;
    if (!users.isEmpty())
        includes.insert(u"users"_s, users);
    if (!media.isEmpty())
        includes.insert(u"media"_s, media);
    if (!tweets.isEmpty())
        includes.insert(u"tweets"_s, tweets);
    return includes;
}

QJsonObject XServer::postIncludes(const QList<const XPost *> &posts, const Selection &selection) const
{
    QJsonArray users;
    QJsonArray media;
    QJsonArray tweets;
    QSet<QString> seen;
    const auto addUser = [&](const QString &id) {
        if (id.isEmpty() || seen.contains(u"u:"_s + id))
            return;
        seen.insert(u"u:"_s + id);
        if (const XUser *found = findUser(id))
            users.append(renderUser(*found, selection.userFields));
    };
    const auto addMedia = [&](const XPost &post) {
        for (const QString &id : post.mediaIds) {
            if (seen.contains(u"m:"_s + id))
                continue;
            seen.insert(u"m:"_s + id);
            if (const auto found = m_media.constFind(id); found != m_media.cend())
                media.append(renderMedia(*found, selection.mediaFields));
        }
    };
    const bool wantsMentions = selection.expansions.contains(u"entities.mentions.username"_s);
    static const QRegularExpression mention(u"(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])"_s);
    for (const XPost *post : posts) {
        if (selection.expansions.contains(u"author_id"_s))
            addUser(post->authorId);
        if (selection.expansions.contains(u"in_reply_to_user_id"_s))
            addUser(post->inReplyToUserId);
        if (wantsMentions) {
            auto it = mention.globalMatch(post->text);
            while (it.hasNext()) {
                if (const auto found = userByUsername(it.next().captured(1)))
                    addUser(found->id);
            }
        }
        if (selection.expansions.contains(u"attachments.media_keys"_s))
            addMedia(*post);
        for (const QString &id : {post->inReplyToPostId, post->quotedPostId}) {
            const XPost *referenced = findPost(id);
            if (!referenced)
                continue;
            if (selection.expansions.contains(u"referenced_tweets.id"_s) && !seen.contains(u"t:"_s + id)) {
                seen.insert(u"t:"_s + id);
                tweets.append(renderPost(*referenced, selection.postFields));
            }
            if (selection.expansions.contains(u"referenced_tweets.id.author_id"_s))
                addUser(referenced->authorId);
            if (selection.expansions.contains(u"referenced_tweets.id.attachments.media_keys"_s))
                addMedia(*referenced);
        }
    }
    QJsonObject includes;
    if (!users.isEmpty())
        includes.insert(u"users"_s, users);
    if (!media.isEmpty())
        includes.insert(u"media"_s, media);
    if (!tweets.isEmpty())
        includes.insert(u"tweets"_s, tweets);
    return includes;
}

} // namespace starling::sandbox
