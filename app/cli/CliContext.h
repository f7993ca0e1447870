// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOutput.h"
#include "CliWiring.h"
#include "Profile.h"
#include "Result.h"
#include "domain/Account.h"
#include "store/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFuture>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace starling {

class AccountManager;
class InboxService;
class Store;
class SyncService;

namespace cli {

/** What starling-cli's exit code tells a script (documented in --help and the README). */
enum class ExitCode : int
{
    Ok = 0,
    No = 1, ///< the command's answer is "no": `count` found that the text does not fit
    Usage = 2, ///< bad arguments: an unknown command or option, a missing or malformed value
    NotFound = 3, ///< an account, conversation, message or file that is not there
    Network = 4, ///< the network could not be reached or refused for now (offline, timeout, rate limit, 5xx)
    Failure = 5, ///< anything else: signed out, keyring, storage, a refusal the user must fix
};

/** The exit code that matches an error from core. */
ExitCode exitCodeFor(const Error &error);

/** How long a command waits for the system keychain (it may ask the user to unlock it). */
constexpr std::chrono::seconds keyringTimeout{30};

/** The most rows a listing command shows (--limit). */
constexpr int maxListLimit = 10000;

/** The row id (a conversation's, a message's) that @p text names: a whole number from 1 up. */
std::optional<qint64> parseId(const QString &text);

/**
 * Runs the event loop until @p done returns true or @p timeout passes. For the CLI only: a GUI
 * never waits like this (STYLE.md §4).
 */
void runEventLoopUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);

/**
 * What every command shares: the global options, the output, and the profile with what is opened
 * from it on demand (settings and accounts, a reader connection, and core's services over the
 * store: the same InboxService and sync worker as the app's). Nothing is opened before a command
 * asks for it, and read-only commands never open the writer.
 */
class Context final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::Context)

public:
    /** @p wiring's parts must outlive the context. */
    Context(const Wiring &wiring, QString profileDir, bool json);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    Output &output() { return m_output; }
    bool json() const { return m_output.json(); }
    void setJson(bool json) { m_output.setJson(json); }
    void setProfileDir(const QString &dir) { m_profileDir = dir; }

    /** Opens the profile folder and points QSettings at its settings file. */
    Result<const Profile *> profile();
    /**
     * Where the profile's inbox is: its SQLite file, or for a team workspace the team's
     * PostgreSQL database, with the password from the keychain.
     */
    Result<Database::Location> location();
    /**
     * Whether the profile is a team workspace. There the app that leads an account (team/
     * SyncLeadership) is the one that syncs and sends it, so the commands that would poll or send
     * refuse: @p refusal is the error they report.
     */
    bool isTeamWorkspace(Error *refusal = nullptr);
    /** The accounts added in the GUI, from the profile's settings; their sign-in is in the keychain. */
    Result<AccountManager *> accounts();
    /**
     * A read-only connection to the profile's database. A missing database is created, and an
     * older one migrated, first: what the app does when it starts.
     */
    Result<Database *> reader();
    /**
     * The sync worker, in its on-demand mode: nothing syncs or sends until a command asks. Opens
     * the store's writer.
     */
    Result<SyncService *> sync();
    /** What a person does with the inbox (triage, replies, posts), as the window does it. */
    Result<InboxService *> inbox();
    /** The store with its writer thread, for commands that change it directly (contacts). */
    Result<Store *> store();

    /**
     * The account @p text names: its id, its handle ("shop", "@shop") or "network:handle"
     * ("x:shop"). NotFound when none does; InvalidInput when several do.
     */
    Result<Account> resolveAccount(const QString &text);
    /** Every account: those in the settings, then those only the store still knows. */
    QList<Account> knownAccounts();
    /** "@shop on X". */
    static QString describe(const Account &account);

    /** The system keychain, for the commands that keep a secret there (team join). */
    CredentialStore *credentials() const { return m_wiring.credentials; }
    /** Reports @p error and returns its exit code. */
    int fail(const Error &error);
    int fail(ExitCode code, const QString &message);
    /** Tells that the profile has no accounts and where to add one; returns NotFound. */
    int noAccounts();
    /** The message of noAccounts(), for commands that list nothing. */
    static QString noAccountsText();

    /**
     * Calls @p start with a context object and a function to deliver a value with, then runs the
     * event loop until the value is delivered (in this thread) or @p timeout passes.
     */
    template<typename T>
    std::optional<T> wait(const std::function<void(QObject *context, std::function<void(T)> deliver)> &start,
                          std::chrono::milliseconds timeout);
    /**
     * Runs the event loop until @p future (a service's answer) is there, or @p timeout passes;
     * nothing when it did not come, or was dropped.
     */
    template<typename T>
    std::optional<T> wait(QFuture<T> future, std::chrono::milliseconds timeout);

private:
    const Wiring &m_wiring;
    Output m_output;
    QString m_profileDir;
    std::optional<Profile> m_profile;
    std::optional<Database::Location> m_location;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<Database> m_reader;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<InboxService> m_inbox;
};

template<typename T>
std::optional<T> Context::wait(const std::function<void(QObject *, std::function<void(T)>)> &start,
                               std::chrono::milliseconds timeout)
{
    auto result = std::make_shared<std::optional<T>>();
    QObject context;
    start(&context, [result](T value) { *result = std::move(value); });
    runEventLoopUntil([result] { return result->has_value(); }, timeout);
    return *result;
}

template<typename T>
std::optional<T> Context::wait(QFuture<T> future, std::chrono::milliseconds timeout)
{
    runEventLoopUntil([&future] { return future.isFinished(); }, timeout);
    if (!future.isFinished() || future.isCanceled() || future.resultCount() < 1)
        return std::nullopt;
    return future.result();
}

/**
 * One subcommand's command line: its options next to the global ones (so `--json` works after
 * the command too), `--help`, and usage errors that name the command.
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::CommandLine)

public:
    /** @p synopsis follows "starling-cli <command>" in the usage line, e.g. "[--unread] [--limit N]". */
    CommandLine(Context &context, QString command, QString synopsis, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});

    /**
     * Parses @p arguments (those after the command). Returns an exit code when the command is
     * done already (it printed its help, or a usage error), or nothing to go on.
     */
    std::optional<int> parse(const QStringList &arguments);
    /** Prints a usage error that names the command and returns ExitCode::Usage. */
    int usageError(const QString &message);

    /** The whole number of @p option, @p fallback when absent; a usage error when outside [min, max]. */
    std::optional<int> number(const QCommandLineOption &option, int fallback, int min, int max, int *exitCode);
    /** The date (local midnight) or date and time of @p option; invalid when absent. */
    std::optional<QDateTime> dateTime(const QCommandLineOption &option, int *exitCode);

    QString helpText() const;

private:
    Context &m_context;
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_profile;
    QCommandLineOption m_json;
    QCommandLineOption m_help;
};

/** The exit codes as --help explains them. */
QString exitCodesHelp();

} // namespace cli
} // namespace starling
