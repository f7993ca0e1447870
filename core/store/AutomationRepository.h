// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <chrono>
#include <optional>

namespace starling {

class Database;

/** A rule as stored: its definition is JSON that core/automation reads (see Rule). */
struct StoredRule
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    QByteArray definition;
    QDateTime updatedAt;
};

/** One line of the automation activity log: what a rule did, to whom, and why. */
struct AutomationLogEntry
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QUuid accountId;
    qint64 conversationId = 0;
    QString personRemoteId;
    QString action; ///< "dm", "public", "tag", "assign", "done", "survey"
    QString detail;
    QDateTime at;
};

/** Average survey ratings for one period. */
struct RatingPeriod
{
    QDate start;
    int count = 0;
    double average = 0;
};

/** Rules, their activity log and feedback surveys. */
class AutomationRepository final
{
public:
    explicit AutomationRepository(Database &db);

    Result<QList<StoredRule>> rules();
    Result<StoredRule> saveRule(StoredRule rule);
    Result<void> removeRule(qint64 id);

    Result<void> log(const AutomationLogEntry &entry);
    /**
     * Takes rule @p ruleId's window for a message to @p personRemoteId at @p at: true, and the
     * window runs from @p at, unless the rule took it less than @p window before. One statement,
     * so when several clients of a team database decide at once, exactly one of them gets it.
     */
    Result<bool> takeWindow(qint64 ruleId, const QString &personRemoteId, const QDateTime &at,
                            std::chrono::seconds window);
    Result<QList<AutomationLogEntry>> recentLog(int limit);
    /**
     * How many automatic messages (DMs, public replies, surveys) the log holds for @p accountId
     * from @p since on, counting no further than @p atMost.
     */
    Result<int> messagesSince(const QUuid &accountId, const QDateTime &since, int atMost);

    /** Whether the author of message @p messageId wrote to this account before it. */
    Result<bool> wroteBefore(qint64 messageId);

    /** A survey was sent in @p conversationId; the person's next messages may answer it. */
    Result<void> openSurvey(qint64 conversationId, const QDateTime &at);
    /** The open survey of a conversation, asked before @p messageId arrived; nullopt if none. */
    Result<std::optional<qint64>> openSurveyFor(qint64 conversationId, const QDateTime &before);
    Result<ChangeSet> answerSurvey(qint64 surveyId, int rating, qint64 messageId, const QDateTime &at);
    /** Ratings from @p from to @p to, grouped by week (7 days from @p from). */
    Result<QList<RatingPeriod>> ratings(const QDate &from, const QDate &to, int periodDays = 7);

private:
    Database &m_db;
};

} // namespace starling
