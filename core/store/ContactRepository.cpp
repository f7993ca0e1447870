// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactRepository.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling {

ContactRepository::ContactRepository(Database &db)
    : m_db(db)
{
}

Result<QString> ContactRepository::note(qint64 identityId)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(
            query, u"SELECT c.note FROM identities i JOIN contacts c ON c.id = i.contact_id WHERE i.id = ?"_s);
        !r)
        return r.error();
    query.addBindValue(identityId);
    if (auto r = execQuery(query, "read a note"); !r)
        return r.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<ChangeSet> ContactRepository::setNote(qint64 identityId, const QString &note)
{
    Transaction transaction(m_db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    QSqlQuery find(m_db.connection());
    if (auto r = prepareQuery(find, u"SELECT contact_id, display_name FROM identities WHERE id = ?"_s); !r)
        return r.error();
    find.addBindValue(identityId);
    if (auto r = execQuery(find, "find a person"); !r)
        return r.error();
    if (!find.next())
        return Error(Error::Code::NotFound, QString());
    qint64 contact = find.value(0).toLongLong();
    const QString name = find.value(1).toString();
    find.finish();
    QSqlQuery write(m_db.connection());
    if (contact == 0) {
        if (auto r = prepareQuery(write, u"INSERT INTO contacts (display_name, note) VALUES (?, ?)"_s); !r)
            return r.error();
        write.addBindValue(textValue(name));
        write.addBindValue(textValue(note));
        if (auto r = execQuery(write, "make a contact"); !r)
            return r.error();
        contact = write.lastInsertId().toLongLong();
        QSqlQuery link(m_db.connection());
        if (auto r = prepareQuery(link, u"UPDATE identities SET contact_id = ? WHERE id = ?"_s); !r)
            return r.error();
        link.addBindValue(contact);
        link.addBindValue(identityId);
        if (auto r = execQuery(link, "link a contact"); !r)
            return r.error();
    } else {
        if (auto r = prepareQuery(write, u"UPDATE contacts SET note = ? WHERE id = ?"_s); !r)
            return r.error();
        write.addBindValue(textValue(note));
        write.addBindValue(contact);
        if (auto r = execQuery(write, "keep a note"); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return ChangeSet();
}

} // namespace starling
