// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyState.h"

#include "text/TextMetrics.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

constexpr int maxPostGraphemes = 300;
constexpr qsizetype maxPostBytes = 3000;
constexpr int maxMessageGraphemes = 1000;
constexpr qsizetype maxMessageBytes = 10000;
constexpr int maxImages = 4;
constexpr int maxConvoMembers = 10;

const QString postCollection = u"app.bsky.feed.post"_s;
const QString likeCollection = u"app.bsky.feed.like"_s;
const QString repostCollection = u"app.bsky.feed.repost"_s;
const QString followCollection = u"app.bsky.graph.follow"_s;
const QString blockCollection = u"app.bsky.graph.block"_s;
const QString declarationCollection = u"chat.bsky.actor.declaration"_s;

BlueskyRefusal refusal(const QString &message, const QString &error = u"InvalidRequest"_s, int status = 400)
{
    return BlueskyRefusal{status, error, message};
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** RFC 4648 base32, lower case, no padding: the multibase "b" encoding of CIDs. */
QString base32(const QByteArray &bytes)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

bool isDatetime(const QJsonValue &value)
{
    if (!value.isString())
        return false;
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid();
}

bool isStrongRef(const QJsonValue &value)
{
    const QJsonObject ref = value.toObject();
    return value.isObject() && ref.value(u"uri"_s).toString().startsWith(u"at://"_s)
           && !ref.value(u"cid"_s).toString().isEmpty();
}

QString recordError(const QString &collection, const QString &message)
{
    return u"Invalid %1 record: %2"_s.arg(collection, message);
}

} // namespace

BlueskyState::BlueskyState()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    QByteArray secret(32, Qt::Uninitialized);
    for (char &c : secret)
        c = char(QRandomGenerator::global()->bounded(256));
    m_secret = secret;
}

void BlueskyState::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime BlueskyState::now() const
{
    return m_clock().toUTC();
}

QString BlueskyState::nextTid()
{
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    const qint64 micros = now().toMSecsSinceEpoch() * 1000;
    qint64 value = (micros << 10) & std::numeric_limits<qint64>::max();
    value = std::max(value, m_lastTid + 1);
    m_lastTid = value;
    QString tid(13, u'2');
    for (int i = 12; i >= 0; --i) {
        tid[i] = QLatin1Char(alphabet[value & 31]);
        value >>= 5;
    }
    return tid;
}

// ---- Accounts ----

bool BlueskyState::isValidHandle(const QString &handle)
{
    static const QRegularExpression pattern(
        u"^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$"_s);
    return handle.size() <= 253 && pattern.match(handle).hasMatch();
}

bool BlueskyState::isValidRkey(const QString &rkey)
{
    static const QRegularExpression pattern(u"^[a-zA-Z0-9._:~-]{1,512}$"_s);
    return rkey != u"." && rkey != u".." && pattern.match(rkey).hasMatch();
}

QString BlueskyState::addAccount(const QString &handle, const QString &displayName, const QString &password)
{
    const QString lower = handle.toLower();
    if (!isValidHandle(lower) || findActor(lower))
        return {};
    BlueskyAccount account;
    const QByteArray digest = QCryptographicHash::hash(lower.toUtf8(), QCryptographicHash::Sha256);
    account.did = u"did:plc:"_s + base32(digest).left(24);
    account.handle = lower;
    account.displayName = displayName;
    account.email = lower.section(u'.', 0, 0) + u"@example.com"_s;
    if (findActor(account.email))
        account.email = lower + u"@example.com"_s;
    account.password = password.isEmpty() ? lower + u"-password"_s : password;
    account.createdAt = now();
    const QString did = account.did;
    m_accounts.emplace(did, std::move(account));
    return did;
}

BlueskyAccount *BlueskyState::findAccount(const QString &did)
{
    const auto it = m_accounts.find(did);
    return it == m_accounts.end() ? nullptr : &it->second;
}

const BlueskyAccount *BlueskyState::findAccount(const QString &did) const
{
    const auto it = m_accounts.find(did);
    return it == m_accounts.end() ? nullptr : &it->second;
}

const BlueskyAccount *BlueskyState::findActor(const QString &identifier) const
{
    QString id = identifier.trimmed();
    if (id.startsWith(u'@'))
        id.remove(0, 1);
    if (id.startsWith(u"did:"_s))
        return findAccount(id);
    const QString lower = id.toLower();
    for (const auto &[did, account] : m_accounts) {
        if (account.handle == lower || (!account.email.isEmpty() && account.email.toLower() == lower))
            return &account;
    }
    return nullptr;
}

QList<BlueskyAccount> BlueskyState::accounts() const
{
    QList<BlueskyAccount> out;
    for (const auto &[did, account] : m_accounts)
        out << account;
    return out;
}

QString BlueskyState::addAppPassword(const QString &did, const QString &name, bool privileged)
{
    BlueskyAccount *account = findAccount(did);
    if (!account)
        return {};
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString password;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < 4; ++i)
            password += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(32)]);
    }
    account->appPasswords << BlueskyAppPassword{name, password, privileged, now()};
    return password;
}

void BlueskyState::revokeAppPassword(const QString &did, const QString &name)
{
    BlueskyAccount *account = findAccount(did);
    if (!account)
        return;
    account->appPasswords.removeIf([&](const BlueskyAppPassword &app) { return app.name == name; });
    for (BlueskyToken &token : m_tokens) {
        if (token.did == did && token.appPassword == name)
            token.revoked = true;
    }
}

void BlueskyState::follow(const QString &fromDid, const QString &toDid)
{
    if (!findAccount(fromDid) || !findAccount(toDid) || follows(fromDid, toDid))
        return;
    createRecord(fromDid, followCollection, {},
                 QJsonObject{{u"$type"_s, followCollection},
                             {u"subject"_s, toDid},
                             {u"createdAt"_s, now().toString(Qt::ISODateWithMs)}});
}

void BlueskyState::block(const QString &fromDid, const QString &toDid)
{
    if (!findAccount(fromDid) || !findAccount(toDid) || blocks(fromDid, toDid))
        return;
    createRecord(fromDid, blockCollection, {},
                 QJsonObject{{u"$type"_s, blockCollection},
                             {u"subject"_s, toDid},
                             {u"createdAt"_s, now().toString(Qt::ISODateWithMs)}});
}

bool BlueskyState::follows(const QString &fromDid, const QString &toDid) const
{
    const BlueskyAccount *account = findAccount(fromDid);
    return account && account->follows.contains(toDid);
}

bool BlueskyState::blocks(const QString &fromDid, const QString &toDid) const
{
    const BlueskyAccount *account = findAccount(fromDid);
    return account && account->blocks.contains(toDid);
}

// ---- Sessions ----

QByteArray BlueskyState::issueToken(const QString &did, BlueskyTokenKind kind, const QString &scope, bool privileged,
                                    const QString &sessionId, const QString &appPassword)
{
    const QDateTime issued = now();
    const QDateTime expires = kind == BlueskyTokenKind::Access ? issued.addSecs(m_accessLifetime.count())
                                                               : issued.addSecs(defaultRefreshLifetime.count());
    const QJsonObject header{{u"typ"_s, kind == BlueskyTokenKind::Access ? u"at+jwt"_s : u"refresh+jwt"_s},
                             {u"alg"_s, u"HS256"_s}};
    QByteArray nonce(16, Qt::Uninitialized);
    for (char &c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    const QJsonObject payload{{u"scope"_s, scope},
                              {u"sub"_s, did},
                              {u"aud"_s, u"did:web:sandbox.bsky.test"_s},
                              {u"jti"_s, QString::fromLatin1(base64Url(nonce))},
                              {u"iat"_s, issued.toSecsSinceEpoch()},
                              {u"exp"_s, expires.toSecsSinceEpoch()}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
    const QByteArray jwt = signingInput + '.' + base64Url(signature);
    BlueskyToken token;
    token.jwt = jwt;
    token.kind = kind;
    token.did = did;
    token.sessionId = sessionId;
    token.scope = kind == BlueskyTokenKind::Access ? scope : u"com.atproto.refresh"_s;
    token.privileged = privileged;
    token.appPassword = appPassword;
    token.issuedAt = issued;
    token.expiresAt = expires;
    m_tokens.insert(jwt, token);
    return jwt;
}

BlueskyState::Session BlueskyState::issueSession(const QString &did, const QString &scope, bool privileged,
                                                 const QString &sessionId, const QString &appPassword)
{
    Session session;
    session.did = did;
    session.accessJwt = issueToken(did, BlueskyTokenKind::Access, scope, privileged, sessionId, appPassword);
    session.refreshJwt =
        issueToken(did, BlueskyTokenKind::Refresh, u"com.atproto.refresh"_s, privileged, sessionId, appPassword);
    return session;
}

BlueskyResult<BlueskyState::Session> BlueskyState::createSession(const QString &identifier, const QString &password)
{
    ++m_createSessionCount;
    const BlueskyAccount *account = findActor(identifier);
    const BlueskyRefusal wrong = refusal(u"Invalid identifier or password"_s, u"AuthenticationRequired"_s, 401);
    if (!account || password.isEmpty())
        return wrong;
    if (password == account->password)
        return issueSession(account->did, u"com.atproto.access"_s, true, nextTid(), {});
    for (const BlueskyAppPassword &app : account->appPasswords) {
        if (app.password == password)
            return issueSession(account->did,
                                app.privileged ? u"com.atproto.appPassPrivileged"_s : u"com.atproto.appPass"_s,
                                app.privileged, nextTid(), app.name);
    }
    return wrong;
}

BlueskyResult<BlueskyToken> BlueskyState::authenticate(const QByteArray &jwt, BlueskyTokenKind kind) const
{
    const auto it = m_tokens.constFind(jwt);
    if (it == m_tokens.cend())
        return refusal(u"Token could not be verified"_s, u"InvalidToken"_s);
    const BlueskyToken &token = it.value();
    if (token.kind != kind)
        return refusal(u"Bad token scope"_s, u"InvalidToken"_s);
    if (token.revoked || token.used)
        return refusal(u"Token has been revoked"_s, u"ExpiredToken"_s);
    if (now() >= token.expiresAt)
        return refusal(u"Token has expired"_s, u"ExpiredToken"_s);
    if (!findAccount(token.did))
        return refusal(u"Could not find account"_s, u"InvalidToken"_s);
    return token;
}

BlueskyResult<BlueskyState::Session> BlueskyState::refreshSession(const QByteArray &refreshJwt)
{
    auto checked = authenticate(refreshJwt, BlueskyTokenKind::Refresh);
    if (auto *refused = std::get_if<BlueskyRefusal>(&checked))
        return *refused;
    const BlueskyToken token = std::get<BlueskyToken>(checked);
    m_tokens[refreshJwt].used = true;
    QString scope = u"com.atproto.access"_s;
    for (const BlueskyToken &t : std::as_const(m_tokens)) {
        if (t.sessionId == token.sessionId && t.kind == BlueskyTokenKind::Access) {
            scope = t.scope;
            break;
        }
    }
    return issueSession(token.did, scope, token.privileged, token.sessionId, token.appPassword);
}

void BlueskyState::deleteSession(const QByteArray &refreshJwt)
{
    const auto it = m_tokens.constFind(refreshJwt);
    if (it == m_tokens.cend())
        return;
    const QString sessionId = it->sessionId;
    for (BlueskyToken &token : m_tokens) {
        if (token.sessionId == sessionId)
            token.revoked = true;
    }
}

void BlueskyState::expireAccessTokens()
{
    const QDateTime past = now().addSecs(-1);
    for (BlueskyToken &token : m_tokens) {
        if (token.kind == BlueskyTokenKind::Access && token.expiresAt > past)
            token.expiresAt = past;
    }
}

void BlueskyState::revokeSessions(const QString &did)
{
    for (BlueskyToken &token : m_tokens) {
        if (token.did == did)
            token.revoked = true;
    }
}

// ---- Repositories ----

QString BlueskyState::cidOf(const QByteArray &bytes, bool raw) const
{
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    // CIDv1, sha2-256: dag-cbor records start "bafyrei", raw blobs "bafkrei".
    const QByteArray prefix = raw ? QByteArray::fromHex("01551220") : QByteArray::fromHex("01711220");
    return u"b"_s + base32(prefix + digest);
}

std::optional<QString> BlueskyState::checkFacets(const QJsonArray &facets, const QByteArray &utf8)
{
    for (qsizetype i = 0; i < facets.size(); ++i) {
        const QString where = u"facets/%1"_s.arg(i);
        const QJsonObject facet = facets.at(i).toObject();
        const QJsonValue index = facet.value(u"index"_s);
        if (!facets.at(i).isObject() || !index.isObject())
            return where + u" must have the property \"index\""_s;
        const QJsonValue start = index.toObject().value(u"byteStart"_s);
        const QJsonValue end = index.toObject().value(u"byteEnd"_s);
        if (!start.isDouble() || !end.isDouble() || start.toDouble() != std::floor(start.toDouble())
            || end.toDouble() != std::floor(end.toDouble()))
            return where + u"/index must have integer byteStart and byteEnd"_s;
        const double s = start.toDouble();
        const double e = end.toDouble();
        if (s < 0 || e <= s || e > double(utf8.size()))
            return where
                   + u"/index [%1, %2) is not a byte range within the %3-byte UTF-8 text"_s.arg(s).arg(e).arg(
                       utf8.size());
        const QJsonValue features = facet.value(u"features"_s);
        if (!features.isArray() || features.toArray().isEmpty())
            return where + u"/features must be a non-empty array"_s;
        for (const QJsonValue &f : features.toArray()) {
            const QJsonObject feature = f.toObject();
            const QString type = feature.value(u"$type"_s).toString();
            if (type == u"app.bsky.richtext.facet#mention") {
                if (!feature.value(u"did"_s).toString().startsWith(u"did:"_s))
                    return where + u"/features: a mention needs a did"_s;
            } else if (type == u"app.bsky.richtext.facet#link") {
                if (feature.value(u"uri"_s).toString().isEmpty())
                    return where + u"/features: a link needs a uri"_s;
            } else if (type == u"app.bsky.richtext.facet#tag") {
                const QString tag = feature.value(u"tag"_s).toString();
                if (tag.isEmpty() || TextMetrics::graphemeCount(tag) > 64 || tag.toUtf8().size() > 640)
                    return where + u"/features: a tag needs a tag of at most 64 graphemes"_s;
            } else {
                return where + u"/features: unknown feature $type \"%1\""_s.arg(type);
            }
        }
    }
    return std::nullopt;
}

std::optional<BlueskyRefusal> BlueskyState::validatePost(const QString &did, const QJsonObject &record) const
{
    const auto invalid = [](const QString &message) { return refusal(recordError(postCollection, message)); };
    const QJsonValue textValue = record.value(u"text"_s);
    if (!textValue.isString())
        return invalid(u"Record must have the property \"text\""_s);
    if (!isDatetime(record.value(u"createdAt"_s)))
        return invalid(u"Record/createdAt must be a valid datetime"_s);
    const QString text = textValue.toString();
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > maxPostBytes)
        return invalid(u"Record/text must not be longer than %1 characters"_s.arg(maxPostBytes));
    if (TextMetrics::graphemeCount(text) > maxPostGraphemes)
        return invalid(u"Record/text must not be longer than %1 graphemes"_s.arg(maxPostGraphemes));
    if (record.contains(u"facets"_s)) {
        if (!record.value(u"facets"_s).isArray())
            return invalid(u"Record/facets must be an array"_s);
        if (const auto problem = checkFacets(record.value(u"facets"_s).toArray(), utf8))
            return invalid(u"Record/"_s + *problem);
    }
    if (record.contains(u"langs"_s)
        && (!record.value(u"langs"_s).isArray() || record.value(u"langs"_s).toArray().size() > 3))
        return invalid(u"Record/langs must be an array of at most 3 languages"_s);
    if (record.contains(u"tags"_s)
        && (!record.value(u"tags"_s).isArray() || record.value(u"tags"_s).toArray().size() > 8))
        return invalid(u"Record/tags must be an array of at most 8 tags"_s);

    if (record.contains(u"reply"_s)) {
        const QJsonObject reply = record.value(u"reply"_s).toObject();
        if (!isStrongRef(reply.value(u"root"_s)) || !isStrongRef(reply.value(u"parent"_s)))
            return invalid(u"Record/reply must have root and parent strong refs {uri, cid}"_s);
        const QJsonObject parentRef = reply.value(u"parent"_s).toObject();
        const QJsonObject rootRef = reply.value(u"root"_s).toObject();
        const BlueskyRecord *parent = findRecord(parentRef.value(u"uri"_s).toString());
        if (!parent || parent->collection != postCollection)
            return invalid(u"Record/reply/parent: post not found: %1"_s.arg(parentRef.value(u"uri"_s).toString()));
        if (parent->cid != parentRef.value(u"cid"_s).toString())
            return invalid(u"Record/reply/parent: cid %1 does not match the post's cid %2"_s.arg(
                parentRef.value(u"cid"_s).toString(), parent->cid));
        const QString expectedRoot = parent->replyRootUri().isEmpty() ? parent->uri : parent->replyRootUri();
        if (rootRef.value(u"uri"_s).toString() != expectedRoot)
            return invalid(u"Record/reply/root must be the parent's root, %1"_s.arg(expectedRoot));
        const BlueskyRecord *root = findRecord(expectedRoot);
        if (root && root->cid != rootRef.value(u"cid"_s).toString())
            return invalid(u"Record/reply/root: cid %1 does not match the post's cid %2"_s.arg(
                rootRef.value(u"cid"_s).toString(), root->cid));
    }

    if (record.contains(u"embed"_s)) {
        const QJsonObject embed = record.value(u"embed"_s).toObject();
        const QString type = embed.value(u"$type"_s).toString();
        QJsonObject images;
        if (type == u"app.bsky.embed.images")
            images = embed;
        else if (type == u"app.bsky.embed.recordWithMedia")
            images = embed.value(u"media"_s).toObject();
        if (type == u"app.bsky.embed.record" || type == u"app.bsky.embed.recordWithMedia") {
            const QJsonValue ref = type == u"app.bsky.embed.record"
                                       ? embed.value(u"record"_s)
                                       : embed.value(u"record"_s).toObject().value(u"record"_s);
            if (!isStrongRef(ref))
                return invalid(u"Record/embed/record must be a strong ref {uri, cid}"_s);
        } else if (type == u"app.bsky.embed.external") {
            if (embed.value(u"external"_s).toObject().value(u"uri"_s).toString().isEmpty())
                return invalid(u"Record/embed/external must have a uri"_s);
        } else if (type != u"app.bsky.embed.images" && type != u"app.bsky.embed.video") {
            return invalid(u"Record/embed has an unknown $type \"%1\""_s.arg(type));
        }
        if (images.value(u"$type"_s).toString() == u"app.bsky.embed.images") {
            const QJsonValue list = images.value(u"images"_s);
            if (!list.isArray() || list.toArray().isEmpty())
                return invalid(u"Record/embed/images must be a non-empty array"_s);
            if (list.toArray().size() > maxImages)
                return invalid(u"Record/embed/images must not have more than %1 elements"_s.arg(maxImages));
            for (const QJsonValue &item : list.toArray()) {
                const QJsonObject image = item.toObject();
                if (!image.value(u"alt"_s).isString())
                    return invalid(u"Record/embed/images/image must have the property \"alt\""_s);
                const QJsonObject blob = image.value(u"image"_s).toObject();
                const QString cid = blob.value(u"ref"_s).toObject().value(u"$link"_s).toString();
                if (blob.value(u"$type"_s).toString() != u"blob" || cid.isEmpty())
                    return invalid(u"Record/embed/images/image must be a blob {$type: blob, ref: {$link}}"_s);
                const BlueskyBlob *stored = findBlob(cid);
                if (!stored || stored->ownerDid != did)
                    return refusal(u"Could not find blob: %1"_s.arg(cid), u"BlobNotFound"_s);
                if (!stored->mimeType.startsWith(u"image/"_s))
                    return invalid(u"Record/embed/images/image has the wrong mime type %1"_s.arg(stored->mimeType));
                if (stored->size > maxImageBytes)
                    return refusal(
                        u"This file is too large. It is %1 bytes but the maximum size is %2 bytes."_s.arg(stored->size)
                            .arg(maxImageBytes),
                        u"BlobTooLarge"_s);
            }
        }
    }
    return std::nullopt;
}

BlueskyResult<BlueskyRecord> BlueskyState::createRecord(const QString &did, const QString &collection,
                                                        const QString &rkey, const QJsonObject &input)
{
    static const QRegularExpression nsid(u"^[a-zA-Z]([a-zA-Z0-9-]{0,62})?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,62})?)+$"_s);
    if (!nsid.match(collection).hasMatch() || collection.count(u'.') < 2)
        return refusal(u"Input/collection must be a valid NSID"_s);
    if (!findAccount(did))
        return refusal(u"Could not find repo: %1"_s.arg(did));
    QJsonObject record = input;
    if (!record.contains(u"$type"_s))
        record.insert(u"$type"_s, collection);
    if (record.value(u"$type"_s).toString() != collection)
        return refusal(u"Invalid $type: expected %1, got %2"_s.arg(collection, record.value(u"$type"_s).toString()));
    QString key = rkey;
    if (collection == declarationCollection && key.isEmpty())
        key = u"self"_s;
    if (key.isEmpty())
        key = nextTid();
    if (!isValidRkey(key))
        return refusal(u"Input/rkey must be a valid Record Key"_s);

    if (collection == postCollection) {
        if (auto problem = validatePost(did, record))
            return *problem;
    } else if (collection == likeCollection || collection == repostCollection) {
        if (!isStrongRef(record.value(u"subject"_s)))
            return refusal(recordError(collection, u"Record/subject must be a strong ref {uri, cid}"_s));
        if (!isDatetime(record.value(u"createdAt"_s)))
            return refusal(recordError(collection, u"Record/createdAt must be a valid datetime"_s));
    } else if (collection == followCollection || collection == blockCollection) {
        if (!record.value(u"subject"_s).toString().startsWith(u"did:"_s))
            return refusal(recordError(collection, u"Record/subject must be a did"_s));
        if (!isDatetime(record.value(u"createdAt"_s)))
            return refusal(recordError(collection, u"Record/createdAt must be a valid datetime"_s));
    } else if (collection == declarationCollection) {
        if (key != u"self")
            return refusal(recordError(collection, u"the record key must be \"self\""_s));
        if (!record.value(u"allowIncoming"_s).isString())
            return refusal(recordError(collection, u"Record must have the property \"allowIncoming\""_s));
    }

    const QString uri = u"at://%1/%2/%3"_s.arg(did, collection, key);
    if (findRecord(uri)) {
        if (collection != declarationCollection)
            return refusal(u"Record already exists: %1"_s.arg(uri));
        // The declaration is a singleton that putRecord-style writes replace.
        m_records.erase(
            std::remove_if(m_records.begin(), m_records.end(), [&](const BlueskyRecord &r) { return r.uri == uri; }),
            m_records.end());
    }

    BlueskyRecord stored;
    stored.uri = uri;
    stored.did = did;
    stored.collection = collection;
    stored.rkey = key;
    stored.value = record;
    stored.indexedAt = now();
    stored.cid = cidOf(uri.toUtf8() + QJsonDocument(record).toJson(QJsonDocument::Compact), false);
    m_records.push_back(stored);

    BlueskyAccount *account = findAccount(did);
    if (collection == followCollection)
        account->follows.insert(record.value(u"subject"_s).toString());
    else if (collection == blockCollection)
        account->blocks.insert(record.value(u"subject"_s).toString());
    else if (collection == declarationCollection)
        account->allowIncoming = record.value(u"allowIncoming"_s).toString();
    notifyForRecord(stored);
    return stored;
}

BlueskyResult<bool> BlueskyState::deleteRecord(const QString &did, const QString &collection, const QString &rkey)
{
    if (!findAccount(did))
        return refusal(u"Could not find repo: %1"_s.arg(did));
    if (!isValidRkey(rkey))
        return refusal(u"Input/rkey must be a valid Record Key"_s);
    const QString uri = u"at://%1/%2/%3"_s.arg(did, collection, rkey);
    const auto it =
        std::find_if(m_records.begin(), m_records.end(), [&](const BlueskyRecord &r) { return r.uri == uri; });
    if (it == m_records.end())
        return true; // deleting what is not there succeeds, as on the PDS
    BlueskyAccount *account = findAccount(did);
    const QString subject = it->value.value(u"subject"_s).toString();
    if (collection == followCollection)
        account->follows.remove(subject);
    else if (collection == blockCollection)
        account->blocks.remove(subject);
    else if (collection == declarationCollection)
        account->allowIncoming = u"following"_s;
    m_records.erase(it);
    m_notifications.erase(std::remove_if(m_notifications.begin(), m_notifications.end(),
                                         [&](const BlueskyNotification &n) { return n.uri == uri; }),
                          m_notifications.end());
    return true;
}

const BlueskyRecord *BlueskyState::findRecord(const QString &uri) const
{
    for (const BlueskyRecord &record : m_records) {
        if (record.uri == uri)
            return &record;
    }
    return nullptr;
}

QList<BlueskyRecord> BlueskyState::records(const QString &collection, const QString &did) const
{
    QList<BlueskyRecord> out;
    for (const BlueskyRecord &record : m_records) {
        if (record.collection == collection && (did.isEmpty() || record.did == did))
            out << record;
    }
    return out;
}

QList<BlueskyRecord> BlueskyState::repliesTo(const QString &uri) const
{
    QList<BlueskyRecord> out;
    for (const BlueskyRecord &record : m_records) {
        if (record.collection == postCollection && record.replyParentUri() == uri)
            out << record;
    }
    return out;
}

int BlueskyState::countRecords(const QString &collection, const QString &did) const
{
    return int(records(collection, did).size());
}

int BlueskyState::countSubject(const QString &collection, const QString &uri) const
{
    int count = 0;
    for (const BlueskyRecord &record : m_records) {
        if (record.collection != collection)
            continue;
        if (collection == postCollection) {
            const QJsonObject embed = record.value.value(u"embed"_s).toObject();
            const QString quoted = embed.value(u"record"_s).toObject().value(u"uri"_s).toString();
            const QString quotedWithMedia =
                embed.value(u"record"_s).toObject().value(u"record"_s).toObject().value(u"uri"_s).toString();
            count += (quoted == uri || quotedWithMedia == uri) ? 1 : 0;
        } else if (record.value.value(u"subject"_s).toObject().value(u"uri"_s).toString() == uri) {
            ++count;
        }
    }
    return count;
}

QJsonArray BlueskyState::mentionFacets(const QString &text) const
{
    QJsonArray facets;
    const QByteArray utf8 = text.toUtf8();
    const auto isHandleChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != '@')
            continue;
        if (i > 0) {
            const char before = utf8.at(i - 1);
            if (isHandleChar(before) || before == '@' || before == '_')
                continue;
        }
        qsizetype end = i + 1;
        while (end < utf8.size() && isHandleChar(utf8.at(end)))
            ++end;
        while (end > i + 1 && utf8.at(end - 1) == '.')
            --end;
        const QString handle = QString::fromUtf8(utf8.mid(i + 1, end - i - 1));
        const BlueskyAccount *account = handle.isEmpty() ? nullptr : findActor(handle);
        if (account && !handle.startsWith(u"did:"_s) && handle.contains(u'.')) {
            facets.append(
                QJsonObject{{u"index"_s, QJsonObject{{u"byteStart"_s, qint64(i)}, {u"byteEnd"_s, qint64(end)}}},
                            {u"features"_s, QJsonArray{QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#mention"_s},
                                                                   {u"did"_s, account->did}}}}});
        }
        i = end - 1;
    }
    return facets;
}

BlueskyResult<BlueskyBlob> BlueskyState::uploadBlob(const QString &did, const QString &mimeType,
                                                    const QByteArray &bytes)
{
    const qint64 limit = mimeType.startsWith(u"image/"_s) ? maxImageBytes : maxBlobBytes;
    if (bytes.size() > limit)
        return refusal(
            u"This file is too large. It is %1 bytes but the maximum size is %2 bytes."_s.arg(bytes.size()).arg(limit),
            u"BlobTooLarge"_s);
    if (bytes.isEmpty())
        return refusal(u"Request body is empty"_s);
    BlueskyBlob blob;
    blob.cid = cidOf(bytes, true);
    blob.ownerDid = did;
    blob.mimeType = mimeType.isEmpty() ? u"application/octet-stream"_s : mimeType;
    blob.size = bytes.size();
    blob.bytes = bytes;
    blob.uploadedAt = now();
    for (BlueskyBlob &existing : m_blobs) {
        if (existing.cid == blob.cid && existing.ownerDid == did) {
            existing = blob;
            return blob;
        }
    }
    m_blobs.push_back(blob);
    return blob;
}

const BlueskyBlob *BlueskyState::findBlob(const QString &cid) const
{
    for (const BlueskyBlob &blob : m_blobs) {
        if (blob.cid == cid)
            return &blob;
    }
    return nullptr;
}

QList<BlueskyBlob> BlueskyState::blobs() const
{
    return QList<BlueskyBlob>(m_blobs.cbegin(), m_blobs.cend());
}

// ---- Notifications ----

void BlueskyState::notify(const QString &recipient, const BlueskyRecord &record, const QString &reason,
                          const QString &reasonSubject)
{
    if (recipient.isEmpty() || recipient == record.did || !findAccount(recipient) || blocks(recipient, record.did))
        return;
    BlueskyNotification notification;
    notification.seq = m_nextNotification++;
    notification.recipientDid = recipient;
    notification.authorDid = record.did;
    notification.reason = reason;
    notification.uri = record.uri;
    notification.cid = record.cid;
    notification.reasonSubject = reasonSubject;
    notification.record = record.value;
    notification.indexedAt = record.indexedAt;
    m_notifications.push_back(notification);
}

void BlueskyState::notifyForRecord(const BlueskyRecord &record)
{
    const auto authorOf = [this](const QString &uri) {
        const BlueskyRecord *found = findRecord(uri);
        return found ? found->did : QString();
    };
    if (record.collection == postCollection) {
        QSet<QString> notified;
        const QString parentUri = record.replyParentUri();
        if (!parentUri.isEmpty()) {
            const QString parentAuthor = authorOf(parentUri);
            notify(parentAuthor, record, u"reply"_s, parentUri);
            notified.insert(parentAuthor);
            const QString rootUri = record.replyRootUri();
            const QString rootAuthor = authorOf(rootUri);
            if (!notified.contains(rootAuthor)) {
                notify(rootAuthor, record, u"reply"_s, rootUri);
                notified.insert(rootAuthor);
            }
        }
        const QJsonObject embed = record.value.value(u"embed"_s).toObject();
        QString quoted = embed.value(u"record"_s).toObject().value(u"uri"_s).toString();
        if (embed.value(u"$type"_s).toString() == u"app.bsky.embed.recordWithMedia")
            quoted = embed.value(u"record"_s).toObject().value(u"record"_s).toObject().value(u"uri"_s).toString();
        const BlueskyRecord *quotedPost = quoted.isEmpty() ? nullptr : findRecord(quoted);
        if (quotedPost && quotedPost->collection == postCollection && !notified.contains(quotedPost->did)) {
            notify(quotedPost->did, record, u"quote"_s, quoted);
            notified.insert(quotedPost->did);
        }
        for (const QJsonValue &facet : record.value.value(u"facets"_s).toArray()) {
            for (const QJsonValue &feature : facet.toObject().value(u"features"_s).toArray()) {
                const QJsonObject f = feature.toObject();
                if (f.value(u"$type"_s).toString() != u"app.bsky.richtext.facet#mention")
                    continue;
                const QString did = f.value(u"did"_s).toString();
                if (notified.contains(did))
                    continue;
                notify(did, record, u"mention"_s);
                notified.insert(did);
            }
        }
    } else if (record.collection == likeCollection || record.collection == repostCollection) {
        const QString subject = record.value.value(u"subject"_s).toObject().value(u"uri"_s).toString();
        notify(authorOf(subject), record, record.collection == likeCollection ? u"like"_s : u"repost"_s, subject);
    } else if (record.collection == followCollection) {
        notify(record.value.value(u"subject"_s).toString(), record, u"follow"_s);
    }
}

QList<BlueskyNotification> BlueskyState::notificationsOf(const QString &did) const
{
    QList<BlueskyNotification> out;
    for (auto it = m_notifications.crbegin(); it != m_notifications.crend(); ++it) {
        if (it->recipientDid == did)
            out << *it;
    }
    return out;
}

BlueskyResult<bool> BlueskyState::updateSeen(const QString &did, const QDateTime &seenAt)
{
    BlueskyAccount *account = findAccount(did);
    if (!account)
        return refusal(u"Could not find account"_s);
    if (!seenAt.isValid())
        return refusal(u"Input/seenAt must be a valid datetime"_s);
    if (!account->seenAt.isValid() || seenAt > account->seenAt)
        account->seenAt = seenAt.toUTC();
    return true;
}

// ---- Chat ----

void BlueskyState::appendLog(const QString &type, const QString &convoId, const QString &messageId,
                             const QString &viewer, const QString &rev)
{
    m_log.push_back(BlueskyLogEntry{rev, type, convoId, messageId, viewer});
}

QString BlueskyState::createConvo(const QStringList &members)
{
    QStringList unique;
    for (const QString &m : members) {
        if (!unique.contains(m) && findAccount(m))
            unique << m;
    }
    if (unique.size() < 2)
        return {};
    BlueskyConvo convo;
    convo.id = nextTid();
    convo.rev = nextTid();
    convo.members = unique;
    for (const QString &m : unique)
        convo.status.insert(m, m == unique.first() ? u"accepted"_s : u"request"_s);
    convo.createdAt = now();
    if (convo.isGroup())
        convo.name = u"Group chat"_s;
    m_convos.push_back(convo);
    appendLog(u"logBeginConvo"_s, convo.id, {}, {}, convo.rev);
    return convo.id;
}

BlueskyResult<QString> BlueskyState::convoForMembers(const QString &callerDid, const QStringList &others)
{
    QStringList wanted{callerDid};
    for (const QString &did : others) {
        if (!did.startsWith(u"did:"_s))
            return refusal(u"Params/members must be DIDs: %1"_s.arg(did));
        if (!wanted.contains(did))
            wanted << did;
    }
    if (others.isEmpty() || others.size() > maxConvoMembers)
        return refusal(u"Params/members must have between 1 and %1 DIDs"_s.arg(maxConvoMembers));
    if (wanted.size() < 2)
        return refusal(u"A conversation needs someone other than yourself"_s);
    for (const QString &did : wanted.mid(1)) {
        if (!findAccount(did))
            return refusal(u"recipient not found: %1"_s.arg(did), u"RecipientNotFound"_s);
        if (blocks(did, callerDid))
            return refusal(u"recipient has blocked you"_s, u"BlockedActor"_s);
        if (blocks(callerDid, did))
            return refusal(u"you have blocked the recipient"_s, u"BlockedSubject"_s);
    }
    const std::set<QString> wantedSet(wanted.cbegin(), wanted.cend());
    for (const BlueskyConvo &convo : m_convos) {
        if (std::set<QString>(convo.members.cbegin(), convo.members.cend()) == wantedSet)
            return convo.id;
    }
    for (const QString &did : wanted.mid(1)) {
        const BlueskyAccount *account = findAccount(did);
        if (account->allowIncoming == u"none")
            return refusal(u"recipient has disabled incoming messages"_s, u"MessagesDisabled"_s);
        if (account->allowIncoming == u"following" && !account->follows.contains(callerDid))
            return refusal(u"recipient requires incoming messages to come from someone they follow"_s,
                           u"NotFollowedBySender"_s);
    }
    return createConvo(wanted);
}

BlueskyConvo *BlueskyState::findConvo(const QString &id)
{
    for (BlueskyConvo &convo : m_convos) {
        if (convo.id == id)
            return &convo;
    }
    return nullptr;
}

const BlueskyConvo *BlueskyState::findConvo(const QString &id) const
{
    for (const BlueskyConvo &convo : m_convos) {
        if (convo.id == id)
            return &convo;
    }
    return nullptr;
}

QList<BlueskyConvo> BlueskyState::convosOf(const QString &did) const
{
    QList<BlueskyConvo> out;
    for (const BlueskyConvo &convo : m_convos) {
        if (convo.members.contains(did))
            out << convo;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const BlueskyConvo &a, const BlueskyConvo &b) { return a.rev > b.rev; });
    return out;
}

const BlueskyMessage *BlueskyState::findMessage(const QString &id) const
{
    for (const BlueskyMessage &message : m_messages) {
        if (message.id == id)
            return &message;
    }
    return nullptr;
}

QList<BlueskyMessage> BlueskyState::messagesOf(const QString &convoId) const
{
    QList<BlueskyMessage> out;
    for (const BlueskyMessage &message : m_messages) {
        if (message.convoId == convoId)
            out << message;
    }
    return out;
}

QList<BlueskyMessage> BlueskyState::messagesNewestFirst(const QString &convoId) const
{
    QList<BlueskyMessage> out;
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->convoId == convoId)
            out << *it;
    }
    return out;
}

int BlueskyState::unreadCount(const BlueskyConvo &convo, const QString &did) const
{
    const QString read = convo.readRev.value(did);
    int count = 0;
    for (const BlueskyMessage &message : m_messages) {
        if (message.convoId == convo.id && message.senderDid != did && message.rev > read
            && !message.deletedFor.contains(did))
            ++count;
    }
    return count;
}

BlueskyResult<BlueskyMessage> BlueskyState::sendMessage(const QString &fromDid, const QString &convoId,
                                                        const NewMessage &input)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (!convo || !convo->members.contains(fromDid))
        return refusal(u"Convo not found"_s, u"InvalidConvo"_s);
    if (convo->locked)
        return refusal(u"conversation is locked"_s, u"ConvoLocked"_s);
    const QByteArray utf8 = input.text.toUtf8();
    if (utf8.size() > maxMessageBytes)
        return refusal(u"Input/message/text must not be longer than %1 characters"_s.arg(maxMessageBytes));
    if (TextMetrics::graphemeCount(input.text) > maxMessageGraphemes)
        return refusal(u"Input/message/text must not be longer than %1 graphemes"_s.arg(maxMessageGraphemes));
    if (input.text.trimmed().isEmpty() && input.embed.isEmpty())
        return refusal(u"Message must have text or an embed"_s);
    if (const auto problem = checkFacets(input.facets, utf8))
        return refusal(u"Input/message/"_s + *problem);
    if (!input.embed.isEmpty()) {
        if (input.embed.value(u"$type"_s).toString() != u"app.bsky.embed.record")
            return refusal(u"Input/message/embed: only app.bsky.embed.record may be embedded in a message"_s);
        if (!isStrongRef(input.embed.value(u"record"_s)))
            return refusal(u"Input/message/embed/record must be a strong ref {uri, cid}"_s);
    }
    if (!input.replyTo.isEmpty()) {
        const BlueskyMessage *target = findMessage(input.replyTo);
        if (!target || target->convoId != convoId)
            return refusal(u"reply target not found"_s, u"ReplyTargetNotFound"_s);
    }
    if (!convo->isGroup()) {
        for (const QString &member : convo->members) {
            if (member != fromDid && (blocks(member, fromDid) || blocks(fromDid, member)))
                return refusal(u"a block is in place between the members"_s, u"BlockedActor"_s);
        }
    }

    BlueskyMessage message;
    message.id = nextTid();
    message.rev = nextTid();
    message.convoId = convoId;
    message.senderDid = fromDid;
    message.text = input.text;
    message.facets = input.facets;
    message.embed = input.embed;
    message.replyToId = input.replyTo;
    message.sentAt = now();
    m_messages.push_back(message);
    convo->rev = message.rev;
    convo->readRev.insert(fromDid, message.rev);
    appendLog(u"logCreateMessage"_s, convoId, message.id, {}, message.rev);
    if (convo->status.value(fromDid) == u"request") {
        // Replying accepts the request.
        convo->status.insert(fromDid, u"accepted"_s);
        const QString rev = nextTid();
        convo->rev = rev;
        appendLog(u"logAcceptConvo"_s, convoId, {}, fromDid, rev);
    }
    return message;
}

BlueskyResult<BlueskyMessage> BlueskyState::deleteMessageForSelf(const QString &did, const QString &convoId,
                                                                 const QString &messageId)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (!convo || !convo->members.contains(did))
        return refusal(u"Convo not found"_s, u"InvalidConvo"_s);
    auto it = std::find_if(m_messages.begin(), m_messages.end(),
                           [&](const BlueskyMessage &m) { return m.id == messageId && m.convoId == convoId; });
    if (it == m_messages.end())
        return refusal(u"Message not found"_s);
    if (!it->deletedFor.contains(did)) {
        it->deletedFor.insert(did);
        const QString rev = nextTid();
        appendLog(u"logDeleteMessage"_s, convoId, messageId, did, rev);
    }
    return *it;
}

BlueskyResult<bool> BlueskyState::updateRead(const QString &did, const QString &convoId, const QString &messageId)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (!convo || !convo->members.contains(did))
        return refusal(u"Convo not found"_s, u"InvalidConvo"_s);
    const BlueskyMessage *upTo = nullptr;
    if (!messageId.isEmpty()) {
        upTo = findMessage(messageId);
        if (!upTo || upTo->convoId != convoId)
            return refusal(u"Message not found"_s);
    } else {
        for (const BlueskyMessage &message : m_messages) {
            if (message.convoId == convoId)
                upTo = &message;
        }
    }
    if (!upTo)
        return true;
    if (upTo->rev > convo->readRev.value(did)) {
        convo->readRev.insert(did, upTo->rev);
        appendLog(u"logReadMessage"_s, convoId, upTo->id, did, nextTid());
    }
    return true;
}

BlueskyResult<QString> BlueskyState::acceptConvo(const QString &did, const QString &convoId)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (!convo || !convo->members.contains(did))
        return refusal(u"Convo not found"_s, u"InvalidConvo"_s);
    if (convo->status.value(did) == u"accepted")
        return QString();
    convo->status.insert(did, u"accepted"_s);
    const QString rev = nextTid();
    convo->rev = rev;
    appendLog(u"logAcceptConvo"_s, convoId, {}, did, rev);
    return rev;
}

void BlueskyState::setConvoLocked(const QString &convoId, bool locked)
{
    if (BlueskyConvo *convo = findConvo(convoId))
        convo->locked = locked;
}

void BlueskyState::setConvoStatus(const QString &convoId, const QString &did, const QString &status)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (convo && convo->members.contains(did) && (status == u"request" || status == u"accepted"))
        convo->status.insert(did, status);
}

BlueskyResult<bool> BlueskyState::setMuted(const QString &did, const QString &convoId, bool muted)
{
    BlueskyConvo *convo = findConvo(convoId);
    if (!convo || !convo->members.contains(did))
        return refusal(u"Convo not found"_s, u"InvalidConvo"_s);
    if (muted == convo->muted.contains(did))
        return true;
    if (muted)
        convo->muted.insert(did);
    else
        convo->muted.remove(did);
    appendLog(muted ? u"logMuteConvo"_s : u"logUnmuteConvo"_s, convoId, {}, did, nextTid());
    return true;
}

QList<BlueskyLogEntry> BlueskyState::logOf(const QString &did) const
{
    QList<BlueskyLogEntry> out;
    for (const BlueskyLogEntry &entry : m_log) {
        if (!entry.viewerDid.isEmpty()) {
            if (entry.viewerDid == did)
                out << entry;
            continue;
        }
        const BlueskyConvo *convo = findConvo(entry.convoId);
        if (convo && convo->members.contains(did))
            out << entry;
    }
    return out;
}

} // namespace starling::sandbox
