// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace starling {

/**
 * Where a provider gets the access token it sends, and how it asks for a new one when the server
 * says the token expired. The account's sign-in implements it (refreshes run one at a time per
 * account and store the new refresh token before the new access token is used); tests use a
 * fixed token.
 */
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    /**
     * Reads the stored sign-in (from the keychain) before the first request, so that none leaves
     * without a token. @p done runs once in @p context's thread. A source that holds its token
     * already answers at once.
     */
    virtual void load(QObject *context, std::function<void(Result<void>)> done);

    /** The token to send now; empty when signed out. */
    virtual QByteArray accessToken() const = 0;

    /**
     * Gets a fresh access token. @p done runs once in @p context's thread: success means
     * accessToken() now returns the new token; AuthRevoked means the user must sign in again.
     */
    virtual void refresh(QObject *context, std::function<void(Result<void>)> done) = 0;
};

} // namespace starling
