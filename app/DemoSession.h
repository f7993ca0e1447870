// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/ProviderFactory.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace starling {

struct Account;

namespace sandbox {
class DemoNetwork;
}

/**
 * `starling --demo`: the sandbox network with its seeded story, and provider clients pointed at
 * it. The real provider code runs unchanged; only the address and the token differ.
 */
class DemoProviderFactory final : public ProviderFactory
{
public:
    DemoProviderFactory(QUrl xBaseUrl, QByteArray xToken);
    ProviderClient *create(const Account &account, CredentialStore *credentials, QObject *parent) override;

private:
    QUrl m_xBaseUrl;
    QByteArray m_xToken;
};

/** The demo's X account, as the account list shows it. */
Account demoXAccount(const sandbox::DemoNetwork &network);

} // namespace starling
