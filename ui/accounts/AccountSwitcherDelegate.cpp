// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSwitcherDelegate.h"

#include "AccountSwitcherModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace starling {

QSize AccountSwitcherDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {120, option.fontMetrics.height() + 16};
}

void AccountSwitcherDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int unread = index.data(AccountSwitcherModel::UnreadRole).toInt();
    const bool needsUser = index.data(AccountSwitcherModel::NeedsUserRole).toBool();
    QString count = unread > 0 ? QString::number(unread) : QString();
    if (needsUser)
        count = u"⚠ "_s + count;
    opt.text = QString();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = opt.rect.adjusted(8, 0, -8, 0);
    const QColor text =
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    opt.icon.paint(painter, QRect(r.left(), r.center().y() - 9, 18, 18));
    const int countWidth = opt.fontMetrics.horizontalAdvance(count);
    QFont font = opt.font;
    font.setBold(unread > 0);
    painter->setFont(font);
    painter->setPen(needsUser ? theme::warningColor(opt.palette) : text);
    painter->drawText(QRect(r.right() - countWidth, r.top(), countWidth, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                      count);
    painter->setPen(text);
    const QRect nameRect(r.left() + 26, r.top(), r.width() - 26 - countWidth - 6, r.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));
    painter->restore();
}

} // namespace starling
