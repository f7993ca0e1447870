// SPDX-License-Identifier: GPL-3.0-or-later
// The profile pane shows the whole contact (issue 17) on a real Store in a temporary profile: the
// contact is made for a person who has none; every identity with its network; fields edited in
// place and stored (what is typed survives a refresh); the stage with its history; tags; notes in
// the timeline, which pages without repeats; the link dialog (search and merge, suggestions turned
// down or linked); unlinking; and a display name written in HTML, shown as it is.

#include "StoreFixture.h"
#include "TestData.h"
#include "Theme.h"
#include "profile/LinkContactDialog.h"
#include "profile/ProfilePane.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

constexpr int waitMs = 10000;

QLabel *labelShowing(const QWidget *root, const QString &text)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->text() == text)
            return label;
    }
    return nullptr;
}

template<typename T>
T *child(const QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

QStringList itemTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(0);
    return texts;
}

/** Types @p text into @p edit as a person would, replacing what it holds, and presses Enter. */
void typeAndEnter(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace

class TestProfileContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showingAPersonMakesTheirContact();
    void identitiesOfALinkedContactWithTheirNetworks();
    void fieldsAreEditedInPlace();
    void typedTextSurvivesARefresh();
    void stageIsChosenAndKeptInHistory();
    void tagsAreAddedAndRemoved();
    void notesShowInTheTimeline();
    void timelinePagesWithoutRepeats();
    void linkDialogFindsAndMerges();
    void suggestionIsTurnedDown();
    void suggestionIsLinked();
    void unlinkSplitsAnIdentityOff();
    void htmlDisplayNameShowsAsItIs();

private:
    /** A DM conversation of @p account with @p person: @p inbound messages from them, @p outbound ours. */
    void talk(const Account &account, const QString &person, const QString &name, const QString &bio = {},
              int inbound = 1, int outbound = 0, qint64 startSecond = 0);
    /** Runs @p job on the writer and waits for it. */
    bool write(StoreWriter::Job job);
    qint64 identity(const Account &account, const QString &person);
    qint64 contactOf(qint64 identityId);
    std::optional<Contact> contact(qint64 contactId);
    ConversationSummary conversationWith(const Account &account, const QString &person);
    /** A pane showing @p person's conversation, once their contact is there. */
    std::unique_ptr<ProfilePane> paneFor(const Account &account, const QString &person);
    /** Links the identity of @p person on @p other to the contact of @p person on @p account. */
    bool linkPeople(const Account &account, const QString &person, const Account &other, const QString &otherPerson);
    qint64 scalar(const QString &sql);

    test::StoreFixture m_fixture;
    Account m_x = testdata::account(u"shop"_s, Network::X);
    Account m_mastodon = testdata::account(u"shop@mastodon.social"_s, Network::Mastodon);
};

void TestProfileContact::init()
{
    m_mastodon.remoteUserId = u"m-self"_s;
    m_mastodon.serverUrl = QUrl(u"https://mastodon.social"_s);
    QVERIFY2(m_fixture.open({m_x, m_mastodon}), qPrintable(m_fixture.errorString()));
}

void TestProfileContact::cleanup()
{
    m_fixture.close();
}

void TestProfileContact::talk(const Account &account, const QString &person, const QString &name, const QString &bio,
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
    std::optional<Result<ChangeSet>> result;
    m_fixture.store->storePage(page, this, [&result](const Result<ChangeSet> &r) { result = r; });
    m_fixture.store->flush();
    QCoreApplication::sendPostedEvents();
    QVERIFY(result);
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message()));
}

bool TestProfileContact::write(StoreWriter::Job job)
{
    return m_fixture.write(std::move(job)).has_value();
}

qint64 TestProfileContact::identity(const Account &account, const QString &person)
{
    QSqlQuery q(m_fixture.reader->connection());
    q.prepare(
        u"SELECT i.id FROM identities i JOIN accounts a ON a.id = i.account_id WHERE a.uuid = ? AND i.remote_id = ?"_s);
    q.addBindValue(account.id.toString(QUuid::WithoutBraces));
    q.addBindValue(person);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TestProfileContact::contactOf(qint64 identityId)
{
    auto id = ContactRepository(*m_fixture.reader).contactOf(identityId);
    return id ? id.value() : -1;
}

std::optional<Contact> TestProfileContact::contact(qint64 contactId)
{
    auto c = ContactRepository(*m_fixture.reader).contact(contactId);
    return c ? c.value() : std::nullopt;
}

qint64 TestProfileContact::scalar(const QString &sql)
{
    QSqlQuery q(m_fixture.reader->connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

ConversationSummary TestProfileContact::conversationWith(const Account &account, const QString &person)
{
    auto row = ConversationRepository(*m_fixture.reader).byRemoteId(account.id, u"dm-"_s + person);
    if (!row || !row.value())
        qFatal("no conversation with %s", qPrintable(person));
    return *row.value();
}

std::unique_ptr<ProfilePane> TestProfileContact::paneFor(const Account &account, const QString &person)
{
    auto pane = std::make_unique<ProfilePane>(*m_fixture.store, *m_fixture.reader);
    pane->resize(320, 900);
    pane->show();
    pane->showPerson(conversationWith(account, person));
    const qint64 expected = identity(account, person);
    // The pane makes the contact through the writer when the person has none yet.
    if (!QTest::qWaitFor([&] { return pane->contactId() != 0 && pane->contactId() == contactOf(expected); }, waitMs))
        qWarning("the pane shows no contact for %s", qPrintable(person));
    return pane;
}

bool TestProfileContact::linkPeople(const Account &account, const QString &person, const Account &other,
                                    const QString &otherPerson)
{
    const qint64 a = identity(account, person);
    const qint64 b = identity(other, otherPerson);
    return write([a, b](Database &db) -> Result<ChangeSet> {
        ContactRepository contacts(db);
        auto into = contacts.ensureContact(a);
        if (!into)
            return into.error();
        return contacts.link(into.value(), b);
    });
}

void TestProfileContact::showingAPersonMakesTheirContact()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, u"Loves tea"_s);
    const qint64 ana = identity(m_x, u"ana"_s);
    // People stored before contacts were made on arrival have none: showing them makes it.
    QVERIFY(write([](Database &db) -> Result<ChangeSet> {
        QSqlQuery q(db.connection());
        if (!q.exec(u"UPDATE identities SET contact_id = NULL"_s) || !q.exec(u"DELETE FROM contacts"_s))
            return Error(Error::Code::Storage, q.lastError().text());
        return ChangeSet();
    }));
    QCOMPARE(contactOf(ana), 0);
    auto pane = paneFor(m_x, u"ana"_s);
    QVERIFY(contactOf(ana) > 0);
    QCOMPARE(pane->contactId(), contactOf(ana));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM contacts"_s), 1);
    // What the network says stays at the top, as before.
    QVERIFY(labelShowing(pane.get(), u"Ana Lima"_s));
    QVERIFY(labelShowing(pane.get(), u"@ana on X"_s));
    QVERIFY(labelShowing(pane.get(), u"Loves tea"_s));
    QCOMPARE(child<QLineEdit>(pane.get(), u"contactField_name"_s)->text(), u"Ana Lima"_s);
    QVERIFY(child<QWidget>(pane.get(), u"contactLink"_s)->isEnabled());
    // No one selected: nothing to edit.
    pane->showPerson(std::nullopt);
    QCOMPARE(pane->contactId(), 0);
    QVERIFY(!child<QWidget>(pane.get(), u"contactLink"_s)->isEnabled());
    QVERIFY(labelShowing(pane.get(), u"No one selected"_s));
    // and nothing to see: no empty fields, lists or timeline.
    QVERIFY(!child<QWidget>(pane.get(), u"contactLink"_s)->isVisibleTo(pane.get()));
    QVERIFY(!child<QWidget>(pane.get(), u"contactTimeline"_s)->isVisibleTo(pane.get()));
}

void TestProfileContact::identitiesOfALinkedContactWithTheirNetworks()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s);
    talk(m_mastodon, u"ana_m"_s, u"Ana on Mastodon"_s);
    QVERIFY(linkPeople(m_x, u"ana"_s, m_mastodon, u"ana_m"_s));
    auto pane = paneFor(m_mastodon, u"ana_m"_s);
    auto *identities = child<QTreeWidget>(pane.get(), u"contactIdentities"_s);
    QVERIFY(identities);
    QCOMPARE(identities->topLevelItemCount(), 2);
    QSet<int> networks;
    QStringList texts = itemTexts(identities);
    for (int i = 0; i < identities->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = identities->topLevelItem(i);
        networks.insert(item->data(0, Qt::UserRole + 1).toInt());
        QVERIFY(!item->icon(0).isNull());
    }
    QCOMPARE(networks, (QSet<int>{int(Network::X), int(Network::Mastodon)}));
    // The Mastodon handle is completed with our server, as people write it.
    QVERIFY2(texts.filter(u"@ana on X"_s).size() == 1, qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.filter(u"@ana_m@mastodon.social on Mastodon"_s).size() == 1, qPrintable(texts.join(u" | "_s)));
    QVERIFY(texts.join(u"\n"_s).contains(u"Ana on Mastodon"_s));
    // Unlinking needs a chosen identity, and more than one.
    auto *unlink = child<QToolButton>(pane.get(), u"contactUnlink"_s);
    QVERIFY(!unlink->isEnabled());
    identities->setCurrentItem(identities->topLevelItem(0));
    QVERIFY(unlink->isEnabled());
}

void TestProfileContact::fieldsAreEditedInPlace()
{
    talk(m_x, u"ana"_s, u"Ana"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();

    auto *company = child<QLineEdit>(pane.get(), u"contactField_company"_s);
    QVERIFY(company);
    typeAndEnter(company, u"Acme & Co"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->company, u"Acme & Co"_s, waitMs);
    auto *website = child<QLineEdit>(pane.get(), u"contactField_website"_s);
    typeAndEnter(website, u"  https://ana.example  "_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->website, u"https://ana.example"_s, waitMs);
    QCOMPARE(contact(id)->company, u"Acme & Co"_s); // the other field stays
    QTRY_VERIFY_WITH_TIMEOUT(!website->isModified(), waitMs);
    QCOMPARE(website->text(), u"https://ana.example"_s);
    // An empty field clears it.
    typeAndEnter(company, QString());
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->company, QString(), waitMs);
    auto *name = child<QLineEdit>(pane.get(), u"contactField_name"_s);
    typeAndEnter(name, u"Ana Lima"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->displayName, u"Ana Lima"_s, waitMs);
    // Who looks after the person is edited like any other field.
    auto *owner = child<QLineEdit>(pane.get(), u"contactField_owner"_s);
    QVERIFY(owner);
    QCOMPARE(owner->accessibleName(), u"Owner"_s);
    typeAndEnter(owner, u"Bea"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->owner, u"Bea"_s, waitMs);

    // A field of the user's own: added, then edited in its own row, then removed by emptying it.
    child<QLineEdit>(pane.get(), u"contactNewFieldName"_s)->setText(u"Customer no"_s);
    typeAndEnter(child<QLineEdit>(pane.get(), u"contactNewFieldValue"_s), u"4411"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->customFields.value(u"Customer no"_s), u"4411"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(pane.get(), u"contactCustomField"_s), waitMs);
    auto *custom = child<QLineEdit>(pane.get(), u"contactCustomField"_s);
    QCOMPARE(custom->text(), u"4411"_s);
    QCOMPARE(custom->accessibleName(), u"Customer no"_s);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(pane.get(), u"contactNewFieldName"_s)->text(), QString(), waitMs);
    typeAndEnter(custom, u"4412"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->customFields.value(u"Customer no"_s), u"4412"_s, waitMs);
    typeAndEnter(custom, QString());
    QTRY_VERIFY_WITH_TIMEOUT(contact(id)->customFields.isEmpty(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>(pane.get(), u"contactCustomField"_s), waitMs);
    // A new field needs both halves: an error says so, and what was typed stays.
    child<QLineEdit>(pane.get(), u"contactNewFieldName"_s)->setText(u"Size"_s);
    child<QToolButton>(pane.get(), u"contactAddField"_s)->click();
    auto *error = child<QLabel>(pane.get(), u"profileError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(child<QLineEdit>(pane.get(), u"contactNewFieldName"_s)->text(), u"Size"_s);
}

void TestProfileContact::typedTextSurvivesARefresh()
{
    talk(m_x, u"ana"_s, u"Ana"_s);
    talk(m_x, u"bo"_s, u"Bo"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    auto *phone = child<QLineEdit>(pane.get(), u"contactField_phone"_s);
    phone->setFocus();
    QTest::keyClicks(phone, u"+44 20"_s);
    // Something else changes the contact meanwhile: the pane reads it again, and keeps the typing.
    QVERIFY(write([id](Database &db) { return ContactRepository(db).addTag({id}, u"vip"_s); }));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(pane.get(), u"contactTags"_s)->text().contains(u"vip"_s), waitMs);
    QCOMPARE(phone->text(), u"+44 20"_s);
    // A half-written note waits for this person while another one is shown.
    auto *newNote = child<QPlainTextEdit>(pane.get(), u"contactNewNote"_s);
    newNote->setPlainText(u"call back on Monday"_s);
    // Showing another person stores the field that was being edited.
    pane->showPerson(conversationWith(m_x, u"bo"_s));
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->phone, u"+44 20"_s, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->contactId() == contactOf(identity(m_x, u"bo"_s)), waitMs);
    QCOMPARE(newNote->toPlainText(), QString());
    QCOMPARE(phone->text(), QString());
    pane->showPerson(conversationWith(m_x, u"ana"_s));
    QTRY_COMPARE_WITH_TIMEOUT(pane->contactId(), id, waitMs);
    QCOMPARE(newNote->toPlainText(), u"call back on Monday"_s);
    QCOMPARE(phone->text(), u"+44 20"_s);
}

void TestProfileContact::stageIsChosenAndKeptInHistory()
{
    talk(m_x, u"ana"_s, u"Ana"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    auto *stage = child<QComboBox>(pane.get(), u"contactStage"_s);
    QVERIFY(stage);
    QStringList items;
    for (int i = 0; i < stage->count(); ++i)
        items << stage->itemText(i);
    QCOMPARE(items, (QStringList{u"No stage"_s, u"New"_s, u"Contacted"_s, u"Qualified"_s, u"Customer"_s, u"Lost"_s}));
    QCOMPARE(stage->currentIndex(), 0);
    stage->setCurrentIndex(stage->findText(u"Qualified"_s));
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->stage, u"Qualified"_s, waitMs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM contact_stage_history WHERE stage_name = 'Qualified'"_s), 1);
    // The change is in the timeline.
    auto *timeline = child<QTreeWidget>(pane.get(), u"contactTimeline"_s);
    QTRY_VERIFY_WITH_TIMEOUT(itemTexts(timeline).join(u"\n"_s).contains(u"Stage: Qualified"_s), waitMs);
    stage->setCurrentIndex(stage->findText(u"Customer"_s));
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->stage, u"Customer"_s, waitMs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM contact_stage_history"_s), 2);
    stage->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->stage, QString(), waitMs);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM contact_stage_history"_s), 2); // leaving a stage is no stage reached
    // (A refresh for the change before may show "Customer" for a moment; the last one wins.)
    QTRY_COMPARE_WITH_TIMEOUT(stage->currentIndex(), 0, waitMs);
}

void TestProfileContact::tagsAreAddedAndRemoved()
{
    talk(m_x, u"ana"_s, u"Ana"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    auto *tags = child<QLabel>(pane.get(), u"contactTags"_s);
    auto *add = child<QLineEdit>(pane.get(), u"contactAddTag"_s);
    auto *remove = child<QToolButton>(pane.get(), u"contactRemoveTag"_s);
    QCOMPARE(tags->text(), u"No tags"_s);
    QVERIFY(!remove->isEnabled());
    typeAndEnter(add, u"vip"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->tags, QStringList{u"vip"_s}, waitMs);
    typeAndEnter(add, u"R&D"_s);
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->tags, (QStringList{u"R&D"_s, u"vip"_s}), waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tags->text(), u"Tags: R&D, vip"_s, waitMs);
    QCOMPARE(tags->textFormat(), Qt::PlainText);
    QTRY_COMPARE_WITH_TIMEOUT(add->text(), QString(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), waitMs);
    QMenu *menu = remove->menu();
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2);
    QAction *rd = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == u"R&D")
            rd = action;
    }
    QVERIFY(rd);
    QCOMPARE(rd->text(), u"R&&D"_s); // an ampersand, not a shortcut
    rd->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(contact(id)->tags, QStringList{u"vip"_s}, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tags->text(), u"Tags: vip"_s, waitMs);
    // A tag that is too long is refused with the reason, and stays typed.
    const QString tooLong(41, u'x');
    typeAndEnter(add, tooLong);
    auto *error = child<QLabel>(pane.get(), u"profileError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), waitMs);
    QCOMPARE(add->text(), tooLong);
    QCOMPARE(contact(id)->tags, QStringList{u"vip"_s});
}

void TestProfileContact::notesShowInTheTimeline()
{
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 2, 1, 0);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    auto *timeline = child<QTreeWidget>(pane.get(), u"contactTimeline"_s);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 3, waitMs);
    // A survey rating and a rule's event in the conversation show too, each with its time.
    const qint64 conversation = conversationWith(m_x, u"ana"_s).conversation.id;
    const qint64 late = testdata::at(100).toMSecsSinceEpoch();
    QVERIFY(write([conversation, late](Database &db) -> Result<ChangeSet> {
        QSqlQuery q(db.connection());
        if (!q.exec(u"INSERT INTO surveys (conversation_id, asked_at, rating, answered_at) VALUES (%1, %2, 4, %3)"_s
                        .arg(conversation)
                        .arg(late)
                        .arg(late + 1000))
            || !q.exec(u"INSERT INTO automation_log (rule_name, conversation_id, action, created_at)"
                       " VALUES ('Welcome', %1, 'replied', %2)"_s.arg(conversation)
                           .arg(late + 2000)))
            return Error(Error::Code::Storage, u"insert"_s);
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    }));
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 5, waitMs);
    QVERIFY2(timeline->topLevelItem(0)->text(0).contains(u"Rule: Welcome"_s),
             qPrintable(timeline->topLevelItem(0)->text(0)));
    QVERIFY(timeline->topLevelItem(1)->text(0).contains(u"Rated the support 4 of 5"_s));
    QVERIFY(timeline->topLevelItem(0)->toolTip(0).contains(
        theme::fullTime(QDateTime::fromMSecsSinceEpoch(late + 2000)).toHtmlEscaped()));

    auto *newNote = child<QPlainTextEdit>(pane.get(), u"contactNewNote"_s);
    auto *addNote = child<QPushButton>(pane.get(), u"contactAddNote"_s);
    QVERIFY(!addNote->isEnabled());
    newNote->setPlainText(u"Asked about <b>order</b> #4411"_s);
    QVERIFY(addNote->isEnabled());
    addNote->click();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), 6, waitMs);
    const QTreeWidgetItem *top = timeline->topLevelItem(0);
    QCOMPARE(top->data(0, Qt::UserRole + 2).toInt(), int(TimelineEntry::Kind::Note));
    QVERIFY2(top->text(0).contains(u"Asked about <b>order</b> #4411"_s), qPrintable(top->text(0)));
    // The box is cleared when the write reports back, which may come after the timeline reloaded.
    QTRY_COMPARE_WITH_TIMEOUT(newNote->toPlainText(), QString(), waitMs);
    auto notes = ContactRepository(*m_fixture.reader).notes(id);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->constFirst().body, u"Asked about <b>order</b> #4411"_s);
    // The messages are newest first under the note and the rule's event.
    QVERIFY(timeline->topLevelItem(3)->text(0).contains(u"from ana #1"_s));
    QVERIFY(timeline->topLevelItem(4)->text(0).contains(u"to ana #0"_s));
    QVERIFY(timeline->topLevelItem(5)->text(0).contains(u"from ana #0"_s));
}

void TestProfileContact::timelinePagesWithoutRepeats()
{
    // 70 messages from them and 40 of ours on X, 15 on Mastodon, linked: 125 entries, and notes.
    talk(m_x, u"ana"_s, u"Ana"_s, {}, 70, 40, 0);
    talk(m_mastodon, u"ana_m"_s, u"Ana"_s, {}, 15, 0, 1);
    QVERIFY(linkPeople(m_x, u"ana"_s, m_mastodon, u"ana_m"_s));
    const qint64 id = contactOf(identity(m_x, u"ana"_s));
    QVERIFY(write([id](Database &db) -> Result<ChangeSet> {
        for (int i = 0; i < 7; ++i) {
            // Notes at the same millisecond as messages, to page across ties.
            auto note = ContactRepository(db).addNote(id, QString(), u"note %1"_s.arg(i), testdata::at(i * 20));
            if (!note)
                return note.error();
        }
        return ChangeSet();
    }));
    auto everything = ContactRepository(*m_fixture.reader).timeline(id, std::nullopt, 500);
    QVERIFY(everything.ok());
    QCOMPARE(everything->size(), 132);

    auto pane = paneFor(m_x, u"ana"_s);
    auto *timeline = child<QTreeWidget>(pane.get(), u"contactTimeline"_s);
    auto *more = child<QPushButton>(pane.get(), u"contactTimelineMore"_s);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->topLevelItemCount(), ProfilePane::timelinePageSize, waitMs);
    QVERIFY(more->isVisible());
    more->click();
    QCOMPARE(timeline->topLevelItemCount(), 2 * ProfilePane::timelinePageSize);
    QVERIFY(more->isVisible());
    more->click();
    QCOMPARE(timeline->topLevelItemCount(), 132);
    QVERIFY(!more->isVisible());
    QSet<QPair<int, qint64>> seen;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = timeline->topLevelItem(i);
        const QPair<int, qint64> key{item->data(0, Qt::UserRole + 2).toInt(), item->data(0, Qt::UserRole).toLongLong()};
        QVERIFY2(!seen.contains(key), qPrintable(u"repeated at %1"_s.arg(i)));
        seen.insert(key);
        QCOMPARE(key.first, int(everything->at(i).kind));
        QCOMPARE(key.second, everything->at(i).id);
        QVERIFY(!item->text(0).isEmpty());
    }
    // A change reads the timeline again, as far as it was shown.
    QVERIFY(write([id](Database &db) -> Result<ChangeSet> {
        auto note = ContactRepository(db).addNote(id, QString(), u"newest"_s, QDateTime::currentDateTimeUtc());
        if (!note)
            return note.error();
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(timeline->topLevelItem(0)->text(0).contains(u"newest"_s), waitMs);
    QCOMPARE(timeline->topLevelItemCount(), 132);
    QVERIFY(more->isVisible());
    more->click();
    QCOMPARE(timeline->topLevelItemCount(), 133);
    QVERIFY(!more->isVisible());
}

void TestProfileContact::linkDialogFindsAndMerges()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s);
    talk(m_mastodon, u"analima"_s, u"A. Lima"_s);
    talk(m_mastodon, u"zed"_s, u"Zed"_s);
    const qint64 other = identity(m_mastodon, u"analima"_s);
    QVERIFY(write([other](Database &db) -> Result<ChangeSet> {
        ContactRepository contacts(db);
        auto c = contacts.ensureContact(other);
        if (!c)
            return c.error();
        if (auto r = contacts.addTag({c.value()}, u"lead"_s); !r)
            return r;
        return ChangeSet();
    }));
    const qint64 otherContact = contactOf(other);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    QVERIFY(id != otherContact);
    child<QPushButton>(pane.get(), u"contactLink"_s)->click();
    LinkContactDialog *dialog = pane->linkDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->contactId(), id);
    QTreeWidget *candidates = dialog->candidates();
    QTreeWidgetItem *found = candidates->topLevelItem(1);
    // Everyone but this contact, before any search.
    QCOMPARE(found->childCount(), 2); // the other contact and Zed
    dialog->searchField()->setText(u"analima"_s);
    QTRY_VERIFY_WITH_TIMEOUT(found->childCount() == 1 && found->child(0)->text(0).startsWith(u"A. Lima"_s), waitMs);
    QVERIFY(!dialog->dismissButton()->isEnabled());
    QVERIFY(!dialog->linkButton()->isEnabled());
    dialog->searchField()->setText(u"nobody-here"_s);
    QTRY_VERIFY_WITH_TIMEOUT(found->childCount() == 1 && found->child(0)->text(0).contains(u"nobody-here"_s), waitMs);
    candidates->setCurrentItem(found->child(0));
    QVERIFY(!dialog->linkButton()->isEnabled()); // "no one matches" is no choice
    dialog->searchField()->setText(u"Lima"_s);
    QTRY_VERIFY_WITH_TIMEOUT(found->childCount() == 1 && found->child(0)->text(0).startsWith(u"A. Lima"_s), waitMs);
    candidates->setCurrentItem(found->child(0));
    QVERIFY(dialog->linkButton()->isEnabled());
    dialog->linkButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->linkDialog(), waitMs);
    auto *identities = child<QTreeWidget>(pane.get(), u"contactIdentities"_s);
    QTRY_COMPARE_WITH_TIMEOUT(identities->topLevelItemCount(), 2, waitMs);
    QCOMPARE(contactOf(other), id);
    QVERIFY(!contact(otherContact)); // merged away, with what it knew
    QCOMPARE(contact(id)->tags, QStringList{u"lead"_s});
    QCOMPARE(contact(id)->identityIds.size(), 2);
}

void TestProfileContact::suggestionIsTurnedDown()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, u"Shoes at https://ana-shoes.com/"_s);
    talk(m_mastodon, u"ana_m"_s, u"Ana Lima"_s, u"https://ana-shoes.com"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    child<QPushButton>(pane.get(), u"contactLink"_s)->click();
    LinkContactDialog *dialog = pane->linkDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->suggestionsLoaded(), waitMs);
    QTreeWidgetItem *suggested = dialog->candidates()->topLevelItem(0);
    QVERIFY(!suggested->isHidden());
    QCOMPARE(suggested->childCount(), 1);
    const QString text = suggested->child(0)->text(0);
    QVERIFY2(text.contains(u"@ana_m on Mastodon"_s), qPrintable(text));
    QVERIFY2(text.contains(u"ana-shoes.com"_s), qPrintable(text)); // the evidence
    dialog->candidates()->setCurrentItem(suggested->child(0));
    QVERIFY(dialog->dismissButton()->isEnabled());
    dialog->dismissButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(suggested->childCount(), 0, waitMs);
    QVERIFY(suggested->isHidden());
    const qint64 a = identity(m_x, u"ana"_s);
    const qint64 b = identity(m_mastodon, u"ana_m"_s);
    auto dismissed = ContactRepository(*m_fixture.reader).isDismissed(a, b);
    QVERIFY(dismissed.ok() && dismissed.value());
    QVERIFY(contactOf(b) != contactOf(a)); // nothing linked
    dialog->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!pane->linkDialog(), waitMs);
    // Not suggested again.
    child<QPushButton>(pane.get(), u"contactLink"_s)->click();
    dialog = pane->linkDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->suggestionsLoaded(), waitMs);
    QCOMPARE(dialog->candidates()->topLevelItem(0)->childCount(), 0);
    QVERIFY(dialog->candidates()->topLevelItem(0)->isHidden());
}

void TestProfileContact::suggestionIsLinked()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s, u"Shoes at https://ana-shoes.com/"_s);
    talk(m_mastodon, u"ana_m"_s, u"Ana Lima"_s, u"https://ana-shoes.com"_s);
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    child<QPushButton>(pane.get(), u"contactLink"_s)->click();
    LinkContactDialog *dialog = pane->linkDialog();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->suggestionsLoaded(), waitMs);
    QTreeWidgetItem *suggested = dialog->candidates()->topLevelItem(0);
    QCOMPARE(suggested->childCount(), 1);
    dialog->candidates()->setCurrentItem(suggested->child(0));
    dialog->linkButton()->click(); // the other one has no contact yet: its identity comes on its own
    QTRY_VERIFY_WITH_TIMEOUT(!pane->linkDialog(), waitMs);
    QCOMPARE(contactOf(identity(m_mastodon, u"ana_m"_s)), id);
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(pane.get(), u"contactIdentities"_s)->topLevelItemCount(), 2, waitMs);
}

void TestProfileContact::unlinkSplitsAnIdentityOff()
{
    talk(m_x, u"ana"_s, u"Ana Lima"_s);
    talk(m_mastodon, u"ana_m"_s, u"Ana M"_s);
    QVERIFY(linkPeople(m_x, u"ana"_s, m_mastodon, u"ana_m"_s));
    auto pane = paneFor(m_x, u"ana"_s);
    const qint64 id = pane->contactId();
    const qint64 onMastodon = identity(m_mastodon, u"ana_m"_s);
    QCOMPARE(contactOf(onMastodon), id);
    auto *identities = child<QTreeWidget>(pane.get(), u"contactIdentities"_s);
    QCOMPARE(identities->topLevelItemCount(), 2);
    QTreeWidgetItem *mastodon = nullptr;
    for (int i = 0; i < identities->topLevelItemCount(); ++i) {
        if (identities->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == onMastodon)
            mastodon = identities->topLevelItem(i);
    }
    QVERIFY(mastodon);
    identities->setCurrentItem(mastodon);
    auto *unlink = child<QToolButton>(pane.get(), u"contactUnlink"_s);
    QVERIFY(unlink->isEnabled());
    unlink->click();
    QTRY_COMPARE_WITH_TIMEOUT(identities->topLevelItemCount(), 1, waitMs);
    QVERIFY(identities->topLevelItem(0)->text(0).contains(u"@ana on X"_s));
    QVERIFY(!unlink->isEnabled()); // the only identity left
    const qint64 split = contactOf(onMastodon);
    QVERIFY(split > 0 && split != id);
    QCOMPARE(contact(split)->displayName, u"Ana M"_s);
    QCOMPARE(pane->contactId(), id);
}

void TestProfileContact::htmlDisplayNameShowsAsItIs()
{
    const QString hostile = u"<b>x</b><img src=x>"_s;
    talk(m_x, u"h4x"_s, hostile, u"<a href='file:///etc/passwd'>bio</a>"_s);
    auto pane = paneFor(m_x, u"h4x"_s);
    pane->grab(); // paints without trying to read the image
    QLabel *name = labelShowing(pane.get(), hostile);
    QVERIFY(name);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLineEdit>(pane.get(), u"contactField_name"_s)->text(), hostile);
    auto *identities = child<QTreeWidget>(pane.get(), u"contactIdentities"_s);
    QVERIFY(identities->topLevelItem(0)->text(0).contains(hostile));
    // Every label that shows it shows it as text; tool tips are escaped.
    for (const QLabel *label : pane->findChildren<QLabel *>()) {
        if (label->text().contains(u'<'))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }
    QVERIFY(!identities->topLevelItem(0)->toolTip(0).contains(u"<img"_s));
    // The link dialog shows the name as it is too.
    talk(m_x, u"other"_s, hostile + u" 2"_s);
    const qint64 other = identity(m_x, u"other"_s);
    QVERIFY(write([other](Database &db) -> Result<ChangeSet> {
        auto c = ContactRepository(db).ensureContact(other);
        if (!c)
            return c.error();
        return ChangeSet();
    }));
    child<QPushButton>(pane.get(), u"contactLink"_s)->click();
    LinkContactDialog *dialog = pane->linkDialog();
    QVERIFY(dialog);
    dialog->grab();
    QTreeWidgetItem *found = dialog->candidates()->topLevelItem(1);
    QCOMPARE(found->childCount(), 1);
    QVERIFY(found->child(0)->text(0).startsWith(hostile + u" 2"_s));
    QVERIFY(!found->child(0)->toolTip(0).contains(u"<img"_s));
    dialog->reject();
}

QTEST_MAIN(TestProfileContact)
#include "TestProfileContact.moc"
