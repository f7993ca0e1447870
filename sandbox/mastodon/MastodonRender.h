// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace starling::sandbox {

class LoopbackServer;
class MastodonState;

/**
 * The sandbox Mastodon server's entities in Mastodon's wire format (mastodon-openapi.json;
 * API-NOTES M-2, M-3): Account and CredentialAccount, Status (content as Mastodon's formatter
 * writes it), MediaAttachment, Notification, Conversation, Instance (v2 and v1), Application,
 * Token and the OAuth discovery document. URLs start with the server's base URL.
 *
 * Reads the world from a MastodonState and never changes it.
 */
class MastodonRender final
{
public:
    MastodonRender(const MastodonState &state, const LoopbackServer &server);

    /** A time as Mastodon writes it: UTC with milliseconds, "2025-11-20T09:30:00.000Z". */
    static QString isoTime(const QDateTime &time);

    /** The account's profile page: on this server for a local account, on its own for a remote one. */
    QString profileUrl(const MastodonAccount &account) const;
    /** A status's text as Mastodon's formatter makes it: paragraphs, line breaks, links for URLs, mentions, tags. */
    QString statusHtml(const MastodonStatus &status) const;

    QJsonObject account(const MastodonAccount &account) const;
    /** verify_credentials' CredentialAccount: the Account with the source of the profile. */
    QJsonObject credentialAccount(const MastodonAccount &account) const;
    QJsonObject status(const MastodonStatus &status) const;
    QJsonObject media(const MastodonMedia &media) const;
    QJsonObject notification(const MastodonNotification &notification) const;
    QJsonObject conversation(const MastodonConversation &conversation) const;
    /** GET /api/v2/instance, naming @p streamingUrl as configuration.urls.streaming. */
    QJsonObject instance(const QUrl &streamingUrl) const;
    /** GET /api/v1/instance: the v2 object with v1's uri and urls.streaming_api. */
    QJsonObject instanceV1(const QUrl &streamingUrl) const;
    /** The answer of POST /api/v1/apps, client secret included. */
    QJsonObject application(const MastodonApp &app) const;
    /** The answer of POST /oauth/token: no refresh token and no expiry (M-1). */
    QJsonObject token(const QByteArray &accessToken, const QString &scope) const;
    /** GET /.well-known/oauth-authorization-server (4.3 and later). */
    QJsonObject authorizationServer() const;

private:
    QString baseUrl() const;

    const MastodonState &m_state;
    const LoopbackServer &m_server;
};

} // namespace starling::sandbox
