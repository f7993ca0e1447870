// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "auth/AccessTokenSource.h"
#include "providers/ProviderClient.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QTest>
#include <QUuid>
#include <QVariantList>

#include <optional>

class QNetworkAccessManager;

namespace starling {
class Database;
class PageWriter;
namespace sandbox {
class XServer;
}
} // namespace starling

/**
 * What the provider tests (TestXClient, TestMastodonClient) do the same way: wait for a client's
 * answer, fetch and store whole streams as the sync engine would, read one number from the store,
 * and send a raw HTTP request to a sandbox server.
 */
namespace starling::test {

/**
 * Calls @p call(context, done) and waits up to @p waitMs for its answer. The context dies with
 * this function, so an answer that comes too late can never reach a finished test.
 */
template<typename T, typename Call>
Result<T> await(Call call, int waitMs)
{
    std::optional<Result<T>> result;
    QObject receiver;
    call(&receiver, [&result](Result<T> answer) { result = std::move(answer); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs))
        return Error(Error::Code::Timeout, QStringLiteral("test: no answer in time"));
    return std::move(*result);
}

/**
 * An X account's sign-in as the client sees it: a token the sandbox server knows ("token-1"), that
 * the test can expire there, and a refresh that issues the next one ("token-2"…) or, with
 * failRefresh, fails as a revoked grant does. Counts its refreshes.
 */
class XServerTokens final : public AccessTokenSource
{
public:
    XServerTokens(sandbox::XServer &server, QString userId);

    QByteArray accessToken() const override { return m_token; }
    void refresh(QObject *context, std::function<void(Result<void>)> done) override;

    int refreshes = 0;
    bool failRefresh = false;

private:
    sandbox::XServer &m_server;
    QString m_userId;
    QByteArray m_token;
};

/** One page of the "dm" or "mention" stream. */
Result<FetchedPage> fetchPage(ProviderClient &client, const QString &stream, const PageRequest &request, int waitMs);

/**
 * Fetches @p stream from its stored cursor on, page by page, and stores each page with the
 * cursor on the last one, as the sync engine does. Returns how many pages it took, or -1 (with a
 * warning saying why).
 */
int syncStream(ProviderClient &client, Database &db, PageWriter &writer, const QUuid &accountId, const QString &stream,
               int pageSize, int waitMs);

/** The first column of the first row of @p sql with @p values bound, or -1. */
qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {});

/** An HTTP answer as it came, for tests that talk to a sandbox server directly. */
struct RawReply
{
    int status = 0; ///< 0 when there was no answer in time
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QJsonObject json() const;
    QByteArray header(QByteArrayView name) const;
};

/** Sends @p method to @p url, with a bearer @p token and a body when given, and waits for the answer. */
RawReply rawRequest(QNetworkAccessManager &network, const QUrl &url, const QByteArray &method, const QByteArray &body,
                    const QByteArray &contentType, const QByteArray &token, int waitMs);

} // namespace starling::test
