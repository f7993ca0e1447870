// SPDX-License-Identifier: GPL-3.0-or-later
#include "XRender.h"

#include "XState.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

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

} // namespace

XRender::XRender(const XState &state)
    : m_state(state)
{
}

QString XRender::wireText(const QString &text)
{
    QString out = text;
    out.replace(u'&', u"&amp;"_s);
    out.replace(u'<', u"&lt;"_s);
    out.replace(u'>', u"&gt;"_s);
    return out;
}

QString XRender::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QJsonObject XRender::user(const XUser &user, const QSet<QString> &fields) const
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
        for (auto it = m_state.posts().crbegin(); it != m_state.posts().crend(); ++it) {
            if (it->authorId == user.id) {
                object.insert(u"most_recent_tweet_id"_s, it->id);
                break;
            }
        }
    }
    return object;
}

QJsonObject XRender::event(const XDmEvent &event, const QSet<QString> &fields) const
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
        if (const XMedia *media = m_state.findMedia(event.mediaId))
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

QJsonObject XRender::post(const XPost &post, const QSet<QString> &fields) const
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
            if (const XMedia *media = m_state.findMedia(id))
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

QJsonObject XRender::media(const XMedia &media, const QSet<QString> &fields) const
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

QJsonObject XRender::upload(const XMedia &media, bool withProcessing) const
{
    QJsonObject data{{u"id"_s, media.id},
                     {u"media_key"_s, media.key},
                     {u"expires_after_secs"_s, int(std::max<qint64>(0, m_state.now().secsTo(media.expiresAt)))}};
    if (media.state != XMedia::State::Uploading)
        data.insert(u"size"_s, int(std::min<qint64>(media.totalBytes, std::numeric_limits<int>::max())));
    QJsonObject processing;
    switch (media.state) {
    case XMedia::State::Uploading:
        break;
    case XMedia::State::Pending:
        processing = QJsonObject{{u"state"_s, u"pending"_s}, {u"check_after_secs"_s, m_state.checkAfterSecs()}};
        break;
    case XMedia::State::InProgress: {
        const int polls = m_state.processingPolls();
        const int done = polls - std::max(0, media.pollsLeft);
        processing = QJsonObject{{u"state"_s, u"in_progress"_s},
                                 {u"check_after_secs"_s, m_state.checkAfterSecs()},
                                 {u"progress_percent"_s, std::clamp(done * 100 / polls, 1, 99)}};
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

QJsonObject XRender::eventIncludes(const QList<const XDmEvent *> &events, const Selection &selection) const
{
    QJsonArray users;
    QJsonArray media;
    QJsonArray tweets;
    QSet<QString> seen;
    const auto addUser = [&](const QString &id) {
        if (seen.contains(u"u:"_s + id))
            return;
        seen.insert(u"u:"_s + id);
        if (const XUser *found = m_state.findUser(id))
            users.append(this->user(*found, selection.userFields));
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
            if (const XMedia *found = m_state.findMedia(event->mediaId))
                media.append(this->media(*found, selection.mediaFields));
        }
        if (selection.expansions.contains(u"referenced_tweets.id"_s)) {
            for (const QString &id : event->referencedPostIds) {
                if (seen.contains(u"t:"_s + id))
                    continue;
                seen.insert(u"t:"_s + id);
                if (const XPost *found = m_state.findPost(id))
                    tweets.append(this->post(*found, selection.postFields));
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

QJsonObject XRender::postIncludes(const QList<const XPost *> &posts, const Selection &selection) const
{
    QJsonArray users;
    QJsonArray media;
    QJsonArray tweets;
    QSet<QString> seen;
    const auto addUser = [&](const QString &id) {
        if (id.isEmpty() || seen.contains(u"u:"_s + id))
            return;
        seen.insert(u"u:"_s + id);
        if (const XUser *found = m_state.findUser(id))
            users.append(this->user(*found, selection.userFields));
    };
    const auto addMedia = [&](const XPost &post) {
        for (const QString &id : post.mediaIds) {
            if (seen.contains(u"m:"_s + id))
                continue;
            seen.insert(u"m:"_s + id);
            if (const XMedia *found = m_state.findMedia(id))
                media.append(this->media(*found, selection.mediaFields));
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
                if (const XUser *found = m_state.findUserByUsername(it.next().captured(1)))
                    addUser(found->id);
            }
        }
        if (selection.expansions.contains(u"attachments.media_keys"_s))
            addMedia(*post);
        for (const QString &id : {post->inReplyToPostId, post->quotedPostId}) {
            const XPost *referenced = m_state.findPost(id);
            if (!referenced)
                continue;
            if (selection.expansions.contains(u"referenced_tweets.id"_s) && !seen.contains(u"t:"_s + id)) {
                seen.insert(u"t:"_s + id);
                tweets.append(this->post(*referenced, selection.postFields));
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
