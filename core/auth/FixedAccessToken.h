// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessTokenSource.h"

#include <QTimer>

namespace starling {

/**
 * An access token that never changes: a sign-in that is not stored yet (the one "who am I"
 * request before the account exists), a demo account on the sandbox servers, a test or a
 * benchmark. Asked to refresh, it answers AuthRevoked: there is nothing to refresh it with.
 */
class FixedAccessToken final : public AccessTokenSource
{
public:
    explicit FixedAccessToken(QByteArray token)
        : m_token(std::move(token))
    {
    }

    QByteArray accessToken() const override { return m_token; }

    void refresh(QObject *context, std::function<void(Result<void>)> done) override
    {
        QTimer::singleShot(0, context, [done] { done(Error(Error::Code::AuthRevoked, QString())); });
    }

private:
    QByteArray m_token;
};

} // namespace starling
