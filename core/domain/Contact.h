// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace starling {

/**
 * A person across networks: the identities (X, Mastodon, Bluesky handles) that belong to them and
 * what the user knows about them, as a small CRM keeps it. Everything here is local data, never
 * sent to a network.
 */
struct Contact
{
    qint64 id = 0; ///< local row id; 0 until stored
    QString displayName;
    QString company;
    QString email;
    QString phone;
    QString website;
    QString location;
    QMap<QString, QString> customFields; ///< the user's own fields, by name
    QStringList tags; ///< tag names, sorted
    QString stage; ///< the lead stage's name; empty when the person is in no stage
    QDateTime stageReachedAt; ///< when the current stage was reached (UTC); invalid without a stage
    QString owner; ///< the team member who looks after the person; empty when nobody does
    QList<qint64> identityIds;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Contact &) const = default;
};

/** One row of a contacts CSV file, as read for import or written for export. */
struct ContactRecord
{
    Contact contact; ///< its id is 0 on import
    /** The person's handles as "network:handle", e.g. "x:@shop", "mastodon:@ana@example.social". */
    QStringList handles;
    QString note; ///< on import: a first note; on export: the newest note
    qint64 line = 0; ///< on import: the file line where the row starts (1 is the header)

    bool operator==(const ContactRecord &) const = default;
};

} // namespace starling
