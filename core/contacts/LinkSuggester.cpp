// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkSuggester.h"

#include "text/EntityExtractor.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace starling::contacts {

namespace {

/**
 * A website, or a profile, that more network accounts than this name is a shared one (a company
 * site, a brand everybody links to) and says nothing about one person.
 */
constexpr qsizetype maxSharedAccounts = 5;
/** Display names with fewer letters than this ("Al", "🌻") are too common to be evidence. */
constexpr qsizetype minNameLetters = 3;

// Hosts whose links never name a person: their paths are random codes.
const QSet<QString> &shortenerHosts()
{
    static const QSet<QString> hosts{
        u"t.co"_s,       u"bit.ly"_s,      u"buff.ly"_s, u"ow.ly"_s, u"tinyurl.com"_s, u"goo.gl"_s,  u"lnkd.in"_s,
        u"is.gd"_s,      u"dlvr.it"_s,     u"trib.al"_s, u"fb.me"_s, u"youtu.be"_s,    u"amzn.to"_s, u"tiny.cc"_s,
        u"rebrand.ly"_s, u"shorturl.at"_s, u"cutt.ly"_s, u"s.id"_s,  u"v.gd"_s,
    };
    return hosts;
}

// Big shared platforms: their bare host names nobody in particular, a path on them may ("linktr.ee/ana").
const QSet<QString> &platformHosts()
{
    static const QSet<QString> hosts{
        u"youtube.com"_s, u"instagram.com"_s,    u"facebook.com"_s,    u"tiktok.com"_s, u"linkedin.com"_s,
        u"github.com"_s,  u"gitlab.com"_s,       u"linktr.ee"_s,       u"medium.com"_s, u"substack.com"_s,
        u"patreon.com"_s, u"ko-fi.com"_s,        u"threads.net"_s,     u"twitch.tv"_s,  u"tumblr.com"_s,
        u"reddit.com"_s,  u"joinmastodon.org"_s, u"mastodon.social"_s, u"google.com"_s, u"apple.com"_s,
        u"spotify.com"_s, u"soundcloud.com"_s,   u"bandcamp.com"_s,    u"paypal.me"_s,  u"carrd.co"_s,
        u"about.me"_s,
    };
    return hosts;
}

/** The translation context of the reasons. */
class LinkSuggester final
{
    Q_DECLARE_TR_FUNCTIONS(starling::contacts::LinkSuggester)
};

int strength(LinkEvidence evidence)
{
    // The enum's order is not the order of strength: a link from one profile to the other is
    // stronger than a shared website.
    switch (evidence) {
    case LinkEvidence::SameAccount:
        return 0;
    case LinkEvidence::LinksToOther:
        return 1;
    case LinkEvidence::SameWebsite:
        return 2;
    case LinkEvidence::SameNameAndMention:
        return 3;
    }
    return 4;
}

QString withoutAt(const QString &handle)
{
    const QString trimmed = handle.trimmed();
    return trimmed.startsWith(u'@') ? trimmed.mid(1) : trimmed;
}

QString withoutPrefix(const QString &host, QStringView prefix)
{
    return host.startsWith(prefix) && host.size() > prefix.size() ? host.mid(prefix.size()) : host;
}

bool isXHandle(QStringView handle)
{
    if (handle.isEmpty() || handle.size() > 15)
        return false;
    return std::all_of(handle.begin(), handle.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

/**
 * A display name reduced to what identifies it: compatibility-decomposed, without marks (so
 * "Lúcia" is "lucia"), case-folded, letters and digits only (so spaces, punctuation and emoji do
 * not matter). Empty when fewer than minNameLetters letters remain.
 */
QString normalisedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    qsizetype letters = 0;
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::isMark(c) || !QChar::isLetterOrNumber(c))
            continue;
        if (QChar::isLetter(c))
            ++letters;
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            result.append(QChar(QChar::highSurrogate(folded)));
            result.append(QChar(QChar::lowSurrogate(folded)));
        } else {
            result.append(QChar(char16_t(folded)));
        }
    }
    return letters >= minNameLetters ? result : QString();
}

/** What one profile's bio and links say, as keys into the indexes built from the other profiles. */
struct TextFacts
{
    QStringList references; ///< "x:handle", "m:user@host", "b:handle-or-did": profiles it names
    QStringList mentions; ///< bare "@name" mentions, lower-case, without "@"
    QStringList websites; ///< normalised websites: "shop.example", "linktr.ee/ana"
};

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

/** Reads the URLs, mentions and domain-like words in profile text. */
class ProfileScanner final
{
public:
    explicit ProfileScanner(const QSet<QString> &mastodonHosts)
        : m_mastodonHosts(mastodonHosts)
        // Bluesky's rules also find URLs written without a scheme ("shop.example.com/about"),
        // which bios on every network use.
        , m_extractor(Network::Bluesky)
    {
    }

    TextFacts scan(const ProfileFacts &profile) const
    {
        TextFacts facts;
        QString rest = profile.bio;
        for (const TextEntity &url : m_extractor.urls(profile.bio)) {
            addUrl(facts, url.value);
            // Blanked so that the words and "@names" inside the URL are not read again as text.
            for (qsizetype i = url.start; i < url.end; ++i)
                rest[i] = u' ';
        }
        addWords(facts, rest, true);
        for (const QString &link : profile.links) {
            const QString trimmed = link.trimmed();
            if (trimmed.startsWith(u'@'))
                addWords(facts, trimmed, false);
            else
                addUrl(facts, trimmed);
        }
        return facts;
    }

private:
    void addUrl(TextFacts &facts, const QString &written) const
    {
        if (written.isEmpty())
            return;
        const QString withScheme = written.contains(u"://"_s) ? written : u"https://"_s + written;
        const QUrl url(withScheme, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s))
            return;
        QString host = url.host().toLower();
        while (host.endsWith(u'.'))
            host.chop(1);
        if (!host.contains(u'.'))
            return;
        QString path = url.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
        const QString site = withoutPrefix(host, u"www.");
        const QString social = withoutPrefix(site, u"mobile.");

        if ((social == u"x.com"_s || social == u"twitter.com"_s) && !segments.isEmpty() && isXHandle(segments[0]))
            appendUnique(facts.references, u"x:"_s + segments[0].toLower());
        if (social == u"bsky.app"_s && segments.size() >= 2 && segments[0] == u"profile"_s)
            appendUnique(facts.references, u"b:"_s + segments[1].toLower());
        if (!segments.isEmpty() && segments[0].size() > 1 && segments[0].startsWith(u'@')) {
            const QString user = segments[0].mid(1).toLower();
            appendUnique(facts.references, u"m:"_s + (user.contains(u'@') ? user : user + u'@' + host));
        }
        if (segments.size() >= 2 && segments[0] == u"users"_s)
            appendUnique(facts.references, u"m:"_s + segments[1].toLower() + u'@' + host);
        if (segments.isEmpty()) {
            // A Bluesky handle is a domain; its home page is the handle itself.
            appendUnique(facts.references, u"b:"_s + host);
            appendUnique(facts.references, u"b:"_s + site);
        }

        if (shortenerHosts().contains(site))
            return;
        // A profile on a social network names an account, not a website: step 2 reads it.
        if (social == u"x.com"_s || social == u"twitter.com"_s || social == u"bsky.app"_s || social == u"bsky.social"_s
            || social.endsWith(u".bsky.social"_s) || (!segments.isEmpty() && segments[0].startsWith(u'@')))
            return;
        if (segments.isEmpty() && (platformHosts().contains(site) || m_mastodonHosts.contains(site)))
            return;
        appendUnique(facts.websites, segments.isEmpty() ? site : site + u'/' + segments.join(u'/'));
    }

    static bool isWordChar(char32_t c)
    {
        return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == u'_' || c == u'.' || c == u'-' || c == u'@';
    }

    /**
     * Reads "@user@host", "@name" and domain-like words. A word is a whole run of letters, digits
     * and "_.-@", so "@ana" is not found in "@anabel" nor "ana.bsky.social" in "xana.bsky.social".
     */
    static void addWords(TextFacts &facts, const QString &text, bool withMentions)
    {
        QString word;
        qsizetype i = 0;
        while (i < text.size()) {
            const QChar c = text.at(i);
            qsizetype units = 1;
            char32_t codePoint = c.unicode();
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
                units = 2;
            }
            if (isWordChar(codePoint)) {
                word.append(text.sliced(i, units));
            } else if (!word.isEmpty()) {
                addWord(facts, word, withMentions);
                word.clear();
            }
            i += units;
        }
        if (!word.isEmpty())
            addWord(facts, word, withMentions);
    }

    static void addWord(TextFacts &facts, QString word, bool withMentions)
    {
        // Sentence punctuation: "Find me at ana.bsky.social."
        while (!word.isEmpty() && (word.endsWith(u'.') || word.endsWith(u'-')))
            word.chop(1);
        while (!word.isEmpty() && (word.startsWith(u'.') || word.startsWith(u'-')))
            word.remove(0, 1);
        word = word.toLower();
        if (word.startsWith(u'@')) {
            const QString name = word.mid(1);
            const QStringList parts = name.split(u'@');
            if (parts.size() == 2 && !parts[0].isEmpty() && parts[1].contains(u'.')) {
                appendUnique(facts.references, u"m:"_s + name);
            } else if (parts.size() == 1 && !name.isEmpty()) {
                if (name.contains(u'.'))
                    appendUnique(facts.references, u"b:"_s + name);
                if (withMentions)
                    appendUnique(facts.mentions, name);
            }
        } else if (!word.contains(u'@') && word.contains(u'.')) {
            // An e-mail address ("ana@ana.example") is neither a handle nor a domain handle.
            appendUnique(facts.references, u"b:"_s + word);
        }
    }

    const QSet<QString> &m_mastodonHosts;
    EntityExtractor m_extractor;
};

/** What the suggester knows about one profile besides its text. */
struct Identity
{
    QString accountKey; ///< the network account ("x:<id>", "m:<acct>", "b:<did>"), or "id:<identity>"
    bool knownAccount = false; ///< whether accountKey names a network account
    QString label; ///< how reasons name it: "@shop on X", "@ana@example.social"
    QString name; ///< normalisedName(displayName)
    QStringList handleKeys; ///< the TextFacts::references that name it
    QString mentionName; ///< the "@name" another profile's bio may use for it; empty when none
};

Identity identityOf(const ProfileFacts &profile)
{
    Identity identity;
    const QString handle = withoutAt(profile.handle);
    const QString lower = handle.toLower();
    const QString remoteId = profile.remoteId.trimmed();
    switch (profile.network) {
    case Network::X:
        if (!remoteId.isEmpty()) {
            identity.accountKey = u"x:"_s + remoteId;
            identity.knownAccount = true;
        }
        identity.label = LinkSuggester::tr("@%1 on X").arg(handle);
        if (isXHandle(lower)) {
            identity.handleKeys.append(u"x:"_s + lower);
            identity.mentionName = lower;
        }
        break;
    case Network::Mastodon: {
        // Mastodon's ids are per server; only the full account ("user@host") says who it is.
        QString acct = handle;
        const QString host = profile.serverHost.trimmed();
        if (!acct.contains(u'@') && !host.isEmpty())
            acct += u'@' + host;
        const qsizetype at = acct.indexOf(u'@');
        if (at > 0 && at < acct.size() - 1) {
            identity.accountKey = u"m:"_s + acct.toLower();
            identity.knownAccount = true;
            identity.handleKeys.append(identity.accountKey);
        }
        identity.label = u"@"_s + acct;
        const QString user = lower.section(u'@', 0, 0);
        if (!user.isEmpty())
            identity.mentionName = user;
        break;
    }
    case Network::Bluesky:
        if (!remoteId.isEmpty()) {
            identity.accountKey = u"b:"_s + remoteId;
            identity.knownAccount = true;
            if (remoteId.startsWith(u"did:"_s))
                identity.handleKeys.append(u"b:"_s + remoteId.toLower());
        }
        identity.label = u"@"_s + handle;
        if (lower.contains(u'.'))
            identity.handleKeys.append(u"b:"_s + lower);
        break;
    }
    if (!identity.knownAccount)
        identity.accountKey = u"id:"_s + QString::number(profile.identityId);
    if (identity.label == u"@"_s || identity.label.isEmpty())
        identity.label = profile.displayName.simplified();
    identity.name = normalisedName(profile.displayName);
    return identity;
}

/** Keeps the strongest suggestion for every unordered pair. */
class Suggestions final
{
public:
    explicit Suggestions(const QList<ProfileFacts> &profiles)
        : m_profiles(profiles)
    {
    }

    /** Whether @p a and @p b may be suggested with @p evidence, so callers can skip the reason. */
    bool wanted(qsizetype a, qsizetype b, LinkEvidence evidence) const
    {
        const ProfileFacts &pa = m_profiles[a];
        const ProfileFacts &pb = m_profiles[b];
        if (pa.identityId == pb.identityId)
            return false;
        if (pa.contactId != 0 && pa.contactId == pb.contactId)
            return false;
        const auto it = m_pairs.constFind(key(pa.identityId, pb.identityId));
        return it == m_pairs.cend() || strength(evidence) < strength(it->evidence);
    }

    void add(qsizetype a, qsizetype b, LinkEvidence evidence, const QString &reason)
    {
        if (!wanted(a, b, evidence))
            return;
        const qint64 ia = m_profiles[a].identityId;
        const qint64 ib = m_profiles[b].identityId;
        m_pairs.insert(key(ia, ib), LinkSuggestion{std::min(ia, ib), std::max(ia, ib), evidence, reason});
    }

    QList<LinkSuggestion> sorted() const
    {
        QList<LinkSuggestion> result;
        result.reserve(m_pairs.size());
        for (const LinkSuggestion &s : m_pairs)
            result.append(s);
        std::sort(result.begin(), result.end(), [](const LinkSuggestion &l, const LinkSuggestion &r) {
            return std::tuple(strength(l.evidence), l.identityA, l.identityB)
                   < std::tuple(strength(r.evidence), r.identityA, r.identityB);
        });
        return result;
    }

private:
    static std::pair<qint64, qint64> key(qint64 a, qint64 b) { return {std::min(a, b), std::max(a, b)}; }

    const QList<ProfileFacts> &m_profiles;
    QHash<std::pair<qint64, qint64>, LinkSuggestion> m_pairs;
};

using Index = QHash<QString, QList<qsizetype>>;

} // namespace

QList<LinkSuggestion> suggestLinks(const QList<ProfileFacts> &profiles)
{
    const qsizetype n = profiles.size();

    QSet<QString> mastodonHosts;
    for (const ProfileFacts &p : profiles) {
        if (p.network != Network::Mastodon)
            continue;
        if (!p.serverHost.trimmed().isEmpty())
            mastodonHosts.insert(withoutPrefix(p.serverHost.trimmed().toLower(), u"www."));
        const QString host = withoutAt(p.handle).section(u'@', 1).toLower();
        if (!host.isEmpty())
            mastodonHosts.insert(withoutPrefix(host, u"www."));
    }

    QList<Identity> identities;
    QList<TextFacts> texts;
    identities.reserve(n);
    texts.reserve(n);
    const ProfileScanner scanner(mastodonHosts);
    Index byAccount;
    Index byHandle;
    Index byNameAndMention;
    for (qsizetype i = 0; i < n; ++i) {
        identities.append(identityOf(profiles[i]));
        texts.append(scanner.scan(profiles[i]));
        const Identity &identity = identities.back();
        if (identity.knownAccount)
            byAccount[identity.accountKey].append(i);
        for (const QString &handleKey : identity.handleKeys)
            byHandle[handleKey].append(i);
        if (!identity.name.isEmpty() && !identity.mentionName.isEmpty())
            byNameAndMention[identity.name + u'\n' + identity.mentionName].append(i);
    }

    Suggestions suggestions(profiles);

    // 1. The same account seen by several of our accounts. A group holds one identity per account
    // of ours on that network, so its pairs are few.
    for (const QList<qsizetype> &group : std::as_const(byAccount)) {
        for (qsizetype x = 0; x < group.size(); ++x) {
            for (qsizetype y = x + 1; y < group.size(); ++y) {
                if (suggestions.wanted(group[x], group[y], LinkEvidence::SameAccount)) {
                    suggestions.add(group[x], group[y], LinkEvidence::SameAccount,
                                    LinkSuggester::tr("The same account, %1, seen by two of your accounts.")
                                        .arg(identities[group[x]].label));
                }
            }
        }
    }

    // 2. One profile names the other. A profile named by many accounts is a brand or a colleague's
    // employer, not a second self.
    QList<std::pair<qsizetype, qsizetype>> references; // (from, to)
    QHash<qsizetype, QSet<QString>> referrers;
    for (qsizetype i = 0; i < n; ++i) {
        QSet<qsizetype> seen;
        for (const QString &reference : std::as_const(texts[i].references)) {
            const auto it = byHandle.constFind(reference);
            if (it == byHandle.cend())
                continue;
            for (const qsizetype target : *it) {
                if (target == i || identities[target].accountKey == identities[i].accountKey || seen.contains(target))
                    continue;
                seen.insert(target);
                references.append({i, target});
                referrers[target].insert(identities[i].accountKey);
            }
        }
    }
    for (const auto &[from, to] : std::as_const(references)) {
        if (referrers.value(to).size() > maxSharedAccounts)
            continue;
        if (suggestions.wanted(from, to, LinkEvidence::LinksToOther)) {
            suggestions.add(
                from, to, LinkEvidence::LinksToOther,
                LinkSuggester::tr("%1's profile links to %2.").arg(identities[from].label, identities[to].label));
        }
    }

    // 3. Both name the same website, which few accounts share. Sites are visited in the order the
    // profiles name them, so the reason is the same on every run.
    Index bySite;
    QStringList sites;
    for (qsizetype i = 0; i < n; ++i) {
        for (const QString &site : std::as_const(texts[i].websites)) {
            QList<qsizetype> &group = bySite[site];
            if (group.isEmpty())
                sites.append(site);
            group.append(i);
        }
    }
    for (const QString &site : std::as_const(sites)) {
        const QList<qsizetype> &group = bySite[site];
        if (group.size() < 2)
            continue;
        QSet<QString> accounts;
        for (const qsizetype i : group) {
            accounts.insert(identities[i].accountKey);
            if (accounts.size() > maxSharedAccounts)
                break;
        }
        if (accounts.size() > maxSharedAccounts || accounts.size() < 2)
            continue;
        for (qsizetype x = 0; x < group.size(); ++x) {
            for (qsizetype y = x + 1; y < group.size(); ++y) {
                qsizetype a = group[x];
                qsizetype b = group[y];
                if (profiles[a].identityId > profiles[b].identityId)
                    std::swap(a, b);
                if (suggestions.wanted(a, b, LinkEvidence::SameWebsite)) {
                    suggestions.add(a, b, LinkEvidence::SameWebsite,
                                    LinkSuggester::tr("%1 and %2 both link to %3.")
                                        .arg(identities[a].label, identities[b].label, site));
                }
            }
        }
    }

    // 4. The same name, and one bio mentions the other's handle. On one network two accounts are
    // two people unless a link or a website says otherwise.
    for (qsizetype i = 0; i < n; ++i) {
        if (identities[i].name.isEmpty())
            continue;
        for (const QString &mention : std::as_const(texts[i].mentions)) {
            const auto it = byNameAndMention.constFind(identities[i].name + u'\n' + mention);
            if (it == byNameAndMention.cend())
                continue;
            for (const qsizetype target : *it) {
                if (profiles[target].network == profiles[i].network)
                    continue;
                if (suggestions.wanted(i, target, LinkEvidence::SameNameAndMention)) {
                    suggestions.add(
                        i, target, LinkEvidence::SameNameAndMention,
                        LinkSuggester::tr("Both are called “%1”, and %2 mentions %3.")
                            .arg(profiles[i].displayName.simplified(), identities[i].label, identities[target].label));
                }
            }
        }
    }

    return suggestions.sorted();
}

} // namespace starling::contacts
