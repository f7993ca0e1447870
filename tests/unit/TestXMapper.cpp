// SPDX-License-Identifier: GPL-3.0-or-later
// core/providers/x/XMapper (and the JsonFields reads under it): X JSON → Starling domain values.
//
// The fixtures in tests/data/x were written by hand from the schemas of the official specs
// (x-api-v2-openapi-2.166.json: DmEvent, Expansions, User, Tweet, Media/Photo/Video/AnimatedGif,
// Problem, Get2DmEventsResponse, Get2UsersIdMentionsResponse, CreateDmEventResponse,
// TweetCreateResponse; x-api-v2-openapi.json v2.167: the post.* spellings). Every fixture outside
// hostile/ validates against its response schema. tests/data/x/hostile holds bodies a broken or
// hostile server could send; more hostile shapes are made here by patching a valid fixture.
//
// The rule for hostile input (DESIGN.md, Errors): a body that is not the documented shape is an
// error; one bad item is left out with a warning; and never does a message, person, conversation
// or membership change with a missing or malformed required field reach the page (verifyPage).

#include "providers/JsonFields.h"
#include "providers/x/XMapper.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// People of the fixtures (19-digit snowflakes, as X issues them since 2022).
const QString own = u"1501234567890123456"_s; // @starling_shop, the account under test
const QString alice = u"1187654321098765432"_s;
const QString bob = u"1322334455667788990"_s;
const QString carol = u"1411223344556677889"_s;
const QString dave = u"1299887766554433221"_s; // deleted: never in includes.users
const QString erin = u"1609876543210987654"_s;

// 1:1 conversation ids are "<smaller id>-<larger id>"; a group has a plain numeric id.
const QString withAlice = alice + u'-' + own;
const QString withBob = bob + u'-' + own;
const QString withDave = dave + u'-' + own;
const QString withErin = own + u'-' + erin;
const QString group = u"1863301122334455667"_s;

// dm_events_page.json, newest first.
const QString pageEvent1 = u"1991403216548712453"_s; // ours, to Alice
const QString pageEvent2 = u"1991402210987654321"_s; // Alice, with a photo
const QString pageEvent3 = u"1991398877665544332"_s; // Bob, with a video
const QString pageEvent4 = u"1991390011223344556"_s; // ours, a GIF and no text
const QString pageEvent5 = u"1991385566778899001"_s; // Bob, with url and hashtag entities
const QString pageToken = u"1ae0cd8cg7ce0qkyqk0pgqpn7e"_s;

// dm_events_group.json, newest first.
const QString groupMessage = u"1991500000000000004"_s; // Carol
const QString groupJoinErin = u"1991499999000000003"_s;
const QString groupLeaveBob = u"1991498888000000002"_s;
const QString groupOwnMessage = u"1991497777000000001"_s;
const QString groupCreated = u"1991496666000000000"_s; // Carol and we joined

// mentions_page.json: two mentions, and the thread one of them answers.
const QString mentionAlice = u"1991700000000000030"_s; // a new thread, quotes quotedPost
const QString mentionBob = u"1991690000000000020"_s; // replies to replyCarol
const QString replyCarol = u"1991680000000000010"_s; // replies to ownRoot
const QString ownRoot = u"1991650000000000001"_s; // our post: the thread's root
const QString quotedPost = u"1991111111111111111"_s; // another thread: not part of the page
const QString mentionsToken = u"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"_s;

/** Which mapper a table row feeds. */
enum class Api
{
    DmEvents,
    Mentions,
    User,
    DmCreated,
    PostCreated,
};

/** What a hostile patch must lead to. */
enum class Outcome
{
    Error, ///< the whole body is refused: Result not ok
    Dropped, ///< the patched item is left out, with one warning; the rest of the page is intact
    Kept, ///< the patched item is still mapped (the patch touched nothing it needs)
};

QUuid accountId()
{
    return QUuid::fromString(u"{6f1c2f9e-2b4d-4c47-9a53-3f0d7e1b8a21}"_s);
}

xmapper::Context context(const QString &since = {})
{
    return xmapper::Context{accountId(), own, since};
}

QString dataDir()
{
    return QString::fromUtf8(STARLING_TEST_DATA_DIR) + u"/x/"_s;
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(dataDir() + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** A fixture as the HTTP layer hands it over: QJsonDocument::fromJson of the body. */
QJsonDocument fixture(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name));
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

const QJsonValue removed(QJsonValue::Undefined);

/** @p node with the value at @p path replaced by @p value (or removed, for Undefined). */
QJsonValue patched(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype index = key.toInt();
        if (path.isEmpty() && value.isUndefined())
            array.removeAt(index);
        else
            array.replace(index, patched(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(key);
    else
        object.insert(key, patched(object.value(key), path, value));
    return object;
}

/**
 * @p document with one value replaced, sent through text and parsed again so the mapper sees what
 * it would see on the wire (large numbers become doubles, for one).
 */
QJsonDocument patchedDocument(const QJsonDocument &document, const QString &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return document;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue result = patched(root, path.split(u'/'), value);
    const QJsonDocument patchedDoc =
        result.isArray() ? QJsonDocument(result.toArray()) : QJsonDocument(result.toObject());
    return QJsonDocument::fromJson(patchedDoc.toJson(QJsonDocument::Compact));
}

/** Arrays nested @p depth deep around a string. */
QJsonValue nestedArrays(int depth)
{
    QJsonValue value(u"bottom"_s);
    for (int i = 0; i < depth; ++i)
        value = QJsonArray{value};
    return value;
}

QJsonValue nestedObjects(int depth)
{
    QJsonValue value(u"bottom"_s);
    for (int i = 0; i < depth; ++i)
        value = QJsonObject{{"x"_L1, value}};
    return value;
}

QString hugeText()
{
    return QString(100 * 1024, u'x'); // well over json::maxStringLength (64 KiB)
}

QString hugeDigits()
{
    return QString(100 * 1024, u'7');
}

QJsonValue problem(const QString &type, const QString &detail)
{
    return QJsonArray{QJsonObject{{"type"_L1, type}, {"title"_L1, u"Not Found Error"_s}, {"detail"_L1, detail}}};
}

Result<FetchedPage> mapPage(Api api, const QJsonDocument &document, const xmapper::Context &ctx)
{
    return api == Api::Mentions ? xmapper::mentions(document, ctx) : xmapper::dmEvents(document, ctx);
}

/** The ids of everything the page holds that came from one event or post, sorted. */
QStringList eventIds(const FetchedPage &page)
{
    QStringList ids;
    for (const Message &m : page.messages)
        ids << m.remoteId;
    for (const MembershipChange &c : page.membershipChanges)
        ids << c.remoteId;
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const Message *findMessage(const FetchedPage &page, const QString &remoteId)
{
    auto it = std::find_if(page.messages.cbegin(), page.messages.cend(),
                           [&](const Message &m) { return m.remoteId == remoteId; });
    return it == page.messages.cend() ? nullptr : &*it;
}

const Conversation *findConversation(const FetchedPage &page, const QString &remoteId)
{
    auto it = std::find_if(page.conversations.cbegin(), page.conversations.cend(),
                           [&](const Conversation &c) { return c.remoteId == remoteId; });
    return it == page.conversations.cend() ? nullptr : &*it;
}

const Identity *findPerson(const FetchedPage &page, const QString &remoteId)
{
    auto it = std::find_if(page.people.cbegin(), page.people.cend(),
                           [&](const Identity &p) { return p.remoteId == remoteId; });
    return it == page.people.cend() ? nullptr : &*it;
}

QList<int> warningCodes(const FetchedPage &page)
{
    QList<int> codes;
    for (const Error &e : page.warnings)
        codes << int(e.code());
    return codes;
}

/** The DmConversationId pattern of the spec, with the group id as lenient as the mapper (1–19 digits). */
bool isConversationId(const QString &id)
{
    static const QRegularExpression pattern(u"^([0-9]{1,19}-[0-9]{1,19}|[0-9]{1,19})$"_s);
    return pattern.match(id).hasMatch();
}

QByteArray describe(const Error &error)
{
    return (Error::codeName(error.code()) + u": "_s + error.message()).toUtf8();
}

/**
 * What every page must satisfy whatever the input: nothing with a missing or malformed required
 * field, nothing that points at a conversation the page does not hold, no oversized strings.
 */
void verifyPage(const FetchedPage &page, const xmapper::Context &ctx, Api api)
{
    const auto fits = [](const QString &s) { return s.size() <= json::maxStringLength; };
    QSet<QString> conversations;
    for (const Conversation &c : page.conversations) {
        QVERIFY2(isConversationId(c.remoteId), qPrintable(u"conversation id "_s + c.remoteId.left(80)));
        QVERIFY2(!conversations.contains(c.remoteId), qPrintable(u"conversation twice: "_s + c.remoteId));
        conversations.insert(c.remoteId);
        QCOMPARE(c.accountId, ctx.accountId);
        QCOMPARE(c.id, qint64(0));
        if (api == Api::Mentions) {
            QVERIFY(json::isNumericId(c.remoteId));
            QCOMPARE(c.kind, Conversation::Kind::PublicThread);
        } else {
            QCOMPARE(c.kind, c.remoteId.contains(u'-') ? Conversation::Kind::Direct : Conversation::Kind::Group);
        }
        QSet<QString> participants;
        for (const QString &p : c.participantRemoteIds) {
            QVERIFY2(json::isNumericId(p), qPrintable(u"participant "_s + p.left(80)));
            QVERIFY2(p != ctx.ownUserId, "we are never our own participant");
            QVERIFY2(!participants.contains(p), qPrintable(u"participant twice: "_s + p));
            participants.insert(p);
        }
    }
    for (const Identity &p : page.people) {
        QVERIFY2(json::isNumericId(p.remoteId), qPrintable(u"person id "_s + p.remoteId.left(80)));
        QVERIFY2(!p.handle.isEmpty(), qPrintable(u"person without a handle: "_s + p.remoteId));
        QVERIFY(fits(p.handle) && fits(p.displayName) && fits(p.bio));
        QCOMPARE(p.accountId, ctx.accountId);
        QVERIFY(p.followersCount >= -1);
    }
    for (const Message &m : page.messages) {
        QVERIFY2(json::isNumericId(m.remoteId), qPrintable(u"message id "_s + m.remoteId.left(80)));
        QVERIFY2(conversations.contains(m.conversationRemoteId),
                 qPrintable(u"message "_s + m.remoteId + u" in a conversation the page lacks"_s));
        QVERIFY2(m.createdAt.isValid(), qPrintable(u"message "_s + m.remoteId + u" without a time"_s));
        QCOMPARE(m.createdAt.timeSpec(), Qt::UTC);
        QVERIFY2(m.createdAt >= utc(2006, 1, 1, 0, 0, 0) && m.createdAt <= QDateTime::currentDateTimeUtc(),
                 qPrintable(u"message "_s + m.remoteId + u" dated "_s + m.createdAt.toString(Qt::ISODate)));
        QVERIFY2(json::isNumericId(m.authorRemoteId), qPrintable(u"author "_s + m.authorRemoteId.left(80)));
        QCOMPARE(m.accountId, ctx.accountId);
        QVERIFY(fits(m.text));
        QCOMPARE(m.direction,
                 m.authorRemoteId == ctx.ownUserId ? Message::Direction::Outbound : Message::Direction::Inbound);
        QCOMPARE(m.delivery, Message::Delivery::Delivered);
        QCOMPARE(m.id, qint64(0));
        if (api == Api::Mentions)
            QVERIFY(m.kind != Message::Kind::DirectMessage);
        else
            QCOMPARE(m.kind, Message::Kind::DirectMessage);
        QVERIFY(m.replyToRemoteId.isEmpty() || json::isNumericId(m.replyToRemoteId));
        for (const Attachment &a : m.attachments) {
            QVERIFY2(!a.remoteId.isEmpty(), qPrintable(u"attachment without an id on "_s + m.remoteId));
            QVERIFY(fits(a.remoteId) && fits(a.altText));
        }
    }
    for (const MembershipChange &c : page.membershipChanges) {
        QVERIFY2(json::isNumericId(c.remoteId), qPrintable(u"membership event id "_s + c.remoteId.left(80)));
        QVERIFY2(conversations.contains(c.conversationRemoteId),
                 qPrintable(u"membership event "_s + c.remoteId + u" in a conversation the page lacks"_s));
        QVERIFY2(!c.personRemoteIds.isEmpty(), qPrintable(u"membership event without people: "_s + c.remoteId));
        for (const QString &p : c.personRemoteIds)
            QVERIFY2(json::isNumericId(p), qPrintable(u"member "_s + p.left(80)));
        QVERIFY(c.at.isValid());
        QCOMPARE(c.at.timeSpec(), Qt::UTC);
        QVERIFY(c.at >= utc(2006, 1, 1, 0, 0, 0) && c.at <= QDateTime::currentDateTimeUtc());
    }
    QVERIFY(fits(page.nextPageToken));
    QVERIFY2(page.newestCursor.isEmpty() || json::isNumericId(page.newestCursor),
             qPrintable(page.newestCursor.left(80)));
    for (const Error &w : page.warnings) {
        QVERIFY(!w.message().isEmpty());
        QVERIFY(w.message().size() < 1000);
    }
}

} // namespace

Q_DECLARE_METATYPE(Api)
Q_DECLARE_METATYPE(Outcome)

// Stops the test function when verifyPage() failed, as a QVERIFY in the function itself would.
#define VERIFY_PAGE(page, ctx, api)                                                                                    \
    do {                                                                                                               \
        verifyPage(page, ctx, api);                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestXMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // GET /2/dm_events and the conversation variants.
    void dmEventsOneToOne();
    void dmEventsGroup();
    void dmEventsSharedPost_data();
    void dmEventsSharedPost();
    void dmEventsDeletedSender();
    void dmEventsPartialSuccess();
    void dmEventsEmptyPage();
    void dmEventsSince_data();
    void dmEventsSince();
    void dmEventsNextToken_data();
    void dmEventsNextToken();

    // GET /2/users/{id}/mentions.
    void mentions_data();
    void mentions();
    void mentionsCursor_data();
    void mentionsCursor();
    void mentionsPartialSuccess();

    // Users, send answers and problems.
    void user_data();
    void user();
    void userLinks();
    void dmCreated_data();
    void dmCreated();
    void postCreated_data();
    void postCreated();
    void problems_data();
    void problems();
    void errorReading_data();
    void errorReading();

    // Hostile input.
    void structuralErrors_data();
    void structuralErrors();
    void hostileFiles_data();
    void hostileFiles();
    void hostileDetails();
    void hostilePatches_data();
    void hostilePatches();
    void deepNesting_data();
    void deepNesting();
    void futureTimes();
    void mediaKeysBounded();

    // The JsonFields reads the mapper relies on.
    void plainText_data();
    void plainText();
    void jsonTime_data();
    void jsonTime();
    void jsonInteger_data();
    void jsonInteger();
    void numericIds_data();
    void numericIds();
};

void TestXMapper::initTestCase()
{
    QVERIFY2(QDir(dataDir()).exists(), qPrintable(dataDir()));
    QVERIFY(QDir(dataDir() + u"hostile"_s).exists());
}

void TestXMapper::dmEventsOneToOne()
{
    const QJsonDocument document = fixture(u"dm_events_page.json"_s);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::DmEvents);

    QVERIFY(page.warnings.isEmpty());
    QVERIFY(page.membershipChanges.isEmpty());
    QCOMPARE(page.nextPageToken, pageToken);
    QCOMPARE(page.newestCursor, pageEvent1);

    // Messages keep the order of the events: newest first.
    QStringList ids;
    for (const Message &m : page.messages)
        ids << m.remoteId;
    QCOMPARE(ids, (QStringList{pageEvent1, pageEvent2, pageEvent3, pageEvent4, pageEvent5}));

    const Message &ours = page.messages.at(0);
    QCOMPARE(ours.conversationRemoteId, withAlice);
    QCOMPARE(ours.authorRemoteId, own);
    QCOMPARE(ours.direction, Message::Direction::Outbound);
    QCOMPARE(ours.kind, Message::Kind::DirectMessage);
    QVERIFY(ours.read);
    QCOMPARE(ours.text, u"It ships tomorrow morning & tracking follows in < 24h."_s); // X escapes & < >
    QCOMPARE(ours.createdAt, utc(2026, 11, 20, 9, 45, 3));
    QVERIFY(ours.attachments.isEmpty());

    const Message &photo = page.messages.at(1);
    QCOMPARE(photo.authorRemoteId, alice);
    QCOMPARE(photo.direction, Message::Direction::Inbound);
    QVERIFY(!photo.read);
    QCOMPARE(photo.createdAt, utc(2026, 11, 20, 9, 41, 12));
    QCOMPARE(photo.attachments.size(), 1);
    const Attachment &image = photo.attachments.constFirst();
    QCOMPARE(image.kind, Attachment::Kind::Image);
    QCOMPARE(image.remoteId, u"3_1991402200000000001"_s);
    QCOMPARE(image.url, QUrl(u"https://pbs.twimg.com/media/GdXyZ123AbC.jpg"_s));
    QCOMPARE(image.previewUrl, image.url); // a photo is its own preview
    QCOMPARE(image.altText, u"A blue wool jacket on a hanger"_s);
    QCOMPARE(image.width, 1200);
    QCOMPARE(image.height, 1600);

    const Message &video = page.messages.at(2);
    QCOMPARE(video.conversationRemoteId, withBob);
    QCOMPARE(video.text, u"Here is the unboxing video \U0001F3A5"_s);
    QCOMPARE(video.attachments.size(), 1);
    QCOMPARE(video.attachments.constFirst().kind, Attachment::Kind::Video);
    QCOMPARE(video.attachments.constFirst().remoteId, u"7_1991398800000000002"_s);
    QVERIFY(video.attachments.constFirst().url.isEmpty()); // videos have variants, not a url
    QCOMPARE(video.attachments.constFirst().previewUrl,
             QUrl(u"https://pbs.twimg.com/ext_tw_video_thumb/1991398800000000002/pu/img/Vw9xYz.jpg"_s));
    QCOMPARE(video.attachments.constFirst().width, 720);
    QCOMPARE(video.attachments.constFirst().height, 1280);

    const Message &gif = page.messages.at(3);
    QCOMPARE(gif.direction, Message::Direction::Outbound);
    QVERIFY(gif.text.isEmpty()); // an attachment-only message has no text field
    QCOMPARE(gif.attachments.size(), 1);
    QCOMPARE(gif.attachments.constFirst().kind, Attachment::Kind::Gif);
    QCOMPARE(gif.attachments.constFirst().previewUrl, QUrl(u"https://pbs.twimg.com/tweet_video_thumb/GdXthanks.jpg"_s));

    const Message &entities = page.messages.at(4);
    QCOMPARE(entities.text, u"Thanks! Order page: https://t.co/Qw3rTy12Ab #winter"_s);
    QVERIFY(entities.attachments.isEmpty());

    QCOMPARE(page.conversations.size(), 2);
    const Conversation &a = page.conversations.at(0);
    QCOMPARE(a.remoteId, withAlice);
    QCOMPARE(a.kind, Conversation::Kind::Direct);
    QCOMPARE(a.participantRemoteIds, QStringList{alice});
    QCOMPARE(a.lastActivity, utc(2026, 11, 20, 9, 45, 3));
    const Conversation &b = page.conversations.at(1);
    QCOMPARE(b.remoteId, withBob);
    QCOMPARE(b.participantRemoteIds, QStringList{bob});
    QCOMPARE(b.lastActivity, utc(2026, 11, 20, 8, 12, 40));

    QCOMPARE(page.people.size(), 3);
    const Identity *person = findPerson(page, alice);
    QVERIFY(person);
    QCOMPARE(person->handle, u"alice_makes"_s);
    QCOMPARE(person->displayName, u"Alice Moreau"_s);
    QCOMPARE(person->bio, u"Knitwear and coffee. Lyon."_s);
    QCOMPARE(person->avatarUrl,
             QUrl(u"https://pbs.twimg.com/profile_images/1187654321098765432/aB3dE5fG_normal.jpg"_s));
    QCOMPARE(person->followersCount, 1289);
    QVERIFY(findPerson(page, bob));
    QCOMPARE(findPerson(page, bob)->followersCount, -1); // no public_metrics: unknown
    QVERIFY(findPerson(page, own));
}

void TestXMapper::dmEventsGroup()
{
    const QJsonDocument document = fixture(u"dm_events_group.json"_s);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::DmEvents);

    QVERIFY(page.warnings.isEmpty());
    QVERIFY(page.nextPageToken.isEmpty()); // no meta.next_token: the last page
    QCOMPARE(page.newestCursor, groupMessage);

    QCOMPARE(page.conversations.size(), 1);
    const Conversation &c = page.conversations.constFirst();
    QCOMPARE(c.remoteId, group);
    QCOMPARE(c.kind, Conversation::Kind::Group);
    // Carol wrote and joined, Erin joined; Bob's only event is his leaving, and we are never listed.
    QCOMPARE(c.participantRemoteIds, (QStringList{carol, erin}));
    QCOMPARE(c.lastActivity, utc(2026, 11, 21, 10, 5, 0)); // the newest message, not a join

    QCOMPARE(page.messages.size(), 2);
    QCOMPARE(page.messages.at(0).remoteId, groupMessage);
    QCOMPARE(page.messages.at(0).authorRemoteId, carol);
    QCOMPARE(page.messages.at(0).text, u"Welcome Erin! \U0001F44B"_s);
    QCOMPARE(page.messages.at(1).remoteId, groupOwnMessage);
    QCOMPARE(page.messages.at(1).direction, Message::Direction::Outbound);

    QCOMPARE(page.membershipChanges.size(), 3);
    const MembershipChange &join = page.membershipChanges.at(0);
    QCOMPARE(join.remoteId, groupJoinErin);
    QCOMPARE(join.conversationRemoteId, group);
    QCOMPARE(join.personRemoteIds, QStringList{erin});
    QVERIFY(join.joined);
    QCOMPARE(join.at, utc(2026, 11, 21, 10, 4, 30));
    const MembershipChange &leave = page.membershipChanges.at(1);
    QCOMPARE(leave.remoteId, groupLeaveBob);
    QCOMPARE(leave.personRemoteIds, QStringList{bob});
    QVERIFY(!leave.joined);
    QCOMPARE(leave.at, utc(2026, 11, 21, 9, 58, 0));
    const MembershipChange &created = page.membershipChanges.at(2);
    QCOMPARE(created.remoteId, groupCreated);
    QCOMPARE(created.personRemoteIds, (QStringList{carol, own})); // the event as X sent it
    QVERIFY(created.joined);

    QCOMPARE(page.people.size(), 4);
}

void TestXMapper::dmEventsSharedPost_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("deletedPostDetail");

    QTest::newRow("v2.166: referenced_tweets + includes.tweets")
        << u"dm_events_shared_tweet.json"_s << u"Could not find tweet with referenced_tweets.id"_s;
    QTest::newRow("v2.167: referenced_posts + includes.posts")
        << u"dm_events_shared_post.json"_s << u"Could not find post with referenced_posts.id"_s;
}

void TestXMapper::dmEventsSharedPost()
{
    QFETCH(QString, file);
    QFETCH(QString, deletedPostDetail);

    const QJsonDocument document = fixture(file);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::DmEvents);

    // The shared post is a link on the DM, not a message of its own.
    QCOMPARE(page.messages.size(), 1);
    const Message &m = page.messages.constFirst();
    QCOMPARE(m.remoteId, u"1991600000000000010"_s);
    QCOMPARE(m.authorRemoteId, alice);
    QCOMPARE(m.attachments.size(), 2);
    const Attachment &shared = m.attachments.at(0);
    QCOMPARE(shared.kind, Attachment::Kind::Other);
    QCOMPARE(shared.remoteId, u"1991555555555555555"_s);
    QCOMPARE(shared.url, QUrl(u"https://x.com/i/web/status/1991555555555555555"_s));
    QCOMPARE(shared.altText, u"Best jacket I have bought this year. Warm & light, <3"_s);
    // The second post was not found: the link stays, without text.
    const Attachment &gone = m.attachments.at(1);
    QCOMPARE(gone.remoteId, u"1880000000000000001"_s);
    QCOMPARE(gone.url, QUrl(u"https://x.com/i/web/status/1880000000000000001"_s));
    QVERIFY(gone.altText.isEmpty());

    QCOMPARE(page.warnings.size(), 1);
    QCOMPARE(page.warnings.constFirst().code(), Error::Code::NotFound);
    QVERIFY2(page.warnings.constFirst().message().contains(deletedPostDetail),
             qPrintable(page.warnings.constFirst().message()));
    // The post's author was not expanded (no includes.users entry): nobody is invented.
    QCOMPARE(page.people.size(), 1);
    QVERIFY(!findPerson(page, erin));
}

void TestXMapper::dmEventsDeletedSender()
{
    const QJsonDocument document = fixture(u"dm_events_deleted_sender.json"_s);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::DmEvents);

    // The message of the deleted user is kept, named by id; the store keeps a bare person for it.
    QCOMPARE(page.messages.size(), 2);
    const Message *fromDave = findMessage(page, u"1991600000000000020"_s);
    QVERIFY(fromDave);
    QCOMPARE(fromDave->authorRemoteId, dave);
    QCOMPARE(fromDave->direction, Message::Direction::Inbound);
    QCOMPARE(fromDave->conversationRemoteId, withDave);
    // No half-made person for Dave: only the users X described.
    QCOMPARE(page.people.size(), 1);
    QCOMPARE(page.people.constFirst().remoteId, own);
    QCOMPARE(page.conversations.size(), 1);
    QCOMPARE(page.conversations.constFirst().participantRemoteIds, QStringList{dave});
    QCOMPARE(warningCodes(page), QList<int>{int(Error::Code::NotFound)});
}

void TestXMapper::dmEventsPartialSuccess()
{
    const QJsonDocument document = fixture(u"dm_events_partial.json"_s);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::DmEvents);

    // A 200 with data and errors[]: the data is mapped, each problem becomes a warning.
    QCOMPARE(page.messages.size(), 1);
    QCOMPARE(page.messages.constFirst().conversationRemoteId, withErin);
    QCOMPARE(page.conversations.constFirst().participantRemoteIds, QStringList{erin});
    QCOMPARE(warningCodes(page),
             (QList<int>{int(Error::Code::Forbidden), int(Error::Code::InvalidInput), int(Error::Code::BadResponse)}));
    QVERIFY(page.warnings.at(0).message().contains(u"not authorized"_s));
    QVERIFY(page.warnings.at(2).message().contains(u"could not be hydrated"_s));
    // The protected post stays a link without text.
    QCOMPARE(page.messages.constFirst().attachments.size(), 1);
    QVERIFY(page.messages.constFirst().attachments.constFirst().altText.isEmpty());
}

void TestXMapper::dmEventsEmptyPage()
{
    const QJsonDocument document = fixture(u"dm_events_empty.json"_s);
    QVERIFY(document.isObject());
    const auto result = xmapper::dmEvents(document, context());
    QVERIFY(result.ok());
    QVERIFY(result->messages.isEmpty());
    QVERIFY(result->conversations.isEmpty());
    QVERIFY(result->people.isEmpty());
    QVERIFY(result->membershipChanges.isEmpty());
    QVERIFY(result->warnings.isEmpty());
    QVERIFY(result->nextPageToken.isEmpty());
    QVERIFY(result->newestCursor.isEmpty()); // keep the stored cursor
}

void TestXMapper::dmEventsSince_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("nextPageToken");
    QTest::addColumn<QString>("newestCursor");
    QTest::addColumn<int>("conversations");

    const QStringList page1{pageEvent1, pageEvent2, pageEvent3, pageEvent4, pageEvent5};
    QTest::newRow("first sync: the whole page, keep paging")
        << u"dm_events_page.json"_s << QString() << page1 << pageToken << pageEvent1 << 2;
    QTest::newRow("cursor older than the page: the whole page, keep paging")
        << u"dm_events_page.json"_s << u"1991000000000000000"_s << page1 << pageToken << pageEvent1 << 2;
    QTest::newRow("cursor in the page: stop there, no next page")
        << u"dm_events_page.json"_s << pageEvent3 << QStringList{pageEvent1, pageEvent2} << QString() << pageEvent1
        << 1;
    QTest::newRow("cursor is the newest event: nothing new, cursor kept")
        << u"dm_events_page.json"_s << pageEvent1 << QStringList() << QString() << QString() << 0;
    QTest::newRow("cursor newer than the page: nothing new")
        << u"dm_events_page.json"_s << u"1991999999999999999"_s << QStringList() << QString() << QString() << 0;
    // Compared as text "999…" would sort after "1991…" and stop at once.
    QTest::newRow("shorter cursor compares as a number")
        << u"dm_events_page.json"_s << u"999999999999999999"_s << page1 << pageToken << pageEvent1 << 2;
    QTest::newRow("page 2, first sync: keep paging")
        << u"dm_events_page2.json"_s << QString()
        << QStringList{u"1991380000000000009"_s, u"1991370000000000008"_s, u"1991360000000000007"_s,
                       u"1991350000000000006"_s}
        << u"1ae0cd8cg7ce0qkyqk0pgqpn7f"_s << u"1991380000000000009"_s << 2;
    QTest::newRow("page 2 reaches the stored cursor: next_token dropped")
        << u"dm_events_page2.json"_s << u"1991360000000000007"_s
        << QStringList{u"1991380000000000009"_s, u"1991370000000000008"_s} << QString() << u"1991380000000000009"_s
        << 1;
    QTest::newRow("group: a cursor between events drops membership events too")
        << u"dm_events_group.json"_s << groupLeaveBob << QStringList{groupMessage, groupJoinErin} << QString()
        << groupMessage << 1;
}

void TestXMapper::dmEventsSince()
{
    QFETCH(QString, file);
    QFETCH(QString, since);
    QFETCH(QStringList, ids);
    QFETCH(QString, nextPageToken);
    QFETCH(QString, newestCursor);
    QFETCH(int, conversations);

    const QJsonDocument document = fixture(file);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context(since);
    const auto result = xmapper::dmEvents(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    VERIFY_PAGE(result.value(), ctx, Api::DmEvents);
    QCOMPARE(eventIds(result.value()), sorted(ids));
    QCOMPARE(result->nextPageToken, nextPageToken);
    QCOMPARE(result->newestCursor, newestCursor);
    // Events already stored create no conversation either.
    QCOMPARE(result->conversations.size(), conversations);
    QVERIFY(result->warnings.isEmpty());
}

void TestXMapper::dmEventsNextToken_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("nextPageToken");

    QTest::newRow("as sent") << QString() << QJsonValue() << pageToken;
    QTest::newRow("no next_token: last page") << u"meta/next_token"_s << removed << QString();
    QTest::newRow("no meta at all") << u"meta"_s << removed << QString();
    QTest::newRow("next_token a number") << u"meta/next_token"_s << QJsonValue(12345) << QString();
    QTest::newRow("next_token an array") << u"meta/next_token"_s << QJsonValue(QJsonArray{pageToken}) << QString();
    QTest::newRow("next_token of 100 KiB") << u"meta/next_token"_s << QJsonValue(hugeText()) << QString();
    QTest::newRow("result_count a string is ignored") << u"meta/result_count"_s << QJsonValue(u"5"_s) << pageToken;
}

void TestXMapper::dmEventsNextToken()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, nextPageToken);

    const QJsonDocument document = patchedDocument(fixture(u"dm_events_page.json"_s), path, value);
    QVERIFY(document.isObject());
    const auto result = xmapper::dmEvents(document, context());
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    QCOMPARE(result->nextPageToken, nextPageToken);
    QCOMPARE(result->messages.size(), 5);
}

void TestXMapper::mentions_data()
{
    QTest::addColumn<QString>("file");

    QTest::newRow("v2.166: includes.tweets + referenced_tweets") << u"mentions_page.json"_s;
    QTest::newRow("v2.167: includes.posts + referenced_posts") << u"mentions_page_posts.json"_s;
}

void TestXMapper::mentions()
{
    QFETCH(QString, file);

    const QJsonDocument document = fixture(file);
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::mentions(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, Api::Mentions);

    QVERIFY(page.warnings.isEmpty());
    QCOMPARE(page.nextPageToken, mentionsToken);
    QCOMPARE(page.newestCursor, mentionAlice); // meta.newest_id
    // The two mentions and the thread Bob's mention answers; the quoted post of another thread is
    // not part of the inbox.
    QCOMPARE(eventIds(page), sorted({mentionAlice, mentionBob, replyCarol, ownRoot}));
    QVERIFY(!findMessage(page, quotedPost));

    const Message *lyon = findMessage(page, mentionAlice);
    QVERIFY(lyon);
    QCOMPARE(lyon->kind, Message::Kind::Mention);
    QCOMPARE(lyon->direction, Message::Direction::Inbound);
    QVERIFY(!lyon->read);
    QCOMPARE(lyon->authorRemoteId, alice);
    QCOMPARE(lyon->conversationRemoteId, mentionAlice); // a thread of its own
    QVERIFY(lyon->replyToRemoteId.isEmpty()); // "quoted" is not a reply
    QCOMPARE(lyon->createdAt, utc(2026, 11, 22, 12, 0, 0));
    QCOMPARE(lyon->attachments.size(), 1);
    QCOMPARE(lyon->attachments.constFirst().kind, Attachment::Kind::Image);
    QCOMPARE(lyon->attachments.constFirst().url, QUrl(u"https://pbs.twimg.com/media/GeLyon42.jpg"_s));

    const Message *agreed = findMessage(page, mentionBob);
    QVERIFY(agreed);
    QCOMPARE(agreed->kind, Message::Kind::Mention);
    QCOMPARE(agreed->conversationRemoteId, ownRoot);
    QCOMPARE(agreed->replyToRemoteId, replyCarol);
    QVERIFY(!agreed->read);
    // What Bob typed was "&amp;": X sent it escaped once more, and it is decoded once.
    QCOMPARE(agreed->text, u"@starling_shop @carol_c Agreed, great service! &amp; is how you write &amp;amp;"_s);

    // The reply chain from includes: context, so already read.
    const Message *reply = findMessage(page, replyCarol);
    QVERIFY(reply);
    QCOMPARE(reply->kind, Message::Kind::Reply);
    QCOMPARE(reply->direction, Message::Direction::Inbound);
    QVERIFY(reply->read);
    QCOMPARE(reply->conversationRemoteId, ownRoot);
    QCOMPARE(reply->replyToRemoteId, ownRoot);

    const Message *root = findMessage(page, ownRoot);
    QVERIFY(root);
    QCOMPARE(root->kind, Message::Kind::OwnPost);
    QCOMPARE(root->direction, Message::Direction::Outbound);
    QVERIFY(root->read);
    QCOMPARE(root->text, u"New winter jackets & scarves are in! \U0001F9E5 >> shop now"_s);
    QVERIFY(root->replyToRemoteId.isEmpty());

    QCOMPARE(page.conversations.size(), 2);
    const Conversation *thread = findConversation(page, ownRoot);
    QVERIFY(thread);
    QCOMPARE(thread->kind, Conversation::Kind::PublicThread);
    QCOMPARE(sorted(thread->participantRemoteIds), sorted({bob, carol})); // never us
    QCOMPARE(thread->lastActivity, utc(2026, 11, 22, 11, 0, 0));
    const Conversation *lyonThread = findConversation(page, mentionAlice);
    QVERIFY(lyonThread);
    QCOMPARE(lyonThread->participantRemoteIds, QStringList{alice});
    QCOMPARE(lyonThread->lastActivity, utc(2026, 11, 22, 12, 0, 0));

    QCOMPARE(page.people.size(), 5);
}

void TestXMapper::mentionsCursor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("newestCursor");

    QTest::newRow("meta.newest_id") << QString() << QJsonValue() << mentionAlice;
    QTest::newRow("newest_id missing: the newest mention") << u"meta/newest_id"_s << removed << mentionAlice;
    QTest::newRow("newest_id not an id: the newest mention")
        << u"meta/newest_id"_s << QJsonValue(u"latest"_s) << mentionAlice;
    QTest::newRow("newest_id a number: the newest mention")
        << u"meta/newest_id"_s << QJsonValue(1.9917e18) << mentionAlice;
    QTest::newRow("newest_id as the server says")
        << u"meta/newest_id"_s << QJsonValue(u"1991700000000000099"_s) << u"1991700000000000099"_s;
}

void TestXMapper::mentionsCursor()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, newestCursor);

    const QJsonDocument document = patchedDocument(fixture(u"mentions_page.json"_s), path, value);
    QVERIFY(document.isObject());
    const auto result = xmapper::mentions(document, context());
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    QCOMPARE(result->newestCursor, newestCursor);
}

void TestXMapper::mentionsPartialSuccess()
{
    const QJsonDocument document =
        patchedDocument(fixture(u"mentions_page.json"_s), u"errors"_s,
                        problem(u"https://api.twitter.com/2/problems/resource-not-found"_s,
                                u"Could not find tweet with referenced_tweets.id: [1880000000000000001]."_s));
    QVERIFY(document.isObject());
    const xmapper::Context ctx = context();
    const auto result = xmapper::mentions(document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    VERIFY_PAGE(result.value(), ctx, Api::Mentions);
    QCOMPARE(result->messages.size(), 4);
    QCOMPARE(warningCodes(result.value()), QList<int>{int(Error::Code::NotFound)});
}

void TestXMapper::user_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("bio");
    QTest::addColumn<QUrl>("avatar");
    QTest::addColumn<int>("followers");

    const int bad = int(Error::Code::BadResponse);
    const QUrl avatar(u"https://pbs.twimg.com/profile_images/1501234567890123456/sT4rL1nG_normal.png"_s);
    const QString bio = u"Warm jackets, shipped from Lyon. DMs open 9\u201318 CET."_s;
    const auto me = [&](const char *name, const QString &path, const QJsonValue &value, const QString &displayName,
                        const QString &bioText, const QUrl &url, int followers) {
        QTest::newRow(name) << u"user_me.json"_s << path << value << true << 0 << own << u"starling_shop"_s
                            << displayName << bioText << url << followers;
    };
    const auto refused = [&](const char *name, const QString &file, const QString &path, const QJsonValue &value,
                             int code) {
        QTest::newRow(name) << file << path << value << false << code << QString() << QString() << QString()
                            << QString() << QUrl() << 0;
    };

    me("GET /2/users/me", QString(), QJsonValue(), u"Starling Shop"_s, bio, avatar, 48213);
    QTest::newRow("GET /2/users/by/username, v2.167 metrics")
        << u"user_by_username.json"_s << QString() << QJsonValue() << true << 0 << alice << u"alice_makes"_s
        << u"Alice Moreau"_s << QString() << QUrl() << 1289;
    QTest::newRow("required fields only")
        << u"user_minimal.json"_s << QString() << QJsonValue() << true << 0 << u"2244994945"_s << u"XDevelopers"_s
        << u"X Developers"_s << QString() << QUrl() << -1;
    refused("not found: the problem is the error", u"user_not_found.json"_s, QString(), QJsonValue(),
            int(Error::Code::NotFound));
    refused("suspended: X calls it resource-not-found", u"user_suspended.json"_s, QString(), QJsonValue(),
            int(Error::Code::NotFound));

    // Optional fields of the wrong type or size fall back; required ones refuse the user.
    me("name missing: the handle stands in", u"data/name"_s, removed, u"starling_shop"_s, bio, avatar, 48213);
    me("name a number", u"data/name"_s, QJsonValue(42), u"starling_shop"_s, bio, avatar, 48213);
    me("name of 100 KiB", u"data/name"_s, QJsonValue(hugeText()), u"starling_shop"_s, bio, avatar, 48213);
    me("description of 100 KiB", u"data/description"_s, QJsonValue(hugeText()), u"Starling Shop"_s, QString(), avatar,
       48213);
    me("description an array", u"data/description"_s, QJsonValue(QJsonArray{bio}), u"Starling Shop"_s, QString(),
       avatar, 48213);
    me("profile_image_url a number", u"data/profile_image_url"_s, QJsonValue(7), u"Starling Shop"_s, bio, QUrl(),
       48213);
    me("public_metrics a string", u"data/public_metrics"_s, QJsonValue(u"48213"_s), u"Starling Shop"_s, bio, avatar,
       -1);
    me("followers_count a string", u"data/public_metrics/followers_count"_s, QJsonValue(u"48213"_s), u"Starling Shop"_s,
       bio, avatar, -1);
    me("followers_count a fraction", u"data/public_metrics/followers_count"_s, QJsonValue(3.5), u"Starling Shop"_s, bio,
       avatar, -1);
    me("followers_count negative", u"data/public_metrics/followers_count"_s, QJsonValue(-5), u"Starling Shop"_s, bio,
       avatar, -1);
    me("followers_count 1e300", u"data/public_metrics/followers_count"_s, QJsonValue(1e300), u"Starling Shop"_s, bio,
       avatar, -1);
    me("followers_count beyond int: clamped", u"data/public_metrics/followers_count"_s, QJsonValue(9999999999.0),
       u"Starling Shop"_s, bio, avatar, std::numeric_limits<int>::max());
    me("followers_count 2^63 does not fit qint64", u"data/public_metrics/followers_count"_s,
       QJsonValue(9223372036854775808.0), u"Starling Shop"_s, bio, avatar, -1);

    refused("id missing", u"user_me.json"_s, u"data/id"_s, removed, bad);
    refused("id a number", u"user_me.json"_s, u"data/id"_s, QJsonValue(1501234567890123456.0), bad);
    refused("id not numeric", u"user_me.json"_s, u"data/id"_s, QJsonValue(u"starling_shop"_s), bad);
    refused("id of 20 digits", u"user_me.json"_s, u"data/id"_s, QJsonValue(u"15012345678901234567"_s), bad);
    refused("id of 100 KiB", u"user_me.json"_s, u"data/id"_s, QJsonValue(hugeDigits()), bad);
    refused("username missing", u"user_me.json"_s, u"data/username"_s, removed, bad);
    refused("username empty", u"user_me.json"_s, u"data/username"_s, QJsonValue(u""_s), bad);
    refused("username a number", u"user_me.json"_s, u"data/username"_s, QJsonValue(7), bad);
    refused("username of 100 KiB", u"user_me.json"_s, u"data/username"_s, QJsonValue(hugeText()), bad);
    refused("data an array", u"user_me.json"_s, u"data"_s, QJsonValue(QJsonArray{}), bad);
    refused("data a string", u"user_me.json"_s, u"data"_s, QJsonValue(own), bad);
    refused("data null", u"user_me.json"_s, u"data"_s, QJsonValue(QJsonValue::Null), bad);
    refused("data missing", u"user_me.json"_s, u"data"_s, removed, bad);
}

void TestXMapper::userLinks()
{
    // The profile's website and the links of its bio, expanded from t.co (evidence for
    // suggesting that two people are one); without entities, the url field as it is.
    const QByteArray json = R"({"data": {"id": "2244994945", "username": "ana", "name": "Ana",
        "description": "Shoes at https://t.co/abc and https://t.co/def",
        "url": "https://t.co/xyz",
        "entities": {
            "url": {"urls": [{"start": 0, "end": 16, "url": "https://t.co/xyz",
                              "expanded_url": "https://ana-shoes.example/"}]},
            "description": {"urls": [
                {"start": 9, "end": 25, "url": "https://t.co/abc", "expanded_url": "https://blog.ana.example/"},
                {"start": 30, "end": 46, "url": "https://t.co/def", "expanded_url": "https://ana-shoes.example/"}]}}}})";
    auto user = xmapper::user(QJsonDocument::fromJson(json), accountId());
    QVERIFY(user.ok());
    QCOMPARE(user->links, (QStringList{u"https://ana-shoes.example/"_s, u"https://blog.ana.example/"_s}));
    const QByteArray bare = R"({"data": {"id": "2244994945", "username": "ana", "url": "https://t.co/xyz"}})";
    user = xmapper::user(QJsonDocument::fromJson(bare), accountId());
    QVERIFY(user.ok());
    QCOMPARE(user->links, QStringList{u"https://t.co/xyz"_s});
    // Hostile shapes are skipped, not trusted.
    const QByteArray odd =
        R"({"data": {"id": "1", "username": "x", "entities": {"url": {"urls": [7, {"expanded_url": 3}]},
        "description": "no"}}})";
    user = xmapper::user(QJsonDocument::fromJson(odd), accountId());
    QVERIFY(user.ok());
    QVERIFY(user->links.isEmpty());
}

void TestXMapper::user()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    QFETCH(int, errorCode);

    const QJsonDocument document = patchedDocument(fixture(file), path, value);
    QVERIFY(document.isObject());
    const auto result = xmapper::user(document, accountId());
    if (!ok) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code()), errorCode);
        QVERIFY(!result.error().message().isEmpty());
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    QFETCH(QString, remoteId);
    QFETCH(QString, handle);
    QFETCH(QString, displayName);
    QFETCH(QString, bio);
    QFETCH(QUrl, avatar);
    QFETCH(int, followers);
    QCOMPARE(result->remoteId, remoteId);
    QCOMPARE(result->accountId, accountId());
    QCOMPARE(result->handle, handle);
    QCOMPARE(result->displayName, displayName);
    QCOMPARE(result->bio, bio);
    QCOMPARE(result->avatarUrl, avatar);
    QCOMPARE(result->followersCount, followers);
    QCOMPARE(result->id, qint64(0));
    QCOMPARE(result->contactId, qint64(0));
}

void TestXMapper::dmCreated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("errorCode"); // -1: success
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<QString>("conversationId");

    const int bad = int(Error::Code::BadResponse);
    QTest::newRow("1:1") << u"dm_created.json"_s << QString() << QJsonValue() << -1 << u"1991800000000000001"_s
                         << withAlice;
    QTest::newRow("group (v2.167 schema)")
        << u"dm_created_group.json"_s << QString() << QJsonValue() << -1 << u"1991800000000000002"_s << group;
    QTest::newRow("refused: the problem is the error") << u"dm_created_refused.json"_s << QString() << QJsonValue()
                                                       << int(Error::Code::Forbidden) << QString() << QString();

    const auto broken = [&](const char *name, const QString &path, const QJsonValue &value) {
        QTest::newRow(name) << u"dm_created.json"_s << path << value << bad << QString() << QString();
    };
    broken("dm_event_id missing", u"data/dm_event_id"_s, removed);
    broken("dm_event_id a number", u"data/dm_event_id"_s, QJsonValue(1991800000000000001.0));
    broken("dm_event_id of 20 digits", u"data/dm_event_id"_s, QJsonValue(u"19918000000000000010"_s));
    broken("dm_event_id of 100 KiB", u"data/dm_event_id"_s, QJsonValue(hugeDigits()));
    broken("dm_conversation_id missing", u"data/dm_conversation_id"_s, removed);
    broken("dm_conversation_id empty", u"data/dm_conversation_id"_s, QJsonValue(u""_s));
    broken("dm_conversation_id not an id", u"data/dm_conversation_id"_s, QJsonValue(u"../../dm_events"_s));
    broken("dm_conversation_id of three ids", u"data/dm_conversation_id"_s, QJsonValue(QString(withAlice + u"-1"_s)));
    broken("dm_conversation_id a number", u"data/dm_conversation_id"_s, QJsonValue(1863301122334455667.0));
    broken("dm_conversation_id of 100 KiB", u"data/dm_conversation_id"_s, QJsonValue(hugeDigits()));
    broken("data an array", u"data"_s, QJsonValue(QJsonArray{}));
    broken("data missing", u"data"_s, removed);
}

void TestXMapper::dmCreated()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(int, errorCode);

    const QJsonDocument document = patchedDocument(fixture(file), path, value);
    QVERIFY(document.isObject());
    const auto result = xmapper::dmCreated(document);
    if (errorCode >= 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code()), errorCode);
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    QFETCH(QString, eventId);
    QFETCH(QString, conversationId);
    QCOMPARE(result->remoteId, eventId);
    QCOMPARE(result->conversationRemoteId, conversationId);
    QVERIFY(!result->createdAt.isValid()); // X does not say
}

void TestXMapper::postCreated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("errorCode"); // -1: success
    QTest::addColumn<QString>("postId");

    const int bad = int(Error::Code::BadResponse);
    QTest::newRow("v2.166: edit_history_tweet_ids")
        << u"post_created.json"_s << QString() << QJsonValue() << -1 << u"1991900000000000001"_s;
    QTest::newRow("v2.167: edit_history_post_ids")
        << u"post_created_posts.json"_s << QString() << QJsonValue() << -1 << u"1991900000000000002"_s;
    QTest::newRow("refused, older {code, message} form")
        << u"post_created_rejected.json"_s << QString() << QJsonValue() << bad << QString();
    QTest::newRow("refused, problem form")
        << u"post_created_problem.json"_s << QString() << QJsonValue() << int(Error::Code::InvalidInput) << QString();
    QTest::newRow("id missing") << u"post_created.json"_s << u"data/id"_s << removed << bad << QString();
    QTest::newRow("id a number") << u"post_created.json"_s << u"data/id"_s << QJsonValue(1991900000000000001.0) << bad
                                 << QString();
    QTest::newRow("id not numeric") << u"post_created.json"_s << u"data/id"_s << QJsonValue(u"abc"_s) << bad
                                    << QString();
    QTest::newRow("id of 100 KiB") << u"post_created.json"_s << u"data/id"_s << QJsonValue(hugeDigits()) << bad
                                   << QString();
    QTest::newRow("data a string") << u"post_created.json"_s << u"data"_s << QJsonValue(u"1991900000000000001"_s) << bad
                                   << QString();
}

void TestXMapper::postCreated()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(int, errorCode);

    const QJsonDocument document = patchedDocument(fixture(file), path, value);
    QVERIFY(document.isObject());
    const auto result = xmapper::postCreated(document);
    if (errorCode >= 0) {
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().code()), errorCode);
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    QFETCH(QString, postId);
    QCOMPARE(result->remoteId, postId);
    QVERIFY(result->conversationRemoteId.isEmpty());
}

void TestXMapper::problems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QString>("firstText");

    const int bad = int(Error::Code::BadResponse);
    QTest::newRow("no errors") << u"dm_events_page.json"_s << QString() << QJsonValue() << QList<int>() << QString();
    QTest::newRow("problems of three types")
        << u"dm_events_partial.json"_s << QString() << QJsonValue()
        << QList<int>{int(Error::Code::Forbidden), int(Error::Code::InvalidInput), bad}
        << u"Sorry, you are not authorized"_s;
    QTest::newRow("v2.166 resource-not-found")
        << u"user_not_found.json"_s << QString() << QJsonValue() << QList<int>{int(Error::Code::NotFound)}
        << u"Could not find user with username"_s;
    QTest::newRow("client-forbidden") << u"dm_created_refused.json"_s << QString() << QJsonValue()
                                      << QList<int>{int(Error::Code::Forbidden)} << u"not allowed to send"_s;
    QTest::newRow("older {code, message}") << u"post_created_rejected.json"_s << QString() << QJsonValue()
                                           << QList<int>{bad} << u"Reply to this post is not allowed"_s;
    QTest::newRow("detail of 100 KiB: the title stands in")
        << u"user_not_found.json"_s << u"errors/0/detail"_s << QJsonValue(hugeText())
        << QList<int>{int(Error::Code::NotFound)} << u"Not Found Error"_s;
    QTest::newRow("entries that are not objects")
        << u"dm_events_page.json"_s << u"errors"_s
        << QJsonValue(QJsonArray{42, QJsonValue::Null, u"oops"_s, QJsonArray{}}) << QList<int>{bad, bad, bad, bad}
        << QString();
    QTest::newRow("type a number") << u"user_not_found.json"_s << u"errors/0/type"_s << QJsonValue(404)
                                   << QList<int>{bad} << u"Could not find user"_s;
    QTest::newRow("errors an object: not read")
        << u"user_not_found.json"_s << u"errors"_s << QJsonValue(QJsonObject{{"detail"_L1, u"x"_s}}) << QList<int>()
        << QString();
}

void TestXMapper::errorReading_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code"); // -1: the status decides
    QTest::addColumn<QString>("message");

    QTest::newRow("problem")
        << 400
        << R"({"title":"Invalid Request","detail":"The `id` query parameter value [x] is not valid","type":"https://api.x.com/2/problems/invalid-request"})"_ba
        << -1 << u"The `id` query parameter value [x] is not valid"_s;
    QTest::newRow("problem, title only") << 401 << R"({"title":"Unauthorized","type":"about:blank","status":401})"_ba
                                         << -1 << u"Unauthorized"_s;
    QTest::newRow("errors[]") << 429 << R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})"_ba << -1
                              << u"Rate limit exceeded"_s;
    QTest::newRow("errors[] of details")
        << 400 << R"({"errors":[{"detail":"one"},{"message":"two"},{"detail":"three"},{"detail":"four"}]})"_ba << -1
        << u"one; two; three"_s;
    QTest::newRow("420 is a rate limit") << 420 << R"({"errors":[{"code":420,"message":"Enhance Your Calm"}]})"_ba
                                         << int(Error::Code::RateLimited) << u"Enhance Your Calm"_s;
    QTest::newRow("not JSON") << 503 << "<html>Over capacity</html>"_ba << -1 << QString();
}

void TestXMapper::errorReading()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, message);
    const HttpClient::ErrorReading reading = xmapper::errorReading(status, body);
    QCOMPARE(reading.code.has_value() ? int(*reading.code) : -1, code);
    QCOMPARE(reading.message, message);
}

void TestXMapper::problems()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QList<int>, codes);
    QFETCH(QString, firstText);

    const QJsonDocument document = patchedDocument(fixture(file), path, value);
    QVERIFY(document.isObject());
    const QList<Error> errors = xmapper::problems(document);
    QList<int> actual;
    for (const Error &e : errors) {
        actual << int(e.code());
        QVERIFY(!e.message().isEmpty());
        QVERIFY(e.message().size() < 1000); // details are cut to a readable length
    }
    QCOMPARE(actual, codes);
    if (!firstText.isEmpty())
        QVERIFY2(errors.constFirst().message().contains(firstText), qPrintable(errors.constFirst().message()));
}

void TestXMapper::structuralErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Api>("api");

    const QList<std::pair<Api, const char *>> allApis{{Api::DmEvents, "dmEvents"},
                                                      {Api::Mentions, "mentions"},
                                                      {Api::User, "user"},
                                                      {Api::DmCreated, "dmCreated"},
                                                      {Api::PostCreated, "postCreated"}};
    // Not an object at all: every mapper refuses it.
    for (const char *file : {"top_level_array.json", "top_level_null.json", "top_level_string.json",
                             "top_level_number.json", "empty.json", "truncated.json", "html_error_page.json"}) {
        for (const auto &[api, name] : allApis)
            QTest::addRow("%s, %s", file, name) << u"hostile/"_s + QString::fromLatin1(file) << api;
    }
    // An object whose page structure is not the documented one.
    for (const char *file :
         {"data_object.json", "data_string.json", "data_null.json", "includes_array.json", "includes_users_object.json",
          "includes_media_string.json", "includes_tweets_object.json", "meta_array.json", "errors_object.json"}) {
        QTest::addRow("%s, dmEvents", file) << u"hostile/"_s + QString::fromLatin1(file) << Api::DmEvents;
        QTest::addRow("%s, mentions", file) << u"hostile/"_s + QString::fromLatin1(file) << Api::Mentions;
    }
}

void TestXMapper::structuralErrors()
{
    QFETCH(QString, file);
    QFETCH(Api, api);

    QVERIFY2(QFile::exists(dataDir() + file), qPrintable(file));
    const QJsonDocument document = fixture(file);
    std::optional<Error> error;
    switch (api) {
    case Api::DmEvents:
    case Api::Mentions: {
        const auto result = mapPage(api, document, context());
        if (!result.ok())
            error = result.error();
        break;
    }
    case Api::User: {
        const auto result = xmapper::user(document, accountId());
        if (!result.ok())
            error = result.error();
        break;
    }
    case Api::DmCreated: {
        const auto result = xmapper::dmCreated(document);
        if (!result.ok())
            error = result.error();
        break;
    }
    case Api::PostCreated: {
        const auto result = xmapper::postCreated(document);
        if (!result.ok())
            error = result.error();
        break;
    }
    }
    QVERIFY2(error.has_value(), "a body of the wrong shape must be an error, not an empty success");
    QCOMPARE(error->code(), Error::Code::BadResponse);
    QVERIFY(!error->message().isEmpty());
}

void TestXMapper::hostileFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Api>("api");
    QTest::addColumn<QStringList>("survivors"); ///< the events or posts still mapped
    QTest::addColumn<int>("warnings"); ///< one per item left out

    QTest::newRow("events missing a required field")
        << u"hostile/events_missing_fields.json"_s << Api::DmEvents << QStringList{u"1991403216548712453"_s} << 6;
    QTest::newRow("ids and references of the wrong form")
        << u"hostile/events_bad_ids.json"_s << Api::DmEvents << QStringList{u"1991403216548712453"_s} << 20;
    QTest::newRow("fields of the wrong type") << u"hostile/events_wrong_types.json"_s << Api::DmEvents
                                              << QStringList{u"1991403216548712453"_s, u"1991403216548712452"_s} << 22;
    QTest::newRow("times that are not RFC 3339")
        << u"hostile/created_at_bad.json"_s << Api::DmEvents
        << QStringList{u"1991403216548712453"_s, u"1991403216548712452"_s, u"1991403216548712451"_s} << 9;
    QTest::newRow("unknown event types") << u"hostile/events_unknown_types.json"_s << Api::DmEvents
                                         << QStringList{u"1991403216548712453"_s, u"1991403216548712300"_s} << 7;
    QTest::newRow("participant_ids of the wrong form")
        << u"hostile/participants_bad.json"_s << Api::DmEvents
        << QStringList{u"1991499999000000003"_s, u"1991499999000000002"_s} << 13;
    QTest::newRow("includes entries of the wrong form")
        << u"hostile/includes_bad_entries.json"_s << Api::DmEvents << QStringList{u"1991403216548712453"_s} << 13;
    QTest::newRow("mentions of the wrong form")
        << u"hostile/mentions_bad_posts.json"_s << Api::Mentions
        << QStringList{u"1991700000000000030"_s, u"1991700000000000029"_s, u"1991700000000000028"_s, ownRoot} << 11;
}

void TestXMapper::hostileFiles()
{
    QFETCH(QString, file);
    QFETCH(Api, api);
    QFETCH(QStringList, survivors);
    QFETCH(int, warnings);

    const QJsonDocument document = fixture(file);
    QVERIFY2(document.isObject(), qPrintable(file));
    const xmapper::Context ctx = context();
    const auto result = mapPage(api, document, ctx);
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    VERIFY_PAGE(result.value(), ctx, api);
    QCOMPARE(eventIds(result.value()), sorted(survivors));
    QCOMPARE(result->warnings.size(), warnings);
}

void TestXMapper::hostileDetails()
{
    const xmapper::Context ctx = context();

    // Times with an offset or other precision are read, and stored in UTC.
    auto times = xmapper::dmEvents(fixture(u"hostile/created_at_bad.json"_s), ctx);
    QVERIFY(times.ok());
    const Message *offset = findMessage(times.value(), u"1991403216548712453"_s);
    const Message *seconds = findMessage(times.value(), u"1991403216548712452"_s);
    const Message *micro = findMessage(times.value(), u"1991403216548712451"_s);
    QVERIFY(offset && seconds && micro);
    QCOMPARE(offset->createdAt, utc(2026, 11, 20, 9, 41, 12));
    QCOMPARE(seconds->createdAt, utc(2026, 11, 20, 9, 41, 13));
    QCOMPARE(micro->createdAt, utc(2026, 11, 20, 9, 41, 14, 123));

    // Junk inside containers of the right type is skipped, the rest of the event is kept.
    auto junk = xmapper::dmEvents(fixture(u"hostile/events_wrong_types.json"_s), ctx);
    QVERIFY(junk.ok());
    const Message *kept = findMessage(junk.value(), u"1991403216548712452"_s);
    QVERIFY(kept);
    QCOMPARE(kept->attachments.size(), 1); // the media key is not in includes; one post id is valid
    QCOMPARE(kept->attachments.constFirst().remoteId, u"1991555555555555555"_s);

    // People and media with odd optional fields keep their required ones only.
    auto includes = xmapper::dmEvents(fixture(u"hostile/includes_bad_entries.json"_s), ctx);
    QVERIFY(includes.ok());
    QCOMPARE(includes->people.size(), 2);
    const Identity *erinPerson = findPerson(includes.value(), erin);
    QVERIFY(erinPerson);
    QCOMPARE(erinPerson->displayName, u"erin_e"_s);
    QVERIFY(erinPerson->avatarUrl.isEmpty());
    QVERIFY(erinPerson->bio.isEmpty());
    QCOMPARE(erinPerson->followersCount, -1);
    QVERIFY(!findPerson(includes.value(), bob));
    QVERIFY(!findPerson(includes.value(), carol));
    const Message &photo = includes->messages.constFirst();
    QCOMPARE(photo.attachments.size(), 2);
    QCOMPARE(photo.attachments.at(0).kind, Attachment::Kind::Image);
    QCOMPARE(photo.attachments.at(0).width, 0); // "1200" is not a number
    QCOMPARE(photo.attachments.at(0).height, 0); // 1600.5 is not a whole number
    QVERIFY(photo.attachments.at(0).altText.isEmpty());
    QCOMPARE(photo.attachments.at(1).kind, Attachment::Kind::Other); // the shared post
    QVERIFY(photo.attachments.at(1).altText.isEmpty()); // its text was an object

    // Mentions: a garbage thread id makes the post its own thread; junk references are no reply.
    auto mentions = xmapper::mentions(fixture(u"hostile/mentions_bad_posts.json"_s), ctx);
    QVERIFY(mentions.ok());
    const Message *badThread = findMessage(mentions.value(), u"1991700000000000029"_s);
    const Message *junkReferences = findMessage(mentions.value(), u"1991700000000000028"_s);
    const Message *reply = findMessage(mentions.value(), u"1991700000000000030"_s);
    const Message *root = findMessage(mentions.value(), ownRoot);
    QVERIFY(badThread && junkReferences && reply && root);
    QCOMPARE(badThread->conversationRemoteId, u"1991700000000000029"_s);
    QVERIFY(junkReferences->replyToRemoteId.isEmpty());
    QCOMPARE(reply->replyToRemoteId, ownRoot);
    QCOMPARE(root->kind, Message::Kind::OwnPost);
}

void TestXMapper::hostilePatches_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Api>("api");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("target");

    // Alice's photo message, the second event of dm_events_page.json.
    const auto dm = [](const char *name, const char *field, const QJsonValue &value, Outcome outcome) {
        const QString path = field[0] ? u"data/1/"_s + QString::fromLatin1(field) : u"data/1"_s;
        QTest::addRow("dm: %s", name) << u"dm_events_page.json"_s << Api::DmEvents << path << value << outcome
                                      << pageEvent2;
    };
    const auto dmPage = [](const char *name, const char *path, const QJsonValue &value, Outcome outcome) {
        QTest::addRow("dm page: %s", name)
            << u"dm_events_page.json"_s << Api::DmEvents << QString::fromLatin1(path) << value << outcome << pageEvent2;
    };
    // Erin's join, the second event of dm_events_group.json.
    const auto join = [](const char *name, const char *field, const QJsonValue &value, Outcome outcome) {
        QTest::addRow("join: %s", name) << u"dm_events_group.json"_s << Api::DmEvents
                                        << u"data/1/"_s + QString::fromLatin1(field) << value << outcome
                                        << groupJoinErin;
    };
    // Alice's mention, the first post of mentions_page.json (a thread of its own).
    const auto mention = [](const char *name, const char *field, const QJsonValue &value, Outcome outcome,
                            const QString &file = u"mentions_page.json"_s) {
        const QString path = field[0] ? u"data/0/"_s + QString::fromLatin1(field) : u"data/0"_s;
        QTest::addRow("mention: %s (%s)", name, qPrintable(file))
            << file << Api::Mentions << path << value << outcome << mentionAlice;
    };
    const auto mentionsPage = [](const char *name, const char *path, const QJsonValue &value, Outcome outcome) {
        QTest::addRow("mentions page: %s", name) << u"mentions_page.json"_s << Api::Mentions
                                                 << QString::fromLatin1(path) << value << outcome << mentionAlice;
    };
    const QJsonValue null(QJsonValue::Null);
    const QString maxText(json::maxStringLength, u'x');

    // --- A DM event: what it needs, what it may lack.
    dm("id missing", "id", removed, Outcome::Dropped);
    dm("id a number", "id", QJsonValue(1991402210987654321.0), Outcome::Dropped);
    dm("id of 20 digits", "id", QJsonValue(u"19914022109876543210"_s), Outcome::Dropped);
    dm("id empty", "id", QJsonValue(u""_s), Outcome::Dropped);
    dm("id not numeric", "id", QJsonValue(u"dm-1991402210987654321"_s), Outcome::Dropped);
    dm("id negative", "id", QJsonValue(u"-1991402210987654321"_s), Outcome::Dropped);
    dm("id of 100 KiB", "id", QJsonValue(hugeDigits()), Outcome::Dropped);
    dm("event_type missing", "event_type", removed, Outcome::Dropped);
    dm("event_type a number", "event_type", QJsonValue(1), Outcome::Dropped);
    dm("event_type null", "event_type", null, Outcome::Dropped);
    dm("event_type unknown", "event_type", QJsonValue(u"MessageDelete"_s), Outcome::Dropped);
    dm("event_type in lower case", "event_type", QJsonValue(u"messagecreate"_s), Outcome::Dropped);
    dm("event_type of 100 KiB", "event_type", QJsonValue(hugeText()), Outcome::Dropped);
    dm("sender_id missing", "sender_id", removed, Outcome::Dropped);
    dm("sender_id a number", "sender_id", QJsonValue(1187654321098765432.0), Outcome::Dropped);
    dm("sender_id a handle", "sender_id", QJsonValue(u"alice_makes"_s), Outcome::Dropped);
    dm("sender_id of 20 digits", "sender_id", QJsonValue(u"11876543210987654320"_s), Outcome::Dropped);
    dm("sender_id of 100 KiB", "sender_id", QJsonValue(hugeDigits()), Outcome::Dropped);
    dm("dm_conversation_id missing", "dm_conversation_id", removed, Outcome::Dropped);
    dm("dm_conversation_id a number", "dm_conversation_id", QJsonValue(1863301122334455667.0), Outcome::Dropped);
    dm("dm_conversation_id empty", "dm_conversation_id", QJsonValue(u""_s), Outcome::Dropped);
    dm("dm_conversation_id of words", "dm_conversation_id", QJsonValue(u"abc-def"_s), Outcome::Dropped);
    dm("dm_conversation_id of three ids", "dm_conversation_id", QJsonValue(u"1-2-3"_s), Outcome::Dropped);
    dm("dm_conversation_id half a pair", "dm_conversation_id", QJsonValue(u"-1501234567890123456"_s), Outcome::Dropped);
    dm("dm_conversation_id an array", "dm_conversation_id", QJsonValue(QJsonArray{alice, own}), Outcome::Dropped);
    dm("dm_conversation_id of 100 KiB", "dm_conversation_id", QJsonValue(hugeDigits()), Outcome::Dropped);
    dm("created_at missing", "created_at", removed, Outcome::Dropped);
    dm("created_at a number", "created_at", QJsonValue(1763631672000.0), Outcome::Dropped);
    dm("created_at not a time", "created_at", QJsonValue(u"yesterday"_s), Outcome::Dropped);
    // Times no clock explains are bad fields; a clock a little ahead of ours is not (futureTimes).
    const auto fromNow = [](qint64 secs) {
        return QJsonValue(QDateTime::currentDateTimeUtc().addSecs(secs).toString(Qt::ISODateWithMs));
    };
    dm("created_at year 9999", "created_at", QJsonValue(u"9999-12-31T00:00:00Z"_s), Outcome::Dropped);
    dm("created_at year 2249", "created_at", QJsonValue(u"2249-01-01T00:00:00.000Z"_s), Outcome::Dropped);
    dm("created_at year 0001", "created_at", QJsonValue(u"0001-01-01T00:00:00Z"_s), Outcome::Dropped);
    dm("created_at the epoch", "created_at", QJsonValue(u"1970-01-01T00:00:00.000Z"_s), Outcome::Dropped);
    dm("created_at two days ahead", "created_at", fromNow(2 * 24 * 3600), Outcome::Dropped);
    dm("created_at an hour ahead", "created_at", fromNow(3600), Outcome::Kept);
    dm("created_at month 13", "created_at", QJsonValue(u"2026-13-20T09:41:12.000Z"_s), Outcome::Dropped);
    dm("created_at a date only", "created_at", QJsonValue(u"2026-11-20"_s), Outcome::Dropped);
    dm("created_at without an offset", "created_at", QJsonValue(u"2026-11-20T09:41:12.000"_s), Outcome::Dropped);
    dm("created_at an object", "created_at", QJsonValue(QJsonObject{{"$date"_L1, u"2026"_s}}), Outcome::Dropped);
    dm("created_at of 100 KiB", "created_at", QJsonValue(QString(u"2026-11-20T09:41:12.000Z"_s + hugeText())),
       Outcome::Dropped);
    dm("text a number", "text", QJsonValue(42), Outcome::Dropped);
    dm("text an object", "text", QJsonValue(QJsonObject{{"value"_L1, u"hi"_s}}), Outcome::Dropped);
    dm("text an array", "text", QJsonValue(QJsonArray{u"hi"_s}), Outcome::Dropped);
    dm("text null", "text", null, Outcome::Dropped);
    dm("text a boolean", "text", QJsonValue(true), Outcome::Dropped);
    dm("text of 100 KiB", "text", QJsonValue(hugeText()), Outcome::Dropped);
    dm("text of 64 KiB + 1", "text", QJsonValue(QString(maxText + u'x')), Outcome::Dropped);
    dm("attachments an array", "attachments", QJsonValue(QJsonArray{u"3_1991402200000000001"_s}), Outcome::Dropped);
    dm("attachments a string", "attachments", QJsonValue(u"3_1991402200000000001"_s), Outcome::Dropped);
    dm("media_keys an object", "attachments/media_keys", QJsonValue(QJsonObject{{"0"_L1, u"3_1"_s}}), Outcome::Dropped);
    dm("media_keys a string", "attachments/media_keys", QJsonValue(u"3_1991402200000000001"_s), Outcome::Dropped);
    dm("media_keys of numbers", "attachments/media_keys", QJsonValue(QJsonArray{3}), Outcome::Dropped);
    dm("referenced_tweets an object", "referenced_tweets", QJsonValue(QJsonObject{{"id"_L1, quotedPost}}),
       Outcome::Dropped);
    dm("referenced_tweets a string", "referenced_tweets", QJsonValue(quotedPost), Outcome::Dropped);
    dm("referenced_posts an object", "referenced_posts", QJsonValue(QJsonObject{{"id"_L1, quotedPost}}),
       Outcome::Dropped);
    dm("the event a string", "", QJsonValue(u"MessageCreate"_s), Outcome::Dropped);
    dm("the event null", "", null, Outcome::Dropped);
    dm("the event a number", "", QJsonValue(7), Outcome::Dropped);
    dm("the event an array", "", QJsonValue(QJsonArray{u"MessageCreate"_s}), Outcome::Dropped);
    dm("the event empty", "", QJsonValue(QJsonObject{}), Outcome::Dropped);

    dm("text missing: attachment only", "text", removed, Outcome::Kept);
    dm("text of exactly 64 KiB", "text", QJsonValue(maxText), Outcome::Kept);
    dm("text with NUL and bidi controls", "text", QJsonValue(u"a\u0000b\u202Ec\u2066d"_s), Outcome::Kept);
    dm("created_at with an offset", "created_at", QJsonValue(u"2026-11-20T15:11:12.000+05:30"_s), Outcome::Kept);
    dm("attachments null (nullable in v2.167)", "attachments", null, Outcome::Kept);
    dm("media_keys null (nullable in v2.167)", "attachments/media_keys", null, Outcome::Kept);
    dm("media key not in includes", "attachments/media_keys", QJsonValue(QJsonArray{u"3_1"_s}), Outcome::Kept);
    dm("referenced_tweets with junk entries", "referenced_tweets",
       QJsonValue(QJsonArray{42, u"x"_s, QJsonObject{{"id"_L1, 5}}, QJsonObject{}}), Outcome::Kept);
    dm("sender not in includes.users", "sender_id", QJsonValue(dave), Outcome::Kept);
    dm("a group conversation id", "dm_conversation_id", QJsonValue(group), Outcome::Kept);
    dm("participant_ids on a message (before 2025-06) are ignored", "participant_ids",
       QJsonValue(QJsonArray{alice, own}), Outcome::Kept);
    dm("an unknown field, nested 200 deep", "x_future", nestedObjects(200), Outcome::Kept);

    // --- The page around the events.
    dmPage("data an object", "data", QJsonValue(QJsonObject{}), Outcome::Error);
    dmPage("data a string", "data", QJsonValue(u"[]"_s), Outcome::Error);
    dmPage("data null", "data", null, Outcome::Error);
    dmPage("includes an array", "includes", QJsonValue(QJsonArray{}), Outcome::Error);
    dmPage("includes a string", "includes", QJsonValue(u"users"_s), Outcome::Error);
    dmPage("includes.users an object", "includes/users", QJsonValue(QJsonObject{{alice, u"alice_makes"_s}}),
           Outcome::Error);
    dmPage("includes.media a string", "includes/media", QJsonValue(u"3_1991402200000000001"_s), Outcome::Error);
    dmPage("includes.tweets an object", "includes/tweets", QJsonValue(QJsonObject{}), Outcome::Error);
    dmPage("includes.posts a number", "includes/posts", QJsonValue(0), Outcome::Error);
    dmPage("meta a string", "meta", QJsonValue(pageToken), Outcome::Error);
    dmPage("errors an object", "errors", QJsonValue(QJsonObject{{"detail"_L1, u"x"_s}}), Outcome::Error);
    dmPage("includes missing: no people, no media", "includes", removed, Outcome::Kept);
    dmPage("includes.users empty", "includes/users", QJsonValue(QJsonArray{}), Outcome::Kept);
    dmPage("an unknown top-level field", "x_debug", QJsonValue(QJsonObject{{"trace"_L1, u"abc"_s}}), Outcome::Kept);

    // --- A membership event.
    join("participant_ids missing", "participant_ids", removed, Outcome::Dropped);
    join("participant_ids empty", "participant_ids", QJsonValue(QJsonArray{}), Outcome::Dropped);
    join("participant_ids a string", "participant_ids", QJsonValue(erin), Outcome::Dropped);
    join("participant_ids of numbers", "participant_ids", QJsonValue(QJsonArray{1609876543210987654.0}),
         Outcome::Dropped);
    join("participant_ids of handles", "participant_ids", QJsonValue(QJsonArray{u"erin_e"_s}), Outcome::Dropped);
    join("participant_ids one good, one bad", "participant_ids", QJsonValue(QJsonArray{erin, u"erin_e"_s}),
         Outcome::Dropped);
    join("participant_ids of 20 digits", "participant_ids", QJsonValue(QJsonArray{QString(erin + u'0')}),
         Outcome::Dropped);
    join("participant_ids with null", "participant_ids", QJsonValue(QJsonArray{erin, QJsonValue::Null}),
         Outcome::Dropped);
    join("participant_ids an object", "participant_ids", QJsonValue(QJsonObject{{"0"_L1, erin}}), Outcome::Dropped);
    join("participant_ids with an empty id", "participant_ids", QJsonValue(QJsonArray{u""_s}), Outcome::Dropped);
    join("participant_ids of 100 KiB", "participant_ids", QJsonValue(QJsonArray{hugeDigits()}), Outcome::Dropped);
    join("created_at not a time", "created_at", QJsonValue(u"10:04"_s), Outcome::Dropped);
    join("dm_conversation_id missing", "dm_conversation_id", removed, Outcome::Dropped);
    join("event_type misspelt", "event_type", QJsonValue(u"ParticipantsJoined"_s), Outcome::Dropped);
    join("created_at year 9999", "created_at", QJsonValue(u"9999-12-31T00:00:00Z"_s), Outcome::Dropped);
    join("participant_ids with our own id", "participant_ids", QJsonValue(QJsonArray{erin, own}), Outcome::Kept);
    join("sender_id on a join is ignored", "sender_id", QJsonValue(carol), Outcome::Kept);

    // --- A mention, in both spellings.
    for (const QString &file : {u"mentions_page.json"_s, u"mentions_page_posts.json"_s}) {
        mention("id missing", "id", removed, Outcome::Dropped, file);
        mention("id a number", "id", QJsonValue(1991700000000000030.0), Outcome::Dropped, file);
        mention("author_id missing", "author_id", removed, Outcome::Dropped, file);
        mention("text of 100 KiB", "text", QJsonValue(hugeText()), Outcome::Dropped, file);
        mention("created_at without an offset", "created_at", QJsonValue(u"2026-11-22T12:00:00"_s), Outcome::Dropped,
                file);
        mention("created_at year 9999", "created_at", QJsonValue(u"9999-12-31T00:00:00.000Z"_s), Outcome::Dropped,
                file);
        mention("created_at year 0001", "created_at", QJsonValue(u"0001-01-01T00:00:00.000Z"_s), Outcome::Dropped,
                file);
        mention("attachments an array", "attachments", QJsonValue(QJsonArray{u"3_1991700000000000031"_s}),
                Outcome::Dropped, file);
        mention("conversation_id not an id: its own thread", "conversation_id", QJsonValue(u"thread"_s), Outcome::Kept,
                file);
    }
    mention("id of 20 digits", "id", QJsonValue(u"19917000000000000300"_s), Outcome::Dropped);
    mention("author_id a number", "author_id", QJsonValue(1187654321098765432.0), Outcome::Dropped);
    mention("author_id a handle", "author_id", QJsonValue(u"alice_makes"_s), Outcome::Dropped);
    mention("text missing", "text", removed, Outcome::Dropped);
    mention("text a number", "text", QJsonValue(280), Outcome::Dropped);
    mention("created_at missing", "created_at", removed, Outcome::Dropped);
    mention("created_at not a time", "created_at", QJsonValue(u"12:00"_s), Outcome::Dropped);
    mention("media_keys an object", "attachments/media_keys", QJsonValue(QJsonObject{}), Outcome::Dropped);
    mention("referenced_tweets an object", "referenced_tweets",
            QJsonValue(QJsonObject{{"type"_L1, u"quoted"_s}, {"id"_L1, quotedPost}}), Outcome::Dropped);
    mention("referenced_posts a string", "referenced_posts", QJsonValue(quotedPost), Outcome::Dropped,
            u"mentions_page_posts.json"_s);
    mention("the post a string", "", QJsonValue(mentionAlice), Outcome::Dropped);
    mention("the post null", "", null, Outcome::Dropped);
    mention("referenced_tweets of an unknown type", "referenced_tweets",
            QJsonValue(QJsonArray{QJsonObject{{"type"_L1, u"bookmarked"_s}, {"id"_L1, quotedPost}}}), Outcome::Kept);
    mention("lang a number", "lang", QJsonValue(7), Outcome::Kept);
    mention("entities nested 200 deep", "entities", nestedArrays(200), Outcome::Kept);

    mentionsPage("data an object", "data", QJsonValue(QJsonObject{}), Outcome::Error);
    mentionsPage("includes.tweets an object", "includes/tweets", QJsonValue(QJsonObject{}), Outcome::Error);
    mentionsPage("includes.users a string", "includes/users", QJsonValue(alice), Outcome::Error);
    mentionsPage("meta an array", "meta", QJsonValue(QJsonArray{}), Outcome::Error);
    mentionsPage("errors a string", "errors", QJsonValue(u"Not Found"_s), Outcome::Error);
}

void TestXMapper::hostilePatches()
{
    QFETCH(QString, file);
    QFETCH(Api, api);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(Outcome, outcome);
    QFETCH(QString, target);

    const QJsonDocument base = fixture(file);
    QVERIFY(base.isObject());
    const xmapper::Context ctx = context();
    const auto before = mapPage(api, base, ctx);
    QVERIFY(before.ok());
    QVERIFY(eventIds(before.value()).contains(target));

    const QJsonDocument document = patchedDocument(base, path, value);
    QVERIFY2(document.isObject(), "the patched fixture must still parse");
    const auto result = mapPage(api, document, ctx);

    if (outcome == Outcome::Error) {
        QVERIFY2(!result.ok(), "a page of the wrong shape must be refused as a whole");
        QCOMPARE(result.error().code(), Error::Code::BadResponse);
        return;
    }
    QVERIFY2(result.ok(), result.ok() ? "" : describe(result.error()).constData());
    const FetchedPage &page = result.value();
    VERIFY_PAGE(page, ctx, api);
    const QStringList ids = eventIds(page);
    if (outcome == Outcome::Dropped) {
        QVERIFY2(!ids.contains(target), "the bad item must be left out entirely");
        QStringList expected = eventIds(before.value());
        expected.removeOne(target);
        QCOMPARE(ids, expected); // and nothing else is lost
        QCOMPARE(page.warnings.size(), before->warnings.size() + 1);
    } else {
        QCOMPARE(ids, eventIds(before.value()));
        QCOMPARE(page.warnings.size(), before->warnings.size());
    }
}

// A media key named again is the same media, and X attaches at most four: a page that names one
// long alt text a thousand times gets it once per message, so it cannot fill the store.
void TestXMapper::mediaKeysBounded()
{
    QJsonArray media;
    for (const QString &key : {u"k"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s})
        media.append(QJsonObject{{u"media_key"_s, key}, {u"type"_s, u"photo"_s}, {u"alt_text"_s, QString(1000, u'A')}});
    QJsonArray keys;
    for (int i = 0; i < 1000; ++i)
        keys.append(u"k"_s);
    for (const QString &key : {u"a"_s, u"b"_s, u"k"_s, u"c"_s, u"d"_s})
        keys.append(key);
    const QJsonObject event{{u"id"_s, u"1991400000000000100"_s},
                            {u"event_type"_s, u"MessageCreate"_s},
                            {u"dm_conversation_id"_s, QString(own + u"-1991400000000000001"_s)},
                            {u"created_at"_s, u"2026-05-01T12:00:00.000Z"_s},
                            {u"sender_id"_s, u"1991400000000000001"_s},
                            {u"text"_s, u"x"_s},
                            {u"attachments"_s, QJsonObject{{u"media_keys"_s, keys}}}};
    const QJsonDocument document(
        QJsonObject{{u"data"_s, QJsonArray{event}}, {u"includes"_s, QJsonObject{{u"media"_s, media}}}});
    const auto page = xmapper::dmEvents(document, context());
    QVERIFY2(page.ok(), page.ok() ? "" : describe(page.error()).constData());
    QCOMPARE(page->messages.size(), 1);
    QStringList attached;
    for (const Attachment &a : page->messages.first().attachments)
        attached << a.remoteId;
    QCOMPARE(attached, (QStringList{u"k"_s, u"a"_s, u"b"_s, u"c"_s}));
}

void TestXMapper::deepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Api>("api");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("messages");

    const QJsonValue page(fixture(u"dm_events_page.json"_s).object());
    const auto nested = [](int depth) -> QByteArray { return QByteArray(depth, '[') + QByteArray(depth, ']'); };
    // The body as text, with no parse in between: the parser's own limit is part of the test.
    const auto patchedBody = [&](const QString &path, const QJsonValue &value) {
        return QJsonDocument(patched(page, path.split(u'/'), value).toObject()).toJson(QJsonDocument::Compact);
    };

    // Past Qt's nesting limit the parser gives up: a null document, refused as not an object.
    QTest::newRow("5000 nested arrays as the body, dmEvents") << nested(5000) << Api::DmEvents << false << 0;
    QTest::newRow("5000 nested arrays as the body, mentions") << nested(5000) << Api::Mentions << false << 0;
    QTest::newRow("5000 nested arrays as the body, user") << nested(5000) << Api::User << false << 0;
    QTest::newRow("2000 nested arrays in an unknown field")
        << patchedBody(u"data/0/x_future"_s, nestedArrays(2000)) << Api::DmEvents << false << 0;
    QTest::newRow("2000 nested objects as a user")
        << patchedBody(u"includes/users/0"_s, nestedObjects(2000)) << Api::DmEvents << false << 0;
    // Within the limit the structure is read: unknown fields are ignored, known ones type-checked.
    QTest::newRow("500 nested arrays in an unknown field")
        << patchedBody(u"data/0/x_future"_s, nestedArrays(500)) << Api::DmEvents << true << 5;
    QTest::newRow("500 nested arrays as the sender")
        << patchedBody(u"data/0/sender_id"_s, nestedArrays(500)) << Api::DmEvents << true << 4;
    QTest::newRow("500 nested objects as the text")
        << patchedBody(u"data/0/text"_s, nestedObjects(500)) << Api::DmEvents << true << 4;
    QTest::newRow("500 nested objects as media_keys")
        << patchedBody(u"data/1/attachments/media_keys"_s, nestedObjects(500)) << Api::DmEvents << true << 4;
}

void TestXMapper::deepNesting()
{
    QFETCH(QByteArray, body);
    QFETCH(Api, api);
    QFETCH(bool, ok);
    QFETCH(int, messages);

    const QJsonDocument document = QJsonDocument::fromJson(body);
    const xmapper::Context ctx = context();
    if (api == Api::User) {
        QVERIFY(!xmapper::user(document, accountId()).ok());
        return;
    }
    const auto result = mapPage(api, document, ctx);
    QCOMPARE(result.ok(), ok);
    if (!ok)
        return;
    VERIFY_PAGE(result.value(), ctx, api);
    QCOMPARE(result->messages.size(), messages);
}

void TestXMapper::futureTimes()
{
    // A server clock a little ahead of ours: the message is real and kept, dated when it arrived,
    // so it does not sit above everything newer in the inbox for hours.
    const xmapper::Context ctx = context();
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QJsonValue ahead(before.addSecs(3 * 3600).toString(Qt::ISODateWithMs));
    const auto dm =
        xmapper::dmEvents(patchedDocument(fixture(u"dm_events_page.json"_s), u"data/1/created_at"_s, ahead), ctx);
    const auto join =
        xmapper::dmEvents(patchedDocument(fixture(u"dm_events_group.json"_s), u"data/1/created_at"_s, ahead), ctx);
    const auto mention =
        xmapper::mentions(patchedDocument(fixture(u"mentions_page.json"_s), u"data/0/created_at"_s, ahead), ctx);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(dm.ok() && join.ok() && mention.ok());

    const Message *message = findMessage(dm.value(), pageEvent2);
    QVERIFY(message);
    QVERIFY(message->createdAt >= before && message->createdAt <= after);
    QCOMPARE(message->createdAt.timeSpec(), Qt::UTC);
    for (const Conversation &c : dm->conversations)
        QVERIFY(c.lastActivity <= after);

    const auto erin = std::find_if(join->membershipChanges.cbegin(), join->membershipChanges.cend(),
                                   [](const MembershipChange &c) { return c.remoteId == groupJoinErin; });
    QVERIFY(erin != join->membershipChanges.cend());
    QVERIFY(erin->at >= before && erin->at <= after);

    const Message *post = findMessage(mention.value(), mentionAlice);
    QVERIFY(post);
    QVERIFY(post->createdAt >= before && post->createdAt <= after);
}

void TestXMapper::plainText_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("text");
    QTest::newRow("the three escapes") << u"a &amp; b &lt;c&gt;"_s << u"a & b <c>"_s;
    QTest::newRow("decoded once") << u"&amp;amp; &amp;lt; &amp;gt;"_s << u"&amp; &lt; &gt;"_s;
    QTest::newRow("twice escaped") << u"&amp;amp;amp;"_s << u"&amp;amp;"_s;
    QTest::newRow("back to back") << u"&lt;&lt;&amp;&gt;&gt;"_s << u"<<&>>"_s;
    QTest::newRow("other references are what was written")
        << u"&quot; &#39; &#38; &apos; &nbsp; &hellip;"_s << u"&quot; &#39; &#38; &apos; &nbsp; &hellip;"_s;
    QTest::newRow("upper case is not X's") << u"&AMP; &Lt;"_s << u"&AMP; &Lt;"_s;
    QTest::newRow("without the ;") << u"&amp &lt"_s << u"&amp &lt"_s;
    QTest::newRow("a bare &") << u"fish & chips &"_s << u"fish & chips &"_s;
    QTest::newRow("at the ends") << u"&gt;x&lt;"_s << u">x<"_s;
    QTest::newRow("emoji around") << u"\U0001F9E5&amp;\U0001F9E5"_s << u"\U0001F9E5&\U0001F9E5"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("64k escapes") << u"&amp;"_s.repeated(64 * 1024) << QString(64 * 1024, u'&');
}

void TestXMapper::plainText()
{
    QFETCH(QString, wire);
    QFETCH(QString, text);
    QCOMPARE(xmapper::plainText(wire), text);
}

void TestXMapper::jsonTime_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    QTest::newRow("X's form, milliseconds and Z")
        << QJsonValue(u"2026-11-20T09:41:12.000Z"_s) << utc(2026, 11, 20, 9, 41, 12);
    QTest::newRow("no fraction") << QJsonValue(u"2026-11-20T09:41:12Z"_s) << utc(2026, 11, 20, 9, 41, 12);
    QTest::newRow("microseconds") << QJsonValue(u"2026-11-20T09:41:12.123456Z"_s) << utc(2026, 11, 20, 9, 41, 12, 123);
    QTest::newRow("positive offset") << QJsonValue(u"2026-11-20T11:41:12.000+02:00"_s) << utc(2026, 11, 20, 9, 41, 12);
    QTest::newRow("negative offset across midnight")
        << QJsonValue(u"2026-11-19T23:41:12-10:00"_s) << utc(2026, 11, 20, 9, 41, 12);
    QTest::newRow("no offset: local time is not a time") << QJsonValue(u"2026-11-20T09:41:12.000"_s) << QDateTime();
    QTest::newRow("a date only") << QJsonValue(u"2026-11-20"_s) << QDateTime();
    QTest::newRow("a time only") << QJsonValue(u"09:41:12Z"_s) << QDateTime();
    QTest::newRow("month 13") << QJsonValue(u"2026-13-20T09:41:12.000Z"_s) << QDateTime();
    QTest::newRow("hour 25") << QJsonValue(u"2026-11-20T25:41:12.000Z"_s) << QDateTime();
    QTest::newRow("v1.1 form") << QJsonValue(u"Fri Nov 20 09:41:12 +0000 2026"_s) << QDateTime();
    QTest::newRow("empty") << QJsonValue(u""_s) << QDateTime();
    QTest::newRow("epoch milliseconds") << QJsonValue(1763631672000.0) << QDateTime();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("valid, then 100 KiB") << QJsonValue(QString(u"2026-11-20T09:41:12.000Z"_s + hugeText()))
                                         << QDateTime();
    // The window a message time must fall in (JsonFields.h), with "now" at 2026-12-01T12:00Z.
    const QDateTime now = utc(2026, 12, 1, 12, 0, 0);
    QTest::newRow("year 9999") << QJsonValue(u"9999-12-31T00:00:00Z"_s) << QDateTime();
    QTest::newRow("year 2249, past what an id holds") << QJsonValue(u"2249-01-01T00:00:00.000Z"_s) << QDateTime();
    QTest::newRow("year 0001") << QJsonValue(u"0001-01-01T00:00:00Z"_s) << QDateTime();
    QTest::newRow("the epoch") << QJsonValue(u"1970-01-01T00:00:00.000Z"_s) << QDateTime();
    QTest::newRow("the last second of 2005") << QJsonValue(u"2005-12-31T23:59:59Z"_s) << QDateTime();
    QTest::newRow("the first second of 2006") << QJsonValue(u"2006-01-01T00:00:00Z"_s) << utc(2006, 1, 1, 0, 0, 0);
    QTest::newRow("2006 by its offset only") << QJsonValue(u"2005-12-31T23:00:00-01:00"_s) << utc(2006, 1, 1, 0, 0, 0);
    QTest::newRow("now") << QJsonValue(u"2026-12-01T12:00:00Z"_s) << now;
    QTest::newRow("an hour ahead: read as now") << QJsonValue(u"2026-12-01T13:00:00.000Z"_s) << now;
    QTest::newRow("ahead by a wrong offset: read as now") << QJsonValue(u"2026-12-01T23:00:00+10:00"_s) << now;
    QTest::newRow("a day ahead: read as now") << QJsonValue(u"2026-12-02T12:00:00Z"_s) << now;
    QTest::newRow("a day and a second ahead") << QJsonValue(u"2026-12-02T12:00:01Z"_s) << QDateTime();
}

void TestXMapper::jsonTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    const auto time = json::time(QJsonObject{{"t"_L1, value}}, "t"_L1, utc(2026, 12, 1, 12, 0, 0));
    QCOMPARE(time.has_value(), expected.isValid());
    if (time) {
        QCOMPARE(*time, expected);
        QCOMPARE(time->timeSpec(), Qt::UTC);
    }
}

void TestXMapper::jsonInteger_data()
{
    QTest::addColumn<QByteArray>("json"); // the value, as it appears on the wire
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("42") << QByteArray("42") << true << qint64(42);
    QTest::newRow("-1") << QByteArray("-1") << true << qint64(-1);
    QTest::newRow("0") << QByteArray("0") << true << qint64(0);
    QTest::newRow("2^53") << QByteArray("9007199254740992") << true << qint64(9007199254740992);
    QTest::newRow("1e18") << QByteArray("1e18") << true << qint64(1000000000000000000);
    QTest::newRow("a fraction") << QByteArray("3.5") << false << qint64(0);
    QTest::newRow("a string of digits") << QByteArray("\"42\"") << false << qint64(0);
    QTest::newRow("true") << QByteArray("true") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    // Converting these to qint64 would be undefined behaviour: they must be refused first.
    QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("-1e300") << QByteArray("-1e300") << false << qint64(0);
    QTest::newRow("2^63, the first beyond qint64") << QByteArray("9223372036854775808") << false << qint64(0);
    QTest::newRow("a 25-digit integer") << QByteArray("1234567890123456789012345") << false << qint64(0);
}

void TestXMapper::jsonInteger()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);

    const QJsonDocument document = QJsonDocument::fromJson("{\"n\": " + json + "}");
    QVERIFY(document.isObject());
    const auto value = json::integer(document.object(), "n"_L1);
    QCOMPARE(value.has_value(), valid);
    if (value)
        QCOMPARE(*value, expected);
}

void TestXMapper::numericIds_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // sign of compareNumericIds(a, b)

    QTest::newRow("equal") << pageEvent1 << pageEvent1 << 0;
    QTest::newRow("same length") << pageEvent2 << pageEvent1 << -1;
    QTest::newRow("shorter is smaller, whatever the digits") << u"999999999999999999"_s << pageEvent1 << -1;
    QTest::newRow("longer is larger") << pageEvent1 << u"999"_s << 1;
    QTest::newRow("leading zeros do not count") << u"000123"_s << u"123"_s << 0;
    QTest::newRow("zero") << u"0"_s << u"000"_s << 0;
    QTest::newRow("beyond 2^53, differing in the last digit") << u"9007199254740993"_s << u"9007199254740992"_s << 1;
}

void TestXMapper::numericIds()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);

    const int actual = json::compareNumericIds(a, b);
    QCOMPARE((actual > 0) - (actual < 0), order);
    const int reverse = json::compareNumericIds(b, a);
    QCOMPARE((reverse > 0) - (reverse < 0), -order);
}

QTEST_GUILESS_MAIN(TestXMapper)

#include "TestXMapper.moc"
