// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFloor.h"

#include "store/MessageIdAllocator.h"

#include <QDateTime>
#include <QHash>

#include <sqlite3.h>

#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace starling::bench {

namespace {

// The read queries are Starling's own SQL (ConversationRepository::page without a filter,
// MessageRepository::threadPage, SearchRepository::search without filters), so the floor
// measures SQLite doing the same work without Qt Sql and the repositories around it.
// Keep them in step with core/store when those change.
constexpr char conversationPageSql[] =
    "SELECT c.id, a.uuid, a.network, c.remote_id, c.kind, c.state, c.snoozed_until,"
    " c.last_activity, c.unread_count, c.title, c.preview, c.last_inbound,"
    " i.id, i.remote_id, i.handle, i.display_name, i.avatar_url, i.bio,"
    " i.followers_count, i.contact_id"
    " FROM conversations c"
    " JOIN accounts a ON a.id = c.account_id"
    " LEFT JOIN identities i ON i.id = (SELECT p.identity_id FROM conversation_participants p"
    "   WHERE p.conversation_id = c.id ORDER BY p.position LIMIT 1)"
    " ORDER BY c.last_activity DESC, c.id DESC LIMIT ?";

constexpr char threadPageSql[] = "SELECT m.id, a.uuid, m.conversation_id, c.remote_id, m.remote_id, m.author_id,"
                                 " i.remote_id, m.direction, m.kind, m.text, m.created_at, m.reply_to_remote_id,"
                                 " m.delivery, m.is_read"
                                 " FROM messages m JOIN accounts a ON a.id = m.account_id"
                                 " JOIN conversations c ON c.id = m.conversation_id"
                                 " LEFT JOIN identities i ON i.id = m.author_id"
                                 " WHERE m.conversation_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?";

constexpr char threadAttachmentsSql[] =
    "SELECT message_id, kind, remote_id, url, preview_url, mime_type, alt_text, local_path, width,"
    " height, size_bytes FROM attachments WHERE message_id IN (%1) ORDER BY message_id, position";

constexpr char searchSql[] = "SELECT m.id, a.uuid, m.conversation_id, m.remote_id, m.author_id, m.direction, m.kind,"
                             " m.text, m.created_at, m.delivery, m.is_read,"
                             " highlight(message_search, 0, char(1), char(2))"
                             " FROM message_search CROSS JOIN messages m ON m.id = message_search.rowid"
                             " JOIN accounts a ON a.id = m.account_id"
                             " WHERE message_search MATCH ? ORDER BY message_search.rowid DESC LIMIT ?";

Error sqlError(sqlite3 *db, const char *what)
{
    return Error(Error::Code::Storage,
                 u"floor: %1: %2"_s.arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

/** A prepared statement, finalized with its owner. */
class Statement
{
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Statement)

    sqlite3_stmt *get() const { return m_stmt; }

    /** Prepares @p sql the first time; later calls return the prepared statement. */
    Result<sqlite3_stmt *> prepare(sqlite3 *db, const char *sql)
    {
        if (m_stmt)
            return m_stmt;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            return sqlError(db, "prepare a statement");
        return m_stmt;
    }

    void finalize()
    {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/** Resets a statement when the scope ends, so it never holds a read transaction open. */
class ResetOnExit
{
public:
    explicit ResetOnExit(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {
    }
    ~ResetOnExit() { sqlite3_reset(m_stmt); }
    Q_DISABLE_COPY_MOVE(ResetOnExit)

private:
    sqlite3_stmt *m_stmt;
};

void bindInt(sqlite3_stmt *s, int index, qint64 value)
{
    sqlite3_bind_int64(s, index, value);
}

void bindText(sqlite3_stmt *s, int index, const QByteArray &text)
{
    // constData() of a null QByteArray is "", so an empty value is stored as '' like textValue().
    sqlite3_bind_text(s, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

bool columnEquals(sqlite3_stmt *s, int column, const QByteArray &text)
{
    const auto *data = sqlite3_column_text(s, column);
    const int size = sqlite3_column_bytes(s, column);
    return size == text.size() && (size == 0 || std::memcmp(data, text.constData(), size_t(size)) == 0);
}

/** Steps once: true for a row, false when done. */
Result<bool> step(sqlite3 *db, sqlite3_stmt *s, const char *what)
{
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqlError(db, what);
}

/** Reads every column of the current row the way a caller would: numbers and UTF-8 text. */
void readRow(sqlite3_stmt *s)
{
    const int columns = sqlite3_column_count(s);
    for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(s, c)) {
        case SQLITE_INTEGER:
            sqlite3_column_int64(s, c);
            break;
        case SQLITE_TEXT:
            sqlite3_column_text(s, c);
            sqlite3_column_bytes(s, c);
            break;
        default:
            break;
        }
    }
}

} // namespace

FloorPage FloorPage::fromSyncPage(const SyncPage &page)
{
    FloorPage out;
    out.accountUuid = page.accountId.toString(QUuid::WithoutBraces).toUtf8();
    out.stream = page.stream.toUtf8();
    if (page.cursor)
        out.cursor = page.cursor->toUtf8();
    for (const starling::Identity &i : page.identities) {
        out.identities.append(FloorPage::Identity{i.remoteId.toUtf8(), i.handle.toUtf8(), i.displayName.toUtf8(),
                                                  i.avatarUrl.toString().toUtf8(), i.bio.toUtf8(), i.followersCount});
    }
    for (const starling::Conversation &c : page.conversations) {
        FloorPage::Conversation fc;
        fc.remoteId = c.remoteId.toUtf8();
        fc.kind = int(c.kind);
        fc.title = c.title.toUtf8();
        fc.lastActivity = c.lastActivity.isValid() ? c.lastActivity.toMSecsSinceEpoch() : 0;
        for (const QString &p : c.participantRemoteIds)
            fc.participants << p.toUtf8();
        out.conversations << fc;
    }
    for (const starling::Message &m : page.messages) {
        FloorPage::Message fm;
        fm.remoteId = m.remoteId.toUtf8();
        fm.conversationRemoteId = m.conversationRemoteId.toUtf8();
        fm.authorRemoteId = m.authorRemoteId.toUtf8();
        fm.direction = int(m.direction);
        fm.kind = int(m.kind);
        fm.text = m.text.toUtf8();
        // The conversation list stores at most 280 UTF-16 units of the newest message.
        constexpr qsizetype previewLength = 280;
        if (m.text.size() > previewLength) {
            QString preview = m.text;
            preview.truncate(preview.at(previewLength - 1).isHighSurrogate() ? previewLength - 1 : previewLength);
            fm.preview = preview.toUtf8();
        } else {
            fm.preview = fm.text;
        }
        fm.createdAt = m.createdAt.toMSecsSinceEpoch();
        fm.replyToRemoteId = m.replyToRemoteId.toUtf8();
        fm.delivery = int(m.delivery);
        fm.read = m.read;
        for (const starling::Attachment &a : m.attachments) {
            fm.attachments.append(
                FloorPage::Attachment{starling::Attachment::kindKey(a.kind).toUtf8(), a.remoteId.toUtf8(),
                                      a.url.toString().toUtf8(), a.previewUrl.toString().toUtf8(), a.mimeType.toUtf8(),
                                      a.altText.toUtf8(), a.localPath.toUtf8(), a.width, a.height, a.sizeBytes});
        }
        out.messages << fm;
    }
    return out;
}

struct SqliteFloor::Statements
{
    Statement begin;
    Statement commit;
    Statement rollback;
    Statement findAccount;
    Statement findIdentity;
    Statement insertIdentity;
    Statement updateIdentity;
    Statement findConversation;
    Statement insertConversation;
    Statement insertParticipant;
    Statement findMessage;
    Statement insertMessage;
    Statement insertAttachment;
    Statement insertSearch;
    Statement updateSummary;
    Statement storeCursor;
    Statement conversationId;
    Statement conversationPage;
    Statement threadPage;
    Statement threadAttachments;
    Statement search;
    Statement matchCount;
};

/** What one write() has learned so far: local ids by remote id, and the conversations it touched. */
struct SqliteFloor::PageState
{
    struct Touched
    {
        qint64 id = 0;
        int kind = 0;
        QByteArray title;
        qint64 storedActivity = 0; ///< last_activity before this page; 0 for a new conversation
        qint64 activity = 0; ///< max(stored, what the page says)
        bool changed = false; ///< kind, title or activity differ from the stored row
        const FloorPage::Message *newest = nullptr; ///< the newest message this page added
        int newUnread = 0;
    };

    qint64 accountId = 0;
    QHash<QByteArray, qint64> identities;
    QHash<QByteArray, int> conversationIndex; ///< into conversations
    std::vector<Touched> conversations;
};

SqliteFloor::SqliteFloor(sqlite3 *db, Mode mode)
    : m_db(db)
    , m_mode(mode)
    , m_statements(std::make_unique<Statements>())
{
}

SqliteFloor::~SqliteFloor()
{
    m_statements.reset(); // statements are finalized before the connection closes
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteFloor>> SqliteFloor::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    // No mutex: one connection per thread, as in Starling (Qt's SQLite driver opens this way too).
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<SqliteFloor> floor(new SqliteFloor(db, mode));
    if (rc != SQLITE_OK)
        return sqlError(db, "open the database");
    sqlite3_busy_timeout(db, 10'000);
    if (mode == Mode::Writer) {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (auto r = floor->exec(pragma); !r)
                return r.error();
        }
    } else if (auto r = floor->exec("PRAGMA query_only = 1"); !r) {
        return r.error();
    }
    if (auto r = floor->exec("PRAGMA foreign_keys = ON"); !r)
        return r.error();

    // Today an AFTER INSERT trigger fills the search index. Should a migration drop it (the
    // store would then fill the index itself), the floor must still do that work.
    Statement trigger;
    auto query =
        trigger.prepare(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'messages'"
                            " AND sql LIKE '%AFTER INSERT%' AND sql LIKE '%message_search%'");
    if (!query)
        return query.error();
    auto row = step(db, query.value(), "look for the search trigger");
    if (!row)
        return row.error();
    floor->m_searchByTrigger = sqlite3_column_int(query.value(), 0) > 0;
    return floor;
}

Result<void> SqliteFloor::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Error error(Error::Code::Storage, u"floor: %1: %2"_s.arg(QString::fromUtf8(sql), QString::fromUtf8(message)));
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<void> SqliteFloor::checkpoint()
{
    int log = 0;
    int done = 0;
    if (sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done) != SQLITE_OK)
        return sqlError(m_db, "checkpoint");
    return {};
}

// What the floor does for one page, in one BEGIN IMMEDIATE … COMMIT:
//  - each person: look up (account, remote id); insert when new, update when a field changed;
//  - each conversation: look up; insert when new; insert its participants (ON CONFLICT DO
//    NOTHING, since a group may gain people);
//  - each message: "does this remote id exist" lookup (the write must be idempotent; a message
//    that exists is left alone, which is all the bench needs: it never sends one twice), then one
//    INSERT that also allocates the time-ordered id with a max(id) subquery over the message's
//    millisecond (the same rule as MessageIdAllocator; the FTS5 index is kept by the schema's
//    trigger, as in Starling; if a migration drops that trigger, the floor indexes the text
//    with its own INSERT), then its attachments;
//  - each touched conversation: one UPDATE of its summary (activity, preview, needs-reply flag,
//    unread count, reopen) computed in memory from the messages this page added, instead of
//    being read back from the messages table;
//  - the cursor upsert.
// Statements are prepared once and text is bound as UTF-8 without copies.
Result<void> SqliteFloor::write(const FloorPage &page)
{
    if (m_mode != Mode::Writer)
        return Error(Error::Code::Storage, u"floor: a reader cannot write"_s);
    Statements &s = *m_statements;
    PageState state;
    if (auto it = m_accountIds.constFind(page.accountUuid); it != m_accountIds.constEnd()) {
        state.accountId = *it;
    } else {
        auto find = s.findAccount.prepare(m_db, "SELECT id FROM accounts WHERE uuid = ?");
        if (!find)
            return find.error();
        ResetOnExit reset(find.value());
        bindText(find.value(), 1, page.accountUuid);
        auto row = step(m_db, find.value(), "look up the account");
        if (!row)
            return row.error();
        if (!row.value())
            return Error(Error::Code::NotFound, u"floor: the account is not stored"_s);
        state.accountId = sqlite3_column_int64(find.value(), 0);
        m_accountIds.insert(page.accountUuid, state.accountId);
    }

    auto begin = s.begin.prepare(m_db, "BEGIN IMMEDIATE");
    auto commit = s.commit.prepare(m_db, "COMMIT");
    auto rollback = s.rollback.prepare(m_db, "ROLLBACK");
    if (!begin || !commit || !rollback)
        return sqlError(m_db, "prepare the transaction");
    {
        ResetOnExit reset(begin.value());
        if (auto r = step(m_db, begin.value(), "begin"); !r)
            return r.error();
    }
    auto written = writePage(state, page);
    if (written) {
        ResetOnExit reset(commit.value());
        auto r = step(m_db, commit.value(), "commit");
        if (r)
            return {};
        written = r.error();
    }
    ResetOnExit reset(rollback.value());
    (void)step(m_db, rollback.value(), "roll back");
    return written;
}

Result<void> SqliteFloor::writePage(PageState &state, const FloorPage &page)
{
    Statements &s = *m_statements;
    for (const FloorPage::Identity &identity : page.identities) {
        auto find = s.findIdentity.prepare(m_db, "SELECT id, handle, display_name, avatar_url, bio, followers_count"
                                                 " FROM identities WHERE account_id = ? AND remote_id = ?");
        if (!find)
            return find.error();
        qint64 id = 0;
        bool same = false;
        {
            ResetOnExit reset(find.value());
            bindInt(find.value(), 1, state.accountId);
            bindText(find.value(), 2, identity.remoteId);
            auto row = step(m_db, find.value(), "look up a person");
            if (!row)
                return row.error();
            if (row.value()) {
                sqlite3_stmt *q = find.value();
                id = sqlite3_column_int64(q, 0);
                same = columnEquals(q, 1, identity.handle) && columnEquals(q, 2, identity.displayName)
                       && columnEquals(q, 3, identity.avatarUrl) && columnEquals(q, 4, identity.bio)
                       && sqlite3_column_int(q, 5) == identity.followersCount;
            }
        }
        if (id && !same) {
            auto update = s.updateIdentity.prepare(m_db, "UPDATE identities SET handle = ?, display_name = ?,"
                                                         " avatar_url = ?, bio = ?, followers_count = ? WHERE id = ?");
            if (!update)
                return update.error();
            ResetOnExit reset(update.value());
            bindText(update.value(), 1, identity.handle);
            bindText(update.value(), 2, identity.displayName);
            bindText(update.value(), 3, identity.avatarUrl);
            bindText(update.value(), 4, identity.bio);
            bindInt(update.value(), 5, identity.followersCount);
            bindInt(update.value(), 6, id);
            if (auto r = step(m_db, update.value(), "update a person"); !r)
                return r.error();
        } else if (!id) {
            auto insert = s.insertIdentity.prepare(m_db, "INSERT INTO identities (account_id, remote_id, handle,"
                                                         " display_name, avatar_url, bio, followers_count)"
                                                         " VALUES (?, ?, ?, ?, ?, ?, ?)");
            if (!insert)
                return insert.error();
            ResetOnExit reset(insert.value());
            bindInt(insert.value(), 1, state.accountId);
            bindText(insert.value(), 2, identity.remoteId);
            bindText(insert.value(), 3, identity.handle);
            bindText(insert.value(), 4, identity.displayName);
            bindText(insert.value(), 5, identity.avatarUrl);
            bindText(insert.value(), 6, identity.bio);
            bindInt(insert.value(), 7, identity.followersCount);
            if (auto r = step(m_db, insert.value(), "store a person"); !r)
                return r.error();
            id = sqlite3_last_insert_rowid(m_db);
        }
        state.identities.insert(identity.remoteId, id);
    }

    for (const FloorPage::Conversation &conversation : page.conversations) {
        if (auto r = conversationFor(state, conversation); !r)
            return r.error();
    }

    for (const FloorPage::Message &message : page.messages) {
        int index = state.conversationIndex.value(message.conversationRemoteId, -1);
        if (index < 0) {
            // A message whose conversation the page did not describe still needs one.
            FloorPage::Conversation implied;
            implied.remoteId = message.conversationRemoteId;
            implied.kind = message.kind == int(starling::Message::Kind::DirectMessage)
                               ? int(starling::Conversation::Kind::Direct)
                               : int(starling::Conversation::Kind::PublicThread);
            auto r = conversationFor(state, implied);
            if (!r)
                return r.error();
            index = r.value();
        }

        auto find = s.findMessage.prepare(m_db, "SELECT id FROM messages WHERE account_id = ? AND remote_id = ?");
        if (!find)
            return find.error();
        {
            ResetOnExit reset(find.value());
            bindInt(find.value(), 1, state.accountId);
            bindText(find.value(), 2, message.remoteId);
            auto row = step(m_db, find.value(), "look up a message");
            if (!row)
                return row.error();
            if (row.value())
                continue;
        }

        qint64 authorId = 0;
        if (!message.authorRemoteId.isEmpty()) {
            auto author = identityFor(state, message.authorRemoteId);
            if (!author)
                return author.error();
            authorId = author.value();
        }

        PageState::Touched &touched = state.conversations[size_t(index)];
        const bool inbound = message.direction == int(starling::Message::Direction::Inbound);
        static const QByteArray insertMessageSql =
            "INSERT INTO messages (id, conversation_id, account_id, remote_id, author_id, direction, kind, text,"
            " created_at, reply_to_remote_id, delivery, is_read)"
            " VALUES ((SELECT coalesce(max(id) + 1, ?1) FROM messages WHERE id >= ?1 AND id < ?1 + "
            + QByteArray::number(qint64(1) << MessageIdAllocator::sequenceBits)
            + "), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
        auto insert = s.insertMessage.prepare(m_db, insertMessageSql.constData());
        if (!insert)
            return insert.error();
        {
            sqlite3_stmt *q = insert.value();
            ResetOnExit reset(q);
            bindInt(q, 1, message.createdAt << MessageIdAllocator::sequenceBits);
            bindInt(q, 2, touched.id);
            bindInt(q, 3, state.accountId);
            bindText(q, 4, message.remoteId);
            if (authorId)
                bindInt(q, 5, authorId);
            else
                sqlite3_bind_null(q, 5);
            bindInt(q, 6, message.direction);
            bindInt(q, 7, message.kind);
            bindText(q, 8, message.text);
            bindInt(q, 9, message.createdAt);
            bindText(q, 10, message.replyToRemoteId);
            bindInt(q, 11, message.delivery);
            bindInt(q, 12, (message.read || !inbound) ? 1 : 0);
            if (auto r = step(m_db, q, "store a message"); !r)
                return r.error();
        }
        const qint64 messageId = sqlite3_last_insert_rowid(m_db);

        if (!m_searchByTrigger) {
            auto indexText = s.insertSearch.prepare(m_db, "INSERT INTO message_search (rowid, text) VALUES (?, ?)");
            if (!indexText)
                return indexText.error();
            sqlite3_stmt *q = indexText.value();
            ResetOnExit reset(q);
            bindInt(q, 1, messageId);
            bindText(q, 2, message.text);
            if (auto r = step(m_db, q, "index a message"); !r)
                return r.error();
        }

        int position = 0;
        for (const FloorPage::Attachment &a : message.attachments) {
            auto attachment = s.insertAttachment.prepare(m_db, "INSERT INTO attachments (message_id, position, kind,"
                                                               " remote_id, url, preview_url, mime_type, alt_text,"
                                                               " local_path, width, height, size_bytes)"
                                                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!attachment)
                return attachment.error();
            sqlite3_stmt *q = attachment.value();
            ResetOnExit reset(q);
            bindInt(q, 1, messageId);
            bindInt(q, 2, position++);
            bindText(q, 3, a.kind);
            bindText(q, 4, a.remoteId);
            bindText(q, 5, a.url);
            bindText(q, 6, a.previewUrl);
            bindText(q, 7, a.mimeType);
            bindText(q, 8, a.altText);
            bindText(q, 9, a.localPath);
            bindInt(q, 10, a.width);
            bindInt(q, 11, a.height);
            bindInt(q, 12, a.sizeBytes);
            if (auto r = step(m_db, q, "store an attachment"); !r)
                return r.error();
        }

        // Ids grow with time, so the newest message is the one with the latest time (a later
        // message of the same millisecond got the larger id).
        if (!touched.newest || message.createdAt >= touched.newest->createdAt)
            touched.newest = &message;
        if (inbound && !message.read)
            ++touched.newUnread;
    }

    for (const PageState::Touched &t : state.conversations) {
        if (!t.changed && !t.newest)
            continue;
        auto update = s.updateSummary.prepare(m_db, "UPDATE conversations SET kind = ?1, title = ?2,"
                                                    " last_activity = max(last_activity, ?3),"
                                                    " preview = CASE WHEN ?4 THEN ?5 ELSE preview END,"
                                                    " last_inbound = CASE WHEN ?4 THEN ?6 ELSE last_inbound END,"
                                                    " unread_count = unread_count + ?7,"
                                                    " state = CASE WHEN ?7 > 0 THEN 0 ELSE state END,"
                                                    " snoozed_until = CASE WHEN ?7 > 0 THEN NULL ELSE snoozed_until END"
                                                    " WHERE id = ?8");
        if (!update)
            return update.error();
        sqlite3_stmt *q = update.value();
        ResetOnExit reset(q);
        // The page's newest message is the conversation's newest unless an older page already
        // stored a later one (a backfill).
        const bool newer = t.newest && t.newest->createdAt >= t.storedActivity;
        bindInt(q, 1, t.kind);
        bindText(q, 2, t.title);
        bindInt(q, 3, t.newest ? std::max(t.activity, t.newest->createdAt) : t.activity);
        bindInt(q, 4, newer ? 1 : 0);
        if (newer) {
            bindText(q, 5, t.newest->preview);
            bindInt(q, 6, t.newest->direction == int(starling::Message::Direction::Inbound) ? 1 : 0);
        } else {
            sqlite3_bind_null(q, 5);
            sqlite3_bind_null(q, 6);
        }
        bindInt(q, 7, t.newUnread);
        bindInt(q, 8, t.id);
        if (auto r = step(m_db, q, "update a conversation's summary"); !r)
            return r.error();
    }

    if (page.cursor) {
        auto cursor = s.storeCursor.prepare(m_db, "INSERT INTO sync_cursors (account_id, stream, cursor, updated_at)"
                                                  " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, stream) DO UPDATE"
                                                  " SET cursor = excluded.cursor, updated_at = excluded.updated_at");
        if (!cursor)
            return cursor.error();
        sqlite3_stmt *q = cursor.value();
        ResetOnExit reset(q);
        bindInt(q, 1, state.accountId);
        bindText(q, 2, page.stream);
        bindText(q, 3, *page.cursor);
        bindInt(q, 4, QDateTime::currentMSecsSinceEpoch());
        if (auto r = step(m_db, q, "store the cursor"); !r)
            return r.error();
    }
    return {};
}

Result<qint64> SqliteFloor::identityFor(PageState &state, const QByteArray &remoteId)
{
    if (auto it = state.identities.constFind(remoteId); it != state.identities.constEnd())
        return *it;
    // Someone the page names but does not describe: keep a bare row, as Starling does.
    Statements &s = *m_statements;
    auto find = s.findIdentity.prepare(m_db, "SELECT id, handle, display_name, avatar_url, bio, followers_count"
                                             " FROM identities WHERE account_id = ? AND remote_id = ?");
    if (!find)
        return find.error();
    qint64 id = 0;
    {
        ResetOnExit reset(find.value());
        bindInt(find.value(), 1, state.accountId);
        bindText(find.value(), 2, remoteId);
        auto row = step(m_db, find.value(), "look up a person");
        if (!row)
            return row.error();
        if (row.value())
            id = sqlite3_column_int64(find.value(), 0);
    }
    if (!id) {
        auto insert = s.insertIdentity.prepare(m_db, "INSERT INTO identities (account_id, remote_id, handle,"
                                                     " display_name, avatar_url, bio, followers_count)"
                                                     " VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        ResetOnExit reset(insert.value());
        bindInt(insert.value(), 1, state.accountId);
        bindText(insert.value(), 2, remoteId);
        for (int column = 3; column <= 6; ++column)
            bindText(insert.value(), column, QByteArray());
        bindInt(insert.value(), 7, -1);
        if (auto r = step(m_db, insert.value(), "store a person"); !r)
            return r.error();
        id = sqlite3_last_insert_rowid(m_db);
    }
    state.identities.insert(remoteId, id);
    return id;
}

Result<int> SqliteFloor::conversationFor(PageState &state, const FloorPage::Conversation &conversation)
{
    if (auto it = state.conversationIndex.constFind(conversation.remoteId); it != state.conversationIndex.constEnd())
        return *it;
    Statements &s = *m_statements;
    auto find = s.findConversation.prepare(
        m_db, "SELECT id, kind, title, last_activity FROM conversations WHERE account_id = ? AND remote_id = ?");
    if (!find)
        return find.error();
    PageState::Touched touched;
    touched.kind = conversation.kind;
    touched.title = conversation.title;
    {
        sqlite3_stmt *q = find.value();
        ResetOnExit reset(q);
        bindInt(q, 1, state.accountId);
        bindText(q, 2, conversation.remoteId);
        auto row = step(m_db, q, "look up a conversation");
        if (!row)
            return row.error();
        if (row.value()) {
            touched.id = sqlite3_column_int64(q, 0);
            touched.storedActivity = sqlite3_column_int64(q, 3);
            touched.activity = std::max(touched.storedActivity, conversation.lastActivity);
            touched.changed = sqlite3_column_int(q, 1) != conversation.kind || !columnEquals(q, 2, conversation.title)
                              || touched.activity != touched.storedActivity;
        }
    }
    if (!touched.id) {
        auto insert =
            s.insertConversation.prepare(m_db, "INSERT INTO conversations (account_id, remote_id, kind, title,"
                                               " last_activity) VALUES (?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        sqlite3_stmt *q = insert.value();
        ResetOnExit reset(q);
        bindInt(q, 1, state.accountId);
        bindText(q, 2, conversation.remoteId);
        bindInt(q, 3, conversation.kind);
        bindText(q, 4, conversation.title);
        bindInt(q, 5, conversation.lastActivity);
        if (auto r = step(m_db, q, "store a conversation"); !r)
            return r.error();
        touched.id = sqlite3_last_insert_rowid(m_db);
        touched.activity = conversation.lastActivity;
    }

    int position = 0;
    for (const QByteArray &participant : conversation.participants) {
        auto identityId = identityFor(state, participant);
        if (!identityId)
            return identityId.error();
        auto insert =
            s.insertParticipant.prepare(m_db, "INSERT INTO conversation_participants (conversation_id,"
                                              " identity_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
        if (!insert)
            return insert.error();
        sqlite3_stmt *q = insert.value();
        ResetOnExit reset(q);
        bindInt(q, 1, touched.id);
        bindInt(q, 2, identityId.value());
        bindInt(q, 3, position++);
        if (auto r = step(m_db, q, "store a participant"); !r)
            return r.error();
    }

    const int index = int(state.conversations.size());
    state.conversations.push_back(std::move(touched));
    state.conversationIndex.insert(conversation.remoteId, index);
    return index;
}

Result<qint64> SqliteFloor::conversationId(const QByteArray &remoteId)
{
    auto find = m_statements->conversationId.prepare(m_db, "SELECT id FROM conversations WHERE remote_id = ?");
    if (!find)
        return find.error();
    ResetOnExit reset(find.value());
    bindText(find.value(), 1, remoteId);
    auto row = step(m_db, find.value(), "look up a conversation");
    if (!row)
        return row.error();
    return row.value() ? sqlite3_column_int64(find.value(), 0) : 0;
}

Result<QList<qint64>> SqliteFloor::conversationPage(int limit)
{
    auto query = m_statements->conversationPage.prepare(m_db, conversationPageSql);
    if (!query)
        return query.error();
    sqlite3_stmt *q = query.value();
    ResetOnExit reset(q);
    bindInt(q, 1, limit);
    QList<qint64> ids;
    ids.reserve(limit);
    for (;;) {
        auto row = step(m_db, q, "read a page of conversations");
        if (!row)
            return row.error();
        if (!row.value())
            break;
        readRow(q);
        ids << sqlite3_column_int64(q, 0);
    }
    return ids;
}

Result<QList<qint64>> SqliteFloor::threadPage(qint64 conversationId, int limit)
{
    Statements &s = *m_statements;
    auto query = s.threadPage.prepare(m_db, threadPageSql);
    if (!query)
        return query.error();
    QList<qint64> ids;
    ids.reserve(limit);
    {
        sqlite3_stmt *q = query.value();
        ResetOnExit reset(q);
        bindInt(q, 1, conversationId);
        bindInt(q, 2, std::numeric_limits<qint64>::max());
        bindInt(q, 3, limit);
        for (;;) {
            auto row = step(m_db, q, "read a thread");
            if (!row)
                return row.error();
            if (!row.value())
                break;
            readRow(q);
            ids << sqlite3_column_int64(q, 0);
        }
    }
    if (ids.isEmpty())
        return ids;

    // A hand-written program prepares the attachments query once, with one parameter per row of
    // a page, and binds NULL to the parameters a short page does not use.
    if (m_threadLimit != limit) {
        s.threadAttachments.finalize();
        QByteArrayList marks;
        for (int i = 0; i < limit; ++i)
            marks << "?";
        const QByteArray sql = QByteArray(threadAttachmentsSql).replace("%1", marks.join(','));
        if (auto r = s.threadAttachments.prepare(m_db, sql.constData()); !r)
            return r.error();
        m_threadLimit = limit;
    }
    sqlite3_stmt *q = s.threadAttachments.get();
    ResetOnExit reset(q);
    for (int i = 0; i < limit; ++i) {
        if (i < ids.size())
            bindInt(q, i + 1, ids.at(i));
        else
            sqlite3_bind_null(q, i + 1);
    }
    for (;;) {
        auto row = step(m_db, q, "read attachments");
        if (!row)
            return row.error();
        if (!row.value())
            break;
        readRow(q);
    }
    return ids;
}

Result<QList<qint64>> SqliteFloor::search(const QByteArray &match, int limit)
{
    auto query = m_statements->search.prepare(m_db, searchSql);
    if (!query)
        return query.error();
    sqlite3_stmt *q = query.value();
    ResetOnExit reset(q);
    bindText(q, 1, match);
    bindInt(q, 2, limit);
    QList<qint64> ids;
    ids.reserve(limit);
    for (;;) {
        auto row = step(m_db, q, "search messages");
        if (!row)
            return row.error();
        if (!row.value())
            break;
        readRow(q);
        ids << sqlite3_column_int64(q, 0);
    }
    return ids;
}

Result<qint64> SqliteFloor::matchCount(const QByteArray &match)
{
    auto query =
        m_statements->matchCount.prepare(m_db, "SELECT count(*) FROM message_search WHERE message_search MATCH ?");
    if (!query)
        return query.error();
    ResetOnExit reset(query.value());
    bindText(query.value(), 1, match);
    auto row = step(m_db, query.value(), "count matches");
    if (!row)
        return row.error();
    return sqlite3_column_int64(query.value(), 0);
}

Result<QString> SqliteFloor::explain(const QByteArray &sql)
{
    Statement statement;
    const QByteArray explained = "EXPLAIN QUERY PLAN " + sql;
    auto query = statement.prepare(m_db, explained.constData());
    if (!query)
        return query.error();
    sqlite3_stmt *q = query.value();
    QHash<int, int> depth;
    QString out;
    for (;;) {
        auto row = step(m_db, q, "explain a query");
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const int id = sqlite3_column_int(q, 0);
        const int parent = sqlite3_column_int(q, 1);
        const int level = parent == 0 ? 0 : depth.value(parent) + 1;
        depth.insert(id, level);
        out += QString(2 + 3 * level, u' ') + u"- "_s
               + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 3))) + u'\n';
    }
    return out;
}

Result<QString> SqliteFloor::explainReads()
{
    QString out;
    const std::pair<const char *, QByteArray> queries[] = {
        {"conversation page", conversationPageSql},
        {"thread page", threadPageSql},
        {"thread attachments", QByteArray(threadAttachmentsSql).replace("%1", "?, ?, ?")},
        {"search", searchSql},
    };
    for (const auto &[name, sql] : queries) {
        auto plan = explain(sql);
        if (!plan)
            return plan.error();
        out += QString::fromLatin1(name) + u":\n"_s + plan.value();
    }
    return out;
}

Result<QString> SqliteFloor::fingerprint()
{
    Statement statement;
    auto query = statement.prepare(
        m_db, "SELECT (SELECT count(*) FROM identities), (SELECT count(*) FROM conversations),"
              " (SELECT count(*) FROM conversation_participants), (SELECT count(*) FROM messages),"
              " (SELECT count(*) FROM attachments), (SELECT count(*) FROM sync_cursors),"
              " (SELECT total(unread_count) FROM conversations), (SELECT total(last_inbound) FROM conversations),"
              " (SELECT total(last_activity % 1000003) FROM conversations),"
              " (SELECT total(length(preview)) FROM conversations), (SELECT total(id % 1000003) FROM messages),"
              " (SELECT total(is_read) FROM messages), (SELECT total(length(text)) FROM messages)");
    if (!query)
        return query.error();
    auto row = step(m_db, query.value(), "fingerprint");
    if (!row)
        return row.error();
    QStringList parts;
    for (int c = 0; c < sqlite3_column_count(query.value()); ++c)
        parts << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query.value(), c)));
    return parts.join(u' ');
}

} // namespace starling::bench
