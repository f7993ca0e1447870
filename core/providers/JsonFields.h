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
/** An ISO-8601 / RFC 3339 time, in UTC. */
std::optional<QDateTime> time(const QJsonObject &object, QLatin1StringView key);

/** Whether @p text is 1 to 19 ASCII digits. */
bool isNumericId(const QString &text);
/** Compares two numeric ids as numbers (they may exceed 2^53, so never through double). */
int compareNumericIds(const QString &a, const QString &b);

} // namespace starling::json
