// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchData.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <tuple>

using namespace Qt::StringLiterals;

namespace starling::bench {

namespace {

// The profile covers two years that end at 2026-01-01T00:00:00Z.
constexpr qint64 profileStart = 1'704'067'200'000;
constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 profileSpan = 730 * dayMs;
// Inbound messages of the last two days are unread; everything older has been read.
constexpr qint64 unreadWindow = 2 * dayMs;
// X's snowflake ids count milliseconds from this epoch.
constexpr qint64 snowflakeEpoch = 1'288'834'974'657;
constexpr int vocabularySize = 30'000;
constexpr double zipfExponent = 1.0;
constexpr int maxTextLength = 280;

/** Independent random streams, so that changing how one thing is drawn never shifts the others. */
enum class Stream : quint64
{
    Vocabulary = 1,
    Sizes,
    Timeline,
    Conversation,
    Message,
    Person,
    Estimate,
};

/** SplitMix64: tiny, fast and good enough for synthetic data; seeded per stream and index. */
class Random
{
public:
    Random(quint64 seed, Stream stream, quint64 index)
        : m_state(seed ^ (quint64(stream) << 56) ^ (index * 0xD1B54A32D192ED03ULL))
    {
        next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, 1). */
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /** Uniform in [low, high], both included. */
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    template<typename T, std::size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[next() % N];
    }

private:
    quint64 m_state;
};

QSet<QString> wordSet(const QString &words)
{
    const QStringList list = words.split(u' ');
    return QSet<QString>(list.begin(), list.end());
}

// The most frequent words of customer-care messages, most frequent first. The service words sit
// where a Zipf distribution makes them appear in about one message in ten, so they are the
// "common" words searched for; the long tail below them is generated.
const QStringList &coreWords()
{
    static const QStringList words =
        QString(u"i you the to my and a is it for order of please in me refund this we delivery your on have "
                u"be can that not with account but do was are just so at get help if no still will what when "
                u"been an from there our us would all any know time could need now one today received package "
                u"card app service days week again back update payment email number tracking issue store "
                u"support yes why how they has did got like want here check sent made item let look it's i'm "
                u"don't can't about up waiting looking working problem shipping product return phone call "
                u"message dm address details information customer price charged money bought purchase online "
                u"website login password code error wrong missing damaged box size colour new old last first "
                u"next never always yesterday hours minutes month tonight weekend monday friday driver "
                u"courier parcel door left neighbour cancel cancelled subscription plan bill invoice receipt "
                u"voucher discount promo sale stock available exchange replacement warranty broken screen "
                u"battery charger cable signal network internet wifi router outage down slow crash crashes "
                u"version android iphone laptop manager complaint ridiculous terrible great amazing love "
                u"quick fast late early soon asap urgent really very much more than only also because which "
                u"where who should must may might said told asked tried try find found see seen use used open "
                u"closed branch agent chat reply answer response hold queue ticket reference case status "
                u"confirm confirmed verify verified secure fraud "
                // Words from other languages and loanwords, accented; the tokenizer folds the accents.
                u"café señor über déjà naïve façade crème brûlée résumé jalapeño piñata são zürich málaga "
                u"kraków número garantía envío pedido gracias merci danke größe straße açaí entrée fiancé "
                u"cliché rosé soirée"_s)
            .split(u' ');
    return words;
}

// Words written by the phrases around the Zipf text (openers, mentions of the shop, links).
// They are never picked as search words: their frequency is not the one the vocabulary predicts.
const QSet<QString> &phraseWords()
{
    static const QSet<QString> words =
        wordSet(u"hi hello hey there good morning team thanks for reaching out sorry to hear that happy help your "
                u"patience shop https example com t we are on it thank you looking into this let me check"_s);
    return words;
}

// Function words nobody searches for; the search words are picked among the others.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words =
        wordSet(u"have with this that your from been would could what when there they just will still about here "
                u"like want know need than only also which where should must might very much more really again "
                u"back because said told look"_s);
    return words;
}

constexpr std::array inboundOpeners = {u"Hi,", u"Hello,", u"Hey,", u"Hi there,", u"Good morning,", u"Hey team,"};
constexpr std::array outboundOpeners = {u"Hi,",
                                        u"Hello,",
                                        u"Thanks for reaching out.",
                                        u"Sorry to hear that.",
                                        u"Happy to help!",
                                        u"Thanks for your patience.",
                                        u"Let me check.",
                                        u"We are on it."};
// Single code points, a variation sequence, a ZWJ sequence and a flag: every kind of emoji.
constexpr std::array emoji = {u"🙂", u"👍", u"🙏",    u"😡",           u"📦",  u"❤️", u"😂",
                              u"🎉",    u"😞", u"🤞", u"👩‍💻", u"🇩🇪", u"✅",      u"⏳"};
constexpr std::array sentenceEnds = {u".", u".", u".", u"?", u"!", u","};

constexpr std::array firstNames = {
    u"Ana",     u"José",   u"Zoë",    u"Søren",    u"Łukasz", u"Amélie", u"Björn",  u"Chloé",  u"Ayşe",  u"Renée",
    u"Siobhán", u"Jürgen", u"Inês",   u"Mateo",    u"Olivia", u"Liam",   u"Emma",   u"Noah",   u"Mia",   u"Lucas",
    u"Sofia",   u"Hugo",   u"Léa",    u"Mohammed", u"Fatima", u"Yuki",   u"Wei",    u"Priya",  u"Arjun", u"Kofi",
    u"Amara",   u"Ingrid", u"Dmitri", u"Olga",     u"Tomás",  u"Chiara", u"Giulia", u"Nguyễn", u"Sam",   u"Alex"};
constexpr std::array lastNames = {u"García",    u"Müller",  u"Ødegaard",     u"Wiśniewski",   u"Dubois",    u"Åkesson",
                                  u"Martin",    u"Yılmaz",  u"Côté",         u"Ó Briain",     u"Weiß",      u"Baptista",
                                  u"Smith",     u"Johnson", u"Brown",        u"Tanaka",       u"Chen",      u"Patel",
                                  u"Okafor",    u"Rossi",   u"Novák",        u"Kowalski",     u"Jensen",    u"Silva",
                                  u"Nakamura",  u"Kim",     u"Lee",          u"O'Connor",     u"Fernández", u"Schröder",
                                  u"Lindqvist", u"Dvořák",  u"Papadopoulos", u"van der Berg", u"Haddad"};

/** The key the search tokenizer would see: lower case, accents removed. */
QString foldedKey(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D).toLower();
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            key += c;
    }
    return key;
}

QString asciiOnly(const QString &text)
{
    QString out;
    for (const QChar c : foldedKey(text)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c;
    }
    return out;
}

/** Cuts @p text to at most @p length UTF-16 units without splitting a surrogate pair. */
void truncateText(QString &text, qsizetype length)
{
    if (text.size() <= length)
        return;
    text.truncate(text.at(length - 1).isHighSurrogate() ? length - 1 : length);
}

} // namespace

/** A Zipf-distributed vocabulary: the core words first, then generated words for the long tail. */
class ZipfVocabulary
{
public:
    explicit ZipfVocabulary(quint64 seed)
    {
        QSet<QString> keys;
        const auto add = [&](const QString &word) {
            const QString key = foldedKey(word);
            if (keys.contains(key))
                return;
            keys.insert(key);
            m_ranks.insert(word, int(m_words.size()));
            m_words << word;
        };
        for (const QString &word : phraseWords())
            keys.insert(word); // so that no generated word collides with them
        for (const QString &word : coreWords())
            add(word);

        static constexpr std::array onsets = {u"b",  u"c",  u"d",  u"f",  u"g",  u"h",  u"j",  u"k",  u"l",
                                              u"m",  u"n",  u"p",  u"r",  u"s",  u"t",  u"v",  u"w",  u"z",
                                              u"br", u"cr", u"dr", u"fr", u"gr", u"pl", u"pr", u"st", u"tr",
                                              u"sh", u"ch", u"th", u"qu", u"sk", u"sl", u"sp"};
        static constexpr std::array nuclei = {u"a", u"e", u"i",  u"o",  u"u",  u"a",  u"e",
                                              u"i", u"o", u"ai", u"ea", u"ou", u"ie", u"y"};
        static constexpr std::array codas = {u"",  u"",  u"",  u"n",  u"r",  u"s", u"l",
                                             u"m", u"t", u"x", u"nd", u"st", u"rk"};
        Random random(seed, Stream::Vocabulary, 0);
        while (m_words.size() < vocabularySize) {
            QString word;
            const int syllables = random.between(2, 3);
            for (int s = 0; s < syllables; ++s) {
                word += QStringView(random.pick(onsets));
                word += QStringView(random.pick(nuclei));
            }
            word += QStringView(random.pick(codas));
            add(word);
        }

        m_probabilities.resize(m_words.size());
        double sum = 0;
        for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
            m_probabilities[rank] = 1.0 / std::pow(double(rank + 1), zipfExponent);
            sum += m_probabilities[rank];
        }
        m_cumulative.resize(m_words.size());
        double running = 0;
        for (qsizetype rank = 0; rank < m_words.size(); ++rank) {
            m_probabilities[rank] /= sum;
            running += m_probabilities[rank];
            m_cumulative[rank] = running;
        }
        m_cumulative.back() = 1.0;
    }

    int size() const { return int(m_words.size()); }
    const QString &word(int rank) const { return m_words.at(rank); }
    double probability(int rank) const { return m_probabilities[rank]; }
    int rankOf(const QString &word) const { return m_ranks.value(word, -1); }

    int sample(Random &random) const
    {
        const double u = random.uniform();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return int(std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1));
    }

    /** Plain lower-case ASCII words of four letters or more that only the Zipf text writes, no function words. */
    bool isSearchCandidate(int rank) const
    {
        const QString &w = m_words.at(rank);
        if (w.size() < 4 || phraseWords().contains(w) || stopWords().contains(w))
            return false;
        return std::all_of(w.begin(), w.end(), [](QChar c) { return c >= u'a' && c <= u'z'; });
    }

private:
    QStringList m_words;
    QHash<QString, int> m_ranks;
    std::vector<double> m_probabilities;
    std::vector<double> m_cumulative;
};

struct BenchData::Event
{
    qint64 ms = 0;
    qint32 conversation = 0;
    qint32 position = 0; ///< index of the message inside its conversation
    qint64 previous = -1; ///< the event before it in the same conversation
};

struct BenchData::ConversationPlan
{
    int size = 0;
    int person = 0;
    bool publicThread = false;
    qint64 firstEvent = -1;
};

namespace {

struct ComposedText
{
    QString text;
    int zipfWords = 0; ///< how many words came from the vocabulary
};

/**
 * A customer-care message: 5–280 UTF-16 units, mostly 40–160, with an opener now and then, Zipf
 * words in sentences, sometimes an order number, a link, an emoji or an agent's signature.
 */
ComposedText composeText(const ZipfVocabulary &vocabulary, Random &random, bool inbound, bool mentionsUs)
{
    const double lengthClass = random.uniform();
    const int target = lengthClass < 0.07   ? random.between(5, 39)
                       : lengthClass < 0.90 ? random.between(40, 160)
                                            : random.between(161, maxTextLength);
    ComposedText out;
    QString &text = out.text;
    text.reserve(target + 24);
    if (mentionsUs)
        text += u"@shop"_s;
    if (target >= 30 && random.chance(0.35)) {
        if (!text.isEmpty())
            text += u' ';
        text += QStringView(inbound ? random.pick(inboundOpeners) : random.pick(outboundOpeners));
    }
    bool orderNumber = random.chance(0.10);
    bool link = random.chance(0.03);
    bool withEmoji = random.chance(0.08);
    bool capital = true;
    int sentenceLeft = random.between(4, 14);

    for (;;) {
        QString token;
        bool zipf = false;
        if (orderNumber && text.size() > target / 3) {
            token = u"#%1%2"_s.arg(QChar(u'A' + random.between(0, 25))).arg(random.between(100'000, 999'999));
            orderNumber = false;
        } else if (link && text.size() > target / 2) {
            token = u"https://example.com/t/%1%2"_s.arg(QChar(u'a' + random.between(0, 25)))
                        .arg(random.between(10'000'000, 99'999'999));
            link = false;
        } else if (withEmoji && random.chance(0.15)) {
            token = QStringView(random.pick(emoji)).toString();
            withEmoji = false;
        } else {
            token = vocabulary.word(vocabulary.sample(random));
            zipf = true;
            if (token == u"i"_s)
                token = u"I"_s;
            if (capital)
                token[0] = token.at(0).toUpper();
            capital = false;
            if (--sentenceLeft == 0) {
                const QStringView end = random.pick(sentenceEnds);
                token += end;
                capital = end != QStringView(u",");
                sentenceLeft = random.between(4, 14);
            }
        }
        const qsizetype separator = text.isEmpty() ? 0 : 1;
        if (text.size() >= 5 && text.size() + separator + token.size() > target)
            break;
        if (separator)
            text += u' ';
        text += token;
        if (zipf)
            ++out.zipfWords;
        if (text.size() >= target)
            break;
    }
    if (withEmoji && text.size() + 3 <= maxTextLength) {
        text += u' ';
        text += QStringView(random.pick(emoji));
    }
    if (text.at(text.size() - 1).isLetter() && random.chance(0.6))
        text += QStringView(random.pick(sentenceEnds)).left(1);
    if (!inbound && random.chance(0.4) && text.size() + 4 <= maxTextLength)
        text += u" ^%1%2"_s.arg(QChar(u'A' + random.between(0, 25))).arg(QChar(u'A' + random.between(0, 25)));
    truncateText(text, maxTextLength);
    return out;
}

} // namespace

QString BenchData::checkSpec(const ProfileSpec &spec)
{
    if (spec.messages < 1 || spec.conversations < 1 || spec.threadSize < 1 || spec.pageSize < 1)
        return u"every size must be at least 1"_s;
    if (spec.messages / spec.pageSize >= std::numeric_limits<int>::max() || spec.messages >= (qint64(1) << 31))
        return u"too many messages"_s;
    if (spec.threadSize > spec.messages)
        return u"the big thread cannot hold more messages than the profile"_s;
    if (spec.conversations == 1 && spec.threadSize != spec.messages)
        return u"with one conversation, the thread size must equal the number of messages"_s;
    if (spec.conversations - 1 > spec.messages - spec.threadSize)
        return u"%1 messages cannot fill a %2-message thread and %3 other conversations"_s.arg(spec.messages)
            .arg(spec.threadSize)
            .arg(spec.conversations - 1);
    return {};
}

BenchData::BenchData(const ProfileSpec &spec)
    : m_spec(spec)
    , m_vocabulary(std::make_unique<ZipfVocabulary>(spec.seed))
{
    Q_ASSERT(checkSpec(spec).isEmpty());
    m_account.id = QUuid::createUuidV5(QUuid(), u"starling-bench-account"_s);
    m_account.network = Network::X;
    m_account.handle = u"shop"_s;
    m_account.displayName = u"The Shop Support"_s;
    m_account.remoteUserId = u"783214"_s;
    m_account.serverUrl = QUrl(u"https://api.x.com"_s);
    planConversations();
    planTimeline();
    estimateShares();
}

BenchData::~BenchData() = default;

void BenchData::planConversations()
{
    const int count = m_spec.conversations;
    m_conversations.assign(count, ConversationPlan());
    m_conversations[0].size = m_spec.threadSize;

    // The other conversations share the remaining messages with a heavy tail (Pareto, alpha 1.2,
    // capped): most hold a few messages, a few hold hundreds.
    if (count > 1) {
        Random random(m_spec.seed, Stream::Sizes, 0);
        const qint64 extra = (m_spec.messages - m_spec.threadSize) - (count - 1);
        std::vector<double> weights(count, 0.0);
        double total = 0;
        for (int c = 1; c < count; ++c) {
            weights[c] = std::min(100.0, std::pow(1.0 - random.uniform(), -1.0 / 1.2));
            total += weights[c];
        }
        qint64 assigned = 0;
        for (int c = 1; c < count; ++c) {
            const auto share = qint64(std::floor(double(extra) * weights[c] / total));
            m_conversations[c].size = 1 + int(share);
            assigned += share;
        }
        for (qint64 left = extra - assigned, c = 1; left > 0; --left, c = c % (count - 1) + 1)
            ++m_conversations[c].size;
    }

    for (int c = 0; c < count; ++c) {
        Random random(m_spec.seed, Stream::Conversation, quint64(c));
        ConversationPlan &plan = m_conversations[c];
        // One conversation in five is a public thread that started with a mention; the big
        // thread is a long-running DM with a key customer.
        plan.publicThread = c != 0 && random.chance(0.2);
        plan.person = plan.publicThread && random.chance(0.5) ? random.between(0, count - 1) : c;
    }
}

void BenchData::planTimeline()
{
    m_events.clear();
    m_events.reserve(m_spec.messages);
    std::vector<double> gaps;
    for (int c = 0; c < int(m_conversations.size()); ++c) {
        const int size = m_conversations[c].size;
        Random random(m_spec.seed, Stream::Timeline, quint64(c));
        if (c == 0) {
            // The big thread runs through the whole profile.
            for (int k = 0; k < size; ++k)
                m_events.push_back({profileStart + qint64((k + random.uniform()) * double(profileSpan) / size), c, k});
            continue;
        }
        // Other conversations come in bursts: replies minutes apart, now and then days later.
        gaps.assign(size > 1 ? size - 1 : 0, 0.0);
        double length = 0;
        for (double &gap : gaps) {
            gap = std::max(2000.0, random.chance(0.15) ? random.exponential(2.0 * dayMs)
                                                       : random.exponential(15.0 * 60 * 1000));
            length += gap;
        }
        const double room = double(profileSpan) * 0.98;
        const double scale = length > room ? room / length : 1.0;
        double t = double(profileStart) + random.uniform() * (double(profileSpan) - length * scale);
        for (int k = 0; k < size; ++k) {
            if (k > 0)
                t += gaps[k - 1] * scale;
            m_events.push_back({qint64(t), c, k});
        }
    }
    std::sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        return std::tie(a.ms, a.conversation, a.position) < std::tie(b.ms, b.conversation, b.position);
    });
    std::vector<qint64> last(m_conversations.size(), -1);
    for (qint64 i = 0; i < qint64(m_events.size()); ++i) {
        Event &e = m_events[i];
        e.previous = last[e.conversation];
        last[e.conversation] = i;
        if (e.position == 0)
            m_conversations[e.conversation].firstEvent = i;
    }
    m_unreadAfter = profileStart + profileSpan - unreadWindow;
}

void BenchData::estimateShares()
{
    // How many vocabulary words a message holds varies with its length; sample the composer to
    // learn that distribution, then P(word in message) = E[1 - (1 - p)^words].
    constexpr int samples = 20'000;
    std::vector<double> histogram;
    Random random(m_spec.seed, Stream::Estimate, 0);
    for (int i = 0; i < samples; ++i) {
        const bool inbound = random.chance(0.55);
        const int words = composeText(*m_vocabulary, random, inbound, false).zipfWords;
        if (words >= int(histogram.size()))
            histogram.resize(words + 1, 0.0);
        histogram[words] += 1.0 / samples;
    }
    m_shares.assign(m_vocabulary->size(), 0.0);
    for (int rank = 0; rank < m_vocabulary->size(); ++rank) {
        const double p = m_vocabulary->probability(rank);
        double share = 0;
        for (int words = 1; words < int(histogram.size()); ++words)
            share += histogram[words] * (1.0 - std::pow(1.0 - p, words));
        m_shares[rank] = share;
    }
}

QStringList BenchData::wordsNearShare(double share, int count) const
{
    std::vector<int> ranks;
    for (int rank = 0; rank < m_vocabulary->size(); ++rank) {
        if (m_vocabulary->isSearchCandidate(rank))
            ranks.push_back(rank);
    }
    const auto distance = [&](int rank) { return std::abs(std::log(m_shares[rank] / share)); };
    std::stable_sort(ranks.begin(), ranks.end(), [&](int a, int b) { return distance(a) < distance(b); });
    QStringList words;
    for (int i = 0; i < count && i < int(ranks.size()); ++i)
        words << m_vocabulary->word(ranks[i]);
    return words;
}

QStringList BenchData::commonWords(int count) const
{
    return wordsNearShare(0.10, count);
}

QStringList BenchData::rareWords(int count) const
{
    return wordsNearShare(0.0001, count);
}

double BenchData::expectedShare(const QString &word) const
{
    const int rank = m_vocabulary->rankOf(word);
    return rank < 0 ? 0.0 : m_shares[rank];
}

int BenchData::pageCount() const
{
    return int((m_spec.messages + m_spec.pageSize - 1) / m_spec.pageSize);
}

double BenchData::meanConversationsPerPage() const
{
    std::vector<int> lastPage(m_conversations.size(), -1);
    qint64 distinct = 0;
    for (qint64 i = 0; i < qint64(m_events.size()); ++i) {
        const int page = int(i / m_spec.pageSize);
        int &last = lastPage[m_events[i].conversation];
        if (last != page) {
            last = page;
            ++distinct;
        }
    }
    return double(distinct) / pageCount();
}

QString BenchData::bigThreadRemoteId() const
{
    return conversationRemoteId(0);
}

QString BenchData::personRemoteId(int personIndex) const
{
    return QString::number(1'200'000'000'000'000'000LL + qint64(personIndex) * 1'000'003LL);
}

QString BenchData::messageRemoteId(qint64 index) const
{
    // Snowflake-like: time in the high bits, so ids sort by time as X's do; the low bits keep
    // messages of the same millisecond apart.
    const qint64 ms = m_events[index].ms - snowflakeEpoch;
    return QString::number((ms << 22) | (index & 0x3FFFFF));
}

QString BenchData::conversationRemoteId(int conversation) const
{
    const ConversationPlan &plan = m_conversations[conversation];
    // X names a DM conversation after its two users and a public thread after its first post.
    if (plan.publicThread)
        return messageRemoteId(plan.firstEvent);
    return m_account.remoteUserId + u'-' + personRemoteId(plan.person);
}

Identity BenchData::self() const
{
    Identity i;
    i.accountId = m_account.id;
    i.remoteId = m_account.remoteUserId;
    i.handle = m_account.handle;
    i.displayName = m_account.displayName;
    i.avatarUrl = QUrl(u"https://pbs.twimg.example/profile_images/783214/shop_normal.png"_s);
    i.bio = u"We are here to help, every day from 8:00 to 22:00. 📦"_s;
    i.followersCount = 182'000;
    return i;
}

Identity BenchData::person(int personIndex) const
{
    Random random(m_spec.seed, Stream::Person, quint64(personIndex));
    Identity i;
    i.accountId = m_account.id;
    i.remoteId = personRemoteId(personIndex);
    const QString first = QStringView(random.pick(firstNames)).toString();
    const QString last = QStringView(random.pick(lastNames)).toString();
    i.displayName = first + u' ' + last;
    i.handle = asciiOnly(first) + u'_' + asciiOnly(last).left(6) + QString::number(personIndex % 1000);
    i.avatarUrl = QUrl(u"https://pbs.twimg.example/profile_images/%1/photo_normal.jpg"_s.arg(i.remoteId));
    if (random.chance(0.7))
        i.bio = composeText(*m_vocabulary, random, true, false).text.left(120);
    i.followersCount = int(random.exponential(300.0));
    return i;
}

Message BenchData::message(qint64 index) const
{
    const Event &e = m_events[index];
    const ConversationPlan &plan = m_conversations[e.conversation];
    Random random(m_spec.seed, Stream::Message, quint64(index));
    const bool inbound = e.position == 0 || random.chance(0.55);

    Message m;
    m.accountId = m_account.id;
    m.conversationRemoteId = conversationRemoteId(e.conversation);
    m.remoteId = messageRemoteId(index);
    m.direction = inbound ? Message::Direction::Inbound : Message::Direction::Outbound;
    if (plan.publicThread) {
        m.kind = !inbound ? Message::Kind::OwnPost : e.position == 0 ? Message::Kind::Mention : Message::Kind::Reply;
        if (e.previous >= 0)
            m.replyToRemoteId = messageRemoteId(e.previous);
    } else {
        m.kind = Message::Kind::DirectMessage;
    }
    m.authorRemoteId = inbound ? personRemoteId(plan.person) : m_account.remoteUserId;
    m.text = composeText(*m_vocabulary, random, inbound, plan.publicThread && inbound).text;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(e.ms, QTimeZone::utc());
    m.delivery = Message::Delivery::Delivered;
    m.read = !inbound || e.ms <= m_unreadAfter;
    if (random.chance(inbound ? 0.03 : 0.01)) {
        Attachment a;
        a.kind = Attachment::Kind::Image;
        a.remoteId = u"3_"_s + m.remoteId;
        a.url = QUrl(u"https://pbs.twimg.example/media/%1.jpg"_s.arg(m.remoteId));
        a.previewUrl = QUrl(u"https://pbs.twimg.example/media/%1.jpg?name=small"_s.arg(m.remoteId));
        a.mimeType = u"image/jpeg"_s;
        a.width = 1200;
        a.height = 900;
        a.sizeBytes = 40'000 + random.between(0, 400'000);
        m.attachments << a;
    }
    return m;
}

SyncPage BenchData::page(int index) const
{
    SyncPage page;
    page.accountId = m_account.id;
    page.stream = u"dm_events"_s;
    page.cursor = u"page-%1"_s.arg(index + 1);
    const qint64 first = qint64(index) * m_spec.pageSize;
    const qint64 end = std::min<qint64>(m_spec.messages, first + m_spec.pageSize);
    QHash<int, qsizetype> conversations;
    QSet<int> people;
    bool selfListed = false;
    page.messages.reserve(end - first);
    for (qint64 i = first; i < end; ++i) {
        Message m = message(i);
        const int c = m_events[i].conversation;
        const ConversationPlan &plan = m_conversations[c];
        if (!people.contains(plan.person)) {
            people.insert(plan.person);
            page.identities << person(plan.person);
        }
        if (m.direction == Message::Direction::Outbound && !selfListed) {
            selfListed = true;
            page.identities << self();
        }
        if (auto it = conversations.constFind(c); it != conversations.constEnd()) {
            Conversation &existing = page.conversations[*it];
            existing.lastActivity = std::max(existing.lastActivity, m.createdAt);
        } else {
            Conversation conversation;
            conversation.accountId = m_account.id;
            conversation.remoteId = m.conversationRemoteId;
            conversation.kind = plan.publicThread ? Conversation::Kind::PublicThread : Conversation::Kind::Direct;
            conversation.lastActivity = m.createdAt;
            conversation.participantRemoteIds = {personRemoteId(plan.person)};
            conversations.insert(c, page.conversations.size());
            page.conversations << conversation;
        }
        page.messages << std::move(m);
    }
    return page;
}

} // namespace starling::bench
