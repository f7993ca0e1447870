// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsDialog.h"

#include "Theme.h"
#include "accounts/AccountManager.h"
#include "store/AutomationRepository.h"
#include "store/Database.h"
#include "store/StatsRepository.h"
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
    if (s < 60)
        return ReportsDialog::tr("%1 s").arg(s);
    if (s < 3600)
        return ReportsDialog::tr("%1 min").arg(s / 60);
    if (s < 48 * 3600 && (s % 3600) / 60 == 0)
        return ReportsDialog::tr("%1 h").arg(s / 3600);
    if (s < 48 * 3600)
        return ReportsDialog::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return ReportsDialog::tr("%1 days").arg(s / 86400);
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

ReportsDialog::ReportsDialog(Database &reader, AccountManager &accounts, QWidget *parent)
    : QDialog(parent)
    , m_reader(reader)
    , m_accounts(accounts)
    , m_period(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_responseChart(new WeeklyChart(this))
    , m_ratingChart(new WeeklyChart(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Reports"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->setCurrentIndex(1);
    m_account->addItem(tr("All accounts"), QUuid());
    for (const Account &a : accounts.accounts())
        m_account->addItem(theme::networkIcon(a.network), u"@"_s + a.handle, a.id);
    m_tag->addItem(tr("Any tag"), QString());
    if (auto tags = WorkflowRepository(reader).tags()) {
        for (const Tag &t : tags.value())
            m_tag->addItem(t.name, t.name);
    }
    filters->addWidget(m_period);
    filters->addWidget(m_account);
    filters->addWidget(m_tag);
    filters->addStretch();
    layout->addLayout(filters);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
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
    const int days = m_period->currentData().toInt();
    const QUuid account = m_account->currentData().toUuid();
    const QString tag = m_tag->currentData().toString();
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addDays(-days);
    StatsRepository stats(m_reader);

    auto all = stats.responseTimes(from, to, account, tag);
    m_table->setRowCount(0);
    int requests = 0;
    for (const ResponseTimeStats &s : all ? all.value() : QList<ResponseTimeStats>()) {
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
        requests += s.requests;
    }

    // The weekly trend: the median response time of requests that began in each week.
    QList<WeeklyChart::Bar> responseBars;
    for (QDateTime week = from; week < to; week = week.addDays(7)) {
        const QDateTime end = std::min(week.addDays(7), to);
        auto weekly = stats.responseTimes(week, end, account, tag);
        std::vector<qint64> medians;
        for (const ResponseTimeStats &s : weekly ? weekly.value() : QList<ResponseTimeStats>()) {
            if (s.responseMedianMs)
                medians.push_back(*s.responseMedianMs);
        }
        const auto median = ResponseTimes::median(medians);
        responseBars.append({QLocale().toString(week.toLocalTime().date(), u"d MMM"_s),
                             median ? double(*median) / 60000.0 : -1, median ? humanDuration(*median) : QString()});
    }
    m_responseChart->setBars(tr("Median response time, week by week"), responseBars);

    QList<WeeklyChart::Bar> ratingBars;
    int rated = 0;
    double sum = 0;
    auto ratings = AutomationRepository(m_reader).ratings(from.date(), to.date(), 7);
    for (const RatingPeriod &r : ratings ? ratings.value() : QList<RatingPeriod>()) {
        ratingBars.append({QLocale().toString(r.start, u"d MMM"_s), r.count > 0 ? r.average : -1,
                           r.count > 0 ? u"%1 ★ (%2)"_s.arg(r.average, 0, 'f', 1).arg(r.count) : QString()});
        rated += r.count;
        sum += r.average * r.count;
    }
    m_ratingChart->setBars(tr("Feedback rating, week by week"), ratingBars);
    m_summary->setText(
        tr("%n request(s) from customers in this period.", nullptr, requests) + u" "_s
        + (rated > 0 ? tr("Average feedback: %1 ★ from %n rating(s).", nullptr, rated).arg(sum / rated, 0, 'f', 1)
                     : tr("No feedback ratings yet.")));
}

} // namespace starling
