// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactImportDialog.h"

#include "RemoteText.h"
#include "Theme.h"
#include "compose/FileChooser.h"
#include "contacts/ContactTransfer.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <memory>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** How many of the good rows the table shows. */
constexpr int shownRows = 200;

} // namespace

/** What the check of a file found: previewImport's answer, and whom each shown row takes over. */
struct ContactImportDialog::Preview
{
    contacts::ImportPreview preview;
    /** Per row of preview.sample: its handles that name people we talk to already. */
    QList<QStringList> knownHandles;
};

ContactImportDialog::ContactImportDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_file(remotetext::plainLabel(this))
    , m_summary(remotetext::plainLabel(this))
    , m_error(remotetext::plainLabel(this))
    , m_table(new QTableWidget(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import contacts"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_file->setObjectName(u"file"_s);
    m_file->setText(tr("No file chosen."));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_file, 1);
    m_choose->setToolTip(tr("Choose the CSV file to import"));
    m_choose->setAccessibleName(tr("Choose file"));
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // Why nothing can be imported: said where the user looks, in the error colour.
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);

    m_table->setObjectName(u"preview"_s);
    m_table->setAccessibleName(tr("What the import would do"));
    m_table->setAccessibleDescription(tr("Each row of the file with its line, its name, and what the import does with "
                                         "it or what is wrong with it"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Choose a file first."));
    m_import->setAccessibleName(tr("Import"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ContactImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ContactImportDialog::startImport);
    resize(720, 480);
}

ContactImportDialog::~ContactImportDialog() = default;

QString ContactImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ContactImportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ContactImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Import contacts"), tr("CSV files (*.csv);;All files (*)"),
                                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (!path.isEmpty())
        load(path);
}

void ContactImportDialog::load(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_table->setRowCount(0);
    m_error->hide();
    m_import->setEnabled(false);
    m_import->setToolTip(tr("The file is being checked."));
    m_summary->setText(tr("Checking the file…"));
    const quint64 generation = ++m_generation;
    // The whole file is read (it may be large), so the check runs on the store's reader thread.
    onReady(m_store.read<Preview>("check a contacts import",
                                  [path](Database &db) -> Result<Preview> {
                                      QFile file(path);
                                      if (!file.open(QIODevice::ReadOnly))
                                          return Error(Error::Code::NotFound,
                                                       tr("%1 cannot be read: %2").arg(path, file.errorString()));
                                      auto checked = contacts::previewImport(&file, db, shownRows);
                                      if (!checked)
                                          return checked.error();
                                      Preview preview{checked.value(), {}};
                                      ContactRepository repository(db);
                                      for (const ContactRecord &record : std::as_const(preview.preview.sample)) {
                                          QStringList known;
                                          for (const QString &handle : record.handles) {
                                              const qsizetype colon = handle.indexOf(u':');
                                              const auto network =
                                                  networkFromKey(handle.left(colon).trimmed().toLower());
                                              if (colon > 0 && network
                                                  && repository.findIdentity(*network, handle.mid(colon + 1).trimmed()))
                                                  known.append(handle);
                                          }
                                          preview.knownHandles.append(known);
                                      }
                                      return preview;
                                  }),
            this, [this, generation](const Result<Preview> &preview) {
                if (generation == m_generation) // not overtaken by another file
                    showPreview(preview);
            });
}

void ContactImportDialog::showPreview(const Result<Preview> &result)
{
    m_table->setRowCount(0);
    if (!result) {
        m_summary->setText(tr("This file cannot be imported."));
        showError(result.error().message());
        m_import->setToolTip(result.error().message());
        Q_EMIT previewShown();
        return;
    }
    const contacts::ImportPreview &preview = result->preview;

    // One list in file order: the bad rows and the rows that will come in.
    struct Line
    {
        qint64 line;
        QString name;
        QString result;
        bool bad;
    };
    QList<Line> lines;
    for (const contacts::CsvProblem &problem : preview.problems)
        lines.append({problem.line, QString(), problem.message, true});
    for (qsizetype i = 0; i < preview.sample.size(); ++i) {
        const ContactRecord &record = preview.sample.at(i);
        const QStringList &known = result->knownHandles.value(i);
        // A row whose handles name people we talk to takes them (and what we knew about them) over.
        lines.append({record.line, record.contact.displayName,
                      known.isEmpty() ? tr("New contact") : tr("Updates the contact of %1").arg(known.join(u", "_s)),
                      false});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.line < b.line; });
    m_table->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        auto *number = new QTableWidgetItem(QString::number(line.line));
        number->setData(Qt::UserRole, line.line);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *name = new QTableWidgetItem(line.name);
        name->setToolTip(remotetext::toolTip(line.name));
        auto *what = new QTableWidgetItem(line.result);
        what->setToolTip(remotetext::toolTip(line.result));
        if (line.bad) {
            const QColor red = theme::errorColor(palette());
            for (QTableWidgetItem *item : {number, name, what})
                item->setForeground(red);
        }
        m_table->setItem(row, LineColumn, number);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, ResultColumn, what);
    }

    const int rows = int(qMin<qint64>(preview.rows, INT_MAX));
    const int problems = int(qMin<qint64>(preview.problemCount, INT_MAX));
    QStringList summary;
    summary << tr("%n row(s) can be imported.", nullptr, rows);
    if (preview.rows > preview.sample.size())
        summary << tr("The first %n are shown.", nullptr, int(preview.sample.size()));
    if (preview.unknownHandles > 0)
        summary << tr("%n handle(s) name nobody you talk to; they are kept in the field “%1”.", nullptr,
                      preview.unknownHandles)
                       .arg(contacts::otherHandlesField());
    m_summary->setText(summary.join(u' '));

    if (problems > 0) {
        QString why = tr("%n row(s) have problems, shown in red. The import is all or nothing, so nothing can be "
                         "imported until they are fixed: correct the file and choose it again.",
                         nullptr, problems);
        if (preview.problemCount > preview.problems.size())
            why += u' ' + tr("The first %n problem(s) are shown.", nullptr, int(preview.problems.size()));
        showError(why);
        m_import->setEnabled(false);
        m_import->setToolTip(tr("Some rows have problems; the import is all or nothing."));
    } else if (rows == 0) {
        showError(tr("The file has no contacts to import."));
        m_import->setEnabled(false);
        m_import->setToolTip(tr("The file has no contacts to import."));
    } else {
        m_error->hide();
        m_import->setEnabled(!m_importing);
        m_import->setToolTip(tr("Import %n contact(s)", nullptr, rows));
    }
    Q_EMIT previewShown();
}

void ContactImportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ContactImportDialog::startImport()
{
    if (m_path.isEmpty() || m_importing || !m_import->isEnabled())
        return;
    m_importing = true;
    m_import->setEnabled(false);
    m_choose->setEnabled(false);
    m_error->hide();
    m_summary->setText(tr("Importing…"));
    const QString path = m_path;
    // The writer fills this in before it answers; the answer comes through the event loop after.
    auto made = std::make_shared<qint64>(0);
    m_store.write(
        "import contacts",
        [path, made](Database &db) -> Result<ChangeSet> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error(Error::Code::NotFound, tr("%1 cannot be read: %2").arg(path, file.errorString()));
            // All rows in one transaction, or none (importContacts checks every row first).
            auto imported = contacts::importContacts(&file, db, QDateTime::currentDateTimeUtc());
            if (!imported)
                return imported.error();
            *made = imported.value();
            ChangeSet changes;
            changes.contactsChanged = imported.value() > 0;
            return changes;
        },
        this,
        [this, made](const Result<ChangeSet> &result) {
            m_importing = false;
            m_choose->setEnabled(true);
            if (!result) {
                m_summary->setText(tr("Nothing was imported."));
                showError(result.error().message());
                m_import->setEnabled(true); // the file may have been fixed meanwhile: the import checks again
                Q_EMIT importFailed(result.error().message());
                return;
            }
            m_summary->setText(tr("Imported %n contact(s).", nullptr, int(qMin<qint64>(*made, INT_MAX))));
            m_import->setToolTip(tr("This file has been imported."));
            Q_EMIT imported(*made);
        });
}

} // namespace starling
