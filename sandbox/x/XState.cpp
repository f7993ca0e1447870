// SPDX-License-Identifier: GPL-3.0-or-later
#include "XState.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

// Snowflake ids count milliseconds from Twitter's epoch in their upper bits.
constexpr qint64 snowflakeEpochMs = 1288834974657;

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

/** Whether @p text names @p username as X reads a mention: "@name" not glued to a word. */
bool namesUser(const QString &text, const QString &username)
{
    static const QRegularExpression mention(u"(?<![A-Za-z0-9_@])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])"_s);
    auto it = mention.globalMatch(text);
    while (it.hasNext()) {
        if (it.next().captured(1).compare(username, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

XState::XState(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

XState::~XState() = default;

void XState::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime XState::now() const
{
    return m_clock().toUTC();
}

QString XState::nextId()
{
    const qint64 elapsed = now().toMSecsSinceEpoch() - snowflakeEpochMs;
    const quint64 fromClock = elapsed > 0 ? quint64(elapsed) << 22 : 0;
    m_lastId = std::max(fromClock, m_lastId + 1);
    return QString::number(m_lastId);
}

// ---- People and tokens ----

QString XState::addUser(XUser user)
{
    if (!XUser::isUsername(user.username) || m_userIdsByName.contains(user.username.toLower()))
        return {};
    if (user.id.isEmpty())
        user.id = nextId();
    if (!isXId(user.id) || m_users.contains(user.id))
        return {};
    if (user.name.isEmpty())
        user.name = user.username;
    if (!user.createdAt.isValid())
        user.createdAt = now();
    m_userIdsByName.insert(user.username.toLower(), user.id);
    m_users.insert(user.id, user);
    return user.id;
}

const XUser *XState::findUser(const QString &id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &*it;
}

const XUser *XState::findUserByUsername(const QString &username) const
{
    const QString key = (username.startsWith(u'@') ? username.mid(1) : username).toLower();
    return findUser(m_userIdsByName.value(key));
}

QByteArray XState::addToken(const QString &user, const QByteArray &token)
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

void XState::expireToken(const QByteArray &token)
{
    if (auto it = m_tokens.find(token); it != m_tokens.end())
        it->expired = true;
}

void XState::expireAllTokens()
{
    for (Token &token : m_tokens)
        token.expired = true;
}

bool XState::isTokenValid(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->expired;
}

QString XState::userOfToken(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend() || it->expired || !m_users.contains(it->userId))
        return {};
    return it->userId;
}

// ---- Direct messages ----

QString XState::directConversationId(const QString &userA, const QString &userB)
{
    const bool aFirst = xIdValue(userA) < xIdValue(userB);
    return (aFirst ? userA : userB) + u'-' + (aFirst ? userB : userA);
}

QString XState::ensureDirectConversation(const QString &userA, const QString &userB)
{
    const QString id = directConversationId(userA, userB);
    if (!m_conversations.contains(id)) {
        const QStringList pair = id.split(u'-');
        m_conversations.insert(id, XDmConversation{id, false, pair});
    }
    return id;
}

const XDmConversation *XState::findConversation(const QString &id) const
{
    const auto it = m_conversations.constFind(id);
    return it == m_conversations.cend() ? nullptr : &*it;
}

QList<XDmConversation> XState::conversations() const
{
    QList<XDmConversation> list = m_conversations.values();
    std::sort(list.begin(), list.end(), [](const XDmConversation &a, const XDmConversation &b) { return a.id < b.id; });
    return list;
}

const XDmEvent *XState::findEvent(const QString &id) const
{
    const auto it = m_eventIndex.constFind(id);
    return it == m_eventIndex.cend() ? nullptr : &m_events.at(size_t(*it));
}

QString XState::addEvent(XDmEvent event)
{
    const QString id = event.id;
    m_eventIndex.insert(id, qsizetype(m_events.size()));
    m_events.push_back(std::move(event));
    Q_EMIT dmEventCreated(id);
    return id;
}

QStringList XState::referencedPostsIn(const QString &text) const
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

QString XState::appendMessage(const QString &conversationId, const QString &senderId, const DmContent &message)
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
    return addEvent(std::move(event));
}

std::pair<QString, QString> XState::openGroup(const QString &creatorId, const QStringList &participantIds,
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
    addEvent(std::move(join));
    return {conversation.id, appendMessage(conversation.id, creatorId, message)};
}

QString XState::deliverDirectMessage(const QString &fromUserId, const QString &toUserId, const QString &text,
                                     const QString &mediaId)
{
    if (!findUser(fromUserId) || !findUser(toUserId) || fromUserId == toUserId)
        return {};
    if ((text.isEmpty() && mediaId.isEmpty()) || (!mediaId.isEmpty() && !mediaProblem(mediaId, fromUserId).isEmpty()))
        return {};
    return appendMessage(ensureDirectConversation(fromUserId, toUserId), fromUserId, DmContent{text, mediaId});
}

QString XState::postToConversation(const QString &senderId, const QString &conversationId, const QString &text,
                                   const QString &mediaId)
{
    const XDmConversation *conversation = findConversation(conversationId);
    if (!conversation || !conversation->participantIds.contains(senderId))
        return {};
    if ((text.isEmpty() && mediaId.isEmpty()) || (!mediaId.isEmpty() && !mediaProblem(mediaId, senderId).isEmpty()))
        return {};
    return appendMessage(conversationId, senderId, DmContent{text, mediaId});
}

QString XState::createGroupConversation(const QString &creatorId, const QStringList &participantIds,
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

// ---- Posts ----

const XPost *XState::findPost(const QString &id) const
{
    const auto it = m_postIndex.constFind(id);
    return it == m_postIndex.cend() ? nullptr : &m_posts.at(size_t(*it));
}

QString XState::insertPost(XPost post)
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
    const QString id = post.id;
    m_postIndex.insert(id, qsizetype(m_posts.size()));
    m_posts.push_back(std::move(post));
    Q_EMIT postCreated(id);
    return id;
}

QString XState::addPost(const QString &authorId, const QString &text, const QString &inReplyToPostId,
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

QString XState::mention(const QString &authorId, const QString &mentionedUserId, const QString &text,
                        const QString &inReplyToPostId)
{
    const XUser *mentioned = findUser(mentionedUserId);
    if (!mentioned)
        return {};
    return addPost(authorId, u'@' + mentioned->username + u' ' + text, inReplyToPostId, {});
}

bool XState::mentions(const XPost &post, const XUser &user) const
{
    if (post.authorId == user.id)
        return false;
    if (post.inReplyToUserId == user.id)
        return true;
    return namesUser(post.text, user.username);
}

bool XState::mayReply(const QString &replierId, const XPost &target) const
{
    // Since 2026-02-23 a self-serve app may reply only where the author "summoned" it: the post
    // answered mentions the replier or quotes them (API-NOTES X-2). Threads of one's own are fine.
    if (target.authorId == replierId)
        return true;
    const XUser *replier = findUser(replierId);
    if (!replier)
        return false;
    if (namesUser(target.text, replier->username))
        return true;
    const XPost *quoted = findPost(target.quotedPostId);
    return quoted && quoted->authorId == replierId;
}

// ---- Media ----

const XMedia *XState::findMedia(const QString &id) const
{
    const auto it = m_media.constFind(id);
    return it == m_media.cend() ? nullptr : &*it;
}

QString XState::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                         const QString &category)
{
    const QString chosen = category.isEmpty() ? XMedia::defaultCategory(mimeType) : category;
    const auto limit = XMedia::categoryLimit(chosen, mimeType);
    if (!findUser(ownerId) || !XMedia::mimeTypes().contains(mimeType) || !limit || bytes.isEmpty()
        || bytes.size() > *limit)
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
    media.expiresAt = media.createdAt.addSecs(XMedia::lifetimeSecs);
    std::tie(media.width, media.height) = pngSize(bytes);
    m_media.insert(media.id, media);
    return media.id;
}

QString XState::unknownMediaProblem()
{
    return u"Your media IDs are invalid."_s;
}

QString XState::mediaProblem(const QString &mediaId, const QString &userId) const
{
    const auto it = m_media.constFind(mediaId);
    // X does not tell whose media an id is; every refusal reads the same.
    if (it == m_media.cend() || !it->isOwnedBy(userId) || it->state != XMedia::State::Succeeded
        || it->expiresAt <= now())
        return unknownMediaProblem();
    return {};
}

QString XState::startUpload(const QString &ownerId, const QStringList &additionalOwnerIds, const QString &mimeType,
                            const QString &category, qint64 totalBytes)
{
    XMedia media;
    media.id = nextId();
    media.key = mediaKeyPrefix(category) + media.id;
    media.ownerId = ownerId;
    media.additionalOwnerIds = additionalOwnerIds;
    media.mimeType = mimeType;
    media.category = category;
    media.totalBytes = totalBytes;
    media.createdAt = now();
    media.expiresAt = media.createdAt.addSecs(XMedia::lifetimeSecs);
    m_media.insert(media.id, media);
    return media.id;
}

bool XState::appendSegment(const QString &mediaId, int index, const QByteArray &chunk)
{
    auto it = m_media.find(mediaId);
    if (it == m_media.end())
        return false;
    const qint64 replaced = it->segments.value(index).size();
    if (it->appendedBytes() - replaced + chunk.size() > it->totalBytes)
        return false;
    it->segments.insert(index, chunk);
    return true;
}

bool XState::finalizeUpload(const QString &mediaId)
{
    auto it = m_media.find(mediaId);
    if (it == m_media.end())
        return false;
    if (it->state != XMedia::State::Uploading)
        return true;
    const QList<int> indexes = it->segments.keys();
    const bool contiguous =
        !indexes.isEmpty() && indexes.constFirst() == 0 && indexes.constLast() == indexes.size() - 1;
    if (!contiguous || it->appendedBytes() != it->totalBytes)
        return false;
    std::tie(it->width, it->height) = pngSize(it->segments.value(0));
    if (it->needsProcessing()) {
        it->state = XMedia::State::Pending;
        it->pollsLeft = m_processingPolls;
    } else {
        it->state = XMedia::State::Succeeded;
    }
    return true;
}

void XState::pollUpload(const QString &mediaId)
{
    auto it = m_media.find(mediaId);
    if (it == m_media.end())
        return;
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
}

void XState::setMediaProcessing(int statusPolls, int checkAfterSecs)
{
    m_processingPolls = std::max(1, statusPolls);
    m_checkAfterSecs = std::clamp(checkAfterSecs, 0, 60);
}

void XState::failMediaProcessing(const QString &mediaId)
{
    if (auto it = m_media.find(mediaId); it != m_media.end() && it->state != XMedia::State::Succeeded)
        it->failsProcessing = true;
}

} // namespace starling::sandbox
