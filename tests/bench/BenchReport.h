// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <limits>
#include <vector>

namespace starling::bench {

/** One measured figure next to the same figure for the floor it is compared with. */
struct BenchFigure
{
    QString key; ///< stable, machine-readable name, e.g. "search_common_p50"
    QString label; ///< what the table shows
    QString unit; ///< "msg/s", "ms", "B/msg"
    double value = 0;
    double floor = 0;

    /** value / floor; 0 when there is no floor. */
    double ratio() const;
};

/** Collects figures and prints them as one table, and optionally as JSON. */
class BenchReport final
{
public:
    void add(const BenchFigure &figure);
    const QList<BenchFigure> &figures() const { return m_figures; }

    /** The table: figure, value, floor, ratio, one row per figure. */
    QString table() const;
    /** Writes an array of {figure, label, value, unit, floor, ratio} to @p path. */
    Result<void> writeJson(const QString &path) const;
    /** Reads what writeJson() wrote (a missing label reads as the figure's key). */
    static Result<QList<BenchFigure>> readJson(const QString &path);

    /** The @p percent percentile (nearest rank) of nanosecond samples, in milliseconds. Sorts them. */
    static double percentileMs(std::vector<qint64> &samplesNs, double percent);
    /** A number for people: grouped thousands for large values, three significant decimals for small ones. */
    static QString formatNumber(double value);

private:
    QList<BenchFigure> m_figures;
};

/**
 * Reads @p option as a whole number from 1 to @p most into @p target; leaves @p target as it is
 * when the option is not given. A bad value is an InvalidInput error that names the option.
 */
Result<void> readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 &target,
                       qint64 most = std::numeric_limits<int>::max());

/** Standard output and standard error, for the benchmarks' reports. */
QTextStream &out();
QTextStream &err();
/** BenchReport::formatNumber(), for short. */
QString number(double value);
/** A count for people, with grouped thousands: "1,000,000". */
QString count(qint64 value);

} // namespace starling::bench
