// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamAgents.h"

#include "store/Database.h"
#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::team {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("starling::team", text);
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/** The database's role whose members are its agents (Migrations, teamAccess). */
Result<QString> agentsRole(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM schema_meta WHERE key = 'agent_role'"_s))
        return storageError(query, "read the agents' role");
    if (!query.next())
        return Error(Error::Code::NotFound, tr("This database holds no team inbox of this version yet: "
                                               "set it up first with starling-cli team init."));
    return query.value(0).toString();
}

/** Runs the statement that format() makes of @p format and @p arguments on the server, which quotes them. */
Result<void> execFormatted(QSqlDatabase &db, const QString &format, const QStringList &arguments, const char *what)
{
    QSqlQuery build(db);
    const QStringList placeholders(arguments.size(), u"?::text"_s);
    if (auto r = prepareQuery(build, u"SELECT format(?::text, %1)"_s.arg(placeholders.join(u", "_s))); !r)
        return r;
    build.addBindValue(format);
    for (const QString &argument : arguments)
        build.addBindValue(argument);
    if (auto r = execQuery(build, what); !r)
        return r;
    if (!build.next())
        return storageError(build, what);
    QSqlQuery run(db);
    if (!run.exec(build.value(0).toString()))
        return Error(Error::Code::Storage, run.lastError().databaseText().trimmed());
    return {};
}

Result<bool> isAgent(QSqlDatabase &db, const QString &agentRole, const QString &name)
{
    QSqlQuery query(db);
    if (auto r = prepareQuery(query, u"SELECT EXISTS (SELECT 1 FROM pg_auth_members m"
                                     " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                                     " WHERE g.rolname = ? AND u.rolname = ?)"_s);
        !r)
        return r.error();
    query.addBindValue(agentRole);
    query.addBindValue(name);
    if (auto r = execQuery(query, "look up an agent"); !r)
        return r.error();
    return query.next() && query.value(0).toBool();
}

Result<void> checkAccount(QSqlDatabase &db, const QUuid &account)
{
    QSqlQuery query(db);
    if (auto r = prepareQuery(query, u"SELECT 1 FROM accounts WHERE uuid = ?"_s); !r)
        return r;
    query.addBindValue(uuidText(account));
    if (auto r = execQuery(query, "look up an account"); !r)
        return r;
    if (!query.next())
        return Error(Error::Code::NotFound,
                     tr("The team database holds no account %1 that you may see.").arg(uuidText(account)));
    return {};
}

/**
 * The database's agents role, once @p name is known to be one of its members; else @p notOne,
 * with @p name for its %1.
 */
Result<QString> agentsRoleOf(QSqlDatabase &db, const QString &name, const char *notOne)
{
    if (auto valid = checkAgentName(name); !valid)
        return valid.error();
    auto role = agentsRole(db);
    if (!role)
        return role.error();
    auto agent = isAgent(db, role.value(), name);
    if (!agent)
        return agent.error();
    if (!agent.value())
        return Error(Error::Code::NotFound, tr(notOne).arg(name));
    return role;
}

QString newPassword()
{
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 24; ++i) // 24 of 57 letters: 140 bits
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}

} // namespace

Result<void> checkAgentName(const QString &name)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._@-]{1,63}$"_s);
    if (allowed.match(name).hasMatch() && !name.startsWith(u"pg_"_s, Qt::CaseInsensitive))
        return {};
    return Error(Error::Code::InvalidInput,
                 tr("“%1” is not a valid agent name: use letters, digits and . _ @ - (at most 63), not starting "
                    "with pg_.")
                     .arg(name));
}

QString scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray key = password.toUtf8();
    // PBKDF2-HMAC-SHA-256 with one block of output, which is what SCRAM's Hi() is.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(salt + QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype b = 0; b < salted.size(); ++b)
            salted[b] = char(salted[b] ^ u[b]);
    }
    const QByteArray clientKey = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<AgentAdded> addAgent(Database &db, const QString &name)
{
    if (auto valid = checkAgentName(name); !valid)
        return valid.error();
    QSqlDatabase &connection = db.connection();
    auto role = agentsRole(connection);
    if (!role)
        return role.error();
    QSqlQuery exists(connection);
    if (auto r = prepareQuery(exists, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s); !r)
        return r.error();
    exists.addBindValue(name);
    if (auto r = execQuery(exists, "look up a role"); !r)
        return r.error();
    AgentAdded added;
    if (exists.next()) {
        if (auto r = execFormatted(connection, u"GRANT %I TO %I"_s, {role.value(), name}, "add an agent"); !r)
            return r.error();
        return added;
    }
    added.password = newPassword();
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    if (auto r = execFormatted(connection, u"CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I"_s,
                               {name, scramVerifier(added.password, salt), role.value()}, "add an agent");
        !r)
        return r.error();
    return added;
}

Result<void> removeAgent(Database &db, const QString &name)
{
    QSqlDatabase &connection = db.connection();
    auto role = agentsRoleOf(connection, name, QT_TRANSLATE_NOOP("starling::team", "%1 is not an agent of this team."));
    if (!role)
        return role.error();
    Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return r;
    QSqlQuery forget(connection);
    if (auto r = prepareQuery(forget, u"DELETE FROM inbox_members WHERE agent = ?"_s); !r)
        return r;
    forget.addBindValue(name);
    if (auto r = execQuery(forget, "take an agent out of the inboxes"); !r)
        return r;
    if (auto r = execFormatted(connection, u"REVOKE %I FROM %I"_s, {role.value(), name}, "remove an agent"); !r)
        return r;
    return transaction.commit();
}

Result<void> grantInbox(Database &db, const QString &agent, const QUuid &account)
{
    QSqlDatabase &connection = db.connection();
    auto role = agentsRoleOf(
        connection, agent,
        QT_TRANSLATE_NOOP("starling::team", "%1 is not an agent of this team yet: starling-cli team add-agent %1"));
    if (!role)
        return role.error();
    if (auto r = checkAccount(connection, account); !r)
        return r;
    QSqlQuery grant(connection);
    if (auto r = prepareQuery(grant, u"INSERT INTO inbox_members (account_uuid, agent) VALUES (?, ?)"
                                     " ON CONFLICT DO NOTHING"_s);
        !r)
        return r;
    grant.addBindValue(uuidText(account));
    grant.addBindValue(agent);
    return execQuery(grant, "grant an inbox");
}

Result<void> revokeInbox(Database &db, const QString &agent, const QUuid &account)
{
    QSqlDatabase &connection = db.connection();
    if (auto r = checkAccount(connection, account); !r)
        return r;
    QSqlQuery revoke(connection);
    if (auto r = prepareQuery(revoke, u"DELETE FROM inbox_members WHERE account_uuid = ? AND agent = ?"_s); !r)
        return r;
    revoke.addBindValue(uuidText(account));
    revoke.addBindValue(agent);
    if (auto r = execQuery(revoke, "revoke an inbox"); !r)
        return r;
    if (revoke.numRowsAffected() < 1)
        return Error(Error::Code::NotFound, tr("%1 does not belong to that inbox.").arg(agent));
    return {};
}

Result<QHash<QUuid, QStringList>> inboxMembers(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT account_uuid, agent FROM inbox_members ORDER BY agent"_s))
        return storageError(query, "read the inboxes' agents");
    QHash<QUuid, QStringList> members;
    while (query.next())
        members[QUuid::fromString(query.value(0).toString())] << query.value(1).toString();
    return members;
}

} // namespace starling::team
