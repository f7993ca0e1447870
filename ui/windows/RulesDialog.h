// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "automation/DryRun.h"
#include "automation/Rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace starling {

class AccountManager;
class Database;
class Store;

/** Builds one rule: trigger, conditions and actions, with a test over the stored history. */
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    /** The test replays history on @p store's reader thread; @p store must outlive the dialog. */
    RuleEditorDialog(const Rule &rule, AccountManager &accounts, Store &store, QWidget *parent = nullptr);
    ~RuleEditorDialog() override;
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)

    /** The rule as edited; an error when it cannot be used as it is. */
    Result<Rule> rule() const;

Q_SIGNALS:
    /** A test over the stored history ended; @p report is what the dialog shows of it. */
    void tested(const QString &report);

private:
    void addAction(Rule::Action::Kind kind);
    void refreshActions();
    void updateVisibility();
    void test();
    void showTest(const QString &ruleName, const Result<QList<PlannedAction>> &planned);

    AccountManager &m_accounts;
    Store &m_store;
    QPushButton *m_testButton = nullptr;
    Rule m_rule;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_trigger;
    QLineEdit *m_keywords;
    QLineEdit *m_pattern;
    QComboBox *m_zone;
    QTimeEdit *m_open;
    QTimeEdit *m_close;
    QList<QCheckBox *> m_days;
    QComboBox *m_account;
    QCheckBox *m_dms;
    QCheckBox *m_mentions;
    QLineEdit *m_language;
    QSpinBox *m_followers;
    QLineEdit *m_tag;
    QListWidget *m_actionList;
    QSpinBox *m_window;
    QWidget *m_keywordRows;
    QWidget *m_hourRows;
};

/** Every rule, switched on and off, edited and tested; and what the rules did lately. */
class RulesDialog final : public QDialog
{
    Q_OBJECT

public:
    RulesDialog(Store &store, Database &reader, AccountManager &accounts, QWidget *parent = nullptr);
    ~RulesDialog() override;
    Q_DISABLE_COPY_MOVE(RulesDialog)

private:
    void reload();
    void edit(qint64 id);
    void store(const Rule &rule, bool enabled);

    Store &m_store;
    Database &m_reader;
    AccountManager &m_accounts;
    QListWidget *m_rules;
    QListWidget *m_activity;
};

} // namespace starling
