// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "Result.h"
#include "domain/Identity.h"

#include <QString>

namespace starling {

class Database;

/**
 * People across networks: the contact a person's identities belong to, and the private note the
 * user keeps about them (only ever stored locally).
 */
class ContactRepository final
{
public:
    explicit ContactRepository(Database &db);

    /** The note about the person behind @p identityId; empty when there is none. */
    Result<QString> note(qint64 identityId);
    /** Keeps @p note about the person, making them a contact if they were not one. */
    Result<ChangeSet> setNote(qint64 identityId, const QString &note);

private:
    Database &m_db;
};

} // namespace starling
