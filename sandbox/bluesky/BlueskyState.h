// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <variant>
#include <vector>

namespace starling::sandbox {

/** Why an operation was refused, as an XRPC error: the HTTP status, the error name and a message. */
struct BlueskyRefusal
{
    int status = 400;
    QString error = QStringLiteral("InvalidRequest");
    QString message;
};

template<typename T>
using BlueskyResult = std::variant<T, BlueskyRefusal>;

/**
 * The world of the sandbox Bluesky server (BlueskyServer): accounts, app passwords and the
 * tokens of their sessions, repository records (posts, likes, follows, blocks, the chat
 * declaration), blobs, notifications, and the chat service's conversations, messages and
 * per-member logs. Its operations keep the rules of the PDS and the chat service (API-NOTES B-1,
 * B-2, B-6, the lexicons): post and message validation, who may open a conversation with whom,
 * token rotation and expiry.
 *
 * It knows no HTTP: BlueskyRoutes turns requests into these operations and BlueskyRender shows
 * what they made. The seed methods of BlueskyServer run these same operations.
 */
class BlueskyState final
{
public:
    using Clock = std::function<QDateTime()>;

    static constexpr std::chrono::seconds defaultAccessLifetime{2 * 60 * 60};
    static constexpr std::chrono::seconds defaultRefreshLifetime{90 * 24 * 60 * 60};
    static constexpr qint64 maxImageBytes = 2'000'000;
    static constexpr qint64 maxBlobBytes = 50 * 1024 * 1024;

    BlueskyState();
    Q_DISABLE_COPY_MOVE(BlueskyState)

    void setClock(Clock clock);
    QDateTime now() const;
    /** A new TID (13 characters, base32-sortable, strictly increasing): rkeys, revs, ids. */
    QString nextTid();

    // ---- Accounts ----

    /** Adds an account; returns its DID, or empty when the handle is invalid or taken. */
    QString addAccount(const QString &handle, const QString &displayName, const QString &password);
    BlueskyAccount *findAccount(const QString &did);
    const BlueskyAccount *findAccount(const QString &did) const;
    /** By DID, handle (with or without a leading @) or email. */
    const BlueskyAccount *findActor(const QString &identifier) const;
    QList<BlueskyAccount> accounts() const;
    /** Returns the new app password, or empty for an unknown DID. */
    QString addAppPassword(const QString &did, const QString &name, bool privileged);
    /** Removes the app password @p name of @p did; the sessions signed in with it die. */
    void revokeAppPassword(const QString &did, const QString &name);
    void follow(const QString &fromDid, const QString &toDid);
    void block(const QString &fromDid, const QString &toDid);
    bool follows(const QString &fromDid, const QString &toDid) const;
    bool blocks(const QString &fromDid, const QString &toDid) const;

    // ---- Sessions ----

    struct Session
    {
        QString did;
        QByteArray accessJwt;
        QByteArray refreshJwt;
    };
    /** com.atproto.server.createSession: the identifier and password checked. */
    BlueskyResult<Session> createSession(const QString &identifier, const QString &password);
    /** Rotates both tokens of @p refreshJwt's session; the used refresh token dies. */
    BlueskyResult<Session> refreshSession(const QByteArray &refreshJwt);
    /** Ends the session of @p refreshJwt: its tokens all die. */
    void deleteSession(const QByteArray &refreshJwt);
    /** The token @p jwt is, checked for @p kind: unknown, malformed, expired and revoked tokens are refused. */
    BlueskyResult<BlueskyToken> authenticate(const QByteArray &jwt, BlueskyTokenKind kind) const;
    void setAccessTokenLifetime(std::chrono::seconds lifetime) { m_accessLifetime = lifetime; }
    /** Every access token issued so far is expired from now on. */
    void expireAccessTokens();
    /** Every session of @p did dies. */
    void revokeSessions(const QString &did);
    int createSessionCount() const { return m_createSessionCount; }

    // ---- Repositories ----

    /** com.atproto.repo.createRecord for @p did, with the validation of known collections. */
    BlueskyResult<BlueskyRecord> createRecord(const QString &did, const QString &collection, const QString &rkey,
                                              const QJsonObject &record);
    BlueskyResult<bool> deleteRecord(const QString &did, const QString &collection, const QString &rkey);
    const BlueskyRecord *findRecord(const QString &uri) const;
    /** Records in creation order (deleted ones are gone). */
    const std::vector<BlueskyRecord> &records() const { return m_records; }
    QList<BlueskyRecord> records(const QString &collection, const QString &did = {}) const;
    /** Direct replies to @p uri, oldest first. */
    QList<BlueskyRecord> repliesTo(const QString &uri) const;
    int countRecords(const QString &collection, const QString &did) const;
    /** Likes, reposts and quotes of a post. */
    int countSubject(const QString &collection, const QString &uri) const;
    /** Mention facets (and their byte offsets) for the "@handle"s of @p text that name known accounts. */
    QJsonArray mentionFacets(const QString &text) const;

    BlueskyResult<BlueskyBlob> uploadBlob(const QString &did, const QString &mimeType, const QByteArray &bytes);
    const BlueskyBlob *findBlob(const QString &cid) const;
    QList<BlueskyBlob> blobs() const;

    // ---- Notifications ----

    QList<BlueskyNotification> notificationsOf(const QString &did) const;
    BlueskyResult<bool> updateSeen(const QString &did, const QDateTime &seenAt);

    // ---- Chat ----

    /** Opens (or finds) the convo of the caller and @p others, with the chat service's checks. */
    BlueskyResult<QString> convoForMembers(const QString &callerDid, const QStringList &others);
    /** Creates a convo of @p members (the first one accepted, the others "request") without checks. */
    QString createConvo(const QStringList &members);
    BlueskyConvo *findConvo(const QString &id);
    const BlueskyConvo *findConvo(const QString &id) const;
    /** The convos @p did is a member of, latest rev first. */
    QList<BlueskyConvo> convosOf(const QString &did) const;
    const BlueskyMessage *findMessage(const QString &id) const;
    /** The messages of a convo, oldest first. */
    QList<BlueskyMessage> messagesOf(const QString &convoId) const;
    /** The messages of a convo, newest first (those deleted for a viewer render as deletedMessageView). */
    QList<BlueskyMessage> messagesNewestFirst(const QString &convoId) const;
    int unreadCount(const BlueskyConvo &convo, const QString &did) const;

    struct NewMessage
    {
        QString text;
        QJsonArray facets;
        QJsonObject embed;
        QString replyTo;
    };
    /** Validates and sends a message: length, facets, embed, membership, lock. */
    BlueskyResult<BlueskyMessage> sendMessage(const QString &fromDid, const QString &convoId,
                                              const NewMessage &message);
    BlueskyResult<BlueskyMessage> deleteMessageForSelf(const QString &did, const QString &convoId,
                                                       const QString &messageId);
    /** Marks read up to @p messageId (or all); returns the log rev. */
    BlueskyResult<bool> updateRead(const QString &did, const QString &convoId, const QString &messageId);
    /** Accepts a convo; the new rev, or empty when it already was accepted. */
    BlueskyResult<QString> acceptConvo(const QString &did, const QString &convoId);
    void setConvoLocked(const QString &convoId, bool locked);
    void setConvoStatus(const QString &convoId, const QString &did, const QString &status);
    BlueskyResult<bool> setMuted(const QString &did, const QString &convoId, bool muted);
    /** The log entries @p did sees, in rev order. */
    QList<BlueskyLogEntry> logOf(const QString &did) const;

    // ---- Validation (also for the routes) ----

    /** A refusal when @p facets are not valid facets of @p text (byte ranges, features). */
    static std::optional<QString> checkFacets(const QJsonArray &facets, const QByteArray &utf8);
    static bool isValidHandle(const QString &handle);
    static bool isValidRkey(const QString &rkey);

private:
    QByteArray issueToken(const QString &did, BlueskyTokenKind kind, const QString &scope, bool privileged,
                          const QString &sessionId, const QString &appPassword);
    Session issueSession(const QString &did, const QString &scope, bool privileged, const QString &sessionId,
                         const QString &appPassword);
    QString cidOf(const QByteArray &bytes, bool raw) const;
    std::optional<BlueskyRefusal> validatePost(const QString &did, const QJsonObject &record) const;
    void notify(const QString &recipient, const BlueskyRecord &record, const QString &reason,
                const QString &reasonSubject = {});
    void notifyForRecord(const BlueskyRecord &record);
    void appendLog(const QString &type, const QString &convoId, const QString &messageId, const QString &viewer,
                   const QString &rev);

    Clock m_clock;
    qint64 m_lastTid = 0;
    QByteArray m_secret;
    std::chrono::seconds m_accessLifetime = defaultAccessLifetime;
    int m_createSessionCount = 0;
    std::map<QString, BlueskyAccount> m_accounts; // by DID
    QHash<QByteArray, BlueskyToken> m_tokens;
    std::vector<BlueskyRecord> m_records;
    std::vector<BlueskyBlob> m_blobs;
    std::vector<BlueskyNotification> m_notifications;
    qint64 m_nextNotification = 1;
    std::vector<BlueskyConvo> m_convos;
    std::vector<BlueskyMessage> m_messages;
    std::vector<BlueskyLogEntry> m_log;
};

} // namespace starling::sandbox
