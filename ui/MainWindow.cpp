// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "InboxActions.h"
#include "OnboardingView.h"
#include "RemoteText.h"
#include "Settings.h"
#include "accounts/AccountManager.h"
#include "accounts/AccountSwitcherDelegate.h"
#include "accounts/AccountSwitcherModel.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxView.h"
#include "profile/ProfilePane.h"
#include "store/ChangeSet.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"
#include "sync/SyncService.h"
#include "thread/ThreadView.h"
#include "windows/Prompt.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

MainWindow::MainWindow(Store &store, AccountManager &accounts, SyncService &sync, Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_accounts(accounts)
    , m_sync(sync)
    , m_options(options)
{
    setWindowTitle(options.demo ? tr("Starling — Demo") : tr("Starling"));
    setWindowIcon(QIcon(u":/icons/starling.svg"_s));
    auto reader = store.openReader();
    // The store was just opened by this process, so a reader can only fail if the disk did.
    Q_ASSERT(reader.ok());
    m_reader = std::move(reader).value();
    m_actions = new InboxActions(store, accounts, sync, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);

    // Left: the accounts, settings and sync state.
    auto *sidebar = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 8, 6, 6);
    auto *brand = new QLabel(tr("Starling"), sidebar);
    QFont brandFont = brand->font();
    brandFont.setBold(true);
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    brand->setFont(brandFont);
    sideLayout->addWidget(brand);
    m_switcher = new AccountSwitcherModel(accounts, *m_reader, this);
    m_accountList = new QListView(sidebar);
    m_accountList->setModel(m_switcher);
    m_accountList->setItemDelegate(new AccountSwitcherDelegate(m_accountList));
    m_accountList->setFrameShape(QFrame::NoFrame);
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setAccessibleDescription(tr("Show one account's conversations, or all of them"));
    m_accountList->setCurrentIndex(m_switcher->index(0));
    connect(m_accountList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showAccount(current.data(AccountSwitcherModel::AccountIdRole).toUuid());
            });
    sideLayout->addWidget(m_accountList, 1);
    auto *addAccount = new QPushButton(tr("Add account…"), sidebar);
    addAccount->setToolTip(tr("Sign in to an X, Mastodon or Bluesky account"));
    connect(addAccount, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    sideLayout->addWidget(addAccount);
    auto *settings = new QPushButton(tr("⚙ Settings"), sidebar);
    settings->setToolTip(tr("Accounts, notifications, sync and language"));
    connect(settings, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    sideLayout->addWidget(settings);
    m_syncLabel = remotetext::plainLabel(sidebar);
    m_syncLabel->setEnabled(false);
    m_syncLabel->setWordWrap(true);
    sideLayout->addWidget(m_syncLabel);

    m_inbox = new InboxView(*m_reader, m_store, m_splitter);
    m_thread = new ThreadView(*m_reader, *m_actions, m_splitter);
    m_profile = new ProfilePane(store, *m_reader, m_splitter);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(m_thread);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setStretchFactor(3, 0);
    m_splitter->setSizes({200, 400, 600, 240});
    // Until there is an account, the onboarding stands where the panes will be.
    m_onboarding = new OnboardingView(this);
    connect(m_onboarding, &OnboardingView::addAccountRequested, this, &MainWindow::addAccountRequested);
    connect(m_onboarding, &OnboardingView::demoRequested, this, &MainWindow::demoRequested);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_splitter);
    m_central->addWidget(m_onboarding);
    setCentralWidget(m_central);
    const auto showOnboarding = [this] {
        m_central->setCurrentWidget(m_accounts.count() == 0 ? static_cast<QWidget *>(m_onboarding) : m_splitter);
        updateStatus();
    };
    connect(&accounts, &AccountManager::accountAdded, this, showOnboarding);
    connect(&accounts, &AccountManager::accountRemoved, this, showOnboarding);
    showOnboarding();

    connect(m_inbox, &InboxView::currentConversationChanged, this, &MainWindow::openConversation);
    connect(m_inbox, &InboxView::conversationActivated, this, [this](qint64 id) {
        openConversation(id);
        m_thread->startReply(m_thread->compose()->mode());
    });
    connect(m_thread, &ThreadView::backToList, m_inbox, &InboxView::focusList);
    m_thread->setAccountNames([this](const QUuid &id) {
        const auto a = m_accounts.account(id);
        return a ? (a->displayName.isEmpty() ? a->handle : a->displayName) : QString();
    });
    connect(m_inbox, &InboxView::bulkDoneRequested, this,
            [this](const QList<qint64> &ids) { m_actions->setState(ids, Conversation::State::Done); });
    connect(m_inbox, &InboxView::bulkReadRequested, this,
            [this](const QList<qint64> &ids) { m_actions->markRead(ids); });
    connect(m_inbox, &InboxView::bulkTagRequested, this, [this](const QList<qint64> &ids) {
        QStringList known;
        if (auto tags = WorkflowRepository(*m_reader).tags()) {
            for (const Tag &t : tags.value())
                known << t.name;
        }
        const QString tag = Prompt::askText(this, tr("Tag", "dialog title, verb"),
                                            tr("Tag %n conversation(s) with:", nullptr, int(ids.size())), known);
        if (!tag.isEmpty())
            m_actions->addTag(ids, tag);
    });
    connect(m_inbox, &InboxView::bulkAssignRequested, this, [this](const QList<qint64> &ids) {
        const QString who = Prompt::askText(
            this, tr("Assign"), tr("Who answers these %n conversation(s)? (empty: no one)", nullptr, int(ids.size())));
        m_actions->assign(ids, who);
    });
    connect(m_thread, &ThreadView::toggleDoneRequested, this, &MainWindow::toggleDone);
    connect(m_profile, &ProfilePane::conversationActivated, this, &MainWindow::openConversation);
    connect(m_actions, &InboxActions::directConversationReady, this, [this](qint64 id) {
        openConversation(id);
        m_thread->startReply(ComposeWidget::Mode::DirectMessage);
    });
    connect(&store, &Store::changed, this, &MainWindow::onStoreChanged);
    connect(&sync, &SyncService::syncProgress, this, [this](const QUuid &account, SyncStream stream, int pages, int) {
        const auto a = m_accounts.account(account);
        const QString handle = a ? u"@"_s + a->handle : QString();
        if (stream == SyncStream::DirectMessages) {
            //: %1 is the account's handle, %2 the page number
            m_progress = tr("Syncing the DMs of %1: page %2").arg(handle).arg(pages);
        } else {
            //: %1 is the account's handle, %2 the page number
            m_progress = tr("Syncing the mentions of %1: page %2").arg(handle).arg(pages);
        }
        updateStatus();
    });
    connect(&sync, &SyncService::cycleFinished, this, [this] {
        m_progress.clear();
        updateStatus();
    });
    connect(&accounts, &AccountManager::statusChanged, this, &MainWindow::updateStatus);

    buildActions();
    QSettings prefs;
    m_profile->setVisible(prefs.value(settings::showProfile, true).toBool());
    m_profileAction->setChecked(m_profile->isVisible());
    if (!restoreGeometry(prefs.value(settings::windowGeometry).toByteArray()))
        resize(1440, 900);
    m_splitter->restoreState(prefs.value(settings::splitterState).toByteArray());
    updateStatus();
    m_inbox->focusList();
    if (const qint64 first = m_inbox->currentConversation())
        openConversation(first);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    const auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        auto *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // works while the menu bar is hidden, too
        return action;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("New post…"), QKeySequence::New, [this] { Q_EMIT newPostRequested(); });
    add(file, tr("Add account…"), QKeySequence(), [this] { Q_EMIT addAccountRequested(); });
    add(file, tr("Sync now"), QKeySequence(Qt::Key_F5), [this] { m_sync.syncNow(m_account); });
    file->addSeparator();
    add(file, tr("Settings…"), QKeySequence::Preferences, [this] { Q_EMIT settingsRequested(); });
    file->addSeparator();
    add(file, tr("Quit"), QKeySequence::Quit, [] { QApplication::quit(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_profileAction = add(view, tr("Profile pane"), QKeySequence(Qt::CTRL | Qt::Key_I), [this](bool on) {
        m_profile->setVisible(on);
        QSettings().setValue(settings::showProfile, on);
    });
    m_profileAction->setCheckable(true);
    view->addSeparator();
    for (int i = 0; i < 9; ++i) {
        add(view, i == 0 ? tr("All accounts") : tr("Account %1").arg(i),
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), [this, i] {
                if (i < m_switcher->rowCount())
                    m_accountList->setCurrentIndex(m_switcher->index(i));
            });
    }
    view->addSeparator();
    add(view, tr("Search"), QKeySequence(Qt::Key_Slash), [this] { m_inbox->focusSearch(); });
    add(view, tr("Search (Ctrl+F)"), QKeySequence::Find, [this] { m_inbox->focusSearch(); });

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    add(conversation, tr("Next"), QKeySequence(Qt::Key_J), [this] { m_inbox->moveSelection(1); });
    add(conversation, tr("Previous"), QKeySequence(Qt::Key_K), [this] { m_inbox->moveSelection(-1); });
    add(conversation, tr("Open"), QKeySequence(Qt::Key_Return), [this] {
        if (m_inbox->list()->hasFocus() || m_accountList->hasFocus())
            m_thread->startReply(m_thread->compose()->mode());
    });
    add(conversation, tr("Reply"), QKeySequence(Qt::Key_R), [this] {
        const auto c = m_thread->conversation();
        m_thread->startReply(c && c->conversation.kind == Conversation::Kind::PublicThread
                                 ? ComposeWidget::Mode::PublicReply
                                 : ComposeWidget::Mode::DirectMessage);
    });
    add(conversation, tr("Reply by DM"), QKeySequence(Qt::Key_D),
        [this] { m_thread->startReply(ComposeWidget::Mode::DirectMessage); });
    add(conversation, tr("Done / open again"), QKeySequence(Qt::Key_E), [this] { toggleDone(); });
    add(conversation, tr("Take it"), QKeySequence(Qt::Key_T), [this] { m_thread->take(); });
    add(conversation, tr("Mark unread"), QKeySequence(Qt::Key_U), [this] {
        if (const auto c = m_thread->conversation())
            m_actions->markUnread(c->conversation.id);
    });
    add(conversation, tr("Back to the list"), QKeySequence(Qt::Key_Escape), [this] { m_inbox->focusList(); });
    add(conversation, tr("Insert a saved reply"), QKeySequence(Qt::CTRL | Qt::Key_Semicolon),
        [this] { m_thread->pickSavedReply(); });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    add(tools, tr("Saved replies…"), QKeySequence(), [this] { Q_EMIT savedRepliesRequested(); });
    add(tools, tr("Rules…"), QKeySequence(), [this] { Q_EMIT rulesRequested(); });
    add(tools, tr("Reports…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { Q_EMIT reportsRequested(); });
    add(tools, tr("Contacts…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { Q_EMIT contactsRequested(); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("Keyboard shortcuts"), QKeySequence(Qt::Key_Question), [this] { Q_EMIT shortcutsRequested(); });
}

void MainWindow::showAccount(const QUuid &accountId)
{
    m_account = accountId;
    m_inbox->setAccount(accountId);
    const int row = m_switcher->rowOf(accountId);
    if (m_accountList->currentIndex().row() != row)
        m_accountList->setCurrentIndex(m_switcher->index(row));
    openConversation(m_inbox->currentConversation());
}

void MainWindow::openConversation(qint64 conversationId)
{
    std::optional<ConversationSummary> summary;
    if (conversationId > 0) {
        auto found = ConversationRepository(*m_reader).byId(conversationId);
        if (found && found.value())
            summary = *found.value();
    }
    if (summary && m_thread->conversation() && m_thread->conversation()->conversation.id == conversationId
        && m_thread->conversation()->conversation.unreadCount == 0)
        return;
    m_thread->showConversation(summary);
    m_profile->showPerson(summary);
    m_inbox->selectConversation(conversationId);
    // Poll the open conversation's account faster while it is on screen.
    const QUuid account = summary ? summary->conversation.accountId : QUuid();
    if (account != m_activeAccount) {
        if (!m_activeAccount.isNull())
            m_sync.setActive(m_activeAccount, false);
        if (!account.isNull())
            m_sync.setActive(account, true);
        m_activeAccount = account;
    }
    if (summary && summary->conversation.unreadCount > 0)
        m_actions->markRead(conversationId);
}

void MainWindow::toggleDone()
{
    const auto c = m_thread->conversation();
    if (!c)
        return;
    const bool done = c->conversation.state == Conversation::State::Done;
    m_actions->setState(c->conversation.id, done ? Conversation::State::Open : Conversation::State::Done);
    if (!done)
        m_inbox->moveSelection(1); // triage: on to the next one
}

void MainWindow::onStoreChanged(const ChangeSet &changes)
{
    m_inbox->applyChanges(changes);
    m_thread->applyChanges(changes);
    m_switcher->refreshCounts();
    if (changes.accountsChanged)
        updateStatus();
}

void MainWindow::updateStatus()
{
    QStringList parts;
    for (const Account &a : m_accounts.accounts()) {
        const AccountStatus status = m_accounts.status(a.id);
        if (status.state != AccountState::Connected)
            parts << u"%1 @%2: %3"_s.arg(networkDisplayName(a.network), a.handle, status.text());
    }
    if (!m_progress.isEmpty())
        parts.prepend(m_progress);
    if (m_accounts.count() == 0) {
        statusBar()->clearMessage(); // nothing to sync yet: the onboarding speaks
        m_syncLabel->clear();
        return;
    }
    const QString text = parts.isEmpty() ? tr("Sync: all accounts up to date") : parts.join(u" · "_s);
    statusBar()->showMessage(text);
    m_syncLabel->setText(parts.isEmpty() ? tr("Sync: ok") : tr("Sync: %1").arg(parts.constFirst()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings prefs;
    prefs.setValue(settings::windowGeometry, saveGeometry());
    prefs.setValue(settings::splitterState, m_splitter->saveState());
    if (prefs.value(settings::closeToTray, false).toBool() && !QApplication::closingDown()
        && QApplication::instance()->property("trayAvailable").toBool()) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::isOnboarding() const
{
    return m_central->currentWidget() == m_onboarding;
}

} // namespace starling
