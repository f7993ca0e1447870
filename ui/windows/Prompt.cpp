// SPDX-License-Identifier: GPL-3.0-or-later
#include "Prompt.h"

#include <QAbstractButton>
#include <QInputDialog>

namespace starling {

QMessageBox::StandardButton Prompt::s_next = QMessageBox::NoButton;
std::optional<QString> Prompt::s_nextText;

QMessageBox::StandardButton Prompt::ask(QWidget *parent, const QString &title, const QString &text,
                                        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                        const QHash<QMessageBox::StandardButton, QString> &labels)
{
    if (s_next != QMessageBox::NoButton)
        return std::exchange(s_next, QMessageBox::NoButton);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    // The text may quote what a server or a person wrote (a rule's dry run, a handle).
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

QString Prompt::askText(QWidget *parent, const QString &title, const QString &label, const QStringList &suggestions,
                        const QString &initial)
{
    if (s_nextText)
        return *std::exchange(s_nextText, std::nullopt);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextValue(initial);
    if (!suggestions.isEmpty()) {
        dialog.setComboBoxEditable(true);
        dialog.setComboBoxItems(suggestions);
        dialog.setTextValue(initial);
    }
    return dialog.exec() == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
}

void Prompt::setNextText(const QString &text)
{
    s_nextText = text;
}

void Prompt::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_next = answer;
}

} // namespace starling
