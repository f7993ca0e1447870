// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace starling {

class SignInService;
class SignInSession;

/**
 * Adding an account, one network at a time. The dialog asks for what the network needs and shows
 * the progress of the sign-in, which core's SignInService runs (in the browser; the tokens go to
 * the keychain before the account appears):
 *  - X: the user brings their own X developer app (a "Native App" with only a client ID).
 *  - Mastodon: the user types their server; Starling registers itself there once.
 *  - Bluesky: the user's handle and an app password (one that may read direct messages), and
 *    the hosting provider when it is not bsky.social.
 * Signing in again as a person who is already there renews that account's tokens (Settings'
 * "Sign in again" opens this dialog).
 */
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @p signIn must outlive the dialog. */
    explicit AddAccountDialog(SignInService &signIn, QWidget *parent = nullptr);
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
        MastodonPage,
        BlueskyPage
    };

    QWidget *makeXPage();
    QWidget *makeMastodonPage();
    QWidget *makeBlueskyPage();
    void updateSignInButton();
    void signIn();
    void cancel();
    void fail(const QString &message);

    SignInService &m_service;
    QComboBox *m_network;
    QStackedWidget *m_pages;
    QLineEdit *m_clientId;
    QLineEdit *m_server;
    QLineEdit *m_handle;
    QLineEdit *m_appPassword;
    QLineEdit *m_blueskyServer;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPointer<SignInSession> m_session;
};

} // namespace starling
