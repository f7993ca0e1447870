// SPDX-License-Identifier: GPL-3.0-or-later
// The main window end to end, driven with keys and clicks as a person would (offscreen): a real
// store in a temporary profile, two X accounts synced by the real SyncService and XClient from an
// in-process sandbox X server, and the flows of the inbox: open a conversation (j/k, Enter), reply
// by DM, reply in public, "Switch to DM", mark done (e), search (/), switch account (Ctrl+1…3),
// over-limit text blocked, and a failed send shown with Retry that then succeeds; names, bios,
// titles and messages full of markup shown as they are in every pane, and a message the outbox
// could not store kept in the compose box with the reason.

#include "FakeCredentialStore.h"
#include "InboxActions.h"
#include "LoopbackServer.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Settings.h"
#include "TestData.h"
#include "accounts/AccountManager.h"
#include "accounts/AccountSwitcherModel.h"
#include "auth/FixedAccessToken.h"
#include "bluesky/BlueskyServer.h"
#include "compose/ComposeWidget.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxView.h"
#include "inbox/SearchResultModel.h"
#include "mastodon/MastodonServer.h"
#include "profile/ProfilePane.h"
#include "providers/ProviderFactory.h"
#include "providers/bluesky/BlueskyClient.h"
#include "providers/x/XClient.h"
#include "services/SignInService.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"
#include "sync/SyncService.h"
#include "thread/MessageDelegate.h"
#include "thread/MessageListModel.h"
#include "thread/ThreadView.h"
#include "tray/TrayIcon.h"
#include "windows/AddAccountDialog.h"
#include "windows/Dialogs.h"
#include "windows/NewPostDialog.h"
#include "windows/Prompt.h"
#include "windows/ReportsDialog.h"
#include "windows/RulesDialog.h"
#include "windows/SettingsDialog.h"
#include "x/XServer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace starling;
using starling::sandbox::BlueskyServer;
using starling::sandbox::Fault;
using starling::sandbox::LoopbackServer;
using starling::sandbox::XServer;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 20000;

/** Keeps an account's sandbox token for as long as its client lives (as app/DemoSession.cpp does). */
class TokenHolder final : public QObject
{
public:
    TokenHolder(QByteArray token, QObject *parent)
        : QObject(parent)
        , source(std::move(token))
    {
    }
    FixedAccessToken source;
};

/** X clients pointed at the sandbox server, each account with its own token (its own "me"). */
class SandboxProviderFactory final : public ProviderFactory
{
public:
    SandboxProviderFactory(QUrl base, QHash<QUuid, QByteArray> tokens)
        : m_base(std::move(base))
        , m_tokens(std::move(tokens))
    {
    }

    /** Bluesky accounts talk to @p base, with the access tokens in the map given at construction. */
    void setBluesky(QUrl base) { m_blueskyBase = std::move(base); }
    void addToken(const QUuid &account, const QByteArray &token) { m_tokens.insert(account, token); }

    ProviderClient *create(const Account &account, QObject *parent) override
    {
        if (!m_tokens.contains(account.id))
            return nullptr;
        if (account.network == Network::Bluesky && !m_blueskyBase.isEmpty()) {
            auto *holder = new TokenHolder(m_tokens.value(account.id), parent);
            BlueskyClient::Config config;
            config.service = m_blueskyBase;
            config.accountId = account.id;
            config.ownDid = account.remoteUserId;
            return new BlueskyClient(config, &holder->source, parent);
        }
        if (account.network != Network::X)
            return nullptr;
        auto *holder = new TokenHolder(m_tokens.value(account.id), parent);
        XClient::Config config;
        config.apiBase = m_base;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        return new XClient(config, &holder->source, parent);
    }

private:
    QUrl m_base;
    QUrl m_blueskyBase;
    QHash<QUuid, QByteArray> m_tokens;
};

/**
 * The user's browser, for QDesktopServices::openUrl(): opens the sign-in page and follows its
 * redirects back to the app's loopback listener, as a user who clicks "Authorize" would.
 */
class Browser final : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened.append(url);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

public:
    QList<QUrl> opened;

private:
    QNetworkAccessManager m_network;
};

/**
 * Notices anyone in this process opening a named pipe to read it, and lets them go on. A reader
 * blocks in open() until a writer comes, which would freeze the GUI thread and hang the test;
 * opening the write end without blocking works only while someone waits to read, so each
 * success is a read attempt, counted, and closed at once: the reader sees an empty file.
 */
class FifoWatchdog
{
public:
    explicit FifoWatchdog(const QString &path)
        : m_path(QFile::encodeName(path))
        , m_thread([this] { watch(); })
    {
    }
    ~FifoWatchdog()
    {
        m_stop = true;
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(FifoWatchdog)

    int reads() const { return m_reads; }

private:
    void watch()
    {
        while (!m_stop) {
            const int fd = ::open(m_path.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) {
                ++m_reads;
                ::close(fd);
            }
            // A poll for a reader, not a measurement: nothing in the test waits on this pace.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    const QByteArray m_path;
    std::atomic<bool> m_stop = false;
    std::atomic<int> m_reads = 0;
    std::thread m_thread; ///< last: it starts once the rest is ready
};

/** What a tool tip shows for @p tip: QToolTip reads it as rich text when Qt::mightBeRichText() says so. */
QString shownToolTip(const QString &tip)
{
    return Qt::mightBeRichText(tip) ? QTextDocumentFragment::fromHtml(tip).toPlainText() : tip;
}

/** The labels under @p root that hold one of @p hostile as it is and would read it as markup. */
QStringList labelsReadingMarkup(const QWidget *root, const QStringList &hostile)
{
    QStringList found;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        if (rich && std::any_of(hostile.cbegin(), hostile.cend(), [&](const QString &h) {
                return label->text().contains(h);
            }))
            found << label->text().left(80);
    }
    return found;
}

/** The label under @p root whose text is @p text, or null. */
QLabel *labelShowing(const QWidget *root, const QString &text)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensConversationWithKeys();
    void panesFitALaptopScreen();
    void repliesByDirectMessage();
    void repliesInPublic();
    void switchesToDirectMessage();
    void marksDone();
    void takesAndFiltersAssignments();
    void warnsWhenSomeoneElseAnswered();
    void searches_data();
    void searches();
    void switchesAccount();
    void blocksOverLimitText_data();
    void blocksOverLimitText();
    void retriesFailedSend();
    void addsMastodonAccount();
    void showsOnboardingWithoutAccounts();
    void trayBadgeFollowsAllAccounts();
    void showsRemoteTextAsItIs();
    void keepsMessageTheOutboxCouldNotTake();
    void keepsPostTheOutboxCouldNotTake();
    void testsRuleOnTheReaderThread();
    void blueskyFlows();
    void addsBlueskyAccount();

private:
    /** Presses @p key where the keyboard focus is, as a person would. */
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    /** Moves the inbox selection to the conversation with @p name using j/k, and checks it opened. */
    void goTo(const QString &name);
    /** The row of the conversation with @p name in the inbox list, or -1. */
    int rowOf(const QString &name) const;
    qint64 idOf(const QString &name) const;
    /** The row of the thread's message with @p text, or -1. */
    int messageRow(const QString &text) const;
    QRect retryRectOf(int row) const;
    /** Whether the sandbox holds a DM with @p text from @p sender in @p conversation. */
    bool hasDm(const QString &conversation, const QString &sender, const QString &text) const;
    QPushButton *button(QWidget *parent, const QString &text) const;
    /** Stores @p page as a sync would and waits until the inbox shows the conversation @p name. */
    void storeAndShow(const SyncPage &page, const QString &name);

    ComposeWidget *compose() const { return m_window->thread()->compose(); }
    ConversationListModel *inboxModel() const { return m_window->inbox()->model(); }
    MessageListModel *threadModel() const { return m_window->thread()->model(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_databasePath;
    std::unique_ptr<XServer> m_x;
    std::unique_ptr<BlueskyServer> m_bluesky;
    SandboxProviderFactory *m_factory = nullptr; ///< owned by m_sync
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_inboxTester;
    std::unique_ptr<QAbstractItemModelTester> m_threadTester;

    Account m_shop; ///< the first account: @shop
    Account m_outlet; ///< the second account: @outlet, another X user
    QString m_dana, m_ben, m_ana, m_priya, m_marcus; ///< X user ids
    QString m_mentionPost; ///< Priya's public post mentioning @shop
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    // What a failed init() left behind goes first, in its order (QtTest skips cleanup() then).
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    // The sandbox world: two shops on X and their customers, written over the last hour.
    m_x = std::make_unique<XServer>();
    QVERIFY(m_x->listen());
    m_x->setAllRateLimits(100000); // these tests are not about X's 15 DM reads a window
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QDateTime>(now.addSecs(-3600));
    m_x->setClock([clock] { return *clock; });
    const QString shop = m_x->addUser(u"shop"_s, u"The Shop"_s);
    const QString outlet = m_x->addUser(u"outlet"_s, u"The Outlet"_s);
    m_dana = m_x->addUser(u"dana_ortiz"_s, u"Dana Ortiz"_s);
    m_ben = m_x->addUser(u"ben_ito"_s, u"Ben Ito"_s);
    m_ana = m_x->addUser(u"ana_lima"_s, u"Ana Lima"_s);
    m_priya = m_x->addUser(u"priya_nair"_s, u"Priya Nair"_s);
    m_marcus = m_x->addUser(u"marcus_lee"_s, u"Marcus Lee"_s);
    const auto at = [&](int minutesAgo) { *clock = now.addSecs(-60 * minutesAgo); };
    at(40);
    QVERIFY(!m_x->deliverDirectMessage(m_ana, shop, u"The mug arrived broken, can you send another?"_s).isEmpty());
    at(30);
    QVERIFY(
        !m_x->deliverDirectMessage(m_ben, shop, u"Do you ship to Japan? The linen shirt is not listed."_s).isEmpty());
    at(20);
    m_mentionPost = m_x->mention(m_priya, shop, u"is the sale on until Sunday?"_s);
    QVERIFY(!m_mentionPost.isEmpty());
    at(15);
    QVERIFY(
        !m_x->deliverDirectMessage(m_marcus, outlet, u"Can I change the delivery address on my order?"_s).isEmpty());
    at(10);
    QVERIFY(!m_x->deliverDirectMessage(m_dana, shop, u"Hi! My order #4411 never arrived."_s).isEmpty());
    m_x->setClock({});

    // The profile: settings, store, accounts; their sync through the real client and service.
    auto profile = Profile::open(m_dir->filePath(u"profile"_s));
    QVERIFY(profile.ok());
    profile->useForSettings();
    m_databasePath = profile->databasePath();
    auto store = Store::open(m_databasePath);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    m_store = std::move(store).value();
    m_settings = std::make_unique<QSettings>();
    m_credentials = std::make_unique<FakeCredentialStore>();
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_credentials.get(), m_store.get());
    m_accounts->load();

    m_shop = Account();
    m_shop.id = QUuid(u"{5a1f0000-0000-4000-8000-000000000001}"_s);
    m_shop.network = Network::X;
    m_shop.handle = u"shop"_s;
    m_shop.displayName = u"The Shop"_s;
    m_shop.remoteUserId = shop;
    m_outlet = m_shop;
    m_outlet.id = QUuid(u"{5a1f0000-0000-4000-8000-000000000002}"_s);
    m_outlet.handle = u"outlet"_s;
    m_outlet.displayName = u"The Outlet"_s;
    m_outlet.remoteUserId = outlet;
    QHash<QUuid, QByteArray> tokens{{m_shop.id, m_x->addToken(shop)}, {m_outlet.id, m_x->addToken(outlet)}};
    auto factory = std::make_unique<SandboxProviderFactory>(m_x->baseUrl(), tokens);
    m_factory = factory.get();
    m_sync = std::make_unique<SyncService>(m_store.get(), m_accounts.get(), std::move(factory));
    QVERIFY(m_accounts->add(m_shop).ok());
    QVERIFY(m_accounts->add(m_outlet).ok());
    m_sync->start();

    m_window = std::make_unique<MainWindow>(*m_store, *m_accounts, *m_sync, MainWindow::Options{});
    // The window's own models stay under the tester while the flows run.
    m_inboxTester = std::make_unique<QAbstractItemModelTester>(inboxModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_threadTester = std::make_unique<QAbstractItemModelTester>(threadModel(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // The first sync brings all five conversations, newest first; the first to arrive opens by
    // itself, and the list has the keyboard.
    QTRY_COMPARE_WITH_TIMEOUT(inboxModel()->rowCount(), 5, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thread()->conversation().has_value(), waitMs);
    QCOMPARE(rowOf(u"Dana Ortiz"_s), 0);
    QCOMPARE(rowOf(u"Marcus Lee"_s), 1);
    QCOMPARE(rowOf(u"Priya Nair"_s), 2);
    QCOMPARE(rowOf(u"Ben Ito"_s), 3);
    QCOMPARE(rowOf(u"Ana Lima"_s), 4);
    QVERIFY(m_window->inbox()->currentConversation() > 0);
    QCOMPARE(m_window->thread()->conversation()->conversation.id, m_window->inbox()->currentConversation());
    QVERIFY(m_window->inbox()->list()->hasFocus());
}

void TestMainWindow::cleanup()
{
    m_inboxTester.reset();
    m_threadTester.reset();
    m_window.reset();
    m_sync.reset();
    m_accounts.reset();
    m_credentials.reset();
    m_settings.reset();
    m_store.reset();
    m_factory = nullptr;
    m_bluesky.reset();
    m_x.reset();
    m_dir.reset();
}

void TestMainWindow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window.get(), key, modifiers);
}

void TestMainWindow::type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

int TestMainWindow::rowOf(const QString &name) const
{
    for (int row = 0; row < inboxModel()->rowCount(); ++row) {
        if (inboxModel()->index(row).data(ConversationListModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

qint64 TestMainWindow::idOf(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? 0 : inboxModel()->index(row).data(ConversationListModel::IdRole).toLongLong();
}

void TestMainWindow::goTo(const QString &name)
{
    const int target = rowOf(name);
    QVERIFY2(target >= 0, qPrintable(name));
    if (!m_window->inbox()->list()->hasFocus())
        press(Qt::Key_Escape); // back to the list
    QVERIFY(m_window->inbox()->list()->hasFocus());
    int current = m_window->inbox()->list()->currentIndex().row();
    while (current != target) {
        press(current < target ? Qt::Key_J : Qt::Key_K);
        const int next = m_window->inbox()->list()->currentIndex().row();
        QVERIFY2(next != current, "j/k did not move the selection");
        current = next;
    }
    QCOMPARE(m_window->inbox()->currentConversation(), idOf(name));
    QVERIFY(m_window->thread()->conversation());
    QCOMPARE(m_window->thread()->conversation()->conversation.id, idOf(name));
    QCOMPARE(threadModel()->conversationId(), idOf(name));
}

int TestMainWindow::messageRow(const QString &text) const
{
    for (int row = threadModel()->rowCount() - 1; row >= 0; --row) {
        if (threadModel()->index(row).data(MessageListModel::TextRole).toString() == text)
            return row;
    }
    return -1;
}

QRect TestMainWindow::retryRectOf(int row) const
{
    QListView *list = m_window->thread()->list();
    const QModelIndex index = threadModel()->index(row);
    list->scrollTo(index);
    // What the view gives its delegate: its font and the row's rectangle.
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.font = list->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.rect = list->visualRect(index);
    option.widget = list;
    auto *delegate = qobject_cast<MessageDelegate *>(list->itemDelegate());
    return delegate ? delegate->retryRect(option, index) : QRect();
}

bool TestMainWindow::hasDm(const QString &conversation, const QString &sender, const QString &text) const
{
    const QList<sandbox::XDmEvent> events = m_x->dmEvents(conversation);
    return std::any_of(events.cbegin(), events.cend(),
                       [&](const sandbox::XDmEvent &e) { return e.text == text && e.senderId == sender; });
}

void TestMainWindow::storeAndShow(const SyncPage &page, const QString &name)
{
    std::optional<Result<ChangeSet>> stored;
    m_store->storePage(page, this, [&stored](const Result<ChangeSet> &r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), waitMs);
    QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().message()));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(name) >= 0, waitMs);
}

QPushButton *TestMainWindow::button(QWidget *parent, const QString &text) const
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text || b->accessibleName() == text)
            return b;
    }
    return nullptr;
}

void TestMainWindow::panesFitALaptopScreen()
{
    // With a conversation open (thread and profile pane filled), the four panes fit a 1280 pixel
    // wide screen: the inbox's filter chips wrap instead of widening their pane.
    goTo(u"Ben Ito"_s);
    QVERIFY(m_window->thread()->conversation());
    QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    m_window->resize(1280, 800);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->width(), 1280, waitMs);
    QWidget *inbox = m_window->inbox();
    const QRect inboxArea = inbox->rect();
    int chips = 0;
    for (QPushButton *chip : inbox->findChildren<QPushButton *>()) {
        if (!chip->accessibleName().startsWith(u"Show: "_s))
            continue;
        ++chips;
        QVERIFY2(chip->isVisible(), qPrintable(chip->text()));
        const QRect area(chip->mapTo(inbox, QPoint(0, 0)), chip->size());
        QVERIFY2(inboxArea.contains(area), qPrintable(chip->text()));
    }
    QCOMPARE(chips, 9);
    for (QWidget *pane : {static_cast<QWidget *>(m_window->inbox()), static_cast<QWidget *>(m_window->thread())})
        QVERIFY(pane->width() >= pane->minimumSizeHint().width());
}

void TestMainWindow::opensConversationWithKeys()
{
    // j and k move through the list; each conversation opens as the selection reaches it.
    goTo(u"Dana Ortiz"_s);
    QCOMPARE(m_window->inbox()->list()->currentIndex().row(), 0);
    press(Qt::Key_J);
    QCOMPARE(m_window->inbox()->list()->currentIndex().row(), 1);
    QCOMPARE(m_window->thread()->conversation()->conversation.id, m_window->inbox()->currentConversation());
    press(Qt::Key_K);
    QCOMPARE(m_window->inbox()->list()->currentIndex().row(), 0);
    press(Qt::Key_K); // stays at the top
    QCOMPARE(m_window->inbox()->list()->currentIndex().row(), 0);

    // Ben's DM: its messages show, it is marked read, and Enter puts the cursor in the reply box.
    goTo(u"Ben Ito"_s);
    QCOMPARE(threadModel()->rowCount(), 1);
    QCOMPARE(threadModel()->index(0).data(MessageListModel::TextRole).toString(),
             u"Do you ship to Japan? The linen shirt is not listed."_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        inboxModel()->index(rowOf(u"Ben Ito"_s)).data(ConversationListModel::UnreadCountRole).toInt(), 0, waitMs);
    press(Qt::Key_Return);
    QVERIFY(compose()->editor()->hasFocus());
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    const auto labels = m_window->thread()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == u"Ben Ito"_s; }));

    // Esc goes back to the list; a mention opens ready for a public reply.
    press(Qt::Key_Escape);
    QVERIFY(m_window->inbox()->list()->hasFocus());
    goTo(u"Priya Nair"_s);
    QCOMPARE(m_window->thread()->conversation()->conversation.kind, Conversation::Kind::PublicThread);
    press(Qt::Key_Return);
    QVERIFY(compose()->editor()->hasFocus());
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
}

void TestMainWindow::repliesByDirectMessage()
{
    goTo(u"Dana Ortiz"_s);
    press(Qt::Key_Return);
    QVERIFY(compose()->editor()->hasFocus());
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    const QString answer = u"Sorry Dana! We are checking with the courier now."_s;
    type(answer);
    QCOMPARE(compose()->text(), answer);
    QVERIFY(compose()->canSend());
    press(Qt::Key_Return, Qt::ControlModifier);
    // The box empties once the outbox has stored the message, not before.
    QTRY_VERIFY_WITH_TIMEOUT(compose()->text().isEmpty(), waitMs);

    // The DM is on the server, from the shop, in its conversation with Dana…
    const QString conversation = XServer::directConversationId(m_shop.remoteUserId, m_dana);
    QTRY_VERIFY_WITH_TIMEOUT(hasDm(conversation, m_shop.remoteUserId, answer), waitMs);
    // …and its bubble, ours, says sent.
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(answer) >= 0, waitMs);
    QVERIFY(threadModel()->index(messageRow(answer)).data(MessageListModel::OutboundRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(answer)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
    QVERIFY(retryRectOf(messageRow(answer)).isEmpty());
    // Answered: the inbox row no longer needs a reply.
    QTRY_VERIFY_WITH_TIMEOUT(
        !inboxModel()->index(rowOf(u"Dana Ortiz"_s)).data(ConversationListModel::NeedsReplyRole).toBool(), waitMs);
}

void TestMainWindow::repliesInPublic()
{
    goTo(u"Priya Nair"_s);
    press(Qt::Key_R); // reply: in public, on a mention
    QVERIFY(compose()->editor()->hasFocus());
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
    const QString answer = u"Yes, until Sunday at midnight!"_s;
    type(answer);
    QCOMPARE(compose()->counterText(), u"%1/280"_s.arg(answer.size()));
    press(Qt::Key_Return, Qt::ControlModifier);

    // A post by the shop that answers Priya's post.
    const auto replied = [&] {
        const auto posts = m_x->posts();
        return std::any_of(posts.cbegin(), posts.cend(), [&](const auto &p) {
            return p.authorId == m_shop.remoteUserId && p.inReplyToPostId == m_mentionPost && p.text == answer;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(replied(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(answer) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(answer)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
    // Nothing went out as a DM.
    QVERIFY(m_x->dmEvents(XServer::directConversationId(m_shop.remoteUserId, m_priya)).isEmpty());
}

void TestMainWindow::switchesToDirectMessage()
{
    goTo(u"Priya Nair"_s);
    press(Qt::Key_Return);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
    type(u"Happy to help!"_s);
    QPushButton *switchToDm = button(compose(), u"Switch to DM"_s);
    QVERIFY(switchToDm);
    QVERIFY(switchToDm->isVisible());
    const qint64 mention = idOf(u"Priya Nair"_s);
    QTest::mouseClick(switchToDm, Qt::LeftButton);

    // In public: the text and the link that opens a DM with the shop, in reply to Priya's post.
    const QString link = u"https://x.com/messages/compose?recipient_id="_s + m_shop.remoteUserId;
    const auto publicAnswer = [&] {
        const auto posts = m_x->posts();
        return std::any_of(posts.cbegin(), posts.cend(), [&](const auto &p) {
            return p.authorId == m_shop.remoteUserId && p.inReplyToPostId == m_mentionPost
                   && p.text.startsWith(u"Happy to help!"_s) && p.text.contains(link);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(publicAnswer(), waitMs);

    // Then the DM conversation with Priya is open, in DM mode, with the cursor in it.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->thread()->conversation() && m_window->thread()->conversation()->conversation.id != mention, waitMs);
    const ConversationSummary direct = *m_window->thread()->conversation();
    QCOMPARE(direct.conversation.kind, Conversation::Kind::Direct);
    QCOMPARE(direct.counterpart.remoteId, m_priya);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    QVERIFY(compose()->editor()->hasFocus());
    QVERIFY(compose()->text().isEmpty());

    const QString dm = u"Could you send me your order number?"_s;
    type(dm);
    press(Qt::Key_Return, Qt::ControlModifier);
    const QString conversation = XServer::directConversationId(m_shop.remoteUserId, m_priya);
    QTRY_VERIFY_WITH_TIMEOUT(hasDm(conversation, m_shop.remoteUserId, dm), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(dm) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(dm)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
}

void TestMainWindow::marksDone()
{
    goTo(u"Ana Lima"_s);
    const qint64 ana = idOf(u"Ana Lima"_s);
    press(Qt::Key_E);
    // It leaves the inbox, and the selection goes on to the next one.
    QTRY_COMPARE_WITH_TIMEOUT(inboxModel()->rowOf(ana), -1, waitMs);
    QCOMPARE(inboxModel()->rowCount(), 4);
    QVERIFY(m_window->inbox()->currentConversation() != ana);

    // Under "Done" it is there.
    QPushButton *done = button(m_window->inbox(), u"Show: Done"_s);
    QVERIFY(done);
    QTest::mouseClick(done, Qt::LeftButton);
    QCOMPARE(m_window->inbox()->filter(), InboxView::Filter::Done);
    QCOMPARE(inboxModel()->rowCount(), 1);
    QCOMPARE(inboxModel()->rowOf(ana), 0);
    QCOMPARE(inboxModel()->index(0).data(ConversationListModel::StateRole).toInt(), int(Conversation::State::Done));

    // e on it opens it again: back in the inbox.
    m_window->inbox()->focusList();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->thread()->conversation()->conversation.id, ana, waitMs);
    press(Qt::Key_E);
    QTRY_COMPARE_WITH_TIMEOUT(inboxModel()->rowCount(), 0, waitMs);
    QTest::mouseClick(button(m_window->inbox(), u"Show: Inbox"_s), Qt::LeftButton);
    QCOMPARE(inboxModel()->rowCount(), 5);
    QVERIFY(inboxModel()->rowOf(ana) >= 0);
}

void TestMainWindow::takesAndFiltersAssignments()
{
    QSettings().setValue(settings::yourName, u"Sam"_s);
    const auto forget = qScopeGuard([] { QSettings().remove(settings::yourName); });
    TrayIcon tray(*m_window, *m_accounts, *m_store);

    // T takes the open conversation; its Take it button goes, the assignee shows.
    goTo(u"Ana Lima"_s);
    const qint64 ana = idOf(u"Ana Lima"_s);
    QPushButton *take = button(m_window->thread(), u"✋ Take it"_s);
    QVERIFY(take && take->isVisibleTo(m_window.get()));
    press(Qt::Key_T);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->thread()->conversation()->conversation.assignee, u"Sam"_s, waitMs);
    QVERIFY(!take->isVisibleTo(m_window.get()));
    QVERIFY(button(m_window->thread(), u"👤 Sam"_s));

    // Mine and Unassigned.
    QTest::mouseClick(button(m_window->inbox(), u"Show: Mine"_s), Qt::LeftButton);
    QCOMPARE(m_window->inbox()->filter(), InboxView::Filter::Mine);
    QCOMPARE(inboxModel()->rowCount(), 1);
    QCOMPARE(inboxModel()->rowOf(ana), 0);
    QTest::mouseClick(button(m_window->inbox(), u"Show: Unassigned"_s), Qt::LeftButton);
    QCOMPARE(inboxModel()->rowCount(), 4);
    QCOMPARE(inboxModel()->rowOf(ana), -1);

    // Another agent's Starling takes Ben's conversation while this window still shows it free:
    // T then says who was first, and the thread catches up.
    QTest::mouseClick(button(m_window->inbox(), u"Show: Inbox"_s), Qt::LeftButton);
    const qint64 ben = idOf(u"Ben Ito"_s);
    goTo(u"Ben Ito"_s);
    QVERIFY(take->isVisibleTo(m_window.get()));
    {
        auto other = Database::openSqlite(m_databasePath, Database::Role::Writer);
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        ChangeSet ignored;
        QCOMPARE(WorkflowRepository(*other.value()).claim(ben, u"Cleo"_s, ignored).value(), u"Cleo"_s);
    }
    QSignalSpy failed(m_window->actions(), &InboxActions::failed);
    press(Qt::Key_T);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, waitMs);
    QCOMPARE(failed.at(0).at(0).toString(), u"Cleo took this conversation first."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->thread()->conversation()->conversation.assignee, u"Cleo"_s, waitMs);
    QVERIFY(!take->isVisibleTo(m_window.get()));
    QTest::mouseClick(button(m_window->inbox(), u"Show: Unassigned"_s), Qt::LeftButton);
    QCOMPARE(inboxModel()->rowCount(), 3); // Ana's and Ben's are taken

    // A rule gives Dana's conversation to Sam: Sam is told; one given to someone else is not.
    const qint64 dana = idOf(u"Dana Ortiz"_s);
    const qint64 priya = idOf(u"Priya Nair"_s);
    const auto handOver = [this](qint64 id, const QString &to) {
        return m_store
            ->update<void>("assign by a rule",
                           [id, to](Database &db, ChangeSet &changes) -> Result<void> {
                               auto assigned = WorkflowRepository(db).assign({id}, to);
                               if (!assigned)
                                   return assigned.error();
                               changes.merge(assigned.value());
                               changes.handedOverConversationIds << id;
                               return {};
                           })
            .result()
            .ok();
    };
    QVERIFY(handOver(priya, u"Cleo"_s));
    QTest::qWait(2000); // longer than the tray's batching
    QVERIFY(tray.lastNotification().first.isEmpty());
    QVERIFY(handOver(dana, u"Sam"_s));
    QTRY_COMPARE_WITH_TIMEOUT(tray.lastNotification().first, u"Assigned to you: Dana Ortiz"_s, waitMs);
    QTest::mouseClick(button(m_window->inbox(), u"Show: Mine"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(inboxModel()->rowCount(), 2, waitMs);
    QVERIFY(inboxModel()->rowOf(dana) >= 0);
}

void TestMainWindow::warnsWhenSomeoneElseAnswered()
{
    goTo(u"Marcus Lee"_s);
    const qint64 marcus = idOf(u"Marcus Lee"_s);
    press(Qt::Key_Return);
    const QString mine = u"You can change it in your account, Marcus."_s;
    type(mine);

    // Meanwhile another agent's Starling, on the same database, answers Marcus.
    const QString theirs = u"Done for you, Marcus: the new address is on the order."_s;
    {
        auto other = Database::openSqlite(m_databasePath, Database::Role::Writer);
        QVERIFY2(other, other ? "" : qPrintable(other.error().message()));
        OutboxItem item;
        item.accountId = m_shop.id;
        item.kind = OutboxItem::Kind::DirectMessage;
        item.conversationId = marcus;
        item.conversationRemoteId = XServer::directConversationId(m_shop.remoteUserId, m_marcus);
        item.text = theirs;
        item.clientKey = u"another-agent-1"_s;
        auto queued = OutboxRepository(*other.value()).enqueue(item);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message()));
    }

    // The first send stops and says so; the text stays.
    compose()->editor()->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto told = [this, &theirs] {
        for (QLabel *label : m_window->thread()->findChildren<QLabel *>()) {
            if (label->isVisibleTo(m_window.get()) && label->text().contains(theirs)
                && label->text().contains(u"Someone else answered"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(told(), waitMs);
    QTRY_VERIFY(!compose()->editor()->isReadOnly());
    QCOMPARE(compose()->text(), mine);
    QTest::qWait(200);
    QCOMPARE(messageRow(mine), -1);
    QCOMPARE(m_window->thread()->conversation()->conversation.id, marcus);

    // Sending again sends it; a second message of the user's own is not held up by the first.
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(compose()->text().isEmpty(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(mine) >= 0, waitMs);
    const QString more = u"And it ships tomorrow."_s;
    type(more);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(compose()->text().isEmpty(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(more) >= 0, waitMs);
}

void TestMainWindow::searches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("match");

    QTest::newRow("a word") << u"never"_s << u"Dana Ortiz"_s << u"never"_s;
    QTest::newRow("a prefix") << u"ship*"_s << u"Ben Ito"_s << u"ship"_s;
    QTest::newRow("a phrase") << u"\"mug arrived\""_s << u"Ana Lima"_s << u"mug arrived"_s;
    QTest::newRow("a mention") << u"sunday"_s << u"Priya Nair"_s << u"Sunday"_s;
}

void TestMainWindow::searches()
{
    QFETCH(QString, query);
    QFETCH(QString, person);
    QFETCH(QString, match);

    press(Qt::Key_Slash);
    QLineEdit *field = m_window->inbox()->searchField();
    QVERIFY(field->hasFocus());
    type(query);
    QCOMPARE(field->text(), query);
    SearchResultModel *results = m_window->inbox()->searchModel();
    QTRY_COMPARE_WITH_TIMEOUT(results->query(), query, waitMs);
    QCOMPARE(results->rowCount(), 1);
    const QModelIndex hit = results->index(0);
    QCOMPARE(hit.data(SearchResultModel::ConversationIdRole).toLongLong(), idOf(person));
    const QString text = hit.data(Qt::DisplayRole).toString();
    const auto ranges = hit.data(SearchResultModel::RangesRole).value<QList<TextRange>>();
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(text.mid(ranges.first().start, ranges.first().length), match);
    // The first hit opens.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->thread()->conversation()->conversation.id, idOf(person), waitMs);

    // Clearing the field brings the list back.
    field->selectAll();
    press(Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(results->rowCount(), 0, waitMs);
    QCOMPARE(inboxModel()->rowCount(), 5);
}

void TestMainWindow::switchesAccount()
{
    QListView *accounts = m_window->accountList();
    QCOMPARE(accounts->model()->rowCount(), 3);
    QCOMPARE(accounts->currentIndex().row(), 0);

    press(Qt::Key_2, Qt::ControlModifier); // @shop
    QCOMPARE(accounts->currentIndex().row(), 1);
    QCOMPARE(inboxModel()->filter().accountId, m_shop.id);
    QCOMPARE(inboxModel()->rowCount(), 4);
    for (int row = 0; row < inboxModel()->rowCount(); ++row)
        QCOMPARE(inboxModel()->index(row).data(ConversationListModel::AccountIdRole).toUuid(), m_shop.id);
    QCOMPARE(m_window->thread()->conversation()->conversation.accountId, m_shop.id);

    press(Qt::Key_3, Qt::ControlModifier); // @outlet
    QCOMPARE(accounts->currentIndex().row(), 2);
    QCOMPARE(inboxModel()->rowCount(), 1);
    QCOMPARE(inboxModel()->index(0).data(ConversationListModel::NameRole).toString(), u"Marcus Lee"_s);
    QCOMPARE(m_window->thread()->conversation()->conversation.accountId, m_outlet.id);
    QCOMPARE(m_window->thread()->conversation()->counterpart.remoteId, m_marcus);

    press(Qt::Key_9, Qt::ControlModifier); // no such account: nothing changes
    QCOMPARE(accounts->currentIndex().row(), 2);

    press(Qt::Key_1, Qt::ControlModifier); // everything
    QCOMPARE(accounts->currentIndex().row(), 0);
    QVERIFY(inboxModel()->filter().accountId.isNull());
    QCOMPARE(inboxModel()->rowCount(), 5);

    // A click on an account does the same.
    const QRect outletRow = accounts->visualRect(accounts->model()->index(2, 0));
    QTest::mouseClick(accounts->viewport(), Qt::LeftButton, {}, outletRow.center());
    QCOMPARE(inboxModel()->filter().accountId, m_outlet.id);
    QCOMPARE(inboxModel()->rowCount(), 1);
}

void TestMainWindow::blocksOverLimitText_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("sendable");

    QTest::newRow("well within") << 140 << true;
    QTest::newRow("near the limit") << 270 << true;
    QTest::newRow("exactly the limit") << 280 << true;
    QTest::newRow("over the limit") << 291 << false;
}

void TestMainWindow::blocksOverLimitText()
{
    QFETCH(int, length);
    QFETCH(bool, sendable);

    goTo(u"Priya Nair"_s);
    press(Qt::Key_Return);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
    QString text;
    while (text.size() < length)
        text += u"words and "_s;
    text.truncate(length);
    type(text);
    QCOMPARE(compose()->text(), text);
    QCOMPARE(compose()->counterText(), u"%1/280"_s.arg(length));
    QCOMPARE(compose()->canSend(), sendable);
    QPushButton *send = button(compose(), u"Send"_s);
    QVERIFY(send);
    QCOMPARE(send->isEnabled(), sendable);
    if (sendable)
        return;

    // Ctrl+Enter does nothing: the text stays, nothing is queued.
    QSignalSpy requested(compose(), &ComposeWidget::sendRequested);
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(requested.size(), 0);
    QCOMPARE(compose()->text(), text);

    // As a DM the same text fits (X allows 10,000 characters there).
    QToolButton *mode = nullptr;
    for (QToolButton *b : compose()->findChildren<QToolButton *>()) {
        if (b->accessibleName() == u"Reply mode"_s)
            mode = b;
    }
    QVERIFY(mode);
    QTest::mouseClick(mode, Qt::LeftButton);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    QCOMPARE(compose()->counterText(), u"%1/10000"_s.arg(length));
    QVERIFY(compose()->canSend());
}

void TestMainWindow::retriesFailedSend()
{
    // X refuses DMs into the conversation for now: a refusal the user can act on, not retried.
    const QString pattern = u"/2/dm_conversations/{id}/messages"_s;
    m_x->http().injectFault("POST"_ba, pattern, Fault::withStatus(403), LoopbackServer::always);

    goTo(u"Dana Ortiz"_s);
    press(Qt::Key_Return);
    const QString text = u"Your replacement ships today."_s;
    type(text);
    press(Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY_WITH_TIMEOUT(messageRow(text) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(text)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Failed), waitMs);
    const QString conversation = XServer::directConversationId(m_shop.remoteUserId, m_dana);
    QVERIFY(m_x->http().requestCount("POST"_ba, u"/2/dm_conversations/%1/messages"_s.arg(conversation)) >= 1);
    const auto sent = [&] { return hasDm(conversation, m_shop.remoteUserId, text); };
    QVERIFY(!sent());

    // The bubble shows "Retry"; once X accepts again, a click on it sends the message.
    const QRect retry = retryRectOf(messageRow(text));
    QVERIFY(!retry.isEmpty());
    QVERIFY(m_window->thread()->list()->viewport()->rect().contains(retry.center()));
    m_x->http().clearFaults();
    QTest::mouseClick(m_window->thread()->list()->viewport(), Qt::LeftButton, {}, retry.center());

    QTRY_VERIFY_WITH_TIMEOUT(sent(), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(text)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
    QVERIFY(retryRectOf(messageRow(text)).isEmpty());
    // Sent once, in one bubble.
    int bubbles = 0;
    for (int row = 0; row < threadModel()->rowCount(); ++row)
        bubbles += threadModel()->index(row).data(MessageListModel::TextRole).toString() == text ? 1 : 0;
    QCOMPARE(bubbles, 1);
}

void TestMainWindow::addsMastodonAccount()
{
    // The user picks Mastodon, types their server and signs in in the browser; the account
    // appears with its token in the keychain.
    sandbox::MastodonServer mastodon;
    QVERIFY(mastodon.listen());
    const QString me = mastodon.addAccount(u"shop"_s, u"Starling Shop"_s);
    mastodon.setOwnAccount(me); // who is signed in to the server in the browser
    Browser browser;
    QDesktopServices::setUrlHandler(u"http"_s, &browser, "open");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(u"http"_s); });

    // Signs in through the dialog as a user would; returns what the dialog says when it fails.
    const auto signInThroughDialog = [&](const std::optional<Account> &again) -> QString {
        SignInService service(*m_accounts, std::make_shared<NetworkProviderFactory>(m_credentials.get()));
        AddAccountDialog dialog(service, m_window.get());
        if (again)
            dialog.signInAgainTo(*again);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return u"the dialog did not show"_s;
        auto *network = dialog.findChild<QComboBox *>();
        QPushButton *signIn = button(&dialog, u"Sign in with the browser"_s);
        if (!network || !signIn)
            return u"no network chooser or sign-in button"_s;
        QLineEdit *server = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Server"_s)
                server = edit;
        }
        if (!server)
            return u"no server field"_s;
        if (again) {
            // The account's network and server, as they were; the network cannot change.
            if (network->isEnabled() || network->currentText() != u"Mastodon"_s || !server->isVisible())
                return u"sign in again did not ask for the account's network"_s;
            if (server->text() != mastodon.baseUrl().toString())
                return u"sign in again did not fill in the server: "_s + server->text();
        } else {
            if (signIn->isEnabled())
                return u"sign-in enabled without a client ID"_s;
            network->setCurrentIndex(network->findText(u"Mastodon"_s));
            if (!server->isVisible())
                return u"no server field for Mastodon"_s;
            QTest::keyClicks(server, u"not a server"_s);
            if (signIn->isEnabled())
                return u"sign-in enabled for a server name with spaces"_s;
            server->clear();
            QTest::keyClicks(server, mastodon.baseUrl().toString());
        }
        if (!signIn->isEnabled())
            return u"sign-in disabled for a good server"_s;
        QTest::mouseClick(signIn, Qt::LeftButton);
        if (signIn->isEnabled())
            return u"a second sign-in could start while one runs"_s;
        if (!QTest::qWaitFor([&dialog] { return dialog.result() == QDialog::Accepted; }, 15000)) {
            QStringList labels;
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                labels.append(label->text());
            return labels.join(u" | "_s);
        }
        return {};
    };

    const qsizetype before = m_accounts->accounts().size();
    const QString first = signInThroughDialog(std::nullopt);
    QVERIFY2(first.isEmpty(), qPrintable(first));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.constFirst().host(), mastodon.baseUrl().host());
    QCOMPARE(m_accounts->accounts().size(), before + 1);
    const Account added = m_accounts->accounts().constLast();
    QCOMPARE(added.network, Network::Mastodon);
    QCOMPARE(added.remoteUserId, me);
    QVERIFY(added.handle.startsWith(u"shop@"_s));
    QCOMPARE(added.serverUrl, mastodon.baseUrl());
    const QByteArray token = m_credentials->secret(added.id, CredentialStore::Kind::AccessToken);
    QVERIFY(mastodon.isTokenValid(token));

    // Settings' "Sign in again": the same person once more renews that account, adds no other.
    QSignalSpy renewed(m_accounts.get(), &AccountManager::signInRenewed);
    const QString again = signInThroughDialog(added);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QCOMPARE(m_accounts->accounts().size(), before + 1);
    QCOMPARE(renewed.size(), 1);
    QCOMPARE(renewed.constFirst().constFirst().value<Account>().id, added.id);
    const QByteArray renewedToken = m_credentials->secret(added.id, CredentialStore::Kind::AccessToken);
    QVERIFY(renewedToken != token);
    QVERIFY(mastodon.isTokenValid(renewedToken));
}

void TestMainWindow::showsOnboardingWithoutAccounts()
{
    // With every account gone, the window offers the two ways to begin; with one, the panes return.
    QVERIFY(!m_window->isOnboarding());
    for (const Account &account : {m_shop, m_outlet}) {
        std::optional<Result<void>> removed;
        m_accounts->remove(account.id, AccountManager::Removal::KeepMessages, this,
                           [&removed](Result<void> result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), waitMs);
        QVERIFY(removed->ok());
    }
    QVERIFY(m_window->isOnboarding());
    QVERIFY(!m_window->inbox()->isVisible());

    QSignalSpy addRequested(m_window.get(), &MainWindow::addAccountRequested);
    QSignalSpy demoRequested(m_window.get(), &MainWindow::demoRequested);
    QPushButton *add = button(m_window.get(), u"Add an account…"_s);
    QPushButton *demo = button(m_window.get(), u"Try the demo"_s);
    QVERIFY(add && add->isVisible());
    QVERIFY(demo && demo->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(addRequested.size(), 1);
    QTest::mouseClick(demo, Qt::LeftButton);
    QCOMPARE(demoRequested.size(), 1);

    QVERIFY(m_accounts->add(m_shop).ok());
    QVERIFY(!m_window->isOnboarding());
    QVERIFY(m_window->inbox()->isVisible());
}

void TestMainWindow::trayBadgeFollowsAllAccounts()
{
    // The tray's badge is the window's "All accounts" count, and follows it as messages are read.
    // The conversation the window opened by itself is read first (its write may still be on its way).
    const qint64 opened = m_window->inbox()->currentConversation();
    const auto openedUnread = [this, opened] {
        for (int row = 0; row < inboxModel()->rowCount(); ++row) {
            const QModelIndex index = inboxModel()->index(row, 0);
            if (index.data(ConversationListModel::IdRole).toLongLong() == opened)
                return index.data(ConversationListModel::UnreadCountRole).toInt();
        }
        return -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(openedUnread(), 0, waitMs);
    TrayIcon tray(*m_window, *m_accounts, *m_store);
    const auto allAccounts = [this] {
        return m_window->accountList()->model()->index(0, 0).data(AccountSwitcherModel::UnreadRole).toInt();
    };
    const int before = allAccounts();
    QVERIFY(before > 0);
    QCOMPARE(tray.unreadCount(), before);
    // Opening an unread conversation reads its one message. (Which one the window opened by itself
    // at the start depends on which arrived first, so look for one that is still unread.)
    qint64 unread = 0;
    for (int row = 0; row < inboxModel()->rowCount() && unread == 0; ++row) {
        const QModelIndex index = inboxModel()->index(row, 0);
        if (index.data(ConversationListModel::UnreadCountRole).toInt() == 1)
            unread = idOf(index.data(ConversationListModel::NameRole).toString());
    }
    QVERIFY(unread > 0);
    m_window->openConversation(unread);
    QTRY_COMPARE_WITH_TIMEOUT(allAccounts(), before - 1, waitMs);
    QCOMPARE(tray.unreadCount(), before - 1);
}

void TestMainWindow::showsRemoteTextAsItIs()
{
    // Names, handles, bios, titles and messages are what strangers and servers chose. Shown as
    // markup, <img src=…> makes Qt read a local file on the GUI thread: a named pipe freezes the
    // window, /dev/zero fills the memory. Every pane must show such text as it is.
    const QString pipe = m_dir->filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    FifoWatchdog watchdog(pipe);
    const QString image = u"<img src=%1>"_s.arg(pipe);
    const QString name = image + u"<b>Dana</b> &amp; co"_s;
    const QString handle = image + u"dana"_s;
    const QString bio = u"<a href=\"https://example.com\">see</a> "_s + image + u" &lt;3 <i>tea</i>"_s;
    const QString text = u"Hi "_s + image + u" &amp; <b>bold</b> question"_s;
    const QString title = image + u"<i>Team</i>"_s;
    QString longName = image;
    while (longName.size() < 3000)
        longName += u"<b>very</b> long "_s;
    const QStringList hostile = {name, handle, bio, text, title, longName, image};

    // One of the user's accounts has a hostile name too: the server says what it is.
    Account stranger = m_shop;
    stranger.id = QUuid(u"{5a1f0000-0000-4000-8000-000000000003}"_s);
    stranger.handle = handle;
    stranger.displayName = name;
    stranger.remoteUserId = u"900001"_s;
    QVERIFY(m_accounts->add(stranger).ok());

    // A DM from a person, then a group conversation with a title, as a sync stores them.
    TrayIcon tray(*m_window, *m_accounts, *m_store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SyncPage dm;
    dm.accountId = m_shop.id;
    dm.stream = u"dm"_s;
    Identity person = testdata::person(m_shop.id, u"800001"_s);
    person.displayName = name;
    person.handle = handle;
    person.bio = bio;
    dm.identities << person;
    dm.conversations << testdata::directConversation(m_shop.id, u"hostile-dm"_s, person.remoteId);
    dm.messages << testdata::inboundDm(m_shop.id, u"hostile-dm"_s, u"hostile-1"_s, person.remoteId, text, now);
    storeAndShow(dm, name);
    // The tray notification: the title is plain text; the body is markup on Linux, so escaped.
    QTRY_VERIFY_WITH_TIMEOUT(!tray.lastNotification().second.isEmpty(), waitMs);
    QVERIFY2(tray.lastNotification().first.contains(name), qPrintable(tray.lastNotification().first));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    QCOMPARE(tray.lastNotification().second, text.toHtmlEscaped());
#else
    QCOMPARE(tray.lastNotification().second, text);
#endif

    SyncPage group;
    group.accountId = m_shop.id;
    group.stream = u"dm"_s;
    Identity member = testdata::person(m_shop.id, u"800002"_s);
    member.displayName = longName;
    member.bio = longName;
    group.identities << member;
    Conversation titled = testdata::directConversation(m_shop.id, u"hostile-group"_s, member.remoteId);
    titled.kind = Conversation::Kind::Group;
    titled.title = title;
    group.conversations << titled;
    group.messages << testdata::inboundDm(m_shop.id, u"hostile-group"_s, u"hostile-2"_s, member.remoteId, longName,
                                          now.addSecs(1));
    storeAndShow(group, title);

    // Every pane, painted, with each conversation open: the list, the thread and its compose box,
    // the profile, the accounts and the status.
    for (const QString &conversation : {name, title}) {
        m_window->openConversation(idOf(conversation));
        QCOMPARE(m_window->thread()->conversation()->conversation.id, idOf(conversation));
        m_window->grab();
        QLabel *header = labelShowing(m_window->thread(), conversation);
        QVERIFY2(header, qPrintable(conversation.left(60)));
        QCOMPARE(header->textFormat(), Qt::PlainText);
        QLabel *mode = m_window->thread()->compose()->findChild<QLabel *>(u"composeMode"_s);
        QVERIFY(mode);
        QCOMPARE(mode->textFormat(), Qt::PlainText);
        const QString who = conversation == name ? name : longName;
        QVERIFY2(mode->text().contains(who), qPrintable(mode->text().left(80)));
        QLabel *shownName = labelShowing(m_window->profile(), who);
        QVERIFY(shownName);
        QCOMPARE(shownName->textFormat(), Qt::PlainText);
        QLabel *shownBio = labelShowing(m_window->profile(), conversation == name ? bio : longName);
        QVERIFY(shownBio);
        QCOMPARE(shownBio->textFormat(), Qt::PlainText);
        const QStringList reading = labelsReadingMarkup(m_window.get(), hostile);
        QVERIFY2(reading.isEmpty(), qPrintable(reading.join(u" | "_s)));
    }
    m_window->openConversation(idOf(name));
    QLabel *shownHandle = labelShowing(m_window->profile(), u"@%1 on X"_s.arg(handle));
    QVERIFY(shownHandle);
    QCOMPARE(shownHandle->textFormat(), Qt::PlainText);
    // The person's conversations in the profile: the preview is their message, also on hover.
    auto *others = m_window->profile()->findChild<QListWidget *>();
    QVERIFY(others);
    QCOMPARE(others->count(), 1);
    QCOMPARE(shownToolTip(others->item(0)->toolTip()), text);
    // The account list's tool tip names the account as the server does.
    const QModelIndex account = m_window->accountList()->model()->index(3, 0);
    QCOMPARE(account.data(AccountSwitcherModel::AccountIdRole).toUuid(), stranger.id);
    const QString accountTip = shownToolTip(account.data(Qt::ToolTipRole).toString());
    QVERIFY2(accountTip.startsWith(name + u" on X: "_s), qPrintable(accountTip.left(120)));
    QCOMPARE(inboxModel()->index(rowOf(name)).data(ConversationListModel::NameRole).toString(), name);

    // Search: the match is highlighted in the message as it is; nothing found says so as it is.
    press(Qt::Key_Slash);
    QLineEdit *field = m_window->inbox()->searchField();
    QVERIFY(field->hasFocus());
    type(u"bold"_s);
    SearchResultModel *results = m_window->inbox()->searchModel();
    QTRY_COMPARE_WITH_TIMEOUT(results->query(), u"bold"_s, waitMs);
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->index(0).data(Qt::DisplayRole).toString(), text);
    m_window->grab();
    field->clear();
    const QString nothing = u"zzqq "_s + image;
    field->setText(nothing); // as pasted: the path's slashes typed would be the search key

    QTRY_COMPARE_WITH_TIMEOUT(results->query(), nothing, waitMs);
    QCOMPARE(results->rowCount(), 0);
    m_window->grab();
    bool emptySaid = false;
    for (const QLabel *label : m_window->inbox()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(nothing)) {
            emptySaid = true;
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }
    QVERIFY(emptySaid);
    field->clear();

    // The dialogs that name accounts, and the question box (a rule's dry run quotes messages).
    {
        SettingsDialog settings(*m_accounts, *m_sync, m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        settings.grab();
        QLabel *row = labelShowing(&settings, u"@"_s + handle);
        QVERIFY(row);
        QCOMPARE(row->textFormat(), Qt::PlainText);
        const QStringList reading = labelsReadingMarkup(&settings, hostile);
        QVERIFY2(reading.isEmpty(), qPrintable(reading.join(u" | "_s)));
    }
    {
        ReportsDialog reports(*m_store, *m_accounts, m_window.get());
        reports.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reports));
        reports.grab();
        const QStringList reading = labelsReadingMarkup(&reports, hostile);
        QVERIFY2(reading.isEmpty(), qPrintable(reading.join(u" | "_s)));
    }
    std::optional<Qt::TextFormat> boxFormat;
    QString boxText;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        boxFormat = box->textFormat();
        boxText = box->text();
        box->grab();
        box->done(QMessageBox::Ok);
    });
    closer.start(50);
    Prompt::ask(m_window.get(), u"Test"_s, text, QMessageBox::Ok, QMessageBox::Ok);
    closer.stop();
    QVERIFY(boxFormat.has_value());
    QCOMPARE(*boxFormat, Qt::PlainText);
    QCOMPARE(boxText, text);

    // Nothing read the pipe. Only now the 19 characters of the issue: had a label read markup, the
    // pipe would have told above, before /dev/zero could eat the memory.
    QCOMPARE(watchdog.reads(), 0);
    const QString zero = u"<img src=/dev/zero>"_s;
    SyncPage third;
    third.accountId = m_shop.id;
    third.stream = u"dm"_s;
    Identity zeroPerson = testdata::person(m_shop.id, u"800003"_s);
    zeroPerson.displayName = zero;
    zeroPerson.bio = zero;
    third.identities << zeroPerson;
    third.conversations << testdata::directConversation(m_shop.id, u"zero-dm"_s, zeroPerson.remoteId);
    third.messages << testdata::inboundDm(m_shop.id, u"zero-dm"_s, u"zero-1"_s, zeroPerson.remoteId, zero,
                                          now.addSecs(2));
    storeAndShow(third, zero);
    m_window->openConversation(idOf(zero));
    m_window->grab();
    QVERIFY(labelShowing(m_window->thread(), zero));
    QCOMPARE(labelShowing(m_window->thread(), zero)->textFormat(), Qt::PlainText);
    const QStringList reading = labelsReadingMarkup(m_window.get(), {zero});
    QVERIFY2(reading.isEmpty(), qPrintable(reading.join(u" | "_s)));
}

void TestMainWindow::keepsMessageTheOutboxCouldNotTake()
{
    // Dana's conversation is open and read, so no write of the window is still on its way.
    goTo(u"Dana Ortiz"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        inboxModel()->index(rowOf(u"Dana Ortiz"_s)).data(ConversationListModel::UnreadCountRole).toInt(), 0, waitMs);
    press(Qt::Key_Return);
    const QString text = u"Your replacement ships today, tracking number to follow."_s;
    type(text);
    const QString photo = m_dir->filePath(u"label.png"_s);
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(photo));
    compose()->addAttachment(photo);

    // Another connection holds the database's write lock (the command line in a long write, or a
    // disk that does not answer): the outbox waits the store's busy timeout, then cannot store.
    const QString connection = u"locker"_s;
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        locker.setDatabaseName(m_databasePath);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        press(Qt::Key_Return, Qt::ControlModifier);
        // While the outbox works on it, the text stays as it is and cannot be sent twice.
        QCOMPARE(compose()->text(), text);
        QVERIFY(!compose()->canSend());
        QSignalSpy requested(compose(), &ComposeWidget::sendRequested);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 0);

        // The failure is said where it happened, and nothing the user wrote is gone.
        const auto problem = [this]() -> QLabel * {
            for (QLabel *label : m_window->thread()->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(u"database is locked"_s))
                    return label;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(problem(), 3 * waitMs);
        QVERIFY2(compose()->isAncestorOf(problem()), "the reason is not shown in the compose box");
        QCOMPARE(compose()->text(), text);
        QCOMPARE(compose()->attachments(), QStringList{photo});
        QVERIFY(compose()->canSend());
        QCOMPARE(messageRow(text), -1);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
    }

    // With the lock gone, Send works, and only now the box is empty.
    QTest::mouseClick(button(compose(), u"Send"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(compose()->text().isEmpty(), waitMs);
    QVERIFY(compose()->attachments().isEmpty());
    const QString conversation = XServer::directConversationId(m_shop.remoteUserId, m_dana);
    QTRY_VERIFY_WITH_TIMEOUT(hasDm(conversation, m_shop.remoteUserId, text), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(text) >= 0, waitMs);
}

void TestMainWindow::keepsPostTheOutboxCouldNotTake()
{
    // File > New post, from @shop only.
    SignInService signIn(*m_accounts, std::make_shared<NetworkProviderFactory>(m_credentials.get()));
    connectDialogs(*m_window, *m_accounts, *m_sync, signIn, *m_store);
    Q_EMIT m_window->newPostRequested();
    QPointer<NewPostDialog> dialog = m_window->findChild<NewPostDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *accounts = dialog->findChild<QListWidget *>();
    QVERIFY(accounts);
    for (int i = 0; i < accounts->count(); ++i) {
        QListWidgetItem *item = accounts->item(i);
        item->setCheckState(item->text() == u"@shop"_s ? Qt::Checked : Qt::Unchecked);
    }
    const QString text = u"New colours in stock: sage, rust and ink."_s;
    QTest::keyClicks(dialog->editor(), text);
    QPushButton *post = button(dialog, u"Post"_s);
    QVERIFY(post && post->isEnabled());

    // The outbox cannot store it (another connection holds the write lock): the dialog stays
    // with the text and says why.
    const QString connection = u"locker"_s;
    const auto removeConnection = qScopeGuard([&] { QSqlDatabase::removeDatabase(connection); });
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        locker.setDatabaseName(m_databasePath);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        QTest::mouseClick(post, Qt::LeftButton);
        const auto problem = [&dialog]() -> QLabel * {
            if (!dialog)
                return nullptr;
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->isVisible() && label->text().contains(u"database is locked"_s))
                    return label;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || problem(), 3 * waitMs);
        QVERIFY2(dialog, "the dialog closed, and the post with it");
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem()->text().contains(u"@shop"_s), qPrintable(problem()->text()));
        QCOMPARE(dialog->text(), text);
        QCOMPARE(dialog->selectedAccounts(), QList<QUuid>{m_shop.id});
        QVERIFY(dialog->canPost());
        QVERIFY(lock.exec(u"ROLLBACK"_s));
    }

    // Posted again: now it goes, and the dialog closes.
    QTest::mouseClick(post, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), waitMs);
    const auto posted = [&] {
        const auto posts = m_x->posts();
        return std::count_if(posts.cbegin(), posts.cend(),
                             [&](const auto &p) { return p.authorId == m_shop.remoteUserId && p.text == text; });
    };
    QTRY_COMPARE_WITH_TIMEOUT(posted(), 1, waitMs);
}

// "Test on the last 30 days" replays the stored history on the store's reader thread: the click
// returns at once with the button saying it is testing, and the report comes back afterwards.
void TestMainWindow::testsRuleOnTheReaderThread()
{
    Rule rule;
    rule.name = u"Orders"_s;
    rule.trigger = Rule::Trigger::Keyword;
    rule.keywords = {u"order"_s};
    rule.actions = {{Rule::Action::Kind::ReplyDm, u"We are on it, {first_name}."_s, {}, false}};
    RuleEditorDialog editor(rule, *m_accounts, *m_store, m_window.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QPushButton *test = nullptr;
    for (QPushButton *button : editor.findChildren<QPushButton *>()) {
        if (button->text() == RuleEditorDialog::tr("Test on the last 30 days"))
            test = button;
    }
    QVERIFY(test);
    QSignalSpy tested(&editor, &RuleEditorDialog::tested);
    Prompt::setNextAnswer(QMessageBox::Ok); // the report's message box
    // The reader thread is kept busy until the click has returned: a dry run on this thread would
    // be over by then.
    QSemaphore gate;
    auto busy = m_store->read<int>("a test holding the reader", [&gate](Database &) -> Result<int> {
        gate.acquire();
        return 0;
    });
    bool held = true;
    const auto open = [&gate, &held] {
        if (std::exchange(held, false))
            gate.release();
    };
    const auto openOnFailure = qScopeGuard(open);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(tested.isEmpty());
    QVERIFY(!test->isEnabled());
    open();
    QVERIFY(tested.wait(waitMs));
    QVERIFY(test->isEnabled());
    // Dana's and Marcus's DMs both speak of their order.
    const QString report = tested.at(0).at(0).toString();
    QVERIFY2(report.contains(RuleEditorDialog::tr("Over the last 30 days this rule would have acted %n time(s). "
                                                  "Nothing was sent.",
                                                  nullptr, 2)),
             qPrintable(report));
}

void TestMainWindow::blueskyFlows()
{
    // A Bluesky account next to the X ones, on the sandbox Bluesky server (PDS and chat): Jonas
    // wrote a DM, Maya mentioned the shop. Both follow the shop, so it may open DMs with them.
    m_bluesky = std::make_unique<BlueskyServer>();
    QVERIFY(m_bluesky->listen());
    const QString shop = m_bluesky->addAccount(u"shop.test"_s, u"The Shop"_s);
    const QString jonas = m_bluesky->addAccount(u"jonas.test"_s, u"Jonas Berg"_s);
    const QString maya = m_bluesky->addAccount(u"maya.test"_s, u"Maya Chen"_s);
    m_bluesky->follow(jonas, shop);
    m_bluesky->follow(maya, shop);
    const QString convo = m_bluesky->createConvo({jonas, shop});
    QVERIFY(!m_bluesky->sendMessage(jonas, convo, u"Does the wool blanket come in a bigger size?"_s).isEmpty());
    // Léonie writes too; the shop will accept her request before it answers.
    const QString leonie = m_bluesky->addAccount(u"leonie.test"_s, u"Léonie Roux"_s);
    const QString leonies = m_bluesky->createConvo({leonie, shop});
    QVERIFY(!m_bluesky->sendMessage(leonie, leonies, u"Is the oak tray food safe?"_s).isEmpty());
    const QString mention = m_bluesky->post(maya, u"@shop.test any chance of a restock on the blue mugs?"_s);
    QVERIFY(!mention.isEmpty());

    Account sky;
    sky.id = QUuid(u"{5a1f0000-0000-4000-8000-000000000003}"_s);
    sky.network = Network::Bluesky;
    sky.handle = u"shop.test"_s;
    sky.displayName = u"The Shop"_s;
    sky.remoteUserId = shop;
    sky.serverUrl = m_bluesky->baseUrl();
    m_factory->setBluesky(m_bluesky->baseUrl());
    m_factory->addToken(sky.id, m_bluesky->signIn(shop));
    QVERIFY(m_accounts->add(sky).ok());

    // Read: both arrive in the inbox; Jonas's DM opens with its text, and is read on the chat
    // service too (updateRead), so the shop's other apps show it read.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"Jonas Berg"_s) >= 0 && rowOf(u"Maya Chen"_s) >= 0, waitMs);
    const QString jonasRev = m_bluesky->messagesOf(convo).constLast().rev;
    QVERIFY(m_bluesky->convo(convo)->readRev.value(shop) < jonasRev);
    goTo(u"Jonas Berg"_s);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(u"Does the wool blanket come in a bigger size?"_s) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_bluesky->convo(convo)->readRev.value(shop), jonasRev, waitMs);
    // Jonas wrote first: his is a message request, marked in the list and above the thread.
    const auto isRequest = [&](const QString &name) {
        return inboxModel()->index(rowOf(name)).data(ConversationListModel::RequestRole).toBool();
    };
    QVERIFY(isRequest(u"Jonas Berg"_s));
    QVERIFY(!isRequest(u"Maya Chen"_s)); // a mention is never one
    QPushButton *accept = m_window->thread()->acceptButton();
    QVERIFY(accept->isVisible());

    // Reply by DM: into the same chat conversation on the server, from the shop.
    press(Qt::Key_Return);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    const QString dmAnswer = u"Yes, Jonas: 220 × 240 cm, in oat and charcoal."_s;
    type(dmAnswer);
    QCOMPARE(compose()->counterText(), u"%1/1000"_s.arg(dmAnswer.size()));
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto sentInto = [&](const QString &convoId, const QString &text) {
        const auto messages = m_bluesky->messagesOf(convoId);
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&](const auto &m) { return m.senderDid == shop && m.text == text; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentInto(convo, dmAnswer), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(dmAnswer) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(dmAnswer)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
    // The answer accepted the request, on the chat service and here.
    QCOMPARE(m_bluesky->convo(convo)->status.value(shop), u"accepted"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!accept->isVisible(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!isRequest(u"Jonas Berg"_s), waitMs); // the list reads the row again after the thread

    // The Requests filter lists what still waits: Léonie's, not Jonas's answered one nor Maya's mention.
    QTest::mouseClick(button(m_window->inbox(), u"Show: Requests"_s), Qt::LeftButton);
    QCOMPARE(m_window->inbox()->filter(), InboxView::Filter::Requests);
    QCOMPARE(inboxModel()->rowCount(), 1);
    QCOMPARE(rowOf(u"Léonie Roux"_s), 0);

    // Léonie's request is accepted without an answer: with the button, on the server first.
    goTo(u"Léonie Roux"_s);
    QVERIFY(isRequest(u"Léonie Roux"_s));
    QVERIFY(accept->isVisible() && accept->isEnabled());
    // Refused by the server: said so, still a request here, and the button can be clicked again.
    m_bluesky->http().injectFault("POST"_ba, u"/xrpc/chat.bsky.convo.acceptConvo"_s, Fault::withStatus(403),
                                  LoopbackServer::always);
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(accept->isEnabled() && m_window->thread()->findChild<QLabel *>(u"threadError"_s)
                                 && m_window->thread()->findChild<QLabel *>(u"threadError"_s)->isVisible(),
                             waitMs);
    QVERIFY(isRequest(u"Léonie Roux"_s));
    QCOMPARE(m_bluesky->convo(leonies)->status.value(shop), u"request"_s);
    m_bluesky->http().clearFaults();
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_bluesky->convo(leonies)->status.value(shop), u"accepted"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!accept->isVisible(), waitMs);
    // Accepted, it leaves the Requests filter and stays in the inbox, no longer a request.
    QTRY_COMPARE_WITH_TIMEOUT(inboxModel()->rowCount(), 0, waitMs);
    QTest::mouseClick(button(m_window->inbox(), u"Show: Inbox"_s), Qt::LeftButton);
    QVERIFY(rowOf(u"Léonie Roux"_s) >= 0);
    QVERIFY(!isRequest(u"Léonie Roux"_s));
    QVERIFY(m_bluesky->messagesOf(leonies).size() == 1); // nothing was sent to her

    // Reply in public: a post of the shop that answers Maya's, counted in graphemes of 300.
    goTo(u"Maya Chen"_s);
    press(Qt::Key_R);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
    const QString publicAnswer = u"Back on Friday, Maya!"_s;
    type(publicAnswer);
    QCOMPARE(compose()->counterText(), u"%1/300"_s.arg(publicAnswer.size()));
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto answered = [&](const QString &text) {
        const auto posts = m_bluesky->posts();
        return std::any_of(posts.cbegin(), posts.cend(), [&](const auto &p) {
            return p.did == shop && p.replyParentUri() == mention && p.value.value("text"_L1).toString() == text;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(answered(publicAnswer), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(publicAnswer) >= 0, waitMs);

    // Switch to DM: Bluesky has no DM link, so the public answer is the text alone; then a DM
    // conversation with Maya opens, and the DM goes to a chat conversation the server makes.
    goTo(u"Maya Chen"_s);
    press(Qt::Key_Return);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::PublicReply);
    type(u"Happy to help!"_s);
    QPushButton *switchToDm = button(compose(), u"Switch to DM"_s);
    QVERIFY(switchToDm && switchToDm->isVisible());
    const qint64 mentionRow = idOf(u"Maya Chen"_s);
    QTest::mouseClick(switchToDm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(answered(u"Happy to help!"_s), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thread()->conversation()
                                 && m_window->thread()->conversation()->conversation.id != mentionRow,
                             waitMs);
    const ConversationSummary direct = *m_window->thread()->conversation();
    QCOMPARE(direct.conversation.kind, Conversation::Kind::Direct);
    QCOMPARE(direct.counterpart.remoteId, maya);
    QCOMPARE(compose()->mode(), ComposeWidget::Mode::DirectMessage);
    const QString dm = u"Could you send me your order number?"_s;
    type(dm);
    press(Qt::Key_Return, Qt::ControlModifier);
    const auto sentToMaya = [&] {
        const auto convos = m_bluesky->convosOf(shop);
        return std::any_of(convos.cbegin(), convos.cend(), [&](const auto &c) {
            return c.members.contains(maya) && c.members.size() == 2 && sentInto(c.id, dm);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(sentToMaya(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(messageRow(dm) >= 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(threadModel()->index(messageRow(dm)).data(MessageListModel::DeliveryRole).toInt(),
                              int(Message::Delivery::Delivered), waitMs);
}

void TestMainWindow::addsBlueskyAccount()
{
    // The user picks Bluesky and types their handle (enough for the browser sign-in), an app
    // password and their server: a wrong
    // password says so and keeps the dialog; the right one adds the account, tokens in the keychain.
    BlueskyServer bluesky;
    QVERIFY(bluesky.listen());
    const QString me = bluesky.addAccount(u"shop.test"_s, u"Starling Shop"_s);
    const QString appPassword = bluesky.addAppPassword(me, u"Starling"_s, true);
    SignInService service(*m_accounts, std::make_shared<NetworkProviderFactory>(m_credentials.get()));
    AddAccountDialog dialog(service, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *network = dialog.findChild<QComboBox *>();
    QVERIFY(network);
    network->setCurrentIndex(network->findText(u"Bluesky"_s));
    QLineEdit *handle = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *server = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == u"Handle"_s)
            handle = edit;
        else if (edit->accessibleName() == u"App password"_s)
            password = edit;
        else if (edit->accessibleName() == u"Hosting provider"_s)
            server = edit;
    }
    QVERIFY(handle && password && server);
    QVERIFY(handle->isVisible() && password->isVisible() && server->isVisible());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QPushButton *signIn = button(&dialog, u"Sign in with the browser"_s);
    QVERIFY(signIn);
    QVERIFY(!signIn->isEnabled());
    QVERIFY(!server->isEnabled()); // the browser sign-in finds the server from the handle
    QTest::keyClicks(handle, u"@shop.test"_s);
    QVERIFY(signIn->isEnabled()); // the handle is all the browser sign-in needs
    QTest::keyClicks(password, u"wrong-password"_s);
    QCOMPARE(signIn->text(), u"Sign in"_s); // with an app password, no browser
    QVERIFY(server->isEnabled());
    QTest::keyClicks(server, bluesky.baseUrl().toString());
    QVERIFY(signIn->isEnabled());

    const qsizetype before = m_accounts->accounts().size();
    QTest::mouseClick(signIn, Qt::LeftButton);
    const auto statusText = [&] {
        QStringList labels;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            labels.append(label->text());
        return labels.join(u" | "_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(signIn->isEnabled() && statusText().contains(u"color:"_s), waitMs);
    QVERIFY(dialog.isVisible());
    QCOMPARE(m_accounts->accounts().size(), before);

    password->clear();
    QTest::keyClicks(password, appPassword);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, qPrintable(statusText()), waitMs);
    QCOMPARE(m_accounts->accounts().size(), before + 1);
    const Account added = m_accounts->accounts().constLast();
    QCOMPARE(added.network, Network::Bluesky);
    QCOMPARE(added.remoteUserId, me);
    QCOMPARE(added.handle, u"shop.test"_s);
    QCOMPARE(added.serverUrl, bluesky.baseUrl());
    QVERIFY(password->text().isEmpty()); // the app password is not kept anywhere
    QTRY_VERIFY_WITH_TIMEOUT(m_credentials->contains(added.id, CredentialStore::Kind::AccessToken)
                                 && m_credentials->contains(added.id, CredentialStore::Kind::RefreshToken),
                             waitMs);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
