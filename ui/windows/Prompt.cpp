// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompt.h"

#include <QAbstractButton>

namespace starling {

QMessageBox::StandardButton Prompt::s_next = QMessageBox::NoButton;

QMessageBox::StandardButton Prompt::ask(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                        const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (s_next != QMessageBox::NoButton)
        return std::exchange(s_next, QMessageBox::NoButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_next = answer;
}

} // namespace starling
