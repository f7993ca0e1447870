// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "RemoteText.h"
#include "Settings.h"
#include "WindowActivation.h"
#include "accounts/AccountManager.h"
#include "accounts/AccountSwitcherModel.h"
#include "store/ChangeSet.h"
#include "store/ConversationRepository.h"
#include "store/MessageRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
constexpr int maxAttempts = 5;

/** "Pause notifications for an hour" is on. */
bool notificationsPaused()
{
    const QDateTime paused = QSettings().value(settings::notificationsPausedUntil).toDateTime();
    return paused.isValid() && paused > QDateTime::currentDateTime();
}

QIcon badgeIcon(int unread)
{
    const QIcon base(u":/icons/starling.svg"_s);
    if (unread <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 99 ? u"99+"_s : QString::number(unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() > 2 ? 20 : 26);
    painter.setFont(font);
    const QRect badge(28, 0, 36, 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return QIcon(pixmap);
}
} // namespace

TrayIcon::TrayIcon(MainWindow &window, AccountManager &accounts, Store &store, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_accounts(accounts)
    , m_menu(new QMenu)
{
    m_tray.setToolTip(tr("Starling"));
    m_tray.setContextMenu(m_menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            m_window.setVisible(!m_window.isVisible());
            if (m_window.isVisible())
                m_window.activateWindow();
        }
    });
    m_notifier = makeNotifier(m_tray, this);
    connect(m_notifier, &Notifier::activated, this, [this](qint64 conversationId, const QString &activationToken) {
        bringToFront(m_window, activationToken);
        if (conversationId > 0)
            m_window.openConversation(conversationId);
    });
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::rebuildMenu);
    connect(&store, &Store::changed, this, &TrayIcon::collect);
    // The badge shows what "All accounts" shows in the window, counted there once per change.
    QAbstractItemModel *switcher = m_window.accountList()->model();
    connect(switcher, &QAbstractItemModel::dataChanged, this, &TrayIcon::refreshBadge);
    connect(switcher, &QAbstractItemModel::rowsInserted, this, &TrayIcon::refreshBadge);
    connect(switcher, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::refreshBadge);
    connect(switcher, &QAbstractItemModel::modelReset, this, &TrayIcon::refreshBadge);
    // Notifications wait a moment, so that a burst of messages makes one notification.
    m_batch.setSingleShot(true);
    m_batch.setInterval(1500);
    // An assignment is told after the messages that came with it, so it is the one left showing.
    connect(&m_batch, &QTimer::timeout, this, [this] {
        notifyPending();
        notifyAssigned();
    });
    m_retry.setInterval(2000);
    connect(&m_retry, &QTimer::timeout, this, &TrayIcon::tryToShow);
    tryToShow();
    refreshBadge();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::tryToShow()
{
    // Desktops often bring the tray up after the apps that autostart with them.
    m_available = QSystemTrayIcon::isSystemTrayAvailable();
    qApp->setProperty("trayAvailable", m_available);
    if (m_available) {
        m_retry.stop();
        m_tray.show();
        Q_EMIT availabilityKnown(true);
    } else if (++m_attempts < maxAttempts) {
        if (!m_retry.isActive())
            m_retry.start();
    } else {
        m_retry.stop();
        Q_EMIT availabilityKnown(false);
    }
    // Without a tray, closing the window must quit, or the app would be unreachable.
    QApplication::setQuitOnLastWindowClosed(!m_available || !QSettings().value(settings::closeToTray, false).toBool());
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(m_window.isVisible() ? tr("Hide Starling") : tr("Show Starling"), this,
                      [this] { m_window.setVisible(!m_window.isVisible()); });
    m_menu->addSeparator();
    for (const Account &a : m_accounts.accounts()) {
        auto *state = m_menu->addAction(tr("@%1: %2").arg(a.handle, m_accounts.status(a.id).text()));
        state->setEnabled(false);
    }
    m_menu->addSeparator();
    if (notificationsPaused()) {
        m_menu->addAction(tr("Resume notifications"), this,
                          [] { QSettings().remove(settings::notificationsPausedUntil); });
    } else {
        m_menu->addAction(tr("Pause notifications for an hour"), this, [] {
            QSettings().setValue(settings::notificationsPausedUntil, QDateTime::currentDateTime().addSecs(3600));
        });
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), qApp, &QApplication::quit);
}

void TrayIcon::refreshBadge()
{
    const QAbstractItemModel *switcher = m_window.accountList()->model();
    const int unread = switcher->index(0, 0).data(AccountSwitcherModel::UnreadRole).toInt();
    if (unread == m_unread)
        return;
    m_unread = unread;
    m_tray.setIcon(badgeIcon(unread));
    m_tray.setToolTip(unread > 0 ? tr("Starling: %n unread", nullptr, unread) : tr("Starling"));
}

void TrayIcon::collect(const ChangeSet &changes)
{
    if (changes.newInboundMessageIds.isEmpty() && changes.handedOverConversationIds.isEmpty())
        return;
    m_pending.append(changes.newInboundMessageIds);
    m_handedOver.append(changes.handedOverConversationIds);
    m_batch.start();
}

void TrayIcon::notifyAssigned()
{
    const QList<qint64> ids = std::exchange(m_handedOver, {});
    if (ids.isEmpty() || notificationsPaused())
        return;
    const QString me = settings::you();
    QList<ConversationSummary> mine;
    for (qint64 id : ids) {
        auto row = ConversationRepository(m_window.reader()).byId(id);
        if (row && row.value() && row.value()->conversation.assignee == me)
            mine << *row.value();
    }
    if (mine.isEmpty())
        return;
    const ConversationSummary &first = mine.constFirst();
    const QString who = !first.counterpart.displayName.isEmpty() ? first.counterpart.displayName
                        : !first.counterpart.handle.isEmpty()    ? u"@"_s + first.counterpart.handle
                                                                 : tr("Someone");
    //: Notification title: a rule assigned conversations to the user; %1 names the first one's person
    const QString title = mine.size() == 1 ? tr("Assigned to you: %1").arg(who)
                                           : tr("%n conversation(s) assigned to you", nullptr, int(mine.size()));
    const QString body = remotetext::notificationBody(first.conversation.preview.left(200));
    m_lastNotification = {title, body};
    m_notifier->show({title, body, first.conversation.id, badgeIcon(m_unread)});
}

void TrayIcon::notifyPending()
{
    const QList<qint64> ids = std::exchange(m_pending, {});
    if (notificationsPaused())
        return;
    QSettings settings;
    auto messages = MessageRepository(m_window.reader()).byIds(ids);
    if (!messages)
        return;
    QList<Message> shown;
    for (const Message &m : messages.value()) {
        const QString kind = m.kind == Message::Kind::DirectMessage ? u"dm"_s : u"mention"_s;
        const QString account = m.accountId.toString(QUuid::WithoutBraces);
        if (settings.value(settings::notifyKey(account, kind), true).toBool())
            shown << m;
    }
    if (shown.isEmpty())
        return;
    const Message &newest = shown.constFirst();
    const auto account = m_accounts.account(newest.accountId);
    const QString handle = account ? u"@"_s + account->handle : QString();
    QString title;
    QString text;
    if (shown.size() == 1) {
        auto authors = MessageRepository(m_window.reader()).authors(shown);
        const QString who = authors && !authors->isEmpty()
                                ? (authors->constFirst().displayName.isEmpty() ? authors->constFirst().handle
                                                                               : authors->constFirst().displayName)
                                : tr("Someone");
        if (newest.kind == Message::Kind::DirectMessage) {
            //: Notification title of a direct message: %1 is the sender, %2 the user's own handle
            title = tr("%1 to %2", "direct message").arg(who, handle);
        } else {
            //: Notification title of a mention: %1 is the sender, %2 the user's own handle
            title = tr("%1 mentioned %2").arg(who, handle);
        }
        text = newest.text.left(200);
    } else {
        title = tr("%n new messages", nullptr, int(shown.size()));
        text = handle.isEmpty() ? QString() : tr("Newest on %1: %2").arg(handle, newest.text.left(160));
    }
    // The title is plain text everywhere; the body is markup for freedesktop notification servers.
    const QString body = remotetext::notificationBody(text);
    m_lastNotification = {title, body};
    m_notifier->show({title, body, newest.conversationId, badgeIcon(m_unread)});
}

} // namespace starling
