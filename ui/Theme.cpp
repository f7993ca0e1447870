// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "domain/TagColor.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace starling::theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace {

/** Colours a label again when the application's palette changes (light ↔ dark). */
class TextColourKeeper final : public QObject
{
public:
    TextColourKeeper(QLabel *label, QColor (*colour)(const QPalette &), QString css)
        : QObject(label)
        , m_label(label)
        , m_colour(colour)
        , m_css(std::move(css))
    {
        label->installEventFilter(this);
        apply(label->palette());
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::ApplicationPaletteChange)
            apply(QApplication::palette(m_label));
        return false;
    }

private:
    void apply(const QPalette &palette)
    {
        m_label->setStyleSheet(u"color: %1; %2"_s.arg(m_colour(palette).name(), m_css));
    }

    QLabel *m_label;
    QColor (*m_colour)(const QPalette &);
    QString m_css;
};

} // namespace

void colourText(QLabel *label, QColor (*colour)(const QPalette &), const QString &css)
{
    new TextColourKeeper(label, colour, css);
}

QColor networkColor(Network network, const QPalette &palette)
{
    switch (network) {
    case Network::X:
        return isDark(palette) ? QColor(0xe7, 0xe9, 0xea) : QColor(0x0f, 0x14, 0x19);
    case Network::Mastodon:
        // Mastodon's lighter purple on dark backgrounds keeps a mark's 3:1 contrast there.
        return isDark(palette) ? QColor(0x8c, 0x8d, 0xff) : QColor(0x63, 0x64, 0xff);
    case Network::Bluesky:
        return QColor(0x11, 0x85, 0xfe);
    }
    return palette.color(QPalette::Text);
}

QIcon networkIcon(Network network)
{
    switch (network) {
    case Network::X:
        return QIcon(u":/icons/network-x.svg"_s);
    case Network::Mastodon:
        return QIcon(u":/icons/network-mastodon.svg"_s);
    case Network::Bluesky:
        return QIcon(u":/icons/network-bluesky.svg"_s);
    }
    return {};
}

QColor warningColor(const QPalette &palette)
{
    // Dark enough on white for text (4.5:1), light enough on dark palettes.
    return isDark(palette) ? QColor(0xf5, 0xb0, 0x41) : QColor(0x9a, 0x5c, 0x00);
}

QColor errorColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QString tagColor(const QString &tag)
{
    return defaultTagColor(tag);
}

QPixmap networkBadge(Network network, int size, qreal devicePixelRatio)
{
    const QString key = u"starling-network:%1:%2:%3"_s.arg(int(network)).arg(size).arg(devicePixelRatio);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = networkIcon(network).pixmap(QSize(size, size), devicePixelRatio);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QPixmap initialsAvatar(const QString &name, int size, qreal devicePixelRatio)
{
    // Painted once per person and size: list rows ask for it on every repaint while scrolling.
    const QString key = u"starling-avatar:%1:%2:%3"_s.arg(size).arg(devicePixelRatio).arg(name);
    if (QPixmap cached; QPixmapCache::find(key, &cached))
        return cached;
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        const QString letter = part.left(part.at(0).isHighSurrogate() ? 2 : 1);
        if (letter.at(0).isLetterOrNumber() || letter.at(0).isHighSurrogate())
            initials += letter.toUpper();
        if (initials.size() >= 2)
            break;
    }
    if (initials.isEmpty())
        initials = u"?"_s;
    // A calm colour chosen from the name, so the same person always looks the same.
    const QColor background = QColor::fromHsl(int(qHash(name) % 360), 90, 150);
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, size * 2 / 5));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QString relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    if (local.date() == today) {
        // Hours and minutes only, in the locale's order (some short formats carry seconds).
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(u":ss"_s);
        return locale.toString(local.time(), format);
    }
    if (local.date() > today.addDays(-7))
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString fullTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::LongFormat) : QString();
}

} // namespace starling::theme
