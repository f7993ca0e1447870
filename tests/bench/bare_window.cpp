// SPDX-License-Identifier: GPL-3.0-or-later
// bare_window: the floor of ui_bench's start-up figures. A plain QMainWindow with a QListView of
// 100 strings at 1440×900, nothing else. Like `starling` with STARLING_BENCH_FIRST_PAINT set
// (ui/FirstPaintProbe.h), it prints "first-paint-ms <ms since main() began> rss-kib <VmRSS>" on standard
// error once the list has painted its rows, and quits if STARLING_BENCH_QUIT is set.

#include "FirstPaintProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QMainWindow>
#include <QStringListModel>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bare_window"_s);

    QStringList rows;
    for (int i = 1; i <= 100; ++i)
        rows << u"Conversation %1"_s.arg(i);
    QMainWindow window;
    auto *list = new QListView(&window);
    list->setModel(new QStringListModel(rows, list));
    window.setCentralWidget(list);
    window.resize(1440, 900);
    window.show();
    starling::FirstPaintProbe probe(list, sinceMain);
    return app.exec();
}
