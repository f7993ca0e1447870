// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactTransfer.h"

#include "VCardWriter.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/SqlHelpers.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace starling::contacts {

namespace {

class ContactTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::ContactTransfer)
};

constexpr int maxProblems = 100;

/** The identity a "network:handle" entry names, or 0 when it names nobody we talk to. */
Result<qint64> identityFor(ContactRepository &repository, const QString &entry)
{
    const qsizetype colon = entry.indexOf(u':');
    const std::optional<Network> network = networkFromKey(entry.left(colon).trimmed().toLower());
    if (colon < 0 || !network)
        return Error(Error::Code::InvalidInput, ContactTransfer::tr("“%1” is not a network:handle.").arg(entry));
    auto found = repository.findIdentity(*network, entry.mid(colon + 1).trimmed());
    if (!found && found.error().code() == Error::Code::NotFound)
        return qint64(0);
    return found;
}

/** Every row of the file with its problems, as the reader and the database see them. */
template<typename RowFn, typename ProblemFn>
Result<void> readAll(QIODevice *device, Database &db, RowFn onRow, ProblemFn onProblem)
{
    if (!device->seek(0))
        return Error(Error::Code::InvalidInput, ContactTransfer::tr("The file cannot be read from its start."));
    ContactCsvReader reader(device);
    if (auto r = reader.readHeader(); !r)
        return r;
    ContactRepository repository(db);
    auto stages = repository.pipeline();
    if (!stages)
        return stages.error();
    QSet<QString> stageNames;
    for (const PipelineStage &stage : stages.value())
        stageNames.insert(stage.name);
    ContactRecord record;
    CsvProblem problem;
    for (;;) {
        record = ContactRecord();
        const ContactCsvReader::Status status = reader.next(&record, &problem);
        if (status == ContactCsvReader::Status::End)
            break;
        if (status == ContactCsvReader::Status::Problem) {
            onProblem(problem);
            continue;
        }
        if (!record.contact.stage.isEmpty() && !stageNames.contains(record.contact.stage)) {
            onProblem({record.line, ContactTransfer::tr("Line %1: there is no stage “%2” in the pipeline (%3).")
                                        .arg(record.line)
                                        .arg(record.contact.stage, QLocale().createSeparatedList(QStringList(
                                                                       stageNames.begin(), stageNames.end())))});
            continue;
        }
        if (auto r = onRow(record, repository); !r)
            return r;
    }
    return {};
}

/** The contacts of @p ids, or all of them, in id order, one page at a time. */
template<typename Fn>
Result<qint64> forEachContact(Database &db, const QList<qint64> &ids, Fn fn)
{
    ContactRepository repository(db);
    qint64 after = 0;
    qint64 written = 0;
    qsizetype next = 0;
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    for (;;) {
        QList<qint64> page;
        if (!ids.isEmpty()) {
            page = sorted.mid(next, 500);
            next += page.size();
        } else {
            QSqlQuery query(db.connection());
            query.setForwardOnly(true);
            if (auto r = prepareQuery(query, u"SELECT id FROM contacts WHERE id > ? ORDER BY id LIMIT 500"_s); !r)
                return r.error();
            query.addBindValue(after);
            if (auto r = execQuery(query, "list contacts"); !r)
                return r.error();
            while (query.next())
                page.append(query.value(0).toLongLong());
        }
        if (page.isEmpty())
            return written;
        after = page.constLast();
        for (qint64 id : std::as_const(page)) {
            auto contact = repository.contact(id);
            if (!contact)
                return contact.error();
            if (!contact.value())
                continue;
            ContactRecord record;
            record.contact = *contact.value();
            auto note = repository.contactNote(id);
            if (!note)
                return note.error();
            record.note = note.value();
            auto identities = repository.identities(id);
            if (!identities)
                return identities.error();
            for (const ContactIdentity &identity : identities.value())
                record.handles.append(networkKey(identity.network) + u":@"_s + identity.identity.handle);
            if (auto r = fn(record); !r)
                return r.error();
            ++written;
        }
    }
}

} // namespace

QString otherHandlesField()
{
    return ContactTransfer::tr("Other handles");
}

Result<ImportPreview> previewImport(QIODevice *device, Database &db, int sampleSize)
{
    ImportPreview preview;
    auto read = readAll(
        device, db,
        [&](const ContactRecord &record, ContactRepository &repository) -> Result<void> {
            ++preview.rows;
            if (preview.sample.size() < sampleSize)
                preview.sample.append(record);
            for (const QString &handle : record.handles) {
                auto identity = identityFor(repository, handle);
                if (!identity) {
                    ++preview.problemCount;
                    if (preview.problems.size() < maxProblems)
                        preview.problems.append(
                            {record.line,
                             ContactTransfer::tr("Line %1: %2").arg(record.line).arg(identity.error().message())});
                } else if (identity.value() == 0) {
                    ++preview.unknownHandles;
                }
            }
            return {};
        },
        [&](const CsvProblem &problem) {
            ++preview.problemCount;
            if (preview.problems.size() < maxProblems)
                preview.problems.append(problem);
        });
    if (!read)
        return read.error();
    return preview;
}

Result<qint64> importContacts(QIODevice *device, Database &db, const QDateTime &now)
{
    auto preview = previewImport(device, db, 0);
    if (!preview)
        return preview.error();
    if (preview->problemCount > 0) {
        QStringList first;
        for (const CsvProblem &problem : preview->problems.mid(0, 5))
            first.append(problem.message);
        return Error(Error::Code::InvalidInput,
                     ContactTransfer::tr("Nothing was imported: %n row(s) have problems.", nullptr,
                                         int(qMin<qint64>(preview->problemCount, 1000000)))
                         + u'\n' + first.join(u'\n'));
    }
    Transaction transaction(db.connection());
    if (auto r = transaction.begin(); !r)
        return r.error();
    qint64 made = 0;
    auto read = readAll(
        device, db,
        [&](ContactRecord record, ContactRepository &repository) -> Result<void> {
            QList<qint64> link;
            QStringList unknown;
            for (const QString &handle : std::as_const(record.handles)) {
                auto identity = identityFor(repository, handle);
                if (!identity)
                    return identity.error();
                if (identity.value() == 0)
                    unknown.append(handle);
                else
                    link.append(identity.value());
            }
            if (!unknown.isEmpty())
                record.contact.customFields.insert(otherHandlesField(), unknown.join(u"; "_s));
            auto id = repository.create(record.contact, record.note, now);
            if (!id)
                return id.error();
            for (qint64 identity : std::as_const(link)) {
                if (auto r = repository.attach(id.value(), identity); !r)
                    return r.error();
            }
            ++made;
            return {};
        },
        [&](const CsvProblem &) {});
    if (!read)
        return read.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return made;
}

Result<qint64> exportCsv(Database &db, QIODevice *device, const QList<qint64> &ids)
{
    auto custom = ContactRepository(db).customFieldNames();
    if (!custom)
        return custom.error();
    ContactCsvWriter writer(device, custom.value());
    if (auto r = writer.writeHeader(); !r)
        return r.error();
    return forEachContact(db, ids, [&](const ContactRecord &record) { return writer.write(record); });
}

Result<qint64> exportVCard(Database &db, QIODevice *device, const QList<qint64> &ids)
{
    VCardWriter writer(device);
    return forEachContact(db, ids, [&](const ContactRecord &record) { return writer.write(record); });
}

} // namespace starling::contacts
