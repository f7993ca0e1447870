// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConversationRepository.h"

#include <QUuid>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace starling {

class ConversationListModel;
class Database;
class Store;
class SearchResultModel;
struct ChangeSet;

/**
 * The middle pane: a search field that searches every stored message as you type, the filters
 * (inbox, unread, DMs, mentions, needs reply, mine, unassigned, done), and the conversation list
 * that loads pages as it scrolls. Shows what to do next when it is empty.
 */
class InboxView final : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        Inbox,
        Unread,
        DirectMessages,
        Mentions,
        NeedsReply,
        Requests, ///< open message requests (people who wrote first, on Bluesky)
        Mine, ///< open and assigned to settings::you()
        Unassigned, ///< open and assigned to no one
        Done,
    };

    InboxView(Database &reader, Store &store, QWidget *parent = nullptr);
    ~InboxView() override;
    Q_DISABLE_COPY_MOVE(InboxView)

    /** Shows one account's conversations, or every account's (null). */
    void setAccount(const QUuid &accountId);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void applyChanges(const ChangeSet &changes);

    /** Moves the selection by @p delta rows (j/k), opening nothing. */
    void moveSelection(int delta);
    /** The selected conversation, or 0. */
    qint64 currentConversation() const;
    /** Every selected conversation, for bulk actions (the current one when only it is selected). */
    QList<qint64> selectedConversations() const;
    /** Selects a conversation if it is in the list. */
    void selectConversation(qint64 conversationId);
    void focusSearch();
    void focusList();

    ConversationListModel *model() const { return m_model; }
    SearchResultModel *searchModel() const { return m_search; }
    QListView *list() const { return m_list; }
    QLineEdit *searchField() const { return m_searchField; }

Q_SIGNALS:
    /** The selection moved to a conversation (0: none). */
    void currentConversationChanged(qint64 conversationId);
    /** Enter, or a double click, on a conversation. */
    void conversationActivated(qint64 conversationId);
    /** A bulk action from the list's context menu, on the selected conversations. */
    void bulkDoneRequested(const QList<qint64> &conversationIds);
    void bulkReadRequested(const QList<qint64> &conversationIds);
    void bulkTagRequested(const QList<qint64> &conversationIds);
    void bulkAssignRequested(const QList<qint64> &conversationIds);

private:
    void applyFilter();
    void runSearch();
    void updateEmptyState();

    ConversationListModel *m_model;
    SearchResultModel *m_search;
    QUuid m_account;
    Filter m_filter = Filter::Inbox;
    QLineEdit *m_searchField;
    QButtonGroup *m_filters;
    QStackedWidget *m_stack;
    QListView *m_list;
    QListView *m_results;
    QLabel *m_empty;
    QTimer *m_searchDelay;
    bool m_focusListWhenShown = false; ///< focusList() came while the empty state showed
};

} // namespace starling
