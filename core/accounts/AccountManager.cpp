// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountManager.h"

#include "Async.h"
#include "Logging.h"
#include "auth/CredentialStore.h"
#include "auth/Revocation.h"
#include "auth/TokenRefresher.h"
#include "net/Dpop.h"
#include "net/HttpClient.h"
#include "store/AccountRepository.h"
#include "store/ChangeSet.h"
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
// Removed accounts whose secrets are still in the keychain: what a retry needs, never a secret.
const QString pendingRemovalsGroupC = u"PendingRemovals"_s;

constexpr CredentialStore::Kind allSecretKinds[] = {
    CredentialStore::Kind::AccessToken, CredentialStore::Kind::RefreshToken, CredentialStore::Kind::ClientSecret,
    CredentialStore::Kind::AppPassword, CredentialStore::Kind::DpopKey};

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

void AccountManager::setShared(bool shared)
{
    if (m_shared == shared)
        return;
    m_shared = shared;
    if (!m_store || !shared)
        return;
    // Accounts this agent adds are the team's at once; the others' are read at start-up.
    connect(m_store, &Store::changed, this, [this](const ChangeSet &changes) {
        if (m_shared && changes.accountsChanged)
            adoptTeamAccounts();
    });
}

void AccountManager::adoptTeamAccounts()
{
    if (!m_store)
        return;
    onReady(m_store->read<QList<Account>>("read the team's accounts",
                                          [](Database &db) { return AccountRepository(db).all(); }),
            this, [this](const Result<QList<Account>> &all) {
                if (!all) {
                    qCWarning(lcAccounts).noquote()
                        << "the team's accounts could not be read:" << all.error().message();
                    return;
                }
                adopt(all.value());
            });
}

void AccountManager::adopt(const QList<Account> &teamAccounts)
{
    for (const Account &account : teamAccounts) {
        if (account.id.isNull() || indexOf(account.id) >= 0)
            continue;
        Q_EMIT accountAboutToBeAdded(int(m_accounts.size()));
        m_accounts << account;
        m_status.insert(account.id,
                        {m_keyringAvailable ? AccountState::SignedOut : AccountState::KeyringUnavailable, {}, {}});
        save();
        Q_EMIT accountAdded(account);
    }
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
        "store an account",
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
    const Account account = m_accounts.at(i);
    // Noted before anything is deleted: if the keychain fails or Starling quits half-way, the
    // next start finishes the job (retryPendingRemovals()).
    rememberPendingRemoval(account);
    Q_EMIT accountAboutToBeRemoved(i);
    m_accounts.removeAt(i);
    m_status.remove(id);
    m_settings->remove(accountsGroupC + u'/' + idKey(id));
    save();
    Q_EMIT accountRemoved(id);

    // Then the sign-in (revoked, then deleted) and the stored conversations if asked; report the
    // first error.
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
    // A team's account and its conversations are the team's: other agents work on them.
    if (m_shared)
        removal = Removal::KeepMessages;
    progress->pending = 1 + (removal == Removal::DeleteMessages && m_store ? 1 : 0);
    deleteSecrets(account, step);
    if (removal == Removal::DeleteMessages && m_store) {
        m_store->write(
            "delete an account's conversations",
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

void AccountManager::setRevocationLookup(RevocationLookup lookup)
{
    m_revocationLookup = std::move(lookup);
}

void AccountManager::deleteSecrets(const Account &account, std::function<void(Result<void>)> done)
{
    m_deleting.insert(account.id);
    const auto finish = [this, account, done](Result<void> result) {
        m_deleting.remove(account.id);
        if (result) {
            forgetPendingRemoval(account.id);
            // Kept until now: the revocation may have needed it.
            m_settings->remove(Revocation::settingsGroup(account.id));
            qCInfo(lcAccounts) << "the secrets of a removed account are deleted";
            done({});
            return;
        }
        qCWarning(lcAccounts) << "could not delete the secrets of a removed account:"
                              << Error::codeName(result.error().code()) << "; trying again at the next start";
        Error error(result.error().code(),
                    tr("Starling could not delete the sign-in of @%1 from the system keychain, and will try "
                       "again the next time it starts. %2")
                        .arg(account.handle, result.error().message()));
        error.setServerDetail(result.error().serverDetail());
        done(error);
    };
    const std::optional<Revocation> revocation = m_revocationLookup ? m_revocationLookup(account) : std::nullopt;
    if (!revocation) {
        removeSecrets(account.id, finish);
        return;
    }
    const auto signOut = [this, id = account.id, finish](const OAuthConfig &config) {
        // TokenRefresher::signOut() revokes the refresh token, then the current access token (which
        // load() reads first), and removes both, under the account's refresh lock. A revocation
        // that fails is logged there and does not stop the deletion.
        auto *tokens = new TokenRefresher(id, config, m_credentials, nullptr, this);
        const auto revoke = [this, tokens, id, finish] {
            tokens->load(tokens, {});
            tokens->signOut(this, [this, tokens, id, finish](Result<void> signedOut) {
                tokens->deleteLater();
                removeSecrets(id,
                              [signedOut, finish](Result<void> removed) { finish(signedOut ? removed : signedOut); });
            });
        };
        if (!config.dpopBound)
            return revoke();
        // A DPoP-bound token (Bluesky OAuth) is revoked only with a proof by its own key.
        m_credentials->read(id, CredentialStore::Kind::DpopKey, this, [tokens, revoke](Result<QByteArray> stored) {
            if (stored) {
                if (Result<DpopKey> key = DpopKey::fromPkcs8(stored.value()))
                    tokens->http().setDpop(std::make_shared<Dpop>(key.value()));
                stored.value().fill('\0');
            }
            revoke();
        });
    };
    if (revocation->clientSecretOwner.isNull()) {
        signOut(revocation->config);
        return;
    }
    m_credentials->read(revocation->clientSecretOwner, CredentialStore::Kind::ClientSecret, this,
                        [signOut, config = revocation->config](Result<QByteArray> secret) mutable {
                            // Without it the server refuses the revocation; the deletion goes ahead.
                            if (secret)
                                config.clientSecret = secret.value();
                            signOut(config);
                        });
}

void AccountManager::removeSecrets(const QUuid &id, std::function<void(Result<void>)> done)
{
    struct Progress
    {
        int pending = int(std::size(allSecretKinds));
        std::optional<Error> firstError;
    };
    auto progress = std::make_shared<Progress>();
    for (auto kind : allSecretKinds) {
        m_credentials->remove(id, kind, this, [progress, done](Result<void> removed) {
            if (!removed && !progress->firstError)
                progress->firstError = removed.error();
            if (--progress->pending == 0)
                done(progress->firstError ? Result<void>(*progress->firstError) : Result<void>());
        });
    }
}

void AccountManager::rememberPendingRemoval(const Account &account)
{
    m_settings->beginGroup(pendingRemovalsGroupC + u'/' + idKey(account.id));
    m_settings->setValue(networkC, networkKey(account.network));
    m_settings->setValue(handleC, account.handle);
    m_settings->setValue(serverUrlC, account.serverUrl);
    m_settings->setValue(clientIdC, account.clientId);
    m_settings->setValue(demoC, account.demo);
    m_settings->endGroup();
    m_settings->sync();
}

void AccountManager::forgetPendingRemoval(const QUuid &id)
{
    m_settings->remove(pendingRemovalsGroupC + u'/' + idKey(id));
    m_settings->sync();
}

QList<QUuid> AccountManager::pendingRemovals() const
{
    QList<QUuid> ids;
    m_settings->beginGroup(pendingRemovalsGroupC);
    for (const QString &key : m_settings->childGroups()) {
        if (const QUuid id(key); !id.isNull())
            ids << id;
    }
    m_settings->endGroup();
    return ids;
}

void AccountManager::retryPendingRemovals(QObject *context, std::function<void(Result<void>)> done)
{
    QList<Account> removed;
    for (const QUuid &id : pendingRemovals()) {
        if (m_deleting.contains(id))
            continue;
        if (indexOf(id) >= 0) {
            // Added again since: its secrets are the new sign-in's now.
            forgetPendingRemoval(id);
            continue;
        }
        m_settings->beginGroup(pendingRemovalsGroupC + u'/' + idKey(id));
        const auto network = networkFromKey(m_settings->value(networkC).toString());
        Account account;
        account.id = id;
        account.network = network.value_or(Network::X);
        account.handle = m_settings->value(handleC).toString();
        account.serverUrl = m_settings->value(serverUrlC).toUrl();
        account.clientId = m_settings->value(clientIdC).toString();
        account.demo = m_settings->value(demoC, false).toBool();
        m_settings->endGroup();
        if (!network) {
            // Written by a newer Starling: revoking needs what only it knows; deleting does not.
            account.demo = true;
        }
        removed << account;
    }
    QPointer<QObject> guard(context);
    if (removed.isEmpty()) {
        if (guard && done)
            done({});
        return;
    }
    qCInfo(lcAccounts) << "finishing" << removed.size() << "earlier account removal(s)";
    struct Progress
    {
        int pending = 0;
        std::optional<Error> firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(removed.size());
    for (const Account &account : std::as_const(removed)) {
        deleteSecrets(account, [progress, guard, done](Result<void> r) {
            if (!r && !progress->firstError)
                progress->firstError = r.error();
            if (--progress->pending == 0 && guard && done)
                done(progress->firstError ? Result<void>(*progress->firstError) : Result<void>());
        });
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
        if (probed.ok())
            retryPendingRemovals(this); // what earlier removals could not delete
        if (guard && done)
            done(probed);
    });
}

void AccountManager::probeKeyring(QObject *context, std::function<void(Result<void>)> done) const
{
    m_credentials->probe(context, std::move(done));
}

void AccountManager::hasStoredSignIn(const QUuid &accountId, QObject *context,
                                     std::function<void(Result<bool>)> done) const
{
    m_credentials->read(accountId, CredentialStore::Kind::AccessToken, context,
                        [done = std::move(done)](Result<QByteArray> token) {
                            if (!token) {
                                if (token.error().code() == Error::Code::NotFound)
                                    return done(false);
                                return done(token.error());
                            }
                            const bool stored = !token.value().isEmpty();
                            token.value().fill('\0'); // only its presence matters here
                            done(stored);
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
