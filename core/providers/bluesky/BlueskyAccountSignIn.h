// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BlueskyIdentity.h"
#include "BlueskyMapper.h"
#include "providers/AccountSignIn.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace starling {

class CredentialStore;
class Dpop;
class HttpClient;

/**
 * The last step of either Bluesky sign-in: the account as Starling keeps it, with its name and
 * picture read from its profile (app.bsky.actor.getProfile, through @p pds with @p accessToken,
 * and a proof by @p dpop when the token is DPoP-bound). A profile that cannot be read (no AppView
 * yet) leaves the name to the handle; only a refused token fails. @p done runs in @p context's thread.
 */
void readSignedInAccount(const QString &handle, const QString &did, const QUrl &pds, const QByteArray &accessToken,
                         std::shared_ptr<Dpop> dpop, QObject *context, std::function<void(Result<Account>)> done);

/**
 * Signing in to Bluesky with an app password (API-NOTES B-1): com.atproto.server.createSession with
 * the handle (or e-mail, or DID) and the app password. It goes to the server the user named or,
 * when they named none, to the PDS their handle resolves to (BlueskyIdentityResolver), or to the
 * entryway when it does not resolve (an e-mail address, no network to ask). The account's PDS is
 * taken from the answer's DID document, then its profile (app.bsky.actor.getProfile) for the name and picture.
 * The app password itself is never stored: keep() stores the session's tokens, refresh token first,
 * through a BlueskySession. The tokens stay in memory until then.
 */
class BlueskyAccountSignIn final : public AccountSignIn
{
    Q_OBJECT

public:
    /** Where people sign in when they name no server (B-1). */
    static QUrl defaultService();

    /**
     * @p credentials must outlive the sign-in. @p service: the entryway or PDS to sign in at; empty
     * to find it from the handle, then defaultService().
     */
    BlueskyAccountSignIn(QString identifier, QString appPassword, QUrl service, CredentialStore *credentials,
                         QObject *parent = nullptr);
    ~BlueskyAccountSignIn() override;
    Q_DISABLE_COPY_MOVE(BlueskyAccountSignIn)

    void start() override;
    void cancel() override;
    void keep(const Account &account, QObject *context, std::function<void(Result<void>)> done) override;

    /** The client that sends createSession (tests shorten its deadlines). */
    HttpClient &http() { return *m_http; }
    /** Where handles are resolved (tests point it at a PLC directory and PDS on loopback). */
    void setIdentityConfig(BlueskyIdentityResolver::Config config) { m_identityConfig = std::move(config); }

private:
    void createSession();
    void readProfile();
    void fail(const Error &error);

    QString m_identifier;
    QString m_password;
    QUrl m_service; ///< empty until known when the user named none
    BlueskyIdentityResolver::Config m_identityConfig;
    CredentialStore *m_credentials;
    HttpClient *m_http;
    std::optional<blueskymapper::Session> m_session;
    bool m_finished = false;
};

} // namespace starling
