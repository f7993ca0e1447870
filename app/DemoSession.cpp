// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSession.h"

#include "auth/FixedAccessToken.h"
#include "automation/Rule.h"
#include "demo/DemoNetwork.h"
#include "domain/Account.h"
#include "providers/bluesky/BlueskyClient.h"
#include "providers/mastodon/MastodonClient.h"
#include "providers/x/XClient.h"
#include "store/AutomationRepository.h"
#include "store/SavedReplyRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
/** Owns the demo token for as long as the client lives. */
class TokenHolder final : public QObject
{
public:
    TokenHolder(QByteArray token, QObject *parent)
        : QObject(parent)
        , source(std::move(token))
    {
    }
    FixedAccessToken source;
};
} // namespace

DemoProviderFactory::DemoProviderFactory(QUrl xBaseUrl, QByteArray xToken)
    : m_xBaseUrl(std::move(xBaseUrl))
    , m_xToken(std::move(xToken))
{
}

void DemoProviderFactory::setMastodon(QUrl baseUrl, QByteArray token)
{
    m_mastodonBaseUrl = std::move(baseUrl);
    m_mastodonToken = std::move(token);
}

void DemoProviderFactory::setBluesky(QUrl baseUrl, QByteArray token)
{
    m_blueskyBaseUrl = std::move(baseUrl);
    m_blueskyToken = std::move(token);
}

ProviderClient *DemoProviderFactory::create(const Account &account, QObject *parent)
{
    if (account.network == Network::Bluesky) {
        if (m_blueskyBaseUrl.isEmpty())
            return nullptr;
        auto *holder = new TokenHolder(m_blueskyToken, parent);
        BlueskyClient::Config config;
        config.service = m_blueskyBaseUrl;
        config.accountId = account.id;
        config.ownDid = account.remoteUserId;
        return new BlueskyClient(config, &holder->source, parent);
    }
    if (account.network == Network::Mastodon) {
        if (m_mastodonBaseUrl.isEmpty())
            return nullptr;
        auto *holder = new TokenHolder(m_mastodonToken, parent);
        MastodonClient::Config config;
        config.apiBase = m_mastodonBaseUrl;
        config.accountId = account.id;
        config.ownUserId = account.remoteUserId;
        // The limits and the streaming host come from the sandbox server, as from a real one;
        // new messages then arrive through its stream.
        config.liveUpdates = true;
        return new MastodonClient(config, &holder->source, parent);
    }
    if (account.network != Network::X)
        return nullptr;
    auto *holder = new TokenHolder(m_xToken, parent);
    XClient::Config config;
    config.apiBase = m_xBaseUrl;
    config.accountId = account.id;
    config.ownUserId = account.remoteUserId;
    return new XClient(config, &holder->source, parent);
}

Account demoXAccount(const sandbox::DemoNetwork &network)
{
    Account account;
    account.id = QUuid(u"{5a1f0000-0000-4000-8000-00000000de00}"_s);
    account.network = Network::X;
    account.handle = network.xOwnHandle();
    account.displayName = network.xOwnName();
    account.remoteUserId = network.xOwnUserId();
    account.serverUrl = network.xBaseUrl();
    account.demo = true;
    return account;
}

Account demoMastodonAccount(const sandbox::DemoNetwork &network)
{
    Account account;
    account.id = QUuid(u"{5a1f0000-0000-4000-8000-00000000de01}"_s);
    account.network = Network::Mastodon;
    account.handle = network.mastodonOwnHandle();
    account.displayName = network.mastodonOwnName();
    account.remoteUserId = network.mastodonOwnUserId();
    account.serverUrl = network.mastodonBaseUrl();
    account.demo = true;
    return account;
}

Account demoBlueskyAccount(const sandbox::DemoNetwork &network)
{
    Account account;
    account.id = QUuid(u"{5a1f0000-0000-4000-8000-00000000de02}"_s);
    account.network = Network::Bluesky;
    account.handle = network.blueskyOwnHandle();
    account.displayName = network.blueskyOwnName();
    account.remoteUserId = network.blueskyOwnDid();
    account.serverUrl = network.blueskyBaseUrl();
    account.demo = true;
    return account;
}

namespace {
/** The translation context of the demo's seeded workflow (lupdate files the strings under it). */
constexpr char demoContext[] = "starling::Demo";

QString demoText(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate(demoContext, text, disambiguation);
}

/** A string marked with QT_TRANSLATE_NOOP3: the source text and its disambiguation. */
struct NoopText
{
    const char *source;
    const char *disambiguation;
};

/** A translated short name, or the English one when the translation is not a valid short name. */
QString demoShortcut(const NoopText &name)
{
    static const QRegularExpression shortName(u"^[\\p{L}\\p{N}_-]{1,32}$"_s);
    const QString translated = demoText(name.source, name.disambiguation).trimmed();
    return shortName.match(translated).hasMatch() ? translated : QString::fromUtf8(name.source);
}
} // namespace

void seedDemoWorkflow(Store &store)
{
    //: Short name of a demo saved reply, typed after "/": one word of letters, digits, - or _.
    static const NoopText thanksShortcut =
        QT_TRANSLATE_NOOP3("starling::Demo", "thanks", "short name of a saved reply");
    //: Short name of a demo saved reply, typed after "/": one word of letters, digits, - or _.
    static const NoopText orderShortcut = QT_TRANSLATE_NOOP3("starling::Demo", "order", "short name of a saved reply");
    //: Short name of a demo saved reply, typed after "/": one word of letters, digits, - or _.
    static const NoopText refundShortcut =
        QT_TRANSLATE_NOOP3("starling::Demo", "refund", "short name of a saved reply");
    const QList<SavedReply> replies = {
        {0,
         demoShortcut(thanksShortcut),
         demoText(QT_TRANSLATE_NOOP("starling::Demo", "Thanks")),
         demoText(QT_TRANSLATE_NOOP("starling::Demo", "Thank you, {first_name}! Anything else I can help with?")),
         {}},
        {0,
         demoShortcut(orderShortcut),
         demoText(QT_TRANSLATE_NOOP("starling::Demo", "Order number")),
         demoText(QT_TRANSLATE_NOOP(
             "starling::Demo",
             "Hi {first_name}, could you send me your order number? I'll look into it right away. – {my_name}")),
         {}},
        {0,
         demoShortcut(refundShortcut),
         demoText(QT_TRANSLATE_NOOP("starling::Demo", "Refund on its way")),
         demoText(QT_TRANSLATE_NOOP(
             "starling::Demo",
             "Sorry about that, {first_name}. I've started the refund: it reaches your account in 3–5 days.")),
         {}},
    };

    Rule billing;
    billing.name = demoText(QT_TRANSLATE_NOOP("starling::Demo", "Tag billing questions"));
    billing.trigger = Rule::Trigger::Keyword;
    // The demo's customers write in English: the English keywords stay, the user's own words join them.
    //: Keywords of the demo rule that tags billing questions, separated by commas.
    const char *const keywords = QT_TRANSLATE_NOOP("starling::Demo", "refund, charged, invoice");
    static const QRegularExpression comma(u"[,，、]"_s);
    for (const QString &list : {QString::fromUtf8(keywords), demoText(keywords)}) {
        for (const QString &keyword : list.split(comma, Qt::SkipEmptyParts)) {
            if (!keyword.trimmed().isEmpty() && !billing.keywords.contains(keyword.trimmed(), Qt::CaseInsensitive))
                billing.keywords << keyword.trimmed();
        }
    }
    billing.actions = {{Rule::Action::Kind::Tag, {}, demoText(QT_TRANSLATE_NOOP("starling::Demo", "billing")), false}};
    Rule survey;
    survey.name = demoText(QT_TRANSLATE_NOOP("starling::Demo", "Feedback survey"));
    survey.trigger = Rule::Trigger::ConversationDone;
    survey.kinds = {Message::Kind::DirectMessage};
    survey.actions = {{Rule::Action::Kind::Survey,
                       demoText(QT_TRANSLATE_NOOP(
                           "starling::Demo", "Thanks for talking to us, {first_name}! How did we do, from 1 to 5?")),
                       {},
                       false}};
    QList<StoredRule> rules;
    for (const Rule &rule : {billing, survey}) {
        StoredRule stored;
        stored.name = rule.name;
        stored.enabled = rule.enabled;
        stored.definition = QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact);
        rules.append(stored);
    }

    store.write(
        "seed the demo's workflow",
        [replies, rules](Database &db) -> Result<ChangeSet> {
            SavedReplyRepository savedReplies(db);
            for (const SavedReply &reply : replies) {
                if (auto r = savedReplies.save(reply); !r)
                    return r.error();
            }
            AutomationRepository automation(db);
            for (const StoredRule &rule : rules) {
                if (auto r = automation.saveRule(rule); !r)
                    return r.error();
            }
            return ChangeSet();
        },
        &store);
}

} // namespace starling
