// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadView.h"

#include "InboxActions.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "RemoteText.h"
#include "Settings.h"
#include "Theme.h"
#include "automation/SavedReplies.h"
#include "compose/SavedReplyPicker.h"
#include "store/ChangeSet.h"
#include "store/MessageRepository.h"
#include "store/SavedReplyRepository.h"
#include "store/WorkflowRepository.h"
#include "windows/Prompt.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

ThreadView::ThreadView(Database &reader, InboxActions &actions, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_actions(actions)
    , m_stack(new QStackedWidget(this))
    , m_title(remotetext::plainLabel(this))
    , m_subtitle(remotetext::plainLabel(this))
    , m_done(new QPushButton(this))
    , m_tags(new QPushButton(tr("🏷 Tags"), this))
    , m_assign(new QPushButton(this))
    , m_take(new QPushButton(tr("✋ Take it"), this))
    , m_tagLabels(new QLabel(this))
    , m_presence(remotetext::plainLabel(this))
    , m_requestBar(new QWidget(this))
    , m_requestText(remotetext::plainLabel(this))
    , m_accept(new QPushButton(this))
    , m_picker(new SavedReplyPicker(this))
    , m_list(new QListView(this))
    , m_model(new MessageListModel(&reader, this))
    , m_compose(new ComposeWidget(this))
    , m_error(remotetext::plainLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a conversation to read it here."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(page);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(12, 8, 12, 8);
    auto *titles = new QVBoxLayout;
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setEnabled(false);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_tagLabels->setTextFormat(Qt::RichText); // coloured chips; the names are escaped in updateHeader()
    titles->addWidget(m_tagLabels);
    // Another agent of the team in this conversation (a team workspace only).
    m_presence->setObjectName(u"presence"_s);
    m_presence->hide();
    theme::colourText(m_presence, theme::warningColor);
    titles->addWidget(m_presence);
    headerLayout->addLayout(titles, 1);
    // Tags: a menu of the known tags, checked where they apply, and a new one.
    m_tags->setToolTip(tr("Tag this conversation"));
    auto *tagMenu = new QMenu(m_tags);
    m_tags->setMenu(tagMenu);
    connect(tagMenu, &QMenu::aboutToShow, this, [this, tagMenu] {
        tagMenu->clear();
        if (!m_conversation)
            return;
        const qint64 id = m_conversation->conversation.id;
        auto tags = WorkflowRepository(m_reader).tags();
        for (const Tag &tag : tags ? tags.value() : QList<Tag>()) {
            QAction *action = tagMenu->addAction(tag.name);
            action->setCheckable(true);
            action->setChecked(m_conversation->conversation.tags.contains(tag.name));
            connect(action, &QAction::toggled, this, [this, id, name = tag.name](bool on) {
                if (on)
                    m_actions.addTag({id}, name);
                else
                    m_actions.removeTag({id}, name);
            });
        }
        tagMenu->addSeparator();
        tagMenu->addAction(tr("New tag…"), this, [this, id] {
            const QString tag = Prompt::askText(this, tr("New tag"), tr("Tag:"));
            if (!tag.isEmpty())
                m_actions.addTag({id}, tag);
        });
    });
    headerLayout->addWidget(m_tags);
    m_assign->setToolTip(tr("Give this conversation to someone on the team"));
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (!m_conversation)
            return;
        const QString who = Prompt::askText(this, tr("Assign"), tr("Who answers this conversation? (empty: no one)"),
                                            {}, m_conversation->conversation.assignee);
        m_actions.assign({m_conversation->conversation.id}, who);
    });
    headerLayout->addWidget(m_assign);
    m_take->setToolTip(tr("Make this conversation yours, unless someone on the team took it first (T)"));
    connect(m_take, &QPushButton::clicked, this, &ThreadView::take);
    headerLayout->addWidget(m_take);
    m_done->setToolTip(tr("Mark done, or open again (E)"));
    connect(m_done, &QPushButton::clicked, this, &ThreadView::toggleDoneRequested);
    headerLayout->addWidget(m_done);
    layout->addWidget(header);

    // A message request: say so above the messages, with the way to accept it without answering.
    m_requestBar->setObjectName(u"requestBar"_s);
    auto *requestLayout = new QHBoxLayout(m_requestBar);
    requestLayout->setContentsMargins(12, 4, 12, 8);
    m_requestText->setWordWrap(true);
    theme::colourText(m_requestText, theme::warningColor);
    requestLayout->addWidget(m_requestText, 1);
    m_accept->setToolTip(tr("Move this conversation to your accepted chats without answering yet"));
    connect(m_accept, &QPushButton::clicked, this, [this] {
        if (!m_conversation)
            return;
        m_error->hide();
        m_accept->setEnabled(false);
        m_accept->setText(tr("Accepting…"));
        m_actions.acceptRequest(m_conversation->conversation.id);
    });
    requestLayout->addWidget(m_accept);
    m_requestBar->hide();
    layout->addWidget(m_requestBar);

    m_list->setModel(m_model);
    auto *delegate = new MessageDelegate(m_list);
    m_list->setItemDelegate(delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Messages"));
    m_list->setAccessibleDescription(tr("The conversation, oldest first"));
    m_list->setMouseTracking(true);
    layout->addWidget(m_list, 1);
    connect(delegate, &MessageDelegate::linkActivated, this,
            [](const QString &url) { QDesktopServices::openUrl(QUrl(url)); });
    connect(delegate, &MessageDelegate::retryRequested, this, [this](const QModelIndex &index) {
        m_actions.retryMessage(index.data(MessageListModel::IdRole).toLongLong());
    });
    // Older messages come in when the view reaches the top.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_model->hasOlder()) {
            const int before = m_list->verticalScrollBar()->maximum();
            if (m_model->loadOlder())
                m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum() - before);
        }
    });
    // New messages at the bottom keep the view at the bottom.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first >= m_model->rowCount() - 1)
            m_list->scrollToBottom();
    });

    m_error->setObjectName(u"threadError"_s);
    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor, u"padding: 4px 12px;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_compose);
    m_stack->addWidget(page);

    connect(m_compose, &ComposeWidget::sendRequested, this, &ThreadView::send);
    connect(m_compose, &ComposeWidget::savedReplyRequested, this, &ThreadView::pickSavedReply);
    connect(m_picker, &SavedReplyPicker::picked, this, &ThreadView::insertSavedReply);
    connect(m_compose, &ComposeWidget::switchToDmRequested, this, [this](const QString &text) {
        if (!m_conversation)
            return;
        const qint64 id = m_conversation->conversation.id;
        startSending(id);
        m_actions.switchToDm(*m_conversation, text, replyTarget(), this,
                             [this, id](const Result<void> &queued) { sent(id, queued); });
    });
    connect(m_compose, &ComposeWidget::draftChanged, this, [this](const QString &text) {
        if (m_conversation)
            m_drafts.insert(m_conversation->conversation.id, text);
        reportPresence();
    });
    connect(&m_actions, &InboxActions::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        readyToAccept(); // an accept that failed can be tried again
    });
    m_compose->editor()->installEventFilter(this);
}

ThreadView::~ThreadView() = default;

void ThreadView::setPresence(Presence *presence)
{
    m_presenceSource = presence;
    connect(presence, &Presence::othersChanged, this,
            [this](qint64 conversationId, const QList<Presence::Other> &others) {
                if (m_conversation && m_conversation->conversation.id == conversationId)
                    showOthers(others);
            });
    reportPresence();
}

void ThreadView::reportPresence()
{
    if (!m_presenceSource)
        return;
    const qint64 shown = m_conversation ? m_conversation->conversation.id : 0;
    const bool writing = m_conversation && !m_compose->text().trimmed().isEmpty();
    m_presenceSource->show(shown, writing ? Presence::Activity::Replying : Presence::Activity::Viewing);
    if (m_presenceSource->shown() == shown)
        showOthers(m_presenceSource->others());
}

void ThreadView::showOthers(const QList<Presence::Other> &others)
{
    QStringList parts;
    for (const Presence::Other &other : others) {
        //: Another agent of the team (%1) writes an answer in this conversation now
        parts << (other.activity == Presence::Activity::Replying ? tr("%1 is replying").arg(other.agent)
                                                                 //: Another agent of the team (%1) has it open
                                                                 : tr("%1 is viewing").arg(other.agent));
    }
    m_presence->setText(parts.join(u" · "_s));
    m_presence->setAccessibleName(m_presence->text());
    m_presence->setVisible(!parts.isEmpty());
}

void ThreadView::showConversation(const std::optional<ConversationSummary> &conversation)
{
    if (m_conversation)
        m_draftFiles.insert(m_conversation->conversation.id, m_compose->attachments());
    m_conversation = conversation;
    m_error->hide();
    m_presence->hide();
    if (!conversation) {
        m_model->setConversation(0);
        m_stack->setCurrentIndex(0);
        reportPresence();
        return;
    }
    m_stack->setCurrentIndex(1);
    m_seenUpTo = newestMessage();
    m_model->setConversation(conversation->conversation.id);
    m_list->scrollToBottom();
    const Conversation &c = conversation->conversation;
    const QString person = conversation->counterpart.displayName.isEmpty() ? conversation->counterpart.handle
                                                                           : conversation->counterpart.displayName;
    m_compose->setTarget(conversation->network, c.kind == Conversation::Kind::PublicThread, true, person);
    m_compose->setText(m_drafts.value(c.id));
    m_compose->setAttachments(m_draftFiles.value(c.id));
    m_compose->setSending(m_sending.contains(c.id));
    readyToAccept();
    if (const QString problem = m_problems.take(c.id); !problem.isEmpty())
        m_compose->showProblem(problem);
    updateHeader();
    reportPresence();
}

void ThreadView::readyToAccept()
{
    m_accept->setEnabled(true);
    m_accept->setText(tr("Accept request"));
}

void ThreadView::updateHeader()
{
    if (!m_conversation)
        return;
    const ConversationSummary &s = *m_conversation;
    const Conversation &c = s.conversation;
    const QString name = !c.title.isEmpty()                     ? c.title
                         : !s.counterpart.displayName.isEmpty() ? s.counterpart.displayName
                                                                : u"@"_s + s.counterpart.handle;
    m_title->setText(name);
    QString kind = c.kind == Conversation::Kind::PublicThread ? tr("Mention")
                   : c.kind == Conversation::Kind::Group      ? tr("Group DM")
                                                              : tr("DM");
    QStringList parts;
    if (!s.counterpart.handle.isEmpty())
        parts << u"@"_s + s.counterpart.handle;
    parts << networkDisplayName(s.network) << kind;
    m_subtitle->setText(parts.join(u" · "_s));
    const bool done = c.state == Conversation::State::Done;
    m_done->setText(done ? tr("Open again") : tr("✓ Done"));
    m_assign->setText(c.assignee.isEmpty() ? tr("👤 Assign") : tr("👤 %1").arg(c.assignee));
    m_take->setVisible(c.assignee.isEmpty());
    QHash<QString, QString> colours;
    if (auto known = WorkflowRepository(m_reader).tags()) {
        for (const Tag &tag : known.value())
            colours.insert(tag.name, tag.color);
    }
    // Both go into markup: the name escaped, the stored colour read as a colour (a team's shared
    // store is written by others, too).
    QStringList chips;
    for (const QString &tag : c.tags)
        chips << u"<span style=\"background:%1; color:white;\">&nbsp;%2&nbsp;</span>"_s.arg(
            QColor::fromString(colours.value(tag, theme::tagColor(tag))).name(), tag.toHtmlEscaped());
    m_tagLabels->setText(chips.join(u" "_s));
    m_tagLabels->setVisible(!chips.isEmpty());
    m_requestBar->setVisible(c.request);
    if (c.request) {
        m_requestText->setText(
            tr("%1 wrote to you first: this is a message request. Answering accepts it, or accept it now and "
               "answer later.")
                .arg(name));
    }
}

void ThreadView::take()
{
    if (m_conversation && m_conversation->conversation.assignee.isEmpty())
        m_actions.claim(m_conversation->conversation.id, settings::you());
}

void ThreadView::pickSavedReply()
{
    if (!m_conversation)
        return;
    auto replies = SavedReplyRepository(m_reader).all();
    m_picker->open(replies ? replies.value() : QList<SavedReply>(), {}, m_compose);
}

void ThreadView::insertSavedReply(const SavedReply &reply)
{
    if (!m_conversation)
        return;
    const Identity &person = m_conversation->counterpart;
    const QString myName = m_accountNames ? m_accountNames(m_conversation->conversation.accountId) : QString();
    const bool dm = m_compose->mode() == ComposeWidget::Mode::DirectMessage;
    const TextRules rules =
        TextRules::forNetwork(m_conversation->network, dm ? TextRules::Mode::DirectMessage : TextRules::Mode::Post);
    // What is already written counts too: the filled reply must fit next to it.
    const QString before = m_compose->text();
    auto filled = savedreplies::fillChecked(before + reply.body, {person.displayName, person.handle, myName}, rules);
    if (!filled) {
        m_compose->showProblem(filled.error().message());
        return;
    }
    m_compose->insertText(savedreplies::fill(reply.body, {person.displayName, person.handle, myName}));
}

void ThreadView::applyChanges(const ChangeSet &changes)
{
    if (!m_conversation || !changes.touches(m_conversation->conversation.id))
        return;
    // The row itself (state, name) and the messages.
    if (auto fresh = ConversationRepository(m_reader).byId(m_conversation->conversation.id); fresh && fresh.value()) {
        m_conversation = *fresh.value();
        updateHeader();
    }
    m_model->applyChanges(changes);
}

QString ThreadView::replyTarget() const
{
    // A public reply answers the newest post from someone else in the thread.
    const Message *last = m_model->lastInbound();
    return last ? last->remoteId : QString();
}

void ThreadView::send(ComposeWidget::Mode mode, const QString &text, const QStringList &files)
{
    if (!m_conversation)
        return;
    m_error->hide();
    const qint64 id = m_conversation->conversation.id;
    startSending(id);
    // The outbox refuses it if someone else (another agent, the account's phone) answered since
    // the user opened the conversation: see sent().
    m_actions.reply(*m_conversation, mode, text, files, replyTarget(), m_seenUpTo, this,
                    [this, id](const Result<void> &queued) { sent(id, queued); });
}

void ThreadView::startSending(qint64 conversationId)
{
    m_sending.insert(conversationId);
    m_compose->setSending(true);
}

void ThreadView::sent(qint64 conversationId, const Result<void> &queued)
{
    m_sending.remove(conversationId);
    const bool shown = m_conversation && m_conversation->conversation.id == conversationId;
    if (shown)
        m_compose->setSending(false);
    if (!queued && queued.error().code() == Error::Code::Conflict && shown) {
        // Someone else answered since the user opened this: they are told once and their text
        // stays; sending again sends it.
        m_seenUpTo = std::max(m_seenUpTo, newestMessage());
        m_error->setText(queued.error().message());
        m_error->show();
        return;
    }
    if (!queued) {
        // Nothing was stored (a full disk, a busy database): the text and the attachments are
        // still in the box, or in the draft of a conversation the user has left since.
        const QString problem = tr("Not sent, your message is kept: %1").arg(queued.error().message());
        if (shown)
            m_compose->showProblem(problem);
        else
            m_problems.insert(conversationId, problem);
        return;
    }
    m_drafts.remove(conversationId);
    m_draftFiles.remove(conversationId);
    if (shown) {
        m_compose->clear();
        m_seenUpTo = std::max(m_seenUpTo, newestMessage()); // their own answer is not someone else's
    }
}

qint64 ThreadView::newestMessage() const
{
    if (!m_conversation)
        return 0;
    auto newest = MessageRepository(m_reader).newestId(m_conversation->conversation.id);
    return newest ? newest.value() : 0;
}

void ThreadView::startReply(ComposeWidget::Mode mode)
{
    m_compose->setMode(mode);
    m_compose->editor()->setFocus();
}

bool ThreadView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_compose->editor() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        Q_EMIT backToList();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace starling
