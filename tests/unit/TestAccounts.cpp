// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts: persistence under a versioned key, newer entries skipped, reordering, removal with
// its secrets (revoked at the sandbox authorization server first, retried at the next start when
// the keychain fails) and (if asked) its messages, the keyring check, and the list model.

#include "FakeCredentialStore.h"
#include "TestData.h"
#include "accounts/AccountListModel.h"
#include "accounts/AccountManager.h"
#include "auth/AuthServer.h"
#include "auth/Revocation.h"
#include "providers/ProviderFactory.h"
#include "providers/mastodon/MastodonRegistration.h"
#include "store/AccountRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void persistsAndReloads();
    void skipsNewerEntries();
    void refusesDuplicates();
    void reorders();
    void removal_data();
    void removal();
    void removalRevokesBeforeDeleting_data();
    void removalRevokesBeforeDeleting();
    void failedDeletionIsShownAndRetriedAtStart();
    void revocationFollowsTheNetwork();
    void keyringMissing();
    void modelFollowsManager();

private:
    std::unique_ptr<QSettings> settings() const
    {
        return std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    }
    Account make(const QString &handle, Network network = Network::X) const
    {
        Account a = testdata::account(handle, network);
        a.remoteUserId = handle + u"-id"_s;
        return a;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeCredentialStore> m_credentials;
};

void TestAccounts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_credentials = std::make_unique<FakeCredentialStore>();
}

void TestAccounts::cleanup()
{
    m_credentials.reset();
    m_dir.reset();
}

void TestAccounts::persistsAndReloads()
{
    const Account shop = make(u"shop"_s);
    Account masto = make(u"shop@mastodon.social"_s, Network::Mastodon);
    masto.serverUrl = QUrl(u"https://mastodon.social"_s);
    masto.displayName = u"The Shop"_s;
    {
        auto s = settings();
        AccountManager manager(s.get(), m_credentials.get(), nullptr);
        manager.load();
        QSignalSpy added(&manager, &AccountManager::accountAdded);
        QVERIFY(manager.add(shop).ok());
        QVERIFY(manager.add(masto).ok());
        QCOMPARE(added.size(), 2);
    }
    auto s = settings();
    QCOMPARE(s->value(u"Accounts/%1/version"_s.arg(shop.id.toString(QUuid::WithoutBraces))).toInt(),
             AccountManager::settingsVersion);
    // Never a secret in the settings: there is none to put there, and no key that could hold one.
    for (const QString &key : s->allKeys())
        QVERIFY2(!key.contains(u"token"_s, Qt::CaseInsensitive), qPrintable(key));
    AccountManager reloaded(s.get(), m_credentials.get(), nullptr);
    reloaded.load();
    QCOMPARE(reloaded.accounts(), (QList<Account>{shop, masto}));
    QCOMPARE(reloaded.status(shop.id).state, AccountState::SignedOut);
}

void TestAccounts::skipsNewerEntries()
{
    const Account shop = make(u"shop"_s);
    const QString future = u"8f1e2d3c-0000-4000-8000-000000000001"_s;
    {
        auto s = settings();
        s->setValue(u"Accounts/%1/version"_s.arg(future), AccountManager::settingsVersion + 1);
        s->setValue(u"Accounts/%1/network"_s.arg(future), u"x"_s);
        s->setValue(u"Accounts/%1/handle"_s.arg(future), u"from-the-future"_s);
        s->setValue(u"Accounts/%1/newField"_s.arg(future), u"keep me"_s);
        s->setValue(u"Accounts/order"_s, QStringList{future});
    }
    {
        auto s = settings();
        AccountManager manager(s.get(), m_credentials.get(), nullptr);
        manager.load();
        QCOMPARE(manager.count(), 0);
        QVERIFY(manager.add(shop).ok());
        manager.move(0, 0);
    }
    auto s = settings();
    // The newer entry is still there, untouched, and still in the order.
    QCOMPARE(s->value(u"Accounts/%1/handle"_s.arg(future)).toString(), u"from-the-future"_s);
    QCOMPARE(s->value(u"Accounts/%1/newField"_s.arg(future)).toString(), u"keep me"_s);
    QVERIFY(s->value(u"Accounts/order"_s).toStringList().contains(future));
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    manager.load();
    QCOMPARE(manager.accounts(), QList<Account>{shop});
}

void TestAccounts::refusesDuplicates()
{
    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    const Account shop = make(u"shop"_s);
    QVERIFY(manager.add(shop).ok());
    Account again = shop;
    again.id = QUuid::createUuid(); // the same person added a second time
    auto refused = manager.add(again);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
    QVERIFY(refused.error().message().contains(u"@shop"_s));
    QCOMPARE(manager.count(), 1);
}

void TestAccounts::reorders()
{
    const QList<Account> accounts{make(u"a"_s), make(u"b"_s), make(u"c"_s)};
    {
        auto s = settings();
        AccountManager manager(s.get(), m_credentials.get(), nullptr);
        for (const Account &a : accounts)
            QVERIFY(manager.add(a).ok());
        QSignalSpy reordered(&manager, &AccountManager::accountsReordered);
        manager.move(2, 0);
        QCOMPARE(reordered.size(), 1);
    }
    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    manager.load();
    QCOMPARE(manager.accounts(), (QList<Account>{accounts[2], accounts[0], accounts[1]}));
}

void TestAccounts::removal_data()
{
    QTest::addColumn<bool>("deleteMessages");
    QTest::newRow("keep the messages") << false;
    QTest::newRow("delete the messages") << true;
}

void TestAccounts::removal()
{
    QFETCH(bool, deleteMessages);
    auto opened = Store::open(m_dir->filePath(u"store.sqlite"_s));
    QVERIFY(opened.ok());
    Store &store = *opened.value();
    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), &store);
    const Account shop = make(u"shop"_s);
    const Account other = make(u"other"_s);
    QVERIFY(manager.add(shop).ok());
    QVERIFY(manager.add(other).ok());
    store.flush();

    SyncPage page;
    page.accountId = shop.id;
    page.stream = u"dm"_s;
    page.identities << testdata::person(shop.id, u"p"_s);
    page.conversations << testdata::directConversation(shop.id, u"c"_s, u"p"_s);
    page.messages << testdata::inboundDm(shop.id, u"c"_s, u"m"_s, u"p"_s, u"hello"_s, testdata::at(0));
    bool stored = false;
    store.storePage(page, this, [&](const Result<ChangeSet> &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);

    for (auto kind : {CredentialStore::Kind::AccessToken, CredentialStore::Kind::RefreshToken}) {
        m_credentials->preset(shop.id, kind, "shop-secret");
        m_credentials->preset(other.id, kind, "other-secret");
    }
    // What a sign-in keeps about its servers (Bluesky OAuth's endpoints), needed for the revocation.
    const QString shopSignIn = Revocation::settingsGroup(shop.id);
    const QString otherSignIn = Revocation::settingsGroup(other.id);
    s->setValue(shopSignIn + u"/tokenEndpoint"_s, u"https://auth.example/token"_s);
    s->setValue(otherSignIn + u"/tokenEndpoint"_s, u"https://auth.example/token"_s);

    std::optional<Result<void>> removed;
    QSignalSpy removedSignal(&manager, &AccountManager::accountRemoved);
    manager.remove(shop.id,
                   deleteMessages ? AccountManager::Removal::DeleteMessages : AccountManager::Removal::KeepMessages,
                   this, [&](Result<void> r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QCOMPARE(removedSignal.size(), 1);
    QCOMPARE(manager.accounts(), QList<Account>{other});
    QVERIFY(!m_credentials->contains(shop.id, CredentialStore::Kind::AccessToken));
    QVERIFY(!m_credentials->contains(shop.id, CredentialStore::Kind::RefreshToken));
    QVERIFY(m_credentials->contains(other.id, CredentialStore::Kind::RefreshToken)); // only its own
    QVERIFY(!s->contains(shopSignIn + u"/tokenEndpoint"_s));
    QVERIFY(s->contains(otherSignIn + u"/tokenEndpoint"_s));

    auto reader = store.openReader();
    QVERIFY(reader.ok());
    const int conversations = int(ConversationRepository(*reader.value()).page({}, 10)->size());
    QCOMPARE(conversations, deleteMessages ? 0 : 1);

    auto reloadedSettings = settings();
    AccountManager reloaded(reloadedSettings.get(), m_credentials.get(), nullptr);
    reloaded.load();
    QCOMPARE(reloaded.accounts(), QList<Account>{other});
}

void TestAccounts::removalRevokesBeforeDeleting_data()
{
    QTest::addColumn<bool>("mastodon");
    QTest::newRow("X: a public client, refresh and access token") << false;
    QTest::newRow("Mastodon: a confidential client, an access token only") << true;
}

void TestAccounts::removalRevokesBeforeDeleting()
{
    QFETCH(bool, mastodon);
    const Network network = mastodon ? Network::Mastodon : Network::X;
    using Kind = CredentialStore::Kind;
    sandbox::AuthServer auth;
    QVERIFY(auth.listen());
    const QUuid serverSecretOwner = QUuid::createUuid(); // Mastodon: one client secret per server
    if (mastodon) {
        auth.setRegisteredClient(u"mastodon-client"_s, "instance-secret"_ba);
        auth.setRefreshTokens(sandbox::AuthServer::RefreshTokens::Never);
        m_credentials->preset(serverSecretOwner, Kind::ClientSecret, "instance-secret"_ba);
    }
    const TokenSet tokens = auth.issueGrant(mastodon ? u"mastodon-client"_s : sandbox::AuthServer::defaultClientId());
    QCOMPARE(tokens.hasRefreshToken(), !mastodon);

    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    const Account shop = make(u"shop"_s, network);
    const Account other = make(u"other"_s, network);
    QVERIFY(manager.add(shop).ok());
    QVERIFY(manager.add(other).ok());
    std::optional<Account> askedFor;
    manager.setRevocationLookup([&](const Account &account) {
        askedFor = account;
        Revocation revocation;
        revocation.config = auth.config(mastodon ? u"mastodon-client"_s : sandbox::AuthServer::defaultClientId());
        if (mastodon)
            revocation.clientSecretOwner = serverSecretOwner;
        return std::optional(revocation);
    });
    if (tokens.hasRefreshToken())
        m_credentials->preset(shop.id, Kind::RefreshToken, tokens.refreshToken);
    m_credentials->preset(shop.id, Kind::AccessToken, tokens.accessToken);
    m_credentials->preset(other.id, Kind::AccessToken, "other-secret"_ba);

    // How many revocations the server had seen when the keychain deleted the first secret.
    int revokedAtFirstRemoval = -1;
    connect(m_credentials.get(), &FakeCredentialStore::operationDone, this,
            [&](const FakeCredentialStore::Entry &entry) {
                if (entry.operation == FakeCredentialStore::Operation::Remove && revokedAtFirstRemoval < 0)
                    revokedAtFirstRemoval = auth.revokeCount();
            });
    std::optional<Result<void>> removed;
    manager.remove(shop.id, AccountManager::Removal::KeepMessages, this, [&](Result<void> r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
    QVERIFY2(removed->ok(), removed->ok() ? "" : qPrintable(removed->error().message()));

    // Refresh token first (it ends the whole grant), then the access token, and only then deleted.
    const QList<QByteArray> expected =
        mastodon ? QList<QByteArray>{tokens.accessToken} : QList<QByteArray>{tokens.refreshToken, tokens.accessToken};
    QCOMPARE(auth.revokedTokens(), expected); // recorded only when the client authenticated
    QCOMPARE(revokedAtFirstRemoval, int(expected.size()));
    QVERIFY(askedFor && askedFor->id == shop.id);
    QVERIFY(!auth.isAccessTokenValid(tokens.accessToken));
    for (auto kind : {Kind::AccessToken, Kind::RefreshToken, Kind::ClientSecret, Kind::AppPassword})
        QVERIFY(!m_credentials->contains(shop.id, kind));
    QVERIFY(m_credentials->contains(other.id, Kind::AccessToken));
    if (mastodon) // the server's app registration serves its other accounts too
        QVERIFY(m_credentials->contains(serverSecretOwner, Kind::ClientSecret));
    QVERIFY(manager.pendingRemovals().isEmpty());
}

void TestAccounts::failedDeletionIsShownAndRetriedAtStart()
{
    using Kind = CredentialStore::Kind;
    sandbox::AuthServer auth;
    QVERIFY(auth.listen());
    const TokenSet tokens = auth.issueGrant();
    const auto lookup = [&auth](const Account &) { return std::optional(Revocation{auth.config(), {}}); };
    const Account shop = make(u"shop"_s);
    {
        auto s = settings();
        AccountManager manager(s.get(), m_credentials.get(), nullptr);
        manager.setRevocationLookup(lookup);
        QVERIFY(manager.add(shop).ok());
        m_credentials->preset(shop.id, Kind::RefreshToken, tokens.refreshToken);
        m_credentials->preset(shop.id, Kind::AccessToken, tokens.accessToken);

        // A locked keyring: reads find nothing, deletions fail.
        m_credentials->setMode(FakeCredentialStore::Mode::Locked);
        std::optional<Result<void>> removed;
        manager.remove(shop.id, AccountManager::Removal::KeepMessages, this, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(!removed->ok());
        QCOMPARE(removed->error().code(), Error::Code::Unavailable);
        QVERIFY2(removed->error().message().contains(u"@shop"_s), qPrintable(removed->error().message()));
        QVERIFY2(removed->error().message().contains(u"try again"_s), qPrintable(removed->error().message()));
        QCOMPARE(manager.count(), 0); // gone from the list all the same
        QCOMPARE(manager.pendingRemovals(), QList<QUuid>{shop.id});
    }
    m_credentials->setMode(FakeCredentialStore::Mode::Working);
    QVERIFY(m_credentials->contains(shop.id, Kind::RefreshToken));
    QVERIFY(auth.isRefreshTokenValid(tokens.refreshToken));
    // What the settings remember to finish the job holds no secret.
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(tokens.refreshToken));
    QVERIFY(!written.contains(tokens.accessToken));

    // The next start: once the keyring answers, the removal is finished.
    auto s = settings();
    AccountManager restarted(s.get(), m_credentials.get(), nullptr);
    restarted.setRevocationLookup(lookup);
    restarted.load();
    QCOMPARE(restarted.count(), 0);
    QCOMPARE(restarted.pendingRemovals(), QList<QUuid>{shop.id});
    std::optional<Result<void>> probed;
    restarted.checkKeyring(this, [&](Result<void> r) { probed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(restarted.pendingRemovals().isEmpty(), 15000);
    QVERIFY(probed.has_value() && probed->ok());
    QVERIFY(!m_credentials->contains(shop.id, Kind::RefreshToken));
    QVERIFY(!m_credentials->contains(shop.id, Kind::AccessToken));
    QCOMPARE(auth.revokedTokens(), (QList<QByteArray>{tokens.refreshToken, tokens.accessToken}));
    QVERIFY(!auth.isRefreshTokenValid(tokens.refreshToken));

    // Nothing left to do: a later retry does nothing.
    std::optional<Result<void>> again;
    restarted.retryPendingRemovals(this, [&](Result<void> r) { again = r; });
    QTRY_VERIFY(again.has_value());
    QVERIFY(again->ok());
    QCOMPARE(auth.revokeCount(), 2);
}

void TestAccounts::revocationFollowsTheNetwork()
{
    Account x = make(u"shop"_s);
    x.clientId = u"x-client"_s;
    const auto ofX = NetworkProviderFactory::revocation(x);
    QVERIFY(ofX.has_value());
    QCOMPARE(ofX->config.revokeUrl, QUrl(u"https://api.x.com/2/oauth2/revoke"_s));
    QCOMPARE(ofX->config.clientId, u"x-client"_s);
    QVERIFY(ofX->clientSecretOwner.isNull());

    Account masto = make(u"shop@mastodon.social"_s, Network::Mastodon);
    masto.serverUrl = QUrl(u"https://mastodon.social"_s);
    masto.clientId = u"masto-client"_s;
    const auto ofMastodon = NetworkProviderFactory::revocation(masto);
    QVERIFY(ofMastodon.has_value());
    QCOMPARE(ofMastodon->config.revokeUrl, QUrl(u"https://mastodon.social/oauth/revoke"_s));
    QCOMPARE(ofMastodon->config.clientId, u"masto-client"_s);
    QCOMPARE(ofMastodon->clientSecretOwner, MastodonRegistration::secretKey(masto.serverUrl));

    // Bluesky: the app-password session ends at the account's PDS, with its refresh token.
    Account bluesky = make(u"shop.bsky.social"_s, Network::Bluesky);
    bluesky.serverUrl = QUrl(u"https://morel.us-east.host.bsky.network/"_s);
    const auto ofBluesky = NetworkProviderFactory::revocation(bluesky);
    QVERIFY(ofBluesky.has_value());
    QCOMPARE(ofBluesky->config.revokeUrl,
             QUrl(u"https://morel.us-east.host.bsky.network/xrpc/com.atproto.server.deleteSession"_s));
    QCOMPARE(ofBluesky->config.revokeStyle, OAuthConfig::RevokeStyle::BearerRefreshToken);

    // Nothing to revoke at: no client, the demo, a sandbox X server, a Bluesky account without its PDS.
    Account noClient = x;
    noClient.clientId.clear();
    QVERIFY(!NetworkProviderFactory::revocation(noClient));
    Account demo = x;
    demo.demo = true;
    QVERIFY(!NetworkProviderFactory::revocation(demo));
    Account sandboxX = x;
    sandboxX.serverUrl = QUrl(u"http://127.0.0.1:5000"_s);
    QVERIFY(!NetworkProviderFactory::revocation(sandboxX));
    bluesky.serverUrl.clear();
    QVERIFY(!NetworkProviderFactory::revocation(bluesky));
    bluesky.serverUrl = QUrl(u"https://bsky.social"_s);
    bluesky.demo = true;
    QVERIFY(!NetworkProviderFactory::revocation(bluesky));
}

void TestAccounts::keyringMissing()
{
    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    const Account shop = make(u"shop"_s);
    QVERIFY(manager.add(shop).ok());
    m_credentials->setMode(FakeCredentialStore::Mode::Missing);
    QSignalSpy changed(&manager, &AccountManager::statusChanged);
    std::optional<Result<void>> probed;
    manager.checkKeyring(this, [&](Result<void> r) { probed = r; });
    QTRY_VERIFY(probed.has_value());
    QCOMPARE(probed->error().code(), Error::Code::Unavailable);
    QCOMPARE(manager.status(shop.id).state, AccountState::KeyringUnavailable);
    QVERIFY(manager.status(shop.id).needsUser());
    QCOMPARE(changed.size(), 1);
    // Nothing else may overrule it while the keyring is gone, and nothing was deleted.
    manager.setStatus(shop.id, {AccountState::Connected, {}, {}});
    QCOMPARE(manager.status(shop.id).state, AccountState::KeyringUnavailable);
    QCOMPARE(manager.count(), 1);

    // It comes back: the accounts wait for a sign-in check again.
    m_credentials->setMode(FakeCredentialStore::Mode::Working);
    probed.reset();
    manager.checkKeyring(this, [&](Result<void> r) { probed = r; });
    QTRY_VERIFY(probed.has_value());
    QVERIFY(probed->ok());
    QCOMPARE(manager.status(shop.id).state, AccountState::SignedOut);
}

void TestAccounts::modelFollowsManager()
{
    auto s = settings();
    AccountManager manager(s.get(), m_credentials.get(), nullptr);
    AccountListModel model(&manager);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const Account a = make(u"a"_s), b = make(u"b"_s), c = make(u"c"_s);
    QVERIFY(manager.add(a).ok());
    QVERIFY(manager.add(b).ok());
    QVERIFY(manager.add(c).ok());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1).data(AccountListModel::HandleRole).toString(), u"b"_s);
    QCOMPARE(model.index(0).data(AccountListModel::NetworkRole).toInt(), int(Network::X));

    // Drag the last account to the top.
    QVERIFY(model.moveRows({}, 2, 1, {}, 0));
    QCOMPARE(manager.accounts(), (QList<Account>{c, a, b}));
    QCOMPARE(model.index(0).data(AccountListModel::IdRole).toUuid(), c.id);

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    manager.setStatus(a.id, {AccountState::RateLimited, QDateTime::currentDateTimeUtc().addSecs(600), {}});
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(model.index(1).data(AccountListModel::StateRole).toInt(), int(AccountState::RateLimited));
    QVERIFY(model.index(1).data(AccountListModel::StateTextRole).toString().startsWith(u"Rate limited until"_s));

    bool done = false;
    manager.remove(a.id, AccountManager::Removal::KeepMessages, this, [&](Result<void>) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "TestAccounts.moc"
