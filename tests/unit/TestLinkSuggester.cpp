// SPDX-License-Identifier: GPL-3.0-or-later
// LinkSuggester: which identities strong evidence says are one person, and why.

#include "contacts/LinkSuggester.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace starling;
using namespace starling::contacts;

namespace {

ProfileFacts xProfile(qint64 id, const QString &remoteId, const QString &handle, const QString &name = {},
                      const QString &bio = {}, const QStringList &links = {})
{
    ProfileFacts p;
    p.identityId = id;
    p.network = Network::X;
    p.remoteId = remoteId;
    p.handle = handle;
    p.displayName = name;
    p.bio = bio;
    p.links = links;
    return p;
}

ProfileFacts mastodonProfile(qint64 id, const QString &remoteId, const QString &handle, const QString &serverHost,
                             const QString &name = {}, const QString &bio = {}, const QStringList &links = {})
{
    ProfileFacts p;
    p.identityId = id;
    p.network = Network::Mastodon;
    p.remoteId = remoteId;
    p.handle = handle;
    p.serverHost = serverHost;
    p.displayName = name;
    p.bio = bio;
    p.links = links;
    return p;
}

ProfileFacts blueskyProfile(qint64 id, const QString &did, const QString &handle, const QString &name = {},
                            const QString &bio = {}, const QStringList &links = {})
{
    ProfileFacts p;
    p.identityId = id;
    p.network = Network::Bluesky;
    p.remoteId = did;
    p.handle = handle;
    p.displayName = name;
    p.bio = bio;
    p.links = links;
    return p;
}

LinkSuggestion suggestion(qint64 a, qint64 b, LinkEvidence evidence, const QString &reason)
{
    return LinkSuggestion{a, b, evidence, reason};
}

// The pairs only, for tests that do not care about the wording.
QList<std::pair<qint64, qint64>> pairs(const QList<LinkSuggestion> &suggestions)
{
    QList<std::pair<qint64, qint64>> result;
    for (const LinkSuggestion &s : suggestions)
        result.append({s.identityA, s.identityB});
    return result;
}

} // namespace

class TestLinkSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAndUnrelated();
    void sameAccount();
    void mastodonIdsArePerServer();
    void linksToOther_data();
    void linksToOther();
    void linksToOtherNegatives_data();
    void linksToOtherNegatives();
    void linksToOtherReason();
    void profileNamedByManyAccounts();
    void sameWebsite_data();
    void sameWebsite();
    void sameWebsiteNegatives_data();
    void sameWebsiteNegatives();
    void sharedWebsite();
    void sameNameAndMention();
    void sameNameAndMentionNegatives_data();
    void sameNameAndMentionNegatives();
    void sameNetworkNeedsLinkOrWebsite();
    void alreadyInOneContact();
    void orderingAndDeduplication();
    void manyProfiles();
};

void TestLinkSuggester::emptyAndUnrelated()
{
    QVERIFY(suggestLinks({}).isEmpty());
    const QList<ProfileFacts> profiles{
        xProfile(1, u"100"_s, u"ana"_s, u"Ana Lima"_s, u"Designer in Lisbon"_s),
        mastodonProfile(2, u"7"_s, u"bob"_s, u"mastodon.social"_s, u"Bob"_s, u"Hi"_s),
        blueskyProfile(3, u"did:plc:carla"_s, u"carla.bsky.social"_s, u"Carla"_s),
    };
    QVERIFY(suggestLinks(profiles).isEmpty());
}

void TestLinkSuggester::sameAccount()
{
    const QList<ProfileFacts> profiles{
        xProfile(10, u"100"_s, u"shop"_s),
        xProfile(4, u"100"_s, u"Shop"_s),
        blueskyProfile(20, u"did:plc:ana"_s, u"ana.bsky.social"_s),
        blueskyProfile(21, u"did:plc:ana"_s, u"ana.bsky.social"_s),
        // The same Mastodon account, seen from its own server and from another one.
        mastodonProfile(30, u"111"_s, u"ana"_s, u"mastodon.social"_s),
        mastodonProfile(31, u"999"_s, u"Ana@Mastodon.Social"_s, u"fosstodon.org"_s),
        // Different X accounts with the same handle text but different ids are not one account.
        xProfile(40, u"400"_s, u"other"_s),
        xProfile(41, u"401"_s, u"other2"_s),
        // No id: nothing to compare.
        xProfile(50, {}, u"x1"_s),
        xProfile(51, {}, u"x2"_s),
    };
    const QList<LinkSuggestion> expected{
        suggestion(4, 10, LinkEvidence::SameAccount, u"The same account, @shop on X, seen by two of your accounts."_s),
        suggestion(20, 21, LinkEvidence::SameAccount,
                   u"The same account, @ana.bsky.social, seen by two of your accounts."_s),
        suggestion(30, 31, LinkEvidence::SameAccount,
                   u"The same account, @ana@mastodon.social, seen by two of your accounts."_s),
    };
    QCOMPARE(suggestLinks(profiles), expected);
}

void TestLinkSuggester::mastodonIdsArePerServer()
{
    // The same numeric id on two servers is two people.
    const QList<ProfileFacts> profiles{
        mastodonProfile(1, u"109"_s, u"ana"_s, u"mastodon.social"_s, u"Ana Lima"_s),
        mastodonProfile(2, u"109"_s, u"bob"_s, u"fosstodon.org"_s, u"Ana Lima"_s),
        mastodonProfile(3, u"109"_s, u"ana@hachyderm.io"_s, u"mastodon.social"_s, u"Ana Lima"_s),
    };
    QVERIFY(suggestLinks(profiles).isEmpty());
}

void TestLinkSuggester::linksToOther_data()
{
    QTest::addColumn<ProfileFacts>("from");
    QTest::addColumn<ProfileFacts>("to");

    const ProfileFacts x = xProfile(2, u"200"_s, u"ana"_s, u"Ana"_s);
    const ProfileFacts mastodon = mastodonProfile(2, u"5"_s, u"ana"_s, u"mastodon.social"_s, u"Ana"_s);
    const ProfileFacts remoteMastodon = mastodonProfile(2, u"6"_s, u"ana@hachyderm.io"_s, u"mastodon.social"_s);
    const ProfileFacts bluesky = blueskyProfile(2, u"did:plc:abc123"_s, u"ana.bsky.social"_s, u"Ana"_s);
    const ProfileFacts custom = blueskyProfile(2, u"did:plc:def456"_s, u"ana.example.com"_s, u"Ana"_s);

    auto from = [](const QString &bio, const QStringList &links = {}) {
        return mastodonProfile(1, u"1"_s, u"someone"_s, u"example.social"_s, u"Someone"_s, bio, links);
    };
    auto fromX = [](const QString &bio, const QStringList &links = {}) {
        return xProfile(1, u"1"_s, u"someone"_s, u"Someone"_s, bio, links);
    };

    QTest::newRow("x.com in bio") << from(u"Also on x.com/ana!"_s) << x;
    QTest::newRow("twitter.com, upper case, www") << from(u"https://www.Twitter.com/ANA"_s) << x;
    QTest::newRow("mobile.twitter.com") << from(u"see http://mobile.twitter.com/ana/"_s) << x;
    QTest::newRow("x.com in links") << from({}, {u"https://x.com/ana?lang=en"_s}) << x;
    QTest::newRow("mastodon URL") << fromX(u"Fediverse: https://mastodon.social/@ana"_s) << mastodon;
    QTest::newRow("mastodon URL, case") << fromX(u"https://Mastodon.Social/@Ana."_s) << mastodon;
    QTest::newRow("mastodon acct") << fromX(u"Find me at @ana@mastodon.social."_s) << mastodon;
    QTest::newRow("mastodon acct in links") << fromX({}, {u"@Ana@mastodon.social"_s}) << mastodon;
    QTest::newRow("mastodon remote acct") << fromX(u"(@ana@hachyderm.io)"_s) << remoteMastodon;
    QTest::newRow("mastodon remote URL") << fromX(u"https://hachyderm.io/@ana"_s) << remoteMastodon;
    QTest::newRow("bsky.app handle") << from(u"https://bsky.app/profile/ana.bsky.social"_s) << bluesky;
    QTest::newRow("bsky.app did") << fromX({}, {u"https://bsky.app/profile/did:plc:abc123"_s}) << bluesky;
    QTest::newRow("bluesky handle word") << fromX(u"bsky: ana.bsky.social."_s) << bluesky;
    QTest::newRow("bluesky handle mention") << from(u"Also @ana.bsky.social"_s) << bluesky;
    QTest::newRow("custom domain word") << fromX(u"Blog: ana.example.com"_s) << custom;
    QTest::newRow("custom domain link") << fromX({}, {u"https://ana.example.com/"_s}) << custom;
}

void TestLinkSuggester::linksToOther()
{
    QFETCH(ProfileFacts, from);
    QFETCH(ProfileFacts, to);
    const QList<LinkSuggestion> found = suggestLinks({from, to});
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].identityA, 1);
    QCOMPARE(found[0].identityB, 2);
    QCOMPARE(found[0].evidence, LinkEvidence::LinksToOther);
    // The other order of the input gives the same answer.
    QCOMPARE(suggestLinks({to, from}), found);
}

void TestLinkSuggester::linksToOtherNegatives_data()
{
    QTest::addColumn<ProfileFacts>("from");
    QTest::addColumn<ProfileFacts>("to");

    const ProfileFacts x = xProfile(2, u"200"_s, u"ana"_s, u"Ana"_s);
    const ProfileFacts mastodon = mastodonProfile(2, u"5"_s, u"ana"_s, u"mastodon.social"_s, u"Ana"_s);
    const ProfileFacts bluesky = blueskyProfile(2, u"did:plc:abc123"_s, u"ana.bsky.social"_s, u"Ana"_s);
    const ProfileFacts custom = blueskyProfile(2, u"did:plc:def456"_s, u"ana.example.com"_s, u"Ana"_s);

    auto from = [](const QString &bio, const QStringList &links = {}) {
        return xProfile(1, u"1"_s, u"someone"_s, u"Someone"_s, bio, links);
    };

    QTest::newRow("x.com, longer handle") << from(u"x.com/anabel"_s) << x;
    QTest::newRow("x.com, other host") << from(u"https://notx.com/ana"_s) << x;
    QTest::newRow("x handle alone") << from(u"I am @ana"_s) << x;
    QTest::newRow("mastodon, other server") << from(u"@ana@fosstodon.org"_s) << mastodon;
    QTest::newRow("mastodon, longer user") << from(u"https://mastodon.social/@anabel"_s) << mastodon;
    QTest::newRow("mastodon, longer host") << from(u"@ana@mastodon.social.example"_s) << mastodon;
    QTest::newRow("bluesky inside a longer word") << from(u"xana.bsky.social"_s) << bluesky;
    QTest::newRow("bluesky, longer word after") << from(u"ana.bsky.socialite"_s) << bluesky;
    QTest::newRow("bluesky, glued to letters") << from(u"éana.bsky.social"_s) << bluesky;
    QTest::newRow("bsky.app, other profile") << from(u"bsky.app/profile/ana2.bsky.social"_s) << bluesky;
    QTest::newRow("custom domain in e-mail") << from(u"mail: ana@ana.example.com"_s) << custom;
    QTest::newRow("custom domain as mastodon host") << from(u"@bob@ana.example.com"_s) << custom;
    QTest::newRow("custom domain, subdomain") << from(u"shop.ana.example.com"_s) << custom;
    QTest::newRow("custom domain with a path") << from({}, {u"https://ana.example.com/shop"_s}) << custom;
}

void TestLinkSuggester::linksToOtherNegatives()
{
    QFETCH(ProfileFacts, from);
    QFETCH(ProfileFacts, to);
    QCOMPARE(suggestLinks({from, to}), QList<LinkSuggestion>());
}

void TestLinkSuggester::linksToOtherReason()
{
    const QList<ProfileFacts> profiles{
        xProfile(5, u"500"_s, u"ana"_s, u"Ana Lima"_s),
        blueskyProfile(3, u"did:plc:ana"_s, u"ana.bsky.social"_s, u"Ana"_s, u"x: https://x.com/ana"_s),
        mastodonProfile(9, u"1"_s, u"ana"_s, u"mastodon.social"_s, u"Ana"_s, u"bsky: @ana.bsky.social"_s),
    };
    const QList<LinkSuggestion> expected{
        suggestion(3, 5, LinkEvidence::LinksToOther, u"@ana.bsky.social's profile links to @ana on X."_s),
        suggestion(3, 9, LinkEvidence::LinksToOther, u"@ana@mastodon.social's profile links to @ana.bsky.social."_s),
    };
    QCOMPARE(suggestLinks(profiles), expected);
}

void TestLinkSuggester::profileNamedByManyAccounts()
{
    // Five accounts naming one profile may each be the person; more are fans or colleagues.
    QList<ProfileFacts> profiles{xProfile(1, u"acme"_s, u"acme"_s, u"ACME"_s)};
    for (int i = 0; i < 5; ++i) {
        profiles.append(blueskyProfile(10 + i, u"did:plc:%1"_s.arg(i), u"p%1.bsky.social"_s.arg(i), u"Worker"_s,
                                       u"Work at x.com/acme"_s));
    }
    QCOMPARE(suggestLinks(profiles).size(), 5);
    for (const LinkSuggestion &s : suggestLinks(profiles))
        QCOMPARE(s.evidence, LinkEvidence::LinksToOther);

    profiles.append(blueskyProfile(20, u"did:plc:6"_s, u"p6.bsky.social"_s, u"Worker"_s, u"x.com/acme"_s));
    QVERIFY(suggestLinks(profiles).isEmpty());

    // One account seen twice counts once.
    profiles.removeLast();
    profiles.append(blueskyProfile(21, u"did:plc:0"_s, u"p0.bsky.social"_s, u"Worker"_s, u"Work at x.com/acme"_s));
    const QList<LinkSuggestion> found = suggestLinks(profiles);
    QCOMPARE(found.size(), 7); // six links, and 10 and 21 are one account
    QCOMPARE(found[0], suggestion(10, 21, LinkEvidence::SameAccount,
                                  u"The same account, @p0.bsky.social, seen by two of your accounts."_s));
}

void TestLinkSuggester::sameWebsite_data()
{
    QTest::addColumn<QString>("bioA");
    QTest::addColumn<QStringList>("linksA");
    QTest::addColumn<QString>("bioB");
    QTest::addColumn<QStringList>("linksB");
    QTest::addColumn<QString>("site");

    QTest::newRow("links") << QString() << QStringList{u"https://shop.example/"_s} << QString()
                           << QStringList{u"http://www.SHOP.example"_s} << u"shop.example"_s;
    QTest::newRow("bio and link, query and fragment")
        << u"Shop at https://www.shop.example.com/?ref=bio#top!"_s << QStringList() << QString()
        << QStringList{u"shop.example.com"_s} << u"shop.example.com"_s;
    QTest::newRow("bio without scheme, path kept")
        << u"Portfolio: ana.design/work/"_s << QStringList() << u"see https://ana.design/work"_s << QStringList()
        << u"ana.design/work"_s;
    QTest::newRow("personal page on a shared platform")
        << QString() << QStringList{u"https://linktr.ee/analima"_s} << u"all my links: linktr.ee/analima"_s
        << QStringList() << u"linktr.ee/analima"_s;
}

void TestLinkSuggester::sameWebsite()
{
    QFETCH(QString, bioA);
    QFETCH(QStringList, linksA);
    QFETCH(QString, bioB);
    QFETCH(QStringList, linksB);
    QFETCH(QString, site);

    const QList<ProfileFacts> profiles{
        mastodonProfile(8, u"3"_s, u"shop"_s, u"mastodon.social"_s, u"Shop"_s, bioB, linksB),
        xProfile(7, u"70"_s, u"shop"_s, u"The Shop"_s, bioA, linksA),
    };
    const QList<LinkSuggestion> expected{
        suggestion(7, 8, LinkEvidence::SameWebsite,
                   u"@shop on X and @shop@mastodon.social both link to %1."_s.arg(site)),
    };
    QCOMPARE(suggestLinks(profiles), expected);
}

void TestLinkSuggester::sameWebsiteNegatives_data()
{
    QTest::addColumn<QString>("linkA");
    QTest::addColumn<QString>("linkB");

    QTest::newRow("shortener") << u"https://t.co/abc123"_s << u"https://t.co/abc123"_s;
    QTest::newRow("bit.ly") << u"bit.ly/shop"_s << u"https://bit.ly/shop"_s;
    QTest::newRow("bare platform") << u"https://youtube.com"_s << u"https://www.youtube.com/"_s;
    QTest::newRow("bare x.com") << u"https://x.com"_s << u"x.com"_s;
    QTest::newRow("same X profile") << u"https://x.com/ana"_s << u"twitter.com/ana"_s;
    QTest::newRow("same Bluesky profile") << u"https://bsky.app/profile/ana.bsky.social"_s << u"ana.bsky.social"_s;
    QTest::newRow("same Mastodon profile") << u"https://example.social/@ana"_s << u"example.social/@ana"_s;
    QTest::newRow("mastodon server alone") << u"https://example.social"_s << u"example.social"_s;
    QTest::newRow("different paths") << u"https://linktr.ee/ana"_s << u"https://linktr.ee/bob"_s;
    QTest::newRow("different hosts") << u"https://shop.example"_s << u"https://shop2.example"_s;
    QTest::newRow("subdomain") << u"https://shop.example"_s << u"https://blog.shop.example"_s;
    QTest::newRow("not http") << u"ftp://shop.example"_s << u"ftp://shop.example"_s;
}

void TestLinkSuggester::sameWebsiteNegatives()
{
    QFETCH(QString, linkA);
    QFETCH(QString, linkB);
    const QList<ProfileFacts> profiles{
        xProfile(1, u"10"_s, u"a"_s, u"Ana"_s, {}, {linkA}),
        xProfile(2, u"20"_s, u"b"_s, u"Bob"_s, {}, {linkB}),
        mastodonProfile(3, u"30"_s, u"c"_s, u"example.social"_s, u"Carla"_s),
    };
    QCOMPARE(suggestLinks(profiles), QList<LinkSuggestion>());
}

void TestLinkSuggester::sharedWebsite()
{
    // Five profiles on one site may be one person's accounts: every pair is suggested.
    QList<ProfileFacts> profiles;
    for (int i = 1; i <= 5; ++i)
        profiles.append(xProfile(i, QString::number(i), u"u%1"_s.arg(i), {}, {}, {u"https://acme.example.com/"_s}));
    QCOMPARE(suggestLinks(profiles).size(), 10);

    // A sixth makes it a shared company site, which says nothing about one person.
    profiles.append(xProfile(6, u"6"_s, u"u6"_s, {}, u"I work at https://acme.example.com"_s));
    QVERIFY(suggestLinks(profiles).isEmpty());

    // Fifty profiles: no 1,225 pairs, but the two who share a personal site still match.
    for (int i = 7; i <= 50; ++i)
        profiles.append(xProfile(i, QString::number(i), u"u%1"_s.arg(i), {}, {}, {u"acme.example.com"_s}));
    profiles[10].links.append(u"https://ana.example"_s);
    profiles[20].links.append(u"https://ana.example"_s);
    QCOMPARE(pairs(suggestLinks(profiles)), (QList<std::pair<qint64, qint64>>{{11, 21}}));
}

void TestLinkSuggester::sameNameAndMention()
{
    const QList<ProfileFacts> profiles{
        xProfile(12, u"500"_s, u"ana"_s, u"ÁNA  lima 🌻"_s),
        blueskyProfile(3, u"did:plc:ana"_s, u"ana.bsky.social"_s, u"Ana Lima"_s, u"Designer; also @ana on X"_s),
        // "@analima" is not "@lima"; the names match, but no mention does.
        mastodonProfile(20, u"7"_s, u"lima"_s, u"example.social"_s, u"Ana Lima"_s),
        xProfile(21, u"501"_s, u"someone"_s, u"Someone Else"_s, u"@analima"_s),
    };
    const QList<LinkSuggestion> expected{
        suggestion(3, 12, LinkEvidence::SameNameAndMention,
                   u"Both are called “Ana Lima”, and @ana.bsky.social mentions @ana on X."_s),
    };
    QCOMPARE(suggestLinks(profiles), expected);

    // A Mastodon account mentioned by its user name.
    const QList<ProfileFacts> mastodon{
        mastodonProfile(1, u"7"_s, u"bob"_s, u"example.social"_s, u"Bob Stone"_s),
        xProfile(2, u"8"_s, u"bstone"_s, u"bob stone"_s, u"Fediverse: @bob"_s),
    };
    const QList<LinkSuggestion> found = suggestLinks(mastodon);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence, LinkEvidence::SameNameAndMention);
    QCOMPARE(found[0].reason, u"Both are called “bob stone”, and @bstone on X mentions @bob@example.social."_s);
}

void TestLinkSuggester::sameNameAndMentionNegatives_data()
{
    QTest::addColumn<QString>("nameA");
    QTest::addColumn<QString>("nameB");
    QTest::addColumn<QString>("bioB");

    QTest::newRow("same name, no mention") << u"Ana Lima"_s << u"Ana Lima"_s << u"Designer"_s;
    QTest::newRow("mention, other name") << u"Ana Lima"_s << u"Ana Souza"_s << u"also @ana on X"_s;
    QTest::newRow("mention inside a word") << u"Ana Lima"_s << u"Ana Lima"_s << u"mail me: me@ana"_s;
    QTest::newRow("longer mention") << u"Ana Lima"_s << u"Ana Lima"_s << u"@ana_lima"_s;
    QTest::newRow("mention inside a URL") << u"Ana Lima"_s << u"Ana Lima"_s << u"https://blog.example.com/@ana"_s;
    QTest::newRow("too short") << u"Al"_s << u"Al"_s << u"@ana"_s;
    QTest::newRow("emoji only") << u"🌻🌻🌻"_s << u"🌻🌻🌻"_s << u"@ana"_s;
    QTest::newRow("empty") << QString() << QString() << u"@ana"_s;
}

void TestLinkSuggester::sameNameAndMentionNegatives()
{
    QFETCH(QString, nameA);
    QFETCH(QString, nameB);
    QFETCH(QString, bioB);
    const QList<ProfileFacts> profiles{
        xProfile(1, u"500"_s, u"ana"_s, nameA),
        blueskyProfile(2, u"did:plc:ana"_s, u"ana.bsky.social"_s, nameB, bioB),
    };
    QCOMPARE(suggestLinks(profiles), QList<LinkSuggestion>());
}

void TestLinkSuggester::sameNetworkNeedsLinkOrWebsite()
{
    // Two X accounts with one name, one mentioning the other: a person and a friend, or a brand.
    const QList<ProfileFacts> mentionOnly{
        xProfile(1, u"10"_s, u"ana"_s, u"Ana Lima"_s),
        xProfile(2, u"20"_s, u"ana_work"_s, u"Ana Lima"_s, u"personal: @ana"_s),
    };
    QVERIFY(suggestLinks(mentionOnly).isEmpty());

    // A link or a shared website is enough, also on one network.
    const QList<ProfileFacts> linked{
        xProfile(1, u"10"_s, u"ana"_s, u"Ana Lima"_s),
        xProfile(2, u"20"_s, u"ana_work"_s, u"Ana Lima"_s, u"personal: x.com/ana"_s),
        xProfile(3, u"30"_s, u"shop"_s, {}, {}, {u"https://shop.example.com"_s}),
        xProfile(4, u"40"_s, u"shop_help"_s, {}, u"Help for https://shop.example.com"_s),
    };
    QCOMPARE(pairs(suggestLinks(linked)), (QList<std::pair<qint64, qint64>>{{1, 2}, {3, 4}}));
}

void TestLinkSuggester::alreadyInOneContact()
{
    QList<ProfileFacts> profiles{
        xProfile(1, u"10"_s, u"ana"_s, u"Ana"_s),
        xProfile(2, u"10"_s, u"ana"_s, u"Ana"_s),
        blueskyProfile(3, u"did:plc:ana"_s, u"ana.bsky.social"_s, u"Ana"_s, u"x.com/ana"_s),
    };
    profiles[0].contactId = 7;
    profiles[1].contactId = 7;
    profiles[2].contactId = 7;
    QVERIFY(suggestLinks(profiles).isEmpty());

    // Contact 0 is no contact; different contacts may still be one person.
    profiles[0].contactId = 0;
    profiles[1].contactId = 0;
    profiles[2].contactId = 8;
    QCOMPARE(pairs(suggestLinks(profiles)), (QList<std::pair<qint64, qint64>>{{1, 2}, {1, 3}, {2, 3}}));

    profiles[0].contactId = 8;
    QCOMPARE(pairs(suggestLinks(profiles)), (QList<std::pair<qint64, qint64>>{{1, 2}, {2, 3}}));
}

void TestLinkSuggester::orderingAndDeduplication()
{
    const QList<ProfileFacts> profiles{
        // 40/41: one account, also sharing a site: one suggestion, SameAccount.
        xProfile(41, u"900"_s, u"shop"_s, u"Shop"_s, {}, {u"https://shop.example"_s}),
        xProfile(40, u"900"_s, u"shop"_s, u"Shop"_s, {}, {u"https://shop.example/"_s}),
        // 30/35: a link, a shared site, the same name and a mention: one suggestion, LinksToOther.
        blueskyProfile(35, u"did:plc:ana"_s, u"ana.bsky.social"_s, u"Ana Lima"_s, u"@ana on X; x.com/ana"_s,
                       {u"https://ana.example"_s}),
        xProfile(30, u"500"_s, u"ana"_s, u"Ana Lima"_s, {}, {u"ana.example"_s}),
        // 1/2: a shared site only.
        mastodonProfile(2, u"1"_s, u"carla"_s, u"example.social"_s, u"Carla"_s, u"https://carla.example.com"_s),
        xProfile(1, u"2"_s, u"carla"_s, u"Carla"_s, {}, {u"carla.example.com"_s}),
        // 5/6: the same name and a mention only.
        mastodonProfile(6, u"3"_s, u"dan"_s, u"example.social"_s, u"Dan Moss"_s),
        blueskyProfile(5, u"did:plc:dan"_s, u"dan.bsky.social"_s, u"Dan Moss"_s, u"Fedi: @dan"_s),
        // 50/51 and 3/4: one account each; ordered by identity among equals.
        blueskyProfile(51, u"did:plc:e"_s, u"e.bsky.social"_s),
        blueskyProfile(50, u"did:plc:e"_s, u"e.bsky.social"_s),
        mastodonProfile(4, u"4"_s, u"f"_s, u"example.social"_s),
        mastodonProfile(3, u"5"_s, u"f@example.social"_s, u"other.example"_s),
    };
    const QList<LinkSuggestion> found = suggestLinks(profiles);
    QCOMPARE(pairs(found), (QList<std::pair<qint64, qint64>>{{3, 4}, {40, 41}, {50, 51}, {30, 35}, {1, 2}, {5, 6}}));
    const QList<LinkEvidence> evidence{LinkEvidence::SameAccount, LinkEvidence::SameAccount,
                                       LinkEvidence::SameAccount, LinkEvidence::LinksToOther,
                                       LinkEvidence::SameWebsite, LinkEvidence::SameNameAndMention};
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found[i].evidence, evidence[i]);
    QCOMPARE(found[3].reason, u"@ana.bsky.social's profile links to @ana on X."_s);
    QCOMPARE(found[4].reason, u"@carla on X and @carla@example.social both link to carla.example.com."_s);
    QCOMPARE(found[5].reason, u"Both are called “Dan Moss”, and @dan.bsky.social mentions @dan@example.social."_s);

    // The answer does not depend on the input's order.
    QList<ProfileFacts> reversed = profiles;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(pairs(suggestLinks(reversed)), pairs(found));
}

void TestLinkSuggester::manyProfiles()
{
    // 10,000 people on X and 10,000 on Mastodon, all called the same, all on one company site.
    // Every tenth shares a personal site with their Mastodon self; of the rest, every hundredth
    // X profile mentions its Mastodon self. A quadratic suggester would take minutes here.
    constexpr int people = 10'000;
    QList<ProfileFacts> profiles;
    profiles.reserve(2 * people);
    for (int i = 0; i < people; ++i) {
        const QString n = QString::number(i);
        QStringList xLinks{u"https://bigcorp.example"_s};
        QStringList mLinks{u"https://bigcorp.example/"_s};
        if (i % 10 == 0) {
            xLinks.append(u"https://person%1.example/"_s.arg(n));
            mLinks.append(u"person%1.example"_s.arg(n));
        }
        const QString bio = i % 100 == 5 ? u"Also @user%1 on Mastodon"_s.arg(n) : u"Friend of @friend%1"_s.arg(n);
        profiles.append(xProfile(2 * i + 1, u"x%1"_s.arg(n), u"x%1"_s.arg(n), u"Sam Smith"_s, bio, xLinks));
        profiles.append(mastodonProfile(2 * i + 2, n, u"user%1"_s.arg(n), u"example.social"_s,
                                        i % 100 == 5 ? u"Sam Smith"_s : u"Sam Smith %1"_s.arg(n), {}, mLinks));
    }
    const QList<LinkSuggestion> found = suggestLinks(profiles);
    QCOMPARE(found.size(), people / 10 + people / 100);
    qsizetype websites = 0;
    for (const LinkSuggestion &s : found) {
        QCOMPARE(s.identityB, s.identityA + 1);
        QCOMPARE(s.identityA % 2, 1);
        const qint64 i = (s.identityA - 1) / 2;
        if (s.evidence == LinkEvidence::SameWebsite) {
            QCOMPARE(i % 10, 0);
            ++websites;
        } else {
            QCOMPARE(s.evidence, LinkEvidence::SameNameAndMention);
            QCOMPARE(i % 100, 5);
        }
    }
    QCOMPARE(websites, people / 10);
}

QTEST_GUILESS_MAIN(TestLinkSuggester)
#include "TestLinkSuggester.moc"
