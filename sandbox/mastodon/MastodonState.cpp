// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonState.h"

#include "text/EntityExtractor.h"
#include "text/TextRules.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

const QStringList visibilities{u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s};
constexpr qint64 idempotencySeconds = 3600;

/** Width and height from a PNG's IHDR chunk; zeros for anything else. */
std::pair<int, int> pngSize(const QByteArray &bytes)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (bytes.size() < 24 || !bytes.startsWith(signature) || bytes.mid(12, 4) != "IHDR")
        return {0, 0};
    const quint32 width = qFromBigEndian<quint32>(bytes.constData() + 16);
    const quint32 height = qFromBigEndian<quint32>(bytes.constData() + 20);
    if (width > 100000 || height > 100000)
        return {0, 0};
    return {int(width), int(height)};
}

} // namespace

MastodonState::MastodonState(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

MastodonState::~MastodonState() = default;

void MastodonState::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime MastodonState::now() const
{
    return m_clock().toUTC();
}

QByteArray MastodonState::randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &c : data)
        c = char(QRandomGenerator::global()->bounded(256));
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString MastodonState::nextStatusId()
{
    // Snowflake-like: milliseconds in the upper bits, so ids grow with time as Mastodon's do.
    const quint64 candidate = quint64(std::max<qint64>(now().toMSecsSinceEpoch(), 0)) << 16;
    m_lastStatusId = std::max(candidate, m_lastStatusId + 1);
    return QString::number(m_lastStatusId);
}

QString MastodonState::nextNumber()
{
    return QString::number(++m_counter);
}

// ---- People and tokens ----

QString MastodonState::addAccount(MastodonAccount account)
{
    static const QRegularExpression usernamePattern(u"^[A-Za-z0-9_]{1,30}$"_s);
    if (!usernamePattern.match(account.username).hasMatch() || m_accountIdsByAcct.contains(account.acct().toLower()))
        return {};
    if (account.id.isEmpty())
        account.id = nextStatusId(); // any growing number will do; Mastodon's are snowflakes too
    if (!isMastodonId(account.id) || m_accounts.contains(account.id))
        return {};
    if (account.displayName.isEmpty())
        account.displayName = account.username;
    if (!account.createdAt.isValid())
        account.createdAt = now();
    m_accountIdsByAcct.insert(account.acct().toLower(), account.id);
    m_accounts.insert(account.id, account);
    return account.id;
}

const MastodonAccount *MastodonState::findAccount(const QString &id) const
{
    auto it = m_accounts.constFind(id);
    return it == m_accounts.cend() ? nullptr : &*it;
}

const MastodonAccount *MastodonState::findAccountByAcct(const QString &acct) const
{
    QString key = (acct.startsWith(u'@') ? acct.mid(1) : acct).toLower();
    if (key.endsWith(u'@' + m_domain.toLower()))
        key.chop(m_domain.size() + 1); // a local account written with our own domain
    return findAccount(m_accountIdsByAcct.value(key));
}

QByteArray MastodonState::addToken(const QString &accountId, const QByteArray &token, const QStringList &scopes)
{
    const QString owner = accountId.isEmpty() ? m_ownAccountId : accountId;
    if (!m_accounts.contains(owner))
        return {};
    const QByteArray value = token.isEmpty() ? randomToken(32) : token;
    m_tokens.insert(value, Token{owner, scopes.isEmpty() ? QStringList{u"read"_s, u"write"_s} : scopes, false});
    return value;
}

void MastodonState::revokeToken(const QByteArray &token)
{
    if (auto it = m_tokens.find(token); it != m_tokens.end())
        it->revoked = true;
}

void MastodonState::revokeAllTokens()
{
    for (Token &t : m_tokens)
        t.revoked = true;
}

bool MastodonState::isTokenValid(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->revoked;
}

QString MastodonState::accountOfToken(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    if (token.isEmpty() || it == m_tokens.cend() || it->revoked || !m_accounts.contains(it->accountId))
        return {};
    return it->accountId;
}

QStringList MastodonState::tokenScopes(const QByteArray &token) const
{
    return m_tokens.value(token).scopes;
}

// ---- Apps and authorization codes ----

MastodonApp MastodonState::registerApp(MastodonApp app)
{
    app.id = nextNumber();
    app.clientId = QString::fromLatin1(randomToken(32));
    app.clientSecret = randomToken(32);
    m_apps << app;
    return app;
}

const MastodonApp *MastodonState::findApp(const QString &clientId) const
{
    auto it =
        std::find_if(m_apps.cbegin(), m_apps.cend(), [&](const MastodonApp &app) { return app.clientId == clientId; });
    return it == m_apps.cend() ? nullptr : &*it;
}

void MastodonState::recordAuthorization(const MastodonAuthorization &authorization)
{
    m_authorizations << authorization;
}

QString MastodonState::issueCode(const MastodonAuthorization &authorization, const QString &accountId)
{
    const QString code = QString::fromLatin1(randomToken(24));
    m_codes.insert(code, Code{authorization, accountId, now(), false});
    return code;
}

MastodonState::Code *MastodonState::findCode(const QString &code)
{
    auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &*it;
}

// ---- Statuses ----

QStringList MastodonState::mentionsIn(const QString &text) const
{
    QStringList ids;
    for (const TextEntity &m : EntityExtractor(Network::Mastodon).mentions(text)) {
        if (const MastodonAccount *found = findAccountByAcct(m.value); found && !ids.contains(found->id))
            ids << found->id;
    }
    return ids;
}

const MastodonStatus *MastodonState::findStatus(const QString &id) const
{
    auto it = m_statusIndex.constFind(id);
    if (it == m_statusIndex.cend() || m_statuses.at(size_t(*it)).deleted)
        return nullptr;
    return &m_statuses.at(size_t(*it));
}

bool MastodonState::canSee(const QString &viewerId, const MastodonStatus &status) const
{
    if (status.deleted)
        return false;
    if (status.visibility == u"public" || status.visibility == u"unlisted")
        return true;
    // Followers are not modelled: private and direct statuses reach the author and those mentioned.
    return status.accountId == viewerId || status.mentionIds.contains(viewerId);
}

std::variant<QString, MastodonState::Refusal> MastodonState::insertStatus(const NewStatus &request)
{
    const Refusal notFound{404, u"Record not found"_s};
    const MastodonAccount *author = findAccount(request.authorId);
    if (!author)
        return notFound;
    if (!visibilities.contains(request.visibility))
        return Refusal{422, u"Validation failed: Visibility is not included in the list"_s};
    if (request.text.trimmed().isEmpty() && request.mediaIds.isEmpty())
        return Refusal{422, u"Validation failed: Text can't be blank"_s};
    // Mastodon's StatusLengthValidator: content warning + text, URLs as 23, @user@domain as @user (M-6).
    const TextCount count = TextRules::mastodon(m_maxCharacters, m_urlLength).count(request.text, request.spoiler);
    if (!count.valid)
        return Refusal{422, u"Validation failed: Text character limit of %1 exceeded"_s.arg(m_maxCharacters)};
    if (request.mediaIds.size() > m_maxMedia)
        return Refusal{422, u"Validation failed: Media attachments exceed the limit of %1"_s.arg(m_maxMedia)};
    for (const QString &mediaId : request.mediaIds) {
        auto it = m_media.constFind(mediaId);
        if (it == m_media.cend() || it->ownerId != request.authorId || !it->statusId.isEmpty())
            return Refusal{422, u"Validation failed: Media attachments are invalid"_s};
        if (!it->isProcessed())
            return Refusal{422, u"Cannot attach files that have not finished processing. Try again in a moment!"_s};
    }
    const MastodonStatus *parent = nullptr;
    if (!request.inReplyToId.isEmpty()) {
        parent = findStatus(request.inReplyToId);
        if (!parent || !canSee(request.authorId, *parent))
            return notFound;
    }

    MastodonStatus status;
    status.id = nextStatusId();
    status.accountId = request.authorId;
    status.text = request.text;
    status.spoilerText = request.spoiler;
    status.visibility = request.visibility;
    status.inReplyToId = parent ? parent->id : QString();
    status.inReplyToAccountId = parent ? parent->accountId : QString();
    status.threadId = parent ? parent->threadId : status.id;
    status.mentionIds = mentionsIn(request.text);
    for (const TextEntity &tag : EntityExtractor(Network::Mastodon).hashtags(request.text))
        status.tags << tag.value.toLower();
    status.mediaIds = request.mediaIds;
    status.language = request.language.isEmpty() ? u"en"_s : request.language;
    status.sensitive = request.sensitive || !request.spoiler.isEmpty();
    status.createdAt = now();
    for (const QString &mediaId : request.mediaIds)
        m_media[mediaId].statusId = status.id;
    m_statusIndex.insert(status.id, qsizetype(m_statuses.size()));
    m_statuses.push_back(status);
    deliver(m_statuses.back());
    Q_EMIT statusCreated(status.id);
    return status.id;
}

void MastodonState::deliver(const MastodonStatus &status)
{
    // Mentions: every local account mentioned, but the author, is notified (private ones too).
    for (const QString &id : status.mentionIds) {
        const MastodonAccount *mentioned = findAccount(id);
        if (!mentioned || !mentioned->isLocal() || id == status.accountId)
            continue;
        MastodonNotification n;
        n.id = nextNumber();
        n.accountId = id;
        n.type = u"mention"_s;
        n.fromAccountId = status.accountId;
        n.statusId = status.id;
        n.createdAt = status.createdAt;
        m_notifications << n;
        Q_EMIT notificationAdded(n);
    }
    if (status.accountId != QString() && findAccount(status.accountId) && findAccount(status.accountId)->isLocal())
        Q_EMIT homeUpdated(status.accountId, status);
    if (status.visibility != u"direct")
        return;
    // Private conversations: one per local participant, thread and set of participants.
    QStringList everyone{status.accountId};
    for (const QString &id : status.mentionIds) {
        if (!everyone.contains(id))
            everyone << id;
    }
    for (const QString &owner : std::as_const(everyone)) {
        const MastodonAccount *ownerAccount = findAccount(owner);
        if (!ownerAccount || !ownerAccount->isLocal())
            continue;
        QStringList others = everyone;
        others.removeAll(owner);
        others.sort();
        auto it = std::find_if(m_conversations.begin(), m_conversations.end(), [&](const MastodonConversation &c) {
            return c.accountId == owner && c.threadId == status.threadId && c.participantIds == others;
        });
        if (it == m_conversations.end()) {
            MastodonConversation c;
            c.id = nextNumber();
            c.accountId = owner;
            c.threadId = status.threadId;
            c.participantIds = others;
            m_conversations << c;
            it = m_conversations.end() - 1;
        }
        it->lastStatusId = status.id;
        it->unread = owner != status.accountId;
        Q_EMIT conversationUpdated(*it);
    }
}

QList<const MastodonStatus *> MastodonState::ancestors(const MastodonStatus &status, const QString &viewerId) const
{
    QList<const MastodonStatus *> chain;
    QSet<QString> seen{status.id};
    const MastodonStatus *current = findStatus(status.inReplyToId);
    while (current && !seen.contains(current->id)) {
        seen.insert(current->id);
        if (!canSee(viewerId, *current))
            break;
        chain.prepend(current);
        current = findStatus(current->inReplyToId);
    }
    return chain;
}

QList<const MastodonStatus *> MastodonState::descendants(const MastodonStatus &status, const QString &viewerId) const
{
    QList<const MastodonStatus *> found;
    QSet<QString> inTree{status.id};
    // Ids grow with time and a reply is newer than what it answers: one pass in id order suffices.
    for (const MastodonStatus &s : m_statuses) {
        if (s.deleted || s.threadId != status.threadId || !inTree.contains(s.inReplyToId))
            continue;
        if (!canSee(viewerId, s))
            continue;
        inTree.insert(s.id);
        found << &s;
    }
    return found;
}

QString MastodonState::post(const QString &authorId, const QString &text, const QString &visibility,
                            const QString &inReplyToId, const QStringList &mediaIds, const QString &spoiler)
{
    NewStatus s;
    s.authorId = authorId;
    s.text = text;
    s.visibility = visibility;
    s.inReplyToId = inReplyToId;
    s.mediaIds = mediaIds;
    s.spoiler = spoiler;
    auto result = insertStatus(s);
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

QString MastodonState::directMessage(const QString &fromId, const QStringList &toIds, const QString &text,
                                     const QString &inReplyToId)
{
    QStringList prefix;
    const QStringList present = mentionsIn(text);
    for (const QString &id : toIds) {
        const MastodonAccount *to = findAccount(id);
        if (!to)
            return {};
        if (!present.contains(id))
            prefix << u'@' + to->acct();
    }
    const QString full = prefix.isEmpty() ? text : prefix.join(u' ') + u' ' + text;
    return post(fromId, full, u"direct"_s, inReplyToId, {}, {});
}

QString MastodonState::mention(const QString &fromId, const QString &toId, const QString &text,
                               const QString &inReplyToId)
{
    const MastodonAccount *to = findAccount(toId);
    if (!to)
        return {};
    return post(fromId, u'@' + to->acct() + u' ' + text, u"public"_s, inReplyToId, {}, {});
}

void MastodonState::deleteStatus(const QString &id)
{
    auto it = m_statusIndex.constFind(id);
    if (it == m_statusIndex.cend() || m_statuses.at(size_t(*it)).deleted)
        return;
    MastodonStatus &status = m_statuses[size_t(*it)];
    status.deleted = true;
    QStringList heardBy{status.accountId};
    for (const QString &mentioned : std::as_const(status.mentionIds)) {
        if (!heardBy.contains(mentioned))
            heardBy << mentioned;
    }
    // A conversation whose last status is gone shows the one before it, or nothing.
    for (MastodonConversation &c : m_conversations) {
        if (c.lastStatusId != id)
            continue;
        c.lastStatusId.clear();
        for (auto s = m_statuses.crbegin(); s != m_statuses.crend(); ++s) {
            if (!s->deleted && s->threadId == c.threadId && s->visibility == u"direct" && canSee(c.accountId, *s)) {
                c.lastStatusId = s->id;
                break;
            }
        }
    }
    Q_EMIT statusDeleted(id, heardBy);
}

const MastodonStatus *MastodonState::replayIdempotent(const QString &accountId, const QByteArray &key)
{
    auto it = m_idempotency.constFind(accountId + u'\n' + QString::fromUtf8(key));
    if (it == m_idempotency.cend() || it->at.secsTo(now()) >= idempotencySeconds)
        return nullptr;
    const MastodonStatus *earlier = findStatus(it->statusId);
    if (earlier)
        ++m_idempotentReplays;
    return earlier;
}

void MastodonState::rememberIdempotent(const QString &accountId, const QByteArray &key, const QString &statusId)
{
    m_idempotency.insert(accountId + u'\n' + QString::fromUtf8(key), Idempotency{statusId, now()});
}

// ---- Notifications and conversations ----

const MastodonConversation *MastodonState::markConversationRead(const QString &id, const QString &accountId)
{
    for (MastodonConversation &c : m_conversations) {
        if (c.id == id && c.accountId == accountId) {
            c.unread = false;
            return &c;
        }
    }
    return nullptr;
}

// ---- Media ----

const MastodonMedia *MastodonState::findMedia(const QString &id) const
{
    auto it = m_media.constFind(id);
    return it == m_media.cend() ? nullptr : &*it;
}

QString MastodonState::addMedia(const QString &ownerId, const QString &mimeType, const QByteArray &bytes,
                                const QString &description, bool processing)
{
    if (!m_accounts.contains(ownerId) || bytes.isEmpty())
        return {};
    MastodonMedia m;
    m.id = nextStatusId();
    m.ownerId = ownerId;
    m.mimeType = mimeType;
    m.type = MastodonMedia::typeForMime(mimeType);
    m.bytes = bytes;
    m.description = description;
    m.pollsLeft = processing ? m_processingPolls : 0;
    std::tie(m.width, m.height) = pngSize(bytes);
    m.createdAt = now();
    m_media.insert(m.id, m);
    return m.id;
}

const MastodonMedia *MastodonState::pollMedia(const QString &id, const QString &ownerId)
{
    auto it = m_media.find(id);
    if (it == m_media.end() || it->ownerId != ownerId)
        return nullptr;
    ++it->polls;
    if (!it->isProcessed())
        --it->pollsLeft;
    return &*it;
}

} // namespace starling::sandbox
