// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyServer.h"

#include "BlueskyRender.h"
#include "BlueskyState.h"
#include "LoopbackServer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

BlueskyServer::BlueskyServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_state(std::make_unique<BlueskyState>())
    , m_render(std::make_unique<BlueskyRender>(*m_state, [this] { return m_server->baseUrl(); }))
    , m_routes(std::make_unique<BlueskyRoutes>(*m_server, *m_state, *m_render, m_limits))
{
}

BlueskyServer::~BlueskyServer()
{
    m_server->close();
}

bool BlueskyServer::listen()
{
    return m_server->listen();
}

void BlueskyServer::close()
{
    m_server->close();
}

QUrl BlueskyServer::baseUrl() const
{
    return m_server->baseUrl();
}

void BlueskyServer::setClock(Clock clock)
{
    m_state->setClock(std::move(clock));
}

QDateTime BlueskyServer::now() const
{
    return m_state->now();
}

// ---- People, passwords and sessions ----

QString BlueskyServer::addAccount(const QString &handle, const QString &displayName, const QString &password)
{
    return m_state->addAccount(handle, displayName, password);
}

void BlueskyServer::setProfile(const QString &did, const QString &displayName, const QString &description)
{
    if (BlueskyAccount *found = m_state->findAccount(did)) {
        found->displayName = displayName;
        found->description = description;
    }
}

std::optional<BlueskyAccount> BlueskyServer::account(const QString &did) const
{
    if (const BlueskyAccount *found = m_state->findAccount(did))
        return *found;
    return std::nullopt;
}

QString BlueskyServer::didOf(const QString &handle) const
{
    const BlueskyAccount *found = m_state->findActor(handle);
    return found ? found->did : QString();
}

QString BlueskyServer::addAppPassword(const QString &did, const QString &name, bool privileged)
{
    return m_state->addAppPassword(did, name, privileged);
}

QByteArray BlueskyServer::signIn(const QString &did, const QString &appName)
{
    const QString password = m_state->addAppPassword(did, appName, true);
    if (password.isEmpty())
        return {};
    const auto session = m_state->createSession(did, password);
    const auto *signedIn = std::get_if<BlueskyState::Session>(&session);
    return signedIn ? signedIn->accessJwt : QByteArray();
}

void BlueskyServer::revokeAppPassword(const QString &did, const QString &name)
{
    m_state->revokeAppPassword(did, name);
}

void BlueskyServer::setAccessTokenLifetime(std::chrono::seconds lifetime)
{
    m_state->setAccessTokenLifetime(lifetime);
}

void BlueskyServer::expireAccessTokens()
{
    m_state->expireAccessTokens();
}

void BlueskyServer::revokeSessions(const QString &did)
{
    m_state->revokeSessions(did);
}

int BlueskyServer::createSessionCount() const
{
    return m_state->createSessionCount();
}

// ---- The social graph ----

void BlueskyServer::setAllowIncoming(const QString &did, const QString &value)
{
    m_state->createRecord(did, u"chat.bsky.actor.declaration"_s, u"self"_s,
                          QJsonObject{{u"$type"_s, u"chat.bsky.actor.declaration"_s}, {u"allowIncoming"_s, value}});
}

void BlueskyServer::follow(const QString &fromDid, const QString &toDid)
{
    m_state->follow(fromDid, toDid);
}

void BlueskyServer::block(const QString &fromDid, const QString &toDid)
{
    m_state->block(fromDid, toDid);
}

// ---- Seeding ----

QString BlueskyServer::post(const QString &authorDid, const QString &text, const QString &replyToUri)
{
    QJsonObject record{{u"$type"_s, u"app.bsky.feed.post"_s},
                       {u"text"_s, text},
                       {u"createdAt"_s, BlueskyRender::datetime(m_state->now())},
                       {u"langs"_s, QJsonArray{u"en"_s}}};
    const QJsonArray facets = m_state->mentionFacets(text);
    if (!facets.isEmpty())
        record.insert(u"facets"_s, facets);
    if (!replyToUri.isEmpty()) {
        const BlueskyRecord *parent = m_state->findRecord(replyToUri);
        if (!parent)
            return {};
        const QJsonObject parentRef{{u"uri"_s, parent->uri}, {u"cid"_s, parent->cid}};
        QJsonObject rootRef = parentRef;
        if (const BlueskyRecord *root = m_state->findRecord(parent->replyRootUri()))
            rootRef = QJsonObject{{u"uri"_s, root->uri}, {u"cid"_s, root->cid}};
        record.insert(u"reply"_s, QJsonObject{{u"root"_s, rootRef}, {u"parent"_s, parentRef}});
    }
    auto created = m_state->createRecord(authorDid, u"app.bsky.feed.post"_s, {}, record);
    if (const auto *stored = std::get_if<BlueskyRecord>(&created))
        return stored->uri;
    return {};
}

QString BlueskyServer::quote(const QString &fromDid, const QString &quotedUri, const QString &text)
{
    const BlueskyRecord *quoted = m_state->findRecord(quotedUri);
    if (!quoted)
        return {};
    QJsonObject record{
        {u"$type"_s, u"app.bsky.feed.post"_s},
        {u"text"_s, text},
        {u"createdAt"_s, BlueskyRender::datetime(m_state->now())},
        {u"embed"_s, QJsonObject{{u"$type"_s, u"app.bsky.embed.record"_s},
                                 {u"record"_s, QJsonObject{{u"uri"_s, quoted->uri}, {u"cid"_s, quoted->cid}}}}}};
    const QJsonArray facets = m_state->mentionFacets(text);
    if (!facets.isEmpty())
        record.insert(u"facets"_s, facets);
    auto created = m_state->createRecord(fromDid, u"app.bsky.feed.post"_s, {}, record);
    if (const auto *stored = std::get_if<BlueskyRecord>(&created))
        return stored->uri;
    return {};
}

QString BlueskyServer::like(const QString &fromDid, const QString &uri)
{
    const BlueskyRecord *subject = m_state->findRecord(uri);
    if (!subject)
        return {};
    auto created = m_state->createRecord(
        fromDid, u"app.bsky.feed.like"_s, {},
        QJsonObject{{u"subject"_s, QJsonObject{{u"uri"_s, subject->uri}, {u"cid"_s, subject->cid}}},
                    {u"createdAt"_s, BlueskyRender::datetime(m_state->now())}});
    if (const auto *stored = std::get_if<BlueskyRecord>(&created))
        return stored->uri;
    return {};
}

QString BlueskyServer::createConvo(const QStringList &memberDids)
{
    return m_state->createConvo(memberDids);
}

QString BlueskyServer::sendMessage(const QString &fromDid, const QString &convoId, const QString &text)
{
    BlueskyState::NewMessage message;
    message.text = text;
    message.facets = m_state->mentionFacets(text);
    auto sent = m_state->sendMessage(fromDid, convoId, message);
    if (const auto *stored = std::get_if<BlueskyMessage>(&sent))
        return stored->id;
    return {};
}

void BlueskyServer::deleteMessage(const QString &did, const QString &convoId, const QString &messageId)
{
    m_state->deleteMessageForSelf(did, convoId, messageId);
}

void BlueskyServer::setConvoLocked(const QString &convoId, bool locked)
{
    m_state->setConvoLocked(convoId, locked);
}

void BlueskyServer::setConvoStatus(const QString &convoId, const QString &did, const QString &status)
{
    m_state->setConvoStatus(convoId, did, status);
}

// ---- Inspection ----

QList<BlueskyRecord> BlueskyServer::posts() const
{
    return m_state->records(u"app.bsky.feed.post"_s);
}

std::optional<BlueskyRecord> BlueskyServer::post(const QString &uri) const
{
    const BlueskyRecord *found = m_state->findRecord(uri);
    if (found && found->collection == u"app.bsky.feed.post")
        return *found;
    return std::nullopt;
}

std::optional<BlueskyRecord> BlueskyServer::record(const QString &uri) const
{
    if (const BlueskyRecord *found = m_state->findRecord(uri))
        return *found;
    return std::nullopt;
}

QList<BlueskyMessage> BlueskyServer::messagesOf(const QString &convoId) const
{
    return m_state->messagesOf(convoId);
}

std::optional<BlueskyConvo> BlueskyServer::convo(const QString &convoId) const
{
    if (const BlueskyConvo *found = m_state->findConvo(convoId))
        return *found;
    return std::nullopt;
}

QList<BlueskyConvo> BlueskyServer::convosOf(const QString &did) const
{
    return m_state->convosOf(did);
}

QList<BlueskyNotification> BlueskyServer::notificationsOf(const QString &did) const
{
    return m_state->notificationsOf(did);
}

QList<BlueskyBlob> BlueskyServer::blobs() const
{
    return m_state->blobs();
}

int BlueskyServer::requestCount(const QString &nsid) const
{
    const QString path = u"/xrpc/"_s + nsid;
    int count = 0;
    for (const Request &request : m_server->requests())
        count += request.path == path ? 1 : 0;
    return count;
}

// ---- Rate limits ----

void BlueskyServer::setRateLimit(int limit, std::chrono::seconds window)
{
    m_limits.setLimit(limit, window);
}

void BlueskyServer::exhaustRateLimit(const QString &did)
{
    m_limits.exhaust(did, m_state->now());
}

} // namespace starling::sandbox
