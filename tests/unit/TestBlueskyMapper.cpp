// SPDX-License-Identifier: GPL-3.0-or-later
// core/providers/bluesky/BlueskyMapper and core/text/BlueskyFacets: AT Protocol JSON → Starling
// domain values, facet byte offsets and record keys (TIDs).
//
// The bodies here are written by hand from the lexicons in specs/bluesky-lexicons
// (chat.bsky.convo.defs, app.bsky.notification.listNotifications, app.bsky.feed.defs,
// app.bsky.actor.defs, com.atproto.server.createSession…). Hostile shapes are made by patching a
// valid body. The rule (DESIGN.md, Errors): a body that is not the documented shape is an error;
// one bad item is left out with a warning; nothing malformed ever reaches a page (verifyPage).

#include "providers/bluesky/BlueskyMapper.h"
#include "text/BlueskyFacets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace starling;
namespace bm = starling::blueskymapper;

namespace {

const QString own = u"did:plc:ownaccount000000000000"_s;
const QString alice = u"did:plc:alice0000000000000000000"_s;
const QString bob = u"did:web:bob.example.com"_s;
const QUuid account = QUuid::fromString(u"{6a1c0f52-8d3e-4a4b-9b59-3c1e2f7d8a90}"_s);
const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());

bm::Context context(const QString &since = {})
{
    return bm::Context{account, own, since, now};
}

QJsonDocument doc(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document;
}

QJsonObject profileJson(const QString &did, const QString &handle, const QString &name = {})
{
    QJsonObject p{{"did"_L1, did}, {"handle"_L1, handle}};
    if (!name.isEmpty())
        p.insert("displayName"_L1, name);
    return p;
}

QJsonObject messageView(const QString &id, const QString &sender, const QString &text, const QString &sentAt)
{
    return {{"$type"_L1, u"chat.bsky.convo.defs#messageView"_s},
            {"id"_L1, id},
            {"rev"_L1, QString(u"rev-"_s + id)},
            {"text"_L1, text},
            {"sender"_L1, QJsonObject{{"did"_L1, sender}}},
            {"sentAt"_L1, sentAt}};
}

/** Nothing malformed in a page: every value has what the store requires. */
void verifyPage(const FetchedPage &page)
{
    for (const Message &m : page.messages) {
        QVERIFY(!m.remoteId.isEmpty());
        QVERIFY(!m.conversationRemoteId.isEmpty());
        QVERIFY(bm::isDid(m.authorRemoteId));
        QVERIFY(m.createdAt.isValid());
        QVERIFY(m.createdAt >= QDateTime(QDate(2006, 1, 1), QTime(0, 0), QTimeZone::utc()));
        QVERIFY(m.createdAt <= now);
        QCOMPARE(m.accountId, account);
    }
    for (const Identity &p : page.people) {
        QVERIFY(bm::isDid(p.remoteId));
        QVERIFY(bm::isHandle(p.handle));
    }
    for (const Conversation &c : page.conversations)
        QVERIFY(!c.remoteId.isEmpty());
}

/** Decodes a TID back into its 64 bits. */
quint64 tidValue(const QString &tid)
{
    const QString alphabet = u"234567abcdefghijklmnopqrstuvwxyz"_s;
    quint64 value = 0;
    for (const QChar c : tid)
        value = (value << 5) | quint64(alphabet.indexOf(c));
    return value;
}

} // namespace

class TestBlueskyMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void facetByteOffsets_data();
    void facetByteOffsets();
    void facetKindsAndValues();
    void facetJson();
    void tids();
    void sessionAnswer();
    void sessionHostile_data();
    void sessionHostile();
    void didDocuments();
    void profiles();
    void conversationList();
    void conversationListHostile();
    void messagePage();
    void messageTimesGuarded_data();
    void messageTimesGuarded();
    void logEntries();
    void logHostile();
    void notificationPage();
    void notificationsSince();
    void notificationsHostile();
    void postThreads();
    void postThreadMissingOrBlocked();
    void postsAndReplyRefs();
    void smallAnswers();
    void errorAnswers();
    void wrongTypesEverywhere();
};

void TestBlueskyMapper::facetByteOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("covered"); // the text each facet covers, in order

    QTest::newRow("ascii") << u"hi @alice.bsky.social see https://example.com #tag"_s
                           << QStringList{u"@alice.bsky.social"_s, u"https://example.com"_s, u"#tag"_s};
    QTest::newRow("emoji before a link") << u"😀😀 look https://example.com/a?b=1"_s
                                         << QStringList{u"https://example.com/a?b=1"_s};
    QTest::newRow("zwj family and flag before a mention")
        << u"👨‍👩‍👧‍👦🇫🇷 @bob.example.com!"_s << QStringList{u"@bob.example.com"_s};
    QTest::newRow("cjk around a tag") << u"日本語の #タグ と 中文"_s << QStringList{u"#タグ"_s};
    QTest::newRow("combining characters")
        << u"cafe\u0301 e\u0301\u0300 #cafe\u0301 x"_s << QStringList{u"#cafe\u0301"_s};
    QTest::newRow("a link without scheme after emoji") << u"🎉 example.com/path"_s << QStringList{u"example.com/path"_s};
}

void TestBlueskyMapper::facetByteOffsets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, covered);
    const QList<BlueskyFacets::Span> spans = BlueskyFacets::find(text);
    QCOMPARE(spans.size(), covered.size());
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const auto &s = spans.at(i);
        QVERIFY(s.byteStart >= 0 && s.byteEnd > s.byteStart && s.byteEnd <= utf8.size());
        // The bytes the facet names are exactly the entity's text: byte offsets, not UTF-16 ones.
        QCOMPARE(QString::fromUtf8(utf8.mid(s.byteStart, s.byteEnd - s.byteStart)), covered.at(i));
    }
}

void TestBlueskyMapper::facetKindsAndValues()
{
    // "😀" is 4 UTF-8 bytes and 2 UTF-16 units; "日本" 6 bytes and 2 units.
    const QString text = u"😀 @Alice.Bsky.Social 日本 #猫 example.com"_s;
    const auto spans = BlueskyFacets::find(text);
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).kind, BlueskyFacets::Span::Kind::Mention);
    QCOMPARE(spans.at(0).value, u"alice.bsky.social"_s);
    QCOMPARE(spans.at(0).byteStart, 5);
    QCOMPARE(spans.at(0).byteEnd, 5 + 18);
    QCOMPARE(spans.at(1).kind, BlueskyFacets::Span::Kind::Tag);
    QCOMPARE(spans.at(1).value, u"猫"_s);
    QCOMPARE(spans.at(1).byteStart, 5 + 18 + 1 + 6 + 1);
    QCOMPARE(spans.at(1).byteEnd, spans.at(1).byteStart + 4);
    QCOMPARE(spans.at(2).kind, BlueskyFacets::Span::Kind::Link);
    QCOMPARE(spans.at(2).value, u"https://example.com"_s);
    QCOMPARE(BlueskyFacets::byteOffset(text, 2), 4); // after the emoji
    QCOMPARE(BlueskyFacets::byteOffset(text, 3), 5);
    QCOMPARE(BlueskyFacets::byteOffset(text, 1000), text.toUtf8().size());

    // A tag longer than 64 graphemes cannot be a facet.
    QVERIFY(BlueskyFacets::find(QString(u"#"_s + QString(65, u'a'))).isEmpty());
    QCOMPARE(BlueskyFacets::find(QString(u"#"_s + QString(64, u'a'))).size(), 1);
}

void TestBlueskyMapper::facetJson()
{
    const QString text = u"@alice.bsky.social @nobody.example.com #tag https://x.org"_s;
    const QHash<QString, QString> dids{{u"alice.bsky.social"_s, alice}};
    const QJsonArray facets = bm::facets(BlueskyFacets::find(text), dids);
    QCOMPARE(facets.size(), 3); // the unresolved handle stays plain text
    const QJsonObject mention = facets.at(0).toObject();
    QCOMPARE(mention.value("index"_L1).toObject().value("byteStart"_L1).toInt(), 0);
    QCOMPARE(mention.value("index"_L1).toObject().value("byteEnd"_L1).toInt(), 18);
    const QJsonObject feature = mention.value("features"_L1).toArray().at(0).toObject();
    QCOMPARE(feature.value("$type"_L1).toString(), u"app.bsky.richtext.facet#mention"_s);
    QCOMPARE(feature.value("did"_L1).toString(), alice);
    const QJsonObject tag = facets.at(1).toObject().value("features"_L1).toArray().at(0).toObject();
    QCOMPARE(tag.value("$type"_L1).toString(), u"app.bsky.richtext.facet#tag"_s);
    QCOMPARE(tag.value("tag"_L1).toString(), u"tag"_s);
    const QJsonObject link = facets.at(2).toObject().value("features"_L1).toArray().at(0).toObject();
    QCOMPARE(link.value("$type"_L1).toString(), u"app.bsky.richtext.facet#link"_s);
    QCOMPARE(link.value("uri"_L1).toString(), u"https://x.org"_s);
}

void TestBlueskyMapper::tids()
{
    QCOMPARE(bm::tid(0, 0), u"2222222222222"_s);
    QCOMPARE(bm::tid(0, 1), u"2222222222223"_s);
    const quint64 micros = 1733227200123456ULL; // 2024-12-03T12:00:00.123456Z
    const QString t = bm::tid(micros, 517);
    QCOMPARE(t.size(), 13);
    QVERIFY(bm::isTid(t));
    QCOMPARE(tidValue(t) >> 10, micros);
    QCOMPARE(tidValue(t) & 0x3ff, 517u);
    // Later times sort later as text.
    QVERIFY(bm::tid(micros, 0) < bm::tid(micros + 1, 0));

    const QString a = bm::tidForKey(u"outbox-key-1"_s);
    QVERIFY(bm::isTid(a));
    QCOMPARE(bm::tidForKey(u"outbox-key-1"_s), a); // the same item, the same record
    QVERIFY(bm::tidForKey(u"outbox-key-2"_s) != a);
    const quint64 keyMicros = tidValue(a) >> 10;
    QVERIFY(keyMicros >= 1577836800ULL * 1000000ULL);
    QVERIFY(keyMicros < quint64(now.toMSecsSinceEpoch()) * 1000ULL);

    QVERIFY(!bm::isTid(u"k222222222222"_s)); // the top bit must be 0
    QVERIFY(!bm::isTid(u"222222222222"_s));
    QVERIFY(!bm::isTid(u"22222222222221"_s));
    QVERIFY(!bm::isTid(u"222222222222A"_s));
}

void TestBlueskyMapper::sessionAnswer()
{
    auto s = bm::session(doc("{\"accessJwt\":\"acc.jwt.x\",\"refreshJwt\":\"ref.jwt.y\",\"handle\":\"Shop.Example."
                             "COM\", \"did\":\"did:plc:ownaccount000000000000\",\"active\":true, "
                             "\"didDoc\":{\"id\":\"did:plc:ownaccount000000000000\",\"service\":[ "
                             "{\"id\":\"#other\",\"type\":\"X\",\"serviceEndpoint\":\"https://other.example\"}, "
                             "{\"id\":\"#atproto_pds\",\"type\":\"AtprotoPersonalDataServer\",\"serviceEndpoint\":"
                             "\"https://pds.example.net\"}]}}"));
    QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message()));
    QCOMPARE(s->accessJwt, "acc.jwt.x"_ba);
    QCOMPARE(s->refreshJwt, "ref.jwt.y"_ba);
    QCOMPARE(s->did, own);
    QCOMPARE(s->handle, u"shop.example.com"_s);
    QCOMPARE(s->pds, QUrl(u"https://pds.example.net"_s));
    QVERIFY(s->active);

    // Without a didDoc the PDS is not known: the caller keeps the server it signed in at.
    auto bare =
        bm::session(doc("{\"accessJwt\":\"a\",\"refreshJwt\":\"r\",\"handle\":\"a.b.c\",\"did\":\"did:web:a.b.c\"}"));
    QVERIFY(bare.ok());
    QVERIFY(bare->pds.isEmpty());
    // A PDS that is no web URL is not followed.
    auto hostile = bm::session(
        doc("{\"accessJwt\":\"a\",\"refreshJwt\":\"r\",\"handle\":\"a.b.c\",\"did\":\"did:web:a.b.c\", "
            "\"didDoc\":{\"service\":[{\"id\":\"#atproto_pds\",\"serviceEndpoint\":\"file:///etc/passwd\"}]}}"));
    QVERIFY(hostile.ok());
    QVERIFY(hostile->pds.isEmpty());
}

void TestBlueskyMapper::sessionHostile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("no access token") << "{\"refreshJwt\":\"r\",\"handle\":\"a.b.c\",\"did\":\"did:web:a.b.c\"}"_ba;
    QTest::newRow("empty refresh token")
        << "{\"accessJwt\":\"a\",\"refreshJwt\":\"\",\"handle\":\"a.b.c\",\"did\":\"did:web:a.b.c\"}"_ba;
    QTest::newRow("numeric did") << "{\"accessJwt\":\"a\",\"refreshJwt\":\"r\",\"handle\":\"a.b.c\",\"did\":42}"_ba;
    QTest::newRow("not a did")
        << "{\"accessJwt\":\"a\",\"refreshJwt\":\"r\",\"handle\":\"a.b.c\",\"did\":\"plc:abc\"}"_ba;
    QTest::newRow("bad handle")
        << "{\"accessJwt\":\"a\",\"refreshJwt\":\"r\",\"handle\":\"no handle\",\"did\":\"did:web:a.b.c\"}"_ba;
}

void TestBlueskyMapper::sessionHostile()
{
    QFETCH(QByteArray, json);
    auto s = bm::session(QJsonDocument::fromJson(json));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), Error::Code::BadResponse);
}

void TestBlueskyMapper::didDocuments()
{
    const QString did = u"did:plc:ewvi7nxzyoun6zhxrhs64oiz"_s;
    // As the PLC directory serves it: handles from alsoKnownAs, the PDS from #atproto_pds.
    auto parsed = bm::didDocument(
        doc("{\"@context\":[\"https://www.w3.org/ns/did/v1\"],\"id\":\"did:plc:ewvi7nxzyoun6zhxrhs64oiz\","
            "\"alsoKnownAs\":[\"https://not-a-handle.example\",\"at://Atproto.COM\"],"
            "\"verificationMethod\":[],\"service\":[{\"id\":\"#atproto_pds\",\"type\":\"AtprotoPersonalDataServer\","
            "\"serviceEndpoint\":\"https://enoki.us-east.host.bsky.network\"}]}"),
        did);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message()));
    QCOMPARE(parsed->did, did);
    QCOMPARE(parsed->handles, QStringList{u"atproto.com"_s});
    QCOMPARE(parsed->pds, QUrl(u"https://enoki.us-east.host.bsky.network"_s));

    // Another account's document, none, or one with no PDS to go to: refused.
    const QList<QByteArray> refused{
        "{\"id\":\"did:plc:someoneelse000000000000\",\"service\":[{\"id\":\"#atproto_pds\","
        "\"serviceEndpoint\":\"https://pds.example\"}]}",
        "[]",
        "{\"id\":\"did:plc:ewvi7nxzyoun6zhxrhs64oiz\",\"service\":[{\"id\":\"#atproto_pds\","
        "\"serviceEndpoint\":\"javascript:alert(1)\"}]}",
        "{\"id\":\"did:plc:ewvi7nxzyoun6zhxrhs64oiz\",\"alsoKnownAs\":[\"at://a.example\"]}",
    };
    for (const QByteArray &json : refused) {
        auto r = bm::didDocument(QJsonDocument::fromJson(json), did);
        QVERIFY2(!r.ok(), json.constData());
        QCOMPARE(r.error().code(), Error::Code::BadResponse);
    }

    // A handle's answer, from /.well-known/atproto-did or a TXT record.
    QCOMPARE(bm::didOfHandleAnswer("did:plc:ewvi7nxzyoun6zhxrhs64oiz\n"), did);
    QCOMPARE(bm::didOfHandleAnswer("did=did:web:shop.example"), u"did:web:shop.example"_s);
    QCOMPARE(bm::didOfHandleAnswer("<html>Not found</html>"), QString());
    QCOMPARE(bm::didOfHandleAnswer("did=not a did"), QString());
}

void TestBlueskyMapper::profiles()
{
    QJsonObject p = profileJson(alice, u"Alice.bsky.social"_s, u"Alice\u202E\n Liddell\u0007"_s);
    p.insert("avatar"_L1, u"https://cdn.example/avatar.jpg"_s);
    p.insert("description"_L1, u"hello"_s);
    p.insert("followersCount"_L1, 12);
    auto identity = bm::profile(QJsonDocument(p), account);
    QVERIFY(identity.ok());
    QCOMPARE(identity->remoteId, alice);
    QCOMPARE(identity->handle, u"alice.bsky.social"_s);
    QCOMPARE(identity->displayName, u"Alice Liddell"_s); // one line, no bidi override, no bell
    QCOMPARE(identity->avatarUrl, QUrl(u"https://cdn.example/avatar.jpg"_s));
    QCOMPARE(identity->followersCount, 12);
    QCOMPARE(identity->accountId, account);

    p.insert("avatar"_L1, u"javascript:alert(1)"_s);
    p.remove("displayName"_L1);
    identity = bm::profile(QJsonDocument(p), account);
    QVERIFY(identity.ok());
    QVERIFY(identity->avatarUrl.isEmpty());
    QCOMPARE(identity->displayName, u"alice.bsky.social"_s);

    p.insert("did"_L1, u"did:plc:bad did"_s);
    QVERIFY(!bm::profile(QJsonDocument(p), account).ok());
    QVERIFY(!bm::profile(doc("[1]"), account).ok());
}

void TestBlueskyMapper::conversationList()
{
    QJsonObject direct{{"id"_L1, u"convo-1"_s},
                       {"rev"_L1, u"r1"_s},
                       {"members"_L1, QJsonArray{profileJson(own, u"shop.example.com"_s),
                                                 profileJson(alice, u"alice.bsky.social"_s, u"Alice"_s)}},
                       {"muted"_L1, false},
                       {"unreadCount"_L1, 2},
                       {"status"_L1, u"request"_s},
                       {"lastMessage"_L1, messageView(u"m9"_s, alice, u"hello"_s, u"2026-12-01T10:00:00.000Z"_s)}};
    QJsonObject group{
        {"id"_L1, u"convo-2"_s},
        {"rev"_L1, u"r2"_s},
        {"members"_L1, QJsonArray{profileJson(own, u"shop.example.com"_s), profileJson(alice, u"alice.bsky.social"_s),
                                  profileJson(bob, u"bob.example.com"_s)}},
        {"muted"_L1, false},
        {"unreadCount"_L1, 0},
        {"kind"_L1, QJsonObject{{"$type"_L1, u"chat.bsky.convo.defs#groupConvo"_s}, {"name"_L1, u"Team\nchat"_s}}}};
    QJsonObject broken = direct;
    broken.insert("id"_L1, u"convo-3"_s);
    broken.insert("members"_L1, QJsonArray{QJsonObject{{"did"_L1, 5}}});
    const QJsonObject body{{"convos"_L1, QJsonArray{direct, group, broken, direct}}, {"cursor"_L1, u"next-1"_s}};

    auto listing = bm::convos(QJsonDocument(body), context());
    QVERIFY(listing.ok());
    QCOMPARE(listing->cursor, u"next-1"_s);
    QCOMPARE(listing->convos.size(), 2); // the broken one left out, the repeated one once
    QCOMPARE(listing->warnings.size(), 1);
    const bm::ConvoEntry &first = listing->convos.at(0);
    QCOMPARE(first.conversation.remoteId, u"convo-1"_s);
    QCOMPARE(first.conversation.kind, Conversation::Kind::Direct);
    QCOMPARE(first.conversation.participantRemoteIds, QStringList{alice});
    QCOMPARE(first.unreadCount, 2);
    QCOMPARE(first.members.size(), 2);
    QVERIFY(first.lastMessage.has_value());
    QCOMPARE(first.lastMessage->text, u"hello"_s);
    QCOMPARE(first.lastMessage->direction, Message::Direction::Inbound);
    QVERIFY(!first.lastMessage->read);
    QCOMPARE(first.conversation.lastActivity, first.lastMessage->createdAt);
    const bm::ConvoEntry &second = listing->convos.at(1);
    QCOMPARE(second.conversation.kind, Conversation::Kind::Group);
    QCOMPARE(second.conversation.title, u"Team chat"_s);
    QCOMPARE(second.conversation.participantRemoteIds, (QStringList{alice, bob}));
    // Alice's conversation is a message request; the group (no status) is accepted.
    QVERIFY(first.conversation.request);
    QVERIFY(!second.conversation.request);

    auto answer = bm::convoAnswer(QJsonDocument(QJsonObject{{"convo"_L1, direct}}), context());
    QVERIFY(answer.ok());
    QCOMPARE(answer->conversation.remoteId, u"convo-1"_s);
    QVERIFY(!bm::convoAnswer(QJsonDocument(QJsonObject{{"convo"_L1, broken}}), context()).ok());
}

void TestBlueskyMapper::conversationListHostile()
{
    QVERIFY(!bm::convos(doc("{\"cursor\":\"x\"}"), context()).ok());
    QVERIFY(!bm::convos(doc("{\"convos\":{}}"), context()).ok());
    QVERIFY(!bm::convos(doc("{\"convos\":[],\"cursor\":7}"), context()).ok());
    QVERIFY(!bm::convos(doc("[]"), context()).ok());
    QVERIFY(!bm::convos(QJsonDocument(), context()).ok());
    // Ids that could not be used in a query are refused.
    auto listing =
        bm::convos(doc("{\"convos\":[{\"id\":\"a b&c=d\",\"members\":[]},{\"id\":\"\",\"members\":[]}]}"), context());
    QVERIFY(listing.ok());
    QVERIFY(listing->convos.isEmpty());
    QCOMPARE(listing->warnings.size(), 2);
}

void TestBlueskyMapper::messagePage()
{
    QJsonObject reply = messageView(u"m4"_s, alice, u"re: hi"_s, u"2026-12-01T10:04:00Z"_s);
    reply.insert("replyTo"_L1, messageView(u"m1"_s, own, u"hi"_s, u"2026-12-01T10:01:00Z"_s));
    const QJsonObject body{
        {"messages"_L1, QJsonArray{reply, messageView(u"m3"_s, alice, u"second"_s, u"2026-12-01T10:03:00Z"_s),
                                   QJsonObject{{"$type"_L1, u"chat.bsky.convo.defs#deletedMessageView"_s},
                                               {"id"_L1, u"m2b"_s},
                                               {"rev"_L1, u"x"_s},
                                               {"sender"_L1, QJsonObject{{"did"_L1, alice}}},
                                               {"sentAt"_L1, u"2026-12-01T10:02:30Z"_s}},
                                   QJsonObject{{"$type"_L1, u"chat.bsky.convo.defs#systemMessageView"_s},
                                               {"id"_L1, u"s1"_s},
                                               {"rev"_L1, u"x"_s},
                                               {"sentAt"_L1, u"2026-12-01T10:02:20Z"_s},
                                               {"data"_L1, QJsonObject{}}},
                                   messageView(u"m2"_s, alice, u"first"_s, u"2026-12-01T10:02:00Z"_s),
                                   messageView(u"m1"_s, own, u"hi"_s, u"2026-12-01T10:01:00Z"_s)}},
        {"relatedProfiles"_L1, QJsonArray{profileJson(alice, u"alice.bsky.social"_s, u"Alice"_s)}},
        {"cursor"_L1, u"older"_s}};
    auto page = bm::messages(QJsonDocument(body), u"convo-1"_s, context(), 2);
    QVERIFY(page.ok());
    verifyPage(page.value());
    QCOMPARE(page->messages.size(), 4);
    // The account deleted one (for itself): the store removes its copy.
    QCOMPARE(page->deletedMessageIds, QStringList{u"m2b"_s});
    QCOMPARE(page->nextPageToken, u"older"_s);
    QCOMPARE(page->people.size(), 1);
    QCOMPARE(page->people.at(0).displayName, u"Alice"_s);
    const Message &m4 = page->messages.at(0);
    QCOMPARE(m4.remoteId, u"m4"_s);
    QCOMPARE(m4.conversationRemoteId, u"convo-1"_s);
    QCOMPARE(m4.replyToRemoteId, u"m1"_s);
    QCOMPARE(m4.kind, Message::Kind::DirectMessage);
    QCOMPARE(m4.createdAt, QDateTime(QDate(2026, 12, 1), QTime(10, 4), QTimeZone::utc()));
    // Two unread: the two newest inbound ones.
    QVERIFY(!page->messages.at(0).read);
    QVERIFY(!page->messages.at(1).read);
    QVERIFY(page->messages.at(2).read);
    const Message &m1 = page->messages.at(3);
    QCOMPARE(m1.direction, Message::Direction::Outbound);
    QCOMPARE(m1.authorRemoteId, own);
    QVERIFY(m1.read);
}

void TestBlueskyMapper::messageTimesGuarded_data()
{
    QTest::addColumn<QJsonValue>("sentAt");
    QTest::addColumn<bool>("kept");
    QTest::newRow("plausible") << QJsonValue(u"2026-12-01T10:00:00.123Z"_s) << true;
    QTest::newRow("an hour ahead: kept as now") << QJsonValue(u"2026-12-03T13:00:00Z"_s) << true;
    QTest::newRow("the epoch") << QJsonValue(u"1970-01-01T00:00:00Z"_s) << false;
    QTest::newRow("before 2006") << QJsonValue(u"2005-12-31T23:59:59Z"_s) << false;
    QTest::newRow("two days ahead") << QJsonValue(u"2026-12-05T12:00:00Z"_s) << false;
    QTest::newRow("year 9999") << QJsonValue(u"9999-12-31T23:59:59Z"_s) << false;
    QTest::newRow("no offset") << QJsonValue(u"2026-12-01T10:00:00"_s) << false;
    QTest::newRow("a number") << QJsonValue(1700000000) << false;
    QTest::newRow("garbage") << QJsonValue(u"yesterday"_s) << false;
}

void TestBlueskyMapper::messageTimesGuarded()
{
    QFETCH(QJsonValue, sentAt);
    QFETCH(bool, kept);
    QJsonObject view = messageView(u"m1"_s, alice, u"x"_s, {});
    view.insert("sentAt"_L1, sentAt);
    const QJsonObject body{{"messages"_L1, QJsonArray{view}}};
    auto page = bm::messages(QJsonDocument(body), u"convo-1"_s, context());
    QVERIFY(page.ok());
    verifyPage(page.value());
    QCOMPARE(page->messages.size(), kept ? 1 : 0);
    QCOMPARE(page->warnings.size(), kept ? 0 : 1);
    if (kept)
        QVERIFY(page->messages.at(0).createdAt <= now);
}

void TestBlueskyMapper::logEntries()
{
    QJsonObject create{{"$type"_L1, u"chat.bsky.convo.defs#logCreateMessage"_s},
                       {"rev"_L1, u"r5"_s},
                       {"convoId"_L1, u"convo-1"_s},
                       {"message"_L1, messageView(u"m5"_s, alice, u"new one"_s, u"2026-12-02T09:00:00Z"_s)},
                       {"relatedProfiles"_L1, QJsonArray{profileJson(alice, u"alice.bsky.social"_s)}}};
    QJsonObject ownCreate = create;
    ownCreate.insert("rev"_L1, u"r6"_s);
    ownCreate.insert("message"_L1, messageView(u"m6"_s, own, u"mine"_s, u"2026-12-02T09:01:00Z"_s));
    const QJsonObject begin{
        {"$type"_L1, u"chat.bsky.convo.defs#logBeginConvo"_s}, {"rev"_L1, u"r1"_s}, {"convoId"_L1, u"convo-9"_s}};
    QJsonObject accept = begin;
    accept.insert("$type"_L1, u"chat.bsky.convo.defs#logAcceptConvo"_s);
    accept.insert("rev"_L1, u"r2"_s);
    accept.insert("convoId"_L1, u"convo-7"_s);
    QJsonObject leave = begin;
    leave.insert("$type"_L1, u"chat.bsky.convo.defs#logLeaveConvo"_s);
    leave.insert("rev"_L1, u"r3"_s);
    leave.insert("convoId"_L1, u"convo-8"_s);
    const QJsonObject deleted{{"$type"_L1, u"chat.bsky.convo.defs#logDeleteMessage"_s},
                              {"rev"_L1, u"r7"_s},
                              {"convoId"_L1, u"convo-1"_s},
                              {"message"_L1, messageView(u"m4"_s, alice, u"old one"_s, u"2026-12-01T09:00:00Z"_s)}};
    const QJsonObject read{
        {"$type"_L1, u"chat.bsky.convo.defs#logReadConvo"_s}, {"rev"_L1, u"r8"_s}, {"convoId"_L1, u"convo-1"_s}};
    const QJsonObject future{
        {"$type"_L1, u"chat.bsky.convo.defs#logSomethingNew"_s}, {"rev"_L1, u"r9"_s}, {"convoId"_L1, u"convo-1"_s}};
    const QJsonObject body{{"logs"_L1, QJsonArray{begin, accept, create, ownCreate, leave, deleted, read, future}},
                           {"cursor"_L1, u"r9"_s}};
    auto log = bm::log(QJsonDocument(body), context());
    QVERIFY(log.ok());
    verifyPage(log->page);
    QCOMPARE(log->cursor, u"r9"_s);
    QCOMPARE(log->entries, 8);
    // Begun and accepted conversations are read again (members, status); the one left is not.
    QCOMPARE(log->convoIdsToRead, (QStringList{u"convo-9"_s, u"convo-7"_s}));
    QCOMPARE(log->page.messages.size(), 2);
    QCOMPARE(log->page.messages.at(0).remoteId, u"m5"_s);
    QVERIFY(!log->page.messages.at(0).read);
    QCOMPARE(log->page.messages.at(1).direction, Message::Direction::Outbound);
    QVERIFY(log->page.messages.at(1).read);
    QCOMPARE(log->page.people.size(), 1);
    QCOMPARE(log->page.membershipChanges.size(), 3);
    const MembershipChange &b = log->page.membershipChanges.at(0);
    QCOMPARE(b.conversationRemoteId, u"convo-9"_s);
    QCOMPARE(b.personRemoteIds, QStringList{own});
    QVERIFY(b.joined);
    QCOMPARE(b.at, now);
    QVERIFY(log->page.membershipChanges.at(1).joined);
    QCOMPARE(log->page.membershipChanges.at(2).conversationRemoteId, u"convo-8"_s);
    QVERIFY(!log->page.membershipChanges.at(2).joined);
    QCOMPARE(log->page.deletedMessageIds, QStringList{u"m4"_s});
    QVERIFY(log->page.warnings.isEmpty());

    // Written and deleted while Starling was away: nothing to store, and nothing left behind.
    QJsonObject deletedNew = deleted;
    deletedNew.insert("message"_L1, QJsonObject{{"$type"_L1, u"chat.bsky.convo.defs#deletedMessageView"_s},
                                                {"id"_L1, u"m5"_s},
                                                {"rev"_L1, u"r7"_s},
                                                {"sender"_L1, QJsonObject{{"did"_L1, alice}}},
                                                {"sentAt"_L1, u"2026-12-02T09:00:00Z"_s}});
    auto gone = bm::log(QJsonDocument(QJsonObject{{"logs"_L1, QJsonArray{create, deletedNew}}}), context());
    QVERIFY(gone.ok());
    QVERIFY(gone->page.messages.isEmpty());
    QCOMPARE(gone->page.deletedMessageIds, QStringList{u"m5"_s});
}

void TestBlueskyMapper::logHostile()
{
    QVERIFY(!bm::log(doc("{\"cursor\":\"a\"}"), context()).ok());
    QVERIFY(!bm::log(doc("{\"logs\":\"x\"}"), context()).ok());
    QVERIFY(!bm::log(doc("{\"logs\":[],\"cursor\":{}}"), context()).ok());
    auto log = bm::log(
        doc("{\"logs\":[ 7, {\"$type\":\"chat.bsky.convo.defs#logCreateMessage\",\"rev\":\"r1\",\"convoId\":\"c1\"}, "
            "{\"$type\":\"chat.bsky.convo.defs#logCreateMessage\",\"rev\":\"r2\",\"convoId\":\"c1\",\"message\":{\"$"
            "type\":\"chat.bsky.convo.defs#messageView\",\"id\":\"m1\",\"rev\":\"r\",\"text\":\"x\",\"sender\":{"
            "\"did\":\"nope\"},\"sentAt\":\"2026-12-01T00:00:00Z\"}}, "
            "{\"$type\":\"chat.bsky.convo.defs#logBeginConvo\",\"convoId\":\"c2\"}, "
            "{\"$type\":\"chat.bsky.convo.defs#logCreateMessage\",\"rev\":\"r3\",\"convoId\":\"c1\","
            "\"relatedProfiles\":5,\"message\":{}}, "
            "{\"$type\":\"chat.bsky.convo.defs#logDeleteMessage\",\"rev\":\"r4\",\"convoId\":\"c1\"}, "
            "{\"$type\":\"chat.bsky.convo.defs#logDeleteMessage\",\"rev\":\"r5\",\"convoId\":\"c1\",\"message\":{"
            "\"$type\":\"chat.bsky.convo.defs#deletedMessageView\",\"id\":\"a b\"}} ],\"cursor\":\"r5\"}"),
        context());
    QVERIFY(log.ok());
    QVERIFY(log->page.messages.isEmpty());
    QVERIFY(log->page.membershipChanges.isEmpty());
    QVERIFY(log->page.deletedMessageIds.isEmpty());
    QCOMPARE(log->page.warnings.size(), 7);
}

namespace {

QJsonObject notification(const QString &uri, const QString &author, const QString &reason, const QString &text,
                         const QString &indexedAt, const QJsonObject &reply = {})
{
    QJsonObject record{{"$type"_L1, u"app.bsky.feed.post"_s}, {"text"_L1, text}, {"createdAt"_L1, indexedAt}};
    if (!reply.isEmpty())
        record.insert("reply"_L1, reply);
    return {{"uri"_L1, uri},
            {"cid"_L1, QString(u"bafy-"_s + uri.section(u'/', -1))},
            {"author"_L1, profileJson(author, author == alice ? u"alice.bsky.social"_s : u"bob.example.com"_s)},
            {"reason"_L1, reason},
            {"record"_L1, record},
            {"isRead"_L1, false},
            {"indexedAt"_L1, indexedAt}};
}

QJsonObject replyRef(const QString &rootUri, const QString &parentUri)
{
    return {{"root"_L1, QJsonObject{{"uri"_L1, rootUri}, {"cid"_L1, u"bafyroot"_s}}},
            {"parent"_L1, QJsonObject{{"uri"_L1, parentUri}, {"cid"_L1, u"bafyparent"_s}}}};
}

const QString ownRoot = u"at://did:plc:ownaccount000000000000/app.bsky.feed.post/3kroot000000a"_s;
const QString aliceReply = u"at://did:plc:alice0000000000000000000/app.bsky.feed.post/3kreply00000a"_s;
const QString bobMention = u"at://did:web:bob.example.com/app.bsky.feed.post/3kmention0000"_s;
const QString aliceQuote = u"at://did:plc:alice0000000000000000000/app.bsky.feed.post/3kquote00000a"_s;
const QString aliceLike = u"at://did:plc:alice0000000000000000000/app.bsky.feed.like/3klike000000a"_s;

QJsonObject notificationBody()
{
    return {{"notifications"_L1,
             QJsonArray{
                 notification(aliceReply, alice, u"reply"_s, u"nice post"_s, u"2026-12-02T12:00:03.000Z"_s,
                              replyRef(ownRoot, ownRoot)),
                 notification(aliceLike, alice, u"like"_s, u""_s, u"2026-12-02T12:00:02.500Z"_s),
                 notification(bobMention, bob, u"mention"_s, u"hey @shop.example.com"_s, u"2026-12-02T12:00:02.000Z"_s),
                 notification(aliceQuote, alice, u"quote"_s, u"look at this"_s, u"2026-12-02T12:00:01.000Z"_s)}},
            {"cursor"_L1, u"page-2"_s}};
}

} // namespace

void TestBlueskyMapper::notificationPage()
{
    auto page = bm::notifications(QJsonDocument(notificationBody()), context());
    QVERIFY(page.ok());
    verifyPage(page.value());
    QCOMPARE(page->messages.size(), 3); // the like is no message
    QCOMPARE(page->nextPageToken, u"page-2"_s);
    QCOMPARE(page->newestCursor, u"2026-12-02T12:00:03.000Z"_s);
    const Message &reply = page->messages.at(0);
    QCOMPARE(reply.remoteId, aliceReply);
    QCOMPARE(reply.kind, Message::Kind::Reply);
    QCOMPARE(reply.conversationRemoteId, ownRoot); // the thread is named after its root
    QCOMPARE(reply.replyToRemoteId, ownRoot);
    QCOMPARE(reply.direction, Message::Direction::Inbound);
    QVERIFY(!reply.read);
    const Message &mention = page->messages.at(1);
    QCOMPARE(mention.kind, Message::Kind::Mention);
    QCOMPARE(mention.conversationRemoteId, bobMention); // no reply: its own thread
    QCOMPARE(mention.text, u"hey @shop.example.com"_s);
    QCOMPARE(page->messages.at(2).kind, Message::Kind::Mention); // a quote
    QCOMPARE(page->conversations.size(), 3);
    for (const Conversation &c : page->conversations)
        QCOMPARE(c.kind, Conversation::Kind::PublicThread);
    QCOMPARE(page->conversations.at(0).participantRemoteIds, QStringList{alice});
    QCOMPARE(page->people.size(), 2);
}

void TestBlueskyMapper::notificationsSince()
{
    // The stored cursor is the newest indexedAt stored: what is at or before it ends the fetch.
    auto page = bm::notifications(QJsonDocument(notificationBody()), context(u"2026-12-02T12:00:02.000Z"_s));
    QVERIFY(page.ok());
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages.at(0).remoteId, aliceReply);
    QVERIFY(page->nextPageToken.isEmpty());
    QCOMPARE(page->newestCursor, u"2026-12-02T12:00:03.000Z"_s);

    auto none = bm::notifications(QJsonDocument(notificationBody()), context(u"2026-12-02T12:00:03.000Z"_s));
    QVERIFY(none.ok());
    QVERIFY(none->messages.isEmpty());
    QVERIFY(none->newestCursor.isEmpty()); // keep the stored one
    QVERIFY(none->nextPageToken.isEmpty());
}

void TestBlueskyMapper::notificationsHostile()
{
    QVERIFY(!bm::notifications(doc("{\"cursor\":\"x\"}"), context()).ok());
    QVERIFY(!bm::notifications(doc("{\"notifications\":null}"), context()).ok());
    QJsonObject body = notificationBody();
    QJsonArray list = body.value("notifications"_L1).toArray();
    QJsonObject badUri = list.at(0).toObject();
    badUri.insert("uri"_L1, u"https://example.com/not-an-at-uri"_s);
    QJsonObject badReply = list.at(2).toObject();
    QJsonObject record = badReply.value("record"_L1).toObject();
    record.insert("reply"_L1, QJsonObject{{"root"_L1, QJsonObject{{"uri"_L1, 5}}}});
    badReply.insert("record"_L1, record);
    QJsonObject noText = list.at(3).toObject();
    QJsonObject record2 = noText.value("record"_L1).toObject();
    record2.remove("text"_L1);
    noText.insert("record"_L1, record2);
    QJsonObject ours = notification(ownRoot, own, u"mention"_s, u"me"_s, u"2026-12-02T11:00:00Z"_s);
    ours.insert("author"_L1, profileJson(own, u"shop.example.com"_s));
    QJsonObject noTime = list.at(0).toObject();
    noTime.insert("indexedAt"_L1, u"0001-01-01T00:00:00Z"_s);
    body.insert("notifications"_L1, QJsonArray{badUri, badReply, noText, ours, noTime});
    auto page = bm::notifications(QJsonDocument(body), context());
    QVERIFY(page.ok());
    QVERIFY(page->messages.isEmpty());
    QVERIFY(page->conversations.isEmpty());
    QCOMPARE(page->warnings.size(), 4); // our own post is passed over quietly
}

void TestBlueskyMapper::postThreads()
{
    const QString parentUri = ownRoot;
    const QString postUri = aliceReply;
    const QString childUri = u"at://did:web:bob.example.com/app.bsky.feed.post/3kchild000000"_s;
    const auto postView = [](const QString &uri, const QString &author, const QString &handle, const QString &text,
                             const QString &time, const QJsonObject &reply) {
        QJsonObject record{{"$type"_L1, u"app.bsky.feed.post"_s}, {"text"_L1, text}, {"createdAt"_L1, time}};
        if (!reply.isEmpty())
            record.insert("reply"_L1, reply);
        return QJsonObject{
            {"uri"_L1, uri},
            {"cid"_L1, u"bafy"_s},
            {"author"_L1, profileJson(author, handle)},
            {"record"_L1, record},
            {"indexedAt"_L1, time},
            {"embed"_L1,
             QJsonObject{{"$type"_L1, u"app.bsky.embed.images#view"_s},
                         {"images"_L1, QJsonArray{QJsonObject{{"thumb"_L1, u"https://cdn.example/t.jpg"_s},
                                                              {"fullsize"_L1, u"https://cdn.example/f.jpg"_s},
                                                              {"alt"_L1, u"a cat"_s}}}}}}};
    };
    const QJsonObject thread{
        {"$type"_L1, u"app.bsky.feed.defs#threadViewPost"_s},
        {"post"_L1, postView(postUri, alice, u"alice.bsky.social"_s, u"reply"_s, u"2026-12-02T10:00:00Z"_s,
                             replyRef(parentUri, parentUri))},
        {"parent"_L1, QJsonObject{{"$type"_L1, u"app.bsky.feed.defs#threadViewPost"_s},
                                  {"post"_L1, postView(parentUri, own, u"shop.example.com"_s, u"root"_s,
                                                       u"2026-12-02T09:00:00Z"_s, {})}}},
        {"replies"_L1,
         QJsonArray{QJsonObject{{"$type"_L1, u"app.bsky.feed.defs#threadViewPost"_s},
                                {"post"_L1, postView(childUri, bob, u"bob.example.com"_s, u"child"_s,
                                                     u"2026-12-02T11:00:00Z"_s, replyRef(parentUri, postUri))}},
                    QJsonObject{{"$type"_L1, u"app.bsky.feed.defs#notFoundPost"_s},
                                {"uri"_L1, u"at://did:web:x.example/app.bsky.feed.post/gone"_s},
                                {"notFound"_L1, true}},
                    QJsonObject{{"$type"_L1, u"app.bsky.feed.defs#blockedPost"_s},
                                {"uri"_L1, u"at://did:web:x.example/app.bsky.feed.post/blk"_s},
                                {"blocked"_L1, true},
                                {"author"_L1, QJsonObject{{"did"_L1, u"did:web:x.example"_s}}}}}}};
    auto page = bm::postThread(QJsonDocument(QJsonObject{{"thread"_L1, thread}}), context());
    QVERIFY(page.ok());
    verifyPage(page.value());
    QCOMPARE(page->messages.size(), 3);
    QCOMPARE(page->conversations.size(), 1);
    QCOMPARE(page->conversations.at(0).remoteId, parentUri);
    QCOMPARE(page->messages.at(0).remoteId, childUri); // newest first
    QCOMPARE(page->messages.at(0).replyToRemoteId, postUri);
    QCOMPARE(page->messages.at(2).remoteId, parentUri);
    QCOMPARE(page->messages.at(2).direction, Message::Direction::Outbound);
    QCOMPARE(page->messages.at(2).kind, Message::Kind::OwnPost);
    QCOMPARE(page->messages.at(1).attachments.size(), 1);
    QCOMPARE(page->messages.at(1).attachments.at(0).altText, u"a cat"_s);
    QCOMPARE(page->messages.at(1).attachments.at(0).url, QUrl(u"https://cdn.example/f.jpg"_s));
    QCOMPARE(page->people.size(), 3);
}

void TestBlueskyMapper::postThreadMissingOrBlocked()
{
    auto missing = bm::postThread(doc("{\"thread\":{\"$type\":\"app.bsky.feed.defs#notFoundPost\",\"uri\":\"at://"
                                      "did:web:a.example/app.bsky.feed.post/x\",\"notFound\":true}}"),
                                  context());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    auto blocked =
        bm::postThread(doc("{\"thread\":{\"$type\":\"app.bsky.feed.defs#blockedPost\",\"uri\":\"at://did:web:a.example/"
                           "app.bsky.feed.post/x\",\"blocked\":true,\"author\":{\"did\":\"did:web:a.example\"}}}"),
                       context());
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().code(), Error::Code::Forbidden);
    QCOMPARE(
        bm::postThread(doc("{\"thread\":{\"$type\":\"app.bsky.feed.defs#threadViewPost\"}}"), context()).error().code(),
        Error::Code::BadResponse);
    QVERIFY(!bm::postThread(
                 doc("{\"thread\":{\"$type\":\"app.bsky.feed.defs#threadViewPost\",\"post\":{},\"replies\":{}}}"),
                 context())
                 .ok());
    QVERIFY(!bm::postThread(doc("{\"thread\":[]}"), context()).ok());
    // A thread nested deeper than anyone reads is cut, not followed into a stack overflow.
    QByteArray deep =
        "{\"$type\":\"app.bsky.feed.defs#threadViewPost\",\"post\":{\"uri\":\"at://did:web:a.example/"
        "app.bsky.feed.post/"
        "x\",\"cid\":\"c\",\"author\":{\"did\":\"did:web:a.example\",\"handle\":\"a.example\"},\"record\":{\"text\":"
        "\"x\",\"createdAt\":\"2026-12-01T00:00:00Z\"},\"indexedAt\":\"2026-12-01T00:00:00Z\"}}";
    for (int i = 0; i < 400; ++i)
        deep = "{\"$type\":\"app.bsky.feed.defs#threadViewPost\",\"post\":{},\"replies\":[" + deep + "]}";
    auto cut = bm::postThread(QJsonDocument::fromJson("{\"thread\":" + deep + "}"), context());
    Q_UNUSED(cut); // parsed or refused, but no crash
}

void TestBlueskyMapper::postsAndReplyRefs()
{
    QJsonObject record{{"$type"_L1, u"app.bsky.feed.post"_s},
                       {"text"_L1, u"reply"_s},
                       {"createdAt"_L1, u"2026-12-02T10:00:00Z"_s},
                       {"reply"_L1, replyRef(ownRoot, ownRoot)}};
    const QJsonObject reply{{"uri"_L1, aliceReply},
                            {"cid"_L1, u"bafyreply"_s},
                            {"author"_L1, profileJson(alice, u"alice.bsky.social"_s)},
                            {"record"_L1, record},
                            {"indexedAt"_L1, u"2026-12-02T10:00:00Z"_s}};
    record.remove("reply"_L1);
    const QJsonObject root{{"uri"_L1, ownRoot},
                           {"cid"_L1, u"bafyown"_s},
                           {"author"_L1, profileJson(own, u"shop.example.com"_s)},
                           {"record"_L1, record},
                           {"indexedAt"_L1, u"2026-12-02T09:00:00Z"_s}};
    auto posts = bm::posts(QJsonDocument(QJsonObject{{"posts"_L1, QJsonArray{reply, root, QJsonObject{}}}}), context());
    QVERIFY(posts.ok());
    QCOMPARE(posts->refs.size(), 2);
    QCOMPARE(posts->page.warnings.size(), 1);
    QCOMPARE(posts->refs.at(0).uri, aliceReply);
    QCOMPARE(posts->refs.at(0).cid, u"bafyreply"_s);
    QCOMPARE(posts->refs.at(0).rootUri, ownRoot); // copied from the parent's reply.root
    QCOMPARE(posts->refs.at(0).rootCid, u"bafyroot"_s);
    QCOMPARE(posts->refs.at(1).rootUri, ownRoot); // no reply: itself
    QCOMPARE(posts->refs.at(1).rootCid, u"bafyown"_s);
    QCOMPARE(posts->page.messages.at(1).direction, Message::Direction::Outbound);
    QVERIFY(!bm::posts(doc("{\"posts\":{}}"), context()).ok());
}

void TestBlueskyMapper::smallAnswers()
{
    QCOMPARE(bm::resolvedDid(doc("{\"did\":\"did:plc:alice0000000000000000000\"}")).value(), alice);
    QVERIFY(!bm::resolvedDid(doc("{\"did\":\"alice\"}")).ok());
    QVERIFY(!bm::resolvedDid(doc("{}")).ok());

    auto blob = bm::uploadedBlob(doc(
        "{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreiabc\"},\"mimeType\":\"image/png\",\"size\":1234}}"));
    QVERIFY(blob.ok());
    QCOMPARE(blob->value("size"_L1).toInt(), 1234);
    QVERIFY(!bm::uploadedBlob(doc("{\"blob\":{\"$type\":\"blob\",\"ref\":{},\"mimeType\":\"image/png\",\"size\":1}}"))
                 .ok());
    QVERIFY(!bm::uploadedBlob(doc("{\"blob\":\"bafk\"}")).ok());

    auto created = bm::recordCreated(
        doc("{\"uri\":\"at://did:plc:ownaccount000000000000/app.bsky.feed.post/3kabc\",\"cid\":\"bafyc\"}"));
    QVERIFY(created.ok());
    QCOMPARE(created->cid, u"bafyc"_s);
    QVERIFY(!bm::recordCreated(doc("{\"uri\":\"http://x/y\",\"cid\":\"bafyc\"}")).ok());
    QVERIFY(!bm::recordCreated(doc("{\"uri\":\"at://did:plc:ownaccount000000000000/app.bsky.feed.post/3kabc\"}")).ok());

    auto sent = bm::messageSent(QJsonDocument(messageView(u"m7"_s, own, u"hi"_s, u"2026-12-02T10:00:00Z"_s)),
                                u"convo-1"_s, context());
    QVERIFY(sent.ok());
    QCOMPARE(sent->remoteId, u"m7"_s);
    QCOMPARE(sent->conversationRemoteId, u"convo-1"_s);
    QVERIFY(!bm::messageSent(doc("{\"id\":\"m7\"}"), u"convo-1"_s, context()).ok());

    QVERIFY(bm::isPostUri(ownRoot));
    QVERIFY(bm::isPostUri(u"at://alice.bsky.social/app.bsky.feed.post/3k"_s));
    QVERIFY(!bm::isPostUri(u"at://not a did/app.bsky.feed.post/3k"_s));
    QVERIFY(!bm::isPostUri(u"at://did:plc:a/app.bsky.feed.post/"_s));
    QVERIFY(!bm::isDid(u"did:plc:"_s));
    QVERIFY(!bm::isDid(u"did:PLC:abc"_s));
    QVERIFY(bm::isDid(u"did:web:localhost%3A8080"_s));
}

void TestBlueskyMapper::errorAnswers()
{
    auto reading = bm::errorReading(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}"_ba);
    QCOMPARE(reading.code, std::optional<Error::Code>(Error::Code::AuthExpired));
    QCOMPARE(reading.message, u"ExpiredToken: Token has expired"_s);
    reading = bm::errorReading(400, "{\"error\":\"InvalidToken\"}"_ba);
    QCOMPARE(reading.code, std::optional<Error::Code>(Error::Code::AuthExpired));
    reading = bm::errorReading(400, "{\"error\":\"ConvoLocked\",\"message\":\"convo is locked\"}"_ba);
    QVERIFY(!reading.code.has_value());
    Error error(Error::Code::InvalidInput, u"x"_s);
    error.setServerDetail(reading.message);
    QCOMPARE(bm::errorName(error), u"ConvoLocked"_s);
    reading = bm::errorReading(500, "<html>oops</html>"_ba);
    QVERIFY(!reading.code.has_value());
    QVERIFY(reading.message.isEmpty());
    reading = bm::errorReading(400, "{\"error\":\"has spaces; <b>\",\"message\":\"something went wrong\"}"_ba);
    error.setServerDetail(reading.message);
    QVERIFY(bm::errorName(error).isEmpty());
}

void TestBlueskyMapper::wrongTypesEverywhere()
{
    // Every field of a valid body, one at a time, replaced by values of other types: an error or a
    // page with nothing malformed in it, never a crash.
    const QList<QJsonValue> wrong{QJsonValue(),
                                  QJsonValue(7),
                                  QJsonValue(true),
                                  QJsonValue(u""_s),
                                  QJsonValue(QJsonArray{1}),
                                  QJsonValue(QJsonObject{{"x"_L1, 1}})};
    const std::function<void(const QJsonObject &, const std::function<void(const QJsonObject &)> &)> mutate =
        [&](const QJsonObject &object, const std::function<void(const QJsonObject &)> &check) {
            for (auto it = object.begin(); it != object.end(); ++it) {
                for (const QJsonValue &value : wrong) {
                    QJsonObject patched = object;
                    patched.insert(it.key(), value);
                    check(patched);
                }
                if (it->isObject()) {
                    const QString key = it.key();
                    mutate(it->toObject(), [&](const QJsonObject &inner) {
                        QJsonObject patched = object;
                        patched.insert(key, inner);
                        check(patched);
                    });
                }
            }
        };
    const QJsonObject notificationItem = notificationBody().value("notifications"_L1).toArray().at(0).toObject();
    mutate(notificationItem, [](const QJsonObject &item) {
        auto page = bm::notifications(QJsonDocument(QJsonObject{{"notifications"_L1, QJsonArray{item}}}), context());
        if (page)
            verifyPage(page.value());
    });
    mutate(messageView(u"m1"_s, alice, u"x"_s, u"2026-12-01T10:00:00Z"_s), [](const QJsonObject &item) {
        auto page = bm::messages(QJsonDocument(QJsonObject{{"messages"_L1, QJsonArray{item}}}), u"c"_s, context(), 1);
        if (page)
            verifyPage(page.value());
    });
}

QTEST_GUILESS_MAIN(TestBlueskyMapper)
#include "TestBlueskyMapper.moc"
