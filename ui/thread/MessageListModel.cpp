// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageListModel.h"

#include "Theme.h"

#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

using namespace Qt::StringLiterals;

namespace starling {

MessageListModel::MessageListModel(Database *reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

MessageListModel::~MessageListModel() = default;

void MessageListModel::setConversation(qint64 conversationId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_messages.clear();
    m_authors.clear();
    m_hasOlder = false;
    if (conversationId > 0) {
        auto page = MessageRepository(*m_reader).threadPage(conversationId, pageSize);
        if (page) {
            m_messages = page.value();
            m_hasOlder = m_messages.size() == pageSize;
            loadAuthors(m_messages);
        }
    }
    endResetModel();
}

bool MessageListModel::loadOlder()
{
    if (!m_hasOlder || m_messages.isEmpty())
        return false;
    auto page = MessageRepository(*m_reader).threadPage(m_conversationId, pageSize, m_messages.constFirst().id);
    if (!page || page->isEmpty()) {
        m_hasOlder = false;
        return false;
    }
    m_hasOlder = page->size() == pageSize;
    loadAuthors(page.value());
    beginInsertRows({}, 0, int(page->size()) - 1);
    m_messages = page.value() + m_messages;
    endInsertRows();
    return true;
}

void MessageListModel::applyChanges(const ChangeSet &changes)
{
    if (m_conversationId <= 0 || !changes.touches(m_conversationId))
        return;
    // Re-read the newest page and merge: new rows at their place, changed rows in place.
    auto page = MessageRepository(*m_reader).threadPage(m_conversationId, pageSize);
    if (!page)
        return;
    loadAuthors(page.value());
    QHash<qint64, int> rows;
    for (int i = 0; i < m_messages.size(); ++i)
        rows.insert(m_messages.at(i).id, i);
    QSet<qint64> fresh;
    for (const Message &m : page.value())
        fresh.insert(m.id);
    // Rows that went away (a queued message replaced by its synced copy) within the fresh range.
    const qint64 oldestFresh = page->isEmpty() ? 0 : page->constFirst().id;
    for (int i = int(m_messages.size()) - 1; i >= 0; --i) {
        const qint64 id = m_messages.at(i).id;
        if (id >= oldestFresh && !fresh.contains(id)) {
            beginRemoveRows({}, i, i);
            m_messages.removeAt(i);
            endRemoveRows();
        }
    }
    rows.clear();
    for (int i = 0; i < m_messages.size(); ++i)
        rows.insert(m_messages.at(i).id, i);
    for (const Message &m : page.value()) {
        if (auto it = rows.constFind(m.id); it != rows.constEnd()) {
            if (!(m_messages.at(*it) == m)) {
                m_messages[*it] = m;
                Q_EMIT dataChanged(index(*it), index(*it));
            }
            continue;
        }
        // Ids grow with time: find the place that keeps the order.
        int at = int(m_messages.size());
        while (at > 0 && m_messages.at(at - 1).id > m.id)
            --at;
        beginInsertRows({}, at, at);
        m_messages.insert(at, m);
        endInsertRows();
        rows.clear();
        for (int i = 0; i < m_messages.size(); ++i)
            rows.insert(m_messages.at(i).id, i);
    }
}

const Message *MessageListModel::lastInbound() const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->direction == Message::Direction::Inbound)
            return &*it;
    }
    return nullptr;
}

void MessageListModel::loadAuthors(const QList<Message> &messages)
{
    auto people = MessageRepository(*m_reader).authors(messages);
    if (!people)
        return;
    for (const Identity &person : people.value())
        m_authors.insert(person.id, person);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QString MessageListModel::accessibleText(const Message &m) const
{
    const Identity author = m_authors.value(m.authorId);
    const QString time = theme::fullTime(m.createdAt);
    if (m.direction == Message::Direction::Inbound) {
        const QString name = author.displayName.isEmpty() ? author.handle : author.displayName;
        //: Read aloud for a received message: %1 the sender, %2 the time, %3 the text.
        return tr("%1 wrote, %2: %3").arg(name, time, m.text);
    }
    QString delivery;
    switch (m.delivery) {
    case Message::Delivery::Delivered:
        delivery = tr("Sent");
        break;
    case Message::Delivery::Queued:
    case Message::Delivery::Sending:
        delivery = tr("Sending");
        break;
    case Message::Delivery::Failed:
        delivery = tr("Not sent");
        break;
    case Message::Delivery::Unverified:
        delivery = tr("Perhaps sent: check before sending again");
        break;
    }
    //: Read aloud for a message we sent: %1 the time, %2 whether it arrived, %3 the text.
    return tr("You wrote, %1 (%2): %3").arg(time, delivery, m.text);
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case Qt::AccessibleTextRole:
        return accessibleText(m);
    case IdRole:
        return m.id;
    case OutboundRole:
        return m.direction == Message::Direction::Outbound;
    case KindRole:
        return int(m.kind);
    case DeliveryRole:
        return int(m.delivery);
    case CreatedAtRole:
        return m.createdAt;
    case AuthorNameRole: {
        const Identity author = m_authors.value(m.authorId);
        return author.displayName.isEmpty() ? author.handle : author.displayName;
    }
    case AttachmentCountRole:
        return int(m.attachments.size());
    case MessageRole:
        return QVariant::fromValue(m);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "id"},
                  {TextRole, "text"},
                  {OutboundRole, "outbound"},
                  {KindRole, "kind"},
                  {DeliveryRole, "delivery"},
                  {CreatedAtRole, "createdAt"},
                  {AuthorNameRole, "authorName"},
                  {AttachmentCountRole, "attachmentCount"},
                  {MessageRole, "message"}});
    return names;
}

} // namespace starling
