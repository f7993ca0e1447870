// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"

#include <QList>
#include <QString>

namespace starling {

class Database;

struct Tag
{
    qint64 id = 0;
    QString name;
    QString color; ///< "#rrggbb"

    bool operator==(const Tag &) const = default;
};

/**
 * Triage beyond open and done: tags with colours and an assignee, for one conversation or a
 * selection of them at once (bulk actions).
 */
class WorkflowRepository final
{
public:
    explicit WorkflowRepository(Database &db);

    Result<QList<Tag>> tags();
    /** Makes a tag (or recolours one that exists). */
    Result<Tag> saveTag(const QString &name, const QString &color);
    Result<void> removeTag(const QString &name);

    /** Puts @p tag on every conversation of @p conversationIds, making the tag if needed. */
    Result<ChangeSet> addTag(const QList<qint64> &conversationIds, const QString &tag);
    Result<ChangeSet> removeTag(const QList<qint64> &conversationIds, const QString &tag);
    /** Gives the conversations to @p assignee; empty takes them from whoever had them. */
    Result<ChangeSet> assign(const QList<qint64> &conversationIds, const QString &assignee);
    /**
     * "Take it": gives the conversation to @p agent only if no one has it, in one statement, so
     * that of two agents who take it at once exactly one gets it. Answers who has it afterwards:
     * @p agent, or whoever took it first (the conversation is then in @p changes, as views here
     * may still show it free). NotFound when the conversation is not there.
     */
    Result<QString> claim(qint64 conversationId, const QString &agent, ChangeSet &changes);

private:
    Database &m_db;
};

} // namespace starling
