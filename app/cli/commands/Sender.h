// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "text/TextRules.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QFuture>

#include <memory>
#include <optional>

class QLockFile;

namespace starling {

class SyncService;
struct Account;
struct OutboxItem;

namespace cli {

class CommandLine;
class Context;

/**
 * What the commands that send (send, reply, post) share: the profile's outbox lock, the account's
 * connection, the compose box's check of the text, and the report of what became of the message.
 * One lives for one run of a command: the lock goes with it. While the app runs, it holds the lock
 * and is the one that sends.
 */
class Sender final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::Sender)

public:
    /** The options every sending command takes. */
    struct Options
    {
        Options();

        /** The seconds of --wait, or its default; a usage error when out of range. */
        std::optional<int> waitSeconds(CommandLine &commandLine, int *exitCode) const;

        const QCommandLineOption account;
        const QCommandLineOption wait;
    };

    explicit Sender(Context &context);
    ~Sender();
    Q_DISABLE_COPY_MOVE(Sender)

    /** Takes the outbox lock and connects @p account; returns an exit code when it cannot. */
    std::optional<int> prepare(const Account &account);
    /**
     * The compose box's check of @p text by @p account's rules, before anything is queued; returns
     * the exit code of a text that cannot go. (The service checks again; checked here first, a text
     * that cannot go is a usage error like any other bad argument.) Only after prepare().
     */
    std::optional<int> checkText(const Account &account, TextRules::Mode mode, const QString &text, bool withMedia);
    /**
     * Waits for the outbox to take @p queued (the service's answer), then for it to be sent, at most
     * @p waitSeconds each; reports; returns the exit code. Only after prepare().
     */
    int sendAndReport(const Account &account, QFuture<Result<OutboxItem>> queued, int waitSeconds);

private:
    Context &m_context;
    std::unique_ptr<QLockFile> m_outboxLock;
    SyncService *m_sync = nullptr; // the context's, once prepare() connected the account
};

} // namespace cli
} // namespace starling
