// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fault.h"
#include "HttpTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

class QTcpServer;

namespace starling::sandbox {

class HttpConnection;

/**
 * A small HTTP/1.1 server on 127.0.0.1 (never on other interfaces) with a route table, a
 * record of every request it got and per-route fault injection. Tests and `starling --demo`
 * build each network's fake server on it. It runs in the event loop of the thread that owns
 * it, so a test can drive it and an HttpClient from the same thread.
 *
 * Routes are matched by method and a path pattern whose `{name}` segments capture values:
 * `server.route("GET", u"/2/users/{id}/mentions"_s, handler)`. The first matching route
 * answers; unmatched requests get the fallback (404 by default). Malformed requests get a 400
 * and never reach a handler.
 */
class LoopbackServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<Response(const Request &)>;
    /** For injectFault(): arm the fault for every matching request until cleared. */
    static constexpr int always = -1;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;
    Q_DISABLE_COPY_MOVE(LoopbackServer)

    /**
     * Listens on 127.0.0.1 with a port the system picks, or on @p port: a test that closes the
     * server to play "unreachable" listens again where its clients still point.
     */
    bool listen(quint16 port = 0);
    /** Stops listening and drops every open connection. */
    void close();
    bool isListening() const;
    quint16 port() const;
    /** "http://127.0.0.1:<port>" */
    QUrl baseUrl() const;
    /** baseUrl() with @p pathAndQuery ("/api/v1/x?y=1") appended. */
    QUrl url(const QString &pathAndQuery) const;

    /** Adds a route; an earlier route with the same method and pattern is replaced. "*" = any method. */
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    /** Answers requests no route matches; a 404 JSON error unless set. */
    void setFallback(Handler handler);
    void clearRoutes();

    /**
     * Arms @p fault for the next @p times requests whose method and path match (or always).
     * Faults match on their own, so a route is not needed for the faults that do not run a
     * handler. When several are armed for a request, the one armed first fires.
     */
    void injectFault(const QByteArray &method, const QString &pattern, const Fault &fault, int times = always);
    void clearFaults();

    /** Every request received since the last clearRequests(), oldest first. */
    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    /** Requests with this method and this exact (decoded) path. */
    int requestCount(const QByteArray &method, const QString &path) const;
    void clearRequests();

    /** Connections currently open. */
    int connectionCount() const;

Q_SIGNALS:
    /** A complete request arrived; emitted before any handler or fault runs. */
    void requestReceived(const starling::sandbox::Request &request);

private:
    friend class HttpConnection;

    struct Pattern
    {
        QByteArray method;
        QString text;
        QStringList segments;
        bool matchesMethod(const QByteArray &requestMethod) const;
        std::optional<QHash<QString, QString>> match(const QByteArray &rawPath) const;
    };
    struct Route
    {
        Pattern pattern;
        Handler handler;
    };
    struct ArmedFault
    {
        Pattern pattern;
        Fault fault;
        int remaining = always;
    };

    static Pattern compile(const QByteArray &method, const QString &pattern);
    /** Records @p request, fills in its route and parameters, and takes the fault to apply. */
    std::optional<Fault> admit(Request &request);
    /** Runs the matching handler (or the fallback). */
    Response handle(const Request &request);
    void onNewConnection();

    QTcpServer *m_server = nullptr;
    std::vector<Route> m_routes;
    Handler m_fallback;
    std::vector<ArmedFault> m_faults;
    QList<Request> m_requests;
    quint64 m_nextConnectionId = 1;
};

} // namespace starling::sandbox
