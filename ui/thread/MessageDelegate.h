// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace starling {

/**
 * A message as a chat bubble: theirs on the left, ours on the right with its delivery mark (clock
 * while queued, a tick once sent, "!" and "Retry" when it failed, "?" and "Retry" when it may
 * have been sent but could not be verified), a date separator above the first message of each
 * day, links that open in the browser, and attachments listed below the text. Public threads use
 * the same bubbles with the author's name on top.
 */
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    /**
     * Where "Retry" is drawn for the message at @p index (empty unless it failed or could not be
     * verified): a test seam.
     */
    QRect retryRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

Q_SIGNALS:
    /** "Retry" on a failed or unverified message was clicked. */
    void retryRequested(const QModelIndex &index);
    void linkActivated(const QString &url);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace starling
