// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <optional>

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

    /**
     * Asks for a line of text (a tag, an assignee), offering @p suggestions; empty when the user
     * cancels. setNextText() presets the answer for tests.
     */
    static QString askText(QWidget *parent, const QString &title, const QString &label,
                           const QStringList &suggestions = {}, const QString &initial = {});
    static void setNextText(const QString &text);

private:
    static QMessageBox::StandardButton s_next;
    static std::optional<QString> s_nextText;
};

} // namespace starling
