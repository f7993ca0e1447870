// SPDX-License-Identifier: GPL-3.0-or-later
#include "XRequest.h"

#include "XTypes.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace starling::sandbox::xrequest {

using xproblem::invalidRequest;
using xproblem::Issue;

const QStringList userFieldNames{
    u"affiliation"_s,
    u"confirmed_email"_s,
    u"connection_status"_s,
    u"created_at"_s,
    u"description"_s,
    u"entities"_s,
    u"id"_s,
    u"is_identity_verified"_s,
    u"location"_s,
    u"most_recent_tweet_id"_s,
    u"name"_s,
    u"parody"_s,
    u"pinned_tweet_id"_s,
    u"profile_banner_url"_s,
    u"profile_image_url"_s,
    u"protected"_s,
    u"public_metrics"_s,
    u"receives_your_dm"_s,
    u"subscription"_s,
    u"subscription_type"_s,
    u"url"_s,
    u"username"_s,
    u"verified"_s,
    u"verified_followers_count"_s,
    u"verified_type"_s,
    u"withheld"_s,
};
const QStringList tweetFieldNames{
    u"article"_s,
    u"attachments"_s,
    u"author_id"_s,
    u"card_uri"_s,
    u"community_id"_s,
    u"context_annotations"_s,
    u"conversation_id"_s,
    u"created_at"_s,
    u"display_text_range"_s,
    u"edit_controls"_s,
    u"edit_history_tweet_ids"_s,
    u"entities"_s,
    u"geo"_s,
    u"id"_s,
    u"in_reply_to_user_id"_s,
    u"lang"_s,
    u"matched_media_notes"_s,
    u"media_metadata"_s,
    u"non_public_metrics"_s,
    u"note_request_suggestions"_s,
    u"note_tweet"_s,
    u"organic_metrics"_s,
    u"paid_partnership"_s,
    u"possibly_sensitive"_s,
    u"promoted_metrics"_s,
    u"public_metrics"_s,
    u"referenced_tweets"_s,
    u"reply_settings"_s,
    u"scopes"_s,
    u"source"_s,
    u"suggested_source_links"_s,
    u"suggested_source_links_with_counts"_s,
    u"text"_s,
    u"withheld"_s,
};
const QStringList mediaFieldNames{
    u"alt_text"_s,
    u"duration_ms"_s,
    u"height"_s,
    u"media_key"_s,
    u"non_public_metrics"_s,
    u"organic_metrics"_s,
    u"preview_image_url"_s,
    u"promoted_metrics"_s,
    u"public_metrics"_s,
    u"type"_s,
    u"url"_s,
    u"variants"_s,
    u"width"_s,
};
const QStringList pollFieldNames{u"duration_minutes"_s, u"end_datetime"_s, u"id"_s, u"options"_s, u"voting_status"_s};
const QStringList placeFieldNames{
    u"contained_within"_s, u"country"_s, u"country_code"_s, u"full_name"_s, u"geo"_s, u"id"_s, u"name"_s,
    u"place_type"_s};
const QStringList dmEventFieldNames{
    u"attachments"_s, u"created_at"_s,      u"dm_conversation_id"_s, u"entities"_s,  u"event_type"_s,
    u"id"_s,          u"participant_ids"_s, u"referenced_tweets"_s,  u"sender_id"_s, u"text"_s,
};
const QStringList dmExpansionNames{u"attachments.media_keys"_s, u"participant_ids"_s, u"referenced_tweets.id"_s,
                                   u"sender_id"_s};
const QStringList tweetExpansionNames{
    u"article.cover_media"_s,
    u"article.media_entities"_s,
    u"attachments.media_keys"_s,
    u"attachments.media_source_tweet"_s,
    u"attachments.poll_ids"_s,
    u"author_id"_s,
    u"edit_history_tweet_ids"_s,
    u"entities.mentions.username"_s,
    u"geo.place_id"_s,
    u"in_reply_to_user_id"_s,
    u"entities.note.mentions.username"_s,
    u"referenced_tweets.id"_s,
    u"referenced_tweets.id.attachments.media_keys"_s,
    u"referenced_tweets.id.author_id"_s,
};
const QStringList userExpansionNames{u"affiliation.user_id"_s, u"most_recent_tweet_id"_s, u"pinned_tweet_id"_s};
const QStringList eventTypeNames{u"MessageCreate"_s, u"ParticipantsJoin"_s, u"ParticipantsLeave"_s};

namespace {

constexpr int maxIssues = 10;

// ---- Page tokens: opaque base32 strings naming the last item a page showed ----

constexpr char base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

QString base32(const QByteArray &data)
{
    QString text;
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            text += QLatin1Char(base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        text += QLatin1Char(base32Alphabet[(buffer << (5 - bits)) & 31]);
    return text;
}

std::optional<QByteArray> unbase32(const QString &text)
{
    QByteArray data;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char upper = char(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
        const char *found = upper ? std::strchr(base32Alphabet, upper) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(found - base32Alphabet);
        bits += 5;
        if (bits >= 8) {
            data += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return data;
}

} // namespace

QString pageToken(char kind, const QString &lastId)
{
    const QString token = base32(QByteArray(1, kind) + ':' + lastId.rightJustified(19, u'0').toLatin1());
    return kind == 'D' ? token : token.toLower();
}

std::optional<QString> readPageToken(char kind, const QString &token)
{
    if (token.size() > 64)
        return std::nullopt;
    const auto data = unbase32(token);
    if (!data || data->size() != 21 || data->at(0) != kind || data->at(1) != ':')
        return std::nullopt;
    const QString id = QString::fromLatin1(data->mid(2));
    if (!isXId(id))
        return std::nullopt;
    return id;
}

QList<Issue> unknownKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    QList<Issue> issues;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            issues << Issue{u"The field [%1] is not allowed in %2; allowed are [%3]"_s.arg(it.key().left(100), where,
                                                                                           allowed.join(u',')),
                            it.key(),
                            {}};
        }
    }
    return issues;
}

Issue patternIssue(const QString &parameter, const QString &value, const QString &pattern)
{
    return Issue{u"The `%1` query parameter value [%2] does not match %3"_s.arg(parameter, value.left(100), pattern),
                 parameter, value};
}

Response idPatternProblem(const QString &parameter, const QString &value)
{
    return invalidRequest({patternIssue(parameter, value, u"^[0-9]{1,19}$"_s)});
}

std::optional<Response> checkQuery(const Request &request, const QueryRules &rules)
{
    QStringList known = rules.plain + rules.lists.keys();
    known.sort();
    QList<Issue> issues;
    QSet<QString> seen;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (issues.size() >= maxIssues)
            break;
        if (seen.contains(key)) {
            issues << Issue{u"Duplicate parameters are not allowed: [%1]"_s.arg(key.left(100)), key, value};
            continue;
        }
        seen.insert(key);
        if (const auto list = rules.lists.constFind(key); list != rules.lists.cend()) {
            const QStringList values = value.split(u',');
            QSet<QString> unique;
            for (const QString &item : values) {
                if (item.isEmpty() || !list->contains(item) || unique.contains(item)) {
                    issues << Issue{u"The `%1` query parameter value [%2] is not one of [%3]"_s.arg(key, item.left(100),
                                                                                                    list->join(u',')),
                                    key, item};
                    break;
                }
                unique.insert(item);
            }
        } else if (!rules.plain.contains(key)) {
            issues << Issue{u"The query parameter [%1] is not one of [%2]"_s.arg(key.left(100), known.join(u',')), key,
                            value};
        }
    }
    if (issues.isEmpty())
        return std::nullopt;
    return invalidRequest(issues);
}

XRender::Selection selection(const Request &request)
{
    const auto set = [&request](const QString &key) {
        QSet<QString> values;
        const QString value = request.queryValue(key);
        if (!value.isEmpty()) {
            for (const QString &item : value.split(u','))
                values.insert(item);
        }
        return values;
    };
    return XRender::Selection{set(u"dm_event.fields"_s), set(u"tweet.fields"_s), set(u"user.fields"_s),
                              set(u"media.fields"_s), set(u"expansions"_s)};
}

std::optional<Response> readBody(const Request &request, QJsonObject &body)
{
    const QByteArray type = request.headers.value("content-type").split(';').constFirst().trimmed().toLower();
    if (type != "application/json")
        return invalidRequest(u"The request body must be JSON (Content-Type: application/json)."_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalidRequest(u"The request body is not a valid JSON object."_s);
    body = document.object();
    return std::nullopt;
}

} // namespace starling::sandbox::xrequest
