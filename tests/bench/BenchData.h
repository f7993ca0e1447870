// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "store/SyncPage.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace starling::bench {

class ZipfVocabulary;

/** The size and shape of a generated profile. The same spec and seed always give the same data. */
struct ProfileSpec
{
    qint64 messages = 1'000'000;
    int conversations = 50'000;
    int threadSize = 10'000; ///< messages of the one big conversation (the first one)
    int pageSize = 100; ///< messages per sync page, like X's max_results
    quint64 seed = 0x5354524c494e47; // "STRLING"
};

/**
 * A deterministic customer-care inbox for benchmarks: one account on X, DMs and mentions with a
 * mix of inbound and outbound messages, one very long thread, and conversations whose sizes
 * follow a heavy-tailed distribution. Texts are 5–280 characters (mostly 40–160), drawn from a
 * vocabulary with a Zipf distribution, with order numbers, links, emoji and accented words.
 *
 * Messages are handed out as SyncPages in time order, the way a sync would store them. Every
 * page is built from the seed and its index alone, so pages can be made in any order and a
 * profile of a million messages never has to be held in memory at once.
 */
class BenchData final
{
public:
    /** Why @p spec cannot be generated, or an empty string when it can. */
    static QString checkSpec(const ProfileSpec &spec);

    /** Plans the timeline of the whole profile (about 24 bytes per message). @p spec must pass checkSpec(). */
    explicit BenchData(const ProfileSpec &spec);
    ~BenchData();
    Q_DISABLE_COPY_MOVE(BenchData)

    const ProfileSpec &spec() const { return m_spec; }
    /** The account every page belongs to; store it before writing pages. */
    const Account &account() const { return m_account; }
    int pageCount() const;
    /** Page @p index (0 = oldest) with the people and conversations its messages name. */
    SyncPage page(int index) const;

    /** How many different conversations a page touches, on average: what a page write updates. */
    double meanConversationsPerPage() const;

    /** The remote id of the big conversation (threadSize messages). */
    QString bigThreadRemoteId() const;

    /** Words expected in about 10% of the messages. */
    QStringList commonWords(int count) const;
    /** Words expected in about 0.01% of the messages. */
    QStringList rareWords(int count) const;
    /** The share of messages expected to contain @p word at least once; 0 for unknown words. */
    double expectedShare(const QString &word) const;

private:
    struct Event;
    struct ConversationPlan;

    void planConversations();
    void planTimeline();
    void estimateShares();
    QStringList wordsNearShare(double share, int count) const;

    Message message(qint64 index) const;
    Identity person(int personIndex) const;
    Identity self() const;
    QString messageRemoteId(qint64 index) const;
    QString conversationRemoteId(int conversation) const;
    QString personRemoteId(int personIndex) const;

    ProfileSpec m_spec;
    Account m_account;
    std::unique_ptr<ZipfVocabulary> m_vocabulary;
    std::vector<ConversationPlan> m_conversations;
    std::vector<Event> m_events; ///< every message, oldest first
    std::vector<double> m_shares; ///< by vocabulary rank: expected share of messages with the word
    qint64 m_unreadAfter = 0; ///< inbound messages newer than this (ms) are unread
};

} // namespace starling::bench
