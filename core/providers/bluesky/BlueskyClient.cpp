// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyClient.h"

#include "auth/AccessTokenSource.h"
#include "providers/JsonFields.h"
#include "providers/Logging.h"
#include "text/BlueskyFacets.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace starling {

namespace bm = blueskymapper;

namespace {

// Rate-limit buckets. The PDS counts per IP and per account (B-4); the chat service's limits are
// not documented. One bucket per kind of work, so a 429 on posting does not stop the inbox.
const QString bucketChat = u"chat"_s;
const QString bucketNotifications = u"notifications"_s;
const QString bucketWrite = u"write"_s;
const QString bucketRead = u"read"_s;

// getLog pages one sync follows before it stores what it has (the next poll goes on from there).
constexpr int maxLogRequests = 20;
// How long an uploaded blob may wait for its post: "within minutes" (B-2); be early.
constexpr qint64 blobLifetimeSecs = 5 * 60;
// Created-at allowance when matching a sent message: the server's clock and ours.
constexpr qint64 clockAllowanceSecs = 5;

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

/** How many of @p messages are unread. */
int unreadIn(const QList<Message> &messages)
{
    return int(std::count_if(messages.cbegin(), messages.cend(), [](const Message &m) { return !m.read; }));
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/** Text as the server gives it back may differ in white space only. */
QString comparable(const QString &text)
{
    return text.simplified();
}

} // namespace

BlueskyClient::BlueskyClient(Config config, AccessTokenSource *tokens, QObject *parent)
    : ProviderClient(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
    , m_http(this)
{
    m_http.setErrorReader(&bm::errorReading);
    // The one place where the token is put on a request; a retry after a refresh gets the new one.
    // An OAuth token is DPoP-bound: HttpClient adds the proof, bound to the token, after this.
    m_http.setDpop(m_config.dpop);
    const QByteArray scheme = m_config.dpop ? "DPoP "_ba : "Bearer "_ba;
    m_http.setAuthorizer([this, scheme](QNetworkRequest &request) {
        if (m_tokens)
            request.setRawHeader("Authorization", scheme + m_tokens->accessToken());
    });
}

BlueskyClient::~BlueskyClient() = default;

void BlueskyClient::prepare(QObject *context, ResultCallback<void> done)
{
    if (!m_tokens)
        return done({});
    m_tokens->load(context, std::move(done));
}

bm::Context BlueskyClient::mapping(const QString &since) const
{
    return bm::Context{m_config.accountId, m_config.ownDid, since, QDateTime::currentDateTimeUtc()};
}

QString BlueskyClient::bucketKey(const QString &bucket) const
{
    return u"bluesky:"_s + m_config.accountId.toString(QUuid::WithoutBraces) + u':' + bucket;
}

QString BlueskyClient::bucketOf(const QString &nsid)
{
    if (nsid.startsWith(u"chat.bsky."_s))
        return bucketChat;
    if (nsid.startsWith(u"app.bsky.notification."_s))
        return bucketNotifications;
    if (nsid.startsWith(u"com.atproto.repo."_s))
        return bucketWrite;
    return bucketRead;
}

HttpRequest BlueskyClient::query(const QString &nsid, const QUrlQuery &query) const
{
    QUrl url = blueskymapper::xrpcUrl(m_config.service, nsid);
    if (!query.isEmpty())
        url.setQuery(query);
    HttpRequest r(HttpRequest::Method::Get, url);
    r.setRateLimitBucket(bucketKey(bucketOf(nsid)));
    r.setDeadline(m_config.requestDeadline);
    // Without it the PDS sends chat calls to the AppView, which fails them (B-2).
    if (nsid.startsWith(u"chat.bsky."_s))
        r.setHeader(proxyHeader, chatService);
    return r;
}

HttpRequest BlueskyClient::procedure(const QString &nsid, const QJsonObject &body) const
{
    HttpRequest r = query(nsid);
    r.setMethod(HttpRequest::Method::Post);
    r.setJsonBody(QJsonDocument(body));
    return r;
}

std::optional<RateLimitLedger::Entry> BlueskyClient::budget(SyncStream stream) const
{
    return m_http.rateLimits().entry(
        bucketKey(stream == SyncStream::DirectMessages ? bucketChat : bucketNotifications));
}

void BlueskyClient::call(const HttpRequest &request, QObject *context, Reply done, bool afterRefresh)
{
    QPointer<BlueskyClient> self(this);
    const QString nsid = request.url().path().section(u'/', -1);
    m_http.send(request, context, [this, self, request, context, done, afterRefresh, nsid](Result<HttpResponse> r) {
        if (!self)
            return;
        const bool chat = nsid.startsWith(u"chat.bsky."_s);
        // A token the PDS refuses for chat only (an app password without DM access) is not cured by
        // a refresh: once seen, such refusals are not refreshed again (ExpiredToken still is).
        const bool knownUnprivileged = chat && m_chatUnprivileged && !r && bm::errorName(r.error()) == u"InvalidToken";
        if (!r && r.error().code() == Error::Code::AuthExpired && !afterRefresh && m_tokens && !knownUnprivileged) {
            // ExpiredToken comes as a 400 (B-5): refresh once, then try once more.
            m_tokens->refresh(context, [self, request, context, done](Result<void> refreshed) {
                if (!self)
                    return;
                if (!refreshed)
                    return done(refreshed.error());
                self->call(request, context, done, true);
            });
            return;
        }
        if (!r) {
            if (chat && r.error().code() == Error::Code::AuthExpired && afterRefresh)
                m_chatUnprivileged = true;
            return done(explain(r.error(), nsid));
        }
        if (chat)
            m_chatUnprivileged = false;
        done(std::move(r));
    });
}

Error BlueskyClient::explain(const Error &error, const QString &nsid) const
{
    const QString name = bm::errorName(error);
    const auto refusal = [&error](Error::Code code, const QString &message) {
        Error e(code, message);
        e.setHttpStatus(error.httpStatus()).setServerDetail(error.serverDetail());
        if (error.retryAfter().isValid())
            e.setRetryAfter(error.retryAfter());
        return e;
    };
    if (name == u"ConvoLocked")
        return refusal(Error::Code::Forbidden, tr("This conversation is locked: no one can write in it any more."));
    if (name == u"BlockedActor" || name == u"BlockedSubject")
        return refusal(Error::Code::Forbidden,
                       tr("You cannot write to this person on Bluesky: one of you has blocked the other."));
    if (name == u"NotFollowedBySender")
        return refusal(Error::Code::Forbidden, tr("This person accepts direct messages only from people they follow."));
    if (name == u"MessagesDisabled")
        return refusal(Error::Code::Forbidden, tr("This person does not accept direct messages on Bluesky."));
    if (name == u"RecipientNotFound")
        return refusal(Error::Code::NotFound, tr("This person is not on Bluesky any more."));
    if (name == u"InvalidConvo")
        return refusal(Error::Code::NotFound, tr("This Bluesky conversation no longer exists."));
    if (name == u"AccountSuspended" || name == u"AccountTakedown")
        return refusal(Error::Code::Forbidden, tr("This Bluesky account is suspended."));
    if (name == u"HandleNotFound")
        return refusal(Error::Code::NotFound, tr("No one on Bluesky has this handle."));
    // An app password without "Allow access to your direct messages" may not call chat.bsky.* (B-1):
    // the PDS refuses its token for those methods only, so even a refreshed one is refused.
    if (nsid.startsWith(u"chat.bsky."_s)
        && (error.code() == Error::Code::AuthExpired || error.code() == Error::Code::Forbidden)) {
        return refusal(Error::Code::Forbidden,
                       tr("This app password cannot read direct messages: create one with 'Allow access to your "
                          "direct messages' turned on"));
    }
    return error;
}

void BlueskyClient::whoAmI(QObject *context, ResultCallback<Identity> done)
{
    lookUpPerson(m_config.ownDid, context, std::move(done));
}

void BlueskyClient::lookUpPerson(const QString &handleOrId, QObject *context, ResultCallback<Identity> done)
{
    QString actor = handleOrId.trimmed();
    if (actor.startsWith(u'@'))
        actor.remove(0, 1);
    if (!bm::isDid(actor) && !bm::isHandle(actor))
        return done(invalid(tr("“%1” is not a Bluesky handle.").arg(handleOrId.left(60))));
    QUrlQuery q;
    q.addQueryItem(u"actor"_s, actor);
    const QUuid account = m_config.accountId;
    call(query(u"app.bsky.actor.getProfile"_s, q), context, [done, account](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(bm::profile(response->json(), account));
    });
}

// Direct messages --------------------------------------------------------------------------------

void BlueskyClient::fetchDirectMessages(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    // Only a first sync has pages beyond the first (the log is read in one page).
    if (request.since.isEmpty() || !request.pageToken.isEmpty())
        firstSyncPage(request, context, std::move(done));
    else
        logSyncPage(request, context, std::move(done));
}

void BlueskyClient::drainLog(const QString &cursor, int requestsLeft, QObject *context,
                             std::function<void(Result<bm::LogPage>)> done, std::shared_ptr<bm::LogPage> gathered)
{
    if (!gathered) {
        gathered = std::make_shared<bm::LogPage>();
        gathered->cursor = cursor;
    }
    QUrlQuery q;
    if (!cursor.isEmpty())
        q.addQueryItem(u"cursor"_s, cursor);
    QPointer<BlueskyClient> self(this);
    const bm::Context ctx = mapping();
    call(query(u"chat.bsky.convo.getLog"_s, q), context,
         [self, cursor, requestsLeft, context, done, gathered, ctx](Result<HttpResponse> response) {
             if (!self)
                 return;
             if (!response)
                 return done(response.error());
             auto log = bm::log(response->json(), ctx);
             if (!log)
                 return done(log.error());
             FetchedPage &page = gathered->page;
             // Written in an earlier page of the log and deleted in this one: nothing to store.
             const QStringList &deleted = log->page.deletedMessageIds;
             page.messages.removeIf([&deleted](const Message &m) { return deleted.contains(m.remoteId); });
             page.deletedMessageIds << deleted;
             page.messages << log->page.messages;
             page.people << log->page.people;
             page.membershipChanges << log->page.membershipChanges;
             page.warnings << log->page.warnings;
             for (const QString &id : std::as_const(log->convoIdsToRead)) {
                 if (!gathered->convoIdsToRead.contains(id))
                     gathered->convoIdsToRead << id;
             }
             gathered->entries += log->entries;
             const bool advanced = !log->cursor.isEmpty() && log->cursor != cursor;
             if (advanced)
                 gathered->cursor = log->cursor;
             // The log is read forward to its end: until a page brings nothing new.
             if (log->entries > 0 && advanced && requestsLeft > 1)
                 return self->drainLog(log->cursor, requestsLeft - 1, context, done, gathered);
             done(*gathered);
         });
}

/**
 * Where a first sync of direct messages stands, carried from page to page as the page token: the
 * list of conversations being read (the accepted ones, then the requests, then "done") with its
 * cursor, and the conversations whose older messages are still to read, each with the getMessages
 * cursor to go on from. Older messages come first, one getMessages page per sync page, so that a
 * long conversation is read whole without one page holding all of it.
 */
struct BlueskyClient::FirstSyncToken
{
    QString status = u"accepted"_s;
    QString listCursor;
    struct Older
    {
        QString convoId;
        QString cursor; // getMessages' cursor
        int unreadLeft = 0; // the conversation's unread messages not read yet: the newest of what follows
    };
    QList<Older> older;

    bool finished() const { return status == u"done" && older.isEmpty(); }

    QString encode() const
    {
        if (finished())
            return {};
        QJsonArray pending;
        for (const Older &o : older)
            pending.append(QJsonArray{o.convoId, o.cursor, o.unreadLeft});
        const QJsonObject o{{u"status"_s, status}, {u"cursor"_s, listCursor}, {u"older"_s, pending}};
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    static std::optional<FirstSyncToken> decode(const QString &text)
    {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        FirstSyncToken token;
        token.status = o.value("status"_L1).toString();
        token.listCursor = o.value("cursor"_L1).toString();
        if (token.status != u"accepted" && token.status != u"request" && token.status != u"done")
            return std::nullopt;
        for (const QJsonValue &value : o.value("older"_L1).toArray()) {
            const QJsonArray pair = value.toArray();
            if (pair.size() != 3 || !pair.at(0).isString() || !pair.at(1).isString() || !pair.at(2).isDouble())
                return std::nullopt;
            token.older.append({pair.at(0).toString(), pair.at(1).toString(), std::max(0, pair.at(2).toInt())});
        }
        return token;
    }
};

void BlueskyClient::firstSyncPage(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    std::optional<FirstSyncToken> token =
        request.pageToken.isEmpty() ? FirstSyncToken{} : FirstSyncToken::decode(request.pageToken);
    if (!token || token->finished())
        return done(invalid(tr("This is not a Bluesky page token.")));
    if (!token->older.isEmpty())
        return olderMessagesPage(std::move(*token), context, done);
    const int limit = std::clamp(request.pageSize > 0 ? request.pageSize : m_config.pageSize, 1, 100);
    if (!request.pageToken.isEmpty())
        return convoListPage(*token, {}, limit, context, done);
    // The first page also reads the log's end, whose cursor is what the next sync starts from.
    QPointer<BlueskyClient> self(this);
    drainLog({}, maxLogRequests, context, [self, token = *token, limit, context, done](Result<bm::LogPage> log) {
        if (!self)
            return;
        if (!log)
            return done(log.error());
        self->convoListPage(token, log->cursor, limit, context, done);
    });
}

void BlueskyClient::convoListPage(const FirstSyncToken &token, const QString &logCursor, int limit, QObject *context,
                                  ResultCallback<FetchedPage> done)
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(limit));
    q.addQueryItem(u"status"_s, token.status);
    if (!token.listCursor.isEmpty())
        q.addQueryItem(u"cursor"_s, token.listCursor);
    QPointer<BlueskyClient> self(this);
    const bm::Context ctx = mapping();
    call(query(u"chat.bsky.convo.listConvos"_s, q), context,
         [self, token, context, done, logCursor, ctx](Result<HttpResponse> response) {
             if (!self)
                 return;
             if (!response)
                 return done(response.error());
             auto listing = bm::convos(response->json(), ctx);
             if (!listing)
                 return done(listing.error());
             // Each conversation's latest messages, all of them or the page fails; where there are
             // more, the next pages read them.
             struct Gather
             {
                 FetchedPage page;
                 FirstSyncToken next;
                 int pending = 0;
                 bool failed = false;
             };
             auto gather = std::make_shared<Gather>();
             FetchedPage &page = gather->page;
             page.warnings = listing->warnings;
             page.newestCursor = logCursor;
             FirstSyncToken &next = gather->next;
             if (!listing->cursor.isEmpty() && !listing->convos.isEmpty()) {
                 next.status = token.status;
                 next.listCursor = listing->cursor;
             } else {
                 next.status = token.status == u"accepted" ? u"request"_s : u"done"_s;
             }
             for (const bm::ConvoEntry &entry : std::as_const(listing->convos)) {
                 page.conversations << entry.conversation;
                 page.people << entry.members;
             }
             gather->pending = int(listing->convos.size());
             if (listing->convos.isEmpty()) {
                 page.nextPageToken = next.encode();
                 return done(page);
             }
             for (const bm::ConvoEntry &entry : std::as_const(listing->convos)) {
                 const QString id = entry.conversation.remoteId;
                 const int unreadCount = entry.unreadCount;
                 QUrlQuery mq;
                 mq.addQueryItem(u"convoId"_s, id);
                 mq.addQueryItem(u"limit"_s, u"100"_s);
                 self->call(self->query(u"chat.bsky.convo.getMessages"_s, mq), context,
                            [gather, done, id, ctx, unreadCount](Result<HttpResponse> messages) {
                                if (gather->failed)
                                    return;
                                Result<FetchedPage> mapped = messages
                                                                 ? bm::messages(messages->json(), id, ctx, unreadCount)
                                                                 : Result<FetchedPage>(messages.error());
                                if (!mapped) {
                                    gather->failed = true;
                                    return done(mapped.error());
                                }
                                gather->page.messages << mapped->messages;
                                gather->page.deletedMessageIds << mapped->deletedMessageIds;
                                gather->page.people << mapped->people;
                                gather->page.warnings << mapped->warnings;
                                if (!mapped->nextPageToken.isEmpty())
                                    gather->next.older.append(
                                        {id, mapped->nextPageToken, unreadCount - unreadIn(mapped->messages)});
                                if (--gather->pending == 0) {
                                    gather->page.nextPageToken = gather->next.encode();
                                    done(gather->page);
                                }
                            });
             }
         });
}

void BlueskyClient::olderMessagesPage(FirstSyncToken token, QObject *context, ResultCallback<FetchedPage> done)
{
    const FirstSyncToken::Older from = token.older.takeFirst();
    QUrlQuery q;
    q.addQueryItem(u"convoId"_s, from.convoId);
    q.addQueryItem(u"limit"_s, u"100"_s);
    q.addQueryItem(u"cursor"_s, from.cursor);
    const bm::Context ctx = mapping();
    call(query(u"chat.bsky.convo.getMessages"_s, q), context,
         [token = std::move(token), from, ctx, done](Result<HttpResponse> response) mutable {
             FetchedPage page;
             if (response) {
                 auto mapped = bm::messages(response->json(), from.convoId, ctx, from.unreadLeft);
                 if (!mapped)
                     return done(mapped.error());
                 page = std::move(mapped).value();
                 // Older still, unless the server gave the same cursor back (it would never end).
                 const QString more = std::exchange(page.nextPageToken, {});
                 if (!more.isEmpty() && more != from.cursor)
                     token.older.prepend({from.convoId, more, from.unreadLeft - unreadIn(page.messages)});
             } else if (response.error().code() == Error::Code::NotFound) {
                 // The conversation was left since its newest messages were read: nothing older.
                 page.warnings << response.error();
             } else {
                 return done(response.error());
             }
             page.nextPageToken = token.encode();
             done(page);
         });
}

void BlueskyClient::logSyncPage(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    QPointer<BlueskyClient> self(this);
    const QString since = request.since;
    drainLog(since, maxLogRequests, context, [self, request, since, context, done](Result<bm::LogPage> log) {
        if (!self)
            return;
        if (!log && log.error().code() == Error::Code::InvalidInput && request.pageToken.isEmpty()) {
            // The server no longer knows the stored cursor: read everything again (the store keeps
            // what it has; nothing is stored twice), and start over from the log's end.
            qCInfo(lcProviders) << "Bluesky refused the stored log cursor; syncing direct messages afresh";
            PageRequest fresh = request;
            fresh.since.clear();
            return self->firstSyncPage(fresh, context, done);
        }
        if (!log)
            return done(log.error());
        FetchedPage page = log->page;
        if (log->cursor != since)
            page.newestCursor = log->cursor;
        if (log->convoIdsToRead.isEmpty())
            return done(page);
        // A conversation that began, or was accepted: its members and status are not in the log.
        self->addConvos(log->convoIdsToRead, page, context, done);
    });
}

void BlueskyClient::addConvos(const QStringList &convoIds, FetchedPage page, QObject *context,
                              ResultCallback<FetchedPage> done)
{
    if (convoIds.isEmpty())
        return done(page);
    QUrlQuery q;
    q.addQueryItem(u"convoId"_s, convoIds.constFirst());
    QPointer<BlueskyClient> self(this);
    const bm::Context ctx = mapping();
    call(query(u"chat.bsky.convo.getConvo"_s, q), context,
         [self, convoIds, page, context, done, ctx](Result<HttpResponse> response) mutable {
             if (!self)
                 return;
             if (response) {
                 auto entry = bm::convoAnswer(response->json(), ctx);
                 if (entry) {
                     page.conversations << entry->conversation;
                     page.people << entry->members;
                 } else {
                     page.warnings << entry.error();
                 }
             } else if (response.error().code() != Error::Code::NotFound) {
                 return done(response.error());
             }
             self->addConvos(convoIds.mid(1), page, context, done);
         });
}

void BlueskyClient::fetchConversation(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    const QString id = request.conversationRemoteId;
    const bm::Context ctx = mapping();
    if (bm::isPostUri(id)) {
        // A public thread: the post and what is around it.
        QUrlQuery q;
        q.addQueryItem(u"uri"_s, id);
        call(query(u"app.bsky.feed.getPostThread"_s, q), context, [done, ctx](Result<HttpResponse> response) {
            if (!response)
                return done(response.error());
            done(bm::postThread(response->json(), ctx));
        });
        return;
    }
    if (!bm::isChatId(id))
        return done(invalid(tr("This is not a Bluesky conversation id.")));
    QUrlQuery q;
    q.addQueryItem(u"convoId"_s, id);
    q.addQueryItem(u"limit"_s,
                   QString::number(std::clamp(request.pageSize > 0 ? request.pageSize : m_config.pageSize, 1, 100)));
    if (!request.pageToken.isEmpty())
        q.addQueryItem(u"cursor"_s, request.pageToken);
    call(query(u"chat.bsky.convo.getMessages"_s, q), context, [done, id, ctx](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(bm::messages(response->json(), id, ctx));
    });
}

// Mentions ----------------------------------------------------------------------------------------

void BlueskyClient::fetchMentions(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    QUrlQuery q;
    for (const QString &reason : {u"mention"_s, u"reply"_s, u"quote"_s})
        q.addQueryItem(u"reasons"_s, reason);
    q.addQueryItem(u"limit"_s,
                   QString::number(std::clamp(request.pageSize > 0 ? request.pageSize : m_config.pageSize, 1, 100)));
    if (!request.pageToken.isEmpty())
        q.addQueryItem(u"cursor"_s, request.pageToken);
    QPointer<BlueskyClient> self(this);
    const bm::Context ctx = mapping(request.since);
    call(query(u"app.bsky.notification.listNotifications"_s, q), context,
         [self, context, done, ctx](Result<HttpResponse> response) {
             if (!self)
                 return;
             if (!response)
                 return done(response.error());
             auto page = bm::notifications(response->json(), ctx);
             if (!page)
                 return done(page.error());
             // The posts the replies answer, so the thread shows what was answered.
             QSet<QString> have;
             for (const Message &m : std::as_const(page->messages))
                 have.insert(m.remoteId);
             QStringList parents;
             for (const Message &m : std::as_const(page->messages)) {
                 if (!m.replyToRemoteId.isEmpty() && !have.contains(m.replyToRemoteId)
                     && !parents.contains(m.replyToRemoteId) && parents.size() < 25)
                     parents << m.replyToRemoteId;
             }
             const auto finish = [self, context, done](FetchedPage result) {
                 if (!self)
                     return;
                 if (!result.nextPageToken.isEmpty())
                     return done(result);
                 // The last page: tell the server these were seen. A failure here loses nothing.
                 // A procedure without output: the PDS answers 200 with an empty body.
                 HttpRequest markSeen =
                     self->procedure(u"app.bsky.notification.updateSeen"_s, QJsonObject{{"seenAt"_L1, isoNow()}});
                 markSeen.setExpect(HttpRequest::Expect::Anything);
                 self->call(markSeen, context, [done, result](Result<HttpResponse> seen) mutable {
                     if (!seen)
                         qCWarning(lcProviders) << "Bluesky updateSeen failed:" << seen.error().message();
                     done(result);
                 });
             };
             if (parents.isEmpty())
                 return finish(page.value());
             QUrlQuery pq;
             for (const QString &uri : std::as_const(parents))
                 pq.addQueryItem(u"uris"_s, uri);
             FetchedPage mentions = page.value();
             self->call(self->query(u"app.bsky.feed.getPosts"_s, pq), context,
                        [finish, mentions, ctx](Result<HttpResponse> posts) mutable {
                            if (!posts) {
                                mentions.warnings << posts.error();
                                return finish(mentions);
                            }
                            auto mapped = bm::posts(posts->json(), ctx);
                            if (!mapped) {
                                mentions.warnings << mapped.error();
                                return finish(mentions);
                            }
                            QHash<QString, qsizetype> threads;
                            for (qsizetype i = 0; i < mentions.conversations.size(); ++i)
                                threads.insert(mentions.conversations.at(i).remoteId, i);
                            for (Message m : std::as_const(mapped->page.messages)) {
                                // Only posts of the threads already on the page.
                                if (!threads.contains(m.conversationRemoteId))
                                    continue;
                                m.read = true;
                                mentions.messages << m;
                            }
                            mentions.people << mapped->page.people;
                            finish(mentions);
                        });
         });
}

// Sending -----------------------------------------------------------------------------------------

void BlueskyClient::resolveFacets(const QString &text, QObject *context, std::function<void(QJsonArray)> done)
{
    const QList<BlueskyFacets::Span> spans = BlueskyFacets::find(text);
    QStringList handles;
    for (const BlueskyFacets::Span &span : spans) {
        if (span.kind == BlueskyFacets::Span::Kind::Mention && !handles.contains(span.value))
            handles << span.value;
    }
    struct Gather
    {
        QHash<QString, QString> dids;
        int pending = 0;
    };
    auto gather = std::make_shared<Gather>();
    gather->pending = int(handles.size());
    if (handles.isEmpty())
        return done(bm::facets(spans, {}));
    for (const QString &handle : std::as_const(handles)) {
        QUrlQuery q;
        q.addQueryItem(u"handle"_s, handle);
        call(query(u"com.atproto.identity.resolveHandle"_s, q), context,
             [gather, handle, spans, done](Result<HttpResponse> response) {
                 // A handle that does not resolve stays plain text.
                 if (response) {
                     if (auto did = bm::resolvedDid(response->json()))
                         gather->dids.insert(handle, did.value());
                 }
                 if (--gather->pending == 0)
                     done(bm::facets(spans, gather->dids));
             });
    }
}

void BlueskyClient::openConvo(const OutgoingMessage &message, QObject *context, ResultCallback<QString> done)
{
    if (!message.conversationRemoteId.isEmpty()) {
        if (!bm::isChatId(message.conversationRemoteId))
            return done(invalid(tr("This is not a Bluesky conversation id.")));
        return done(message.conversationRemoteId);
    }
    if (message.recipientRemoteIds.isEmpty() || message.recipientRemoteIds.size() > 9)
        return done(invalid(tr("A Bluesky conversation has between one and nine other people.")));
    QUrlQuery q;
    for (const QString &did : message.recipientRemoteIds) {
        if (!bm::isDid(did))
            return done(invalid(tr("“%1” is not a Bluesky account id.").arg(did.left(60))));
        q.addQueryItem(u"members"_s, did);
    }
    const bm::Context ctx = mapping();
    call(query(u"chat.bsky.convo.getConvoForMembers"_s, q), context, [done, ctx](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        auto entry = bm::convoAnswer(response->json(), ctx);
        if (!entry)
            return done(entry.error());
        done(entry->conversation.remoteId);
    });
}

void BlueskyClient::directConversationWith(const QString &personRemoteId, QObject *context,
                                           ResultCallback<QString> done)
{
    OutgoingMessage to;
    to.recipientRemoteIds << personRemoteId;
    openConvo(to, context, std::move(done));
}

void BlueskyClient::markConversationRead(const QString &conversationRemoteId, QObject *context,
                                         ResultCallback<void> done)
{
    convoProcedure(u"chat.bsky.convo.updateRead"_s, conversationRemoteId, context, std::move(done));
}

void BlueskyClient::acceptConversation(const QString &conversationRemoteId, QObject *context, ResultCallback<void> done)
{
    // The answer's rev is left out when the conversation was accepted already: done either way.
    convoProcedure(u"chat.bsky.convo.acceptConvo"_s, conversationRemoteId, context, std::move(done));
}

void BlueskyClient::convoProcedure(const QString &nsid, const QString &convoId, QObject *context,
                                   ResultCallback<void> done)
{
    if (!bm::isChatId(convoId))
        return done(invalid(tr("This is not a Bluesky conversation id.")));
    call(procedure(nsid, QJsonObject{{"convoId"_L1, convoId}}), context, [done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done({});
    });
}

void BlueskyClient::sendDirectMessage(const OutgoingMessage &message, QObject *context, ResultCallback<SentItem> done)
{
    if (!message.mediaIds.isEmpty())
        return done(invalid(tr("Bluesky direct messages cannot carry images or other files.")));
    if (message.text.trimmed().isEmpty())
        return done(invalid(tr("A Bluesky direct message needs some text.")));
    const TextCount count = TextRules::bluesky(TextRules::Mode::DirectMessage).count(message.text);
    if (!count.valid)
        return done(invalid(count.reason));
    QPointer<BlueskyClient> self(this);
    const QString text = message.text;
    openConvo(message, context, [self, text, context, done](Result<QString> convoId) {
        if (!self)
            return;
        if (!convoId)
            return done(convoId.error());
        self->resolveFacets(text, context, [self, text, context, done, id = convoId.value()](QJsonArray facets) {
            if (!self)
                return;
            QJsonObject input{{"text"_L1, text}};
            if (!facets.isEmpty())
                input.insert("facets"_L1, facets);
            const bm::Context ctx = self->mapping();
            self->call(self->procedure(u"chat.bsky.convo.sendMessage"_s,
                                       QJsonObject{{"convoId"_L1, id}, {"message"_L1, input}}),
                       context, [done, id, ctx](Result<HttpResponse> response) {
                           if (!response)
                               return done(response.error());
                           done(bm::messageSent(response->json(), id, ctx));
                       });
        });
    });
}

QString BlueskyClient::postUriFor(const QString &clientKey) const
{
    return u"at://"_s + m_config.ownDid + u"/app.bsky.feed.post/"_s + bm::tidForKey(clientKey);
}

void BlueskyClient::lookUpPost(const QString &uri, QObject *context, ResultCallback<std::optional<bm::PostRef>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"uris"_s, uri);
    const bm::Context ctx = mapping();
    call(query(u"app.bsky.feed.getPosts"_s, q), context, [done, uri, ctx](Result<HttpResponse> response) {
        if (!response) {
            if (response.error().code() == Error::Code::NotFound)
                return done(std::optional<bm::PostRef>());
            return done(response.error());
        }
        auto posts = bm::posts(response->json(), ctx);
        if (!posts)
            return done(posts.error());
        for (const bm::PostRef &ref : std::as_const(posts->refs)) {
            if (ref.uri == uri)
                return done(std::optional<bm::PostRef>(ref));
        }
        done(std::optional<bm::PostRef>());
    });
}

void BlueskyClient::lookUpOwnPost(const QString &rkey, QObject *context,
                                  ResultCallback<std::optional<bm::PostRef>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"repo"_s, m_config.ownDid);
    q.addQueryItem(u"collection"_s, u"app.bsky.feed.post"_s);
    q.addQueryItem(u"rkey"_s, rkey);
    const QString uri = u"at://"_s + m_config.ownDid + u"/app.bsky.feed.post/"_s + rkey;
    call(query(u"com.atproto.repo.getRecord"_s, q), context, [done, uri](Result<HttpResponse> response) {
        if (!response) {
            // No such record: 400 RecordNotFound.
            if (response.error().code() == Error::Code::NotFound
                || bm::errorName(response.error()) == u"RecordNotFound")
                return done(std::optional<bm::PostRef>());
            return done(response.error());
        }
        const QJsonObject root = response->json().object();
        const auto cid = json::string(root, "cid"_L1);
        const auto value = json::object(root, "value"_L1);
        if (json::string(root, "uri"_L1).value_or(QString()) != uri || !cid || cid->isEmpty() || !value)
            return done(
                Error(Error::Code::BadResponse, tr("Bluesky answered something unexpected for one of your posts.")));
        bm::PostRef ref{uri, *cid, uri, *cid};
        const QJsonObject threadRoot = value->value("reply"_L1).toObject().value("root"_L1).toObject();
        if (!threadRoot.isEmpty()) {
            ref.rootUri = threadRoot.value("uri"_L1).toString();
            ref.rootCid = threadRoot.value("cid"_L1).toString();
            if (!bm::isPostUri(ref.rootUri))
                return done(Error(Error::Code::BadResponse,
                                  tr("Bluesky answered something unexpected for one of your posts.")));
        }
        done(std::optional<bm::PostRef>(ref));
    });
}

void BlueskyClient::publish(const OutgoingPost &post, QObject *context, ResultCallback<SentItem> done)
{
    if (!bm::isDid(m_config.ownDid))
        return done(invalid(tr("The account's Bluesky id is not known yet; sign in again.")));
    if (post.text.trimmed().isEmpty() && post.mediaIds.isEmpty())
        return done(invalid(tr("A Bluesky post needs some text or an image.")));
    const TextCount count = TextRules::bluesky(TextRules::Mode::Post).count(post.text);
    if (!count.valid)
        return done(invalid(count.reason));
    if (post.mediaIds.size() > maxImages)
        return done(invalid(tr("A Bluesky post can carry at most %n image(s).", nullptr, maxImages)));
    for (const QString &id : post.mediaIds) {
        if (!m_blobs.contains(id))
            return done(invalid(tr("An image of this post is no longer uploaded; attach it again.")));
    }
    if (post.inReplyToRemoteId.isEmpty())
        return createPost(post, {}, context, std::move(done));
    if (!bm::isPostUri(post.inReplyToRemoteId))
        return done(invalid(tr("This is not a Bluesky post to reply to.")));
    // The parent's strong reference, and its thread root, copied from its own reply.root (B-2).
    QPointer<BlueskyClient> self(this);
    lookUpPost(post.inReplyToRemoteId, context, [self, post, context, done](Result<std::optional<bm::PostRef>> parent) {
        if (!self)
            return;
        if (!parent)
            return done(parent.error());
        if (!parent->has_value())
            return done(Error(Error::Code::NotFound, tr("The post this answers no longer exists.")));
        const bm::PostRef ref = parent.value().value();
        const QJsonObject reply{{"root"_L1, QJsonObject{{"uri"_L1, ref.rootUri}, {"cid"_L1, ref.rootCid}}},
                                {"parent"_L1, QJsonObject{{"uri"_L1, ref.uri}, {"cid"_L1, ref.cid}}}};
        self->createPost(post, reply, context, done);
    });
}

void BlueskyClient::createPost(const OutgoingPost &post, const QJsonObject &reply, QObject *context,
                               ResultCallback<SentItem> done)
{
    QPointer<BlueskyClient> self(this);
    resolveFacets(post.text, context, [self, post, reply, context, done](QJsonArray facets) {
        if (!self)
            return;
        const QDateTime createdAt = QDateTime::currentDateTimeUtc();
        QJsonObject record{{"$type"_L1, u"app.bsky.feed.post"_s},
                           {"text"_L1, post.text},
                           {"createdAt"_L1, createdAt.toString(Qt::ISODateWithMs)}};
        if (!facets.isEmpty())
            record.insert("facets"_L1, facets);
        if (!reply.isEmpty())
            record.insert("reply"_L1, reply);
        if (!post.mediaIds.isEmpty()) {
            QJsonArray images;
            for (const QString &id : post.mediaIds) {
                const Blob blob = self->m_blobs.value(id);
                images.append(QJsonObject{{"image"_L1, blob.blob}, {"alt"_L1, blob.altText}});
            }
            record.insert("embed"_L1, QJsonObject{{"$type"_L1, u"app.bsky.embed.images"_s}, {"images"_L1, images}});
        }
        // A record key of our choosing: the same outbox item is the same record, never a second post.
        const QString rkey = post.clientKey.isEmpty() ? bm::tid(quint64(createdAt.toMSecsSinceEpoch()) * 1000,
                                                                quint16(QRandomGenerator::global()->bounded(1024)))
                                                      : bm::tidForKey(post.clientKey);
        const QString uri = u"at://"_s + self->m_config.ownDid + u"/app.bsky.feed.post/"_s + rkey;
        const QString thread = reply.isEmpty() ? uri : reply.value("root"_L1).toObject().value("uri"_L1).toString();
        const QJsonObject body{{"repo"_L1, self->m_config.ownDid},
                               {"collection"_L1, u"app.bsky.feed.post"_s},
                               {"rkey"_L1, rkey},
                               {"record"_L1, record}};
        const QStringList used = post.mediaIds;
        self->call(self->procedure(u"com.atproto.repo.createRecord"_s, body), context,
                   [self, uri, thread, createdAt, used, context, done](Result<HttpResponse> response) {
                       if (!self)
                           return;
                       if (response) {
                           auto created = bm::recordCreated(response->json());
                           if (!created)
                               return done(created.error());
                           for (const QString &id : used)
                               self->m_blobs.remove(id);
                           return done(SentItem{created->uri, thread, createdAt});
                       }
                       const Error error = response.error();
                       // Refused: perhaps because the record is there already (a repeat of this item).
                       // The real PDS answers a record key that is taken with 500 InternalServerError.
                       if (error.code() != Error::Code::InvalidInput && error.code() != Error::Code::ServerError)
                           return done(error);
                       self->lookUpOwnPost(uri.section(u'/', -1), context,
                                           [done, error, uri, thread](Result<std::optional<bm::PostRef>> found) {
                                               if (found && found->has_value())
                                                   return done(SentItem{uri, thread, {}});
                                               done(error);
                                           });
                   });
    });
}

// Reconciliation ----------------------------------------------------------------------------------

void BlueskyClient::findSentMessage(const OutgoingMessage &message, const QDateTime &notBefore,
                                    const QSet<QString> &exclude, QObject *context,
                                    ResultCallback<std::optional<SentItem>> done)
{
    QPointer<BlueskyClient> self(this);
    const QString wanted = comparable(message.text);
    const QDateTime from = notBefore.addSecs(-clockAllowanceSecs);
    openConvo(message, context, [self, wanted, from, exclude, context, done](Result<QString> convoId) {
        if (!self)
            return;
        if (!convoId)
            return done(convoId.error());
        PageRequest request;
        request.conversationRemoteId = convoId.value();
        request.pageSize = 100;
        self->fetchConversation(request, context, [done, wanted, from, exclude](Result<FetchedPage> page) {
            if (!page)
                return done(page.error());
            // The oldest of ours with the same text since the attempt, not owned by another item.
            std::optional<SentItem> best;
            for (const Message &m : std::as_const(page->messages)) {
                if (m.direction != Message::Direction::Outbound || exclude.contains(m.remoteId) || m.createdAt < from
                    || comparable(m.text) != wanted)
                    continue;
                if (!best || m.createdAt < best->createdAt)
                    best = SentItem{m.remoteId, m.conversationRemoteId, m.createdAt};
            }
            done(best);
        });
    });
}

void BlueskyClient::findPublishedPost(const OutgoingPost &post, const QDateTime &, const QSet<QString> &exclude,
                                      QObject *context, ResultCallback<std::optional<SentItem>> done)
{
    if (post.clientKey.isEmpty() || !bm::isDid(m_config.ownDid))
        return done(std::optional<SentItem>());
    // The record key comes from the client key: the post is there or it is not.
    const QString uri = postUriFor(post.clientKey);
    if (exclude.contains(uri))
        return done(std::optional<SentItem>());
    lookUpOwnPost(uri.section(u'/', -1), context, [done, uri](Result<std::optional<bm::PostRef>> found) {
        if (!found)
            return done(found.error());
        if (!found->has_value())
            return done(std::optional<SentItem>());
        const bm::PostRef ref = found.value().value();
        done(std::optional<SentItem>(SentItem{uri, ref.rootUri, {}}));
    });
}

// Media -------------------------------------------------------------------------------------------

void BlueskyClient::uploadMedia(const MediaUpload &upload, QObject *context, ResultCallback<UploadedMedia> done,
                                ProgressCallback progress)
{
    if (upload.purpose == MediaPurpose::DirectMessage)
        return done(invalid(tr("Bluesky direct messages cannot carry images or other files.")));
    const QFileInfo info(upload.filePath);
    if (!info.isFile() || !info.isReadable())
        return done(invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    const QString mime = upload.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(info).name() : upload.mimeType;
    if (!mime.startsWith(u"image/"_s))
        return done(invalid(tr("Bluesky posts take images only (this file is %1).").arg(mime)));
    if (info.size() <= 0 || info.size() > maxImageBytes)
        return done(invalid(
            tr("%1 is too large for Bluesky: an image may have at most 2,000,000 bytes.").arg(info.fileName())));
    QFile file(upload.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return done(invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return done(invalid(tr("The file changed while it was being read.")));
    HttpRequest r = query(u"com.atproto.repo.uploadBlob"_s);
    r.setMethod(HttpRequest::Method::Post);
    r.setBody(bytes, mime.toUtf8());
    // The same bytes make the same blob (its ref is their hash): uploading twice is harmless.
    r.setIdempotent(true);
    QPointer<BlueskyClient> self(this);
    const QString alt = upload.altText;
    const qint64 total = bytes.size();
    call(r, context, [self, done, alt, progress, total](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return done(response.error());
        auto blob = bm::uploadedBlob(response->json());
        if (!blob)
            return done(blob.error());
        const QString id = blob->value("ref"_L1).toObject().value("$link"_L1).toString();
        self->m_blobs.insert(id, Blob{blob.value(), alt});
        if (progress)
            progress(total, total);
        done(UploadedMedia{id, QDateTime::currentDateTimeUtc().addSecs(blobLifetimeSecs)});
    });
}

TextRules BlueskyClient::textRules(TextRules::Mode mode) const
{
    return TextRules::bluesky(mode);
}

QUrl BlueskyClient::directMessageLink() const
{
    // API-NOTES gives no link that opens a Bluesky chat with an account.
    return {};
}

} // namespace starling
