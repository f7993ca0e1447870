// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomationRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

AutomationRepository::AutomationRepository(Database &db)
    : m_db(db)
{
}

Result<QList<StoredRule>> AutomationRepository::rules()
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, enabled, definition, updated_at FROM rules ORDER BY id"_s))
        return storageError(query, "read the rules");
    QList<StoredRule> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt() != 0,
                     query.value(3).toByteArray(), fromStoredTime(query.value(4).toLongLong())});
    }
    return list;
}

Result<StoredRule> AutomationRepository::saveRule(StoredRule rule)
{
    if (rule.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Automation", "A rule needs a name."));
    rule.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db.connection());
    if (rule.id == 0) {
        if (auto r =
                prepareQuery(query, u"INSERT INTO rules (name, enabled, definition, updated_at) VALUES (?, ?, ?, ?)"_s);
            !r)
            return r.error();
    } else if (auto r = prepareQuery(query, u"UPDATE rules SET name = ?, enabled = ?, definition = ?, updated_at = ?"
                                            " WHERE id = ?"_s);
               !r) {
        return r.error();
    }
    query.addBindValue(rule.name.trimmed());
    query.addBindValue(rule.enabled ? 1 : 0);
    query.addBindValue(QString::fromUtf8(rule.definition));
    query.addBindValue(toStoredTime(rule.updatedAt));
    if (rule.id != 0)
        query.addBindValue(rule.id);
    if (auto r = execQuery(query, "save a rule"); !r)
        return r.error();
    if (rule.id == 0)
        rule.id = query.lastInsertId().toLongLong();
    return rule;
}

Result<void> AutomationRepository::removeRule(qint64 id)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"DELETE FROM rules WHERE id = ?"_s); !r)
        return r;
    query.addBindValue(id);
    return execQuery(query, "remove a rule");
}

Result<void> AutomationRepository::log(const AutomationLogEntry &entry)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"INSERT INTO automation_log (rule_id, rule_name, account_id, conversation_id,"
                                     " person_remote_id, action, detail, created_at)"
                                     " VALUES (?, ?, (SELECT id FROM accounts WHERE uuid = ?), ?, ?, ?, ?, ?)"_s);
        !r)
        return r;
    query.addBindValue(entry.ruleId > 0 ? QVariant(entry.ruleId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(entry.ruleName);
    query.addBindValue(entry.accountId.toString(QUuid::WithoutBraces));
    query.addBindValue(entry.conversationId > 0 ? QVariant(entry.conversationId)
                                                : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(textValue(entry.personRemoteId));
    query.addBindValue(entry.action);
    query.addBindValue(textValue(entry.detail.left(500)));
    query.addBindValue(toStoredTime(entry.at.isValid() ? entry.at : QDateTime::currentDateTimeUtc()));
    return execQuery(query, "log an automatic action");
}

Result<bool> AutomationRepository::takeWindow(qint64 ruleId, const QString &personRemoteId, const QDateTime &at,
                                              std::chrono::seconds window)
{
    // Inserted, or moved on when the old window has passed; neither when it is still open. On
    // PostgreSQL a second client deciding at the same moment waits for the first one's row and
    // then finds the window open.
    QSqlQuery query(m_db.connection());
    if (auto r =
            prepareQuery(query, u"INSERT INTO automation_windows (rule_id, person_remote_id, opened_at)"
                                " VALUES (?, ?, ?)"
                                " ON CONFLICT (rule_id, person_remote_id) DO UPDATE SET opened_at = excluded.opened_at"
                                " WHERE automation_windows.opened_at <= ?"_s);
        !r)
        return r.error();
    const qint64 opened = toStoredTime(at);
    query.addBindValue(ruleId);
    query.addBindValue(personRemoteId);
    query.addBindValue(opened);
    query.addBindValue(toStoredTime(at.addSecs(-qint64(window.count()))));
    if (auto r = execQuery(query, "take a rule's window"); !r)
        return r.error();
    return query.numRowsAffected() > 0;
}

Result<QList<AutomationLogEntry>> AutomationRepository::recentLog(int limit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(
            query, u"SELECT l.id, coalesce(l.rule_id, 0), l.rule_name, a.uuid, coalesce(l.conversation_id, 0),"
                   " l.person_remote_id, l.action, l.detail, l.created_at FROM automation_log l"
                   " LEFT JOIN accounts a ON a.id = l.account_id ORDER BY l.id DESC LIMIT ?"_s);
        !r)
        return r.error();
    query.addBindValue(limit);
    if (auto r = execQuery(query, "read the automation log"); !r)
        return r.error();
    QList<AutomationLogEntry> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     QUuid(query.value(3).toString()), query.value(4).toLongLong(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(),
                     fromStoredTime(query.value(8).toLongLong())});
    }
    return list;
}

Result<int> AutomationRepository::messagesSince(const QUuid &accountId, const QDateTime &since, int atMost)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Newest first by id, which is the order of logging, so the scan stops at the first older
    // line: it reads the last hour of the log, not the whole log (which has no index by time).
    if (auto r = prepareQuery(query, u"SELECT l.created_at, l.action, a.uuid FROM automation_log l"
                                     " LEFT JOIN accounts a ON a.id = l.account_id ORDER BY l.id DESC"_s);
        !r)
        return r.error();
    if (auto r = execQuery(query, "read the automation log"); !r)
        return r.error();
    const qint64 from = toStoredTime(since);
    const QString account = accountId.toString(QUuid::WithoutBraces);
    int count = 0;
    while (count < atMost && query.next()) {
        if (query.value(0).toLongLong() < from)
            break;
        const QString action = query.value(1).toString();
        if ((action == u"dm" || action == u"public" || action == u"survey") && query.value(2).toString() == account)
            ++count;
    }
    return count;
}

Result<bool> AutomationRepository::wroteBefore(qint64 messageId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Inbound messages by the same person to the same account, older than this one.
    if (auto r = prepareQuery(query, u"SELECT EXISTS (SELECT 1 FROM messages o JOIN messages m ON m.id = ?"
                                     " WHERE o.account_id = m.account_id AND o.author_id = m.author_id"
                                     " AND o.direction = 0 AND o.id < m.id)"_s);
        !r)
        return r.error();
    query.addBindValue(messageId);
    if (auto r = execQuery(query, "look at a person's history"); !r)
        return r.error();
    return query.next() && query.value(0).toInt() != 0;
}

Result<void> AutomationRepository::openSurvey(qint64 conversationId, const QDateTime &at)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"INSERT INTO surveys (conversation_id, asked_at) VALUES (?, ?)"_s); !r)
        return r;
    query.addBindValue(conversationId);
    query.addBindValue(toStoredTime(at));
    return execQuery(query, "open a survey");
}

Result<std::optional<qint64>> AutomationRepository::openSurveyFor(qint64 conversationId, const QDateTime &before)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT id FROM surveys WHERE conversation_id = ? AND rating IS NULL"
                                     " AND asked_at <= ? ORDER BY id DESC LIMIT 1"_s);
        !r)
        return r.error();
    query.addBindValue(conversationId);
    query.addBindValue(toStoredTime(before));
    if (auto r = execQuery(query, "find an open survey"); !r)
        return r.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<ChangeSet> AutomationRepository::answerSurvey(qint64 surveyId, int rating, qint64 messageId, const QDateTime &at)
{
    QSqlQuery query(m_db.connection());
    if (auto r = prepareQuery(query, u"UPDATE surveys SET rating = ?, answered_at = ?, answer_message_id = ?"
                                     " WHERE id = ? AND rating IS NULL"_s);
        !r)
        return r.error();
    query.addBindValue(std::clamp(rating, 1, 5));
    query.addBindValue(toStoredTime(at));
    query.addBindValue(messageId);
    query.addBindValue(surveyId);
    if (auto r = execQuery(query, "record a rating"); !r)
        return r.error();
    return ChangeSet();
}

Result<QList<RatingPeriod>> AutomationRepository::ratings(const QDate &from, const QDate &to, int periodDays)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT answered_at, rating FROM surveys WHERE rating IS NOT NULL"
                                     " AND answered_at >= ? AND answered_at < ? ORDER BY answered_at"_s);
        !r)
        return r.error();
    query.addBindValue(toStoredTime(from.startOfDay(Qt::UTC)));
    query.addBindValue(toStoredTime(to.addDays(1).startOfDay(Qt::UTC)));
    if (auto r = execQuery(query, "read ratings"); !r)
        return r.error();
    const int days = std::max(1, periodDays);
    QList<RatingPeriod> periods;
    for (QDate d = from; d <= to; d = d.addDays(days))
        periods.append({d, 0, 0});
    QList<qint64> sums(periods.size(), 0);
    while (query.next()) {
        const QDate day = fromStoredTime(query.value(0).toLongLong()).date();
        const qsizetype index = from.daysTo(day) / days;
        if (index < 0 || index >= periods.size())
            continue;
        ++periods[index].count;
        sums[index] += query.value(1).toInt();
    }
    for (qsizetype i = 0; i < periods.size(); ++i)
        periods[i].average = periods[i].count > 0 ? double(sums[i]) / periods[i].count : 0;
    return periods;
}

} // namespace starling
