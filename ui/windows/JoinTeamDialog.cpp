// SPDX-License-Identifier: GPL-3.0-or-later
#include "JoinTeamDialog.h"

#include "Theme.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
/** How long the keychain may take to give the database's password. */
constexpr std::chrono::seconds keychainTimeout{30};

/** The workspace's password from @p credentials, and so where its store is; waits, running the event loop. */
Result<Database::Location> resolveWaiting(const TeamWorkspace &workspace, CredentialStore &credentials)
{
    QEventLoop loop;
    std::optional<Result<Database::Location>> resolved;
    workspace.resolve(credentials, &loop, [&](Result<Database::Location> where) {
        resolved = std::move(where);
        loop.quit();
    });
    if (!resolved) {
        QTimer::singleShot(keychainTimeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!resolved)
        return Error(Error::Code::Unavailable, JoinTeamDialog::tr("The system keychain did not answer."));
    return *resolved;
}
} // namespace

Result<std::optional<OpenedTeam>> openTeamWorkspace(QSettings &settings, CredentialStore &credentials,
                                                    const QString &joinUrl)
{
    auto workspace = TeamWorkspace::fromSettings(settings);
    const auto ask = [&](const QString &address, const QString &reason) -> bool {
        JoinTeamDialog dialog(settings, credentials);
        dialog.setAddress(address);
        dialog.setReason(reason);
        if (dialog.exec() != QDialog::Accepted || !dialog.workspace())
            return false;
        workspace = dialog.workspace();
        return true;
    };
    if (!joinUrl.isEmpty()) {
        const auto asked = Database::PostgresSettings::fromUrl(joinUrl);
        if (!workspace || !asked || asked->url() != workspace->database.url()) {
            if (!ask(joinUrl, {}))
                return Error(Error::Code::Cancelled, {});
        }
    }
    if (!workspace)
        return std::optional<OpenedTeam>();

    auto location = resolveWaiting(*workspace, credentials);
    if (!location && location.error().code() == Error::Code::NotFound) {
        // The keychain lost the password (or it is another computer's profile): ask for it again.
        if (!ask(workspace->database.url(), location.error().message()))
            return Error(Error::Code::Cancelled, {});
        location = resolveWaiting(*workspace, credentials);
    }
    if (!location)
        return location.error();
    auto store = Store::open(location.value());
    if (!store)
        return store.error();
    return std::optional<OpenedTeam>(OpenedTeam{*workspace, location.value(), std::move(store).value()});
}

JoinTeamDialog::JoinTeamDialog(QSettings &settings, CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_reason(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_progress(new QLabel(this))
    , m_error(new QLabel(this))
    , m_join(new QPushButton(tr("&Join"), this))
{
    setWindowTitle(tr("Join a team workspace"));
    auto *layout = new QVBoxLayout(this);
    m_reason->setWordWrap(true);
    m_reason->hide();
    layout->addWidget(m_reason);
    auto *intro = new QLabel(tr("A team workspace keeps the inbox in your team's PostgreSQL database, where every "
                                "agent of the team works on it. Whoever administers the database sets it up with "
                                "starling-cli team init and gives you its address and your password."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_address->setPlaceholderText(u"postgres://ana@db.example.com:5432/starling"_s);
    m_address->setAccessibleName(tr("Team database"));
    m_address->setAccessibleDescription(tr("The address of the team's database, with your user name"));
    form->addRow(tr("Team &database"), m_address);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setAccessibleDescription(tr("Your password for the team's database; kept in the system keychain"));
    form->addRow(tr("&Password"), m_password);
    layout->addLayout(form);

    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);
    m_error->setObjectName(u"joinError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    theme::colourText(m_error, theme::errorColor);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_join, QDialogButtonBox::AcceptRole);
    m_join->setDefault(true);
    m_join->setToolTip(tr("Connect to the team's database and use its inbox in this profile"));
    connect(m_join, &QPushButton::clicked, this, &JoinTeamDialog::join);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, &JoinTeamDialog::updateJoinButton);
    connect(m_password, &QLineEdit::textChanged, this, &JoinTeamDialog::updateJoinButton);
    layout->addWidget(buttons);
    updateJoinButton();
    // As wide as the address wants, as tall as the text; the error's line is added when there is one.
    resize(620, sizeHint().height());
}

JoinTeamDialog::~JoinTeamDialog() = default;

void JoinTeamDialog::setAddress(const QString &url)
{
    m_address->setText(url);
    m_password->setFocus();
}

void JoinTeamDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void JoinTeamDialog::updateJoinButton()
{
    m_join->setEnabled(!m_busy && !m_address->text().trimmed().isEmpty());
}

void JoinTeamDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_address->setEnabled(!busy);
    m_password->setEnabled(!busy);
    updateJoinButton();
}

void JoinTeamDialog::fail(const QString &message)
{
    m_progress->clear();
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void JoinTeamDialog::join()
{
    if (m_busy)
        return;
    auto database = Database::PostgresSettings::fromUrl(m_address->text().trimmed());
    if (!database) {
        fail(database.error().message());
        m_address->setFocus();
        return;
    }
    if (auto allowed = team::canJoin(m_settings, database.value()); !allowed) {
        fail(allowed.error().message());
        return;
    }
    database->password = m_password->text();
    m_error->hide();
    m_progress->setText(tr("Connecting to %1…").arg(database->url()));
    setBusy(true);
    team::join(&m_settings, m_credentials, database.value(), team::Preparation::Join, this,
               [this](Result<TeamWorkspace> joined) {
                   if (!joined)
                       return fail(joined.error().message());
                   m_workspace = joined.value();
                   m_progress->setText(tr("Joined as %1.").arg(m_workspace->agent()));
                   accept();
               });
}

} // namespace starling
