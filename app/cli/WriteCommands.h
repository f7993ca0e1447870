// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;

namespace starling {

struct Account;
struct Identity;
struct OutboxItem;

namespace cli {

class CliNetwork;
class Context;

/**
 * The commands that write: sync, send, reply, post, done and reopen. They open the store's
 * writer (SQLite waits for the app's writes with its busy timeout, and the app for ours). Those
 * that send take the profile's outbox lock first: while the app runs, it is the one that sends.
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
    /** Checks @p item's text by the account's rules, queues it and waits; reports; returns the exit code. */
    int sendAndReport(const Account &account, const OutboxItem &item, int waitSeconds);
    /** Finds or makes the local 1:1 conversation of @p account with a person; its id (0: none yet). */
    Result<qint64> directConversation(const Account &account, const Identity &person);

    Context &m_context;
    std::unique_ptr<QLockFile> m_outboxLock;
    std::unique_ptr<CliNetwork> m_network;
};

} // namespace cli
} // namespace starling
