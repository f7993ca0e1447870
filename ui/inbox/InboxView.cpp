// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxView.h"

#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "FlowLayout.h"
#include "RemoteText.h"
#include "SearchResultDelegate.h"
#include "SearchResultModel.h"
#include "Settings.h"
#include "store/ChangeSet.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/**
 * A filter chip: as wide as its label with a little room, not the minimum width styles give push
 * buttons (80 pixels in Fusion), so five chips fit on a row of the inbox pane instead of four.
 */
class FilterChip final : public QPushButton
{
public:
    using QPushButton::QPushButton;

    QSize sizeHint() const override
    {
        QSize hint = QPushButton::sizeHint();
        const int snug = fontMetrics().horizontalAdvance(text()) + fontMetrics().height()
                         + 2 * style()->pixelMetric(QStyle::PM_ButtonMargin, nullptr, this);
        hint.setWidth(std::min(hint.width(), snug));
        return hint;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

InboxView::InboxView(Database &reader, Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new ConversationListModel(&reader, store, this))
    , m_search(new SearchResultModel(&reader, this))
    , m_searchField(new QLineEdit(this))
    , m_filters(new QButtonGroup(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_results(new QListView(this))
    , m_empty(remotetext::plainLabel(this))
    , m_searchDelay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);

    m_searchField->setPlaceholderText(tr("Search all messages…  /"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search"));
    m_searchField->setToolTip(tr("Search every stored message. \"Quotes\" match a phrase, word* a beginning."));
    layout->addWidget(m_searchField);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_searchField, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &InboxView::runSearch);

    // The chips wrap onto a second row when the pane is narrow, rather than widen it.
    auto *chipRow = new QWidget(this);
    auto *chips = new FlowLayout(chipRow);
    const std::pair<Filter, QString> filters[] = {
        {Filter::Inbox, tr("Inbox")},
        {Filter::Unread, tr("Unread")},
        {Filter::DirectMessages, tr("DMs")},
        {Filter::Mentions, tr("Mentions")},
        {Filter::NeedsReply, tr("Needs reply")},
        //: Filter: message requests, conversations that someone the account does not follow began
        {Filter::Requests, tr("Requests")},
        //: Filter: the conversations assigned to the user
        {Filter::Mine, tr("Mine")},
        //: Filter: the conversations assigned to no one
        {Filter::Unassigned, tr("Unassigned")},
        {Filter::Done, tr("Done")},
    };
    for (const auto &[filter, label] : filters) {
        auto *chip = new FilterChip(label, this);
        chip->setCheckable(true);
        chip->setFlat(true);
        chip->setAccessibleName(tr("Show: %1").arg(label));
        chip->setToolTip(tr("Show only these conversations in the list"));
        m_filters->addButton(chip, int(filter));
        chips->addWidget(chip);
    }
    m_filters->button(int(Filter::Inbox))->setChecked(true);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setFilter(Filter(id)); });
    layout->addWidget(chipRow);

    for (QListView *view : {m_list, m_results}) {
        view->setFrameShape(QFrame::NoFrame);
        view->setUniformItemSizes(true);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_list->setModel(m_model);
    // Several rows can be selected (Shift, Ctrl) for bulk actions in the context menu.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QList<qint64> ids = selectedConversations();
        if (ids.isEmpty())
            return;
        QMenu menu(this);
        const int n = int(ids.size());
        const bool many = n > 1;
        menu.addAction(many ? tr("Mark %n conversation(s) done", nullptr, n) : tr("Mark done"), this,
                       [this, ids] { Q_EMIT bulkDoneRequested(ids); });
        menu.addAction(many ? tr("Mark %n conversation(s) read", nullptr, n) : tr("Mark read"), this,
                       [this, ids] { Q_EMIT bulkReadRequested(ids); });
        menu.addAction(many ? tr("Tag %n conversation(s)…", nullptr, n) : tr("Tag…"), this,
                       [this, ids] { Q_EMIT bulkTagRequested(ids); });
        menu.addAction(many ? tr("Assign %n conversation(s)…", nullptr, n) : tr("Assign…"), this,
                       [this, ids] { Q_EMIT bulkAssignRequested(ids); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    m_list->setItemDelegate(new ConversationDelegate(m_list));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setAccessibleDescription(tr("Newest first; j and k move, Enter opens, e marks done"));
    m_results->setModel(m_search);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentConversationChanged(
                    current.isValid() ? current.data(ConversationListModel::IdRole).toLongLong() : 0);
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationActivated(index.data(ConversationListModel::IdRole).toLongLong());
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT currentConversationChanged(current.data(SearchResultModel::ConversationIdRole).toLongLong());
            });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT conversationActivated(index.data(SearchResultModel::ConversationIdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InboxView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InboxView::updateEmptyState);
    applyFilter();
}

InboxView::~InboxView() = default;

void InboxView::setAccount(const QUuid &accountId)
{
    m_account = accountId;
    applyFilter();
    if (!m_searchField->text().isEmpty())
        runSearch();
}

void InboxView::setFilter(Filter filter)
{
    m_filter = filter;
    if (QAbstractButton *button = m_filters->button(int(filter)))
        button->setChecked(true);
    applyFilter();
}

void InboxView::applyFilter()
{
    ConversationFilter f;
    f.accountId = m_account;
    f.states = {m_filter == Filter::Done ? Conversation::State::Done : Conversation::State::Open};
    switch (m_filter) {
    case Filter::Unread:
        f.unreadOnly = true;
        break;
    case Filter::DirectMessages:
        f.kinds = {Conversation::Kind::Direct, Conversation::Kind::Group};
        break;
    case Filter::Mentions:
        f.kinds = {Conversation::Kind::PublicThread};
        break;
    case Filter::NeedsReply:
        f.needsReplyOnly = true;
        break;
    case Filter::Requests:
        f.requestsOnly = true;
        break;
    case Filter::Mine:
        f.assignee = settings::you();
        break;
    case Filter::Unassigned:
        f.assignee = QString();
        break;
    case Filter::Inbox:
    case Filter::Done:
        break;
    }
    m_model->setFilter(f);
    if (m_model->rowCount() > 0 && m_searchField->text().isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
}

void InboxView::runSearch()
{
    const QString text = m_searchField->text();
    if (text.trimmed().isEmpty()) {
        m_search->setQuery({}, m_account);
        updateEmptyState();
        return;
    }
    m_search->setQuery(text, m_account);
    if (m_search->rowCount() > 0)
        m_results->setCurrentIndex(m_search->index(0));
    updateEmptyState();
}

void InboxView::updateEmptyState()
{
    const bool searching = !m_searchField->text().trimmed().isEmpty();
    if (searching) {
        if (m_search->rowCount() > 0) {
            m_stack->setCurrentWidget(m_results);
        } else {
            m_empty->setText(tr("Nothing found for “%1”.").arg(m_searchField->text().left(80)));
            m_stack->setCurrentWidget(m_empty);
        }
        return;
    }
    if (m_model->rowCount() > 0) {
        m_stack->setCurrentWidget(m_list);
        if (std::exchange(m_focusListWhenShown, false) && !m_searchField->hasFocus())
            m_list->setFocus();
        return;
    }
    switch (m_filter) {
    case Filter::Inbox:
        m_empty->setText(tr("All caught up. New messages and mentions appear here."));
        break;
    case Filter::Mine:
        m_empty->setText(tr("No open conversation is assigned to %1. Take one with T.").arg(settings::you()));
        break;
    case Filter::Unassigned:
        m_empty->setText(tr("Every open conversation has someone on it."));
        break;
    case Filter::Requests:
        m_empty->setText(tr("No message requests. When someone you do not follow writes first on Bluesky, "
                            "the conversation waits here until you answer or accept it."));
        break;
    default:
        m_empty->setText(tr("Nothing here."));
        break;
    }
    m_stack->setCurrentWidget(m_empty);
}

void InboxView::applyChanges(const ChangeSet &changes)
{
    const qint64 current = currentConversation();
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->applyChanges(changes);
    if (current > 0 && currentConversation() != current)
        selectConversation(current);
    updateEmptyState();
    // The first conversations of a first sync: show the newest, so the window is not empty.
    if (wasEmpty && current == 0 && m_model->rowCount() > 0 && m_searchField->text().isEmpty())
        m_list->setCurrentIndex(m_model->index(0));
}

void InboxView::moveSelection(int delta)
{
    QListView *view = m_stack->currentWidget() == m_results ? m_results : m_list;
    const int rows = view->model()->rowCount();
    if (rows == 0)
        return;
    int row = view->currentIndex().isValid() ? view->currentIndex().row() + delta : 0;
    if (row >= rows && view->model()->canFetchMore({})) {
        view->model()->fetchMore({});
    }
    row = std::clamp(row, 0, view->model()->rowCount() - 1);
    view->setCurrentIndex(view->model()->index(row, 0));
    view->scrollTo(view->currentIndex());
}

qint64 InboxView::currentConversation() const
{
    if (m_stack->currentWidget() == m_results) {
        const QModelIndex i = m_results->currentIndex();
        return i.isValid() ? i.data(SearchResultModel::ConversationIdRole).toLongLong() : 0;
    }
    const QModelIndex i = m_list->currentIndex();
    return i.isValid() ? i.data(ConversationListModel::IdRole).toLongLong() : 0;
}

QList<qint64> InboxView::selectedConversations() const
{
    QList<qint64> ids;
    if (m_stack->currentWidget() != m_list)
        return currentConversation() > 0 ? QList<qint64>{currentConversation()} : ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(ConversationListModel::IdRole).toLongLong();
    if (ids.isEmpty() && currentConversation() > 0)
        ids << currentConversation();
    return ids;
}

void InboxView::selectConversation(qint64 conversationId)
{
    const int row = m_model->rowOf(conversationId);
    if (row >= 0) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
    }
}

void InboxView::focusSearch()
{
    m_focusListWhenShown = false;
    m_searchField->setFocus();
    m_searchField->selectAll();
}

void InboxView::focusList()
{
    (m_stack->currentWidget() == m_results ? m_results : m_list)->setFocus();
    // A hidden list cannot take the focus (Qt gives it to the first widget that can, the account
    // list): it takes it when the first conversations arrive.
    m_focusListWhenShown = m_stack->currentWidget() == m_empty;
}

} // namespace starling
