// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OAuthConfig.h"

#include <QUuid>

namespace starling {

/**
 * Where and as which client an account's tokens are revoked when it is removed (RFC 7009): the
 * config's revokeUrl and clientId and, for a client with a secret, the id the CredentialStore
 * keeps that secret under (Mastodon: one per server, MastodonRegistration::secretKey()).
 */
struct Revocation
{
    OAuthConfig config;
    QUuid clientSecretOwner; ///< null: a public client, no secret to send

    /**
     * The settings group where a sign-in keeps what it knows about its servers and a revocation
     * will need (Bluesky OAuth's token and revocation endpoints): "SignIn/<id>". Not secret.
     * AccountManager removes it once the account's removal is done, not before.
     */
    static QString settingsGroup(const QUuid &account)
    {
        return QStringLiteral("SignIn/") + account.toString(QUuid::WithoutBraces);
    }
};

} // namespace starling
