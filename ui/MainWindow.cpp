// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "store/Store.h"

#include <QLabel>
#include <QStatusBar>

namespace starling {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("Starling"));
    // TODO(#6): the three panes; until then the empty state the onboarding will grow from.
    auto *empty = new QLabel(tr("No messages yet: add an account, or try the demo."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setAccessibleName(tr("Inbox"));
    setCentralWidget(empty);
    statusBar()->showMessage(tr("Profile: %1").arg(m_store.databasePath()));
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

} // namespace starling
