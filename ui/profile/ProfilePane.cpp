// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilePane.h"

#include "RemoteText.h"
#include "Theme.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

ProfilePane::ProfilePane(Store &store, Database &reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(reader)
    , m_avatar(new QLabel(this))
    , m_name(remotetext::plainLabel(this))
    , m_handle(remotetext::plainLabel(this))
    , m_bio(remotetext::plainLabel(this))
    , m_followers(remotetext::plainLabel(this))
    , m_conversations(new QListWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveDelay(new QTimer(this))
{
    setObjectName(u"profile"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_avatar->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_avatar);
    QFont big = m_name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_name->setFont(big);
    m_name->setAlignment(Qt::AlignCenter);
    m_name->setWordWrap(true);
    m_handle->setAlignment(Qt::AlignCenter);
    m_handle->setEnabled(false);
    m_bio->setWordWrap(true);
    m_bio->setAlignment(Qt::AlignCenter);
    m_followers->setAlignment(Qt::AlignCenter);
    m_followers->setEnabled(false);
    for (QLabel *label : {m_name, m_handle, m_bio, m_followers}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    auto *withYou = new QLabel(tr("Conversations with you"), this);
    QFont bold = withYou->font();
    bold.setBold(true);
    withYou->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(withYou);
    m_conversations->setFrameShape(QFrame::NoFrame);
    m_conversations->setAccessibleName(tr("Conversations with this person"));
    m_conversations->setAccessibleDescription(tr("Every conversation with this person; choose one to open it"));
    m_conversations->setMaximumHeight(140);
    m_conversations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversations->setTextElideMode(Qt::ElideRight);
    m_conversations->setWordWrap(false);
    connect(m_conversations, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(m_conversations);
    auto *noteLabel = new QLabel(tr("Private note"), this);
    noteLabel->setFont(bold);
    noteLabel->setToolTip(tr("Only on this computer; never sent anywhere"));
    layout->addWidget(noteLabel);
    m_note->setPlaceholderText(tr("Anything worth remembering about this person…"));
    m_note->setAccessibleName(tr("Private note"));
    m_note->setAccessibleDescription(tr("Only you and your team see this note"));
    m_note->setTabChangesFocus(true);
    layout->addWidget(m_note, 1);
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(600);
    connect(m_note, &QPlainTextEdit::textChanged, m_saveDelay, qOverload<>(&QTimer::start));
    connect(m_saveDelay, &QTimer::timeout, this, &ProfilePane::saveNote);
    showPerson(std::nullopt);
}

ProfilePane::~ProfilePane()
{
    if (m_saveDelay->isActive())
        saveNote();
}

void ProfilePane::showPerson(const std::optional<ConversationSummary> &conversation)
{
    if (m_saveDelay->isActive())
        saveNote(); // the note of the previous person first
    const QSignalBlocker blocker(m_note);
    m_conversations->clear();
    if (!conversation || conversation->counterpart.id == 0) {
        m_identityId = 0;
        m_avatar->clear();
        m_name->setText(tr("No one selected"));
        for (QLabel *label : {m_handle, m_bio, m_followers})
            label->clear();
        m_note->clear();
        m_note->setEnabled(false);
        return;
    }
    const Identity &person = conversation->counterpart;
    m_identityId = person.id;
    const QString name = person.displayName.isEmpty() ? person.handle : person.displayName;
    m_avatar->setPixmap(theme::initialsAvatar(name, 72, devicePixelRatioF()));
    m_name->setText(name);
    m_handle->setText(tr("@%1 on %2").arg(person.handle, networkDisplayName(conversation->network)));
    m_bio->setText(person.bio);
    m_followers->setText(person.followersCount >= 0 ? tr("%Ln follower(s)", nullptr, person.followersCount)
                                                    : QString());
    auto others = ConversationRepository(m_reader).withPerson(conversation->network, person.remoteId);
    if (others) {
        for (const ConversationSummary &c : others.value()) {
            const QString kind = c.conversation.kind == Conversation::Kind::PublicThread ? tr("Mention") : tr("DM");
            auto *item = new QListWidgetItem(theme::networkIcon(c.network),
                                             tr("%1 · %2").arg(kind, theme::relativeTime(c.conversation.lastActivity))
                                                 + u"\n"_s + c.conversation.preview.left(60),
                                             m_conversations);
            item->setData(Qt::UserRole, c.conversation.id);
            item->setToolTip(remotetext::toolTip(c.conversation.preview));
        }
    }
    auto note = ContactRepository(m_reader).note(person.id);
    m_note->setPlainText(note ? note.value() : QString());
    m_note->setEnabled(true);
}

void ProfilePane::saveNote()
{
    m_saveDelay->stop();
    if (m_identityId == 0)
        return;
    const qint64 identity = m_identityId;
    const QString note = m_note->toPlainText();
    m_store.write(
        "keep a note", [identity, note](Database &db) { return ContactRepository(db).setNote(identity, note); }, this);
}

} // namespace starling
