// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace starling {

/**
 * What a token endpoint hands out after a sign-in or a refresh. The tokens are secrets: they go to
 * the CredentialStore and into Authorization headers, never into logs.
 */
struct TokenSet
{
    QByteArray accessToken;
    /** Empty when the server issues none (Mastodon; X without offline.access). */
    QByteArray refreshToken;
    /** When the access token stops working; invalid when the server did not say (it may never expire). */
    QDateTime expiresAt;
    /** The scopes granted, space-separated as the server sent them; may differ from those asked for. */
    QString scope;
    /**
     * Whom the tokens speak for, as the token answer's `sub` names them; empty when it does not.
     * atproto OAuth always names the account's DID there, and the client must check it.
     */
    QString subject;

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
};

} // namespace starling
