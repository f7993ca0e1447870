// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountManager.h"

#include "Logging.h"
#include "auth/CredentialStore.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Settings keys (STYLE.md §3: named constants, never literals scattered through the code).
const QString accountsGroupC = u"Accounts"_s;
const QString orderC = u"order"_s;
const QString versionC = u"version"_s;
const QString networkC = u"network"_s;
const QString handleC = u"handle"_s;
const QString displayNameC = u"displayName"_s;
const QString avatarUrlC = u"avatarUrl"_s;
const QString serverUrlC = u"serverUrl"_s;
const QString remoteUserIdC = u"remoteUserId"_s;
const QString clientIdC = u"clientId"_s;
const QString demoC = u"demo"_s;

constexpr CredentialStore::Kind allSecretKinds[] = {
    CredentialStore::Kind::AccessToken, CredentialStore::Kind::RefreshToken, CredentialStore::Kind::ClientSecret,
    CredentialStore::Kind::AppPassword};

QString idKey(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

bool samePerson(const Account &a, const Account &b)
{
    return a.network == b.network && a.remoteUserId == b.remoteUserId && !a.remoteUserId.isEmpty()
           && a.serverUrl.host() == b.serverUrl.host();
}

} // namespace

AccountManager::AccountManager(QSettings *settings, CredentialStore *credentials, Store *store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_store(store)
{
}

AccountManager::~AccountManager() = default;

void AccountManager::load()
{
    m_accounts.clear();
    m_foreignIds.clear();
    m_settings->beginGroup(accountsGroupC);
    const QStringList order = m_settings->value(orderC).toStringList();
    QStringList ids = order;
    for (const QString &group : m_settings->childGroups()) {
        if (!ids.contains(group))
            ids << group; // written without an order entry: keep it, at the end
    }
    for (const QString &key : std::as_const(ids)) {
        const QUuid id(key);
        if (id.isNull() || !m_settings->childGroups().contains(key))
            continue;
        m_settings->beginGroup(key);
        const int version = m_settings->value(versionC, 0).toInt();
        const auto network = networkFromKey(m_settings->value(networkC).toString());
        if (version > settingsVersion || !network) {
            // Written by a newer Starling (or for a network this one does not know): skip it,
            // and keep it exactly as it is.
            qCInfo(lcAccounts) << "skipping an account written by a newer version:" << key;
            m_foreignIds << key;
            m_settings->endGroup();
            continue;
        }
        Account account;
        account.id = id;
        account.network = *network;
        account.handle = m_settings->value(handleC).toString();
        account.displayName = m_settings->value(displayNameC).toString();
        account.avatarUrl = m_settings->value(avatarUrlC).toUrl();
        account.serverUrl = m_settings->value(serverUrlC).toUrl();
        account.remoteUserId = m_settings->value(remoteUserIdC).toString();
        account.clientId = m_settings->value(clientIdC).toString();
        account.demo = m_settings->value(demoC, false).toBool();
        m_settings->endGroup();
        m_accounts << account;
        m_status.insert(id, {m_keyringAvailable ? AccountState::SignedOut : AccountState::KeyringUnavailable, {}, {}});
    }
    m_settings->endGroup();
}

std::optional<Account> AccountManager::account(const QUuid &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Account>(m_accounts.at(i));
}

int AccountManager::indexOf(const QUuid &id) const
{
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == id)
            return i;
    }
    return -1;
}

Result<void> AccountManager::add(const Account &account)
{
    if (account.id.isNull())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::AccountManager", "The account has no id."));
    for (const Account &existing : std::as_const(m_accounts)) {
        if (existing.id == account.id || samePerson(existing, account))
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("starling::AccountManager", "@%1 on %2 is already added.")
                             .arg(existing.handle, networkDisplayName(existing.network)));
    }
    Q_EMIT accountAboutToBeAdded(int(m_accounts.size()));
    m_accounts << account;
    m_status.insert(account.id,
                    {m_keyringAvailable ? AccountState::SignedOut : AccountState::KeyringUnavailable, {}, {}});
    save();
    writeToStore(account);
    Q_EMIT accountAdded(account);
    return {};
}

void AccountManager::writeToStore(const Account &account)
{
    if (!m_store)
        return;
    m_store->write(
        [account](Database &db) -> Result<ChangeSet> {
            auto id = AccountRepository(db).upsert(account);
            if (!id)
                return id.error();
            ChangeSet changes;
            changes.accountsChanged = true;
            return changes;
        },
        this);
}

std::optional<Account> AccountManager::samePersonAs(const Account &account) const
{
    for (const Account &existing : std::as_const(m_accounts)) {
        if (samePerson(existing, account))
            return existing;
    }
    return std::nullopt;
}

Result<void> AccountManager::renewSignIn(const Account &account)
{
    if (auto updated = update(account); !updated)
        return updated;
    Q_EMIT signInRenewed(account);
    return {};
}

Result<void> AccountManager::update(const Account &account)
{
    const int i = indexOf(account.id);
    if (i < 0)
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::AccountManager", "The account is not there any more."));
    if (m_accounts.at(i) == account)
        return {};
    m_accounts[i] = account;
    save();
    writeToStore(account);
    Q_EMIT accountChanged(account.id);
    return {};
}

void AccountManager::remove(const QUuid &id, Removal removal, QObject *context, std::function<void(Result<void>)> done)
{
    const int i = indexOf(id);
    if (i < 0) {
        if (done)
            done(Error(Error::Code::NotFound,
                       QCoreApplication::translate("starling::AccountManager", "The account is not there any more.")));
        return;
    }
    Q_EMIT accountAboutToBeRemoved(i);
    m_accounts.removeAt(i);
    m_status.remove(id);
    m_settings->remove(accountsGroupC + u'/' + idKey(id));
    save();
    Q_EMIT accountRemoved(id);

    // Then the secrets, one by one, and the stored conversations if asked; report the first error.
    struct Progress
    {
        int pending = 0;
        std::optional<Error> firstError;
    };
    auto progress = std::make_shared<Progress>();
    QPointer<QObject> guard(context);
    auto step = [progress, guard, done](Result<void> r) {
        if (!r && !progress->firstError)
            progress->firstError = r.error();
        if (--progress->pending == 0 && guard && done)
            done(progress->firstError ? Result<void>(*progress->firstError) : Result<void>());
    };
    progress->pending = int(std::size(allSecretKinds)) + (removal == Removal::DeleteMessages && m_store ? 1 : 0);
    for (auto kind : allSecretKinds)
        m_credentials->remove(id, kind, this, step);
    if (removal == Removal::DeleteMessages && m_store) {
        m_store->write(
            [id](Database &db) -> Result<ChangeSet> {
                if (auto r = AccountRepository(db).remove(id); !r)
                    return r.error();
                ChangeSet changes;
                changes.accountsChanged = true;
                return changes;
            },
            this, [step](const Result<ChangeSet> &r) { step(r ? Result<void>() : r.error()); });
    }
}

void AccountManager::move(int from, int to)
{
    if (from < 0 || from >= m_accounts.size() || to < 0 || to >= m_accounts.size() || from == to)
        return;
    m_accounts.move(from, to);
    saveOrder();
    Q_EMIT accountsReordered();
}

AccountStatus AccountManager::status(const QUuid &id) const
{
    return m_status.value(id);
}

void AccountManager::setStatus(const QUuid &id, const AccountStatus &status)
{
    if (indexOf(id) < 0 || m_status.value(id) == status)
        return;
    // Without a keyring nothing works; only a successful probe lifts that state.
    if (!m_keyringAvailable && status.state != AccountState::KeyringUnavailable)
        return;
    m_status.insert(id, status);
    Q_EMIT statusChanged(id, status);
}

void AccountManager::checkKeyring(QObject *context, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(context);
    m_credentials->probe(this, [this, guard, done](Result<void> probed) {
        const bool wasAvailable = m_keyringAvailable;
        m_keyringAvailable = probed.ok();
        if (!probed.ok()) {
            qCWarning(lcAccounts) << "the keyring is not available:" << probed.error().message();
            for (const Account &a : std::as_const(m_accounts)) {
                AccountStatus status{AccountState::KeyringUnavailable, {}, probed.error().message()};
                m_status.insert(a.id, status);
                Q_EMIT statusChanged(a.id, status);
            }
        } else if (!wasAvailable) {
            for (const Account &a : std::as_const(m_accounts)) {
                AccountStatus status{AccountState::SignedOut, {}, {}};
                m_status.insert(a.id, status);
                Q_EMIT statusChanged(a.id, status);
            }
        }
        if (guard && done)
            done(probed);
    });
}

void AccountManager::save() const
{
    m_settings->beginGroup(accountsGroupC);
    for (const Account &a : m_accounts) {
        m_settings->beginGroup(idKey(a.id));
        m_settings->setValue(versionC, settingsVersion);
        m_settings->setValue(networkC, networkKey(a.network));
        m_settings->setValue(handleC, a.handle);
        m_settings->setValue(displayNameC, a.displayName);
        m_settings->setValue(avatarUrlC, a.avatarUrl);
        m_settings->setValue(serverUrlC, a.serverUrl);
        m_settings->setValue(remoteUserIdC, a.remoteUserId);
        m_settings->setValue(clientIdC, a.clientId);
        m_settings->setValue(demoC, a.demo);
        m_settings->endGroup();
    }
    m_settings->endGroup();
    saveOrder();
}

void AccountManager::saveOrder() const
{
    QStringList order;
    for (const Account &a : m_accounts)
        order << idKey(a.id);
    order << m_foreignIds;
    m_settings->setValue(accountsGroupC + u'/' + orderC, order);
    m_settings->sync();
}

} // namespace starling
