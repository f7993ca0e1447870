// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationDelegate.h"

#include "ConversationListModel.h"
#include "Theme.h"
#include "domain/Conversation.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
constexpr int avatarSize = 36;
constexpr int padding = 8;

/**
 * @p text on one line of @p rect, cut with "…" where it does not fit. Shaped once: eliding with
 * QFontMetrics and then drawing shapes the text twice, and the inbox paints two such texts per row
 * as it scrolls. Right-to-left text takes that slower way, which cuts it at its logical end.
 */
void drawElided(QPainter *painter, const QRect &rect, const QString &text, const QFont &font)
{
    if (rect.width() <= 0 || text.isEmpty())
        return;
    if (text.isRightToLeft()) {
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, Qt::ElideRight, rect.width()));
        return;
    }
    // A line shows no more characters than it has pixels: a long preview is not shaped to its end.
    qsizetype shown = std::min<qsizetype>(text.size(), rect.width() + 1);
    if (shown < text.size() && text.at(shown - 1).isHighSurrogate())
        ++shown;
    QTextLayout layout(text.left(shown), font, painter->device());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(rect.width());
    layout.endLayout();
    const QPointF origin(rect.left(), rect.top() + (rect.height() - line.height()) / 2);
    if (shown == text.size() && line.naturalTextWidth() <= rect.width()) {
        layout.draw(painter, origin);
        return;
    }
    const QString ellipsis(u'…');
    const qreal room = rect.width() - QFontMetricsF(font, painter->device()).horizontalAdvance(ellipsis);
    const qreal cut = line.cursorToX(line.xToCursor(std::max<qreal>(room, 0), QTextLine::CursorOnCharacter));
    painter->save();
    painter->setClipRect(QRectF(rect.left(), rect.top(), cut, rect.height()), Qt::IntersectClip);
    layout.draw(painter, origin);
    painter->restore();
    painter->setFont(font);
    painter->drawText(QPointF(rect.left() + cut, origin.y() + line.ascent()), ellipsis);
}

QString kindLabel(Conversation::Kind kind, bool request)
{
    if (request)
        //: A conversation's mark in the inbox list: a message request, not accepted yet
        return ConversationDelegate::tr("Request");
    switch (kind) {
    case Conversation::Kind::Direct:
        return ConversationDelegate::tr("DM");
    case Conversation::Kind::Group:
        return ConversationDelegate::tr("Group");
    case Conversation::Kind::PublicThread:
        return ConversationDelegate::tr("Mention");
    }
    return {};
}
} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {200, std::max(avatarSize, 2 * line + 4) + 2 * padding};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = {};
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);

    const QString name = index.data(ConversationListModel::NameRole).toString();
    const auto network = Network(index.data(ConversationListModel::NetworkRole).toInt());
    const auto kind = Conversation::Kind(index.data(ConversationListModel::KindRole).toInt());
    const auto state = Conversation::State(index.data(ConversationListModel::StateRole).toInt());
    const bool request = index.data(ConversationListModel::RequestRole).toBool();
    const int unread = index.data(ConversationListModel::UnreadCountRole).toInt();
    const QDateTime time = index.data(ConversationListModel::LastActivityRole).toDateTime();
    QString preview = index.data(ConversationListModel::PreviewRole).toString();
    preview.replace(u'\n', u' ');

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = opt.rect.adjusted(padding, padding, -padding, -padding);
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(QRect(r.left(), r.top(), avatarSize, avatarSize), theme::initialsAvatar(name, avatarSize, dpr));
    // The network mark sits on the avatar's corner.
    painter->drawPixmap(QRect(r.left() + avatarSize - 14, r.top() + avatarSize - 14, 16, 16),
                        theme::networkBadge(network, 16, dpr));

    QFont nameFont = opt.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const int line = nameMetrics.height();
    const int textLeft = r.left() + avatarSize + padding;

    // Line 1: name, kind, time.
    const QString timeText = theme::relativeTime(time);
    painter->setFont(opt.font);
    const int timeWidth = opt.fontMetrics.horizontalAdvance(timeText);
    const QString kindText = kindLabel(kind, request);
    const int kindWidth = opt.fontMetrics.horizontalAdvance(kindText) + 10;
    painter->setPen(dim);
    painter->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                      timeText);
    const QRect kindRect(r.right() - timeWidth - 8 - kindWidth, r.top() + 1, kindWidth, line - 2);
    painter->setPen(selected                                   ? dim
                    : request                                  ? theme::warningColor(palette)
                    : kind == Conversation::Kind::PublicThread ? theme::networkColor(network, palette)
                                                               : dim);
    painter->drawRoundedRect(kindRect, 4, 4);
    painter->drawText(kindRect, Qt::AlignCenter, kindText);
    // Tags, as small coloured marks between the name and the kind.
    int tagsLeft = kindRect.left() - 4;
    QFont small = opt.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(small);
    const QStringList tags = index.data(ConversationListModel::TagsRole).toStringList();
    painter->setFont(small);
    for (auto it = tags.crbegin(); it != tags.crend(); ++it) {
        const int w = smallMetrics.horizontalAdvance(*it) + 8;
        if (tagsLeft - w < textLeft + 60)
            break;
        const QRect chip(tagsLeft - w, r.top() + 2, w, line - 4);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(theme::tagColor(*it)));
        painter->drawRoundedRect(chip, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter, *it);
        tagsLeft -= w + 3;
    }
    painter->setFont(nameFont);
    painter->setPen(text);
    const int nameWidth = tagsLeft - 4 - textLeft;
    drawElided(painter, QRect(textLeft, r.top(), nameWidth, line), name, nameFont);

    // Line 2: preview, then the state marks on the right.
    QString mark;
    QColor markColor = dim;
    if (state == Conversation::State::Done)
        mark = u"✓"_s;
    else if (state == Conversation::State::Snoozed)
        mark = u"⏾"_s;
    const int secondTop = r.top() + line + 4;
    int right = r.right();
    if (unread > 0) {
        // The unread dot, in the highlight colour: the one strong colour in the row.
        const int dot = 10;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : palette.color(QPalette::Highlight));
        painter->drawEllipse(QRect(right - dot, secondTop + (line - dot) / 2, dot, dot));
        right -= dot + 6;
    }
    painter->setFont(opt.font);
    if (!mark.isEmpty()) {
        const int w = opt.fontMetrics.horizontalAdvance(mark);
        painter->setPen(markColor);
        painter->drawText(QRect(right - w, secondTop, w, line), Qt::AlignRight | Qt::AlignVCenter, mark);
        right -= w + 6;
    }
    QFont previewFont = opt.font;
    previewFont.setBold(unread > 0);
    painter->setFont(previewFont);
    painter->setPen(unread > 0 ? text : dim);
    drawElided(painter, QRect(textLeft, secondTop, right - textLeft, line), preview, previewFont);
    painter->restore();
}

} // namespace starling
