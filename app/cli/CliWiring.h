// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

namespace starling {

class CredentialStore;
class Profile;
class ProviderFactory;

namespace cli {

/**
 * What the executable's wiring (app/cli.cpp) hands to the commands: the parts they use only
 * through core's services, so that app/cli builds no keychain, provider or sign-in class itself
 * and links neither module (DESIGN.md, Layout).
 */
struct Wiring
{
    /** Where the accounts' sign-ins are kept: the system keychain. Must outlive run(). */
    CredentialStore *credentials = nullptr;
    /** Makes each account's network client, for the sync worker. */
    std::shared_ptr<ProviderFactory> factory;
    /** Called once the profile is opened, before anything is read from it or sent from it. */
    std::function<void(const Profile &profile)> profileOpened;
};

} // namespace cli
} // namespace starling
