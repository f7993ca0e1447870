// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon answers, whole pages, through the mastodonmapper functions the sync and the outbox use
// (issue #12): conversations with their thread context, notifications, statuses, accounts, media,
// the instance, app registration, OAuth metadata and streaming frames. The input is one JSON
// document, optionally followed by a NUL byte and a second one: the context of the threads (or
// the descendants of a root) that the first one lists. Properties as in checkPage().
#include "FuzzSupport.h"

#include "providers/mastodon/MastodonMapper.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace starling;
namespace mm = starling::mastodonmapper;

namespace {

const QUuid accountId = QUuid::fromString(u"{0b7cb5c4-41a1-4c84-8a3e-6b39f8f4e0aa}"_s);
// The account under test in tests/data/mastodon, so the seeds take both directions.
const QString ownUserId = u"109000000000000001"_s;
// Reading a thread per conversation costs its size each time: a few are enough to cover it.
constexpr qsizetype maxThreads = 8;

void checkError(const Error &error)
{
    FUZZ_CHECK(!error.message().isEmpty());
}

void checkPage(const Result<FetchedPage> &page, qsizetype inputSize)
{
    if (page)
        fuzz::checkPage(page.value(), inputSize);
    else
        checkError(page.error());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray first = split < 0 ? input : input.first(split);
    const QByteArray second = split < 0 ? QByteArray() : input.sliced(split + 1);
    const QJsonDocument document = QJsonDocument::fromJson(first);
    const QJsonDocument context = QJsonDocument::fromJson(second);
    const auto inputSize = qsizetype(size);

    for (const QString &since : {QString(), u"113500000000000005"_s}) {
        const mm::Context ctx{accountId, ownUserId, since};
        if (auto listing = mm::conversations(document, ctx)) {
            FUZZ_CHECK(listing->entries.size() + listing->warnings.size() <= inputSize);
            auto thread = mm::threadContext(context);
            if (!thread)
                checkError(thread.error());
            const mm::ThreadContext threadContext = thread ? thread.value() : mm::ThreadContext{};
            for (const mm::ConversationEntry &entry :
                 listing->entries.first(std::min(listing->entries.size(), maxThreads))) {
                FUZZ_CHECK(mm::isId(entry.id) && mm::isId(entry.lastStatusId));
                fuzz::checkPage(mm::directThread(entry, threadContext, ctx), inputSize);
            }
        } else {
            checkError(listing.error());
        }
        checkPage(mm::directThreadByRoot(document, context, ctx), inputSize);
        checkPage(mm::notifications(document, ctx, u"next"_s), inputSize);
        checkPage(mm::ownStatuses(document, ctx), inputSize);
    }

    QList<QJsonObject> statuses;
    for (const QJsonValue &value : document.array())
        statuses << value.toObject();
    if (document.isObject())
        statuses << document.object();
    const mm::ReplyTarget target = mm::replyTarget(statuses, ownUserId);
    FUZZ_CHECK(target.accts.size() <= inputSize);
    FUZZ_CHECK(target.newestStatusId.isEmpty() || mm::isId(target.newestStatusId));

    if (auto person = mm::account(document, accountId); person)
        FUZZ_CHECK(mm::isId(person->remoteId) && !person->handle.isEmpty());
    else
        checkError(person.error());
    if (auto sent = mm::statusCreated(document); sent)
        FUZZ_CHECK(mm::isId(sent->remoteId));
    else
        checkError(sent.error());
    if (auto media = mm::media(document); media)
        FUZZ_CHECK(mm::isId(media->id));
    else
        checkError(media.error());
    if (auto instance = mm::instance(document, QDateTime::fromSecsSinceEpoch(1'700'000'000)); instance) {
        // A server cannot make us refuse every post, nor allow absurd ones.
        FUZZ_CHECK(instance->maxCharacters > 0);
        FUZZ_CHECK(instance->charactersReservedPerUrl >= 0);
    } else {
        checkError(instance.error());
    }
    if (auto app = mm::application(document); !app)
        checkError(app.error());
    if (auto server = mm::authorizationServer(document); !server)
        checkError(server.error());
    if (auto event = mm::streamEvent(first); event)
        FUZZ_CHECK(!event->event.isEmpty());
    else
        checkError(event.error());
    return 0;
}
