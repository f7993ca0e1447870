// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/SearchRepository.h"

#include <QAbstractListModel>

namespace starling {

class Database;

/** Search results as the user types: newest message first, with the matched ranges. */
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ConversationIdRole = Qt::UserRole + 1,
        MessageIdRole,
        CreatedAtRole,
        RangesRole, ///< QList<TextRange> of the matches in the text
        OutboundRole,
    };
    static constexpr int pageSize = 50;

    explicit SearchResultModel(Database *reader, QObject *parent = nullptr);
    ~SearchResultModel() override;
    Q_DISABLE_COPY_MOVE(SearchResultModel)

    /** Searches for @p text in @p accountId's messages (every account when null). */
    void setQuery(const QString &text, const QUuid &accountId);
    QString query() const { return m_request.text; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Database *m_reader;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    bool m_atEnd = true;
    /** Rows are being changed: a fetchMore() from a slot of our own signals must wait (it would nest). */
    bool m_changing = false;
};

} // namespace starling
