// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace starling {

/**
 * Questions the user must answer (a dialog only when they must choose, STYLE.md §5), with a test
 * seam: setNextAnswer() presets the button the next question returns, and no dialog opens.
 */
class Prompt final
{
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void setNextAnswer(QMessageBox::StandardButton answer);

private:
    static QMessageBox::StandardButton s_next;
};

} // namespace starling
