// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderFactory.h"

#include <QByteArray>
#include <QUrl>

#include <memory>

namespace starling {

class Store;

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
    /** The sandbox Mastodon server and its token; without it, Mastodon accounts get no client. */
    void setMastodon(QUrl baseUrl, QByteArray token);
    /** The sandbox Bluesky server and the shop's access token; without it, Bluesky accounts get no client. */
    void setBluesky(QUrl baseUrl, QByteArray token);
    ProviderClient *create(const Account &account, QObject *parent) override;

private:
    QUrl m_xBaseUrl;
    QByteArray m_xToken;
    QUrl m_mastodonBaseUrl;
    QByteArray m_mastodonToken;
    QUrl m_blueskyBaseUrl;
    QByteArray m_blueskyToken;
};

/** The demo's X account, as the account list shows it. */
Account demoXAccount(const sandbox::DemoNetwork &network);

/** The demo's Mastodon account, on the sandbox Mastodon server. */
Account demoMastodonAccount(const sandbox::DemoNetwork &network);

/** The demo's Bluesky account, on the sandbox Bluesky server (PDS and chat). */
Account demoBlueskyAccount(const sandbox::DemoNetwork &network);

/**
 * Gives the demo profile what a care team sets up first: a few saved replies, a keyword rule that
 * tags billing questions, and a feedback survey sent when a conversation is marked done.
 */
void seedDemoWorkflow(Store &store);

} // namespace starling
