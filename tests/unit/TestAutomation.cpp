// SPDX-License-Identifier: GPL-3.0-or-later
// Automation: ratings, business hours, saved replies, rules (each trigger, condition and action,
// the per-person window, no loops, dry runs) and the service that runs them on a real store.

#include "PostgresServer.h"
#include "TestData.h"
#include "WriterAccess.h"
#include "automation/AutomationService.h"
#include "automation/BusinessHours.h"
#include "automation/DryRun.h"
#include "automation/RatingParser.h"
#include "automation/Rule.h"
#include "automation/RuleEngine.h"
#include "automation/SavedReplies.h"
#include "store/AccountRepository.h"
#include "store/AutomationRepository.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "store/SavedReplyRepository.h"
#include "store/StoreWriter.h"
#include "store/WorkflowRepository.h"
#include "sync/Outbox.h"
#include "text/EntityExtractor.h"

#include <QJsonDocument>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

Rule welcomeRule()
{
    Rule rule;
    rule.id = 1;
    rule.name = u"Welcome"_s;
    rule.trigger = Rule::Trigger::NewConversation;
    rule.actions = {{Rule::Action::Kind::ReplyDm, u"Hi {first_name}! Thanks for writing to {my_name}."_s, {}, false}};
    return rule;
}

AutomationEvent inboundEvent(const QString &text, Message::Kind kind = Message::Kind::DirectMessage)
{
    AutomationEvent event;
    event.kind = AutomationEvent::Kind::Inbound;
    ConversationSummary &s = event.conversation;
    s.network = Network::X;
    s.conversation.id = 7;
    s.conversation.accountId = testdata::account().id;
    s.conversation.remoteId = kind == Message::Kind::Mention ? u"555"_s : u"1000-2000"_s;
    s.conversation.kind =
        kind == Message::Kind::Mention ? Conversation::Kind::PublicThread : Conversation::Kind::Direct;
    s.counterpart.remoteId = u"2000"_s;
    s.counterpart.handle = u"dana"_s;
    s.counterpart.displayName = u"Dana Ortiz"_s;
    s.counterpart.followersCount = 120;
    event.message.text = text;
    event.message.kind = kind;
    event.message.remoteId = u"9001"_s;
    event.message.authorRemoteId = u"2000"_s;
    event.message.createdAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc()); // a Wednesday
    event.at = event.message.createdAt;
    return event;
}

/**
 * Runs @p work for each of @p clients at the same moment, each on its own connection to
 * @p location and its own thread, as several agents' Starlings on one team database would. The
 * failures of opening or of @p work (its error messages), joined; empty when there were none.
 */
QString race(const Database::Location &location, int clients,
             const std::function<QStringList(Database &db, int client)> &work)
{
    QStringList errors;
    QMutex errorsLock;
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < clients; ++c) {
        threads.push_back(std::unique_ptr<QThread>(QThread::create([&, c] {
            auto db = Database::open(location, Database::Role::Writer);
            ready.release();
            go.acquire(); // all at once
            const QStringList failed = db ? work(*db.value(), c) : QStringList{db.error().message()};
            const QMutexLocker locker(&errorsLock);
            errors << failed;
        })));
        threads.back()->start();
    }
    ready.acquire(clients);
    go.release(clients);
    for (auto &thread : threads) {
        if (!thread->wait(60000))
            errors << u"a client did not finish within a minute"_s;
    }
    return errors.join(u"; "_s);
}

} // namespace

class TestAutomation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratings_data();
    void ratings();
    void businessHours_data();
    void businessHours();
    void savedReplyPlaceholders_data();
    void savedReplyPlaceholders();
    void savedReplyOverLimitRefused();
    void savedReplyValuesLinkNothing_data();
    void savedReplyValuesLinkNothing();
    void ruleJsonRoundTrip();
    void brokenRulesRefused_data();
    void brokenRulesRefused();
    void triggers_data();
    void triggers();
    void conditions_data();
    void conditions();
    void actions();
    void perPersonWindow();
    void perPersonWindowHasAFloor();
    void neverToOwnAccountsOrAutomatic();
    void serviceRunsRulesOnTheStore();
    void hourlyCapPerAccount();
    void surveyRoundTrip();
    void windowTakenOnceAcrossClients();
    void automationFiresOncePerTeam();
    void claimIsAtomic();
    void dryRunChangesNothing();
    void tagsAssigneesAndBulkActions();
    void savedReplyRepository();

private:
    test::TestDatabases m_databases;
    struct Fixture
    {
        std::unique_ptr<StoreWriter> writer;
        std::unique_ptr<Outbox> outbox;
        std::unique_ptr<AutomationService> automation;
        Account shop = testdata::account(u"shop"_s);
        Account second = testdata::account(u"shop_two"_s);
    };
    /** A writer, outbox and automation on a new database, or on @p shared (another client of it). */
    std::unique_ptr<Fixture> makeFixture(const std::optional<Database::Location> &shared = std::nullopt);
    void saveRule(Fixture &f, const Rule &rule);
    qint64 deliver(Fixture &f, const QString &conversation, const QString &remoteId, const QString &author,
                   const QString &text, const QDateTime &at, const Account *account = nullptr);
    qint64 scalar(Fixture &f, const QString &sql);
};

void TestAutomation::initTestCase()
{
    QVERIFY2(m_databases.start(), qPrintable(m_databases.errorString()));
}

void TestAutomation::ratings_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("expected"); // 0: not a rating
    QTest::newRow("a digit") << u"5"_s << 5;
    QTest::newRow("out of five") << u"4/5"_s << 4;
    QTest::newRow("out of five in words") << u"I'd give you 3 out of 5"_s << 3;
    QTest::newRow("in a sentence") << u"I'd say 2, the parcel was late"_s << 2;
    QTest::newRow("stars after the digit") << u"5 stars!"_s << 5;
    QTest::newRow("star emoji") << u"⭐⭐⭐⭐"_s << 4;
    QTest::newRow("black stars") << u"★★"_s << 2;
    QTest::newRow("love") << u"😍"_s << 5;
    QTest::newRow("angry") << u"😡"_s << 1;
    QTest::newRow("smile in words") << u"all good 🙂"_s << 4;
    QTest::newRow("order number") << u"#4411"_s << 0;
    QTest::newRow("thanks") << u"thanks!"_s << 0;
    QTest::newRow("a year") << u"since 2024"_s << 0;
    QTest::newRow("ten out of ten") << u"10/10"_s << 0;
    QTest::newRow("two different") << u"between 3 and 4"_s << 0;
    QTest::newRow("a price") << u"it cost 4.99"_s << 0;
    QTest::newRow("six stars") << u"⭐⭐⭐⭐⭐⭐"_s << 0;
    QTest::newRow("mixed moods") << u"😍😡"_s << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestAutomation::ratings()
{
    QFETCH(QString, answer);
    QFETCH(int, expected);
    QCOMPARE(ratings::parse(answer).value_or(0), expected);
}

void TestAutomation::businessHours_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<bool>("open");
    // Berlin: Mon–Fri 09:00–17:00, and a night shift on Friday 22:00 to Saturday 06:00.
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc());
    };
    // November: Berlin is UTC+1.
    QTest::newRow("Wednesday 10:00 Berlin") << utc(25, 9, 0) << true;
    QTest::newRow("Wednesday 08:59 Berlin") << utc(25, 7, 59) << false;
    QTest::newRow("Wednesday 17:00 Berlin, closing time") << utc(25, 16, 0) << false;
    QTest::newRow("Friday 23:30 Berlin, night shift") << utc(27, 22, 30) << true;
    QTest::newRow("Saturday 05:59 Berlin, after midnight") << utc(28, 4, 59) << true;
    QTest::newRow("Saturday 06:00 Berlin") << utc(28, 5, 0) << false;
    QTest::newRow("Saturday noon") << utc(28, 11, 0) << false;
    QTest::newRow("Thursday 23:30 Berlin: no night shift") << utc(26, 22, 30) << false;
    QTest::newRow("Monday 00:30 Berlin is Sunday 23:30 UTC") << utc(29, 23, 30) << false;
}

void TestAutomation::businessHours()
{
    QFETCH(QDateTime, time);
    QFETCH(bool, open);
    BusinessHours hours(QTimeZone("Europe/Berlin"));
    for (int day = 1; day <= 5; ++day)
        hours.setDay(day, {{9 * 60, 17 * 60}});
    hours.setDay(5, {{9 * 60, 17 * 60}, {22 * 60, 6 * 60}});
    QCOMPARE(hours.isOpen(time), open);
    // The same in a JSON round trip.
    QCOMPARE(BusinessHours::fromJson(hours.toJson()).isOpen(time), open);
}

void TestAutomation::savedReplyPlaceholders_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QString>("expected");
    // The handle reads "@dana" but mentions nobody (a word joiner follows the "@").
    QTest::newRow("everything known") << u"Hi {first_name} ({handle}), {my_name} here."_s << u"Dana Ortiz"_s
                                      << u"dana"_s << u"Hi Dana (@\u2060dana), Starling Shop here."_s;
    QTest::newRow("full name") << u"Dear {name},"_s << u"Dana Ortiz"_s << u"dana"_s << u"Dear Dana Ortiz,"_s;
    QTest::newRow("no name: the handle") << u"Hi {first_name}!"_s << QString() << u"dana"_s << u"Hi dana!"_s;
    // Nothing known: the placeholder goes, with the separator before it (or after it, at the start).
    QTest::newRow("nothing known: dropped") << u"Hi {first_name}!"_s << QString() << QString() << u"Hi!"_s;
    QTest::newRow("nothing known: with its comma")
        << u"Thank you, {first_name}! Anything else?"_s << QString() << QString() << u"Thank you! Anything else?"_s;
    QTest::newRow("nothing known: before a comma")
        << u"Hi {first_name}, could you send it?"_s << QString() << QString() << u"Hi, could you send it?"_s;
    QTest::newRow("nothing known: at the start")
        << u"{name}, thanks for writing."_s << QString() << QString() << u"Thanks for writing."_s;
    QTest::newRow("nothing known: Japanese comma")
        << u"ありがとう、{first_name}！"_s << QString() << QString() << u"ありがとう！"_s;
    QTest::newRow("no handle: dropped cleanly")
        << u"Thanks {handle}, we'll check."_s << u"Dana"_s << QString() << u"Thanks, we'll check."_s;
    QTest::newRow("unknown placeholders stay")
        << u"Order {order_id}"_s << u"Dana"_s << u"dana"_s << u"Order {order_id}"_s;
    // Filled in one pass: what a value brings in is never read as a placeholder.
    QTest::newRow("a name that holds a placeholder") << u"Hi {name}, {my_name} here."_s << u"{handle} {my_name}"_s
                                                     << u"dana"_s << u"Hi {handle} {my_name}, Starling Shop here."_s;
    QTest::newRow("a name with line breaks and controls") << u"Hi {name}!"_s << u"Dana\n\nP.S. \x1b[31mOrtiz\u202e"_s
                                                          << QString() << u"Hi Dana P.\u2060S.\u2060 [31mOrtiz!"_s;
}

void TestAutomation::savedReplyPlaceholders()
{
    QFETCH(QString, body);
    QFETCH(QString, name);
    QFETCH(QString, handle);
    QFETCH(QString, expected);
    QCOMPARE(savedreplies::fill(body, {name, handle, u"Starling Shop"_s}), expected);
}

void TestAutomation::savedReplyOverLimitRefused()
{
    const QString body = u"Hi {name}! "_s + QString(270, u'x');
    // Fits a DM, not a public X reply once the name is in.
    QVERIFY(
        savedreplies::fillChecked(body, {u"Dana Ortiz"_s, {}, {}}, TextRules::x(TextRules::Mode::DirectMessage)).ok());
    auto refused = savedreplies::fillChecked(body, {u"Dana Ortiz"_s, {}, {}}, TextRules::x(TextRules::Mode::Post));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), Error::Code::InvalidInput);
}

void TestAutomation::savedReplyValuesLinkNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("handle");
    QTest::newRow("a mention for a name") << u"@bob"_s << u"dana"_s;
    QTest::newRow("a remote mention") << u"@bob@evil.social"_s << u"dana"_s;
    QTest::newRow("a fullwidth at") << u"\uff20bob"_s << u"dana"_s;
    QTest::newRow("a hashtag") << u"#sale"_s << u"dana"_s;
    QTest::newRow("a fullwidth hash") << u"\uff03sale"_s << u"dana"_s;
    QTest::newRow("a bare domain") << u"evil.com/x"_s << u"dana"_s;
    QTest::newRow("a link with a scheme") << u"Visit https://evil.example/login"_s << u"dana"_s;
    QTest::newRow("a Bluesky handle") << u"@bob.bsky.social"_s << u"dana"_s;
    QTest::newRow("a handle with a domain") << u"Dana"_s << u"bob@mastodon.example"_s;
    QTest::newRow("no name: the handle stands in") << QString() << u"dana"_s;
}

void TestAutomation::savedReplyValuesLinkNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, handle);
    // A body with no entity of its own: every entity in the reply would have come from a value.
    const QString body = u"Hi {first_name}, dear {name} ({handle}). {my_name} will answer soon."_s;
    const QString text = savedreplies::fill(body, {name, handle, u"@shop #deals shop.example"_s});
    for (const Network network : {Network::X, Network::Mastodon, Network::Bluesky}) {
        const QList<TextEntity> found = EntityExtractor(network).entities(text);
        const QString first = found.isEmpty() ? QString() : found.constFirst().value;
        QVERIFY2(found.isEmpty(), qPrintable(networkKey(network) + u": "_s + first));
    }
    // Nothing visible changed: only word joiners were added.
    QString visible = text;
    visible.remove(QChar(0x2060));
    const QString firstName = name.isEmpty() ? handle : name.section(u' ', 0, 0);
    QCOMPARE(visible, u"Hi %1, dear %2 (@%3). @shop #deals shop.example will answer soon."_s.arg(
                          firstName, name.isEmpty() ? u"@"_s + handle : name, handle));
}

void TestAutomation::ruleJsonRoundTrip()
{
    Rule rule;
    rule.trigger = Rule::Trigger::Keyword;
    rule.keywords = {u"refund"_s, u"order"_s};
    rule.pattern = u"#\\d{4}"_s;
    rule.accountId = testdata::account().id;
    rule.network = Network::X;
    rule.kinds = {Message::Kind::DirectMessage};
    rule.language = u"en"_s;
    rule.minFollowers = 10;
    rule.tag = u"vip"_s;
    rule.actions = {{Rule::Action::Kind::Tag, {}, u"refund"_s, false},
                    {Rule::Action::Kind::SavedReply, {}, u"refund"_s, true},
                    {Rule::Action::Kind::Assign, {}, u"Sam"_s, false}};
    rule.perPersonWindow = std::chrono::hours(2);
    auto back = Rule::fromJson(rule.toJson());
    QVERIFY(back.ok());
    QCOMPARE(QJsonDocument(back->toJson()).toJson(), QJsonDocument(rule.toJson()).toJson());
    QCOMPARE(back.value(), rule);
}

void TestAutomation::brokenRulesRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("unknown trigger") << QByteArray(R"({"trigger":"moon","actions":[{"type":"done"}]})");
    QTest::newRow("no actions") << QByteArray(R"({"trigger":"done","actions":[]})");
    QTest::newRow("keyword rule without keywords")
        << QByteArray(R"({"trigger":"keyword","actions":[{"type":"done"}]})");
    QTest::newRow("bad pattern") << QByteArray(R"({"trigger":"keyword","pattern":"(","actions":[{"type":"done"}]})");
    QTest::newRow("reply without text") << QByteArray(R"({"trigger":"done","actions":[{"type":"dm"}]})");
    QTest::newRow("unknown action") << QByteArray(R"({"trigger":"done","actions":[{"type":"launch"}]})");
    QTest::newRow("unknown network") << QByteArray(
        R"({"trigger":"done","conditions":{"network":"myspace"},"actions":[{"type":"done"}]})");
}

void TestAutomation::brokenRulesRefused()
{
    QFETCH(QByteArray, json);
    QVERIFY(!Rule::fromJson(QJsonDocument::fromJson(json).object()).ok());
}

void TestAutomation::triggers_data()
{
    QTest::addColumn<int>("trigger");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("first");
    QTest::addColumn<bool>("fires");
    QTest::newRow("welcome: first DM") << int(Rule::Trigger::NewConversation) << u"hello"_s << true << true;
    QTest::newRow("welcome: not the first") << int(Rule::Trigger::NewConversation) << u"hello"_s << false << false;
    QTest::newRow("keyword") << int(Rule::Trigger::Keyword) << u"Where is my REFUND?"_s << false << true;
    QTest::newRow("keyword is a whole word") << int(Rule::Trigger::Keyword) << u"refunds are slow"_s << false << false;
    QTest::newRow("pattern") << int(Rule::Trigger::Keyword) << u"order #4411"_s << false << true;
    QTest::newRow("away: Wednesday 10:00 UTC is open") << int(Rule::Trigger::OutsideHours) << u"hi"_s << false << false;
}

void TestAutomation::triggers()
{
    QFETCH(int, trigger);
    QFETCH(QString, text);
    QFETCH(bool, first);
    QFETCH(bool, fires);
    Rule rule = welcomeRule();
    rule.trigger = Rule::Trigger(trigger);
    rule.keywords = {u"refund"_s};
    rule.pattern = u"#\\d{4}"_s;
    rule.hours = BusinessHours(QTimeZone::utc());
    for (int day = 1; day <= 5; ++day)
        rule.hours.setDay(day, {{8 * 60, 18 * 60}});
    AutomationEvent event = inboundEvent(text);
    event.firstFromPerson = first;
    QCOMPARE(RuleEngine::triggers(rule, event), fires);

    // Away messages: the same message at night.
    if (rule.trigger == Rule::Trigger::OutsideHours) {
        event.message.createdAt = event.message.createdAt.addSecs(12 * 3600);
        QVERIFY(RuleEngine::triggers(rule, event));
    }
    // A done conversation sets off only done rules.
    AutomationEvent done = inboundEvent({});
    done.kind = AutomationEvent::Kind::Done;
    QCOMPARE(RuleEngine::triggers(rule, done), rule.trigger == Rule::Trigger::ConversationDone);
}

void TestAutomation::conditions_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<bool>("holds");
    QTest::newRow("this account") << u"account"_s << true;
    QTest::newRow("another account") << u"other-account"_s << false;
    QTest::newRow("network X") << u"network-x"_s << true;
    QTest::newRow("network Mastodon") << u"network-mastodon"_s << false;
    QTest::newRow("kind DM") << u"kind-dm"_s << true;
    QTest::newRow("kind mention") << u"kind-mention"_s << false;
    QTest::newRow("language unknown passes") << u"language"_s << true;
    QTest::newRow("language known, other") << u"language-known"_s << false;
    QTest::newRow("followers enough") << u"followers-100"_s << true;
    QTest::newRow("followers too few") << u"followers-1000"_s << false;
    QTest::newRow("tag present") << u"tag-vip"_s << true;
    QTest::newRow("tag absent") << u"tag-other"_s << false;
}

void TestAutomation::conditions()
{
    QFETCH(QString, condition);
    QFETCH(bool, holds);
    Rule rule = welcomeRule();
    AutomationEvent event = inboundEvent(u"hello"_s);
    event.conversation.conversation.tags = {u"vip"_s};
    if (condition == u"account")
        rule.accountId = testdata::account().id;
    else if (condition == u"other-account")
        rule.accountId = testdata::account(u"other"_s).id;
    else if (condition == u"network-x")
        rule.network = Network::X;
    else if (condition == u"network-mastodon")
        rule.network = Network::Mastodon;
    else if (condition == u"kind-dm")
        rule.kinds = {Message::Kind::DirectMessage};
    else if (condition == u"kind-mention")
        rule.kinds = {Message::Kind::Mention};
    else if (condition == u"language")
        rule.language = u"de"_s;
    else if (condition == u"language-known") {
        rule.language = u"de"_s;
        event.language = u"en"_s;
    } else if (condition == u"followers-100")
        rule.minFollowers = 100;
    else if (condition == u"followers-1000")
        rule.minFollowers = 1000;
    else if (condition == u"tag-vip")
        rule.tag = u"VIP"_s;
    else if (condition == u"tag-other")
        rule.tag = u"angry"_s;
    QCOMPARE(RuleEngine::conditionsHold(rule, event), holds);
}

void TestAutomation::actions()
{
    Rule rule;
    rule.id = 3;
    rule.name = u"Refunds"_s;
    rule.trigger = Rule::Trigger::Keyword;
    rule.keywords = {u"refund"_s};
    rule.actions = {{Rule::Action::Kind::ReplyDm, u"Hi {first_name}, we're on it."_s, {}, false},
                    {Rule::Action::Kind::ReplyPublic, u"Sent you a DM!"_s, {}, false},
                    {Rule::Action::Kind::SavedReply, {}, u"refund"_s, false},
                    {Rule::Action::Kind::SavedReply, {}, u"missing"_s, false},
                    {Rule::Action::Kind::Tag, {}, u"refund"_s, false},
                    {Rule::Action::Kind::Assign, {}, u"Sam"_s, false},
                    {Rule::Action::Kind::MarkDone, {}, {}, false}};
    RuleEngine::Context context;
    context.savedReply = [](const QString &shortcut) -> std::optional<QString> {
        if (shortcut == u"refund")
            return u"Refunds take 3 days, {first_name}."_s;
        return std::nullopt;
    };
    // In a DM: the public reply has nothing public to answer, the missing saved reply is skipped.
    QList<PlannedAction> planned = RuleEngine::evaluate({rule}, inboundEvent(u"refund please"_s), context);
    QStringList kinds;
    for (const PlannedAction &p : planned)
        kinds << QString::number(int(p.action.kind));
    QCOMPARE(planned.size(), 5);
    QCOMPARE(planned.at(0).text, u"Hi Dana, we're on it."_s);
    QCOMPARE(planned.at(1).text, u"Refunds take 3 days, Dana."_s);
    QCOMPARE(planned.at(2).action.kind, Rule::Action::Kind::Tag);
    QCOMPARE(planned.at(3).action.value, u"Sam"_s);
    QCOMPARE(planned.at(4).action.kind, Rule::Action::Kind::MarkDone);
    // On a mention the public reply goes, answering the mention.
    planned = RuleEngine::evaluate({rule}, inboundEvent(u"refund?"_s, Message::Kind::Mention), context);
    QCOMPARE(planned.size(), 6);
    QCOMPARE(planned.at(1).action.kind, Rule::Action::Kind::ReplyPublic);
    QCOMPARE(planned.at(1).inReplyToRemoteId, u"9001"_s);
    // A disabled rule does nothing.
    rule.enabled = false;
    QVERIFY(RuleEngine::evaluate({rule}, inboundEvent(u"refund"_s), context).isEmpty());
}

void TestAutomation::perPersonWindow()
{
    Rule rule = welcomeRule();
    rule.trigger = Rule::Trigger::Keyword;
    rule.keywords = {u"hello"_s};
    rule.actions << Rule::Action{Rule::Action::Kind::Tag, {}, u"greeted"_s, false};
    rule.perPersonWindow = std::chrono::hours(24);
    QDateTime last;
    std::chrono::seconds asked{};
    RuleEngine::Context context;
    context.takeWindow = [&](qint64, const QString &, const QDateTime &at, std::chrono::seconds window) {
        asked = window;
        return !last.isValid() || last.secsTo(at) >= qint64(window.count());
    };
    const AutomationEvent event = inboundEvent(u"hello"_s);
    QCOMPARE(RuleEngine::evaluate({rule}, event, context).size(), 2);
    QCOMPARE(asked, std::chrono::seconds(std::chrono::hours(24)));
    last = event.at.addSecs(-3600); // an hour ago: no second message, the tag still applies
    const auto planned = RuleEngine::evaluate({rule}, event, context);
    QCOMPARE(planned.size(), 1);
    QCOMPARE(planned.at(0).action.kind, Rule::Action::Kind::Tag);
    last = event.at.addSecs(-25 * 3600); // yesterday: allowed again
    QCOMPARE(RuleEngine::evaluate({rule}, event, context).size(), 2);

    // A rule with nothing to send here (a public reply to a DM) leaves the window alone.
    Rule publicOnly = rule;
    publicOnly.actions = {{Rule::Action::Kind::ReplyPublic, u"Thanks!"_s, {}, false}};
    bool taken = false;
    context.takeWindow = [&taken](qint64, const QString &, const QDateTime &, std::chrono::seconds) {
        taken = true;
        return true;
    };
    QVERIFY(RuleEngine::evaluate({publicOnly}, event, context).isEmpty());
    QVERIFY(!taken);
}

void TestAutomation::perPersonWindowHasAFloor()
{
    // Asking for no window at all (by hand, in the JSON) still gets the floor.
    Rule rule = welcomeRule();
    rule.trigger = Rule::Trigger::Keyword;
    rule.keywords = {u"hello"_s};
    QJsonObject json = rule.toJson();
    json.insert(u"window"_s, 0);
    auto read = Rule::fromJson(json);
    QVERIFY(read.ok());
    QCOMPARE(read->perPersonWindow, automationlimits::minimumPerPersonWindow);
    json.insert(u"window"_s, -5);
    QCOMPARE(Rule::fromJson(json)->perPersonWindow, automationlimits::minimumPerPersonWindow);

    // A rule built in code with a shorter window is held to it too.
    rule.perPersonWindow = std::chrono::seconds(0);
    std::chrono::seconds asked{};
    RuleEngine::Context context;
    context.takeWindow = [&asked](qint64, const QString &, const QDateTime &, std::chrono::seconds window) {
        asked = window;
        return true;
    };
    QCOMPARE(RuleEngine::evaluate({rule}, inboundEvent(u"hello"_s), context).size(), 1);
    QCOMPARE(asked, automationlimits::minimumPerPersonWindow);
}

void TestAutomation::neverToOwnAccountsOrAutomatic()
{
    AutomationEvent event = inboundEvent(u"hello"_s);
    event.firstFromPerson = true;
    QCOMPARE(RuleEngine::evaluate({welcomeRule()}, event, {}).size(), 1);
    event.fromOwnAccount = true; // one of our own accounts wrote: no loop between two of them
    QVERIFY(RuleEngine::evaluate({welcomeRule()}, event, {}).isEmpty());
    event.fromOwnAccount = false;
    event.message.automatic = true; // an automatic message is never answered automatically
    QVERIFY(RuleEngine::evaluate({welcomeRule()}, event, {}).isEmpty());
}

std::unique_ptr<TestAutomation::Fixture> TestAutomation::makeFixture(const std::optional<Database::Location> &shared)
{
    auto f = std::make_unique<Fixture>();
    auto db = Database::open(shared ? *shared : m_databases.newLocation(u"store"_s), Database::Role::Writer);
    if (!db)
        return nullptr;
    f->writer = std::make_unique<StoreWriter>(std::move(db).value());
    f->shop.remoteUserId = u"1000"_s;
    f->second.remoteUserId = u"3000"_s;
    if (!AccountRepository(test::writerDatabase(*f->writer)).upsert(f->shop)
        || !AccountRepository(test::writerDatabase(*f->writer)).upsert(f->second))
        return nullptr;
    // No provider clients: what the rules queue stays in the outbox, where the test reads it.
    f->outbox = std::make_unique<Outbox>(f->writer.get());
    f->automation = std::make_unique<AutomationService>(
        f->writer.get(), [out = f->outbox.get()](OutboxItem item) { return out->enqueue(std::move(item)); });
    f->automation->setAccounts({f->shop, f->second});
    return f;
}

void TestAutomation::saveRule(Fixture &f, const Rule &rule)
{
    StoredRule stored;
    stored.name = rule.name;
    stored.enabled = rule.enabled;
    stored.definition = QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(AutomationRepository(test::writerDatabase(*f.writer)).saveRule(stored).ok());
}

qint64 TestAutomation::deliver(Fixture &f, const QString &conversation, const QString &remoteId, const QString &author,
                               const QString &text, const QDateTime &at, const Account *account)
{
    const Account &to = account ? *account : f.shop;
    SyncPage page;
    page.accountId = to.id;
    page.stream = u"dm"_s;
    Identity person = testdata::person(to.id, author);
    person.displayName = author == u"2000" ? u"Dana Ortiz"_s : u"Someone"_s;
    page.identities << person;
    page.conversations << testdata::directConversation(to.id, conversation, author);
    page.messages << testdata::inboundDm(to.id, conversation, remoteId, author, text, at);
    auto stored = f.writer->storePage(page);
    return stored && !stored->newInboundMessageIds.isEmpty() ? stored->newInboundMessageIds.constFirst() : 0;
}

qint64 TestAutomation::scalar(Fixture &f, const QString &sql)
{
    QSqlQuery q(test::writerDatabase(*f.writer).connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestAutomation::serviceRunsRulesOnTheStore()
{
    auto f = makeFixture();
    QVERIFY(f);
    saveRule(*f, welcomeRule());
    Rule tagger;
    tagger.name = u"Tag refunds"_s;
    tagger.trigger = Rule::Trigger::Keyword;
    tagger.keywords = {u"refund"_s};
    tagger.actions = {{Rule::Action::Kind::Tag, {}, u"refund"_s, false},
                      {Rule::Action::Kind::Assign, {}, u"Sam"_s, false}};
    saveRule(*f, tagger);
    QSignalSpy acted(f->automation.get(), &AutomationService::acted);
    QList<qint64> handedOver;
    connect(f->writer.get(), &StoreWriter::changed, this,
            [&handedOver](const ChangeSet &changes) { handedOver << changes.handedOverConversationIds; });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    deliver(*f, u"1000-2000"_s, u"m1"_s, u"2000"_s, u"Hi! Can I get a refund?"_s, now);
    QTRY_COMPARE(acted.size(), 3); // welcome, tag, assign
    auto items = OutboxRepository(test::writerDatabase(*f->writer)).unfinished();
    QVERIFY(items.ok());
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->constFirst().text, u"Hi Dana! Thanks for writing to shop."_s);
    QVERIFY(items->constFirst().automatic);
    QCOMPARE(items->constFirst().conversationRemoteId, u"1000-2000"_s);
    auto conversation = ConversationRepository(test::writerDatabase(*f->writer)).byRemoteId(f->shop.id, u"1000-2000"_s);
    QCOMPARE(conversation->value().conversation.tags, QStringList{u"refund"_s});
    QCOMPARE(conversation->value().conversation.assignee, u"Sam"_s);
    // The rule, not the user, gave it to Sam: Sam is told (the tray's assignment notification).
    QCOMPARE(handedOver, QList<qint64>{conversation->value().conversation.id});
    auto log = AutomationRepository(test::writerDatabase(*f->writer)).recentLog(10);
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->constLast().ruleName, u"Welcome"_s);
    QCOMPARE(log->constLast().action, u"dm"_s);

    // The same person again: no second welcome.
    deliver(*f, u"1000-2000"_s, u"m2"_s, u"2000"_s, u"hello again"_s, now.addSecs(5));
    QTest::qWait(50);
    QCOMPARE(OutboxRepository(test::writerDatabase(*f->writer)).unfinished()->size(), 1);

    // One of our own accounts writes: never answered (no loops between our accounts).
    deliver(*f, u"1000-3000"_s, u"m3"_s, u"3000"_s, u"internal note"_s, now.addSecs(6));
    // History that a first sync brings in sets nothing off.
    deliver(*f, u"1000-4000"_s, u"m4"_s, u"4000"_s, u"an old message"_s, now.addDays(-3));
    QTest::qWait(50);
    QCOMPARE(OutboxRepository(test::writerDatabase(*f->writer)).unfinished()->size(), 1);
}

void TestAutomation::hourlyCapPerAccount()
{
    auto f = makeFixture();
    QVERIFY(f);
    saveRule(*f, welcomeRule());
    // More new people in an hour than the cap allows, each greeted by the welcome rule.
    const int people = automationlimits::messagesPerAccountPerHour + 3;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < people; ++i) {
        const QString author = QString::number(5000 + i);
        QVERIFY(deliver(*f, u"1000-"_s + author, u"c"_s + author, author, u"hello"_s, now.addSecs(i)) > 0);
    }
    const QString logged = u"SELECT count(*) FROM automation_log"_s;
    QTRY_COMPARE(scalar(*f, logged), qint64(people));
    QCOMPARE(OutboxRepository(test::writerDatabase(*f->writer)).unfinished()->size(),
             qsizetype(automationlimits::messagesPerAccountPerHour));
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM automation_log WHERE action = 'skipped'"_s), qint64(3));
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM automation_log WHERE action = 'dm'"_s),
             qint64(automationlimits::messagesPerAccountPerHour));

    // The cap is per account: the second account still greets.
    deliver(*f, u"3000-6000"_s, u"d1"_s, u"6000"_s, u"hello"_s, now.addSecs(people), &f->second);
    QTRY_COMPARE(scalar(*f, logged), qint64(people + 1));
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM automation_log WHERE action = 'dm'"_s),
             qint64(automationlimits::messagesPerAccountPerHour + 1));
}

void TestAutomation::surveyRoundTrip()
{
    auto f = makeFixture();
    QVERIFY(f);
    Rule survey;
    survey.name = u"Feedback"_s;
    survey.trigger = Rule::Trigger::ConversationDone;
    survey.actions = {{Rule::Action::Kind::Survey, u"How did we do, {first_name}? Reply 1 to 5."_s, {}, false}};
    saveRule(*f, survey);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    deliver(*f, u"1000-2000"_s, u"m1"_s, u"2000"_s, u"where is my parcel"_s, now.addSecs(-60));
    const qint64 id = ConversationRepository(test::writerDatabase(*f->writer))
                          .byRemoteId(f->shop.id, u"1000-2000"_s)
                          ->value()
                          .conversation.id;
    QSignalSpy acted(f->automation.get(), &AutomationService::acted);
    QVERIFY(f->writer
                ->run("a test's write",
                      [id](Database &db) { return ConversationRepository(db).setState(id, Conversation::State::Done); })
                .ok());
    QTRY_COMPARE(acted.size(), 1);
    QCOMPARE(OutboxRepository(test::writerDatabase(*f->writer)).unfinished()->constFirst().text,
             u"How did we do, Dana? Reply 1 to 5."_s);
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM surveys WHERE rating IS NULL"_s), 1);

    // An unrelated answer is ignored; a rating is recorded.
    deliver(*f, u"1000-2000"_s, u"m2"_s, u"2000"_s, u"thanks a lot!"_s, now.addSecs(1));
    QTest::qWait(50);
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM surveys WHERE rating IS NOT NULL"_s), 0);
    deliver(*f, u"1000-2000"_s, u"m3"_s, u"2000"_s, u"⭐⭐⭐⭐"_s, now.addSecs(2));
    QTRY_COMPARE(scalar(*f, u"SELECT rating FROM surveys"_s), 4);
    auto periods = AutomationRepository(test::writerDatabase(*f->writer)).ratings(now.date().addDays(-1), now.date());
    QVERIFY(periods.ok());
    QCOMPARE(periods->constFirst().count, 1);
    QCOMPARE(periods->constFirst().average, 4.0);
}

void TestAutomation::windowTakenOnceAcrossClients()
{
    const Database::Location location = m_databases.newLocation(u"windows"_s);
    auto f = makeFixture(location);
    QVERIFY(f);
    saveRule(*f, welcomeRule());
    const qint64 rule = scalar(*f, u"SELECT id FROM rules"_s);
    QVERIFY(rule > 0);
    AutomationRepository automation(test::writerDatabase(*f->writer));
    const QDateTime at(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());
    const std::chrono::seconds day = std::chrono::hours(24);
    QCOMPARE(automation.takeWindow(rule, u"2000"_s, at, day).value(), true);
    QCOMPARE(automation.takeWindow(rule, u"2000"_s, at, day).value(), false);
    QCOMPARE(automation.takeWindow(rule, u"2000"_s, at.addSecs(24 * 3600 - 1), day).value(), false);
    QCOMPARE(automation.takeWindow(rule, u"5000"_s, at, day).value(), true); // someone else
    QCOMPARE(automation.takeWindow(rule, u"2000"_s, at.addSecs(24 * 3600), day).value(), true); // a day on
    QCOMPARE(automation.takeWindow(rule, u"2000"_s, at.addSecs(24 * 3600 + 60), day).value(), false);

    // Six clients, each on its own connection and thread, decide about the same people at the
    // same moment: each person's window goes to exactly one of them.
    constexpr int clients = 6;
    constexpr int people = 40;
    std::vector<QList<bool>> won(clients);
    const QString errors = race(location, clients, [&](Database &db, int c) {
        QStringList failed;
        AutomationRepository mine(db);
        for (int p = 0; p < people; ++p) {
            auto taken = mine.takeWindow(rule, u"race-%1"_s.arg(p), at, day);
            if (!taken)
                failed << taken.error().message();
            won[c] << (taken && taken.value());
        }
        return failed;
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    for (int p = 0; p < people; ++p) {
        int winners = 0;
        for (int c = 0; c < clients; ++c)
            winners += won[c].value(p) ? 1 : 0;
        QVERIFY2(winners == 1, qPrintable(u"person %1 got %2 windows"_s.arg(p).arg(winners)));
    }
}

void TestAutomation::automationFiresOncePerTeam()
{
    // Two agents' Starlings on one team database, each running the rules on its own writer.
    const Database::Location location = m_databases.newLocation(u"team"_s);
    auto ana = makeFixture(location);
    QVERIFY(ana);
    auto ben = makeFixture(location);
    QVERIFY(ben);
    Rule survey;
    survey.name = u"Feedback"_s;
    survey.trigger = Rule::Trigger::ConversationDone;
    survey.actions = {{Rule::Action::Kind::Survey, u"How did we do? Reply 1 to 5."_s, {}, false}};
    saveRule(*ana, survey);
    const qint64 rule = scalar(*ana, u"SELECT id FROM rules"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    deliver(*ana, u"1000-2000"_s, u"m1"_s, u"2000"_s, u"where is my parcel"_s, now.addSecs(-60));
    deliver(*ana, u"1000-5000"_s, u"m2"_s, u"5000"_s, u"and mine?"_s, now.addSecs(-50));
    const auto conversationId = [&](const QString &remoteId) {
        return ConversationRepository(test::writerDatabase(*ben->writer))
            .byRemoteId(ana->shop.id, remoteId)
            ->value()
            .conversation.id;
    };
    const auto markDone = [](Fixture &f, qint64 id) {
        return f.writer
            ->run("a test's write",
                  [id](Database &db) { return ConversationRepository(db).setState(id, Conversation::State::Done); })
            .ok();
    };

    // Ana's client has just decided to ask Dana (it took the window) and has not logged it yet
    // when Ben closes Dana's conversation: Ben's rules find the window taken and stay quiet.
    QVERIFY(AutomationRepository(test::writerDatabase(*ana->writer))
                .takeWindow(rule, u"2000"_s, now, survey.perPersonWindow)
                .value());
    QSignalSpy benActed(ben->automation.get(), &AutomationService::acted);
    QVERIFY(markDone(*ben, conversationId(u"1000-2000"_s)));
    QTest::qWait(100);
    QCOMPARE(benActed.size(), 0);
    QCOMPARE(scalar(*ben, u"SELECT count(*) FROM outbox"_s), 0);

    // The other person's conversation: whichever client closes it first asks, once.
    QSignalSpy anaActed(ana->automation.get(), &AutomationService::acted);
    QVERIFY(markDone(*ana, conversationId(u"1000-5000"_s)));
    QTRY_COMPARE(anaActed.size(), 1);
    QVERIFY(ConversationRepository(test::writerDatabase(*ben->writer))
                .setState(conversationId(u"1000-5000"_s), Conversation::State::Open)
                .ok());
    QVERIFY(markDone(*ben, conversationId(u"1000-5000"_s)));
    QTest::qWait(100);
    QCOMPARE(benActed.size(), 0);
    QCOMPARE(scalar(*ben, u"SELECT count(*) FROM outbox"_s), 1);
    QCOMPARE(scalar(*ben, u"SELECT count(*) FROM surveys"_s), 1);
}

void TestAutomation::claimIsAtomic()
{
    const Database::Location location = m_databases.newLocation(u"claims"_s);
    auto f = makeFixture(location);
    QVERIFY(f);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int conversations = 30;
    QList<qint64> ids;
    for (int i = 0; i < conversations; ++i) {
        const QString author = QString::number(7000 + i);
        deliver(*f, u"1000-"_s + author, u"c"_s + author, author, u"hello"_s, now.addSecs(-i));
        ids << ConversationRepository(test::writerDatabase(*f->writer))
                   .byRemoteId(f->shop.id, u"1000-"_s + author)
                   ->value()
                   .conversation.id;
    }

    WorkflowRepository workflow(test::writerDatabase(*f->writer));
    ChangeSet changes;
    QCOMPARE(workflow.claim(ids.at(0), u" ana "_s, changes).value(), u"ana"_s);
    QVERIFY(changes.conversationIds.contains(ids.at(0)));
    changes = {};
    QCOMPARE(workflow.claim(ids.at(0), u"ben"_s, changes).value(), u"ana"_s); // Ana has it
    QVERIFY(changes.conversationIds.contains(ids.at(0))); // Ben's views re-read it
    changes = {};
    QCOMPARE(workflow.claim(ids.at(0), u"ana"_s, changes).value(), u"ana"_s); // still hers
    QVERIFY(changes.isEmpty());
    QCOMPARE(workflow.claim(999999, u"ben"_s, changes).error().code(), Error::Code::NotFound);
    QCOMPARE(workflow.claim(ids.at(1), u"  "_s, changes).error().code(), Error::Code::InvalidInput);
    // The "Mine" and "Unassigned" filters, on this engine.
    ConversationFilter anas;
    anas.assignee = u"ana"_s;
    QCOMPARE(ConversationRepository(test::writerDatabase(*f->writer)).page(anas, 100)->size(), 1);
    ConversationFilter unassigned;
    unassigned.assignee = QString();
    QCOMPARE(ConversationRepository(test::writerDatabase(*f->writer)).page(unassigned, 100)->size(),
             qsizetype(conversations - 1));
    QVERIFY(workflow.assign({ids.at(0)}, {}).ok()); // given back: anyone may take it again

    // Six agents, each on its own connection and thread, take every conversation at once: each
    // goes to exactly one, and every other agent is told who has it.
    constexpr int agents = 6;
    std::vector<QStringList> answers(agents);
    const QString errors = race(location, agents, [&](Database &db, int a) {
        QStringList failed;
        WorkflowRepository mine(db);
        for (qint64 id : std::as_const(ids)) {
            ChangeSet ignored;
            auto holder = mine.claim(id, u"agent-%1"_s.arg(a), ignored);
            if (!holder)
                failed << holder.error().message();
            answers[a] << (holder ? holder.value() : QString());
        }
        return failed;
    });
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    for (int i = 0; i < conversations; ++i) {
        const QString stored =
            ConversationRepository(test::writerDatabase(*f->writer)).byId(ids.at(i))->value().conversation.assignee;
        QVERIFY(stored.startsWith(u"agent-"_s));
        int winners = 0;
        for (int a = 0; a < agents; ++a) {
            QCOMPARE(answers[a].value(i), stored); // the winner and every loser name the same agent
            winners += stored == u"agent-%1"_s.arg(a) ? 1 : 0;
        }
        QCOMPARE(winners, 1);
    }
}

void TestAutomation::dryRunChangesNothing()
{
    auto f = makeFixture();
    QVERIFY(f);
    f->automation.reset(); // no live automation: this is about the history
    const QDateTime start(QDate(2026, 10, 1), QTime(12, 0), QTimeZone::utc());
    deliver(*f, u"1000-2000"_s, u"m1"_s, u"2000"_s, u"hello"_s, start);
    deliver(*f, u"1000-2000"_s, u"m2"_s, u"2000"_s, u"are you there?"_s, start.addSecs(60));
    deliver(*f, u"1000-5000"_s, u"m3"_s, u"5000"_s, u"hi"_s, start.addSecs(120));
    deliver(*f, u"1000-3000"_s, u"m4"_s, u"3000"_s, u"hi from our other account"_s, start.addSecs(180));
    const qint64 changesBefore = test::writeMarker(test::writerDatabase(*f->writer));
    auto planned = dryRun(test::writerDatabase(*f->writer), welcomeRule(), start.addDays(-1), start.addDays(1),
                          {f->shop, f->second});
    QVERIFY(planned.ok());
    // Two people wrote for the first time; our own account does not count.
    QCOMPARE(planned->size(), 2);
    QCOMPARE(planned->at(0).personRemoteId, u"2000"_s);
    QCOMPARE(planned->at(1).personRemoteId, u"5000"_s);
    QCOMPARE(test::writeMarker(test::writerDatabase(*f->writer)), changesBefore);
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(scalar(*f, u"SELECT count(*) FROM automation_log"_s), 0);
}

void TestAutomation::tagsAssigneesAndBulkActions()
{
    auto f = makeFixture();
    QVERIFY(f);
    f->automation.reset();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    deliver(*f, u"1000-2000"_s, u"m1"_s, u"2000"_s, u"one"_s, now);
    deliver(*f, u"1000-5000"_s, u"m2"_s, u"5000"_s, u"two"_s, now);
    deliver(*f, u"1000-6000"_s, u"m3"_s, u"6000"_s, u"three"_s, now);
    Database &db = test::writerDatabase(*f->writer);
    ConversationRepository conversations(db);
    QList<qint64> ids;
    const auto page = conversations.page({}, 10);
    QVERIFY(page.ok());
    for (const auto &row : page.value())
        ids << row.conversation.id;
    QCOMPARE(ids.size(), 3);

    WorkflowRepository workflow(db);
    QVERIFY(workflow.saveTag(u"vip"_s, u"#AA0000"_s).ok());
    auto tagged = workflow.addTag(ids.mid(0, 2), u"vip"_s);
    QVERIFY2(tagged.ok(), tagged ? "" : qPrintable(tagged.error().message()));
    QCOMPARE(tagged->conversationIds.size(), 2);
    QVERIFY(workflow.addTag(ids.mid(0, 2), u"vip"_s)->isEmpty()); // already tagged: nothing changes
    QVERIFY(workflow.addTag({ids.at(0)}, u"refund"_s).ok()); // a new tag is made on the way
    QCOMPARE(workflow.tags()->size(), 2);
    QCOMPARE(workflow.tags()->constLast().color, u"#aa0000"_s);
    QCOMPARE(conversations.byId(ids.at(0))->value().conversation.tags, (QStringList{u"refund"_s, u"vip"_s}));

    ConversationFilter byTag;
    byTag.tag = u"vip"_s;
    QCOMPARE(conversations.page(byTag, 10)->size(), 2);
    QCOMPARE(conversations.count(byTag)->first, 2);
    QVERIFY(matchesFilter(byTag, conversations.byId(ids.at(0))->value()));
    QVERIFY(!matchesFilter(byTag, conversations.byId(ids.at(2))->value()));

    QCOMPARE(workflow.assign(ids, u"Sam"_s)->conversationIds.size(), 3);
    ConversationFilter mine;
    mine.assignee = u"Sam"_s;
    QCOMPARE(conversations.page(mine, 10)->size(), 3);
    QVERIFY(workflow.assign({ids.at(1)}, QString()).ok());
    QCOMPARE(conversations.page(mine, 10)->size(), 2);

    QVERIFY(workflow.removeTag({ids.at(0)}, u"vip"_s).ok());
    QCOMPARE(conversations.page(byTag, 10)->size(), 1);
    QVERIFY(!workflow.saveTag(QString(41, u'x'), {}).ok());
}

void TestAutomation::savedReplyRepository()
{
    auto f = makeFixture();
    QVERIFY(f);
    SavedReplyRepository replies(test::writerDatabase(*f->writer));
    auto saved = replies.save({0, u"refund"_s, u"Refunds"_s, u"Hi {first_name}, refunds take 3 days."_s, {}});
    QVERIFY(saved.ok());
    QVERIFY(saved->id > 0);
    QVERIFY(!replies.save({0, u"refund"_s, {}, u"again"_s, {}}).ok()); // the short name is taken
    QVERIFY(!replies.save({0, u"two words"_s, {}, u"x"_s, {}}).ok());
    QVERIFY(!replies.save({0, u"empty"_s, {}, u"   "_s, {}}).ok());
    SavedReply edited = saved.value();
    edited.body = u"Hello {name}!"_s;
    QVERIFY(replies.save(edited).ok());
    QCOMPARE(replies.byShortcut(u"refund"_s)->value().body, u"Hello {name}!"_s);
    QCOMPARE(replies.all()->size(), 1);
    QVERIFY(replies.remove(saved->id).ok());
    QVERIFY(replies.all()->isEmpty());
}

QTEST_GUILESS_MAIN(TestAutomation)
#include "TestAutomation.moc"
