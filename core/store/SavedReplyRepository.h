// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace starling {

class Database;

/** A reply kept for reuse, picked by its short name; see automation/SavedReplies for placeholders. */
struct SavedReply
{
    qint64 id = 0;
    QString shortcut; ///< the short name typed after "/", e.g. "refund"
    QString title;
    QString body; ///< may hold {first_name}, {name}, {handle}, {my_name}
    QDateTime updatedAt;

    bool operator==(const SavedReply &) const = default;
};

class SavedReplyRepository final
{
public:
    explicit SavedReplyRepository(Database &db);

    /** Every saved reply, by short name. */
    Result<QList<SavedReply>> all();
    Result<std::optional<SavedReply>> byShortcut(const QString &shortcut);
    /** Creates (id 0) or updates a saved reply; the short name must be unique. */
    Result<SavedReply> save(SavedReply reply);
    Result<void> remove(qint64 id);

private:
    Database &m_db;
};

} // namespace starling
