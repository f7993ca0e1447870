// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace starling::sandbox {

/** A person on the sandbox Mastodon server: local, or from another server (federated). */
struct MastodonAccount
{
    QString id; ///< empty asks addAccount() to pick one
    QString username; ///< [A-Za-z0-9_]{1,30}
    QString domain; ///< empty for a local account; "other.example" for a remote one
    QString displayName;
    QString note; ///< plain text; rendered as HTML
    int followersCount = 0;
    int followingCount = 0;
    bool bot = false;
    QDateTime createdAt;

    /** "username" for a local account, "username@domain" for a remote one. */
    QString acct() const { return domain.isEmpty() ? username : username + u'@' + domain; }
    bool isLocal() const { return domain.isEmpty(); }
};

/** A status (post, reply or private mention), as written. */
struct MastodonStatus
{
    QString id;
    QString accountId;
    QString text; ///< as written; rendered as HTML in answers
    QString spoilerText;
    QString visibility = QStringLiteral("public"); ///< public, unlisted, private or direct
    QString inReplyToId;
    QString inReplyToAccountId;
    QString threadId; ///< the id of the first status of the thread
    QStringList mentionIds; ///< accounts mentioned in the text (and so, for direct, its recipients)
    QStringList tags;
    QStringList mediaIds;
    QString language;
    bool sensitive = false;
    QDateTime createdAt;
    bool deleted = false;
};

/** An uploaded media file (POST /api/v2/media). */
struct MastodonMedia
{
    QString id;
    QString ownerId;
    QString type; ///< image, gifv, video, audio or unknown
    QString mimeType;
    QByteArray bytes;
    QString description;
    int pollsLeft = 0; ///< GET /api/v1/media/:id answers 206 until this reaches 0
    int polls = 0; ///< GET /api/v1/media/:id requests so far
    QString statusId; ///< the status it is attached to; empty while unattached
    int width = 0;
    int height = 0;
    QDateTime createdAt;

    bool isProcessed() const { return pollsLeft <= 0; }
};

/** A notification of one local account. */
struct MastodonNotification
{
    QString id;
    QString accountId; ///< whose notification it is
    QString type = QStringLiteral("mention");
    QString fromAccountId;
    QString statusId;
    QDateTime createdAt;
};

/**
 * A private conversation as one local account sees it (Mastodon's AccountConversation): one per
 * thread and set of participants.
 */
struct MastodonConversation
{
    QString id;
    QString accountId; ///< whose view it is
    QString threadId;
    QStringList participantIds; ///< the others, sorted
    QString lastStatusId;
    bool unread = false;
};

/** An app registered with POST /api/v1/apps. */
struct MastodonApp
{
    QString id;
    QString name;
    QString clientId;
    QByteArray clientSecret;
    QStringList redirectUris;
    QStringList scopes;
    QString website;
};

} // namespace starling::sandbox
