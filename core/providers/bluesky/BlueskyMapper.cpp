// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyMapper.h"

#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling::blueskymapper {

namespace {

constexpr int maxThreadDepth = 200;

Error badShape(const QString &what)
{
    return Error(
        Error::Code::BadResponse,
        QCoreApplication::translate("starling::BlueskyClient", "Bluesky sent an answer Starling could not read (%1).")
            .arg(what));
}

Error skipped(const QString &what)
{
    //: %1 describes the item left out, e.g. "a person without an id or name" (translated on its own, in lower case)
    return Error(
        Error::Code::BadResponse,
        QCoreApplication::translate("starling::BlueskyClient", "An item from Bluesky was left out: %1.").arg(what));
}

QDateTime nowOf(const Context &context)
{
    return context.now.isValid() ? context.now.toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<QDateTime> timeOf(const QJsonObject &object, QLatin1StringView key, const Context &context)
{
    return json::time(object, key, nowOf(context));
}

/** The body's top-level object, or an error when it is anything else. */
Result<QJsonObject> rootObject(const QJsonDocument &document, const QString &what)
{
    if (!document.isObject())
        return badShape(what);
    return document.object();
}

/** An optional array field: absent or null is empty, any other non-array is bad. */
std::optional<QJsonArray> optionalArray(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return std::nullopt;
    return value.toArray();
}

/** An optional string field: absent or null is empty, any other non-string is bad. */
std::optional<QString> optionalString(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    return json::string(object, key);
}

/** Names as people see them: one line, without control or format characters (bidi overrides…). */
QString plainName(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format) {
            if (c == u'\n' || c == u'\t' || c == u'\r')
                result += u' ';
            continue;
        }
        result += c;
    }
    return result.simplified();
}

/** A URL a profile may point to: http(s) only. */
QUrl webUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    return url;
}

/** A DID document's service #atproto_pds (the id may also be written out whole, "<did>#atproto_pds"). */
QUrl pdsOf(const QJsonObject &didDoc, const QString &did)
{
    for (const QJsonValue &value : didDoc.value("service"_L1).toArray()) {
        const QJsonObject service = value.toObject();
        const QString id = service.value("id"_L1).toString();
        if (id == u"#atproto_pds" || id == did + u"#atproto_pds")
            return webUrl(service.value("serviceEndpoint"_L1).toString());
    }
    return {};
}

/** The $type of a union member, without the lexicon's NSID when it is @p nsid's ("#messageView"). */
QString unionType(const QJsonObject &object, const QString &nsid)
{
    const QString type = object.value("$type"_L1).toString();
    if (type.startsWith(nsid + u'#'))
        return type.mid(nsid.size());
    return type;
}

const QString convoDefs = u"chat.bsky.convo.defs"_s;
const QString feedDefs = u"app.bsky.feed.defs"_s;

/** Images of a post view's embed (app.bsky.embed.images#view, alone or with a record). */
QList<Attachment> imagesOf(const QJsonObject &post)
{
    QList<Attachment> result;
    QJsonObject embed = post.value("embed"_L1).toObject();
    if (embed.value("$type"_L1).toString() == u"app.bsky.embed.recordWithMedia#view")
        embed = embed.value("media"_L1).toObject();
    if (embed.value("$type"_L1).toString() != u"app.bsky.embed.images#view")
        return result;
    for (const QJsonValue &value : embed.value("images"_L1).toArray()) {
        const QJsonObject image = value.toObject();
        const QUrl full = webUrl(json::string(image, "fullsize"_L1).value_or(QString()));
        if (full.isEmpty())
            continue;
        Attachment a;
        a.kind = Attachment::Kind::Image;
        a.url = full;
        a.remoteId = full.toString();
        a.previewUrl = webUrl(json::string(image, "thumb"_L1).value_or(QString()));
        a.altText = json::string(image, "alt"_L1).value_or(QString());
        const QJsonObject ratio = image.value("aspectRatio"_L1).toObject();
        a.width = int(std::clamp<qint64>(json::integer(ratio, "width"_L1).value_or(0), 0, 1 << 20));
        a.height = int(std::clamp<qint64>(json::integer(ratio, "height"_L1).value_or(0), 0, 1 << 20));
        result << a;
        if (result.size() == 4)
            break;
    }
    return result;
}

/** A strongRef's uri when it is a post's and its cid is a string. */
std::optional<std::pair<QString, QString>> strongRef(const QJsonObject &ref)
{
    auto uri = json::string(ref, "uri"_L1);
    auto cid = json::string(ref, "cid"_L1);
    if (!uri || !cid || !isPostUri(*uri) || cid->isEmpty() || cid->size() > 256)
        return std::nullopt;
    return std::pair{*uri, *cid};
}

/** A post record's reply: {root, parent}, or nothing when it is no reply. Bad shapes are nullopt inside. */
struct ReplyRefs
{
    bool isReply = false;
    QString rootUri, rootCid, parentUri;
};
std::optional<ReplyRefs> replyOf(const QJsonObject &record)
{
    ReplyRefs refs;
    const QJsonValue reply = record.value("reply"_L1);
    if (reply.isUndefined() || reply.isNull())
        return refs;
    if (!reply.isObject())
        return std::nullopt;
    auto root = strongRef(reply.toObject().value("root"_L1).toObject());
    auto parent = strongRef(reply.toObject().value("parent"_L1).toObject());
    if (!root || !parent)
        return std::nullopt;
    refs.isReply = true;
    refs.rootUri = root->first;
    refs.rootCid = root->second;
    refs.parentUri = parent->first;
    return refs;
}

/**
 * A post (its uri, author DID, record and server time) as a message of its thread, or nullopt when
 * something required is missing or malformed. The time is the record's createdAt when plausible,
 * else the server's indexedAt.
 */
std::optional<Message> postMessage(const QString &uri, const QString &authorDid, const QJsonObject &record,
                                   const QJsonObject &timeSource, const Context &context, ReplyRefs *refsOut = nullptr)
{
    if (!isPostUri(uri) || !isDid(authorDid))
        return std::nullopt;
    auto text = json::string(record, "text"_L1);
    auto reply = replyOf(record);
    if (!text || !reply)
        return std::nullopt;
    auto createdAt = timeOf(record, "createdAt"_L1, context);
    if (!createdAt)
        createdAt = timeOf(timeSource, "indexedAt"_L1, context);
    if (!createdAt)
        return std::nullopt;
    Message m;
    m.accountId = context.accountId;
    m.remoteId = uri;
    m.conversationRemoteId = reply->isReply ? reply->rootUri : uri;
    m.authorRemoteId = authorDid;
    m.text = *text;
    m.createdAt = *createdAt;
    m.replyToRemoteId = reply->parentUri;
    const bool ours = authorDid == context.ownDid;
    m.direction = ours ? Message::Direction::Outbound : Message::Direction::Inbound;
    m.kind = ours ? Message::Kind::OwnPost : Message::Kind::Reply;
    m.read = true;
    if (refsOut)
        *refsOut = *reply;
    return m;
}

/** Adds @p m to its public thread in @p page, making the thread when it is new. */
void addToThread(FetchedPage &page, QHash<QString, qsizetype> &threads, const Message &m, const Context &context)
{
    auto it = threads.constFind(m.conversationRemoteId);
    if (it == threads.constEnd()) {
        Conversation c;
        c.accountId = context.accountId;
        c.remoteId = m.conversationRemoteId;
        c.kind = Conversation::Kind::PublicThread;
        page.conversations << c;
        it = threads.insert(m.conversationRemoteId, page.conversations.size() - 1);
    }
    Conversation &c = page.conversations[*it];
    if (m.direction == Message::Direction::Inbound && !c.participantRemoteIds.contains(m.authorRemoteId))
        c.participantRemoteIds << m.authorRemoteId;
    if (!c.lastActivity.isValid() || m.createdAt > c.lastActivity)
        c.lastActivity = m.createdAt;
    page.messages << m;
}

void addPerson(FetchedPage &page, QSet<QString> &known, const Identity &person)
{
    if (known.contains(person.remoteId))
        return;
    known.insert(person.remoteId);
    page.people << person;
}

/** A postView as a message (and its author as a person); nullopt when malformed. */
std::optional<Message> postViewMessage(const QJsonObject &view, const Context &context, Identity *author,
                                       ReplyRefs *refs = nullptr, QString *cid = nullptr)
{
    auto person = blueskymapper::person(view.value("author"_L1).toObject(), context.accountId);
    auto uri = json::string(view, "uri"_L1);
    auto record = json::object(view, "record"_L1);
    auto postCid = json::string(view, "cid"_L1);
    if (!person || !uri || !record || !postCid || postCid->isEmpty())
        return std::nullopt;
    auto m = postMessage(*uri, person->remoteId, *record, view, context, refs);
    if (!m)
        return std::nullopt;
    m->attachments = imagesOf(view);
    if (author)
        *author = *person;
    if (cid)
        *cid = *postCid;
    return m;
}

} // namespace

bool isDid(const QString &text)
{
    static const QRegularExpression pattern(u"^did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$"_s);
    return text.size() <= 2048 && pattern.match(text).hasMatch();
}

bool isHandle(const QString &text)
{
    static const QRegularExpression pattern(
        u"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    return text.size() <= 253 && pattern.match(text).hasMatch();
}

QUrl xrpcUrl(const QUrl &service, const QString &nsid)
{
    QUrl url = service;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/xrpc/"_s + nsid);
    return url;
}

bool isPostUri(const QString &text)
{
    static const QRegularExpression pattern(
        u"^at://([A-Za-z0-9._:%-]+)/([A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+)/([A-Za-z0-9._:~-]{1,512})$"_s);
    if (text.size() > 8192)
        return false;
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QString authority = match.captured(1);
    return isDid(authority) || isHandle(authority);
}

bool isChatId(const QString &text)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:~-]{1,128}$"_s);
    return pattern.match(text).hasMatch();
}

std::optional<Identity> person(const QJsonObject &profile, const QUuid &accountId)
{
    auto did = json::string(profile, "did"_L1);
    auto handle = json::string(profile, "handle"_L1);
    if (!did || !handle || !isDid(*did) || !isHandle(*handle))
        return std::nullopt;
    Identity person;
    person.accountId = accountId;
    person.remoteId = *did;
    person.handle = handle->toLower();
    person.displayName = plainName(json::string(profile, "displayName"_L1).value_or(QString()));
    if (person.displayName.isEmpty())
        person.displayName = person.handle;
    person.avatarUrl = webUrl(json::string(profile, "avatar"_L1).value_or(QString()));
    person.bio = json::string(profile, "description"_L1).value_or(QString());
    if (auto followers = json::integer(profile, "followersCount"_L1))
        person.followersCount = int(std::clamp<qint64>(*followers, -1, std::numeric_limits<int>::max()));
    return person;
}

Result<Identity> profile(const QJsonDocument &document, const QUuid &accountId)
{
    auto root = rootObject(document, u"profile"_s);
    if (!root)
        return root.error();
    auto identity = person(root.value(), accountId);
    if (!identity)
        return badShape(u"profile"_s);
    return *identity;
}

/**
 * Adds the id of a message the account deleted (for itself: Bluesky has no other deletion) to
 * @p page, so that the store removes its copy too.
 */
void addDeleted(FetchedPage &page, const QJsonObject &view)
{
    auto id = json::string(view, "id"_L1);
    if (!id || !isChatId(*id)) {
        page.warnings << skipped(
            QCoreApplication::translate("starling::BlueskyClient", "a deleted direct message without an id"));
        return;
    }
    if (!page.deletedMessageIds.contains(*id))
        page.deletedMessageIds << *id;
}

std::optional<Message> chatMessage(const QJsonObject &view, const QString &convoId, const Context &context, bool unread,
                                   QList<Error> &warnings)
{
    auto id = json::string(view, "id"_L1);
    auto text = json::string(view, "text"_L1);
    auto sender = json::string(view.value("sender"_L1).toObject(), "did"_L1);
    auto sentAt = timeOf(view, "sentAt"_L1, context);
    if (!id || !isChatId(*id) || !text || !sender || !isDid(*sender) || !sentAt || !isChatId(convoId)) {
        warnings << skipped(QCoreApplication::translate("starling::BlueskyClient",
                                                        "a direct message without an id, sender, text or time"));
        return std::nullopt;
    }
    Message m;
    m.accountId = context.accountId;
    m.remoteId = *id;
    m.conversationRemoteId = convoId;
    m.authorRemoteId = *sender;
    const bool ours = *sender == context.ownDid;
    m.direction = ours ? Message::Direction::Outbound : Message::Direction::Inbound;
    m.kind = Message::Kind::DirectMessage;
    m.text = *text;
    m.createdAt = *sentAt;
    m.read = ours || !unread;
    const QJsonObject replyTo = view.value("replyTo"_L1).toObject();
    if (unionType(replyTo, convoDefs) == u"#messageView" || unionType(replyTo, convoDefs) == u"#deletedMessageView") {
        if (auto target = json::string(replyTo, "id"_L1); target && isChatId(*target))
            m.replyToRemoteId = *target;
    }
    return m;
}

std::optional<ConvoEntry> convo(const QJsonObject &view, const Context &context, QList<Error> &warnings)
{
    auto id = json::string(view, "id"_L1);
    auto members = json::array(view, "members"_L1);
    if (!id || !isChatId(*id) || !members) {
        warnings << skipped(
            QCoreApplication::translate("starling::BlueskyClient", "a conversation without an id or members"));
        return std::nullopt;
    }
    ConvoEntry entry;
    Conversation &c = entry.conversation;
    c.accountId = context.accountId;
    c.remoteId = *id;
    for (const QJsonValue &value : *members) {
        auto member = person(value.toObject(), context.accountId);
        if (!member) {
            warnings << skipped(
                QCoreApplication::translate("starling::BlueskyClient", "conversation %1 with a malformed member")
                    .arg(*id));
            return std::nullopt;
        }
        entry.members << *member;
        if (member->remoteId != context.ownDid && !c.participantRemoteIds.contains(member->remoteId))
            c.participantRemoteIds << member->remoteId;
    }
    const QJsonObject kind = view.value("kind"_L1).toObject();
    if (unionType(kind, convoDefs) == u"#groupConvo") {
        c.kind = Conversation::Kind::Group;
        c.title = plainName(json::string(kind, "name"_L1).value_or(QString()));
    } else {
        c.kind = c.participantRemoteIds.size() > 1 ? Conversation::Kind::Group : Conversation::Kind::Direct;
    }
    // "request": someone wrote first and the account has not accepted yet; the chat service lists
    // these apart. A status it does not name (or none) is an accepted conversation.
    c.request = json::string(view, "status"_L1) == u"request"_s;
    entry.unreadCount = int(std::clamp<qint64>(json::integer(view, "unreadCount"_L1).value_or(0), 0, 1 << 20));
    c.unreadCount = entry.unreadCount;
    const QJsonObject last = view.value("lastMessage"_L1).toObject();
    if (unionType(last, convoDefs) == u"#messageView") {
        entry.lastMessage = chatMessage(last, *id, context, entry.unreadCount > 0, warnings);
        if (entry.lastMessage)
            c.lastActivity = entry.lastMessage->createdAt;
    }
    return entry;
}

Result<ConvoListing> convos(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"listConvos"_s);
    if (!root)
        return root.error();
    auto list = json::array(root.value(), "convos"_L1);
    auto cursor = optionalString(root.value(), "cursor"_L1);
    if (!list || !cursor)
        return badShape(u"listConvos"_s);
    ConvoListing listing;
    listing.cursor = *cursor;
    QSet<QString> seen;
    for (const QJsonValue &value : *list) {
        auto entry = convo(value.toObject(), context, listing.warnings);
        if (!entry || seen.contains(entry->conversation.remoteId))
            continue;
        seen.insert(entry->conversation.remoteId);
        listing.convos << *entry;
    }
    return listing;
}

Result<ConvoEntry> convoAnswer(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"convo"_s);
    if (!root)
        return root.error();
    auto view = json::object(root.value(), "convo"_L1);
    if (!view)
        return badShape(u"convo"_s);
    QList<Error> warnings;
    auto entry = convo(*view, context, warnings);
    if (!entry)
        return badShape(u"convo"_s);
    return *entry;
}

Result<FetchedPage> messages(const QJsonDocument &document, const QString &convoId, const Context &context,
                             int unreadCount)
{
    auto root = rootObject(document, u"getMessages"_s);
    if (!root)
        return root.error();
    auto list = json::array(root.value(), "messages"_L1);
    auto related = optionalArray(root.value(), "relatedProfiles"_L1);
    auto cursor = optionalString(root.value(), "cursor"_L1);
    if (!list || !related || !cursor)
        return badShape(u"getMessages"_s);
    FetchedPage page;
    QSet<QString> known;
    for (const QJsonValue &value : *related) {
        if (auto p = person(value.toObject(), context.accountId))
            addPerson(page, known, *p);
        else
            page.warnings << skipped(QCoreApplication::translate("starling::BlueskyClient", "a malformed profile"));
    }
    int unreadLeft = unreadCount;
    QSet<QString> seen;
    for (const QJsonValue &value : *list) {
        const QJsonObject view = value.toObject();
        const QString type = unionType(view, convoDefs);
        if (type == u"#deletedMessageView") {
            addDeleted(page, view);
            continue;
        }
        if (type == u"#systemMessageView")
            continue; // a member joined or left, or the like: not a message to answer
        if (type != u"#messageView") {
            page.warnings << skipped(
                QCoreApplication::translate("starling::BlueskyClient", "a direct message of an unknown kind"));
            continue;
        }
        const bool inbound = view.value("sender"_L1).toObject().value("did"_L1).toString() != context.ownDid;
        auto m = chatMessage(view, convoId, context, inbound && unreadLeft > 0, page.warnings);
        if (!m || seen.contains(m->remoteId))
            continue;
        if (inbound && unreadLeft > 0)
            --unreadLeft;
        seen.insert(m->remoteId);
        page.messages << *m;
    }
    page.nextPageToken = *cursor;
    return page;
}

Result<LogPage> log(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"getLog"_s);
    if (!root)
        return root.error();
    auto logs = json::array(root.value(), "logs"_L1);
    auto cursor = optionalString(root.value(), "cursor"_L1);
    if (!logs || !cursor)
        return badShape(u"getLog"_s);
    LogPage result;
    result.cursor = *cursor;
    result.entries = int(logs->size());
    FetchedPage &page = result.page;
    QSet<QString> known;
    QSet<QString> seen;
    const QDateTime now = nowOf(context);
    for (const QJsonValue &value : *logs) {
        if (!value.isObject()) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::BlueskyClient", "a log entry that is not an object"));
            continue;
        }
        const QJsonObject entry = value.toObject();
        const QString type = unionType(entry, convoDefs);
        auto convoId = json::string(entry, "convoId"_L1);
        auto rev = json::string(entry, "rev"_L1);
        if (!convoId || !isChatId(*convoId) || !rev || !isChatId(*rev)) {
            if (type.startsWith(u"#log"))
                page.warnings << skipped(QCoreApplication::translate("starling::BlueskyClient",
                                                                     "a log entry without a conversation or revision"));
            continue;
        }
        if (type == u"#logCreateMessage") {
            auto related = optionalArray(entry, "relatedProfiles"_L1);
            if (!related) {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::BlueskyClient", "a log entry with malformed profiles"));
                continue;
            }
            const QJsonObject view = entry.value("message"_L1).toObject();
            const QString kind = unionType(view, convoDefs);
            if (kind == u"#deletedMessageView") {
                addDeleted(page, view);
                continue;
            }
            if (kind != u"#messageView") {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::BlueskyClient", "a log entry without its message"));
                continue;
            }
            auto m = chatMessage(view, *convoId, context, true, page.warnings);
            if (!m || seen.contains(m->remoteId))
                continue;
            for (const QJsonValue &p : *related) {
                if (auto identity = person(p.toObject(), context.accountId))
                    addPerson(page, known, *identity);
            }
            seen.insert(m->remoteId);
            page.messages << *m;
        } else if (type == u"#logDeleteMessage") {
            const QJsonObject view = entry.value("message"_L1).toObject();
            const QString kind = unionType(view, convoDefs);
            if (kind != u"#messageView" && kind != u"#deletedMessageView") {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::BlueskyClient", "a log entry without its message"));
                continue;
            }
            addDeleted(page, view);
            // Created and deleted within the same pages: nothing to store.
            page.messages.removeIf([&view](const Message &m) { return m.remoteId == view.value("id"_L1).toString(); });
        } else if (type == u"#logBeginConvo" || type == u"#logAcceptConvo" || type == u"#logLeaveConvo") {
            if (context.ownDid.isEmpty())
                continue;
            MembershipChange change;
            change.remoteId = *convoId + u'/' + *rev;
            change.conversationRemoteId = *convoId;
            change.personRemoteIds = {context.ownDid};
            change.joined = type != u"#logLeaveConvo";
            change.at = now;
            page.membershipChanges << change;
            if (type != u"#logLeaveConvo" && !result.convoIdsToRead.contains(*convoId))
                result.convoIdsToRead << *convoId;
        }
        // Reads, reactions, mutes and group events: nothing Starling stores.
    }
    return result;
}

Result<FetchedPage> notifications(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"listNotifications"_s);
    if (!root)
        return root.error();
    auto list = json::array(root.value(), "notifications"_L1);
    auto cursor = optionalString(root.value(), "cursor"_L1);
    if (!list || !cursor)
        return badShape(u"listNotifications"_s);
    const QDateTime since =
        context.since.isEmpty() ? QDateTime() : QDateTime::fromString(context.since, Qt::ISODateWithMs);
    FetchedPage page;
    QHash<QString, qsizetype> threads;
    QSet<QString> known;
    QSet<QString> seen;
    QDateTime newest;
    bool reachedSince = false;
    for (const QJsonValue &value : *list) {
        const QJsonObject n = value.toObject();
        auto indexedAt = timeOf(n, "indexedAt"_L1, context);
        auto reason = json::string(n, "reason"_L1);
        if (!indexedAt || !reason) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::BlueskyClient", "a notification without a reason or time"));
            continue;
        }
        if (since.isValid() && *indexedAt <= since) {
            reachedSince = true;
            break;
        }
        if (!newest.isValid() || *indexedAt > newest)
            newest = *indexedAt;
        if (*reason != u"mention" && *reason != u"reply" && *reason != u"quote")
            continue;
        auto author = person(n.value("author"_L1).toObject(), context.accountId);
        auto uri = json::string(n, "uri"_L1);
        auto record = json::object(n, "record"_L1);
        std::optional<Message> m;
        if (author && uri && record)
            m = postMessage(*uri, author->remoteId, *record, n, context);
        if (!m) {
            page.warnings << skipped(QCoreApplication::translate("starling::BlueskyClient",
                                                                 "a mention without a post, author, text or time"));
            continue;
        }
        if (m->direction == Message::Direction::Outbound || seen.contains(m->remoteId))
            continue;
        seen.insert(m->remoteId);
        m->kind = *reason == u"reply" ? Message::Kind::Reply : Message::Kind::Mention;
        m->read = json::boolean(n, "isRead"_L1).value_or(false);
        addPerson(page, known, *author);
        addToThread(page, threads, *m, context);
    }
    if (!reachedSince && !list->isEmpty())
        page.nextPageToken = *cursor;
    if (newest.isValid())
        page.newestCursor = newest.toString(Qt::ISODateWithMs);
    return page;
}

namespace {

/** Adds the posts of a thread union (threadViewPost; notFoundPost and blockedPost are passed over). */
void walkThread(const QJsonObject &node, int depth, bool up, bool down, const Context &context, FetchedPage &page,
                QList<Message> &messages, QSet<QString> &known)
{
    if (depth > maxThreadDepth)
        return;
    if (unionType(node, feedDefs) != u"#threadViewPost")
        return;
    Identity author;
    auto m = postViewMessage(node.value("post"_L1).toObject(), context, &author);
    if (!m) {
        page.warnings << skipped(QCoreApplication::translate("starling::BlueskyClient", "a post of the thread"));
    } else {
        addPerson(page, known, author);
        messages << *m;
    }
    if (up)
        walkThread(node.value("parent"_L1).toObject(), depth + 1, true, false, context, page, messages, known);
    if (down) {
        for (const QJsonValue &reply : node.value("replies"_L1).toArray())
            walkThread(reply.toObject(), depth + 1, false, true, context, page, messages, known);
    }
}

} // namespace

Result<FetchedPage> postThread(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"getPostThread"_s);
    if (!root)
        return root.error();
    auto thread = json::object(root.value(), "thread"_L1);
    if (!thread)
        return badShape(u"getPostThread"_s);
    const QString type = unionType(*thread, feedDefs);
    if (type == u"#notFoundPost")
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::BlueskyClient", "This Bluesky post no longer exists."));
    if (type == u"#blockedPost")
        return Error(Error::Code::Forbidden,
                     QCoreApplication::translate("starling::BlueskyClient", "This Bluesky post is hidden by a block."));
    if (type != u"#threadViewPost" || !json::object(*thread, "post"_L1))
        return badShape(u"getPostThread"_s);
    for (const QLatin1StringView key : {"parent"_L1, "replies"_L1}) {
        const QJsonValue v = thread->value(key);
        if (!v.isUndefined() && !v.isNull() && (key == "parent"_L1 ? !v.isObject() : !v.isArray()))
            return badShape(u"getPostThread"_s);
    }
    FetchedPage page;
    QList<Message> found;
    QSet<QString> known;
    walkThread(*thread, 0, true, true, context, page, found, known);
    if (found.isEmpty())
        return badShape(u"getPostThread"_s);
    // One thread: the root's, as every post of it names it (the top post itself when it is no reply).
    QString threadId;
    for (const Message &m : std::as_const(found)) {
        if (m.replyToRemoteId.isEmpty()) {
            threadId = m.remoteId;
            break;
        }
    }
    if (threadId.isEmpty())
        threadId = found.constLast().conversationRemoteId;
    std::sort(found.begin(), found.end(), [](const Message &a, const Message &b) { return a.createdAt > b.createdAt; });
    QHash<QString, qsizetype> threads;
    QSet<QString> seen;
    for (Message m : std::as_const(found)) {
        if (seen.contains(m.remoteId))
            continue;
        seen.insert(m.remoteId);
        m.conversationRemoteId = threadId;
        addToThread(page, threads, m, context);
    }
    return page;
}

Result<Posts> posts(const QJsonDocument &document, const Context &context)
{
    auto root = rootObject(document, u"getPosts"_s);
    if (!root)
        return root.error();
    auto list = json::array(root.value(), "posts"_L1);
    if (!list)
        return badShape(u"getPosts"_s);
    Posts result;
    QHash<QString, qsizetype> threads;
    QSet<QString> known;
    for (const QJsonValue &value : *list) {
        Identity author;
        ReplyRefs refs;
        QString cid;
        auto m = postViewMessage(value.toObject(), context, &author, &refs, &cid);
        if (!m) {
            result.page.warnings << skipped(QCoreApplication::translate("starling::BlueskyClient", "a malformed post"));
            continue;
        }
        addPerson(result.page, known, author);
        addToThread(result.page, threads, *m, context);
        PostRef ref;
        ref.uri = m->remoteId;
        ref.cid = cid;
        ref.rootUri = refs.isReply ? refs.rootUri : ref.uri;
        ref.rootCid = refs.isReply ? refs.rootCid : cid;
        result.refs << ref;
    }
    return result;
}

Result<Session> session(const QJsonDocument &document)
{
    auto root = rootObject(document, u"session"_s);
    if (!root)
        return root.error();
    auto access = json::string(root.value(), "accessJwt"_L1);
    auto refresh = json::string(root.value(), "refreshJwt"_L1);
    auto did = json::string(root.value(), "did"_L1);
    auto handle = json::string(root.value(), "handle"_L1);
    if (!access || !refresh || access->isEmpty() || refresh->isEmpty() || !did || !isDid(*did) || !handle
        || !isHandle(*handle))
        return badShape(u"session"_s);
    Session s;
    s.accessJwt = access->toUtf8();
    s.refreshJwt = refresh->toUtf8();
    s.did = *did;
    s.handle = handle->toLower();
    s.active = json::boolean(root.value(), "active"_L1).value_or(true);
    s.status = json::string(root.value(), "status"_L1).value_or(QString());
    s.pds = pdsOf(root->value("didDoc"_L1).toObject(), *did);
    return s;
}

Result<DidDocument> didDocument(const QJsonDocument &document, const QString &did)
{
    auto root = rootObject(document, u"DID document"_s);
    if (!root)
        return root.error();
    if (json::string(root.value(), "id"_L1).value_or(QString()) != did || !isDid(did))
        return badShape(u"DID document"_s);
    DidDocument doc;
    doc.did = did;
    for (const QJsonValue &value : root->value("alsoKnownAs"_L1).toArray()) {
        const QString name = value.toString();
        if (name.startsWith(u"at://"_s) && isHandle(name.mid(5)))
            doc.handles << name.mid(5).toLower();
    }
    doc.pds = pdsOf(root.value(), did);
    if (doc.pds.isEmpty())
        return Error(Error::Code::BadResponse,
                     QCoreApplication::translate("starling::BlueskyClient",
                                                 "The identity of this account names no server to reach it at."));
    return doc;
}

QString didOfHandleAnswer(const QByteArray &answer)
{
    QString text = QString::fromUtf8(answer).trimmed();
    if (text.startsWith(u"did="_s))
        text = text.mid(4);
    return isDid(text) ? text : QString();
}

Result<QString> resolvedDid(const QJsonDocument &document)
{
    auto root = rootObject(document, u"resolveHandle"_s);
    if (!root)
        return root.error();
    auto did = json::string(root.value(), "did"_L1);
    if (!did || !isDid(*did))
        return badShape(u"resolveHandle"_s);
    return *did;
}

Result<QJsonObject> uploadedBlob(const QJsonDocument &document)
{
    auto root = rootObject(document, u"uploadBlob"_s);
    if (!root)
        return root.error();
    auto blob = json::object(root.value(), "blob"_L1);
    if (!blob)
        return badShape(u"uploadBlob"_s);
    // A blob is {$type: blob, ref: {$link: cid}, mimeType, size} (the lexicon's blob type).
    auto link = json::string(blob->value("ref"_L1).toObject(), "$link"_L1);
    auto mime = json::string(*blob, "mimeType"_L1);
    auto size = json::integer(*blob, "size"_L1);
    if (blob->value("$type"_L1).toString() != u"blob" || !link || link->isEmpty() || link->size() > 256 || !mime
        || !size || *size < 0)
        return badShape(u"uploadBlob"_s);
    return *blob;
}

Result<PostRef> recordCreated(const QJsonDocument &document)
{
    auto root = rootObject(document, u"createRecord"_s);
    if (!root)
        return root.error();
    auto ref = strongRef(root.value());
    if (!ref)
        return badShape(u"createRecord"_s);
    return PostRef{ref->first, ref->second, {}, {}};
}

Result<SentItem> messageSent(const QJsonDocument &document, const QString &convoId, const Context &context)
{
    auto root = rootObject(document, u"sendMessage"_s);
    if (!root)
        return root.error();
    QList<Error> warnings;
    auto m = chatMessage(root.value(), convoId, context, false, warnings);
    if (!m)
        return badShape(u"sendMessage"_s);
    return SentItem{m->remoteId, convoId, m->createdAt};
}

QJsonArray facets(const QList<BlueskyFacets::Span> &spans, const QHash<QString, QString> &dids)
{
    QJsonArray result;
    for (const BlueskyFacets::Span &span : spans) {
        QJsonObject feature;
        switch (span.kind) {
        case BlueskyFacets::Span::Kind::Mention: {
            const QString did = dids.value(span.value);
            if (did.isEmpty())
                continue; // an unresolvable handle stays plain text
            feature = QJsonObject{{"$type"_L1, u"app.bsky.richtext.facet#mention"_s}, {"did"_L1, did}};
            break;
        }
        case BlueskyFacets::Span::Kind::Link:
            feature = QJsonObject{{"$type"_L1, u"app.bsky.richtext.facet#link"_s}, {"uri"_L1, span.value}};
            break;
        case BlueskyFacets::Span::Kind::Tag:
            feature = QJsonObject{{"$type"_L1, u"app.bsky.richtext.facet#tag"_s}, {"tag"_L1, span.value}};
            break;
        }
        result.append(QJsonObject{
            {"index"_L1, QJsonObject{{"byteStart"_L1, qint64(span.byteStart)}, {"byteEnd"_L1, qint64(span.byteEnd)}}},
            {"features"_L1, QJsonArray{feature}}});
    }
    return result;
}

namespace {
constexpr char tidAlphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
}

QString tid(quint64 microseconds, quint16 clockId)
{
    // 64 bits: 0, then 53 bits of microseconds, then 10 bits of clock id; 13 characters of 5 bits,
    // the first of which carries only 4 (so it is one of 2–j).
    const quint64 value = ((microseconds & ((quint64(1) << 53) - 1)) << 10) | (clockId & 0x3ff);
    QString text(13, u'2');
    for (int i = 0; i < 13; ++i)
        text[i] = QLatin1Char(tidAlphabet[(value >> (60 - 5 * i)) & 0x1f]);
    return text;
}

QString tidForKey(const QString &clientKey)
{
    const QByteArray hash = QCryptographicHash::hash(clientKey.toUtf8(), QCryptographicHash::Sha256);
    const quint64 bits = qFromBigEndian<quint64>(hash.constData());
    // 2020-01-01 plus up to 2^47 µs (about 4.5 years): always a time in the past.
    constexpr quint64 base = quint64(1577836800) * 1000 * 1000;
    const quint64 micros = base + ((bits >> 10) & ((quint64(1) << 47) - 1));
    return tid(micros, quint16(bits & 0x3ff));
}

bool isTid(const QString &text)
{
    static const QRegularExpression pattern(u"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$"_s);
    return pattern.match(text).hasMatch();
}

HttpClient::ErrorReading errorReading(int, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString name = object.value("error"_L1).toString();
    const QString message = HttpClient::cleanServerText(object.value("message"_L1).toString());
    static const QRegularExpression namePattern(u"^[A-Za-z][A-Za-z0-9]{0,63}$"_s);
    HttpClient::ErrorReading reading;
    if (!namePattern.match(name).hasMatch()) {
        reading.message = message;
        return reading;
    }
    reading.message = message.isEmpty() ? name : name + u": "_s + message;
    // An expired or unreadable access token is a 400 from the PDS, not a 401 (B-5).
    if (name == u"ExpiredToken" || name == u"InvalidToken")
        reading.code = Error::Code::AuthExpired;
    return reading;
}

QString errorName(const Error &error)
{
    static const QRegularExpression namePattern(u"^([A-Za-z][A-Za-z0-9]{0,63})(:|$)"_s);
    const auto match = namePattern.match(error.serverDetail());
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace starling::blueskymapper
