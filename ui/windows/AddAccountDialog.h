// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace starling {

class AccountManager;
class CredentialStore;
class MastodonSignIn;
class OAuthLoopbackFlow;

/**
 * Adding an account, one network at a time; the sign-in happens in the browser and the tokens go
 * to the keychain before the account appears.
 *  - X: the user brings their own X developer app (a "Native App" with only a client ID).
 *  - Mastodon: the user types their server; Starling registers itself there once (MastodonSignIn).
 * Signing in again as a person who is already there renews that account's tokens (Settings'
 * "Sign in again" opens this dialog). Bluesky comes with its provider.
 */
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AddAccountDialog(AccountManager &accounts, CredentialStore &credentials, QWidget *parent = nullptr);
    ~AddAccountDialog() override;
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

    /**
     * For "Sign in again": the dialog asks for @p account's network, with what it used before
     * (the X client ID, the Mastodon server) already filled in.
     */
    void signInAgainTo(const struct Account &account);

private:
    enum Page
    {
        XPage,
        MastodonPage
    };

    QWidget *makeXPage();
    QWidget *makeMastodonPage();
    void updateSignInButton();
    void signIn();
    void signInToX();
    void signInToMastodon();
    void finishXSignIn(const struct TokenSet &tokens, const QString &clientId);
    /** Adds the signed-in account, or renews the sign-in of the one that is there (@p again). */
    void keep(const struct Account &account, bool again);
    void cancel();
    void fail(const QString &message);

    AccountManager &m_accounts;
    CredentialStore &m_credentials;
    std::unique_ptr<QSettings> m_settings; ///< Mastodon's app registrations and server limits
    QComboBox *m_network;
    QStackedWidget *m_pages;
    QLineEdit *m_clientId;
    QLineEdit *m_server;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPointer<OAuthLoopbackFlow> m_flow;
    QPointer<MastodonSignIn> m_mastodon;
};

} // namespace starling
