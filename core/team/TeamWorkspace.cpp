// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamWorkspace.h"

#include "SyncLeadership.h"
#include "TeamAgents.h"
#include "auth/CredentialStore.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

const QString idKey = u"Team/id"_s;
const QString urlKey = u"Team/database"_s;
const QString sessionPrefix = u"Starling/"_s;

// The context lupdate gives the texts of the team namespace's functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("starling::team", text);
}

} // namespace

std::optional<TeamWorkspace> TeamWorkspace::fromSettings(const QSettings &settings)
{
    const QUuid id = QUuid::fromString(settings.value(idKey).toString());
    auto database = Database::PostgresSettings::fromUrl(settings.value(urlKey).toString());
    if (id.isNull() || !database)
        return std::nullopt;
    return TeamWorkspace{id, database.value()};
}

void TeamWorkspace::remember(QSettings &settings) const
{
    settings.setValue(idKey, id.toString(QUuid::WithoutBraces));
    settings.setValue(urlKey, database.url());
    settings.sync();
}

void TeamWorkspace::forget(QSettings &settings)
{
    settings.remove(u"Team"_s);
    settings.sync();
}

Database::Location TeamWorkspace::location(const QString &password) const
{
    Database::PostgresSettings withPassword = database;
    withPassword.password = password;
    return Database::Location::team(withPassword);
}

void TeamWorkspace::resolve(CredentialStore &credentials, QObject *context,
                            std::function<void(Result<Database::Location>)> done) const
{
    credentials.read(
        id, CredentialStore::Kind::DatabasePassword, context,
        [workspace = *this, done = std::move(done)](Result<QByteArray> password) {
            if (password)
                return done(workspace.location(QString::fromUtf8(password.value())));
            if (password.error().code() != Error::Code::NotFound)
                return done(password.error());
            done(Error(
                Error::Code::NotFound,
                QCoreApplication::translate(
                    "starling::TeamWorkspace",
                    "The password of the team database %1 is not in the keychain (or the keychain "
                    "is locked). Unlock the keychain, or join again: starling --team %1 (or starling-cli team join %1)")
                    .arg(workspace.database.url())));
        });
}

void TeamWorkspace::storePassword(CredentialStore &credentials, const QString &password, QObject *context,
                                  std::function<void(Result<void>)> done) const
{
    credentials.write(id, CredentialStore::Kind::DatabasePassword, password.toUtf8(), context, std::move(done));
}

void TeamWorkspace::removePassword(CredentialStore &credentials, QObject *context,
                                   std::function<void(Result<void>)> done) const
{
    credentials.remove(id, CredentialStore::Kind::DatabasePassword, context, std::move(done));
}

namespace team {

Result<void> prepare(const Database::PostgresSettings &database, Preparation how)
{
    if (how == Preparation::Join) {
        // A reader opens only a database that holds a current inbox, and changes nothing.
        auto reader = Database::openPostgres(database, Database::Role::Reader);
        if (!reader) {
            if (reader.error().code() != Error::Code::NotFound) // could not connect at all, say
                return reader.error();
            return Error(Error::Code::NotFound,
                         tr("%1 holds no Starling inbox for this version yet. Whoever administers the database sets "
                            "it up with: starling-cli team init %1")
                             .arg(database.url()));
        }
        return {};
    }
    auto writer = Database::openPostgres(database, Database::Role::Writer);
    if (!writer)
        return writer.error();
    return {};
}

Result<void> canJoin(const QSettings &settings, const Database::PostgresSettings &database)
{
    const auto workspace = TeamWorkspace::fromSettings(settings);
    if (workspace && workspace->database.url() != database.url())
        return Error(Error::Code::InvalidInput,
                     tr("This profile is already the team workspace %1. Leave it first (starling-cli team leave), or "
                        "use another profile (--profile).")
                         .arg(workspace->database.url()));
    return {};
}

void join(QSettings *settings, CredentialStore &credentials, const Database::PostgresSettings &database,
          Preparation how, QObject *context, std::function<void(Result<TeamWorkspace>)> done)
{
    if (auto allowed = canJoin(*settings, database); !allowed) {
        done(allowed.error());
        return;
    }
    auto workspace = TeamWorkspace::fromSettings(*settings);
    if (!workspace)
        workspace = TeamWorkspace{QUuid::createUuid(), database};
    workspace->database = database;
    workspace->database.password.clear();

    auto prepared = std::make_shared<Result<void>>();
    QThread *connecting = QThread::create([prepared, database, how] { *prepared = prepare(database, how); });
    QObject::connect(connecting, &QThread::finished, connecting, &QObject::deleteLater);
    QObject::connect(connecting, &QThread::finished, context,
                     [settings, &credentials, context, prepared, password = database.password, workspace = *workspace,
                      done = std::move(done)] {
                         if (!*prepared)
                             return done(prepared->error());
                         workspace.storePassword(credentials, password, context,
                                                 [settings, workspace, done](Result<void> stored) {
                                                     if (!stored)
                                                         return done(stored.error());
                                                     workspace.remember(*settings);
                                                     done(workspace);
                                                 });
                     });
    connecting->start();
}

Result<Status> readStatus(Database &db)
{
    Status status;
    QSqlQuery query(db.connection());
    const auto failed = [&query] {
        return Error(Error::Code::Storage,
                     tr("The team database could not be asked: %1").arg(query.lastError().databaseText().trimmed()));
    };
    auto version = migrations::storedVersion(db.connection());
    if (!version)
        return version.error();
    status.schemaVersion = version.value();
    if (!query.exec(u"SELECT current_setting('server_version')"_s) || !query.next())
        return failed();
    status.serverVersion = query.value(0).toString();

    if (!query.exec(u"SELECT DISTINCT application_name FROM pg_stat_activity "
                    "WHERE datname = current_database() ORDER BY 1"_s))
        return failed();
    while (query.next()) {
        const QString agent = agentOfSession(query.value(0).toString());
        if (!agent.isEmpty())
            status.agentsOnline << agent;
    }

    QString error;
    const auto holders = SyncLeadership::holders(db.connection(), &error);
    if (!holders)
        return Error(Error::Code::Storage, tr("The team database could not be asked: %1").arg(error));
    if (!query.exec(u"SELECT uuid FROM accounts"_s))
        return failed();
    while (query.next()) {
        const QUuid account = QUuid::fromString(query.value(0).toString());
        if (const auto it = holders->constFind(SyncLeadership::lockKey(account)); it != holders->cend())
            status.leaders.insert(account, it->agent);
    }
    auto members = inboxMembers(db);
    if (!members)
        return members.error();
    status.members = std::move(members).value();
    return status;
}

Result<std::unique_ptr<Database>> openListener(const Database::PostgresSettings &database, const QString &agent,
                                               const char *channel, bool writable)
{
    auto opened = Database::openPostgres(database, Database::Role::Reader);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> db = std::move(opened).value();
    QSqlQuery query(db->connection());
    query.prepare(u"SELECT set_config('application_name', ?, false),"
                  " set_config('default_transaction_read_only', ?, false)"_s);
    query.addBindValue(sessionName(agent));
    query.addBindValue(writable ? u"off"_s : u"on"_s);
    if (!query.exec())
        return Error(Error::Code::Storage, query.lastError().text());
    QSqlDriver *driver = db->connection().driver();
    if (!driver->subscribeToNotification(QString::fromLatin1(channel)))
        return Error(Error::Code::Storage, driver->lastError().text());
    return db;
}

void closeLater(std::unique_ptr<Database> db, QObject *context)
{
    std::shared_ptr<Database> closed(db.release());
    QMetaObject::invokeMethod(
        context, [closed] {}, Qt::QueuedConnection);
}

QString sessionName(const QString &agent)
{
    // application_name keeps printable ASCII only (PostgreSQL turns the rest into "?"), and 63 bytes.
    QString name = sessionPrefix + agent;
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            c = u'?';
    }
    return name.left(63);
}

QString agentOfSession(const QString &applicationName)
{
    return applicationName.startsWith(sessionPrefix) ? applicationName.mid(sessionPrefix.size()) : QString();
}

} // namespace team
} // namespace starling
