// SPDX-License-Identifier: GPL-3.0-or-later
// The app for everyone (issue 18), on the demo's world (the sandbox X, Mastodon and Bluesky servers,
// synced by the real clients, offscreen):
// - every interactive control of the main window and of every dialog has an accessible name, found
//   by walking the QAccessible tree as a screen reader would;
// - inbox rows and thread messages say who, what kind, when and whether they are read;
// - Tab moves through the panes in their order, left to right;
// - network marks and warning and error colours keep their contrast on light, dark and
//   high-contrast palettes, and the window follows a palette change;
// - in every shipped language the main window and the dialogs show no clipped label or button
//   (German is the widest), dates follow the language's locale, and a grab of each is kept in the
//   build folder for people to look at.

#include "AppSetup.h"
#include "DemoSession.h"
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "Profile.h"
#include "Settings.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "compose/ComposeWidget.h"
#include "contacts/ContactImportDialog.h"
#include "contacts/ContactsDialog.h"
#include "demo/DemoNetwork.h"
#include "desktop/ColourScheme.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxView.h"
#include "profile/LinkContactDialog.h"
#include "profile/ProfilePane.h"
#include "services/SignInService.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "thread/MessageListModel.h"
#include "thread/ThreadView.h"
#include "windows/AddAccountDialog.h"
#include "windows/NewPostDialog.h"
#include "windows/ReportsDialog.h"
#include "windows/RulesDialog.h"
#include "windows/SavedRepliesDialog.h"
#include "windows/SettingsDialog.h"
#include "windows/ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// Generous: the machine running the tests may be loaded. Nothing here measures time.
constexpr int waitMs = 30000;

/** The roles a person acts on: each needs a name a screen reader can say. */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::PageTab:
        return true;
    default:
        return false;
    }
}

/** Walks @p node's accessible tree; each visible interactive control without a name is listed. */
void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, QStringList &undescribed, int depth = 0)
{
    if (!node || !node->isValid() || depth > 40)
        return;
    if (node->state().invisible || node->state().offscreen)
        return;
    const QAccessible::Role role = node->role();
    // Rows of a list or table are named by their model; their container needs the name.
    if (role == QAccessible::Cell || role == QAccessible::ListItem || role == QAccessible::Row)
        return;
    // A description says what a control is for; the standard buttons of a dialog (OK, Close,
    // Cancel) and tabs need none beyond their name.
    const QObject *object = node->object();
    const auto *box = object ? qobject_cast<const QDialogButtonBox *>(object->parent()) : nullptr;
    const auto *button = qobject_cast<const QAbstractButton *>(object);
    const bool standard =
        role == QAccessible::PageTab
        || (box && button && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton);
    if (isInteractive(role) && !standard && node->text(QAccessible::Description).trimmed().isEmpty()) {
        QString where;
        for (const QObject *o = object; o; o = o->parent())
            where.prepend(u"/"_s + QString::fromLatin1(o->metaObject()->className()));
        undescribed << u"\"%1\" at %2"_s.arg(node->text(QAccessible::Name), where);
    }
    if (isInteractive(role) && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QString where;
        for (const QObject *o = object; o; o = o->parent())
            where.prepend(u"/"_s + QString::fromLatin1(o->metaObject()->className()));
        unnamed
            << u"role 0x%1 at %2 (%3)"_s.arg(int(role), 0, 16).arg(where, object ? object->objectName() : QString());
    }
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, undescribed, depth + 1);
}

/** The widest line of @p text in @p font. */
int textWidth(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/** The visible labels and buttons under @p root whose text does not fit in them. */
QStringList clippedText(const QWidget *root)
{
    QStringList clipped;
    const auto shown = [root](const QWidget *w) { return w->isVisibleTo(root) && w->width() > 0; };
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!shown(label) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool rich = label->textFormat() == Qt::RichText
                          || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        // With a buddy, "&Name" shows as "Name" with the N underlined; "&&" is one ampersand.
        QString text = label->text();
        if (label->buddy())
            text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
        const int needed = rich ? label->sizeHint().width() - 2 * label->margin() - 2 * label->frameWidth()
                                : textWidth(label->fontMetrics(), text);
        const int room = label->contentsRect().width() - 2 * label->margin() - std::max(0, label->indent());
        if (needed > room + 1)
            clipped << u"label \"%1\" needs %2 px, has %3"_s.arg(label->text().left(60)).arg(needed).arg(room);
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        const int needed = button->sizeHint().width();
        if (needed > button->width() + 1)
            clipped << u"button \"%1\" needs %2 px, has %3"_s.arg(button->text()).arg(needed).arg(button->width());
    }
    for (const QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (shown(box) && textWidth(box->fontMetrics(), box->title()) > box->width())
            clipped << u"group \"%1\""_s.arg(box->title());
    }
    return clipped;
}

/** The WCAG contrast ratio of two colours (1 to 21). */
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

QPalette paletteWith(QColor window, QColor base, QColor text, QColor highlight)
{
    QPalette p(window);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, base);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(role, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, base);
    return p;
}

/** The mean lightness of @p image, 0 (black) to 255 (white). */
int meanLightness(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qint64 sum = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            sum += qGray(line[x]);
    }
    return rgb.isNull() ? -1 : int(sum / (qint64(rgb.width()) * rgb.height()));
}

/**
 * The XDG desktop portal's Settings interface, as a GNOME session offers it: "color-scheme" in
 * "org.freedesktop.appearance", read with Read() (a variant in a variant, as the portal answers)
 * and announced with SettingChanged.
 */
class PortalSettings final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    explicit PortalSettings(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }

    void setScheme(uint scheme)
    {
        m_scheme = scheme;
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/portal/desktop"_s,
                                                         u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
        signal << u"org.freedesktop.appearance"_s << u"color-scheme"_s
               << QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme)));
        QVERIFY(m_bus.send(signal));
    }

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group != u"org.freedesktop.appearance" || key != u"color-scheme")
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(0u))));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(m_scheme))));
    }

private:
    QDBusConnection m_bus;
    uint m_scheme = 1;
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void everyControlHasAName_data();
    void everyControlHasAName();
    void inboxRowsSaySenderKindTimeAndState();
    void threadMessagesSaySenderAndTime();
    void tabFollowsThePanes();
    void coloursKeepTheirContrast_data();
    void coloursKeepTheirContrast();
    void windowFollowsADarkPalette();
    void followsTheDesktopsColourScheme();
    void languagesFitAndFollowTheLocale_data();
    void languagesFitAndFollowTheLocale();
    void languageChosenInSettingsApplies();

private:
    /** Builds @p dialog's kind of dialog over the window (each as Dialogs.cpp opens it). */
    std::unique_ptr<QDialog> makeDialog(const QString &dialog, QWidget *parent);
    /** Which pane holds @p widget: 0 sidebar, 1 inbox, 2 thread, 3 profile, -1 elsewhere. */
    int paneOf(const QWidget *widget) const;
    void saveGrab(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sandbox::DemoNetwork> m_network;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeCredentialStore> m_credentials;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One style everywhere, so that sizes do not depend on the desktop the tests run on.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto profile = Profile::open(m_dir->filePath(u"profile"_s));
    QVERIFY(profile.ok());
    profile->useForSettings();
    auto store = Store::open(profile->databasePath());
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    m_store = std::move(store).value();

    // The demo as `starling --demo` starts it: its three networks, its accounts, its workflow.
    m_network = std::make_unique<sandbox::DemoNetwork>();
    QVERIFY(m_network->start());
    auto factory = std::make_shared<DemoProviderFactory>(m_network->xBaseUrl(), m_network->xToken());
    factory->setMastodon(m_network->mastodonBaseUrl(), m_network->mastodonToken());
    factory->setBluesky(m_network->blueskyBaseUrl(), m_network->blueskyToken());
    m_settings = std::make_unique<QSettings>();
    m_credentials = std::make_unique<FakeCredentialStore>();
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_credentials.get(), m_store.get());
    m_accounts->load();
    m_sync = std::make_unique<SyncService>(m_store.get(), m_accounts.get(), factory);
    m_signIn = std::make_unique<SignInService>(*m_accounts, factory);
    QVERIFY(m_accounts->add(demoXAccount(*m_network)).ok());
    QVERIFY(m_accounts->add(demoMastodonAccount(*m_network)).ok());
    QVERIFY(m_accounts->add(demoBlueskyAccount(*m_network)).ok());
    seedDemoWorkflow(*m_store);
    m_sync->start();

    m_window = std::make_unique<MainWindow>(*m_store, *m_accounts, *m_sync, MainWindow::Options{true});
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // The demo's conversations on all three networks, and the first one open.
    ConversationListModel *inbox = m_window->inbox()->model();
    QTRY_VERIFY_WITH_TIMEOUT(inbox->rowCount() >= 6, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thread()->conversation().has_value(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thread()->model()->rowCount() > 0, waitMs);
}

void TestAccessibility::cleanupTestCase()
{
    m_window.reset();
    m_signIn.reset();
    m_sync.reset();
    m_accounts.reset();
    m_credentials.reset();
    m_settings.reset();
    m_store.reset();
    m_network.reset();
}

std::unique_ptr<QDialog> TestAccessibility::makeDialog(const QString &dialog, QWidget *parent)
{
    if (dialog == u"settings")
        return std::make_unique<SettingsDialog>(*m_accounts, *m_sync, parent);
    if (dialog == u"add account")
        return std::make_unique<AddAccountDialog>(*m_signIn, parent);
    if (dialog == u"new post")
        return std::make_unique<NewPostDialog>(*m_accounts, parent);
    if (dialog == u"saved replies")
        return std::make_unique<SavedRepliesDialog>(*m_store, m_window->reader(), parent);
    if (dialog == u"rules")
        return std::make_unique<RulesDialog>(*m_store, m_window->reader(), *m_accounts, parent);
    if (dialog == u"reports")
        return std::make_unique<ReportsDialog>(*m_store, *m_accounts, parent);
    if (dialog == u"shortcuts")
        return std::make_unique<ShortcutsDialog>(parent);
    if (dialog == u"contacts")
        return std::make_unique<ContactsDialog>(*m_store, m_window->reader(), parent);
    if (dialog == u"import contacts")
        return std::make_unique<ContactImportDialog>(*m_store, parent);
    if (dialog == u"link contact") {
        // The demo's first person, as the profile pane opens the dialog for them.
        const qint64 contact = ContactRepository(m_window->reader()).list({}).value().value(0).contact.id;
        return std::make_unique<LinkContactDialog>(*m_store, m_window->reader(), contact, parent);
    }
    return nullptr;
}

const QStringList dialogs = {u"settings"_s, u"add account"_s, u"new post"_s, u"saved replies"_s,   u"rules"_s,
                             u"reports"_s,  u"shortcuts"_s,   u"contacts"_s, u"import contacts"_s, u"link contact"_s};

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("main window") << QString();
    for (const QString &dialog : dialogs)
        QTest::newRow(qPrintable(dialog)) << dialog;
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> shown = dialog.isEmpty() ? nullptr : makeDialog(dialog, m_window.get());
    QWidget *root = shown ? static_cast<QWidget *>(shown.get()) : m_window.get();
    if (shown) {
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    }
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(root);
    QVERIFY(tree);
    QVERIFY(tree->childCount() > 0);
    QStringList unnamed;
    QStringList undescribed;
    collectUnnamed(tree, unnamed, undescribed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Controls without an accessible name:\n  "_s + unnamed.join(u"\n  "_s)));
    QVERIFY2(undescribed.isEmpty(), qPrintable(u"Controls without a description:\n  "_s + undescribed.join(u"\n  "_s)));
}

void TestAccessibility::inboxRowsSaySenderKindTimeAndState()
{
    QListView *list = m_window->inbox()->list();
    ConversationListModel *model = m_window->inbox()->model();
    QAccessibleInterface *listInterface = QAccessible::queryAccessibleInterface(list);
    QVERIFY(listInterface);
    QAccessibleTableInterface *table = listInterface->tableInterface();
    QVERIFY(table);
    // Offscreen there is no screen reader to keep the view's accessible rows in step with the
    // model as rows move: start from the model as it is now, as a listening reader would.
    QAccessibleTableModelChangeEvent reset(list, QAccessibleTableModelChangeEvent::ModelReset);
    table->modelChange(&reset);
    QVERIFY(table->rowCount() >= 6);
    bool sawUnread = false;
    bool sawRequest = false; // the demo's Bluesky account has message requests
    QSet<Network> networks;
    for (int row = 0; row < std::min(table->rowCount(), 10); ++row) {
        QAccessibleInterface *cell = table->cellAt(row, 0);
        QVERIFY(cell);
        const QString said = cell->text(QAccessible::Name);
        const QModelIndex index = model->index(row);
        const auto summary = index.data(ConversationListModel::SummaryRole).value<ConversationSummary>();
        const QString name = index.data(ConversationListModel::NameRole).toString();
        QVERIFY2(said.startsWith(name), qPrintable(name + u" / "_s + said));
        QVERIFY2(said.contains(networkDisplayName(summary.network)), qPrintable(said));
        const QString kind = summary.conversation.kind == Conversation::Kind::PublicThread ? u"mention"_s
                             : summary.conversation.kind == Conversation::Kind::Group      ? u"Group"_s
                             : summary.conversation.request                                ? u"Message request"_s
                                                                                           : u"Direct message"_s;
        sawRequest |= summary.conversation.request;
        QVERIFY2(said.contains(kind, Qt::CaseInsensitive), qPrintable(said));
        QVERIFY2(said.contains(theme::fullTime(summary.conversation.lastActivity)), qPrintable(said));
        const bool unread =
            summary.conversation.unreadCount > 0 && summary.conversation.state == Conversation::State::Open;
        sawUnread |= unread;
        QVERIFY2(said.contains(unread ? u"%1 unread"_s.arg(summary.conversation.unreadCount) : u"."_s),
                 qPrintable(said));
        if (!unread && summary.conversation.state == Conversation::State::Open)
            QVERIFY2(said.contains(u"Read"_s), qPrintable(said));
        networks.insert(summary.network);
    }
    QVERIFY2(sawUnread, "the demo's inbox starts with unread conversations");
    QVERIFY2(sawRequest, "the demo's inbox starts with a message request");
    QCOMPARE(networks.size(), 3);
}

void TestAccessibility::threadMessagesSaySenderAndTime()
{
    MessageListModel *model = m_window->thread()->model();
    QVERIFY(model->rowCount() > 0);
    QListView *view = nullptr;
    for (QListView *candidate : m_window->thread()->findChildren<QListView *>()) {
        if (candidate->model() == model)
            view = candidate;
    }
    QVERIFY(view);
    QAccessibleInterface *listInterface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(listInterface && listInterface->tableInterface());
    QVERIFY(!listInterface->text(QAccessible::Name).isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString said = listInterface->tableInterface()->cellAt(row, 0)->text(QAccessible::Name);
        const QString time = theme::fullTime(index.data(MessageListModel::CreatedAtRole).toDateTime());
        QVERIFY2(said.contains(time), qPrintable(said));
        QVERIFY2(said.contains(index.data(MessageListModel::TextRole).toString()), qPrintable(said));
        if (index.data(MessageListModel::OutboundRole).toBool())
            QVERIFY2(said.startsWith(u"You wrote"_s), qPrintable(said));
        else
            QVERIFY2(said.startsWith(index.data(MessageListModel::AuthorNameRole).toString() + u" wrote"_s),
                     qPrintable(said));
    }
}

int TestAccessibility::paneOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == m_window->inbox())
            return 1;
        if (w == m_window->thread())
            return 2;
        if (w == m_window->profile())
            return 3;
        if (w->parentWidget() && w->parentWidget()->inherits("QSplitter"))
            return 0; // the sidebar is the splitter's only other child
    }
    return -1;
}

void TestAccessibility::tabFollowsThePanes()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->accountList()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_window->accountList()->hasFocus());
    // Tab visits the sidebar, then the inbox, the thread (with the compose box) and the profile, in
    // that order, and comes round to the start: the panes' order, left to right.
    QList<int> panes{0};
    QStringList visited;
    bool cameBack = false;
    for (int i = 0; i < 80 && !cameBack; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited << QString::fromLatin1(focus->metaObject()->className()) + u'@' + QString::number(paneOf(focus));
        cameBack = focus == m_window->accountList();
        if (const int pane = paneOf(focus); !cameBack && pane >= 0 && pane != panes.last())
            panes << pane;
    }
    const QString path = visited.join(u" → "_s);
    QVERIFY2(cameBack, qPrintable(u"Tab never came back to the account list: "_s + path));
    QVERIFY2(panes == QList<int>({0, 1, 2, 3}), qPrintable(u"Panes in Tab order: "_s + path));
    QVERIFY2(m_window->thread()->isAncestorOf(m_window->thread()->compose()), "the compose box is in the thread");
}

void TestAccessibility::coloursKeepTheirContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << paletteWith(QColor(0xef, 0xef, 0xef), Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6));
    QTest::newRow("dark") << paletteWith(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(0xee, 0xee, 0xee),
                                         QColor(0x2a, 0x82, 0xda));
    QTest::newRow("high contrast light") << paletteWith(Qt::white, Qt::white, Qt::black, QColor(0x00, 0x00, 0x80));
    QTest::newRow("high contrast dark") << paletteWith(Qt::black, Qt::black, Qt::white, QColor(0xff, 0xff, 0x00));
}

void TestAccessibility::coloursKeepTheirContrast()
{
    QFETCH(QPalette, palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    // Network marks are graphics (3:1 against what they stand on); warnings and errors are text (4.5:1).
    for (Network network : {Network::X, Network::Mastodon, Network::Bluesky}) {
        const QColor mark = theme::networkColor(network, palette);
        QVERIFY2(contrast(mark, base) >= 3.0, qPrintable(networkDisplayName(network)));
        QVERIFY2(contrast(mark, window) >= 3.0, qPrintable(networkDisplayName(network)));
    }
    for (const QColor &text : {theme::warningColor(palette), theme::errorColor(palette)}) {
        QVERIFY2(contrast(text, base) >= 4.5, qPrintable(text.name()));
        QVERIFY2(contrast(text, window) >= 4.5, qPrintable(text.name()));
    }
    // Warnings and errors must not look alike, nor the networks among themselves.
    const auto apart = [](const QColor &a, const QColor &b) {
        const int hue = std::abs(a.hslHue() - b.hslHue());
        return std::min(hue, 360 - hue) >= 20 || std::abs(a.lightness() - b.lightness()) >= 60 || a.hslHue() < 0
               || b.hslHue() < 0;
    };
    QVERIFY(apart(theme::warningColor(palette), theme::errorColor(palette)));
    QVERIFY(apart(theme::networkColor(Network::X, palette), theme::networkColor(Network::Mastodon, palette)));
    QVERIFY(apart(theme::networkColor(Network::Mastodon, palette), theme::networkColor(Network::Bluesky, palette)));
}

void TestAccessibility::windowFollowsADarkPalette()
{
    const QPalette before = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(before); });
    QListView *list = m_window->inbox()->list();
    const int light = meanLightness(list->viewport()->grab().toImage());
    QApplication::setPalette(paletteWith(QColor(0x35, 0x35, 0x35), QColor(0x2a, 0x2a, 0x2a), QColor(0xee, 0xee, 0xee),
                                         QColor(0x2a, 0x82, 0xda)));
    QTRY_VERIFY(theme::isDark(list->palette()));
    const int dark = meanLightness(list->viewport()->grab().toImage());
    // Text coloured by the app follows too: the compose box's mode line is in the network's colour.
    const auto *mode = m_window->thread()->compose()->findChild<QLabel *>(u"composeMode"_s);
    QVERIFY(mode);
    const QColor networkMark = theme::networkColor(m_window->thread()->conversation()->network, list->palette());
    QVERIFY2(mode->styleSheet().contains(networkMark.name())
                 || mode->styleSheet().contains(theme::warningColor(list->palette()).name()),
             qPrintable(mode->styleSheet()));
    saveGrab(m_window.get(), u"starling-demo-dark"_s);
    QVERIFY2(light > 150 && dark < 100, qPrintable(u"inbox lightness %1 light, %2 dark"_s.arg(light).arg(dark)));
}

void TestAccessibility::followsTheDesktopsColourScheme()
{
    // A session bus of the test's own, where the fake portal takes the name before anyone asks
    // for it: on the shared session bus a real xdg-desktop-portal (installed with Flatpak) may
    // have been started by an earlier window and would own the portal's name.
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty())
        QSKIP("dbus-daemon is not installed (Debian package dbus-daemon): .ci/deps installs it.");
    QProcess bus;
    bus.start(daemon, {u"--session"_s, u"--print-address"_s, u"--nofork"_s});
    const auto stopBus = qScopeGuard([&] {
        bus.terminate();
        bus.waitForFinished(5000);
    });
    QVERIFY2(bus.waitForStarted(5000), qPrintable(bus.errorString()));
    QTRY_VERIFY(bus.canReadLine());
    const QString address = QString::fromUtf8(bus.readLine()).trimmed();

    // The portal and the app on connections of their own to that bus.
    QDBusConnection portalBus = QDBusConnection::connectToBus(address, u"fake-portal"_s);
    QDBusConnection appBus = QDBusConnection::connectToBus(address, u"app"_s);
    const auto disconnect = qScopeGuard([] {
        QDBusConnection::disconnectFromBus(u"fake-portal"_s);
        QDBusConnection::disconnectFromBus(u"app"_s);
    });
    QVERIFY2(portalBus.isConnected() && appBus.isConnected(), qPrintable(portalBus.lastError().message()));
    PortalSettings portal(portalBus);
    QVERIFY(portalBus.registerObject(u"/org/freedesktop/portal/desktop"_s, &portal, QDBusConnection::ExportAllSlots));
    QVERIFY2(portalBus.registerService(u"org.freedesktop.portal.Desktop"_s),
             qPrintable(portalBus.lastError().message()));

    const QPalette before = QApplication::palette();
    const auto restore = qScopeGuard([&] { QApplication::setPalette(before); });
    QVERIFY(!theme::isDark(before));
    QListView *list = m_window->inbox()->list();

    // The desktop prefers dark from the start: the app starts dark.
    ColourScheme scheme(appBus);
    QTRY_COMPARE(scheme.preference(), ColourScheme::Preference::Dark);
    QVERIFY(theme::isDark(QApplication::palette()));
    QTRY_VERIFY(theme::isDark(list->palette()));
    // The person switches the desktop to light, then to dark again, while the app runs.
    portal.setScheme(2);
    QTRY_COMPARE(scheme.preference(), ColourScheme::Preference::Light);
    QVERIFY(!theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), before.color(QPalette::Window));
    portal.setScheme(1);
    QTRY_COMPARE(scheme.preference(), ColourScheme::Preference::Dark);
    QTRY_VERIFY(theme::isDark(list->palette()));
}

void TestAccessibility::languagesFitAndFollowTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dateShows");
    // 5 January 2026 in the locale's short date (the inbox shows dates older than a week so).
    QTest::newRow("en") << u"en_US"_s << u"1/5/26"_s;
    QTest::newRow("de") << u"de"_s << u"05.01.26"_s;
    QTest::newRow("fr") << u"fr"_s << u"05/01/2026"_s;
    QTest::newRow("es") << u"es"_s << u"5/1/26"_s;
    QTest::newRow("ja") << u"ja"_s << u"2026/01/05"_s;
}

void TestAccessibility::languagesFitAndFollowTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, dateShows);
    const QLocale before;
    QTranslator translator;
    const QLocale locale(language);
    if (language != u"en_US") {
        QVERIFY2(translator.load(locale, u"starling"_s, u"_"_s, u":/i18n"_s), qPrintable(language));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    QCOMPARE(
        theme::relativeTime(QDateTime(QDate(2026, 1, 5), QTime(9, 41)), QDateTime(QDate(2026, 3, 1), QTime(12, 0))),
        dateShows);

    // A window made in this language, at the screenshot's size.
    MainWindow window(*m_store, *m_accounts, *m_sync, MainWindow::Options{true});
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.inbox()->model()->rowCount() >= 6, waitMs);
    window.openConversation(window.inbox()->model()->index(0).data(ConversationListModel::IdRole).toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(window.thread()->model()->rowCount() > 0, waitMs);
    QTest::qWait(50); // one more round of layout after the thread filled
    saveGrab(&window, u"starling-demo-"_s + language);
    QStringList clipped = clippedText(&window);
    QStringList unnamed;
    QStringList undescribed;
    collectUnnamed(QAccessible::queryAccessibleInterface(&window), unnamed, undescribed);
    for (const QString &name : dialogs) {
        std::unique_ptr<QDialog> dialog = makeDialog(name, &window);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &problem : clippedText(dialog.get()))
            clipped << name + u": "_s + problem;
        collectUnnamed(QAccessible::queryAccessibleInterface(dialog.get()), unnamed, undescribed);
    }
    QVERIFY2(clipped.isEmpty(), qPrintable(u"Clipped in %1:\n  "_s.arg(language) + clipped.join(u"\n  "_s)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"Unnamed in %1:\n  "_s.arg(language) + unnamed.join(u"\n  "_s)));
    QVERIFY2(undescribed.isEmpty(),
             qPrintable(u"Undescribed in %1:\n  "_s.arg(language) + undescribed.join(u"\n  "_s)));
}

void TestAccessibility::languageChosenInSettingsApplies()
{
    // What the app does at start once the profile's settings can be read (app/main.cpp).
    QSettings().setValue(settings::language, u"de"_s);
    const auto restore = qScopeGuard([] {
        QSettings().remove(settings::language);
        useLanguage(*QCoreApplication::instance(), {});
    });
    useLanguage(*QCoreApplication::instance(), QSettings().value(settings::language).toString());
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("starling::MainWindow", "Add account…"), u"Konto hinzufügen…"_s);
    QCOMPARE(
        theme::relativeTime(QDateTime(QDate(2026, 1, 5), QTime(9, 41)), QDateTime(QDate(2026, 3, 1), QTime(12, 0))),
        u"05.01.26"_s);
    MainWindow window(*m_store, *m_accounts, *m_sync, MainWindow::Options{true});
    QVERIFY(window.findChild<QAbstractButton *>() != nullptr);
    QStringList buttons;
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
        buttons << button->text();
    QVERIFY2(buttons.contains(u"Konto hinzufügen…"_s), qPrintable(buttons.join(u", "_s)));

    // English, chosen: the source strings, whatever was loaded before.
    useLanguage(*QCoreApplication::instance(), u"en"_s);
    QCOMPARE(QCoreApplication::translate("starling::MainWindow", "Add account…"), u"Add account…"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestAccessibility::saveGrab(QWidget *widget, const QString &name)
{
    const QString path = QDir(QStringLiteral(STARLING_SCREENSHOT_DIR)).filePath(name + u".png"_s);
    QVERIFY(widget->grab().save(path));
    qInfo("Saved %s", qPrintable(path));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
