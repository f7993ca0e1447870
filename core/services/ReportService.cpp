// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportService.h"

#include "store/AutomationRepository.h"
#include "store/Store.h"

#include <vector>

namespace starling {

int ReportService::Report::requests() const
{
    int sum = 0;
    for (const ResponseTimeStats &s : responseTimes)
        sum += s.requests;
    return sum;
}

ReportService::ReportService(Store &store)
    : m_store(store)
{
}

QFuture<Result<ReportService::Report>> ReportService::report(const Request &request) const
{
    return m_store.read<Report>("a report", [request](Database &db) { return compute(db, request); });
}

Result<ReportService::Report> ReportService::compute(Database &db, const Request &request)
{
    Report report;
    report.request = request;
    StatsRepository stats(db);
    auto all = stats.responseTimes(request.from, request.to, request.account, request.tag);
    if (!all)
        return all.error();
    report.responseTimes = all.value();

    const int days = std::max(1, request.periodDays);
    for (QDateTime start = request.from; start < request.to; start = start.addDays(days)) {
        Period period;
        period.start = start;
        period.end = std::min(start.addDays(days), request.to);
        auto times = stats.responseTimes(period.start, period.end, request.account, request.tag);
        if (!times)
            return times.error();
        std::vector<qint64> medians;
        for (const ResponseTimeStats &s : std::as_const(times.value())) {
            if (s.responseMedianMs)
                medians.push_back(*s.responseMedianMs);
        }
        period.responseMedianMs = ResponseTimes::median(medians);
        report.periods << period;
    }

    // Ratings are kept by day: the periods above, counted in the days they cover.
    auto ratings = AutomationRepository(db).ratings(request.from.date(), request.to.date(), days);
    if (!ratings)
        return ratings.error();
    double sum = 0;
    for (const RatingPeriod &r : std::as_const(ratings.value())) {
        for (Period &period : report.periods) {
            if (period.start.date() == r.start) {
                period.ratings = r.count;
                period.averageRating = r.average;
            }
        }
        report.ratings += r.count;
        sum += r.average * r.count;
    }
    if (report.ratings > 0)
        report.averageRating = sum / report.ratings;
    return report;
}

} // namespace starling
