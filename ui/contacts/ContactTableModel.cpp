// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactTableModel.h"

#include "RemoteText.h"
#include "Theme.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

/** Whether @p time says when we last talked (the store keeps 0 for "never"). */
bool isContactTime(const QDateTime &time)
{
    return time.isValid() && time.toMSecsSinceEpoch() > 0;
}

QString networkNames(const QList<Network> &networks)
{
    QStringList names;
    for (Network n : networks)
        names << networkDisplayName(n);
    return names.join(u", "_s);
}

} // namespace

ContactTableModel::ContactTableModel(Database &reader, Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connect(&store, &Store::changed, this, &ContactTableModel::onStoreChanged);
}

ContactTableModel::~ContactTableModel() = default;

void ContactTableModel::setFilter(const ContactFilter &filter)
{
    const ContactFilter::Sort sort = m_filter.sort;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.offset = 0;
    m_filter.limit = pageSize;
    readFirst(pageSize);
}

void ContactTableModel::reload()
{
    // As many rows as were loaded, so that a change does not take the view back to the top.
    const int loaded = int(m_rows.size());
    readFirst(qMax(pageSize, (loaded + pageSize - 1) / pageSize * pageSize));
}

void ContactTableModel::readFirst(int limit)
{
    const QScopedValueRollback changing(m_changing, true);
    ContactRepository repository(m_reader);
    ContactFilter first = m_filter;
    first.offset = 0;
    first.limit = limit;
    auto rows = repository.list(first);
    auto total = rows ? repository.count(m_filter) : Result<int>(0);
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_total = 0;
    m_atEnd = true;
    if (rows && total) {
        m_rows = rows.value();
        for (const ContactRow &row : std::as_const(m_rows))
            m_ids.insert(row.contact.id);
        m_total = total.value();
        m_atEnd = m_rows.size() < limit;
    }
    endResetModel();
    if (!rows)
        Q_EMIT loadFailed(rows.error().message());
    else if (!total)
        Q_EMIT loadFailed(total.error().message());
}

void ContactTableModel::onStoreChanged(const ChangeSet &changes)
{
    if (changes.contactsChanged)
        reload();
}

qint64 ContactTableModel::contactIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).contact.id : 0;
}

int ContactTableModel::rowOf(qint64 contactId) const
{
    if (!m_ids.contains(contactId))
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contact.id == contactId)
            return i;
    }
    return -1;
}

int ContactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactRow &row = m_rows.at(index.row());
    const Contact &c = row.contact;
    switch (role) {
    case IdRole:
        return c.id;
    case TagsRole:
        return c.tags;
    case StageRole:
        return c.stage;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // Plain strings: the view's delegate draws them as text, never as markup.
        switch (index.column()) {
        case NameColumn:
            return c.displayName.isEmpty() ? c.email : c.displayName;
        case CompanyColumn:
            return c.company;
        case StageColumn:
            return c.stage;
        case TagsColumn:
            return c.tags.join(u", "_s);
        case NetworksColumn:
            return networkNames(row.networks);
        case LastContactColumn:
            if (!isContactTime(row.lastContact))
                return role == Qt::DisplayRole ? u"—"_s : tr("Never");
            return theme::relativeTime(row.lastContact.toLocalTime());
        }
        break;
    case Qt::ToolTipRole:
        // Tool tips guess rich text (Qt::mightBeRichText): anything a server or a person wrote is escaped.
        switch (index.column()) {
        case NameColumn:
            return remotetext::toolTip(c.displayName.isEmpty() ? c.email : c.displayName);
        case CompanyColumn:
            return remotetext::toolTip(c.company);
        case StageColumn:
            return remotetext::toolTip(c.stage);
        case TagsColumn:
            return remotetext::toolTip(c.tags.join(u", "_s));
        case NetworksColumn:
            return remotetext::toolTip(networkNames(row.networks));
        case LastContactColumn:
            return isContactTime(row.lastContact) ? theme::fullTime(row.lastContact.toLocalTime())
                                                  : tr("No conversation yet");
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NetworksColumn && row.networks.size() == 1)
            return theme::networkIcon(row.networks.constFirst());
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case StageColumn:
        return tr("Stage");
    case TagsColumn:
        return tr("Tags");
    case NetworksColumn:
        return tr("Networks");
    case LastContactColumn:
        return tr("Last contact");
    }
    return {};
}

bool ContactTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactTableModel::fetchMore(const QModelIndex &parent)
{
    // Called again from a slot of rowsAboutToBeInserted (a proxy, a tester), it would read the same
    // page again and insert it twice, inside the insertion under way.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    ContactFilter next = m_filter;
    next.offset = int(m_rows.size());
    next.limit = pageSize;
    auto page = ContactRepository(m_reader).list(next);
    if (!page) {
        m_atEnd = true;
        Q_EMIT loadFailed(page.error().message());
        return;
    }
    m_atEnd = page->size() < pageSize;
    // Offsets count from the top: when someone's last contact moved since the first page, a row may
    // come again; it stays where it was.
    QList<ContactRow> fresh;
    for (const ContactRow &row : page.value()) {
        if (!m_ids.contains(row.contact.id))
            fresh.append(row);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const ContactRow &row : std::as_const(fresh))
        m_ids.insert(row.contact.id);
    m_rows.append(fresh);
    endInsertRows();
}

bool ContactTableModel::isSortable(int column)
{
    return column == NameColumn || column == StageColumn || column == LastContactColumn;
}

int ContactTableModel::sortColumn() const
{
    switch (m_filter.sort) {
    case ContactFilter::Sort::Name:
        return NameColumn;
    case ContactFilter::Sort::LastContact:
        return LastContactColumn;
    case ContactFilter::Sort::Stage:
        return StageColumn;
    case ContactFilter::Sort::Created:
        return -1;
    }
    return -1;
}

Qt::SortOrder ContactTableModel::sortOrder() const
{
    // The newest contact first reads as a descending time; names and stages go up.
    return m_filter.sort == ContactFilter::Sort::LastContact ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ContactTableModel::sort(int column, Qt::SortOrder)
{
    ContactFilter::Sort sort;
    switch (column) {
    case NameColumn:
        sort = ContactFilter::Sort::Name;
        break;
    case StageColumn:
        sort = ContactFilter::Sort::Stage;
        break;
    case LastContactColumn:
        sort = ContactFilter::Sort::LastContact;
        break;
    default:
        return; // the store has no order for it
    }
    if (sort == m_filter.sort)
        return;
    m_filter.sort = sort;
    readFirst(pageSize);
}

} // namespace starling
