// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QPalette>

namespace starling {

/**
 * Follows the desktop's choice between light and dark where Qt does not yet (Qt 6.4 on GNOME and
 * other desktops that say it only through the XDG desktop portal's "color-scheme" setting). When
 * the desktop prefers dark and the palette Qt chose is light, the app gets a dark Fusion palette;
 * when the desktop prefers light again, Qt's own palette comes back. A desktop whose platform
 * theme already hands Qt a dark palette (KDE Plasma) is left alone, and so is Qt 6.5 or newer
 * where Qt's style hints report the scheme themselves.
 */
class ColourScheme final : public QObject
{
    Q_OBJECT

public:
    enum class Preference
    {
        None, ///< the desktop has no preference, or nobody answered
        Dark,
        Light,
    };
    Q_ENUM(Preference)

    explicit ColourScheme(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    /** What the desktop said last. */
    Preference preference() const { return m_preference; }
    /** The palette for dark preferences: Fusion's colours, with our accent. */
    static QPalette darkPalette();

Q_SIGNALS:
    void preferenceChanged(starling::ColourScheme::Preference preference);

private Q_SLOTS:
    /** The portal's SettingChanged(namespace, key, value), whole. */
    void settingChanged(const QDBusMessage &signal);

private:
    void apply(Preference preference);

    QDBusConnection m_bus;
    Preference m_preference = Preference::None;
    QPalette m_qtPalette; ///< the palette Qt chose, given back when the desktop turns light
    bool m_darkened = false;
};

} // namespace starling
