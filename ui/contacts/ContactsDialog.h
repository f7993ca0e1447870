// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/ChangeSet.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace starling {

class ContactImportDialog;
class ContactTableModel;
class Database;
class PipelineDialog;
class Store;
class WeeklyChart;
struct ContactFilter;

/**
 * The Contacts window (issue #17, a small CRM): everyone we talk to, one row per person, with a
 * search field and filters (stage, tag, network, last contact), and bulk actions on the selected
 * rows (move them to a stage, add or remove a tag), each one write to the store in one
 * transaction. It imports contacts from CSV (ContactImportDialog) and exports them as CSV or
 * vCard. Beside the list, the pipeline: how many people are in each stage now, and how many
 * reached a chosen stage in each of the last 12 months, and "Edit stages…" (PipelineDialog) to rename,
 * add, remove and reorder the stages.
 *
 * The rows come from ContactTableModel; the filters, the pipeline and the figures are read
 * through the UI thread's reader connection with ContactRepository, and read again whenever the
 * store announces that contacts changed. Writes go through Store::write(); errors show in the
 * window, in the error colour.
 */
class ContactsDialog final : public QDialog
{
    Q_OBJECT

public:
    /** Last contact filter choices, in the combo's order. */
    enum class Since
    {
        Any,
        Last7Days,
        Last30Days,
        Over30Days, ///< a conversation, but none in the last 30 days
    };

    /** @p store and @p reader (the UI thread's connection) must outlive the window. */
    ContactsDialog(Store &store, Database &reader, QWidget *parent = nullptr);
    ~ContactsDialog() override;
    Q_DISABLE_COPY_MOVE(ContactsDialog)

    ContactTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stageFilter() const { return m_stage; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *networkFilter() const { return m_network; }
    QComboBox *lastContactFilter() const { return m_since; }
    /** The import dialog while it is open. */
    ContactImportDialog *importDialog() const;

    /** The contacts of the selected rows. */
    QList<qint64> selectedContactIds() const;
    /** Moves the selected people to @p stage (empty: out of any stage), in one write. */
    void setStageOfSelection(const QString &stage);
    /** Asks for a tag (Prompt, so tests can preset it) and adds it to the selected people. */
    void addTagToSelection();
    /** Asks for one of the selected people's tags and takes it off all of them. */
    void removeTagFromSelection();
    /** Opens the import dialog and asks for the file. */
    void importContacts();
    /** Opens "Edit stages" (PipelineDialog), window-modal; the pipeline reads itself again once it is saved. */
    void editStages();
    /** The "Edit stages" dialog while it is open. */
    PipelineDialog *pipelineDialog() const;
    /**
     * Asks where to write (FileChooser) and exports the selected people, or when none is selected
     * everyone the filters show: vCard for a .vcf file, CSV otherwise.
     */
    void exportContacts();

    /** The error on show; empty when there is none. */
    QString errorText() const;
    /** What the last action did ("Tagged 3 people vip."). */
    QString statusText() const;

Q_SIGNALS:
    /** A bulk change or an export has finished (or failed: errorText() says why). */
    void actionFinished(bool ok);

private:
    ContactFilter currentFilter() const;
    void applyFilter();
    /** Reads the stages and tags into the filter combos and the stage menu, keeping the choices. */
    void refreshChoices();
    void refreshPipeline();
    void refreshChart();
    void updateCount();
    void updateActions();
    void onStoreChanged(const ChangeSet &changes);
    /** Runs a bulk change of the selection as one write; @p done says what it did. */
    void writeSelection(const char *name,
                        const std::function<Result<ChangeSet>(Database &, const QList<qint64> &)> &job,
                        const QString &done);
    void showError(const QString &message);
    void showStatus(const QString &message);

    Store &m_store;
    Database &m_reader;
    ContactTableModel *m_model;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_stage;
    QComboBox *m_tag;
    QComboBox *m_network;
    QComboBox *m_since;
    QLabel *m_count;
    QLabel *m_status;
    QLabel *m_error;
    QTableView *m_table;
    QPushButton *m_setStage;
    QMenu *m_stageMenu;
    QPushButton *m_addTag;
    QPushButton *m_removeTag;
    QPushButton *m_import;
    QPushButton *m_export;
    QTableWidget *m_pipeline;
    QComboBox *m_conversionStage;
    QPushButton *m_editStages;
    WeeklyChart *m_chart;
    QPointer<ContactImportDialog> m_importDialog;
    QPointer<PipelineDialog> m_pipelineDialog;
    /** The selection across a reload, by contact. */
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
};

} // namespace starling
