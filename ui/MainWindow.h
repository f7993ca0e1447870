// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QUuid>

#include <memory>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QAction;

namespace starling {

class AccountManager;
class AccountSwitcherModel;
class Database;
class InboxActions;
class InboxView;
class OnboardingView;
class ProfilePane;
class Store;
class SyncService;
class ThreadView;
struct ChangeSet;

/**
 * The main window (UI.md): accounts on the left, the inbox in the middle, the thread with its
 * compose box on the right, and the profile pane beside it. Every action has a key and a menu
 * entry; long work shows in the status bar; nothing blocks.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool demo = false;
    };

    MainWindow(Store &store, AccountManager &accounts, SyncService &sync, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    InboxView *inbox() const { return m_inbox; }
    ThreadView *thread() const { return m_thread; }
    ProfilePane *profile() const { return m_profile; }
    InboxActions *actions() const { return m_actions; }
    QListView *accountList() const { return m_accountList; }
    Database &reader() const { return *m_reader; }

    /** Opens a conversation in the thread pane and marks it read. */
    void openConversation(qint64 conversationId);
    /** Shows one account, or every account (null), as Ctrl+1…9 do. */
    void showAccount(const QUuid &accountId);
    /** Whether the onboarding shows instead of the panes (there is no account). */
    bool isOnboarding() const;

Q_SIGNALS:
    void addAccountRequested();
    /** "Try the demo", from the onboarding shown while there is no account. */
    void demoRequested();
    void settingsRequested();
    void newPostRequested();
    void shortcutsRequested();
    void savedRepliesRequested();
    void rulesRequested();
    void reportsRequested();
    /** Tools › Contacts…: the people we talk to, as a small CRM. */
    void contactsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void onStoreChanged(const ChangeSet &changes);
    void toggleDone();
    void updateStatus();

    Store &m_store;
    AccountManager &m_accounts;
    SyncService &m_sync;
    Options m_options;
    std::unique_ptr<Database> m_reader;
    InboxActions *m_actions = nullptr;
    AccountSwitcherModel *m_switcher = nullptr;
    QListView *m_accountList = nullptr;
    InboxView *m_inbox = nullptr;
    ThreadView *m_thread = nullptr;
    ProfilePane *m_profile = nullptr;
    QSplitter *m_splitter = nullptr;
    OnboardingView *m_onboarding = nullptr;
    QStackedWidget *m_central = nullptr; ///< the panes, or the onboarding while there is no account
    QLabel *m_syncLabel = nullptr;
    QAction *m_profileAction = nullptr;
    QUuid m_account;
    QUuid m_activeAccount;
    QString m_progress;
};

} // namespace starling
