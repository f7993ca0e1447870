// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Dialect.h"
#include "Logging.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace starling::migrations {

namespace {

/** @p text as the inside of an SQL string literal. */
QString sqlText(QString text)
{
    return text.replace(u'\'', u"''"_s);
}

/**
 * One statement of a migration, written for SQLite and run on PostgreSQL through
 * dialect::schema(), unless it is for one engine only (full-text search differs the most).
 */
struct Step
{
    Step(const QString &sql) // NOLINT(google-explicit-constructor): most steps are plain SQL
        : sql(sql)
    {
    }
    Step(const QString &sql, Engine only)
        : sql(sql)
        , only(only)
    {
    }
    QString sql;
    std::optional<Engine> only;
};

Step sqliteOnly(const QString &sql)
{
    return Step(sql, Engine::Sqlite);
}

Step postgresOnly(const QString &sql)
{
    return Step(sql, Engine::Postgres);
}

/**
 * Migration 9, on PostgreSQL only: per-agent roles and row-level security.
 *
 * Two roles of the database's, named after it, are made: "<database>_owner" (no login) owns every
 * table, and "<database>_agents" (no login) is the group of the agents' login roles
 * (starling-cli team add-agent). Whoever migrates becomes a member of the owner role: an
 * administrator, who sees and grants everything. Row-level security is forced on every table
 * but messages, so even the owner goes through the policies (messages' policy binds every agent,
 * but not the owner: its full-text search needs that, see starling_search):
 * - an agent sees a social account (an inbox) when inbox_members names them for it, and with it
 *   that account's identities, conversations, messages, outbox and the rest;
 * - an account an agent adds is theirs (a trigger adds them to inbox_members), unless the team has
 *   it already: then the administrator grants it (starling-cli team grant);
 * - contacts, tags, saved replies, rules and the pipeline are the team's, shared by every agent;
 * - only administrators change who belongs to which inbox, or the schema.
 * Platform tokens never reach the database: they stay in each agent's keychain.
 */
QList<Step> teamAccess()
{
    // The account-scoped tables, and how a row reaches its account.
    const QStringList byAccount = {u"identities"_s,   u"conversations"_s, u"messages"_s, u"drafts"_s,
                                   u"sync_cursors"_s, u"outbox"_s,        u"api_usage"_s};
    const QStringList byConversation = {u"conversation_participants"_s, u"conversation_tags"_s, u"surveys"_s,
                                        u"presence"_s};
    const QStringList teamWide = {u"contacts"_s,
                                  u"tags"_s,
                                  u"saved_replies"_s,
                                  u"rules"_s,
                                  u"pipeline_stages"_s,
                                  u"contact_stage_history"_s,
                                  u"contact_notes"_s,
                                  u"contact_tags"_s,
                                  u"contact_link_dismissals"_s,
                                  u"automation_windows"_s};
    QList<Step> steps = {
        postgresOnly(
            u"DO $do$ DECLARE"
            "  owner_role text := left(current_database(), 50) || '_owner';"
            "  agent_role text := left(current_database(), 50) || '_agents';"
            " BEGIN"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner_role) THEN"
            "    EXECUTE format('CREATE ROLE %I NOLOGIN', owner_role);"
            "  END IF;"
            "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = agent_role) THEN"
            "    EXECUTE format('CREATE ROLE %I NOLOGIN', agent_role);"
            "  END IF;"
            "  EXECUTE format('GRANT %I TO %I', owner_role, current_user);"
            "  INSERT INTO schema_meta (key, value) VALUES ('owner_role', owner_role), ('agent_role', agent_role)"
            "    ON CONFLICT (key) DO UPDATE SET value = excluded.value;"
            "  EXECUTE format('CREATE FUNCTION starling_is_admin() RETURNS boolean LANGUAGE sql STABLE AS %L',"
            "    format('SELECT pg_has_role(current_user, %L, ''MEMBER'')', owner_role));"
            " END $do$"_s),
        // Keyed by the account's uuid, so the trigger below can add a member before the account's row is there.
        postgresOnly(u"CREATE TABLE inbox_members ("
                     "  account_uuid TEXT NOT NULL REFERENCES accounts(uuid) ON DELETE CASCADE"
                     "    DEFERRABLE INITIALLY DEFERRED,"
                     "  agent TEXT NOT NULL,"
                     "  PRIMARY KEY (account_uuid, agent))"_s),
        postgresOnly(u"CREATE INDEX inbox_members_agent ON inbox_members(agent)"_s),
        // Volatile, so that it sees the member the trigger adds within the same statement.
        postgresOnly(u"CREATE FUNCTION starling_is_member(account text) RETURNS boolean LANGUAGE sql VOLATILE AS"
                     " $$ SELECT EXISTS (SELECT 1 FROM inbox_members WHERE account_uuid = account"
                     " AND agent = session_user) $$"_s),
        // Message ids are allocated over every inbox's messages (MessageIdAllocator), the ones an
        // agent cannot see included; it learns the largest id in a millisecond's range, no more.
        postgresOnly(u"CREATE FUNCTION starling_max_message_id(low bigint, high bigint) RETURNS bigint"
                     " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS"
                     " $$ SELECT max(id) FROM messages WHERE id BETWEEN low AND high $$"_s),
        // The ids of the accounts whose inboxes the session's agent sees: all for an administrator.
        postgresOnly(
            u"CREATE FUNCTION starling_inbox_ids() RETURNS bigint[] LANGUAGE sql STABLE SECURITY DEFINER"
            " SET search_path = public, pg_temp AS"
            " $$ SELECT coalesce(array_agg(a.id), '{}') FROM accounts a"
            " WHERE pg_has_role(session_user, (SELECT value FROM schema_meta WHERE key = 'owner_role'), 'MEMBER')"
            " OR EXISTS (SELECT 1 FROM inbox_members m WHERE m.account_uuid = a.uuid"
            " AND m.agent = session_user) $$"_s),
        // Search (SearchRepository). A policy on messages would keep PostgreSQL from using the GIN
        // index, as it never makes a non-leakproof operator such as @@ an index condition under
        // one; so the owner, which messages' policy does not bind (see below), searches, and keeps
        // the caller's inboxes itself (an administrator's are all). A condition is added only when
        // it filters (a null one does not), and the query is planned at each call (EXECUTE) with the
        // words known: a rare word is looked up in the index, a common one read newest first.
        postgresOnly(
            u"CREATE FUNCTION starling_search(words tsquery, below bigint, account bigint, kinds bigint[],"
            " wanted bigint) RETURNS SETOF bigint LANGUAGE plpgsql STABLE SECURITY DEFINER"
            " SET search_path = public, pg_temp AS $$"
            " DECLARE statement_text text := 'SELECT m.id FROM messages m WHERE m.search @@ $1';"
            " BEGIN"
            "  IF below IS NOT NULL THEN statement_text := statement_text || ' AND m.id < $2'; END IF;"
            "  IF account IS NOT NULL THEN statement_text := statement_text || ' AND m.account_id = $3'; END IF;"
            "  IF kinds IS NOT NULL THEN statement_text := statement_text || ' AND m.kind = ANY ($4)'; END IF;"
            "  IF NOT pg_has_role(session_user, (SELECT value FROM schema_meta WHERE key = 'owner_role'),"
            "      'MEMBER') THEN"
            "    statement_text := statement_text || ' AND m.account_id = ANY ($5)';"
            "  END IF;"
            "  RETURN QUERY EXECUTE statement_text || ' ORDER BY m.id DESC LIMIT $6'"
            "    USING words, below, account, kinds, starling_inbox_ids(), wanted;"
            " END $$"_s),
        postgresOnly(u"CREATE FUNCTION starling_account_added() RETURNS trigger LANGUAGE plpgsql"
                     " SECURITY DEFINER SET search_path = public, pg_temp AS $$"
                     " BEGIN"
                     "  IF EXISTS (SELECT 1 FROM accounts WHERE uuid = NEW.uuid) THEN"
                     "    RETURN NEW;" // an update of an account: no new member
                     "  END IF;"
                     "  IF NEW.remote_user_id <> '' AND NOT pg_has_role(session_user,"
                     "      (SELECT value FROM schema_meta WHERE key = 'owner_role'), 'MEMBER') AND EXISTS (SELECT 1 "
                     "FROM accounts a"
                     "      WHERE a.network = NEW.network AND a.server_url = NEW.server_url"
                     "      AND a.remote_user_id = NEW.remote_user_id AND NOT starling_is_member(a.uuid)) THEN"
                     "    RAISE EXCEPTION 'starling: inbox of another agent' USING ERRCODE = 'SL001';"
                     "  END IF;"
                     "  INSERT INTO inbox_members (account_uuid, agent) VALUES (NEW.uuid, session_user)"
                     "    ON CONFLICT DO NOTHING;"
                     "  RETURN NEW;"
                     " END $$"_s),
        postgresOnly(u"CREATE TRIGGER accounts_added BEFORE INSERT ON accounts"
                     " FOR EACH ROW EXECUTE FUNCTION starling_account_added()"_s),
        // Every table to the owner role, with row-level security (forced, but on messages); the agents' rights.
        postgresOnly(
            u"DO $do$ DECLARE"
            "  owner_role text := (SELECT value FROM schema_meta WHERE key = 'owner_role');"
            "  agent_role text := (SELECT value FROM schema_meta WHERE key = 'agent_role');"
            "  t text;"
            " BEGIN"
            "  EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', current_schema(), owner_role);"
            "  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), agent_role);"
            "  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() LOOP"
            "    EXECUTE format('ALTER TABLE %I OWNER TO %I', t, owner_role);"
            "    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);"
            "    IF t <> 'messages' THEN"
            "      EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);"
            "    END IF;"
            "    IF t = 'inbox_members' THEN"
            "      EXECUTE format('GRANT SELECT ON %I TO %I', t, agent_role);"
            "    ELSIF t = 'schema_meta' THEN"
            "      EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO %I', t, agent_role);"
            "    ELSE"
            "      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, agent_role);"
            "    END IF;"
            "  END LOOP;"
            "  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(),"
            "    agent_role);"
            "  EXECUTE format('ALTER FUNCTION starling_is_admin() OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER FUNCTION starling_is_member(text) OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER FUNCTION starling_max_message_id(bigint, bigint) OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER FUNCTION starling_account_added() OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER FUNCTION starling_inbox_ids() OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER FUNCTION starling_search(tsquery, bigint, bigint, bigint[], bigint)"
            " OWNER TO %I', owner_role);"
            "  EXECUTE format('ALTER TEXT SEARCH CONFIGURATION starling_search OWNER TO %I', owner_role);"
            " END $do$"_s),
        postgresOnly(u"CREATE POLICY admin ON schema_meta USING (starling_is_admin())"_s),
        postgresOnly(u"CREATE POLICY read ON schema_meta FOR SELECT USING (true)"_s),
        // The app notes what it did once for the whole database there (contacts_made_on_ingest);
        // the schema's version and the roles are the administrator's.
        postgresOnly(u"CREATE POLICY note ON schema_meta FOR INSERT"
                     " WITH CHECK (key NOT IN ('schema_version', 'owner_role', 'agent_role'))"_s),
        postgresOnly(u"CREATE POLICY renote ON schema_meta FOR UPDATE"
                     " USING (key NOT IN ('schema_version', 'owner_role', 'agent_role'))"_s),
        postgresOnly(u"CREATE POLICY admin ON inbox_members USING (starling_is_admin())"_s),
        postgresOnly(u"CREATE POLICY own ON inbox_members FOR SELECT USING (agent = session_user)"_s),
        postgresOnly(u"CREATE POLICY inbox ON accounts USING (starling_is_admin() OR starling_is_member(uuid))"_s),
        postgresOnly(u"CREATE POLICY add ON accounts FOR INSERT WITH CHECK (true)"_s),
        postgresOnly(u"CREATE POLICY inbox ON automation_log"
                     " USING (account_id IS NULL OR account_id IN (SELECT id FROM accounts))"_s),
        postgresOnly(u"CREATE POLICY inbox ON attachments"
                     " USING (EXISTS (SELECT 1 FROM messages m WHERE m.id = message_id))"_s),
    };
    // The subqueries go through the policies of accounts, conversations and messages in turn.
    for (const QString &table : byAccount)
        steps << postgresOnly(
            u"CREATE POLICY inbox ON %1 USING (account_id IN (SELECT id FROM accounts))"_s.arg(table));
    for (const QString &table : byConversation)
        steps << postgresOnly(
            u"CREATE POLICY inbox ON %1 USING (EXISTS (SELECT 1 FROM conversations c WHERE c.id = conversation_id))"_s
                .arg(table));
    for (const QString &table : teamWide)
        steps << postgresOnly(u"CREATE POLICY team ON %1 USING (true)"_s.arg(table));
    return steps;
}

// Migration N is the list of statements at index N-1. Never change what a shipped migration does
// on an engine; add a new one. Times are stored as milliseconds since the epoch, UTC.
// PostgreSQL was first supported at version 5: steps marked for one engine are how the two
// reached the same schema.
const QList<QList<Step>> &allMigrations()
{
    static const QList<QList<Step>> list = {
        // 1: accounts, people, conversations, messages, search, drafts, cursors.
        {
            u"CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE accounts ("
            "  id INTEGER PRIMARY KEY,"
            "  uuid TEXT NOT NULL UNIQUE,"
            "  network TEXT NOT NULL,"
            "  handle TEXT NOT NULL DEFAULT '',"
            "  display_name TEXT NOT NULL DEFAULT '',"
            "  avatar_url TEXT NOT NULL DEFAULT '',"
            "  server_url TEXT NOT NULL DEFAULT '',"
            "  remote_user_id TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE contacts ("
            "  id INTEGER PRIMARY KEY,"
            "  display_name TEXT NOT NULL DEFAULT '',"
            "  note TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE identities ("
            "  id INTEGER PRIMARY KEY,"
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  remote_id TEXT NOT NULL,"
            "  handle TEXT NOT NULL DEFAULT '',"
            "  display_name TEXT NOT NULL DEFAULT '',"
            "  avatar_url TEXT NOT NULL DEFAULT '',"
            "  bio TEXT NOT NULL DEFAULT '',"
            "  followers_count INTEGER NOT NULL DEFAULT -1,"
            "  contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,"
            "  UNIQUE (account_id, remote_id))"_s,
            u"CREATE INDEX identities_contact ON identities(contact_id) WHERE contact_id IS NOT NULL"_s,
            u"CREATE TABLE conversations ("
            "  id INTEGER PRIMARY KEY,"
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  remote_id TEXT NOT NULL,"
            "  kind INTEGER NOT NULL,"
            "  state INTEGER NOT NULL DEFAULT 0,"
            "  snoozed_until INTEGER,"
            "  last_activity INTEGER NOT NULL DEFAULT 0,"
            "  unread_count INTEGER NOT NULL DEFAULT 0,"
            "  title TEXT NOT NULL DEFAULT '',"
            "  preview TEXT NOT NULL DEFAULT '',"
            "  last_inbound INTEGER NOT NULL DEFAULT 0,"
            "  UNIQUE (account_id, remote_id))"_s,
            u"CREATE INDEX conversations_activity ON conversations(last_activity DESC, id DESC)"_s,
            u"CREATE INDEX conversations_account_activity ON conversations(account_id, last_activity DESC, id DESC)"_s,
            u"CREATE INDEX conversations_unread_activity ON conversations(last_activity DESC, id DESC)"
            "  WHERE unread_count > 0"_s,
            u"CREATE TABLE conversation_participants ("
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
            "  position INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (conversation_id, identity_id))"_s,
            u"CREATE INDEX conversation_participants_identity ON conversation_participants(identity_id)"_s,
            u"CREATE INDEX conversation_participants_position ON conversation_participants(conversation_id, position)"_s,
            // Message ids are ordered by creation time (see MessageRepository), so "newest first"
            // is an index walk for threads and for the search index alike.
            u"CREATE TABLE messages ("
            "  id INTEGER PRIMARY KEY,"
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  remote_id TEXT,"
            "  author_id INTEGER REFERENCES identities(id) ON DELETE SET NULL,"
            "  direction INTEGER NOT NULL,"
            "  kind INTEGER NOT NULL,"
            "  text TEXT NOT NULL DEFAULT '',"
            "  created_at INTEGER NOT NULL,"
            "  reply_to_remote_id TEXT NOT NULL DEFAULT '',"
            "  delivery INTEGER NOT NULL DEFAULT 0,"
            "  is_read INTEGER NOT NULL DEFAULT 0,"
            "  UNIQUE (account_id, remote_id))"_s,
            u"CREATE INDEX messages_thread ON messages(conversation_id, id DESC)"_s,
            u"CREATE INDEX messages_unread ON messages(conversation_id) WHERE is_read = 0 AND direction = 0"_s,
            u"CREATE INDEX messages_author ON messages(author_id)"_s,
            u"CREATE TABLE attachments ("
            "  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
            "  position INTEGER NOT NULL,"
            "  kind TEXT NOT NULL,"
            "  remote_id TEXT NOT NULL DEFAULT '',"
            "  url TEXT NOT NULL DEFAULT '',"
            "  preview_url TEXT NOT NULL DEFAULT '',"
            "  mime_type TEXT NOT NULL DEFAULT '',"
            "  alt_text TEXT NOT NULL DEFAULT '',"
            "  local_path TEXT NOT NULL DEFAULT '',"
            "  width INTEGER NOT NULL DEFAULT 0,"
            "  height INTEGER NOT NULL DEFAULT 0,"
            "  size_bytes INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (message_id, position))"_s,
            u"CREATE TABLE drafts ("
            "  id INTEGER PRIMARY KEY,"
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,"
            "  mode INTEGER NOT NULL,"
            "  text TEXT NOT NULL DEFAULT '',"
            "  attachments TEXT NOT NULL DEFAULT '[]',"
            "  updated_at INTEGER NOT NULL)"_s,
            u"CREATE UNIQUE INDEX drafts_conversation ON drafts(account_id, conversation_id, mode)"_s,
            u"CREATE TABLE sync_cursors ("
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  stream TEXT NOT NULL,"
            "  cursor TEXT NOT NULL,"
            "  updated_at INTEGER NOT NULL,"
            "  PRIMARY KEY (account_id, stream))"_s,
            // Full-text search over message text. The external-content table stores only the index,
            // not a second copy of the text. New messages are indexed by the code that inserts
            // them (MessageIndex): an insert trigger would make SQLite open a statement savepoint
            // per message, and FTS5 flushes a new index segment at every savepoint, which made
            // inserts 60% slower. Edits and deletions, which are rare, are kept in step here.
            sqliteOnly(u"CREATE VIRTUAL TABLE message_search USING fts5("
                       "  text, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s),
            sqliteOnly(u"CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
                       "  INSERT INTO message_search(message_search, rowid, text) VALUES ('delete', old.id, old.text);"
                       " END"_s),
            sqliteOnly(u"CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN"
                       "  INSERT INTO message_search(message_search, rowid, text) VALUES ('delete', old.id, old.text);"
                       "  INSERT INTO message_search(rowid, text) VALUES (new.id, new.text);"
                       " END"_s),
            // PostgreSQL keeps the words of each message in a generated column with a GIN index.
            // Its configuration folds case and diacritics and does not stem, as unicode61 with
            // remove_diacritics does (unaccent is a trusted extension: the database's owner may
            // add it). The first 100,000 characters are indexed (a tsvector holds at most 1 MB).
            postgresOnly(u"CREATE EXTENSION IF NOT EXISTS unaccent"_s),
            postgresOnly(u"CREATE TEXT SEARCH CONFIGURATION starling_search (COPY = simple)"_s),
            postgresOnly(u"ALTER TEXT SEARCH CONFIGURATION starling_search"
                         "  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple"_s),
            postgresOnly(u"ALTER TABLE messages ADD COLUMN search tsvector GENERATED ALWAYS AS"
                         "  (to_tsvector('starling_search'::regconfig, left(text, 100000))) STORED"_s),
            postgresOnly(u"CREATE INDEX messages_search ON messages USING gin (search)"_s),
        },
        // 2: the outbox (durable sending) and the API usage meter.
        {
            // One row per thing the user (or a rule) sends. The client key is written before
            // anything leaves, so a restart or a kill -9 never loses or repeats a send.
            u"CREATE TABLE outbox ("
            "  id INTEGER PRIMARY KEY,"
            "  client_key TEXT NOT NULL UNIQUE,"
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  conversation_id INTEGER REFERENCES conversations(id) ON DELETE CASCADE,"
            "  message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
            "  kind INTEGER NOT NULL,"
            "  payload TEXT NOT NULL,"
            "  state INTEGER NOT NULL DEFAULT 0,"
            "  attempts INTEGER NOT NULL DEFAULT 0,"
            "  next_attempt_at INTEGER NOT NULL DEFAULT 0,"
            "  error_code TEXT NOT NULL DEFAULT '',"
            "  error_message TEXT NOT NULL DEFAULT '',"
            "  remote_id TEXT NOT NULL DEFAULT '',"
            "  created_at INTEGER NOT NULL,"
            "  updated_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX outbox_pending ON outbox(state, next_attempt_at) WHERE state IN (0, 1, 4)"_s,
            u"CREATE INDEX outbox_conversation ON outbox(conversation_id, id)"_s,
            // The profile pane finds a person's conversations with every account by their id.
            u"CREATE INDEX identities_remote ON identities(remote_id)"_s,
            u"CREATE TABLE api_usage ("
            "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
            "  stream TEXT NOT NULL,"
            "  day TEXT NOT NULL,"
            "  requests INTEGER NOT NULL DEFAULT 0,"
            "  resources INTEGER NOT NULL DEFAULT 0,"
            "  cost_micros INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (account_id, stream, day))"_s,
        },
        // 3: the customer-care workflow: assignees, tags, saved replies, rules, their activity
        // log, and feedback surveys.
        {
            u"ALTER TABLE conversations ADD COLUMN assignee TEXT NOT NULL DEFAULT ''"_s,
            // A message a rule sent: never answered by another rule (no bot loops).
            u"ALTER TABLE messages ADD COLUMN automatic INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE tags ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL UNIQUE,"
            "  color TEXT NOT NULL DEFAULT '#808080')"_s,
            u"CREATE TABLE conversation_tags ("
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            "  PRIMARY KEY (conversation_id, tag_id))"_s,
            u"CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id)"_s,
            u"CREATE TABLE saved_replies ("
            "  id INTEGER PRIMARY KEY,"
            "  shortcut TEXT NOT NULL UNIQUE,"
            "  title TEXT NOT NULL DEFAULT '',"
            "  body TEXT NOT NULL,"
            "  updated_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE rules ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL,"
            "  enabled INTEGER NOT NULL DEFAULT 1,"
            "  definition TEXT NOT NULL,"
            "  updated_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE automation_log ("
            "  id INTEGER PRIMARY KEY,"
            "  rule_id INTEGER REFERENCES rules(id) ON DELETE SET NULL,"
            "  rule_name TEXT NOT NULL,"
            "  account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,"
            "  conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,"
            "  person_remote_id TEXT NOT NULL DEFAULT '',"
            "  action TEXT NOT NULL,"
            "  detail TEXT NOT NULL DEFAULT '',"
            "  created_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX automation_log_person ON automation_log(rule_id, person_remote_id, created_at)"_s,
            u"CREATE TABLE surveys ("
            "  id INTEGER PRIMARY KEY,"
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  asked_at INTEGER NOT NULL,"
            "  rating INTEGER,"
            "  answered_at INTEGER,"
            "  answer_message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL)"_s,
            u"CREATE INDEX surveys_open ON surveys(conversation_id) WHERE rating IS NULL"_s,
        },
        // 4: the unread count of each account (the account list, at every start and change) from
        // the unread conversations' index entries alone, instead of reading every conversation.
        {
            u"CREATE INDEX conversations_unread_by_account ON conversations(account_id, state, unread_count)"
            "  WHERE unread_count > 0"_s,
        },
        // 5: contacts as a small CRM: fields, tags, the lead pipeline with its history, timestamped
        // notes. The pipeline's first stages are named in the user's language when the profile is
        // made; they are the user's data from then on (renamed, reordered, removed at will).
        {
            u"ALTER TABLE contacts ADD COLUMN company TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE contacts ADD COLUMN email TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE contacts ADD COLUMN phone TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE contacts ADD COLUMN website TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE contacts ADD COLUMN location TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE contacts ADD COLUMN custom_fields TEXT NOT NULL DEFAULT '{}'"_s,
            u"ALTER TABLE contacts ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s,
            // SQLite lets a column refer to a table made later; PostgreSQL needs the table first.
            sqliteOnly(u"ALTER TABLE contacts ADD COLUMN stage_id INTEGER REFERENCES pipeline_stages(id)"
                       " ON DELETE SET NULL"_s),
            u"ALTER TABLE contacts ADD COLUMN stage_reached_at INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE contacts ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE contacts ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0"_s,
            sqliteOnly(u"CREATE INDEX contacts_stage ON contacts(stage_id) WHERE stage_id IS NOT NULL"_s),
            u"CREATE TABLE pipeline_stages ("
            "  id INTEGER PRIMARY KEY,"
            "  name TEXT NOT NULL UNIQUE,"
            "  position INTEGER NOT NULL)"_s,
            postgresOnly(u"ALTER TABLE contacts ADD COLUMN stage_id BIGINT REFERENCES pipeline_stages(id)"
                         " ON DELETE SET NULL"_s),
            postgresOnly(u"CREATE INDEX contacts_stage ON contacts(stage_id) WHERE stage_id IS NOT NULL"_s),
            u"INSERT INTO pipeline_stages (name, position) VALUES ('%1', 1), ('%2', 2), ('%3', 3), ('%4', 4),"
            " ('%5', 5)"_s.arg(sqlText(QCoreApplication::translate("starling::Pipeline", "New")),
                               sqlText(QCoreApplication::translate("starling::Pipeline", "Contacted")),
                               sqlText(QCoreApplication::translate("starling::Pipeline", "Qualified")),
                               sqlText(QCoreApplication::translate("starling::Pipeline", "Customer")),
                               sqlText(QCoreApplication::translate("starling::Pipeline", "Lost"))),
            // The name is kept with each change, so the history still reads right after a stage
            // is renamed or removed.
            u"CREATE TABLE contact_stage_history ("
            "  id INTEGER PRIMARY KEY,"
            "  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            "  stage_id INTEGER REFERENCES pipeline_stages(id) ON DELETE SET NULL,"
            "  stage_name TEXT NOT NULL,"
            "  author TEXT NOT NULL DEFAULT '',"
            "  reached_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX contact_stage_history_contact ON contact_stage_history(contact_id, reached_at)"_s,
            u"CREATE INDEX contact_stage_history_time ON contact_stage_history(reached_at)"_s,
            u"CREATE TABLE contact_notes ("
            "  id INTEGER PRIMARY KEY,"
            "  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            "  author TEXT NOT NULL DEFAULT '',"
            "  body TEXT NOT NULL,"
            "  created_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX contact_notes_contact ON contact_notes(contact_id, created_at)"_s,
            u"CREATE TABLE contact_tags ("
            "  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,"
            "  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
            "  PRIMARY KEY (contact_id, tag_id))"_s,
            u"CREATE INDEX contact_tags_tag ON contact_tags(tag_id)"_s,
            // Suggestions the user turned down are not made again.
            u"CREATE TABLE contact_link_dismissals ("
            "  identity_a INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
            "  identity_b INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
            "  PRIMARY KEY (identity_a, identity_b))"_s,
        },
        // 6: the websites a profile names (Identity::links), joined by U+001F, for suggestions.
        {
            u"ALTER TABLE identities ADD COLUMN links TEXT NOT NULL DEFAULT ''"_s,
        },
        // 7: each rule's per-person window as a row of its own, taken in one statement
        // (AutomationRepository::takeWindow), so a welcome or a survey goes out once however many
        // clients of a team run the rules. The windows open now are read from the activity log.
        // And the index of each agent's conversations.
        {
            u"CREATE TABLE automation_windows ("
            "  rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,"
            "  person_remote_id TEXT NOT NULL,"
            "  opened_at INTEGER NOT NULL,"
            "  PRIMARY KEY (rule_id, person_remote_id))"_s,
            u"INSERT INTO automation_windows (rule_id, person_remote_id, opened_at)"
            "  SELECT l.rule_id, l.person_remote_id, max(l.created_at) FROM automation_log l"
            "  JOIN rules r ON r.id = l.rule_id"
            "  WHERE l.person_remote_id != '' GROUP BY l.rule_id, l.person_remote_id"_s,
            // The "Mine" filter: one agent's conversations, newest first, without reading the rest.
            u"CREATE INDEX conversations_assignee_activity ON conversations(assignee, last_activity DESC, id DESC)"
            "  WHERE assignee != ''"_s,
        },
        // 8: who has which conversation open in a team workspace (team/Presence): one row per
        // agent, renewed every heartbeat; seen_at is the database server's clock, in seconds.
        {
            u"CREATE TABLE presence ("
            "  agent TEXT PRIMARY KEY,"
            "  conversation_id INTEGER NOT NULL,"
            "  activity TEXT NOT NULL,"
            "  seen_at INTEGER NOT NULL)"_s,
            u"CREATE INDEX presence_conversation ON presence(conversation_id)"_s,
        },
        // 9: on PostgreSQL, each agent logs in as a role of their own and sees only the inboxes
        // (social accounts) they belong to. See teamAccess().
        teamAccess(),
        // 10: message requests (Conversation::request), as the network lists them.
        {
            u"ALTER TABLE conversations ADD COLUMN request INTEGER NOT NULL DEFAULT 0"_s,
        },
        // 11: the "Requests" filter: the few requests, newest first, without reading every conversation.
        {
            u"CREATE INDEX conversations_request_activity ON conversations(last_activity DESC, id DESC)"
            "  WHERE request = 1"_s,
        },
    };
    return list;
}

// The advisory lock (any number agreed by every Starling) taken while a team database migrates.
constexpr qint64 migrationLock = 0x5374726c6d6967; // "Strlmig"

/** Whether the session's role may set up a team database (teamAccess() makes roles). */
Result<void> mayMakeRoles(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"_s))
        return storageError(query, "read the database role's rights");
    if (query.next() && query.value(0).toBool())
        return {};
    return Error(Error::Code::Forbidden,
                 QCoreApplication::translate("starling::Store",
                                             "The team inbox in this database must be set up or brought up to date by "
                                             "its administrator, with a PostgreSQL role that may create roles "
                                             "(CREATEROLE): starling-cli team init postgres://<administrator>@%1:%2/%3")
                     .arg(db.hostName())
                     .arg(db.port())
                     .arg(db.databaseName()));
}

Result<void> setStoredVersion(QSqlDatabase &db, int version)
{
    QSqlQuery query(db);
    if (auto r = prepareQuery(query, u"INSERT INTO schema_meta (key, value) VALUES ('schema_version', ?)"
                                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        !r)
        return r;
    query.addBindValue(QString::number(version));
    return execQuery(query, "record the schema version");
}

} // namespace

int latestVersion()
{
    return int(allMigrations().size());
}

Result<int> storedVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(u"schema_meta"_s))
        return db.tables().isEmpty()
                   ? 0
                   : Result<int>(
                       Error(Error::Code::Storage,
                             QCoreApplication::translate("starling::Store", "This file is not a Starling database.")));
    QSqlQuery query(db);
    if (!query.exec(u"SELECT value FROM schema_meta WHERE key = 'schema_version'"_s))
        return storageError(query, "read the schema version");
    if (!query.next())
        return 0;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Store", "The database's schema version is unreadable."));
    return version;
}

Result<void> migrate(QSqlDatabase &db, Engine engine)
{
    const auto &list = allMigrations();
    const auto runVersion = [&](int version) -> Result<void> {
        qCInfo(lcStore) << "migrating the database to schema version" << version;
        for (const Step &step : list.at(version - 1)) {
            if (step.only && *step.only != engine)
                continue;
            if (auto r = execStatement(db, dialect::schema(engine, step.sql)); !r)
                return r;
        }
        return setStoredVersion(db, version);
    };

    if (engine == Engine::Postgres) {
        // Several agents may start at once: one migrates, in one transaction, while the others
        // wait for its lock and then find nothing left to do.
        Transaction transaction(db);
        if (auto r = transaction.begin(); !r)
            return r;
        if (auto r = execStatement(db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(migrationLock)); !r)
            return r;
        auto stored = storedVersion(db);
        if (!stored)
            return stored.error();
        // From teamAccess() on, the tables belong to the team's owner role: an agent's app cannot
        // change them, and the administrator brings the database up to date.
        if (stored.value() < int(list.size())) {
            if (auto r = mayMakeRoles(db); !r)
                return r;
        }
        for (int version = stored.value() + 1; version <= int(list.size()); ++version) {
            if (auto r = runVersion(version); !r)
                return r;
        }
        return transaction.commit();
    }

    auto stored = storedVersion(db);
    if (!stored)
        return stored.error();
    for (int version = stored.value() + 1; version <= int(list.size()); ++version) {
        Transaction transaction(db);
        if (auto r = transaction.begin(); !r)
            return r;
        if (auto r = runVersion(version); !r)
            return r;
        if (auto r = transaction.commit(); !r)
            return r;
    }
    return {};
}

} // namespace starling::migrations
