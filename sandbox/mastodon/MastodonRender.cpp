// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastodonRender.h"

#include "LoopbackServer.h"
#include "MastodonState.h"
#include "text/EntityExtractor.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace starling::sandbox {

namespace {

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\'', u"&#39;"_s);
}

} // namespace

MastodonRender::MastodonRender(const MastodonState &state, const LoopbackServer &server)
    : m_state(state)
    , m_server(server)
{
}

QString MastodonRender::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

QString MastodonRender::baseUrl() const
{
    return m_server.baseUrl().toString();
}

QString MastodonRender::profileUrl(const MastodonAccount &account) const
{
    if (account.isLocal())
        return baseUrl() + u"/@"_s + account.username;
    return u"https://"_s + account.domain + u"/@"_s + account.username;
}

QString MastodonRender::statusHtml(const MastodonStatus &status) const
{
    // As Mastodon's formatter: paragraphs, line breaks, and links for URLs, mentions and hashtags.
    const QString &text = status.text;
    const QList<TextEntity> entities = EntityExtractor(Network::Mastodon).entities(text);
    QString html;
    qsizetype at = 0;
    const auto plain = [&](qsizetype end) {
        html += escapeHtml(text.mid(at, end - at));
        at = end;
    };
    for (const TextEntity &e : entities) {
        plain(e.start);
        const QString written = text.mid(e.start, e.end - e.start);
        if (e.type == TextEntity::Type::Url) {
            const qsizetype schemeEnd = written.indexOf(u"://"_s) + 3;
            const QString scheme = written.left(schemeEnd);
            const QString rest = written.mid(schemeEnd);
            const QString shown = rest.left(30);
            html += u"<a href=\""_s + escapeHtml(written)
                    + u"\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\"><span class=\"invisible\">"_s
                    + escapeHtml(scheme) + u"</span><span class=\""_s + (rest.size() > 30 ? u"ellipsis"_s : QString())
                    + u"\">"_s + escapeHtml(shown) + u"</span><span class=\"invisible\">"_s + escapeHtml(rest.mid(30))
                    + u"</span></a>"_s;
        } else if (e.type == TextEntity::Type::Mention) {
            const MastodonAccount *mentioned = m_state.findAccountByAcct(e.value);
            if (!mentioned) {
                html += escapeHtml(written);
            } else {
                html += u"<span class=\"h-card\" translate=\"no\"><a href=\""_s + escapeHtml(profileUrl(*mentioned))
                        + u"\" class=\"u-url mention\">@<span>"_s + escapeHtml(mentioned->username)
                        + u"</span></a></span>"_s;
            }
        } else {
            html += u"<a href=\""_s + escapeHtml(baseUrl() + u"/tags/"_s + e.value.toLower())
                    + u"\" class=\"mention hashtag\" rel=\"tag\">#<span>"_s + escapeHtml(e.value) + u"</span></a>"_s;
        }
        at = e.end;
    }
    plain(text.size());
    QStringList paragraphs;
    for (const QString &paragraph : html.split(u"\n\n"_s, Qt::SkipEmptyParts))
        paragraphs << u"<p>"_s + QString(paragraph).replace(u"\n"_s, u"<br />"_s) + u"</p>"_s;
    return paragraphs.join(QString());
}

QJsonObject MastodonRender::account(const MastodonAccount &account) const
{
    const QString url = profileUrl(account);
    const QString avatar = baseUrl() + u"/avatars/original/missing.png"_s;
    int statusesCount = 0;
    QDateTime lastStatus;
    for (const MastodonStatus &s : m_state.statuses()) {
        if (!s.deleted && s.accountId == account.id) {
            ++statusesCount;
            lastStatus = s.createdAt;
        }
    }
    return QJsonObject{
        {u"id"_s, account.id},
        {u"username"_s, account.username},
        {u"acct"_s, account.acct()},
        {u"display_name"_s, account.displayName},
        {u"locked"_s, false},
        {u"bot"_s, account.bot},
        {u"discoverable"_s, true},
        {u"indexable"_s, false},
        {u"group"_s, false},
        {u"created_at"_s, isoTime(account.createdAt)},
        {u"note"_s, account.note.isEmpty() ? QString() : QString(u"<p>"_s + escapeHtml(account.note) + u"</p>"_s)},
        {u"url"_s, url},
        {u"uri"_s, account.isLocal() ? QString(baseUrl() + u"/users/"_s + account.username)
                                     : QString(u"https://"_s + account.domain + u"/users/"_s + account.username)},
        {u"avatar"_s, avatar},
        {u"avatar_static"_s, avatar},
        {u"header"_s, QString(baseUrl() + u"/headers/original/missing.png"_s)},
        {u"header_static"_s, QString(baseUrl() + u"/headers/original/missing.png"_s)},
        {u"followers_count"_s, account.followersCount},
        {u"following_count"_s, account.followingCount},
        {u"statuses_count"_s, statusesCount},
        {u"last_status_at"_s,
         lastStatus.isValid() ? QJsonValue(lastStatus.date().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {u"hide_collections"_s, false},
        {u"emojis"_s, QJsonArray{}},
        {u"fields"_s, QJsonArray{}},
    };
}

QJsonObject MastodonRender::credentialAccount(const MastodonAccount &account) const
{
    QJsonObject object = this->account(account);
    object.insert(u"source"_s, QJsonObject{{u"privacy"_s, u"public"_s},
                                           {u"sensitive"_s, false},
                                           {u"language"_s, u"en"_s},
                                           {u"note"_s, account.note},
                                           {u"fields"_s, QJsonArray{}},
                                           {u"follow_requests_count"_s, 0}});
    return object;
}

QJsonObject MastodonRender::media(const MastodonMedia &media) const
{
    const QString base = baseUrl() + u"/system/media_attachments/files/"_s + media.id;
    QJsonObject meta;
    if (media.width > 0)
        meta.insert(u"original"_s, QJsonObject{{u"width"_s, media.width},
                                               {u"height"_s, media.height},
                                               {u"size"_s, u"%1x%2"_s.arg(media.width).arg(media.height)},
                                               {u"aspect"_s, double(media.width) / double(media.height)}});
    return QJsonObject{
        {u"id"_s, media.id},
        {u"type"_s, media.type},
        {u"url"_s, media.isProcessed() ? QJsonValue(base + u"/original"_s) : QJsonValue(QJsonValue::Null)},
        {u"preview_url"_s, QString(base + u"/small"_s)},
        {u"remote_url"_s, QJsonValue::Null},
        {u"preview_remote_url"_s, QJsonValue::Null},
        {u"text_url"_s, QJsonValue::Null},
        {u"meta"_s, meta.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(meta)},
        {u"description"_s, media.description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(media.description)},
        {u"blurhash"_s, QJsonValue::Null},
    };
}

QJsonObject MastodonRender::status(const MastodonStatus &status) const
{
    const MastodonAccount *author = m_state.findAccount(status.accountId);
    QJsonArray mentions;
    for (const QString &id : status.mentionIds) {
        if (const MastodonAccount *m = m_state.findAccount(id))
            mentions.append(QJsonObject{
                {u"id"_s, m->id}, {u"username"_s, m->username}, {u"url"_s, profileUrl(*m)}, {u"acct"_s, m->acct()}});
    }
    QJsonArray tags;
    for (const QString &tag : status.tags)
        tags.append(QJsonObject{{u"name"_s, tag}, {u"url"_s, QString(baseUrl() + u"/tags/"_s + tag)}});
    QJsonArray media;
    for (const QString &id : status.mediaIds) {
        if (const MastodonMedia *m = m_state.findMedia(id))
            media.append(this->media(*m));
    }
    int replies = 0;
    for (const MastodonStatus &s : m_state.statuses())
        replies += !s.deleted && s.inReplyToId == status.id ? 1 : 0;
    const QString url = author ? profileUrl(*author) + u'/' + status.id : QString();
    const auto nullable = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {u"id"_s, status.id},
        {u"created_at"_s, isoTime(status.createdAt)},
        {u"in_reply_to_id"_s, nullable(status.inReplyToId)},
        {u"in_reply_to_account_id"_s, nullable(status.inReplyToAccountId)},
        {u"sensitive"_s, status.sensitive},
        {u"spoiler_text"_s, status.spoilerText},
        {u"visibility"_s, status.visibility},
        {u"language"_s, nullable(status.language)},
        {u"uri"_s,
         author ? QString(baseUrl() + u"/users/"_s + author->username + u"/statuses/"_s + status.id) : QString()},
        {u"url"_s, url},
        {u"replies_count"_s, replies},
        {u"reblogs_count"_s, 0},
        {u"favourites_count"_s, 0},
        {u"edited_at"_s, QJsonValue::Null},
        {u"favourited"_s, false},
        {u"reblogged"_s, false},
        {u"muted"_s, false},
        {u"bookmarked"_s, false},
        {u"content"_s, statusHtml(status)},
        {u"filtered"_s, QJsonArray{}},
        {u"reblog"_s, QJsonValue::Null},
        {u"application"_s, QJsonObject{{u"name"_s, u"Web"_s}, {u"website"_s, QJsonValue::Null}}},
        {u"account"_s, author ? account(*author) : QJsonObject{}},
        {u"media_attachments"_s, media},
        {u"mentions"_s, mentions},
        {u"tags"_s, tags},
        {u"emojis"_s, QJsonArray{}},
        {u"card"_s, QJsonValue::Null},
        {u"poll"_s, QJsonValue::Null},
    };
}

QJsonObject MastodonRender::notification(const MastodonNotification &notification) const
{
    const MastodonAccount *from = m_state.findAccount(notification.fromAccountId);
    const MastodonStatus *found = m_state.findStatus(notification.statusId);
    return QJsonObject{
        {u"id"_s, notification.id},
        {u"type"_s, notification.type},
        {u"created_at"_s, isoTime(notification.createdAt)},
        {u"group_key"_s, QString(u"ungrouped-"_s + notification.id)},
        {u"account"_s, from ? account(*from) : QJsonObject{}},
        {u"status"_s, found ? QJsonValue(status(*found)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject MastodonRender::conversation(const MastodonConversation &conversation) const
{
    QJsonArray accounts;
    for (const QString &id : conversation.participantIds) {
        if (const MastodonAccount *a = m_state.findAccount(id))
            accounts.append(account(*a));
    }
    const MastodonStatus *last = m_state.findStatus(conversation.lastStatusId);
    return QJsonObject{
        {u"id"_s, conversation.id},
        {u"unread"_s, conversation.unread},
        {u"accounts"_s, accounts},
        {u"last_status"_s, last ? QJsonValue(status(*last)) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject MastodonRender::instance(const QUrl &streamingUrl) const
{
    const bool pkce = m_state.supportsPkce();
    return QJsonObject{
        {u"domain"_s, m_state.domain()},
        {u"title"_s, u"Sandbox Social"_s},
        {u"version"_s, pkce ? u"4.3.2"_s : u"4.2.10"_s},
        {u"source_url"_s, u"https://github.com/mastodon/mastodon"_s},
        {u"description"_s, u"A Mastodon server that lives on this computer for a while."_s},
        {u"usage"_s, QJsonObject{{u"users"_s, QJsonObject{{u"active_month"_s, m_state.accountCount()}}}}},
        {u"thumbnail"_s, QJsonObject{{u"url"_s, QString(baseUrl() + u"/thumbnail.png"_s)}}},
        {u"icon"_s, QJsonArray{}},
        {u"languages"_s, QJsonArray{u"en"_s}},
        {u"configuration"_s,
         QJsonObject{
             {u"urls"_s, QJsonObject{{u"streaming"_s, streamingUrl.toString()}, {u"status"_s, QJsonValue::Null}}},
             {u"accounts"_s, QJsonObject{{u"max_featured_tags"_s, 10}, {u"max_pinned_statuses"_s, 5}}},
             {u"statuses"_s, QJsonObject{{u"max_characters"_s, m_state.maxCharacters()},
                                         {u"max_media_attachments"_s, m_state.maxMediaAttachments()},
                                         {u"characters_reserved_per_url"_s, m_state.charactersReservedPerUrl()}}},
             {u"media_attachments"_s,
              QJsonObject{{u"supported_mime_types"_s, QJsonArray::fromStringList(MastodonMedia::supportedMimeTypes())},
                          {u"image_size_limit"_s, MastodonMedia::imageSizeLimit},
                          {u"image_matrix_limit"_s, 33177600},
                          {u"video_size_limit"_s, MastodonMedia::videoSizeLimit},
                          {u"video_frame_rate_limit"_s, 120},
                          {u"video_matrix_limit"_s, 8294400},
                          {u"description_limit"_s, MastodonMedia::descriptionLimit}}},
             {u"polls"_s, QJsonObject{{u"max_options"_s, 4},
                                      {u"max_characters_per_option"_s, 50},
                                      {u"min_expiration"_s, 300},
                                      {u"max_expiration"_s, 2629746}}},
             {u"translation"_s, QJsonObject{{u"enabled"_s, false}}},
         }},
        {u"registrations"_s,
         QJsonObject{{u"enabled"_s, false}, {u"approval_required"_s, false}, {u"message"_s, QJsonValue::Null}}},
        {u"api_versions"_s, QJsonObject{{u"mastodon"_s, pkce ? 2 : 1}}},
        {u"contact"_s,
         QJsonObject{{u"email"_s, QString(u"admin@"_s + m_state.domain())}, {u"account"_s, QJsonValue::Null}}},
        {u"rules"_s, QJsonArray{}},
    };
}

QJsonObject MastodonRender::instanceV1(const QUrl &streamingUrl) const
{
    QJsonObject v1 = instance(streamingUrl);
    QJsonObject configuration = v1.take(u"configuration"_s).toObject();
    v1.insert(u"uri"_s, m_state.domain());
    v1.insert(u"urls"_s,
              QJsonObject{{u"streaming_api"_s, configuration.value(u"urls"_s).toObject().value(u"streaming"_s)}});
    configuration.remove(u"urls"_s);
    v1.insert(u"configuration"_s, configuration);
    return v1;
}

QJsonObject MastodonRender::application(const MastodonApp &app) const
{
    return QJsonObject{
        {u"id"_s, app.id},
        {u"name"_s, app.name},
        {u"website"_s, app.website.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(app.website)},
        {u"scopes"_s, QJsonArray::fromStringList(app.scopes)},
        {u"redirect_uri"_s, app.redirectUris.join(u'\n')},
        {u"redirect_uris"_s, QJsonArray::fromStringList(app.redirectUris)},
        {u"vapid_key"_s, u"BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="_s},
        {u"client_id"_s, app.clientId},
        {u"client_secret"_s, QString::fromLatin1(app.clientSecret)},
        {u"client_secret_expires_at"_s, 0},
    };
}

QJsonObject MastodonRender::token(const QByteArray &accessToken, const QString &scope) const
{
    return QJsonObject{{u"access_token"_s, QString::fromLatin1(accessToken)},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"scope"_s, scope},
                       {u"created_at"_s, m_state.now().toSecsSinceEpoch()}};
}

QJsonObject MastodonRender::authorizationServer() const
{
    const QString base = baseUrl();
    return QJsonObject{
        {u"issuer"_s, QString(base + u'/')},
        {u"service_documentation"_s, u"https://docs.joinmastodon.org/"_s},
        {u"authorization_endpoint"_s, QString(base + u"/oauth/authorize"_s)},
        {u"token_endpoint"_s, QString(base + u"/oauth/token"_s)},
        {u"app_registration_endpoint"_s, QString(base + u"/api/v1/apps"_s)},
        {u"revocation_endpoint"_s, QString(base + u"/oauth/revoke"_s)},
        {u"userinfo_endpoint"_s, QString(base + u"/oauth/userinfo"_s)},
        {u"scopes_supported"_s,
         QJsonArray{u"read"_s, u"write"_s, u"push"_s, u"profile"_s, u"read:accounts"_s, u"read:notifications"_s,
                    u"read:statuses"_s, u"write:conversations"_s, u"write:media"_s, u"write:statuses"_s}},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s, u"client_credentials"_s}},
        {u"token_endpoint_auth_methods_supported"_s,
         QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s, u"none"_s}},
    };
}

} // namespace starling::sandbox
