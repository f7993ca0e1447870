// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dialogs.h"

#include "AddAccountDialog.h"
#include "InboxActions.h"
#include "MainWindow.h"
#include "NewPostDialog.h"
#include "ReportsDialog.h"
#include "RulesDialog.h"
#include "SavedRepliesDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "accounts/AccountManager.h"
#include "contacts/ContactsDialog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>

#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

void connectDialogs(MainWindow &window, AccountManager &accounts, SyncService &sync, SignInService &signIn,
                    Store &store)
{
    // A new account, or (with an id) signing in again to one that is there.
    const auto addAccount = [&window, &accounts, &signIn](const QUuid &again = {}) {
        auto *dialog = new AddAccountDialog(signIn, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (const std::optional<Account> account = accounts.account(again))
            dialog->signInAgainTo(*account);
        dialog->open();
    };
    QObject::connect(&window, &MainWindow::addAccountRequested, &window, [addAccount] { addAccount(); });
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&window] {
        // The demo runs in a process of its own, on a throw-away profile; this window stays as it is.
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--demo"_s}))
            QMessageBox::warning(&window, QCoreApplication::translate("starling::Dialogs", "Starling"),
                                 QCoreApplication::translate("starling::Dialogs", "The demo could not start."));
    });
    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&window, &accounts, &sync, addAccount] {
        auto *dialog = new SettingsDialog(accounts, sync, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &SettingsDialog::addAccountRequested, &window, [addAccount] { addAccount(); });
        QObject::connect(dialog, &SettingsDialog::signInAgainRequested, &window, addAccount);
        dialog->open();
    });
    QObject::connect(&window, &MainWindow::newPostRequested, &window, [&window, &accounts] {
        auto *dialog = new NewPostDialog(accounts, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &NewPostDialog::postRequested, &window, [&window, dialog] {
            window.actions()->post(dialog->selectedAccounts(), dialog->text(), dialog->attachments(), dialog,
                                   [dialog](const QList<QUuid> &notQueued, const Result<void> &result) {
                                       dialog->posted(notQueued, result);
                                   });
        });
        dialog->open();
    });
    QObject::connect(&window, &MainWindow::savedRepliesRequested, &window, [&window, &store] {
        auto *dialog = new SavedRepliesDialog(store, window.reader(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(&window, &MainWindow::rulesRequested, &window, [&window, &store, &accounts] {
        auto *dialog = new RulesDialog(store, window.reader(), accounts, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QObject::connect(&window, &MainWindow::reportsRequested, &window, [&window, &accounts, &store] {
        auto *dialog = new ReportsDialog(store, accounts, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // One Contacts window, beside the main one (not modal): asked for again, it comes to the front.
    QObject::connect(&window, &MainWindow::contactsRequested, &window,
                     [&window, &store, open = std::make_shared<QPointer<ContactsDialog>>()] {
                         if (!*open) {
                             *open = new ContactsDialog(store, window.reader(), &window);
                             (*open)->setAttribute(Qt::WA_DeleteOnClose);
                         }
                         (*open)->show();
                         (*open)->raise();
                         (*open)->activateWindow();
                     });
    QObject::connect(&window, &MainWindow::shortcutsRequested, &window, [&window] {
        auto *dialog = new ShortcutsDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace starling
