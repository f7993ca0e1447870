// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace starling::json {

std::optional<QString> string(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.size() > maxStringLength)
        return std::nullopt;
    return text;
}

bool isNumericId(const QString &text)
{
    if (text.isEmpty() || text.size() > 19)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int compareNumericIds(const QString &a, const QString &b)
{
    // Without leading zeros a longer id is a larger number; equal lengths compare as text.
    auto strip = [](const QString &s) {
        qsizetype i = 0;
        while (i + 1 < s.size() && s.at(i) == u'0')
            ++i;
        return s.mid(i);
    };
    const QString x = strip(a);
    const QString y = strip(b);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return x.compare(y);
}

std::optional<QString> numericId(const QJsonObject &object, QLatin1StringView key)
{
    auto text = string(object, key);
    if (!text || !isNumericId(*text))
        return std::nullopt;
    return text;
}

std::optional<qint64> integer(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Converting a double outside qint64's range is undefined behaviour; 2^63 itself is outside.
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

std::optional<bool> boolean(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return std::nullopt;
    return value.toBool();
}

std::optional<QJsonObject> object(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return std::nullopt;
    return value.toObject();
}

std::optional<QJsonArray> array(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isArray())
        return std::nullopt;
    return value.toArray();
}

std::optional<QStringList> stringList(const QJsonObject &object, QLatin1StringView key)
{
    auto values = array(object, key);
    if (!values)
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &value : std::as_const(*values)) {
        if (!value.isString() || value.toString().size() > maxStringLength)
            return std::nullopt;
        list << value.toString();
    }
    return list;
}

std::optional<QDateTime> time(const QJsonObject &object, QLatin1StringView key)
{
    return time(object, key, QDateTime::currentDateTimeUtc());
}

std::optional<QDateTime> time(const QJsonObject &object, QLatin1StringView key, const QDateTime &now)
{
    auto text = string(object, key);
    if (!text)
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(*text, Qt::ISODate);
    // Without an offset Qt reads the time (or a bare date) as local time, which would shift it by
    // the user's time zone; RFC 3339 requires the offset, so such a value is not a time.
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    // The window is explained in the header.
    static const QDateTime earliest(QDate(2006, 1, 1), QTime(0, 0), QTimeZone::utc());
    if (parsed < earliest || parsed > now.addSecs(maxClockSkewSecs))
        return std::nullopt;
    return std::min(parsed, now).toUTC();
}

} // namespace starling::json
