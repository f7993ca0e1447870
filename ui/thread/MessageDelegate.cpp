// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageDelegate.h"

#include "MessageListModel.h"
#include "Theme.h"
#include "domain/Message.h"
#include "text/EntityExtractor.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
constexpr int margin = 10;
constexpr int bubblePadding = 9;
constexpr int radius = 12;

/** The message text as HTML: escaped, with its links made clickable. */
QString richText(const QString &text)
{
    const QList<TextEntity> urls = EntityExtractor(Network::X).urls(text);
    QString html;
    qsizetype at = 0;
    for (const TextEntity &url : urls) {
        html += text.mid(at, url.start - at).toHtmlEscaped();
        QString target = text.mid(url.start, url.end - url.start);
        const QString shown = target.toHtmlEscaped();
        if (!target.contains(u"://"_s))
            target.prepend(u"https://"_s);
        html += u"<a href=\""_s + target.toHtmlEscaped() + u"\">"_s + shown + u"</a>"_s;
        at = url.end;
    }
    html += text.mid(at).toHtmlEscaped();
    html.replace(u'\n', u"<br>"_s);
    return html;
}

QString deliveryText(Message::Delivery delivery)
{
    switch (delivery) {
    case Message::Delivery::Queued:
        return MessageDelegate::tr("🕓 queued");
    case Message::Delivery::Sending:
        return MessageDelegate::tr("sending…");
    case Message::Delivery::Delivered:
        return MessageDelegate::tr("✓ sent");
    case Message::Delivery::Failed:
        return MessageDelegate::tr("! failed");
    case Message::Delivery::Unverified:
        return MessageDelegate::tr("? could not verify, check before sending again");
    }
    return {};
}

/** Failed, or perhaps sent and not verified: the user is asked to act, and Retry is offered. */
bool needsAttention(Message::Delivery delivery)
{
    return delivery == Message::Delivery::Failed || delivery == Message::Delivery::Unverified;
}
} // namespace

struct MessageDelegate::Layout
{
    std::shared_ptr<QTextDocument> document;
    QRect bubble;
    QRect textRect;
    QRect dateRect; ///< empty when no separator is drawn
    QRect authorRect;
    QRect footerRect;
    QRect retryRect;
    QString footer;
    QString author;
    bool outbound = false;
};

MessageDelegate::Layout MessageDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    const Message m = index.data(MessageListModel::MessageRole).value<Message>();
    l.outbound = m.direction == Message::Direction::Outbound;
    const int width = option.rect.width();
    const int maxBubble = std::max(160, width * 7 / 10);
    const int line = option.fontMetrics.height();
    int top = option.rect.top() + 4;

    // A date separator above the first message of a day.
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    const QDate day = m.createdAt.toLocalTime().date();
    if (!previous.isValid()
        || previous.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date() != day) {
        l.dateRect = QRect(option.rect.left(), top, width, line + 8);
        top += line + 12;
    }

    if (!l.outbound && m.kind != Message::Kind::DirectMessage) {
        l.author = index.data(MessageListModel::AuthorNameRole).toString();
        if (!l.author.isEmpty()) {
            l.authorRect = QRect(option.rect.left() + margin, top, maxBubble, line);
            top += line + 2;
        }
    }

    l.document = std::make_shared<QTextDocument>();
    l.document->setDefaultFont(option.font);
    l.document->setDocumentMargin(0);
    l.document->setHtml(richText(m.text));
    l.document->setTextWidth(maxBubble - 2 * bubblePadding);
    const int textWidth = std::min(int(std::ceil(l.document->idealWidth())), maxBubble - 2 * bubblePadding);
    l.document->setTextWidth(std::max(textWidth, 1));
    const int textHeight = int(std::ceil(l.document->size().height()));

    QStringList footer;
    footer << theme::relativeTime(m.createdAt);
    if (!m.attachments.isEmpty())
        footer.prepend(tr("📎 %n attachment(s)", nullptr, int(m.attachments.size())));
    if (l.outbound)
        footer << deliveryText(m.delivery);
    l.footer = footer.join(u"  ·  "_s);
    const int footerWidth = option.fontMetrics.horizontalAdvance(l.footer);
    const int retryWidth = needsAttention(m.delivery) ? option.fontMetrics.horizontalAdvance(tr("Retry")) + 16 : 0;
    const int innerWidth = std::max({textWidth, footerWidth + retryWidth, 40});
    const int bubbleWidth = innerWidth + 2 * bubblePadding;
    const int bubbleHeight = textHeight + line + 2 * bubblePadding + 4;
    const int left = l.outbound ? option.rect.right() - margin - bubbleWidth : option.rect.left() + margin;
    l.bubble = QRect(left, top, bubbleWidth, bubbleHeight);
    l.textRect = QRect(left + bubblePadding, top + bubblePadding, innerWidth, textHeight);
    l.footerRect = QRect(left + bubblePadding, l.textRect.bottom() + 4, innerWidth - retryWidth, line);
    if (retryWidth > 0)
        l.retryRect = QRect(l.footerRect.right() + 8, l.footerRect.top(), retryWidth - 8, line);
    return l;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, option.widget ? option.widget->width() - 24 : 600, 0);
    const Layout l = layout(opt, index);
    return {opt.rect.width(), l.bubble.bottom() + 8};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Layout l = layout(option, index);
    const QPalette &palette = option.palette;
    const auto delivery = Message::Delivery(index.data(MessageListModel::DeliveryRole).toInt());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!l.dateRect.isEmpty()) {
        const QDate day = index.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().date();
        const QString label = day == QDate::currentDate() ? tr("Today") : QLocale().toString(day, QLocale::LongFormat);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(l.dateRect, Qt::AlignCenter, label);
    }
    if (!l.authorRect.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(l.authorRect, Qt::AlignLeft | Qt::AlignVCenter, l.author);
        painter->setFont(option.font);
    }

    // Ours in the highlight colour (softened), theirs on the alternate base: the system palette.
    QColor fill = l.outbound ? palette.color(QPalette::Highlight) : palette.color(QPalette::AlternateBase);
    if (l.outbound)
        fill.setAlpha(theme::isDark(palette) ? 110 : 60);
    if (needsAttention(delivery) && l.outbound)
        painter->setPen(QPen(theme::errorColor(palette), 1.5));
    else
        painter->setPen(QPen(palette.color(QPalette::Mid), 0.5));
    painter->setBrush(fill);
    painter->drawRoundedRect(l.bubble, radius, radius);

    painter->translate(l.textRect.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette;
    context.palette.setColor(QPalette::Text, palette.color(QPalette::Text));
    l.document->documentLayout()->draw(painter, context);
    painter->translate(-l.textRect.topLeft());

    painter->setPen(needsAttention(delivery) && l.outbound ? theme::errorColor(palette)
                                                           : palette.color(QPalette::PlaceholderText));
    painter->drawText(l.footerRect, (l.outbound ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, l.footer);
    if (!l.retryRect.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        bold.setUnderline(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(l.retryRect, Qt::AlignCenter, tr("Retry"));
    }
    painter->restore();
}

QRect MessageDelegate::retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return layout(option, index).retryRect;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const Layout l = layout(option, index);
    const QPoint pos = mouse->position().toPoint();
    if (!l.retryRect.isEmpty() && l.retryRect.adjusted(-4, -4, 4, 4).contains(pos)) {
        Q_EMIT retryRequested(index);
        return true;
    }
    if (l.textRect.contains(pos)) {
        const QString anchor = l.document->documentLayout()->anchorAt(pos - l.textRect.topLeft());
        if (!anchor.isEmpty()) {
            Q_EMIT linkActivated(anchor);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace starling
