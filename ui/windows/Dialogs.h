// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace starling {

class AccountManager;
class CredentialStore;
class MainWindow;
class Store;
class SyncService;

/** Opens the window's dialogs (add account, settings, new post, shortcuts) when it asks for them. */
void connectDialogs(MainWindow &window, AccountManager &accounts, SyncService &sync, CredentialStore &credentials);

} // namespace starling
