// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Async.h"
#include "Result.h"
#include "store/StatsRepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace starling {

class Store;

/**
 * The figures of the Reports window and of `starling-cli stats`, worked out in one place on the
 * store's reader thread: response times per account and period, and the feedback survey ratings.
 */
class ReportService final
{
public:
    struct Request
    {
        QDateTime from; ///< requests that began in [from, to)
        QDateTime to;
        QUuid account; ///< null: every account
        QString tag; ///< empty: every conversation
        int periodDays = 7; ///< the length of each period of the trend
    };

    /** One period of the trend, from its start for periodDays (the last one ends at `to`). */
    struct Period
    {
        QDateTime start;
        QDateTime end;
        /** The median over the accounts' median response times; empty when nothing was answered. */
        std::optional<qint64> responseMedianMs;
        int ratings = 0; ///< survey answers given in the period
        double averageRating = 0; ///< their mean, 1 to 5; 0 when there were none
    };

    struct Report
    {
        Request request;
        QList<ResponseTimeStats> responseTimes; ///< per account with requests in the period
        QList<Period> periods;
        int ratings = 0; ///< survey answers given in the whole period
        std::optional<double> averageRating; ///< their mean; empty when there were none

        int requests() const;
    };

    /** @p store must outlive the service. */
    explicit ReportService(Store &store);

    /** Works the report out on the reader thread; continue with onReady(future, context, …). */
    QFuture<Result<Report>> report(const Request &request) const;

    /** The same, on @p db, in the calling thread: for the reader thread, tests and benchmarks. */
    static Result<Report> compute(Database &db, const Request &request);

private:
    Store &m_store;
};

} // namespace starling
