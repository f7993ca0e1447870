// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

namespace starling::sandbox {

/**
 * The world of the sandbox Mastodon server (MastodonServer): its settings, accounts and their
 * tokens, registered apps and authorization codes, statuses, the notifications and private
 * conversations they make, media uploads, and the clock and ids they are made with. Its
 * operations keep Mastodon's rules of what may exist (API-NOTES M-2, M-3, M-6): a status's length
 * and media, who may see a status, who is notified and which conversations a direct status joins.
 *
 * It knows no HTTP: MastodonRoutes turns requests into these operations, MastodonRender shows
 * what they made in Mastodon's wire format, and MastodonStreaming sends the events of the
 * signals below. The seed methods (post(), directMessage(), mention(), …) are how other people
 * act; they run the same operations the endpoints run.
 */
class MastodonState final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    /** What POST /api/v1/statuses or a seed asks for. */
    struct NewStatus
    {
        QString authorId;
        QString text;
        QString spoiler;
        QString visibility = QStringLiteral("public");
        QString inReplyToId;
        QStringList mediaIds;
        QString language;
        bool sensitive = false;
    };

    /** Why a status was refused, as Mastodon answers it: the HTTP status and the error text. */
    struct Refusal
    {
        int status = 422;
        QString message;
    };

    /** An authorization code issued by GET /oauth/authorize. */
    struct Code
    {
        MastodonAuthorization authorization;
        QString accountId;
        QDateTime issuedAt;
        bool used = false;
    };

    explicit MastodonState(QObject *parent = nullptr);
    ~MastodonState() override;
    Q_DISABLE_COPY_MOVE(MastodonState)

    /** The clock of ids, created_at, codes, idempotency and rate-limit windows; the wall clock by default. */
    void setClock(Clock clock);
    QDateTime now() const;
    /** A random URL-safe token of @p bytes random bytes (access tokens, client ids, codes). */
    static QByteArray randomToken(int bytes);

    // ---- The server's settings ----

    void setDomain(const QString &domain) { m_domain = domain; }
    QString domain() const { return m_domain; }
    void setSupportsPkce(bool supports) { m_supportsPkce = supports; }
    bool supportsPkce() const { return m_supportsPkce; }
    void setMaxCharacters(int max) { m_maxCharacters = max; }
    int maxCharacters() const { return m_maxCharacters; }
    void setCharactersReservedPerUrl(int length) { m_urlLength = length; }
    int charactersReservedPerUrl() const { return m_urlLength; }
    void setMaxMediaAttachments(int max) { m_maxMedia = max; }
    int maxMediaAttachments() const { return m_maxMedia; }
    void setConsent(MastodonConsent consent) { m_consent = consent; }
    MastodonConsent consent() const { return m_consent; }

    // ---- People and tokens ----

    /** Adds an account (an empty id picks one); returns its id, or empty when the username is invalid or taken. */
    QString addAccount(MastodonAccount account);
    const MastodonAccount *findAccount(const QString &id) const;
    /** By acct: "alice" (local, also "alice@<domain>") or "bob@other.example"; a leading @ is allowed. */
    const MastodonAccount *findAccountByAcct(const QString &acct) const;
    int accountCount() const { return int(m_accounts.size()); }
    void setOwnAccount(const QString &id) { m_ownAccountId = id; }
    QString ownAccountId() const { return m_ownAccountId; }

    /** Makes @p token (random when empty) an access token of @p accountId (the own account when empty). */
    QByteArray addToken(const QString &accountId, const QByteArray &token, const QStringList &scopes);
    void revokeToken(const QByteArray &token);
    void revokeAllTokens();
    bool isTokenValid(const QByteArray &token) const;
    /** Whose valid token @p token is: an account id, or empty for an unknown or revoked token. */
    QString accountOfToken(const QByteArray &token) const;
    /** The scopes @p token was issued with; empty for an unknown token. */
    QStringList tokenScopes(const QByteArray &token) const;

    // ---- Apps and authorization codes ----

    /** Registers @p app with a new id, client id and client secret; returns it as registered. */
    MastodonApp registerApp(MastodonApp app);
    const MastodonApp *findApp(const QString &clientId) const;
    QList<MastodonApp> apps() const { return m_apps; }
    void recordAuthorization(const MastodonAuthorization &authorization);
    QList<MastodonAuthorization> authorizations() const { return m_authorizations; }
    /** A new authorization code for @p accountId, issued now; returns the code. */
    QString issueCode(const MastodonAuthorization &authorization, const QString &accountId);
    /** The code's record, to check and use up; null for an unknown code. */
    Code *findCode(const QString &code);
    void countCodeExchange() { ++m_codeExchanges; }
    int codeExchanges() const { return m_codeExchanges; }

    // ---- Statuses ----

    /** Every status, deleted ones included, in ascending id order (the order they were written in). */
    const std::vector<MastodonStatus> &statuses() const { return m_statuses; }
    /** A status that exists and is not deleted; null otherwise. */
    const MastodonStatus *findStatus(const QString &id) const;
    /** The ids of the known accounts @p text mentions, each once, in order. */
    QStringList mentionsIn(const QString &text) const;
    /** Whether @p viewerId may see @p status: public and unlisted, or its author and those it mentions. */
    bool canSee(const QString &viewerId, const MastodonStatus &status) const;
    /**
     * Writes a status with Mastodon's validation (visibility, blank text, length with this
     * server's limits, media that is the author's, unattached and processed, a visible parent)
     * and delivers it; returns its id, or why it was refused.
     */
    std::variant<QString, Refusal> insertStatus(const NewStatus &status);
    /** The visible statuses before @p status in its thread, oldest first. */
    QList<const MastodonStatus *> ancestors(const MastodonStatus &status, const QString &viewerId) const;
    /** The visible replies to @p status and their replies, in id order. */
    QList<const MastodonStatus *> descendants(const MastodonStatus &status, const QString &viewerId) const;

    /** post() of MastodonServer: insertStatus() with these fields; the id, or empty if refused. */
    QString post(const QString &authorId, const QString &text, const QString &visibility, const QString &inReplyToId,
                 const QStringList &mediaIds, const QString &spoiler);
    /** directMessage() of MastodonServer: the recipients' mentions go in front unless the text has them. */
    QString directMessage(const QString &fromId, const QStringList &toIds, const QString &text,
                          const QString &inReplyToId);
    /** mention() of MastodonServer: a public post of @p fromId that mentions @p toId. */
    QString mention(const QString &fromId, const QString &toId, const QString &text, const QString &inReplyToId);
    /** Deletes a status, as its author would; conversations fall back to their status before it. */
    void deleteStatus(const QString &id);

    /**
     * The status an earlier POST of @p accountId with Idempotency-Key @p key created within the
     * hour (API-NOTES M-2), counted as a replay; null when there is none.
     */
    const MastodonStatus *replayIdempotent(const QString &accountId, const QByteArray &key);
    /** Records that the POST of @p accountId with @p key created @p statusId. */
    void rememberIdempotent(const QString &accountId, const QByteArray &key, const QString &statusId);
    int idempotentReplays() const { return m_idempotentReplays; }

    // ---- Notifications and conversations ----

    /** Every notification, in ascending id order. */
    const QList<MastodonNotification> &notifications() const { return m_notifications; }
    /** Every account's view of every private conversation. */
    const QList<MastodonConversation> &conversations() const { return m_conversations; }
    /** Marks @p accountId's conversation @p id read; null when it has none with that id. */
    const MastodonConversation *markConversationRead(const QString &id, const QString &accountId);

    // ---- Media ----

    const MastodonMedia *findMedia(const QString &id) const;
    /** A media file of @p ownerId, processed at once unless @p processing. Returns its id, or empty. */
    QString addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                     const QString &description, bool processing);
    /** A GET /api/v1/media/:id by @p ownerId: processing moves on. Null when the media is not theirs. */
    const MastodonMedia *pollMedia(const QString &id, const QString &ownerId);
    /** Video, GIF and audio are ready after @p polls GET /api/v1/media/:id. */
    void setMediaProcessing(int polls) { m_processingPolls = polls; }

Q_SIGNALS:
    /** A status was created, by a client or by a seed method. */
    void statusCreated(const QString &statusId);
    /** A local account was notified (the user and user:notification streams). */
    void notificationAdded(const MastodonNotification &notification);
    /** A local author's status reached their home timeline (the user stream's update). */
    void homeUpdated(const QString &accountId, const MastodonStatus &status);
    /** A direct status changed a local account's conversation (the direct stream). */
    void conversationUpdated(const MastodonConversation &conversation);
    /**
     * A status was deleted: the user streams of @p accountIds (its author and those it mentions,
     * whose home timelines and notifications held it) hear a delete event.
     */
    void statusDeleted(const QString &statusId, const QStringList &accountIds);

private:
    struct Token
    {
        QString accountId;
        QStringList scopes;
        bool revoked = false;
    };
    struct Idempotency
    {
        QString statusId;
        QDateTime at;
    };

    QString nextStatusId();
    QString nextNumber();
    void deliver(const MastodonStatus &status);

    Clock m_clock;
    QString m_domain = QStringLiteral("sandbox.social");
    bool m_supportsPkce = true;
    int m_maxCharacters = 500;
    int m_urlLength = 23;
    int m_maxMedia = 4;
    MastodonConsent m_consent = MastodonConsent::Approve;
    QString m_ownAccountId;

    quint64 m_lastStatusId = 0;
    quint64 m_counter = 0;

    QHash<QString, MastodonAccount> m_accounts;
    QHash<QString, QString> m_accountIdsByAcct; // lower-case acct → id
    QHash<QByteArray, Token> m_tokens;
    QList<MastodonApp> m_apps;
    QHash<QString, Code> m_codes;
    QList<MastodonAuthorization> m_authorizations;
    int m_codeExchanges = 0;

    std::vector<MastodonStatus> m_statuses; // ascending ids
    QHash<QString, qsizetype> m_statusIndex;
    QHash<QString, MastodonMedia> m_media;
    QList<MastodonNotification> m_notifications; // ascending ids
    QList<MastodonConversation> m_conversations;
    QHash<QString, Idempotency> m_idempotency; // "account\nkey"
    int m_idempotentReplays = 0;
    int m_processingPolls = 2;
};

} // namespace starling::sandbox
