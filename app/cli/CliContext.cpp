// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "accounts/AccountManager.h"
#include "services/InboxService.h"
#include "store/AccountRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "team/TeamWorkspace.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling::cli {

ExitCode exitCodeFor(const Error &error)
{
    switch (error.code()) {
    case Error::Code::NotFound:
        return ExitCode::NotFound;
    case Error::Code::Network:
    case Error::Code::Timeout:
    case Error::Code::RateLimited:
    case Error::Code::ServerError:
    case Error::Code::BadResponse:
        return ExitCode::Network;
    case Error::Code::AuthExpired:
    case Error::Code::AuthRevoked:
    case Error::Code::Forbidden:
    case Error::Code::InvalidInput:
    case Error::Code::Storage:
    case Error::Code::Unavailable:
    case Error::Code::Cancelled:
    case Error::Code::Conflict:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QString exitCodesHelp()
{
    return QCoreApplication::translate(
        "starling::cli::CommandLine",
        "Exit codes:\n"
        "  0  done\n"
        "  1  the answer is no (count: the text does not fit)\n"
        "  2  usage error: unknown command or option, missing or malformed value\n"
        "  3  not found: no such account, conversation, message or file\n"
        "  4  network error: offline, timeout, rate limit or server error\n"
        "  5  any other failure: signed out, keychain, storage, refused by the network\n");
}

Context::Context(const Wiring &wiring, QString profileDir, bool json)
    : m_wiring(wiring)
    , m_output(json)
    , m_profileDir(std::move(profileDir))
{
}

Context::~Context()
{
    // The services go first: the sync worker's clients stop on the store's thread, and the writer
    // drains its queue, while the accounts they may still use are there.
    m_inbox.reset();
    m_sync.reset();
    m_store.reset();
}

Result<const Profile *> Context::profile()
{
    if (!m_profile) {
        auto opened = Profile::open(m_profileDir);
        if (!opened)
            return opened.error();
        m_profile = std::move(opened).value();
        // The GUI reads its accounts through QSettings() the same way: one settings file per profile.
        m_profile->useForSettings();
        if (m_wiring.profileOpened)
            m_wiring.profileOpened(*m_profile);
    }
    return &*m_profile;
}

Result<AccountManager *> Context::accounts()
{
    if (!m_accounts) {
        if (auto p = profile(); !p)
            return p.error();
        m_settings = std::make_unique<QSettings>();
        // The CLI never adds or changes accounts, so the manager needs no store.
        m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_wiring.credentials, nullptr);
        m_accounts->load();
    }
    return m_accounts.get();
}

Result<Database::Location> Context::location()
{
    if (m_location)
        return *m_location;
    auto p = profile();
    if (!p)
        return p.error();
    const QSettings settings;
    const auto team = TeamWorkspace::fromSettings(settings);
    if (!team) {
        m_location = Database::Location::sqlite(p.value()->databasePath());
        return *m_location;
    }
    auto resolved = wait<Result<Database::Location>>(
        [this, &team](QObject *waiting, std::function<void(Result<Database::Location>)> deliver) {
            team->resolve(*m_wiring.credentials, waiting, deliver);
        },
        keyringTimeout);
    if (!resolved)
        return Error(Error::Code::Unavailable, tr("The keychain did not answer."));
    if (!*resolved)
        return resolved->error();
    m_location = resolved->value();
    return *m_location;
}

bool Context::isTeamWorkspace(Error *refusal)
{
    if (!profile())
        return false;
    const auto team = TeamWorkspace::fromSettings(QSettings());
    if (team && refusal)
        *refusal = Error(Error::Code::Forbidden,
                         tr("This profile is the team workspace %1: there, the app of the agent who leads an account "
                            "syncs it and sends its messages, so that nothing is polled or sent twice. Use the app, "
                            "or a local profile (--profile).")
                             .arg(team->database.url()));
    return team.has_value();
}

Result<Database *> Context::reader()
{
    if (m_reader)
        return m_reader.get();
    auto where = location();
    if (!where)
        return where.error();
    const bool sqlite = where.value().engine == Engine::Sqlite;
    auto reader = !sqlite || QFileInfo::exists(where.value().sqlitePath)
                      ? Database::open(where.value(), Database::Role::Reader)
                      : Result<std::unique_ptr<Database>>(Error(Error::Code::NotFound, {}));
    if (!reader && (sqlite || reader.error().code() == Error::Code::NotFound)) {
        // A new profile, or one an older Starling wrote: prepare it as the app would at start-up,
        // then read. A database from a newer Starling is refused by the writer, untouched.
        auto writer = Database::open(where.value(), Database::Role::Writer);
        if (!writer)
            return writer.error();
        writer.value().reset();
        reader = Database::open(where.value(), Database::Role::Reader);
    }
    if (!reader)
        return reader.error();
    m_reader = std::move(reader).value();
    return m_reader.get();
}

Result<Store *> Context::store()
{
    if (m_store)
        return m_store.get();
    auto where = location();
    if (!where)
        return where.error();
    auto store = Store::open(where.value());
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    return m_store.get();
}

Result<SyncService *> Context::sync()
{
    if (m_sync)
        return m_sync.get();
    auto manager = accounts();
    if (!manager)
        return manager.error();
    auto s = store();
    if (!s)
        return s.error();
    m_sync = std::make_unique<SyncService>(s.value(), manager.value(), m_wiring.factory, SyncService::Mode::OnDemand);
    return m_sync.get();
}

Result<InboxService *> Context::inbox()
{
    if (m_inbox)
        return m_inbox.get();
    auto s = sync();
    if (!s)
        return s.error();
    m_inbox = std::make_unique<InboxService>(*m_store, *m_accounts, *s.value());
    return m_inbox.get();
}

QList<Account> Context::knownAccounts()
{
    QList<Account> all;
    if (auto manager = accounts())
        all = manager.value()->accounts();
    // Accounts removed in the GUI with "keep messages" are only in the store; their messages
    // can still be listed and exported.
    auto db = reader();
    if (!db)
        return all;
    auto stored = AccountRepository(*db.value()).all();
    if (!stored)
        return all;
    for (const Account &a : std::as_const(stored.value())) {
        const bool known = std::any_of(all.cbegin(), all.cend(), [&](const Account &b) { return b.id == a.id; });
        if (!known)
            all << a;
    }
    return all;
}

Result<Account> Context::resolveAccount(const QString &text)
{
    const QString wanted = text.trimmed();
    const QList<Account> all = knownAccounts();
    const QUuid id(wanted);
    if (!id.isNull()) {
        for (const Account &a : all) {
            if (a.id == id)
                return a;
        }
    }
    QString handle = wanted;
    std::optional<Network> network;
    if (const qsizetype colon = wanted.indexOf(u':'); colon > 0) {
        network = networkFromKey(wanted.left(colon).toLower());
        if (network)
            handle = wanted.mid(colon + 1);
    }
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    QList<Account> matches;
    for (const Account &a : all) {
        if (a.handle.compare(handle, Qt::CaseInsensitive) == 0 && (!network || a.network == *network))
            matches << a;
    }
    if (matches.size() == 1)
        return matches.constFirst();
    if (matches.size() > 1) {
        QStringList names;
        for (const Account &a : std::as_const(matches))
            names << networkKey(a.network) + u':' + a.handle;
        return Error(Error::Code::InvalidInput,
                     tr("“%1” names several accounts; say which: %2").arg(text, names.join(u", "_s)));
    }
    if (all.isEmpty())
        return Error(Error::Code::NotFound, noAccountsText());
    return Error(Error::Code::NotFound,
                 tr("There is no account “%1” in this profile. See `starling-cli accounts`.").arg(text));
}

QString Context::describe(const Account &account)
{
    return tr("@%1 on %2").arg(account.handle, networkDisplayName(account.network));
}

int Context::fail(const Error &error)
{
    const ExitCode code = exitCodeFor(error);
    m_output.error(error.message().isEmpty() ? Error::defaultMessage(error.code()) : error.message(),
                   Error::codeName(error.code()), int(code));
    return int(code);
}

int Context::fail(ExitCode code, const QString &message)
{
    QString name;
    switch (code) {
    case ExitCode::Ok:
    case ExitCode::No:
        name = u"no"_s;
        break;
    case ExitCode::Usage:
        name = u"usage"_s;
        break;
    case ExitCode::NotFound:
        name = u"not-found"_s;
        break;
    case ExitCode::Network:
        name = u"network"_s;
        break;
    case ExitCode::Failure:
        name = u"failure"_s;
        break;
    }
    m_output.error(message, name, int(code));
    return int(code);
}

QString Context::noAccountsText()
{
    return tr("This profile has no accounts yet. Accounts are added in the Starling app (Accounts → Add "
              "account…); the command line uses the same profile.");
}

int Context::noAccounts()
{
    return fail(ExitCode::NotFound, noAccountsText());
}

void runEventLoopUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    const QDeadlineTimer deadline(timeout);
    // Answers arrive as queued calls from the keychain, the store's thread or the network; a short
    // check interval is simpler than threading a quit() through every one of them.
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start(10);
    loop.exec();
}

// ---------------------------------------------------------------------------------------------

CommandLine::CommandLine(Context &context, QString command, QString synopsis, QString description)
    : m_context(context)
    , m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
    , m_profile(u"profile"_s, tr("Use the profile in <dir> (the same profiles as the app)."), tr("dir"))
    , m_json(u"json"_s, tr("Print machine-readable JSON."))
    , m_help({u"h"_s, u"help"_s}, tr("Show this help."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
    m_parser.addOption(m_profile);
    m_parser.addOption(m_json);
}

void CommandLine::addPositional(const QString &name, const QString &description, const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    // Qt's first line names the program only; ours names the command and its arguments.
    const qsizetype end = text.indexOf(u'\n');
    const QString usage = tr("Usage: starling-cli [--profile DIR] [--json] %1 %2").arg(m_command, m_synopsis);
    text = usage.trimmed() + (end >= 0 ? text.mid(end) : QString());
    if (!text.endsWith(u'\n'))
        text += u'\n';
    return text + u'\n' + exitCodesHelp();
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{u"starling-cli"_s} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        m_context.output().out() << helpText();
        m_context.output().out().flush();
        return int(ExitCode::Ok);
    }
    if (m_parser.isSet(m_json))
        m_context.setJson(true);
    if (m_parser.isSet(m_profile))
        m_context.setProfileDir(m_parser.value(m_profile));
    return std::nullopt;
}

int CommandLine::usageError(const QString &message)
{
    return m_context.fail(ExitCode::Usage, tr("%1: %2\nSee `starling-cli %1 --help`.").arg(m_command, message));
}

std::optional<int> CommandLine::number(const QCommandLineOption &option, int fallback, int min, int max, int *exitCode)
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        *exitCode = usageError(tr("--%1 needs a whole number from %2 to %3, not “%4”.")
                                   .arg(option.names().constLast())
                                   .arg(min)
                                   .arg(max)
                                   .arg(m_parser.value(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> CommandLine::dateTime(const QCommandLineOption &option, int *exitCode)
{
    if (!m_parser.isSet(option))
        return QDateTime();
    const QString text = m_parser.value(option).trimmed();
    // A date means its local midnight; a date and time without an offset is local time too.
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time;
    *exitCode = usageError(tr("--%1 needs an ISO 8601 date such as 2026-04-01 (or 2026-04-01T09:30), not “%2”.")
                               .arg(option.names().constLast(), text));
    return std::nullopt;
}

} // namespace starling::cli
