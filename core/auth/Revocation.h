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
};

} // namespace starling
