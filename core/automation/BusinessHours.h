// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <array>

namespace starling {

/**
 * When the team answers, in its own time zone: per weekday a list of opening intervals in minutes
 * from midnight. An interval whose end is before its start runs past midnight into the next day
 * (a night shift from 22:00 to 06:00). A day with no interval is closed.
 */
class BusinessHours final
{
public:
    struct Interval
    {
        int openMinute = 0; ///< 0…1439
        int closeMinute = 0; ///< 0…1440; before openMinute: closes the next day

        bool operator==(const Interval &) const = default;
    };

    BusinessHours() = default;
    explicit BusinessHours(QTimeZone zone);

    /** Monday is 1, Sunday 7 (Qt's numbering). */
    void setDay(int dayOfWeek, QList<Interval> intervals);
    QList<Interval> day(int dayOfWeek) const;
    QTimeZone zone() const { return m_zone; }

    /** Whether the team is there at @p time (any time zone: it is converted). */
    bool isOpen(const QDateTime &time) const;

    QJsonObject toJson() const;
    static BusinessHours fromJson(const QJsonObject &json);

    bool operator==(const BusinessHours &) const = default;

private:
    QTimeZone m_zone = QTimeZone::utc();
    std::array<QList<Interval>, 7> m_days;
};

} // namespace starling
