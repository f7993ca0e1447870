// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzSupport.h"

#include "providers/JsonFields.h"
#include "store/AccountRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace starling::fuzz {

namespace {

// Millions of inputs a minute: a log line each (a refused page, a failed statement) would be
// most of the work. STARLING_FUZZ_LOG=1 keeps them, to see why an input went where it went.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

qsizetype urlSize(const QUrl &url)
{
    return url.toString().size();
}

} // namespace

void initialise(int *argc, char ***argv)
{
    // Only the program name: libFuzzer's own flags are none of Qt's business.
    static int qtArgc = 1;
    static char *qtArgv[] = {argc && *argc > 0 ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr};
    static QCoreApplication app(qtArgc, qtArgv);
    if (qEnvironmentVariableIntValue("STARLING_FUZZ_LOG") == 0)
        qInstallMessageHandler(quiet);
}

void fail(const char *property, const char *file, int line)
{
    std::fprintf(stderr, "\n*** property violated: %s (%s:%d)\n", property, file, line);
    std::fflush(stderr);
    std::abort();
}

QString text(const uint8_t *data, size_t size, qsizetype longest)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    if (size >= 2 && data[0] == 0xff && data[1] == 0xfe) {
        QString raw(qsizetype((size - 2) / 2), Qt::Uninitialized);
        for (qsizetype i = 0; i < raw.size(); ++i)
            raw[i] = QChar(char16_t(data[2 + 2 * i] | (data[3 + 2 * i] << 8)));
        return raw;
    }
    if (size >= 3 && data[0] == 0xff && data[1] == 0xff) {
        const QString unit = QString::fromUtf8(chars + 3, qsizetype(size - 3));
        if (unit.isEmpty())
            return {};
        const qsizetype target = (qsizetype(data[2]) + 1) * (longest / 256);
        QString repeated;
        repeated.reserve(target + unit.size());
        while (repeated.size() < target)
            repeated += unit;
        return repeated;
    }
    return QString::fromUtf8(chars, qsizetype(size));
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

PageSize measure(const FetchedPage &page)
{
    PageSize size;
    // Memory, not text: copies of one QString share its characters (a media's alt text on each
    // message that shows it), so each buffer counts once.
    QSet<const QChar *> counted;
    const auto add = [&size, &counted](const QString &text) {
        if (!text.isEmpty() && !counted.contains(text.constData())) {
            counted.insert(text.constData());
            size.characters += text.size();
        }
    };
    const auto addList = [&add](const QStringList &list) {
        for (const QString &text : list)
            add(text);
    };
    size.items += page.people.size() + page.conversations.size() + page.messages.size() + page.membershipChanges.size()
                  + page.warnings.size();
    for (const Identity &p : page.people) {
        add(p.remoteId);
        add(p.handle);
        add(p.displayName);
        add(p.bio);
        size.characters += urlSize(p.avatarUrl);
    }
    for (const Conversation &c : page.conversations) {
        add(c.remoteId);
        add(c.title);
        add(c.preview);
        add(c.assignee);
        addList(c.tags);
        addList(c.participantRemoteIds);
    }
    for (const Message &m : page.messages) {
        add(m.remoteId);
        add(m.conversationRemoteId);
        add(m.authorRemoteId);
        add(m.text);
        add(m.replyToRemoteId);
        size.items += m.attachments.size();
        for (const Attachment &a : m.attachments) {
            add(a.remoteId);
            add(a.mimeType);
            add(a.altText);
            add(a.localPath);
            size.characters += urlSize(a.url) + urlSize(a.previewUrl);
        }
    }
    for (const MembershipChange &change : page.membershipChanges) {
        add(change.remoteId);
        add(change.conversationRemoteId);
        addList(change.personRemoteIds);
    }
    add(page.nextPageToken);
    add(page.newestCursor);
    return size;
}

void checkPage(const FetchedPage &page, qsizetype inputSize)
{
    const PageSize size = measure(page);
    // Every item, warnings included, stands for at least one byte of the input ("[],").
    FUZZ_CHECK(size.items <= inputSize);
    // Memory in proportion to what arrived: a URL may grow threefold by percent-encoding and is
    // kept twice (url and preview); more than that means one part of the input is copied into
    // many items, and a page of a few megabytes could then fill the memory.
    FUZZ_CHECK(size.characters <= 8 * inputSize + 1024);

    QSet<QString> conversations;
    for (const Conversation &c : page.conversations) {
        FUZZ_CHECK(!c.remoteId.isEmpty());
        for (const QString &participant : c.participantRemoteIds)
            FUZZ_CHECK(!participant.isEmpty());
        conversations.insert(c.remoteId);
    }
    for (const Identity &p : page.people)
        FUZZ_CHECK(!p.remoteId.isEmpty());
    for (const Message &m : page.messages) {
        FUZZ_CHECK(!m.remoteId.isEmpty());
        FUZZ_CHECK(!m.conversationRemoteId.isEmpty());
        FUZZ_CHECK(conversations.contains(m.conversationRemoteId));
        FUZZ_CHECK(m.createdAt.isValid());
        FUZZ_CHECK(m.text.size() <= json::maxStringLength);
    }
}

MemoryStore::MemoryStore()
{
    auto database = Database::openSqlite(QStringLiteral(":memory:"), Database::Role::Writer);
    if (!database) {
        std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(database.error().message()));
        std::abort();
    }
    m_database = std::move(database).value();
    m_account.id = QUuid::fromString(QStringLiteral("{5d0f3c1e-7a2b-4e8f-9c6d-1b2a3c4d5e6f}"));
    m_account.network = Network::X;
    m_account.handle = QStringLiteral("shop");
    m_account.remoteUserId = QStringLiteral("1501234567890123456");
    if (!AccountRepository(*m_database).upsert(m_account)) {
        std::fprintf(stderr, "cannot store the account\n");
        std::abort();
    }
}

MemoryStore::~MemoryStore() = default;

qint64 MemoryStore::count(const QString &sql)
{
    QSqlQuery query(m_database->connection());
    FUZZ_CHECK(query.exec(sql) && query.next());
    return query.value(0).toLongLong();
}

void MemoryStore::clear()
{
    // Children first; the search index follows the messages through their triggers.
    for (const char *table :
         {"attachments", "messages", "conversation_participants", "conversations", "identities", "sync_cursors"}) {
        QSqlQuery query(m_database->connection());
        FUZZ_CHECK(query.exec(QStringLiteral("DELETE FROM ") + QLatin1StringView(table)));
    }
}

} // namespace starling::fuzz
