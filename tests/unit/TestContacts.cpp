// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts: people across networks in the store: linking and splitting, fields, tags, the lead
// pipeline, notes, the timeline, and CSV / vCard import and export. Runs on SQLite and, as
// TestContacts.postgres, on a private PostgreSQL cluster.

#include "PostgresServer.h"
#include "TestData.h"
#include "contacts/ContactTransfer.h"
#include "contacts/Suggestions.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/PageWriter.h"

#include <QBuffer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

template<typename T>
T valueOrFail(Result<T> result)
{
    if (!result.ok())
        qFatal("unexpected error: %s", qPrintable(result.error().message()));
    return std::move(result).value();
}

QString why(const Error &error)
{
    return error.message();
}

} // namespace

class TestContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pipelineIsSeeded();
    void everyoneWeTalkToBecomesAContact();
    void linkAndSplitKeepMessagesWithTheirIdentity();
    void linkingALoneIdentityBringsWhatItsContactKnew();
    void mergeKeepsBothSides();
    void stagesKeepTheirHistory();
    void pipelineEditing();
    void pipelineEditIsAllOrNothing();
    void tagsNotesAndFilters();
    void timelinePagesThroughEverythingOnce();
    void findIdentityByHandle();
    void profileMakesAndFindsContacts();
    void suggestionsCanBeTurnedDown();
    void profileWebsitesAreEvidence();
    void csvImportIsAllOrNothing();
    void csvImportLinksHandlesAndExportRoundTrips();
    void vcardExport();

private:
    Database &db() { return *m_db; }
    /** A DM conversation of @p account with @p person: @p inbound messages from them, @p outbound ours. */
    void talk(const Account &account, const QString &person, const QString &name, const QString &bio, int inbound,
              int outbound, qint64 startSecond);
    qint64 identity(const Account &account, const QString &person);
    QList<qint64> authorsOfMessagesFrom(const QString &person);

    test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PageWriter> m_writer;
    Account m_x = testdata::account(u"shop"_s, Network::X);
    Account m_mastodon = testdata::account(u"shop@mastodon.social"_s, Network::Mastodon);
};

void TestContacts::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestContacts::init()
{
    auto db = Database::open(m_databases.newLocation(u"store"_s), Database::Role::Writer);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message()));
    m_db = std::move(db).value();
    m_mastodon.remoteUserId = u"m-self"_s;
    m_mastodon.serverUrl = QUrl(u"https://mastodon.social"_s);
    AccountRepository accounts(*m_db);
    QVERIFY(accounts.upsert(m_x).ok());
    QVERIFY(accounts.upsert(m_mastodon).ok());
    m_writer = std::make_unique<PageWriter>(*m_db);
}

void TestContacts::cleanup()
{
    m_writer.reset();
    m_db.reset();
}

void TestContacts::talk(const Account &account, const QString &person, const QString &name, const QString &bio,
                        int inbound, int outbound, qint64 startSecond)
{
    SyncPage page;
    page.accountId = account.id;
    page.stream = u"dm"_s;
    Identity who = testdata::person(account.id, person);
    who.displayName = name;
    who.handle = person;
    who.bio = bio;
    page.identities << who;
    const QString conversation = u"dm-"_s + person;
    page.conversations << testdata::directConversation(account.id, conversation, person);
    for (int i = 0; i < inbound; ++i)
        page.messages << testdata::inboundDm(account.id, conversation, u"%1-in-%2"_s.arg(person).arg(i), person,
                                             u"from %1 #%2"_s.arg(person).arg(i), testdata::at(startSecond + 2 * i));
    for (int i = 0; i < outbound; ++i) {
        Message m =
            testdata::inboundDm(account.id, conversation, u"%1-out-%2"_s.arg(person).arg(i), account.remoteUserId,
                                u"to %1 #%2"_s.arg(person).arg(i), testdata::at(startSecond + 2 * i + 1));
        m.direction = Message::Direction::Outbound;
        page.messages << m;
    }
    auto r = m_writer->write(page);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message()));
}

qint64 TestContacts::identity(const Account &account, const QString &person)
{
    QSqlQuery q(db().connection());
    q.prepare(
        u"SELECT i.id FROM identities i JOIN accounts a ON a.id = i.account_id WHERE a.uuid = ? AND i.remote_id = ?"_s);
    q.addBindValue(account.id.toString(QUuid::WithoutBraces));
    q.addBindValue(person);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> TestContacts::authorsOfMessagesFrom(const QString &person)
{
    QSqlQuery q(db().connection());
    q.prepare(u"SELECT DISTINCT author_id FROM messages WHERE remote_id LIKE ? ORDER BY 1"_s);
    q.addBindValue(QString(person + u"-in-%"_s));
    QList<qint64> ids;
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

void TestContacts::pipelineIsSeeded()
{
    ContactRepository repo(db());
    const QList<PipelineStage> stages = valueOrFail(repo.pipeline());
    QStringList names;
    for (const PipelineStage &s : stages)
        names << s.name;
    QCOMPARE(names, (QStringList{u"New"_s, u"Contacted"_s, u"Qualified"_s, u"Customer"_s, u"Lost"_s}));
}

void TestContacts::everyoneWeTalkToBecomesAContact()
{
    // Storing a page makes a contact of everyone in it, as they come.
    talk(m_x, u"ana"_s, u"Ana Lima"_s, {}, 2, 1, 0);
    talk(m_mastodon, u"bo"_s, u"Bo"_s, {}, 1, 0, 100);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 2);
    ContactRepository repo(db());
    QCOMPARE(valueOrFail(repo.ensureContactsForPeople()), 0);
    // A store from before that (people without a contact) catches up, once.
    QVERIFY(exec(db(), u"UPDATE identities SET contact_id = NULL"_s));
    QVERIFY(exec(db(), u"DELETE FROM contacts"_s));
    QVERIFY(repo.catchUpOnce().ok());
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 2);
    QVERIFY(exec(db(), u"DELETE FROM contacts"_s));
    QVERIFY(repo.catchUpOnce().ok());
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 0); // once only
    QCOMPARE(valueOrFail(repo.ensureContactsForPeople()), 2);
    QCOMPARE(valueOrFail(repo.ensureContactsForPeople()), 0);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 2);
    // A person first named by nothing (a message's author the page did not describe) is named
    // when a page describes them.
    SyncPage page;
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    page.conversations << testdata::directConversation(m_x.id, u"c-cy"_s, u"cy"_s);
    page.messages << testdata::inboundDm(m_x.id, u"c-cy"_s, u"cy1"_s, u"cy"_s, u"hi"_s, testdata::at(500));
    QVERIFY(m_writer->write(page).ok());
    const qint64 cy = valueOrFail(repo.contactOf(identity(m_x, u"cy"_s)));
    QVERIFY(cy != 0);
    QCOMPARE(valueOrFail(repo.contact(cy))->displayName, QString());
    page = {};
    page.accountId = m_x.id;
    page.stream = u"dm"_s;
    Identity cyYoung = testdata::person(m_x.id, u"cy"_s);
    cyYoung.displayName = u"Cy Young"_s;
    page.identities << cyYoung;
    auto named = m_writer->write(page);
    QVERIFY(named.ok());
    QVERIFY(named->contactsChanged);
    QCOMPARE(valueOrFail(repo.contact(cy))->displayName, u"Cy Young"_s);
    QVERIFY(exec(db(), u"DELETE FROM contacts WHERE id = %1"_s.arg(cy)));
    // Our own accounts are nobody's contact.
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM identities i JOIN accounts a ON a.id = i.account_id"
                          " WHERE i.remote_id = a.remote_user_id AND i.contact_id IS NOT NULL"_s),
             0);
    const QList<ContactRow> rows = valueOrFail(repo.list({}));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).contact.displayName, u"Ana Lima"_s);
    QCOMPARE(rows.at(0).networks, QList<Network>{Network::X});
    QCOMPARE(rows.at(0).lastContact.isValid(), true);
}

void TestContacts::linkAndSplitKeepMessagesWithTheirIdentity()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 3, 2, 0);
    talk(m_mastodon, u"ana_m"_s, u"Ana"_s, {}, 2, 1, 1000);
    ContactRepository repo(db());
    QVERIFY(repo.ensureContactsForPeople().ok());
    const qint64 onX = identity(m_x, u"ana"_s);
    const qint64 onMastodon = identity(m_mastodon, u"ana_m"_s);
    QVERIFY(onX != 0 && onMastodon != 0);
    const QList<qint64> authorsX = authorsOfMessagesFrom(u"ana"_s);
    const QList<qint64> authorsM = authorsOfMessagesFrom(u"ana_m"_s);
    QCOMPARE(authorsX, QList<qint64>{onX});
    QCOMPARE(authorsM, QList<qint64>{onMastodon});

    const qint64 contact = valueOrFail(repo.ensureContact(onX));
    QVERIFY(repo.link(contact, onMastodon).ok());
    QCOMPARE(valueOrFail(repo.contact(contact))->identityIds, (QList<qint64>{onX, onMastodon}));
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1); // the Mastodon one's empty contact went
    // Every message still belongs to the identity that wrote it; the timeline has all of both.
    QCOMPARE(authorsOfMessagesFrom(u"ana"_s), authorsX);
    QCOMPARE(authorsOfMessagesFrom(u"ana_m"_s), authorsM);
    QList<TimelineEntry> all = valueOrFail(repo.timeline(contact, std::nullopt, 100));
    QCOMPARE(all.size(), 3 + 2 + 2 + 1);
    QCOMPARE(std::count_if(all.begin(), all.end(), [](const TimelineEntry &e) { return e.outbound; }), 3);
    QCOMPARE(all.constFirst().network, Network::Mastodon); // the newest

    // Split: the Mastodon identity gets a contact of its own and takes its messages along.
    const qint64 split = valueOrFail(repo.unlink(onMastodon, testdata::at(5000)));
    QVERIFY(split != contact);
    QCOMPARE(valueOrFail(repo.contact(contact))->identityIds, QList<qint64>{onX});
    QCOMPARE(valueOrFail(repo.contact(split))->identityIds, QList<qint64>{onMastodon});
    QCOMPARE(valueOrFail(repo.timeline(contact, std::nullopt, 100)).size(), 5);
    QCOMPARE(valueOrFail(repo.timeline(split, std::nullopt, 100)).size(), 3);
    QCOMPARE(authorsOfMessagesFrom(u"ana"_s), authorsX);
    QCOMPARE(authorsOfMessagesFrom(u"ana_m"_s), authorsM);
    // The last identity of a contact cannot be split off.
    auto lonely = repo.unlink(onX, testdata::at(5001));
    QVERIFY(!lonely.ok());
    QCOMPARE(lonely.error().code(), Error::Code::InvalidInput);
}

void TestContacts::linkingALoneIdentityBringsWhatItsContactKnew()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 1, 0, 0);
    talk(m_mastodon, u"ana_m"_s, u"Ana M"_s, {}, 1, 0, 10);
    ContactRepository repo(db());
    const qint64 a = valueOrFail(repo.ensureContact(identity(m_x, u"ana"_s)));
    const qint64 b = valueOrFail(repo.ensureContact(identity(m_mastodon, u"ana_m"_s)));
    QVERIFY(repo.addNote(b, {}, u"Prefers e-mail"_s, testdata::at(20)).ok());
    QVERIFY(repo.addTag({b}, u"vip"_s).ok());
    Contact fields = *valueOrFail(repo.contact(b));
    fields.email = u"ana@example.com"_s;
    QVERIFY(repo.updateFields(fields, testdata::at(21)).ok());
    QVERIFY(repo.link(a, identity(m_mastodon, u"ana_m"_s)).ok());
    QVERIFY(!valueOrFail(repo.contact(b)).has_value());
    const Contact merged = *valueOrFail(repo.contact(a));
    QCOMPARE(merged.email, u"ana@example.com"_s);
    QCOMPARE(merged.tags, QStringList{u"vip"_s});
    QCOMPARE(merged.displayName, u"Ana"_s); // the target's own name wins
    QCOMPARE(valueOrFail(repo.notes(a)).size(), 1);
}

void TestContacts::mergeKeepsBothSides()
{
    ContactRepository repo(db());
    Contact one;
    one.displayName = u"Ana"_s;
    one.company = u"Shop"_s;
    one.customFields = {{u"size"_s, u"M"_s}};
    one.tags = {u"a"_s};
    Contact two;
    two.displayName = u"Ana Lima"_s;
    two.company = u"Other"_s;
    two.phone = u"+351 1"_s;
    two.customFields = {{u"size"_s, u"L"_s}, {u"colour"_s, u"red"_s}};
    two.tags = {u"b"_s};
    two.stage = u"Qualified"_s;
    const qint64 a = valueOrFail(repo.create(one, u"note one"_s, testdata::at(0)));
    const qint64 b = valueOrFail(repo.create(two, u"note two"_s, testdata::at(1)));
    QVERIFY(repo.addNote(b, u"sam"_s, u"called"_s, testdata::at(2)).ok());
    QVERIFY(!repo.merge(a, a).ok());
    QVERIFY(repo.merge(a, b).ok());
    const Contact m = *valueOrFail(repo.contact(a));
    QCOMPARE(m.company, u"Shop"_s);
    QCOMPARE(m.phone, u"+351 1"_s);
    QCOMPARE(m.customFields.value(u"size"_s), u"M"_s);
    QCOMPARE(m.customFields.value(u"colour"_s), u"red"_s);
    QCOMPARE(m.tags, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(m.stage, u"Qualified"_s);
    QCOMPARE(valueOrFail(repo.contactNote(a)), u"note one"_s);
    QCOMPARE(valueOrFail(repo.notes(a)).constFirst().author, u"sam"_s);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contact_stage_history WHERE contact_id = %1"_s.arg(a)), 1);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1);
    auto gone = repo.merge(a, b);
    QCOMPARE(gone.error().code(), Error::Code::NotFound);
}

void TestContacts::stagesKeepTheirHistory()
{
    ContactRepository repo(db());
    Contact c;
    c.displayName = u"Lead"_s;
    const qint64 id = valueOrFail(repo.create(c, {}, testdata::at(0)));
    QVERIFY(repo.setStage({id}, u"New"_s, {}, testdata::at(10)).ok());
    QVERIFY(repo.setStage({id}, u"New"_s, {}, testdata::at(11)).value().isEmpty()); // already there
    QVERIFY(repo.setStage({id}, u"Customer"_s, u"sam"_s, QDateTime(QDate(2026, 7, 3), QTime(9, 0), Qt::UTC)).ok());
    auto unknown = repo.setStage({id}, u"Nope"_s, {}, testdata::at(12));
    QCOMPARE(unknown.error().code(), Error::Code::NotFound);
    const Contact now = *valueOrFail(repo.contact(id));
    QCOMPARE(now.stage, u"Customer"_s);
    QCOMPARE(now.stageReachedAt, QDateTime(QDate(2026, 7, 3), QTime(9, 0), Qt::UTC));
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contact_stage_history"_s), 2);
    const QList<StageMonth> months = valueOrFail(repo.conversions(QDate(2026, 1, 1)));
    bool found = false;
    for (const StageMonth &m : months) {
        if (m.stage == u"Customer" && m.month == QDate(2026, 7, 1)) {
            QCOMPARE(m.reached, 1);
            found = true;
        }
    }
    QVERIFY(found);
    // A renamed stage keeps the name the history was written with.
    QVERIFY(repo.renameStage(u"Customer"_s, u"Client"_s).ok());
    QCOMPARE(valueOrFail(repo.contact(id))->stage, u"Client"_s);
    QList<TimelineEntry> t = valueOrFail(repo.timeline(id, std::nullopt, 10));
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(0).kind, TimelineEntry::Kind::StageChange);
    QCOMPARE(t.at(0).text, u"Customer"_s);
    QCOMPARE(t.at(0).author, u"sam"_s);
    // Clearing the stage.
    QVERIFY(repo.setStage({id}, {}, {}, testdata::at(20)).ok());
    QVERIFY(valueOrFail(repo.contact(id))->stage.isEmpty());
}

void TestContacts::pipelineEditIsAllOrNothing()
{
    ContactRepository repo(db());
    const auto names = [&repo] {
        QStringList list;
        const auto stages = repo.pipeline();
        for (const PipelineStage &stage : stages.value())
            list << stage.name;
        return list;
    };
    const QStringList before = names();
    // The last step fails (an order that leaves a stage out): the rename, removal and addition
    // before it are undone.
    PipelineEdit bad;
    bad.renames = {{u"New"_s, u"Fresh"_s}};
    bad.removed = {u"Lost"_s};
    bad.added = {u"Demo"_s};
    bad.order = {u"Fresh"_s, u"Contacted"_s};
    QCOMPARE(repo.editPipeline(bad).error().code(), Error::Code::InvalidInput);
    QCOMPARE(names(), before);
    // The same edit with the whole order goes in.
    PipelineEdit good = bad;
    good.order = {u"Demo"_s, u"Fresh"_s, u"Contacted"_s, u"Qualified"_s, u"Customer"_s};
    QVERIFY(repo.editPipeline(good).value().contactsChanged);
    QCOMPARE(names(), good.order);
}

void TestContacts::pipelineEditing()
{
    ContactRepository repo(db());
    QVERIFY(repo.addStage(u"Demo booked"_s).ok());
    QCOMPARE(repo.addStage(u"Demo booked"_s).error().code(), Error::Code::InvalidInput);
    QCOMPARE(repo.addStage(u"  "_s).error().code(), Error::Code::InvalidInput);
    QCOMPARE(repo.renameStage(u"New"_s, u"Lost"_s).error().code(), Error::Code::InvalidInput);
    QCOMPARE(repo.renameStage(u"Nope"_s, u"Other"_s).error().code(), Error::Code::NotFound);
    Contact c;
    c.displayName = u"Lead"_s;
    c.stage = u"Qualified"_s;
    const qint64 id = valueOrFail(repo.create(c, {}, testdata::at(0)));
    QCOMPARE(valueOrFail(repo.pipeline()).at(2).contactCount, 1);
    QVERIFY(repo.removeStage(u"Qualified"_s).ok());
    QVERIFY(valueOrFail(repo.contact(id))->stage.isEmpty());
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contact_stage_history WHERE stage_name = 'Qualified'"_s), 1);
    QCOMPARE(repo.reorderStages({u"New"_s}).error().code(), Error::Code::InvalidInput);
    const QStringList order{u"Lost"_s, u"Demo booked"_s, u"Customer"_s, u"Contacted"_s, u"New"_s};
    QVERIFY(repo.reorderStages(order).ok());
    QStringList names;
    for (const PipelineStage &s : valueOrFail(repo.pipeline()))
        names << s.name;
    QCOMPARE(names, order);
}

void TestContacts::tagsNotesAndFilters()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, {}, 1, 0, 0);
    talk(m_mastodon, u"bo"_s, u"Bo Chen"_s, {}, 1, 0, 50'000);
    ContactRepository repo(db());
    QVERIFY(repo.ensureContactsForPeople().ok());
    const qint64 ana = valueOrFail(repo.ensureContact(identity(m_x, u"ana"_s)));
    const qint64 bo = valueOrFail(repo.ensureContact(identity(m_mastodon, u"bo"_s)));
    Contact lead;
    lead.displayName = u"Cy 100%_sure"_s;
    lead.company = u"Acme"_s;
    const qint64 cy = valueOrFail(repo.create(lead, {}, testdata::at(0)));
    QVERIFY(repo.addTag({ana, bo}, u"vip"_s).ok());
    QCOMPARE(repo.addTag({ana}, QString(41, u'x')).error().code(), Error::Code::InvalidInput);
    QVERIFY(repo.removeTag({bo}, u"vip"_s).ok());
    QVERIFY(repo.setStage({bo, cy}, u"Contacted"_s, {}, testdata::at(1)).ok());
    QCOMPARE(repo.addNote(ana, {}, u"  "_s, testdata::at(2)).error().code(), Error::Code::InvalidInput);
    QCOMPARE(repo.addNote(999, {}, u"x"_s, testdata::at(2)).error().code(), Error::Code::NotFound);

    const auto ids = [&](const ContactFilter &f) {
        QList<qint64> out;
        for (const ContactRow &r : valueOrFail(repo.list(f)))
            out << r.contact.id;
        // count() says how many match in all, whatever page list() was asked for.
        const bool paged = f.offset != 0 || f.limit != ContactFilter().limit;
        if (!paged && valueOrFail(repo.count(f)) != out.size())
            QTest::qFail("count() and list() disagree", __FILE__, __LINE__);
        return out;
    };
    ContactFilter f;
    QCOMPARE(ids(f), (QList<qint64>{ana, bo, cy})); // by name
    f.tag = u"vip"_s;
    QCOMPARE(ids(f), QList<qint64>{ana});
    f = {};
    f.stage = u"Contacted"_s;
    QCOMPARE(ids(f), (QList<qint64>{bo, cy}));
    f = {};
    f.withoutStage = true;
    QCOMPARE(ids(f), QList<qint64>{ana});
    f = {};
    f.network = Network::Mastodon;
    QCOMPARE(ids(f), QList<qint64>{bo});
    f = {};
    f.search = u"acme"_s;
    QCOMPARE(ids(f), QList<qint64>{cy});
    f.search = u"100%_"_s; // LIKE's wildcards are plain characters here
    QCOMPARE(ids(f), QList<qint64>{cy});
    f.search = u"0%"_s;
    QCOMPARE(ids(f), QList<qint64>{cy});
    f.search = u"%"_s;
    QCOMPARE(ids(f), QList<qint64>{cy});
    f = {};
    f.lastContactAfter = testdata::at(10'000);
    QCOMPARE(ids(f), QList<qint64>{bo});
    f = {};
    f.sort = ContactFilter::Sort::LastContact;
    QCOMPARE(ids(f), (QList<qint64>{bo, ana, cy}));
    f.sort = ContactFilter::Sort::Stage;
    QCOMPARE(ids(f).mid(0, 2), (QList<qint64>{bo, cy}));
    f = {};
    f.limit = 1;
    f.offset = 1;
    QCOMPARE(ids(f), QList<qint64>{bo});
    const QList<ContactRow> rows = valueOrFail(repo.list({}));
    QCOMPARE(rows.at(0).contact.tags, QStringList{u"vip"_s});
    QCOMPARE(valueOrFail(repo.count({})), 3);
}

void TestContacts::timelinePagesThroughEverythingOnce()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 40, 30, 0);
    talk(m_mastodon, u"ana_m"_s, u"Ana"_s, {}, 25, 5, 7);
    ContactRepository repo(db());
    const qint64 contact = valueOrFail(repo.ensureContact(identity(m_x, u"ana"_s)));
    QVERIFY(repo.link(contact, identity(m_mastodon, u"ana_m"_s)).ok());
    // Notes and stage changes at the very milliseconds of messages, to test the ties.
    for (int i = 0; i < 20; ++i)
        QVERIFY(repo.addNote(contact, {}, u"note %1"_s.arg(i), testdata::at(i * 3)).ok());
    QVERIFY(repo.setStage({contact}, u"New"_s, {}, testdata::at(4)).ok());
    QVERIFY(repo.setStage({contact}, u"Lost"_s, {}, testdata::at(4)).ok());
    const int total = 40 + 30 + 25 + 5 + 20 + 2;
    QList<TimelineEntry> everything = valueOrFail(repo.timeline(contact, std::nullopt, 500));
    QCOMPARE(everything.size(), total);
    for (int pageSize : {1, 7, 50}) {
        QList<TimelineEntry> paged;
        std::optional<TimelineCursor> cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            const QList<TimelineEntry> page = valueOrFail(repo.timeline(contact, cursor, pageSize));
            if (page.isEmpty())
                break;
            QVERIFY(page.size() <= pageSize);
            paged << page;
            cursor = TimelineCursor::after(page.constLast());
        }
        QCOMPARE(paged.size(), total);
        for (int i = 0; i < total; ++i) {
            QCOMPARE(paged.at(i).kind, everything.at(i).kind);
            QCOMPARE(paged.at(i).id, everything.at(i).id);
            if (i > 0)
                QVERIFY(paged.at(i - 1).at >= paged.at(i).at);
        }
    }
}

void TestContacts::findIdentityByHandle()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 1, 0, 0);
    talk(m_mastodon, u"bo@other.example"_s, u"Bo"_s, {}, 1, 0, 0);
    ContactRepository repo(db());
    QCOMPARE(valueOrFail(repo.findIdentity(Network::X, u"@ANA"_s)), identity(m_x, u"ana"_s));
    QCOMPARE(valueOrFail(repo.findIdentity(Network::Mastodon, u"@bo@other.example"_s)),
             identity(m_mastodon, u"bo@other.example"_s));
    QCOMPARE(repo.findIdentity(Network::Bluesky, u"ana"_s).error().code(), Error::Code::NotFound);
}

void TestContacts::profileMakesAndFindsContacts()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, {}, 1, 0, 0);
    talk(m_mastodon, u"ana"_s, u"Ana"_s, {}, 1, 0, 10);
    // People stored before contacts were made on arrival have none.
    QVERIFY(exec(db(), u"UPDATE identities SET contact_id = NULL"_s));
    QVERIFY(exec(db(), u"DELETE FROM contacts"_s));
    ContactRepository repo(db());
    const qint64 onX = identity(m_x, u"ana"_s);
    const qint64 onMastodon = identity(m_mastodon, u"ana"_s);
    QCOMPARE(valueOrFail(repo.contactOf(onX)), 0);
    QCOMPARE(repo.contactOf(999999).error().code(), Error::Code::NotFound);
    // Made once, in a transaction of its own; a second call changes nothing.
    QVERIFY(valueOrFail(repo.makeContactFor(onX)).contactsChanged);
    const qint64 contact = valueOrFail(repo.contactOf(onX));
    QVERIFY(contact != 0);
    QVERIFY(valueOrFail(repo.makeContactFor(onX)).isEmpty());
    QCOMPARE(valueOrFail(repo.contactOf(onX)), contact);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1);
    QCOMPARE(valueOrFail(repo.contact(contact))->displayName, u"Ana Lima"_s);
    QCOMPARE(repo.makeContactFor(999999).error().code(), Error::Code::NotFound);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1);

    // One identity, with or without a contact, as identities() lists it.
    const std::optional<ContactIdentity> x = valueOrFail(repo.identity(onX));
    QVERIFY(x);
    QCOMPARE(x->identity.id, onX);
    QCOMPARE(x->identity.contactId, contact);
    QCOMPARE(x->network, Network::X);
    QCOMPARE(x->identity.handle, u"ana"_s);
    QCOMPARE(x->identity.displayName, u"Ana Lima"_s);
    QCOMPARE(x->accountHandle, u"shop"_s);
    QVERIFY(x->lastActivity.isValid());
    QCOMPARE(valueOrFail(repo.identities(contact)).constFirst().identity, x->identity);
    const std::optional<ContactIdentity> m = valueOrFail(repo.identity(onMastodon));
    QVERIFY(m);
    QCOMPARE(m->network, Network::Mastodon);
    QCOMPARE(m->identity.contactId, 0);
    QCOMPARE(m->serverUrl, u"https://mastodon.social"_s);
    QVERIFY(!valueOrFail(repo.identity(999999)));
}

void TestContacts::suggestionsCanBeTurnedDown()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, u"Shoes at https://ana-shoes.com/"_s, 1, 0, 0);
    talk(m_mastodon, u"ana_m"_s, u"Ana Lima"_s, u"https://ana-shoes.com"_s, 1, 0, 0);
    talk(m_mastodon, u"zed"_s, u"Zed"_s, u"nothing in common"_s, 1, 0, 0);
    ContactRepository repo(db());
    QVERIFY(repo.ensureContactsForPeople().ok());
    const qint64 a = identity(m_x, u"ana"_s);
    const qint64 b = identity(m_mastodon, u"ana_m"_s);
    QList<contacts::LinkSuggestion> s = valueOrFail(contacts::storedSuggestions(db()));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).identityA, qMin(a, b));
    QCOMPARE(s.at(0).identityB, qMax(a, b));
    QVERIFY(!s.at(0).reason.isEmpty());
    // Nothing is linked by a suggestion alone.
    QCOMPARE(scalar(db(), u"SELECT COUNT(DISTINCT contact_id) FROM identities WHERE contact_id IS NOT NULL"_s), 3);
    const qint64 zedContact = valueOrFail(repo.ensureContact(identity(m_mastodon, u"zed"_s)));
    QVERIFY(valueOrFail(contacts::storedSuggestions(db(), zedContact)).isEmpty());
    QVERIFY(repo.dismissSuggestion(b, a).ok());
    QVERIFY(valueOrFail(contacts::storedSuggestions(db())).isEmpty());
}

void TestContacts::profileWebsitesAreEvidence()
{
    // Nothing in the bios or names in common: only the websites the profiles name.
    const auto describe = [this](const Account &account, const QString &person, const QStringList &links) {
        SyncPage page;
        page.accountId = account.id;
        page.stream = u"dm"_s;
        Identity who = testdata::person(account.id, person);
        who.links = links;
        page.identities << who;
        page.conversations << testdata::directConversation(account.id, u"c-"_s + person, person);
        QVERIFY(m_writer->write(page).ok());
    };
    describe(m_x, u"ana"_s, {u"https://ana-shoes.example/"_s});
    describe(m_mastodon, u"a_lima"_s, {u"https://blog.example/"_s, u"https://www.ana-shoes.example"_s});
    describe(m_mastodon, u"zed"_s, {u"https://zed.example/"_s});
    QList<contacts::LinkSuggestion> s = valueOrFail(contacts::storedSuggestions(db()));
    QCOMPARE(s.size(), 1);
    QCOMPARE(s.at(0).evidence, contacts::LinkEvidence::SameWebsite);
    QCOMPARE((QSet<qint64>{s.at(0).identityA, s.at(0).identityB}),
             (QSet<qint64>{identity(m_x, u"ana"_s), identity(m_mastodon, u"a_lima"_s)}));
    // A page that names no websites keeps those known; one that names others replaces them.
    describe(m_x, u"ana"_s, {});
    QCOMPARE(valueOrFail(contacts::storedSuggestions(db())).size(), 1);
    describe(m_x, u"ana"_s, {u"https://elsewhere.example/"_s});
    QVERIFY(valueOrFail(contacts::storedSuggestions(db())).isEmpty());
}

void TestContacts::csvImportIsAllOrNothing()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 1, 0, 0);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1); // Ana, made when she wrote
    const QByteArray bad = "name,email,stage,handles\r\n"
                           "Good One,good@example.com,New,x:@ana\r\n"
                           "Bad Stage,bad@example.com,Nowhere,\r\n"
                           "Bad Mail,not-an-address,,\r\n";
    QBuffer file;
    file.setData(bad);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const contacts::ImportPreview preview = valueOrFail(contacts::previewImport(&file, db()));
    QCOMPARE(preview.rows, 1);
    QCOMPARE(preview.problemCount, 2);
    QCOMPARE(preview.problems.at(0).line, 3);
    QVERIFY2(preview.problems.at(0).message.contains(u"Nowhere"_s), qPrintable(preview.problems.at(0).message));
    QCOMPARE(preview.problems.at(1).line, 4);
    auto imported = contacts::importContacts(&file, db(), testdata::at(0));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code(), Error::Code::InvalidInput);
    QVERIFY2(why(imported.error()).contains(u"Nowhere"_s), qPrintable(why(imported.error())));
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 1); // nothing half-imported
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts WHERE company <> '' OR email <> ''"_s), 0);
}

void TestContacts::csvImportLinksHandlesAndExportRoundTrips()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 2, 1, 0);
    ContactRepository repo(db());
    // The person already had a contact of their own, with a note: the import's row takes it over.
    const qint64 before = valueOrFail(repo.ensureContact(identity(m_x, u"ana"_s)));
    QVERIFY(repo.addNote(before, {}, u"met at the fair"_s, testdata::at(5)).ok());
    const QByteArray csv =
        "Name,Company,Email,Stage,Tags,Handles,Note,custom:Size\r\n"
        "Ana Lima,\"Shoes, Inc.\",ana@example.com,Customer,vip; shoes,x:@ana; bluesky:@nobody.bsky.social,"
        "\"Two\nlines\",42\r\n"
        "=cmd|' /C calc'!A0,,,,,,,\r\n";
    QBuffer in;
    in.setData(csv);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const contacts::ImportPreview preview = valueOrFail(contacts::previewImport(&in, db()));
    QCOMPARE(preview.rows, 2);
    QCOMPARE(preview.unknownHandles, 1);
    QCOMPARE(valueOrFail(contacts::importContacts(&in, db(), testdata::at(100))), 2);
    QCOMPARE(scalar(db(), u"SELECT COUNT(*) FROM contacts"_s), 2); // the old contact merged into the new
    const qint64 ana = valueOrFail(repo.ensureContact(identity(m_x, u"ana"_s)));
    const Contact c = *valueOrFail(repo.contact(ana));
    QCOMPARE(c.displayName, u"Ana Lima"_s);
    QCOMPARE(c.company, u"Shoes, Inc."_s);
    QCOMPARE(c.stage, u"Customer"_s);
    QCOMPARE(c.tags, (QStringList{u"shoes"_s, u"vip"_s}));
    QCOMPARE(c.customFields.value(u"Size"_s), u"42"_s);
    QCOMPARE(c.customFields.value(contacts::otherHandlesField()), u"bluesky:@nobody.bsky.social"_s);
    QCOMPARE(valueOrFail(repo.contactNote(ana)), u"Two\nlines"_s);
    QCOMPARE(valueOrFail(repo.notes(ana)).size(), 1); // the note about them came along
    QCOMPARE(valueOrFail(repo.timeline(ana, std::nullopt, 50)).size(), 3 + 1 + 1);

    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(valueOrFail(contacts::exportCsv(db(), &out)), 2);
    out.close();
    const QString text = QString::fromUtf8(out.data());
    QVERIFY2(text.contains(u"'=cmd"_s), qPrintable(text)); // formula injection defused
    QVERIFY(text.contains(u"x:@ana"_s));
    // Exported, then imported into an empty profile: the same people.
    m_writer.reset();
    m_db.reset();
    auto fresh = valueOrFail(Database::open(m_databases.newLocation(u"other"_s), Database::Role::Writer));
    QBuffer again;
    again.setData(out.data());
    QVERIFY(again.open(QIODevice::ReadOnly));
    auto reimported = contacts::importContacts(&again, *fresh, testdata::at(200));
    QVERIFY2(reimported.ok(), reimported.ok() ? "" : qPrintable(reimported.error().message()));
    QCOMPARE(reimported.value(), 2);
    ContactRepository repo2(*fresh);
    ContactFilter byName;
    byName.search = u"Ana Lima"_s;
    const QList<ContactRow> rows = valueOrFail(repo2.list(byName));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).contact.company, u"Shoes, Inc."_s);
    QCOMPARE(rows.at(0).contact.tags, (QStringList{u"shoes"_s, u"vip"_s}));
    QCOMPARE(rows.at(0).contact.stage, u"Customer"_s);
    ContactFilter formula;
    formula.search = u"calc"_s;
    QCOMPARE(valueOrFail(repo2.list(formula)).at(0).contact.displayName, u"=cmd|' /C calc'!A0"_s);
}

void TestContacts::vcardExport()
{
    ContactRepository repo(db());
    Contact c;
    c.displayName = u"Ana; Lima"_s;
    c.company = u"Shoes"_s;
    c.email = u"ana@example.com"_s;
    c.tags = {u"vip"_s};
    QVERIFY(repo.create(c, u"likes red"_s, testdata::at(0)).ok());
    QBuffer out;
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(valueOrFail(contacts::exportVCard(db(), &out)), 1);
    const QString card = QString::fromUtf8(out.data());
    QVERIFY2(card.startsWith(u"BEGIN:VCARD\r\nVERSION:4.0\r\n"_s), qPrintable(card));
    QVERIFY2(card.contains(u"FN:Ana; Lima\r\n"_s), qPrintable(card)); // a semicolon needs no escape here
    QVERIFY(card.contains(u"EMAIL:ana@example.com\r\n"_s));
    QVERIFY(card.contains(u"CATEGORIES:vip\r\n"_s));
    QVERIFY(card.contains(u"NOTE:likes red\r\n"_s));
    QVERIFY(card.endsWith(u"END:VCARD\r\n"_s));
}

QTEST_GUILESS_MAIN(TestContacts)
#include "TestContacts.moc"
