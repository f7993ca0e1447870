// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonInstance.h"
#include "Result.h"
#include "auth/OAuthConfig.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <functional>

class QNetworkAccessManager;
class QSettings;

namespace starling {

class CredentialStore;
class HttpClient;

/**
 * Starling's app registration on a Mastodon server, and what a sign-in there needs (API-NOTES
 * M-1): every server is its own authorization server, so the client registers itself on each one
 * once (POST /api/v1/apps) and remembers it per server: the client id (not a secret) in the
 * settings under "MastodonApps/<host>", the client secret in the keychain under secretKey().
 *
 * prepare() is what the add-account flow calls after the user typed their server:
 * 1. GET /.well-known/oauth-authorization-server: servers from 4.3 on list their endpoints and
 *    PKCE (S256); a 404 means an older server: no PKCE, the classic endpoints under /oauth.
 * 2. GET /api/v2/instance: the server's limits (max characters, media), to store with the account.
 * 3. The remembered registration, or a new one when there is none, its secret is gone from the
 *    keychain, or @p reregister asks for it (its loopback port is taken, say). The redirect URI is
 *    registered exactly as used, http://127.0.0.1:<port>/callback, with a port free at the time.
 * and answers with the OAuthConfig for OAuthLoopbackFlow: the scopes below, PKCE where the server
 * has it, the client secret (Mastodon clients are always confidential) and the registered port.
 */
class MastodonRegistration final : public QObject
{
    Q_OBJECT

public:
    /** What prepare() found out. */
    struct Prepared
    {
        QUrl server; ///< https://host[:port], no path
        OAuthConfig config;
        MastodonInstance instance; ///< isKnown() false when /api/v2/instance could not be read
        bool pkce = false;
    };

    /** @p settings and @p credentials must outlive the object; @p manager is used when given. */
    MastodonRegistration(QSettings *settings, CredentialStore *credentials, QNetworkAccessManager *manager = nullptr,
                         QObject *parent = nullptr);
    ~MastodonRegistration() override;
    Q_DISABLE_COPY_MOVE(MastodonRegistration)

    /** See the class comment. @p done runs once, in @p context's thread, unless @p context is gone. */
    void prepare(const QUrl &server, QObject *context, std::function<void(Result<Prepared>)> done,
                 bool reregister = false);

    /** Forgets the registration on @p server: settings and the secret in the keychain. */
    void forget(const QUrl &server, QObject *context, std::function<void(Result<void>)> done);

    /** The client that talks to the server (tests shorten its deadlines). */
    HttpClient &http() { return *m_http; }

    /** read:statuses read:notifications read:accounts write:statuses write:media write:conversations */
    static QStringList scopes();

    /**
     * The server the user means by what they typed: "mastodon.social", "https://mastodon.social/",
     * "@alice@mastodon.social" → https://mastodon.social. http is kept only for a loopback host (the
     * sandbox). InvalidInput with a message the user can act on otherwise.
     */
    static Result<QUrl> serverUrl(const QString &typed);

    /** The CredentialStore key under which the client secret of @p server lives (one per server). */
    static QUuid secretKey(const QUrl &server);

    /** The settings group of @p server's registration, "MastodonApps/<host[:port]>". */
    static QString settingsGroup(const QUrl &server);

private:
    struct Job;

    void discover(std::shared_ptr<Job> job);
    void readInstance(std::shared_ptr<Job> job);
    void useRemembered(std::shared_ptr<Job> job);
    void registerApp(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job, Result<Prepared> result);

    QSettings *m_settings;
    QPointer<CredentialStore> m_credentials;
    HttpClient *m_http;
};

} // namespace starling
