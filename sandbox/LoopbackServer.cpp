// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackServer.h"

#include "HttpConnection.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

QByteArray rawPathOf(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

Response notFound(const Request &request)
{
    return Response::json(QJsonObject{{u"error"_s, u"Not Found"_s}, {u"path"_s, request.path}}, 404);
}

} // namespace

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_fallback(notFound)
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    close();
}

bool LoopbackServer::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackServer::close()
{
    m_server->close();
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->abort();
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl LoopbackServer::url(const QString &pathAndQuery) const
{
    return QUrl(baseUrl().toString() + pathAndQuery);
}

void LoopbackServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    Pattern compiled = compile(method, pattern);
    for (Route &existing : m_routes) {
        if (existing.pattern.method == compiled.method && existing.pattern.text == compiled.text) {
            existing.handler = std::move(handler);
            return;
        }
    }
    m_routes.push_back({std::move(compiled), std::move(handler)});
}

void LoopbackServer::setFallback(Handler handler)
{
    m_fallback = handler ? std::move(handler) : Handler(notFound);
}

void LoopbackServer::clearRoutes()
{
    m_routes.clear();
}

void LoopbackServer::injectFault(const QByteArray &method, const QString &pattern, const Fault &fault, int times)
{
    if (times == 0)
        return;
    m_faults.push_back({compile(method, pattern), fault, times < 0 ? always : times});
}

void LoopbackServer::clearFaults()
{
    m_faults.clear();
}

int LoopbackServer::requestCount(const QByteArray &method, const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &request) { return request.method == method && request.path == path; }));
}

void LoopbackServer::clearRequests()
{
    m_requests.clear();
}

int LoopbackServer::connectionCount() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

bool LoopbackServer::Pattern::matchesMethod(const QByteArray &requestMethod) const
{
    return method.isEmpty() || method == "*" || method == requestMethod;
}

std::optional<QHash<QString, QString>> LoopbackServer::Pattern::match(const QByteArray &rawPath) const
{
    const QList<QByteArray> parts = rawPath.split('/');
    if (parts.size() != segments.size())
        return std::nullopt;
    QHash<QString, QString> params;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &segment = segments.at(i);
        // Decoded per segment, so an encoded "/" inside a value does not split it.
        const QString value = QUrl::fromPercentEncoding(parts.at(i));
        if (segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (value.isEmpty())
                return std::nullopt;
            params.insert(segment.mid(1, segment.size() - 2), value);
        } else if (segment != value) {
            return std::nullopt;
        }
    }
    return params;
}

LoopbackServer::Pattern LoopbackServer::compile(const QByteArray &method, const QString &pattern)
{
    Pattern compiled;
    compiled.method = method;
    compiled.text = pattern.startsWith(u'/') ? pattern : u'/' + pattern;
    compiled.segments = compiled.text.split(u'/');
    return compiled;
}

std::optional<Fault> LoopbackServer::admit(Request &request)
{
    const QByteArray rawPath = rawPathOf(request.target);
    for (const Route &route : m_routes) {
        if (!route.pattern.matchesMethod(request.method))
            continue;
        if (auto params = route.pattern.match(rawPath)) {
            request.params = std::move(*params);
            request.routePattern = route.pattern.text;
            break;
        }
    }
    m_requests.append(request);

    std::optional<Fault> fault;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->pattern.matchesMethod(request.method) || !it->pattern.match(rawPath))
            continue;
        fault = it->fault;
        if (it->remaining > 0 && --it->remaining == 0)
            m_faults.erase(it);
        break;
    }
    Q_EMIT requestReceived(request);
    return fault;
}

Response LoopbackServer::handle(const Request &request)
{
    const QByteArray rawPath = rawPathOf(request.target);
    for (const Route &route : m_routes) {
        if (route.pattern.matchesMethod(request.method) && route.pattern.match(rawPath))
            return route.handler(request);
    }
    return m_fallback(request);
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new HttpConnection(socket, m_nextConnectionId++, this);
}

} // namespace starling::sandbox
