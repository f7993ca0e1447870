// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace starling {

/**
 * An error as a value (DESIGN.md, Errors): a code the program branches on and a message the
 * user can read. Core never shows an error; the UI decides how.
 */
class Error
{
public:
    enum class Code
    {
        Network, ///< no connection, connection reset, DNS failure
        Timeout, ///< the request's deadline passed
        RateLimited, ///< the server said "not now"; retryAfter() tells when
        AuthExpired, ///< the token expired; a refresh may fix it
        AuthRevoked, ///< the grant is gone; the user must sign in again
        Forbidden, ///< the server refused this action for this account
        NotFound,
        InvalidInput, ///< the request (or the user's text) was not acceptable
        ServerError, ///< 5xx
        BadResponse, ///< the server answered something we could not use
        Storage, ///< the local database failed or refused
        Unavailable, ///< a local service Starling needs is missing, such as the system keyring
        Cancelled,
        Conflict, ///< someone else (another agent) changed it first: the user decides again
    };

    Error() = default;
    Error(Code code, QString message);

    /** An error with the default user-facing message for its code. */
    static Error fromCode(Code code);

    Code code() const { return m_code; }
    QString message() const { return m_message; }

    /** For RateLimited: the earliest time a retry may succeed. Invalid when unknown. */
    QDateTime retryAfter() const { return m_retryAfter; }
    Error &setRetryAfter(const QDateTime &when);

    /** The HTTP status that caused the error, or 0. */
    int httpStatus() const { return m_httpStatus; }
    Error &setHttpStatus(int status);

    /**
     * What the server itself said, untranslated (an X problem's detail, a Mastodon error…), so a
     * provider can recognise a specific refusal. Empty when there was none.
     */
    QString serverDetail() const { return m_serverDetail; }
    Error &setServerDetail(const QString &detail);

    /** Whether trying the same thing again later may succeed without the user's help. */
    bool isTransient() const;

    /** A stable English name of the code for logs and machine-readable output. */
    static QString codeName(Code code);

    /** The message shown when nothing more specific is known; translated. */
    static QString defaultMessage(Code code);

private:
    Code m_code = Code::BadResponse;
    QString m_message;
    QDateTime m_retryAfter;
    int m_httpStatus = 0;
    QString m_serverDetail;
};

} // namespace starling

Q_DECLARE_METATYPE(starling::Error)
