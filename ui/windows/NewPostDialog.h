// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace starling {

class AccountManager;

/** A new public post from one or more accounts, with a counter per network and media. */
class NewPostDialog final : public QDialog
{
    Q_OBJECT

public:
    NewPostDialog(AccountManager &accounts, QWidget *parent = nullptr);
    ~NewPostDialog() override;
    Q_DISABLE_COPY_MOVE(NewPostDialog)

    QList<QUuid> selectedAccounts() const;
    QString text() const;
    QStringList attachments() const { return m_files; }
    QPlainTextEdit *editor() const { return m_editor; }
    bool canPost() const;

    /**
     * The outbox answered the post: the dialog closes, or stays with what was written and says
     * why. Accounts whose outbox took it are unticked, so that posting again sends only the rest.
     */
    void posted(const QList<QUuid> &notQueued, const Result<void> &result);

Q_SIGNALS:
    /** Post was pressed; the dialog waits for posted(). */
    void postRequested();

private:
    void update();

    AccountManager &m_accounts;
    QListWidget *m_accountList;
    QPlainTextEdit *m_editor;
    QLabel *m_counters;
    QLabel *m_files_label;
    QLabel *m_problem;
    QPushButton *m_post;
    QStringList m_files;
    bool m_sending = false;
};

} // namespace starling
