// SPDX-License-Identifier: GPL-3.0-or-later
// The window and starling-cli are two front ends of one core (issue #13): on one profile, the same
// use case through each gives the same answer. The Reports window and `starling-cli stats` show
// the same response times and survey ratings; "done" and "reopen" through the window's
// InboxActions and through the command store the same conversation; a DM answer to a mention
// through each queues the same kind of outbox item in the same local 1:1 conversation. And the
// Reports window works its figures out off the GUI thread, saying so meanwhile, and shows an
// error where they would be when they cannot be worked out.
//
// The profile is set up as the app leaves it: the account in the profile's settings (its server
// is the sandbox X server) and its access token in the system keychain, which the CLI reads with
// its production wiring. main() starts a private D-Bus session with an unlocked gnome-keyring, as
// TestCli does, so the developer's own keyring is never touched.

#include "InboxActions.h"
#include "KeyringSession.h"
#include "Profile.h"
#include "accounts/AccountManager.h"
#include "auth/KeychainCredentialStore.h"
#include "compose/ComposeWidget.h"
#include "providers/ProviderFactory.h"
#include "store/AutomationRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/OutboxRepository.h"
#include "store/Store.h"
#include "sync/SyncService.h"
#include "windows/ReportsDialog.h"
#include "x/XServer.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace starling;
using starling::sandbox::XServer;

namespace {

constexpr int processTimeoutMs = 120000;
const QUuid shopAccountId(u"{f0e40000-0000-4000-8000-000000000001}"_s);

/** What a run of starling-cli left. */
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(3000) + "\nstderr: " + err.left(3000);
    }
};

} // namespace

class TestFrontEnds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void reportsWindowWorksOffTheGuiThread();
    void reportsWindowShowsWhatStatsPrints();
    void reportsWindowShowsAnErrorInsteadOfFigures();
    void doneAndReopenStoreTheSame();
    void directAnswerToAMentionQueuesTheSame();

private:
    /** Runs starling-cli with @p args on the profile. */
    Run cli(const QStringList &args);
    /** The conversation @p id as stored now. */
    std::optional<ConversationSummary> conversation(qint64 id);
    qint64 scalar(const QString &sql, const QVariantList &values = {});
    /** Stores @p job as the app's writer would, and waits for it. */
    void write(StoreWriter::Job job);

    XServer m_x;
    QTemporaryDir m_dir;
    QString m_profile;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_credentials;
    std::unique_ptr<AccountManager> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    /** The window's own: what its inbox, thread and compose box call. */
    std::unique_ptr<InboxActions> m_actions;
    QString m_shop;
    QString m_ana;
    QString m_ben;
    QString m_cleo;
    QString m_cleoMention;
};

Run TestFrontEnds::cli(const QStringList &args)
{
    QProcess process;
    process.setProgram(QStringLiteral(STARLING_CLI));
    process.setArguments(QStringList{u"--profile"_s, m_profile} + args);
    process.start();
    Run run;
    if (!process.waitForStarted(processTimeoutMs)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    // The sandbox server answers from this thread's event loop, so wait by running it.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(processTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

std::optional<ConversationSummary> TestFrontEnds::conversation(qint64 id)
{
    auto db = m_store->openReader();
    if (!db)
        return std::nullopt;
    auto found = ConversationRepository(*db.value()).byId(id);
    return found ? found.value() : std::nullopt;
}

qint64 TestFrontEnds::scalar(const QString &sql, const QVariantList &values)
{
    auto db = m_store->openReader();
    if (!db)
        return -1;
    QSqlQuery query(db.value()->connection());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestFrontEnds::write(StoreWriter::Job job)
{
    std::optional<Result<ChangeSet>> written;
    m_store->write("a test's write", std::move(job), this, [&written](const Result<ChangeSet> &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    QVERIFY2(written->ok(), written->ok() ? "" : qPrintable(written->error().message()));
}

void TestFrontEnds::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(STARLING_CLI)).isExecutable());
    QVERIFY(m_dir.isValid());
    // The same names as the apps, so QSettings finds the same file in a profile.
    QCoreApplication::setOrganizationDomain(QStringLiteral(STARLING_ORG_DOMAIN));
    QCoreApplication::setApplicationName(QStringLiteral(STARLING_APP_NAME));
    QVERIFY(m_x.listen());
    m_x.setAllRateLimits(100000);
    m_shop = m_x.addUser(u"shop"_s, u"Shop Inc"_s);
    m_ana = m_x.addUser(u"ana"_s, u"Ana Souza"_s);
    m_ben = m_x.addUser(u"ben"_s, u"Ben Okafor"_s);
    m_cleo = m_x.addUser(u"cleo"_s, u"Cleo"_s);
    m_x.setOwnUser(m_shop);
    const QByteArray token = m_x.addToken(m_shop);

    // Three days ago, well inside the last 30 days and a week's period of both front ends: Ana
    // asks and is answered after 25 minutes, Ben asks and waits, Cleo mentions the shop.
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-3);
    QDateTime clock = base;
    m_x.setClock([&clock] { return clock; });
    QVERIFY(!m_x.deliverDirectMessage(m_ana, m_shop, u"Where is my parcel?"_s).isEmpty());
    clock = base.addSecs(25 * 60);
    QVERIFY(!m_x.deliverDirectMessage(m_shop, m_ana, u"On its way, it arrives tomorrow."_s).isEmpty());
    clock = base.addSecs(3600);
    QVERIFY(!m_x.deliverDirectMessage(m_ben, m_shop, u"Can I pay by invoice?"_s).isEmpty());
    clock = base.addSecs(7200);
    m_cleoMention = m_x.mention(m_cleo, m_shop, u"the new mugs are lovely"_s);
    m_x.setClock({});
    QVERIFY(!m_cleoMention.isEmpty());

    // The profile as the app leaves it.
    m_profile = m_dir.filePath(u"profile"_s);
    auto profile = Profile::open(m_profile);
    QVERIFY(profile);
    profile->useForSettings();
    auto store = Store::open(profile->databasePath());
    QVERIFY2(store, store ? "" : qPrintable(store.error().message()));
    m_store = std::move(store).value();
    m_settings = std::make_unique<QSettings>();
    m_credentials = std::make_unique<KeychainCredentialStore>();
    m_credentials->setRefreshLockFolder(profile->path());
    m_accounts = std::make_unique<AccountManager>(m_settings.get(), m_credentials.get(), m_store.get());
    m_accounts->load();
    Account account;
    account.id = shopAccountId;
    account.network = Network::X;
    account.handle = u"shop"_s;
    account.displayName = u"Shop Inc"_s;
    account.remoteUserId = m_shop;
    account.serverUrl = m_x.baseUrl();
    QVERIFY(m_accounts->add(account));
    m_store->flush();
    std::optional<Result<void>> stored;
    m_credentials->write(shopAccountId, CredentialStore::Kind::AccessToken, token, this,
                         [&stored](Result<void> r) { stored = r; });
    QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30000);
    QVERIFY(stored->ok());

    // The window's side: the same services, not started, so that the command is the one that sends.
    m_sync = std::make_unique<SyncService>(m_store.get(), m_accounts.get(),
                                           std::make_shared<NetworkProviderFactory>(m_credentials.get()));
    m_actions = std::make_unique<InboxActions>(*m_store, *m_accounts, *m_sync);

    const Run sync = cli({u"sync"_s});
    QVERIFY2(sync.exitCode == 0, sync.describe());
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), qint64(4));

    // Three customers answered the feedback survey yesterday, with 5, 4 and 2.
    const QDateTime yesterday = QDateTime::currentDateTimeUtc().addDays(-1);
    const QList<std::pair<QString, int>> answers{{XServer::directConversationId(m_shop, m_ana), 5},
                                                 {XServer::directConversationId(m_shop, m_ben), 4},
                                                 {m_cleoMention, 2}};
    for (const auto &[remoteId, rating] : answers) {
        const qint64 id = scalar(u"SELECT id FROM conversations WHERE remote_id = ?"_s, {remoteId});
        QVERIFY2(id > 0, qPrintable(remoteId));
        const qint64 answer = scalar(u"SELECT max(id) FROM messages WHERE conversation_id = ?"_s, {id});
        write([id, answer, rating, yesterday](Database &db) -> Result<ChangeSet> {
            AutomationRepository automation(db);
            if (auto opened = automation.openSurvey(id, yesterday.addSecs(-600)); !opened)
                return opened.error();
            auto survey = automation.openSurveyFor(id, yesterday);
            if (!survey)
                return survey.error();
            if (!survey.value())
                return Error(Error::Code::NotFound, u"no open survey"_s);
            return automation.answerSurvey(*survey.value(), rating, answer, yesterday);
        });
    }
}

void TestFrontEnds::cleanupTestCase()
{
    m_actions.reset();
    m_sync.reset();
    if (!m_credentials)
        return;
    bool removed = false;
    m_credentials->remove(shopAccountId, CredentialStore::Kind::AccessToken, this,
                          [&](Result<void>) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 30000);
}

// ---- reports --------------------------------------------------------------------------------

void TestFrontEnds::reportsWindowWorksOffTheGuiThread()
{
    // The figures are worked out on the store's reader thread: the dialog opens at once and says
    // it is working; they come later, through the event loop. The reader thread is kept busy until
    // the dialog is open, so that figures worked out on this thread would show at once.
    QSemaphore gate;
    const auto busy = m_store->read<int>("a test holding the reader", [&gate](Database &) -> Result<int> {
        gate.acquire();
        return 0;
    });
    bool held = true;
    const auto open = [&gate, &held] {
        if (std::exchange(held, false))
            gate.release();
    };
    const auto openOnFailure = qScopeGuard(open);
    ReportsDialog reports(*m_store, *m_accounts);
    QSignalSpy refreshed(&reports, &ReportsDialog::refreshed);
    auto *summary = reports.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QCOMPARE(summary->text(), u"Working…"_s);
    QVERIFY(!reports.report());
    open();
    QVERIFY(refreshed.wait(30000));
    QVERIFY(reports.report());
    QVERIFY(summary->text() != u"Working…"_s);
}

void TestFrontEnds::reportsWindowShowsWhatStatsPrints()
{
    // Wait for the figures themselves: what matters here is what they say.
    ReportsDialog reports(*m_store, *m_accounts);
    QTRY_VERIFY_WITH_TIMEOUT(reports.report().has_value(), 30000);
    const ReportService::Report &window = *reports.report();

    // The command's default period is the window's: the last 30 days.
    const Run run = cli({u"--json"_s, u"stats"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonObject stats = run.json();

    // The same response times, per account.
    const QJsonArray rows = stats.value(u"responseTimes"_s).toArray();
    QCOMPARE(rows.size(), window.responseTimes.size());
    QCOMPARE(window.responseTimes.size(), 1);
    const ResponseTimeStats &shop = window.responseTimes.constFirst();
    const QJsonObject printed = rows.at(0).toObject();
    QCOMPARE(printed.value(u"account"_s).toString(), shop.accountId.toString(QUuid::WithoutBraces));
    QCOMPARE(printed.value(u"conversations"_s).toInt(), shop.conversations);
    QCOMPARE(printed.value(u"requests"_s).toInt(), shop.requests);
    QCOMPARE(printed.value(u"answered"_s).toInt(), shop.answered);
    QCOMPARE(printed.value(u"waiting"_s).toInt(), shop.waiting);
    QVERIFY(shop.firstResponseMedianMs && shop.responseMedianMs);
    QCOMPARE(printed.value(u"firstResponseMedianMs"_s).toInteger(), *shop.firstResponseMedianMs);
    QCOMPARE(printed.value(u"responseMedianMs"_s).toInteger(), *shop.responseMedianMs);
    QCOMPARE(*shop.responseMedianMs, qint64(25 * 60 * 1000));
    // … and the window shows those.
    auto *table = reports.findChild<QTableWidget *>(u"responseTimes"_s);
    QVERIFY(table && table->isVisibleTo(&reports));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"@shop"_s);
    QCOMPARE(table->item(0, 1)->text(), humanDuration(printed.value(u"firstResponseMedianMs"_s).toInteger()));
    QCOMPARE(table->item(0, 2)->text(), humanDuration(printed.value(u"responseMedianMs"_s).toInteger()));
    QCOMPARE(table->item(0, 3)->text(), QString::number(printed.value(u"answered"_s).toInt()));
    QCOMPARE(table->item(0, 4)->text(), QString::number(printed.value(u"waiting"_s).toInt()));

    // The same survey ratings: how many, and their average.
    const QJsonObject surveys = stats.value(u"surveys"_s).toObject();
    QCOMPARE(surveys.value(u"recorded"_s).toInt(), 3);
    QCOMPARE(window.ratings, 3);
    QVERIFY(window.averageRating);
    QCOMPARE(surveys.value(u"averageRating"_s).toDouble(), *window.averageRating);
    QCOMPARE(*window.averageRating, 11.0 / 3.0);
    auto *summary = reports.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(u"Average feedback: 3.7 ★ from 3 rating"_s), qPrintable(summary->text()));
    // Week by week, the trend the window draws.
    const QJsonArray periods = stats.value(u"periods"_s).toArray();
    QCOMPARE(periods.size(), window.periods.size());
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject p = periods.at(i).toObject();
        const ReportService::Period &w = window.periods.at(i);
        QCOMPARE(p.value(u"ratings"_s).toInt(), w.ratings);
        QCOMPARE(p.value(u"responseMedianMs"_s).isNull(), !w.responseMedianMs.has_value());
        if (w.responseMedianMs)
            QCOMPARE(p.value(u"responseMedianMs"_s).toInteger(), *w.responseMedianMs);
    }
}

void TestFrontEnds::reportsWindowShowsAnErrorInsteadOfFigures()
{
    // A profile whose ratings cannot be read (their table is gone): the report fails as a whole.
    const QString path = m_dir.filePath(u"broken.sqlite"_s);
    {
        auto db = Database::openSqlite(path, Database::Role::Writer);
        QVERIFY(db);
        QSqlQuery drop(db.value()->connection());
        QVERIFY(drop.exec(u"ALTER TABLE surveys RENAME TO surveys_gone"_s));
    }
    auto broken = Store::open(path);
    QVERIFY(broken);
    ReportsDialog reports(*broken.value(), *m_accounts);
    QSignalSpy refreshed(&reports, &ReportsDialog::refreshed);
    QVERIFY(refreshed.wait(30000));
    QVERIFY(!reports.report());
    // Said where the figures would be; no empty table, no "no ratings yet" as if there were none.
    auto *error = reports.findChild<QLabel *>(u"error"_s);
    QVERIFY(error);
    QVERIFY(error->isVisibleTo(&reports));
    QVERIFY2(error->text().contains(u"could not be worked out"_s), qPrintable(error->text()));
    QVERIFY(!reports.findChild<QTableWidget *>(u"responseTimes"_s)->isVisibleTo(&reports));
    QVERIFY(!reports.findChild<QLabel *>(u"summary"_s)->text().contains(u"No feedback ratings"_s));
}

// ---- triage ---------------------------------------------------------------------------------

void TestFrontEnds::doneAndReopenStoreTheSame()
{
    const qint64 ben =
        scalar(u"SELECT id FROM conversations WHERE remote_id = ?"_s, {XServer::directConversationId(m_shop, m_ben)});
    QVERIFY(ben > 0);
    const auto stateOf = [this](qint64 id) {
        const auto c = conversation(id);
        return c ? c->conversation.state : Conversation::State::Snoozed;
    };

    // Done in the window, open again from the command line; done there, open again in the window.
    m_actions->setState(ben, Conversation::State::Done);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ben), Conversation::State::Done, 30000);
    const auto doneInWindow = conversation(ben);
    const Run reopen = cli({u"reopen"_s, QString::number(ben)});
    QVERIFY2(reopen.exitCode == 0, reopen.describe());
    const auto reopenedByCommand = conversation(ben);
    const Run done = cli({u"--json"_s, u"done"_s, QString::number(ben)});
    QVERIFY2(done.exitCode == 0, done.describe());
    QCOMPARE(done.json().value(u"state"_s).toString(), u"done"_s);
    const auto doneByCommand = conversation(ben);
    m_actions->setState(ben, Conversation::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(ben), Conversation::State::Open, 30000);
    const auto reopenedInWindow = conversation(ben);

    QVERIFY(doneInWindow && reopenedByCommand && doneByCommand && reopenedInWindow);
    QCOMPARE(doneInWindow->conversation.state, Conversation::State::Done);
    QCOMPARE(doneByCommand->conversation, doneInWindow->conversation);
    QCOMPARE(reopenedByCommand->conversation.state, Conversation::State::Open);
    QCOMPARE(reopenedInWindow->conversation, reopenedByCommand->conversation);
}

// ---- answering ------------------------------------------------------------------------------

void TestFrontEnds::directAnswerToAMentionQueuesTheSame()
{
    const qint64 mention = scalar(u"SELECT id FROM messages WHERE remote_id = ?"_s, {m_cleoMention});
    QVERIFY(mention > 0);
    const qint64 mentionConversation = scalar(u"SELECT conversation_id FROM messages WHERE id = ?"_s, {mention});
    const QString directRemoteId = XServer::directConversationId(m_shop, m_cleo);
    QCOMPARE(scalar(u"SELECT count(*) FROM conversations WHERE remote_id = ?"_s, {directRemoteId}), qint64(0));

    // From the command line: privately to the author of the mention. It is sent.
    const Run run = cli({u"--json"_s, u"reply"_s, u"--dm"_s, QString::number(mention), u"Thank you, Cleo!"_s});
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.json().value(u"state"_s).toString(), u"sent"_s);
    auto db = m_store->openReader();
    QVERIFY(db);
    auto byCommand = OutboxRepository(*db.value()).byId(run.json().value(u"outboxItem"_s).toInteger());
    QVERIFY(byCommand && byCommand.value());

    // From the window: "Reply by DM" on the same mention. It is queued (this outbox is not started).
    const auto about = conversation(mentionConversation);
    QVERIFY(about);
    QCOMPARE(about->conversation.kind, Conversation::Kind::PublicThread);
    QSignalSpy opened(m_actions.get(), &InboxActions::directConversationReady);
    std::optional<Result<void>> queued;
    m_actions->reply(*about, ComposeWidget::Mode::DirectMessage, u"A discount code for you: MUGS10"_s, {},
                     m_cleoMention, 0, this, [&queued](const Result<void> &r) { queued = r; });
    QTRY_VERIFY_WITH_TIMEOUT(queued.has_value(), 30000);
    QVERIFY2(queued->ok(), queued->ok() ? "" : qPrintable(queued->error().message()));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    auto waiting = OutboxRepository(*db.value()).unfinished();
    QVERIFY(waiting);
    QCOMPARE(waiting->size(), 1);
    const OutboxItem &inWindow = waiting->constFirst();
    const OutboxItem &fromCommand = *byCommand.value();

    // The same kind of item, to the same person, in the same local 1:1 conversation: the one the
    // window opens.
    QCOMPARE(inWindow.kind, OutboxItem::Kind::DirectMessage);
    QCOMPARE(fromCommand.kind, inWindow.kind);
    QCOMPARE(fromCommand.accountId, inWindow.accountId);
    QCOMPARE(inWindow.recipientRemoteIds, QStringList{m_cleo});
    QCOMPARE(fromCommand.recipientRemoteIds, inWindow.recipientRemoteIds);
    QCOMPARE(fromCommand.conversationRemoteId, inWindow.conversationRemoteId);
    QCOMPARE(fromCommand.inReplyToRemoteId, inWindow.inReplyToRemoteId);
    QVERIFY(inWindow.conversationId > 0);
    QCOMPARE(fromCommand.conversationId, inWindow.conversationId);
    QCOMPARE(opened.constFirst().constFirst().toLongLong(), inWindow.conversationId);
    QCOMPARE(run.json().value(u"conversationId"_s).toInteger(), inWindow.conversationId);
    const auto direct = conversation(inWindow.conversationId);
    QVERIFY(direct);
    QCOMPARE(direct->conversation.kind, Conversation::Kind::Direct);
    QCOMPARE(direct->conversation.remoteId, directRemoteId);
    QCOMPARE(direct->counterpart.remoteId, m_cleo);
    QCOMPARE(scalar(u"SELECT count(*) FROM conversations WHERE remote_id = ?"_s, {directRemoteId}), qint64(1));
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    // A private D-Bus session with an unlocked gnome-keyring, and this test again inside it.
    if (const auto outer = test::runInKeyringSession(args))
        return *outer;
    TestFrontEnds test;
    return QTest::qExec(&test, args);
}

#include "TestFrontEnds.moc"
