// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/AccessTokenSource.h"

namespace starling::sandbox {

/**
 * The token of a demo account: issued by the local sandbox server, valid for the demo's lifetime,
 * never refreshed. It is not a user secret, so it is not kept in the keychain.
 */
class DemoTokenSource final : public AccessTokenSource
{
public:
    explicit DemoTokenSource(QByteArray token)
        : m_token(std::move(token))
    {
    }
    QByteArray accessToken() const override { return m_token; }
    void refresh(QObject *, std::function<void(Result<void>)> done) override { done({}); }

private:
    QByteArray m_token;
};

} // namespace starling::sandbox
