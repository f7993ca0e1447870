// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesDialog.h"

#include "Prompt.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "automation/DryRun.h"
#include "store/AutomationRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

QString actionText(const Rule::Action &a)
{
    using K = Rule::Action::Kind;
    switch (a.kind) {
    case K::ReplyDm:
        return RulesDialog::tr("Reply by DM: %1").arg(a.text);
    case K::ReplyPublic:
        return RulesDialog::tr("Reply in public: %1").arg(a.text);
    case K::SavedReply:
        return a.publicReply ? RulesDialog::tr("Saved reply /%1, in public").arg(a.value)
                             : RulesDialog::tr("Saved reply /%1, by DM").arg(a.value);
    case K::Tag:
        return RulesDialog::tr("Tag: %1").arg(a.value);
    case K::Assign:
        return RulesDialog::tr("Assign to %1").arg(a.value);
    case K::MarkDone:
        return RulesDialog::tr("Mark done");
    case K::Survey:
        return RulesDialog::tr("Feedback survey: %1").arg(a.text);
    }
    return {};
}

QString triggerText(Rule::Trigger t)
{
    switch (t) {
    case Rule::Trigger::NewConversation:
        return RulesDialog::tr("Someone writes a DM for the first time");
    case Rule::Trigger::Keyword:
        return RulesDialog::tr("A DM or mention contains keywords");
    case Rule::Trigger::OutsideHours:
        return RulesDialog::tr("A DM or mention arrives outside business hours");
    case Rule::Trigger::ConversationDone:
        return RulesDialog::tr("A conversation is marked done");
    }
    return {};
}

/** One line of the activity log as a whole sentence; the stored action codes stay English. */
QString activityText(const AutomationLogEntry &e)
{
    const QString detail = e.detail.left(80);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the message sent
    if (e.action == u"dm")
        return RulesDialog::tr("“%1” sent a DM to %2: %3").arg(e.ruleName, e.personRemoteId, detail);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the reply posted
    if (e.action == u"public")
        return RulesDialog::tr("“%1” replied in public to %2: %3").arg(e.ruleName, e.personRemoteId, detail);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the survey's question
    if (e.action == u"survey")
        return RulesDialog::tr("“%1” sent a feedback survey to %2: %3").arg(e.ruleName, e.personRemoteId, detail);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the tag
    if (e.action == u"tag")
        return RulesDialog::tr("“%1” tagged the conversation with %2: %3").arg(e.ruleName, e.personRemoteId, detail);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the teammate
    if (e.action == u"assign")
        return RulesDialog::tr("“%1” assigned the conversation with %2 to %3")
            .arg(e.ruleName, e.personRemoteId, detail);
    if (e.action == u"done" && detail.isEmpty()) {
        //: In the rules' activity log: %1 is the rule's name, %2 the person
        return RulesDialog::tr("“%1” marked the conversation with %2 done.").arg(e.ruleName, e.personRemoteId);
    }
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the error, a whole sentence
    if (e.action == u"done")
        return RulesDialog::tr("“%1” could not mark the conversation with %2 done. %3")
            .arg(e.ruleName, e.personRemoteId, detail);
    //: In the rules' activity log: %1 is the rule's name, %2 the person, %3 the reason, a whole sentence
    if (e.action == u"skipped")
        return RulesDialog::tr("“%1” sent nothing to %2. %3").arg(e.ruleName, e.personRemoteId, detail);
    // A code from a newer version: shown as it is stored.
    return u"%1: %2 %3 %4"_s.arg(e.ruleName, e.action, e.personRemoteId, detail);
}

Result<Rule> readRule(const StoredRule &stored)
{
    auto rule = Rule::fromJson(QJsonDocument::fromJson(stored.definition).object());
    if (!rule)
        return rule;
    rule->id = stored.id;
    rule->name = stored.name;
    rule->enabled = stored.enabled;
    return rule;
}

} // namespace

RuleEditorDialog::RuleEditorDialog(const Rule &rule, AccountManager &accounts, Store &store, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_store(store)
    , m_rule(rule)
    , m_name(new QLineEdit(rule.name, this))
    , m_enabled(new QCheckBox(tr("On", "the rule is enabled"), this))
    , m_trigger(new QComboBox(this))
    , m_keywords(new QLineEdit(rule.keywords.join(u", "_s), this))
    , m_pattern(new QLineEdit(rule.pattern, this))
    , m_zone(new QComboBox(this))
    , m_open(new QTimeEdit(this))
    , m_close(new QTimeEdit(this))
    , m_account(new QComboBox(this))
    , m_dms(new QCheckBox(tr("Direct messages"), this))
    , m_mentions(new QCheckBox(tr("Mentions"), this))
    , m_language(new QLineEdit(rule.language, this))
    , m_followers(new QSpinBox(this))
    , m_tag(new QLineEdit(rule.tag, this))
    , m_actionList(new QListWidget(this))
    , m_window(new QSpinBox(this))
    , m_keywordRows(new QWidget(this))
    , m_hourRows(new QWidget(this))
{
    setWindowTitle(rule.id ? tr("Edit rule") : tr("New rule"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_enabled->setChecked(rule.enabled);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_enabled);
    form->addRow(tr("Name"), nameRow);
    for (auto t : {Rule::Trigger::NewConversation, Rule::Trigger::Keyword, Rule::Trigger::OutsideHours,
                   Rule::Trigger::ConversationDone})
        m_trigger->addItem(triggerText(t), int(t));
    m_trigger->setCurrentIndex(m_trigger->findData(int(rule.trigger)));
    //: Label of the trigger: when the rule runs ("When: a conversation is marked done")
    form->addRow(tr("When", "rule trigger"), m_trigger);
    layout->addLayout(form);

    auto *keywordForm = new QFormLayout(m_keywordRows);
    keywordForm->setContentsMargins(0, 0, 0, 0);
    m_keywords->setPlaceholderText(tr("refund, order, broken"));
    keywordForm->addRow(tr("Keywords (any)"), m_keywords);
    m_pattern->setPlaceholderText(tr("or a pattern, e.g. #\\d{4}"));
    keywordForm->addRow(tr("Pattern"), m_pattern);
    layout->addWidget(m_keywordRows);

    auto *hourForm = new QFormLayout(m_hourRows);
    hourForm->setContentsMargins(0, 0, 0, 0);
    m_zone->setEditable(true);
    m_zone->addItem(QString::fromUtf8(rule.hours.zone().id()));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (m_zone->findText(QString::fromUtf8(system)) < 0)
        m_zone->addItem(QString::fromUtf8(system));
    hourForm->addRow(tr("Time zone"), m_zone);
    const auto firstInterval = [&rule]() -> BusinessHours::Interval {
        for (int d = 1; d <= 7; ++d) {
            if (!rule.hours.day(d).isEmpty())
                return rule.hours.day(d).constFirst();
        }
        return {9 * 60, 17 * 60};
    }();
    m_open->setTime(QTime(firstInterval.openMinute / 60, firstInterval.openMinute % 60));
    m_close->setTime(QTime((firstInterval.closeMinute / 60) % 24, firstInterval.closeMinute % 60));
    auto *times = new QHBoxLayout;
    times->addWidget(m_open);
    times->addWidget(new QLabel(u"–"_s, this));
    times->addWidget(m_close);
    times->addStretch();
    //: Label of the business hours' opening and closing time
    hourForm->addRow(tr("Open", "business hours"), times);
    auto *days = new QHBoxLayout;
    const bool noDays = [&rule] {
        for (int d = 1; d <= 7; ++d) {
            if (!rule.hours.day(d).isEmpty())
                return false;
        }
        return true;
    }();
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setChecked(noDays ? d <= 5 : !rule.hours.day(d).isEmpty());
        m_days << box;
        days->addWidget(box);
    }
    //: Label of the row of weekday checkboxes: the days the business is open
    hourForm->addRow(tr("On", "weekdays"), days);
    layout->addWidget(m_hourRows);

    auto *conditions = new QFormLayout;
    m_account->addItem(tr("Any account"), QUuid());
    for (const Account &a : accounts.accounts())
        m_account->addItem(theme::networkIcon(a.network), u"@"_s + a.handle, a.id);
    m_account->setCurrentIndex(std::max(0, m_account->findData(rule.accountId)));
    conditions->addRow(tr("Account"), m_account);
    m_dms->setChecked(rule.kinds.isEmpty() || rule.kinds.contains(Message::Kind::DirectMessage));
    m_mentions->setChecked(rule.kinds.isEmpty() || rule.kinds.contains(Message::Kind::Mention));
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_dms);
    kinds->addWidget(m_mentions);
    kinds->addStretch();
    //: Label of the message kinds the rule applies to (checkboxes "DMs" and "Mentions")
    conditions->addRow(tr("For", "message kinds"), kinds);
    m_language->setPlaceholderText(tr("any (e.g. en)"));
    conditions->addRow(tr("Language"), m_language);
    m_followers->setRange(0, 100'000'000);
    //: Spin box value 0 of "At least this many followers": no minimum
    m_followers->setSpecialValueText(tr("any", "followers"));
    m_followers->setValue(std::max(0, rule.minFollowers));
    conditions->addRow(tr("At least this many followers"), m_followers);
    //: Placeholder of "Only if tagged": empty means any tag or none
    m_tag->setPlaceholderText(tr("any", "tag"));
    conditions->addRow(tr("Only if tagged"), m_tag);
    layout->addLayout(conditions);

    //: Heading of the rule's list of actions: what the rule does
    layout->addWidget(new QLabel(tr("Then:", "rule actions"), this));
    m_actionList->setAccessibleName(tr("Actions"));
    m_actionList->setMaximumHeight(120);
    layout->addWidget(m_actionList);
    auto *actionButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add an action ▾"), this);
    auto *menu = new QMenu(add);
    using K = Rule::Action::Kind;
    const std::pair<K, QString> kinds_[] = {
        {K::ReplyDm, tr("Reply by DM…")},
        {K::ReplyPublic, tr("Reply in public…")},
        {K::SavedReply, tr("Send a saved reply…")},
        {K::Tag, tr("Tag…")},
        {K::Assign, tr("Assign…")},
        {K::MarkDone, tr("Mark done")},
        {K::Survey, tr("Ask for feedback (1–5)…")},
    };
    for (const auto &[kind, label] : kinds_)
        menu->addAction(label, this, [this, kind = kind] { addAction(kind); });
    add->setMenu(menu);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_actionList->currentRow();
        if (row >= 0 && row < m_rule.actions.size()) {
            m_rule.actions.removeAt(row);
            refreshActions();
        }
    });
    actionButtons->addWidget(add);
    actionButtons->addWidget(remove);
    actionButtons->addStretch();
    layout->addLayout(actionButtons);
    auto *windowRow = new QFormLayout;
    m_window->setRange(
        int(std::chrono::duration_cast<std::chrono::hours>(automationlimits::minimumPerPersonWindow).count()),
        24 * 365);
    //: Unit suffix of a spin box: hours, with a leading space if the language puts one
    m_window->setSuffix(tr(" h"));
    m_window->setValue(int(std::chrono::duration_cast<std::chrono::hours>(rule.perPersonWindow).count()));
    //: Followed by a number of hours: the shortest time between two automatic messages to one person
    windowRow->addRow(tr("Shortest time between automatic messages to one person"), m_window);
    layout->addLayout(windowRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("Test on the last 30 days"), QDialogButtonBox::ActionRole);
    connect(m_testButton, &QPushButton::clicked, this, &RuleEditorDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        auto built = this->rule();
        if (!built) {
            Prompt::ask(this, tr("This rule cannot be saved"), built.error().message(), QMessageBox::Ok,
                        QMessageBox::Ok);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::updateVisibility);
    refreshActions();
    updateVisibility();
    resize(620, 720);
}

RuleEditorDialog::~RuleEditorDialog() = default;

void RuleEditorDialog::updateVisibility()
{
    const auto trigger = Rule::Trigger(m_trigger->currentData().toInt());
    m_keywordRows->setVisible(trigger == Rule::Trigger::Keyword);
    m_hourRows->setVisible(trigger == Rule::Trigger::OutsideHours);
}

void RuleEditorDialog::addAction(Rule::Action::Kind kind)
{
    using K = Rule::Action::Kind;
    Rule::Action action;
    action.kind = kind;
    switch (kind) {
    case K::ReplyDm:
    case K::ReplyPublic:
    case K::Survey:
        action.text = Prompt::askText(this, tr("Message"),
                                      tr("Text (placeholders: {first_name}, {name}, {handle}, {my_name}):"), {},
                                      kind == K::Survey ? tr("Thanks, {first_name}! How did we do? Reply with a number "
                                                             "from 1 to 5.")
                                                        : QString());
        if (action.text.isEmpty())
            return;
        break;
    case K::SavedReply:
        action.value = Prompt::askText(this, tr("Saved reply"), tr("Short name of the saved reply:"));
        if (action.value.startsWith(u'/'))
            action.value.remove(0, 1);
        if (action.value.isEmpty())
            return;
        break;
    case K::Tag:
    case K::Assign:
        action.value = Prompt::askText(this, kind == K::Tag ? tr("Tag", "dialog title, verb") : tr("Assign"),
                                       kind == K::Tag ? tr("Tag:") : tr("Assign to:"));
        if (action.value.isEmpty())
            return;
        break;
    case K::MarkDone:
        break;
    }
    m_rule.actions << action;
    refreshActions();
}

void RuleEditorDialog::refreshActions()
{
    m_actionList->clear();
    for (const Rule::Action &a : std::as_const(m_rule.actions))
        m_actionList->addItem(actionText(a));
}

Result<Rule> RuleEditorDialog::rule() const
{
    Rule r = m_rule;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.trigger = Rule::Trigger(m_trigger->currentData().toInt());
    r.keywords.clear();
    for (const QString &k : m_keywords->text().split(u',', Qt::SkipEmptyParts)) {
        if (!k.trimmed().isEmpty())
            r.keywords << k.trimmed();
    }
    r.pattern = m_pattern->text().trimmed();
    BusinessHours hours(QTimeZone(m_zone->currentText().trimmed().toUtf8()));
    const int open = m_open->time().hour() * 60 + m_open->time().minute();
    const int close = m_close->time().hour() * 60 + m_close->time().minute();
    for (int d = 1; d <= 7; ++d)
        hours.setDay(d, m_days.at(d - 1)->isChecked() ? QList<BusinessHours::Interval>{{open, close}}
                                                      : QList<BusinessHours::Interval>{});
    r.hours = hours;
    r.accountId = m_account->currentData().toUuid();
    r.kinds.clear();
    if (m_dms->isChecked() != m_mentions->isChecked())
        r.kinds << (m_dms->isChecked() ? Message::Kind::DirectMessage : Message::Kind::Mention);
    r.language = m_language->text().trimmed();
    r.minFollowers = m_followers->value() > 0 ? m_followers->value() : -1;
    r.tag = m_tag->text().trimmed();
    r.perPersonWindow = std::chrono::hours(m_window->value());
    if (r.name.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Give the rule a name."));
    // The same checks as a stored rule gets.
    auto checked = Rule::fromJson(r.toJson());
    if (!checked)
        return checked.error();
    return r;
}

void RuleEditorDialog::test()
{
    auto built = rule();
    if (!built) {
        Prompt::ask(this, tr("This rule cannot be tested yet"), built.error().message(), QMessageBox::Ok,
                    QMessageBox::Ok);
        return;
    }
    // Thirty days of history take a while to replay: on the store's reader thread, with the button
    // saying so meanwhile.
    const QDateTime to = QDateTime::currentDateTimeUtc();
    m_testButton->setEnabled(false);
    m_testButton->setText(tr("Testing…"));
    onReady(m_store.read<QList<PlannedAction>>(
                "a rule's dry run", [rule = built.value(), to, accounts = m_accounts.accounts()](
                                        Database &db) { return dryRun(db, rule, to.addDays(-30), to, accounts); }),
            this, [this, name = built->name](const Result<QList<PlannedAction>> &planned) {
                m_testButton->setEnabled(true);
                m_testButton->setText(tr("Test on the last 30 days"));
                showTest(name, planned);
            });
}

void RuleEditorDialog::showTest(const QString &ruleName, const Result<QList<PlannedAction>> &planned)
{
    QString report;
    if (!planned) {
        report = planned.error().message();
    } else if (planned->isEmpty()) {
        report = tr("Over the last 30 days this rule would have done nothing.");
    } else {
        QStringList lines;
        for (const PlannedAction &p : planned.value().mid(0, 30))
            lines << tr("• to %1: %2").arg(p.personRemoteId, actionText(p.action));
        report = tr("Over the last 30 days this rule would have acted %n time(s). Nothing was sent.", nullptr,
                    int(planned->size()))
                 + u"\n\n"_s + lines.join(u'\n');
    }
    Q_EMIT tested(report);
    Prompt::ask(this, tr("Test of “%1”").arg(ruleName), report, QMessageBox::Ok, QMessageBox::Ok);
}

RulesDialog::RulesDialog(Store &store, Database &reader, AccountManager &accounts, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reader(reader)
    , m_accounts(accounts)
    , m_rules(new QListWidget(this))
    , m_activity(new QListWidget(this))
{
    setWindowTitle(tr("Rules"));
    auto *tabs = new QTabWidget(this);
    auto *rulesPage = new QWidget(tabs);
    auto *rulesLayout = new QVBoxLayout(rulesPage);
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setAccessibleDescription(tr("Tick a rule to turn it on; choose one to edit it"));
    rulesLayout->addWidget(m_rules);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("New rule…"), rulesPage);
    auto *edit = new QPushButton(tr("Edit…"), rulesPage);
    auto *remove = new QPushButton(tr("Delete…"), rulesPage);
    add->setToolTip(tr("Make a new rule"));
    edit->setToolTip(tr("Change the chosen rule"));
    remove->setToolTip(tr("Delete the chosen rule"));
    row->addWidget(add);
    row->addWidget(edit);
    row->addStretch();
    row->addWidget(remove);
    rulesLayout->addLayout(row);
    tabs->addTab(rulesPage, tr("Rules"));
    m_activity->setAccessibleName(tr("What the rules did"));
    m_activity->setAccessibleDescription(tr("The newest first: what each rule sent or changed, and what it skipped"));
    tabs->addTab(m_activity, tr("Activity"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] { this->edit(0); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_rules->currentItem())
            this->edit(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_rules, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { this->edit(item->data(Qt::UserRole).toLongLong()); });
    connect(m_rules, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // The check box switches a rule on and off.
        auto stored = AutomationRepository(m_reader).rules();
        for (const StoredRule &s : stored ? stored.value() : QList<StoredRule>()) {
            if (s.id == item->data(Qt::UserRole).toLongLong()) {
                if (auto read = readRule(s))
                    this->store(read.value(), item->checkState() == Qt::Checked);
            }
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_rules->currentItem();
        if (!item
            || Prompt::ask(this, tr("Delete this rule?"), item->text(), QMessageBox::Yes | QMessageBox::Cancel,
                           QMessageBox::Cancel)
                   != QMessageBox::Yes)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        m_store.write(
            "remove a rule",
            [id](Database &db) -> Result<ChangeSet> {
                if (auto r = AutomationRepository(db).removeRule(id); !r)
                    return r.error();
                return ChangeSet();
            },
            this, [this](const Result<ChangeSet> &) { reload(); });
    });
    resize(640, 460);
    reload();
}

RulesDialog::~RulesDialog() = default;

void RulesDialog::reload()
{
    const QSignalBlocker blocker(m_rules);
    m_rules->clear();
    auto stored = AutomationRepository(m_reader).rules();
    for (const StoredRule &s : stored ? stored.value() : QList<StoredRule>()) {
        auto rule = readRule(s);
        auto *item = new QListWidgetItem(rule ? tr("%1 — %2").arg(s.name, triggerText(rule->trigger))
                                              : tr("%1 — cannot be read").arg(s.name),
                                         m_rules);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(s.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_activity->clear();
    auto log = AutomationRepository(m_reader).recentLog(200);
    for (const AutomationLogEntry &e : log ? log.value() : QList<AutomationLogEntry>()) {
        m_activity->addItem(theme::relativeTime(e.at) + u"  "_s + activityText(e));
    }
    if (m_activity->count() == 0)
        m_activity->addItem(tr("No rule has done anything yet."));
}

void RulesDialog::edit(qint64 id)
{
    Rule rule;
    rule.trigger = Rule::Trigger::NewConversation;
    rule.name = tr("Welcome message");
    if (id > 0) {
        auto stored = AutomationRepository(m_reader).rules();
        for (const StoredRule &s : stored ? stored.value() : QList<StoredRule>()) {
            if (s.id == id) {
                if (auto read = readRule(s))
                    rule = read.value();
            }
        }
    }
    RuleEditorDialog editor(rule, m_accounts, m_store, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    auto edited = editor.rule();
    if (edited)
        store(edited.value(), edited->enabled);
}

void RulesDialog::store(const Rule &rule, bool enabled)
{
    StoredRule stored;
    stored.id = rule.id;
    stored.name = rule.name;
    stored.enabled = enabled;
    stored.definition = QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
    m_store.write(
        "save a rule",
        [stored](Database &db) -> Result<ChangeSet> {
            if (auto r = AutomationRepository(db).saveRule(stored); !r)
                return r.error();
            return ChangeSet();
        },
        this, [this](const Result<ChangeSet> &) { reload(); });
}

} // namespace starling
