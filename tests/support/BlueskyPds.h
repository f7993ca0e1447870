// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace starling::test {

/**
 * A real Bluesky network on loopback: the AT Protocol team's own PDS, PLC and AppView
 * (@atproto/dev-env, pinned in tests/bluesky-pds and installed by .ci/deps), started by
 * tests/bluesky-pds/start.mjs on its own Node.js 22. With the AppView it runs a private
 * PostgreSQL too. It is the referee for Starling's Bluesky client and sandbox server.
 *
 * The harness runs in a process group of its own with a private TMPDIR; stop() (and the
 * destructor) closes its stdin so that it shuts down cleanly, and kills the whole group when
 * that takes too long, so that no process outlives the test even when the test fails. If the test
 * process dies, the harness sees its stdin close and shuts down by itself.
 *
 * Typical use in a Qt Test:
 * @code
 * if (const auto why = BlueskyPds::unavailableReason())
 *     QSKIP(qPrintable(*why));
 * BlueskyPds pds;
 * QVERIFY2(pds.start(), qPrintable(pds.errorString()));
 * const auto alice = pds.account(u"alice"_s);   // alice.handle, alice.appPassword, ...
 * @endcode
 */
class BlueskyPds final
{
public:
    enum class Mode
    {
        WithAppView, ///< PLC, PDS and AppView (notifications, threads, profiles); needs PostgreSQL
        PdsOnly, ///< PLC and PDS only: app.bsky.* reads fail
    };

    /** A seed account the harness made: alice (who has a privileged app password), bob and carol. */
    struct Account
    {
        QString name; ///< "alice"
        QString handle; ///< "alice.test"
        QString did;
        QString email;
        QString password; ///< the account password
        QString appPassword; ///< an ordinary app password
        QString privilegedAppPassword; ///< empty unless the account has one
    };

    explicit BlueskyPds(Mode mode = Mode::WithAppView);
    ~BlueskyPds();
    Q_DISABLE_COPY_MOVE(BlueskyPds)

    /** The folder with start.mjs and its node_modules. */
    static QString harnessDir();

    /**
     * Why the harness cannot run here, when .ci/deps could not install it because the npm
     * registry was out of reach (the only reason a test may skip); otherwise nothing.
     */
    static std::optional<QString> unavailableReason();

    /**
     * Starts the network and waits for its ready line. False with errorString() (which includes
     * the harness's log) when it is not installed, fails or is not ready within @p timeout.
     */
    bool start(std::chrono::milliseconds timeout = std::chrono::minutes(4));

    /** Waits until the AppView has indexed all the PDS has (the harness's "process" command). */
    bool waitForAppView(std::chrono::milliseconds timeout = std::chrono::minutes(1));

    /** Shuts the network down; also done by the destructor. */
    void stop();

    bool isRunning() const;
    QString errorString() const { return m_error; }
    /** What the harness wrote on stderr (the last 256 KiB). */
    QByteArray log();
    /** How long start() took. */
    std::chrono::milliseconds startupTime() const { return m_startupTime; }

    QUrl pdsUrl() const { return m_pds; }
    /** Empty in Mode::PdsOnly. */
    QUrl appViewUrl() const { return m_appView; }
    QUrl plcUrl() const { return m_plc; }
    QList<Account> accounts() const { return m_accounts; }
    /** The seed account named @p name ("alice", "bob", "carol"); an empty one if there is none. */
    Account account(const QString &name) const;

private:
    bool fail(const QString &error);
    std::optional<QByteArray> readLine(std::chrono::milliseconds timeout);
    void drainLog();
    void killGroup(int signal);

    Mode m_mode;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_process;
    qint64 m_group = 0;
    QByteArray m_log;
    QString m_error;
    std::chrono::milliseconds m_startupTime{0};
    QUrl m_pds;
    QUrl m_appView;
    QUrl m_plc;
    QList<Account> m_accounts;
};

} // namespace starling::test
