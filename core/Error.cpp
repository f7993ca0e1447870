// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace starling {

Error::Error(Code code, QString message)
    : m_code(code)
    , m_message(message.isEmpty() ? defaultMessage(code) : std::move(message))
{
}

Error Error::fromCode(Code code)
{
    return Error(code, defaultMessage(code));
}

Error &Error::setRetryAfter(const QDateTime &when)
{
    m_retryAfter = when;
    return *this;
}

Error &Error::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Error &Error::setServerDetail(const QString &detail)
{
    m_serverDetail = detail;
    return *this;
}

bool Error::isTransient() const
{
    switch (m_code) {
    case Code::Network:
    case Code::Timeout:
    case Code::RateLimited:
    case Code::ServerError:
        return true;
    default:
        return false;
    }
}

QString Error::codeName(Code code)
{
    switch (code) {
    case Code::Network:
        return u"network"_s;
    case Code::Timeout:
        return u"timeout"_s;
    case Code::RateLimited:
        return u"rate-limited"_s;
    case Code::AuthExpired:
        return u"auth-expired"_s;
    case Code::AuthRevoked:
        return u"auth-revoked"_s;
    case Code::Forbidden:
        return u"forbidden"_s;
    case Code::NotFound:
        return u"not-found"_s;
    case Code::InvalidInput:
        return u"invalid-input"_s;
    case Code::ServerError:
        return u"server-error"_s;
    case Code::BadResponse:
        return u"bad-response"_s;
    case Code::Storage:
        return u"storage"_s;
    case Code::Unavailable:
        return u"unavailable"_s;
    case Code::Cancelled:
        return u"cancelled"_s;
    case Code::Conflict:
        return u"conflict"_s;
    }
    return u"unknown"_s;
}

QString Error::defaultMessage(Code code)
{
    switch (code) {
    case Code::Network:
        return QCoreApplication::translate("starling::Error", "The network could not be reached.");
    case Code::Timeout:
        return QCoreApplication::translate("starling::Error", "The server took too long to answer.");
    case Code::RateLimited:
        return QCoreApplication::translate("starling::Error", "Too many requests; the server asked us to wait.");
    case Code::AuthExpired:
        return QCoreApplication::translate("starling::Error", "The sign-in has expired.");
    case Code::AuthRevoked:
        return QCoreApplication::translate("starling::Error", "The sign-in was revoked; please sign in again.");
    case Code::Forbidden:
        return QCoreApplication::translate("starling::Error", "The server refused this action for this account.");
    case Code::NotFound:
        return QCoreApplication::translate("starling::Error", "It could not be found.");
    case Code::InvalidInput:
        return QCoreApplication::translate("starling::Error", "The request was not valid.");
    case Code::ServerError:
        return QCoreApplication::translate("starling::Error", "The server had a problem; try again later.");
    case Code::BadResponse:
        return QCoreApplication::translate("starling::Error", "The server sent an answer Starling could not read.");
    case Code::Storage:
        return QCoreApplication::translate("starling::Error", "The local database could not be used.");
    case Code::Unavailable:
        return QCoreApplication::translate("starling::Error",
                                           "A service Starling needs on this computer is not available.");
    case Code::Cancelled:
        return QCoreApplication::translate("starling::Error", "Cancelled.");
    case Code::Conflict:
        return QCoreApplication::translate("starling::Error", "Someone else changed it first.");
    }
    return {};
}

} // namespace starling
