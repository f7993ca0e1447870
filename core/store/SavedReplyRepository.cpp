// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedReplyRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
SavedReply rowToReply(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            fromStoredTime(q.value(4).toLongLong())};
}
} // namespace

SavedReplyRepository::SavedReplyRepository(Database &db)
    : m_db(db)
{
}

Result<QList<SavedReply>> SavedReplyRepository::all()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, shortcut, title, body, updated_at FROM saved_replies ORDER BY shortcut"_s))
        return storageError(query, "read the saved replies");
    QList<SavedReply> list;
    while (query.next())
        list << rowToReply(query);
    return list;
}

Result<std::optional<SavedReply>> SavedReplyRepository::byShortcut(const QString &shortcut)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT id, shortcut, title, body, updated_at FROM saved_replies"
                                     " WHERE shortcut = ?"_s);
        !r)
        return r.error();
    query.addBindValue(shortcut);
    if (auto r = execQuery(query, "read a saved reply"); !r)
        return r.error();
    if (!query.next())
        return std::optional<SavedReply>();
    return std::optional<SavedReply>(rowToReply(query));
}

Result<SavedReply> SavedReplyRepository::save(SavedReply reply)
{
    static const QRegularExpression shortName(u"^[\\p{L}\\p{N}_-]{1,32}$"_s);
    reply.shortcut = reply.shortcut.trimmed();
    if (!shortName.match(reply.shortcut).hasMatch())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::SavedReplies",
                                                 "A short name is one word of up to 32 letters, digits, - or _."));
    if (reply.body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::SavedReplies", "A saved reply needs some text."));
    reply.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    if (reply.id == 0) {
        if (auto r = prepareQuery(
                query, u"INSERT INTO saved_replies (shortcut, title, body, updated_at) VALUES (?, ?, ?, ?)"_s);
            !r)
            return r.error();
    } else if (auto r =
                   prepareQuery(query, u"UPDATE saved_replies SET shortcut = ?, title = ?, body = ?, updated_at = ?"
                                       " WHERE id = ?"_s);
               !r) {
        return r.error();
    }
    query.addBindValue(reply.shortcut);
    query.addBindValue(textValue(reply.title));
    query.addBindValue(reply.body);
    query.addBindValue(toStoredTime(reply.updatedAt));
    if (reply.id != 0)
        query.addBindValue(reply.id);
    if (!query.exec()) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::SavedReplies", "There is already a saved reply called /%1.")
                         .arg(reply.shortcut));
    }
    if (reply.id == 0)
        reply.id = query.lastInsertId().toLongLong();
    return reply;
}

Result<void> SavedReplyRepository::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"DELETE FROM saved_replies WHERE id = ?"_s); !r)
        return r;
    query.addBindValue(id);
    return execQuery(query, "remove a saved reply");
}

} // namespace starling
