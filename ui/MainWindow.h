// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace starling {

class Store;

/** The main window: accounts, the inbox, the thread and the profile (UI.md). */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

private:
    Store &m_store;
};

} // namespace starling
