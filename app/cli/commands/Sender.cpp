// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sender.h"

#include "cli/CliContext.h"
#include "domain/OutboxItem.h"
#include "sync/SyncService.h"

#include <QJsonObject>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

constexpr int defaultWaitSeconds = 60;

QString itemStateKey(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        return u"queued"_s;
    case OutboxItem::State::Sending:
        return u"sending"_s;
    case OutboxItem::State::Sent:
        return u"sent"_s;
    case OutboxItem::State::Failed:
        return u"failed"_s;
    case OutboxItem::State::Unknown:
        return u"unknown"_s;
    case OutboxItem::State::Unverified:
        return u"unverified"_s;
    }
    return u"queued"_s;
}

/** The exit code of a failed item, from the error code the outbox stored (Error::codeName()). */
ExitCode exitCodeForItem(const OutboxItem &item)
{
    for (auto code : {Error::Code::Network, Error::Code::Timeout, Error::Code::RateLimited, Error::Code::AuthExpired,
                      Error::Code::AuthRevoked, Error::Code::Forbidden, Error::Code::NotFound,
                      Error::Code::InvalidInput, Error::Code::ServerError, Error::Code::BadResponse,
                      Error::Code::Storage, Error::Code::Unavailable, Error::Code::Cancelled, Error::Code::Conflict}) {
        if (Error::codeName(code) == item.errorCode)
            return exitCodeFor(Error(code, {}));
    }
    return ExitCode::Failure;
}

} // namespace

Sender::Options::Options()
    : account(u"account"_s, Sender::tr("Send from the account <A> (handle, network:handle or id)."), u"A"_s)
    , wait(u"wait"_s,
           Sender::tr("Wait at most <seconds> for the network (default 60). What is not sent by then stays in the "
                      "outbox."),
           u"seconds"_s)
{
}

std::optional<int> Sender::Options::waitSeconds(CommandLine &commandLine, int *exitCode) const
{
    return commandLine.number(wait, defaultWaitSeconds, 1, 24 * 3600, exitCode);
}

Sender::Sender(Context &context)
    : m_context(context)
{
}

Sender::~Sender() = default;

std::optional<int> Sender::prepare(const Account &account)
{
    auto profile = m_context.profile();
    if (!profile)
        return m_context.fail(profile.error());
    if (Error refusal; m_context.isTeamWorkspace(&refusal))
        return m_context.fail(refusal);
    // The outbox does not share its items between processes yet: two that send from one profile
    // could send the same message twice. The app holds this lock while it runs.
    Profile::LockHolder holder;
    m_outboxLock = profile.value()->claimOutbox(std::chrono::milliseconds(0), &holder);
    if (!m_outboxLock) {
        return m_context.fail(ExitCode::Failure,
                              tr("Another Starling (%1, process %2) is sending from this profile. Send from there, "
                                 "or close it and try again: only one may send at a time, so that nothing is sent "
                                 "twice.")
                                  .arg(holder.application.isEmpty() ? tr("unknown") : holder.application)
                                  .arg(holder.pid));
    }
    auto sync = m_context.sync();
    if (!sync)
        return m_context.fail(sync.error());
    auto ready = m_context.wait(sync.value()->connectAccounts({account}), std::chrono::minutes(1));
    const Result<void> connected =
        ready ? ready->constFirst()
              : Result<void>(Error(Error::Code::Unavailable, tr("The system keychain did not answer in time.")));
    if (!connected) {
        if (connected.error().code() == Error::Code::NotFound)
            return m_context.fail(ExitCode::Failure, tr("%1 is not signed in (or the keychain is locked): sign in "
                                                        "again in the Starling app.")
                                                         .arg(Context::describe(account)));
        return m_context.fail(connected.error());
    }
    m_sync = sync.value();
    return std::nullopt;
}

std::optional<int> Sender::checkText(const Account &account, TextRules::Mode mode, const QString &text, bool withMedia)
{
    // The rules as this account's client knows them (a Mastodon server has its own limit).
    const auto rules = m_context.wait(m_sync->textRules(account.id, mode), std::chrono::seconds(30));
    if (!rules || !*rules)
        return std::nullopt;
    const TextCount count = (*rules)->count(text);
    const bool emptyWithMedia = count.problem == TextCount::Problem::Empty && withMedia;
    if (count.problem != TextCount::Problem::None && !emptyWithMedia)
        return m_context.fail(ExitCode::Usage, tr("The text cannot be sent: %1").arg(count.reason));
    return std::nullopt;
}

int Sender::sendAndReport(const Account &account, QFuture<Result<OutboxItem>> queued, int waitSeconds)
{
    const auto taken = m_context.wait(std::move(queued), std::chrono::seconds(waitSeconds));
    if (!taken)
        return m_context.fail(Error(Error::Code::Timeout, tr("The network did not answer in time.")));
    if (!*taken)
        return m_context.fail(taken->error());

    Output &out = m_context.output();
    auto latest = std::make_shared<OutboxItem>(taken->value());
    QObject watch; // the connection goes with it
    QObject::connect(m_sync, &SyncService::outboxItemChanged, &watch, [&out, latest](const OutboxItem &changed) {
        if (changed.state == OutboxItem::State::Sending)
            out.progress(tr("Sending…"));
        if (changed.id == latest->id)
            *latest = changed;
    });
    // Watched before the outbox starts, so that no outcome comes before the watch. The outbox also
    // sends this account's older items that were still waiting, first.
    QFuture<OutboxItem> settled = m_sync->whenSettled(latest->id);
    m_sync->startSending();
    auto outcome = m_context.wait(settled, std::chrono::seconds(waitSeconds));
    if (!outcome) {
        QCoreApplication::processEvents(); // the last state the worker reported
        outcome = *latest; // still on its way: said so below
    }
    out.endProgress();
    const OutboxItem &sent = *outcome;
    ExitCode code = ExitCode::Ok;
    QString message;
    switch (sent.state) {
    case OutboxItem::State::Sent:
        // A new post has no thread here, so no message id of its own.
        message = sent.messageId ? tr("Sent from %1 (message %2, remote id %3).")
                                       .arg(Context::describe(account))
                                       .arg(sent.messageId)
                                       .arg(sent.remoteId)
                                 : tr("Sent from %1 (remote id %2).").arg(Context::describe(account), sent.remoteId);
        break;
    case OutboxItem::State::Failed:
        code = exitCodeForItem(sent);
        message = tr("Not sent: %1").arg(sent.errorMessage);
        break;
    case OutboxItem::State::Unverified:
        code = exitCodeForItem(sent);
        message =
            tr("Perhaps sent, but it could not be verified: %1 Check before sending it again.").arg(sent.errorMessage);
        break;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Sending:
    case OutboxItem::State::Unknown:
        code = ExitCode::Network;
        message = sent.errorMessage.isEmpty() ? tr("Not sent yet: the network did not answer in time.")
                                              : tr("Not sent yet: %1").arg(sent.errorMessage);
        message += u' '
                   + tr("It stays in the outbox and goes out the next time the app runs or a command sends from "
                        "this account.");
        break;
    }
    if (out.json()) {
        out.document(QJsonObject{
            {u"outboxItem"_s, sent.id},
            {u"state"_s, itemStateKey(sent.state)},
            {u"conversationId"_s, sent.conversationId ? QJsonValue(sent.conversationId) : QJsonValue()},
            {u"messageId"_s, sent.messageId ? QJsonValue(QString::number(sent.messageId)) : QJsonValue()},
            {u"remoteId"_s, sent.remoteId.isEmpty() ? QJsonValue() : QJsonValue(sent.remoteId)},
            {u"error"_s, sent.errorCode.isEmpty()
                             ? QJsonValue()
                             : QJsonValue(QJsonObject{{u"code"_s, sent.errorCode}, {u"message"_s, sent.errorMessage}})},
        });
        if (code != ExitCode::Ok)
            out.error(message, sent.errorCode.isEmpty() ? u"network"_s : sent.errorCode, int(code));
    } else if (code == ExitCode::Ok) {
        out.line(message);
    } else {
        m_context.fail(code, message);
    }
    return int(code);
}

} // namespace starling::cli
