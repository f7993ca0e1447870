// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Identity.h"
#include "domain/Message.h"

#include <QAbstractListModel>
#include <QHash>

namespace starling {

class Database;
struct ChangeSet;

/**
 * The messages of one conversation, oldest at the top, newest at the bottom. The newest page is
 * loaded first; loadOlder() brings the page before it when the view reaches the top. New messages
 * appear when the store announces a change to the conversation, without a reload.
 */
class MessageListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TextRole,
        OutboundRole,
        KindRole, ///< Message::Kind as int
        DeliveryRole, ///< Message::Delivery as int
        CreatedAtRole,
        AuthorNameRole,
        AttachmentCountRole,
        MessageRole, ///< the whole Message
    };

    static constexpr int pageSize = 50;

    explicit MessageListModel(Database *reader, QObject *parent = nullptr);
    ~MessageListModel() override;
    Q_DISABLE_COPY_MOVE(MessageListModel)

    qint64 conversationId() const { return m_conversationId; }
    /** Shows @p conversationId (0: nothing). */
    void setConversation(qint64 conversationId);
    /** Loads the page before the oldest loaded message; false when there is none. */
    bool loadOlder();
    bool hasOlder() const { return m_hasOlder; }
    /** Brings in what changed in this conversation (new messages, delivery states). */
    void applyChanges(const ChangeSet &changes);

    const Message &messageAt(int row) const { return m_messages.at(row); }
    /** The newest inbound message: what a reply answers. Null when there is none. */
    const Message *lastInbound() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /** The message as a screen reader says it (Qt::AccessibleTextRole). */
    QString accessibleText(const Message &m) const;
    void loadAuthors(const QList<Message> &messages);

    Database *m_reader;
    qint64 m_conversationId = 0;
    QList<Message> m_messages;
    QHash<qint64, Identity> m_authors;
    bool m_hasOlder = false;
};

} // namespace starling
