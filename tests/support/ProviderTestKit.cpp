// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderTestKit.h"

#include "store/CursorRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"
#include "sync/SyncEngine.h"
#include "x/XServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling::test {

XServerTokens::XServerTokens(sandbox::XServer &server, QString userId)
    : m_server(server)
    , m_userId(std::move(userId))
{
    m_token = m_server.addToken(m_userId, "token-1"_ba);
}

void XServerTokens::refresh(QObject *context, std::function<void(Result<void>)> done)
{
    ++refreshes;
    // Asynchronous, like the real token endpoint.
    QTimer::singleShot(0, context, [this, done] {
        if (failRefresh) {
            done(Error(Error::Code::AuthRevoked, u"test: the grant was revoked"_s));
            return;
        }
        m_token = m_server.addToken(m_userId, "token-" + QByteArray::number(refreshes + 1));
        done(Result<void>());
    });
}

Result<FetchedPage> fetchPage(ProviderClient &client, const QString &stream, const PageRequest &request, int waitMs)
{
    return await<FetchedPage>(
        [&](QObject *context, ResultCallback<FetchedPage> done) {
            if (stream == u"dm")
                client.fetchDirectMessages(request, context, done);
            else
                client.fetchMentions(request, context, done);
        },
        waitMs);
}

int syncStream(ProviderClient &client, Database &db, PageWriter &writer, const QUuid &accountId, const QString &stream,
               int pageSize, int waitMs)
{
    const auto stored = CursorRepository(db).cursor(accountId, stream);
    if (!stored.ok()) {
        qWarning() << "cursor:" << stored.error().message();
        return -1;
    }
    PageRequest request;
    request.since = stored.value().value_or(QString());
    request.pageSize = pageSize;
    QString newest;
    for (int pages = 1; pages < 1000; ++pages) {
        const auto page = fetchPage(client, stream, request, waitMs);
        if (!page.ok()) {
            qWarning() << stream << "page" << pages << "failed:" << page.error().message();
            return -1;
        }
        for (const Error &warning : page->warnings)
            qWarning() << "warning:" << warning.message();
        if (pages == 1)
            newest = page->newestCursor;
        SyncPage write = toSyncPage(accountId, stream, page.value());
        const bool last = page->nextPageToken.isEmpty();
        // The cursor goes with the fetch's last page: a crash in between refetches, never skips.
        if (last && !newest.isEmpty())
            write.cursor = newest;
        const auto written = writer.write(write);
        if (!written.ok()) {
            qWarning() << "store:" << written.error().message();
            return -1;
        }
        if (last)
            return pages;
        request.pageToken = page->nextPageToken;
    }
    return -1;
}

qint64 scalar(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    query.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QJsonObject RawReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RawReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawReply rawRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method, const QByteArray &body,
                    const QByteArray &contentType, const QByteArray &token, int waitMs)
{
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + token);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type"_ba, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    RawReply answer;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, waitMs)) {
        reply->abort();
        reply->deleteLater();
        return answer;
    }
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.headers = reply->rawHeaderPairs();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

} // namespace starling::test
