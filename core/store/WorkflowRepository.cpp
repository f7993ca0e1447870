// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkflowRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
Error badTag()
{
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("starling::Workflow", "A tag needs a name of up to 40 characters."));
}
} // namespace

WorkflowRepository::WorkflowRepository(Database &db)
    : m_db(db)
{
}

Result<QList<Tag>> WorkflowRepository::tags()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, color FROM tags ORDER BY lower(name)"_s))
        return storageError(query, "read the tags");
    QList<Tag> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

Result<Tag> WorkflowRepository::saveTag(const QString &name, const QString &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return badTag();
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"INSERT INTO tags (name, color) VALUES (?, ?)"
                                     " ON CONFLICT (name) DO UPDATE SET color = excluded.color"_s);
        !r)
        return r.error();
    query.addBindValue(trimmed);
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    query.addBindValue(hex.match(color).hasMatch() ? color.toLower() : u"#808080"_s);
    if (auto r = execQuery(query, "save a tag"); !r)
        return r.error();
    QSqlQuery id(m_db.connection());
    if (auto r = prepareQuery(id, u"SELECT id, color FROM tags WHERE name = ?"_s); !r)
        return r.error();
    id.addBindValue(trimmed);
    if (auto r = execQuery(id, "read a tag"); !r)
        return r.error();
    id.next();
    return Tag{id.value(0).toLongLong(), trimmed, id.value(1).toString()};
}

Result<void> WorkflowRepository::removeTag(const QString &name)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"DELETE FROM tags WHERE name = ?"_s); !r)
        return r;
    query.addBindValue(name);
    return execQuery(query, "remove a tag");
}

Result<ChangeSet> WorkflowRepository::addTag(const QList<qint64> &conversationIds, const QString &tag)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery existing(m_db.connection());
    if (auto r = prepareQuery(existing, u"SELECT color FROM tags WHERE name = ?"_s); !r)
        return r.error();
    existing.addBindValue(tag.trimmed());
    if (auto r = execQuery(existing, "read a tag"); !r)
        return r.error();
    const QString color = existing.next() ? existing.value(0).toString() : QString();
    existing.finish();
    auto saved = saveTag(tag, color);
    if (!saved)
        return saved.error();
    QSqlQuery insert(m_db.connection());
    if (auto r = prepareQuery(insert, u"INSERT INTO conversation_tags (conversation_id, tag_id) VALUES (?, ?)"
                                      " ON CONFLICT DO NOTHING"_s);
        !r)
        return r.error();
    ChangeSet changes;
    for (qint64 id : conversationIds) {
        insert.bindValue(0, id);
        insert.bindValue(1, saved->id);
        if (auto r = execQuery(insert, "tag a conversation"); !r)
            return r.error();
        if (insert.numRowsAffected() > 0)
            changes.conversationIds.insert(id);
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<ChangeSet> WorkflowRepository::removeTag(const QList<qint64> &conversationIds, const QString &tag)
{
    QSqlQuery remove(m_db.connection());
    if (auto r = prepareQuery(remove, u"DELETE FROM conversation_tags WHERE conversation_id = ?"
                                      " AND tag_id = (SELECT id FROM tags WHERE name = ?)"_s);
        !r)
        return r.error();
    ChangeSet changes;
    for (qint64 id : conversationIds) {
        remove.bindValue(0, id);
        remove.bindValue(1, tag);
        if (auto r = execQuery(remove, "untag a conversation"); !r)
            return r.error();
        if (remove.numRowsAffected() > 0)
            changes.conversationIds.insert(id);
    }
    return changes;
}

Result<ChangeSet> WorkflowRepository::assign(const QList<qint64> &conversationIds, const QString &assignee)
{
    QSqlQuery update(m_db.connection());
    if (auto r = prepareQuery(update, u"UPDATE conversations SET assignee = ? WHERE id = ? AND assignee != ?"_s); !r)
        return r.error();
    ChangeSet changes;
    const QString who = textValue(assignee.trimmed().left(80));
    for (qint64 id : conversationIds) {
        update.bindValue(0, who);
        update.bindValue(1, id);
        update.bindValue(2, who);
        if (auto r = execQuery(update, "assign a conversation"); !r)
            return r.error();
        if (update.numRowsAffected() > 0)
            changes.conversationIds.insert(id);
    }
    return changes;
}

Result<QString> WorkflowRepository::claim(qint64 conversationId, const QString &agent, ChangeSet &changes)
{
    const QString who = agent.trimmed().left(80);
    if (who.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::WorkflowRepository", "Say who takes the conversation."));
    // On PostgreSQL a second agent's update waits for the first one's and then finds the
    // conversation taken, so the condition decides between them.
    QSqlQuery update(m_db.connection());
    if (auto r = prepareQuery(update, u"UPDATE conversations SET assignee = ? WHERE id = ? AND assignee = ''"_s); !r)
        return r.error();
    update.addBindValue(who);
    update.addBindValue(conversationId);
    if (auto r = execQuery(update, "take a conversation"); !r)
        return r.error();
    if (update.numRowsAffected() > 0) {
        changes.conversationIds.insert(conversationId);
        return who;
    }
    QSqlQuery holder(m_db.connection());
    holder.setForwardOnly(true);
    if (auto r = prepareQuery(holder, u"SELECT assignee FROM conversations WHERE id = ?"_s); !r)
        return r.error();
    holder.addBindValue(conversationId);
    if (auto r = execQuery(holder, "read who has a conversation"); !r)
        return r.error();
    if (!holder.next())
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::WorkflowRepository", "The conversation is not there."));
    const QString taken = holder.value(0).toString();
    // Another client took it without this one hearing: the rows shown here are out of date.
    if (taken != who)
        changes.conversationIds.insert(conversationId);
    return taken;
}

} // namespace starling
