// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonClient.h"

#include "MastodonMapper.h"
#include "auth/AccessTokenSource.h"
#include "providers/JsonFields.h"
#include "providers/Logging.h"
#include "text/EntityExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

// Rate-limit buckets (API-NOTES M-4): one limit for everything an account does, and a tighter
// one for media uploads. When several apply the headers describe the closest to exhaustion.
const QString bucketAccount = u"account"_s;
const QString bucketMedia = u"media"_s;

/** Uploads are refused above this even when the server did not say its limit: memory is not free. */
constexpr qint64 hardUploadLimit = qint64(1024) * 1024 * 1024;

/**
 * Unattached media are removed by the server after about a day ([code: mastodon
 * MediaCleanupScheduler; not in API-NOTES]); the outbox uploads again after this.
 */
constexpr qint64 mediaLifetimeSecs = 12 * 3600;

Error invalid(const QString &message)
{
    return Error(Error::Code::InvalidInput, message);
}

int streamIndex(SyncStream stream)
{
    return stream == SyncStream::DirectMessages ? 0 : 1;
}

QByteArray multipartBoundary()
{
    return "starling-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

/** Merges @p part into @p page: people and messages once, conversations joined by id. */
void merge(FetchedPage &page, const FetchedPage &part)
{
    for (const Identity &p : part.people) {
        if (std::none_of(page.people.cbegin(), page.people.cend(),
                         [&](const Identity &q) { return q.remoteId == p.remoteId; }))
            page.people << p;
    }
    for (const Conversation &c : part.conversations) {
        auto it = std::find_if(page.conversations.begin(), page.conversations.end(),
                               [&](const Conversation &d) { return d.remoteId == c.remoteId; });
        if (it == page.conversations.end()) {
            page.conversations << c;
            continue;
        }
        // Mastodon keeps one conversation per set of participants; when people join a thread it
        // lists the thread twice. Here it is one conversation with everyone.
        for (const QString &p : c.participantRemoteIds) {
            if (!it->participantRemoteIds.contains(p))
                it->participantRemoteIds << p;
        }
        if (it->participantRemoteIds.size() > 1)
            it->kind = Conversation::Kind::Group;
        if (c.lastActivity > it->lastActivity)
            it->lastActivity = c.lastActivity;
    }
    for (const Message &m : part.messages) {
        if (std::none_of(page.messages.cbegin(), page.messages.cend(),
                         [&](const Message &n) { return n.remoteId == m.remoteId; }))
            page.messages << m;
    }
    page.warnings << part.warnings;
}

/** How much older than the first attempt a status may look and still be ours (see findOwnStatus). */
constexpr qint64 clockAllowanceSecs = 5;

/** Media ids, sorted, without the empty ones. */
QStringList sortedIds(QStringList ids)
{
    ids.removeAll(QString());
    ids.sort();
    return ids;
}

/** The ids of a status's media, as uploadMedia() returned them. */
QStringList mediaIdsOf(const Message &message)
{
    QStringList ids;
    for (const Attachment &a : message.attachments)
        ids << a.remoteId;
    return sortedIds(ids);
}

/** Text as it comes back from the server, without the mentions a DM or reply has in front. */
QString comparable(const QString &text)
{
    QString result = text;
    const QList<TextEntity> mentions = EntityExtractor(Network::Mastodon).mentions(text);
    for (auto it = mentions.crbegin(); it != mentions.crend(); ++it)
        result.remove(it->start, it->end - it->start);
    return result.simplified();
}

/** Calls @p done soon, from the event loop of @p context, as asynchronous calls must. */
template<typename T>
void later(QObject *context, ResultCallback<T> done, Result<T> result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done, result] {
        if (guard)
            done(result);
    });
}

} // namespace

/** A private thread read by its root, for a reply into it. */
struct MastodonClient::Thread
{
    FetchedPage page;
    mastodonmapper::ReplyTarget target;
};

/** The state of one media upload, shared by its steps. */
struct MastodonClient::Upload
{
    QPointer<QObject> context;
    ResultCallback<UploadedMedia> done;
    ProgressCallback progress;
    QString mediaId;
    qint64 total = 0;
    int polls = 0;
};

MastodonClient::MastodonClient(Config config, AccessTokenSource *tokens, QObject *parent)
    : ProviderClient(parent)
    , m_config(std::move(config))
    , m_tokens(tokens)
    , m_http(this)
{
    // The one place where the token is put on a request; it runs before every attempt.
    m_http.setErrorReader(&mastodonmapper::errorReading);
    m_http.setAuthorizer([this](QNetworkRequest &request) {
        if (m_tokens && !m_tokens->accessToken().isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_tokens->accessToken());
    });
    if (m_config.liveUpdates)
        QTimer::singleShot(0, this, &MastodonClient::startLive);
}

MastodonClient::~MastodonClient() = default;

void MastodonClient::prepare(QObject *context, ResultCallback<void> done)
{
    if (!m_tokens)
        return done({});
    m_tokens->load(context, std::move(done));
}

QUrl MastodonClient::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_config.apiBase;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString MastodonClient::bucketKey(const QString &bucket) const
{
    return u"mastodon:"_s + m_config.accountId.toString(QUuid::WithoutBraces) + u':' + bucket;
}

HttpRequest MastodonClient::request(HttpRequest::Method method, const QString &path, const QUrlQuery &query) const
{
    HttpRequest r(method, endpoint(path, query));
    r.setRateLimitBucket(bucketKey(bucketAccount));
    r.setDeadline(m_config.requestDeadline);
    return r;
}

mastodonmapper::Context MastodonClient::mappingContext(const QString &since) const
{
    return mastodonmapper::Context{m_config.accountId, m_config.ownUserId, since};
}

std::optional<RateLimitLedger::Entry> MastodonClient::budget(SyncStream) const
{
    return m_http.rateLimits().entry(bucketKey(bucketAccount));
}

TextRules MastodonClient::textRules(TextRules::Mode) const
{
    // Posts and direct messages are both statuses: one limit (M-6).
    return m_config.instance.textRules();
}

QUrl MastodonClient::directMessageLink() const
{
    return {}; // Mastodon has no link that opens a private message to an account
}

void MastodonClient::remember(const QList<Identity> &people)
{
    for (const Identity &p : people)
        m_accts.insert(p.remoteId, p.handle);
}

Error MastodonClient::explain(const Error &error) const
{
    if (error.code() == Error::Code::AuthExpired) {
        // Mastodon tokens do not expire (M-1): a 401 that survived a re-read means revoked.
        Error revoked(Error::Code::AuthRevoked,
                      tr("%1 no longer accepts this account's sign-in: the app was removed from the account or its "
                         "access was revoked. Please sign in again.")
                          .arg(m_config.apiBase.host()));
        return revoked.setHttpStatus(error.httpStatus()).setServerDetail(error.serverDetail());
    }
    if (error.code() == Error::Code::InvalidInput && error.httpStatus() == 422
        && error.serverDetail().contains(u"process"_s, Qt::CaseInsensitive)) {
        // "Cannot attach files that have not finished processing": wait and send again.
        Error busy(Error::Code::ServerError,
                   tr("%1 is still processing the attached media; Starling will send it again shortly.")
                       .arg(m_config.apiBase.host()));
        return busy.setHttpStatus(error.httpStatus()).setServerDetail(error.serverDetail());
    }
    return error;
}

void MastodonClient::call(const HttpRequest &request, QObject *context, Callback done, bool retried)
{
    QPointer<MastodonClient> self(this);
    const QByteArray sentWith = m_tokens ? m_tokens->accessToken() : QByteArray();
    m_http.send(request, context, [this, self, request, context, done, retried, sentWith](Result<HttpResponse> result) {
        if (!self)
            return;
        if (!result && result.error().code() == Error::Code::AuthExpired && !retried && m_tokens) {
            // Another token may have become current while this request was out (a new sign-in,
            // or the start-up read of the keychain): try once with it.
            if (!m_tokens->accessToken().isEmpty() && m_tokens->accessToken() != sentWith)
                return call(request, context, done, true);
            m_tokens->refresh(context, [self, request, context, done](Result<void> reread) {
                if (!self)
                    return;
                if (!reread)
                    return done(reread.error().code() == Error::Code::AuthExpired ? self->explain(reread.error())
                                                                                  : reread.error());
                self->call(request, context, done, true);
            });
            return;
        }
        if (!result)
            return done(explain(result.error()));
        done(std::move(result));
    });
}

// ---- Live arrival ----

void MastodonClient::refreshInstance(QObject *context, ResultCallback<MastodonInstance> done)
{
    QPointer<MastodonClient> self(this);
    auto answer = [self, done](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return done(response.error());
        auto instance = mastodonmapper::instance(response->json(), QDateTime::currentDateTimeUtc());
        if (!instance)
            return done(instance.error());
        self->m_config.instance = instance.value();
        Q_EMIT self->instanceChanged(instance.value());
        done(instance);
    };
    call(request(HttpRequest::Method::Get, u"/api/v2/instance"_s), context,
         [self, context, answer](Result<HttpResponse> response) {
             if (!self)
                 return;
             // Servers before 4.0 only have v1, whose configuration has the same limits.
             if (!response && response.error().code() == Error::Code::NotFound)
                 return self->call(self->request(HttpRequest::Method::Get, u"/api/v1/instance"_s), context, answer);
             answer(std::move(response));
         });
}

void MastodonClient::startLive()
{
    if (m_stream || m_liveStarting)
        return;
    const auto open = [this] {
        m_liveStarting = false;
        if (m_stream)
            return;
        MastodonStream::Config config = m_config.stream;
        config.url = m_config.instance.streamingUrl.isEmpty() ? m_config.apiBase : m_config.instance.streamingUrl;
        config.accountId = m_config.accountId;
        config.ownUserId = m_config.ownUserId;
        m_stream = new MastodonStream(config, m_tokens, this);
        connect(m_stream, &MastodonStream::received, this,
                [this](SyncStream stream, const FetchedPage &) { onStreamActivity(stream); });
        connect(m_stream, &MastodonStream::deleted, this, &MastodonClient::onStreamDeleted);
        connect(m_stream, &MastodonStream::connected, this, [this] {
            // Nothing sent while the socket was down is replayed: look once.
            onStreamActivity(SyncStream::DirectMessages);
            onStreamActivity(SyncStream::Mentions);
        });
        m_stream->start();
    };
    const QDateTime fetched = m_config.instance.fetchedAt;
    const bool fresh = m_config.instance.isKnown()
                       && fetched.msecsTo(QDateTime::currentDateTimeUtc()) < qint64(m_config.instanceMaxAge.count());
    if (fresh)
        return open();
    m_liveStarting = true;
    refreshInstance(this, [open](Result<MastodonInstance> refreshed) {
        if (!refreshed)
            qCInfo(lcProviders) << "the Mastodon server's limits could not be read:" << refreshed.error().message();
        open(); // with what is known; the API host streams too when the server says nothing else
    });
}

void MastodonClient::stopLive()
{
    if (m_stream)
        m_stream->stop();
}

void MastodonClient::fetchStarted(SyncStream stream)
{
    m_fetching[streamIndex(stream)] = true;
}

void MastodonClient::fetchEnded(SyncStream stream, bool complete)
{
    const int i = streamIndex(stream);
    // Between the pages of one fetch the engine is still busy: only its end counts.
    if (!complete)
        return;
    m_fetching[i] = false;
    if (m_activityDuringFetch[i]) {
        m_activityDuringFetch[i] = false;
        // The engine ignored the nudge while it was fetching, and the fetch may have missed the
        // item; ask again once it has finished this one (queued: it finishes in the callback).
        QMetaObject::invokeMethod(
            this, [this, stream] { Q_EMIT remoteActivity(stream); }, Qt::QueuedConnection);
    }
}

void MastodonClient::onStreamActivity(SyncStream stream)
{
    if (m_fetching[streamIndex(stream)])
        m_activityDuringFetch[streamIndex(stream)] = true;
    Q_EMIT remoteActivity(stream);
}

void MastodonClient::onStreamDeleted(const QString &statusId)
{
    if (!m_deleted.contains(statusId)) {
        m_deleted << statusId;
        if (m_deleted.size() > rememberedDeletions)
            m_deleted.removeFirst();
    }
    Q_EMIT deletedRemotely({statusId});
}

void MastodonClient::dropDeleted(FetchedPage &page) const
{
    if (m_deleted.isEmpty())
        return;
    page.messages.removeIf([&](const Message &m) {
        if (!m_deleted.contains(m.remoteId))
            return false;
        if (!page.deletedMessageIds.contains(m.remoteId))
            page.deletedMessageIds << m.remoteId;
        return true;
    });
}

// ---- Reading ----

void MastodonClient::whoAmI(QObject *context, ResultCallback<Identity> done)
{
    QPointer<MastodonClient> self(this);
    const QUuid account = m_config.accountId;
    call(request(HttpRequest::Method::Get, u"/api/v1/accounts/verify_credentials"_s), context,
         [self, done, account](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             auto me = mastodonmapper::account(response->json(), account);
             if (me && self)
                 self->remember({me.value()});
             done(me);
         });
}

void MastodonClient::fetchDirectMessages(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    QUrlQuery query;
    const int size = request.pageSize > 0 ? request.pageSize : m_config.conversationsPageSize;
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(size, 1, 40)));
    if (!request.pageToken.isEmpty()) {
        if (!mastodonmapper::isId(request.pageToken))
            return later<FetchedPage>(context, done, invalid(tr("This is not a Mastodon page token.")));
        query.addQueryItem(u"max_id"_s, request.pageToken);
    }
    const mastodonmapper::Context mapping = mappingContext(request.since);
    QPointer<MastodonClient> self(this);
    fetchStarted(SyncStream::DirectMessages);
    auto finish = [self, done](Result<FetchedPage> page) {
        if (self) {
            if (page) {
                self->remember(page->people);
                self->dropDeleted(page.value());
            }
            // A fetch ends with a page that has no next one, or with an error.
            self->fetchEnded(SyncStream::DirectMessages, !page || page->nextPageToken.isEmpty());
        }
        done(std::move(page));
    };
    call(this->request(HttpRequest::Method::Get, u"/api/v1/conversations"_s, query), context,
         [self, context, mapping, finish](Result<HttpResponse> response) {
             if (!self)
                 return;
             if (!response)
                 return finish(response.error());
             auto listing = mastodonmapper::conversations(response->json(), mapping);
             if (!listing)
                 return finish(listing.error());
             // Paged only by the Link header: its max_id is the token, whatever it means inside.
             const QString next = listing->reachedSince
                                      ? QString()
                                      : mastodonmapper::linkParameter(response->header("link"), u"next"_s, u"max_id"_s);
             FetchedPage head;
             head.warnings = listing->warnings;
             head.newestCursor = listing->newestStatusId;
             head.nextPageToken = mastodonmapper::isId(next) ? next : QString();
             if (listing->entries.isEmpty())
                 return finish(head);

             // Each thread with something new: its context, all at once.
             struct Collect
             {
                 FetchedPage page;
                 std::vector<std::optional<FetchedPage>> parts;
                 qsizetype remaining = 0;
                 bool failed = false;
             };
             auto collect = std::make_shared<Collect>();
             collect->page = head;
             collect->parts.resize(size_t(listing->entries.size()));
             collect->remaining = listing->entries.size();
             for (qsizetype i = 0; i < listing->entries.size(); ++i) {
                 const mastodonmapper::ConversationEntry entry = listing->entries.at(i);
                 const QString path = u"/api/v1/statuses/%1/context"_s.arg(entry.lastStatusId);
                 self->call(self->request(HttpRequest::Method::Get, path), context,
                            [collect, i, entry, mapping, finish](Result<HttpResponse> thread) {
                                if (collect->failed)
                                    return;
                                mastodonmapper::ThreadContext read;
                                if (thread) {
                                    auto parsed = mastodonmapper::threadContext(thread->json());
                                    if (!parsed) {
                                        collect->failed = true;
                                        return finish(parsed.error());
                                    }
                                    read = parsed.value();
                                } else if (thread.error().code() != Error::Code::NotFound) {
                                    collect->failed = true;
                                    return finish(thread.error());
                                }
                                // NotFound: deleted meanwhile; the last status alone is what is left.
                                collect->parts[size_t(i)] = mastodonmapper::directThread(entry, read, mapping);
                                if (--collect->remaining > 0)
                                    return;
                                for (const auto &part : collect->parts)
                                    merge(collect->page, *part);
                                finish(collect->page);
                            });
             }
         });
}

void MastodonClient::readThread(const QString &rootId, QObject *context, std::function<void(Result<Thread>)> done)
{
    struct Read
    {
        std::optional<QJsonDocument> root;
        std::optional<QJsonDocument> context;
        bool failed = false;
    };
    auto read = std::make_shared<Read>();
    const mastodonmapper::Context mapping = mappingContext();
    const auto step = [read, mapping, done]() {
        if (read->failed || !read->root || !read->context)
            return;
        auto page = mastodonmapper::directThreadByRoot(*read->root, *read->context, mapping);
        if (!page)
            return done(page.error());
        auto thread = mastodonmapper::threadContext(*read->context);
        QList<QJsonObject> statuses{read->root->object()};
        for (const QJsonObject &s : thread->descendants) {
            if (s.value(u"visibility"_s).toString() == u"direct")
                statuses << s;
        }
        done(Thread{page.value(), mastodonmapper::replyTarget(statuses, mapping.ownUserId)});
    };
    const auto fail = [read, done](const Error &error) {
        if (read->failed)
            return;
        read->failed = true;
        done(error);
    };
    call(request(HttpRequest::Method::Get, u"/api/v1/statuses/"_s + rootId), context,
         [read, step, fail](Result<HttpResponse> response) {
             if (!response)
                 return fail(response.error());
             read->root = response->json();
             step();
         });
    call(request(HttpRequest::Method::Get, u"/api/v1/statuses/%1/context"_s.arg(rootId)), context,
         [read, step, fail](Result<HttpResponse> response) {
             if (!response)
                 return fail(response.error());
             read->context = response->json();
             step();
         });
}

void MastodonClient::fetchConversation(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    if (!mastodonmapper::isId(request.conversationRemoteId))
        return later<FetchedPage>(context, done, invalid(tr("This is not a Mastodon conversation id.")));
    QPointer<MastodonClient> self(this);
    readThread(request.conversationRemoteId, context, [self, done](Result<Thread> thread) {
        if (!thread)
            return done(thread.error());
        if (self)
            self->remember(thread->page.people);
        done(thread->page);
    });
}

void MastodonClient::fetchMentions(const PageRequest &request, QObject *context, ResultCallback<FetchedPage> done)
{
    QUrlQuery query;
    query.addQueryItem(u"types[]"_s, u"mention"_s);
    const int size = request.pageSize > 0 ? request.pageSize : m_config.notificationsPageSize;
    query.addQueryItem(u"limit"_s, QString::number(std::clamp(size, 1, 80)));
    for (const QString *token : {&request.since, &request.pageToken}) {
        if (!token->isEmpty() && !mastodonmapper::isId(*token))
            return later<FetchedPage>(context, done, invalid(tr("This is not a Mastodon cursor.")));
    }
    // since_id bounds the walk below, max_id (from the Link header) moves it back page by page:
    // newest first down to the cursor, with nothing skipped however much arrived (M-3).
    if (!request.since.isEmpty())
        query.addQueryItem(u"since_id"_s, request.since);
    if (!request.pageToken.isEmpty())
        query.addQueryItem(u"max_id"_s, request.pageToken);
    const mastodonmapper::Context mapping = mappingContext(request.since);
    QPointer<MastodonClient> self(this);
    fetchStarted(SyncStream::Mentions);
    call(this->request(HttpRequest::Method::Get, u"/api/v1/notifications"_s, query), context,
         [self, done, mapping](Result<HttpResponse> response) {
             Result<FetchedPage> page(Error(Error::Code::BadResponse, QString()));
             if (response) {
                 const QString next = mastodonmapper::linkParameter(response->header("link"), u"next"_s, u"max_id"_s);
                 page = mastodonmapper::notifications(response->json(), mapping,
                                                      mastodonmapper::isId(next) ? next : QString());
             } else {
                 page = response.error();
             }
             if (self) {
                 if (page) {
                     self->remember(page->people);
                     self->dropDeleted(page.value());
                 }
                 self->fetchEnded(SyncStream::Mentions, !page || page->nextPageToken.isEmpty());
             }
             done(std::move(page));
         });
}

void MastodonClient::lookUpPerson(const QString &handleOrId, QObject *context, ResultCallback<Identity> done)
{
    const QString trimmed = handleOrId.trimmed();
    QString key = trimmed.startsWith(u'@') ? trimmed.mid(1) : trimmed;
    static const QRegularExpression acct(u"^[A-Za-z0-9_]{1,64}(@[A-Za-z0-9.-]{1,253})?$"_s);
    HttpRequest r;
    if (!trimmed.startsWith(u'@') && json::isNumericId(key)) {
        r = request(HttpRequest::Method::Get, u"/api/v1/accounts/"_s + key);
    } else if (acct.match(key).hasMatch()) {
        QUrlQuery query;
        query.addQueryItem(u"acct"_s, key);
        r = request(HttpRequest::Method::Get, u"/api/v1/accounts/lookup"_s, query);
    } else {
        return later<Identity>(context, done, invalid(tr("“%1” is not a Mastodon account.").arg(handleOrId.left(80))));
    }
    QPointer<MastodonClient> self(this);
    const QUuid account = m_config.accountId;
    call(r, context, [self, done, account](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        auto person = mastodonmapper::account(response->json(), account);
        if (person && self)
            self->remember({person.value()});
        done(person);
    });
}

// ---- Sending ----

QString MastodonClient::withMentions(const QString &text, const QStringList &accts)
{
    QSet<QString> present;
    for (const TextEntity &m : EntityExtractor(Network::Mastodon).mentions(text))
        present.insert(m.value.toLower());
    QStringList missing;
    for (const QString &acct : accts) {
        const QString bare = acct.startsWith(u'@') ? acct.mid(1) : acct;
        if (!bare.isEmpty() && !present.contains(bare.toLower())) {
            present.insert(bare.toLower());
            missing << u'@' + bare;
        }
    }
    if (missing.isEmpty())
        return text;
    return missing.join(u' ') + (text.isEmpty() ? QString() : u" "_s + text);
}

void MastodonClient::resolveAccts(const QStringList &ids, QObject *context,
                                  std::function<void(Result<QStringList>)> done)
{
    struct Resolve
    {
        QStringList accts;
        qsizetype remaining = 0;
        bool failed = false;
    };
    auto state = std::make_shared<Resolve>();
    state->accts.resize(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (auto it = m_accts.constFind(ids.at(i)); it != m_accts.constEnd())
            state->accts[i] = *it;
        else
            ++state->remaining;
    }
    if (state->remaining == 0)
        return later<QStringList>(context, done, state->accts);
    QPointer<MastodonClient> self(this);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!state->accts.at(i).isEmpty())
            continue;
        call(request(HttpRequest::Method::Get, u"/api/v1/accounts/"_s + ids.at(i)), context,
             [self, state, i, done](Result<HttpResponse> response) {
                 if (state->failed || !self)
                     return;
                 Result<Identity> person = response
                                               ? mastodonmapper::account(response->json(), self->m_config.accountId)
                                               : Result<Identity>(response.error());
                 if (!person) {
                     state->failed = true;
                     return done(person.error());
                 }
                 self->remember({person.value()});
                 state->accts[i] = person->handle;
                 if (--state->remaining == 0)
                     done(state->accts);
             });
    }
}

void MastodonClient::postStatus(const QJsonObject &body, const QString &idempotencyKey, QObject *context,
                                ResultCallback<SentItem> done)
{
    HttpRequest r = request(HttpRequest::Method::Post, u"/api/v1/statuses"_s);
    r.setJsonBody(QJsonDocument(body));
    if (!idempotencyKey.isEmpty()) {
        // The server answers a second request with this key with the status of the first (M-2),
        // so this POST may be retried after a reset like a GET.
        r.setHeader("Idempotency-Key", idempotencyKey.toUtf8());
        r.setIdempotent(true);
    }
    call(r, context, [done](Result<HttpResponse> response) {
        if (!response)
            return done(response.error());
        done(mastodonmapper::statusCreated(response->json()));
    });
}

void MastodonClient::sendDirectMessage(const OutgoingMessage &message, QObject *context, ResultCallback<SentItem> done)
{
    if (message.text.trimmed().isEmpty() && message.mediaIds.isEmpty())
        return later<SentItem>(context, done, invalid(tr("A message needs text or media.")));
    if (message.mediaIds.size() > m_config.instance.maxMediaAttachments)
        return later<SentItem>(
            context, done,
            invalid(tr("%1 allows %n media item(s) per message.", nullptr, m_config.instance.maxMediaAttachments)
                        .arg(m_config.apiBase.host())));
    for (const QString &id : message.mediaIds) {
        if (!mastodonmapper::isId(id))
            return later<SentItem>(context, done, invalid(tr("This is not a Mastodon media id.")));
    }

    QPointer<MastodonClient> self(this);
    const auto send = [self, message, context, done](const QStringList &accts, const QString &replyTo,
                                                     const QString &conversation) {
        if (!self)
            return;
        if (accts.isEmpty())
            return done(invalid(tr("A private message on Mastodon needs at least one other person.")));
        const QString text = withMentions(message.text.trimmed(), accts);
        const TextCount count = self->textRules(TextRules::Mode::DirectMessage).count(text);
        if (!count.valid)
            return done(invalid(tr("With the mentions of everyone in the conversation, the message is too long: %1")
                                    .arg(count.reason)));
        QJsonObject body{{u"status"_s, text}, {u"visibility"_s, u"direct"_s}};
        if (!replyTo.isEmpty())
            body.insert(u"in_reply_to_id"_s, replyTo);
        if (!message.mediaIds.isEmpty())
            body.insert(u"media_ids"_s, QJsonArray::fromStringList(message.mediaIds));
        self->postStatus(body, message.clientKey, context, [done, conversation](Result<SentItem> sent) {
            if (sent && sent->conversationRemoteId.isEmpty())
                sent.value().conversationRemoteId = conversation.isEmpty() ? sent->remoteId : conversation;
            done(std::move(sent));
        });
    };

    if (!message.conversationRemoteId.isEmpty()) {
        if (!mastodonmapper::isId(message.conversationRemoteId))
            return later<SentItem>(context, done, invalid(tr("This is not a Mastodon conversation id.")));
        // Only those mentioned receive it: read who takes part, and answer the newest status.
        const QString conversation = message.conversationRemoteId;
        readThread(conversation, context, [send, conversation, done](Result<Thread> thread) {
            if (!thread)
                return done(thread.error());
            send(thread->target.accts, thread->target.newestStatusId, conversation);
        });
        return;
    }
    if (message.recipientRemoteIds.isEmpty())
        return later<SentItem>(context, done, invalid(tr("A private message needs a conversation or recipients.")));
    for (const QString &id : message.recipientRemoteIds) {
        if (!mastodonmapper::isId(id))
            return later<SentItem>(context, done, invalid(tr("This is not a Mastodon account id.")));
    }
    resolveAccts(message.recipientRemoteIds, context, [send, done](Result<QStringList> accts) {
        if (!accts)
            return done(accts.error());
        send(accts.value(), {}, {});
    });
}

void MastodonClient::publish(const OutgoingPost &post, QObject *context, ResultCallback<SentItem> done)
{
    if (post.text.trimmed().isEmpty() && post.mediaIds.isEmpty())
        return later<SentItem>(context, done, invalid(tr("A post needs text or media.")));
    if (post.mediaIds.size() > m_config.instance.maxMediaAttachments)
        return later<SentItem>(
            context, done,
            invalid(tr("%1 allows %n media item(s) per post.", nullptr, m_config.instance.maxMediaAttachments)
                        .arg(m_config.apiBase.host())));
    for (const QString &id : post.mediaIds) {
        if (!mastodonmapper::isId(id))
            return later<SentItem>(context, done, invalid(tr("This is not a Mastodon media id.")));
    }
    QPointer<MastodonClient> self(this);
    const auto send = [self, post, context, done](const QString &text, const QString &visibility) {
        if (!self)
            return;
        const TextCount count = self->textRules(TextRules::Mode::Post).count(text);
        if (!count.valid && !(text.isEmpty() && !post.mediaIds.isEmpty()))
            return done(invalid(count.reason));
        QJsonObject body{{u"visibility"_s, visibility}};
        if (!text.isEmpty())
            body.insert(u"status"_s, text);
        if (!post.inReplyToRemoteId.isEmpty())
            body.insert(u"in_reply_to_id"_s, post.inReplyToRemoteId);
        if (!post.mediaIds.isEmpty())
            body.insert(u"media_ids"_s, QJsonArray::fromStringList(post.mediaIds));
        const QString thread = post.inReplyToRemoteId;
        self->postStatus(body, post.clientKey, context, [done, thread](Result<SentItem> sent) {
            if (sent)
                sent.value().conversationRemoteId = thread.isEmpty() ? sent->remoteId : thread;
            done(std::move(sent));
        });
    };
    if (post.inReplyToRemoteId.isEmpty())
        return send(post.text.trimmed(), u"public"_s);
    if (!mastodonmapper::isId(post.inReplyToRemoteId))
        return later<SentItem>(context, done, invalid(tr("This is not a Mastodon status id.")));
    // A reply reaches those it mentions, and should be no more public than what it answers (as
    // Mastodon's own apps do): read the status first.
    const QString ownId = m_config.ownUserId;
    call(request(HttpRequest::Method::Get, u"/api/v1/statuses/"_s + post.inReplyToRemoteId), context,
         [send, done, post, ownId](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             if (!response->json().isObject())
                 return done(Error(Error::Code::BadResponse, tr("Mastodon sent a status Starling could not read.")));
             const auto target = mastodonmapper::replyTarget({response->json().object()}, ownId);
             send(withMentions(post.text.trimmed(), target.accts), target.visibility);
         });
}

void MastodonClient::findOwnStatus(const QString &text, const QStringList &mediaIds, const QString &replyTo,
                                   bool direct, const QString &clientKey, const QDateTime &notBefore,
                                   const QSet<QString> &exclude, QObject *context,
                                   ResultCallback<std::optional<SentItem>> done)
{
    const qint64 age = notBefore.isValid() ? notBefore.msecsTo(QDateTime::currentDateTimeUtc()) : -1;
    if (!clientKey.isEmpty() && age >= 0 && age < qint64(m_config.idempotencyWindow.count())) {
        // Within the hour the server keeps the Idempotency-Key, sending again is the exact check:
        // it answers with the status the first attempt created, or creates the only one.
        return later<std::optional<SentItem>>(context, done, std::optional<SentItem>());
    }
    if (!mastodonmapper::isId(m_config.ownUserId))
        return later<std::optional<SentItem>>(
            context, done, invalid(tr("The account's Mastodon id is not known yet; sign in again.")));
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"40"_s);
    query.addQueryItem(u"exclude_reblogs"_s, u"true"_s);
    const mastodonmapper::Context mapping = mappingContext();
    call(request(HttpRequest::Method::Get, u"/api/v1/accounts/%1/statuses"_s.arg(m_config.ownUserId), query), context,
         [done, mapping, text, mediaIds, replyTo, direct, notBefore, exclude](Result<HttpResponse> response) {
             if (!response)
                 return done(response.error());
             auto page = mastodonmapper::ownStatuses(response->json(), mapping);
             if (!page)
                 return done(page.error());
             // Only a little older than the first attempt, as the clocks may differ: any more would
             // let an earlier status of the same text, posted from elsewhere, pass for ours.
             const QDateTime from = notBefore.addSecs(-clockAllowanceSecs);
             const QString wanted = comparable(text);
             const QStringList wantedMedia = sortedIds(mediaIds);
             std::optional<SentItem> best;
             for (const Message &m : std::as_const(page->messages)) {
                 if (m.direction != Message::Direction::Outbound || exclude.contains(m.remoteId) || m.createdAt < from
                     || (m.kind == Message::Kind::DirectMessage) != direct)
                     continue;
                 if (!replyTo.isEmpty() && m.replyToRemoteId != replyTo)
                     continue;
                 // A status with only media has no text to tell it from another: its media do.
                 if (comparable(m.text) != wanted || mediaIdsOf(m) != wantedMedia)
                     continue;
                 if (!best || m.createdAt < best->createdAt)
                     best = SentItem{m.remoteId, {}, m.createdAt};
             }
             done(best);
         });
}

void MastodonClient::findSentMessage(const OutgoingMessage &message, const QDateTime &notBefore,
                                     const QSet<QString> &exclude, QObject *context,
                                     ResultCallback<std::optional<SentItem>> done)
{
    const QString conversation = message.conversationRemoteId;
    findOwnStatus(message.text, message.mediaIds, {}, true, message.clientKey, notBefore, exclude, context,
                  [done, conversation](Result<std::optional<SentItem>> found) {
                      if (found && found.value())
                          found.value()->conversationRemoteId =
                              conversation.isEmpty() ? found.value()->remoteId : conversation;
                      done(std::move(found));
                  });
}

void MastodonClient::findPublishedPost(const OutgoingPost &post, const QDateTime &notBefore,
                                       const QSet<QString> &exclude, QObject *context,
                                       ResultCallback<std::optional<SentItem>> done)
{
    findOwnStatus(post.text, post.mediaIds, post.inReplyToRemoteId, false, post.clientKey, notBefore, exclude, context,
                  std::move(done));
}

// ---- Media ----

void MastodonClient::uploadMedia(const MediaUpload &upload, QObject *context, ResultCallback<UploadedMedia> done,
                                 ProgressCallback progress)
{
    const QFileInfo info(upload.filePath);
    if (!info.isFile() || !info.isReadable())
        return later<UploadedMedia>(context, done, invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    const QString mime =
        (upload.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFile(info).name() : upload.mimeType).toLower();
    const MastodonInstance &instance = m_config.instance;
    if (!instance.acceptsMimeType(mime))
        return later<UploadedMedia>(
            context, done,
            invalid(tr("%1 does not accept files of this type (%2).").arg(m_config.apiBase.host(), mime)));
    const qint64 limit = instance.sizeLimit(mime) > 0 ? instance.sizeLimit(mime) : hardUploadLimit;
    if (info.size() <= 0 || info.size() > limit)
        return later<UploadedMedia>(context, done,
                                    invalid(tr("%1 is too large for %2: the limit for this type is %3 MB.")
                                                .arg(info.fileName(), m_config.apiBase.host())
                                                .arg(double(limit) / 1000 / 1000, 0, 'f', 1)));
    QFile file(upload.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return later<UploadedMedia>(context, done, invalid(tr("The file %1 cannot be read.").arg(info.fileName())));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != info.size())
        return later<UploadedMedia>(context, done, invalid(tr("The file changed while it was being read.")));

    QString description = upload.altText;
    if (instance.descriptionLimit > 0 && description.size() > instance.descriptionLimit)
        description.truncate(instance.descriptionLimit);
    const QByteArray boundary = multipartBoundary();
    QByteArray body;
    QString filename = info.fileName();
    filename.replace(u'"', u'_').replace(u'\r', u'_').replace(u'\n', u'_');
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename.toUtf8()
            + "\"\r\nContent-Type: " + mime.toLatin1() + "\r\n\r\n";
    body += bytes + "\r\n";
    if (!description.isEmpty()) {
        body += "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"description\"\r\n"
                  "Content-Type: text/plain; charset=utf-8\r\n\r\n";
        body += description.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";

    HttpRequest r = request(HttpRequest::Method::Post, u"/api/v2/media"_s);
    r.setRateLimitBucket(bucketKey(bucketMedia));
    r.setDeadline(std::max(m_config.uploadDeadline, m_config.requestDeadline));
    r.setBody(body, "multipart/form-data; boundary=" + boundary);
    // Not retried by the client: a second upload would be a second file (harmless, but counted
    // against the media limit of 30 per 30 minutes).

    auto state = std::make_shared<Upload>();
    state->context = context;
    state->done = std::move(done);
    state->progress = std::move(progress);
    state->total = info.size();
    QPointer<MastodonClient> self(this);
    call(r, context, [self, state](Result<HttpResponse> response) {
        if (!self)
            return;
        if (!response)
            return self->finishUpload(state, response.error());
        if (state->progress)
            state->progress(state->total, state->total);
        auto media = mastodonmapper::media(response->json());
        if (!media)
            return self->finishUpload(state, media.error());
        state->mediaId = media->id;
        // 200: ready. 202 (video, GIF, audio): processing; the id cannot be attached yet (M-2).
        if (response->status() == 200 && media->processed)
            return self->finishUpload(state, UploadedMedia{media->id, {}});
        self->pollMedia(state);
    });
}

void MastodonClient::pollMedia(std::shared_ptr<Upload> upload)
{
    if (!upload->context)
        return;
    if (++upload->polls > m_config.maxMediaPolls)
        return finishUpload(upload, Error(Error::Code::Timeout,
                                          tr("%1 took too long to process the file.").arg(m_config.apiBase.host())));
    QPointer<MastodonClient> self(this);
    const auto interval = std::max(m_config.mediaPollInterval, std::chrono::milliseconds(0));
    QTimer::singleShot(interval, upload->context.data(), [self, upload] {
        if (!self)
            return;
        HttpRequest r = self->request(HttpRequest::Method::Get, u"/api/v1/media/"_s + upload->mediaId);
        r.setExpect(HttpRequest::Expect::Anything); // 206 answers have no body
        self->call(r, upload->context, [self, upload](Result<HttpResponse> response) {
            if (!self)
                return;
            if (!response)
                return self->finishUpload(upload, response.error());
            if (response->status() == 206)
                return self->pollMedia(upload); // still processing
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(response->body(), &error);
            auto media = mastodonmapper::media(json);
            if (error.error != QJsonParseError::NoError || !media)
                return self->finishUpload(
                    upload, Error(Error::Code::BadResponse,
                                  tr("%1 sent an answer Starling could not read.").arg(self->m_config.apiBase.host())));
            if (!media->processed)
                return self->pollMedia(upload);
            self->finishUpload(upload, UploadedMedia{media->id, {}});
        });
    });
}

void MastodonClient::finishUpload(std::shared_ptr<Upload> upload, Result<UploadedMedia> result)
{
    if (!upload->context)
        return;
    if (result)
        result.value().expiresAt = QDateTime::currentDateTimeUtc().addSecs(mediaLifetimeSecs);
    upload->done(std::move(result));
}

} // namespace starling
