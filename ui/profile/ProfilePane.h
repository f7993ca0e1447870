// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ContactRepository.h"
#include "store/ConversationRepository.h"
#include "store/StoreWriter.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace starling {

class Database;
class LinkContactDialog;
class Store;

/**
 * The profile pane (it can be hidden and remembers): everything known about the person of the
 * open conversation. At the top what the network says (picture, name, handle, bio, followers);
 * then their contact (ContactRepository): every identity on every network, the fields the user
 * keeps (editable in place), the lead stage, tags and owner; their conversations with every one
 * of your accounts; a private note kept only on this computer; and the contact's timeline of
 * messages, notes, stage changes, survey ratings and automation events, newest first.
 *
 * Reads are small indexed queries on the UI thread's reader connection; every change is one
 * Store::write job, and the pane reads again when the store announces changed contacts. The
 * contact is made (ensureContact) the first time a person without one is shown.
 */
class ProfilePane final : public QWidget
{
    Q_OBJECT

public:
    /** How many timeline entries "Show more" adds (and the first page shows). */
    static constexpr int timelinePageSize = 50;

    ProfilePane(Store &store, Database &reader, QWidget *parent = nullptr);
    ~ProfilePane() override;
    Q_DISABLE_COPY_MOVE(ProfilePane)

    void showPerson(const std::optional<ConversationSummary> &conversation);
    QPlainTextEdit *noteEditor() const { return m_note; }
    /** The contact shown; 0 while there is none (no one selected, or it is still being made). */
    qint64 contactId() const { return m_contactId; }
    /** The link dialog while it is open; for tests. */
    LinkContactDialog *linkDialog() const;

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    /** A line edit of the details form and the contact field it edits. */
    struct FieldEditor
    {
        QPointer<QLineEdit> edit;
        QString key; ///< a built-in field ("company"), or a custom field's name
        bool custom = false;
    };
    /** What was typed for a contact but not yet stored, kept while another person is shown. */
    struct Drafts
    {
        QString note;
        QString tag;
        QString fieldName;
        QString fieldValue;
    };

    QWidget *buildContactSection(QWidget *parent);
    void saveNote();
    void onStoreChanged(const ChangeSet &changes);
    /** Reads the contact of the person shown again (making it when there is none). */
    void refreshContact();
    void makeContact();
    void setContact(qint64 contactId);
    void showFields(const Contact &contact);
    void showCustomFields(const Contact &contact);
    void showIdentities(const QList<ContactIdentity> &identities);
    void showStage(const Contact &contact, const QList<PipelineStage> &stages);
    void showTags(const QStringList &tags);
    void reloadTimeline();
    void showMoreTimeline();
    void appendTimeline(const QList<TimelineEntry> &entries, int shown);

    void saveField(QLineEdit *edit);
    /** Stores every field edited and not yet stored (before another person is shown). */
    void commitPendingEdits();
    void stashDrafts();
    void restoreDrafts();
    void changeStage(int index);
    void addTag();
    void removeTag(const QString &tag);
    void addCustomField();
    void addNote();
    void unlinkIdentity(qint64 identityId);
    void openLinkDialog();
    void showIdentityMenu(const QPoint &at);

    /** Runs @p job as one Store::write; shows its error, or calls @p done after a success. */
    void write(const char *name, StoreWriter::Job job, std::function<void()> done = {});
    void showError(const QString &message);
    void clearError();

    Store &m_store;
    Database &m_reader;
    qint64 m_identityId = 0;
    qint64 m_contactId = 0;
    qint64 m_madeContactFor = 0; ///< the identity whose contact was asked for, so it is asked once
    std::optional<Contact> m_contact; ///< as last read
    QList<qint64> m_conversationIds; ///< the conversations listed, to follow their new messages
    QHash<qint64, Drafts> m_drafts; ///< by contact id
    std::optional<TimelineCursor> m_timelineCursor;
    int m_timelineShown = 0;

    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_handle;
    QLabel *m_bio;
    QLabel *m_followers;
    QListWidget *m_conversations;
    QPlainTextEdit *m_note;
    QTimer *m_saveDelay;

    QLabel *m_error = nullptr;
    QWidget *m_personDetails = nullptr; ///< all below the name: hidden while no one is shown
    QWidget *m_contactSection = nullptr;
    QTreeWidget *m_identities = nullptr;
    QToolButton *m_unlink = nullptr;
    QPushButton *m_link = nullptr;
    QFormLayout *m_fieldsForm = nullptr;
    QFormLayout *m_customForm = nullptr;
    QList<FieldEditor> m_fields;
    QLineEdit *m_lastFixedField = nullptr;
    QLineEdit *m_newFieldName = nullptr;
    QLineEdit *m_newFieldValue = nullptr;
    QToolButton *m_addField = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_tags = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QToolButton *m_removeTag = nullptr;
    QMenu *m_removeTagMenu = nullptr;
    QPlainTextEdit *m_newNote = nullptr;
    QPushButton *m_addNote = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPushButton *m_more = nullptr;
    QPointer<LinkContactDialog> m_linkDialog;
};

} // namespace starling
