// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedReplyPicker.h"

#include "RemoteText.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

SavedReplyPicker::SavedReplyPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_filter->setPlaceholderText(tr("Saved replies: type to filter"));
    m_filter->setAccessibleName(tr("Filter saved replies"));
    m_filter->installEventFilter(this);
    m_list->setAccessibleName(tr("Saved replies"));
    m_list->setAccessibleDescription(tr("Enter inserts the chosen reply"));
    m_list->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &SavedReplyPicker::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, &SavedReplyPicker::pickCurrent);
    resize(420, 260);
}

SavedReplyPicker::~SavedReplyPicker() = default;

void SavedReplyPicker::open(const QList<SavedReply> &replies, const QString &filter, QWidget *anchor)
{
    m_replies = replies;
    m_filter->setText(filter);
    applyFilter();
    if (anchor)
        move(anchor->mapToGlobal(QPoint(0, -height())));
    show();
    m_filter->setFocus();
}

void SavedReplyPicker::applyFilter()
{
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    for (const SavedReply &reply : std::as_const(m_replies)) {
        if (!filter.isEmpty() && !reply.shortcut.contains(filter, Qt::CaseInsensitive)
            && !reply.title.contains(filter, Qt::CaseInsensitive) && !reply.body.contains(filter, Qt::CaseInsensitive))
            continue;
        auto *item =
            new QListWidgetItem(u"/%1  —  %2"_s.arg(reply.shortcut, QString(reply.body).replace(u'\n', u' ')), m_list);
        item->setData(Qt::UserRole, reply.id);
        item->setToolTip(remotetext::toolTip(reply.body));
    }
    if (m_list->count() == 0)
        new QListWidgetItem(m_replies.isEmpty() ? tr("No saved replies yet: add them with Tools → Saved replies…")
                                                : tr("No match"),
                            m_list);
    m_list->setCurrentRow(0);
}

void SavedReplyPicker::pickCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    for (const SavedReply &reply : std::as_const(m_replies)) {
        if (reply.id == id) {
            hide();
            Q_EMIT picked(reply);
            return;
        }
    }
}

bool SavedReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + (key->key() == Qt::Key_Down ? 1 : -1), 0,
                                             std::max(0, m_list->count() - 1)));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            pickCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace starling
