// SPDX-License-Identifier: GPL-3.0-or-later
#include "PipelineDialog.h"

#include "RemoteText.h"
#include "Theme.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "windows/Prompt.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** The stage's name in the store when the dialog read it; empty for a stage added here. */
constexpr int originalRole = Qt::UserRole;
/** How many people were in the stage when the dialog read it. */
constexpr int countRole = Qt::UserRole + 1;

/** The longest name ContactRepository::addStage() and renameStage() take. */
constexpr int maxNameLength = 40;

QString nameOf(const QListWidgetItem *item)
{
    return item->text().trimmed();
}

QString originalOf(const QListWidgetItem *item)
{
    return item->data(originalRole).toString();
}

} // namespace

PipelineDialog::PipelineDialog(Store &store, Database &reader, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reader(reader)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_ok(nullptr)
    , m_error(remotetext::plainLabel(this))
{
    setWindowTitle(tr("Edit stages"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    auto *label = new QLabel(tr("&Stages of the pipeline, in order:"), this);
    label->setBuddy(m_list);
    layout->addWidget(label);

    auto *body = new QHBoxLayout;
    m_list->setObjectName(u"stages"_s);
    m_list->setAccessibleName(tr("Stages"));
    m_list->setAccessibleDescription(
        tr("The stages of the pipeline in order; press F2 or double-click a stage to rename it"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    body->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    m_add->setObjectName(u"addStage"_s);
    m_add->setAccessibleName(tr("Add a stage"));
    m_add->setToolTip(tr("Add a stage after the selected one, and name it"));
    m_remove->setObjectName(u"removeStage"_s);
    m_remove->setAccessibleName(tr("Remove the stage"));
    m_remove->setToolTip(tr("Remove the selected stage; the people in it will have no stage"));
    m_up->setObjectName(u"moveStageUp"_s);
    m_up->setAccessibleName(tr("Move the stage up"));
    m_up->setToolTip(tr("Move the selected stage one place earlier in the pipeline"));
    m_down->setObjectName(u"moveStageDown"_s);
    m_down->setAccessibleName(tr("Move the stage down"));
    m_down->setToolTip(tr("Move the selected stage one place later in the pipeline"));
    for (QPushButton *button : {m_add, m_remove, m_up, m_down}) {
        button->setAutoDefault(false); // Enter in the list is OK, not Add
        side->addWidget(button);
    }
    side->addStretch();
    body->addLayout(side);
    layout->addLayout(body, 1);

    // Why OK refused, where the user looks, in the error colour.
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem with the stages"));
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"ok"_s);
    m_ok->setAccessibleName(tr("Save the stages"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancel"_s);
    cancel->setAccessibleName(tr("Cancel, changing nothing"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PipelineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PipelineDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &PipelineDialog::addStage);
    connect(m_remove, &QPushButton::clicked, this, &PipelineDialog::removeCurrentStage);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrentStage(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrentStage(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &PipelineDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        item->setToolTip(remotetext::toolTip(item->text()));
        // Said as soon as a name is wrong; OK refuses it too.
        showError(validate());
    });

    load();
    updateButtons();
    m_list->setFocus();
    resize(sizeHint().expandedTo(QSize(380, 320)));
}

PipelineDialog::~PipelineDialog() = default;

void PipelineDialog::load()
{
    auto stages = ContactRepository(m_reader).pipeline();
    if (!stages) {
        showError(stages.error().message());
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_original.clear();
    m_removed.clear();
    for (const PipelineStage &stage : stages.value()) {
        auto *item = new QListWidgetItem(stage.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(originalRole, stage.name);
        item->setData(countRole, stage.contactCount);
        item->setToolTip(remotetext::toolTip(stage.name));
        m_original.append(stage.name);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QStringList PipelineDialog::stageNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names.append(nameOf(m_list->item(row)));
    return names;
}

QString PipelineDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PipelineDialog::addStage()
{
    if (m_writing)
        return;
    const QStringList names = stageNames();
    const auto taken = [&names](const QString &name) { return names.contains(name, Qt::CaseInsensitive); };
    QString name = tr("New stage");
    for (int n = 2; taken(name); ++n)
        name = tr("New stage %1").arg(n);
    const int row = m_list->currentRow() < 0 ? m_list->count() : m_list->currentRow() + 1;
    auto *item = new QListWidgetItem(name);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setData(countRole, 0);
    {
        const QSignalBlocker blocker(m_list);
        m_list->insertItem(row, item);
    }
    m_list->setCurrentItem(item);
    updateButtons();
    m_list->setFocus();
    m_list->editItem(item);
}

void PipelineDialog::removeCurrentStage()
{
    QListWidgetItem *item = m_list->currentItem();
    if (m_writing || !item)
        return;
    const QString original = originalOf(item);
    const int people = item->data(countRole).toInt();
    // Ask only when people would lose their stage; a stage nobody is in goes at once (Cancel undoes it).
    if (!original.isEmpty() && people > 0) {
        const QString text = tr("%n person(s) are in “%1”. They will have no stage.", nullptr, people).arg(original);
        const auto answer = Prompt::ask(this, tr("Remove a stage"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                        QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
        if (answer != QMessageBox::Yes)
            return;
    }
    if (!original.isEmpty())
        m_removed.append(original);
    const int row = m_list->row(item);
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
    showError(validate());
    m_list->setFocus();
}

void PipelineDialog::moveCurrentStage(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_writing || row < 0 || target < 0 || target >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(target, item);
    }
    m_list->setCurrentRow(target);
    updateButtons();
}

QString PipelineDialog::validate() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString name = nameOf(item);
        if (name.isEmpty())
            return tr("Stage %1 has no name: give it one.").arg(row + 1);
        if (name.size() > maxNameLength)
            return tr("“%1” is too long: a stage's name has at most %2 characters.").arg(name).arg(maxNameLength);
        for (int earlier = 0; earlier < row; ++earlier) {
            const QListWidgetItem *other = m_list->item(earlier);
            if (nameOf(other).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            // Name the one the user typed: the stage added or renamed here.
            const bool itemEdited = originalOf(item) != name;
            const QString typed = itemEdited ? name : nameOf(other);
            const QString taken = itemEdited ? nameOf(other) : name;
            return tr("There is a stage “%1” already: “%2” is the same name. Give each stage a name of its own.")
                .arg(taken, typed);
        }
    }
    // The renames are written before the removals: a rename cannot take the name of a stage that
    // is removed or renamed in the same change.
    QStringList leaving = m_removed;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!originalOf(item).isEmpty() && nameOf(item) != originalOf(item))
            leaving.append(originalOf(item));
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString original = originalOf(item);
        const QString name = nameOf(item);
        if (original.isEmpty() || name == original)
            continue;
        for (const QString &other : std::as_const(leaving)) {
            if (other != original && other.compare(name, Qt::CaseInsensitive) == 0)
                return tr("“%1” was the name of another stage until now: press OK first, then rename this stage to it.")
                    .arg(name);
        }
    }
    return {};
}

void PipelineDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_add->setEnabled(!m_writing);
    m_remove->setEnabled(!m_writing && row >= 0);
    m_up->setEnabled(!m_writing && row > 0);
    m_down->setEnabled(!m_writing && row >= 0 && row < m_list->count() - 1);
    m_ok->setEnabled(!m_writing);
}

void PipelineDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void PipelineDialog::accept()
{
    if (m_writing)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        m_list->setFocus();
        return;
    }
    QList<std::pair<QString, QString>> renames;
    QStringList additions;
    const QStringList order = stageNames();
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        const QString original = originalOf(item);
        if (original.isEmpty())
            additions.append(nameOf(item));
        else if (nameOf(item) != original)
            renames.append({original, nameOf(item)});
    }
    const QStringList removed = m_removed;
    if (renames.isEmpty() && removed.isEmpty() && additions.isEmpty() && order == m_original) {
        QDialog::accept(); // nothing changed: nothing to write
        return;
    }

    m_writing = true;
    updateButtons();
    showError({});
    const QStringList original = m_original;
    // One job and one transaction (ContactRepository::editPipeline): all of the edit, or nothing.
    m_store.write(
        "edit the pipeline",
        [original, renames, removed, additions, order](Database &db) -> Result<ChangeSet> {
            ContactRepository contacts(db);
            // The stages must still be the ones the user edited (the CLI may have changed them).
            auto current = contacts.pipeline();
            if (!current)
                return current.error();
            QStringList now;
            for (const PipelineStage &stage : current.value())
                now.append(stage.name);
            QStringList then = original;
            now.sort();
            then.sort();
            if (now != then)
                return Error(Error::Code::InvalidInput,
                             tr("The stages changed elsewhere while this window was open; nothing was saved. "
                                "Cancel and edit them again."));
            PipelineEdit edit;
            edit.renames = renames;
            edit.removed = removed;
            edit.added = additions;
            edit.order = order;
            auto made = contacts.editPipeline(edit);
            if (!made)
                return made.error();
            ChangeSet changes = made.value();
            // The Contacts window reads the pipeline, the stage filter and the chart again on this.
            changes.contactsChanged = true;
            return changes;
        },
        this,
        [this](const Result<ChangeSet> &result) {
            m_writing = false;
            updateButtons();
            if (!result) {
                showError(result.error().message());
                Q_EMIT saved(false);
                return;
            }
            Q_EMIT saved(true);
            QDialog::accept();
        });
}

} // namespace starling
