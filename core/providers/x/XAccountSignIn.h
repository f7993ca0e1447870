// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/TokenSet.h"
#include "providers/AccountSignIn.h"

#include <QPointer>

namespace starling {

class CredentialStore;
class OAuthLoopbackFlow;

/**
 * Signing in to X (API-NOTES X-1): OAuth 2.0 with PKCE through the loopback flow, with the
 * person's own X app (its client ID), then /2/users/me to learn who signed in. keep() stores the
 * tokens through a TokenRefresher, refresh token first.
 */
class XAccountSignIn final : public AccountSignIn
{
    Q_OBJECT

public:
    /** @p credentials must outlive the sign-in. @p apiBase: where X's API is (tests point it elsewhere). */
    XAccountSignIn(QString clientId, CredentialStore *credentials, QUrl apiBase = {}, QObject *parent = nullptr);
    ~XAccountSignIn() override;
    Q_DISABLE_COPY_MOVE(XAccountSignIn)

    void start() override;
    void cancel() override;
    void keep(const Account &account, QObject *context, std::function<void(Result<void>)> done) override;

private:
    void readAccount(const TokenSet &tokens);

    QString m_clientId;
    CredentialStore *m_credentials;
    QUrl m_apiBase;
    QPointer<OAuthLoopbackFlow> m_flow;
    TokenSet m_tokens;
};

} // namespace starling
