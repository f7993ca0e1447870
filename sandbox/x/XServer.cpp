// SPDX-License-Identifier: GPL-3.0-or-later
#include "XServer.h"

#include "LoopbackServer.h"
#include "XRender.h"
#include "XRoutes.h"
#include "XState.h"

namespace starling::sandbox {

namespace {

template<typename T>
std::optional<T> copyOf(const T *found)
{
    if (found)
        return *found;
    return std::nullopt;
}

} // namespace

XServer::XServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_state(new XState(this))
    , m_render(std::make_unique<XRender>(*m_state))
    , m_routes(std::make_unique<XRoutes>(*m_server, *m_state, *m_render, m_limits))
{
    connect(m_state, &XState::dmEventCreated, this, &XServer::dmEventCreated);
    connect(m_state, &XState::postCreated, this, &XServer::postCreated);
}

XServer::~XServer() = default;

bool XServer::listen(quint16 port)
{
    return m_server->listen(port);
}

void XServer::close()
{
    m_server->close();
}

quint16 XServer::port() const
{
    return m_server->port();
}

QUrl XServer::baseUrl() const
{
    return m_server->baseUrl();
}

void XServer::setClock(Clock clock)
{
    m_state->setClock(std::move(clock));
}

QDateTime XServer::now() const
{
    return m_state->now();
}

// ---- People and tokens ----

QString XServer::addUser(const QString &username, const QString &name)
{
    XUser user;
    user.username = username;
    user.name = name;
    return addUser(std::move(user));
}

QString XServer::addUser(XUser user)
{
    return m_state->addUser(std::move(user));
}

std::optional<XUser> XServer::user(const QString &id) const
{
    return copyOf(m_state->findUser(id));
}

std::optional<XUser> XServer::userByUsername(const QString &username) const
{
    return copyOf(m_state->findUserByUsername(username));
}

void XServer::setOwnUser(const QString &userId)
{
    m_state->setOwnUser(userId);
}

QString XServer::ownUserId() const
{
    return m_state->ownUserId();
}

QByteArray XServer::addToken(const QString &userId, const QByteArray &token)
{
    return m_state->addToken(userId, token);
}

void XServer::expireToken(const QByteArray &token)
{
    m_state->expireToken(token);
}

void XServer::expireAllTokens()
{
    m_state->expireAllTokens();
}

bool XServer::isTokenValid(const QByteArray &token) const
{
    return m_state->isTokenValid(token);
}

// ---- Seeding ----

QString XServer::deliverDirectMessage(const QString &fromUserId, const QString &toUserId, const QString &text,
                                      const QString &mediaId)
{
    return m_state->deliverDirectMessage(fromUserId, toUserId, text, mediaId);
}

QString XServer::postToConversation(const QString &senderId, const QString &conversationId, const QString &text,
                                    const QString &mediaId)
{
    return m_state->postToConversation(senderId, conversationId, text, mediaId);
}

QString XServer::createGroupConversation(const QString &creatorId, const QStringList &participantIds,
                                         const QString &text)
{
    return m_state->createGroupConversation(creatorId, participantIds, text);
}

QString XServer::addPost(const QString &authorId, const QString &text, const QString &inReplyToPostId,
                         const QString &quotedPostId)
{
    return m_state->addPost(authorId, text, inReplyToPostId, quotedPostId);
}

QString XServer::mention(const QString &authorId, const QString &mentionedUserId, const QString &text,
                         const QString &inReplyToPostId)
{
    return m_state->mention(authorId, mentionedUserId, text, inReplyToPostId);
}

QString XServer::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                          const QString &category)
{
    return m_state->addMedia(ownerId, mimeType, bytes, category);
}

// ---- Inspection ----

QList<XDmConversation> XServer::conversations() const
{
    return m_state->conversations();
}

std::optional<XDmConversation> XServer::conversation(const QString &id) const
{
    return copyOf(m_state->findConversation(id));
}

QList<XDmEvent> XServer::dmEvents(const QString &conversationId) const
{
    QList<XDmEvent> list;
    for (const XDmEvent &event : m_state->events()) {
        if (conversationId.isEmpty() || event.conversationId == conversationId)
            list.append(event);
    }
    return list;
}

std::optional<XDmEvent> XServer::dmEvent(const QString &id) const
{
    return copyOf(m_state->findEvent(id));
}

QList<XPost> XServer::posts() const
{
    return QList<XPost>(m_state->posts().cbegin(), m_state->posts().cend());
}

std::optional<XPost> XServer::post(const QString &id) const
{
    return copyOf(m_state->findPost(id));
}

QList<XPost> XServer::thread(const QString &conversationId) const
{
    QList<XPost> list;
    for (const XPost &p : m_state->posts()) {
        if (p.conversationId == conversationId)
            list.append(p);
    }
    return list;
}

std::optional<XMedia> XServer::media(const QString &id) const
{
    return copyOf(m_state->findMedia(id));
}

QString XServer::directConversationId(const QString &userA, const QString &userB)
{
    return XState::directConversationId(userA, userB);
}

// ---- Rate limits and processing ----

void XServer::setRateLimit(const QByteArray &method, const QString &pattern, int limit, std::chrono::seconds window)
{
    m_limits.setLimit(XRoutes::endpointName(method, pattern), XRateLimits::Limit{limit, window});
}

void XServer::setAllRateLimits(int limit, std::chrono::seconds window)
{
    m_limits.setAllLimits(XRateLimits::Limit{limit, window});
}

void XServer::restoreRateLimits()
{
    m_limits.restoreDefaults();
}

void XServer::exhaustRateLimit(const QByteArray &method, const QString &pattern, const QString &userId)
{
    m_limits.exhaust(XRoutes::endpointName(method, pattern), userId, now());
}

XRateLimits::Window XServer::rateLimit(const QByteArray &method, const QString &pattern, const QString &userId) const
{
    return m_limits.peek(XRoutes::endpointName(method, pattern), userId, now());
}

void XServer::setMediaProcessing(int statusPolls, int checkAfterSecs)
{
    m_state->setMediaProcessing(statusPolls, checkAfterSecs);
}

void XServer::failMediaProcessing(const QString &mediaId)
{
    m_state->failMediaProcessing(mediaId);
}

} // namespace starling::sandbox
