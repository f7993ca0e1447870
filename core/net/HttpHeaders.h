// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <initializer_list>

namespace starling {

/**
 * HTTP header fields in the order they were sent or received, with case-insensitive lookup
 * (field names are case-insensitive in HTTP, and the networks disagree on their spelling:
 * `x-rate-limit-reset` on X, `X-RateLimit-Reset` on Mastodon). Shared by the client and the
 * sandbox servers as a wire type.
 */
class HttpHeaders
{
public:
    using Field = QPair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields);
    /** Wraps a raw list such as QNetworkReply::rawHeaderPairs(). */
    static HttpHeaders fromList(const QList<Field> &fields);

    /** Adds a field, keeping any earlier field of the same name. */
    void append(const QByteArray &name, const QByteArray &value);
    /** Replaces every field named @p name with one field. */
    void set(const QByteArray &name, const QByteArray &value);
    /** Removes every field named @p name. */
    void remove(QByteArrayView name);

    bool contains(QByteArrayView name) const;
    /** The first value of @p name, or @p fallback when there is none. */
    QByteArray value(QByteArrayView name, const QByteArray &fallback = {}) const;
    /** Every value of @p name, in order. */
    QList<QByteArray> values(QByteArrayView name) const;

    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    qsizetype size() const { return m_fields.size(); }

private:
    QList<Field> m_fields;
};

} // namespace starling
