// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonMapper.h"

#include "providers/JsonFields.h"
#include "text/HtmlToText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace starling::mastodonmapper {

namespace {

constexpr qsizetype maxIdLength = 64;

Error badShape(const QString &what)
{
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("starling::MastodonClient",
                                             "The Mastodon server sent an answer Starling could not read (%1).")
                     .arg(what));
}

Error skipped(const QString &what)
{
    //: %1 describes the item left out, e.g. "a person without an id or name" (translated on its own, in lower case)
    return Error(
        Error::Code::BadResponse,
        QCoreApplication::translate("starling::MastodonClient", "An item from Mastodon was left out: %1.").arg(what));
}

std::optional<QString> id(const QJsonObject &object, QLatin1StringView key)
{
    auto text = json::string(object, key);
    if (!text || !isId(*text))
        return std::nullopt;
    return text;
}

/** A field that may be absent or null, but must have type @p isRight when present. */
template<typename Check>
bool optionalOfType(const QJsonObject &object, QLatin1StringView key, Check isRight)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isNull() || isRight(value);
}

bool isStringValue(const QJsonValue &v)
{
    return v.isString() && v.toString().size() <= json::maxStringLength;
}

bool isArrayValue(const QJsonValue &v)
{
    return v.isArray();
}

int clampedInt(qint64 value)
{
    return int(std::clamp<qint64>(value, -1, std::numeric_limits<int>::max()));
}

// ---- Statuses ----

std::optional<Attachment> attachment(const QJsonObject &media)
{
    auto mediaId = id(media, "id"_L1);
    auto type = json::string(media, "type"_L1);
    if (!mediaId || !type)
        return std::nullopt;
    for (const QLatin1StringView key : {"url"_L1, "preview_url"_L1, "remote_url"_L1, "description"_L1}) {
        if (!optionalOfType(media, key, isStringValue))
            return std::nullopt;
    }
    Attachment a;
    a.remoteId = *mediaId;
    a.kind = *type == u"image"   ? Attachment::Kind::Image
             : *type == u"gifv"  ? Attachment::Kind::Gif
             : *type == u"video" ? Attachment::Kind::Video
             : *type == u"audio" ? Attachment::Kind::Audio
                                 : Attachment::Kind::Other;
    const QString url = json::string(media, "url"_L1).value_or(QString());
    const QString remote = json::string(media, "remote_url"_L1).value_or(QString());
    a.url = QUrl(url.isEmpty() ? remote : url);
    a.previewUrl = QUrl(json::string(media, "preview_url"_L1).value_or(QString()));
    if (a.previewUrl.isEmpty())
        a.previewUrl = a.url;
    a.altText = json::string(media, "description"_L1).value_or(QString());
    // meta is Paperclip's: {original: {width, height}, small: {…}}; anything else is ignored.
    const QJsonObject original = media.value("meta"_L1).toObject().value("original"_L1).toObject();
    a.width = int(std::clamp<qint64>(json::integer(original, "width"_L1).value_or(0), 0, 1'000'000));
    a.height = int(std::clamp<qint64>(json::integer(original, "height"_L1).value_or(0), 0, 1'000'000));
    return a;
}

/** A mention as Status.mentions[] lists it: whom a status reaches, and how its HTML links to them. */
struct MentionRef
{
    QString id;
    QString acct; ///< "alice" for a local account, "alice@example.social" for a remote one
    QString url; ///< the profile URL the HTML links to
};

std::optional<QList<MentionRef>> mentionsOf(const QJsonObject &status)
{
    QList<MentionRef> list;
    const QJsonValue value = status.value("mentions"_L1);
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray())
        return std::nullopt;
    for (const QJsonValue &m : value.toArray()) {
        const QJsonObject mention = m.toObject();
        auto mentionId = id(mention, "id"_L1);
        auto acct = json::string(mention, "acct"_L1);
        if (!mentionId || !acct || acct->isEmpty())
            continue; // one broken mention only loses its link resolution
        list << MentionRef{*mentionId, *acct, json::string(mention, "url"_L1).value_or(QString())};
    }
    return list;
}

/** Status or profile HTML as plain text, no longer than any string the mappers accept. */
QString plainText(const QString &html, const QList<MentionRef> &mentions = {})
{
    QList<HtmlToText::Mention> links;
    links.reserve(mentions.size());
    for (const MentionRef &m : mentions)
        links << HtmlToText::Mention{m.acct, m.url};
    return HtmlToText::convert(html, links, json::maxStringLength).text;
}

QString visibilityOf(const QJsonObject &status)
{
    return json::string(status, "visibility"_L1).value_or(QString());
}

bool isDirect(const QJsonObject &status)
{
    return visibilityOf(status) == u"direct";
}

/** Adds @p person to @p people unless someone with the same id is there already. */
void addPerson(QList<Identity> &people, const Identity &person)
{
    for (const Identity &p : std::as_const(people)) {
        if (p.remoteId == person.remoteId)
            return;
    }
    people << person;
}

Result<QJsonArray> rootArray(const QJsonDocument &document)
{
    if (!document.isArray())
        return badShape(document.isObject() ? u"an object where a list belongs"_s : u"not a list"_s);
    return document.array();
}

Conversation &conversationIn(FetchedPage &page, const Context &context, const QString &remoteId,
                             Conversation::Kind kind)
{
    for (Conversation &c : page.conversations) {
        if (c.remoteId == remoteId)
            return c;
    }
    Conversation c;
    c.accountId = context.accountId;
    c.remoteId = remoteId;
    c.kind = kind;
    page.conversations << c;
    return page.conversations.last();
}

void touch(Conversation &conversation, const Message &m)
{
    if (!conversation.lastActivity.isValid() || m.createdAt > conversation.lastActivity)
        conversation.lastActivity = m.createdAt;
}

bool newerThanSince(const QString &statusId, const Context &context)
{
    return context.since.isEmpty() || compareIds(statusId, context.since) > 0;
}

} // namespace

bool isId(const QString &text)
{
    if (text.isEmpty() || text.size() > maxIdLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'
               || c == u'-';
    });
}

int compareIds(const QString &a, const QString &b)
{
    if (json::isNumericId(a) && json::isNumericId(b))
        return json::compareNumericIds(a, b);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

std::optional<Identity> person(const QJsonObject &account, const QUuid &accountId)
{
    auto accountIdValue = id(account, "id"_L1);
    auto acct = json::string(account, "acct"_L1);
    if (!accountIdValue || !acct || acct->isEmpty() || acct->size() > 512)
        return std::nullopt;
    for (const QLatin1StringView key : {"display_name"_L1, "avatar"_L1, "avatar_static"_L1, "note"_L1, "username"_L1}) {
        if (!optionalOfType(account, key, isStringValue))
            return std::nullopt;
    }
    Identity p;
    p.accountId = accountId;
    p.remoteId = *accountIdValue;
    p.handle = acct->startsWith(u'@') ? acct->mid(1) : *acct;
    p.displayName = json::string(account, "display_name"_L1).value_or(QString()).trimmed();
    if (p.displayName.isEmpty())
        p.displayName = json::string(account, "username"_L1).value_or(p.handle);
    const QString avatar = json::string(account, "avatar_static"_L1).value_or(QString());
    p.avatarUrl = QUrl(avatar.isEmpty() ? json::string(account, "avatar"_L1).value_or(QString()) : avatar);
    p.bio = plainText(json::string(account, "note"_L1).value_or(QString()));
    // The links of the profile's fields ("Website: <a href=…>"), where people name their sites.
    for (const QJsonValue &field : account.value("fields"_L1).toArray()) {
        const QString value = json::string(field.toObject(), "value"_L1).value_or(QString());
        if (value.size() > 4096)
            continue;
        for (const TextEntity &entity : HtmlToText::convert(value).entities) {
            if (entity.type == TextEntity::Type::Url && !p.links.contains(entity.value) && p.links.size() < 16)
                p.links << entity.value;
        }
    }
    if (auto followers = json::integer(account, "followers_count"_L1))
        p.followersCount = clampedInt(*followers);
    return p;
}

Result<Identity> account(const QJsonDocument &document, const QUuid &accountId)
{
    if (!document.isObject())
        return badShape(u"account"_s);
    auto p = person(document.object(), accountId);
    if (!p)
        return badShape(u"account"_s);
    return *p;
}

std::optional<Message> message(const QJsonObject &status, const Context &context, Message::Kind kind,
                               const QString &conversationRemoteId, QList<Error> &warnings)
{
    auto statusId = id(status, "id"_L1);
    const QJsonObject author = status.value("account"_L1).toObject();
    auto authorId = id(author, "id"_L1);
    auto createdAt = json::time(status, "created_at"_L1);
    const QJsonValue content = status.value("content"_L1);
    const QString visibility = visibilityOf(status);
    static const QStringList visibilities{u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s};
    if (!statusId || !authorId || !createdAt || !content.isString() || content.toString().size() > json::maxStringLength
        || !visibilities.contains(visibility)) {
        warnings << skipped(QCoreApplication::translate("starling::MastodonClient",
                                                        "a status without an id, author, time, content or visibility"));
        return std::nullopt;
    }
    auto mentions = mentionsOf(status);
    const bool wellFormed = mentions && optionalOfType(status, "spoiler_text"_L1, isStringValue)
                            && optionalOfType(status, "in_reply_to_id"_L1,
                                              [](const QJsonValue &v) { return v.isString() && isId(v.toString()); })
                            && optionalOfType(status, "media_attachments"_L1, isArrayValue);
    if (!wellFormed) {
        warnings << skipped(
            QCoreApplication::translate("starling::MastodonClient", "status %1 with unreadable fields").arg(*statusId));
        return std::nullopt;
    }

    Message m;
    m.accountId = context.accountId;
    m.remoteId = *statusId;
    m.conversationRemoteId = conversationRemoteId;
    m.authorRemoteId = *authorId;
    const bool ours = *authorId == context.ownUserId;
    m.direction = ours ? Message::Direction::Outbound : Message::Direction::Inbound;
    m.kind = kind;
    const QString body = plainText(content.toString(), *mentions);
    const QString spoiler = json::string(status, "spoiler_text"_L1).value_or(QString()).trimmed();
    // The content warning is part of what was written (and of its length, M-6); keep it in front.
    m.text = spoiler.isEmpty() ? body : u"CW: "_s + spoiler + u"\n\n"_s + body;
    if (m.text.size() > json::maxStringLength)
        m.text.truncate(json::maxStringLength);
    m.createdAt = *createdAt;
    m.read = ours;
    m.replyToRemoteId = json::string(status, "in_reply_to_id"_L1).value_or(QString());
    for (const QJsonValue &value : status.value("media_attachments"_L1).toArray()) {
        if (auto a = attachment(value.toObject()))
            m.attachments << *a;
        else
            warnings << skipped(QCoreApplication::translate("starling::MastodonClient",
                                                            "a media attachment of status %1 without an id or type")
                                    .arg(*statusId));
    }
    return m;
}

Result<ConversationListing> conversations(const QJsonDocument &document, const Context &context)
{
    auto list = rootArray(document);
    if (!list)
        return list.error();
    ConversationListing listing;
    for (const QJsonValue &value : list.value()) {
        const QJsonObject object = value.toObject();
        auto conversationId = id(object, "id"_L1);
        const QJsonValue accounts = object.value("accounts"_L1);
        const QJsonValue last = object.value("last_status"_L1);
        if (!value.isObject() || !conversationId || !accounts.isArray() || !(last.isObject() || last.isNull())
            || !optionalOfType(object, "unread"_L1, [](const QJsonValue &v) { return v.isBool(); })) {
            listing.warnings << skipped(
                QCoreApplication::translate("starling::MastodonClient", "a conversation without an id or accounts"));
            continue;
        }
        if (last.isNull())
            continue; // every status of it was deleted: nothing to show, nothing to move the cursor
        auto lastId = id(last.toObject(), "id"_L1);
        if (!lastId) {
            listing.warnings << skipped(
                QCoreApplication::translate("starling::MastodonClient", "conversation %1 whose last status has no id")
                    .arg(*conversationId));
            continue;
        }
        if (!newerThanSince(*lastId, context)) {
            // Newest last status first: from here on, everything is stored already.
            listing.reachedSince = true;
            break;
        }
        if (listing.newestStatusId.isEmpty() || compareIds(*lastId, listing.newestStatusId) > 0)
            listing.newestStatusId = *lastId;
        ConversationEntry entry;
        entry.id = *conversationId;
        entry.unread = json::boolean(object, "unread"_L1).value_or(false);
        entry.lastStatus = last.toObject();
        entry.lastStatusId = *lastId;
        for (const QJsonValue &a : accounts.toArray()) {
            auto p = person(a.toObject(), context.accountId);
            if (!p) {
                listing.warnings << skipped(
                    QCoreApplication::translate("starling::MastodonClient", "a participant without an id or name"));
                continue;
            }
            if (p->remoteId != context.ownUserId)
                addPerson(entry.participants, *p);
        }
        listing.entries << entry;
    }
    return listing;
}

Result<ThreadContext> threadContext(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"context"_s);
    const QJsonObject root = document.object();
    const QJsonValue ancestors = root.value("ancestors"_L1);
    const QJsonValue descendants = root.value("descendants"_L1);
    if (!ancestors.isArray() || !descendants.isArray())
        return badShape(u"context"_s);
    ThreadContext thread;
    for (const QJsonValue &v : ancestors.toArray())
        thread.ancestors << v.toObject();
    for (const QJsonValue &v : descendants.toArray())
        thread.descendants << v.toObject();
    return thread;
}

FetchedPage directThread(const ConversationEntry &entry, const ThreadContext &thread, const Context &context)
{
    FetchedPage page;
    for (const Identity &p : entry.participants)
        addPerson(page.people, p);
    if (!isDirect(entry.lastStatus)) {
        page.warnings << skipped(
            QCoreApplication::translate("starling::MastodonClient", "conversation %1 whose last status is not private")
                .arg(entry.id));
        return page;
    }
    // The thread's first private status: walk up from the last one while the parents are private
    // too. A DM may answer a public post; that post belongs to its public thread, not here.
    QString root = entry.lastStatusId;
    for (auto it = thread.ancestors.crbegin(); it != thread.ancestors.crend(); ++it) {
        auto ancestorId = id(*it, "id"_L1);
        if (!ancestorId || !isDirect(*it))
            break;
        root = *ancestorId;
    }

    Conversation &conversation = conversationIn(
        page, context, root, entry.participants.size() > 1 ? Conversation::Kind::Group : Conversation::Kind::Direct);
    for (const Identity &p : entry.participants)
        conversation.participantRemoteIds << p.remoteId;

    QList<QJsonObject> statuses;
    bool belowRoot = false;
    for (const QJsonObject &s : thread.ancestors) {
        belowRoot = belowRoot || json::string(s, "id"_L1).value_or(QString()) == root;
        if (belowRoot)
            statuses << s;
    }
    statuses << entry.lastStatus;
    statuses << thread.descendants;

    QSet<QString> seen;
    for (const QJsonObject &status : std::as_const(statuses)) {
        if (!isDirect(status))
            continue;
        const QString statusId = json::string(status, "id"_L1).value_or(QString());
        if (seen.contains(statusId) || (!statusId.isEmpty() && isId(statusId) && !newerThanSince(statusId, context)))
            continue;
        auto m = message(status, context, Message::Kind::DirectMessage, root, page.warnings);
        if (!m)
            continue;
        seen.insert(m->remoteId);
        // A conversation the user already read on the web needs no answer from here.
        m->read = m->read || !entry.unread;
        if (auto author = person(status.value("account"_L1).toObject(), context.accountId);
            author && author->remoteId != context.ownUserId)
            addPerson(page.people, *author);
        touch(conversation, *m);
        page.messages << *m;
    }
    return page;
}

Result<FetchedPage> directThreadByRoot(const QJsonDocument &rootDocument, const QJsonDocument &contextDocument,
                                       const Context &context)
{
    if (!rootDocument.isObject())
        return badShape(u"status"_s);
    const QJsonObject root = rootDocument.object();
    auto rootId = id(root, "id"_L1);
    if (!rootId)
        return badShape(u"status"_s);
    auto thread = threadContext(contextDocument);
    if (!thread)
        return thread.error();
    FetchedPage page;
    if (!isDirect(root))
        return badShape(u"not a private conversation"_s);
    QSet<QString> participants;
    Conversation &conversation = conversationIn(page, context, *rootId, Conversation::Kind::Direct);
    QList<QJsonObject> statuses{root};
    statuses << thread->descendants;
    for (const QJsonObject &status : std::as_const(statuses)) {
        if (!isDirect(status))
            continue;
        auto m = message(status, context, Message::Kind::DirectMessage, *rootId, page.warnings);
        if (!m)
            continue;
        if (auto author = person(status.value("account"_L1).toObject(), context.accountId);
            author && author->remoteId != context.ownUserId) {
            addPerson(page.people, *author);
            participants.insert(author->remoteId);
        }
        for (const MentionRef &mention : mentionsOf(status).value_or(QList<MentionRef>())) {
            if (mention.id != context.ownUserId)
                participants.insert(mention.id);
        }
        touch(conversation, *m);
        page.messages << *m;
    }
    conversation.participantRemoteIds = QStringList(participants.cbegin(), participants.cend());
    conversation.participantRemoteIds.sort();
    conversation.kind = participants.size() > 1 ? Conversation::Kind::Group : Conversation::Kind::Direct;
    return page;
}

Result<FetchedPage> notifications(const QJsonDocument &document, const Context &context, const QString &nextPageToken)
{
    auto list = rootArray(document);
    if (!list)
        return list.error();
    FetchedPage page;
    bool reachedSince = false;
    for (const QJsonValue &value : list.value()) {
        const QJsonObject notification = value.toObject();
        auto notificationId = id(notification, "id"_L1);
        auto type = json::string(notification, "type"_L1);
        if (!value.isObject() || !notificationId || !type) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::MastodonClient", "a notification without an id or type"));
            continue;
        }
        if (!newerThanSince(*notificationId, context)) {
            reachedSince = true; // newest first: the rest is stored
            break;
        }
        if (page.newestCursor.isEmpty() || compareIds(*notificationId, page.newestCursor) > 0)
            page.newestCursor = *notificationId;
        if (*type != u"mention")
            continue; // a server that ignores types[] (before 3.5) sends the others too
        const QJsonValue statusValue = notification.value("status"_L1);
        if (!statusValue.isObject()) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::MastodonClient", "mention %1 without its status")
                    .arg(*notificationId));
            continue;
        }
        const QJsonObject status = statusValue.toObject();
        if (isDirect(status))
            continue; // a private mention: it comes with its conversation (M-2)
        const QString replyTo = json::string(status, "in_reply_to_id"_L1).value_or(QString());
        const QString thread = isId(replyTo) ? replyTo : json::string(status, "id"_L1).value_or(QString());
        auto m = message(status, context, Message::Kind::Mention, thread, page.warnings);
        if (!m)
            continue;
        if (m->direction == Message::Direction::Outbound)
            m->kind = Message::Kind::OwnPost; // mentioning ourselves is not news
        auto author = person(status.value("account"_L1).toObject(), context.accountId);
        if (!author) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::MastodonClient", "mention %1 by an unreadable account")
                    .arg(m->remoteId));
            continue;
        }
        if (author->remoteId != context.ownUserId)
            addPerson(page.people, *author);
        Conversation &conversation = conversationIn(page, context, thread, Conversation::Kind::PublicThread);
        if (m->direction == Message::Direction::Inbound
            && !conversation.participantRemoteIds.contains(m->authorRemoteId))
            conversation.participantRemoteIds << m->authorRemoteId;
        touch(conversation, *m);
        page.messages << *m;
    }
    if (!reachedSince && !list->isEmpty())
        page.nextPageToken = nextPageToken;
    return page;
}

Result<FetchedPage> ownStatuses(const QJsonDocument &document, const Context &context)
{
    auto list = rootArray(document);
    if (!list)
        return list.error();
    FetchedPage page;
    for (const QJsonValue &value : list.value()) {
        const QJsonObject status = value.toObject();
        const bool direct = isDirect(status);
        const QString statusId = json::string(status, "id"_L1).value_or(QString());
        auto m = message(status, context, direct ? Message::Kind::DirectMessage : Message::Kind::OwnPost, statusId,
                         page.warnings);
        if (!m)
            continue;
        conversationIn(page, context, statusId, direct ? Conversation::Kind::Direct : Conversation::Kind::PublicThread);
        page.messages << *m;
    }
    return page;
}

ReplyTarget replyTarget(const QList<QJsonObject> &statuses, const QString &ownUserId)
{
    static const QStringList order{u"public"_s, u"unlisted"_s, u"private"_s, u"direct"_s};
    ReplyTarget target;
    int strictest = -1;
    QSet<QString> seen;
    const auto add = [&](const QString &accountId, const QString &acct) {
        if (accountId == ownUserId || acct.isEmpty() || acct.size() > 512 || seen.contains(acct.toLower()))
            return;
        seen.insert(acct.toLower());
        target.accts << acct;
    };
    for (const QJsonObject &status : statuses) {
        auto statusId = id(status, "id"_L1);
        if (!statusId)
            continue;
        if (target.newestStatusId.isEmpty() || compareIds(*statusId, target.newestStatusId) > 0)
            target.newestStatusId = *statusId;
        strictest = std::max(strictest, int(order.indexOf(visibilityOf(status))));
        const QJsonObject author = status.value("account"_L1).toObject();
        if (auto authorId = id(author, "id"_L1))
            add(*authorId, json::string(author, "acct"_L1).value_or(QString()));
        for (const MentionRef &m : mentionsOf(status).value_or(QList<MentionRef>()))
            add(m.id, m.acct);
    }
    target.visibility = strictest >= 0 ? order.at(strictest) : u"public"_s;
    return target;
}

Result<SentItem> statusCreated(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"status"_s);
    const QJsonObject status = document.object();
    auto statusId = id(status, "id"_L1);
    if (!statusId)
        return badShape(u"status"_s);
    return SentItem{*statusId, {}, json::time(status, "created_at"_L1).value_or(QDateTime())};
}

Result<MediaState> media(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"media"_s);
    const QJsonObject object = document.object();
    auto mediaId = id(object, "id"_L1);
    auto type = json::string(object, "type"_L1);
    if (!mediaId || !type || !optionalOfType(object, "url"_L1, isStringValue))
        return badShape(u"media"_s);
    return MediaState{*mediaId, *type, !json::string(object, "url"_L1).value_or(QString()).isEmpty()};
}

Result<MastodonInstance> instance(const QJsonDocument &document, const QDateTime &now)
{
    if (!document.isObject())
        return badShape(u"instance"_s);
    const QJsonObject root = document.object();
    auto configuration = json::object(root, "configuration"_L1);
    if (!configuration)
        return badShape(u"configuration"_s);
    MastodonInstance result;
    result.domain = json::string(root, "domain"_L1).value_or(QString()).left(253);
    result.version = json::string(root, "version"_L1).value_or(QString()).left(100);
    result.apiVersion = clampedInt(json::integer(root.value("api_versions"_L1).toObject(), "mastodon"_L1).value_or(0));
    if (result.apiVersion < 0)
        result.apiVersion = 0;

    const QJsonObject statuses = configuration->value("statuses"_L1).toObject();
    // A limit that makes no sense keeps the default; a server cannot make us refuse every post.
    const auto positive = [](std::optional<qint64> v, int fallback, qint64 max) {
        return v && *v > 0 && *v <= max ? int(*v) : fallback;
    };
    result.maxCharacters = positive(json::integer(statuses, "max_characters"_L1), result.maxCharacters, 10'000'000);
    if (auto url = json::integer(statuses, "characters_reserved_per_url"_L1); url && *url >= 0 && *url <= 10'000)
        result.charactersReservedPerUrl = int(*url);
    if (auto media = json::integer(statuses, "max_media_attachments"_L1); media && *media >= 0 && *media <= 1000)
        result.maxMediaAttachments = int(*media);

    const QJsonObject media = configuration->value("media_attachments"_L1).toObject();
    if (auto types = json::stringList(media, "supported_mime_types"_L1)) {
        for (const QString &t : std::as_const(*types)) {
            if (t.size() <= 255 && !t.isEmpty())
                result.supportedMimeTypes << t.toLower();
        }
    }
    const auto bytes = [](std::optional<qint64> v) { return v && *v > 0 ? *v : qint64(0); };
    result.imageSizeLimit = bytes(json::integer(media, "image_size_limit"_L1));
    result.videoSizeLimit = bytes(json::integer(media, "video_size_limit"_L1));
    result.descriptionLimit = positive(json::integer(media, "description_limit"_L1), 0, 1'000'000);

    QString streaming = json::string(configuration->value("urls"_L1).toObject(), "streaming"_L1).value_or(QString());
    if (streaming.isEmpty()) // /api/v1/instance (before 4.0) names it urls.streaming_api
        streaming = json::string(root.value("urls"_L1).toObject(), "streaming_api"_L1).value_or(QString());
    const QUrl streamingUrl(streaming, QUrl::StrictMode);
    const QString scheme = streamingUrl.scheme().toLower();
    if (streamingUrl.isValid() && !streamingUrl.host().isEmpty()
        && (scheme == u"wss" || scheme == u"ws" || scheme == u"https" || scheme == u"http"))
        result.streamingUrl = streamingUrl;
    result.fetchedAt = now.toUTC();
    return result;
}

Result<Application> application(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"application"_s);
    const QJsonObject object = document.object();
    auto clientId = json::string(object, "client_id"_L1);
    auto secret = json::string(object, "client_secret"_L1);
    if (!clientId || clientId->isEmpty() || clientId->size() > 200 || !secret || secret->isEmpty()
        || secret->size() > 1000)
        return badShape(u"client_id"_s);
    Application app;
    app.id = json::string(object, "id"_L1).value_or(QString());
    app.clientId = *clientId;
    app.clientSecret = secret->toUtf8();
    if (auto uris = json::stringList(object, "redirect_uris"_L1))
        app.redirectUris = *uris;
    else
        app.redirectUris = json::string(object, "redirect_uri"_L1).value_or(QString()).split(u'\n', Qt::SkipEmptyParts);
    if (auto scopes = json::stringList(object, "scopes"_L1))
        app.scopes = *scopes;
    return app;
}

Result<AuthorizationServer> authorizationServer(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"oauth-authorization-server"_s);
    const QJsonObject object = document.object();
    AuthorizationServer server;
    server.authorizationEndpoint = QUrl(json::string(object, "authorization_endpoint"_L1).value_or(QString()));
    server.tokenEndpoint = QUrl(json::string(object, "token_endpoint"_L1).value_or(QString()));
    server.revocationEndpoint = QUrl(json::string(object, "revocation_endpoint"_L1).value_or(QString()));
    server.registrationEndpoint = QUrl(json::string(object, "app_registration_endpoint"_L1).value_or(QString()));
    server.scopesSupported = json::stringList(object, "scopes_supported"_L1).value_or(QStringList());
    server.codeChallengeMethods =
        json::stringList(object, "code_challenge_methods_supported"_L1).value_or(QStringList());
    if (!server.authorizationEndpoint.isValid() || server.authorizationEndpoint.isRelative()
        || !server.tokenEndpoint.isValid() || server.tokenEndpoint.isRelative())
        return badShape(u"authorization_endpoint"_s);
    return server;
}

QHash<QString, QUrl> links(QByteArrayView header)
{
    QHash<QString, QUrl> result;
    const QString text = QString::fromLatin1(header);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QUrl target(text.mid(open + 1, close - open - 1).trimmed());
        // The parameters run to the next link, which starts with "<" after a comma.
        qsizetype end = text.indexOf(u'<', close + 1);
        if (end < 0)
            end = text.size();
        const QString params = text.mid(close + 1, end - close - 1);
        for (const QString &param : params.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.left(eq).trimmed().compare(u"rel"_s, Qt::CaseInsensitive) != 0)
                continue;
            QString value = param.mid(eq + 1).trimmed();
            if (value.endsWith(u','))
                value.chop(1);
            value = value.trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            for (const QString &rel : value.split(u' ', Qt::SkipEmptyParts)) {
                if (!result.contains(rel.toLower()) && target.isValid())
                    result.insert(rel.toLower(), target);
            }
        }
        i = end;
    }
    return result;
}

QString linkParameter(QByteArrayView header, const QString &relation, const QString &parameter)
{
    const QUrl target = links(header).value(relation);
    if (!target.isValid())
        return {};
    return QUrlQuery(target).queryItemValue(parameter, QUrl::FullyDecoded);
}

Result<StreamEvent> streamEvent(const QByteArray &frame)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return badShape(u"stream message"_s);
    const QJsonObject object = document.object();
    auto event = json::string(object, "event"_L1);
    if (!event || event->isEmpty())
        return badShape(u"stream event"_s);
    StreamEvent result;
    result.event = *event;
    result.streams = json::stringList(object, "stream"_L1).value_or(QStringList());
    const QJsonValue payload = object.value("payload"_L1);
    if (*event == u"delete") {
        // The one event whose payload is a bare id (M-2).
        result.deletedId = payload.isString() && isId(payload.toString()) ? payload.toString() : QString();
        return result;
    }
    if (payload.isUndefined() || payload.isNull())
        return result;
    if (payload.isString()) {
        // The payload is JSON inside a string: parse it a second time (M-2).
        const QJsonDocument inner = QJsonDocument::fromJson(payload.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !inner.isObject())
            return badShape(u"stream payload"_s);
        result.payload = inner.object();
    } else if (payload.isObject()) {
        result.payload = payload.toObject(); // tolerated: some servers skip the second encoding
    } else {
        return badShape(u"stream payload"_s);
    }
    return result;
}

HttpClient::ErrorReading errorReading(int, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString &key : {u"error_description"_s, u"error"_s}) {
        if (const QString message = object.value(key).toString(); !message.isEmpty())
            return {std::nullopt, HttpClient::cleanServerText(message)};
    }
    return {};
}

} // namespace starling::mastodonmapper
