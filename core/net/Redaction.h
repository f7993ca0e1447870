// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace starling {

/**
 * What may be logged about a request (STYLE.md §5): URLs with their secrets masked, header
 * names but never credential headers, and never bodies. Every log line in core/net that
 * mentions a URL goes through here.
 */
class Redaction final
{
public:
    Redaction() = delete;

    /** The mask that replaces a secret. */
    static QString mask();

    /**
     * @p url for a log: user info dropped, and the values of secret query items and fragment
     * items (OAuth implicit replies put tokens in the fragment) replaced by mask().
     */
    static QString url(const QUrl &url);

    /** Whether a query or form key names a secret (access_token, code, client_secret…). */
    static bool isSecretKey(QStringView key);

    /** Whether a header carries credentials (Authorization, Cookie…) and must never be logged. */
    static bool isSecretHeader(QByteArrayView name);
};

} // namespace starling
