// SPDX-License-Identifier: GPL-3.0-or-later
// core/providers/mastodon/MastodonMapper (and MastodonInstance): Mastodon JSON → Starling values.
//
// The fixtures in tests/data/mastodon were written from the schemas of mastodon-openapi.json
// (Conversation, Context, Status, Notification, Account, CredentialAccount, MediaAttachment,
// CredentialApplication, DiscoverOauthServerConfigurationResponse, Instance, V1Instance); every
// fixture outside hostile/ validates against its schema. tests/data/mastodon/hostile holds bodies a
// broken or hostile server could send; more hostile shapes are made here by patching valid ones.
//
// The rule for hostile input (DESIGN.md, Errors): a body that is not the documented shape is an
// error; one bad item is left out with a warning; nothing with a missing or malformed required
// field reaches a page (verifyPage).
//
// Status HTML becomes text through core/text's HtmlToText, whose own tests are in TestTextRules;
// here, what the mapper makes of it.

#include "providers/JsonFields.h"
#include "providers/mastodon/MastodonClient.h"
#include "providers/mastodon/MastodonInstance.h"
#include "providers/mastodon/MastodonMapper.h"
#include "text/EntityExtractor.h"
#include "text/HtmlToText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace starling;
namespace mm = starling::mastodonmapper;

namespace {

const QString shop = u"109000000000000001"_s; // the account under test
const QString alice = u"109000000000000002"_s;
const QString bob = u"109000000000000003"_s; // bob@other.example
const QString carol = u"109000000000000004"_s; // no display name
const QString dave = u"109000000000000005"_s; // dave@mstdn.example

// Thread 1 (1:1 with Alice), oldest first; its first private status is the conversation's id.
const QString t1Root = u"113500000000000001"_s;
const QString t1Ours = u"113500000000000002"_s;
const QString t1Last = u"113500000000000010"_s;
// Thread 2 (group: Bob and Carol).
const QString t2Root = u"113500000000000003"_s;
const QString t2Last = u"113500000000000008"_s;
// Thread 3: Dave answered our public post in private.
const QString publicPost = u"113400000000000500"_s;
const QString t3Last = u"113500000000000005"_s;

QUuid accountId()
{
    return QUuid::fromString(u"{0b7cb5c4-41a1-4c84-8a3e-6b39f8f4e0aa}"_s);
}

mm::Context context(const QString &since = {})
{
    return mm::Context{accountId(), shop, since};
}

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QString::fromUtf8(STARLING_TEST_DATA_DIR) + u"/mastodon/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonDocument fixture(const QString &name)
{
    return QJsonDocument::fromJson(fixtureBytes(name));
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

const Message *findMessage(const FetchedPage &page, const QString &id)
{
    for (const Message &m : page.messages) {
        if (m.remoteId == id)
            return &m;
    }
    return nullptr;
}

const Conversation *findConversation(const FetchedPage &page, const QString &id)
{
    for (const Conversation &c : page.conversations) {
        if (c.remoteId == id)
            return &c;
    }
    return nullptr;
}

const Identity *findPerson(const FetchedPage &page, const QString &id)
{
    for (const Identity &p : page.people) {
        if (p.remoteId == id)
            return &p;
    }
    return nullptr;
}

QStringList messageIds(const FetchedPage &page)
{
    QStringList ids;
    for (const Message &m : page.messages)
        ids << m.remoteId;
    return ids;
}

/** Entities as short strings: "U:<url>", "@:<acct>", "#:<tag>" (the value), in order. */
QStringList describe(const QList<TextEntity> &entities, const QString &text = {})
{
    QStringList list;
    for (const TextEntity &e : entities) {
        const QChar kind = e.type == TextEntity::Type::Url ? u'U' : e.type == TextEntity::Type::Mention ? u'@' : u'#';
        list << QString(kind) + u':' + (text.isEmpty() ? e.value : text.mid(e.start, e.length()));
    }
    return list;
}

/** A whole conversations page with each thread's context, as the client assembles it. */
FetchedPage dmPage(const QString &since = {})
{
    auto listing = mm::conversations(fixture(u"conversations_page.json"_s), context(since));
    if (!listing)
        return {};
    const QHash<QString, QString> contexts{
        {t1Last, u"context_thread1.json"_s}, {t2Last, u"context_thread2.json"_s}, {t3Last, u"context_thread3.json"_s}};
    FetchedPage page;
    page.newestCursor = listing->newestStatusId;
    for (const mm::ConversationEntry &entry : listing->entries) {
        auto thread = mm::threadContext(fixture(contexts.value(entry.lastStatusId)));
        const FetchedPage part = mm::directThread(entry, thread.value(), context(since));
        page.people << part.people;
        page.conversations << part.conversations;
        page.messages << part.messages;
        page.warnings << part.warnings;
    }
    return page;
}

/** What every page must satisfy whatever the input. */
void verifyPage(const FetchedPage &page)
{
    QSet<QString> conversations;
    for (const Conversation &c : page.conversations) {
        QVERIFY2(mm::isId(c.remoteId), qPrintable(c.remoteId.left(80)));
        QVERIFY(!conversations.contains(c.remoteId));
        conversations.insert(c.remoteId);
        QCOMPARE(c.accountId, accountId());
        QVERIFY(!c.participantRemoteIds.contains(shop));
        for (const QString &p : c.participantRemoteIds)
            QVERIFY(mm::isId(p));
    }
    for (const Identity &p : page.people) {
        QVERIFY(mm::isId(p.remoteId));
        QVERIFY(!p.handle.isEmpty());
        QVERIFY(p.handle.size() <= 512 && p.displayName.size() <= json::maxStringLength);
    }
    for (const Message &m : page.messages) {
        QVERIFY2(mm::isId(m.remoteId), qPrintable(m.remoteId.left(80)));
        QVERIFY2(conversations.contains(m.conversationRemoteId), qPrintable(m.remoteId));
        QVERIFY(m.createdAt.isValid());
        QCOMPARE(m.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(m.createdAt >= utc(2006, 1, 1, 0, 0) && m.createdAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(mm::isId(m.authorRemoteId));
        QVERIFY(m.text.size() <= json::maxStringLength);
        QCOMPARE(m.direction, m.authorRemoteId == shop ? Message::Direction::Outbound : Message::Direction::Inbound);
        QVERIFY(m.replyToRemoteId.isEmpty() || mm::isId(m.replyToRemoteId));
        for (const Attachment &a : m.attachments)
            QVERIFY(mm::isId(a.remoteId));
    }
}

} // namespace

class TestMastodonMapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ids_data();
    void ids();
    void htmlEntitiesMatchTheExtractor();
    void conversations();
    void conversationsStopAtCursor();
    void directThreads();
    void directThreadsSinceCursor();
    void directThreadByRoot();
    void notifications();
    void notificationsStopAtCursor();
    void ownStatusesAndCreated();
    void accounts();
    void accountLinks();
    void media();
    void instance();
    void instanceSurvivesBadLimits();
    void instanceInSettings();
    void application();
    void authorizationServer();
    void links_data();
    void links();
    void streamEvents_data();
    void streamEvents();
    void replyTarget();
    void withMentions_data();
    void withMentions();
    void hostileBodies_data();
    void hostileBodies();
    void hostileItems();
    void patchedStatuses_data();
    void patchedStatuses();
};

void TestMastodonMapper::ids_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("snowflakes beyond 2^53") << u"113500000000000010"_s << u"113500000000000009"_s << 1;
    QTest::newRow("shorter number is smaller") << u"9"_s << u"10"_s << -1;
    QTest::newRow("equal") << u"418"_s << u"418"_s << 0;
    QTest::newRow("sortable non-numeric ids") << u"AbC9"_s << u"AbD0"_s << -1;
    QTest::newRow("longer non-numeric id is larger") << u"zz"_s << u"aaa"_s << -1;
}

void TestMastodonMapper::ids()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QCOMPARE(mm::compareIds(a, b), order);
    QCOMPARE(mm::compareIds(b, a), -order);
    QVERIFY(mm::isId(a) && mm::isId(b));
    for (const QString &bad : {u""_s, u"a/b"_s, u"../x"_s, u"1 2"_s, u"1?x=2"_s, QString(65, u'1'), u"é"_s})
        QVERIFY2(!mm::isId(bad), qPrintable(bad));
}

void TestMastodonMapper::htmlEntitiesMatchTheExtractor()
{
    // The store keeps only the text; the UI finds the entities again with EntityExtractor. For
    // what Mastodon itself sends, that must give back what the mapper saw.
    const QJsonObject status =
        fixture(u"context_thread1.json"_s).object().value(u"ancestors"_s).toArray().at(1).toObject();
    QList<HtmlToText::Mention> mentions;
    for (const QJsonValue &m : status.value(u"mentions"_s).toArray())
        mentions << HtmlToText::Mention{m[u"acct"_s].toString(), m[u"url"_s].toString()};
    const HtmlToText::PlainText plain = HtmlToText::convert(status.value(u"content"_s).toString(), mentions);
    QCOMPARE(plain.text, u"@alice Not at all. See https://shop.example.com/products/merino-scarf-grey?ref=mastodon"_s);
    QCOMPARE(describe(EntityExtractor(Network::Mastodon).entities(plain.text), plain.text),
             describe(plain.entities, plain.text));

    const QString remote = u"<p><span class=\"h-card\"><a href=\"https://other.example/@bob\" class=\"u-url mention\">"
                           "@<span>bob</span></a></span> see <a href=\"https://sandbox.social/tags/sale\" "
                           "class=\"mention hashtag\" rel=\"tag\">#<span>sale</span></a></p>"_s;
    const HtmlToText::PlainText second =
        HtmlToText::convert(remote, {{u"bob@other.example"_s, u"https://other.example/@bob"_s}});
    QCOMPARE(describe(EntityExtractor(Network::Mastodon).entities(second.text), second.text),
             describe(second.entities, second.text));
}

void TestMastodonMapper::conversations()
{
    auto listing = mm::conversations(fixture(u"conversations_page.json"_s), context());
    QVERIFY(listing.ok());
    // The fourth conversation has no last status (all deleted): nothing to show.
    QCOMPARE(listing->entries.size(), 3);
    QVERIFY(listing->warnings.isEmpty());
    QVERIFY(!listing->reachedSince);
    QCOMPARE(listing->newestStatusId, t1Last);
    const mm::ConversationEntry &first = listing->entries.at(0);
    QCOMPARE(first.id, u"418"_s);
    QVERIFY(first.unread);
    QCOMPARE(first.lastStatusId, t1Last);
    QCOMPARE(first.participants.size(), 1);
    QCOMPARE(first.participants.at(0).handle, u"alice"_s);
    const mm::ConversationEntry &group = listing->entries.at(1);
    QCOMPARE(group.participants.size(), 2);
    QCOMPARE(group.participants.at(0).handle, u"bob@other.example"_s);
    QCOMPARE(group.participants.at(1).displayName, u"carol"_s); // no display name: the username
}

void TestMastodonMapper::conversationsStopAtCursor()
{
    // Newest last status first: the first one at or below the cursor ends the fetch.
    auto listing = mm::conversations(fixture(u"conversations_page.json"_s), context(t2Last));
    QVERIFY(listing.ok());
    QCOMPARE(listing->entries.size(), 1);
    QCOMPARE(listing->entries.at(0).lastStatusId, t1Last);
    QVERIFY(listing->reachedSince);
    QCOMPARE(listing->newestStatusId, t1Last);

    auto nothingNew = mm::conversations(fixture(u"conversations_page.json"_s), context(t1Last));
    QVERIFY(nothingNew.ok());
    QVERIFY(nothingNew->entries.isEmpty());
    QVERIFY(nothingNew->reachedSince);
    QVERIFY(nothingNew->newestStatusId.isEmpty()); // the stored cursor stays
}

void TestMastodonMapper::directThreads()
{
    const FetchedPage page = dmPage();
    verifyPage(page);
    QVERIFY2(page.warnings.isEmpty(), page.warnings.isEmpty() ? "" : qPrintable(page.warnings.at(0).message()));
    QCOMPARE(page.newestCursor, t1Last);

    // Thread 1: 1:1, named after its first private status; the three statuses, oldest first.
    const Conversation *one = findConversation(page, t1Root);
    QVERIFY(one);
    QCOMPARE(one->kind, Conversation::Kind::Direct);
    QCOMPARE(one->participantRemoteIds, QStringList{alice});
    QCOMPARE(one->lastActivity, utc(2025, 11, 21, 10, 0));
    const Message *root = findMessage(page, t1Root);
    const Message *ours = findMessage(page, t1Ours);
    const Message *last = findMessage(page, t1Last);
    QVERIFY(root && ours && last);
    QCOMPARE(root->conversationRemoteId, t1Root);
    QCOMPARE(ours->conversationRemoteId, t1Root);
    QCOMPARE(last->conversationRemoteId, t1Root);
    QCOMPARE(root->kind, Message::Kind::DirectMessage);
    QCOMPARE(root->text, u"@shop Hi! Is the merino scarf itchy?"_s);
    QCOMPARE(ours->direction, Message::Direction::Outbound);
    QVERIFY(ours->read);
    QCOMPARE(ours->replyToRemoteId, t1Root);
    QCOMPARE(last->direction, Message::Direction::Inbound);
    QVERIFY(!last->read); // the conversation is unread
    QCOMPARE(last->text, u"@shop Perfect, ordering the grey one now!\n\nThanks & see you #slowfashion"_s);
    QCOMPARE(last->createdAt, utc(2025, 11, 21, 10, 0));
    QCOMPARE(last->attachments.size(), 1);
    const Attachment &photo = last->attachments.at(0);
    QCOMPARE(photo.kind, Attachment::Kind::Image);
    QCOMPARE(photo.remoteId, u"113400000000000900"_s);
    QCOMPARE(photo.url, QUrl(u"https://files.sandbox.social/media/original/photo.png"_s));
    QCOMPARE(photo.previewUrl, QUrl(u"https://files.sandbox.social/media/small/photo.png"_s));
    QCOMPARE(photo.altText, u"A grey merino scarf on a chair"_s);
    QCOMPARE(photo.width, 640);
    QCOMPARE(photo.height, 480);

    // Thread 2: a group; our last status has a content warning and a video; read on the web.
    const Conversation *group = findConversation(page, t2Root);
    QVERIFY(group);
    QCOMPARE(group->kind, Conversation::Kind::Group);
    QCOMPARE(group->participantRemoteIds, (QStringList{bob, carol}));
    const Message *cw = findMessage(page, t2Last);
    QVERIFY(cw);
    QCOMPARE(cw->text, u"CW: Plans\n\n@bob@other.example @carol Yes! Which weekend?"_s);
    QCOMPARE(cw->attachments.at(0).kind, Attachment::Kind::Video);
    QVERIFY(findMessage(page, t2Root)->read); // unread: false

    // Thread 3: Dave answered our public post in private; the post is not part of the DM.
    QVERIFY(findConversation(page, t3Last));
    QVERIFY(!findMessage(page, publicPost));
    QCOMPARE(findMessage(page, t3Last)->replyToRemoteId, publicPost);
    QCOMPARE(findConversation(page, t3Last)->participantRemoteIds, QStringList{dave});

    // People: the participants and authors, never ourselves, each once.
    QCOMPARE(page.people.size(), 4);
    QVERIFY(!findPerson(page, shop));
    const Identity *a = findPerson(page, alice);
    QVERIFY(a);
    QCOMPARE(a->handle, u"alice"_s);
    QCOMPARE(a->displayName, u"Alice Martin"_s);
    QCOMPARE(a->bio, u"Tea & trail running.\nShe/her"_s);
    QCOMPARE(a->avatarUrl, QUrl(u"https://sandbox.social/avatars/alice_static.png"_s));
    QCOMPARE(a->followersCount, 120);
    QCOMPARE(a->accountId, accountId());
    QCOMPARE(findPerson(page, bob)->handle, u"bob@other.example"_s);
}

void TestMastodonMapper::directThreadsSinceCursor()
{
    // With the cursor at thread 2's last status, only thread 1 has news, and of it only its last
    // status; the conversation keeps its id (found through the ancestors).
    const FetchedPage page = dmPage(t2Last);
    verifyPage(page);
    QCOMPARE(messageIds(page), QStringList{t1Last});
    QCOMPARE(page.messages.at(0).conversationRemoteId, t1Root);
}

void TestMastodonMapper::directThreadByRoot()
{
    auto page = mm::directThreadByRoot(fixture(u"status_thread1_root.json"_s), fixture(u"context_thread1_root.json"_s),
                                       context());
    QVERIFY(page.ok());
    verifyPage(page.value());
    // The public aside in the descendants is not part of the private thread.
    QCOMPARE(messageIds(page.value()), (QStringList{t1Root, t1Ours, t1Last}));
    QCOMPARE(page->conversations.size(), 1);
    QCOMPARE(page->conversations.at(0).remoteId, t1Root);
    QCOMPARE(page->conversations.at(0).participantRemoteIds, QStringList{alice});

    // A public status is not the root of a private thread.
    const QJsonDocument publicStatus(fixture(u"statuses_own.json"_s).array().at(1).toObject());
    auto notPrivate = mm::directThreadByRoot(publicStatus, fixture(u"context_thread1_root.json"_s), context());
    QVERIFY(!notPrivate.ok());
    QCOMPARE(notPrivate.error().code(), Error::Code::BadResponse);
}

void TestMastodonMapper::notifications()
{
    auto page = mm::notifications(fixture(u"notifications_page.json"_s), context(), u"9020"_s);
    QVERIFY(page.ok());
    verifyPage(page.value());
    QVERIFY(page->warnings.isEmpty());
    // The follow is not a mention; Dave's private mention comes with its conversation instead.
    QCOMPARE(messageIds(page.value()),
             (QStringList{u"113600000000000030"_s, u"113600000000000020"_s, u"113600000000000010"_s}));
    QCOMPARE(page->newestCursor, u"9050"_s); // notification ids, the follow's included
    QCOMPARE(page->nextPageToken, u"9020"_s);

    const Message *m1 = findMessage(page.value(), u"113600000000000030"_s);
    QCOMPARE(m1->kind, Message::Kind::Mention);
    QCOMPARE(m1->direction, Message::Direction::Inbound);
    QVERIFY(!m1->read);
    // A reply to our post is in the public thread named after that post.
    QCOMPARE(m1->conversationRemoteId, publicPost);
    QCOMPARE(m1->replyToRemoteId, publicPost);
    QCOMPARE(m1->text, u"@shop is the sale on until Sunday? #sale"_s);
    const Conversation *thread = findConversation(page.value(), publicPost);
    QVERIFY(thread);
    QCOMPARE(thread->kind, Conversation::Kind::PublicThread);
    QCOMPARE(thread->participantRemoteIds, QStringList{alice});

    // A mention that answers nothing is its own thread; its content warning comes first.
    const Message *m2 = findMessage(page.value(), u"113600000000000020"_s);
    QCOMPARE(m2->conversationRemoteId, u"113600000000000020"_s);
    QCOMPARE(m2->text, u"CW: Complaint\n\n@shop my order arrived broken 😢"_s);
    QCOMPARE(m2->attachments.at(0).kind, Attachment::Kind::Gif);
    QCOMPARE(m2->attachments.at(0).url, QUrl(u"https://other.example/files/dance.mp4"_s)); // remote_url
    QCOMPARE(findPerson(page.value(), bob)->handle, u"bob@other.example"_s);

    auto empty = mm::notifications(fixture(u"notifications_empty.json"_s), context(u"9050"_s), u"9000"_s);
    QVERIFY(empty.ok());
    QVERIFY(empty->messages.isEmpty());
    QVERIFY(empty->newestCursor.isEmpty());
    QVERIFY(empty->nextPageToken.isEmpty()); // an empty page ends the fetch
}

void TestMastodonMapper::notificationsStopAtCursor()
{
    auto page = mm::notifications(fixture(u"notifications_page.json"_s), context(u"9040"_s), u"9020"_s);
    QVERIFY(page.ok());
    QCOMPARE(messageIds(page.value()), QStringList{u"113600000000000030"_s});
    QCOMPARE(page->newestCursor, u"9050"_s);
    QVERIFY(page->nextPageToken.isEmpty()); // the cursor was reached: complete
}

void TestMastodonMapper::ownStatusesAndCreated()
{
    auto page = mm::ownStatuses(fixture(u"statuses_own.json"_s), context());
    QVERIFY(page.ok());
    verifyPage(page.value());
    QCOMPARE(page->messages.size(), 3);
    QCOMPARE(page->messages.at(0).kind, Message::Kind::DirectMessage);
    QCOMPARE(page->messages.at(1).kind, Message::Kind::OwnPost);
    QCOMPARE(page->messages.at(2).replyToRemoteId, u"113600000000000030"_s);
    for (const Message &m : page->messages)
        QCOMPARE(m.direction, Message::Direction::Outbound);

    auto created = mm::statusCreated(fixture(u"status_created.json"_s));
    QVERIFY(created.ok());
    QCOMPARE(created->remoteId, u"113800000000000001"_s);
    QCOMPARE(created->createdAt, utc(2025, 11, 24, 12, 0, 0, 123));
}

void TestMastodonMapper::accounts()
{
    auto me = mm::account(fixture(u"account_verify_credentials.json"_s), accountId());
    QVERIFY(me.ok());
    QCOMPARE(me->remoteId, shop);
    QCOMPARE(me->handle, u"shop"_s);
    QCOMPARE(me->displayName, u"Starling Shop"_s);
    QCOMPARE(me->bio, u"Homeware & clothes"_s);
    QCOMPARE(me->followersCount, 2310);
    auto remote = mm::account(fixture(u"account_remote.json"_s), accountId());
    QVERIFY(remote.ok());
    QCOMPARE(remote->handle, u"bob@other.example"_s);
    QCOMPARE(remote->displayName, u"Bob"_s);
}

void TestMastodonMapper::accountLinks()
{
    // The links of the profile's fields are the websites the person names.
    const QByteArray json = R"({"id": "109", "acct": "ana@shoes.social", "username": "ana", "display_name": "Ana",
        "note": "<p>Shoes</p>",
        "fields": [
            {"name": "Website", "value": "<a href=\"https://ana-shoes.example/\" rel=\"me\"><span class=\"invisible\">https://</span><span>ana-shoes.example/</span></a>", "verified_at": null},
            {"name": "Pronouns", "value": "she/her"},
            {"name": "Blog", "value": "<a href=\"https://blog.ana.example\">blog</a> and <a href=\"https://ana-shoes.example/\">shop</a>"},
            {"name": 5, "value": 7}]})";
    auto ana = mm::account(QJsonDocument::fromJson(json), accountId());
    QVERIFY(ana.ok());
    QCOMPARE(ana->links, (QStringList{u"https://ana-shoes.example/"_s, u"https://blog.ana.example"_s}));
}

void TestMastodonMapper::media()
{
    auto ready = mm::media(fixture(u"media_ready.json"_s));
    QVERIFY(ready.ok());
    QVERIFY(ready->processed);
    QCOMPARE(ready->type, u"image"_s);
    auto processing = mm::media(fixture(u"media_processing.json"_s));
    QVERIFY(processing.ok());
    QVERIFY(!processing->processed);
    QCOMPARE(processing->id, u"113400000000000903"_s);
}

void TestMastodonMapper::instance()
{
    const QDateTime now = utc(2025, 11, 24, 12, 0);
    auto v2 = mm::instance(fixture(u"instance_v2.json"_s), now);
    QVERIFY(v2.ok());
    QCOMPARE(v2->domain, u"sandbox.social"_s);
    QCOMPARE(v2->version, u"4.3.2"_s);
    QCOMPARE(v2->apiVersion, 2);
    QCOMPARE(v2->maxCharacters, 1000);
    QCOMPARE(v2->maxMediaAttachments, 6);
    QCOMPARE(v2->charactersReservedPerUrl, 23);
    QCOMPARE(v2->imageSizeLimit, qint64(16777216));
    QCOMPARE(v2->videoSizeLimit, qint64(103809024));
    QCOMPARE(v2->descriptionLimit, 1500);
    QCOMPARE(v2->streamingUrl, QUrl(u"wss://streaming.sandbox.social"_s));
    QVERIFY(v2->acceptsMimeType(u"video/mp4"_s));
    QVERIFY(!v2->acceptsMimeType(u"image/webp"_s));
    QCOMPARE(v2->sizeLimit(u"image/png"_s), qint64(16777216));
    QCOMPARE(v2->sizeLimit(u"audio/mpeg"_s), qint64(103809024));
    QCOMPARE(v2->fetchedAt, now);
    QVERIFY(v2->isKnown());
    QCOMPARE(v2->textRules().limits().maxLength, 1000);

    auto v1 = mm::instance(fixture(u"instance_v1.json"_s), now);
    QVERIFY(v1.ok());
    QCOMPARE(v1->maxCharacters, 5000);
    QCOMPARE(v1->streamingUrl, QUrl(u"wss://old.example"_s));
    QCOMPARE(v1->apiVersion, 0);
}

void TestMastodonMapper::instanceSurvivesBadLimits()
{
    // Nonsense limits keep the defaults: a hostile server cannot make every post too long.
    auto bad = mm::instance(fixture(u"hostile/instance_bad_limits.json"_s), utc(2025, 1, 1, 0, 0));
    QVERIFY(bad.ok());
    QCOMPARE(bad->maxCharacters, TextRules::defaultMastodonMaxCharacters);
    QCOMPARE(bad->charactersReservedPerUrl, TextRules::defaultMastodonUrlLength);
    QCOMPARE(bad->maxMediaAttachments, 4);
    QVERIFY(bad->supportedMimeTypes.isEmpty());
    QCOMPARE(bad->imageSizeLimit, qint64(0));
    QVERIFY(bad->streamingUrl.isEmpty()); // javascript: is not a streaming host
    QVERIFY(!mm::instance(fixture(u"hostile/instance_configuration_array.json"_s), {}).ok());
}

void TestMastodonMapper::instanceInSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    const QUuid account = QUuid::createUuid();
    QVERIFY(!MastodonInstance::load(settings, account).isKnown());
    auto v2 = mm::instance(fixture(u"instance_v2.json"_s), utc(2025, 11, 24, 12, 0));
    QVERIFY(v2.ok());
    v2->save(settings, account);
    settings.sync();
    QSettings again(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    const MastodonInstance loaded = MastodonInstance::load(again, account);
    QCOMPARE(loaded, v2.value());
    // Under the account's group, so that removing the account removes it.
    QVERIFY(again.childGroups().contains(u"Accounts"_s));
    again.remove(u"Accounts/"_s + account.toString(QUuid::WithoutBraces));
    QVERIFY(!MastodonInstance::load(again, account).isKnown());
}

void TestMastodonMapper::application()
{
    auto app = mm::application(fixture(u"application.json"_s));
    QVERIFY(app.ok());
    QCOMPARE(app->clientId, u"TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM"_s);
    QCOMPARE(app->clientSecret, "ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw"_ba);
    QCOMPARE(app->redirectUris, QStringList{u"http://127.0.0.1:47200/callback"_s});
    QCOMPARE(app->scopes.size(), 6);
    QVERIFY(!mm::application(fixture(u"hostile/application_bad.json"_s)).ok());
}

void TestMastodonMapper::authorizationServer()
{
    auto server = mm::authorizationServer(fixture(u"oauth_authorization_server.json"_s));
    QVERIFY(server.ok());
    QVERIFY(server->supportsPkce());
    QCOMPARE(server->authorizationEndpoint, QUrl(u"https://sandbox.social/oauth/authorize"_s));
    QCOMPARE(server->tokenEndpoint, QUrl(u"https://sandbox.social/oauth/token"_s));
    QCOMPARE(server->revocationEndpoint, QUrl(u"https://sandbox.social/oauth/revoke"_s));
    QCOMPARE(server->registrationEndpoint, QUrl(u"https://sandbox.social/api/v1/apps"_s));
    QVERIFY(server->scopesSupported.contains(u"write:conversations"_s));

    QJsonObject plain = fixture(u"oauth_authorization_server.json"_s).object();
    plain.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s});
    QVERIFY(!mm::authorizationServer(QJsonDocument(plain)).value().supportsPkce());
    plain.remove(u"token_endpoint"_s);
    QVERIFY(!mm::authorizationServer(QJsonDocument(plain)).ok());
}

void TestMastodonMapper::links_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("prev");
    QTest::newRow("Mastodon's own")
        << "<https://m.example/api/v1/notifications?max_id=34975535&types%5B%5D=mention>; rel=\"next\", "
           "<https://m.example/api/v1/notifications?min_id=34975861>; rel=\"prev\""_ba
        << u"34975535"_s << u"34975861"_s;
    QTest::newRow("prev only") << "<https://m.example/api/v1/conversations?min_id=7>; rel=\"prev\""_ba << QString()
                               << u"7"_s;
    QTest::newRow("unquoted rel, extra spaces and parameters")
        << " <https://m.example/x?max_id=5> ;  title=\"a, b\"; rel=next ,<https://m.example/x?min_id=9>;rel=prev"_ba
        << u"5"_s << u"9"_s;
    QTest::newRow("several relations in one")
        << "<https://m.example/x?max_id=3>; rel=\"next last\""_ba << u"3"_s << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("garbage") << "next, <<>>; rel=;;, <"_ba << QString() << QString();
}

void TestMastodonMapper::links()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, next);
    QFETCH(QString, prev);
    QCOMPARE(mm::linkParameter(header, u"next"_s, u"max_id"_s), next);
    QCOMPARE(mm::linkParameter(header, u"prev"_s, u"min_id"_s), prev);
}

void TestMastodonMapper::streamEvents_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("payloadId");

    const QByteArray notification =
        QJsonDocument(fixture(u"notifications_page.json"_s).array().at(0).toObject()).toJson(QJsonDocument::Compact);
    const auto frame = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
    QTest::newRow("notification, payload encoded twice") << frame({{u"stream"_s, QJsonArray{u"user"_s}},
                                                                   {u"event"_s, u"notification"_s},
                                                                   {u"payload"_s, QString::fromUtf8(notification)}})
                                                         << true << u"notification"_s << u"9050"_s;
    QTest::newRow("payload as an object is tolerated") << frame({{u"stream"_s, QJsonArray{u"direct"_s}},
                                                                 {u"event"_s, u"conversation"_s},
                                                                 {u"payload"_s, QJsonObject{{u"id"_s, u"418"_s}}}})
                                                       << true << u"conversation"_s << u"418"_s;
    QTest::newRow("delete has a bare id")
        << frame({{u"stream"_s, QJsonArray{u"user"_s}}, {u"event"_s, u"delete"_s}, {u"payload"_s, u"1135"_s}}) << true
        << u"delete"_s << QString();
    QTest::newRow("filters_changed has no payload")
        << frame({{u"stream"_s, QJsonArray{u"user"_s}}, {u"event"_s, u"filters_changed"_s}}) << true
        << u"filters_changed"_s << QString();
    QTest::newRow("payload that is not JSON")
        << frame({{u"event"_s, u"update"_s}, {u"payload"_s, u"{not json"_s}}) << false << QString() << QString();
    QTest::newRow("payload that is a list")
        << frame({{u"event"_s, u"update"_s}, {u"payload"_s, u"[1,2]"_s}}) << false << QString() << QString();
    QTest::newRow("no event") << frame({{u"payload"_s, u"{}"_s}}) << false << QString() << QString();
    QTest::newRow("not JSON") << ":thump"_ba << false << QString() << QString();
    QTest::newRow("a list") << "[]"_ba << false << QString() << QString();
}

void TestMastodonMapper::streamEvents()
{
    QFETCH(QByteArray, frame);
    QFETCH(bool, ok);
    QFETCH(QString, event);
    QFETCH(QString, payloadId);
    auto parsed = mm::streamEvent(frame);
    QCOMPARE(parsed.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(parsed->event, event);
    QCOMPARE(parsed->payload.value(u"id"_s).toString(), payloadId);
    if (event == u"delete")
        QCOMPARE(parsed->deletedId, u"1135"_s);
}

void TestMastodonMapper::replyTarget()
{
    // A private group thread: everyone but us, each once, in order; the newest status.
    auto thread = mm::threadContext(fixture(u"context_thread2.json"_s));
    QVERIFY(thread.ok());
    QList<QJsonObject> statuses = thread->ancestors;
    statuses << fixture(u"conversations_page.json"_s).array().at(1).toObject().value(u"last_status"_s).toObject();
    const mm::ReplyTarget target = mm::replyTarget(statuses, shop);
    QCOMPARE(target.accts, (QStringList{u"bob@other.example"_s, u"carol"_s}));
    QCOMPARE(target.newestStatusId, t2Last);
    QCOMPARE(target.visibility, u"direct"_s);

    // A reply to Carol's followers-only mention stays followers-only and mentions Alice too.
    const QJsonObject privateMention =
        fixture(u"notifications_page.json"_s).array().at(4).toObject().value(u"status"_s).toObject();
    const mm::ReplyTarget reply = mm::replyTarget({privateMention}, shop);
    QCOMPARE(reply.accts, (QStringList{u"carol"_s, u"alice"_s}));
    QCOMPARE(reply.visibility, u"private"_s);
    QCOMPARE(mm::replyTarget({}, shop).visibility, u"public"_s);
}

void TestMastodonMapper::withMentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("accts");
    QTest::addColumn<QString>("result");
    QTest::newRow("adds everyone in front")
        << u"Hi both"_s << QStringList{u"bob@other.example"_s, u"carol"_s} << u"@bob@other.example @carol Hi both"_s;
    QTest::newRow("keeps mentions already written, whatever the case")
        << u"thanks @Carol!"_s << QStringList{u"bob@other.example"_s, u"carol"_s}
        << u"@bob@other.example thanks @Carol!"_s;
    QTest::newRow("nothing to add") << u"@alice yes"_s << QStringList{u"alice"_s} << u"@alice yes"_s;
    QTest::newRow("a leading @ in the acct") << u"ok"_s << QStringList{u"@alice"_s} << u"@alice ok"_s;
    QTest::newRow("duplicates once") << u"x"_s << QStringList{u"alice"_s, u"ALICE"_s} << u"@alice x"_s;
    QTest::newRow("media only: mentions alone") << QString() << QStringList{u"alice"_s} << u"@alice"_s;
}

void TestMastodonMapper::withMentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, accts);
    QFETCH(QString, result);
    QCOMPARE(MastodonClient::withMentions(text, accts), result);
}

void TestMastodonMapper::hostileBodies_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"error_object.json", "top_level_null.json", "top_level_string.json",
                             "top_level_number.json", "truncated.json", "html_error_page.json"})
        QTest::newRow(name) << u"hostile/"_s + QString::fromLatin1(name);
}

void TestMastodonMapper::hostileBodies()
{
    // A body that is not the documented shape yields an error from every mapper, never a page.
    QFETCH(QString, name);
    const QJsonDocument document = QJsonDocument::fromJson(fixtureBytes(name));
    QVERIFY(!mm::conversations(document, context()).ok());
    QVERIFY(!mm::notifications(document, context()).ok());
    QVERIFY(!mm::ownStatuses(document, context()).ok());
    QVERIFY(!mm::threadContext(document).ok());
    QVERIFY(!mm::instance(document, {}).ok());
    QVERIFY(!mm::application(document).ok());
    QVERIFY(!mm::authorizationServer(document).ok());
    QVERIFY(!mm::media(document).ok());
    QVERIFY(!mm::statusCreated(document).ok());
    QVERIFY(!mm::account(document, accountId()).ok());
    QVERIFY(!mm::directThreadByRoot(document, document, context()).ok());
}

void TestMastodonMapper::hostileItems()
{
    // Conversations: only the well-formed entry survives, the others are warnings.
    auto listing = mm::conversations(fixture(u"hostile/conversations_bad.json"_s), context());
    QVERIFY(listing.ok());
    QCOMPARE(listing->entries.size(), 1);
    QCOMPARE(listing->entries.at(0).id, u"412"_s);
    // Of its three participants only Alice is readable.
    QCOMPARE(listing->entries.at(0).participants.size(), 1);
    QCOMPARE(listing->warnings.size(), 7 + 2);

    // Statuses of a context: every patched one is left out with a warning.
    auto thread = mm::threadContext(fixture(u"hostile/context_bad_statuses.json"_s));
    QVERIFY(thread.ok());
    mm::ConversationEntry entry = listing->entries.at(0);
    const FetchedPage page = mm::directThread(entry, thread.value(), context());
    verifyPage(page);
    // What survives: the last status itself and the ancestor whose only fault is two of its
    // three attachments (they are dropped, each with a warning).
    QCOMPARE(messageIds(page), (QStringList{t1Last, t3Last}));
    QCOMPARE(findMessage(page, t1Last)->attachments.size(), 1);
    QVERIFY(page.warnings.size() >= 10);
    QVERIFY(!mm::threadContext(fixture(u"hostile/context_ancestors_object.json"_s)).ok());

    // Notifications: one good one is left of eight.
    auto notes = mm::notifications(fixture(u"hostile/notifications_bad.json"_s), context(), u"1"_s);
    QVERIFY(notes.ok());
    verifyPage(notes.value());
    QCOMPARE(messageIds(notes.value()), QStringList{u"113600000000000020"_s});
    QCOMPARE(notes->warnings.size(), 7);
    QVERIFY(!mm::media(fixture(u"hostile/media_no_id.json"_s)).ok());
}

void TestMastodonMapper::patchedStatuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("kept");
    QTest::newRow("huge content is refused") << u"content"_s << QJsonValue(QString(100 * 1024, u'x')) << false;
    QTest::newRow("deeply nested content") << u"content"_s << QJsonValue(QJsonArray{QJsonArray{QJsonArray{}}}) << false;
    QTest::newRow("time without offset") << u"created_at"_s << QJsonValue(u"2025-11-21T10:00:00"_s) << false;
    QTest::newRow("bare date") << u"created_at"_s << QJsonValue(u"2025-11-21"_s) << false;
    // The same window as X (JsonFields.h): placeholders and times no clock explains are bad.
    QTest::newRow("year 9999") << u"created_at"_s << QJsonValue(u"9999-12-31T00:00:00.000Z"_s) << false;
    QTest::newRow("year 0001") << u"created_at"_s << QJsonValue(u"0001-01-01T00:00:00.000Z"_s) << false;
    QTest::newRow("the epoch") << u"created_at"_s << QJsonValue(u"1970-01-01T00:00:00.000Z"_s) << false;
    QTest::newRow("two days ahead") << u"created_at"_s
                                    << QJsonValue(
                                           QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs))
                                    << false;
    QTest::newRow("an hour ahead is a clock ahead of ours")
        << u"created_at"_s << QJsonValue(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs))
        << true;
    QTest::newRow("id with a slash") << u"id"_s << QJsonValue(u"1/../2"_s) << false;
    QTest::newRow("numeric id") << u"id"_s << QJsonValue(113500000000000010.0) << false;
    QTest::newRow("unknown extra fields are fine") << u"quote"_s << QJsonValue(QJsonObject{{u"x"_s, 1}}) << true;
    QTest::newRow("null spoiler is none") << u"spoiler_text"_s << QJsonValue(QJsonValue::Null) << true;
    QTest::newRow("missing mentions are none") << u"mentions"_s << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("html in the content is text")
        << u"content"_s << QJsonValue(u"<p><img src=x onerror=alert(1)>hi</p>"_s) << true;
}

void TestMastodonMapper::patchedStatuses()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, kept);
    QJsonObject status =
        fixture(u"conversations_page.json"_s).array().at(0).toObject().value(u"last_status"_s).toObject();
    if (value.isUndefined())
        status.remove(key);
    else
        status.insert(key, value);
    // Through text, as on the wire.
    const QJsonObject wire = QJsonDocument::fromJson(QJsonDocument(status).toJson()).object();
    QList<Error> warnings;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto m = mm::message(wire, context(), Message::Kind::DirectMessage, t1Root, warnings);
    QCOMPARE(m.has_value(), kept);
    QCOMPARE(warnings.isEmpty(), kept);
    if (m && key == u"content")
        QCOMPARE(m->text, u"hi"_s);
    if (m && key == u"created_at") // read as now, where it arrived
        QVERIFY(m->createdAt >= before && m->createdAt <= QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(TestMastodonMapper)
#include "TestMastodonMapper.moc"
