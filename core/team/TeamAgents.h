// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace starling {

class Database;

/**
 * Who may use which inbox of a team database: each agent logs in as a PostgreSQL role of their
 * own, a member of the database's agents role, and sees only the social accounts (inboxes)
 * inbox_members names them for; row-level security enforces it in the database (Migrations,
 * teamAccess). These are the administrator's tools (`starling-cli team add-agent|grant|…`):
 * they need a connection as a role that administers the database (it ran `team init`).
 *
 * Agent names are PostgreSQL role names, and what the app shows ("synced by ana"): letters,
 * digits and . _ @ -, at most 63 characters, not starting with "pg_".
 */
namespace team {

/** Whether @p name may be an agent's; if not, an InvalidInput error that says what may. */
Result<void> checkAgentName(const QString &name);

/** What addAgent() did. */
struct AgentAdded
{
    /** The new role's password, to give to the agent; empty when the role was there and keeps its own. */
    QString password;
};

/**
 * Lets @p name use the team database: makes the login role with a new random password (sent to
 * the server as a SCRAM verifier, never as text), or, when the role exists, makes it an agent.
 */
Result<AgentAdded> addAgent(Database &db, const QString &name);
/** Takes @p name out of the agents and out of every inbox. The role itself stays (it may be used elsewhere). */
Result<void> removeAgent(Database &db, const QString &name);
/** Lets the agent @p agent see and work the inbox of @p account. */
Result<void> grantInbox(Database &db, const QString &agent, const QUuid &account);
/** The reverse of grantInbox(). */
Result<void> revokeInbox(Database &db, const QString &agent, const QUuid &account);
/** For each inbox the connection may see, the agents that belong to it, sorted. */
Result<QHash<QUuid, QStringList>> inboxMembers(Database &db);

/**
 * The SCRAM-SHA-256 verifier PostgreSQL keeps for @p password (RFC 5802, RFC 7677), as
 * "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>". @p password is used as it is
 * (addAgent's passwords are ASCII, which SASLprep leaves alone).
 */
QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);

} // namespace team
} // namespace starling
