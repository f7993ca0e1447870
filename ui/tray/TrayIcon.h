// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

class QMenu;

namespace starling {

class AccountManager;
class MainWindow;
class Notifier;
class Store;
struct ChangeSet;

/**
 * The tray icon (STYLE.md §9): the unread count painted on it; a menu with show/hide, each
 * account's state, "pause notifications for an hour" and quit; a notification for new inbound
 * DMs and mentions, batched when many arrive at once, naming the account, that opens the
 * conversation when clicked (through the platform's notification service where there is one,
 * see Notifier), and one when a rule gives a conversation to the user (settings::you()). If there
 * is no tray at start it looks again a few times; without a tray, closing the window quits.
 */
class TrayIcon final : public QObject
{
    Q_OBJECT

public:
    TrayIcon(MainWindow &window, AccountManager &accounts, Store &store, QObject *parent = nullptr);
    ~TrayIcon() override;
    Q_DISABLE_COPY_MOVE(TrayIcon)

    bool isAvailable() const { return m_available; }
    /** The unread count on the icon. */
    int unreadCount() const { return m_unread; }
    /** The last notification, title and body as given to the tray (for tests). */
    QPair<QString, QString> lastNotification() const { return m_lastNotification; }
    /** Where the notifications go. */
    Notifier *notifier() const { return m_notifier; }

Q_SIGNALS:
    /** The tray came (true), or it did not come after a few looks (false). */
    void availabilityKnown(bool available);

private:
    void tryToShow();
    void rebuildMenu();
    void refreshBadge();
    void collect(const ChangeSet &changes);
    void notifyPending();
    void notifyAssigned();

    MainWindow &m_window;
    AccountManager &m_accounts;
    QSystemTrayIcon m_tray;
    QMenu *m_menu;
    QTimer m_retry;
    QTimer m_batch;
    QList<qint64> m_pending;
    QList<qint64> m_handedOver; ///< conversations a rule gave to someone, to tell the user if it was them
    Notifier *m_notifier = nullptr;
    int m_attempts = 0;
    int m_unread = -1;
    bool m_available = false;
    QPair<QString, QString> m_lastNotification;
};

} // namespace starling
