// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColourScheme.h"

#include "Theme.h"

#include <QApplication>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QLoggingCategory>
#include <QStyleHints>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcColourScheme, "starling.ui.colourscheme", QtInfoMsg)

namespace starling {

namespace {

const QString portalService = u"org.freedesktop.portal.Desktop"_s;
const QString portalPath = u"/org/freedesktop/portal/desktop"_s;
const QString settingsInterface = u"org.freedesktop.portal.Settings"_s;
const QString appearance = u"org.freedesktop.appearance"_s;
const QString colourSchemeKey = u"color-scheme"_s;

/** The portal's value (1 dark, 2 light, 0 none), unwrapped: Read() answers a variant in a variant. */
ColourScheme::Preference preferenceFrom(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok)
        return ColourScheme::Preference::None;
    switch (scheme) {
    case 1:
        return ColourScheme::Preference::Dark;
    case 2:
        return ColourScheme::Preference::Light;
    default:
        return ColourScheme::Preference::None;
    }
}

bool qtFollowsTheDesktop()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown;
#else
    return false;
#endif
}

} // namespace

ColourScheme::ColourScheme(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_qtPalette(QApplication::palette())
{
    if (qtFollowsTheDesktop() || !m_bus.isConnected())
        return;
    const bool listening = m_bus.connect(portalService, portalPath, settingsInterface, u"SettingChanged"_s, this,
                                         SLOT(settingChanged(QDBusMessage)));
    if (!listening)
        qCWarning(lcColourScheme) << "cannot listen to the portal:" << m_bus.lastError().message();
    // Read() is in every version of the portal; a desktop without one answers with an error. Asked
    // without waiting: the answer comes within moments, usually before the window is painted.
    QDBusMessage read = QDBusMessage::createMethodCall(portalService, portalPath, settingsInterface, u"Read"_s);
    read << appearance << colourSchemeKey;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(read, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusMessage answer = call->reply();
        if (answer.type() != QDBusMessage::ReplyMessage || answer.arguments().isEmpty()) {
            qCInfo(lcColourScheme) << "no colour scheme from the desktop portal:" << answer.errorMessage();
            return;
        }
        apply(preferenceFrom(answer.arguments().constFirst()));
    });
}

void ColourScheme::settingChanged(const QDBusMessage &signal)
{
    const QVariantList arguments = signal.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == appearance
        && arguments.at(1).toString() == colourSchemeKey)
        apply(preferenceFrom(arguments.at(2)));
}

void ColourScheme::apply(Preference preference)
{
    const bool changed = preference != m_preference;
    m_preference = preference;
    if (preference == Preference::Dark && !m_darkened && !theme::isDark(QApplication::palette())) {
        m_qtPalette = QApplication::palette();
        m_darkened = true;
        QApplication::setPalette(darkPalette());
    } else if (preference != Preference::Dark && m_darkened) {
        m_darkened = false;
        QApplication::setPalette(m_qtPalette);
    }
    if (changed)
        Q_EMIT preferenceChanged(preference);
}

QPalette ColourScheme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x9c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace starling
