// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamCommand.h"

#include "cli/CliContext.h"
#include "store/Database.h"
#include "team/TeamAgents.h"
#include "team/TeamWorkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

/** Reads one line from standard input; on a terminal, after @p prompt (on standard error) and without echo. */
QString readSecretLine(const QString &prompt, bool quiet)
{
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool terminal = !quiet && GetConsoleMode(input, &mode);
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    }
#else
    termios saved{};
    const bool terminal = !quiet && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        std::fputs(qPrintable(prompt), stderr);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
#ifdef Q_OS_WIN
        SetConsoleMode(input, mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
        std::fputs("\n", stderr);
    }
    return line;
}

} // namespace

TeamCommand::TeamCommand()
    : m_passwordStdin(u"password-stdin"_s, tr("init, join: read the password from standard input, without a prompt."))
{
}

QString TeamCommand::name() const
{
    return u"team"_s;
}

QString TeamCommand::summary() const
{
    return tr("Share one inbox with a team through its PostgreSQL database");
}

QString TeamCommand::synopsis() const
{
    return tr("init|join <postgres://user@host:port/database> | status | leave | add-agent|remove-agent <agent> | "
              "grant|revoke <agent> <account>");
}

QString TeamCommand::description() const
{
    return tr("A team workspace keeps the profile's inbox in the team's own PostgreSQL database, which every "
              "agent's Starling opens, instead of the profile's own file.\n\n"
              "  init URL   sets up the inbox in the database (or brings it up to date), then joins it: run once, "
              "by whoever administers the database.\n"
              "  join URL   makes this profile use the team's inbox. Asks for the database password and keeps it in "
              "the system keychain; the address is written without it.\n"
              "  status     the workspace, the agents connected now, and which agent's app syncs each account.\n"
              "  leave      makes the profile local again (its own file, as it was) and deletes the password from "
              "the keychain. The team's inbox stays in its database.\n\n"
              "Each agent logs in to the database as a role of their own and sees only the inboxes (social "
              "accounts) they belong to; contacts, tags, saved replies and rules are the whole team's. Whoever "
              "ran init administers it:\n"
              "  add-agent NAME       makes the login role NAME with a new password, shown once (a role that is "
              "there already keeps its own), and lets it use the team database.\n"
              "  remove-agent NAME    takes NAME out of the team and out of every inbox.\n"
              "  grant NAME ACCOUNT   lets NAME see and work the inbox of ACCOUNT (a handle, network:handle or "
              "id). An account an agent adds is theirs already.\n"
              "  revoke NAME ACCOUNT  the reverse.\n\n"
              "In a team workspace the app of one agent per account syncs and sends it, so `sync`, `send`, `reply` "
              "and `post` refuse; reading and triage work as usual.");
}

void TeamCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"subcommand"_s,
                              tr("What to do: init, join, status, leave, add-agent, remove-agent, grant or revoke."));
    commandLine.addOption(m_passwordStdin);
}

int TeamCommand::run(Context &context, CommandLine &commandLine) const
{
    QStringList arguments = commandLine.parser().positionalArguments();
    const QString sub = arguments.isEmpty() ? u"status"_s : arguments.takeFirst();
    if (sub == u"init" || sub == u"join")
        return join(context, commandLine, arguments, sub == u"init");
    if (sub == u"add-agent" || sub == u"remove-agent" || sub == u"grant" || sub == u"revoke")
        return administer(context, commandLine, sub, arguments);
    if (!arguments.isEmpty())
        return commandLine.usageError(tr("%1 takes no arguments.").arg(sub));
    if (sub == u"status")
        return status(context);
    if (sub == u"leave")
        return leave(context);
    return commandLine.usageError(
        tr("Unknown subcommand “%1”: init, join, status, leave, add-agent, remove-agent, grant or revoke.").arg(sub));
}

int TeamCommand::join(Context &context, CommandLine &commandLine, const QStringList &arguments, bool init) const
{
    if (arguments.size() != 1)
        return commandLine.usageError(tr("Name the team database: starling-cli team %1 "
                                         "postgres://user@host:5432/database")
                                          .arg(init ? u"init"_s : u"join"_s));
    auto database = Database::PostgresSettings::fromUrl(arguments.constFirst());
    if (!database)
        return commandLine.usageError(database.error().message());
    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    QSettings settings;
    // Before the password is asked for.
    if (auto allowed = team::canJoin(settings, database.value()); !allowed)
        return context.fail(ExitCode::Failure, allowed.error().message());

    Database::PostgresSettings withPassword = database.value();
    withPassword.password =
        readSecretLine(tr("Password of %1: ").arg(database->url()), commandLine.parser().isSet(m_passwordStdin));
    Output &out = context.output();
    if (!out.json())
        out.progress(tr("Connecting to %1…").arg(database->url()));
    // Connecting takes up to 10 s, the keychain its own timeout.
    auto joined = context.wait<Result<TeamWorkspace>>(
        [&](QObject *waiting, std::function<void(Result<TeamWorkspace>)> deliver) {
            team::join(&settings, *context.credentials(), withPassword,
                       init ? team::Preparation::Init : team::Preparation::Join, waiting, deliver);
        },
        keyringTimeout + std::chrono::seconds(15));
    out.endProgress();
    if (!joined)
        return context.fail(ExitCode::Failure, tr("The system keychain did not answer in time."));
    if (!*joined)
        return context.fail(joined->error());
    const TeamWorkspace &workspace = joined->value();

    if (out.json()) {
        out.document(QJsonObject{{u"workspace"_s, database->url()}, {u"agent"_s, workspace.agent()}});
    } else {
        out.line(
            init ? tr("The team inbox in %1 is ready, and this profile uses it as %2.")
                       .arg(database->url(), workspace.agent())
                 : tr("This profile now uses the team inbox in %1, as %2.").arg(database->url(), workspace.agent()));
        out.line(tr("The password is in the system keychain. Add the team's social accounts in the app: the app of "
                    "one agent per account syncs and sends it."));
    }
    return int(ExitCode::Ok);
}

int TeamCommand::status(Context &context) const
{
    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    const auto workspace = TeamWorkspace::fromSettings(QSettings());
    Output &out = context.output();
    if (!workspace) {
        if (out.json())
            out.document(QJsonObject{{u"team"_s, false}, {u"database"_s, profile.value()->databasePath()}});
        else
            out.line(tr("This profile is local: its inbox is in %1.").arg(profile.value()->databasePath()));
        return int(ExitCode::Ok);
    }
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto status = team::readStatus(*db.value());
    if (!status)
        return context.fail(status.error());

    QHash<QUuid, QString> names;
    for (const Account &account : context.knownAccounts())
        names.insert(account.id, Context::describe(account));
    const auto agentsOf = [&status](const QUuid &account) { return status->members.value(account); };
    if (out.json()) {
        QJsonArray leaders;
        for (auto it = status->leaders.cbegin(); it != status->leaders.cend(); ++it)
            leaders.append(
                QJsonObject{{u"account"_s, it.key().toString(QUuid::WithoutBraces)}, {u"agent"_s, it.value()}});
        QJsonArray members;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            members.append(QJsonObject{{u"account"_s, it.key().toString(QUuid::WithoutBraces)},
                                       {u"agents"_s, QJsonArray::fromStringList(agentsOf(it.key()))}});
        out.document(QJsonObject{{u"team"_s, true},
                                 {u"workspace"_s, workspace->database.url()},
                                 {u"agent"_s, workspace->agent()},
                                 {u"schemaVersion"_s, status->schemaVersion},
                                 {u"serverVersion"_s, status->serverVersion},
                                 {u"agentsOnline"_s, QJsonArray::fromStringList(status->agentsOnline)},
                                 {u"leaders"_s, leaders},
                                 {u"inboxes"_s, members}});
        return int(ExitCode::Ok);
    }
    out.line(tr("Team workspace: %1").arg(workspace->database.url()));
    out.line(tr("You are: %1").arg(workspace->agent()));
    out.line(tr("Database: PostgreSQL %1, Starling schema %2").arg(status->serverVersion).arg(status->schemaVersion));
    out.line(status->agentsOnline.isEmpty() ? tr("Agents online: none")
                                            : tr("Agents online: %1").arg(status->agentsOnline.join(u", "_s)));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString leader = status->leaders.value(it.key());
        out.line(leader.isEmpty() ? tr("%1: not synced now (no agent with its sign-in is online)").arg(it.value())
                                  : tr("%1: synced by %2").arg(it.value(), leader));
        const QStringList agents = agentsOf(it.key());
        out.line(agents.isEmpty() ? tr("  agents: none") : tr("  agents: %1").arg(agents.join(u", "_s)));
    }
    return int(ExitCode::Ok);
}

int TeamCommand::administer(Context &context, CommandLine &commandLine, const QString &sub,
                            const QStringList &arguments) const
{
    const bool onInbox = sub == u"grant" || sub == u"revoke";
    if (arguments.size() != (onInbox ? 2 : 1))
        return commandLine.usageError(
            onInbox ? tr("Name the agent and the account: starling-cli team %1 ana @shop").arg(sub)
                    : tr("Name the agent: starling-cli team %1 ana").arg(sub));
    const QString agent = arguments.constFirst();
    if (auto valid = team::checkAgentName(agent); !valid)
        return commandLine.usageError(valid.error().message());
    if (auto profile = context.profile(); !profile)
        return context.fail(profile.error());
    const auto workspace = TeamWorkspace::fromSettings(QSettings());
    if (!workspace)
        return context.fail(ExitCode::NotFound,
                            tr("This profile is not a team workspace: join the team database as its administrator "
                               "first (starling-cli team init URL)."));
    auto where = context.location();
    if (!where)
        return context.fail(where.error());
    auto db = Database::open(where.value(), Database::Role::Writer);
    if (!db)
        return context.fail(db.error());
    Output &out = context.output();

    if (sub == u"add-agent") {
        auto added = team::addAgent(*db.value(), agent);
        if (!added)
            return context.fail(added.error());
        Database::PostgresSettings theirs = workspace->database;
        theirs.user = agent;
        if (out.json()) {
            QJsonObject document{{u"agent"_s, agent}, {u"join"_s, theirs.url()}};
            if (!added->password.isEmpty())
                document.insert(u"password"_s, added->password);
            out.document(document);
        } else if (added->password.isEmpty()) {
            out.line(tr("The role %1 is an agent of the team now, with the password it has. It joins with: "
                        "starling-cli team join %2")
                         .arg(agent, theirs.url()));
        } else {
            out.line(tr("%1 is an agent of the team now. Give them this password, which is not shown again: %2")
                         .arg(agent, added->password));
            out.line(tr("They join with: starling-cli team join %1 (or starling --team %1)").arg(theirs.url()));
        }
        if (!out.json())
            out.line(tr("Grant them inboxes with: starling-cli team grant %1 ACCOUNT").arg(agent));
        return int(ExitCode::Ok);
    }
    if (sub == u"remove-agent") {
        if (auto removed = team::removeAgent(*db.value(), agent); !removed)
            return context.fail(removed.error());
        if (out.json())
            out.document(QJsonObject{{u"removed"_s, agent}});
        else
            out.line(tr("%1 is no longer an agent of the team, and belongs to no inbox.").arg(agent));
        return int(ExitCode::Ok);
    }

    auto account = context.resolveAccount(arguments.at(1));
    if (!account)
        return context.fail(account.error());
    const bool grant = sub == u"grant";
    auto done =
        grant ? team::grantInbox(*db.value(), agent, account->id) : team::revokeInbox(*db.value(), agent, account->id);
    if (!done)
        return context.fail(done.error());
    if (out.json())
        out.document(QJsonObject{{grant ? u"granted"_s : u"revoked"_s, agent},
                                 {u"account"_s, account->id.toString(QUuid::WithoutBraces)}});
    else
        out.line(grant ? tr("%1 now sees and works the inbox of %2.").arg(agent, Context::describe(account.value()))
                       : tr("%1 no longer sees the inbox of %2.").arg(agent, Context::describe(account.value())));
    return int(ExitCode::Ok);
}

int TeamCommand::leave(Context &context) const
{
    auto profile = context.profile();
    if (!profile)
        return context.fail(profile.error());
    QSettings settings;
    const auto workspace = TeamWorkspace::fromSettings(settings);
    if (!workspace)
        return context.fail(ExitCode::NotFound, tr("This profile is not a team workspace."));
    auto removed = context.wait<Result<void>>(
        [&](QObject *waiting, std::function<void(Result<void>)> deliver) {
            workspace->removePassword(*context.credentials(), waiting, deliver);
        },
        keyringTimeout);
    if (!removed || !*removed)
        return context.fail(ExitCode::Failure,
                            tr("The password could not be deleted from the system keychain: %1")
                                .arg(removed ? removed->error().message() : tr("it did not answer in time.")));
    TeamWorkspace::forget(settings);
    Output &out = context.output();
    if (out.json())
        out.document(QJsonObject{{u"left"_s, workspace->database.url()}});
    else
        out.line(tr("This profile is local again: its inbox is in %1. The team's inbox stays in %2.")
                     .arg(profile.value()->databasePath(), workspace->database.url()));
    return int(ExitCode::Ok);
}

} // namespace starling::cli
