// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace starling::json {

/**
 * Type-checked reads of server JSON for the mappers. Each returns nullopt when the field is
 * missing or has another type, so a mapper can tell "absent" from "wrong" and never reads a
 * number as a string by accident. Strings longer than maxStringLength are refused: a hostile
 * server must not make us store megabytes in one field.
 */
constexpr qsizetype maxStringLength = 64 * 1024;

std::optional<QString> string(const QJsonObject &object, QLatin1StringView key);
/** A string made only of ASCII digits, 1 to 19 of them: an X id or a snowflake. */
std::optional<QString> numericId(const QJsonObject &object, QLatin1StringView key);
std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key);
std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key);
std::optional<QJsonObject> object(const QJsonObject &object, QLatin1StringView key);
std::optional<QJsonArray> array(const QJsonObject &object, QLatin1StringView key);
/** An array whose elements are all strings. */
std::optional<QStringList> stringList(const QJsonObject &object, QLatin1StringView key);
/**
 * An ISO-8601 / RFC 3339 time, in UTC, that a message can plausibly have.
 *
 * The same window for every network, because the store orders messages by time and a wrong one
 * would sit at the top or bottom of the inbox for good:
 * - before 2006-01-01 (X, the oldest network we read, started in 2006) it is a placeholder such as
 *   0001-01-01 or the epoch, not a time: the field is bad, as if it were not a time at all;
 * - up to maxClockSkew after @p now it is a server clock ahead of ours (a time zone mistake is at
 *   most 14 hours): the message is real, so it is kept, dated @p now, where it arrived;
 * - further ahead (9999-12-31 and the like) no clock explains it: the field is bad.
 */
std::optional<QDateTime> time(const QJsonObject &object, QLatin1StringView key, const QDateTime &now);
/** time() as of the current time. */
std::optional<QDateTime> time(const QJsonObject &object, QLatin1StringView key);

/** How far ahead of our clock a server's time may be and still be read (as now). */
constexpr qint64 maxClockSkewSecs = 24 * 60 * 60;

/** Whether @p text is 1 to 19 ASCII digits. */
bool isNumericId(const QString &text);
/** Compares two numeric ids as numbers (they may exceed 2^53, so never through double). */
int compareNumericIds(const QString &a, const QString &b);

} // namespace starling::json
