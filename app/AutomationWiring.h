// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace starling {

class AccountManager;
class AutomationService;
class Store;
class SyncService;

/**
 * The app's automation: the rules run next to the outbox, on the store's thread, and send through
 * the outbox's enqueue (SyncService::enqueuer()); the user's own accounts follow the account list.
 * Core's automation knows nothing of sync: this is where the two meet. Must go before @p sync.
 */
class AutomationWiring final : public QObject
{
    Q_OBJECT

public:
    AutomationWiring(Store &store, SyncService &sync, AccountManager &accounts, QObject *parent = nullptr);
    ~AutomationWiring() override;
    Q_DISABLE_COPY_MOVE(AutomationWiring)

private:
    void updateOwnAccounts();

    AccountManager &m_accounts;
    AutomationService *m_service; // lives on the store's thread; deleted there
};

} // namespace starling
