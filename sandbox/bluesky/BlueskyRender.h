// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyTypes.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace starling::sandbox {

class BlueskyState;

/**
 * The JSON views of the sandbox Bluesky server, shaped as the lexicons define them: profile views
 * (app.bsky.actor.defs and chat.bsky.actor.defs), post and thread views (app.bsky.feed.defs),
 * notifications, blobs, sessions with their DID document, and the chat views (convoView,
 * messageView / deletedMessageView, the getLog entries), with "$type" wherever a union holds
 * them. @p viewer is the DID whose point of view a view takes (viewer state, deletions for self).
 */
class BlueskyRender final
{
public:
    using BaseUrl = std::function<QUrl()>;

    BlueskyRender(const BlueskyState &state, BaseUrl baseUrl);

    QJsonObject didDoc(const BlueskyAccount &account) const;
    /** createSession / refreshSession answers. */
    QJsonObject session(const BlueskyAccount &account, const QByteArray &accessJwt, const QByteArray &refreshJwt) const;
    /** getSession. */
    QJsonObject sessionInfo(const BlueskyAccount &account) const;

    QJsonObject actorViewer(const QString &viewer, const QString &did) const;
    QJsonObject profileViewBasic(const QString &did, const QString &viewer) const;
    QJsonObject profileView(const QString &did, const QString &viewer) const;
    QJsonObject profileViewDetailed(const QString &did, const QString &viewer) const;
    /** chat.bsky.actor.defs#profileViewBasic */
    QJsonObject chatProfile(const QString &did, const QString &viewer) const;

    QJsonObject blob(const BlueskyBlob &blob) const;
    QJsonObject postView(const BlueskyRecord &post, const QString &viewer) const;
    /** app.bsky.feed.defs#threadViewPost of @p post, with its parents and replies. */
    QJsonObject threadViewPost(const BlueskyRecord &post, int depth, int parentHeight, const QString &viewer) const;
    /** app.bsky.feed.defs#feedViewPost */
    QJsonObject feedViewPost(const BlueskyRecord &post, const QString &viewer) const;
    QJsonObject notification(const BlueskyNotification &notification, const QDateTime &seenAt) const;

    /** #messageView, or #deletedMessageView when @p viewer deleted it for themselves; with $type. */
    QJsonObject messageView(const BlueskyMessage &message, const QString &viewer, bool withType = true) const;
    QJsonObject deletedMessageView(const BlueskyMessage &message, bool withType = true) const;
    QJsonObject convoView(const BlueskyConvo &convo, const QString &viewer) const;
    /** A getLog entry with its $type; an empty object when it refers to nothing shown any more. */
    QJsonObject logEntry(const BlueskyLogEntry &entry, const QString &viewer) const;

    static QString datetime(const QDateTime &time);

private:
    QJsonObject embedView(const QJsonObject &embed, const QString &did, const QString &viewer) const;
    QJsonObject recordEmbedView(const QString &uri, const QString &viewer) const;
    QJsonObject threadParent(const QString &uri, int height, const QString &viewer) const;

    const BlueskyState &m_state;
    BaseUrl m_baseUrl;
};

} // namespace starling::sandbox
