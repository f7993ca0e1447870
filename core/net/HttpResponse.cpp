// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponse.h"

namespace starling {

HttpResponse::HttpResponse(int status, HttpHeaders headers, QByteArray body)
    : m_status(status)
    , m_headers(std::move(headers))
    , m_body(std::move(body))
{
}

} // namespace starling
