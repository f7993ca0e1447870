// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessHours.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling {

BusinessHours::BusinessHours(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
}

void BusinessHours::setDay(int dayOfWeek, QList<Interval> intervals)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return;
    for (Interval &i : intervals) {
        i.openMinute = std::clamp(i.openMinute, 0, 1439);
        i.closeMinute = std::clamp(i.closeMinute, 0, 1440);
    }
    m_days[dayOfWeek - 1] = std::move(intervals);
}

QList<BusinessHours::Interval> BusinessHours::day(int dayOfWeek) const
{
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? m_days[dayOfWeek - 1] : QList<Interval>();
}

bool BusinessHours::isOpen(const QDateTime &time) const
{
    const QDateTime local = time.toTimeZone(m_zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int today = local.date().dayOfWeek();
    const int yesterday = today == 1 ? 7 : today - 1;
    for (const Interval &i : m_days[today - 1]) {
        if (i.closeMinute > i.openMinute) {
            if (minute >= i.openMinute && minute < i.closeMinute)
                return true;
        } else if (minute >= i.openMinute) {
            return true; // the part before midnight of an overnight interval
        }
    }
    // The part after midnight of yesterday's overnight intervals.
    for (const Interval &i : m_days[yesterday - 1]) {
        if (i.closeMinute <= i.openMinute && minute < i.closeMinute)
            return true;
    }
    return false;
}

QJsonObject BusinessHours::toJson() const
{
    QJsonArray days;
    for (const auto &intervals : m_days) {
        QJsonArray day;
        for (const Interval &i : intervals)
            day.append(QJsonArray{i.openMinute, i.closeMinute});
        days.append(day);
    }
    return {{"timeZone"_L1, QString::fromUtf8(m_zone.id())}, {"days"_L1, days}};
}

BusinessHours BusinessHours::fromJson(const QJsonObject &json)
{
    // QTimeZone("") is the system's zone, not an invalid one: no zone named means UTC.
    const QByteArray zone = json.value("timeZone"_L1).toString().toUtf8();
    BusinessHours hours(zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone));
    const QJsonArray days = json.value("days"_L1).toArray();
    for (int d = 0; d < 7 && d < days.size(); ++d) {
        QList<Interval> intervals;
        for (const QJsonValue &v : days.at(d).toArray()) {
            const QJsonArray pair = v.toArray();
            if (pair.size() == 2)
                intervals.append({pair.at(0).toInt(), pair.at(1).toInt()});
        }
        hours.setDay(d + 1, intervals);
    }
    return hours;
}

} // namespace starling
