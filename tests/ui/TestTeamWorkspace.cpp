// SPDX-License-Identifier: GPL-3.0-or-later
// The app's start on a team workspace (`starling --team postgres://…`): the "Join a team workspace"
// dialog against a real PostgreSQL cluster, with a wrong password, the right one, a password the
// keychain lost, and a second start that opens the workspace without asking.
#include "FakeCredentialStore.h"
#include "PostgresServer.h"
#include "store/Database.h"
#include "store/Store.h"
#include "team/TeamWorkspace.h"
#include "windows/JoinTeamDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace starling;
using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 20000;

/** Runs @p drive on the Join dialog once it is up (openTeamWorkspace() runs it modally). */
void whenDialogShows(std::function<void(JoinTeamDialog *)> drive)
{
    QTimer::singleShot(20, qApp, [drive = std::move(drive)]() mutable {
        if (auto *dialog = qobject_cast<JoinTeamDialog *>(QApplication::activeModalWidget()))
            return drive(dialog);
        whenDialogShows(std::move(drive));
    });
}

QLineEdit *field(QWidget *dialog, const QString &accessibleName)
{
    for (auto *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == accessibleName)
            return edit;
    }
    return nullptr;
}

QPushButton *joinButton(QWidget *dialog)
{
    for (auto *button : dialog->findChildren<QPushButton *>()) {
        if (button->text() == JoinTeamDialog::tr("&Join"))
            return button;
    }
    return nullptr;
}

} // namespace

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joinsFromTheDialog();

private:
    test::PostgresServer m_server;
    Database::PostgresSettings m_admin;
};

void TestTeamWorkspace::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    auto created = m_server.createDatabase();
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));
    m_admin = created.value();
}

void TestTeamWorkspace::joinsFromTheDialog()
{
    Database::PostgresSettings agent = m_admin;
    agent.user = u"ana"_s;
    const QString agentUrl = agent.url();
    QVERIFY(m_server.createRole(u"ana"_s, u"correct horse"_s));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    FakeCredentialStore credentials;

    // Before the administrator set the inbox up, joining says who must, and remembers nothing.
    QString refusal;
    whenDialogShows([&refusal](JoinTeamDialog *dialog) {
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        refusal = error->text();
        dialog->reject();
    });
    auto opened = openTeamWorkspace(settings, credentials, agentUrl);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code(), Error::Code::Cancelled);
    QVERIFY2(refusal.contains(u"starling-cli team init"_s), qPrintable(refusal));
    QVERIFY(!TeamWorkspace::fromSettings(settings));
    QCOMPARE(credentials.size(), 0);

    QVERIFY(team::prepare(m_admin, team::Preparation::Init));
    {
        auto db = Database::openPostgres(m_admin, Database::Role::Writer);
        QVERIFY(db);
        QSqlQuery grant(db.value()->connection());
        QVERIFY(grant.exec(u"GRANT ALL ON ALL TABLES IN SCHEMA public TO ana"_s));
        QVERIFY(grant.exec(u"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ana"_s));
    }

    // A wrong password is refused in the dialog, which stays open with what was typed; the right
    // one joins and opens the team's store.
    QString wrong;
    QString addressGiven;
    QString addressAfterError;
    bool joinDisabledWhileConnecting = false;
    whenDialogShows([&](JoinTeamDialog *dialog) {
        addressGiven = field(dialog, u"Team database"_s)->text();
        field(dialog, u"Password"_s)->setText(u"wrong"_s);
        joinButton(dialog)->click();
        joinDisabledWhileConnecting = !joinButton(dialog)->isEnabled();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        wrong = error->text();
        addressAfterError = field(dialog, u"Team database"_s)->text();
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
    });
    opened = openTeamWorkspace(settings, credentials, agentUrl);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QVERIFY2(wrong.contains(u"password authentication failed"_s), qPrintable(wrong));
    QCOMPARE(addressGiven, agentUrl); // as --team gave it
    QCOMPARE(addressAfterError, agentUrl);
    QVERIFY(joinDisabledWhileConnecting);
    QVERIFY(opened.value().has_value());
    const OpenedTeam &team = *opened.value();
    QCOMPARE(team.workspace.agent(), u"ana"_s);
    QCOMPARE(team.location.engine, Engine::Postgres);
    QVERIFY(team.store);
    // The address is in the profile, the password only in the keychain.
    const auto remembered = TeamWorkspace::fromSettings(settings);
    QVERIFY(remembered);
    QCOMPARE(remembered->database.url(), agentUrl);
    QCOMPARE(credentials.secret(remembered->id, CredentialStore::Kind::DatabasePassword), QByteArray("correct horse"));
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("correct horse"));
    opened.value().reset();

    // The next start opens the workspace without asking, with or without --team.
    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&asked] {
        if (auto *dialog = qobject_cast<JoinTeamDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    watch.start(20);
    for (const QString &joinUrl : {QString(), agentUrl}) {
        auto again = openTeamWorkspace(settings, credentials, joinUrl);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message()));
        QVERIFY(again.value().has_value());
        QCOMPARE(again.value()->workspace.id, remembered->id);
    }
    QVERIFY(!asked);
    watch.stop();

    // The keychain lost the password: the dialog asks for it again, saying why.
    credentials.remove(remembered->id, CredentialStore::Kind::DatabasePassword, this, [](Result<void>) {});
    QTRY_VERIFY(!credentials.contains(remembered->id, CredentialStore::Kind::DatabasePassword));
    QString reason;
    whenDialogShows([&reason](JoinTeamDialog *dialog) {
        for (auto *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"keychain"_s))
                reason = label->text();
        }
        field(dialog, u"Password"_s)->setText(u"correct horse"_s);
        joinButton(dialog)->click();
    });
    auto asking = openTeamWorkspace(settings, credentials, {});
    QVERIFY2(asking, asking ? "" : qPrintable(asking.error().message()));
    QVERIFY2(reason.contains(u"not in the keychain"_s), qPrintable(reason));
    QCOMPARE(asking.value()->workspace.id, remembered->id); // the same workspace, its id kept
    QCOMPARE(credentials.secret(remembered->id, CredentialStore::Kind::DatabasePassword), QByteArray("correct horse"));
    asking.value().reset();

    // Another workspace's address is refused while the profile is this one.
    Database::PostgresSettings elsewhere = agent;
    elsewhere.database = u"other"_s;
    QString otherRefusal;
    whenDialogShows([&otherRefusal](JoinTeamDialog *dialog) {
        field(dialog, u"Password"_s)->setText(u"x"_s);
        joinButton(dialog)->click();
        auto *error = dialog->findChild<QLabel *>(u"joinError"_s);
        if (!QTest::qWaitFor([error] { return error->isVisible(); }, waitMs))
            qWarning("the dialog showed no error");
        otherRefusal = error->text();
        dialog->reject();
    });
    auto other = openTeamWorkspace(settings, credentials, elsewhere.url());
    QVERIFY(!other);
    QCOMPARE(other.error().code(), Error::Code::Cancelled);
    QVERIFY2(otherRefusal.contains(u"already the team workspace"_s), qPrintable(otherRefusal));
    QCOMPARE(TeamWorkspace::fromSettings(settings)->database.url(), agentUrl);
}

QTEST_MAIN(TestTeamWorkspace)
#include "TestTeamWorkspace.moc"
