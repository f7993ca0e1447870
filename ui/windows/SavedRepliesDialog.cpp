// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedRepliesDialog.h"

#include "Prompt.h"
#include "RemoteText.h"
#include "Theme.h"
#include "automation/SavedReplies.h"
#include "store/Database.h"
#include "store/SavedReplyRepository.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

SavedRepliesDialog::SavedRepliesDialog(Store &store, Database &reader, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reader(reader)
    , m_list(new QListWidget(this))
    , m_shortcut(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_error(remotetext::plainLabel(this))
{
    setWindowTitle(tr("Saved replies"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_list->setAccessibleName(tr("Saved replies"));
    m_list->setAccessibleDescription(tr("Choose a saved reply to edit it"));
    left->addWidget(m_list);
    auto *add = new QPushButton(tr("New"), this);
    auto *remove = new QPushButton(tr("Delete…"), this);
    add->setToolTip(tr("Write a new saved reply"));
    remove->setToolTip(tr("Delete the chosen saved reply"));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    left->addLayout(row);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_shortcut->setPlaceholderText(tr("refund"));
    m_shortcut->setToolTip(tr("Type / and this name in the compose box to insert the reply"));
    form->addRow(tr("Short name"), m_shortcut);
    form->addRow(tr("Title"), m_title);
    m_title->setAccessibleDescription(tr("What the list of saved replies shows"));
    right->addLayout(form);
    m_body->setPlaceholderText(tr("Hi {first_name}, …"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setAccessibleDescription(tr("The reply as it is inserted; placeholders are filled in then"));
    right->addWidget(m_body, 1);
    auto *hint = new QLabel(tr("Placeholders: %1").arg(savedreplies::placeholders().join(u"  "_s)), this);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    right->addWidget(hint);
    theme::colourText(m_error, theme::errorColor);
    m_error->setWordWrap(true);
    right->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SavedRepliesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &SavedRepliesDialog::showSelected);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_editing = 0;
        m_shortcut->clear();
        m_title->clear();
        m_body->clear();
        m_shortcut->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, &SavedRepliesDialog::removeSelected);
    resize(720, 420);
    reload();
}

SavedRepliesDialog::~SavedRepliesDialog() = default;

void SavedRepliesDialog::reload(qint64 select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto replies = SavedReplyRepository(m_reader).all();
    for (const SavedReply &r : replies ? replies.value() : QList<SavedReply>()) {
        auto *item =
            new QListWidgetItem(u"/"_s + r.shortcut + (r.title.isEmpty() ? QString() : u"  "_s + r.title), m_list);
        item->setData(Qt::UserRole, r.id);
        if (r.id == select)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showSelected();
}

void SavedRepliesDialog::showSelected()
{
    m_error->clear();
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_editing = item->data(Qt::UserRole).toLongLong();
    auto replies = SavedReplyRepository(m_reader).all();
    for (const SavedReply &r : replies ? replies.value() : QList<SavedReply>()) {
        if (r.id == m_editing) {
            m_shortcut->setText(r.shortcut);
            m_title->setText(r.title);
            m_body->setPlainText(r.body);
        }
    }
}

void SavedRepliesDialog::save()
{
    SavedReply reply{m_editing, m_shortcut->text(), m_title->text(), m_body->toPlainText(), {}};
    auto saved = std::make_shared<qint64>(0);
    m_store.write(
        "save a saved reply",
        [reply, saved](Database &db) -> Result<ChangeSet> {
            auto r = SavedReplyRepository(db).save(reply);
            if (!r)
                return r.error();
            *saved = r->id;
            return ChangeSet();
        },
        this,
        [this, saved](const Result<ChangeSet> &r) {
            if (!r) {
                m_error->setText(r.error().message());
                return;
            }
            reload(*saved);
        });
}

void SavedRepliesDialog::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (Prompt::ask(this, tr("Delete this saved reply?"), tr("%1 will be gone.").arg(item->text()),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_store.write(
        "remove a saved reply",
        [id](Database &db) -> Result<ChangeSet> {
            if (auto r = SavedReplyRepository(db).remove(id); !r)
                return r.error();
            return ChangeSet();
        },
        this, [this](const Result<ChangeSet> &) { reload(); });
}

} // namespace starling
