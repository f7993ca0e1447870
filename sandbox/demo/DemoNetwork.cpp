// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNetwork.h"

#include "bluesky/BlueskyServer.h"
#include "mastodon/MastodonServer.h"
#include "x/XServer.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

struct Person
{
    const char16_t *username;
    const char16_t *name;
    const char16_t *bio;
    int followers;
};

// Believable customers of a small online shop, from several countries.
constexpr Person people[] = {
    {u"dana_ortiz", u"Dana Ortiz", u"Tea, trail running and too many plants.", 1204},
    {u"ben_ito", u"Ben Ito", u"Designer in Osaka. Coffee first.", 388},
    {u"ana_lima", u"Ana Lima", u"Fotógrafa. São Paulo.", 5120},
    {u"priya_nair", u"Priya Nair", u"Product manager, weekend baker.", 932},
    {u"marcus_lee", u"Marcus Lee", u"Dad of two. Board games.", 147},
    {u"sofia_rossi", u"Sofia Rossi", u"Milano · interior design", 2671},
    {u"kenji_sato", u"佐藤 健二", u"東京在住。カメラが好きです。", 811},
    {u"lea_mueller", u"Lea Müller", u"Berlin. Fahrrad, Bücher, Kaffee.", 455},
    {u"omar_haddad", u"Omar Haddad", u"Runner. Always late for the bus.", 260},
    {u"chloe_martin", u"Chloé Martin", u"Lyon 🇫🇷 · cuisine & vélo", 1890},
    {u"tomasz_nowak", u"Tomasz Nowak", u"Software and sourdough.", 73},
    {u"grace_kim", u"Grace Kim", u"Teacher. Reads on the train.", 640},
    {u"noah_brown", u"Noah Brown", u"Sneakers and synthesizers.", 3302},
    {u"amara_okafor", u"Amara Okafor", u"Lagos → London. Fashion student.", 7715},
    {u"lucas_silva", u"Lucas Silva", u"Futebol aos domingos.", 219},
    {u"mia_jensen", u"Mia Jensen", u"Copenhagen. Ceramics.", 1045},
};

struct Exchange
{
    int person;
    int minutesAgo;
    bool ours; ///< written by the shop
    const char16_t *text;
};

// Direct-message threads, oldest line first within each person.
constexpr Exchange dms[] = {
    {0, 60 * 26, false, u"Hi! My order #4411 never arrived. Tracking says delivered but there's nothing here."},
    {0, 60 * 25, true, u"Sorry Dana! Can you send us the email on the order? We'll check with the courier."},
    {0, 38, false, u"Sure, it's dana.ortiz@example.com. Thanks for the quick answer!"},
    {1, 60 * 5, false, u"Do you ship to Japan? The linen shirt is not in the list."},
    {1, 60 * 4, true, u"We do! Shipping to Japan takes 5–7 days. The shirt comes back in stock on Friday."},
    {1, 60 * 3 + 30, false, u"Great, I'll wait for Friday then 🙂"},
    {2, 60 * 30, false, u"Comprei duas canecas e uma chegou quebrada 😢"},
    {2, 60 * 29, true, u"Sentimos muito, Ana! Enviamos outra hoje, sem custo."},
    {2, 60 * 2, false, u"thanks, it worked! the new one arrived perfect"},
    {3, 90, false, u"Is there a student discount? My cousin said there was one last year."},
    {4, 60 * 50, false, u"Can I change the delivery address on order #4398? We moved last week."},
    {4, 60 * 49, true, u"Done, Marcus: the new address is on the order. It ships tomorrow."},
    {5, 17, false, u"Ciao! The cushion covers: are they washable at 40°? The label is missing."},
    {6, 60 * 8, false, u"こんにちは。注文番号 #4427 の配送状況を教えてください。"},
    {7, 60 * 70, false, u"Hallo! Gibt es den Rucksack auch in Dunkelgrün?"},
    {7, 60 * 69, true, u"Hallo Lea! Ja, ab nächster Woche wieder. Sollen wir dir Bescheid geben?"},
    {7, 60 * 68, false, u"Ja bitte, danke!"},
    {8, 9, false, u"I was charged twice for the same order. Can you refund one of them?"},
    {9, 60 * 12, false, u"Bonjour, le code promo SPRING ne marche pas sur le panier. Une idée ?"},
    {10, 60 * 96, false, u"Ordered the wrong size, how do returns work?"},
    {10, 60 * 95, true, u"Easy: print the label from your order page, drop it at any post office. Refund in 3 days."},
    {11, 60 * 6, false, u"Just wanted to say the gift wrapping was lovely. My mum cried 😄"},
    {12, 41, false, u"yo do the trainers run small? between a 43 and 44"},
    {13, 60 * 33, false, u"Hi, do you have the wrap dress in size 12? It says sold out online."},
    {14, 60 * 120, false, u"Vocês entregam no sábado?"},
    {15, 60 * 3, false, u"Could you send me the care instructions for the oak tray?"},
};

struct Shout
{
    int person;
    int minutesAgo;
    const char16_t *text;
};

// Public posts that mention the shop.
constexpr Shout mentions[] = {
    {12, 25, u"is the sale on until Sunday? asking for a friend (me)"},
    {3, 60 * 3, u"the new autumn mugs are gorgeous, just ordered two"},
    {8, 60 * 7, u"still waiting on a refund from last month… anyone else?"},
    {13, 60 * 20, u"do you ever restock the green scarf?? 🧣"},
    {5, 60 * 27, u"grazie for the fast delivery to Milano! 📦"},
    {1, 60 * 40, u"Ordered on Monday, arrived in Osaka on Thursday. Impressive."},
    {9, 60 * 52, u"Votre service client est top, merci !"},
    {15, 60 * 75, u"what's the difference between the oak and the walnut tray?"},
};

// What simulated people write while the demo runs.
constexpr const char16_t *liveDms[] = {
    u"Hi again! Any news on my order?",
    u"Is the shop open on public holidays?",
    u"Can I pick up the order instead of shipping it?",
    u"The parcel just arrived, thank you so much!",
    u"Do you have gift cards?",
    u"My discount code says it expired yesterday 🙁",
};
constexpr const char16_t *liveMentions[] = {
    u"just discovered this shop, where have you been all my life",
    u"does anyone know if the linen shirts shrink?",
    u"second order this month, no regrets",
};

// The Mastodon side of the shop: people on the shop's own server and on others (federated).
struct Fedi
{
    const char16_t *username;
    const char16_t *domain; ///< empty: the sandbox server itself
    const char16_t *name;
    const char16_t *bio;
};

constexpr Fedi fediPeople[] = {
    {u"rowan", u"", u"Rowan Hale", u"Knitting, hiking, mild chaos."},
    {u"ines", u"fosstodon.example", u"Inês Carvalho", u"Open source and open sea."},
    {u"yuki", u"mstdn.example", u"Yuki Tanaka", u"写真と旅行。"},
    {u"felix", u"chaos.example", u"Felix Braun", u"Fahrradkurier. Tee statt Kaffee."},
    {u"amelie", u"", u"Amélie Dubois", u"Céramiste à Nantes."},
};

struct FediDm
{
    QList<int> people; ///< indexes into fediPeople; several make a group
    int minutesAgo;
    bool ours;
    const char16_t *text;
};

// Private threads, oldest first; a later line of the same people answers the earlier one.
const FediDm fediDms[] = {
    {{0}, 60 * 20, false, u"Hi! Is the merino scarf itchy? Asking for a sensitive neck 🙂"},
    {{0}, 60 * 19, true, u"Not at all, Rowan: it is extra-fine merino. We also have it in cotton."},
    {{0}, 22, false, u"Perfect, ordering the grey one now!"},
    {{1}, 60 * 6, false, u"Olá! Do you ship to Portugal? The checkout only lists Spain."},
    {{2}, 95, false, u"注文 #5120 の追跡番号を教えていただけますか?"},
    {{3, 4}, 60 * 30, false, u"Hi both! Amélie and I want to host a pop-up of your ceramics in Berlin. Interested?"},
    {{3, 4}, 60 * 29, true, u"We would love that! Which weekend were you thinking of?"},
    {{3, 4}, 48, false, u"Second weekend of next month works for both of us."},
};

struct FediShout
{
    int person;
    int minutesAgo;
    const char16_t *text;
};

const FediShout fediMentions[] = {
    {1, 60 * 9, u"the linen shirt from this shop survived a whole summer of sailing #slowfashion"},
    {4, 60 * 3, u"are the new mugs dishwasher safe?"},
    {2, 35, u"届きました!とても素敵です ✨ https://photos.example/p/8841"},
};

// The Bluesky side: people with handles on bsky.social and their own domains.
struct Sky
{
    const char16_t *handle;
    const char16_t *name;
};

constexpr Sky skyPeople[] = {
    {u"jonas.bsky.social", u"Jonas Berg"},
    {u"maya.bsky.social", u"Maya Chen"},
    {u"leonie.bsky.social", u"Léonie Roux"},
    {u"sam-okoro.bsky.social", u"Sam Okoro"},
};

struct SkyDm
{
    int person;
    int minutesAgo;
    bool ours;
    const char16_t *text;
};

constexpr SkyDm skyDms[] = {
    {0, 60 * 9, false, u"Hey! Does the wool blanket come in a bigger size? Ours is for a double bed."},
    {0, 60 * 8, true, u"Hi Jonas! Yes: the 220 × 240 cm one, in oat and charcoal."},
    {0, 31, false, u"Charcoal it is. Ordered 🙌"},
    {1, 60 * 2, false, u"Hi, I got a notice that my parcel is held at customs. What do I do?"},
    {2, 14, false, u"Bonjour ! Is the oak tray food safe? I'd like to serve bread on it."},
};

struct SkyShout
{
    int person;
    int minutesAgo;
    const char16_t *text; ///< the shop's handle is put in front
};

constexpr SkyShout skyMentions[] = {
    {3, 60 * 5, u"the linen napkins are even nicer in person. gifting a set to my sister"},
    {1, 50, u"any chance of a restock on the blue mugs?"},
    {2, 60 * 11, u"loving the new catalogue ✨"},
};

} // namespace

DemoNetwork::DemoNetwork(QObject *parent)
    : QObject(parent)
    , m_x(std::make_unique<XServer>())
    , m_mastodon(std::make_unique<MastodonServer>())
    , m_bluesky(std::make_unique<BlueskyServer>())
{
    connect(&m_live, &QTimer::timeout, this, &DemoNetwork::simulateSomeone);
    m_live.setSingleShot(true);
}

DemoNetwork::~DemoNetwork() = default;

bool DemoNetwork::start()
{
    if (!m_x->listen() || !m_mastodon->listen() || !m_bluesky->listen())
        return false;
    seed();
    seedMastodon();
    seedBluesky();
    return true;
}

QUrl DemoNetwork::mastodonBaseUrl() const
{
    return m_mastodon->baseUrl();
}

QString DemoNetwork::mastodonOwnHandle() const
{
    return u"shop@"_s + m_mastodon->domain();
}

QString DemoNetwork::mastodonOwnName() const
{
    return u"Starling Shop"_s;
}

QUrl DemoNetwork::blueskyBaseUrl() const
{
    return m_bluesky->baseUrl();
}

QString DemoNetwork::blueskyOwnHandle() const
{
    return u"starlingshop.bsky.social"_s;
}

QString DemoNetwork::blueskyOwnName() const
{
    return u"Starling Shop"_s;
}

void DemoNetwork::seedBluesky()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QDateTime>(start.addDays(-10));
    m_bluesky->setClock([clock] { return *clock; });
    m_bluesky->setRateLimit(100000);
    m_blueskyOwnDid = m_bluesky->addAccount(blueskyOwnHandle(), blueskyOwnName());
    for (const Sky &p : skyPeople) {
        const QString did = m_bluesky->addAccount(QString::fromUtf16(p.handle), QString::fromUtf16(p.name));
        // They follow the shop, so "Switch to DM" may open a conversation with them.
        m_bluesky->follow(did, m_blueskyOwnDid);
        m_blueskyPeople << did;
    }
    m_bluesky->setAllowIncoming(m_blueskyOwnDid, u"all"_s);

    struct Item
    {
        int minutesAgo;
        std::function<void()> run;
    };
    QList<Item> story;
    auto convos = std::make_shared<QHash<int, QString>>();
    for (const SkyDm &dm : skyDms) {
        story.append({dm.minutesAgo, [this, dm, convos] {
                          const QString person = m_blueskyPeople.at(dm.person);
                          QString convo = convos->value(dm.person);
                          if (convo.isEmpty()) {
                              convo = dm.ours ? m_bluesky->createConvo({m_blueskyOwnDid, person})
                                              : m_bluesky->createConvo({person, m_blueskyOwnDid});
                              convos->insert(dm.person, convo);
                          }
                          m_bluesky->sendMessage(dm.ours ? m_blueskyOwnDid : person, convo,
                                                 QString::fromUtf16(dm.text));
                      }});
    }
    for (const SkyShout &shout : skyMentions) {
        story.append({shout.minutesAgo, [this, shout] {
                          m_bluesky->post(m_blueskyPeople.at(shout.person),
                                          u"@%1 %2"_s.arg(blueskyOwnHandle(), QString::fromUtf16(shout.text)));
                      }});
    }
    std::sort(story.begin(), story.end(), [](const Item &a, const Item &b) { return a.minutesAgo > b.minutesAgo; });
    for (const Item &item : std::as_const(story)) {
        *clock = start.addSecs(-qint64(item.minutesAgo) * 60);
        item.run();
    }
    m_bluesky->setClock({});
    // A session that outlives any demo; the app signs in with a privileged app password.
    m_bluesky->setAccessTokenLifetime(std::chrono::hours(24 * 365));
    m_blueskyToken = m_bluesky->signIn(m_blueskyOwnDid);
}

void DemoNetwork::seedMastodon()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QDateTime>(start.addDays(-10));
    m_mastodon->setClock([clock] { return *clock; });

    MastodonAccount shop;
    shop.username = u"shop"_s;
    shop.displayName = mastodonOwnName();
    shop.note = u"Homeware and clothes, made to last. Also on the fediverse."_s;
    shop.followersCount = 2310;
    m_mastodonOwnUser = m_mastodon->addAccount(shop);
    m_mastodon->setOwnAccount(m_mastodonOwnUser);
    m_mastodonToken = m_mastodon->addToken(m_mastodonOwnUser);
    m_mastodon->setRateLimit(100000);
    for (const Fedi &p : fediPeople) {
        MastodonAccount person;
        person.username = QString::fromUtf16(p.username);
        person.domain = QString::fromUtf16(p.domain);
        person.displayName = QString::fromUtf16(p.name);
        person.note = QString::fromUtf16(p.bio);
        person.followersCount = 100 + int(m_mastodonPeople.size()) * 37;
        m_mastodonPeople << m_mastodon->addAccount(person);
    }

    struct Item
    {
        int minutesAgo;
        std::function<void()> run;
    };
    QList<Item> story;
    auto lastInThread = std::make_shared<QHash<QString, QString>>();
    for (const FediDm &dm : fediDms) {
        story.append({dm.minutesAgo, [this, dm, lastInThread] {
                          QStringList others;
                          for (int i : dm.people)
                              others << m_mastodonPeople.at(i);
                          const QString key = others.join(u',');
                          const QString replyTo = lastInThread->value(key);
                          const QString text = QString::fromUtf16(dm.text);
                          QString id;
                          if (dm.ours) {
                              id = m_mastodon->directMessage(m_mastodonOwnUser, others, text, replyTo);
                          } else {
                              // The first of the people writes to the shop and the others.
                              QStringList to{m_mastodonOwnUser};
                              to << others.mid(1);
                              id = m_mastodon->directMessage(others.constFirst(), to, text, replyTo);
                          }
                          lastInThread->insert(key, id);
                      }});
    }
    for (const FediShout &shout : fediMentions) {
        story.append({shout.minutesAgo, [this, shout] {
                          m_mastodon->mention(m_mastodonPeople.at(shout.person), m_mastodonOwnUser,
                                              QString::fromUtf16(shout.text));
                      }});
    }
    std::sort(story.begin(), story.end(), [](const Item &a, const Item &b) { return a.minutesAgo > b.minutesAgo; });
    for (const Item &item : std::as_const(story)) {
        *clock = start.addSecs(-qint64(item.minutesAgo) * 60);
        item.run();
    }
    m_mastodon->setClock({});
}

QUrl DemoNetwork::xBaseUrl() const
{
    return m_x->baseUrl();
}

QString DemoNetwork::xOwnHandle() const
{
    return u"starlingshop"_s;
}

QString DemoNetwork::xOwnName() const
{
    return u"Starling Shop"_s;
}

void DemoNetwork::seed()
{
    // Seed in the past: the server stamps everything with its clock, so move it along the story.
    const QDateTime start = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QDateTime>(start.addDays(-10));
    m_x->setClock([clock] { return *clock; });

    XUser shop;
    shop.username = xOwnHandle();
    shop.name = xOwnName();
    shop.description = u"Homeware and clothes, made to last. Questions? DM us."_s;
    shop.followersCount = 18240;
    m_xOwnUser = m_x->addUser(shop);
    m_x->setOwnUser(m_xOwnUser);
    m_xToken = m_x->addToken(m_xOwnUser);
    // The demo is for looking around, not for waiting out X's real limit of 15 DM reads a window.
    m_x->setAllRateLimits(100000);

    for (const Person &p : people) {
        XUser user;
        user.username = QString::fromUtf16(p.username);
        user.name = QString::fromUtf16(p.name);
        user.description = QString::fromUtf16(p.bio);
        user.followersCount = p.followers;
        m_people << m_x->addUser(user);
    }

    // Everything in the order it happened.
    struct Item
    {
        int minutesAgo;
        std::function<void()> run;
    };
    QList<Item> story;
    for (const Exchange &e : dms) {
        story.append({e.minutesAgo, [this, e] {
                          const QString person = m_people.at(e.person);
                          const QString text = QString::fromUtf16(e.text);
                          if (e.ours)
                              m_x->deliverDirectMessage(m_xOwnUser, person, text);
                          else
                              m_x->deliverDirectMessage(person, m_xOwnUser, text);
                      }});
    }
    for (const Shout &s : mentions) {
        story.append(
            {s.minutesAgo, [this, s] { m_x->mention(m_people.at(s.person), m_xOwnUser, QString::fromUtf16(s.text)); }});
    }
    story.append({60 * 14, [this] {
                      m_x->createGroupConversation(m_people.at(3), {m_xOwnUser, m_people.at(11)},
                                                   u"Hi both! Grace and I are ordering for our school fair — can we "
                                                   "get a bulk price on 40 tote bags?"_s);
                  }});
    std::sort(story.begin(), story.end(), [](const Item &a, const Item &b) { return a.minutesAgo > b.minutesAgo; });
    for (const Item &item : std::as_const(story)) {
        *clock = start.addSecs(-qint64(item.minutesAgo) * 60);
        item.run();
    }
    m_x->setClock({});
}

void DemoNetwork::setLiveActivity(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (interval.count() <= 0) {
        m_live.stop();
        return;
    }
    const qint64 base = interval.count();
    m_live.start(int(base / 2 + QRandomGenerator::global()->bounded(base)));
}

void DemoNetwork::simulateSomeone()
{
    auto *random = QRandomGenerator::global();
    if (m_simulated % 5 == 4 && !m_blueskyPeople.isEmpty()) {
        // Now and then on Bluesky: a mention, found by the next poll of the notifications.
        ++m_simulated;
        const QString person = m_blueskyPeople.at(random->bounded(int(m_blueskyPeople.size())));
        const auto &text = liveMentions[random->bounded(int(std::size(liveMentions)))];
        m_bluesky->post(person, u"@%1 %2"_s.arg(blueskyOwnHandle(), QString::fromUtf16(text)));
        Q_EMIT personWrote();
        setLiveActivity(m_interval);
        return;
    }
    if (m_simulated % 4 == 3 && !m_mastodonPeople.isEmpty()) {
        // Now and then on Mastodon: it arrives through the streaming API at once.
        ++m_simulated;
        const QString person = m_mastodonPeople.at(random->bounded(int(m_mastodonPeople.size())));
        const auto &text = liveDms[random->bounded(int(std::size(liveDms)))];
        m_mastodon->directMessage(person, {m_mastodonOwnUser}, QString::fromUtf16(text));
        Q_EMIT personWrote();
        setLiveActivity(m_interval);
        return;
    }
    const QString person = m_people.at(random->bounded(int(m_people.size())));
    if (m_simulated++ % 3 == 2) {
        const auto &text = liveMentions[random->bounded(int(std::size(liveMentions)))];
        m_x->mention(person, m_xOwnUser, QString::fromUtf16(text));
    } else {
        const auto &text = liveDms[random->bounded(int(std::size(liveDms)))];
        m_x->deliverDirectMessage(person, m_xOwnUser, QString::fromUtf16(text));
    }
    Q_EMIT personWrote();
    setLiveActivity(m_interval);
}

} // namespace starling::sandbox
