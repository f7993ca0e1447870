// SPDX-License-Identifier: GPL-3.0-or-later
#include "Suggestions.h"

#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/SqlHelpers.h"

#include <QSet>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace starling::contacts {

Result<QList<LinkSuggestion>> storedSuggestions(Database &db, qint64 contactId)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (auto r = prepareQuery(query, u"SELECT i.id, COALESCE(i.contact_id, 0), a.network, i.remote_id, i.handle,"
                                     " a.server_url, i.display_name, i.bio, i.links FROM identities i"
                                     " JOIN accounts a ON a.id = i.account_id WHERE i.remote_id <> a.remote_user_id"_s);
        !r)
        return r.error();
    if (auto r = execQuery(query, "read people for suggestions"); !r)
        return r.error();
    QList<ProfileFacts> facts;
    QSet<qint64> ofContact;
    while (query.next()) {
        ProfileFacts f;
        f.identityId = query.value(0).toLongLong();
        f.contactId = query.value(1).toLongLong();
        f.network = networkFromKey(query.value(2).toString()).value_or(Network::X);
        f.remoteId = query.value(3).toString();
        f.handle = query.value(4).toString();
        f.serverHost = QUrl(query.value(5).toString()).host();
        f.displayName = query.value(6).toString();
        f.bio = query.value(7).toString();
        f.links = query.value(8).toString().split(QChar(31), Qt::SkipEmptyParts);
        if (contactId != 0 && f.contactId == contactId)
            ofContact.insert(f.identityId);
        facts.append(f);
    }
    query.finish();
    ContactRepository repository(db);
    QList<LinkSuggestion> kept;
    for (const LinkSuggestion &s : suggestLinks(facts)) {
        if (contactId != 0 && !ofContact.contains(s.identityA) && !ofContact.contains(s.identityB))
            continue;
        auto dismissed = repository.isDismissed(s.identityA, s.identityB);
        if (!dismissed)
            return dismissed.error();
        if (!dismissed.value())
            kept.append(s);
    }
    return kept;
}

} // namespace starling::contacts
