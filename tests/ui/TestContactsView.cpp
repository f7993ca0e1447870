// SPDX-License-Identifier: GPL-3.0-or-later
// The Contacts window (issue 17) on a real store in a temporary profile: its table model under
// QAbstractItemModelTester with paging past 200 rows and the store's sort orders; the filters;
// bulk stage and tag changes of the selected rows; the CSV import with its preview (bad rows with
// their lines, all or nothing); export as CSV that reads back, and as vCard; the pipeline figures;
// "Edit stages" (rename in place, add, remove after asking, reorder, refused names, Cancel);
// and a name written as HTML, which shows as the text it is. Also Tools › Contacts… of the main
// window, which opens one Contacts window and brings it back to the front when asked again.

#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "StoreFixture.h"
#include "TestData.h"
#include "accounts/AccountManager.h"
#include "compose/FileChooser.h"
#include "contacts/ContactCsv.h"
#include "contacts/ContactImportDialog.h"
#include "contacts/ContactTableModel.h"
#include "contacts/ContactTransfer.h"
#include "contacts/ContactsDialog.h"
#include "contacts/PipelineDialog.h"
#include "providers/ProviderFactory.h"
#include "services/SignInService.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/SqlHelpers.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "windows/Dialogs.h"
#include "windows/Prompt.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

/** The row of the stage called @p name in the dialog's list; -1 when there is none. */
int rowOf(const QListWidget *list, const QString &name)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == name)
            return row;
    }
    return -1;
}

/** The names in the dialog's list, top to bottom. */
QStringList namesOf(const QListWidget *list)
{
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->text();
    return names;
}

/** Types @p text into the editor open on @p list's current item and presses Enter. */
bool typeIntoEditor(QListWidget *list, const QString &text)
{
    auto *editor = qobject_cast<QLineEdit *>(list->indexWidget(list->currentIndex()));
    if (!editor || !editor->isVisible())
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor in a queued call.
    const QPersistentModelIndex index = list->currentIndex();
    return QTest::qWaitFor([list, index] { return !list->indexWidget(index); }, 2000);
}

/** Renames the stage in row @p row as the user does: F2 on it, the new name, Enter. */
bool renameWithKeyboard(QListWidget *list, int row, const QString &text)
{
    if (row < 0)
        return false;
    list->setCurrentRow(row);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    return typeIntoEditor(list, text);
}

/** Clicks @p button of the next QMessageBox that opens, once it is open; its text goes to @p text. */
void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button, QString *text)
{
    auto *poll = new QTimer(context);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible() || !box->button(button))
            return;
        *text = box->text();
        poll->stop();
        poll->deleteLater();
        box->button(button)->click();
    });
    poll->start();
}

/** A page with one DM conversation per person in @p people, the last message at @p when. */
SyncPage talkPage(const QUuid &account, const QStringList &people, const QDateTime &when)
{
    SyncPage page;
    page.accountId = account;
    page.stream = u"dm"_s;
    for (const QString &person : people) {
        page.identities << testdata::person(account, person);
        page.conversations << testdata::directConversation(account, u"c-"_s + person, person);
        page.messages << testdata::inboundDm(account, u"c-"_s + person, u"m-"_s + person, person, u"hello"_s, when);
    }
    return page;
}

/** The names the model shows, top to bottom. */
QStringList namesOf(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ContactTableModel::NameColumn).data().toString();
    return names;
}

/** No network here: the main window is only asked for its Contacts window. */
class NoProviders final : public ProviderFactory
{
public:
    ProviderClient *create(const Account &, QObject *) override { return nullptr; }
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestContactsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelPagesPast200UnderTester();
    void modelSortsInTheStoreOrders();
    void filtersChangeTheRows();
    void bulkStageAndTagLandInTheStore();
    void importShowsBadRowsAndRefuses();
    void importOfAGoodFileBringsEveryRow();
    void exportWritesWhatReadsBack();
    void pipelineShowsTheStoreCounts();
    void htmlNameShowsLiterally();
    void toolsMenuOpensOneContactsWindow();
    void everyoneWhoWroteIsAContact();
    void stageRenamedInPlaceKeepsItsPeople();
    void stageAddedAndReordered();
    void stageRemovedAfterConfirmation();
    void duplicateOrEmptyStageNameIsRefused();
    void cancelOfStageEditsWritesNothing();
    void editStagesButtonRefreshesThePipeline();

private:
    std::optional<ChangeSet> write(StoreWriter::Job job);
    bool store(const SyncPage &page);
    /** Makes @p count contacts "Person 000"… in one transaction; returns their ids. */
    QList<qint64> makePeople(int count, const QString &prefix = u"Person"_s);
    qint64 makeContact(const Contact &contact);
    /** Selects the rows of @p ids in the dialog's table. */
    void select(ContactsDialog &dialog, const QList<qint64> &ids);
    /** Lets writes run and their answers and announcements arrive here. */
    void settle();
    /** The stages' names in the store, in order. */
    QStringList storedStages();
    /** Puts @p ids in @p stage, in one write. */
    bool putInStage(const QList<qint64> &ids, const QString &stage);
    /** The stage of contact @p id, read back from the store. */
    QString stageOf(qint64 id);

    test::StoreFixture m_fixture;
    Account m_x = testdata::account(u"shop"_s, Network::X);
    Account m_mastodon = testdata::account(u"shop@mastodon.social"_s, Network::Mastodon);
};

void TestContactsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestContactsView::init()
{
    m_mastodon.remoteUserId = u"m-self"_s;
    m_mastodon.serverUrl = QUrl(u"https://mastodon.social"_s);
    QVERIFY2(m_fixture.open({m_x, m_mastodon}), qPrintable(m_fixture.errorString()));
}

void TestContactsView::cleanup()
{
    m_fixture.close();
}

std::optional<ChangeSet> TestContactsView::write(StoreWriter::Job job)
{
    std::optional<Result<ChangeSet>> result;
    m_fixture.store->write("a test's write", std::move(job), this,
                           [&result](const Result<ChangeSet> &r) { result = r; });
    settle();
    if (!result || !result->ok()) {
        qWarning("a write failed: %s", result ? qPrintable(result->error().message()) : "no answer");
        return std::nullopt;
    }
    return result->value();
}

bool TestContactsView::store(const SyncPage &page)
{
    std::optional<Result<ChangeSet>> result;
    m_fixture.store->storePage(page, this, [&result](const Result<ChangeSet> &r) { result = r; });
    settle();
    return result && result->ok();
}

void TestContactsView::settle()
{
    m_fixture.store->flush();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QStringList TestContactsView::storedStages()
{
    QStringList names;
    const auto stages = ContactRepository(*m_fixture.reader).pipeline();
    if (!stages)
        return {u"(cannot read the pipeline)"_s};
    for (const PipelineStage &s : stages.value())
        names.append(s.name);
    return names;
}

bool TestContactsView::putInStage(const QList<qint64> &ids, const QString &stage)
{
    return write([ids, stage](Database &db) {
               return ContactRepository(db).setStage(ids, stage, {}, QDateTime::currentDateTimeUtc());
           })
        .has_value();
}

QString TestContactsView::stageOf(qint64 id)
{
    const auto contact = ContactRepository(*m_fixture.reader).contact(id);
    if (!contact || !contact.value())
        return u"(no such contact)"_s;
    return contact.value()->stage;
}

QList<qint64> TestContactsView::makePeople(int count, const QString &prefix)
{
    auto ids = std::make_shared<QList<qint64>>();
    const auto done = write([count, prefix, ids](Database &db) -> Result<ChangeSet> {
        Transaction transaction(db.connection());
        if (auto r = transaction.begin(); !r)
            return r.error();
        ContactRepository contacts(db);
        for (int i = 0; i < count; ++i) {
            Contact c;
            c.displayName = u"%1 %2"_s.arg(prefix).arg(i, 3, 10, QChar(u'0'));
            auto id = contacts.create(c, {}, testdata::at(i));
            if (!id)
                return id.error();
            ids->append(id.value());
        }
        if (auto r = transaction.commit(); !r)
            return r.error();
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    });
    return done ? *ids : QList<qint64>();
}

qint64 TestContactsView::makeContact(const Contact &contact)
{
    auto id = std::make_shared<qint64>(0);
    const auto done = write([contact, id](Database &db) -> Result<ChangeSet> {
        auto made = ContactRepository(db).create(contact, {}, testdata::at(0));
        if (!made)
            return made.error();
        *id = made.value();
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    });
    return done ? *id : 0;
}

void TestContactsView::select(ContactsDialog &dialog, const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = dialog.model()->rowOf(id);
        QVERIFY2(row >= 0, "the contact to select is not loaded");
        selection.select(dialog.model()->index(row, 0), dialog.model()->index(row, ContactTableModel::ColumnCount - 1));
    }
    dialog.table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TestContactsView::modelPagesPast200UnderTester()
{
    const QList<qint64> ids = makePeople(450);
    QCOMPARE(ids.size(), 450);

    ContactTableModel model(*m_fixture.reader, *m_fixture.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &ContactTableModel::loadFailed);
    QCOMPARE(model.rowCount(), 0); // nothing until a filter is set
    model.setFilter({});
    QCOMPARE(model.totalCount(), 450);
    QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
    QCOMPARE(model.headerData(ContactTableModel::LastContactColumn, Qt::Horizontal).toString(), u"Last contact"_s);

    // A page at a time, in the store's name order, until all 450 are there.
    QCOMPARE(model.rowCount(), ContactTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ContactTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({}); // past the end: nothing
    QCOMPARE(model.rowCount(), 450);

    QStringList expected;
    for (int i = 0; i < 450; ++i)
        expected << u"Person %1"_s.arg(i, 3, 10, QChar(u'0'));
    QCOMPARE(namesOf(model), expected);
    QSet<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, 3).data(ContactTableModel::IdRole).toLongLong());
    QCOMPARE(shown, QSet<qint64>(ids.cbegin(), ids.cend()));

    // A change announced by the store reloads as many rows as were loaded, with the new data.
    const qint64 last = ids.constLast();
    QVERIFY(write([last](Database &db) { return ContactRepository(db).addTag({last}, u"late"_s); }));
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.index(449, ContactTableModel::TagsColumn).data().toString(), u"late"_s);
    QCOMPARE(failed.size(), 0);
}

void TestContactsView::modelSortsInTheStoreOrders()
{
    // Three people we talk to, the newest conversation with "b"; two without a conversation.
    QVERIFY(store(talkPage(m_x.id, {u"a"_s}, testdata::at(100))));
    QVERIFY(store(talkPage(m_x.id, {u"b"_s}, testdata::at(300))));
    QVERIFY(store(talkPage(m_x.id, {u"c"_s}, testdata::at(200))));
    QVERIFY(write([](Database &db) -> Result<ChangeSet> {
        auto made = ContactRepository(db).ensureContactsForPeople();
        if (!made)
            return made.error();
        return ChangeSet();
    }));
    const QList<qint64> plain = makePeople(2, u"Zed"_s);
    QCOMPARE(plain.size(), 2);
    // Stages in pipeline order: Customer (4) for "User a", New (1) for "Zed 001".
    const auto idOf = [this](const QString &name) -> qint64 {
        ContactFilter f;
        f.search = name;
        auto rows = ContactRepository(*m_fixture.reader).list(f);
        return rows && rows->size() == 1 ? rows->constFirst().contact.id : 0;
    };
    const qint64 a = idOf(u"User a"_s);
    QVERIFY(a);
    QVERIFY(
        write([a](Database &db) { return ContactRepository(db).setStage({a}, u"Customer"_s, {}, testdata::at(400)); }));
    const qint64 zed1 = plain.at(1);
    QVERIFY(write(
        [zed1](Database &db) { return ContactRepository(db).setStage({zed1}, u"New"_s, {}, testdata::at(400)); }));

    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ContactTableModel &model = *dialog.model();
    QHeaderView *header = dialog.table()->horizontalHeader();
    QCOMPARE(namesOf(model), (QStringList{u"User a"_s, u"User b"_s, u"User c"_s, u"Zed 000"_s, u"Zed 001"_s}));

    dialog.table()->sortByColumn(ContactTableModel::LastContactColumn, Qt::AscendingOrder);
    QCOMPARE(namesOf(model).mid(0, 3), (QStringList{u"User b"_s, u"User c"_s, u"User a"_s}));
    // The store has the newest first only, and the header says so.
    QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::LastContactColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(model.index(0, ContactTableModel::LastContactColumn).data().toString() != u"—"_s);
    QCOMPARE(model.index(4, ContactTableModel::LastContactColumn).data().toString(), u"—"_s);

    dialog.table()->sortByColumn(ContactTableModel::StageColumn, Qt::AscendingOrder);
    QCOMPARE(namesOf(model).mid(0, 2), (QStringList{u"Zed 001"_s, u"User a"_s})); // New, then Customer
    QCOMPARE(model.index(0, ContactTableModel::StageColumn).data().toString(), u"New"_s);

    // A column the store has no order for changes nothing, and the header goes back.
    dialog.table()->sortByColumn(ContactTableModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(namesOf(model).mid(0, 2), (QStringList{u"Zed 001"_s, u"User a"_s}));
    QCOMPARE(header->sortIndicatorSection(), int(ContactTableModel::StageColumn));

    dialog.table()->sortByColumn(ContactTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(namesOf(model), (QStringList{u"User a"_s, u"User b"_s, u"User c"_s, u"Zed 000"_s, u"Zed 001"_s}));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
}

void TestContactsView::filtersChangeTheRows()
{
    // On X: a, b (long ago) and r (yesterday); on Mastodon: m. Plus Dana, whom we never talked to.
    QVERIFY(store(talkPage(m_x.id, {u"a"_s, u"b"_s}, testdata::at(0).addDays(-400))));
    QVERIFY(store(talkPage(m_x.id, {u"r"_s}, QDateTime::currentDateTimeUtc().addDays(-1))));
    QVERIFY(store(talkPage(m_mastodon.id, {u"m"_s}, testdata::at(0).addDays(-400))));
    QVERIFY(write([](Database &db) -> Result<ChangeSet> {
        auto made = ContactRepository(db).ensureContactsForPeople();
        if (!made)
            return made.error();
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    }));
    Contact dana;
    dana.displayName = u"Dana Ortiz"_s;
    dana.company = u"Teapot Ltd"_s;
    dana.tags = {u"vip"_s};
    dana.stage = u"Qualified"_s;
    QVERIFY(makeContact(dana));

    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    ContactTableModel &model = *dialog.model();
    const auto count = [&dialog] { return dialog.findChild<QLabel *>(u"count"_s)->text(); };
    QCOMPARE(model.rowCount(), 5);
    QVERIFY2(count().contains(u"5"_s), qPrintable(count()));

    // Stage, then "No stage".
    QVERIFY(dialog.stageFilter()->findText(u"Qualified"_s) > 1);
    dialog.stageFilter()->setCurrentIndex(dialog.stageFilter()->findText(u"Qualified"_s));
    QCOMPARE(namesOf(model), QStringList{u"Dana Ortiz"_s});
    QVERIFY2(count().contains(u"1"_s), qPrintable(count()));
    dialog.stageFilter()->setCurrentIndex(1);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!namesOf(model).contains(u"Dana Ortiz"_s));
    dialog.stageFilter()->setCurrentIndex(0);

    // Tag.
    const int vip = dialog.tagFilter()->findData(u"vip"_s);
    QVERIFY(vip > 0);
    dialog.tagFilter()->setCurrentIndex(vip);
    QCOMPARE(namesOf(model), QStringList{u"Dana Ortiz"_s});
    dialog.tagFilter()->setCurrentIndex(0);

    // Network, with its name in the column.
    dialog.networkFilter()->setCurrentIndex(dialog.networkFilter()->findData(int(Network::Mastodon)));
    QCOMPARE(namesOf(model), QStringList{u"User m"_s});
    QCOMPARE(model.index(0, ContactTableModel::NetworksColumn).data().toString(), u"Mastodon"_s);
    dialog.networkFilter()->setCurrentIndex(dialog.networkFilter()->findData(int(Network::X)));
    QCOMPARE(namesOf(model), (QStringList{u"User a"_s, u"User b"_s, u"User r"_s}));
    dialog.networkFilter()->setCurrentIndex(0);

    // Last contact.
    dialog.lastContactFilter()->setCurrentIndex(
        dialog.lastContactFilter()->findData(int(ContactsDialog::Since::Last7Days)));
    QCOMPARE(namesOf(model), QStringList{u"User r"_s});
    dialog.lastContactFilter()->setCurrentIndex(
        dialog.lastContactFilter()->findData(int(ContactsDialog::Since::Over30Days)));
    QCOMPARE(namesOf(model), (QStringList{u"User a"_s, u"User b"_s, u"User m"_s})); // not Dana: never
    dialog.lastContactFilter()->setCurrentIndex(0);

    // Search, as typed (after a short pause), by company and by name.
    QTest::keyClicks(dialog.searchField(), u"teapot"_s);
    QTRY_COMPARE(namesOf(model), QStringList{u"Dana Ortiz"_s});
    dialog.searchField()->clear();
    QTest::keyClicks(dialog.searchField(), u"User "_s);
    QTRY_COMPARE(model.rowCount(), 4);
    QTest::keyClicks(dialog.searchField(), u"b"_s);
    QTRY_COMPARE(namesOf(model), QStringList{u"User b"_s});
    QVERIFY(dialog.errorText().isEmpty());
}

void TestContactsView::bulkStageAndTagLandInTheStore()
{
    const QList<qint64> ids = makePeople(5);
    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    QSignalSpy finished(&dialog, &ContactsDialog::actionFinished);
    auto *setStage = dialog.findChild<QPushButton *>(u"setStage"_s);
    QVERIFY(setStage);
    QVERIFY(!setStage->isEnabled()); // nothing selected
    const QList<qint64> chosen = {ids.at(0), ids.at(2), ids.at(3)};
    select(dialog, chosen);
    QCOMPARE(dialog.selectedContactIds(), chosen);
    QVERIFY(setStage->isEnabled());

    // The stage menu's entry for "Qualified" moves the three, and only them.
    QAction *qualified = nullptr;
    for (QAction *action : setStage->menu()->actions()) {
        if (action->text() == u"Qualified")
            qualified = action;
    }
    QVERIFY(qualified);
    qualified->trigger();
    settle();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    ContactRepository contacts(*m_fixture.reader);
    for (qint64 id : ids) {
        auto c = contacts.contact(id);
        QVERIFY(c && c.value());
        QCOMPARE(c.value()->stage, chosen.contains(id) ? u"Qualified"_s : QString());
    }
    // The table followed, and the selection stayed.
    QCOMPARE(dialog.model()->index(dialog.model()->rowOf(ids.at(2)), ContactTableModel::StageColumn).data().toString(),
             u"Qualified"_s);
    QCOMPARE(dialog.selectedContactIds(), chosen);

    // Tag them, then take it off one of them.
    Prompt::setNextText(u"vip"_s);
    dialog.addTagToSelection();
    settle();
    QCOMPARE(finished.size(), 1);
    for (qint64 id : ids)
        QCOMPARE(contacts.contact(id).value()->tags, chosen.contains(id) ? QStringList{u"vip"_s} : QStringList());
    QVERIFY2(dialog.statusText().contains(u"vip"_s), qPrintable(dialog.statusText()));
    QVERIFY(dialog.tagFilter()->findData(u"vip"_s) > 0); // the new tag is offered as a filter
    select(dialog, {ids.at(2)});
    Prompt::setNextText(u"vip"_s);
    dialog.removeTagFromSelection();
    settle();
    QCOMPARE(contacts.contact(ids.at(2)).value()->tags, QStringList());
    QCOMPARE(contacts.contact(ids.at(0)).value()->tags, QStringList{u"vip"_s});

    // A stage that is not in the pipeline: an error on show, and nobody moved.
    select(dialog, chosen);
    finished.clear();
    dialog.setStageOfSelection(u"No such stage"_s);
    settle();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY(!dialog.errorText().isEmpty());
    for (qint64 id : chosen)
        QCOMPARE(contacts.contact(id).value()->stage, u"Qualified"_s);
}

void TestContactsView::importShowsBadRowsAndRefuses()
{
    const QString path = m_fixture.dir->filePath(u"bad.csv"_s);
    QVERIFY(writeFile(path, "name,email,stage\n"
                            "Ana Lima,ana@example.com,New\n"
                            "Ben,not-an-address,\n"
                            "Cy,cy@example.com,Nowhere\n"
                            "Dee,dee@example.com,\n"));
    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    FileChooser::setNextFileName(path);
    dialog.importContacts();
    ContactImportDialog *import = dialog.importDialog();
    QVERIFY(import);
    QSignalSpy shown(import, &ContactImportDialog::previewShown);
    QVERIFY(shown.wait());

    // Every row in file order: the bad ones with their line and why, the good ones with what happens.
    QTableWidget *table = import->table();
    QCOMPARE(table->rowCount(), 4);
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row)
        lines << table->item(row, ContactImportDialog::LineColumn)->text();
    QCOMPARE(lines, (QStringList{u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(table->item(0, ContactImportDialog::NameColumn)->text(), u"Ana Lima"_s);
    QCOMPARE(table->item(0, ContactImportDialog::ResultColumn)->text(), u"New contact"_s);
    const QString ben = table->item(1, ContactImportDialog::ResultColumn)->text();
    QVERIFY2(ben.contains(u"3"_s) && ben.contains(u"not-an-address"_s), qPrintable(ben));
    const QString cy = table->item(2, ContactImportDialog::ResultColumn)->text();
    QVERIFY2(cy.contains(u"4"_s) && cy.contains(u"Nowhere"_s), qPrintable(cy));

    // All or nothing: Import is off, and the dialog says why.
    QVERIFY(!import->importButton()->isEnabled());
    QVERIFY2(import->errorText().contains(u"all or nothing"_s), qPrintable(import->errorText()));
    QSignalSpy imported(import, &ContactImportDialog::imported);
    import->startImport();
    settle();
    QCOMPARE(imported.size(), 0);
    QCOMPARE(ContactRepository(*m_fixture.reader).count({}).value(), 0);

    // A file that is not a contacts CSV at all.
    const QString notCsv = m_fixture.dir->filePath(u"empty.csv"_s);
    QVERIFY(writeFile(notCsv, ""));
    import->load(notCsv);
    QVERIFY(shown.wait());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!import->errorText().isEmpty());
    QVERIFY(!import->importButton()->isEnabled());
}

void TestContactsView::importOfAGoodFileBringsEveryRow()
{
    QVERIFY(store(talkPage(m_x.id, {u"ana"_s}, testdata::at(0))));
    const QString path = m_fixture.dir->filePath(u"good.csv"_s);
    QVERIFY(writeFile(path, "name,email,stage,tags,handles\n"
                            "Ana Lima,ana@example.com,Customer,vip,x:@userana\n"
                            "Ben Okafor,ben@example.com,,,\n"
                            "Cy Park,cy@example.com,New,vip;press,\n"));
    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    FileChooser::setNextFileName(path);
    dialog.importContacts();
    ContactImportDialog *import = dialog.importDialog();
    QVERIFY(import);
    QSignalSpy shown(import, &ContactImportDialog::previewShown);
    QVERIFY(shown.wait());
    QCOMPARE(import->table()->rowCount(), 3);
    // Ana is someone we talk to: her row takes that person over.
    QVERIFY2(import->table()->item(0, ContactImportDialog::ResultColumn)->text().contains(u"x:@userana"_s),
             qPrintable(import->table()->item(0, ContactImportDialog::ResultColumn)->text()));
    QCOMPARE(import->table()->item(1, ContactImportDialog::ResultColumn)->text(), u"New contact"_s);
    QVERIFY(import->errorText().isEmpty());
    QVERIFY(import->importButton()->isEnabled());

    QSignalSpy imported(import, &ContactImportDialog::imported);
    QTest::mouseClick(import->importButton(), Qt::LeftButton);
    QVERIFY(imported.size() == 1 || imported.wait());
    QCOMPARE(imported.takeFirst().at(0).toLongLong(), qint64(3));
    QVERIFY2(import->summaryText().contains(u"3"_s), qPrintable(import->summaryText()));
    QVERIFY(!import->importButton()->isEnabled()); // not twice
    settle();

    ContactRepository contacts(*m_fixture.reader);
    QCOMPARE(contacts.count({}).value(), 3);
    ContactFilter vip;
    vip.tag = u"vip"_s;
    QCOMPARE(contacts.count(vip).value(), 2);
    // The window followed the store.
    QCOMPARE(namesOf(*dialog.model()), (QStringList{u"Ana Lima"_s, u"Ben Okafor"_s, u"Cy Park"_s}));
    QVERIFY2(dialog.statusText().contains(u"3"_s), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.model()->index(0, ContactTableModel::NetworksColumn).data().toString(), u"X"_s);
}

void TestContactsView::exportWritesWhatReadsBack()
{
    const QList<qint64> ids = makePeople(3);
    const qint64 first = ids.at(0);
    QVERIFY(write([first](Database &db) { return ContactRepository(db).addTag({first}, u"vip"_s); }));
    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    QSignalSpy finished(&dialog, &ContactsDialog::actionFinished);

    // Everyone, as CSV.
    const QString csv = m_fixture.dir->filePath(u"all.csv"_s);
    FileChooser::setNextFileName(csv);
    dialog.exportContacts();
    QVERIFY(finished.wait());
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto preview = contacts::previewImport(&file, *m_fixture.reader, 10);
    QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().message()));
    QCOMPARE(preview->rows, qint64(3));
    QCOMPARE(preview->problemCount, qint64(0));
    QCOMPARE(preview->sample.at(0).contact.displayName, u"Person 000"_s);
    QCOMPARE(preview->sample.at(0).contact.tags, QStringList{u"vip"_s});
    file.close();

    // The filter's people only, as vCard (by the file's type).
    dialog.tagFilter()->setCurrentIndex(dialog.tagFilter()->findData(u"vip"_s));
    QCOMPARE(dialog.model()->rowCount(), 1);
    const QString vcf = m_fixture.dir->filePath(u"vip.vcf"_s);
    FileChooser::setNextFileName(vcf);
    dialog.exportContacts();
    QVERIFY(finished.wait());
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QFile card(vcf);
    QVERIFY(card.open(QIODevice::ReadOnly));
    const QByteArray cards = card.readAll();
    QCOMPARE(cards.count("BEGIN:VCARD"), 1);
    QVERIFY(cards.contains("Person 000"));

    // The selection only, as CSV.
    dialog.tagFilter()->setCurrentIndex(0);
    select(dialog, {ids.at(1), ids.at(2)});
    const QString some = m_fixture.dir->filePath(u"some.csv"_s);
    FileChooser::setNextFileName(some);
    dialog.exportContacts();
    QVERIFY(finished.wait());
    QFile someFile(some);
    QVERIFY(someFile.open(QIODevice::ReadOnly));
    contacts::ContactCsvReader reader(&someFile);
    QVERIFY(reader.readHeader().ok());
    QStringList names;
    ContactRecord record;
    contacts::CsvProblem problem;
    while (reader.next(&record, &problem) == contacts::ContactCsvReader::Status::Row)
        names << record.contact.displayName;
    QCOMPARE(names, (QStringList{u"Person 001"_s, u"Person 002"_s}));
}

void TestContactsView::pipelineShowsTheStoreCounts()
{
    const QList<qint64> ids = makePeople(6);
    const QList<qint64> qualified = ids.mid(0, 3);
    const QList<qint64> customers = ids.mid(3, 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(write([qualified, customers, now](Database &db) -> Result<ChangeSet> {
        ContactRepository contacts(db);
        if (auto r = contacts.setStage(qualified, u"Qualified"_s, {}, now); !r)
            return r;
        return contacts.setStage(customers, u"Customer"_s, {}, now);
    }));

    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    auto *table = dialog.findChild<QTableWidget *>(u"pipeline"_s);
    QVERIFY(table);
    const auto shownCounts = [table] {
        QMap<QString, int> counts;
        for (int row = 0; row < table->rowCount(); ++row)
            counts.insert(table->item(row, 0)->text(), table->item(row, 1)->data(Qt::UserRole).toInt());
        return counts;
    };
    const auto storeCounts = [this] {
        QMap<QString, int> counts;
        ContactRepository contacts(*m_fixture.reader);
        const auto stages = contacts.pipeline();
        for (const PipelineStage &s : stages.value())
            counts.insert(s.name, s.contactCount);
        ContactFilter none;
        none.withoutStage = true;
        counts.insert(u"No stage"_s, contacts.count(none).value());
        return counts;
    };
    QCOMPARE(shownCounts(), storeCounts());
    QCOMPARE(shownCounts().value(u"Qualified"_s), 3);
    QCOMPARE(shownCounts().value(u"No stage"_s), 2);

    // The chart: people who reached the chosen stage, this month in the last bar.
    auto *stage = dialog.findChild<QComboBox *>(u"conversionStage"_s);
    QVERIFY(stage);
    QCOMPARE(stage->currentText(), u"Customer"_s);
    auto *chart = dialog.findChild<QWidget *>(u"conversions"_s);
    QVERIFY(chart);
    QVERIFY2(chart->toolTip().split(u'\n').constLast().endsWith(u": 1"_s), qPrintable(chart->toolTip()));
    QCOMPARE(chart->toolTip().split(u'\n').size(), 12);
    stage->setCurrentIndex(stage->findText(u"Qualified"_s));
    QVERIFY2(chart->toolTip().split(u'\n').constLast().endsWith(u": 3"_s), qPrintable(chart->toolTip()));

    // A bulk change from the window moves the figures with it.
    select(dialog, ids.mid(4, 2));
    dialog.setStageOfSelection(u"Customer"_s);
    settle();
    QCOMPARE(shownCounts(), storeCounts());
    QCOMPARE(shownCounts().value(u"Customer"_s), 3);
    QCOMPARE(shownCounts().value(u"No stage"_s), 0);
    QVERIFY2(chart->toolTip().split(u'\n').constLast().endsWith(u": 3"_s), qPrintable(chart->toolTip()));
}

void TestContactsView::htmlNameShowsLiterally()
{
    const QString html = u"<b>x</b><img src=x>"_s;
    Contact c;
    c.displayName = html;
    c.company = u"<i>Acme</i>"_s;
    QVERIFY(makeContact(c));

    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    ContactTableModel &model = *dialog.model();
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex name = model.index(0, ContactTableModel::NameColumn);
    QCOMPARE(name.data(Qt::DisplayRole).toString(), html);
    QCOMPARE(model.index(0, ContactTableModel::CompanyColumn).data().toString(), u"<i>Acme</i>"_s);
    // The tool tip (which Qt would read as rich text) is escaped: read back, it is the text itself.
    const QString tip = name.data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(u"<img"_s) && !tip.contains(u"<b>"_s), qPrintable(tip));
    QTextDocument document;
    document.setHtml(tip);
    QCOMPARE(document.toPlainText().trimmed(), html);
}

void TestContactsView::toolsMenuOpensOneContactsWindow()
{
    QSettings settings(m_fixture.dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;
    AccountManager accounts(&settings, &credentials, m_fixture.store.get());
    auto providers = std::make_shared<NoProviders>();
    SyncService sync(m_fixture.store.get(), &accounts, providers);
    SignInService signIn(accounts, providers);
    {
        MainWindow window(*m_fixture.store, accounts, sync, MainWindow::Options{});
        connectDialogs(window, accounts, sync, signIn, *m_fixture.store);
        QAction *contacts = nullptr;
        for (QAction *action : static_cast<QWidget &>(window).actions()) { // MainWindow::actions() is the inbox's
            if (action->text() == u"Contacts…")
                contacts = action;
        }
        QVERIFY(contacts);
        QCOMPARE(contacts->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

        QSignalSpy requested(&window, &MainWindow::contactsRequested);
        contacts->trigger();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(window.findChildren<ContactsDialog *>().size(), 1);
        QPointer<ContactsDialog> first = window.findChild<ContactsDialog *>();
        QVERIFY(first->isVisible());
        QVERIFY(!first->isModal());
        QCOMPARE(first->windowTitle(), u"Contacts"_s);

        // Asked again: the same window, not a second one.
        contacts->trigger();
        QCOMPARE(window.findChildren<ContactsDialog *>().size(), 1);
        QCOMPARE(window.findChild<ContactsDialog *>(), first.data());

        // Closed, it goes; asked again, a new one opens.
        first->close();
        QTRY_VERIFY(!first);
        contacts->trigger();
        QCOMPARE(window.findChildren<ContactsDialog *>().size(), 1);
    }
    settle();
}

void TestContactsView::stageRenamedInPlaceKeepsItsPeople()
{
    const QList<qint64> ids = makePeople(3);
    QVERIFY(putInStage(ids.mid(0, 2), u"Lost"_s));
    const QStringList before = storedStages();
    QVERIFY(before.contains(u"Lost"_s));

    PipelineDialog dialog(*m_fixture.store, *m_fixture.reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.stageList();
    QCOMPARE(namesOf(list), before);
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"Lost"_s), u"  Gone  "_s));
    QCOMPARE(rowOf(list, u"Lost"_s), -1);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(storedStages(), before); // nothing written before OK

    QSignalSpy saved(&dialog, &PipelineDialog::saved);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    settle();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toBool(), true);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    // Same place in the pipeline, new name; the people in it kept it.
    QStringList expected = before;
    expected.replace(expected.indexOf(u"Lost"_s), u"Gone"_s);
    QCOMPARE(storedStages(), expected);
    QCOMPARE(stageOf(ids.at(0)), u"Gone"_s);
    QCOMPARE(stageOf(ids.at(1)), u"Gone"_s);
    QCOMPARE(stageOf(ids.at(2)), QString());
}

void TestContactsView::stageAddedAndReordered()
{
    const QStringList before = storedStages();
    QCOMPARE(before, (QStringList{u"New"_s, u"Contacted"_s, u"Qualified"_s, u"Customer"_s, u"Lost"_s}));

    PipelineDialog dialog(*m_fixture.store, *m_fixture.reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.stageList();

    // Add after "Qualified": it comes in as "New stage", being edited.
    list->setCurrentRow(rowOf(list, u"Qualified"_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"addStage"_s), Qt::LeftButton);
    QCOMPARE(list->currentRow(), 3);
    QCOMPARE(list->currentItem()->text(), u"New stage"_s);
    QVERIFY(typeIntoEditor(list, u"Proposal"_s));
    QCOMPARE(list->item(3)->text(), u"Proposal"_s);

    // "Lost" up two places, "New" down one, with the buttons; the ends do not move further.
    auto *up = dialog.findChild<QPushButton *>(u"moveStageUp"_s);
    auto *down = dialog.findChild<QPushButton *>(u"moveStageDown"_s);
    QVERIFY(up && down);
    list->setCurrentRow(rowOf(list, u"Lost"_s));
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    list->setCurrentRow(0);
    QVERIFY(!up->isEnabled());
    QTest::mouseClick(down, Qt::LeftButton);
    const QStringList wanted{u"Contacted"_s, u"New"_s, u"Qualified"_s, u"Lost"_s, u"Proposal"_s, u"Customer"_s};
    QCOMPARE(namesOf(list), wanted);
    QCOMPARE(dialog.stageNames(), wanted);
    QCOMPARE(storedStages(), before);

    dialog.accept();
    settle();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(storedStages(), wanted);
    // The new stage takes people.
    const QList<qint64> ids = makePeople(1);
    QVERIFY(putInStage(ids, u"Proposal"_s));
    QCOMPARE(stageOf(ids.at(0)), u"Proposal"_s);
}

void TestContactsView::stageRemovedAfterConfirmation()
{
    const QList<qint64> ids = makePeople(4);
    QVERIFY(putInStage(ids.mid(0, 3), u"Lost"_s));
    QVERIFY(putInStage(ids.mid(3, 1), u"Customer"_s));

    PipelineDialog dialog(*m_fixture.store, *m_fixture.reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.stageList();
    auto *remove = dialog.findChild<QPushButton *>(u"removeStage"_s);
    QVERIFY(remove);

    // Turned down: the stage stays.
    list->setCurrentRow(rowOf(list, u"Lost"_s));
    Prompt::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(rowOf(list, u"Lost"_s) >= 0);

    // The real question, which names the stage and how many people are in it.
    QString asked;
    answerNextMessageBox(this, QMessageBox::Yes, &asked);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY2(asked.contains(u"3"_s) && asked.contains(u"“Lost”"_s) && asked.contains(u"no stage"_s), qPrintable(asked));
    QCOMPARE(rowOf(list, u"Lost"_s), -1);
    QCOMPARE(stageOf(ids.at(0)), u"Lost"_s); // not before OK

    dialog.accept();
    settle();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(storedStages(), (QStringList{u"New"_s, u"Contacted"_s, u"Qualified"_s, u"Customer"_s}));
    for (qint64 id : ids.mid(0, 3))
        QCOMPARE(stageOf(id), QString());
    QCOMPARE(stageOf(ids.at(3)), u"Customer"_s);
    ContactFilter none;
    none.withoutStage = true;
    QCOMPARE(ContactRepository(*m_fixture.reader).count(none).value(), 3);
    // Their history still names the stage.
    const auto timeline = ContactRepository(*m_fixture.reader).timeline(ids.at(0), std::nullopt, 50);
    QVERIFY(timeline.ok());
    const bool named = std::any_of(timeline->cbegin(), timeline->cend(), [](const TimelineEntry &e) {
        return e.kind == TimelineEntry::Kind::StageChange && e.text == u"Lost";
    });
    QVERIFY(named);
}

void TestContactsView::duplicateOrEmptyStageNameIsRefused()
{
    const QList<qint64> ids = makePeople(1);
    QVERIFY(putInStage(ids, u"Contacted"_s));
    const QStringList before = storedStages();
    QSignalSpy changed(m_fixture.store.get(), &Store::changed);

    PipelineDialog dialog(*m_fixture.store, *m_fixture.reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.stageList();
    QSignalSpy saved(&dialog, &PipelineDialog::saved);

    // Another stage's name, in other letters: refused, said in the dialog, which stays open.
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"Contacted"_s), u"qualified"_s));
    dialog.accept();
    settle();
    QVERIFY2(dialog.errorText().contains(u"qualified"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"error"_s)->isVisible());
    QCOMPARE(saved.count(), 0);

    // An added stage with a name already there: refused too.
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"qualified"_s), u"Contacted again"_s));
    QCOMPARE(dialog.errorText(), QString()); // said as soon as it is right again
    list->setCurrentRow(list->count() - 1);
    dialog.addStage();
    QVERIFY(typeIntoEditor(list, u"LOST"_s));
    dialog.accept();
    settle();
    QVERIFY2(dialog.errorText().contains(u"LOST"_s), qPrintable(dialog.errorText()));
    QVERIFY(dialog.isVisible());

    // No name at all.
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"LOST"_s), u"   "_s));
    dialog.accept();
    settle();
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.isVisible());

    QCOMPARE(saved.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(storedStages(), before);
    QCOMPARE(stageOf(ids.at(0)), u"Contacted"_s);
}

void TestContactsView::cancelOfStageEditsWritesNothing()
{
    const QList<qint64> ids = makePeople(2);
    QVERIFY(putInStage(ids, u"Lost"_s));
    const QStringList before = storedStages();
    QSignalSpy changed(m_fixture.store.get(), &Store::changed);

    PipelineDialog dialog(*m_fixture.store, *m_fixture.reader);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.stageList();
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"New"_s), u"Fresh"_s));
    list->setCurrentRow(rowOf(list, u"Lost"_s));
    Prompt::setNextAnswer(QMessageBox::Yes);
    dialog.removeCurrentStage();
    dialog.addStage();
    QVERIFY(typeIntoEditor(list, u"Later"_s));
    list->setCurrentRow(rowOf(list, u"Customer"_s));
    dialog.moveCurrentStage(-1);
    QCOMPARE(namesOf(list), (QStringList{u"Fresh"_s, u"Contacted"_s, u"Customer"_s, u"Qualified"_s, u"Later"_s}));

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancel"_s), Qt::LeftButton);
    settle();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(storedStages(), before);
    QCOMPARE(stageOf(ids.at(0)), u"Lost"_s);
    QCOMPARE(stageOf(ids.at(1)), u"Lost"_s);
}

void TestContactsView::editStagesButtonRefreshesThePipeline()
{
    const QList<qint64> ids = makePeople(2);
    QVERIFY(putInStage(ids, u"Customer"_s));

    ContactsDialog contacts(*m_fixture.store, *m_fixture.reader);
    contacts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&contacts));
    settle();
    auto *button = contacts.findChild<QPushButton *>(u"editStages"_s);
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<PipelineDialog> dialog = contacts.pipelineDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    QCOMPARE(dialog->windowTitle(), u"Edit stages"_s);
    // Every control says what it is.
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QListWidget *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    // A second click brings the same one forward.
    contacts.editStages();
    QCOMPARE(contacts.pipelineDialog(), dialog.data());

    QListWidget *list = dialog->stageList();
    QVERIFY(renameWithKeyboard(list, rowOf(list, u"Customer"_s), u"Won"_s));
    dialog->accept();
    settle();
    QTRY_VERIFY(!dialog); // closed and gone

    auto *table = contacts.findChild<QTableWidget *>(u"pipeline"_s);
    QVERIFY(table);
    QStringList shown;
    int won = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown << table->item(row, 0)->text();
        if (table->item(row, 0)->text() == u"Won")
            won = table->item(row, 1)->data(Qt::UserRole).toInt();
    }
    QCOMPARE(shown, (QStringList{u"New"_s, u"Contacted"_s, u"Qualified"_s, u"Won"_s, u"Lost"_s, u"No stage"_s}));
    QCOMPARE(won, 2);
    QVERIFY(contacts.stageFilter()->findData(u"Won"_s) >= 0);
    QCOMPARE(contacts.stageFilter()->findData(u"Customer"_s), -1);
    auto *conversion = contacts.findChild<QComboBox *>(u"conversionStage"_s);
    QVERIFY(conversion && conversion->findData(u"Won"_s) >= 0);
    QVERIFY2(!contacts.statusText().isEmpty(), "the window says the stages were saved");
}

QTEST_MAIN(TestContactsView)
void TestContactsView::everyoneWhoWroteIsAContact()
{
    // People are contacts from the moment their messages are stored, and the open Contacts
    // window lists newcomers as they arrive.
    QVERIFY(store(talkPage(m_x.id, {u"ana"_s, u"bo"_s}, testdata::at(1))));
    QCOMPARE(ContactRepository(*m_fixture.reader).count({}).value(), 2);
    ContactsDialog dialog(*m_fixture.store, *m_fixture.reader);
    settle();
    QTRY_COMPARE(dialog.model()->rowCount(), 2);
    QVERIFY(store(talkPage(m_x.id, {u"cy"_s}, testdata::at(2))));
    QTRY_COMPARE(dialog.model()->rowCount(), 3);
    QCOMPARE(ContactRepository(*m_fixture.reader).count({}).value(), 3);
}

#include "TestContactsView.moc"
