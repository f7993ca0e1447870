// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreedesktopNotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace starling {

Q_LOGGING_CATEGORY(lcNotify, "starling.notifications", QtInfoMsg)

namespace {
/** The server decides how long a notification stays (the user's setting). */
constexpr int serverDefaultTimeout = -1;
/** Desktop Notifications Specification: urgency is a byte, 1 = normal. */
constexpr uchar normalUrgency = 1;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, Notifier *fallback, QObject *parent)
    : Notifier(parent)
    , m_bus(std::move(bus))
    , m_fallback(fallback)
{
    m_bus.connect(service, path, interface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, u"ActivationToken"_s, this, SLOT(onActivationToken(uint, QString)));
    m_bus.connect(service, path, interface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    connect(m_fallback, &Notifier::activated, this, &Notifier::activated);
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::serviceAvailable() const
{
    const QDBusConnectionInterface *bus = m_bus.interface();
    if (!m_bus.isConnected() || !bus)
        return false;
    if (bus->isServiceRegistered(service).value())
        return true;
    return bus->activatableServiceNames().value().contains(service);
}

void FreedesktopNotifier::show(const Notification &notification)
{
    if (!serviceAvailable()) {
        m_fallback->show(notification);
        return;
    }
    // A notification about this conversation that is still up is replaced, not stacked.
    uint replaces = 0;
    for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
        if (it.value() == notification.conversationId)
            replaces = it.key();
    }
    const QVariantMap hints{{u"desktop-entry"_s, QStringLiteral(STARLING_APP_ID)},
                            {u"category"_s, u"im.received"_s},
                            {u"urgency"_s, QVariant::fromValue(normalUrgency)}};
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    call << QStringLiteral(STARLING_APP_NAME) << replaces << QStringLiteral(STARLING_APP_ID) << notification.title
         << notification.body << QStringList{u"default"_s, tr("Open")} << hints << serverDefaultTimeout;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, notification, replaces] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcNotify).noquote() << "the notification service failed:" << reply.error().message();
            m_fallback->show(notification);
            return;
        }
        if (replaces != 0 && reply.value() != replaces)
            m_open.remove(replaces);
        m_open.insert(reply.value(), notification.conversationId);
    });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // Other apps' notifications come from the same server: only ours are in the map.
    if (action != u"default"_s || !m_open.contains(id))
        return;
    Q_EMIT activated(m_open.value(id), m_tokens.take(id));
}

void FreedesktopNotifier::onActivationToken(uint id, const QString &token)
{
    // Sent just before ActionInvoked by servers that implement xdg-activation.
    if (m_open.contains(id))
        m_tokens.insert(id, token);
}

void FreedesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_open.remove(id);
    m_tokens.remove(id);
}

} // namespace starling
