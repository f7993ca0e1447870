// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"

#include "Theme.h"
#include "accounts/AccountManager.h"
#include "auth/FixedAccessToken.h"
#include "auth/OAuthConfig.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/TokenRefresher.h"
#include "providers/mastodon/MastodonRegistration.h"
#include "providers/mastodon/MastodonSignIn.h"
#include "providers/x/XClient.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}
} // namespace

AddAccountDialog::AddAccountDialog(AccountManager &accounts, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_settings(std::make_unique<QSettings>())
    , m_network(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_clientId(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in with the browser"), this))
{
    setWindowTitle(tr("Add an account"));
    auto *layout = new QVBoxLayout(this);
    auto *chooser = new QFormLayout;
    m_network->addItem(theme::networkIcon(Network::X), tr("X"));
    m_network->addItem(theme::networkIcon(Network::Mastodon), tr("Mastodon"));
    m_network->setAccessibleName(tr("Network"));
    chooser->addRow(tr("&Network"), m_network);
    layout->addLayout(chooser);
    m_pages->addWidget(makeXPage());
    m_pages->addWidget(makeMastodonPage());
    layout->addWidget(m_pages);
    // Rich text for the error colour: whatever a server said goes in escaped (fail(), progress).
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_signIn, QDialogButtonBox::ActionRole);
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::signIn);
    connect(m_network, &QComboBox::currentIndexChanged, this, [this](int index) {
        cancel();
        m_pages->setCurrentIndex(index);
        m_status->clear();
        updateSignInButton();
    });
    connect(m_clientId, &QLineEdit::textChanged, this, &AddAccountDialog::updateSignInButton);
    connect(m_server, &QLineEdit::textChanged, this, &AddAccountDialog::updateSignInButton);
    layout->addWidget(buttons);
    updateSignInButton();
    resize(560, 340);
}

AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::signInAgainTo(const Account &account)
{
    setWindowTitle(tr("Sign in again as @%1").arg(account.handle));
    m_network->setEnabled(false);
    if (account.network == Network::Mastodon) {
        m_network->setCurrentIndex(MastodonPage);
        m_server->setText(account.serverUrl.toString());
    } else {
        m_network->setCurrentIndex(XPage);
        m_clientId->setText(account.clientId);
    }
}

QWidget *AddAccountDialog::makeXPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(helpLabel(OAuthConfig::xClientIdHelp(), page));
    auto *form = new QFormLayout;
    m_clientId->setPlaceholderText(tr("The client ID of your X app"));
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client &ID"), m_clientId);
    layout->addLayout(form);
    return page;
}

QWidget *AddAccountDialog::makeMastodonPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(helpLabel(tr("Type the server your account lives on. "
                                   "Starling introduces itself to that server "
                                   "once, then opens its sign-in page in your "
                                   "browser; your password never passes "
                                   "through Starling."),
                                page));
    auto *form = new QFormLayout;
    m_server->setPlaceholderText(tr("mastodon.social"));
    m_server->setAccessibleName(tr("Server"));
    form->addRow(tr("&Server"), m_server);
    layout->addLayout(form);
    return page;
}

void AddAccountDialog::updateSignInButton()
{
    const bool busy = m_flow || m_mastodon;
    const bool ready = m_pages->currentIndex() == XPage ? OAuthConfig::isPlausibleClientId(m_clientId->text().trimmed())
                                                        : MastodonRegistration::serverUrl(m_server->text()).ok();
    m_signIn->setEnabled(ready && !busy);
}

void AddAccountDialog::signIn()
{
    m_status->clear();
    if (m_pages->currentIndex() == XPage)
        signInToX();
    else
        signInToMastodon();
    updateSignInButton();
}

void AddAccountDialog::signInToX()
{
    const QString clientId = m_clientId->text().trimmed();
    auto *flow = new OAuthLoopbackFlow(OAuthConfig::x(clientId), nullptr, this);
    m_flow = flow;
    connect(flow, &OAuthLoopbackFlow::finished, this, [this, flow, clientId](const Result<TokenSet> &result) {
        flow->deleteLater();
        m_flow = nullptr;
        if (!result)
            return fail(result.error().message());
        finishXSignIn(result.value(), clientId);
    });
    auto url = flow->start();
    if (!url) {
        flow->deleteLater();
        m_flow = nullptr;
        return fail(url.error().message());
    }
    m_status->setText(tr("Waiting for you to allow Starling in the browser…"));
    QDesktopServices::openUrl(url.value());
}

void AddAccountDialog::finishXSignIn(const TokenSet &tokens, const QString &clientId)
{
    m_status->setText(tr("Signed in. Reading the account…"));
    auto token = std::make_shared<FixedAccessToken>(tokens.accessToken);
    XClient::Config config;
    config.accountId = QUuid::createUuid();
    auto *client = new XClient(config, token.get(), this);
    client->whoAmI(this, [this, client, token, tokens, clientId, config](Result<Identity> me) {
        client->deleteLater();
        if (!me)
            return fail(me.error().message());
        Account account;
        account.id = config.accountId;
        account.network = Network::X;
        account.handle = me->handle;
        account.displayName = me->displayName;
        account.avatarUrl = me->avatarUrl;
        account.remoteUserId = me->remoteId;
        account.clientId = clientId;
        // Signing in again to an account that is there: the new tokens replace its old ones.
        const std::optional<Account> existing = m_accounts.samePersonAs(account);
        if (existing)
            account.id = existing->id;
        // The tokens reach the keychain before the account exists, so its sync finds them.
        auto *refresher = new TokenRefresher(account.id, OAuthConfig::x(clientId), &m_credentials, nullptr, this);
        refresher->setTokens(tokens, this,
                             [this, refresher, account, again = existing.has_value()](Result<void> stored) {
                                 refresher->deleteLater();
                                 if (!stored)
                                     return fail(stored.error().message());
                                 keep(account, again);
                             });
    });
}

void AddAccountDialog::signInToMastodon()
{
    auto *signIn = new MastodonSignIn(m_settings.get(), &m_credentials, nullptr, this);
    m_mastodon = signIn;
    connect(signIn, &MastodonSignIn::progress, this,
            [this](const QString &text) { m_status->setText(text.toHtmlEscaped()); });
    connect(signIn, &MastodonSignIn::authorizationUrlReady, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(signIn, &MastodonSignIn::finished, this, [this, signIn](const Result<MastodonSignIn::Outcome> &result) {
        signIn->deleteLater();
        m_mastodon = nullptr;
        if (!result)
            return fail(result.error().message());
        MastodonSignIn::Outcome outcome = result.value();
        const std::optional<Account> existing = m_accounts.samePersonAs(outcome.account);
        if (existing)
            outcome.account.id = existing->id; // signing in again: the new token replaces the old
        // The token reaches the keychain before the account exists, so its sync finds it.
        MastodonSignIn::store(outcome, &m_credentials, m_settings.get(), this,
                              [this, account = outcome.account, again = existing.has_value()](Result<void> stored) {
                                  if (!stored)
                                      return fail(stored.error().message());
                                  keep(account, again);
                              });
    });
    signIn->start(m_server->text().trimmed());
}

void AddAccountDialog::keep(const Account &account, bool again)
{
    const Result<void> kept = again ? m_accounts.renewSignIn(account) : m_accounts.add(account);
    if (!kept)
        return fail(kept.error().message());
    accept();
}

void AddAccountDialog::cancel()
{
    if (m_flow)
        m_flow->cancel();
    if (m_mastodon)
        m_mastodon->cancel();
}

void AddAccountDialog::fail(const QString &message)
{
    m_status->setText(
        u"<span style=\"color:%1\">%2</span>"_s.arg(theme::errorColor(palette()).name(), message.toHtmlEscaped()));
    updateSignInButton();
}

} // namespace starling
