// SPDX-License-Identifier: GPL-3.0-or-later
#include "XMapper.h"

#include "providers/JsonFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling::xmapper {

namespace {

Error badShape(const QString &what)
{
    return Error(
        Error::Code::BadResponse,
        QCoreApplication::translate("starling::XClient", "X sent an answer Starling could not read (%1).").arg(what));
}

Error skipped(const QString &what)
{
    //: %1 describes the item left out, e.g. "a person without an id or name" (translated on its own, in lower case)
    return Error(Error::Code::BadResponse,
                 QCoreApplication::translate("starling::XClient", "An item from X was left out: %1.").arg(what));
}

/** includes.<tweets|posts>, whichever spelling the server used (API-NOTES X-0). */
QJsonArray includedPosts(const QJsonObject &includes)
{
    const QJsonValue tweets = includes.value("tweets"_L1);
    return tweets.isArray() ? tweets.toArray() : includes.value("posts"_L1).toArray();
}

/** referenced_tweets or referenced_posts of a post or DM event. */
QJsonArray referencedPosts(const QJsonObject &object)
{
    const QJsonValue tweets = object.value("referenced_tweets"_L1);
    return tweets.isArray() ? tweets.toArray() : object.value("referenced_posts"_L1).toArray();
}

/** A DM conversation id: numeric for a group, "<id>-<id>" for 1:1 (API-NOTES X-2). */
bool isConversationId(const QString &id)
{
    if (json::isNumericId(id))
        return true;
    return id.count(u'-') == 1 && json::isNumericId(id.section(u'-', 0, 0))
           && json::isNumericId(id.section(u'-', 1, 1));
}

/**
 * Whether the attachments and references of a DM event or post have their documented types.
 * Mapping one whose containers are of another type would store it without what it carries.
 */
bool wellFormedLinks(const QJsonObject &object)
{
    const QJsonValue attachments = object.value("attachments"_L1);
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isObject())
            return false;
        const QJsonValue keys = attachments.toObject().value("media_keys"_L1);
        if (!keys.isUndefined() && !keys.isNull() && !json::stringList(attachments.toObject(), "media_keys"_L1))
            return false;
    }
    for (const QLatin1StringView key : {"referenced_tweets"_L1, "referenced_posts"_L1}) {
        const QJsonValue references = object.value(key);
        if (!references.isUndefined() && !references.isNull() && !references.isArray())
            return false;
    }
    return true;
}

std::optional<Identity> mapUser(const QJsonObject &object, const QUuid &accountId)
{
    auto id = json::numericId(object, "id"_L1);
    auto username = json::string(object, "username"_L1);
    if (!id || !username || username->isEmpty())
        return std::nullopt;
    Identity person;
    person.accountId = accountId;
    person.remoteId = *id;
    person.handle = *username;
    person.displayName = json::string(object, "name"_L1).value_or(*username);
    person.avatarUrl = QUrl(json::string(object, "profile_image_url"_L1).value_or(QString()));
    person.bio = json::string(object, "description"_L1).value_or(QString());
    // The profile's website and the links of its bio, as they were before t.co shortened them.
    if (auto entities = json::object(object, "entities"_L1)) {
        for (const QLatin1StringView part : {"url"_L1, "description"_L1}) {
            const auto holder = json::object(*entities, part);
            const QJsonArray urls = holder ? holder->value("urls"_L1).toArray() : QJsonArray();
            for (const QJsonValue &url : urls) {
                const QJsonObject entity = url.toObject();
                const QString expanded = json::string(entity, "expanded_url"_L1)
                                             .value_or(json::string(entity, "url"_L1).value_or(QString()));
                if (!expanded.isEmpty() && !person.links.contains(expanded) && person.links.size() < 16)
                    person.links << expanded;
            }
        }
    }
    if (person.links.isEmpty()) {
        if (const QString url = json::string(object, "url"_L1).value_or(QString()); !url.isEmpty())
            person.links << url;
    }
    if (auto metrics = json::object(object, "public_metrics"_L1))
        person.followersCount = int(std::clamp<qint64>(json::integer(*metrics, "followers_count"_L1).value_or(-1), -1,
                                                       std::numeric_limits<int>::max()));
    return person;
}

/** Everything a page's includes hold, indexed for the mapping of its data. */
struct Includes
{
    QList<Identity> people;
    QHash<QString, Attachment> media; // by media_key
    QHash<QString, QJsonObject> posts; // by id
};

Result<Includes> readIncludes(const QJsonObject &root, const QUuid &accountId, QList<Error> &warnings)
{
    Includes result;
    const QJsonValue value = root.value("includes"_L1);
    if (value.isUndefined())
        return result;
    if (!value.isObject())
        return badShape(u"includes"_s);
    const QJsonObject includes = value.toObject();
    for (const QLatin1StringView key : {"users"_L1, "media"_L1, "tweets"_L1, "posts"_L1}) {
        const QJsonValue list = includes.value(key);
        if (!list.isUndefined() && !list.isArray())
            return badShape(u"includes."_s + key);
    }
    for (const QJsonValue &u : includes.value("users"_L1).toArray()) {
        if (auto person = mapUser(u.toObject(), accountId))
            result.people << *person;
        else
            warnings << skipped(QCoreApplication::translate("starling::XClient", "a person without an id or name"));
    }
    for (const QJsonValue &m : includes.value("media"_L1).toArray()) {
        const QJsonObject media = m.toObject();
        auto key = json::string(media, "media_key"_L1);
        auto type = json::string(media, "type"_L1);
        if (!key || !type) {
            warnings << skipped(QCoreApplication::translate("starling::XClient", "a media item without a key or type"));
            continue;
        }
        Attachment a;
        a.remoteId = *key;
        a.kind = *type == u"photo"          ? Attachment::Kind::Image
                 : *type == u"animated_gif" ? Attachment::Kind::Gif
                 : *type == u"video"        ? Attachment::Kind::Video
                                            : Attachment::Kind::Other;
        a.url = QUrl(json::string(media, "url"_L1).value_or(QString()));
        a.previewUrl = QUrl(json::string(media, "preview_image_url"_L1).value_or(QString()));
        if (a.previewUrl.isEmpty())
            a.previewUrl = a.url;
        a.altText = json::string(media, "alt_text"_L1).value_or(QString());
        a.width = int(json::integer(media, "width"_L1).value_or(0));
        a.height = int(json::integer(media, "height"_L1).value_or(0));
        result.media.insert(*key, a);
    }
    for (const QJsonValue &p : includedPosts(includes)) {
        const QJsonObject post = p.toObject();
        if (auto id = json::numericId(post, "id"_L1))
            result.posts.insert(*id, post);
    }
    return result;
}

QList<Attachment> attachmentsOf(const QJsonObject &object, const Includes &includes)
{
    // X attaches at most four media to a post (one to a DM). A key listed again is the same
    // media, and a list longer than that is not X's: each copy would carry the whole alt text
    // again, so one long alt text named a thousand times would fill the memory and the store.
    constexpr qsizetype maxAttachments = 4;
    QList<Attachment> list;
    QSet<QString> seen;
    const QJsonObject attachments = object.value("attachments"_L1).toObject();
    for (const QJsonValue &value : attachments.value("media_keys"_L1).toArray()) {
        const QString key = value.toString();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (auto it = includes.media.constFind(key); it != includes.media.constEnd())
            list << *it;
        if (list.size() == maxAttachments)
            break;
    }
    return list;
}

/** The root object of a page, with data[] checked; an empty page has no data at all. */
Result<QJsonObject> pageRoot(const QJsonDocument &document)
{
    if (!document.isObject())
        return badShape(u"not an object"_s);
    const QJsonObject root = document.object();
    const QJsonValue data = root.value("data"_L1);
    if (!data.isUndefined() && !data.isArray())
        return badShape(u"data"_s);
    const QJsonValue meta = root.value("meta"_L1);
    if (!meta.isUndefined() && !meta.isObject())
        return badShape(u"meta"_s);
    // errors[] names the parts of a 200 that failed; unreadable, they would vanish unreported.
    const QJsonValue errors = root.value("errors"_L1);
    if (!errors.isUndefined() && !errors.isArray())
        return badShape(u"errors"_s);
    return root;
}

QString otherParticipant(const QString &conversationId, const QString &ownUserId)
{
    // A 1:1 conversation id is "<smaller id>-<larger id>" (API-NOTES X-2).
    const QStringList ids = conversationId.split(u'-');
    if (ids.size() != 2)
        return {};
    return ids.at(0) == ownUserId ? ids.at(1) : ids.at(0);
}

} // namespace

QString plainText(const QString &text)
{
    // One pass, left to right: what a decoded '&' starts is never read again as a reference.
    static const std::pair<QStringView, QChar> escapes[] = {{u"&amp;", u'&'}, {u"&lt;", u'<'}, {u"&gt;", u'>'}};
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    for (qsizetype i = text.indexOf(u'&'); i >= 0; i = text.indexOf(u'&', i)) {
        const QStringView rest = QStringView(text).mid(i);
        const auto escape = std::find_if(std::cbegin(escapes), std::cend(escapes),
                                         [&](const auto &e) { return rest.startsWith(e.first); });
        if (escape == std::cend(escapes)) {
            ++i;
            continue;
        }
        out += QStringView(text).mid(done, i - done);
        out += escape->second;
        i += escape->first.size();
        done = i;
    }
    out += QStringView(text).mid(done);
    return out;
}

QList<Error> problems(const QJsonDocument &document)
{
    QList<Error> list;
    for (const QJsonValue &value : document.object().value("errors"_L1).toArray()) {
        const QJsonObject problem = value.toObject();
        QString text = json::string(problem, "detail"_L1)
                           .value_or(json::string(problem, "message"_L1)
                                         .value_or(json::string(problem, "title"_L1).value_or(QString())));
        const QString type = json::string(problem, "type"_L1).value_or(QString());
        Error::Code code = Error::Code::BadResponse;
        if (type.endsWith(u"/resource-not-found"))
            code = Error::Code::NotFound;
        else if (type.endsWith(u"/not-authorized-for-resource") || type.endsWith(u"/client-forbidden"))
            code = Error::Code::Forbidden;
        else if (type.endsWith(u"/invalid-request"))
            code = Error::Code::InvalidInput;
        list << Error(code,
                      QCoreApplication::translate("starling::XClient", "X reported a problem: %1").arg(text.left(300)));
    }
    return list;
}

Result<FetchedPage> dmEvents(const QJsonDocument &document, const Context &context)
{
    auto root = pageRoot(document);
    if (!root)
        return root.error();
    FetchedPage page;
    page.warnings = problems(document);
    auto includes = readIncludes(root.value(), context.accountId, page.warnings);
    if (!includes)
        return includes.error();
    page.people = includes->people;

    QHash<QString, qsizetype> conversationIndex;
    const auto conversationFor = [&](const QString &remoteId) -> Conversation & {
        auto it = conversationIndex.constFind(remoteId);
        if (it == conversationIndex.constEnd()) {
            Conversation c;
            c.accountId = context.accountId;
            c.remoteId = remoteId;
            c.kind = remoteId.contains(u'-') ? Conversation::Kind::Direct : Conversation::Kind::Group;
            if (c.kind == Conversation::Kind::Direct) {
                const QString other = otherParticipant(remoteId, context.ownUserId);
                if (!other.isEmpty())
                    c.participantRemoteIds << other;
            }
            page.conversations << c;
            it = conversationIndex.insert(remoteId, page.conversations.size() - 1);
        }
        return page.conversations[*it];
    };

    bool reachedSince = false;
    QString newest;
    for (const QJsonValue &value : root->value("data"_L1).toArray()) {
        if (!value.isObject()) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::XClient", "an event that is not an object"));
            continue;
        }
        const QJsonObject event = value.toObject();
        auto id = json::numericId(event, "id"_L1);
        auto type = json::string(event, "event_type"_L1);
        if (!id || !type) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::XClient", "an event without an id or type"));
            continue;
        }
        if (!context.since.isEmpty() && json::compareNumericIds(*id, context.since) <= 0) {
            reachedSince = true; // events come newest first: everything from here on is stored
            break;
        }
        if (newest.isEmpty() || json::compareNumericIds(*id, newest) > 0)
            newest = *id;

        auto conversationId = json::string(event, "dm_conversation_id"_L1);
        auto createdAt = json::time(event, "created_at"_L1);
        if (!conversationId || !isConversationId(*conversationId) || !createdAt) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::XClient", "event %1 without a conversation or time").arg(*id));
            continue;
        }

        if (*type == u"MessageCreate") {
            auto sender = json::numericId(event, "sender_id"_L1);
            const QJsonValue text = event.value("text"_L1);
            if (!sender || (!text.isUndefined() && !text.isString())
                || text.toString().size() > json::maxStringLength) {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::XClient", "message %1 without a sender or text").arg(*id));
                continue;
            }
            if (!wellFormedLinks(event)) {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::XClient", "message %1 with unreadable attachments")
                        .arg(*id));
                continue;
            }
            Conversation &conversation = conversationFor(*conversationId);
            const bool ours = *sender == context.ownUserId;
            if (!ours && !conversation.participantRemoteIds.contains(*sender))
                conversation.participantRemoteIds << *sender;
            if (!conversation.lastActivity.isValid() || *createdAt > conversation.lastActivity)
                conversation.lastActivity = *createdAt;

            Message m;
            m.accountId = context.accountId;
            m.remoteId = *id;
            m.conversationRemoteId = *conversationId;
            m.authorRemoteId = *sender;
            m.direction = ours ? Message::Direction::Outbound : Message::Direction::Inbound;
            m.kind = Message::Kind::DirectMessage;
            m.text = plainText(text.toString());
            m.createdAt = *createdAt;
            m.read = ours;
            m.attachments = attachmentsOf(event, includes.value());
            // A post shared in the DM: keep a link to it, with its text when X included it.
            for (const QJsonValue &ref : referencedPosts(event)) {
                auto postId = json::numericId(ref.toObject(), "id"_L1);
                if (!postId)
                    continue;
                Attachment shared;
                shared.kind = Attachment::Kind::Other;
                shared.remoteId = *postId;
                shared.url = QUrl(u"https://x.com/i/web/status/"_s + *postId);
                shared.altText = plainText(json::string(includes->posts.value(*postId), "text"_L1).value_or(QString()));
                m.attachments << shared;
            }
            page.messages << m;
        } else if (*type == u"ParticipantsJoin" || *type == u"ParticipantsLeave") {
            auto participants = json::stringList(event, "participant_ids"_L1);
            if (!participants || participants->isEmpty()
                || std::any_of(participants->cbegin(), participants->cend(),
                               [](const QString &p) { return !json::isNumericId(p); })) {
                page.warnings << skipped(
                    QCoreApplication::translate("starling::XClient", "membership event %1 without people").arg(*id));
                continue;
            }
            const bool joined = *type == u"ParticipantsJoin";
            Conversation &conversation = conversationFor(*conversationId);
            for (const QString &p : *participants) {
                if (joined && p != context.ownUserId && !conversation.participantRemoteIds.contains(p))
                    conversation.participantRemoteIds << p;
            }
            page.membershipChanges << MembershipChange{*id, *conversationId, *participants, joined, *createdAt};
        } else {
            page.warnings << skipped(
                QCoreApplication::translate("starling::XClient", "an event of an unknown type (%1)")
                    .arg(type->left(40)));
        }
    }

    const QJsonObject meta = root->value("meta"_L1).toObject();
    if (!reachedSince)
        page.nextPageToken = json::string(meta, "next_token"_L1).value_or(QString());
    page.newestCursor = newest;
    return page;
}

Result<FetchedPage> mentions(const QJsonDocument &document, const Context &context)
{
    auto root = pageRoot(document);
    if (!root)
        return root.error();
    FetchedPage page;
    page.warnings = problems(document);
    auto includes = readIncludes(root.value(), context.accountId, page.warnings);
    if (!includes)
        return includes.error();
    page.people = includes->people;

    QHash<QString, qsizetype> conversationIndex;
    QSet<QString> seenPosts;
    QString newest;

    const auto mapPost = [&](const QJsonObject &post, bool isMention) -> std::optional<Message> {
        auto id = json::numericId(post, "id"_L1);
        auto author = json::numericId(post, "author_id"_L1);
        auto text = json::string(post, "text"_L1);
        auto createdAt = json::time(post, "created_at"_L1);
        if (!id || !author || !text || !createdAt || !wellFormedLinks(post))
            return std::nullopt;
        Message m;
        m.accountId = context.accountId;
        m.remoteId = *id;
        const QString conversation = json::numericId(post, "conversation_id"_L1).value_or(*id);
        m.conversationRemoteId = conversation;
        m.authorRemoteId = *author;
        const bool ours = *author == context.ownUserId;
        m.direction = ours ? Message::Direction::Outbound : Message::Direction::Inbound;
        m.kind = isMention && !ours ? Message::Kind::Mention : ours ? Message::Kind::OwnPost : Message::Kind::Reply;
        m.text = plainText(*text);
        m.createdAt = *createdAt;
        m.read = ours || !isMention; // context posts are not news
        m.attachments = attachmentsOf(post, includes.value());
        for (const QJsonValue &ref : referencedPosts(post)) {
            const QJsonObject r = ref.toObject();
            if (json::string(r, "type"_L1).value_or(QString()) == u"replied_to")
                m.replyToRemoteId = json::numericId(r, "id"_L1).value_or(QString());
        }
        return m;
    };

    const auto addToThread = [&](const Message &m) {
        auto it = conversationIndex.constFind(m.conversationRemoteId);
        if (it == conversationIndex.constEnd()) {
            Conversation c;
            c.accountId = context.accountId;
            c.remoteId = m.conversationRemoteId;
            c.kind = Conversation::Kind::PublicThread;
            page.conversations << c;
            it = conversationIndex.insert(m.conversationRemoteId, page.conversations.size() - 1);
        }
        Conversation &c = page.conversations[*it];
        if (m.direction == Message::Direction::Inbound && !c.participantRemoteIds.contains(m.authorRemoteId))
            c.participantRemoteIds << m.authorRemoteId;
        if (!c.lastActivity.isValid() || m.createdAt > c.lastActivity)
            c.lastActivity = m.createdAt;
        page.messages << m;
        seenPosts.insert(m.remoteId);
    };

    for (const QJsonValue &value : root->value("data"_L1).toArray()) {
        auto m = mapPost(value.toObject(), true);
        if (!m) {
            page.warnings << skipped(
                QCoreApplication::translate("starling::XClient", "a mention without an id, author, text or time"));
            continue;
        }
        if (newest.isEmpty() || json::compareNumericIds(m->remoteId, newest) > 0)
            newest = m->remoteId;
        addToThread(*m);
    }
    // The posts the mentions answer, when they are in the same thread: the reply chain.
    QSet<QString> threads;
    for (const Conversation &c : std::as_const(page.conversations))
        threads.insert(c.remoteId);
    for (const QJsonObject &post : std::as_const(includes->posts)) {
        auto m = mapPost(post, false);
        if (m && threads.contains(m->conversationRemoteId) && !seenPosts.contains(m->remoteId))
            addToThread(*m);
    }

    const QJsonObject meta = root->value("meta"_L1).toObject();
    page.nextPageToken = json::string(meta, "next_token"_L1).value_or(QString());
    page.newestCursor = json::numericId(meta, "newest_id"_L1).value_or(newest);
    return page;
}

Result<Identity> user(const QJsonDocument &document, const QUuid &accountId)
{
    const QJsonValue data = document.object().value("data"_L1);
    if (!data.isObject()) {
        const QList<Error> errors = problems(document);
        return errors.isEmpty() ? badShape(u"data"_s) : errors.constFirst();
    }
    auto person = mapUser(data.toObject(), accountId);
    if (!person)
        return badShape(u"user"_s);
    return *person;
}

Result<SentItem> dmCreated(const QJsonDocument &document)
{
    const QJsonObject data = document.object().value("data"_L1).toObject();
    auto event = json::numericId(data, "dm_event_id"_L1);
    auto conversation = json::string(data, "dm_conversation_id"_L1);
    if (!event || !conversation || !isConversationId(*conversation)) {
        const QList<Error> errors = problems(document);
        return errors.isEmpty() ? badShape(u"dm_event_id"_s) : errors.constFirst();
    }
    return SentItem{*event, *conversation, {}};
}

Result<SentItem> postCreated(const QJsonDocument &document)
{
    const QJsonObject data = document.object().value("data"_L1).toObject();
    auto id = json::numericId(data, "id"_L1);
    if (!id) {
        const QList<Error> errors = problems(document);
        return errors.isEmpty() ? badShape(u"id"_s) : errors.constFirst();
    }
    return SentItem{*id, {}, {}};
}

HttpClient::ErrorReading errorReading(int status, const QByteArray &body)
{
    HttpClient::ErrorReading reading = HttpClient::standardErrorReading(status, body);
    if (status == 420)
        reading.code = Error::Code::RateLimited;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.value(u"detail"_s).toString().isEmpty())
        return reading; // a problem: the standard reading has its detail
    QStringList messages;
    for (const QJsonValue &item : object.value(u"errors"_s).toArray()) {
        const QJsonObject error = item.toObject();
        QString message = error.value(u"message"_s).toString();
        if (message.isEmpty())
            message = error.value(u"detail"_s).toString();
        if (!message.isEmpty() && messages.size() < 3)
            messages.append(message);
    }
    if (!messages.isEmpty())
        reading.message = HttpClient::cleanServerText(messages.join(u"; "_s));
    return reading;
}

} // namespace starling::xmapper
