// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ContactRepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace starling {

class Database;
class Store;
struct ChangeSet;

/**
 * The people of the Contacts window, one row each: name, company, stage, tags, networks and when
 * we last talked. The rows are ContactRepository::list()'s, read through the UI thread's own reader
 * connection a page of 200 at a time as the view scrolls (fetchMore), so a big address book costs
 * what is on screen.
 *
 * Sorting goes through the repository's orders (name, last contact, stage), each in its one
 * direction; sortColumn()/sortOrder() say which is on show. The model reads everything again when
 * the store announces that contacts changed (Store::changed with ChangeSet::contactsChanged).
 *
 * Names and companies come from servers and other people: they are shown as plain text, and their
 * tool tips are escaped (RemoteText.h), never read as markup.
 */
class ContactTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CompanyColumn,
        StageColumn,
        TagsColumn,
        NetworksColumn,
        LastContactColumn,
        ColumnCount,
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the contact's id (qint64), in every column
        TagsRole, ///< QStringList, sorted
        StageRole, ///< the stage's name; empty for none
    };

    static constexpr int pageSize = 200;

    /**
     * Reads through @p reader (this thread's connection); reloads when @p store announces contact
     * changes. Empty until setFilter() or reload().
     */
    ContactTableModel(Database &reader, Store &store, QObject *parent = nullptr);
    ~ContactTableModel() override;
    Q_DISABLE_COPY_MOVE(ContactTableModel)

    ContactFilter filter() const { return m_filter; }
    /** Shows the people that match @p filter (its sort, offset and limit are the model's own). */
    void setFilter(const ContactFilter &filter);
    /** Reads the rows again, as many as were loaded (at least a page). */
    void reload();

    /** How many people match the filter, loaded or not (as of the last reload). */
    int totalCount() const { return m_total; }
    qint64 contactIdAt(int row) const;
    const ContactRow &rowAt(int row) const { return m_rows.at(row); }
    /** The row of a contact, or -1 when it is not loaded. */
    int rowOf(qint64 contactId) const;

    /** The column and direction the rows are in (the repository has one direction per order). */
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    /** Whether sort() can put the rows in @p column's order. */
    static bool isSortable(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** Sorts by name, last contact or stage; other columns have no order in the store and are ignored. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /** A read failed; the message says why. */
    void loadFailed(const QString &message);

private:
    void onStoreChanged(const ChangeSet &changes);
    /** Reads @p limit rows from the first; resets the model. */
    void readFirst(int limit);

    Database &m_reader;
    ContactFilter m_filter;
    QList<ContactRow> m_rows;
    QSet<qint64> m_ids; ///< of m_rows: a page read after a change may repeat a row, which is then left out
    int m_total = 0;
    bool m_atEnd = true;
    /** Rows are being changed: a fetchMore() from a slot of our own signals must wait (it would nest). */
    bool m_changing = false;
};

} // namespace starling
