// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QListView>

#include <cstdio>

namespace starling {

/**
 * For tests/bench/ui_bench only: once @p list has painted its first rows (and the window has been
 * flushed), prints "first-paint-ms <ms since main() began> rss-kib <VmRSS>" on standard error, then
 * quits if STARLING_BENCH_QUIT is set. `starling` makes one when STARLING_BENCH_FIRST_PAINT is set;
 * tests/bench/bare_window, the floor, always does. Header-only, so that the bare window links Qt
 * Widgets and nothing else.
 */
class FirstPaintProbe final : public QObject
{
public:
    FirstPaintProbe(QListView *list, const QElapsedTimer &sinceMain)
        : m_list(list)
        , m_sinceMain(sinceMain)
    {
        list->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_list->model() && m_list->model()->rowCount() > 0) {
            watched->removeEventFilter(this);
            // Queued: runs after this paint and the flush of the window that follows it.
            QMetaObject::invokeMethod(this, &FirstPaintProbe::report, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report() const
    {
        QByteArray rss = "0";
        if (QFile status(QStringLiteral("/proc/self/status")); status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:"))
                    rss = line.simplified().split(' ').value(1);
            }
        }
        std::fprintf(stderr, "first-paint-ms %lld rss-kib %s\n", m_sinceMain.elapsed(), rss.constData());
        std::fflush(stderr);
        if (qEnvironmentVariableIsSet("STARLING_BENCH_QUIT"))
            QCoreApplication::quit();
    }

    QListView *m_list;
    QElapsedTimer m_sinceMain;
};

} // namespace starling
