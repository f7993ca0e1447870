// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"

#include "Theme.h"
#include "services/SignInService.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

AddAccountDialog::AddAccountDialog(SignInService &signIn, QWidget *parent)
    : QDialog(parent)
    , m_service(signIn)
    , m_network(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_clientId(new QLineEdit(this))
    , m_server(new QLineEdit(this))
    , m_handle(new QLineEdit(this))
    , m_appPassword(new QLineEdit(this))
    , m_blueskyServer(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in with the browser"), this))
{
    setWindowTitle(tr("Add an account"));
    auto *layout = new QVBoxLayout(this);
    auto *chooser = new QFormLayout;
    m_network->addItem(theme::networkIcon(Network::X), tr("X"));
    m_network->addItem(theme::networkIcon(Network::Mastodon), tr("Mastodon"));
    m_network->addItem(theme::networkIcon(Network::Bluesky), tr("Bluesky"));
    m_network->setAccessibleName(tr("Network"));
    m_network->setAccessibleDescription(tr("The network of the account to add"));
    m_signIn->setToolTip(tr("Sign in to the account; Starling keeps its token in the keychain"));
    chooser->addRow(tr("&Network"), m_network);
    layout->addLayout(chooser);
    m_pages->addWidget(makeXPage());
    m_pages->addWidget(makeMastodonPage());
    m_pages->addWidget(makeBlueskyPage());
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
    connect(m_handle, &QLineEdit::textChanged, this, &AddAccountDialog::updateSignInButton);
    connect(m_appPassword, &QLineEdit::textChanged, this, &AddAccountDialog::updateSignInButton);
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
    } else if (account.network == Network::Bluesky) {
        m_network->setCurrentIndex(BlueskyPage);
        m_handle->setText(account.handle);
        m_appPassword->setFocus();
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
    layout->addWidget(helpLabel(SignInService::xClientIdHelp(), page));
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

QWidget *AddAccountDialog::makeBlueskyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(helpLabel(tr("Type your handle and sign in with the browser: your server's sign-in page "
                                   "opens there, and your password never passes through Starling. Or sign in "
                                   "with an app password, never your account password: in Bluesky, open "
                                   "Settings, Privacy and security, App passwords, and add one with "
                                   "“Allow access to your direct messages” turned on, so that "
                                   "Starling can read and answer your DMs."),
                                page));
    auto *form = new QFormLayout;
    m_handle->setPlaceholderText(tr("you.bsky.social"));
    m_handle->setAccessibleName(tr("Handle"));
    form->addRow(tr("&Handle"), m_handle);
    m_appPassword->setEchoMode(QLineEdit::Password);
    m_appPassword->setPlaceholderText(tr("Empty to sign in with the browser"));
    m_appPassword->setAccessibleName(tr("App password"));
    form->addRow(tr("App &password"), m_appPassword);
    m_blueskyServer->setPlaceholderText(tr("Found from your handle"));
    m_blueskyServer->setAccessibleName(tr("Hosting provider"));
    m_blueskyServer->setToolTip(tr("Leave empty: Starling looks up where your account is hosted from your handle "
                                   "(bsky.social when it cannot). Type your server only to sign in there with an "
                                   "app password."));
    form->addRow(tr("Hosting pro&vider"), m_blueskyServer);
    layout->addLayout(form);
    return page;
}

void AddAccountDialog::updateSignInButton()
{
    bool ready = false;
    switch (m_pages->currentIndex()) {
    case XPage:
        ready = SignInService::isPlausibleClientId(m_clientId->text());
        break;
    case MastodonPage:
        ready = SignInService::isServerAddress(m_server->text());
        break;
    case BlueskyPage:
        ready = !m_handle->text().trimmed().isEmpty();
        break;
    }
    const bool browser = m_pages->currentIndex() != BlueskyPage || m_appPassword->text().isEmpty();
    m_signIn->setText(browser ? tr("Sign in with the browser") : tr("Sign in"));
    // The browser sign-in finds the server from the handle; a server typed here is for app passwords.
    m_blueskyServer->setEnabled(!browser);
    m_signIn->setEnabled(ready && !m_session);
}

void AddAccountDialog::signIn()
{
    m_status->clear();
    SignInRequest request;
    switch (m_pages->currentIndex()) {
    case XPage:
        request.network = Network::X;
        request.clientId = m_clientId->text().trimmed();
        break;
    case MastodonPage:
        request.network = Network::Mastodon;
        request.server = m_server->text().trimmed();
        break;
    case BlueskyPage:
        request.network = Network::Bluesky;
        request.identifier = m_handle->text().trimmed();
        if (request.identifier.startsWith(u'@'))
            request.identifier.remove(0, 1);
        request.appPassword = m_appPassword->text();
        request.server = m_blueskyServer->text().trimmed();
        break;
    }
    auto session = m_service.start(request, this);
    if (!session)
        return fail(session.error().message());
    m_session = session.value();
    connect(m_session, &SignInSession::progress, this,
            [this](const QString &text) { m_status->setText(text.toHtmlEscaped()); });
    connect(m_session, &SignInSession::authorizationUrlReady, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_session, &SignInSession::finished, this, [this, session = m_session](const Result<Account> &result) {
        session->deleteLater();
        m_session = nullptr;
        if (!result)
            return fail(result.error().message());
        m_appPassword->clear();
        accept();
    });
    updateSignInButton();
}

void AddAccountDialog::cancel()
{
    if (m_session)
        m_session->cancel();
}

void AddAccountDialog::fail(const QString &message)
{
    m_status->setText(
        u"<span style=\"color:%1\">%2</span>"_s.arg(theme::errorColor(palette()).name(), message.toHtmlEscaped()));
    updateSignInButton();
}

} // namespace starling
