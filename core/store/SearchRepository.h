// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountRepository.h"
#include "Result.h"
#include "domain/Message.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace starling {

class Database;

/** A search over every stored message. */
struct SearchRequest
{
    QString text; ///< as the user typed it; see ftsquery::fromUserText()
    QUuid accountId; ///< null: every account
    QList<Message::Kind> kinds; ///< empty: every kind
    int limit = 50;
    qint64 beforeId = 0; ///< 0: from the newest; else continue below this message id
};

/** Where a match lies in a message's text, in UTF-16 units (QString indices). */
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const TextRange &) const = default;
};

struct SearchHit
{
    Message message; ///< without attachments
    QList<TextRange> ranges;
};

/** Full-text search, newest message first, with the matched ranges for highlighting. */
class SearchRepository final
{
public:
    explicit SearchRepository(Database &db);

    /** Any user text is accepted; text with nothing searchable gives no hits, not an error. */
    Result<QList<SearchHit>> search(const SearchRequest &request);

    /** Reads the ranges out of text marked by FTS5's highlight() with \x01 … \x02. */
    static QList<TextRange> rangesFromHighlight(const QString &original, const QString &highlighted);

private:
    Database &m_db;
    AccountRepository m_accounts;
};

} // namespace starling
