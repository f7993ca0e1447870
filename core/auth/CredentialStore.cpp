// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialStore.h"

#include "Profile.h"

using namespace Qt::StringLiterals;

namespace starling {

QString CredentialStore::key(const QUuid &account, Kind kind)
{
    QString name;
    switch (kind) {
    case Kind::AccessToken:
        name = u"access-token"_s;
        break;
    case Kind::RefreshToken:
        name = u"refresh-token"_s;
        break;
    case Kind::ClientSecret:
        name = u"client-secret"_s;
        break;
    case Kind::AppPassword:
        name = u"app-password"_s;
        break;
    case Kind::DpopKey:
        name = u"dpop-key"_s;
        break;
    case Kind::DatabasePassword:
        name = u"database-password"_s;
        break;
    }
    return account.toString(QUuid::WithoutBraces) + u'/' + name;
}

QString CredentialStore::refreshLockPath(const QUuid &account) const
{
    return m_refreshLockFolder.isEmpty() ? QString() : Profile::refreshLockPath(m_refreshLockFolder, account);
}

} // namespace starling
