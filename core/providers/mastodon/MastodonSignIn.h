// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MastodonInstance.h"
#include "MastodonRegistration.h"
#include "Result.h"
#include "auth/OAuthLoopbackFlow.h"
#include "auth/TokenSet.h"
#include "domain/Account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace starling {

class CredentialStore;

/**
 * A whole sign-in to a Mastodon server, for the add-account dialog and the CLI (API-NOTES M-1):
 * MastodonRegistration::prepare() (discovery, limits, app registration), then OAuthLoopbackFlow
 * (authorization code, with PKCE where the server has it), then verify_credentials to learn who
 * signed in. Nothing is stored until the caller has the outcome, so a cancelled sign-in leaves no
 * account behind (the app registration stays: it belongs to the server, not to the account).
 *
 * Wiring in the UI: start(typed server) → open authorizationUrlReady()'s URL in the browser →
 * finished(outcome) → store(outcome) → AccountManager::add(outcome.account).
 */
class MastodonSignIn final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Account account; ///< a new id; network, handle (user@domain), server, remote id, client id
        TokenSet tokens; ///< an access token only: Mastodon has no refresh tokens
        MastodonInstance instance; ///< the server's limits, to store for the account
    };

    /** @p settings and @p credentials must outlive the sign-in. */
    MastodonSignIn(QSettings *settings, CredentialStore *credentials, QNetworkAccessManager *manager = nullptr,
                   QObject *parent = nullptr);
    ~MastodonSignIn() override;
    Q_DISABLE_COPY_MOVE(MastodonSignIn)

    /**
     * Starts with what the user typed ("mastodon.social", "@me@example.social", a URL). Reports
     * through the signals; InvalidInput at once (as finished()) when it is not a server address.
     */
    void start(const QString &server);
    /** Stops waiting for the browser; finished() reports Cancelled. */
    void cancel();

    MastodonRegistration &registration() { return m_registration; }
    /** The flow while the browser is out (for tests that play the browser); null otherwise. */
    OAuthLoopbackFlow *flow() const { return m_flow; }

    /**
     * Keeps a finished sign-in: the access token in the keychain under the account, the limits in
     * @p settings. Call before AccountManager::add(), so the account's first sync finds its token.
     */
    static void store(const Outcome &outcome, CredentialStore *credentials, QSettings *settings, QObject *context,
                      std::function<void(Result<void>)> done);

Q_SIGNALS:
    /** Open @p url in the user's browser. */
    void authorizationUrlReady(const QUrl &url);
    /** For progress: "registering", "waiting for the browser", "reading the account". */
    void progress(const QString &message);
    void finished(const starling::Result<starling::MastodonSignIn::Outcome> &result);

private:
    void begin(const MastodonRegistration::Prepared &prepared, bool retriedPort);
    void readAccount(const MastodonRegistration::Prepared &prepared, const TokenSet &tokens);
    void finish(Result<Outcome> result);

    MastodonRegistration m_registration;
    QNetworkAccessManager *m_manager;
    QPointer<OAuthLoopbackFlow> m_flow;
    bool m_running = false;
};

} // namespace starling
