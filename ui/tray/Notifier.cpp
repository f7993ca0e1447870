// SPDX-License-Identifier: GPL-3.0-or-later
#include "Notifier.h"

#if defined(STARLING_FREEDESKTOP_NOTIFICATIONS)
#include "FreedesktopNotifier.h"

#include <QDBusConnection>
#endif

#include <QSystemTrayIcon>

namespace starling {

Notifier::~Notifier() = default;

TrayNotifier::TrayNotifier(QSystemTrayIcon &tray, QObject *parent)
    : Notifier(parent)
    , m_tray(tray)
{
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(m_clickTarget, {}); });
}

void TrayNotifier::show(const Notification &notification)
{
    m_clickTarget = notification.conversationId;
    // The tray shows itself only where there is one (TrayIcon::tryToShow()).
    if (m_tray.isVisible())
        m_tray.showMessage(notification.title, notification.body, notification.icon, 8000);
}

Notifier *makeNotifier(QSystemTrayIcon &tray, QObject *parent)
{
    auto *balloon = new TrayNotifier(tray, parent);
#if defined(STARLING_FREEDESKTOP_NOTIFICATIONS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        return new FreedesktopNotifier(bus, balloon, parent);
#endif
    return balloon;
}

} // namespace starling
