// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilePane.h"

#include "LinkContactDialog.h"
#include "RemoteText.h"
#include "Theme.h"
#include "contacts/TimelineText.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

enum ItemRole
{
    IdRole = Qt::UserRole, ///< identities: the identity; timeline: the entry's id
    NetworkRole, ///< identities: int(Network)
    KindRole, ///< timeline: int(TimelineEntry::Kind)
    ConversationRole, ///< timeline: the conversation, 0 for none
};

/** The built-in fields of the details form, in order: key and label. */
struct BuiltInField
{
    const char *key;
    const char *label;
};
constexpr BuiltInField builtInFields[] = {
    {"name", QT_TRANSLATE_NOOP("starling::ProfilePane", "Name")},
    {"company", QT_TRANSLATE_NOOP("starling::ProfilePane", "Company")},
    {"email", QT_TRANSLATE_NOOP("starling::ProfilePane", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("starling::ProfilePane", "Phone")},
    {"website", QT_TRANSLATE_NOOP("starling::ProfilePane", "Website")},
    {"location", QT_TRANSLATE_NOOP("starling::ProfilePane", "Location")},
    // Who in the team looks after the person: a name anyone may write; a team workspace offers
    // its members.
    {"owner", QT_TRANSLATE_NOOP("starling::ProfilePane", "Owner")},
};

QString *builtInField(Contact &c, const QString &key)
{
    if (key == u"name")
        return &c.displayName;
    if (key == u"company")
        return &c.company;
    if (key == u"email")
        return &c.email;
    if (key == u"phone")
        return &c.phone;
    if (key == u"website")
        return &c.website;
    if (key == u"location")
        return &c.location;
    if (key == u"owner")
        return &c.owner;
    return nullptr;
}

QString fieldValue(Contact c, const QString &key, bool custom)
{
    if (custom)
        return c.customFields.value(key);
    const QString *field = builtInField(c, key);
    return field ? *field : QString();
}

/** Sets a field; an empty value clears it (and removes a custom field). */
void setFieldValue(Contact &c, const QString &key, bool custom, const QString &value)
{
    if (custom) {
        if (value.isEmpty())
            c.customFields.remove(key);
        else
            c.customFields.insert(key, value);
    } else if (QString *field = builtInField(c, key)) {
        *field = value;
    }
}

/** The handle as people write it: a local Mastodon handle gets our server's host. */
QString fullHandle(const ContactIdentity &i)
{
    if (i.network == Network::Mastodon && !i.identity.handle.contains(u'@')) {
        const QString host = QUrl(i.serverUrl).host();
        if (!host.isEmpty())
            return i.identity.handle + u'@' + host;
    }
    return i.identity.handle;
}

/** One line of a message or note for a list row: no line breaks, and not too long. */
QString oneLine(const QString &text, int length = 160)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

/** A button's text shows "&" as it is (it would mark a shortcut otherwise). */
QString buttonText(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

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
    // A side pane holds more than its height: it scrolls as a whole.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"profileScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
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

    m_error = remotetext::plainLabel(content); // store errors can quote what a server sent
    m_error->setObjectName(u"profileError"_s);
    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);

    // Everything below is about the person shown: hidden while no one is.
    m_personDetails = new QWidget(content);
    auto *details = new QVBoxLayout(m_personDetails);
    details->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_personDetails, 1);
    layout->addStretch(); // takes the room while the details are hidden

    m_contactSection = buildContactSection(content);
    details->addWidget(m_contactSection);

    auto *withYou = heading(tr("Conversations with you"), content);
    details->addSpacing(8);
    details->addWidget(withYou);
    m_conversations->setFrameShape(QFrame::NoFrame);
    m_conversations->setAccessibleName(tr("Conversations with this person"));
    m_conversations->setAccessibleDescription(tr("Every conversation with this person; choose one to open it"));
    m_conversations->setMaximumHeight(140);
    m_conversations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_conversations->setTextElideMode(Qt::ElideRight);
    m_conversations->setWordWrap(false);
    connect(m_conversations, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT conversationActivated(item->data(Qt::UserRole).toLongLong()); });
    details->addWidget(m_conversations);

    auto *noteLabel = heading(tr("Private note"), content);
    noteLabel->setToolTip(tr("Only on this computer; never sent anywhere"));
    details->addWidget(noteLabel);
    m_note->setPlaceholderText(tr("Anything worth remembering about this person…"));
    m_note->setAccessibleName(tr("Private note"));
    m_note->setAccessibleDescription(tr("Only you and your team see this note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);
    m_note->setMaximumHeight(140);
    details->addWidget(m_note);
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(600);
    connect(m_note, &QPlainTextEdit::textChanged, m_saveDelay, qOverload<>(&QTimer::start));
    connect(m_saveDelay, &QTimer::timeout, this, &ProfilePane::saveNote);

    // The timeline: a note to add, then everything that happened with the person, newest first.
    details->addSpacing(8);
    details->addWidget(heading(tr("Timeline"), content));
    m_newNote = new QPlainTextEdit(content);
    m_newNote->setObjectName(u"contactNewNote"_s);
    m_newNote->setPlaceholderText(tr("A note for the timeline…"));
    m_newNote->setAccessibleName(tr("New note"));
    m_newNote->setAccessibleDescription(tr("A note with today's date, added to this person's timeline"));
    m_newNote->setTabChangesFocus(true);
    m_newNote->setMaximumHeight(64);
    details->addWidget(m_newNote);
    m_addNote = new QPushButton(tr("Add note"), content);
    m_addNote->setObjectName(u"contactAddNote"_s);
    m_addNote->setToolTip(tr("Add the note to this person's timeline"));
    m_addNote->setAccessibleDescription(tr("Adds the note to this person's timeline, with the time"));
    m_addNote->setEnabled(false);
    connect(m_newNote, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(m_contactId != 0 && !m_newNote->toPlainText().trimmed().isEmpty()); });
    connect(m_addNote, &QPushButton::clicked, this, &ProfilePane::addNote);
    details->addWidget(m_addNote, 0, Qt::AlignRight);

    m_timeline = new QTreeWidget(content);
    m_timeline->setObjectName(u"contactTimeline"_s);
    m_timeline->setHeaderHidden(true);
    m_timeline->setColumnCount(1);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setWordWrap(false);
    m_timeline->setTextElideMode(Qt::ElideRight);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->setMinimumHeight(220);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setAccessibleDescription(
        tr("Messages, notes, stage changes, ratings and rules with this person, newest first; choose a message to "
           "open its conversation"));
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 conversation = item->data(0, ConversationRole).toLongLong(); conversation > 0)
            Q_EMIT conversationActivated(conversation);
    });
    details->addWidget(m_timeline, 1);
    m_more = new QPushButton(tr("Show more"), content);
    m_more->setObjectName(u"contactTimelineMore"_s);
    m_more->setToolTip(tr("Show older entries of the timeline"));
    m_more->setAccessibleDescription(tr("Shows the next %n older entries of the timeline", nullptr, timelinePageSize));
    m_more->hide();
    connect(m_more, &QPushButton::clicked, this, &ProfilePane::showMoreTimeline);
    details->addWidget(m_more);
    scroll->setWidget(content);

    // Tab goes through the pane from top to bottom.
    QList<QWidget *> order{m_link, m_unlink, m_identities};
    for (const FieldEditor &field : std::as_const(m_fields))
        order << field.edit;
    order << m_newFieldName << m_newFieldValue << m_addField << m_stage << m_tagEdit << m_removeTag << m_conversations
          << m_note << m_newNote << m_addNote << m_timeline << m_more;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(&m_store, &Store::changed, this, &ProfilePane::onStoreChanged);
    showPerson(std::nullopt);
}

QWidget *ProfilePane::buildContactSection(QWidget *parent)
{
    auto *section = new QWidget(parent);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 8, 0, 0);

    // Identities: every handle of the person, on every network.
    auto *identitiesRow = new QHBoxLayout;
    identitiesRow->addWidget(heading(tr("On the networks"), section), 1);
    m_unlink = new QToolButton(section);
    m_unlink->setObjectName(u"contactUnlink"_s);
    m_unlink->setText(tr("Unlink"));
    m_unlink->setToolTip(tr("Split the chosen identity off into a person of its own"));
    m_unlink->setAccessibleDescription(tr("Splits the chosen identity off this person into a person of its own"));
    m_unlink->setEnabled(false);
    identitiesRow->addWidget(m_unlink);
    layout->addLayout(identitiesRow);
    m_identities = new QTreeWidget(section);
    m_identities->setObjectName(u"contactIdentities"_s);
    m_identities->setHeaderHidden(true);
    m_identities->setColumnCount(1);
    m_identities->setRootIsDecorated(false);
    m_identities->setTextElideMode(Qt::ElideRight);
    m_identities->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_identities->setContextMenuPolicy(Qt::CustomContextMenu);
    m_identities->setMaximumHeight(96);
    m_identities->setAccessibleName(tr("Identities"));
    m_identities->setAccessibleDescription(tr("This person's handles on every network"));
    connect(m_identities, &QTreeWidget::currentItemChanged, this,
            [this] { m_unlink->setEnabled(m_identities->currentItem() && m_identities->topLevelItemCount() > 1); });
    connect(m_identities, &QWidget::customContextMenuRequested, this, &ProfilePane::showIdentityMenu);
    connect(m_unlink, &QToolButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_identities->currentItem())
            unlinkIdentity(item->data(0, IdRole).toLongLong());
    });
    layout->addWidget(m_identities);
    m_link = new QPushButton(tr("Link to another person…"), section);
    m_link->setObjectName(u"contactLink"_s);
    m_link->setToolTip(tr("Find another person who is the same one, and bring their identities here"));
    m_link->setAccessibleDescription(tr("Opens a search for another person to link with this one"));
    connect(m_link, &QPushButton::clicked, this, &ProfilePane::openLinkDialog);
    layout->addWidget(m_link, 0, Qt::AlignLeft);

    // Details: the fields, editable in place; each is stored when its editing ends.
    layout->addSpacing(8);
    layout->addWidget(heading(tr("Details"), section));
    m_fieldsForm = new QFormLayout;
    m_fieldsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const BuiltInField &field : builtInFields) {
        auto *edit = new QLineEdit(section);
        const QString label = tr(field.label);
        edit->setObjectName(u"contactField_"_s + QLatin1String(field.key));
        edit->setAccessibleName(label);
        edit->setAccessibleDescription(tr("Stored when you press Enter or leave the field; empty clears it"));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { saveField(edit); });
        m_fieldsForm->addRow(label, edit);
        m_fields.append({edit, QString::fromLatin1(field.key), false});
        m_lastFixedField = edit;
    }
    m_stage = new QComboBox(section);
    m_stage->setObjectName(u"contactStage"_s);
    m_stage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setMinimumContentsLength(8);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setAccessibleDescription(
        tr("Where this person is in your pipeline; every change is kept in the timeline"));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &ProfilePane::changeStage);
    m_fieldsForm->addRow(tr("Stage"), m_stage);
    layout->addLayout(m_fieldsForm);
    // The user's own fields, then a row to add one.
    m_customForm = new QFormLayout;
    m_customForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_customForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_customForm);
    auto *newField = new QHBoxLayout;
    m_newFieldName = new QLineEdit(section);
    m_newFieldName->setObjectName(u"contactNewFieldName"_s);
    m_newFieldName->setPlaceholderText(tr("New field"));
    m_newFieldName->setAccessibleName(tr("New field's name"));
    m_newFieldName->setAccessibleDescription(tr("The name of a field of your own, such as “Customer number”"));
    m_newFieldValue = new QLineEdit(section);
    m_newFieldValue->setObjectName(u"contactNewFieldValue"_s);
    m_newFieldValue->setPlaceholderText(tr("Value"));
    m_newFieldValue->setAccessibleName(tr("New field's value"));
    m_newFieldValue->setAccessibleDescription(tr("What the new field holds for this person"));
    m_addField = new QToolButton(section);
    m_addField->setObjectName(u"contactAddField"_s);
    m_addField->setText(tr("Add"));
    m_addField->setToolTip(tr("Add the field to this person"));
    m_addField->setAccessibleDescription(tr("Adds the new field to this person"));
    connect(m_newFieldValue, &QLineEdit::returnPressed, this, &ProfilePane::addCustomField);
    connect(m_addField, &QToolButton::clicked, this, &ProfilePane::addCustomField);
    newField->addWidget(m_newFieldName, 1);
    newField->addWidget(m_newFieldValue, 1);
    newField->addWidget(m_addField);
    layout->addLayout(newField);

    // Tags: shown as text; one is added by name and removed from a menu.
    auto *tagsRow = new QHBoxLayout;
    m_tags = remotetext::plainLabel(section); // tags can come from an imported file
    m_tags->setObjectName(u"contactTags"_s);
    m_tags->setWordWrap(true);
    m_tags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tagsRow->addWidget(m_tags, 1);
    m_removeTag = new QToolButton(section);
    m_removeTag->setObjectName(u"contactRemoveTag"_s);
    m_removeTag->setText(tr("Remove…"));
    m_removeTag->setToolTip(tr("Remove one of the tags"));
    m_removeTag->setAccessibleName(tr("Remove a tag"));
    m_removeTag->setAccessibleDescription(tr("Choose a tag to take off this person"));
    m_removeTag->setPopupMode(QToolButton::InstantPopup);
    m_removeTagMenu = new QMenu(m_removeTag);
    m_removeTag->setMenu(m_removeTagMenu);
    tagsRow->addWidget(m_removeTag, 0, Qt::AlignTop);
    layout->addLayout(tagsRow);
    m_tagEdit = new QLineEdit(section);
    m_tagEdit->setObjectName(u"contactAddTag"_s);
    m_tagEdit->setPlaceholderText(tr("Add a tag…"));
    m_tagEdit->setAccessibleName(tr("New tag"));
    m_tagEdit->setAccessibleDescription(tr("Type a tag and press Enter to add it to this person"));
    connect(m_tagEdit, &QLineEdit::returnPressed, this, &ProfilePane::addTag);
    layout->addWidget(m_tagEdit);
    return section;
}

ProfilePane::~ProfilePane()
{
    if (m_saveDelay->isActive())
        saveNote();
    commitPendingEdits();
    // The children go after this part of the object: what they signal while they go (focus
    // leaving a field, a list emptied) must not reach it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

LinkContactDialog *ProfilePane::linkDialog() const
{
    return m_linkDialog;
}

void ProfilePane::showPerson(const std::optional<ConversationSummary> &conversation)
{
    if (m_saveDelay->isActive())
        saveNote(); // the note of the previous person first
    if (const qint64 identity = conversation ? conversation->counterpart.id : 0; identity != m_identityId)
        m_madeContactFor = 0;
    const QSignalBlocker blocker(m_note);
    m_conversations->clear();
    m_conversationIds.clear();
    m_personDetails->setVisible(conversation && conversation->counterpart.id != 0);
    if (!conversation || conversation->counterpart.id == 0) {
        m_identityId = 0;
        m_avatar->clear();
        m_name->setText(tr("No one selected"));
        for (QLabel *label : {m_handle, m_bio, m_followers})
            label->clear();
        m_note->clear();
        m_note->setEnabled(false);
        refreshContact();
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
            m_conversationIds.append(c.conversation.id);
        }
    }
    auto note = ContactRepository(m_reader).note(person.id);
    m_note->setPlainText(note ? note.value() : QString());
    m_note->setEnabled(true);
    refreshContact();
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

void ProfilePane::onStoreChanged(const ChangeSet &changes)
{
    if (m_identityId == 0)
        return;
    bool theirs = changes.contactsChanged;
    for (qint64 id : std::as_const(m_conversationIds))
        theirs = theirs || changes.touches(id);
    if (theirs)
        refreshContact();
}

void ProfilePane::refreshContact()
{
    if (m_identityId == 0) {
        setContact(0);
        return;
    }
    ContactRepository contacts(m_reader);
    auto id = contacts.contactOf(m_identityId);
    if (!id) {
        showError(id.error().message());
        setContact(0);
        return;
    }
    if (id.value() == 0) {
        setContact(0);
        makeContact();
        return;
    }
    setContact(id.value());
    auto contact = contacts.contact(m_contactId);
    auto identities = contacts.identities(m_contactId);
    auto stages = contacts.pipeline();
    if (!contact || !identities || !stages) {
        showError(!contact      ? contact.error().message()
                  : !identities ? identities.error().message()
                                : stages.error().message());
        return;
    }
    if (!contact.value()) {
        // Gone between the two reads (merged into another one): the next announcement tells.
        return;
    }
    m_contact = *contact.value();
    showIdentities(identities.value());
    showFields(*m_contact);
    showStage(*m_contact, stages.value());
    showTags(m_contact->tags);
    reloadTimeline();
}

void ProfilePane::makeContact()
{
    if (m_madeContactFor == m_identityId)
        return; // asked already; an error says why it was not made
    m_madeContactFor = m_identityId;
    const qint64 identity = m_identityId;
    m_store.write(
        "make a contact", [identity](Database &db) { return ContactRepository(db).makeContactFor(identity); }, this,
        [this, identity](const Result<ChangeSet> &result) {
            if (!result.ok())
                showError(result.error().message());
            else if (identity == m_identityId && m_contactId == 0)
                refreshContact(); // made before, or made now (then the announcement follows too)
        });
}

void ProfilePane::setContact(qint64 contactId)
{
    m_contactSection->setEnabled(contactId != 0);
    m_newNote->setEnabled(contactId != 0);
    m_timeline->setEnabled(contactId != 0);
    if (contactId == m_contactId)
        return;
    // What was typed for the contact shown so far goes to it: fields are stored, drafts kept.
    commitPendingEdits();
    stashDrafts();
    m_contactId = contactId;
    m_contact.reset();
    m_timelineCursor.reset();
    m_timelineShown = 0;
    m_timeline->clear();
    m_more->hide();
    for (const FieldEditor &field : std::as_const(m_fields)) {
        if (field.edit) {
            field.edit->clear();
            field.edit->setModified(false);
        }
    }
    if (contactId == 0) {
        m_identities->clear();
        m_unlink->setEnabled(false);
        m_tags->clear();
        const QSignalBlocker blocker(m_stage);
        m_stage->clear();
    }
    restoreDrafts();
    m_addNote->setEnabled(contactId != 0 && !m_newNote->toPlainText().trimmed().isEmpty());
}

void ProfilePane::showIdentities(const QList<ContactIdentity> &identities)
{
    const qint64 current = m_identities->currentItem() ? m_identities->currentItem()->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_identities);
    m_identities->clear();
    for (const ContactIdentity &i : identities) {
        // Network names and handles are plain text in an item view; only the tool tip reads markup.
        QString text = tr("@%1 on %2").arg(fullHandle(i), networkDisplayName(i.network));
        if (!i.identity.displayName.isEmpty())
            text += u"\n"_s + i.identity.displayName;
        auto *item = new QTreeWidgetItem(m_identities, {text});
        item->setIcon(0, theme::networkIcon(i.network));
        item->setData(0, IdRole, i.identity.id);
        item->setData(0, NetworkRole, int(i.network));
        item->setToolTip(0,
                         remotetext::toolTip(tr("@%1 on %2, talking with your account @%3")
                                                 .arg(fullHandle(i), networkDisplayName(i.network), i.accountHandle)));
        if (i.identity.id == current)
            m_identities->setCurrentItem(item);
    }
    m_unlink->setEnabled(m_identities->currentItem() && identities.size() > 1);
}

void ProfilePane::showFields(const Contact &contact)
{
    // A field the user is editing keeps what they typed; the rest show what is stored.
    for (const FieldEditor &field : std::as_const(m_fields)) {
        if (!field.edit || field.custom || field.edit->isModified())
            continue;
        field.edit->setText(fieldValue(contact, field.key, false));
        field.edit->setCursorPosition(0);
    }
    showCustomFields(contact);
}

void ProfilePane::showCustomFields(const Contact &contact)
{
    QStringList shown;
    QHash<QString, QString> typed;
    for (const FieldEditor &field : std::as_const(m_fields)) {
        if (!field.custom || !field.edit)
            continue;
        shown << field.key;
        if (field.edit->isModified())
            typed.insert(field.key, field.edit->text());
    }
    const QStringList names = contact.customFields.keys();
    if (names != shown) {
        // Another set of fields: new rows, keeping what was typed in those that stay.
        m_fields.erase(std::remove_if(m_fields.begin(), m_fields.end(), [](const FieldEditor &f) { return f.custom; }),
                       m_fields.end());
        while (m_customForm->rowCount() > 0)
            m_customForm->removeRow(0);
        QWidget *previous = m_lastFixedField;
        for (const QString &name : names) {
            auto *edit = new QLineEdit(m_contactSection);
            edit->setObjectName(u"contactCustomField"_s);
            edit->setAccessibleName(name);
            edit->setAccessibleDescription(tr("A field of your own; stored when you leave it, and removed when empty"));
            connect(edit, &QLineEdit::editingFinished, this, [this, edit] { saveField(edit); });
            m_customForm->addRow(remotetext::plainLabel(m_contactSection, name), edit);
            m_fields.append({edit, name, true});
            setTabOrder(previous, edit);
            previous = edit;
            if (auto it = typed.constFind(name); it != typed.constEnd()) {
                edit->setText(*it);
                edit->setModified(true);
            }
        }
    }
    for (const FieldEditor &field : std::as_const(m_fields)) {
        if (field.custom && field.edit && !field.edit->isModified()) {
            field.edit->setText(contact.customFields.value(field.key));
            field.edit->setCursorPosition(0);
        }
    }
}

void ProfilePane::showStage(const Contact &contact, const QList<PipelineStage> &stages)
{
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    m_stage->addItem(tr("No stage"), QString());
    for (const PipelineStage &stage : stages)
        m_stage->addItem(stage.name, stage.name);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(contact.stage)));
    m_stage->setToolTip(
        contact.stage.isEmpty()
            ? tr("In no stage of the pipeline")
            : remotetext::toolTip(tr("In “%1” since %2").arg(contact.stage, theme::fullTime(contact.stageReachedAt))));
}

void ProfilePane::showTags(const QStringList &tags)
{
    m_tags->setText(tags.isEmpty() ? tr("No tags") : tr("Tags: %1").arg(tags.join(u", "_s)));
    m_removeTagMenu->clear();
    for (const QString &tag : tags) {
        QAction *action = m_removeTagMenu->addAction(buttonText(tag));
        action->setData(tag);
        connect(action, &QAction::triggered, this, [this, tag] { removeTag(tag); });
    }
    m_removeTag->setEnabled(!tags.isEmpty());
}

void ProfilePane::reloadTimeline()
{
    if (m_contactId == 0)
        return;
    // As many entries as were shown, so new ones do not push older ones the user opened away.
    const int wanted = qBound(timelinePageSize, m_timelineShown, 499);
    auto page = ContactRepository(m_reader).timeline(m_contactId, std::nullopt, wanted + 1);
    if (!page) {
        showError(page.error().message());
        return;
    }
    const int scrolled = m_timeline->verticalScrollBar()->value();
    m_timeline->clear();
    m_timelineShown = 0;
    m_timelineCursor.reset();
    appendTimeline(page.value(), wanted);
    m_timeline->verticalScrollBar()->setValue(scrolled);
}

void ProfilePane::showMoreTimeline()
{
    if (m_contactId == 0 || !m_timelineCursor)
        return;
    auto page = ContactRepository(m_reader).timeline(m_contactId, m_timelineCursor, timelinePageSize + 1);
    if (!page) {
        showError(page.error().message());
        return;
    }
    appendTimeline(page.value(), timelinePageSize);
}

void ProfilePane::appendTimeline(const QList<TimelineEntry> &entries, int shown)
{
    // One entry more than shown was read: it says whether there is more.
    const qsizetype count = qMin<qsizetype>(entries.size(), shown);
    for (qsizetype n = 0; n < count; ++n) {
        const TimelineEntry &e = entries.at(n);
        const QString what = contacts::TimelineText::headline(e);
        const bool hasBody = contacts::TimelineText::hasBody(e);
        QString text = tr("%1 · %2").arg(theme::relativeTime(e.at), oneLine(what, 80));
        if (hasBody)
            text += u"\n"_s + oneLine(e.text);
        auto *item = new QTreeWidgetItem(m_timeline, {text});
        if (e.kind == TimelineEntry::Kind::Message)
            item->setIcon(0, theme::networkIcon(e.network));
        item->setData(0, IdRole, e.id);
        item->setData(0, KindRole, int(e.kind));
        item->setData(0, ConversationRole, e.conversationId);
        item->setToolTip(
            0, remotetext::toolTip(theme::fullTime(e.at) + u"\n"_s + what + (hasBody ? u"\n"_s + e.text : QString())));
        m_timelineCursor = TimelineCursor::after(e);
        ++m_timelineShown;
    }
    m_more->setVisible(entries.size() > shown);
}

void ProfilePane::saveField(QLineEdit *edit)
{
    const auto field =
        std::find_if(m_fields.cbegin(), m_fields.cend(), [edit](const FieldEditor &f) { return f.edit == edit; });
    if (field == m_fields.cend() || !edit->isModified() || m_contactId == 0)
        return;
    const QString value = edit->text().trimmed();
    const QString key = field->key;
    const bool custom = field->custom;
    if (m_contact && fieldValue(*m_contact, key, custom) == value) {
        edit->setModified(false);
        return;
    }
    const qint64 contact = m_contactId;
    const QPointer<QLineEdit> guard(edit);
    write(
        "change a contact's field",
        [contact, key, custom, value](Database &db) -> Result<ChangeSet> {
            // Read and change in the writer, so two fields saved quickly one after the other both stay.
            ContactRepository contacts(db);
            auto stored = contacts.contact(contact);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return Error(Error::Code::NotFound, tr("This person is no longer in your contacts."));
            Contact changed = *stored.value();
            setFieldValue(changed, key, custom, value);
            return contacts.updateFields(changed, QDateTime::currentDateTimeUtc());
        },
        [guard, value] {
            if (guard && guard->text().trimmed() == value) {
                guard->setText(value);
                guard->setModified(false);
            }
        });
}

void ProfilePane::commitPendingEdits()
{
    const QList<FieldEditor> fields = m_fields;
    for (const FieldEditor &field : fields) {
        if (field.edit && field.edit->isModified())
            saveField(field.edit);
    }
}

void ProfilePane::stashDrafts()
{
    if (m_contactId == 0)
        return;
    const Drafts drafts{m_newNote->toPlainText(), m_tagEdit->text(), m_newFieldName->text(), m_newFieldValue->text()};
    if (drafts.note.isEmpty() && drafts.tag.isEmpty() && drafts.fieldName.isEmpty() && drafts.fieldValue.isEmpty())
        m_drafts.remove(m_contactId);
    else
        m_drafts.insert(m_contactId, drafts);
}

void ProfilePane::restoreDrafts()
{
    const Drafts drafts = m_drafts.take(m_contactId);
    m_newNote->setPlainText(drafts.note);
    m_tagEdit->setText(drafts.tag);
    m_newFieldName->setText(drafts.fieldName);
    m_newFieldValue->setText(drafts.fieldValue);
}

void ProfilePane::changeStage(int index)
{
    if (m_contactId == 0 || index < 0)
        return;
    const qint64 contact = m_contactId;
    const QString stage = m_stage->itemData(index).toString();
    write("move a contact to a stage", [contact, stage](Database &db) {
        return ContactRepository(db).setStage({contact}, stage, QString(), QDateTime::currentDateTimeUtc());
    });
}

void ProfilePane::addTag()
{
    const QString tag = m_tagEdit->text().trimmed();
    if (m_contactId == 0 || tag.isEmpty())
        return;
    const qint64 contact = m_contactId;
    write(
        "tag a contact", [contact, tag](Database &db) { return ContactRepository(db).addTag({contact}, tag); },
        [this, tag, contact] {
            if (m_contactId == contact && m_tagEdit->text().trimmed() == tag)
                m_tagEdit->clear();
        });
}

void ProfilePane::removeTag(const QString &tag)
{
    if (m_contactId == 0)
        return;
    const qint64 contact = m_contactId;
    write("untag a contact", [contact, tag](Database &db) { return ContactRepository(db).removeTag({contact}, tag); });
}

void ProfilePane::addCustomField()
{
    const QString name = m_newFieldName->text().trimmed();
    const QString value = m_newFieldValue->text().trimmed();
    if (m_contactId == 0)
        return;
    if (name.isEmpty() || value.isEmpty()) {
        showError(tr("A new field needs a name and a value."));
        return;
    }
    const qint64 contact = m_contactId;
    write(
        "add a contact's field",
        [contact, name, value](Database &db) -> Result<ChangeSet> {
            ContactRepository contacts(db);
            auto stored = contacts.contact(contact);
            if (!stored)
                return stored.error();
            if (!stored.value())
                return Error(Error::Code::NotFound, tr("This person is no longer in your contacts."));
            Contact changed = *stored.value();
            changed.customFields.insert(name, value);
            return contacts.updateFields(changed, QDateTime::currentDateTimeUtc());
        },
        [this, contact, name, value] {
            if (m_contactId != contact)
                return;
            if (m_newFieldName->text().trimmed() == name && m_newFieldValue->text().trimmed() == value) {
                m_newFieldName->clear();
                m_newFieldValue->clear();
            }
        });
}

void ProfilePane::addNote()
{
    const QString body = m_newNote->toPlainText().trimmed();
    if (m_contactId == 0 || body.isEmpty())
        return;
    const qint64 contact = m_contactId;
    write(
        "add a note to a contact",
        [contact, body](Database &db) -> Result<ChangeSet> {
            auto id = ContactRepository(db).addNote(contact, QString(), body, QDateTime::currentDateTimeUtc());
            if (!id)
                return id.error();
            ChangeSet changes;
            changes.contactsChanged = true;
            return changes;
        },
        [this, contact, body] {
            // Only now, so a note that could not be stored stays where it was typed.
            if (m_contactId == contact && m_newNote->toPlainText().trimmed() == body)
                m_newNote->clear();
        });
}

void ProfilePane::unlinkIdentity(qint64 identityId)
{
    write("split a person off", [identityId](Database &db) -> Result<ChangeSet> {
        auto made = ContactRepository(db).unlink(identityId, QDateTime::currentDateTimeUtc());
        if (!made)
            return made.error();
        ChangeSet changes;
        changes.contactsChanged = true;
        return changes;
    });
}

void ProfilePane::openLinkDialog()
{
    if (m_contactId == 0)
        return;
    if (m_linkDialog) {
        m_linkDialog->raise();
        m_linkDialog->activateWindow();
        return;
    }
    auto *dialog = new LinkContactDialog(m_store, m_reader, m_contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog = dialog;
    dialog->open();
}

void ProfilePane::showIdentityMenu(const QPoint &at)
{
    QTreeWidgetItem *item = m_identities->itemAt(at);
    if (!item || m_identities->topLevelItemCount() < 2)
        return;
    const qint64 identity = item->data(0, IdRole).toLongLong();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *unlink = menu->addAction(tr("Unlink"));
    unlink->setToolTip(m_unlink->toolTip());
    connect(unlink, &QAction::triggered, this, [this, identity] { unlinkIdentity(identity); });
    menu->popup(m_identities->viewport()->mapToGlobal(at));
}

void ProfilePane::write(const char *name, StoreWriter::Job job, std::function<void()> done)
{
    clearError();
    m_store.write(name, std::move(job), this, [this, done = std::move(done)](const Result<ChangeSet> &result) {
        if (!result.ok()) {
            showError(result.error().message());
            refreshContact(); // show what is stored (a stage that did not change, say)
            return;
        }
        if (done)
            done();
    });
}

void ProfilePane::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ProfilePane::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace starling
