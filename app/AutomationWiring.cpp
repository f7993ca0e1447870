// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomationWiring.h"

#include "accounts/AccountManager.h"
#include "automation/AutomationService.h"
#include "store/Store.h"
#include "sync/SyncService.h"

namespace starling {

AutomationWiring::AutomationWiring(Store &store, SyncService &sync, AccountManager &accounts, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_service(new AutomationService(store.writer(), sync.enqueuer()))
{
    m_service->moveToThread(store.writerThread());
    // Automation never writes to the user's own accounts, and names them in {my_name}.
    connect(&accounts, &AccountManager::accountAdded, this, &AutomationWiring::updateOwnAccounts);
    connect(&accounts, &AccountManager::accountRemoved, this, &AutomationWiring::updateOwnAccounts);
    connect(&accounts, &AccountManager::accountChanged, this, &AutomationWiring::updateOwnAccounts);
    connect(&accounts, &AccountManager::signInRenewed, this, &AutomationWiring::updateOwnAccounts);
    updateOwnAccounts();
}

AutomationWiring::~AutomationWiring()
{
    // On its own thread, before the outbox it sends through goes.
    QMetaObject::invokeMethod(
        m_service, [service = m_service] { delete service; }, Qt::BlockingQueuedConnection);
}

void AutomationWiring::updateOwnAccounts()
{
    QMetaObject::invokeMethod(m_service,
                              [service = m_service, list = m_accounts.accounts()] { service->setAccounts(list); });
}

} // namespace starling
