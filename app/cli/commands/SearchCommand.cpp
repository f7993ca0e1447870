// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCommand.h"

#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/SearchRepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

/** The text on one line, each line break or tab a space, so that match ranges keep their places. */
QString flattened(const QString &text)
{
    QString flat = text;
    for (QChar &c : flat) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return flat;
}

/** @p shown (the start of the hit's flattened text, maybe cut with "…") with its matches in bold. */
QString highlighted(const QString &shown, const QList<TextRange> &ranges)
{
    const qsizetype visible = shown.endsWith(u'…') ? shown.size() - 1 : shown.size();
    QString out;
    qsizetype pos = 0;
    for (const TextRange &r : ranges) {
        if (r.start < pos || r.start + r.length > visible)
            continue;
        out += shown.mid(pos, r.start - pos) + u"\x1b[1m"_s + shown.mid(r.start, r.length) + u"\x1b[0m"_s;
        pos = r.start + r.length;
    }
    return out + shown.mid(pos);
}

} // namespace

SearchCommand::SearchCommand()
    : m_account(u"account"_s, tr("Only the account <A>."), u"A"_s)
    , m_limit(u"limit"_s, tr("At most <N> messages (default 20)."), u"N"_s)
{
}

QString SearchCommand::name() const
{
    return u"search"_s;
}

QString SearchCommand::summary() const
{
    return tr("Search every message");
}

QString SearchCommand::synopsis() const
{
    return u"[--account A] [--limit N] QUERY"_s;
}

QString SearchCommand::description() const
{
    return tr("Searches every stored message, newest first. Every word must match; \"quoted words\" match "
              "as a phrase; a trailing * matches a prefix.");
}

void SearchCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"QUERY"_s, tr("What to look for."));
    for (const auto *o : {&m_account, &m_limit})
        commandLine.addOption(*o);
}

int SearchCommand::run(Context &context, CommandLine &commandLine) const
{
    const QString query = commandLine.parser().positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return commandLine.usageError(tr("search needs something to look for."));
    int exitCode = 0;
    const auto count = commandLine.number(m_limit, 20, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;
    SearchRequest request;
    request.text = query;
    request.limit = *count;
    if (commandLine.parser().isSet(m_account)) {
        auto a = context.resolveAccount(commandLine.parser().value(m_account));
        if (!a)
            return context.fail(a.error());
        request.accountId = a->id;
    }
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto hits = SearchRepository(*db.value()).search(request);
    if (!hits)
        return context.fail(hits.error());
    QList<Message> found;
    for (const SearchHit &hit : std::as_const(hits.value()))
        found << hit.message;
    auto authors = MessageRepository(*db.value()).authors(found);
    if (!authors)
        return context.fail(authors.error());

    Output &out = context.output();
    if (out.json()) {
        QJsonArray list;
        for (const SearchHit &hit : std::as_const(hits.value())) {
            QJsonArray ranges;
            for (const TextRange &r : hit.ranges)
                ranges.append(QJsonObject{{u"start"_s, r.start}, {u"length"_s, r.length}});
            list.append(
                QJsonObject{{u"message"_s, json::message(hit.message, authors.value())}, {u"ranges"_s, ranges}});
        }
        out.document(QJsonObject{{u"query"_s, query}, {u"hits"_s, list}});
        return int(ExitCode::Ok);
    }
    if (hits->isEmpty()) {
        out.line(tr("No messages match “%1”.").arg(query));
        return int(ExitCode::Ok);
    }
    using A = Table::Align;
    Table table({tr("MESSAGE"), tr("CONV"), tr("WHEN"), tr("FROM"), tr("TEXT")},
                {A::Right, A::Right, A::Left, A::Left, A::Left});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SearchHit &hit : std::as_const(hits.value())) {
        const Message &m = hit.message;
        // Made printable here, not by line(): the highlighting below adds escape sequences of its own.
        table.addRow({QString::number(m.id), QString::number(m.conversationId), Format::relativeTime(m.createdAt, now),
                      Format::printable(Format::author(m, authors.value())), Format::printable(flattened(m.text))});
    }
    const int width = out.terminalWidth() > 0 ? out.terminalWidth() : 160;
    const QStringList lines = table.lines(width);
    // On a terminal the matches are shown in bold, in the text as the table cut it.
    const qsizetype textColumn = table.columnOffset(4, width);
    out.line(lines.constFirst());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // The same column, but not the same index when a name has wide (CJK) characters.
        const qsizetype at = Table::indexAtWidth(line, textColumn);
        if (out.stdoutIsTerminal())
            out.styledLine(line.left(at) + highlighted(line.mid(at), hits->at(i - 1).ranges));
        else
            out.line(line);
    }
    return int(ExitCode::Ok);
}

} // namespace starling::cli
