// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SavedReplyRepository.h"

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace starling {

/**
 * The saved-reply picker of the compose box (Ctrl+; or "/" at the start): the short names and
 * texts, filtered as you type; Enter picks, Esc closes.
 */
class SavedReplyPicker final : public QFrame
{
    Q_OBJECT

public:
    explicit SavedReplyPicker(QWidget *parent = nullptr);
    ~SavedReplyPicker() override;
    Q_DISABLE_COPY_MOVE(SavedReplyPicker)

    /** Shows @p replies, filtered by @p filter, under the top-left of @p anchor. */
    void open(const QList<SavedReply> &replies, const QString &filter, QWidget *anchor);
    QLineEdit *filterField() const { return m_filter; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void picked(const starling::SavedReply &reply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void pickCurrent();

    QList<SavedReply> m_replies;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace starling
