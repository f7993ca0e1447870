// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS query builder (core/store/FtsQuery) and the search behind it (issue #12). Whatever the
// user types, ftsquery::fromUserText() must give a query no longer than a linear function of the
// text, and SearchRepository::search() must answer it without an error from FTS5 ("any typed
// text accepted"). The text is also stored as a message first, the newest: a search for a
// message's own text must find it (when it holds a word FTS5 surely tokenizes). Highlight ranges must lie inside the
// message text.
#include "FuzzSupport.h"

#include "providers/JsonFields.h"
#include "store/Database.h"
#include "store/FtsQuery.h"
#include "store/PageWriter.h"
#include "store/SearchRepository.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace starling;

namespace {

// What a search box may be pasted into; also as long as a stored message can be.
constexpr qsizetype longestText = json::maxStringLength;

/** The store with a few stored messages, so that every query has rows to run over. */
struct Fixture
{
    fuzz::MemoryStore store;
    PageWriter writer{store.database()};
    SearchRepository search{store.database()};

    Message message(const QString &remoteId, const QString &text, qint64 second) const
    {
        Message m;
        m.accountId = store.account().id;
        m.conversationRemoteId = u"c1"_s;
        m.remoteId = remoteId;
        m.authorRemoteId = u"p1"_s;
        m.text = text;
        m.createdAt = QDateTime::fromSecsSinceEpoch(1'780'000'000 + second, QTimeZone::utc());
        return m;
    }

    void write(const QList<Message> &messages)
    {
        SyncPage page;
        page.accountId = store.account().id;
        page.stream = u"dm"_s;
        page.messages = messages;
        FUZZ_CHECK(writer.write(page).ok());
    }

    Fixture()
    {
        const QStringList texts{
            u"Where is my order? It should have arrived on Monday."_s,
            u"\"Quoted words\" and a NEAR b OR NOT c AND d: text:column ^start"_s,
            u"Über café naïve résumé, Straße"_s,
            u"日本語のテキストと한국어 텍스트"_s,
            u"emoji 😀👍🏽 and #hashtag @mention https://example.com/path?q=1"_s,
            u"prefix order* ord* \"ord\"*"_s,
        };
        QList<Message> messages;
        for (qsizetype i = 0; i < texts.size(); ++i)
            messages << message(u"m%1"_s.arg(i), texts.at(i), i);
        write(messages);
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fixture &f = fixture();
    const QString text = fuzz::text(data, size, longestText);
    const QString query = ftsquery::fromUserText(text);
    // A term is its text in quotes, with quotes doubled, and a space: "a" for a, at most twice
    // the input and the quotes of one unbalanced last term.
    FUZZ_CHECK(query.size() <= 2 * text.size() + 4);

    // Messages are never longer than a mapped field (FTS5's highlight() is quadratic in a text's
    // length, bounded so); the search may be.
    const QString stored = text.left(json::maxStringLength);
    f.write({f.message(u"typed"_s, stored, 1000)});
    SearchRequest request;
    request.text = text;
    auto hits = f.search.search(request);
    if (!hits)
        std::fprintf(stderr, "search failed: %s\n", qPrintable(hits.error().message()));
    FUZZ_CHECK(hits.ok());
    bool found = false;
    for (const SearchHit &hit : hits.value()) {
        found = found || hit.message.remoteId == u"typed";
        for (const TextRange &range : hit.ranges)
            FUZZ_CHECK(range.start >= 0 && range.length > 0 && range.start + range.length <= hit.message.text.size());
    }
    // FTS5 skips a term it finds no token in (a lone combining mark, which remove_diacritics
    // drops, or a letter newer than its Unicode tables) unless no other term is left, and then
    // finds nothing, as an empty query does. A text with an ASCII letter or digit always keeps one.
    const bool asciiWord = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    });
    // SQLite stores a lone high surrogate together with the unit after it: that text is not the
    // one typed any more.
    FUZZ_CHECK(found || query.isEmpty() || !asciiWord || stored.size() < text.size() || !text.isValidUtf16());

    QSqlQuery remove(f.store.database().connection());
    FUZZ_CHECK(remove.exec(u"DELETE FROM messages WHERE remote_id = 'typed'"_s));
    return 0;
}
