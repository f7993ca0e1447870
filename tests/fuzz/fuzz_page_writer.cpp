// SPDX-License-Identifier: GPL-3.0-or-later
// PageWriter with arbitrary domain values (issue #12): the input bytes become a structured
// SyncPage (people, conversations, messages with attachments, a cursor) whose times run from
// invalid through everyday to the extremes of QDateTime and past 2^43 ms (year 2248), whose ids
// collide on purpose, and whose texts and sizes are anything. It is written into a real store
// (core/store's Database, migrated, in memory). Properties: write() returns (libFuzzer's
// -timeout); it either stores the whole page (every message, conversation, person and the
// cursor) or refuses it with a message and stores nothing; and writing the same page again
// succeeds, adds nothing and announces no new message.
#include "FuzzSupport.h"

#include "store/Database.h"
#include "store/PageWriter.h"
#include "store/SqlHelpers.h"

#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <fuzzer/FuzzedDataProvider.h>

#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

struct Fixture
{
    fuzz::MemoryStore store;
    PageWriter writer{store.database()};
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

/** Text of up to @p maxLength bytes, as UTF-8 or, now and then, as raw UTF-16 with lone surrogates. */
QString text(FuzzedDataProvider &in, size_t maxLength)
{
    const bool utf16 = in.ConsumeIntegralInRange(0, 7) == 0;
    const std::string bytes = in.ConsumeRandomLengthString(maxLength);
    if (!utf16)
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    QString raw(qsizetype(bytes.size() / 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < raw.size(); ++i)
        raw[i] = QChar(char16_t(uchar(bytes[2 * i]) | (uchar(bytes[2 * i + 1]) << 8)));
    return raw;
}

/** An id from a small pool, so that a page names the same things twice, or anything at all. */
QString remoteId(FuzzedDataProvider &in)
{
    static const QStringList pool{u"1"_s, u"2"_s, u"3"_s, u"1501234567890123456-1991400000000000001"_s, u"c1"_s, {}};
    const int pick = in.ConsumeIntegralInRange(0, 7);
    return pick < pool.size() ? pool.at(pick) : text(in, 24);
}

QDateTime time(FuzzedDataProvider &in)
{
    // 2^43 ms after the epoch is where the message id's time part ends (MessageIdAllocator).
    constexpr qint64 idTimeEnd = qint64(1) << 43;
    static const qint64 extremes[] = {
        0,
        -1,
        idTimeEnd - 1,
        idTimeEnd,
        idTimeEnd + 1,
        std::numeric_limits<qint64>::max(),
        std::numeric_limits<qint64>::min(),
        253'402'300'799'999, // 9999-12-31T23:59:59.999Z
        -62'135'596'800'000, // 0001-01-01
    };
    switch (in.ConsumeIntegralInRange(0, 5)) {
    case 0:
        return {};
    case 1:
        return QDateTime::fromMSecsSinceEpoch(in.ConsumeIntegral<qint64>(), QTimeZone::utc());
    case 2:
        return QDateTime::fromMSecsSinceEpoch(extremes[in.ConsumeIntegralInRange<size_t>(0, std::size(extremes) - 1)],
                                              QTimeZone::utc());
    case 3: {
        // Not in UTC: what a server's "+05:30" leaves in a QDateTime.
        const int offset = in.ConsumeIntegralInRange(-14 * 3600, 14 * 3600);
        return QDateTime::fromMSecsSinceEpoch(in.ConsumeIntegralInRange<qint64>(0, idTimeEnd), QTimeZone(offset));
    }
    default:
        // Everyday times, a few seconds apart, so messages share milliseconds now and then.
        return QDateTime::fromMSecsSinceEpoch(1'780'000'000'000 + in.ConsumeIntegralInRange(0, 5000), QTimeZone::utc());
    }
}

Attachment attachment(FuzzedDataProvider &in)
{
    Attachment a;
    a.kind = Attachment::Kind(in.ConsumeIntegralInRange(0, 4));
    a.remoteId = remoteId(in);
    a.url = QUrl(text(in, 40));
    a.previewUrl = QUrl(text(in, 40));
    a.mimeType = text(in, 16);
    a.altText = text(in, 64);
    a.localPath = text(in, 16);
    a.width = in.ConsumeIntegral<int>();
    a.height = in.ConsumeIntegral<int>();
    a.sizeBytes = in.ConsumeIntegral<qint64>();
    return a;
}

SyncPage page(FuzzedDataProvider &in, const QUuid &accountId)
{
    SyncPage page;
    // Now and then a page of an account the store does not know: it must be refused.
    page.accountId = in.ConsumeIntegralInRange(0, 31) == 0 ? QUuid::createUuid() : accountId;
    page.stream = in.ConsumeBool() ? u"dm"_s : text(in, 12);
    if (in.ConsumeBool())
        page.cursor = in.ConsumeBool() ? remoteId(in) : text(in, 32);

    const int people = in.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < people; ++i) {
        Identity p;
        p.accountId = accountId;
        p.remoteId = remoteId(in);
        p.handle = text(in, 24);
        p.displayName = text(in, 24);
        p.avatarUrl = QUrl(text(in, 40));
        p.bio = text(in, 64);
        p.followersCount = in.ConsumeIntegral<int>();
        page.identities << p;
    }
    const int conversations = in.ConsumeIntegralInRange(0, 4);
    for (int i = 0; i < conversations; ++i) {
        Conversation c;
        c.accountId = accountId;
        c.remoteId = remoteId(in);
        c.kind = Conversation::Kind(in.ConsumeIntegralInRange(0, 2));
        c.title = text(in, 24);
        c.lastActivity = time(in);
        const int participants = in.ConsumeIntegralInRange(0, 3);
        for (int k = 0; k < participants; ++k)
            c.participantRemoteIds << remoteId(in);
        page.conversations << c;
    }
    const int messages = in.ConsumeIntegralInRange(0, 8);
    for (int i = 0; i < messages; ++i) {
        Message m;
        m.accountId = accountId;
        m.remoteId = remoteId(in);
        m.conversationRemoteId = remoteId(in);
        m.authorRemoteId = remoteId(in);
        m.direction = in.ConsumeBool() ? Message::Direction::Inbound : Message::Direction::Outbound;
        m.kind = Message::Kind(in.ConsumeIntegralInRange(0, 3));
        m.text = text(in, 512);
        m.createdAt = time(in);
        m.replyToRemoteId = in.ConsumeBool() ? remoteId(in) : QString();
        const int attachments = in.ConsumeIntegralInRange(0, 3);
        for (int k = 0; k < attachments; ++k)
            m.attachments << attachment(in);
        m.delivery = Message::Delivery(in.ConsumeIntegralInRange(0, 3));
        m.read = in.ConsumeBool();
        m.automatic = in.ConsumeBool();
        page.messages << m;
    }
    return page;
}

qint64 storedRows(fuzz::MemoryStore &store)
{
    return store.count(u"SELECT (SELECT count(*) FROM messages) + (SELECT count(*) FROM conversations)"
                       " + (SELECT count(*) FROM identities) + (SELECT count(*) FROM conversation_participants)"
                       " + (SELECT count(*) FROM attachments) + (SELECT count(*) FROM sync_cursors)"_s);
}

/**
 * Whether a string is compared after a round trip: SQLite reads lone surrogates and the
 * noncharacters U+FFFE and U+FFFF back as U+FFFD; a NUL is left out too (no server id has one).
 */
bool plain(const QString &text)
{
    return text.isValidUtf16() && !text.contains(QChar(0)) && !text.contains(QChar(0xfffe))
           && !text.contains(QChar(0xffff));
}

void checkStored(fuzz::MemoryStore &store, const SyncPage &page)
{
    QSet<QString> messages;
    QSet<QString> conversations;
    QSet<QString> people;
    // People and conversations are stored by their ids as textValue() writes text (U+0000 as
    // U+FFFD, which PostgreSQL needs): ids that differ only there are one person.
    for (const Identity &p : page.identities)
        people.insert(textValue(p.remoteId));
    for (const Conversation &c : page.conversations) {
        conversations.insert(textValue(c.remoteId));
        for (const QString &participant : c.participantRemoteIds)
            people.insert(textValue(participant));
    }
    for (const Message &m : page.messages) {
        conversations.insert(textValue(m.conversationRemoteId));
        // A message named again is updated (text, delivery, attachments); its author stays.
        if (!m.authorRemoteId.isEmpty() && !messages.contains(m.remoteId))
            people.insert(textValue(m.authorRemoteId));
        messages.insert(m.remoteId);
    }
    FUZZ_CHECK(store.count(u"SELECT count(*) FROM messages"_s) == messages.size());
    FUZZ_CHECK(store.count(u"SELECT count(*) FROM conversations"_s) == conversations.size());
    FUZZ_CHECK(store.count(u"SELECT count(*) FROM identities"_s) == people.size());
    FUZZ_CHECK(store.count(u"SELECT count(*) FROM sync_cursors"_s) == (page.cursor ? 1 : 0));
    if (page.cursor && plain(*page.cursor)) {
        QSqlQuery cursor(store.database().connection());
        FUZZ_CHECK(cursor.exec(u"SELECT cursor FROM sync_cursors"_s) && cursor.next());
        FUZZ_CHECK(cursor.value(0).toString() == *page.cursor);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    FuzzedDataProvider in(data, size);
    const SyncPage syncPage = page(in, f.store.account().id);

    const Result<ChangeSet> first = f.writer.write(syncPage);
    if (!first) {
        FUZZ_CHECK(!first.error().message().isEmpty());
        FUZZ_CHECK(storedRows(f.store) == 0); // refused: nothing of it stays
        return 0;
    }
    checkStored(f.store, syncPage);
    const qint64 rows = storedRows(f.store);

    const Result<ChangeSet> again = f.writer.write(syncPage);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->newInboundMessageIds.isEmpty());
    FUZZ_CHECK(storedRows(f.store) == rows);

    f.store.clear();
    return 0;
}
