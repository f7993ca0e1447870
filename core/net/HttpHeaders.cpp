// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpHeaders.h"

#include <algorithm>

namespace starling {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

HttpHeaders::HttpHeaders(std::initializer_list<Field> fields)
    : m_fields(fields)
{
}

HttpHeaders HttpHeaders::fromList(const QList<Field> &fields)
{
    HttpHeaders headers;
    headers.m_fields = fields;
    return headers;
}

void HttpHeaders::append(const QByteArray &name, const QByteArray &value)
{
    m_fields.append({name, value});
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    append(name, value);
}

void HttpHeaders::remove(QByteArrayView name)
{
    m_fields.removeIf([name](const Field &field) { return sameName(field.first, name); });
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [name](const Field &field) { return sameName(field.first, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name, const QByteArray &fallback) const
{
    for (const Field &field : m_fields) {
        if (sameName(field.first, name))
            return field.second;
    }
    return fallback;
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const Field &field : m_fields) {
        if (sameName(field.first, name))
            result.append(field.second);
    }
    return result;
}

} // namespace starling
