// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonServer.h"

#include "LoopbackServer.h"
#include "MastodonRender.h"
#include "MastodonRoutes.h"
#include "MastodonState.h"
#include "MastodonStreaming.h"

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

MastodonServer::MastodonServer(QObject *parent)
    : QObject(parent)
    , m_server(new LoopbackServer(this))
    , m_state(new MastodonState(this))
    , m_render(std::make_unique<MastodonRender>(*m_state, *m_server))
    , m_streaming(std::make_unique<MastodonStreaming>(*m_state, *m_render))
    , m_routes(std::make_unique<MastodonRoutes>(*m_server, *m_state, *m_render, m_limits, *m_streaming))
{
    connect(m_state, &MastodonState::statusCreated, this, &MastodonServer::statusCreated);
    connect(m_streaming.get(), &MastodonStreaming::streamOpened, this, &MastodonServer::streamOpened);
    connect(m_streaming.get(), &MastodonStreaming::streamClosed, this, &MastodonServer::streamClosed);
}

// The routes go first, then the streaming sockets (their events render with m_render), then the
// renderer; the LoopbackServer and the state, children of this object, last.
MastodonServer::~MastodonServer() = default;

bool MastodonServer::listen()
{
    if (!m_server->listen())
        return false;
    return m_streaming->listen();
}

void MastodonServer::close()
{
    m_server->close();
    m_streaming->close();
}

QUrl MastodonServer::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl MastodonServer::streamingUrl() const
{
    return m_streaming->url();
}

void MastodonServer::setAnnouncedStreamingUrl(const QUrl &url)
{
    m_streaming->setAnnouncedUrl(url);
}

void MastodonServer::setClock(Clock clock)
{
    m_state->setClock(std::move(clock));
}

QDateTime MastodonServer::now() const
{
    return m_state->now();
}

// ---- The server's settings ----

void MastodonServer::setDomain(const QString &domain)
{
    m_state->setDomain(domain);
}

QString MastodonServer::domain() const
{
    return m_state->domain();
}

void MastodonServer::setSupportsPkce(bool supports)
{
    m_state->setSupportsPkce(supports);
}

void MastodonServer::setMaxCharacters(int max)
{
    m_state->setMaxCharacters(max);
}

void MastodonServer::setCharactersReservedPerUrl(int length)
{
    m_state->setCharactersReservedPerUrl(length);
}

void MastodonServer::setMaxMediaAttachments(int max)
{
    m_state->setMaxMediaAttachments(max);
}

void MastodonServer::setConsent(Consent consent)
{
    m_state->setConsent(consent);
}

// ---- People and tokens ----

QString MastodonServer::addAccount(const QString &username, const QString &displayName, const QString &domain)
{
    MastodonAccount account;
    account.username = username;
    account.displayName = displayName;
    account.domain = domain;
    return addAccount(std::move(account));
}

QString MastodonServer::addAccount(MastodonAccount account)
{
    return m_state->addAccount(std::move(account));
}

std::optional<MastodonAccount> MastodonServer::account(const QString &id) const
{
    return copyOf(m_state->findAccount(id));
}

std::optional<MastodonAccount> MastodonServer::accountByAcct(const QString &acct) const
{
    return copyOf(m_state->findAccountByAcct(acct));
}

void MastodonServer::setOwnAccount(const QString &id)
{
    m_state->setOwnAccount(id);
}

QString MastodonServer::ownAccountId() const
{
    return m_state->ownAccountId();
}

QByteArray MastodonServer::addToken(const QString &accountId, const QByteArray &token, const QStringList &scopes)
{
    return m_state->addToken(accountId, token, scopes);
}

void MastodonServer::revokeToken(const QByteArray &token)
{
    m_state->revokeToken(token);
}

void MastodonServer::revokeAllTokens()
{
    m_state->revokeAllTokens();
}

bool MastodonServer::isTokenValid(const QByteArray &token) const
{
    return m_state->isTokenValid(token);
}

// ---- Seeding ----

QString MastodonServer::post(const QString &authorId, const QString &text, const QString &visibility,
                             const QString &inReplyToId, const QStringList &mediaIds, const QString &spoiler)
{
    return m_state->post(authorId, text, visibility, inReplyToId, mediaIds, spoiler);
}

QString MastodonServer::directMessage(const QString &fromId, const QStringList &toIds, const QString &text,
                                      const QString &inReplyToId)
{
    return m_state->directMessage(fromId, toIds, text, inReplyToId);
}

QString MastodonServer::mention(const QString &fromId, const QString &toId, const QString &text,
                                const QString &inReplyToId)
{
    return m_state->mention(fromId, toId, text, inReplyToId);
}

QString MastodonServer::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                                 const QString &description, bool processing)
{
    return m_state->addMedia(ownerId, mimeType, bytes, description, processing);
}

void MastodonServer::deleteStatus(const QString &id)
{
    m_state->deleteStatus(id);
}

// ---- Inspection ----

QList<MastodonStatus> MastodonServer::statuses() const
{
    QList<MastodonStatus> list;
    for (const MastodonStatus &s : m_state->statuses()) {
        if (!s.deleted)
            list << s;
    }
    return list;
}

std::optional<MastodonStatus> MastodonServer::status(const QString &id) const
{
    return copyOf(m_state->findStatus(id));
}

QList<MastodonConversation> MastodonServer::conversationsOf(const QString &accountId) const
{
    QList<MastodonConversation> list;
    for (const MastodonConversation &c : m_state->conversations()) {
        if (c.accountId == accountId)
            list << c;
    }
    return list;
}

QList<MastodonNotification> MastodonServer::notificationsOf(const QString &accountId) const
{
    QList<MastodonNotification> list;
    for (const MastodonNotification &n : m_state->notifications()) {
        if (n.accountId == accountId)
            list << n;
    }
    return list;
}

std::optional<MastodonMedia> MastodonServer::media(const QString &id) const
{
    return copyOf(m_state->findMedia(id));
}

QList<MastodonApp> MastodonServer::apps() const
{
    return m_state->apps();
}

QList<MastodonServer::Authorization> MastodonServer::authorizations() const
{
    return m_state->authorizations();
}

int MastodonServer::codeExchanges() const
{
    return m_state->codeExchanges();
}

int MastodonServer::idempotentReplays() const
{
    return m_state->idempotentReplays();
}

// ---- Rate limits and processing ----

void MastodonServer::setRateLimit(int limit, std::chrono::seconds window)
{
    m_limits.setLimit(limit, window);
}

void MastodonServer::setMediaRateLimit(int limit, std::chrono::seconds window)
{
    m_limits.setMediaLimit(limit, window);
}

void MastodonServer::exhaustRateLimit(const QString &accountId)
{
    m_limits.exhaust(accountId, now());
}

void MastodonServer::setMediaProcessing(int polls)
{
    m_state->setMediaProcessing(polls);
}

// ---- Streaming ----

void MastodonServer::setStreamingAvailable(bool available)
{
    m_streaming->setAvailable(available);
}

void MastodonServer::dropStreams()
{
    m_streaming->dropStreams();
}

int MastodonServer::streamCount() const
{
    return m_streaming->streamCount();
}

QStringList MastodonServer::streamsOf(const QString &accountId) const
{
    return m_streaming->streamsOf(accountId);
}

int MastodonServer::streamConnections() const
{
    return m_streaming->connections();
}

void MastodonServer::setDuplicateStreamEvents(bool duplicate)
{
    m_streaming->setDuplicateEvents(duplicate);
}

void MastodonServer::setStreamFrameSize(quint64 bytes)
{
    m_streaming->setFrameSize(bytes);
}

} // namespace starling::sandbox
