// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsDialog.h"

#include "RemoteText.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

QString humanDuration(qint64 ms)
{
    const qint64 s = ms / 1000;
    //: A duration in seconds, with the unit's abbreviation
    if (s < 60)
        return ReportsDialog::tr("%1 s").arg(s);
    //: A duration in minutes, with the unit's abbreviation
    if (s < 3600)
        return ReportsDialog::tr("%1 min").arg(s / 60);
    //: A duration in hours, with the unit's abbreviation
    if (s < 48 * 3600 && (s % 3600) / 60 == 0)
        return ReportsDialog::tr("%1 h").arg(s / 3600);
    //: A duration in hours and minutes, with the units' abbreviations
    if (s < 48 * 3600)
        return ReportsDialog::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return ReportsDialog::tr("%n day(s)", nullptr, int(s / 86400));
}

WeeklyChart::WeeklyChart(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
}

void WeeklyChart::setBars(const QString &title, const QList<Bar> &bars)
{
    m_title = title;
    m_bars = bars;
    QStringList tips;
    for (const Bar &b : bars)
        tips << u"%1: %2"_s.arg(b.label, b.value < 0 ? tr("no data") : b.text);
    setToolTip(tips.join(u'\n'));
    setAccessibleDescription(tips.join(u"; "_s));
    update();
}

void WeeklyChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    p.setPen(pal.color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRect(0, 0, width(), line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());
    const QRect plot(4, line + 6 + line, width() - 8, height() - 3 * line - 14);
    if (m_bars.isEmpty() || plot.height() < 20)
        return;
    double max = 0;
    for (const Bar &b : m_bars)
        max = std::max(max, b.value);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double slot = double(plot.width()) / double(m_bars.size());
    const double barWidth = std::max(4.0, slot * 0.6);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const double x = plot.left() + i * slot + (slot - barWidth) / 2;
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 2, slot, line), Qt::AlignCenter,
                   fm.elidedText(b.label, Qt::ElideRight, int(slot)));
        if (b.value < 0)
            continue;
        const double h = max > 0 ? plot.height() * (b.value / max) : 0;
        const QRectF bar(x, plot.bottom() - h, barWidth, h);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(plot.left() + i * slot, bar.top() - line - 1, slot, line), Qt::AlignCenter,
                   fm.elidedText(b.text, Qt::ElideRight, int(slot)));
    }
}

ReportsDialog::ReportsDialog(Store &store, AccountManager &accounts, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reports(store)
    , m_accounts(accounts)
    , m_period(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(remotetext::plainLabel(this))
    , m_table(new QTableWidget(this))
    , m_responseChart(new WeeklyChart(this))
    , m_ratingChart(new WeeklyChart(this))
{
    setWindowTitle(tr("Reports"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleDescription(tr("The days the report counts"));
    m_account->addItem(tr("All accounts"), QUuid());
    m_account->setAccessibleDescription(tr("The account the report counts"));
    for (const Account &a : accounts.accounts())
        m_account->addItem(theme::networkIcon(a.network), u"@"_s + a.handle, a.id);
    m_tag->addItem(tr("Any tag"), QString());
    m_tag->setAccessibleDescription(tr("Count only conversations with this tag"));
    // The tags come from the reader thread too; until then (or if they cannot be read) the report
    // is for any tag.
    onReady(
        m_store.read<QList<Tag>>("the tags to report on", [](Database &db) { return WorkflowRepository(db).tags(); }),
        this, [this](const Result<QList<Tag>> &tags) {
            if (!tags)
                return;
            for (const Tag &t : tags.value())
                m_tag->addItem(t.name, t.name);
        });
    filters->addWidget(m_period);
    filters->addWidget(m_account);
    filters->addWidget(m_tag);
    filters->addStretch();
    layout->addLayout(filters);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // Where the figures would be when they cannot be worked out: said, not shown as an empty table.
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);
    m_table->setObjectName(u"responseTimes"_s);
    m_table->setAccessibleName(tr("Response times per account"));
    m_table->setAccessibleDescription(tr("First and typical response times, answered and waiting conversations"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Account"), tr("First response (median)"), tr("Response (median)"), tr("Answered"), tr("Waiting")});
    m_table->verticalHeader()->hide();
    // The account takes what is left; the figures and their headers are always shown whole.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(140);
    layout->addWidget(m_table);
    layout->addWidget(m_responseChart, 1);
    layout->addWidget(m_ratingChart, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QComboBox *box : {m_period, m_account, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportsDialog::refresh);
    resize(760, 640);
    refresh();
}

ReportsDialog::~ReportsDialog() = default;

void ReportsDialog::refresh()
{
    ReportService::Request request;
    request.to = QDateTime::currentDateTimeUtc();
    request.from = request.to.addDays(-m_period->currentData().toInt());
    request.account = m_account->currentData().toUuid();
    request.tag = m_tag->currentData().toString();
    request.periodDays = 7; // the charts go week by week
    const quint64 generation = ++m_generation;
    m_report.reset();
    // What is on show stays until the new figures come, greyed, so that the dialog does not jump.
    for (QWidget *figures : std::initializer_list<QWidget *>{m_table, m_responseChart, m_ratingChart})
        figures->setEnabled(false);
    m_summary->setText(tr("Working…"));
    onReady(m_reports.report(request), this, [this, generation](const Result<ReportService::Report> &report) {
        if (generation == m_generation) // not overtaken by a newer choice
            showReport(report);
    });
}

void ReportsDialog::showReport(const Result<ReportService::Report> &result)
{
    const bool ok = result.ok();
    m_error->setVisible(!ok);
    for (QWidget *figures : std::initializer_list<QWidget *>{m_table, m_responseChart, m_ratingChart}) {
        figures->setVisible(ok);
        figures->setEnabled(true);
    }
    if (!ok) {
        m_summary->clear();
        m_error->setText(tr("The report could not be worked out: %1").arg(result.error().message()));
        Q_EMIT refreshed();
        return;
    }
    m_report = result.value();
    const ReportService::Report &report = *m_report;

    m_table->setRowCount(0);
    for (const ResponseTimeStats &s : report.responseTimes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto a = m_accounts.account(s.accountId);
        m_table->setItem(row, 0, new QTableWidgetItem(a ? u"@"_s + a->handle : tr("(removed account)")));
        m_table->setItem(
            row, 1, new QTableWidgetItem(s.firstResponseMedianMs ? humanDuration(*s.firstResponseMedianMs) : u"—"_s));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(s.responseMedianMs ? humanDuration(*s.responseMedianMs) : u"—"_s));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::number(s.answered)));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::number(s.waiting)));
    }

    // The weekly trend: the median response time of requests that began in each week, and the
    // ratings given in it.
    QList<WeeklyChart::Bar> responseBars;
    QList<WeeklyChart::Bar> ratingBars;
    for (const ReportService::Period &p : report.periods) {
        const QString label = QLocale().toString(p.start.toLocalTime().date(), u"d MMM"_s);
        responseBars.append({label, p.responseMedianMs ? double(*p.responseMedianMs) / 60000.0 : -1,
                             p.responseMedianMs ? humanDuration(*p.responseMedianMs) : QString()});
        ratingBars.append({label, p.ratings > 0 ? p.averageRating : -1,
                           p.ratings > 0 ? u"%1 ★ (%2)"_s.arg(p.averageRating, 0, 'f', 1).arg(p.ratings) : QString()});
    }
    m_responseChart->setBars(tr("Median response time, week by week"), responseBars);
    m_ratingChart->setBars(tr("Feedback rating, week by week"), ratingBars);
    m_summary->setText(tr("%n request(s) from customers in this period.", nullptr, report.requests()) + u" "_s
                       + (report.averageRating
                              ? tr("Average feedback: %1 ★ from %n rating(s).", nullptr, report.ratings)
                                    .arg(*report.averageRating, 0, 'f', 1)
                              : tr("No feedback ratings yet.")));
    Q_EMIT refreshed();
}

} // namespace starling
