// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountsCommand.h"

#include "accounts/AccountManager.h"
#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "store/Database.h"
#include "store/UsageRepository.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace starling::cli {

QString AccountsCommand::name() const
{
    return u"accounts"_s;
}

QString AccountsCommand::summary() const
{
    return tr("List the accounts, their state and API usage");
}

QString AccountsCommand::synopsis() const
{
    return {};
}

QString AccountsCommand::description() const
{
    return tr("Lists the profile's accounts with their sign-in state and the API usage meter (requests, "
              "items and the estimated cost, today and over the last 30 days, in UTC days).");
}

int AccountsCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(tr("accounts takes no arguments."));

    auto manager = context.accounts();
    if (!manager)
        return context.fail(manager.error());
    const QList<Account> accounts = manager.value()->accounts();
    Output &out = context.output();
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
    auto probed = context.wait<Result<void>>(
        [known](QObject *waiting, std::function<void(Result<void>)> deliver) { known->probeKeyring(waiting, deliver); },
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
        auto stored = context.wait<Result<bool>>(
            [known, &a](QObject *waiting, std::function<void(Result<bool>)> deliver) {
                known->hasStoredSignIn(a.id, waiting, deliver);
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
    if (auto db = context.reader()) {
        auto rows = UsageRepository(*db.value()).rows({}, monthAgo, today);
        if (!rows)
            return context.fail(rows.error());
        usage = rows.value();
    } else {
        return context.fail(db.error());
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

} // namespace starling::cli
