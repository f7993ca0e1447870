// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConversationRepository.h"

#include <QAbstractListModel>

namespace starling {

class Database;
class Store;
struct ChangeSet;

/**
 * The inbox list: conversations and mentions, newest activity first, loaded a page at a time as
 * the view scrolls (fetchMore), so 100,000 conversations cost what is on screen. Reads through the
 * UI thread's own reader connection with small indexed queries.
 *
 * After each write the store announces the conversations that changed; applyChanges() re-reads
 * only those rows, on the store's reader thread (a sync may change hundreds at once), and moves
 * them where they now belong when they come back, without a reset.
 */
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        AccountIdRole,
        NetworkRole, ///< starling::Network as int
        KindRole, ///< Conversation::Kind as int
        StateRole, ///< Conversation::State as int
        NameRole, ///< the person's display name, or the title of a group
        HandleRole,
        AvatarUrlRole,
        PreviewRole,
        LastActivityRole,
        UnreadCountRole,
        NeedsReplyRole,
        SummaryRole, ///< the whole ConversationSummary
        TagsRole, ///< QStringList, sorted
        RequestRole, ///< bool: a message request (Conversation::request)
    };

    static constexpr int pageSize = 100;

    /** Pages are read through @p reader (this thread's connection); changed rows through @p store. */
    ConversationListModel(Database *reader, Store &store, QObject *parent = nullptr);
    ~ConversationListModel() override;
    Q_DISABLE_COPY_MOVE(ConversationListModel)

    ConversationFilter filter() const { return m_filter; }
    /** Shows the conversations that match @p filter, from the newest. */
    void setFilter(const ConversationFilter &filter);
    /** Reads the first page again (after an error, or when the profile changed under us). */
    void reload();

    /**
     * Re-reads the conversations that @p changes names (on the reader thread) and puts them where
     * they belong once they are read.
     */
    void applyChanges(const ChangeSet &changes);
    /** Whether rows asked for by applyChanges() are still being read. */
    bool isRefreshing() const { return m_refreshing > 0; }

    /** The row of a conversation, or -1 when it is not loaded. */
    int rowOf(qint64 conversationId) const;
    const ConversationSummary &summaryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /** A read failed; the message says why. */
    void loadFailed(const QString &message);

private:
    /** The row as a screen reader says it (Qt::AccessibleTextRole). */
    static QString accessibleText(const ConversationSummary &row, const QString &name);
    /** Where a row with @p key goes to keep the order. */
    int insertionRow(const ConversationPageKey &key) const;
    /** Puts the re-read rows (null: gone) where they belong in the list. */
    void applyRows(const QList<std::pair<qint64, std::optional<ConversationSummary>>> &rows);

    Database *m_reader;
    Store &m_store;
    int m_refreshing = 0; ///< row reads under way
    /** Grows with every reload: rows read for an older list are not applied to a newer one. */
    quint64 m_generation = 0;
    ConversationFilter m_filter;
    QList<ConversationSummary> m_rows;
    bool m_atEnd = false;
    /** Rows are being changed: a fetchMore() from a slot of our own signals must wait (it would nest). */
    bool m_changing = false;
};

} // namespace starling
