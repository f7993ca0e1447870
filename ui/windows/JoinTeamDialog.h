// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/TeamWorkspace.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace starling {

class CredentialStore;
class Store;

/**
 * "Join a team workspace": makes the profile a team workspace, whose inbox is the team's
 * PostgreSQL database (`starling --team postgres://…`). The user gives the database's address and
 * their password; Join connects (team::join(): the inbox must be there, `starling-cli team init`
 * sets it up), keeps the password in the keychain and remembers the workspace in the profile.
 * Nothing is remembered unless all of it worked; the error says what did not.
 */
class JoinTeamDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @p settings (the profile's) and @p credentials must outlive the dialog. */
    JoinTeamDialog(QSettings &settings, CredentialStore &credentials, QWidget *parent = nullptr);
    ~JoinTeamDialog() override;
    Q_DISABLE_COPY_MOVE(JoinTeamDialog)

    /** Fills in the database's address, as `--team` gives it; the password is asked for. */
    void setAddress(const QString &url);
    /** Says why the dialog is shown again (the workspace's password is not in the keychain, say). */
    void setReason(const QString &reason);
    /** The workspace joined, once the dialog is accepted. */
    std::optional<TeamWorkspace> workspace() const { return m_workspace; }

private:
    void join();
    void setBusy(bool busy);
    void fail(const QString &message);
    void updateJoinButton();

    QSettings &m_settings;
    CredentialStore &m_credentials;
    QLabel *m_reason;
    QLineEdit *m_address;
    QLineEdit *m_password;
    QLabel *m_progress;
    QLabel *m_error;
    QPushButton *m_join;
    bool m_busy = false;
    std::optional<TeamWorkspace> m_workspace;
};

/** A team workspace's store, opened, and where it is (with the password, for the sync leadership). */
struct OpenedTeam
{
    TeamWorkspace workspace;
    Database::Location location;
    std::unique_ptr<Store> store;
};

/**
 * The app's start on a team workspace. Opens the store of the profile (@p settings) when it is a
 * team workspace, or makes it the one @p joinUrl names (`--team`) first, with JoinTeamDialog. The
 * dialog is also shown when the workspace's password is not in the keychain (@p credentials).
 * Gives nullopt for a local profile (and no @p joinUrl); Cancelled when the user closed the
 * dialog; any other error (a database that cannot be reached, say) with its message, to show.
 * Blocks for as long as it takes, running the event loop: before the main window.
 */
Result<std::optional<OpenedTeam>> openTeamWorkspace(QSettings &settings, CredentialStore &credentials,
                                                    const QString &joinUrl);

} // namespace starling
