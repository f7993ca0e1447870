// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace starling::sandbox {

/**
 * A multipart/form-data body (RFC 7578) taken apart, for the X server's media append. Strict
 * enough to catch a client that frames its parts wrongly, lenient about header case.
 */
struct XMultipart
{
    struct Part
    {
        QByteArray name; ///< from Content-Disposition: form-data; name="…"
        QByteArray fileName; ///< filename="…", empty for plain fields
        QByteArray contentType;
        QByteArray data;
    };

    QList<Part> parts;

    /** The first part called @p name, or nullptr. */
    const Part *part(QByteArrayView name) const;

    /**
     * Parses @p body with the boundary from @p contentType ("multipart/form-data; boundary=…").
     * Nothing when the content type is another one or the body is not well framed.
     */
    static std::optional<XMultipart> parse(const QByteArray &contentType, const QByteArray &body);
};

} // namespace starling::sandbox
