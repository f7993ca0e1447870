// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContactCsv.h"
#include "Result.h"

#include <QDateTime>
#include <QList>

class QIODevice;

namespace starling {
class Database;
}

namespace starling::contacts {

/** What an import would do, shown before anything is written. */
struct ImportPreview
{
    qint64 rows = 0; ///< rows that can be imported
    QList<ContactRecord> sample; ///< the first of them
    QList<CsvProblem> problems; ///< the first problems (at most 100)
    qint64 problemCount = 0;
    int unknownHandles = 0; ///< handles of people nobody here has talked to (kept as a custom field)
};

/** The custom field where an import keeps handles that name nobody we talk to. */
QString otherHandlesField();

/**
 * Reads the whole file (constant memory) and checks every row against the CSV rules and the
 * pipeline, without writing anything. @p device must be open for reading and seekable.
 */
Result<ImportPreview> previewImport(QIODevice *device, Database &db, int sampleSize = 20);

/**
 * Imports every row in one transaction: all of them, or (when any row has a problem) none, with
 * an InvalidInput error that names the first problems. Handles link the people they name; the
 * contact a person had alone is merged into the new one. Returns how many contacts were made.
 */
Result<qint64> importContacts(QIODevice *device, Database &db, const QDateTime &now);

/** Writes every contact (or those in @p ids when given) as CSV; returns how many. Constant memory. */
Result<qint64> exportCsv(Database &db, QIODevice *device, const QList<qint64> &ids = {});
/** Writes every contact (or those in @p ids) as vCard 4.0; returns how many. */
Result<qint64> exportVCard(Database &db, QIODevice *device, const QList<qint64> &ids = {});

} // namespace starling::contacts
