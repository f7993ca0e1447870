// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeSet.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace starling::changenotice {

namespace {

/** NOTIFY refuses a payload this long: a longer one did not come from a Starling. */
constexpr qsizetype postgresLimit = 8000;

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
    if (payload.size() >= postgresLimit)
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
        // A flag is its letter alone.
        const auto flag = [&value](bool &into) {
            into = true;
            return value.isEmpty();
        };
        QList<qint64> conversations;
        bool ok = true;
        switch (field.front().unicode()) {
        case u'a':
            ok = flag(notice.changes.accountsChanged);
            break;
        case u'k':
            ok = flag(notice.changes.contactsChanged);
            break;
        case u'x':
            ok = flag(notice.changes.outboxChanged);
            break;
        case u'c':
            ok = readIds(value, conversations);
            for (qint64 id : std::as_const(conversations))
                notice.changes.conversationIds.insert(id);
            break;
        case u'n':
            ok = readIds(value, notice.changes.newInboundMessageIds);
            break;
        case u'h':
            ok = readIds(value, notice.changes.handedOverConversationIds);
            break;
        default:
            break; // a field of a newer app
        }
        if (!ok)
            return std::nullopt;
    }
    return notice;
}

} // namespace starling::changenotice
