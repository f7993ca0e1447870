// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace starling {

// Quiet unless asked (QT_LOGGING_RULES=starling.instance.info=true): the tests read it.
Q_LOGGING_CATEGORY(lcInstance, "starling.instance", QtWarningMsg)

namespace {
/** A request is a few arguments; anything longer is not one of ours. */
constexpr qsizetype maxRequestBytes = 64 * 1024;
/** How long a connection may take to say what it wants. */
constexpr int idleMs = 5000;
/** Unix socket paths are at most 104 bytes on macOS, 108 on Linux. */
constexpr qsizetype maxSocketPath = 100;

QByteArray acknowledgement()
{
    return QJsonDocument(QJsonObject{{u"version"_s, InstanceRequest::version}, {u"accepted"_s, true}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}
} // namespace

InstanceRequest InstanceRequest::thisProcess()
{
    InstanceRequest request;
    request.arguments = QCoreApplication::arguments().mid(1);
    request.workingDirectory = QDir::currentPath();
    request.activationToken = qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    if (request.activationToken.isEmpty())
        request.activationToken = qEnvironmentVariable("DESKTOP_STARTUP_ID");
    return request;
}

QByteArray InstanceRequest::toJson() const
{
    const QJsonObject object{{u"version"_s, version},
                             {u"arguments"_s, QJsonArray::fromStringList(arguments)},
                             {u"workingDirectory"_s, workingDirectory},
                             {u"activationToken"_s, activationToken}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<InstanceRequest> InstanceRequest::fromJson(const QByteArray &json)
{
    const auto invalid = [](const QString &why) {
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("SingleInstance", "A second start sent a request Starling cannot "
                                                                   "read: %1")
                         .arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QCoreApplication::translate("SingleInstance", "not a JSON object"));
    const QJsonObject object = document.object();
    const int v = object.value(u"version"_s).toInt(0);
    if (v < 1)
        return invalid(QCoreApplication::translate("SingleInstance", "no version"));
    const QJsonValue args = object.value(u"arguments"_s);
    if (!args.isArray())
        return invalid(QCoreApplication::translate("SingleInstance", "no argument list"));
    InstanceRequest request;
    for (const QJsonValue &a : args.toArray()) {
        if (!a.isString())
            return invalid(QCoreApplication::translate("SingleInstance", "an argument that is not text"));
        request.arguments << a.toString();
    }
    request.workingDirectory = object.value(u"workingDirectory"_s).toString();
    request.activationToken = object.value(u"activationToken"_s).toString();
    return request;
}

SingleInstance::SingleInstance(const QString &profilePath, QObject *parent)
    : QObject(parent)
    , m_name(serverName(profilePath))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &profilePath)
{
    const QString canonical = QFileInfo(profilePath).canonicalFilePath();
    const QString profile = canonical.isEmpty() ? QFileInfo(profilePath).absoluteFilePath() : canonical;
    // The home folder stands for the user where the socket's folder is shared (Windows' pipes,
    // the temporary folder).
    const QByteArray key = (QDir::homePath() + u'\n' + profile).toUtf8();
    const QString name =
        u"starling-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
#if defined(Q_OS_UNIX)
    // The user's runtime folder (XDG_RUNTIME_DIR) is private to them; QLocalServer puts bare
    // names in the shared temporary folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && runtime.size() + name.size() + 1 <= maxSocketPath)
        return runtime + u'/' + name;
#endif
    return name;
}

Result<void> SingleInstance::handOver(const InstanceRequest &request, std::chrono::milliseconds timeout) const
{
    const auto unavailable = [] {
        return Error(Error::Code::Unavailable,
                     QCoreApplication::translate("SingleInstance", "No Starling answers on this profile."));
    };
    QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(int(std::max<qint64>(0, deadline.remainingTime()))))
        return unavailable();
    socket.write(request.toJson() + '\n');
    QByteArray answer;
    while (!answer.contains('\n')) {
        if (socket.bytesToWrite() > 0
            && !socket.waitForBytesWritten(int(std::max<qint64>(0, deadline.remainingTime()))))
            return unavailable();
        if (socket.bytesAvailable() == 0
            && !socket.waitForReadyRead(int(std::max<qint64>(0, deadline.remainingTime()))))
            return unavailable();
        answer += socket.readAll();
        if (answer.size() > maxRequestBytes)
            return unavailable();
    }
    const QJsonObject ack = QJsonDocument::fromJson(answer.left(answer.indexOf('\n'))).object();
    if (!ack.value(u"accepted"_s).toBool())
        return unavailable();
    socket.disconnectFromServer();
    return {};
}

Result<void> SingleInstance::listen()
{
    if (m_server)
        return {};
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    // Safe only because the caller holds the profile's lock: whoever made this socket is gone.
    QLocalServer::removeServer(m_name);
    if (!server->listen(m_name)) {
        const QString why = server->errorString();
        delete server;
        return Error(
            Error::Code::Unavailable,
            QCoreApplication::translate("SingleInstance", "Starling cannot listen for later starts on this profile: %1")
                .arg(why));
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    qCInfo(lcInstance).noquote() << "listening on" << m_name;
    return {};
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        // A connection that never says anything is closed.
        QTimer::singleShot(idleMs, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (socket->property("done").toBool())
        return;
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes) {
            qCWarning(lcInstance) << "a request longer than" << maxRequestBytes << "bytes was refused";
            socket->abort();
        }
        return;
    }
    const QByteArray line = socket->readLine(maxRequestBytes + 1).trimmed();
    socket->setProperty("done", true);
    auto request = InstanceRequest::fromJson(line);
    if (!request) {
        qCWarning(lcInstance).noquote() << request.error().message();
        socket->abort();
        return;
    }
    socket->write(acknowledgement());
    socket->flush();
    socket->disconnectFromServer();
    qCInfo(lcInstance).noquote() << "a second start handed over:" << request->arguments.join(u' ');
    Q_EMIT requested(request.value());
}

} // namespace starling
