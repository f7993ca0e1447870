// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace starling {

class AccountManager;
class Database;

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
 */
class ReportsDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportsDialog(Database &reader, AccountManager &accounts, QWidget *parent = nullptr);
    ~ReportsDialog() override;
    Q_DISABLE_COPY_MOVE(ReportsDialog)

private:
    void refresh();

    Database &m_reader;
    AccountManager &m_accounts;
    QComboBox *m_period;
    QComboBox *m_account;
    QComboBox *m_tag;
    QTableWidget *m_table;
    WeeklyChart *m_responseChart;
    WeeklyChart *m_ratingChart;
    QLabel *m_summary;
};

/** "2 h 5 min", "40 s": a duration for people. */
QString humanDuration(qint64 milliseconds);

} // namespace starling
