// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsCommand.h"

#include "cli/CliContext.h"
#include "services/ReportService.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace starling::cli {

StatsCommand::StatsCommand()
    : m_account(u"account"_s, tr("Only the account <A>."), u"A"_s)
    , m_since(u"since"_s, tr("From <DATE> (default: 30 days ago)."), u"DATE"_s)
    , m_until(u"until"_s, tr("Up to <DATE>, not included (default: now)."), u"DATE"_s)
{
}

QString StatsCommand::name() const
{
    return u"stats"_s;
}

QString StatsCommand::summary() const
{
    return tr("Response times and survey ratings");
}

QString StatsCommand::synopsis() const
{
    return u"[--account A] [--since DATE] [--until DATE]"_s;
}

QString StatsCommand::description() const
{
    return tr("Response times per account, and survey ratings.\n\n"
              "A request begins with an inbound message that opens a conversation or follows a message of "
              "yours; your next message in that conversation answers it. First response time: how long "
              "each conversation's first request in the period waited. Response time: how long every "
              "request waited (median and 90th percentile). Requests count for the period in which they "
              "began. Survey ratings: the feedback survey's answers given in the period, as the Reports "
              "window shows them; --json adds them week by week with the response times.");
}

void StatsCommand::addOptions(CommandLine &commandLine) const
{
    for (const auto *o : {&m_account, &m_since, &m_until})
        commandLine.addOption(*o);
}

int StatsCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(tr("stats takes no arguments, only options."));
    int exitCode = 0;
    auto from = commandLine.dateTime(m_since, &exitCode);
    if (!from)
        return exitCode;
    auto to = commandLine.dateTime(m_until, &exitCode);
    if (!to)
        return exitCode;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!to->isValid())
        *to = now;
    if (!from->isValid())
        *from = to->addDays(-30);
    if (*from >= *to)
        return commandLine.usageError(tr("--since must come before --until."));
    QList<Account> accounts = context.knownAccounts();
    QUuid only;
    if (commandLine.parser().isSet(m_account)) {
        auto a = context.resolveAccount(commandLine.parser().value(m_account));
        if (!a)
            return context.fail(a.error());
        only = a->id;
        accounts = {a.value()};
    }
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    // The Reports window's figures, worked out by the same service. The window runs it on the
    // store's reader thread; a command has nothing else to do meanwhile, so it runs it here, on its
    // own reader connection: like every read command, it never opens the writer nor waits for the app.
    ReportService::Request request;
    request.from = *from;
    request.to = *to;
    request.account = only;
    auto report = ReportService::compute(*db.value(), request);
    if (!report)
        return context.fail(report.error());
    // Every account gets a row, also one with no requests in the period.
    QList<ResponseTimeStats> rows;
    for (const Account &a : std::as_const(accounts)) {
        ResponseTimeStats row;
        row.accountId = a.id;
        for (const ResponseTimeStats &t : std::as_const(report->responseTimes)) {
            if (t.accountId == a.id)
                row = t;
        }
        rows << row;
    }
    const QString surveyNote = report->averageRating
                                   ? tr("%1 of 5 on average, from %n rating(s).", nullptr, report->ratings)
                                         .arg(*report->averageRating, 0, 'f', 1)
                                   : tr("No survey ratings are recorded yet.");

    Output &out = context.output();
    if (out.json()) {
        const auto ms = [](std::optional<qint64> v) { return v ? QJsonValue(*v) : QJsonValue(); };
        QJsonArray list;
        for (const ResponseTimeStats &r : std::as_const(rows)) {
            QString handle;
            QString network;
            for (const Account &a : std::as_const(accounts)) {
                if (a.id == r.accountId) {
                    handle = a.handle;
                    network = networkKey(a.network);
                }
            }
            list.append(QJsonObject{{u"account"_s, r.accountId.toString(QUuid::WithoutBraces)},
                                    {u"handle"_s, handle},
                                    {u"network"_s, network},
                                    {u"conversations"_s, r.conversations},
                                    {u"requests"_s, r.requests},
                                    {u"answered"_s, r.answered},
                                    {u"waiting"_s, r.waiting},
                                    {u"firstResponseMedianMs"_s, ms(r.firstResponseMedianMs)},
                                    {u"firstResponseMeanMs"_s, ms(r.firstResponseMeanMs)},
                                    {u"responseMedianMs"_s, ms(r.responseMedianMs)},
                                    {u"responseP90Ms"_s, ms(r.responseP90Ms)}});
        }
        // The week-by-week trend the Reports window draws.
        QJsonArray periods;
        for (const ReportService::Period &p : std::as_const(report->periods)) {
            periods.append(
                QJsonObject{{u"start"_s, Format::isoTime(p.start)},
                            {u"end"_s, Format::isoTime(p.end)},
                            {u"responseMedianMs"_s, ms(p.responseMedianMs)},
                            {u"ratings"_s, p.ratings},
                            {u"averageRating"_s, p.ratings > 0 ? QJsonValue(p.averageRating) : QJsonValue()}});
        }
        out.document(QJsonObject{
            {u"from"_s, Format::isoTime(*from)},
            {u"to"_s, Format::isoTime(*to)},
            {u"responseTimes"_s, list},
            {u"periods"_s, periods},
            {u"surveys"_s, QJsonObject{{u"recorded"_s, report->ratings},
                                       {u"averageRating"_s,
                                        report->averageRating ? QJsonValue(*report->averageRating) : QJsonValue()},
                                       {u"note"_s, surveyNote}}},
        });
        return int(ExitCode::Ok);
    }
    if (accounts.isEmpty()) {
        out.line(Context::noAccountsText());
        return int(ExitCode::Ok);
    }
    out.line(tr("Response times from %1 to %2").arg(Format::localTime(*from), Format::localTime(*to)));
    out.line();
    using A = Table::Align;
    Table table({tr("ACCOUNT"), tr("REQUESTS"), tr("ANSWERED"), tr("WAITING"), tr("FIRST RESPONSE (MEDIAN)"),
                 tr("FIRST RESPONSE (MEAN)"), tr("RESPONSE (MEDIAN)"), tr("RESPONSE (90%)")},
                {A::Left, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right, A::Right});
    for (const ResponseTimeStats &r : std::as_const(rows)) {
        table.addRow({Format::account(accounts, r.accountId), QString::number(r.requests), QString::number(r.answered),
                      QString::number(r.waiting), Format::duration(r.firstResponseMedianMs),
                      Format::duration(r.firstResponseMeanMs), Format::duration(r.responseMedianMs),
                      Format::duration(r.responseP90Ms)});
    }
    for (const QString &line : table.lines())
        out.line(line);
    out.line();
    out.line(tr("Survey ratings: %1").arg(surveyNote));
    return int(ExitCode::Ok);
}

} // namespace starling::cli
