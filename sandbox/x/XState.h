// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace starling::sandbox {

/**
 * The world of the sandbox X server (XServer): people and their tokens, DM conversations and
 * their events, posts, media uploads, and the clock and ids they are made with. Its operations
 * keep X's rules of what may exist (API-NOTES ): a DM's media is its sender's and has not
 * expired, a reply needs the summons of the author answered, a group has 3 to 50 people.
 *
 * It knows no HTTP: XRoutes turns requests into these operations and XRender shows what they
 * made in X's wire format. The seed methods (deliverDirectMessage(), mention(), …) are how other
 * people act on X; they run the same operations the endpoints run.
 */
class XState final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /** A DM's text and attachment, as a request or a seed wrote them. */
    struct DmContent
    {
        QString text;
        QString mediaId;
    };

    explicit XState(QObject *parent = nullptr);
    ~XState() override;
    Q_DISABLE_COPY_MOVE(XState)

    /** The clock of ids, created_at, rate-limit windows and media expiry; the wall clock by default. */
    void setClock(Clock clock);
    QDateTime now() const;
    /** A new snowflake-like id: 19 digits that grow with the clock, never twice the same. */
    QString nextId();

    // ---- People and tokens ----

    /** Adds a person with the given fields (an empty id picks one); returns the id or empty. */
    QString addUser(XUser user);
    const XUser *findUser(const QString &id) const;
    /** Case-insensitive, with or without a leading @. */
    const XUser *findUserByUsername(const QString &username) const;
    void setOwnUser(const QString &userId) { m_ownUserId = userId; }
    QString ownUserId() const { return m_ownUserId; }

    /** Makes @p token (random when empty) a valid access token of @p userId (the own user when empty). */
    QByteArray addToken(const QString &userId, const QByteArray &token);
    void expireToken(const QByteArray &token);
    void expireAllTokens();
    bool isTokenValid(const QByteArray &token) const;
    /** Whose valid token @p token is: a user id, or empty for an unknown or expired token. */
    QString userOfToken(const QByteArray &token) const;

    // ---- Direct messages ----

    /** "<smaller>-<larger>" of two numeric user ids. */
    static QString directConversationId(const QString &userA, const QString &userB);
    /** The 1:1 conversation of two users, made when it does not exist yet; returns its id. */
    QString ensureDirectConversation(const QString &userA, const QString &userB);
    const XDmConversation *findConversation(const QString &id) const;
    /** Every conversation, ordered by id. */
    QList<XDmConversation> conversations() const;
    /** Every event, in ascending id order (the order they happened in). */
    const std::vector<XDmEvent> &events() const { return m_events; }
    const XDmEvent *findEvent(const QString &id) const;
    /** A message event from @p senderId in @p conversationId; returns its id. Nothing is checked. */
    QString appendMessage(const QString &conversationId, const QString &senderId, const DmContent &message);
    /** A new group with its join event and first message; returns {conversation id, message event id}. */
    std::pair<QString, QString> openGroup(const QString &creatorId, const QStringList &participantIds,
                                          const DmContent &message);

    /** deliverDirectMessage() of XServer: a DM into the 1:1 conversation; the event id or empty. */
    QString deliverDirectMessage(const QString &fromUserId, const QString &toUserId, const QString &text,
                                 const QString &mediaId);
    /** postToConversation() of XServer: a message by a participant; the event id or empty. */
    QString postToConversation(const QString &senderId, const QString &conversationId, const QString &text,
                               const QString &mediaId);
    /** createGroupConversation() of XServer: the conversation id or empty. */
    QString createGroupConversation(const QString &creatorId, const QStringList &participantIds, const QString &text);

    // ---- Posts ----

    /** Every post, in ascending id order. */
    const std::vector<XPost> &posts() const { return m_posts; }
    const XPost *findPost(const QString &id) const;
    /** Publishes @p post with a new id and time, in the thread of what it answers; returns the id. */
    QString insertPost(XPost post);
    /** addPost() of XServer: a post that skips the reply rule; the id or empty. */
    QString addPost(const QString &authorId, const QString &text, const QString &inReplyToPostId,
                    const QString &quotedPostId);
    /** mention() of XServer: addPost() with "@<username of mentionedUserId> " before @p text. */
    QString mention(const QString &authorId, const QString &mentionedUserId, const QString &text,
                    const QString &inReplyToPostId);
    /** Whether @p post mentions @p user: by "@username" in its text or by answering them. */
    bool mentions(const XPost &post, const XUser &user) const;
    /** X's reply rule since 2026-02-23 (API-NOTES X-2): may @p replierId answer @p target? */
    bool mayReply(const QString &replierId, const XPost &target) const;

    // ---- Media ----

    const XMedia *findMedia(const QString &id) const;
    /** addMedia() of XServer: a finished upload of @p bytes, usable at once; the id or empty. */
    QString addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes, const QString &category);
    /** Why @p mediaId cannot be attached by @p userId now (X's words); empty when it can. */
    QString mediaProblem(const QString &mediaId, const QString &userId) const;
    /** What mediaProblem() says of media that does not exist, is not the user's or has expired. */
    static QString unknownMediaProblem();

    /** An upload that has been initialized and waits for its segments; returns its id. */
    QString startUpload(const QString &ownerId, const QStringList &additionalOwnerIds, const QString &mimeType,
                        const QString &category, qint64 totalBytes);
    /** Segment @p index of an upload, replacing one sent before; false when they would exceed its total size. */
    bool appendSegment(const QString &mediaId, int index, const QByteArray &chunk);
    /**
     * Ends an upload: a photo is ready, video and GIF start processing. False when its segments
     * are not 0..n without gaps or do not add up to its total size. Finalizing twice changes nothing.
     */
    bool finalizeUpload(const QString &mediaId);
    /** A STATUS poll: processing moves on (or fails, see failMediaProcessing()). */
    void pollUpload(const QString &mediaId);

    /** Video and GIF processing succeeds at the @p statusPolls-th poll, asking for @p checkAfterSecs in between. */
    void setMediaProcessing(int statusPolls, int checkAfterSecs);
    int processingPolls() const { return m_processingPolls; }
    int checkAfterSecs() const { return m_checkAfterSecs; }
    void failMediaProcessing(const QString &mediaId);

Q_SIGNALS:
    /** A DM event was created, by a client or by a seed method. */
    void dmEventCreated(const QString &eventId);
    /** A post was created, by a client or by a seed method. */
    void postCreated(const QString &postId);

private:
    struct Token
    {
        QString userId;
        bool expired = false;
    };

    QString addEvent(XDmEvent event);
    QStringList referencedPostsIn(const QString &text) const;

    Clock m_clock;
    quint64 m_lastId = 0;
    QString m_ownUserId;

    QHash<QString, XUser> m_users;
    QHash<QString, QString> m_userIdsByName; // lower-case username → id
    QHash<QByteArray, Token> m_tokens;

    QHash<QString, XDmConversation> m_conversations;
    std::vector<XDmEvent> m_events; // ascending ids
    QHash<QString, qsizetype> m_eventIndex;
    std::vector<XPost> m_posts; // ascending ids
    QHash<QString, qsizetype> m_postIndex;
    QHash<QString, XMedia> m_media;

    int m_processingPolls = 2;
    int m_checkAfterSecs = 1;
};

} // namespace starling::sandbox
