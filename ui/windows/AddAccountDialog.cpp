// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"

#include "Theme.h"
#include "accounts/AccountManager.h"
#include "auth/AccessTokenSource.h"
#include "auth/OAuthConfig.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/TokenRefresher.h"
#include "providers/x/XClient.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
/** The fresh access token, for the one "who am I" call before the account exists. */
class FreshToken final : public AccessTokenSource
{
public:
    explicit FreshToken(QByteArray token)
        : m_token(std::move(token))
    {
    }
    QByteArray accessToken() const override { return m_token; }
    void refresh(QObject *, std::function<void(Result<void>)> done) override
    {
        done(Error(Error::Code::AuthExpired, QString()));
    }

private:
    QByteArray m_token;
};
} // namespace

AddAccountDialog::AddAccountDialog(AccountManager &accounts, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_clientId(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_signIn(new QPushButton(tr("Sign in with the browser"), this))
{
    setWindowTitle(tr("Add an X account"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(OAuthConfig::xClientIdHelp(), this);
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    help->setOpenExternalLinks(true);
    layout->addWidget(help);
    auto *form = new QFormLayout;
    m_clientId->setPlaceholderText(tr("The client ID of your X app"));
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client ID"), m_clientId);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_signIn, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_flow)
            m_flow->cancel();
        reject();
    });
    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::signIn);
    connect(m_clientId, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_signIn->setEnabled(OAuthConfig::isPlausibleClientId(text.trimmed())); });
    m_signIn->setEnabled(false);
    layout->addWidget(buttons);
    resize(560, 320);
}

AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::signIn()
{
    const QString clientId = m_clientId->text().trimmed();
    auto *flow = new OAuthLoopbackFlow(OAuthConfig::x(clientId), nullptr, this);
    m_flow = flow;
    connect(flow, &OAuthLoopbackFlow::finished, this, [this, flow, clientId](const Result<TokenSet> &result) {
        flow->deleteLater();
        if (!result)
            return fail(result.error().message());
        finishSignIn(result.value(), clientId);
    });
    auto url = flow->start();
    if (!url) {
        flow->deleteLater();
        return fail(url.error().message());
    }
    m_signIn->setEnabled(false);
    m_status->setText(tr("Waiting for you to allow Starling in the browser…"));
    QDesktopServices::openUrl(url.value());
}

void AddAccountDialog::finishSignIn(const TokenSet &tokens, const QString &clientId)
{
    m_status->setText(tr("Signed in. Reading the account…"));
    auto token = std::make_shared<FreshToken>(tokens.accessToken);
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
        // The tokens reach the keychain before the account exists, so its sync finds them.
        auto *refresher = new TokenRefresher(account.id, OAuthConfig::x(clientId), &m_credentials, nullptr, this);
        refresher->setTokens(tokens, this, [this, refresher, account](Result<void> stored) {
            refresher->deleteLater();
            if (!stored)
                return fail(stored.error().message());
            if (auto added = m_accounts.add(account); !added)
                return fail(added.error().message());
            accept();
        });
    });
}

void AddAccountDialog::fail(const QString &message)
{
    m_status->setText(
        u"<span style=\"color:%1\">%2</span>"_s.arg(theme::errorColor(palette()).name(), message.toHtmlEscaped()));
    m_signIn->setEnabled(true);
}

} // namespace starling
