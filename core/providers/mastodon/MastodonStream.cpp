// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonStream.h"

#include "MastodonMapper.h"
#include "auth/AccessTokenSource.h"
#include "providers/Logging.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace starling {

namespace {

constexpr qsizetype rememberedItems = 4096;
// Mastodon's events are a few kilobytes; a status with its accounts and media stays far below this.
constexpr quint64 maxIncomingBytes = 1024 * 1024;

bool isLoopbackHost(const QString &host)
{
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

} // namespace

bool MastodonStream::isAcceptableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    // The token travels in the handshake: in clear only to this machine.
    return scheme == u"wss" || (scheme == u"ws" && isLoopbackHost(url.host()));
}

MastodonStream::MastodonStream(Config config, AccessTokenSource *tokens, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
{
    if (m_config.userAgent.isEmpty())
        m_config.userAgent = "Starling/" STARLING_VERSION;
    if (m_config.streams.isEmpty())
        m_config.streams << u"user"_s;
    m_reconnect.setSingleShot(true);
    m_handshake.setSingleShot(true);
    m_pongDeadline.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &MastodonStream::open);
    connect(&m_heartbeat, &QTimer::timeout, this, &MastodonStream::ping);
    connect(&m_handshake, &QTimer::timeout, this, [this] {
        if (m_socket && m_state == State::Connecting) {
            qCInfo(lcProviders) << "the Mastodon stream did not open in time";
            m_socket->abort();
        }
    });
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        if (m_socket && m_state == State::Connected) {
            // No pong: the connection died without closing (a sleeping laptop, a dropped route).
            qCInfo(lcProviders) << "the Mastodon stream stopped answering; reconnecting";
            m_socket->abort();
        }
    });
}

MastodonStream::~MastodonStream()
{
    m_state = State::Stopped;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl MastodonStream::socketUrl() const
{
    QUrl url = m_config.url;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        url.setScheme(u"wss"_s);
    else if (scheme == u"http")
        url.setScheme(u"ws"_s);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/v1/streaming"_s);
    QUrlQuery query;
    query.addQueryItem(u"stream"_s, m_config.streams.constFirst());
    url.setQuery(query);
    return url;
}

void MastodonStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void MastodonStream::setFallback(bool polling)
{
    if (m_pollingFallback == polling)
        return;
    m_pollingFallback = polling;
    qCInfo(lcProviders) << (polling ? "the Mastodon stream keeps failing; polling carries the account"
                                    : "the Mastodon stream works again");
    Q_EMIT pollingFallbackChanged(polling);
}

void MastodonStream::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::WaitingToReconnect);
    open();
}

void MastodonStream::stop()
{
    setState(State::Stopped);
    m_reconnect.stop();
    m_heartbeat.stop();
    m_pongDeadline.stop();
    m_handshake.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->close();
        socket->deleteLater();
    }
}

void MastodonStream::open()
{
    if (m_state == State::Stopped || m_socket)
        return;
    const QByteArray token = m_tokens ? m_tokens->accessToken() : QByteArray();
    if (token.isEmpty()) {
        // Not signed in yet (the keychain read may still be under way): try again later.
        ++m_failures;
        if (m_failures >= m_config.failuresBeforeFallback)
            setFallback(true);
        scheduleReconnect();
        return;
    }
    const QUrl url = socketUrl();
    if (url.isValid() && !url.host().isEmpty() && !isAcceptableUrl(url)) {
        // A server (or its /api/v2/instance) that names an unencrypted host elsewhere: the token
        // would cross the network in clear. Polling over HTTPS carries the account instead.
        qCWarning(lcProviders).noquote() << "the Mastodon streaming URL"
                                         << QString(url.scheme() + u"://"_s + url.host())
                                         << "is not encrypted (only wss:// is used for other machines);"
                                         << "polling carries the account instead";
        setFallback(true);
        setState(State::Stopped);
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        ++m_failures;
        if (m_failures >= m_config.failuresBeforeFallback)
            setFallback(true);
        scheduleReconnect();
        return;
    }
    setState(State::Connecting);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Without limits a server could make the socket buffer gigabytes in one frame or message;
    // past them QWebSocket closes with 1009 (too much data).
    m_socket->setMaxAllowedIncomingFrameSize(maxIncomingBytes);
    m_socket->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
    connect(m_socket, &QWebSocket::connected, this, &MastodonStream::onConnected);
    connect(m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onClosed();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &MastodonStream::onText);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongDeadline.stop(); });

    QNetworkRequest request(url);
    // The header is the preferred way (M-2); the access_token query parameter would end up in logs.
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("User-Agent", m_config.userAgent);
    m_handshake.start(m_config.handshakeTimeout);
    m_socket->open(request);
}

void MastodonStream::onConnected()
{
    m_handshake.stop();
    m_failures = 0;
    ++m_connections;
    for (qsizetype i = 1; i < m_config.streams.size(); ++i) {
        const QJsonObject subscribe{{u"type"_s, u"subscribe"_s}, {u"stream"_s, m_config.streams.at(i)}};
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    }
    if (m_config.pingInterval.count() > 0)
        m_heartbeat.start(m_config.pingInterval);
    setFallback(false);
    setState(State::Connected);
    qCInfo(lcProviders) << "the Mastodon stream is open";
    Q_EMIT connected();
}

void MastodonStream::onClosed()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    m_handshake.stop();
    m_heartbeat.stop();
    m_pongDeadline.stop();
    const bool wasConnected = m_state == State::Connected;
    const int code = int(socket->closeCode());
    socket->disconnect(this);
    socket->deleteLater();
    if (m_state == State::Stopped)
        return;
    // An attempt that never opened counts as a failure; so does a socket the server closed as a
    // refusal (policy violation, or the 4xxx codes of applications), or it would be retried at
    // the shortest delay for ever.
    // A server that sent more than the limits allow is refused the same way.
    if (code == int(QWebSocketProtocol::CloseCodeTooMuchData))
        qCInfo(lcProviders) << "the Mastodon stream sent a message larger than" << maxIncomingBytes << "bytes";
    if (!wasConnected || code == int(QWebSocketProtocol::CloseCodePolicyViolated)
        || code == int(QWebSocketProtocol::CloseCodeTooMuchData) || (code >= 4000 && code < 5000))
        ++m_failures;
    if (m_failures >= m_config.failuresBeforeFallback)
        setFallback(true);
    qCInfo(lcProviders).nospace() << "the Mastodon stream closed "
                                  << (wasConnected ? "after it was open" : "before it opened")
                                  << " (attempts failed in a row: " << m_failures << ")";
    if (wasConnected)
        Q_EMIT disconnected();
    scheduleReconnect();
}

void MastodonStream::scheduleReconnect()
{
    if (m_state == State::Stopped)
        return;
    setState(State::WaitingToReconnect);
    const qint64 initial = std::max<qint64>(m_config.initialBackoff.count(), 1);
    const qint64 maximum = std::max<qint64>(m_config.maxBackoff.count(), initial);
    const int doublings = std::clamp(m_failures - 1, 0, 30);
    const qint64 exponential = std::min<qint64>(maximum, initial << std::min(doublings, 20));
    const double jitter = std::clamp(m_config.jitter, 0.0, 1.0);
    // Between (1 - jitter) and the whole delay, so that many accounts do not reconnect in step.
    const double factor = 1.0 - jitter * QRandomGenerator::global()->generateDouble();
    m_reconnect.start(milliseconds(std::max<qint64>(1, qint64(double(exponential) * factor))));
}

void MastodonStream::ping()
{
    if (!m_socket || m_state != State::Connected || m_pongDeadline.isActive())
        return;
    m_socket->ping();
    m_pongDeadline.start(m_config.pongTimeout);
}

bool MastodonStream::seenBefore(const QString &key)
{
    if (m_seen.contains(key))
        return true;
    m_seen.insert(key);
    m_seenOrder.push_back(key);
    while (qsizetype(m_seenOrder.size()) > rememberedItems) {
        m_seen.remove(m_seenOrder.front());
        m_seenOrder.pop_front();
    }
    return false;
}

void MastodonStream::deliver(SyncStream stream, FetchedPage page)
{
    const QString prefix = syncStreamKey(stream) + u':';
    const bool hadMessages = !page.messages.isEmpty();
    page.messages.erase(std::remove_if(page.messages.begin(), page.messages.end(),
                                       [&](const Message &m) { return seenBefore(prefix + m.remoteId); }),
                        page.messages.end());
    if (hadMessages && page.messages.isEmpty())
        return; // all of it was delivered before
    Q_EMIT received(stream, page);
}

void MastodonStream::onText(const QString &message)
{
    auto event = mastodonmapper::streamEvent(message.toUtf8());
    if (!event) {
        qCInfo(lcProviders) << "a Mastodon stream message was left out:" << event.error().message();
        return;
    }
    const mastodonmapper::Context context{m_config.accountId, m_config.ownUserId, {}};
    if (event->event == u"notification") {
        const QJsonObject status = event->payload.value(u"status"_s).toObject();
        const QString type = event->payload.value(u"type"_s).toString();
        if (type != u"mention")
            return;
        if (status.value(u"visibility"_s).toString() == u"direct") {
            // A private mention: its conversation event carries it; this only says "look".
            const QString key = u"notification:"_s + event->payload.value(u"id"_s).toString();
            if (!seenBefore(key))
                Q_EMIT received(SyncStream::DirectMessages, FetchedPage{});
            return;
        }
        auto page = mastodonmapper::notifications(QJsonDocument(QJsonArray{event->payload}), context);
        if (page && !page->messages.isEmpty()) {
            page->newestCursor.clear(); // a pushed item must never move the stored cursor
            deliver(SyncStream::Mentions, std::move(page.value()));
        }
        return;
    }
    if (event->event == u"conversation") {
        auto listing = mastodonmapper::conversations(QJsonDocument(QJsonArray{event->payload}), context);
        if (!listing || listing->entries.isEmpty())
            return;
        const mastodonmapper::ConversationEntry &entry = listing->entries.constFirst();
        FetchedPage page = mastodonmapper::directThread(entry, {}, context);
        const QString replyTo = entry.lastStatus.value(u"in_reply_to_id"_s).toString();
        if (!replyTo.isEmpty()) {
            // The payload has no ancestors: where this thread begins is not known here.
            page.conversations.clear();
            for (Message &m : page.messages)
                m.conversationRemoteId.clear();
        }
        deliver(SyncStream::DirectMessages, std::move(page));
        return;
    }
    if (event->event == u"delete") {
        // Sent for every status of the home timeline too: most are not in the inbox, and the store
        // ignores those. A repeated event costs a lookup, no more.
        if (!event->deletedId.isEmpty())
            Q_EMIT deleted(event->deletedId);
        return;
    }
    // update (home timeline), status.update, filters_changed…: nothing the inbox shows.
}

} // namespace starling
