// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncCommand.h"

#include "accounts/AccountManager.h"
#include "cli/CliContext.h"
#include "cli/CliJson.h"
#include "sync/SyncService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

constexpr int defaultSyncTimeoutSeconds = 600;

} // namespace

SyncCommand::SyncCommand()
    : m_account(u"account"_s, tr("Only the account <A>."), u"A"_s)
    , m_timeout(u"timeout"_s, tr("Give up after <seconds> (default 600)."), u"seconds"_s)
{
}

QString SyncCommand::name() const
{
    return u"sync"_s;
}

QString SyncCommand::summary() const
{
    return tr("Fetch what is new, once");
}

QString SyncCommand::synopsis() const
{
    return u"[--account A] [--timeout SECONDS]"_s;
}

QString SyncCommand::description() const
{
    return tr("Fetches what is new for every account (or one), once: direct messages and mentions, page by "
              "page, with progress on a terminal. Never sends: sending is the app's (or `send`'s) job.");
}

void SyncCommand::addOptions(CommandLine &commandLine) const
{
    for (const auto *o : {&m_account, &m_timeout})
        commandLine.addOption(*o);
}

int SyncCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().positionalArguments().isEmpty())
        return commandLine.usageError(tr("sync takes no arguments, only options."));
    int exitCode = 0;
    const auto seconds = commandLine.number(m_timeout, defaultSyncTimeoutSeconds, 1, 24 * 3600, &exitCode);
    if (!seconds)
        return exitCode;

    if (Error refusal; context.isTeamWorkspace(&refusal))
        return context.fail(refusal);
    auto manager = context.accounts();
    if (!manager)
        return context.fail(manager.error());
    QList<Account> accounts = manager.value()->accounts();
    if (accounts.isEmpty())
        return context.noAccounts();
    if (commandLine.parser().isSet(m_account)) {
        auto a = context.resolveAccount(commandLine.parser().value(m_account));
        if (!a)
            return context.fail(a.error());
        if (!manager.value()->account(a->id))
            return context.fail(ExitCode::NotFound,
                                tr("%1 was removed from the app; its messages are kept, but it cannot sync.")
                                    .arg(Context::describe(a.value())));
        accounts = {a.value()};
    }

    auto service = context.sync();
    if (!service)
        return context.fail(service.error());
    SyncService *sync = service.value();
    Output &out = context.output();
    QObject progress; // the progress lines' connection goes with it
    QObject::connect(
        sync, &SyncService::syncProgress, &progress,
        [&out, accounts](const QUuid &id, SyncStream stream, int pages, int messages) {
            QString handle;
            for (const Account &a : accounts) {
                if (a.id == id)
                    handle = a.handle;
            }
            if (stream == SyncStream::DirectMessages) {
                //: Progress: %1 is the account's handle, %2 the page number, %n the messages so far
                out.progress(
                    tr("@%1: direct messages, page %2 (%n message(s))", nullptr, messages).arg(handle).arg(pages));
            } else {
                //: Progress: %1 is the account's handle, %2 the page number, %n the messages so far
                out.progress(tr("@%1: mentions, page %2 (%n message(s))", nullptr, messages).arg(handle).arg(pages));
            }
        });

    struct Row
    {
        Account account;
        bool ok = false;
        int newMessages = 0;
        int fetched = 0;
        QString state;
        QString errorCode;
        QString message;
        ExitCode exit = ExitCode::Ok;
    };
    QList<Row> rows;
    QList<QUuid> connected;
    auto ready = context.wait(sync->connectAccounts(accounts), std::chrono::minutes(1));
    if (!ready) {
        const Result<void> unanswered(
            Error(Error::Code::Unavailable, tr("The system keychain did not answer in time.")));
        ready = QList<Result<void>>(accounts.size(), unanswered);
    }
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        Row row{accounts.at(i)};
        if (ready->at(i).ok()) {
            connected << accounts.at(i).id;
        } else {
            const Error &e = ready->at(i).error();
            const bool signedOut = e.code() == Error::Code::NotFound;
            row.state = json::stateKey(signedOut                              ? AccountState::SignedOut
                                       : e.code() == Error::Code::Unavailable ? AccountState::KeyringUnavailable
                                                                              : AccountState::SignedOut);
            row.errorCode = Error::codeName(e.code());
            row.message = signedOut
                              ? tr("Not signed in (or the keychain is locked): sign in again in the Starling app.")
                              : e.message();
            row.exit = ExitCode::Failure;
        }
        rows << row;
    }
    std::optional<QList<SyncService::SyncOutcome>> outcomes;
    if (!connected.isEmpty())
        outcomes = context.wait(sync->syncOnce(connected), std::chrono::seconds(*seconds));
    if (!outcomes) {
        outcomes.emplace();
        for (const QUuid &id : std::as_const(connected)) {
            SyncService::SyncOutcome timedOut{id, false, 0, 0, {}};
            timedOut.status = {AccountState::Offline, {}, tr("The sync did not finish in time.")};
            *outcomes << timedOut;
        }
    }
    for (const SyncService::SyncOutcome &o : std::as_const(*outcomes)) {
        for (Row &row : rows) {
            if (row.account.id != o.account)
                continue;
            row.ok = o.ok;
            row.newMessages = o.newMessages;
            row.fetched = o.fetched;
            row.state = json::stateKey(o.status.state);
            if (!o.ok) {
                const bool userMustAct =
                    o.status.state == AccountState::SignInExpired || o.status.state == AccountState::KeyringUnavailable;
                row.exit = userMustAct ? ExitCode::Failure : ExitCode::Network;
                row.errorCode = userMustAct ? u"auth-revoked"_s : u"network"_s;
                row.message =
                    o.status.detail.isEmpty() ? tr("The network could not be reached, or refused.") : o.status.detail;
                if (o.status.state == AccountState::RateLimited && o.status.until.isValid())
                    row.message = tr("Rate limited until %1.").arg(Format::localTime(o.status.until));
            }
        }
    }
    out.endProgress();

    ExitCode worst = ExitCode::Ok;
    for (const Row &row : std::as_const(rows))
        worst = std::max(worst, row.exit);
    if (out.json()) {
        QJsonArray list;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject o = json::account(row.account);
            o.insert(u"ok"_s, row.ok);
            o.insert(u"newMessages"_s, row.newMessages);
            o.insert(u"fetched"_s, row.fetched);
            o.insert(u"state"_s, row.state);
            o.insert(u"error"_s,
                     row.ok ? QJsonValue()
                            : QJsonValue(QJsonObject{{u"code"_s, row.errorCode}, {u"message"_s, row.message}}));
            list.append(o);
        }
        out.document(QJsonObject{{u"accounts"_s, list}});
    } else {
        for (const Row &row : std::as_const(rows)) {
            if (row.ok) {
                //: %1 names the account, e.g. "@shop on X"; the next sentence tells how many were fetched
                out.line(tr("%1: %n new message(s).", nullptr, row.newMessages).arg(Context::describe(row.account))
                         + u' ' + tr("%n message(s) fetched.", nullptr, row.fetched));
            } else {
                //: %1 names the account, e.g. "@shop on X"; %2 is the reason, a whole sentence
                out.line(tr("%1 was not synced. %2").arg(Context::describe(row.account), row.message));
            }
        }
    }
    return int(worst);
}

} // namespace starling::cli
