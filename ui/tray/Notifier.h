// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace starling {

/** One notification about new messages. */
struct Notification
{
    QString title; ///< plain text
    QString body; ///< markup on freedesktop servers (see remotetext::notificationBody)
    qint64 conversationId = 0; ///< what a click opens
    QIcon icon; ///< for the tray's own balloon
};

/**
 * Where notifications go: the platform's notification service, or the tray's balloon. The tray
 * code talks to this interface only; makeNotifier() picks the implementation.
 */
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Notifier() override;
    Q_DISABLE_COPY_MOVE(Notifier)

    virtual void show(const Notification &notification) = 0;

Q_SIGNALS:
    /**
     * The person clicked a notification about @p conversationId. @p activationToken, when the
     * service gave one, lets the window take the focus (see bringToFront()).
     */
    void activated(qint64 conversationId, const QString &activationToken);
};

/** The tray's balloon (QSystemTrayIcon::showMessage): where there is no notification service. */
class TrayNotifier final : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QSystemTrayIcon &tray, QObject *parent = nullptr);
    void show(const Notification &notification) override;

private:
    QSystemTrayIcon &m_tray;
    qint64 m_clickTarget = 0; ///< the tray has one balloon at a time
};

/**
 * The platform's service where there is one (org.freedesktop.Notifications on the session bus
 * on Linux, falling back to @p tray's balloon while that service is missing); the tray's balloon
 * elsewhere.
 */
Notifier *makeNotifier(QSystemTrayIcon &tray, QObject *parent);

} // namespace starling
