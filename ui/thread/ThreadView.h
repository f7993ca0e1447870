// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/ComposeWidget.h"
#include "store/ConversationRepository.h"
#include "team/Presence.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace starling {

class Database;
class InboxActions;
class MessageListModel;
class SavedReplyPicker;
struct SavedReply;
struct ChangeSet;

/**
 * The right pane: the conversation's header, its messages as bubbles (or a public thread's posts
 * with their reply chain), and the compose box under them.
 */
class ThreadView final : public QWidget
{
    Q_OBJECT

public:
    ThreadView(Database &reader, InboxActions &actions, QWidget *parent = nullptr);
    ~ThreadView() override;
    Q_DISABLE_COPY_MOVE(ThreadView)

    /** Shows a conversation, or the empty state. */
    void showConversation(const std::optional<ConversationSummary> &conversation);
    std::optional<ConversationSummary> conversation() const { return m_conversation; }
    void applyChanges(const ChangeSet &changes);

    /** Puts the cursor in the compose box, in @p mode. */
    void startReply(ComposeWidget::Mode mode);

    /** How to name one of the user's accounts in a saved reply's {my_name}. */
    void setAccountNames(std::function<QString(const QUuid &)> names) { m_accountNames = std::move(names); }
    /**
     * A team workspace: tells the other agents which conversation is shown here and whether the
     * compose box holds a text, and shows who else is in it ("Ana is replying"). Must outlive the view.
     */
    void setPresence(Presence *presence);
    /** "Accept request": shown for a message request (Conversation::request), hidden otherwise. */
    QPushButton *acceptButton() const { return m_accept; }
    /** The line that says who else is in the conversation (hidden when no one is). */
    QLabel *presenceLabel() const { return m_presence; }
    /** "Take it" (T): the conversation becomes the user's, unless someone took it first. */
    void take();
    /** Opens the saved-reply picker (Ctrl+;). */
    void pickSavedReply();
    /** Fills a saved reply for this conversation and inserts it, if it fits. */
    void insertSavedReply(const SavedReply &reply);

    ComposeWidget *compose() const { return m_compose; }
    SavedReplyPicker *savedReplyPicker() const { return m_picker; }
    MessageListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    /** Esc in the compose box: back to the inbox list. */
    void backToList();
    void toggleDoneRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void send(ComposeWidget::Mode mode, const QString &text, const QStringList &files);
    /** The compose box holds what goes to the outbox until it answers (sent()). */
    void startSending(qint64 conversationId);
    /** The id of the shown conversation's newest message, as stored; 0 without one. */
    qint64 newestMessage() const;
    /** The outbox answered: the draft goes, or it stays with the reason. */
    void sent(qint64 conversationId, const Result<void> &queued);
    void updateHeader();
    /** The "Accept request" button as it is before a click. */
    void readyToAccept();
    /** Tells the presence what is shown here now, and what the user does there. */
    void reportPresence();
    void showOthers(const QList<Presence::Other> &others);
    QString replyTarget() const;

    Database &m_reader;
    InboxActions &m_actions;
    std::optional<ConversationSummary> m_conversation;
    QHash<qint64, QString> m_drafts; ///< unsent text per conversation: nothing the user wrote is lost
    QHash<qint64, QStringList> m_draftFiles; ///< and its attachments
    QHash<qint64, QString> m_problems; ///< why a send failed, for a conversation not shown then
    QSet<qint64> m_sending; ///< conversations whose message the outbox has not answered yet
    /**
     * The newest message of the shown conversation the user has seen: at opening, after their own
     * sends and after being told of someone else's answer. An answer newer than it stops a send once.
     */
    qint64 m_seenUpTo = 0;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QPushButton *m_done;
    QPushButton *m_tags;
    QPushButton *m_assign;
    QPushButton *m_take;
    QLabel *m_tagLabels;
    QLabel *m_presence;
    QWidget *m_requestBar; ///< shown above the messages of a message request
    QLabel *m_requestText;
    QPushButton *m_accept;
    QPointer<Presence> m_presenceSource;
    SavedReplyPicker *m_picker;
    std::function<QString(const QUuid &)> m_accountNames;
    QListView *m_list;
    MessageListModel *m_model;
    ComposeWidget *m_compose;
    QLabel *m_error;
};

} // namespace starling
