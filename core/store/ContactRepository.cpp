// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRepository.h"

#include "Database.h"
#include "MessageIdAllocator.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

class Contacts final
{
    Q_DECLARE_TR_FUNCTIONS(starling::Contacts)
};

/** A prepared, executed query over @p values, ready to step through. */
Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, sql); !r)
        return r.error();
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (auto r = execQuery(query, what); !r)
        return r.error();
    return query;
}

/** Like run(), for statements whose rows nobody reads. */
Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what)
{
    auto query = run(db, sql, values, what);
    if (!query)
        return query.error();
    return {};
}

const QString contactColumns = u"c.id, c.display_name, c.company, c.email, c.phone, c.website, c.location,"
                               " c.custom_fields, c.owner, s.name, c.stage_reached_at, c.created_at, c.updated_at"_s;
const QString contactFrom = u" FROM contacts c LEFT JOIN pipeline_stages s ON s.id = c.stage_id"_s;

Contact rowToContact(const QSqlQuery &q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.displayName = q.value(1).toString();
    c.company = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.website = q.value(5).toString();
    c.location = q.value(6).toString();
    const QJsonObject custom = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    for (auto it = custom.begin(); it != custom.end(); ++it)
        c.customFields.insert(it.key(), it.value().toString());
    c.owner = q.value(8).toString();
    c.stage = q.value(9).toString();
    if (!c.stage.isEmpty())
        c.stageReachedAt = fromStoredTime(q.value(10).toLongLong());
    c.createdAt = fromStoredTime(q.value(11).toLongLong());
    c.updatedAt = fromStoredTime(q.value(12).toLongLong());
    return c;
}

QString customFieldsJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Error notFound()
{
    return Error(Error::Code::NotFound, Contacts::tr("There is no such contact."));
}

/** The newest conversation activity with any of contact c's identities. */
const QString lastContactSql = u"(SELECT COALESCE(MAX(cv.last_activity), 0) FROM identities i"
                               " JOIN conversation_participants p ON p.identity_id = i.id"
                               " JOIN conversations cv ON cv.id = p.conversation_id WHERE i.contact_id = c.id)"_s;

/** The SQL condition and values of @p filter, over "c" (contacts). */
QString filterSql(Engine engine, const ContactFilter &filter, QVariantList *values)
{
    QStringList where;
    if (!filter.search.trimmed().isEmpty()) {
        QString word = filter.search.trimmed();
        word.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        const QString like = u'%' + word + u'%';
        // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE does the same.
        where << u"(c.display_name %1 ? ESCAPE '\\' OR c.company %1 ? ESCAPE '\\' OR c.email %1 ? ESCAPE '\\'"
                 " OR EXISTS (SELECT 1 FROM identities i WHERE i.contact_id = c.id"
                 " AND (i.handle %1 ? ESCAPE '\\' OR i.display_name %1 ? ESCAPE '\\')))"_s.arg(
                     engine == Engine::Sqlite ? u"LIKE"_s : u"ILIKE"_s);
        for (int i = 0; i < 5; ++i)
            values->append(like);
    }
    if (filter.withoutStage) {
        where << u"c.stage_id IS NULL"_s;
    } else if (!filter.stage.isEmpty()) {
        where << u"s.name = ?"_s;
        values->append(filter.stage);
    }
    if (!filter.tag.isEmpty()) {
        where << u"EXISTS (SELECT 1 FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
                 " WHERE ct.contact_id = c.id AND t.name = ?)"_s;
        values->append(filter.tag);
    }
    if (filter.network) {
        where << u"EXISTS (SELECT 1 FROM identities i JOIN accounts a ON a.id = i.account_id"
                 " WHERE i.contact_id = c.id AND a.network = ?)"_s;
        values->append(networkKey(*filter.network));
    }
    if (filter.lastContactAfter.isValid()) {
        where << lastContactSql + u" >= ?"_s;
        values->append(toStoredTime(filter.lastContactAfter));
    }
    if (filter.lastContactBefore.isValid()) {
        where << lastContactSql + u" < ?"_s;
        values->append(toStoredTime(filter.lastContactBefore));
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

/** The columns rowToIdentity() reads, over "i" (identities) and "a" (accounts). */
const QString identitySelect = u"SELECT i.id, a.uuid, i.remote_id, i.handle, i.display_name, i.avatar_url, i.bio,"
                               " i.followers_count, i.contact_id, a.network, a.handle, a.server_url,"
                               " (SELECT MAX(cv.last_activity) FROM conversation_participants p"
                               "  JOIN conversations cv ON cv.id = p.conversation_id WHERE p.identity_id = i.id)"
                               " FROM identities i JOIN accounts a ON a.id = i.account_id"_s;

ContactIdentity rowToIdentity(const QSqlQuery &q)
{
    ContactIdentity row;
    row.identity.id = q.value(0).toLongLong();
    row.identity.accountId = QUuid::fromString(q.value(1).toString());
    row.identity.remoteId = q.value(2).toString();
    row.identity.handle = q.value(3).toString();
    row.identity.displayName = q.value(4).toString();
    row.identity.avatarUrl = QUrl(q.value(5).toString());
    row.identity.bio = q.value(6).toString();
    row.identity.followersCount = q.value(7).toInt();
    row.identity.contactId = q.value(8).toLongLong();
    row.network = networkFromKey(q.value(9).toString()).value_or(Network::X);
    row.accountHandle = q.value(10).toString();
    row.serverUrl = q.value(11).toString();
    row.lastActivity = fromStoredTime(q.value(12).toLongLong());
    return row;
}

} // namespace

TimelineCursor TimelineCursor::after(const TimelineEntry &entry)
{
    return {entry.kind == TimelineEntry::Kind::Message ? entry.id >> MessageIdAllocator::sequenceBits
                                                       : toStoredTime(entry.at),
            int(entry.kind), entry.id};
}

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
{
}

Result<QString> ContactRepository::note(qint64 identityId)
{
    auto query = run(m_db.connection(),
                     u"SELECT c.note FROM identities i JOIN contacts c ON c.id = i.contact_id WHERE i.id = ?"_s,
                     {identityId}, "read a note");
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<ChangeSet> ContactRepository::setNote(qint64 identityId, const QString &note)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto contact = ensureContact(identityId);
    if (!contact)
        return contact.error();
    if (auto r = exec(m_db.connection(), u"UPDATE contacts SET note = ? WHERE id = ?"_s,
                      {textValue(note), contact.value()}, "keep a note");
        !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<qint64> ContactRepository::ensureContact(qint64 identityId)
{
    auto find = run(m_db.connection(), u"SELECT contact_id, display_name, handle FROM identities WHERE id = ?"_s,
                    {identityId}, "find a person");
    if (!find)
        return find.error();
    if (!find->next())
        return Error(Error::Code::NotFound, Contacts::tr("There is no such person."));
    if (const qint64 contact = find->value(0).toLongLong(); contact != 0)
        return contact;
    const QString name = find->value(1).toString().isEmpty() ? find->value(2).toString() : find->value(1).toString();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto insert = run(m_db.connection(),
                      u"INSERT INTO contacts (display_name, note, created_at, updated_at) VALUES (?, '', ?, ?)"_s,
                      {textValue(name), now, now}, "make a contact");
    if (!insert)
        return insert.error();
    const qint64 contact = insert->lastInsertId().toLongLong();
    if (auto r = exec(m_db.connection(), u"UPDATE identities SET contact_id = ? WHERE id = ?"_s, {contact, identityId},
                      "link a contact");
        !r)
        return r.error();
    return contact;
}

Result<ChangeSet> ContactRepository::makeContactFor(qint64 identityId)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto before = contactOf(identityId);
    if (!before)
        return before.error();
    ChangeSet changes;
    if (before.value() != 0)
        return changes;
    if (auto made = ensureContact(identityId); !made)
        return made.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    changes.contactsChanged = true;
    return changes;
}

Result<qint64> ContactRepository::contactOf(qint64 identityId)
{
    auto query = run(m_db.connection(), u"SELECT COALESCE(contact_id, 0) FROM identities WHERE id = ?"_s, {identityId},
                     "find a person's contact");
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, Contacts::tr("There is no such person."));
    return query->value(0).toLongLong();
}

Result<int> ContactRepository::ensureContactsForPeople()
{
    // Everyone in a conversation who is not the account itself.
    const QString people = u"SELECT i.id FROM identities i JOIN accounts a ON a.id = i.account_id"
                           " WHERE i.contact_id IS NULL AND i.remote_id <> a.remote_user_id"
                           " AND EXISTS (SELECT 1 FROM conversation_participants p WHERE p.identity_id = i.id)"_s;
    auto ids = run(m_db.connection(), people, {}, "find people without a contact");
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids->next())
        list.append(ids->value(0).toLongLong());
    ids->finish();
    if (list.isEmpty())
        return 0;
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    int made = 0;
    for (qint64 id : std::as_const(list)) {
        auto made1 = ensureContact(id);
        if (!made1)
            return made1.error();
        ++made;
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return made;
}

Result<void> ContactRepository::catchUpOnce()
{
    auto done = run(m_db.connection(), u"SELECT 1 FROM schema_meta WHERE key = 'contacts_made_on_ingest'"_s, {},
                    "read whether contacts caught up");
    if (!done)
        return done.error();
    if (done->next())
        return {};
    done->finish();
    if (auto made = ensureContactsForPeople(); !made)
        return made.error();
    return exec(m_db.connection(),
                u"INSERT INTO schema_meta (key, value) VALUES ('contacts_made_on_ingest', '1')"
                " ON CONFLICT (key) DO NOTHING"_s,
                {}, "note that contacts caught up");
}

Result<std::optional<Contact>> ContactRepository::contact(qint64 contactId)
{
    auto query = run(m_db.connection(), u"SELECT "_s + contactColumns + contactFrom + u" WHERE c.id = ?"_s, {contactId},
                     "read a contact");
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Contact>();
    Contact c = rowToContact(query.value());
    query->finish();
    auto tags = run(m_db.connection(),
                    u"SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ?"
                    " ORDER BY t.name"_s,
                    {contactId}, "read a contact's tags");
    if (!tags)
        return tags.error();
    while (tags->next())
        c.tags.append(tags->value(0).toString());
    auto ids = run(m_db.connection(), u"SELECT id FROM identities WHERE contact_id = ? ORDER BY id"_s, {contactId},
                   "read a contact's identities");
    if (!ids)
        return ids.error();
    while (ids->next())
        c.identityIds.append(ids->value(0).toLongLong());
    return std::optional<Contact>(c);
}

Result<QString> ContactRepository::contactNote(qint64 contactId)
{
    auto query = run(m_db.connection(), u"SELECT note FROM contacts WHERE id = ?"_s, {contactId}, "read a note");
    if (!query)
        return query.error();
    if (!query->next())
        return notFound();
    return query->value(0).toString();
}

Result<QList<ContactIdentity>> ContactRepository::identities(qint64 contactId)
{
    auto query =
        run(m_db.connection(), identitySelect + u" WHERE i.contact_id = ? ORDER BY a.network, i.handle, i.id"_s,
            {contactId}, "read a contact's identities");
    if (!query)
        return query.error();
    QList<ContactIdentity> rows;
    while (query->next())
        rows.append(rowToIdentity(query.value()));
    return rows;
}

Result<std::optional<ContactIdentity>> ContactRepository::identity(qint64 identityId)
{
    auto query = run(m_db.connection(), identitySelect + u" WHERE i.id = ?"_s, {identityId}, "read a person");
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ContactIdentity>();
    return std::optional<ContactIdentity>(rowToIdentity(query.value()));
}

Result<QList<ContactRow>> ContactRepository::list(const ContactFilter &filter)
{
    QVariantList values;
    const QString where = filterSql(m_db.engine(), filter, &values);
    QString order;
    switch (filter.sort) {
    case ContactFilter::Sort::Name:
        order = u"lower(c.display_name), c.id"_s;
        break;
    case ContactFilter::Sort::LastContact:
        order = u"last_contact DESC, c.id DESC"_s;
        break;
    case ContactFilter::Sort::Stage:
        order = u"s.position IS NULL, s.position, lower(c.display_name), c.id"_s;
        break;
    case ContactFilter::Sort::Created:
        order = u"c.created_at DESC, c.id DESC"_s;
        break;
    }
    values << qMax(0, filter.limit) << qMax(0, filter.offset);
    const QString sql =
        u"SELECT "_s + contactColumns + u", "_s + lastContactSql
        + u" AS last_contact,"
          " (SELECT %1 FROM identities i JOIN accounts a ON a.id = i.account_id"
          " WHERE i.contact_id = c.id),"
          " (SELECT %2 FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id"
          " WHERE ct.contact_id = c.id)"_s.arg(dialect::distinctCommaList(m_db.engine(), u"a.network"_s),
                                               dialect::unitSeparatedList(m_db.engine(), u"t.name"_s))
        + contactFrom + where + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s;
    auto rowsQuery = run(m_db.connection(), sql, values, "list contacts");
    if (!rowsQuery)
        return rowsQuery.error();
    QList<ContactRow> rows;
    while (rowsQuery->next()) {
        ContactRow row;
        row.contact = rowToContact(rowsQuery.value());
        row.lastContact = fromStoredTime(rowsQuery->value(13).toLongLong());
        for (const QString &key : rowsQuery->value(14).toString().split(u',', Qt::SkipEmptyParts)) {
            if (auto network = networkFromKey(key))
                row.networks.append(*network);
        }
        std::sort(row.networks.begin(), row.networks.end());
        QStringList tags = rowsQuery->value(15).toString().split(QChar(31), Qt::SkipEmptyParts);
        tags.sort();
        row.contact.tags = tags;
        rows.append(row);
    }
    return rows;
}

Result<int> ContactRepository::count(const ContactFilter &filter)
{
    QVariantList values;
    const QString where = filterSql(m_db.engine(), filter, &values);
    auto query = run(m_db.connection(), u"SELECT COUNT(*)"_s + contactFrom + where, values, "count contacts");
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QStringList> ContactRepository::customFieldNames()
{
    auto query = run(m_db.connection(), u"SELECT custom_fields FROM contacts WHERE custom_fields <> '{}'"_s, {},
                     "read the custom fields");
    if (!query)
        return query.error();
    QSet<QString> names;
    while (query->next()) {
        const QJsonObject object = QJsonDocument::fromJson(query->value(0).toString().toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it)
            names.insert(it.key());
    }
    QStringList sorted(names.begin(), names.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

Result<qint64> ContactRepository::create(const Contact &contact, const QString &note, const QDateTime &now)
{
    const qint64 at = toStoredTime(now);
    auto insert =
        run(m_db.connection(),
            u"INSERT INTO contacts (display_name, note, company, email, phone, website, location,"
            " custom_fields, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {textValue(contact.displayName), textValue(note), textValue(contact.company), textValue(contact.email),
             textValue(contact.phone), textValue(contact.website), textValue(contact.location),
             customFieldsJson(contact.customFields), textValue(contact.owner), at, at},
            "make a contact");
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    for (const QString &tag : contact.tags) {
        if (auto r = addTag({id}, tag); !r)
            return r.error();
    }
    if (!contact.stage.isEmpty()) {
        if (auto r = setStage({id}, contact.stage, QString(), now); !r)
            return r.error();
    }
    return id;
}

Result<ChangeSet> ContactRepository::updateFields(const Contact &contact, const QDateTime &now)
{
    auto update = run(m_db.connection(),
                      u"UPDATE contacts SET display_name = ?, company = ?, email = ?, phone = ?, website = ?,"
                      " location = ?, custom_fields = ?, owner = ?, updated_at = ? WHERE id = ?"_s,
                      {textValue(contact.displayName), textValue(contact.company), textValue(contact.email),
                       textValue(contact.phone), textValue(contact.website), textValue(contact.location),
                       customFieldsJson(contact.customFields), textValue(contact.owner), toStoredTime(now), contact.id},
                      "change a contact");
    if (!update)
        return update.error();
    if (update->numRowsAffected() == 0)
        return notFound();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<ChangeSet> ContactRepository::remove(qint64 contactId)
{
    auto removed = run(m_db.connection(), u"DELETE FROM contacts WHERE id = ?"_s, {contactId}, "remove a contact");
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return notFound();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<ChangeSet> ContactRepository::setStage(const QList<qint64> &contactIds, const QString &stage,
                                              const QString &author, const QDateTime &at)
{
    QVariant stageId;
    if (!stage.isEmpty()) {
        auto find = run(m_db.connection(), u"SELECT id FROM pipeline_stages WHERE name = ?"_s, {stage.trimmed()},
                        "find a stage");
        if (!find)
            return find.error();
        if (!find->next())
            return Error(Error::Code::NotFound, Contacts::tr("There is no stage “%1” in the pipeline.").arg(stage));
        stageId = find->value(0).toLongLong();
    }
    const qint64 time = toStoredTime(at);
    ChangeSet changes;
    for (qint64 id : contactIds) {
        auto update =
            run(m_db.connection(),
                stageId.isNull() ? u"UPDATE contacts SET stage_id = NULL, stage_reached_at = 0, updated_at = ?"
                                   " WHERE id = ? AND stage_id IS NOT NULL"_s
                                 : u"UPDATE contacts SET stage_id = ?, stage_reached_at = ?, updated_at = ?"
                                   " WHERE id = ? AND (stage_id IS NULL OR stage_id <> ?)"_s,
                stageId.isNull() ? QVariantList{time, id} : QVariantList{stageId, time, time, id, stageId},
                "move a contact to a stage");
        if (!update)
            return update.error();
        if (update->numRowsAffected() == 0)
            continue;
        if (!stageId.isNull()) {
            if (auto r = exec(m_db.connection(),
                              u"INSERT INTO contact_stage_history (contact_id, stage_id, stage_name, author,"
                              " reached_at) VALUES (?, ?, ?, ?, ?)"_s,
                              {id, stageId, stage.trimmed(), textValue(author), time}, "record a stage change");
                !r)
                return r.error();
        }
        changes.contactsChanged = true;
    }
    return changes;
}

Result<ChangeSet> ContactRepository::addTag(const QList<qint64> &contactIds, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty() || name.size() > 40)
        return Error(Error::Code::InvalidInput, Contacts::tr("A tag has 1 to 40 characters."));
    if (auto r = exec(m_db.connection(), u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s, {name},
                      "make a tag");
        !r)
        return r.error();
    ChangeSet changes;
    for (qint64 id : contactIds) {
        auto insert = run(m_db.connection(),
                          u"INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"
                          " ON CONFLICT DO NOTHING"_s,
                          {id, name}, "tag a contact");
        if (!insert)
            return insert.error();
        changes.contactsChanged = changes.contactsChanged || insert->numRowsAffected() > 0;
    }
    return changes;
}

Result<ChangeSet> ContactRepository::removeTag(const QList<qint64> &contactIds, const QString &tag)
{
    ChangeSet changes;
    for (qint64 id : contactIds) {
        auto remove = run(m_db.connection(),
                          u"DELETE FROM contact_tags WHERE contact_id = ?"
                          " AND tag_id = (SELECT id FROM tags WHERE name = ?)"_s,
                          {id, tag.trimmed()}, "untag a contact");
        if (!remove)
            return remove.error();
        changes.contactsChanged = changes.contactsChanged || remove->numRowsAffected() > 0;
    }
    return changes;
}

Result<qint64> ContactRepository::addNote(qint64 contactId, const QString &author, const QString &body,
                                          const QDateTime &at)
{
    if (body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, Contacts::tr("The note is empty."));
    auto insert = run(m_db.connection(),
                      u"INSERT INTO contact_notes (contact_id, author, body, created_at)"
                      " SELECT id, ?, ?, ? FROM contacts WHERE id = ?"_s,
                      {textValue(author), body, toStoredTime(at), contactId}, "keep a note");
    if (!insert)
        return insert.error();
    if (insert->numRowsAffected() == 0)
        return notFound();
    return insert->lastInsertId().toLongLong();
}

Result<QList<ContactNote>> ContactRepository::notes(qint64 contactId)
{
    auto query = run(m_db.connection(),
                     u"SELECT id, author, body, created_at FROM contact_notes WHERE contact_id = ?"
                     " ORDER BY created_at DESC, id DESC"_s,
                     {contactId}, "read notes");
    if (!query)
        return query.error();
    QList<ContactNote> rows;
    while (query->next())
        rows.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toString(),
                     fromStoredTime(query->value(3).toLongLong())});
    return rows;
}

Result<void> ContactRepository::moveContactData(qint64 intoId, qint64 fromId)
{
    QSqlDatabase &db = m_db.connection();
    // Fields the target lacks, from the other; the target's own win.
    for (const char *column : {"company", "email", "phone", "website", "location", "owner", "note"}) {
        const QString c = QString::fromLatin1(column);
        if (auto r = exec(
                db,
                u"UPDATE contacts SET %1 = (SELECT %1 FROM contacts WHERE id = ?) WHERE id = ? AND %1 = ''"_s.arg(c),
                {fromId, intoId}, "merge contacts");
            !r)
            return r;
    }
    auto custom = run(db, u"SELECT id, custom_fields FROM contacts WHERE id IN (?, ?)"_s, {intoId, fromId},
                      "merge custom fields");
    if (!custom)
        return custom.error();
    QJsonObject into, from;
    while (custom->next()) {
        const QJsonObject object = QJsonDocument::fromJson(custom->value(1).toString().toUtf8()).object();
        (custom->value(0).toLongLong() == intoId ? into : from) = object;
    }
    custom->finish();
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!into.contains(it.key()))
            into.insert(it.key(), it.value());
    }
    if (auto r = exec(db, u"UPDATE contacts SET custom_fields = ? WHERE id = ?"_s,
                      {QString::fromUtf8(QJsonDocument(into).toJson(QJsonDocument::Compact)), intoId},
                      "merge custom fields");
        !r)
        return r;
    // A stage the target lacks.
    if (auto r = exec(db,
                      u"UPDATE contacts SET (stage_id, stage_reached_at) = (SELECT stage_id, stage_reached_at FROM"
                      " contacts WHERE id = ?) WHERE id = ? AND stage_id IS NULL"_s,
                      {fromId, intoId}, "merge stages");
        !r)
        return r;
    if (auto r = exec(db,
                      u"INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, tag_id FROM contact_tags"
                      " WHERE contact_id = ? ON CONFLICT DO NOTHING"_s,
                      {intoId, fromId}, "merge tags");
        !r)
        return r;
    for (const char *table : {"contact_notes", "contact_stage_history"}) {
        if (auto r = exec(db, u"UPDATE %1 SET contact_id = ? WHERE contact_id = ?"_s.arg(QString::fromLatin1(table)),
                          {intoId, fromId}, "merge contacts");
            !r)
            return r;
    }
    if (auto r = exec(db, u"UPDATE identities SET contact_id = ? WHERE contact_id = ?"_s, {intoId, fromId},
                      "merge identities");
        !r)
        return r;
    return exec(db, u"DELETE FROM contacts WHERE id = ?"_s, {fromId}, "merge contacts");
}

Result<void> ContactRepository::touch(qint64 contactId, const QDateTime &now)
{
    return exec(m_db.connection(), u"UPDATE contacts SET updated_at = ? WHERE id = ?"_s, {toStoredTime(now), contactId},
                "change a contact");
}

Result<ChangeSet> ContactRepository::link(qint64 contactId, qint64 identityId)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto changes = attach(contactId, identityId);
    if (!changes)
        return changes;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return changes;
}

Result<ChangeSet> ContactRepository::attach(qint64 contactId, qint64 identityId)
{
    auto exists = run(m_db.connection(), u"SELECT 1 FROM contacts WHERE id = ?"_s, {contactId}, "find a contact");
    if (!exists)
        return exists.error();
    if (!exists->next())
        return notFound();
    exists->finish();
    auto find =
        run(m_db.connection(), u"SELECT contact_id FROM identities WHERE id = ?"_s, {identityId}, "find a person");
    if (!find)
        return find.error();
    if (!find->next())
        return Error(Error::Code::NotFound, Contacts::tr("There is no such person."));
    const qint64 old = find->value(0).toLongLong();
    find->finish();
    ChangeSet changes;
    if (old == contactId)
        return changes;
    if (auto r = exec(m_db.connection(), u"UPDATE identities SET contact_id = ? WHERE id = ?"_s,
                      {contactId, identityId}, "link a person");
        !r)
        return r.error();
    if (old != 0) {
        auto left = run(m_db.connection(), u"SELECT COUNT(*) FROM identities WHERE contact_id = ?"_s, {old},
                        "count identities");
        if (!left)
            return left.error();
        const bool empty = left->next() && left->value(0).toInt() == 0;
        left->finish();
        if (empty) {
            if (auto r = moveContactData(contactId, old); !r)
                return r.error();
        }
    }
    if (auto r = touch(contactId, QDateTime::currentDateTimeUtc()); !r)
        return r.error();
    changes.contactsChanged = true;
    return changes;
}

Result<ChangeSet> ContactRepository::merge(qint64 intoId, qint64 fromId)
{
    if (intoId == fromId)
        return Error(Error::Code::InvalidInput, Contacts::tr("A contact cannot be merged into itself."));
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto both = run(m_db.connection(), u"SELECT COUNT(*) FROM contacts WHERE id IN (?, ?)"_s, {intoId, fromId},
                    "find contacts");
    if (!both)
        return both.error();
    if (!both->next() || both->value(0).toInt() != 2)
        return notFound();
    both->finish();
    if (auto r = moveContactData(intoId, fromId); !r)
        return r.error();
    if (auto r = touch(intoId, QDateTime::currentDateTimeUtc()); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<qint64> ContactRepository::unlink(qint64 identityId, const QDateTime &now)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    auto find = run(m_db.connection(),
                    u"SELECT i.contact_id, i.display_name, i.handle,"
                    " (SELECT COUNT(*) FROM identities o WHERE o.contact_id = i.contact_id)"
                    " FROM identities i WHERE i.id = ?"_s,
                    {identityId}, "find a person");
    if (!find)
        return find.error();
    if (!find->next())
        return Error(Error::Code::NotFound, Contacts::tr("There is no such person."));
    const qint64 old = find->value(0).toLongLong();
    const QString name = find->value(1).toString().isEmpty() ? find->value(2).toString() : find->value(1).toString();
    const int together = find->value(3).toInt();
    find->finish();
    if (old != 0 && together <= 1)
        return Error(Error::Code::InvalidInput,
                     Contacts::tr("This is the contact's only identity: there is nothing to split it from."));
    Contact fresh;
    fresh.displayName = name;
    auto made = create(fresh, QString(), now);
    if (!made)
        return made.error();
    if (auto r = exec(m_db.connection(), u"UPDATE identities SET contact_id = ? WHERE id = ?"_s,
                      {made.value(), identityId}, "split a person off");
        !r)
        return r.error();
    if (old != 0) {
        if (auto r = touch(old, now); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return made.value();
}

Result<void> ContactRepository::dismissSuggestion(qint64 identityA, qint64 identityB)
{
    return exec(m_db.connection(),
                u"INSERT INTO contact_link_dismissals (identity_a, identity_b) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                {qMin(identityA, identityB), qMax(identityA, identityB)}, "turn down a suggestion");
}

Result<bool> ContactRepository::isDismissed(qint64 identityA, qint64 identityB)
{
    auto query =
        run(m_db.connection(), u"SELECT 1 FROM contact_link_dismissals WHERE identity_a = ? AND identity_b = ?"_s,
            {qMin(identityA, identityB), qMax(identityA, identityB)}, "read a suggestion");
    if (!query)
        return query.error();
    return query->next();
}

Result<qint64> ContactRepository::findIdentity(Network network, const QString &handle)
{
    QString wanted = handle.trimmed();
    if (wanted.startsWith(u'@'))
        wanted.remove(0, 1);
    auto query = run(m_db.connection(),
                     u"SELECT DISTINCT i.id, i.remote_id FROM identities i JOIN accounts a ON a.id = i.account_id"
                     " WHERE a.network = ? AND (lower(i.handle) = lower(?) OR lower(i.handle) = lower(?))"
                     " ORDER BY i.id"_s,
                     {networkKey(network), wanted, wanted.section(u'@', 0, 0)}, "find a person by handle");
    if (!query)
        return query.error();
    QList<qint64> ids;
    QSet<QString> remotes;
    while (query->next()) {
        // A Mastodon handle without its server matches a local "ana" only when it was written so.
        ids.append(query->value(0).toLongLong());
        remotes.insert(query->value(1).toString());
    }
    if (ids.isEmpty())
        return Error(
            Error::Code::NotFound,
            Contacts::tr("No one called @%1 on %2 has written to you.").arg(wanted, networkDisplayName(network)));
    if (remotes.size() > 1)
        return Error(Error::Code::InvalidInput, Contacts::tr("Several people are called @%1 on %2; name them by id.")
                                                    .arg(wanted, networkDisplayName(network)));
    return ids.constFirst();
}

Result<QList<PipelineStage>> ContactRepository::pipeline()
{
    auto query = run(m_db.connection(),
                     u"SELECT s.id, s.name, s.position, (SELECT COUNT(*) FROM contacts c WHERE c.stage_id = s.id)"
                     " FROM pipeline_stages s ORDER BY s.position, s.id"_s,
                     {}, "read the pipeline");
    if (!query)
        return query.error();
    QList<PipelineStage> stages;
    while (query->next())
        stages.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt(),
                       query->value(3).toInt()});
    return stages;
}

Result<ChangeSet> ContactRepository::addStage(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return Error(Error::Code::InvalidInput, Contacts::tr("A stage's name has 1 to 40 characters."));
    auto insert =
        run(m_db.connection(),
            u"INSERT INTO pipeline_stages (name, position)"
            " SELECT ?, COALESCE(MAX(position), 0) + 1 FROM pipeline_stages WHERE true ON CONFLICT (name) DO NOTHING"_s,
            {trimmed}, "add a stage");
    if (!insert)
        return insert.error();
    if (insert->numRowsAffected() == 0)
        return Error(Error::Code::InvalidInput, Contacts::tr("There is a stage “%1” already.").arg(trimmed));
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<ChangeSet> ContactRepository::renameStage(const QString &from, const QString &to)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return Error(Error::Code::InvalidInput, Contacts::tr("A stage's name has 1 to 40 characters."));
    auto clash = run(m_db.connection(), u"SELECT 1 FROM pipeline_stages WHERE name = ? AND name <> ?"_s,
                     {trimmed, from}, "rename a stage");
    if (!clash)
        return clash.error();
    if (clash->next())
        return Error(Error::Code::InvalidInput, Contacts::tr("There is a stage “%1” already.").arg(trimmed));
    clash->finish();
    auto update = run(m_db.connection(), u"UPDATE pipeline_stages SET name = ? WHERE name = ?"_s, {trimmed, from},
                      "rename a stage");
    if (!update)
        return update.error();
    if (update->numRowsAffected() == 0)
        return Error(Error::Code::NotFound, Contacts::tr("There is no stage “%1” in the pipeline.").arg(from));
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<ChangeSet> ContactRepository::removeStage(const QString &name)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = removeStageRows(name); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<void> ContactRepository::removeStageRows(const QString &name)
{
    // SQLite enforces ON DELETE SET NULL only with foreign keys on; clear the stage explicitly.
    if (auto r = exec(m_db.connection(),
                      u"UPDATE contacts SET stage_id = NULL, stage_reached_at = 0"
                      " WHERE stage_id = (SELECT id FROM pipeline_stages WHERE name = ?)"_s,
                      {name}, "remove a stage");
        !r)
        return r.error();
    auto remove = run(m_db.connection(), u"DELETE FROM pipeline_stages WHERE name = ?"_s, {name}, "remove a stage");
    if (!remove)
        return remove.error();
    if (remove->numRowsAffected() == 0)
        return Error(Error::Code::NotFound, Contacts::tr("There is no stage “%1” in the pipeline.").arg(name));
    return {};
}

Result<ChangeSet> ContactRepository::reorderStages(const QStringList &names)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    if (auto r = orderStageRows(names); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<void> ContactRepository::orderStageRows(const QStringList &names)
{
    auto current = pipeline();
    if (!current)
        return current.error();
    QStringList have;
    for (const PipelineStage &stage : current.value())
        have.append(stage.name);
    QStringList wanted = names;
    QStringList sortedHave = have;
    sortedHave.sort();
    wanted.sort();
    if (wanted != sortedHave)
        return Error(
            Error::Code::InvalidInput,
            Contacts::tr("Name every stage of the pipeline once: %1.").arg(QLocale().createSeparatedList(have)));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (auto r = exec(m_db.connection(), u"UPDATE pipeline_stages SET position = ? WHERE name = ?"_s,
                          {int(i + 1), names.at(i)}, "order the stages");
            !r)
            return r.error();
    }
    return {};
}

Result<ChangeSet> ContactRepository::editPipeline(const PipelineEdit &edit)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    for (const auto &[from, to] : edit.renames) {
        if (auto r = renameStage(from, to); !r)
            return r.error();
    }
    for (const QString &name : edit.removed) {
        if (auto r = removeStageRows(name); !r)
            return r.error();
    }
    for (const QString &name : edit.added) {
        if (auto r = addStage(name); !r)
            return r.error();
    }
    if (auto r = orderStageRows(edit.order); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    ChangeSet changes;
    changes.contactsChanged = true;
    return changes;
}

Result<QList<StageMonth>> ContactRepository::conversions(const QDate &since)
{
    auto query = run(m_db.connection(),
                     u"SELECT stage_name, reached_at FROM contact_stage_history WHERE reached_at >= ?"
                     " ORDER BY reached_at"_s,
                     {toStoredTime(since.startOfDay(QTimeZone::utc()))}, "read the conversions");
    if (!query)
        return query.error();
    QList<StageMonth> months;
    QHash<QPair<QString, QDate>, qsizetype> at;
    while (query->next()) {
        const QDate day = fromStoredTime(query->value(1).toLongLong()).date();
        const QDate month(day.year(), day.month(), 1);
        const auto key = qMakePair(query->value(0).toString(), month);
        auto it = at.constFind(key);
        if (it == at.constEnd()) {
            at.insert(key, months.size());
            months.append({key.first, month, 1});
        } else {
            ++months[*it].reached;
        }
    }
    return months;
}

Result<QList<TimelineEntry>> ContactRepository::timeline(qint64 contactId, const std::optional<TimelineCursor> &cursor,
                                                         int limit)
{
    limit = qBound(1, limit, 500);
    QSqlDatabase &db = m_db.connection();
    QList<TimelineEntry> entries;
    // Each kind's entries older than the cursor: for a kind below the cursor's, "not newer" is
    // enough; for the cursor's own kind, the id decides among entries of the same millisecond.
    const auto bound = [&](TimelineEntry::Kind kind, qint64 *atMs, qint64 *id) {
        if (!cursor) {
            *atMs = std::numeric_limits<qint64>::max();
            *id = std::numeric_limits<qint64>::max();
        } else if (int(kind) < cursor->kind) {
            *atMs = cursor->atMs;
            *id = std::numeric_limits<qint64>::max();
        } else if (int(kind) == cursor->kind) {
            *atMs = cursor->atMs;
            *id = cursor->id;
        } else {
            *atMs = cursor->atMs - 1;
            *id = std::numeric_limits<qint64>::max();
        }
    };

    // Messages: what their identities wrote, and what our accounts wrote in conversations with
    // them. Message ids grow with time (MessageIdAllocator), so "older" is "smaller id".
    {
        qint64 atMs = 0, id = 0;
        bound(TimelineEntry::Kind::Message, &atMs, &id);
        qint64 below = id;
        if (atMs != std::numeric_limits<qint64>::max())
            below = qMin(id, atMs >= (std::numeric_limits<qint64>::max() >> MessageIdAllocator::sequenceBits)
                                 ? std::numeric_limits<qint64>::max()
                                 : MessageIdAllocator::lowerBound(fromStoredTime(atMs + 1)));
        // One indexed walk per identity (messages_author) and per conversation with them
        // (messages_thread, our own messages only), each newest first and at most a page long, then
        // merged here: a page costs the same whether they wrote ten messages or a hundred thousand.
        // (One query over all of them with IN would sort every message of theirs for each page.)
        const QString columns =
            u"SELECT m.id, m.created_at, m.conversation_id, a.network, m.direction, m.text,"
            " COALESCE(i.handle, ''), a.handle FROM messages m"
            " JOIN accounts a ON a.id = m.account_id LEFT JOIN identities i ON i.id = m.author_id"_s;
        const auto idsOf = [&](const QString &sql, const char *what) -> Result<QList<qint64>> {
            auto query = run(db, sql, {contactId}, what);
            if (!query)
                return query.error();
            QList<qint64> ids;
            while (query->next())
                ids.append(query->value(0).toLongLong());
            return ids;
        };
        auto identityIds = idsOf(u"SELECT id FROM identities WHERE contact_id = ?"_s, "read a contact's identities");
        if (!identityIds)
            return identityIds.error();
        auto conversationIds = idsOf(u"SELECT DISTINCT p.conversation_id FROM conversation_participants p"
                                     " JOIN identities pi ON pi.id = p.identity_id WHERE pi.contact_id = ?"_s,
                                     "read a contact's conversations");
        if (!conversationIds)
            return conversationIds.error();

        QList<TimelineEntry> messages;
        const auto readPage = [&](const QString &sql, qint64 key, const char *what) -> Result<void> {
            auto query = run(db, sql, {key, below, limit}, what);
            if (!query)
                return query.error();
            while (query->next()) {
                TimelineEntry e;
                e.kind = TimelineEntry::Kind::Message;
                e.id = query->value(0).toLongLong();
                e.at = fromStoredTime(query->value(1).toLongLong());
                e.conversationId = query->value(2).toLongLong();
                e.network = networkFromKey(query->value(3).toString()).value_or(Network::X);
                e.outbound = query->value(4).toInt() == 1;
                e.text = query->value(5).toString();
                e.handle = e.outbound ? query->value(7).toString() : query->value(6).toString();
                messages.append(e);
            }
            return {};
        };
        const QString byAuthor = columns + u" WHERE m.author_id = ? AND m.id < ? ORDER BY m.id DESC LIMIT ?"_s;
        for (const qint64 identity : std::as_const(identityIds.value())) {
            if (auto r = readPage(byAuthor, identity, "read a contact's messages"); !r)
                return r.error();
        }
        const QString oursIn = columns
                               + u" WHERE m.conversation_id = ? AND m.direction = 1 AND m.id < ?"
                                 " ORDER BY m.id DESC LIMIT ?"_s;
        for (const qint64 conversation : std::as_const(conversationIds.value())) {
            if (auto r = readPage(oursIn, conversation, "read our messages to a contact"); !r)
                return r.error();
        }
        std::sort(messages.begin(), messages.end(),
                  [](const TimelineEntry &a, const TimelineEntry &b) { return a.id > b.id; });
        qint64 last = 0;
        for (const TimelineEntry &e : std::as_const(messages)) {
            if (entries.size() == limit)
                break;
            if (e.id != last) // a message of theirs in a conversation where we also wrote
                entries.append(e);
            last = e.id;
        }
    }

    struct Source
    {
        TimelineEntry::Kind kind;
        QString sql; ///< id, time, conversation, text, author, rating; binds: contact, atMs, atMs, id, limit
    };
    const QString older = u" AND (%1 < ? OR (%1 = ? AND %2 < ?)) ORDER BY %1 DESC, %2 DESC LIMIT ?"_s;
    const QList<Source> sources = {
        {TimelineEntry::Kind::Note,
         u"SELECT n.id, n.created_at, 0, n.body, n.author, 0 FROM contact_notes n WHERE n.contact_id = ?"_s
             + older.arg(u"n.created_at"_s, u"n.id"_s)},
        {TimelineEntry::Kind::StageChange,
         u"SELECT h.id, h.reached_at, 0, h.stage_name, h.author, 0 FROM contact_stage_history h"
         " WHERE h.contact_id = ?"_s
             + older.arg(u"h.reached_at"_s, u"h.id"_s)},
        {TimelineEntry::Kind::SurveyRating,
         u"SELECT s.id, s.answered_at, s.conversation_id, '', '', s.rating FROM surveys s"
         " WHERE s.rating IS NOT NULL AND s.conversation_id IN (SELECT p.conversation_id FROM"
         " conversation_participants p JOIN identities pi ON pi.id = p.identity_id WHERE pi.contact_id = ?)"_s
             + older.arg(u"s.answered_at"_s, u"s.id"_s)},
        {TimelineEntry::Kind::Automation,
         u"SELECT l.id, l.created_at, COALESCE(l.conversation_id, 0), l.rule_name, l.action, 0 FROM automation_log l"
         " WHERE l.conversation_id IN (SELECT p.conversation_id FROM conversation_participants p JOIN identities pi"
         " ON pi.id = p.identity_id WHERE pi.contact_id = ?)"_s
             + older.arg(u"l.created_at"_s, u"l.id"_s)},
    };
    for (const Source &source : sources) {
        qint64 atMs = 0, id = 0;
        bound(source.kind, &atMs, &id);
        auto query = run(db, source.sql, {contactId, atMs, atMs, id, limit}, "read a contact's timeline");
        if (!query)
            return query.error();
        while (query->next()) {
            TimelineEntry e;
            e.kind = source.kind;
            e.id = query->value(0).toLongLong();
            e.at = fromStoredTime(query->value(1).toLongLong());
            e.conversationId = query->value(2).toLongLong();
            e.text = query->value(3).toString();
            if (source.kind == TimelineEntry::Kind::Automation)
                e.text = query->value(3).toString() + u": "_s + query->value(4).toString();
            else
                e.author = query->value(4).toString();
            e.rating = query->value(5).toInt();
            entries.append(e);
        }
    }
    std::sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        const TimelineCursor ka = TimelineCursor::after(a);
        const TimelineCursor kb = TimelineCursor::after(b);
        return std::tie(ka.atMs, ka.kind, ka.id) > std::tie(kb.atMs, kb.kind, kb.id);
    });
    if (entries.size() > limit)
        entries.resize(limit);
    return entries;
}

} // namespace starling
