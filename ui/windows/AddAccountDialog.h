// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace starling {

class AccountManager;
class CredentialStore;
class OAuthLoopbackFlow;

/**
 * Adding an X account: the user brings their own X developer app (a "Native App" with only a
 * client ID) and signs in in the browser; the tokens go to the keychain before the account
 * appears. Mastodon and Bluesky come next (their providers are the next issues).
 */
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AddAccountDialog(AccountManager &accounts, CredentialStore &credentials, QWidget *parent = nullptr);
    ~AddAccountDialog() override;
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

private:
    void signIn();
    void finishSignIn(const struct TokenSet &tokens, const QString &clientId);
    void fail(const QString &message);

    AccountManager &m_accounts;
    CredentialStore &m_credentials;
    QLineEdit *m_clientId;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPointer<OAuthLoopbackFlow> m_flow;
};

} // namespace starling
