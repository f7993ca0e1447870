// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace starling {

/**
 * Notifications through org.freedesktop.Notifications (Desktop Notifications Specification 1.2)
 * on a D-Bus session: the app's name and icon, its desktop entry (so the desktop groups them and
 * applies the user's settings for the app), category im.received, and a default action that
 * opens the conversation. A new message in a conversation whose notification is still up
 * replaces it. While the service is missing from the bus, or when it fails, the notification goes
 * to @p fallback instead.
 */
class FreedesktopNotifier final : public Notifier
{
    Q_OBJECT

public:
    static inline const QString service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString path = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString interface = QStringLiteral("org.freedesktop.Notifications");

    FreedesktopNotifier(QDBusConnection bus, Notifier *fallback, QObject *parent = nullptr);
    ~FreedesktopNotifier() override;
    Q_DISABLE_COPY_MOVE(FreedesktopNotifier)

    void show(const Notification &notification) override;

    /** Whether a notification server owns its name on the bus, or the bus can start one. */
    bool serviceAvailable() const;
    /** The notifications still up, by the server's id, with their conversation (for tests). */
    QHash<uint, qint64> openNotifications() const { return m_open; }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onActivationToken(uint id, const QString &token);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    Notifier *m_fallback;
    QHash<uint, qint64> m_open;
    QHash<uint, QString> m_tokens;
};

} // namespace starling
