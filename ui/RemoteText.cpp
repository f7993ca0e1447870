// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoteText.h"

#include <QLabel>
#include <QTextDocument>

namespace starling::remotetext {

QLabel *plainLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

QString toolTip(const QString &text)
{
    // Escaping alone is not enough: "a &amp; b" has no tag, so QToolTip would show the entity.
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QString notificationBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The freedesktop notification spec allows <b>, <a href> and <img src> in bodies. (Qt's own
    // balloon, used without a notification server, shows the entities as they are: better than
    // an image loaded from a path a stranger chose.)
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

} // namespace starling::remotetext
