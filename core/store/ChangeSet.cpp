// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeSet.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace starling::changenotice {

namespace {

/** Appends @p ids as field @p field, starting a new payload whenever the current one is full. */
template<typename Ids>
void appendIds(QStringList &payloads, QString &current, const QString &origin, char16_t field, const Ids &ids)
{
    bool open = false; // the field is started in the current payload
    for (qint64 id : ids) {
        const QString number = QString::number(id);
        if (current.size() + (open ? 1 : 2) + number.size() > maxPayload) {
            payloads << current;
            current = origin;
            open = false;
        }
        if (open) {
            current += u',';
        } else {
            current += u' ';
            current += field;
            open = true;
        }
        current += number;
    }
}

bool readIds(QStringView list, QList<qint64> &into)
{
    for (QStringView number : list.split(u',')) {
        bool ok = false;
        const qint64 id = number.toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        into << id;
    }
    return true;
}

} // namespace

QStringList encode(const ChangeSet &changes, const QString &origin)
{
    if (changes.isEmpty())
        return {};
    QStringList payloads;
    QString current = origin;
    // The flags first: they always fit in the first payload.
    if (changes.accountsChanged)
        current += u" a"_s;
    if (changes.contactsChanged)
        current += u" k"_s;
    if (changes.outboxChanged)
        current += u" x"_s;
    appendIds(payloads, current, origin, u'c', changes.conversationIds);
    appendIds(payloads, current, origin, u'n', changes.newInboundMessageIds);
    appendIds(payloads, current, origin, u'h', changes.handedOverConversationIds);
    if (current.size() > origin.size())
        payloads << current;
    return payloads;
}

std::optional<Notice> decode(const QString &payload)
{
    if (payload.size() >= 8000)
        return std::nullopt;
    const QList<QStringView> fields = QStringView(payload).split(u' ');
    Notice notice;
    notice.origin = fields.constFirst().toString();
    if (notice.origin.size() != 36 || QUuid::fromString(notice.origin).isNull())
        return std::nullopt;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QStringView field = fields.at(i);
        if (field.isEmpty())
            return std::nullopt;
        const QStringView value = field.mid(1);
        QList<qint64> ids;
        switch (field.front().unicode()) {
        case u'a':
            if (!value.isEmpty())
                return std::nullopt;
            notice.changes.accountsChanged = true;
            break;
        case u'k':
            if (!value.isEmpty())
                return std::nullopt;
            notice.changes.contactsChanged = true;
            break;
        case u'x':
            if (!value.isEmpty())
                return std::nullopt;
            notice.changes.outboxChanged = true;
            break;
        case u'c':
            if (!readIds(value, ids))
                return std::nullopt;
            for (qint64 id : std::as_const(ids))
                notice.changes.conversationIds.insert(id);
            break;
        case u'n':
            if (!readIds(value, notice.changes.newInboundMessageIds))
                return std::nullopt;
            break;
        case u'h':
            if (!readIds(value, notice.changes.handedOverConversationIds))
                return std::nullopt;
            break;
        default:
            break; // a field of a newer app
        }
    }
    return notice;
}

} // namespace starling::changenotice
