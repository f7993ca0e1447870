// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsDialog.h"

#include "ContactImportDialog.h"
#include "ContactTableModel.h"
#include "PipelineDialog.h"
#include "RemoteText.h"
#include "Theme.h"
#include "compose/FileChooser.h"
#include "contacts/ContactTransfer.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/WorkflowRepository.h"
#include "windows/Prompt.h"
#include "windows/ReportsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** How long the search waits for more typing before it reads the list again. */
constexpr int searchDelayMs = 250;
/** The months of the conversions chart, this one included. */
constexpr int chartMonths = 12;

/** The stage combo's first two entries; the stages follow. */
constexpr int anyStageIndex = 0;
constexpr int noStageIndex = 1;

/** @p text as a menu entry's text: an "&" in a stage's name is not a shortcut key. */
QString menuText(QString text)
{
    return text.replace(u'&', u"&&"_s);
}

bool isFiltering(const ContactFilter &f)
{
    return !f.search.isEmpty() || !f.stage.isEmpty() || f.withoutStage || !f.tag.isEmpty() || f.network
           || f.lastContactAfter.isValid() || f.lastContactBefore.isValid();
}

/** Selects the entry of @p box whose data is @p value, or the first; whether it was there. */
bool selectData(QComboBox *box, const QVariant &value, int from = 0)
{
    for (int i = from; i < box->count(); ++i) {
        if (box->itemData(i) == value) {
            box->setCurrentIndex(i);
            return true;
        }
    }
    box->setCurrentIndex(0);
    return false;
}

} // namespace

ContactsDialog::ContactsDialog(Store &store, Database &reader, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reader(reader)
    , m_model(new ContactTableModel(reader, store, this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_stage(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_network(new QComboBox(this))
    , m_since(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_status(remotetext::plainLabel(this))
    , m_error(remotetext::plainLabel(this))
    , m_table(new QTableView(this))
    , m_setStage(new QPushButton(tr("Set &stage…"), this))
    , m_stageMenu(new QMenu(this))
    , m_addTag(new QPushButton(tr("&Add tag…"), this))
    , m_removeTag(new QPushButton(tr("&Remove tag…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_pipeline(new QTableWidget(this))
    , m_conversionStage(new QComboBox(this))
    , m_editStages(new QPushButton(tr("Edit s&tages…"), this))
    , m_chart(new WeeklyChart(this))
{
    setWindowTitle(tr("Contacts"));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *layout = new QVBoxLayout(this);

    // Search and filters.
    auto *filters = new QHBoxLayout;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search names, companies, e-mail, handles…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setToolTip(tr("Shows the people whose name, company, e-mail or handle holds these words (Ctrl+F)"));
    filters->addWidget(m_search, 2);
    m_stage->setObjectName(u"stageFilter"_s);
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setToolTip(tr("Only people in this stage of the pipeline"));
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("Only people with this tag"));
    m_network->setObjectName(u"networkFilter"_s);
    m_network->setAccessibleName(tr("Network"));
    m_network->setToolTip(tr("Only people we talk to on this network"));
    m_network->addItem(tr("Any network"), -1);
    for (Network n : {Network::X, Network::Mastodon, Network::Bluesky})
        m_network->addItem(theme::networkIcon(n), networkDisplayName(n), int(n));
    m_since->setObjectName(u"lastContactFilter"_s);
    m_since->setAccessibleName(tr("Last contact"));
    m_since->setToolTip(tr("Only people by when we last talked with them"));
    m_since->addItem(tr("Any time"), int(Since::Any));
    m_since->addItem(tr("Last 7 days"), int(Since::Last7Days));
    m_since->addItem(tr("Last 30 days"), int(Since::Last30Days));
    m_since->addItem(tr("More than 30 days ago"), int(Since::Over30Days));
    for (QComboBox *box : {m_stage, m_tag, m_network, m_since})
        filters->addWidget(box, 1);
    layout->addLayout(filters);

    auto *info = new QHBoxLayout;
    m_count->setObjectName(u"count"_s);
    info->addWidget(m_count);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    info->addWidget(m_status, 1);
    layout->addLayout(info);
    // Errors where the user looks, in the error colour; never only in a log.
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);

    // The people, and below them the pipeline.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(u"contacts"_s);
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setAccessibleDescription(tr("One row per person: name, company, stage, tags, networks and last contact"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ContactTableModel::NameColumn, 200);
    m_table->setColumnWidth(ContactTableModel::CompanyColumn, 150);
    m_table->setColumnWidth(ContactTableModel::TagsColumn, 150);
    m_table->horizontalHeader()->setSortIndicator(ContactTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // The store has one direction per order, and none for some columns: the header shows the order
    // the rows are really in. (Connected after the view's own sorting, so it runs after it.)
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        QHeaderView *header = m_table->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    splitter->addWidget(m_table);

    auto *pipelineBox = new QGroupBox(tr("Pipeline"), this);
    auto *pipelineLayout = new QHBoxLayout(pipelineBox);
    m_pipeline->setObjectName(u"pipeline"_s);
    m_pipeline->setAccessibleName(tr("People per stage"));
    m_pipeline->setAccessibleDescription(tr("How many people are in each stage of the pipeline now"));
    m_pipeline->setColumnCount(2);
    m_pipeline->setHorizontalHeaderLabels({tr("Stage"), tr("People")});
    m_pipeline->verticalHeader()->hide();
    m_pipeline->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pipeline->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_pipeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pipeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_pipeline->setMaximumWidth(280);
    auto *stagesColumn = new QVBoxLayout;
    stagesColumn->addWidget(m_pipeline, 1);
    m_editStages->setObjectName(u"editStages"_s);
    m_editStages->setAccessibleName(tr("Edit stages"));
    m_editStages->setToolTip(tr("Rename, add, remove and reorder the stages of the pipeline"));
    m_editStages->setAutoDefault(false);
    stagesColumn->addWidget(m_editStages, 0, Qt::AlignLeft);
    pipelineLayout->addLayout(stagesColumn);
    auto *chartColumn = new QVBoxLayout;
    auto *chartChoice = new QHBoxLayout;
    auto *reachedLabel = new QLabel(tr("&Conversions to:"), pipelineBox);
    reachedLabel->setBuddy(m_conversionStage);
    m_conversionStage->setObjectName(u"conversionStage"_s);
    m_conversionStage->setAccessibleName(tr("Conversions to"));
    m_conversionStage->setToolTip(tr("The chart counts the people who reached this stage, month by month"));
    chartChoice->addWidget(reachedLabel);
    chartChoice->addWidget(m_conversionStage);
    chartChoice->addStretch();
    chartColumn->addLayout(chartChoice);
    m_chart->setObjectName(u"conversions"_s);
    m_chart->setAccessibleName(tr("Conversions per month"));
    chartColumn->addWidget(m_chart, 1);
    pipelineLayout->addLayout(chartColumn, 1);
    splitter->addWidget(pipelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // What can be done with the selection, and with the whole address book.
    auto *actions = new QHBoxLayout;
    m_setStage->setObjectName(u"setStage"_s);
    m_setStage->setToolTip(tr("Move the selected people to a stage of the pipeline"));
    m_setStage->setMenu(m_stageMenu);
    m_addTag->setObjectName(u"addTag"_s);
    m_addTag->setToolTip(tr("Tag the selected people"));
    m_removeTag->setObjectName(u"removeTag"_s);
    m_removeTag->setToolTip(tr("Take a tag off the selected people"));
    m_import->setObjectName(u"import"_s);
    m_import->setToolTip(tr("Import contacts from a CSV file"));
    m_export->setObjectName(u"export"_s);
    m_export->setToolTip(tr("Export the selected people, or everyone the filters show, as CSV or vCard"));
    for (QPushButton *button : {m_setStage, m_addTag, m_removeTag})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    actions->addWidget(buttons);
    layout->addLayout(actions);
    // A push button with a menu: Enter on a focused table must not "click" it.
    for (QPushButton *button : {m_setStage, m_addTag, m_removeTag, m_import, m_export})
        button->setAutoDefault(false);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &ContactsDialog::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ContactsDialog::applyFilter);
    for (QComboBox *box : {m_stage, m_tag, m_network, m_since})
        connect(box, &QComboBox::currentIndexChanged, this, &ContactsDialog::applyFilter);
    connect(m_conversionStage, &QComboBox::currentIndexChanged, this, &ContactsDialog::refreshChart);

    connect(m_model, &ContactTableModel::loadFailed, this, &ContactsDialog::showError);
    // A reload (a change, a new filter, another order) keeps the people who were selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection = selectedContactIds();
        m_keptCurrent = m_model->contactIdAt(m_table->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QItemSelection selection;
        for (qint64 id : std::as_const(m_keptSelection)) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                selection.select(m_model->index(row, 0), m_model->index(row, ContactTableModel::ColumnCount - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (const int current = m_model->rowOf(m_keptCurrent); current >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
        m_keptSelection.clear();
        updateCount();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_addTag, &QPushButton::clicked, this, &ContactsDialog::addTagToSelection);
    connect(m_removeTag, &QPushButton::clicked, this, &ContactsDialog::removeTagFromSelection);
    connect(m_import, &QPushButton::clicked, this, &ContactsDialog::importContacts);
    connect(m_export, &QPushButton::clicked, this, &ContactsDialog::exportContacts);
    connect(m_editStages, &QPushButton::clicked, this, &ContactsDialog::editStages);
    connect(&store, &Store::changed, this, &ContactsDialog::onStoreChanged);

    refreshChoices();
    refreshPipeline();
    applyFilter();
    m_search->setFocus();
    resize(1000, 680);
}

ContactsDialog::~ContactsDialog() = default;

ContactImportDialog *ContactsDialog::importDialog() const
{
    return m_importDialog;
}

PipelineDialog *ContactsDialog::pipelineDialog() const
{
    return m_pipelineDialog;
}

QString ContactsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ContactsDialog::statusText() const
{
    return m_status->text();
}

ContactFilter ContactsDialog::currentFilter() const
{
    ContactFilter filter;
    filter.search = m_search->text().trimmed();
    if (m_stage->currentIndex() == noStageIndex)
        filter.withoutStage = true;
    else if (m_stage->currentIndex() > noStageIndex)
        filter.stage = m_stage->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    if (const int network = m_network->currentData().toInt(); network >= 0)
        filter.network = Network(network);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Since(m_since->currentData().toInt())) {
    case Since::Any:
        break;
    case Since::Last7Days:
        filter.lastContactAfter = now.addDays(-7);
        break;
    case Since::Last30Days:
        filter.lastContactAfter = now.addDays(-30);
        break;
    case Since::Over30Days:
        // The store keeps 0 for "never": those people are not "more than 30 days ago".
        filter.lastContactAfter = QDateTime::fromMSecsSinceEpoch(1, QTimeZone::utc());
        filter.lastContactBefore = now.addDays(-30);
        break;
    }
    return filter;
}

void ContactsDialog::applyFilter()
{
    m_searchDelay->stop();
    m_error->hide();
    m_model->setFilter(currentFilter());
}

void ContactsDialog::refreshChoices()
{
    ContactRepository contacts(m_reader);
    auto stages = contacts.pipeline();
    if (!stages) {
        showError(stages.error().message());
        return;
    }
    auto tags = WorkflowRepository(m_reader).tags();
    if (!tags) {
        showError(tags.error().message());
        return;
    }
    bool filterLost = false;
    {
        const QSignalBlocker stageBlocker(m_stage);
        const int stageIndex = m_stage->currentIndex();
        const QString stage = m_stage->currentData().toString();
        m_stage->clear();
        m_stage->addItem(tr("Any stage"));
        m_stage->addItem(tr("No stage"));
        for (const PipelineStage &s : stages.value())
            m_stage->addItem(s.name, s.name);
        if (stageIndex == noStageIndex)
            m_stage->setCurrentIndex(noStageIndex);
        else if (stageIndex > noStageIndex)
            filterLost = !selectData(m_stage, stage, noStageIndex + 1) || filterLost;

        const QSignalBlocker tagBlocker(m_tag);
        const QString tag = m_tag->currentData().toString();
        m_tag->clear();
        m_tag->addItem(tr("Any tag"), QString());
        for (const Tag &t : tags.value())
            m_tag->addItem(t.name, t.name);
        if (!tag.isEmpty())
            filterLost = !selectData(m_tag, tag) || filterLost;

        const QSignalBlocker conversionBlocker(m_conversionStage);
        const QString reached = m_conversionStage->currentData().toString();
        m_conversionStage->clear();
        for (const PipelineStage &s : stages.value())
            m_conversionStage->addItem(s.name, s.name);
        // The first time: the stage that means "won" in the pipeline we start with, else the last one.
        const QString customer = QCoreApplication::translate("starling::Pipeline", "Customer");
        if (!selectData(m_conversionStage, reached.isEmpty() ? customer : reached) && m_conversionStage->count() > 0
            && !selectData(m_conversionStage, customer))
            m_conversionStage->setCurrentIndex(m_conversionStage->count() - 1);
    }

    m_stageMenu->clear();
    for (const PipelineStage &s : stages.value()) {
        const QString name = s.name;
        m_stageMenu->addAction(menuText(name), this, [this, name] { setStageOfSelection(name); });
    }
    m_stageMenu->addSeparator();
    m_stageMenu->addAction(tr("No stage"), this, [this] { setStageOfSelection(QString()); });

    // The stage or tag filtered on is gone (renamed, removed): show everyone rather than no one.
    if (filterLost)
        applyFilter();
}

void ContactsDialog::refreshPipeline()
{
    ContactRepository contacts(m_reader);
    auto stages = contacts.pipeline();
    ContactFilter none;
    none.withoutStage = true;
    auto withoutStage = stages ? contacts.count(none) : Result<int>(0);
    if (!stages || !withoutStage) {
        m_pipeline->setRowCount(0);
        showError(!stages ? stages.error().message() : withoutStage.error().message());
        return;
    }
    m_pipeline->setRowCount(int(stages->size()) + 1);
    const auto setRow = [this](int row, const QString &name, int people) {
        auto *stage = new QTableWidgetItem(name);
        stage->setToolTip(remotetext::toolTip(name));
        auto *count = new QTableWidgetItem(QLocale().toString(people));
        count->setData(Qt::UserRole, people);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pipeline->setItem(row, 0, stage);
        m_pipeline->setItem(row, 1, count);
    };
    for (int i = 0; i < stages->size(); ++i)
        setRow(i, stages->at(i).name, stages->at(i).contactCount);
    setRow(int(stages->size()), tr("No stage"), withoutStage.value());
    refreshChart();
}

void ContactsDialog::refreshChart()
{
    const QString stage = m_conversionStage->currentData().toString();
    if (stage.isEmpty()) {
        m_chart->setBars(tr("Conversions per month"), {});
        return;
    }
    const QDate today = QDate::currentDate();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(chartMonths - 1));
    auto months = ContactRepository(m_reader).conversions(first);
    if (!months) {
        showError(months.error().message());
        return;
    }
    QList<WeeklyChart::Bar> bars;
    for (int i = 0; i < chartMonths; ++i) {
        const QDate month = first.addMonths(i);
        int reached = 0;
        for (const StageMonth &m : months.value()) {
            if (m.stage == stage && m.month == month)
                reached += m.reached;
        }
        // Short month names, with the year on the first bar and in January.
        const QString label = month.month() == 1 || i == 0 ? QLocale().toString(month, u"MMM yy"_s)
                                                           : QLocale().monthName(month.month(), QLocale::ShortFormat);
        bars.append({label, double(reached), QLocale().toString(reached)});
    }
    m_chart->setBars(tr("People who reached “%1”, per month").arg(stage), bars);
}

void ContactsDialog::updateCount()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text = tr("%n person(s)", nullptr, m_model->totalCount());
    if (selected > 0)
        text = tr("%1, %n selected", nullptr, selected).arg(text);
    m_count->setText(text);
}

void ContactsDialog::updateActions()
{
    const bool any = m_table->selectionModel()->hasSelection();
    for (QPushButton *button : {m_setStage, m_addTag, m_removeTag})
        button->setEnabled(any);
}

void ContactsDialog::onStoreChanged(const ChangeSet &changes)
{
    // The table reloads itself; the stages, tags and figures around it are read again here.
    if (!changes.contactsChanged)
        return;
    refreshChoices();
    refreshPipeline();
}

QList<qint64> ContactsDialog::selectedContactIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = m_model->contactIdAt(index.row()))
            ids.append(id);
    }
    return ids;
}

void ContactsDialog::writeSelection(const char *name,
                                    const std::function<Result<ChangeSet>(Database &, const QList<qint64> &)> &job,
                                    const QString &done)
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    // The whole selection in one job, so that it is one transaction: all of them change, or none.
    m_store.write(
        name, [ids, job](Database &db) { return job(db, ids); }, this,
        [this, done](const Result<ChangeSet> &result) {
            if (result)
                showStatus(done);
            else
                showError(result.error().message());
            Q_EMIT actionFinished(result.ok());
        });
}

void ContactsDialog::setStageOfSelection(const QString &stage)
{
    const int n = int(selectedContactIds().size());
    if (n == 0)
        return;
    writeSelection(
        "move contacts to a stage",
        [stage](Database &db, const QList<qint64> &ids) {
            return ContactRepository(db).setStage(ids, stage, QString(), QDateTime::currentDateTimeUtc());
        },
        stage.isEmpty() ? tr("%n person(s) are in no stage now.", nullptr, n)
                        : tr("%n person(s) are in the stage “%1” now.", nullptr, n).arg(stage));
}

void ContactsDialog::addTagToSelection()
{
    const int n = int(selectedContactIds().size());
    if (n == 0)
        return;
    QStringList known;
    for (int i = 1; i < m_tag->count(); ++i)
        known.append(m_tag->itemData(i).toString());
    const QString tag =
        Prompt::askText(this, tr("Add a tag"), tr("The tag for the %n selected person(s):", nullptr, n), known)
            .trimmed();
    if (tag.isEmpty())
        return;
    writeSelection(
        "tag contacts",
        [tag](Database &db, const QList<qint64> &ids) { return ContactRepository(db).addTag(ids, tag); },
        tr("Tagged %n person(s) “%1”.", nullptr, n).arg(tag));
}

void ContactsDialog::removeTagFromSelection()
{
    const int n = int(selectedContactIds().size());
    if (n == 0)
        return;
    QStringList theirs;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        for (const QString &tag : index.data(ContactTableModel::TagsRole).toStringList()) {
            if (!theirs.contains(tag))
                theirs.append(tag);
        }
    }
    if (theirs.isEmpty()) {
        showStatus(tr("The selected people have no tags."));
        return;
    }
    theirs.sort(Qt::CaseInsensitive);
    const QString tag =
        Prompt::askText(this, tr("Remove a tag"), tr("The tag to take off the %n selected person(s):", nullptr, n),
                        theirs, theirs.constFirst())
            .trimmed();
    if (tag.isEmpty())
        return;
    writeSelection(
        "untag contacts",
        [tag](Database &db, const QList<qint64> &ids) { return ContactRepository(db).removeTag(ids, tag); },
        tr("Removed the tag “%1” from %n person(s).", nullptr, n).arg(tag));
}

void ContactsDialog::importContacts()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    m_importDialog = new ContactImportDialog(m_store, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ContactImportDialog::imported, this, [this](qint64 count) {
        showStatus(tr("Imported %n contact(s).", nullptr, int(qMin<qint64>(count, INT_MAX))));
    });
    m_importDialog->show();
    m_importDialog->chooseFile();
}

void ContactsDialog::editStages()
{
    if (m_pipelineDialog) {
        m_pipelineDialog->raise();
        m_pipelineDialog->activateWindow();
        return;
    }
    m_pipelineDialog = new PipelineDialog(m_store, m_reader, this);
    m_pipelineDialog->setAttribute(Qt::WA_DeleteOnClose);
    // The table, the filters and the chart follow through Store::changed (contactsChanged).
    connect(m_pipelineDialog, &PipelineDialog::saved, this, [this](bool ok) {
        if (ok)
            showStatus(tr("Saved the stages of the pipeline."));
    });
    m_pipelineDialog->open();
}

void ContactsDialog::exportContacts()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString vcardFilter = tr("vCard files (*.vcf)");
    QString chosenFilter;
    QString path = FileChooser::saveFile(this, tr("Export contacts"), csvFilter + u";;"_s + vcardFilter, &chosenFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool vcard = suffix == u"vcf" || suffix == u"vcard" || (suffix.isEmpty() && chosenFilter == vcardFilter);
    if (suffix.isEmpty())
        path += vcard ? u".vcf"_s : u".csv"_s;

    // The selection; without one, everyone the filters show (all of them, not only the rows loaded).
    const QList<qint64> selected = selectedContactIds();
    const std::optional<ContactFilter> filter =
        selected.isEmpty() && isFiltering(m_model->filter()) ? std::optional(m_model->filter()) : std::nullopt;
    m_export->setEnabled(false);
    showStatus(tr("Exporting…"));
    // It may be everyone in a big address book: written on the store's reader thread.
    onReady(m_store.read<qint64>(
                "export contacts",
                [path, vcard, selected, filter](Database &db) -> Result<qint64> {
                    QList<qint64> ids = selected;
                    if (filter) {
                        ContactFilter all = *filter;
                        all.offset = 0;
                        all.limit = std::numeric_limits<int>::max();
                        auto rows = ContactRepository(db).list(all);
                        if (!rows)
                            return rows.error();
                        for (const ContactRow &row : rows.value())
                            ids.append(row.contact.id);
                        if (ids.isEmpty())
                            return Error(Error::Code::InvalidInput,
                                         tr("Nobody matches the filters: nothing to export."));
                    }
                    // All or nothing: the file appears only once it is whole.
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly))
                        return Error(
                            Error::Code::Storage,
                            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
                    auto written = vcard ? contacts::exportVCard(db, &file, ids) : contacts::exportCsv(db, &file, ids);
                    if (!written)
                        return written.error();
                    if (!file.commit())
                        return Error(
                            Error::Code::Storage,
                            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
                    return written;
                }),
            this, [this, path](const Result<qint64> &written) {
                m_export->setEnabled(true);
                if (written)
                    showStatus(tr("Exported %n contact(s) to %1.", nullptr, int(qMin<qint64>(written.value(), INT_MAX)))
                                   .arg(QDir::toNativeSeparators(path)));
                else
                    showError(written.error().message());
                Q_EMIT actionFinished(written.ok());
            });
}

void ContactsDialog::showError(const QString &message)
{
    m_status->clear();
    m_error->setText(message);
    m_error->show();
}

void ContactsDialog::showStatus(const QString &message)
{
    m_error->hide();
    m_status->setText(message);
}

} // namespace starling
