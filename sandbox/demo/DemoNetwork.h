// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

namespace starling::sandbox {

class BlueskyServer;
class MastodonServer;
class XServer;

/**
 * The world of `starling --demo`: sandbox network servers on loopback (X, Mastodon with its
 * streaming API, and Bluesky with its chat service), seeded with believable customer-care conversations, mentions and
 * people, where now and then a simulated person writes a new DM or mention. The real provider
 * code talks to it over HTTP, so the demo shows the app as it really works, with nothing to sign
 * in to.
 */
class DemoNetwork final : public QObject
{
    Q_OBJECT

public:
    explicit DemoNetwork(QObject *parent = nullptr);
    ~DemoNetwork() override;
    Q_DISABLE_COPY_MOVE(DemoNetwork)

    /** Starts the servers and seeds them; false when a server cannot listen. */
    bool start();

    XServer &x() { return *m_x; }
    QUrl xBaseUrl() const;
    QByteArray xToken() const { return m_xToken; }
    QString xOwnUserId() const { return m_xOwnUser; }
    QString xOwnHandle() const;
    QString xOwnName() const;

    MastodonServer &mastodon() { return *m_mastodon; }
    QUrl mastodonBaseUrl() const;
    QByteArray mastodonToken() const { return m_mastodonToken; }
    QString mastodonOwnUserId() const { return m_mastodonOwnUser; }
    /** user@domain, as the account list shows a Mastodon account. */
    QString mastodonOwnHandle() const;
    QString mastodonOwnName() const;

    BlueskyServer &bluesky() { return *m_bluesky; }
    QUrl blueskyBaseUrl() const;
    /** The access token of the shop's session (a privileged app password: it may read DMs). */
    QByteArray blueskyToken() const { return m_blueskyToken; }
    QString blueskyOwnDid() const { return m_blueskyOwnDid; }
    QString blueskyOwnHandle() const;
    QString blueskyOwnName() const;

    /** Every @p interval (±50 %), someone writes a DM or a mention. 0 turns it off. */
    void setLiveActivity(std::chrono::milliseconds interval);

Q_SIGNALS:
    /** A simulated person wrote something. */
    void personWrote();

private:
    void seed();
    void seedMastodon();
    void seedBluesky();
    void simulateSomeone();

    std::unique_ptr<XServer> m_x;
    std::unique_ptr<MastodonServer> m_mastodon;
    std::unique_ptr<BlueskyServer> m_bluesky;
    QByteArray m_blueskyToken;
    QString m_blueskyOwnDid;
    QStringList m_blueskyPeople; ///< DIDs of the seeded people
    QByteArray m_mastodonToken;
    QString m_mastodonOwnUser;
    QStringList m_mastodonPeople; ///< Mastodon account ids of the seeded people
    QByteArray m_xToken;
    QString m_xOwnUser;
    QStringList m_people; ///< X user ids of the seeded people
    QTimer m_live;
    std::chrono::milliseconds m_interval{0};
    int m_simulated = 0;
};

} // namespace starling::sandbox
