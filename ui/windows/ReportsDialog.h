// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ReportService.h"

#include <QDialog>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace starling {

class AccountManager;
class Store;

/** A bar chart of one figure per week, drawn with the palette (people would rather look than read). */
class WeeklyChart final : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyChart(QWidget *parent = nullptr);

    struct Bar
    {
        QString label;
        double value = 0; ///< < 0: no data that week
        QString text; ///< what the bar says on hover and above it
    };
    void setBars(const QString &title, const QList<Bar> &bars);

    QSize sizeHint() const override { return {560, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<Bar> m_bars;
};

/**
 * The report view: how fast each account answers (first response and median response times),
 * per account and per tag, over a chosen period, with the weekly trend as a chart, and the
 * feedback survey's average rating.
 *
 * The figures are ReportService's, the same as `starling-cli stats` prints, worked out on the
 * store's reader thread: the dialog says it is working meanwhile, and shows an error where the
 * figures would be, never an empty table.
 */
class ReportsDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @p store and @p accounts must outlive the dialog. */
    ReportsDialog(Store &store, AccountManager &accounts, QWidget *parent = nullptr);
    ~ReportsDialog() override;
    Q_DISABLE_COPY_MOVE(ReportsDialog)

    /** The report on show; nothing while it is worked out, or when that failed. */
    const std::optional<ReportService::Report> &report() const { return m_report; }

Q_SIGNALS:
    /** The report for the current choices is on show, or its error is. */
    void refreshed();

private:
    void refresh();
    void showReport(const Result<ReportService::Report> &report);

    Store &m_store;
    ReportService m_reports;
    AccountManager &m_accounts;
    QComboBox *m_period;
    QComboBox *m_account;
    QComboBox *m_tag;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_table;
    WeeklyChart *m_responseChart;
    WeeklyChart *m_ratingChart;
    std::optional<ReportService::Report> m_report;
    /** Which refresh() is the latest: an answer to an earlier one is not shown. */
    quint64 m_generation = 0;
};

/** "2 h 5 min", "40 s": a duration for people. */
QString humanDuration(qint64 milliseconds);

} // namespace starling
