// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonSignIn.h"
#include "providers/AccountSignIn.h"

#include <memory>
#include <optional>

class QSettings;

namespace starling {

/**
 * Signing in to a Mastodon server as an AccountSignIn: MastodonSignIn's registration, browser and
 * account reading, for the server the person typed; keep() stores the token and the server's limits.
 */
class MastodonAccountSignIn final : public AccountSignIn
{
    Q_OBJECT

public:
    /** @p credentials must outlive the sign-in. */
    MastodonAccountSignIn(QString server, CredentialStore *credentials, QObject *parent = nullptr);
    ~MastodonAccountSignIn() override;
    Q_DISABLE_COPY_MOVE(MastodonAccountSignIn)

    void start() override;
    void cancel() override;
    void keep(const Account &account, QObject *context, std::function<void(Result<void>)> done) override;

private:
    QString m_server;
    CredentialStore *m_credentials;
    std::unique_ptr<QSettings> m_settings; ///< the servers' app registrations and limits
    MastodonSignIn *m_signIn;
    std::optional<MastodonSignIn::Outcome> m_outcome;
};

} // namespace starling
