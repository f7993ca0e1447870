// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace starling {

/**
 * Where account secrets live: access and refresh tokens, client secrets, app passwords, and the
 * password of a team workspace's database. Secrets
 * are kept in the operating system's keychain only (KeychainCredentialStore); unit tests may use
 * an in-memory store. Keys are "<account uuid>/<kind>", so two accounts never see each other's
 * secrets.
 *
 * Every call is asynchronous and reports once, in @p context's thread, unless @p context is gone.
 * Calls may come from any thread; they run one at a time in the order they were made, so a
 * refresh token written before an access token is stored before it.
 */
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        AccessToken,
        RefreshToken,
        ClientSecret,
        AppPassword,
        DpopKey, ///< the private key a Bluesky OAuth sign-in's tokens are bound to (PKCS#8 DER)
        DatabasePassword, ///< a team workspace's (keyed by TeamWorkspace::id, not an account)
    };

    using Done = std::function<void(Result<void>)>;
    using ReadDone = std::function<void(Result<QByteArray>)>;

    using QObject::QObject;
    ~CredentialStore() override = default;
    Q_DISABLE_COPY_MOVE(CredentialStore)

    /**
     * Reads a secret. A missing entry is NotFound; on Linux a locked keyring answers the same,
     * so NotFound must never be read as "the user signed out". No keyring at all is Unavailable.
     */
    virtual void read(const QUuid &account, Kind kind, QObject *context, ReadDone done) = 0;
    virtual void write(const QUuid &account, Kind kind, const QByteArray &secret, QObject *context, Done done) = 0;
    /** Deletes a secret; deleting one that is not there succeeds. */
    virtual void remove(const QUuid &account, Kind kind, QObject *context, Done done) = 0;
    /** Whether a working keyring is there: writes, reads back and deletes a throwaway entry. */
    virtual void probe(QObject *context, Done done) = 0;

    /** "<uuid>/<kind>", e.g. "1c6…/refresh-token". */
    static QString key(const QUuid &account, Kind kind);

    /**
     * The profile folder whose lock files serialise the refreshes of these secrets across
     * processes: the app and starling-cli on one profile set it to Profile::path(), so that both
     * take the same lock (TokenRefresher). Empty (the default): no lock.
     */
    void setRefreshLockFolder(const QString &folder) { m_refreshLockFolder = folder; }
    QString refreshLockFolder() const { return m_refreshLockFolder; }
    /** Profile::refreshLockPath() of @p account in refreshLockFolder(); empty without a folder. */
    QString refreshLockPath(const QUuid &account) const;

private:
    QString m_refreshLockFolder;
};

} // namespace starling
