// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace starling {

class AccountManager;
class SignInService;
class MainWindow;
class Store;
class SyncService;

/** Opens the window's dialogs (accounts, settings, new post, saved replies, rules, reports, contacts, shortcuts). */
void connectDialogs(MainWindow &window, AccountManager &accounts, SyncService &sync, SignInService &signIn,
                    Store &store);

} // namespace starling
