// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostCommand.h"

#include "cli/CliContext.h"
#include "services/InboxService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace starling::cli {

PostCommand::PostCommand()
    : m_media(u"media"_s, tr("Attach <FILE>; repeat for several."), u"FILE"_s)
{
}

QString PostCommand::name() const
{
    return u"post"_s;
}

QString PostCommand::summary() const
{
    return tr("Publish a post, with media");
}

QString PostCommand::synopsis() const
{
    return u"--account A [--media FILE]… [--wait SECONDS] TEXT…"_s;
}

QString PostCommand::description() const
{
    return tr("Publishes a new post, with pictures or a video if you like, through the outbox.");
}

void PostCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"TEXT"_s, tr("The post (the arguments, joined by spaces)."), u"TEXT…"_s);
    for (const auto *o : {&m_send.account, &m_media, &m_send.wait})
        commandLine.addOption(*o);
}

int PostCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().isSet(m_send.account))
        return commandLine.usageError(tr("post needs --account: which account to post from."));
    const QString text = commandLine.parser().positionalArguments().join(u' ');
    const QStringList files = commandLine.parser().values(m_media);
    if (text.trimmed().isEmpty() && files.isEmpty())
        return commandLine.usageError(tr("post needs a text or a file to post."));
    int exitCode = 0;
    const auto wait = m_send.waitSeconds(commandLine, &exitCode);
    if (!wait)
        return exitCode;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.isFile() || !info.isReadable())
            return context.fail(ExitCode::NotFound, tr("There is no readable file %1.").arg(file));
    }
    auto account = context.resolveAccount(commandLine.parser().value(m_send.account));
    if (!account)
        return context.fail(account.error());
    Sender sender(context);
    if (auto failed = sender.prepare(account.value()))
        return *failed;
    if (auto failed = sender.checkText(account.value(), TextRules::Mode::Post, text, !files.isEmpty()))
        return *failed;
    auto inbox = context.inbox();
    if (!inbox)
        return context.fail(inbox.error());
    // One account, so one answer.
    QFuture<Result<OutboxItem>> queued =
        inbox.value()->post({account->id}, text, files).then([](const QList<Result<OutboxItem>> &results) {
            return results.constFirst();
        });
    return sender.sendAndReport(account.value(), queued, *wait);
}

} // namespace starling::cli
