// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultModel.h"

#include "Theme.h"
#include "store/Database.h"

#include <QScopedValueRollback>

namespace starling {

SearchResultModel::SearchResultModel(Database *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setQuery(const QString &text, const QUuid &accountId)
{
    const QScopedValueRollback changing(m_changing, true);
    beginResetModel();
    m_request = SearchRequest{text, accountId, {}, pageSize, 0};
    m_hits.clear();
    auto hits = SearchRepository(*m_reader).search(m_request);
    if (hits)
        m_hits = hits.value();
    m_atEnd = !hits || m_hits.size() < pageSize;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    // Called again from a slot of rowsAboutToBeInserted, it would insert the same page twice.
    if (parent.isValid() || m_atEnd || m_hits.isEmpty() || m_changing)
        return;
    const QScopedValueRollback changing(m_changing, true);
    SearchRequest next = m_request;
    next.beforeId = m_hits.constLast().message.id;
    auto hits = SearchRepository(*m_reader).search(next);
    m_atEnd = !hits || hits->size() < pageSize;
    if (!hits || hits->isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits->size()) - 1);
    m_hits.append(hits.value());
    endInsertRows();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.message.text;
    case Qt::ToolTipRole:
        return theme::fullTime(hit.message.createdAt);
    case ConversationIdRole:
        return hit.message.conversationId;
    case MessageIdRole:
        return hit.message.id;
    case CreatedAtRole:
        return hit.message.createdAt;
    case RangesRole:
        return QVariant::fromValue(hit.ranges);
    case OutboundRole:
        return hit.message.direction == Message::Direction::Outbound;
    default:
        return {};
    }
}

} // namespace starling
