// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyRender.h"

#include "BlueskyState.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

const QString postCollection = u"app.bsky.feed.post"_s;

QString recordUriOf(const BlueskyState &state, const QString &collection, const QString &did, const QString &subject)
{
    for (const BlueskyRecord &record : state.records(collection, did)) {
        if (record.value.value(u"subject"_s).toString() == subject)
            return record.uri;
    }
    return {};
}

} // namespace

BlueskyRender::BlueskyRender(const BlueskyState &state, BaseUrl baseUrl)
    : m_state(state)
    , m_baseUrl(std::move(baseUrl))
{
}

QString BlueskyRender::datetime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject BlueskyRender::didDoc(const BlueskyAccount &account) const
{
    return QJsonObject{
        {u"@context"_s, QJsonArray{u"https://www.w3.org/ns/did/v1"_s, u"https://w3id.org/security/multikey/v1"_s}},
        {u"id"_s, account.did},
        {u"alsoKnownAs"_s, QJsonArray{QString(u"at://"_s + account.handle)}},
        {u"verificationMethod"_s,
         QJsonArray{QJsonObject{{u"id"_s, QString(account.did + u"#atproto"_s)},
                                {u"type"_s, u"Multikey"_s},
                                {u"controller"_s, account.did},
                                {u"publicKeyMultibase"_s, u"zQ3shSandboxKeyNotForVerification"_s}}}},
        {u"service"_s, QJsonArray{QJsonObject{{u"id"_s, u"#atproto_pds"_s},
                                              {u"type"_s, u"AtprotoPersonalDataServer"_s},
                                              {u"serviceEndpoint"_s, m_baseUrl().toString()}}}}};
}

QJsonObject BlueskyRender::session(const BlueskyAccount &account, const QByteArray &accessJwt,
                                   const QByteArray &refreshJwt) const
{
    QJsonObject out = sessionInfo(account);
    out.insert(u"accessJwt"_s, QString::fromLatin1(accessJwt));
    out.insert(u"refreshJwt"_s, QString::fromLatin1(refreshJwt));
    return out;
}

QJsonObject BlueskyRender::sessionInfo(const BlueskyAccount &account) const
{
    return QJsonObject{{u"did"_s, account.did},     {u"handle"_s, account.handle}, {u"email"_s, account.email},
                       {u"emailConfirmed"_s, true}, {u"emailAuthFactor"_s, false}, {u"didDoc"_s, didDoc(account)},
                       {u"active"_s, true}};
}

QJsonObject BlueskyRender::actorViewer(const QString &viewer, const QString &did) const
{
    QJsonObject state{{u"muted"_s, false}, {u"blockedBy"_s, m_state.blocks(did, viewer)}};
    if (viewer.isEmpty() || viewer == did)
        return state;
    const QString following = recordUriOf(m_state, u"app.bsky.graph.follow"_s, viewer, did);
    const QString followedBy = recordUriOf(m_state, u"app.bsky.graph.follow"_s, did, viewer);
    const QString blocking = recordUriOf(m_state, u"app.bsky.graph.block"_s, viewer, did);
    if (!following.isEmpty())
        state.insert(u"following"_s, following);
    if (!followedBy.isEmpty())
        state.insert(u"followedBy"_s, followedBy);
    if (!blocking.isEmpty())
        state.insert(u"blocking"_s, blocking);
    return state;
}

QJsonObject BlueskyRender::profileViewBasic(const QString &did, const QString &viewer) const
{
    const BlueskyAccount *account = m_state.findAccount(did);
    if (!account)
        return QJsonObject{{u"did"_s, did}, {u"handle"_s, u"handle.invalid"_s}};
    QJsonObject out{
        {u"did"_s, account->did},
        {u"handle"_s, account->handle},
        {u"associated"_s, QJsonObject{{u"chat"_s, QJsonObject{{u"allowIncoming"_s, account->allowIncoming}}}}},
        {u"viewer"_s, actorViewer(viewer, did)},
        {u"labels"_s, QJsonArray{}},
        {u"createdAt"_s, datetime(account->createdAt)}};
    if (!account->displayName.isEmpty())
        out.insert(u"displayName"_s, account->displayName);
    return out;
}

QJsonObject BlueskyRender::profileView(const QString &did, const QString &viewer) const
{
    QJsonObject out = profileViewBasic(did, viewer);
    if (const BlueskyAccount *account = m_state.findAccount(did)) {
        if (!account->description.isEmpty())
            out.insert(u"description"_s, account->description);
        out.insert(u"indexedAt"_s, datetime(account->createdAt));
    }
    return out;
}

QJsonObject BlueskyRender::profileViewDetailed(const QString &did, const QString &viewer) const
{
    QJsonObject out = profileView(did, viewer);
    int followers = 0;
    for (const BlueskyAccount &account : m_state.accounts())
        followers += account.follows.contains(did) ? 1 : 0;
    const BlueskyAccount *account = m_state.findAccount(did);
    out.insert(u"followersCount"_s, followers);
    out.insert(u"followsCount"_s, account ? int(account->follows.size()) : 0);
    out.insert(u"postsCount"_s, m_state.countRecords(postCollection, did));
    return out;
}

QJsonObject BlueskyRender::chatProfile(const QString &did, const QString &viewer) const
{
    QJsonObject out = profileViewBasic(did, viewer);
    out.insert(u"chatDisabled"_s, false);
    return out;
}

QJsonObject BlueskyRender::blob(const BlueskyBlob &blob) const
{
    return QJsonObject{{u"$type"_s, u"blob"_s},
                       {u"ref"_s, QJsonObject{{u"$link"_s, blob.cid}}},
                       {u"mimeType"_s, blob.mimeType},
                       {u"size"_s, blob.size}};
}

QJsonObject BlueskyRender::recordEmbedView(const QString &uri, const QString &viewer) const
{
    const BlueskyRecord *quoted = m_state.findRecord(uri);
    if (!quoted)
        return QJsonObject{
            {u"$type"_s, u"app.bsky.embed.record#viewNotFound"_s}, {u"uri"_s, uri}, {u"notFound"_s, true}};
    return QJsonObject{
        {u"$type"_s, u"app.bsky.embed.record#viewRecord"_s},  {u"uri"_s, quoted->uri},     {u"cid"_s, quoted->cid},
        {u"author"_s, profileViewBasic(quoted->did, viewer)}, {u"value"_s, quoted->value}, {u"labels"_s, QJsonArray{}},
        {u"indexedAt"_s, datetime(quoted->indexedAt)}};
}

QJsonObject BlueskyRender::embedView(const QJsonObject &embed, const QString &did, const QString &viewer) const
{
    const QString type = embed.value(u"$type"_s).toString();
    if (type == u"app.bsky.embed.images") {
        QJsonArray images;
        for (const QJsonValue &item : embed.value(u"images"_s).toArray()) {
            const QJsonObject image = item.toObject();
            const QString cid =
                image.value(u"image"_s).toObject().value(u"ref"_s).toObject().value(u"$link"_s).toString();
            const QString base = m_baseUrl().toString();
            QJsonObject view{{u"thumb"_s, u"%1/img/feed_thumbnail/plain/%2/%3@jpeg"_s.arg(base, did, cid)},
                             {u"fullsize"_s, u"%1/img/feed_fullsize/plain/%2/%3@jpeg"_s.arg(base, did, cid)},
                             {u"alt"_s, image.value(u"alt"_s).toString()}};
            if (image.contains(u"aspectRatio"_s))
                view.insert(u"aspectRatio"_s, image.value(u"aspectRatio"_s));
            images.append(view);
        }
        return QJsonObject{{u"$type"_s, u"app.bsky.embed.images#view"_s}, {u"images"_s, images}};
    }
    if (type == u"app.bsky.embed.record") {
        return QJsonObject{
            {u"$type"_s, u"app.bsky.embed.record#view"_s},
            {u"record"_s, recordEmbedView(embed.value(u"record"_s).toObject().value(u"uri"_s).toString(), viewer)}};
    }
    if (type == u"app.bsky.embed.external") {
        const QJsonObject external = embed.value(u"external"_s).toObject();
        return QJsonObject{
            {u"$type"_s, u"app.bsky.embed.external#view"_s},
            {u"external"_s, QJsonObject{{u"uri"_s, external.value(u"uri"_s).toString()},
                                        {u"title"_s, external.value(u"title"_s).toString()},
                                        {u"description"_s, external.value(u"description"_s).toString()}}}};
    }
    if (type == u"app.bsky.embed.recordWithMedia") {
        return QJsonObject{{u"$type"_s, u"app.bsky.embed.recordWithMedia#view"_s},
                           {u"record"_s, embedView(embed.value(u"record"_s).toObject(), did, viewer)},
                           {u"media"_s, embedView(embed.value(u"media"_s).toObject(), did, viewer)}};
    }
    return {};
}

QJsonObject BlueskyRender::postView(const BlueskyRecord &post, const QString &viewer) const
{
    QJsonObject out{{u"uri"_s, post.uri},
                    {u"cid"_s, post.cid},
                    {u"author"_s, profileViewBasic(post.did, viewer)},
                    {u"record"_s, post.value},
                    {u"replyCount"_s, int(m_state.repliesTo(post.uri).size())},
                    {u"repostCount"_s, m_state.countSubject(u"app.bsky.feed.repost"_s, post.uri)},
                    {u"likeCount"_s, m_state.countSubject(u"app.bsky.feed.like"_s, post.uri)},
                    {u"quoteCount"_s, m_state.countSubject(postCollection, post.uri)},
                    {u"bookmarkCount"_s, 0},
                    {u"indexedAt"_s, datetime(post.indexedAt)},
                    {u"viewer"_s, QJsonObject{{u"threadMuted"_s, false}, {u"embeddingDisabled"_s, false}}},
                    {u"labels"_s, QJsonArray{}}};
    const QJsonObject embed = embedView(post.value.value(u"embed"_s).toObject(), post.did, viewer);
    if (!embed.isEmpty())
        out.insert(u"embed"_s, embed);
    return out;
}

QJsonObject BlueskyRender::threadParent(const QString &uri, int height, const QString &viewer) const
{
    const BlueskyRecord *parent = m_state.findRecord(uri);
    if (!parent)
        return QJsonObject{{u"$type"_s, u"app.bsky.feed.defs#notFoundPost"_s}, {u"uri"_s, uri}, {u"notFound"_s, true}};
    if (m_state.blocks(parent->did, viewer) || m_state.blocks(viewer, parent->did)) {
        return QJsonObject{
            {u"$type"_s, u"app.bsky.feed.defs#blockedPost"_s},
            {u"uri"_s, uri},
            {u"blocked"_s, true},
            {u"author"_s, QJsonObject{{u"did"_s, parent->did}, {u"viewer"_s, actorViewer(viewer, parent->did)}}}};
    }
    QJsonObject out{{u"$type"_s, u"app.bsky.feed.defs#threadViewPost"_s}, {u"post"_s, postView(*parent, viewer)}};
    if (height > 1 && !parent->replyParentUri().isEmpty())
        out.insert(u"parent"_s, threadParent(parent->replyParentUri(), height - 1, viewer));
    return out;
}

QJsonObject BlueskyRender::threadViewPost(const BlueskyRecord &post, int depth, int parentHeight,
                                          const QString &viewer) const
{
    QJsonObject out{{u"$type"_s, u"app.bsky.feed.defs#threadViewPost"_s}, {u"post"_s, postView(post, viewer)}};
    if (parentHeight > 0 && !post.replyParentUri().isEmpty())
        out.insert(u"parent"_s, threadParent(post.replyParentUri(), parentHeight, viewer));
    if (depth > 0) {
        QJsonArray replies;
        for (const BlueskyRecord &reply : m_state.repliesTo(post.uri)) {
            if (m_state.blocks(reply.did, viewer) || m_state.blocks(viewer, reply.did))
                continue;
            replies.append(threadViewPost(reply, depth - 1, 0, viewer));
        }
        out.insert(u"replies"_s, replies);
    }
    return out;
}

QJsonObject BlueskyRender::feedViewPost(const BlueskyRecord &post, const QString &viewer) const
{
    QJsonObject out{{u"post"_s, postView(post, viewer)}};
    const QString parentUri = post.replyParentUri();
    if (!parentUri.isEmpty()) {
        const auto refView = [&](const QString &uri) {
            const BlueskyRecord *found = m_state.findRecord(uri);
            if (!found)
                return QJsonObject{
                    {u"$type"_s, u"app.bsky.feed.defs#notFoundPost"_s}, {u"uri"_s, uri}, {u"notFound"_s, true}};
            QJsonObject view = postView(*found, viewer);
            view.insert(u"$type"_s, u"app.bsky.feed.defs#postView"_s);
            return view;
        };
        out.insert(u"reply"_s,
                   QJsonObject{{u"root"_s, refView(post.replyRootUri())}, {u"parent"_s, refView(parentUri)}});
    }
    return out;
}

QJsonObject BlueskyRender::notification(const BlueskyNotification &n, const QDateTime &seenAt) const
{
    QJsonObject out{{u"uri"_s, n.uri},
                    {u"cid"_s, n.cid},
                    {u"author"_s, profileView(n.authorDid, n.recipientDid)},
                    {u"reason"_s, n.reason},
                    {u"record"_s, n.record},
                    {u"isRead"_s, seenAt.isValid() && n.indexedAt <= seenAt},
                    {u"indexedAt"_s, datetime(n.indexedAt)},
                    {u"labels"_s, QJsonArray{}}};
    if (!n.reasonSubject.isEmpty())
        out.insert(u"reasonSubject"_s, n.reasonSubject);
    return out;
}

QJsonObject BlueskyRender::deletedMessageView(const BlueskyMessage &message, bool withType) const
{
    QJsonObject out{{u"id"_s, message.id},
                    {u"rev"_s, message.rev},
                    {u"sender"_s, QJsonObject{{u"did"_s, message.senderDid}}},
                    {u"sentAt"_s, datetime(message.sentAt)}};
    if (withType)
        out.insert(u"$type"_s, u"chat.bsky.convo.defs#deletedMessageView"_s);
    return out;
}

QJsonObject BlueskyRender::messageView(const BlueskyMessage &message, const QString &viewer, bool withType) const
{
    if (message.deletedFor.contains(viewer))
        return deletedMessageView(message, withType);
    QJsonObject out{{u"id"_s, message.id},
                    {u"rev"_s, message.rev},
                    {u"text"_s, message.text},
                    {u"sender"_s, QJsonObject{{u"did"_s, message.senderDid}}},
                    {u"sentAt"_s, datetime(message.sentAt)}};
    if (withType)
        out.insert(u"$type"_s, u"chat.bsky.convo.defs#messageView"_s);
    if (!message.facets.isEmpty())
        out.insert(u"facets"_s, message.facets);
    if (!message.embed.isEmpty())
        out.insert(u"embed"_s, embedView(message.embed, message.senderDid, viewer));
    if (!message.replyToId.isEmpty()) {
        if (const BlueskyMessage *target = m_state.findMessage(message.replyToId)) {
            QJsonObject reply = target->deletedFor.contains(viewer) ? deletedMessageView(*target, true)
                                                                    : messageView(*target, viewer, true);
            reply.remove(u"replyTo"_s);
            out.insert(u"replyTo"_s, reply);
        }
    }
    return out;
}

QJsonObject BlueskyRender::convoView(const BlueskyConvo &convo, const QString &viewer) const
{
    QJsonArray members;
    for (const QString &did : convo.members)
        members.append(chatProfile(did, viewer));
    QJsonObject out{{u"id"_s, convo.id},
                    {u"rev"_s, convo.rev},
                    {u"members"_s, members},
                    {u"muted"_s, convo.muted.contains(viewer)},
                    {u"status"_s, convo.status.value(viewer, u"accepted"_s)},
                    {u"unreadCount"_s, m_state.unreadCount(convo, viewer)}};
    const QList<BlueskyMessage> messages = m_state.messagesNewestFirst(convo.id);
    if (!messages.isEmpty())
        out.insert(u"lastMessage"_s, messageView(messages.first(), viewer));
    if (convo.isGroup()) {
        out.insert(u"kind"_s, QJsonObject{{u"$type"_s, u"chat.bsky.convo.defs#groupConvo"_s},
                                          {u"createdAt"_s, datetime(convo.createdAt)},
                                          {u"lockStatus"_s, convo.locked ? u"locked"_s : u"unlocked"_s},
                                          {u"lockStatusModerationOverride"_s, false},
                                          {u"memberCount"_s, int(convo.members.size())},
                                          {u"memberLimit"_s, 50},
                                          {u"name"_s, convo.name}});
    } else {
        out.insert(u"kind"_s, QJsonObject{{u"$type"_s, u"chat.bsky.convo.defs#directConvo"_s}});
    }
    return out;
}

QJsonObject BlueskyRender::logEntry(const BlueskyLogEntry &entry, const QString &viewer) const
{
    QJsonObject out{{u"$type"_s, QString(u"chat.bsky.convo.defs#"_s + entry.type)},
                    {u"rev"_s, entry.rev},
                    {u"convoId"_s, entry.convoId}};
    if (entry.messageId.isEmpty())
        return out;
    const BlueskyMessage *message = m_state.findMessage(entry.messageId);
    if (!message)
        return {};
    out.insert(u"message"_s,
               entry.type == u"logDeleteMessage" ? deletedMessageView(*message) : messageView(*message, viewer));
    if (entry.type == u"logCreateMessage") {
        if (const BlueskyConvo *convo = m_state.findConvo(entry.convoId)) {
            QJsonArray related;
            for (const QString &did : convo->members)
                related.append(chatProfile(did, viewer));
            out.insert(u"relatedProfiles"_s, related);
        }
    }
    return out;
}

} // namespace starling::sandbox
