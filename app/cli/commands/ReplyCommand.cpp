// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyCommand.h"

#include "cli/CliContext.h"
#include "services/InboxService.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

using namespace Qt::StringLiterals;

namespace starling::cli {

ReplyCommand::ReplyCommand()
    : m_dm(u"dm"_s, tr("Answer by direct message instead of in public."))
{
}

QString ReplyCommand::name() const
{
    return u"reply"_s;
}

QString ReplyCommand::summary() const
{
    return tr("Answer a message, in public or with --dm");
}

QString ReplyCommand::synopsis() const
{
    return u"[--account A] [--dm] [--wait SECONDS] MESSAGE TEXT…"_s;
}

QString ReplyCommand::description() const
{
    return tr("Answers a message: in public, under it; or with --dm, privately to its author (in the same "
              "conversation when it is a direct message already).");
}

void ReplyCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"MESSAGE"_s, tr("The message's id, as `show` prints it (#…)."));
    commandLine.addPositional(u"TEXT"_s, tr("The answer (the arguments, joined by spaces)."), u"TEXT…"_s);
    for (const auto *o : {&m_send.account, &m_dm, &m_send.wait})
        commandLine.addOption(*o);
}

int ReplyCommand::run(Context &context, CommandLine &commandLine) const
{
    const QStringList positional = commandLine.parser().positionalArguments();
    if (positional.size() < 2)
        return commandLine.usageError(tr("reply needs a message id and the text of the answer."));
    const std::optional<qint64> parsed = parseId(positional.constFirst());
    if (!parsed)
        return commandLine.usageError(
            tr("“%1” is not a message id (a whole number from 1 up).").arg(positional.constFirst()));
    const qint64 messageId = *parsed;
    const QString text = positional.mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return commandLine.usageError(tr("reply needs the text of the answer."));
    int exitCode = 0;
    const auto wait = m_send.waitSeconds(commandLine, &exitCode);
    if (!wait)
        return exitCode;

    // Which account answers, and whether the command line fits the message: read here, before
    // anything is connected or written. InboxService does the answering itself.
    auto db = context.reader();
    if (!db)
        return context.fail(db.error());
    auto found = MessageRepository(*db.value()).byIds({messageId});
    if (!found)
        return context.fail(found.error());
    if (found->isEmpty())
        return context.fail(ExitCode::NotFound, tr("There is no message %1.").arg(messageId));
    const Message message = found->constFirst();
    auto conversation = ConversationRepository(*db.value()).byId(message.conversationId);
    if (!conversation)
        return context.fail(conversation.error());
    if (!conversation.value())
        return context.fail(ExitCode::NotFound, tr("There is no conversation %1.").arg(message.conversationId));
    const bool isDirect = conversation.value()->conversation.kind != Conversation::Kind::PublicThread;

    auto owner = context.resolveAccount(message.accountId.toString(QUuid::WithoutBraces));
    if (!owner)
        return context.fail(owner.error());
    if (commandLine.parser().isSet(m_send.account)) {
        auto named = context.resolveAccount(commandLine.parser().value(m_send.account));
        if (!named)
            return context.fail(named.error());
        if (named->id != owner->id)
            return commandLine.usageError(tr("message %1 belongs to %2, not to %3.")
                                              .arg(messageId)
                                              .arg(Context::describe(owner.value()), Context::describe(named.value())));
    }
    const bool privately = commandLine.parser().isSet(m_dm);
    if (!privately && isDirect)
        return commandLine.usageError(tr("message %1 is a direct message: answer it with --dm.").arg(messageId));
    // A mention answered privately goes to its author, in their 1:1 conversation.
    if (privately && !isDirect && message.direction == Message::Direction::Outbound)
        return commandLine.usageError(tr("message %1 is yours: there is no one to answer privately.").arg(messageId));

    Sender sender(context);
    if (auto failed = sender.prepare(owner.value()))
        return *failed;
    if (auto failed = sender.checkText(owner.value(),
                                       privately ? TextRules::Mode::DirectMessage : TextRules::Mode::Post, text, false))
        return *failed;
    auto inbox = context.inbox();
    if (!inbox)
        return context.fail(inbox.error());
    const auto mode = privately ? InboxService::ReplyMode::Direct : InboxService::ReplyMode::Public;
    return sender.sendAndReport(owner.value(), inbox.value()->replyToMessage(messageId, mode, text), *wait);
}

} // namespace starling::cli
