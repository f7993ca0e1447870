// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "Autostart.h"
#include "Prompt.h"
#include "RemoteText.h"
#include "Settings.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "sync/SyncService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

SettingsDialog::SettingsDialog(AccountManager &accounts, SyncService &sync, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_sync(sync)
    , m_accountList(new QListWidget(this))
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    QSettings settings;

    // Accounts.
    auto *accountsPage = new QWidget(tabs);
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setAccessibleDescription(tr("Your accounts and whether each is signed in"));
    accountsLayout->addWidget(m_accountList);
    auto *accountButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add account…"), accountsPage);
    auto *again = new QPushButton(tr("Sign in again"), accountsPage);
    auto *remove = new QPushButton(tr("Remove…"), accountsPage);
    add->setToolTip(tr("Sign in to another account"));
    again->setToolTip(tr("Sign in again to the chosen account"));
    remove->setToolTip(tr("Remove the chosen account and its messages from this computer"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addAccountRequested);
    connect(again, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_accountList->currentItem())
            Q_EMIT signInAgainRequested(item->data(Qt::UserRole).toUuid());
    });
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeSelected);
    accountButtons->addWidget(add);
    accountButtons->addWidget(again);
    accountButtons->addStretch();
    accountButtons->addWidget(remove);
    accountsLayout->addLayout(accountButtons);
    // Why a removal did not finish (the keychain failed): it is tried again at the next start.
    m_removalError = new QLabel(accountsPage);
    m_removalError->setObjectName(u"removalError"_s);
    m_removalError->setWordWrap(true);
    theme::colourText(m_removalError, theme::errorColor);
    m_removalError->hide();
    accountsLayout->addWidget(m_removalError);
    tabs->addTab(accountsPage, tr("Accounts"));
    fillAccounts();
    connect(&accounts, &AccountManager::statusChanged, this, &SettingsDialog::fillAccounts);

    // Notifications: per account and per kind.
    auto *notifyPage = new QWidget(tabs);
    auto *notifyLayout = new QFormLayout(notifyPage);
    for (const Account &a : accounts.accounts()) {
        auto *row = new QHBoxLayout;
        for (const auto &[kind, label] :
             {std::pair{u"dm"_s, tr("Direct messages")}, std::pair{u"mention"_s, tr("Mentions")}}) {
            auto *box = new QCheckBox(label, notifyPage);
            const QString key = settings::notifyKey(a.id.toString(QUuid::WithoutBraces), kind);
            box->setChecked(settings.value(key, true).toBool());
            connect(box, &QCheckBox::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
            row->addWidget(box);
        }
        notifyLayout->addRow(remotetext::plainLabel(notifyPage, u"@"_s + a.handle), row);
    }
    if (accounts.count() == 0)
        notifyLayout->addRow(new QLabel(tr("Add an account to choose its notifications."), notifyPage));
    tabs->addTab(notifyPage, tr("Notifications"));

    // Sync and window.
    auto *generalPage = new QWidget(tabs);
    auto *general = new QFormLayout(generalPage);
    auto *active = new QSpinBox(generalPage);
    active->setRange(10, 3600);
    //: Unit suffix of a spin box: seconds, with a leading space if the language puts one
    active->setSuffix(tr(" s"));
    active->setValue(settings.value(settings::activeInterval, 60).toInt());
    auto *idle = new QSpinBox(generalPage);
    idle->setRange(30, 24 * 3600);
    //: Unit suffix of a spin box: seconds, with a leading space if the language puts one
    idle->setSuffix(tr(" s"));
    idle->setValue(settings.value(settings::idleInterval, 300).toInt());
    const auto applyIntervals = [this, active, idle] {
        QSettings s;
        s.setValue(settings::activeInterval, active->value());
        s.setValue(settings::idleInterval, idle->value());
        m_sync.setPollIntervals(std::chrono::seconds(active->value()), std::chrono::seconds(idle->value()));
    };
    connect(active, &QSpinBox::valueChanged, this, applyIntervals);
    connect(idle, &QSpinBox::valueChanged, this, applyIntervals);
    general->addRow(tr("Check interval while a conversation is open"), active);
    general->addRow(tr("Check interval otherwise"), idle);
    general->addRow(
        new QLabel(tr("Starling never asks a network more often than its rate limit allows."), generalPage));
    for (const auto &[key, label] :
         {std::pair{settings::closeToTray, tr("Closing the window keeps Starling in the tray")},
          std::pair{settings::startHidden, tr("Start hidden in the tray")}}) {
        auto *box = new QCheckBox(label, generalPage);
        box->setChecked(settings.value(key, false).toBool());
        connect(box, &QCheckBox::toggled, this, [key](bool on) { QSettings().setValue(key, on); });
        general->addRow(box);
    }
    // The system's own autostart entry is the setting: the box shows whether it is there.
    auto *atLogin = new QCheckBox(tr("Start Starling when I log in"), generalPage);
    atLogin->setObjectName(u"startAtLogin"_s);
    atLogin->setToolTip(tr("Starling starts hidden in the tray when you log in."));
    atLogin->setChecked(Autostart::isEnabled());
    auto *atLoginError = new QLabel(generalPage);
    atLoginError->setObjectName(u"startAtLoginError"_s);
    atLoginError->setWordWrap(true);
    atLoginError->setStyleSheet(u"color: %1;"_s.arg(theme::errorColor(palette()).name()));
    atLoginError->hide();
    connect(atLogin, &QCheckBox::toggled, this, [atLogin, atLoginError](bool on) {
        const auto changed = Autostart::setEnabled(on);
        atLoginError->setVisible(!changed.ok());
        if (!changed.ok()) {
            atLoginError->setText(changed.error().message());
            const QSignalBlocker blocker(atLogin);
            atLogin->setChecked(Autostart::isEnabled());
        }
    });
    general->addRow(atLogin);
    general->addRow(atLoginError);
    auto *language = new QComboBox(generalPage);
    const std::pair<QString, QString> languages[] = {{QString(), tr("The system's language")},
                                                     {u"en"_s, u"English"_s},
                                                     {u"de"_s, u"Deutsch"_s},
                                                     {u"fr"_s, u"Français"_s},
                                                     {u"es"_s, u"Español"_s},
                                                     {u"ja"_s, u"日本語"_s}};
    for (const auto &[code, name] : languages)
        language->addItem(name, code);
    language->setCurrentIndex(std::max(0, language->findData(settings.value(settings::language).toString())));
    connect(language, &QComboBox::currentIndexChanged, this,
            [language] { QSettings().setValue(settings::language, language->currentData()); });
    general->addRow(tr("Language (after a restart)"), language);
    auto *yourName = new QLineEdit(generalPage);
    yourName->setText(settings.value(settings::yourName).toString());
    yourName->setPlaceholderText(settings::you());
    yourName->setMaxLength(80);
    yourName->setToolTip(tr("The name rules and your team assign conversations to you by: \"Mine\" shows "
                            "those, and \"Take it\" (T) uses it"));
    connect(yourName, &QLineEdit::editingFinished, this,
            [yourName] { QSettings().setValue(settings::yourName, yourName->text().trimmed()); });
    general->addRow(tr("Your name in assignments"), yourName);
    const QString location = QFileInfo(QSettings().fileName()).absolutePath();
    auto *data = new QPushButton(tr("Open the data folder"), generalPage);
    data->setToolTip(location);
    connect(data, &QPushButton::clicked, this,
            [location] { QDesktopServices::openUrl(QUrl::fromLocalFile(location)); });
    general->addRow(tr("Data is kept on this computer"), data);
    tabs->addTab(generalPage, tr("General"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 420);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillAccounts()
{
    m_accountList->clear();
    for (const Account &a : m_accounts.accounts()) {
        auto *item = new QListWidgetItem(theme::networkIcon(a.network),
                                         tr("@%1 — %2").arg(a.handle, m_accounts.status(a.id).text()), m_accountList);
        item->setData(Qt::UserRole, a.id);
    }
}

void SettingsDialog::removeSelected()
{
    QListWidgetItem *item = m_accountList->currentItem();
    if (!item)
        return;
    const QUuid id = item->data(Qt::UserRole).toUuid();
    const auto account = m_accounts.account(id);
    if (!account)
        return;
    AccountManager::Removal removal = AccountManager::Removal::KeepMessages;
    if (m_accounts.isShared()) {
        // A team workspace: the account and its conversations are the team's, and stay.
        const auto answer = Prompt::ask(
            this, tr("Remove @%1 from this computer?").arg(account->handle),
            tr("Starling will delete your sign-in to @%1 from this computer's keychain. The account and its "
               "conversations stay in the team workspace, where another agent's app may sync them.")
                .arg(account->handle),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
        if (answer != QMessageBox::Yes)
            return;
    } else {
        const auto answer = Prompt::ask(
            this, tr("Remove @%1?").arg(account->handle),
            tr("Starling will forget @%1 and delete its sign-in from the keychain. What should happen to its stored "
               "conversations?")
                .arg(account->handle),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Yes, tr("Keep them")}, {QMessageBox::No, tr("Delete them")}});
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No)
            removal = AccountManager::Removal::DeleteMessages;
    }
    m_removalError->hide();
    m_accounts.remove(id, removal, this, [this](Result<void> removed) {
        if (removed)
            return;
        m_removalError->setText(removed.error().message());
        m_removalError->show();
    });
    fillAccounts();
}

} // namespace starling
