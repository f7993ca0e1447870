// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreWriter.h"

#include "Database.h"
#include "Logging.h"
#include "PageWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace starling {

StoreWriter::StoreWriter(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_database(std::move(database))
    , m_pages(std::make_unique<PageWriter>(*m_database))
{
}

StoreWriter::~StoreWriter()
{
    // The prepared statements belong to the connection; drop them first.
    m_pages.reset();
}

Result<ChangeSet> StoreWriter::storePage(const SyncPage &page)
{
    return announce(m_pages->write(page));
}

Result<ChangeSet> StoreWriter::run(const char *name, const Job &job)
{
    Result<ChangeSet> result = job(*m_database);
    if (!result.ok())
        logFailure(name, result.error());
    return announce(std::move(result));
}

Result<ChangeSet> StoreWriter::announce(Result<ChangeSet> result)
{
    if (result.ok())
        announce(result.value());
    return result;
}

void StoreWriter::announce(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    Q_EMIT changed(changes);
    if (m_database->engine() == Engine::Postgres)
        tellTheTeam(changes);
}

void StoreWriter::tellTheTeam(const ChangeSet &changes)
{
    // After the commit (NOTIFY inside a transaction would wait for it anyway): whoever hears it
    // reads rows that are there. A notice that cannot be sent costs the others a live update
    // only; they catch up when their listener reconnects.
    QSqlQuery query(m_database->connection());
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    for (const QString &payload : changenotice::encode(changes, m_origin)) {
        query.bindValue(0, QString::fromLatin1(changenotice::channel));
        query.bindValue(1, payload);
        if (!query.exec()) {
            qCWarning(lcStore).noquote() << "the team was not told of a change:" << query.lastError().text();
            return;
        }
    }
}

void StoreWriter::logFailure(const char *name, const Error &error)
{
    qCInfo(lcStore) << "a write failed:" << name << Error::codeName(error.code());
}

} // namespace starling
