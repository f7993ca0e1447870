// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadCommands.h"

#include "CliContext.h"
#include "CliJson.h"
#include "accounts/AccountManager.h"
#include "services/ReportService.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Exporter.h"
#include "store/MessageRepository.h"
#include "store/SearchRepository.h"
#include "store/UsageRepository.h"
#include "text/TextRules.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

constexpr int maxListLimit = 10000;
constexpr std::chrono::seconds keyringTimeout{30};

QString kindLabel(Conversation::Kind kind)
{
    switch (kind) {
    case Conversation::Kind::Direct:
        return u"dm"_s;
    case Conversation::Kind::Group:
        return u"group"_s;
    case Conversation::Kind::PublicThread:
        return u"mention"_s;
    }
    return u"dm"_s;
}

QString accountHandle(const QList<Account> &accounts, const QUuid &id)
{
    for (const Account &a : accounts) {
        if (a.id == id)
            return u"@"_s + a.handle;
    }
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString authorLabel(const Message &m, const QList<Identity> &authors)
{
    if (m.direction == Message::Direction::Outbound)
        return ReadCommands::tr("you");
    for (const Identity &i : authors) {
        if (i.id == m.authorId && m.authorId != 0)
            return Format::handle(i.handle, i.remoteId);
    }
    return Format::handle({}, m.authorRemoteId);
}

/** Whom a conversation is with, for a list row. */
QString withLabel(const ConversationSummary &s)
{
    if (!s.conversation.title.isEmpty())
        return s.conversation.title;
    return s.counterpart.id ? Format::handle(s.counterpart.handle, s.counterpart.remoteId) : u"?"_s;
}

bool parseId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.trimmed().toLongLong(&ok);
    return ok && id > 0;
}

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

QString countUnit(TextUnit unit)
{
    switch (unit) {
    case TextUnit::WeightedCharacters:
        return u"weighted-characters"_s;
    case TextUnit::CodePoints:
        return u"code-points"_s;
    case TextUnit::Graphemes:
        return u"graphemes"_s;
    }
    return u"graphemes"_s;
}

QString problemKey(TextCount::Problem problem)
{
    switch (problem) {
    case TextCount::Problem::None:
        return {};
    case TextCount::Problem::Empty:
        return u"empty"_s;
    case TextCount::Problem::InvalidCharacter:
        return u"invalid-character"_s;
    case TextCount::Problem::TooLong:
        return u"too-long"_s;
    case TextCount::Problem::TooManyBytes:
        return u"too-many-bytes"_s;
    }
    return {};
}

} // namespace

ReadCommands::ReadCommands(Context &context)
    : m_context(context)
{
}

// ---- accounts -------------------------------------------------------------------------------

int ReadCommands::accounts(const QStringList &arguments)
{
    CommandLine cl(m_context, u"accounts"_s, {},
                   tr("Lists the profile's accounts with their sign-in state and the API usage meter (requests, "
                      "items and the estimated cost, today and over the last 30 days, in UTC days)."));
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(tr("accounts takes no arguments."));

    auto manager = m_context.accounts();
    if (!manager)
        return m_context.fail(manager.error());
    const QList<Account> accounts = manager.value()->accounts();
    Output &out = m_context.output();
    if (accounts.isEmpty()) {
        if (out.json())
            out.document(QJsonObject{{u"accounts"_s, QJsonArray()}, {u"note"_s, Context::noAccountsText()}});
        else
            out.line(Context::noAccountsText());
        return int(ExitCode::Ok);
    }

    // The state as far as a command line can tell: whether the keychain holds a sign-in. How
    // the account's sync is doing is known only to a running app.
    AccountManager *known = manager.value();
    auto probed = m_context.wait<Result<void>>(
        [known](QObject *context, std::function<void(Result<void>)> deliver) { known->probeKeyring(context, deliver); },
        keyringTimeout);
    const bool keyring = probed && probed->ok();
    QHash<QUuid, QString> states;
    QHash<QUuid, QString> stateTexts;
    for (const Account &a : accounts) {
        if (!keyring) {
            states.insert(a.id, json::stateKey(AccountState::KeyringUnavailable));
            stateTexts.insert(a.id, AccountStatus{AccountState::KeyringUnavailable, {}, {}}.text());
            continue;
        }
        auto stored = m_context.wait<Result<bool>>(
            [known, &a](QObject *context, std::function<void(Result<bool>)> deliver) {
                known->hasStoredSignIn(a.id, context, deliver);
            },
            keyringTimeout);
        if (stored && stored->ok() && stored->value()) {
            states.insert(a.id, u"signed-in"_s);
            stateTexts.insert(a.id, tr("Signed in"));
        } else if (stored && !stored->ok()) {
            states.insert(a.id, json::stateKey(AccountState::KeyringUnavailable));
            stateTexts.insert(a.id, AccountStatus{AccountState::KeyringUnavailable, {}, {}}.text());
        } else {
            states.insert(a.id, json::stateKey(AccountState::SignedOut));
            stateTexts.insert(a.id, AccountStatus{AccountState::SignedOut, {}, {}}.text());
        }
    }

    // The usage meter, from the store.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate monthAgo = today.addDays(-29);
    QList<UsageRow> usage;
    if (auto db = m_context.reader()) {
        auto rows = UsageRepository(*db.value()).rows({}, monthAgo, today);
        if (!rows)
            return m_context.fail(rows.error());
        usage = rows.value();
    } else {
        return m_context.fail(db.error());
    }
    struct Totals
    {
        qint64 requests = 0;
        qint64 items = 0;
        qint64 cost = 0;
    };
    const auto totals = [&](const QUuid &id, bool todayOnly) {
        Totals t;
        for (const UsageRow &r : std::as_const(usage)) {
            if (r.accountId == id && (!todayOnly || r.day == today)) {
                t.requests += r.requests;
                t.items += r.resources;
                t.cost += r.costMicros;
            }
        }
        return t;
    };
    const auto totalsJson = [](const Totals &t) {
        return QJsonObject{{u"requests"_s, t.requests}, {u"items"_s, t.items}, {u"costMicros"_s, t.cost}};
    };

    if (out.json()) {
        QJsonArray list;
        for (const Account &a : accounts) {
            QJsonObject o = json::account(a);
            o.insert(u"state"_s, states.value(a.id));
            o.insert(u"stateText"_s, stateTexts.value(a.id));
            QJsonArray days;
            for (const UsageRow &r : std::as_const(usage)) {
                if (r.accountId == a.id)
                    days.append(QJsonObject{{u"day"_s, r.day.toString(Qt::ISODate)},
                                            {u"stream"_s, r.stream},
                                            {u"requests"_s, r.requests},
                                            {u"items"_s, r.resources},
                                            {u"costMicros"_s, r.costMicros}});
            }
            o.insert(u"usage"_s, QJsonObject{{u"today"_s, totalsJson(totals(a.id, true))},
                                             {u"last30Days"_s, totalsJson(totals(a.id, false))},
                                             {u"days"_s, days}});
            list.append(o);
        }
        out.document(QJsonObject{{u"accounts"_s, list}});
        return int(ExitCode::Ok);
    }

    using A = Table::Align;
    Table table({tr("ACCOUNT"), tr("NETWORK"), tr("NAME"), tr("STATE"), tr("REQUESTS TODAY"), tr("REQUESTS 30 D"),
                 tr("EST. COST 30 D")},
                {A::Left, A::Left, A::Left, A::Left, A::Right, A::Right, A::Right});
    const QLocale locale;
    for (const Account &a : accounts) {
        const Totals day = totals(a.id, true);
        const Totals month = totals(a.id, false);
        table.addRow({u"@"_s + a.handle, networkDisplayName(a.network), a.displayName, stateTexts.value(a.id),
                      locale.toString(day.requests), locale.toString(month.requests), Format::dollars(month.cost)});
    }
    for (const QString &line : table.lines())
        out.line(line);
    return int(ExitCode::Ok);
}

// ---- inbox ----------------------------------------------------------------------------------

int ReadCommands::inbox(const QStringList &arguments)
{
    CommandLine cl(m_context, u"inbox"_s, u"[--unread] [--account A] [--kind dm|mention] [--state S] [--limit N]"_s,
                   tr("Lists conversations, the most recent activity first, as the app's inbox does."));
    const QCommandLineOption unread(u"unread"_s, tr("Only conversations with unread messages."));
    const QCommandLineOption account(u"account"_s, tr("Only the account <A> (its handle, network:handle or id)."),
                                     u"A"_s);
    const QCommandLineOption kind(u"kind"_s, tr("dm (direct and group messages) or mention (public threads)."),
                                  u"kind"_s);
    const QCommandLineOption state(u"state"_s, tr("open (the default), done, snoozed or all."), u"state"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most <N> conversations (default 20)."), u"N"_s);
    for (const auto *o : {&unread, &account, &kind, &state, &limit})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(tr("inbox takes no arguments, only options."));
    int exitCode = 0;
    const auto count = cl.number(limit, 20, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;

    ConversationFilter filter;
    filter.unreadOnly = cl.parser().isSet(unread);
    if (cl.parser().isSet(kind)) {
        const QString k = cl.parser().value(kind);
        if (k == u"dm")
            filter.kinds = {Conversation::Kind::Direct, Conversation::Kind::Group};
        else if (k == u"mention")
            filter.kinds = {Conversation::Kind::PublicThread};
        else
            return cl.usageError(tr("--kind is dm or mention, not “%1”.").arg(k));
    }
    const QString s = cl.parser().isSet(state) ? cl.parser().value(state) : u"open"_s;
    if (s == u"open")
        filter.states = {Conversation::State::Open};
    else if (s == u"done")
        filter.states = {Conversation::State::Done};
    else if (s == u"snoozed")
        filter.states = {Conversation::State::Snoozed};
    else if (s != u"all")
        return cl.usageError(tr("--state is open, done, snoozed or all, not “%1”.").arg(s));
    if (cl.parser().isSet(account)) {
        auto a = m_context.resolveAccount(cl.parser().value(account));
        if (!a)
            return m_context.fail(a.error());
        filter.accountId = a->id;
    }

    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    auto rows = ConversationRepository(*db.value()).page(filter, *count);
    if (!rows)
        return m_context.fail(rows.error());
    const QList<Account> accounts = m_context.knownAccounts();
    Output &out = m_context.output();
    if (out.json()) {
        QJsonArray list;
        for (const ConversationSummary &row : std::as_const(rows.value()))
            list.append(json::conversation(row, accounts));
        out.document(QJsonObject{{u"conversations"_s, list}});
        return int(ExitCode::Ok);
    }
    if (rows->isEmpty()) {
        out.line(accounts.isEmpty() ? Context::noAccountsText() : tr("No conversations."));
        return int(ExitCode::Ok);
    }
    using A = Table::Align;
    Table table({tr("ID"), tr("ACCOUNT"), tr("KIND"), tr("WITH"), tr("UNREAD"), tr("ACTIVE"), tr("LAST MESSAGE")},
                {A::Right, A::Left, A::Left, A::Left, A::Right, A::Left, A::Left});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ConversationSummary &row : std::as_const(rows.value())) {
        const Conversation &c = row.conversation;
        QString kindText = kindLabel(c.kind);
        if (c.state != Conversation::State::Open)
            kindText += u" ("_s + Conversation::stateKey(c.state) + u')';
        table.addRow({QString::number(c.id), accountHandle(accounts, c.accountId), kindText, withLabel(row),
                      c.unreadCount > 0 ? QString::number(c.unreadCount) : QString(),
                      Format::relativeTime(c.lastActivity, now),
                      (c.lastMessageInbound ? u"← "_s : u"→ "_s) + Format::oneLine(c.preview, 200)});
    }
    for (const QString &line : table.lines(out.terminalWidth() > 0 ? out.terminalWidth() : 160))
        out.line(line);
    return int(ExitCode::Ok);
}

// ---- show -----------------------------------------------------------------------------------

int ReadCommands::show(const QStringList &arguments)
{
    CommandLine cl(m_context, u"show"_s, u"[--limit N] CONVERSATION"_s,
                   tr("Shows a conversation and its newest messages, oldest first. Message ids (#…) are what "
                      "`reply` takes."));
    cl.addPositional(u"CONVERSATION"_s, tr("The conversation's id, as `inbox` lists it."));
    const QCommandLineOption limit(u"limit"_s, tr("At most <N> messages, the newest (default 50)."), u"N"_s);
    cl.addOption(limit);
    if (auto done = cl.parse(arguments))
        return *done;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.size() != 1)
        return cl.usageError(tr("show needs exactly one conversation id."));
    qint64 id = 0;
    if (!parseId(positional.constFirst(), id))
        return cl.usageError(
            tr("“%1” is not a conversation id (a whole number from 1 up).").arg(positional.constFirst()));
    int exitCode = 0;
    const auto count = cl.number(limit, 50, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;

    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    auto found = ConversationRepository(*db.value()).byId(id);
    if (!found)
        return m_context.fail(found.error());
    if (!found.value())
        return m_context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(id));
    const ConversationSummary summary = *found.value();
    MessageRepository messages(*db.value());
    auto thread = messages.threadPage(id, *count);
    if (!thread)
        return m_context.fail(thread.error());
    auto authors = messages.authors(thread.value());
    if (!authors)
        return m_context.fail(authors.error());
    const QList<Account> accounts = m_context.knownAccounts();

    Output &out = m_context.output();
    if (out.json()) {
        QJsonArray list;
        for (const Message &m : std::as_const(thread.value()))
            list.append(json::message(m, authors.value()));
        out.document(QJsonObject{{u"conversation"_s, json::conversation(summary, accounts)}, {u"messages"_s, list}});
        return int(ExitCode::Ok);
    }
    const Conversation &c = summary.conversation;
    QString with;
    if (!c.title.isEmpty())
        with = c.title;
    else if (summary.counterpart.id)
        with = summary.counterpart.displayName.isEmpty()
                   ? Format::handle(summary.counterpart.handle, summary.counterpart.remoteId)
                   : tr("%1 (%2)").arg(summary.counterpart.displayName,
                                       Format::handle(summary.counterpart.handle, summary.counterpart.remoteId));
    QString account = accountHandle(accounts, c.accountId);
    const QString kind = c.kind == Conversation::Kind::PublicThread ? tr("Mentions with %1")
                         : c.kind == Conversation::Kind::Group      ? tr("Group %1")
                                                                    : tr("DM with %1");
    QStringList header{tr("Conversation %1").arg(c.id), kind.arg(with.isEmpty() ? u"?"_s : with),
                       tr("%1 on %2").arg(account, networkDisplayName(summary.network)),
                       Conversation::stateKey(c.state)};
    if (c.unreadCount > 0)
        header << tr("%n unread", nullptr, c.unreadCount);
    out.line(header.join(u" · "_s));
    if (thread->isEmpty()) {
        out.line(tr("No messages."));
        return int(ExitCode::Ok);
    }
    qsizetype idWidth = 0;
    qsizetype authorWidth = 0;
    for (const Message &m : std::as_const(thread.value())) {
        idWidth = std::max(idWidth, QString::number(m.id).size() + 1);
        authorWidth = std::max(authorWidth, authorLabel(m, authors.value()).size());
    }
    for (const Message &m : std::as_const(thread.value())) {
        QString text = m.text;
        if (m.delivery != Message::Delivery::Delivered)
            text += u" ("_s + Message::deliveryKey(m.delivery) + u')';
        if (!m.attachments.isEmpty())
            text += u" ["_s + tr("%n attachment(s)", nullptr, int(m.attachments.size())) + u']';
        const QString prefix = QString(u"#"_s + QString::number(m.id)).rightJustified(idWidth) + u"  "_s
                               + Format::localTime(m.createdAt) + u"  "_s
                               + authorLabel(m, authors.value()).leftJustified(authorWidth) + u"  "_s;
        const QStringList lines = text.split(u'\n');
        out.line(prefix + lines.constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i)
            out.line(QString(prefix.size(), u' ') + lines.at(i));
    }
    return int(ExitCode::Ok);
}

// ---- search ---------------------------------------------------------------------------------

int ReadCommands::search(const QStringList &arguments)
{
    CommandLine cl(m_context, u"search"_s, u"[--account A] [--limit N] QUERY"_s,
                   tr("Searches every stored message, newest first. Every word must match; \"quoted words\" match "
                      "as a phrase; a trailing * matches a prefix."));
    cl.addPositional(u"QUERY"_s, tr("What to look for."));
    const QCommandLineOption account(u"account"_s, tr("Only the account <A>."), u"A"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most <N> messages (default 20)."), u"N"_s);
    cl.addOption(account);
    cl.addOption(limit);
    if (auto done = cl.parse(arguments))
        return *done;
    const QString query = cl.parser().positionalArguments().join(u' ').trimmed();
    if (query.isEmpty())
        return cl.usageError(tr("search needs something to look for."));
    int exitCode = 0;
    const auto count = cl.number(limit, 20, 1, maxListLimit, &exitCode);
    if (!count)
        return exitCode;
    SearchRequest request;
    request.text = query;
    request.limit = *count;
    if (cl.parser().isSet(account)) {
        auto a = m_context.resolveAccount(cl.parser().value(account));
        if (!a)
            return m_context.fail(a.error());
        request.accountId = a->id;
    }
    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    auto hits = SearchRepository(*db.value()).search(request);
    if (!hits)
        return m_context.fail(hits.error());
    QList<Message> found;
    for (const SearchHit &hit : std::as_const(hits.value()))
        found << hit.message;
    auto authors = MessageRepository(*db.value()).authors(found);
    if (!authors)
        return m_context.fail(authors.error());

    Output &out = m_context.output();
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
                      Format::printable(authorLabel(m, authors.value())), Format::printable(flattened(m.text))});
    }
    const int width = out.terminalWidth() > 0 ? out.terminalWidth() : 160;
    const QStringList lines = table.lines(width);
    // On a terminal the matches are shown in bold, in the text as the table cut it.
    const qsizetype textColumn = table.columnOffset(4, width);
    out.line(lines.constFirst());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (out.stdoutIsTerminal())
            out.styledLine(line.left(textColumn) + highlighted(line.mid(textColumn), hits->at(i - 1).ranges));
        else
            out.line(line);
    }
    return int(ExitCode::Ok);
}

// ---- stats ----------------------------------------------------------------------------------

int ReadCommands::stats(const QStringList &arguments)
{
    CommandLine cl(m_context, u"stats"_s, u"[--account A] [--since DATE] [--until DATE]"_s,
                   tr("Response times per account, and survey ratings.\n\n"
                      "A request begins with an inbound message that opens a conversation or follows a message of "
                      "yours; your next message in that conversation answers it. First response time: how long "
                      "each conversation's first request in the period waited. Response time: how long every "
                      "request waited (median and 90th percentile). Requests count for the period in which they "
                      "began. Survey ratings: the feedback survey's answers given in the period, as the Reports "
                      "window shows them; --json adds them week by week with the response times."));
    const QCommandLineOption account(u"account"_s, tr("Only the account <A>."), u"A"_s);
    const QCommandLineOption since(u"since"_s, tr("From <DATE> (default: 30 days ago)."), u"DATE"_s);
    const QCommandLineOption until(u"until"_s, tr("Up to <DATE>, not included (default: now)."), u"DATE"_s);
    for (const auto *o : {&account, &since, &until})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(tr("stats takes no arguments, only options."));
    int exitCode = 0;
    auto from = cl.dateTime(since, &exitCode);
    if (!from)
        return exitCode;
    auto to = cl.dateTime(until, &exitCode);
    if (!to)
        return exitCode;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!to->isValid())
        *to = now;
    if (!from->isValid())
        *from = to->addDays(-30);
    if (*from >= *to)
        return cl.usageError(tr("--since must come before --until."));
    QList<Account> accounts = m_context.knownAccounts();
    QUuid only;
    if (cl.parser().isSet(account)) {
        auto a = m_context.resolveAccount(cl.parser().value(account));
        if (!a)
            return m_context.fail(a.error());
        only = a->id;
        accounts = {a.value()};
    }
    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    // The Reports window's figures, worked out by the same service. The window runs it on the
    // store's reader thread; a command has nothing else to do meanwhile, so it runs it here, on its
    // own reader connection: like every read command, it never opens the writer nor waits for the app.
    ReportService::Request request;
    request.from = *from;
    request.to = *to;
    request.account = only;
    auto report = ReportService::compute(*db.value(), request);
    if (!report)
        return m_context.fail(report.error());
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

    Output &out = m_context.output();
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
        table.addRow({accountHandle(accounts, r.accountId), QString::number(r.requests), QString::number(r.answered),
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

// ---- export ---------------------------------------------------------------------------------

int ReadCommands::exportAll(const QStringList &arguments)
{
    CommandLine cl(m_context, u"export"_s, u"[--format jsonl|csv] [--since DATE] [--account A] > FILE"_s,
                   tr("Writes every stored conversation and message to standard output, as it reads them: the "
                      "export takes the same little memory for a million messages as for ten.\n\n"
                      "jsonl (the default): JSON Lines, one object per line: a {\"type\": \"conversation\"} line, "
                      "then the {\"type\": \"message\"} lines of that conversation, oldest first. Message ids "
                      "are strings (they are too large for JavaScript's numbers).\n"
                      "csv: one row per message with its conversation's columns, a header row first (RFC 4180, "
                      "UTF-8)."));
    const QCommandLineOption format(u"format"_s, tr("jsonl or csv."), u"format"_s);
    const QCommandLineOption since(
        u"since"_s, tr("Only messages from <DATE> on, and their conversations (ISO 8601: 2026-04-01)."), u"DATE"_s);
    const QCommandLineOption account(u"account"_s, tr("Only the account <A>."), u"A"_s);
    for (const auto *o : {&format, &since, &account})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(tr("export writes to standard output; redirect it: starling-cli export > file.jsonl"));
    ExportOptions options;
    const QString f = cl.parser().isSet(format) ? cl.parser().value(format) : u"jsonl"_s;
    if (f == u"jsonl" || f == u"json-lines")
        options.format = ExportOptions::Format::JsonLines;
    else if (f == u"csv")
        options.format = ExportOptions::Format::Csv;
    else
        return cl.usageError(tr("--format is jsonl or csv, not “%1”.").arg(f));
    int exitCode = 0;
    auto from = cl.dateTime(since, &exitCode);
    if (!from)
        return exitCode;
    options.since = *from;
    if (cl.parser().isSet(account)) {
        auto a = m_context.resolveAccount(cl.parser().value(account));
        if (!a)
            return m_context.fail(a.error());
        options.accountId = a->id;
    }
    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    QFile out;
    // Unbuffered: the exporter writes in blocks of its own.
    if (!out.open(::fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered))
        return m_context.fail(ExitCode::Failure, tr("Standard output cannot be written: %1").arg(out.errorString()));
    auto summary = Exporter(*db.value()).write(options, out);
    out.close();
    if (!summary)
        return m_context.fail(summary.error());
    if (m_context.output().stderrIsTerminal())
        m_context.output().note(tr("Exported %n conversation(s)", nullptr, int(summary->conversations)) + u", "_s
                                + tr("%n message(s).", nullptr, int(summary->messages)));
    return int(ExitCode::Ok);
}

// ---- count ----------------------------------------------------------------------------------

int ReadCommands::count(const QStringList &arguments)
{
    CommandLine cl(m_context, u"count"_s, u"--network x|mastodon|bluesky [--limit N] [--dm] [TEXT…]"_s,
                   tr("Measures a text by a network's rules, as the compose box does: its length, the limit, and "
                      "whether it fits. The text comes from the arguments (joined by spaces) or, without any, from "
                      "standard input (one final line break is dropped); put -- before a text that begins with "
                      "a dash. Exits with 1 when it does not fit."));
    cl.addPositional(u"TEXT"_s, tr("The text to measure."), u"[TEXT…]"_s);
    const QCommandLineOption network(u"network"_s, tr("x, mastodon or bluesky."), u"network"_s);
    const QCommandLineOption limit(u"limit"_s,
                                   tr("Another length limit in the network's unit: a Mastodon server's "
                                      "max_characters, or a longer X post limit."),
                                   u"N"_s);
    const QCommandLineOption dm(u"dm"_s, tr("Measure a direct message instead of a post."));
    for (const auto *o : {&network, &limit, &dm})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().isSet(network))
        return cl.usageError(tr("count needs --network x, mastodon or bluesky."));
    const auto which = networkFromKey(cl.parser().value(network).toLower());
    if (!which)
        return cl.usageError(tr("--network is x, mastodon or bluesky, not “%1”.").arg(cl.parser().value(network)));
    int exitCode = 0;
    const auto max = cl.number(limit, 0, 1, 10'000'000, &exitCode);
    if (!max)
        return exitCode;

    QString text;
    const QStringList positional = cl.parser().positionalArguments();
    if (!positional.isEmpty()) {
        text = positional.join(u' ');
    } else {
        QFile in;
        if (!in.open(::fileno(stdin), QIODevice::ReadOnly))
            return m_context.fail(ExitCode::Failure, tr("Standard input cannot be read: %1").arg(in.errorString()));
        text = QString::fromUtf8(in.readAll());
        // `echo text |` adds a line break nobody meant to count.
        if (text.endsWith(u"\r\n"_s))
            text.chop(2);
        else if (text.endsWith(u'\n'))
            text.chop(1);
    }
    const TextRules::Mode mode = cl.parser().isSet(dm) ? TextRules::Mode::DirectMessage : TextRules::Mode::Post;
    TextRules rules = TextRules::forNetwork(*which, mode);
    if (*max > 0)
        rules = rules.withMaxLength(*max);
    const TextCount c = rules.count(text);
    const bool fits = c.problem == TextCount::Problem::None;

    Output &out = m_context.output();
    if (out.json()) {
        out.document(QJsonObject{
            {u"network"_s, networkKey(*which)},
            {u"mode"_s, mode == TextRules::Mode::Post ? u"post"_s : u"dm"_s},
            {u"unit"_s, countUnit(rules.limits().unit)},
            {u"length"_s, c.length},
            {u"limit"_s, c.limit},
            {u"fits"_s, fits},
            {u"remaining"_s, c.remaining()},
            {u"byteLength"_s, c.byteLength},
            {u"byteLimit"_s, c.byteLimit > 0 ? QJsonValue(c.byteLimit) : QJsonValue()},
            {u"problem"_s, fits ? QJsonValue() : QJsonValue(problemKey(c.problem))},
            {u"reason"_s, c.reason},
            {u"validRangeEnd"_s, c.validRangeEnd},
        });
        return int(fits ? ExitCode::Ok : ExitCode::No);
    }
    QString unit;
    switch (rules.limits().unit) {
    case TextUnit::WeightedCharacters:
        unit = tr("weighted characters");
        break;
    case TextUnit::CodePoints:
        unit = tr("characters");
        break;
    case TextUnit::Graphemes:
        unit = tr("characters (graphemes)");
        break;
    }
    QString line =
        tr("%1 %2: %3 of %4 %5")
            .arg(networkDisplayName(*which), mode == TextRules::Mode::Post ? tr("post") : tr("direct message"))
            .arg(c.length)
            .arg(c.limit)
            .arg(unit);
    if (c.byteLimit > 0)
        line += tr(", %1 of %2 bytes").arg(c.byteLength).arg(c.byteLimit);
    line += u": "_s + (fits ? tr("fits (%n left).", nullptr, c.remaining()) : tr("does not fit. %1").arg(c.reason));
    out.line(line);
    return int(fits ? ExitCode::Ok : ExitCode::No);
}

} // namespace starling::cli
