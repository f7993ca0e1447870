// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace starling {

/** Where one account stands, as the account list and the tray show it. */
enum class AccountState
{
    SignedOut, ///< no sign-in yet, or the user signed out
    Connecting, ///< signing in, or the first contact after start-up
    Connected,
    RateLimited, ///< the network asked us to wait until AccountStatus::until
    Offline, ///< the network cannot be reached; sync resumes by itself
    SignInExpired, ///< the grant is gone: the user must sign in again (nothing was deleted)
    KeyringUnavailable, ///< the system keyring is missing or locked: nothing can be read or sent
    SyncedByTeammate, ///< a team workspace: another agent's app syncs and sends it (AccountStatus::detail names them)
};

struct AccountStatus
{
    AccountState state = AccountState::SignedOut;
    QDateTime until; ///< for RateLimited
    QString detail; ///< the last error's message, for a tooltip; for SyncedByTeammate, the agent

    bool operator==(const AccountStatus &) const = default;

    /** A short translated description, e.g. "Rate limited until 09:45". */
    QString text() const;
    /** Whether the user has to do something (sign in again, fix the keyring). */
    bool needsUser() const;
};

} // namespace starling
