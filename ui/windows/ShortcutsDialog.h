// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace starling {

/** The help overlay (?): every keyboard shortcut of the window. */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);
};

} // namespace starling
