// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

class QLocalServer;
class QLocalSocket;

namespace starling {

/**
 * What a second start of the app hands to the one already running on its profile: its command
 * line, the folder it was started in, and the desktop's activation token (XDG_ACTIVATION_TOKEN on
 * Wayland, DESKTOP_STARTUP_ID on X11) so the running window may take the focus. Sent as one line
 * of JSON with a version; fields a reader does not know are ignored, so later starts may add more
 * (a conversation to open, say).
 */
struct InstanceRequest
{
    static constexpr int version = 1;

    QStringList arguments;
    QString workingDirectory;
    QString activationToken;

    /** This process: its arguments, current folder and activation token from the environment. */
    static InstanceRequest thisProcess();
    QByteArray toJson() const;
    /** Error::InvalidInput for anything but a JSON object of a known version with an argument list. */
    static Result<InstanceRequest> fromJson(const QByteArray &json);
};

/**
 * One app per profile, and a second start brings the first one to the front. The app that holds
 * the profile's outbox lock listens on a local socket named after the profile (per user: in the
 * user's runtime folder, readable by the user only); a later start on the same profile hands its
 * InstanceRequest over and exits. Without an answer on the socket while the lock is held, another
 * kind of process (starling-cli sending) has the profile.
 */
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &profilePath, QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    /** The local socket's name for the profile in @p profilePath (a folder that exists). */
    static QString serverName(const QString &profilePath);
    QString serverName() const { return m_name; }

    /**
     * Hands @p request to the app listening on this profile and waits up to @p timeout for its
     * acknowledgement. Blocks: call it before the event loop runs. Error::Unavailable when nobody
     * listens or answers.
     */
    Result<void> handOver(const InstanceRequest &request, std::chrono::milliseconds timeout) const;

    /**
     * Starts to listen. Call it only while holding the profile's outbox lock: a socket left
     * behind by a process that is gone (it crashed) is removed first, and only the lock's holder
     * can know that nobody else listens.
     */
    Result<void> listen();
    bool isListening() const;

Q_SIGNALS:
    /** A later start handed @p request over (it has exited by now). */
    void requested(const starling::InstanceRequest &request);

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace starling

Q_DECLARE_METATYPE(starling::InstanceRequest)
