// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/SyncPage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct sqlite3;

namespace starling::bench {

/** A SyncPage as a hand-written C program would hold it: UTF-8 text, times in milliseconds. */
struct FloorPage
{
    struct Identity
    {
        QByteArray remoteId;
        QByteArray handle;
        QByteArray displayName;
        QByteArray avatarUrl;
        QByteArray bio;
        int followersCount = -1;
    };
    struct Conversation
    {
        QByteArray remoteId;
        int kind = 0;
        QByteArray title;
        qint64 lastActivity = 0;
        QList<QByteArray> participants;
    };
    struct Attachment
    {
        QByteArray kind;
        QByteArray remoteId;
        QByteArray url;
        QByteArray previewUrl;
        QByteArray mimeType;
        QByteArray altText;
        QByteArray localPath;
        int width = 0;
        int height = 0;
        qint64 sizeBytes = 0;
    };
    struct Message
    {
        QByteArray remoteId;
        QByteArray conversationRemoteId;
        QByteArray authorRemoteId;
        int direction = 0;
        int kind = 0;
        QByteArray text;
        QByteArray preview; ///< the text cut to what the conversation list stores
        qint64 createdAt = 0;
        QByteArray replyToRemoteId;
        int delivery = 0;
        bool read = false;
        QList<Attachment> attachments;
    };

    QByteArray accountUuid;
    QByteArray stream;
    std::optional<QByteArray> cursor;
    QList<Identity> identities;
    QList<Conversation> conversations;
    QList<Message> messages;

    /** Converts outside any timed section: a C program would receive UTF-8 from the network. */
    static FloorPage fromSyncPage(const SyncPage &page);
};

/**
 * The floor that store_bench compares Starling with: the same rows in the same schema, written
 * and read with the raw sqlite3 C API the way a careful hand-written program would.
 *
 * The database file must already hold Starling's schema and the account (store_bench creates it
 * with Starling's own migrations, so the tables, indexes, FTS5 table and triggers are the same
 * ones the product maintains, and stay the same when a migration is added).
 *
 * Writing a page (see write()) is one BEGIN IMMEDIATE … COMMIT with statements prepared once,
 * on a connection in WAL mode with synchronous=NORMAL and foreign keys on, like Starling's.
 * The read queries use the same SQL as Starling's repositories, so a ratio above 1 is what the
 * Qt Sql layer and the repositories add on top of SQLite.
 */
class SqliteFloor final
{
public:
    enum class Mode
    {
        Writer,
        Reader, ///< query_only, like Starling's reader connections
    };

    static Result<std::unique_ptr<SqliteFloor>> open(const QString &path, Mode mode);
    ~SqliteFloor();
    Q_DISABLE_COPY_MOVE(SqliteFloor)

    Result<void> write(const FloorPage &page);
    /** Whether the schema fills the search index by trigger; if not, write() fills it itself. */
    bool searchByTrigger() const { return m_searchByTrigger; }
    /** PRAGMA wal_checkpoint(TRUNCATE); fails if a reader kept the checkpoint from finishing. */
    Result<void> checkpoint();

    /** The local id of a conversation, or 0. */
    Result<qint64> conversationId(const QByteArray &remoteId);
    /** ConversationRepository::page() without a filter; returns the conversation ids. */
    Result<QList<qint64>> conversationPage(int limit);
    /** MessageRepository::threadPage() from the newest, with the attachments; returns message ids, newest first. */
    Result<QList<qint64>> threadPage(qint64 conversationId, int limit);
    /** SearchRepository::search() without filters; @p match is an FTS5 query. Returns message ids. */
    Result<QList<qint64>> search(const QByteArray &match, int limit);
    /** How many messages the FTS5 query matches. */
    Result<qint64> matchCount(const QByteArray &match);
    /** The plans of the read queries, for reports. */
    Result<QString> explainReads();
    /** Row counts and sums over the stored data, to check two databases hold the same thing. */
    Result<QString> fingerprint();

private:
    struct Statements;
    struct PageState;

    SqliteFloor(sqlite3 *db, Mode mode);
    Result<void> exec(const char *sql);
    Result<void> writePage(PageState &state, const FloorPage &page);
    Result<qint64> identityFor(PageState &state, const QByteArray &remoteId);
    Result<int> conversationFor(PageState &state, const FloorPage::Conversation &conversation);
    Result<QString> explain(const QByteArray &sql);

    sqlite3 *m_db = nullptr;
    Mode m_mode;
    std::unique_ptr<Statements> m_statements;
    QHash<QByteArray, qint64> m_accountIds;
    int m_threadLimit = -1; ///< how many ids the prepared attachments query takes
    bool m_searchByTrigger = true; ///< the schema keeps message_search up to date on INSERT
};

} // namespace starling::bench
