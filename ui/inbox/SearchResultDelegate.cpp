// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultDelegate.h"

#include "SearchResultModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace starling {

namespace {
constexpr int padding = 8;
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, 2 * option.fontMetrics.height() + 2 * padding + 4};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = opt.rect.adjusted(padding, padding, -padding, -padding);
    const int line = opt.fontMetrics.height();

    painter->save();
    const QString time = theme::relativeTime(index.data(SearchResultModel::CreatedAtRole).toDateTime());
    painter->setPen(selected ? text : opt.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignRight | Qt::AlignVCenter, time);
    //: Above a search result: the message was sent by the user
    const QString you = tr("You wrote");
    //: Above a search result: the message was sent by the other person in the conversation
    const QString they = tr("They wrote");
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(SearchResultModel::OutboundRole).toBool() ? you : they);

    // The text, on two lines at most, with every match marked.
    QString message = index.data().toString();
    message.replace(u'\n', u' ');
    QTextLayout layout(message, opt.font);
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat match;
    match.setFontWeight(QFont::Bold);
    match.setBackground(theme::warningColor(opt.palette).lighter(theme::isDark(opt.palette) ? 60 : 170));
    for (const TextRange &range : index.data(SearchResultModel::RangesRole).value<QList<TextRange>>())
        formats.append({int(range.start), int(range.length), match});
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid()) {
        textLine.setLineWidth(r.width());
        textLine.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
    painter->setPen(text);
    layout.draw(painter, QPointF(r.left(), r.top() + line + 4));
    painter->restore();
}

} // namespace starling
