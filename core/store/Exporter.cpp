// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "CsvCell.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "domain/Conversation.h"
#include "domain/Message.h"
#include "domain/Network.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Lines are collected here and written in blocks of about this size.
constexpr qsizetype flushThreshold = 64 * 1024;

struct AccountInfo
{
    QByteArray uuid;
    QByteArray network;
    QString handle;
};

struct Person
{
    QString remoteId;
    QString handle;
    QString displayName;
};

/** The output: a buffer that goes to the device whenever it is full enough. */
class Sink
{
public:
    explicit Sink(QIODevice &device)
        : m_device(device)
    {
        m_buffer.reserve(flushThreshold + 4096);
    }

    QByteArray &buffer() { return m_buffer; }

    /** Ends a line (or row) and writes the buffer out when it is full enough. */
    bool endLine(const char *end)
    {
        m_buffer += end;
        return m_buffer.size() < flushThreshold || flush();
    }

    bool flush()
    {
        qsizetype written = 0;
        while (written < m_buffer.size()) {
            const qint64 n = m_device.write(m_buffer.constData() + written, m_buffer.size() - written);
            if (n <= 0)
                return false;
            written += qsizetype(n);
        }
        m_buffer.clear();
        return true;
    }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
};

// ---- JSON, written by hand: a QJsonDocument per line would cost more than the query itself.

void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype clean = 0; // start of the run of bytes that need no escaping
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + clean, i - clean);
        clean = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            break;
        }
    }
    out.append(utf8.constData() + clean, utf8.size() - clean);
    out += '"';
}

void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

void appendStringField(QByteArray &out, const char *key, const QString &value)
{
    appendKey(out, key);
    appendJsonString(out, value);
}

void appendLatin1Field(QByteArray &out, const char *key, const QByteArray &value)
{
    appendKey(out, key);
    out += '"';
    out += value;
    out += '"';
}

void appendNumberField(QByteArray &out, const char *key, qint64 value)
{
    appendKey(out, key);
    out += QByteArray::number(value);
}

void appendBoolField(QByteArray &out, const char *key, bool value)
{
    appendKey(out, key);
    out += value ? "true" : "false";
}

/** A stored time (ms since the epoch, UTC; 0 for none) as ISO 8601 UTC, or null. */
void appendTimeField(QByteArray &out, const char *key, qint64 storedMs)
{
    appendKey(out, key);
    if (storedMs == 0) {
        out += "null";
        return;
    }
    out += '"';
    out += fromStoredTime(storedMs).toString(Qt::ISODateWithMs).toLatin1();
    out += '"';
}

void appendPersonObject(QByteArray &out, const Person &person)
{
    out += "{\"remoteId\":";
    appendJsonString(out, person.remoteId);
    appendStringField(out, "handle", person.handle);
    appendStringField(out, "displayName", person.displayName);
    out += '}';
}

// ---- CSV (RFC 4180): a field is quoted when it holds a comma, a quote or a line break.

void appendCsvField(QByteArray &out, const QString &value)
{
    // Text from senders goes into a sheet someone opens: a leading apostrophe keeps it text.
    const QByteArray utf8 = csvcell::guarded(value).toUtf8();
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += utf8;
    } else {
        out += '"';
        for (const char c : utf8) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    }
}

void appendCsvField(QByteArray &out, const QByteArray &ascii)
{
    out += ascii; // ids, keys and numbers: never a comma, a quote or a line break
}

QByteArray csvTime(qint64 storedMs)
{
    return storedMs == 0 ? QByteArray() : fromStoredTime(storedMs).toString(Qt::ISODateWithMs).toLatin1();
}

Error writeError(const QIODevice &device)
{
    return Error(Error::Code::Storage,
                 QCoreApplication::translate("starling::Exporter", "The export could not be written: %1")
                     .arg(device.errorString()));
}

QByteArray conversationKindKey(int stored)
{
    return Conversation::kindKey(Conversation::Kind(stored)).toLatin1();
}

QByteArray conversationStateKey(int stored)
{
    return Conversation::stateKey(Conversation::State(stored)).toLatin1();
}

QByteArray directionKey(int stored)
{
    return Message::Direction(stored) == Message::Direction::Outbound ? "outbound"_ba : "inbound"_ba;
}

/**
 * The rows of a long read, while other queries run between them. On SQLite a forward-only query
 * streams them. QPSQL streams only one result per connection at a time, so on PostgreSQL the
 * read is a cursor of the export's transaction, fetched a thousand rows at a time.
 */
class RowStream
{
public:
    RowStream(QSqlDatabase &db, Engine engine, const char *cursor)
        : m_query(db)
        , m_engine(engine)
        , m_cursor(QString::fromLatin1(cursor))
    {
        m_query.setForwardOnly(engine == Engine::Sqlite);
    }

    /** Starts reading @p sql, which holds its values (numbers only) itself. */
    Result<void> exec(const QString &sql, const char *what)
    {
        const bool ok = m_engine == Engine::Sqlite
                            ? m_query.exec(sql)
                            : m_query.exec(u"DECLARE %1 NO SCROLL CURSOR FOR %2"_s.arg(m_cursor, sql)) && fetch();
        if (!ok)
            return storageError(m_query, what);
        return {};
    }
    bool next()
    {
        if (m_query.next())
            return true;
        if (m_engine == Engine::Sqlite || m_exhausted)
            return false;
        return fetch() && m_query.next();
    }
    QVariant value(int index) const { return m_query.value(index); }
    const QSqlQuery &query() const { return m_query; }

private:
    bool fetch()
    {
        constexpr int batch = 1000;
        if (!m_query.exec(u"FETCH %1 FROM %2"_s.arg(batch).arg(m_cursor)))
            return false;
        m_exhausted = m_query.size() < batch;
        return true;
    }

    QSqlQuery m_query;
    Engine m_engine;
    QString m_cursor;
    bool m_exhausted = false;
};

} // namespace

Exporter::Exporter(Database &db)
    : m_db(db)
{
}

QStringList Exporter::csvColumns()
{
    return {u"conversation_id"_s,
            u"conversation_remote_id"_s,
            u"conversation_kind"_s,
            u"conversation_state"_s,
            u"conversation_title"_s,
            u"participants"_s,
            u"account_id"_s,
            u"network"_s,
            u"account_handle"_s,
            u"message_id"_s,
            u"message_remote_id"_s,
            u"direction"_s,
            u"kind"_s,
            u"created_at"_s,
            u"author_remote_id"_s,
            u"author_handle"_s,
            u"author_name"_s,
            u"text"_s,
            u"reply_to_remote_id"_s,
            u"delivery"_s,
            u"read"_s,
            u"attachment_count"_s,
            u"attachment_urls"_s};
}

Result<ExportSummary> Exporter::write(const ExportOptions &options, QIODevice &out)
{
    QSqlDatabase &db = m_db.connection();
    const bool jsonLines = options.format == ExportOptions::Format::JsonLines;

    // One read transaction: every query below sees the same snapshot, whatever the app writes
    // meanwhile (WAL readers never wait for the writer).
    if (!db.transaction())
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Exporter", "The export could not start reading."));
    struct EndRead
    {
        QSqlDatabase &db;
        ~EndRead() { db.rollback(); } // nothing was written; ending the read is all it does
    } endRead{db};
    // PostgreSQL gives each statement its own snapshot unless asked for one per transaction.
    if (m_db.engine() == Engine::Postgres) {
        if (auto r = execStatement(db, u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s); !r)
            return r.error();
    }

    // The accounts are few: read them once instead of joining them to every row.
    QHash<qint64, AccountInfo> accounts;
    qint64 onlyAccount = 0;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, uuid, network, handle FROM accounts"_s))
            return storageError(query, "read the accounts");
        while (query.next()) {
            AccountInfo info{query.value(1).toString().toLatin1(), query.value(2).toString().toLatin1(),
                             query.value(3).toString()};
            if (!options.accountId.isNull() && QUuid(query.value(1).toString()) == options.accountId)
                onlyAccount = query.value(0).toLongLong();
            accounts.insert(query.value(0).toLongLong(), info);
        }
    }
    Sink sink(out);
    ExportSummary summary;
    if (!jsonLines) {
        sink.buffer() += Exporter::csvColumns().join(u',').toLatin1();
        if (!sink.endLine("\r\n"))
            return writeError(out);
    }
    if (!options.accountId.isNull() && onlyAccount == 0) {
        // An account the store has never seen has nothing to export.
        if (!sink.flush())
            return writeError(out);
        return summary;
    }

    // Conversations and messages are read side by side, both by conversation id from the largest
    // down, and merged: the messages query walks the messages_thread index backwards, which gives
    // each conversation's messages oldest first without sorting anything.
    RowStream conversations(db, m_db.engine(), "export_conversations");
    QString conversationSql = u"SELECT c.id, c.account_id, c.remote_id, c.kind, c.state, c.snoozed_until,"
                              " c.last_activity, c.unread_count, c.title, c.preview, c.last_inbound"
                              " FROM conversations c"_s;
    if (onlyAccount != 0)
        conversationSql += u" WHERE c.account_id = %1"_s.arg(onlyAccount);
    conversationSql += u" ORDER BY c.id DESC"_s;
    if (auto r = conversations.exec(conversationSql, "read the conversations to export"); !r)
        return r.error();

    RowStream messages(db, m_db.engine(), "export_messages");
    QString messageSql = u"SELECT m.id, m.conversation_id, m.account_id, m.remote_id, m.direction, m.kind, m.text,"
                         " m.created_at, m.reply_to_remote_id, m.delivery, m.is_read, i.remote_id, i.handle,"
                         " i.display_name, EXISTS (SELECT 1 FROM attachments a WHERE a.message_id = m.id)"
                         " FROM messages m LEFT JOIN identities i ON i.id = m.author_id"_s;
    QStringList conditions;
    if (onlyAccount != 0)
        conditions << u"m.account_id = %1"_s.arg(onlyAccount);
    if (options.since.isValid())
        conditions << u"m.created_at >= %1"_s.arg(toStoredTime(options.since));
    if (!conditions.isEmpty())
        messageSql += u" WHERE "_s + conditions.join(u" AND "_s);
    messageSql += u" ORDER BY m.conversation_id DESC, m.id ASC"_s;
    if (auto r = messages.exec(messageSql, "read the messages to export"); !r)
        return r.error();

    QSqlQuery participants(db);
    participants.setForwardOnly(true);
    if (auto r =
            prepareQuery(participants, u"SELECT i.remote_id, i.handle, i.display_name"
                                       " FROM conversation_participants p JOIN identities i ON i.id = p.identity_id"
                                       " WHERE p.conversation_id = ? ORDER BY p.position"_s);
        !r)
        return r.error();
    QSqlQuery attachments(db);
    attachments.setForwardOnly(true);
    if (auto r = prepareQuery(attachments, u"SELECT kind, remote_id, url, preview_url, mime_type, alt_text, width,"
                                           " height, size_bytes FROM attachments WHERE message_id = ?"
                                           " ORDER BY position"_s);
        !r)
        return r.error();

    const auto readParticipants = [&](qint64 conversationId) -> Result<QList<Person>> {
        participants.bindValue(0, conversationId);
        if (auto r = execQuery(participants, "read the people of a conversation"); !r)
            return r.error();
        QList<Person> people;
        while (participants.next())
            people.append(
                {participants.value(0).toString(), participants.value(1).toString(), participants.value(2).toString()});
        participants.finish();
        return people;
    };

    bool messageValid = messages.next();
    while (conversations.next()) {
        const qint64 conversationId = conversations.value(0).toLongLong();
        // Messages of a conversation this loop has passed cannot exist (same account filter,
        // foreign keys), but a merge must never stall on one.
        while (messageValid && messages.value(1).toLongLong() > conversationId)
            messageValid = messages.next();
        const bool hasMessages = messageValid && messages.value(1).toLongLong() == conversationId;
        if (!hasMessages && (options.since.isValid() || !jsonLines))
            continue;

        const AccountInfo account = accounts.value(conversations.value(1).toLongLong());
        auto people = readParticipants(conversationId);
        if (!people)
            return people.error();
        ++summary.conversations;

        QByteArray csvConversation; // the conversation's columns, repeated on each of its rows
        if (jsonLines) {
            QByteArray &line = sink.buffer();
            line += "{\"type\":\"conversation\"";
            appendNumberField(line, "id", conversationId);
            appendLatin1Field(line, "account", account.uuid);
            appendLatin1Field(line, "network", account.network);
            appendStringField(line, "accountHandle", account.handle);
            appendStringField(line, "remoteId", conversations.value(2).toString());
            appendLatin1Field(line, "kind", conversationKindKey(conversations.value(3).toInt()));
            appendLatin1Field(line, "state", conversationStateKey(conversations.value(4).toInt()));
            appendTimeField(line, "snoozedUntil", conversations.value(5).toLongLong());
            appendTimeField(line, "lastActivity", conversations.value(6).toLongLong());
            appendNumberField(line, "unreadCount", conversations.value(7).toLongLong());
            appendBoolField(line, "needsReply", conversations.value(10).toInt() != 0);
            appendStringField(line, "title", conversations.value(8).toString());
            appendStringField(line, "preview", conversations.value(9).toString());
            appendKey(line, "participants");
            line += '[';
            for (qsizetype i = 0; i < people->size(); ++i) {
                if (i > 0)
                    line += ',';
                appendPersonObject(line, people->at(i));
            }
            line += "]}";
            if (!sink.endLine("\n"))
                return writeError(out);
        } else {
            QStringList handles;
            for (const Person &p : std::as_const(people.value()))
                handles << (p.handle.isEmpty() ? p.remoteId : p.handle);
            appendCsvField(csvConversation, QByteArray::number(conversationId));
            csvConversation += ',';
            appendCsvField(csvConversation, conversations.value(2).toString());
            csvConversation += ',';
            appendCsvField(csvConversation, conversationKindKey(conversations.value(3).toInt()));
            csvConversation += ',';
            appendCsvField(csvConversation, conversationStateKey(conversations.value(4).toInt()));
            csvConversation += ',';
            appendCsvField(csvConversation, conversations.value(8).toString());
            csvConversation += ',';
            appendCsvField(csvConversation, handles.join(u' '));
            csvConversation += ',';
            appendCsvField(csvConversation, account.uuid);
            csvConversation += ',';
            appendCsvField(csvConversation, account.network);
            csvConversation += ',';
            appendCsvField(csvConversation, account.handle);
        }

        for (; messageValid && messages.value(1).toLongLong() == conversationId; messageValid = messages.next()) {
            ++summary.messages;
            const qint64 messageId = messages.value(0).toLongLong();
            const AccountInfo &messageAccount = messages.value(2).toLongLong() == conversations.value(1).toLongLong()
                                                    ? account
                                                    : accounts[messages.value(2).toLongLong()];
            const bool hasAuthor = !messages.value(11).isNull();
            const Person author{messages.value(11).toString(), messages.value(12).toString(),
                                messages.value(13).toString()};
            const QByteArray kind = Message::kindKey(Message::Kind(messages.value(5).toInt())).toLatin1();
            const QByteArray delivery = Message::deliveryKey(Message::Delivery(messages.value(9).toInt())).toLatin1();

            // Attachments are rare: looked up (by primary key) only for messages that have some.
            QByteArray attachmentsJson = "[]";
            qint64 attachmentCount = 0;
            QStringList attachmentUrls;
            if (messages.value(14).toInt() != 0) {
                attachments.bindValue(0, messageId);
                if (auto r = execQuery(attachments, "read the attachments of a message"); !r)
                    return r.error();
                attachmentsJson = "[";
                while (attachments.next()) {
                    if (attachmentCount++ > 0)
                        attachmentsJson += ',';
                    attachmentsJson += "{\"kind\":";
                    appendJsonString(attachmentsJson, attachments.value(0).toString());
                    appendStringField(attachmentsJson, "remoteId", attachments.value(1).toString());
                    appendStringField(attachmentsJson, "url", attachments.value(2).toString());
                    appendStringField(attachmentsJson, "previewUrl", attachments.value(3).toString());
                    appendStringField(attachmentsJson, "mimeType", attachments.value(4).toString());
                    appendStringField(attachmentsJson, "altText", attachments.value(5).toString());
                    appendNumberField(attachmentsJson, "width", attachments.value(6).toLongLong());
                    appendNumberField(attachmentsJson, "height", attachments.value(7).toLongLong());
                    appendNumberField(attachmentsJson, "sizeBytes", attachments.value(8).toLongLong());
                    attachmentsJson += '}';
                    attachmentUrls << attachments.value(2).toString();
                }
                attachmentsJson += ']';
                attachments.finish();
            }

            QByteArray &line = sink.buffer();
            if (jsonLines) {
                line += "{\"type\":\"message\"";
                // A string: message ids are larger than JavaScript's numbers hold exactly.
                appendLatin1Field(line, "id", QByteArray::number(messageId));
                appendNumberField(line, "conversationId", conversationId);
                appendLatin1Field(line, "account", messageAccount.uuid);
                appendLatin1Field(line, "network", messageAccount.network);
                appendKey(line, "remoteId");
                if (messages.value(3).isNull())
                    line += "null";
                else
                    appendJsonString(line, messages.value(3).toString());
                appendLatin1Field(line, "direction", directionKey(messages.value(4).toInt()));
                appendLatin1Field(line, "kind", kind);
                appendTimeField(line, "createdAt", messages.value(7).toLongLong());
                appendKey(line, "author");
                if (hasAuthor)
                    appendPersonObject(line, author);
                else
                    line += "null";
                appendStringField(line, "text", messages.value(6).toString());
                appendStringField(line, "replyToRemoteId", messages.value(8).toString());
                appendLatin1Field(line, "delivery", delivery);
                appendBoolField(line, "read", messages.value(10).toInt() != 0);
                appendKey(line, "attachments");
                line += attachmentsJson;
                line += '}';
                if (!sink.endLine("\n"))
                    return writeError(out);
            } else {
                line += csvConversation;
                line += ',';
                appendCsvField(line, QByteArray::number(messageId));
                line += ',';
                appendCsvField(line, messages.value(3).toString());
                line += ',';
                appendCsvField(line, directionKey(messages.value(4).toInt()));
                line += ',';
                appendCsvField(line, kind);
                line += ',';
                appendCsvField(line, csvTime(messages.value(7).toLongLong()));
                line += ',';
                appendCsvField(line, author.remoteId);
                line += ',';
                appendCsvField(line, author.handle);
                line += ',';
                appendCsvField(line, author.displayName);
                line += ',';
                appendCsvField(line, messages.value(6).toString());
                line += ',';
                appendCsvField(line, messages.value(8).toString());
                line += ',';
                appendCsvField(line, delivery);
                line += ',';
                appendCsvField(line, messages.value(10).toInt() != 0 ? "true"_ba : "false"_ba);
                line += ',';
                appendCsvField(line, QByteArray::number(attachmentCount));
                line += ',';
                appendCsvField(line, attachmentUrls.join(u' '));
                if (!sink.endLine("\r\n"))
                    return writeError(out);
            }
        }
    }
    if (messages.query().lastError().isValid() || conversations.query().lastError().isValid())
        return storageError(messages.query().lastError().isValid() ? messages.query() : conversations.query(),
                            "read the export");
    if (!sink.flush())
        return writeError(out);
    return summary;
}

} // namespace starling
