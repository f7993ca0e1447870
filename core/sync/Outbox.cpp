// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include "Logging.h"
#include "providers/ProviderClient.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/StoreWriter.h"
#include "store/UsageRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace starling {

namespace {

/** Items of one lane go out one at a time, in order: a conversation, or an account's new posts. */
QString laneOf(const OutboxItem &item)
{
    if (item.conversationId > 0)
        return u"c"_s + QString::number(item.conversationId);
    if (item.kind == OutboxItem::Kind::DirectMessage)
        return u"r"_s + item.accountId.toString() + item.recipientRemoteIds.join(u',');
    return u"p"_s + item.accountId.toString();
}

/**
 * The longest a rate limit may hold an item back. A reset or Retry-After further ahead (a server's
 * clock or a header gone wrong) would block its conversation for good; a day later it is asked again.
 */
constexpr auto longestRateLimitWait = std::chrono::hours(24);

/** Whether an uploaded media id must be uploaded again before it is used. */
bool needsUpload(const OutboxMedia &media, const QDateTime &now)
{
    // Leave a margin: the id must still be valid when the message reaches the server.
    return media.mediaId.isEmpty() || (media.expiresAt.isValid() && media.expiresAt < now.addSecs(15 * 60));
}

} // namespace

Outbox::Outbox(StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
    m_timer.setParent(this); // so that moveToThread() takes it along
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::process);
}

Outbox::~Outbox() = default;

QDateTime Outbox::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString Outbox::newClientKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Outbox::addAccount(const QUuid &account, ProviderClient *client)
{
    if (const auto it = m_clients.constFind(account); it == m_clients.constEnd())
        recoverInterrupted(account);
    else if (it->data() != client)
        dropFlights(account); // a new client (signed in again): the old one's requests are not ours any more
    m_clients.insert(account, client);
    QMetaObject::invokeMethod(this, &Outbox::process, Qt::QueuedConnection);
}

void Outbox::removeAccount(const QUuid &account)
{
    m_clients.remove(account);
    dropFlights(account);
}

void Outbox::dropFlights(const QUuid &account)
{
    // The client's answers may never come (it is being deleted) or come after a new attempt
    // started: either way the items must not wait on them, and must not act on them twice.
    int dropped = 0;
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (it->account == account) {
            it = m_inFlight.erase(it);
            ++dropped;
        } else {
            ++it;
        }
    }
    if (dropped == 0)
        return;
    qCInfo(lcSync) << dropped << "outgoing messages lost their connection; checking them first";
    // A send that was on its way may have arrived: look before sending again.
    // Both states show as "sending" in the thread: no message row changes.
    auto marked = m_writer->update<int>("mark interrupted sends unknown", [&account](Database &db, ChangeSet &) {
        return OutboxRepository(db).markInterruptedUnknown(account);
    });
    if (!marked)
        qCWarning(lcSync) << "could not mark interrupted messages:" << marked.error().message();
}

void Outbox::recoverInterrupted(const QUuid &account)
{
    // Nothing of the account is in flight here, so an item that says "sending" was cut off: by a
    // kill -9 of an earlier run, or in a team workspace by the app that sent for the account
    // before this one took over. It may or may not have arrived.
    auto recovered = m_writer->update<int>("mark interrupted sends unknown", [&account](Database &db, ChangeSet &) {
        return OutboxRepository(db).markInterruptedUnknown(account);
    });
    if (!recovered)
        qCWarning(lcSync) << "could not recover the outbox:" << recovered.error().message();
    else if (recovered.value() > 0)
        qCInfo(lcSync) << recovered.value() << "outgoing messages were interrupted; checking them first";
}

void Outbox::start()
{
    m_started = true;
    process();
}

void Outbox::checkQueue()
{
    QMetaObject::invokeMethod(this, &Outbox::process, Qt::QueuedConnection);
}

Result<OutboxItem> Outbox::enqueue(OutboxItem item)
{
    if (item.clientKey.isEmpty())
        item.clientKey = newClientKey();
    if (item.text.isEmpty() && item.media.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Outbox", "There is nothing to send."));
    if (item.kind == OutboxItem::Kind::Reply && item.inReplyToRemoteId.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Outbox", "A reply needs the post it answers."));
    if (item.kind == OutboxItem::Kind::DirectMessage && item.conversationRemoteId.isEmpty()
        && item.recipientRemoteIds.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("starling::Outbox", "A direct message needs someone to go to."));
    item.state = OutboxItem::State::Queued;
    if (!item.createdAt.isValid())
        item.createdAt = now();
    auto stored =
        m_writer->run("queue a message", [&item](Database &db) { return OutboxRepository(db).enqueue(item); });
    if (!stored)
        return stored.error();
    Q_EMIT itemChanged(item);
    QMetaObject::invokeMethod(this, &Outbox::process, Qt::QueuedConnection);
    return item;
}

Result<void> Outbox::retry(qint64 itemId)
{
    auto found = m_writer->read<std::optional<OutboxItem>>(
        "an outbox item", [itemId](Database &db) { return OutboxRepository(db).byId(itemId); });
    if (!found)
        return found.error();
    if (!found.value()
        || (found.value()->state != OutboxItem::State::Failed && found.value()->state != OutboxItem::State::Unverified))
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("starling::Outbox", "There is no failed message to send again."));
    OutboxItem item = *found.value();
    // An attempt that may have arrived is looked for first: Retry must not make a second copy.
    item.state = item.mayHaveArrived ? OutboxItem::State::Unknown : OutboxItem::State::Queued;
    item.nextAttemptAt = {};
    item.errorCode.clear();
    item.errorMessage.clear();
    m_failures.remove(itemId);
    m_heldUntil.remove(itemId);
    auto saved = m_writer->run("send an outgoing message again", [&item](Database &db) {
        auto changes = OutboxRepository(db).update(item);
        if (changes)
            changes->outboxChanged = true; // in a team, the app that sends for the account may be another
        return changes;
    });
    if (!saved)
        return Error(Error::Code::Storage,
                     QCoreApplication::translate("starling::Outbox", "The retry could not be saved."));
    Q_EMIT itemChanged(item);
    process();
    return {};
}

bool Outbox::isIdle() const
{
    return m_inFlight.isEmpty() && pendingCount() == 0;
}

int Outbox::pendingCount() const
{
    auto items = m_writer->read<QList<OutboxItem>>("the unfinished outbox items",
                                                   [](Database &db) { return OutboxRepository(db).unfinished(); });
    return items ? int(items->size()) : 0;
}

void Outbox::process()
{
    if (!m_started)
        return;
    if (m_processing) {
        m_processAgain = true;
        return;
    }
    m_processing = true;
    auto items = m_writer->read<QList<OutboxItem>>("the unfinished outbox items",
                                                   [](Database &db) { return OutboxRepository(db).unfinished(); });
    if (!items) {
        qCWarning(lcSync) << "could not read the outbox:" << items.error().message();
        m_processing = false;
        m_timer.start(int(m_backoff.first.count()));
        return;
    }
    const QDateTime current = now();
    QSet<QString> busyLanes;
    QDateTime wake;
    QList<OutboxItem> due;
    for (const OutboxItem &item : std::as_const(items.value())) {
        const QString lane = laneOf(item);
        if (busyLanes.contains(lane))
            continue; // an earlier item of this conversation goes first
        busyLanes.insert(lane);
        if (m_inFlight.contains(item.id) || !m_clients.value(item.accountId))
            continue;
        QDateTime next = item.nextAttemptAt;
        if (const QDateTime held = m_heldUntil.value(item.id); held.isValid() && (!next.isValid() || held > next))
            next = held;
        if (next.isValid() && next > current) {
            if (!wake.isValid() || next < wake)
                wake = next;
            continue;
        }
        due << item;
    }
    for (const OutboxItem &item : std::as_const(due))
        attempt(item);
    if (wake.isValid())
        m_timer.start(int(std::clamp<qint64>(current.msecsTo(wake), 0, 24 * 3600 * 1000)));
    m_processing = false;
    if (items->isEmpty() && m_inFlight.isEmpty())
        Q_EMIT drained();
    if (m_processAgain) {
        m_processAgain = false;
        QMetaObject::invokeMethod(this, &Outbox::process, Qt::QueuedConnection);
    }
}

void Outbox::attempt(OutboxItem item)
{
    m_inFlight.insert(item.id, Flight{item.accountId, ++m_lastToken});
    m_heldUntil.remove(item.id);
    if (item.state == OutboxItem::State::Unknown || item.state == OutboxItem::State::Sending)
        reconcile(std::move(item));
    else
        uploadNext(std::move(item));
}

void Outbox::reconcile(OutboxItem item)
{
    ProviderClient *client = m_clients.value(item.accountId);
    if (!client)
        return finishAttempt(item);
    auto claimed = claimedRemoteIds(item.accountId);
    if (!claimed)
        return onFailure(item, claimed.error(), true);
    const QDateTime notBefore = item.firstAttemptAt.isValid() ? item.firstAttemptAt : item.createdAt;
    const quint64 token = m_inFlight.value(item.id).token;
    auto found = [this, item, token](Result<std::optional<SentItem>> result) mutable {
        if (!isCurrent(item.id, token))
            return; // given up: a later attempt looks again
        if (!result)
            return onFailure(item, result.error(), true); // still unknown: look again later
        if (!result.value())
            return onAbsent(item);
        // Lanes run in parallel: another item may have claimed the same message meanwhile. Two
        // items never share one message; this one looks again without it.
        auto claimedNow = claimedRemoteIds(item.accountId);
        if (!claimedNow)
            return onFailure(item, claimedNow.error(), true);
        if (claimedNow->contains(result.value()->remoteId)) {
            qCInfo(lcSync) << "the message found belongs to another outgoing message; looking again";
            return waitUntil(item, now().addMSecs(backoffFor(++m_failures[item.id]).count()));
        }
        qCInfo(lcSync) << "an interrupted message had arrived; not sending it again";
        onSent(item, result.value()->remoteId);
    };
    if (item.kind == OutboxItem::Kind::DirectMessage)
        client->findSentMessage(toMessage(item), notBefore, claimed.value(), this, found);
    else
        client->findPublishedPost(toPost(item), notBefore, claimed.value(), this, found);
}

void Outbox::onAbsent(OutboxItem item)
{
    // X may show a message a little after it accepted it: a read soon after the attempt proves
    // nothing, and one read may miss it too. It goes out again only when two reads, late enough
    // and a settling time apart, did not find it.
    const QDateTime current = now();
    const QDateTime left = item.lastAttemptAt.isValid()    ? item.lastAttemptAt
                           : item.firstAttemptAt.isValid() ? item.firstAttemptAt
                                                           : item.createdAt;
    const QDateTime settled = left.addMSecs(m_settle.count());
    if (current < settled)
        return waitUntil(item, settled);
    if (!item.absentAt.isValid() || item.absentAt < left) {
        item.absentAt = current;
        return waitUntil(item, current.addMSecs(m_settle.count()));
    }
    if (current < item.absentAt.addMSecs(m_settle.count()))
        return waitUntil(item, item.absentAt.addMSecs(m_settle.count()));
    qCInfo(lcSync) << "an interrupted message had not arrived; sending it again";
    item.absentAt = {};
    item.mayHaveArrived = false;
    item.state = OutboxItem::State::Queued;
    uploadNext(item);
}

void Outbox::waitUntil(OutboxItem item, const QDateTime &when)
{
    item.state = OutboxItem::State::Unknown; // still: the next attempt looks again
    item.nextAttemptAt = when;
    save(item);
    finishAttempt(item);
}

void Outbox::uploadNext(OutboxItem item)
{
    ProviderClient *client = m_clients.value(item.accountId);
    if (!client)
        return finishAttempt(item);
    const QDateTime current = now();
    // Uploads of an earlier try whose ids could not be written: still good, so not uploaded again.
    if (const auto kept = m_uploaded.constFind(item.id); kept != m_uploaded.constEnd()) {
        for (qsizetype i = 0; i < item.media.size() && i < kept->size(); ++i) {
            const OutboxMedia &upload = kept->at(i);
            if (upload.filePath == item.media.at(i).filePath && needsUpload(item.media.at(i), current)
                && !needsUpload(upload, current))
                item.media[i] = upload;
        }
    }
    for (qsizetype i = 0; i < item.media.size(); ++i) {
        if (!needsUpload(item.media.at(i), current))
            continue;
        MediaUpload upload;
        upload.filePath = item.media.at(i).filePath;
        upload.mimeType = item.media.at(i).mimeType;
        upload.altText = item.media.at(i).altText;
        upload.purpose =
            item.kind == OutboxItem::Kind::DirectMessage ? MediaPurpose::DirectMessage : MediaPurpose::Post;
        const quint64 token = m_inFlight.value(item.id).token;
        client->uploadMedia(upload, this, [this, item, i, token](Result<UploadedMedia> uploaded) mutable {
            if (!isCurrent(item.id, token))
                return;
            if (!uploaded)
                return onFailure(item, uploaded.error(), false); // nothing was sent yet
            item.media[i].mediaId = uploaded->mediaId;
            item.media[i].expiresAt = uploaded->expiresAt;
            m_uploaded.insert(item.id, item.media);
            if (!save(item))
                return finishAttempt(item);
            m_uploaded.remove(item.id);
            uploadNext(item);
        });
        return;
    }
    send(std::move(item));
}

void Outbox::send(OutboxItem item)
{
    ProviderClient *client = m_clients.value(item.accountId);
    if (!client)
        return finishAttempt(item);
    // Written before the request leaves: a crash from here on means "look before sending again".
    item.state = OutboxItem::State::Sending;
    ++item.attempts;
    item.lastAttemptAt = now();
    if (!item.firstAttemptAt.isValid())
        item.firstAttemptAt = item.lastAttemptAt;
    item.absentAt = {};
    item.mayHaveArrived = true;
    if (!save(item))
        return finishAttempt(item);
    m_uploaded.remove(item.id);
    const quint64 token = m_inFlight.value(item.id).token;
    Q_EMIT itemChanged(item);
    if (!isCurrent(item.id, token))
        return; // its account went away meanwhile

    auto sent = [this, item, token](Result<SentItem> result) {
        if (!isCurrent(item.id, token)) {
            qCInfo(lcSync) << "an answer came after its connection was given up; the next attempt checks";
            return;
        }
        if (!result) {
            const Error::Code code = result.error().code();
            // The request may have arrived even though no usable answer came back.
            const bool unknown = code == Error::Code::Network || code == Error::Code::Timeout
                                 || code == Error::Code::ServerError || code == Error::Code::BadResponse;
            return onFailure(item, result.error(), unknown);
        }
        onSent(item, result->remoteId);
    };
    if (item.kind == OutboxItem::Kind::DirectMessage)
        client->sendDirectMessage(toMessage(item), this, sent);
    else
        client->publish(toPost(item), this, sent);
}

void Outbox::onSent(OutboxItem item, const QString &remoteId)
{
    auto marked = m_writer->run("mark a message sent", [&item, &remoteId](Database &db) {
        return OutboxRepository(db).markSent(item, remoteId);
    });
    if (!marked) {
        // The message is out; only our record of it failed. Leave it "unknown": the next attempt
        // finds it on the server instead of sending it again.
        qCWarning(lcSync) << "a sent message could not be recorded:" << marked.error().message();
        item.state = OutboxItem::State::Unknown;
        item.nextAttemptAt = now().addMSecs(backoffFor(++m_failures[item.id]).count());
        save(item);
        return finishAttempt(item);
    }
    m_failures.remove(item.id);
    m_uploaded.remove(item.id);
    if (ProviderClient *client = m_clients.value(item.accountId)) {
        const bool post = item.kind != OutboxItem::Kind::DirectMessage;
        const qint64 cost = client->estimatedSendCostMicros(post, item.kind == OutboxItem::Kind::Reply, item.text);
        const QDateTime at = now();
        auto usage = m_writer->update<void>("count API usage", [&](Database &db, ChangeSet &) {
            return UsageRepository(db).record(item.accountId, post ? u"send-post"_s : u"send-dm"_s, at, 1, 1, cost);
        });
        if (!usage)
            qCWarning(lcSync) << "could not record API usage:" << usage.error().message();
    }
    Q_EMIT itemChanged(item);
    finishAttempt(item);
}

void Outbox::onFailure(OutboxItem item, const Error &error, bool outcomeUnknown)
{
    const QDateTime current = now();
    // Counted here rather than from item.attempts, which grows only when a send leaves: the
    // reconciliation and the uploads that precede a send fail too while the network is gone, and
    // with a backoff keyed to attempts they would retry every few seconds for the whole outage.
    const int failures = ++m_failures[item.id];
    item.errorCode = Error::codeName(error.code());
    item.errorMessage = error.message();
    // An answer that says what happened: this attempt did not arrive.
    if (!outcomeUnknown)
        item.mayHaveArrived = false;
    switch (error.code()) {
    case Error::Code::InvalidInput:
    case Error::Code::Forbidden:
    case Error::Code::NotFound:
        // The user has to change something; retrying would fail the same way. When the refusal
        // came to the read that would tell whether an earlier attempt arrived, the message may be
        // out: failing it would invite a second copy, so the user checks first.
        item.state = outcomeUnknown ? OutboxItem::State::Unverified : OutboxItem::State::Failed;
        item.nextAttemptAt = {};
        m_failures.remove(item.id);
        m_uploaded.remove(item.id);
        break;
    case Error::Code::RateLimited: {
        // Refused before it was taken: nothing to reconcile, just wait for the reset.
        item.state = outcomeUnknown ? OutboxItem::State::Unknown : OutboxItem::State::Queued;
        const QDateTime latest = current.addSecs(seconds(longestRateLimitWait).count());
        item.nextAttemptAt = error.retryAfter().isValid() ? std::min(error.retryAfter(), latest) : current.addSecs(60);
        break;
    }
    default:
        item.state = outcomeUnknown || item.state == OutboxItem::State::Unknown ? OutboxItem::State::Unknown
                                                                                : OutboxItem::State::Queued;
        item.nextAttemptAt = current.addMSecs(backoffFor(failures).count());
        break;
    }
    qCInfo(lcSync) << "sending failed:" << item.errorCode
                   << (item.state == OutboxItem::State::Failed       ? "(stopped)"
                       : item.state == OutboxItem::State::Unverified ? "(stopped: may have arrived)"
                                                                     : "(will retry)");
    save(item);
    Q_EMIT itemChanged(item);
    finishAttempt(item);
}

void Outbox::finishAttempt(const OutboxItem &item)
{
    m_inFlight.remove(item.id);
    QMetaObject::invokeMethod(this, &Outbox::process, Qt::QueuedConnection);
}

bool Outbox::isCurrent(qint64 itemId, quint64 token) const
{
    const auto it = m_inFlight.constFind(itemId);
    return it != m_inFlight.constEnd() && it->token == token;
}

bool Outbox::save(const OutboxItem &item)
{
    auto saved =
        m_writer->run("save an outbox item", [&item](Database &db) { return OutboxRepository(db).update(item); });
    if (!saved) {
        // The stored item still says "due": without a hold, process() would start it again at
        // once, and again, at full speed for as long as the disk is full or the database locked.
        qCWarning(lcSync) << "could not save an outgoing message:" << saved.error().message();
        m_heldUntil.insert(item.id, now().addMSecs(backoffFor(++m_failures[item.id]).count()));
    }
    return saved.ok();
}

Result<QSet<QString>> Outbox::claimedRemoteIds(const QUuid &account)
{
    return m_writer->read<QSet<QString>>("the remote ids the outbox claimed", [&account](Database &db) {
        return OutboxRepository(db).claimedRemoteIds(account);
    });
}

OutgoingMessage Outbox::toMessage(const OutboxItem &item) const
{
    OutgoingMessage message;
    message.clientKey = item.clientKey;
    message.conversationRemoteId = item.conversationRemoteId;
    message.recipientRemoteIds = item.recipientRemoteIds;
    message.text = item.text;
    for (const OutboxMedia &m : item.media)
        message.mediaIds << m.mediaId;
    return message;
}

OutgoingPost Outbox::toPost(const OutboxItem &item) const
{
    OutgoingPost post;
    post.clientKey = item.clientKey;
    post.text = item.text;
    post.inReplyToRemoteId = item.inReplyToRemoteId;
    for (const OutboxMedia &m : item.media)
        post.mediaIds << m.mediaId;
    return post;
}

milliseconds Outbox::backoffFor(int failures) const
{
    const qint64 exponential = m_backoff.first.count() << std::clamp(failures - 1, 0, 16);
    const qint64 capped = std::min<qint64>(exponential, m_backoff.maximum.count());
    const double factor = 0.5 + QRandomGenerator::global()->generateDouble() * 0.5;
    return milliseconds(qint64(double(capped) * factor));
}

} // namespace starling
