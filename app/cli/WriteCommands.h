// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "text/TextRules.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

namespace starling {

class SyncService;
struct Account;
struct OutboxItem;

namespace cli {

class Context;

/**
 * The commands that write: sync, send, reply, post, done and reopen, through core's services
 * (InboxService, and SyncService in its on-demand mode), as the window does. They open the
 * store's writer (SQLite waits for the app's writes with its busy timeout, and the app for ours).
 * Those that send take the profile's outbox lock first: while the app runs, it is the one that sends.
 */
class WriteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::WriteCommands)

public:
    explicit WriteCommands(Context &context);
    ~WriteCommands();
    Q_DISABLE_COPY_MOVE(WriteCommands)

    int sync(const QStringList &arguments);
    int send(const QStringList &arguments);
    int reply(const QStringList &arguments);
    int post(const QStringList &arguments);
    /** done (@p done) or reopen. */
    int setState(const QStringList &arguments, bool done);

private:
    /** Takes the outbox lock and connects @p account; returns an exit code when it cannot. */
    std::optional<int> prepareToSend(const Account &account);
    /**
     * The compose box's check of @p text by @p account's rules, before anything is queued; returns
     * the exit code of a text that cannot go. (The service checks again; checked here first, a text
     * that cannot go is a usage error like any other bad argument.)
     */
    std::optional<int> checkText(const Account &account, TextRules::Mode mode, const QString &text, bool withMedia);
    /**
     * Waits for the outbox to take @p queued (the service's answer), then for it to be sent, at most
     * @p waitSeconds each; reports; returns the exit code.
     */
    int sendAndReport(const Account &account, QFuture<Result<OutboxItem>> queued, int waitSeconds);

    Context &m_context;
    std::unique_ptr<QLockFile> m_outboxLock;
    SyncService *m_sync = nullptr; // the context's, once prepareToSend() connected the account
};

} // namespace cli
} // namespace starling
