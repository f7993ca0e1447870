// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteCommands.h"

#include "CliContext.h"
#include "CliJson.h"
#include "accounts/AccountManager.h"
#include "domain/OutboxItem.h"
#include "services/InboxService.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "sync/SyncService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

constexpr int defaultWaitSeconds = 60;
constexpr int defaultSyncTimeoutSeconds = 600;

bool parseId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.trimmed().toLongLong(&ok);
    return ok && id > 0;
}

QString streamLabel(SyncStream stream)
{
    return stream == SyncStream::DirectMessages ? WriteCommands::tr("direct messages") : WriteCommands::tr("mentions");
}

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
                      Error::Code::Storage, Error::Code::Unavailable, Error::Code::Cancelled}) {
        if (Error::codeName(code) == item.errorCode)
            return exitCodeFor(Error(code, {}));
    }
    return ExitCode::Failure;
}

/** The options every sending command shares. */
struct SendOptions
{
    QCommandLineOption account{u"account"_s,
                               WriteCommands::tr("Send from the account <A> (handle, network:handle or id)."), u"A"_s};
    QCommandLineOption wait{u"wait"_s,
                            WriteCommands::tr("Wait at most <seconds> for the network (default 60). What is not "
                                              "sent by then stays in the outbox."),
                            u"seconds"_s};
};

} // namespace

WriteCommands::WriteCommands(Context &context)
    : m_context(context)
{
}

WriteCommands::~WriteCommands() = default;

// ---- sync -----------------------------------------------------------------------------------

int WriteCommands::sync(const QStringList &arguments)
{
    CommandLine cl(m_context, u"sync"_s, u"[--account A] [--timeout SECONDS]"_s,
                   tr("Fetches what is new for every account (or one), once: direct messages and mentions, page by "
                      "page, with progress on a terminal. Never sends: sending is the app's (or `send`'s) job."));
    const QCommandLineOption account(u"account"_s, tr("Only the account <A>."), u"A"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Give up after <seconds> (default 600)."), u"seconds"_s);
    cl.addOption(account);
    cl.addOption(timeout);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(tr("sync takes no arguments, only options."));
    int exitCode = 0;
    const auto seconds = cl.number(timeout, defaultSyncTimeoutSeconds, 1, 24 * 3600, &exitCode);
    if (!seconds)
        return exitCode;

    auto manager = m_context.accounts();
    if (!manager)
        return m_context.fail(manager.error());
    QList<Account> accounts = manager.value()->accounts();
    if (accounts.isEmpty())
        return m_context.noAccounts();
    if (cl.parser().isSet(account)) {
        auto a = m_context.resolveAccount(cl.parser().value(account));
        if (!a)
            return m_context.fail(a.error());
        if (!manager.value()->account(a->id))
            return m_context.fail(ExitCode::NotFound,
                                  tr("%1 was removed from the app; its messages are kept, but it cannot sync.")
                                      .arg(Context::describe(a.value())));
        accounts = {a.value()};
    }

    auto service = m_context.sync();
    if (!service)
        return m_context.fail(service.error());
    SyncService *sync = service.value();
    Output &out = m_context.output();
    QObject progress; // the progress lines' connection goes with it
    QObject::connect(
        sync, &SyncService::syncProgress, &progress,
        [&out, accounts](const QUuid &id, SyncStream stream, int pages, int messages) {
            QString handle;
            for (const Account &a : accounts) {
                if (a.id == id)
                    handle = a.handle;
            }
            out.progress(
                tr("@%1: %2, page %3 (%n message(s))", nullptr, messages).arg(handle, streamLabel(stream)).arg(pages));
        });

    struct Row
    {
        Account account;
        bool ok = false;
        int newMessages = 0;
        int fetched = 0;
        QString state;
        QString errorCode;
        QString message;
        ExitCode exit = ExitCode::Ok;
    };
    QList<Row> rows;
    QList<QUuid> connected;
    auto ready = m_context.wait(sync->connectAccounts(accounts), std::chrono::minutes(1));
    if (!ready) {
        const Result<void> unanswered(
            Error(Error::Code::Unavailable, tr("The system keyring did not answer in time.")));
        ready = QList<Result<void>>(accounts.size(), unanswered);
    }
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        Row row{accounts.at(i)};
        if (ready->at(i).ok()) {
            connected << accounts.at(i).id;
        } else {
            const Error &e = ready->at(i).error();
            const bool signedOut = e.code() == Error::Code::NotFound;
            row.state = json::stateKey(signedOut                              ? AccountState::SignedOut
                                       : e.code() == Error::Code::Unavailable ? AccountState::KeyringUnavailable
                                                                              : AccountState::SignedOut);
            row.errorCode = Error::codeName(e.code());
            row.message = signedOut ? tr("not signed in (or the keyring is locked): sign in again in the Starling app.")
                                    : e.message();
            row.exit = ExitCode::Failure;
        }
        rows << row;
    }
    std::optional<QList<SyncService::SyncOutcome>> outcomes;
    if (!connected.isEmpty())
        outcomes = m_context.wait(sync->syncOnce(connected), std::chrono::seconds(*seconds));
    if (!outcomes) {
        outcomes.emplace();
        for (const QUuid &id : std::as_const(connected)) {
            SyncService::SyncOutcome timedOut{id, false, 0, 0, {}};
            timedOut.status = {AccountState::Offline, {}, tr("The sync did not finish in time.")};
            *outcomes << timedOut;
        }
    }
    for (const SyncService::SyncOutcome &o : std::as_const(*outcomes)) {
        for (Row &row : rows) {
            if (row.account.id != o.account)
                continue;
            row.ok = o.ok;
            row.newMessages = o.newMessages;
            row.fetched = o.fetched;
            row.state = json::stateKey(o.status.state);
            if (!o.ok) {
                const bool userMustAct =
                    o.status.state == AccountState::SignInExpired || o.status.state == AccountState::KeyringUnavailable;
                row.exit = userMustAct ? ExitCode::Failure : ExitCode::Network;
                row.errorCode = userMustAct ? u"auth-revoked"_s : u"network"_s;
                row.message =
                    o.status.detail.isEmpty() ? tr("the network could not be reached, or refused.") : o.status.detail;
                if (o.status.state == AccountState::RateLimited && o.status.until.isValid())
                    row.message = tr("rate limited until %1.").arg(Format::localTime(o.status.until));
            }
        }
    }
    out.endProgress();

    ExitCode worst = ExitCode::Ok;
    for (const Row &row : std::as_const(rows))
        worst = std::max(worst, row.exit);
    if (out.json()) {
        QJsonArray list;
        for (const Row &row : std::as_const(rows)) {
            QJsonObject o = json::account(row.account);
            o.insert(u"ok"_s, row.ok);
            o.insert(u"newMessages"_s, row.newMessages);
            o.insert(u"fetched"_s, row.fetched);
            o.insert(u"state"_s, row.state);
            o.insert(u"error"_s,
                     row.ok ? QJsonValue()
                            : QJsonValue(QJsonObject{{u"code"_s, row.errorCode}, {u"message"_s, row.message}}));
            list.append(o);
        }
        out.document(QJsonObject{{u"accounts"_s, list}});
    } else {
        for (const Row &row : std::as_const(rows)) {
            if (row.ok)
                out.line(tr("%1: %n new message(s)", nullptr, row.newMessages).arg(Context::describe(row.account))
                         + tr(" (%n fetched).", nullptr, row.fetched));
            else
                out.line(tr("%1: not synced: %2").arg(Context::describe(row.account), row.message));
        }
    }
    return int(worst);
}

// ---- sending --------------------------------------------------------------------------------

std::optional<int> WriteCommands::prepareToSend(const Account &account)
{
    auto profile = m_context.profile();
    if (!profile)
        return m_context.fail(profile.error());
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
              : Result<void>(Error(Error::Code::Unavailable, tr("The system keyring did not answer in time.")));
    if (!connected) {
        if (connected.error().code() == Error::Code::NotFound)
            return m_context.fail(ExitCode::Failure, tr("%1 is not signed in (or the keyring is locked): sign in "
                                                        "again in the Starling app.")
                                                         .arg(Context::describe(account)));
        return m_context.fail(connected.error());
    }
    m_sync = sync.value();
    return std::nullopt;
}

std::optional<int> WriteCommands::checkText(const Account &account, TextRules::Mode mode, const QString &text,
                                            bool withMedia)
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

int WriteCommands::sendAndReport(const Account &account, QFuture<Result<OutboxItem>> queued, int waitSeconds)
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

int WriteCommands::send(const QStringList &arguments)
{
    CommandLine cl(m_context, u"send"_s, u"--account A --to HANDLE [--wait SECONDS] TEXT…"_s,
                   tr("Sends a direct message to a person, through the outbox as the app does: written down "
                      "first, sent once, never lost."));
    cl.addPositional(u"TEXT"_s, tr("The message (the arguments, joined by spaces)."), u"TEXT…"_s);
    const SendOptions shared;
    const QCommandLineOption to(u"to"_s, tr("The person's handle (with or without @) or id."), u"HANDLE"_s);
    for (const auto *o : {&shared.account, &to, &shared.wait})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().isSet(shared.account))
        return cl.usageError(tr("send needs --account: which account to send from."));
    if (!cl.parser().isSet(to))
        return cl.usageError(tr("send needs --to: whom to send to."));
    const QString text = cl.parser().positionalArguments().join(u' ');
    if (text.trimmed().isEmpty())
        return cl.usageError(tr("send needs the text of the message."));
    int exitCode = 0;
    const auto wait = cl.number(shared.wait, defaultWaitSeconds, 1, 24 * 3600, &exitCode);
    if (!wait)
        return exitCode;

    auto account = m_context.resolveAccount(cl.parser().value(shared.account));
    if (!account)
        return m_context.fail(account.error());
    if (auto failed = prepareToSend(account.value()))
        return *failed;
    if (auto failed = checkText(account.value(), TextRules::Mode::DirectMessage, text, false))
        return *failed;
    auto inbox = m_context.inbox();
    if (!inbox)
        return m_context.fail(inbox.error());
    // Looks the person up, opens the local 1:1 conversation with them and queues the message.
    return sendAndReport(account.value(), inbox.value()->sendDirectMessage(account->id, cl.parser().value(to), text),
                         *wait);
}

int WriteCommands::reply(const QStringList &arguments)
{
    CommandLine cl(m_context, u"reply"_s, u"[--account A] [--dm] [--wait SECONDS] MESSAGE TEXT…"_s,
                   tr("Answers a message: in public, under it; or with --dm, privately to its author (in the same "
                      "conversation when it is a direct message already)."));
    cl.addPositional(u"MESSAGE"_s, tr("The message's id, as `show` prints it (#…)."));
    cl.addPositional(u"TEXT"_s, tr("The answer (the arguments, joined by spaces)."), u"TEXT…"_s);
    const SendOptions shared;
    const QCommandLineOption dm(u"dm"_s, tr("Answer by direct message instead of in public."));
    for (const auto *o : {&shared.account, &dm, &shared.wait})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.size() < 2)
        return cl.usageError(tr("reply needs a message id and the text of the answer."));
    qint64 messageId = 0;
    if (!parseId(positional.constFirst(), messageId))
        return cl.usageError(tr("“%1” is not a message id (a whole number from 1 up).").arg(positional.constFirst()));
    const QString text = positional.mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return cl.usageError(tr("reply needs the text of the answer."));
    int exitCode = 0;
    const auto wait = cl.number(shared.wait, defaultWaitSeconds, 1, 24 * 3600, &exitCode);
    if (!wait)
        return exitCode;

    // Which account answers, and whether the command line fits the message: read here, before
    // anything is connected or written. InboxService does the answering itself.
    auto db = m_context.reader();
    if (!db)
        return m_context.fail(db.error());
    auto found = MessageRepository(*db.value()).byIds({messageId});
    if (!found)
        return m_context.fail(found.error());
    if (found->isEmpty())
        return m_context.fail(ExitCode::NotFound, tr("There is no message %1.").arg(messageId));
    const Message message = found->constFirst();
    auto conversation = ConversationRepository(*db.value()).byId(message.conversationId);
    if (!conversation)
        return m_context.fail(conversation.error());
    if (!conversation.value())
        return m_context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(message.conversationId));
    const bool isDirect = conversation.value()->conversation.kind != Conversation::Kind::PublicThread;

    auto owner = m_context.resolveAccount(message.accountId.toString(QUuid::WithoutBraces));
    if (!owner)
        return m_context.fail(owner.error());
    if (cl.parser().isSet(shared.account)) {
        auto named = m_context.resolveAccount(cl.parser().value(shared.account));
        if (!named)
            return m_context.fail(named.error());
        if (named->id != owner->id)
            return cl.usageError(tr("message %1 belongs to %2, not to %3.")
                                     .arg(messageId)
                                     .arg(Context::describe(owner.value()), Context::describe(named.value())));
    }
    const bool privately = cl.parser().isSet(dm);
    if (!privately && isDirect)
        return cl.usageError(tr("message %1 is a direct message: answer it with --dm.").arg(messageId));
    // A mention answered privately goes to its author, in their 1:1 conversation.
    if (privately && !isDirect && message.direction == Message::Direction::Outbound)
        return cl.usageError(tr("message %1 is yours: there is no one to answer privately.").arg(messageId));

    if (auto failed = prepareToSend(owner.value()))
        return *failed;
    if (auto failed =
            checkText(owner.value(), privately ? TextRules::Mode::DirectMessage : TextRules::Mode::Post, text, false))
        return *failed;
    auto inbox = m_context.inbox();
    if (!inbox)
        return m_context.fail(inbox.error());
    const auto mode = privately ? InboxService::ReplyMode::Direct : InboxService::ReplyMode::Public;
    return sendAndReport(owner.value(), inbox.value()->replyToMessage(messageId, mode, text), *wait);
}

int WriteCommands::post(const QStringList &arguments)
{
    CommandLine cl(m_context, u"post"_s, u"--account A [--media FILE]… [--wait SECONDS] TEXT…"_s,
                   tr("Publishes a new post, with pictures or a video if you like, through the outbox."));
    cl.addPositional(u"TEXT"_s, tr("The post (the arguments, joined by spaces)."), u"TEXT…"_s);
    const SendOptions shared;
    const QCommandLineOption media(u"media"_s, tr("Attach <FILE>; repeat for several."), u"FILE"_s);
    for (const auto *o : {&shared.account, &media, &shared.wait})
        cl.addOption(*o);
    if (auto done = cl.parse(arguments))
        return *done;
    if (!cl.parser().isSet(shared.account))
        return cl.usageError(tr("post needs --account: which account to post from."));
    const QString text = cl.parser().positionalArguments().join(u' ');
    const QStringList files = cl.parser().values(media);
    if (text.trimmed().isEmpty() && files.isEmpty())
        return cl.usageError(tr("post needs a text or a file to post."));
    int exitCode = 0;
    const auto wait = cl.number(shared.wait, defaultWaitSeconds, 1, 24 * 3600, &exitCode);
    if (!wait)
        return exitCode;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return m_context.fail(ExitCode::NotFound, tr("There is no readable file %1.").arg(file));
    }
    auto account = m_context.resolveAccount(cl.parser().value(shared.account));
    if (!account)
        return m_context.fail(account.error());
    if (auto failed = prepareToSend(account.value()))
        return *failed;
    if (auto failed = checkText(account.value(), TextRules::Mode::Post, text, !files.isEmpty()))
        return *failed;
    auto inbox = m_context.inbox();
    if (!inbox)
        return m_context.fail(inbox.error());
    // One account, so one answer.
    QFuture<Result<OutboxItem>> queued =
        inbox.value()->post({account->id}, text, files).then([](const QList<Result<OutboxItem>> &results) {
            return results.constFirst();
        });
    return sendAndReport(account.value(), queued, *wait);
}

// ---- done / reopen --------------------------------------------------------------------------

int WriteCommands::setState(const QStringList &arguments, bool done)
{
    const QString command = done ? u"done"_s : u"reopen"_s;
    CommandLine cl(m_context, command, u"CONVERSATION"_s,
                   done ? tr("Marks a conversation done: it leaves the inbox until someone writes again.")
                        : tr("Opens a conversation that was done (or snoozed) again."));
    cl.addPositional(u"CONVERSATION"_s, tr("The conversation's id, as `inbox` lists it."));
    if (auto handled = cl.parse(arguments))
        return *handled;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.size() != 1)
        return cl.usageError(tr("%1 needs exactly one conversation id.").arg(command));
    qint64 id = 0;
    if (!parseId(positional.constFirst(), id))
        return cl.usageError(
            tr("“%1” is not a conversation id (a whole number from 1 up).").arg(positional.constFirst()));
    const Conversation::State state = done ? Conversation::State::Done : Conversation::State::Open;
    auto inbox = m_context.inbox();
    if (!inbox)
        return m_context.fail(inbox.error());
    const auto written = m_context.wait(inbox.value()->setState({id}, state), std::chrono::minutes(2));
    if (!written)
        return m_context.fail(Error(Error::Code::Storage, tr("The local database did not answer in time.")));
    if (!*written) {
        if (written->error().code() == Error::Code::NotFound)
            return m_context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(id));
        return m_context.fail(written->error());
    }
    Output &out = m_context.output();
    if (out.json())
        out.document(QJsonObject{{u"conversation"_s, id}, {u"state"_s, Conversation::stateKey(state)}});
    else
        out.line(done ? tr("Conversation %1 is done.").arg(id) : tr("Conversation %1 is open again.").arg(id));
    return int(ExitCode::Ok);
}

} // namespace starling::cli
