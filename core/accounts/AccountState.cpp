// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountState.h"

#include <QCoreApplication>
#include <QLocale>

namespace starling {

QString AccountStatus::text() const
{
    switch (state) {
    case AccountState::SignedOut:
        return QCoreApplication::translate("starling::AccountStatus", "Signed out");
    case AccountState::Connecting:
        return QCoreApplication::translate("starling::AccountStatus", "Connecting…");
    case AccountState::Connected:
        return QCoreApplication::translate("starling::AccountStatus", "Connected");
    case AccountState::RateLimited:
        return until.isValid() ? QCoreApplication::translate("starling::AccountStatus", "Rate limited until %1")
                                     .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat))
                               : QCoreApplication::translate("starling::AccountStatus", "Rate limited");
    case AccountState::Offline:
        return QCoreApplication::translate("starling::AccountStatus", "Offline");
    case AccountState::SignInExpired:
        return QCoreApplication::translate("starling::AccountStatus", "Sign-in expired: sign in again");
    case AccountState::KeyringUnavailable:
        return QCoreApplication::translate("starling::AccountStatus", "Keychain unavailable");
    case AccountState::SyncedByTeammate:
        //: A team workspace: %1 is the agent whose app syncs and sends this account
        return QCoreApplication::translate("starling::AccountStatus", "Synced by %1").arg(detail);
    }
    return {};
}

bool AccountStatus::needsUser() const
{
    return state == AccountState::SignedOut || state == AccountState::SignInExpired
           || state == AccountState::KeyringUnavailable;
}

} // namespace starling
