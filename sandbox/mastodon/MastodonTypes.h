// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace starling::sandbox {

/** Whether @p text is an id as the sandbox Mastodon server writes them: 1 to 19 digits. */
bool isMastodonId(const QString &text);

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
    // Mastodon's limits, as /api/v2/instance announces them and POST /api/v2/media applies them.
    static constexpr qint64 imageSizeLimit = 16 * 1024 * 1024;
    static constexpr qint64 videoSizeLimit = 99 * 1024 * 1024;
    static constexpr int descriptionLimit = 1500;

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

    /** The MIME types the server takes (configuration.media_attachments.supported_mime_types). */
    static const QStringList &supportedMimeTypes();
    /** The MediaAttachment type of a file: image, gifv (a GIF), video, audio or unknown. */
    static QString typeForMime(const QString &mimeType);
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

/** What the imagined user does on the authorize page. */
enum class MastodonConsent
{
    Approve,
    Deny,
};

/** One GET /oauth/authorize as received. */
struct MastodonAuthorization
{
    QString clientId;
    QString redirectUri;
    QString scope;
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;
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
