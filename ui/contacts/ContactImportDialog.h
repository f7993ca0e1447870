// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace starling {

class Store;

/**
 * Importing contacts from a CSV file, in two steps. First the file is checked without writing
 * anything (ContactTransfer::previewImport, on the store's reader thread), and the table shows
 * what would happen: each row that makes a new contact or takes over people we talk to, and each
 * bad row with its line and what is wrong with it. The import is all or nothing, so Import stays
 * disabled while any row is bad, and the dialog says why. Then Import runs
 * ContactTransfer::importContacts in one Store::write job and reports how many people came in.
 */
class ContactImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        NameColumn,
        ResultColumn, ///< what the import does with the row, or what is wrong with it
    };

    /** @p store must outlive the dialog. */
    explicit ContactImportDialog(Store &store, QWidget *parent = nullptr);
    ~ContactImportDialog() override;
    Q_DISABLE_COPY_MOVE(ContactImportDialog)

    /** Asks for a CSV file (FileChooser, so tests can preset it) and checks it; nothing when cancelled. */
    void chooseFile();
    /** Checks @p path and shows what an import of it would do. */
    void load(const QString &path);
    /** Imports the checked file. */
    void startImport();

    QString fileName() const { return m_path; }
    QTableWidget *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    /** What the dialog says about the file: the summary, or the error. */
    QString summaryText() const;
    QString errorText() const;

Q_SIGNALS:
    /** The check of the file is on show (its rows and problems, or why it could not be read). */
    void previewShown();
    /** The import is done: @p count people were imported. */
    void imported(qint64 count);
    /** The import failed; nothing was written. */
    void importFailed(const QString &message);

private:
    struct Preview;
    void showPreview(const Result<Preview> &preview);
    void showError(const QString &message);

    Store &m_store;
    QString m_path;
    QLabel *m_file;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_table;
    QPushButton *m_choose;
    QPushButton *m_import;
    /** Which load() is the latest: the check of an earlier file is not shown. */
    quint64 m_generation = 0;
    bool m_importing = false;
};

} // namespace starling
