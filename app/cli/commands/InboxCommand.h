// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `inbox`: conversations, the most recent activity first, as the app's inbox lists them. */
class InboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::InboxCommand)

public:
    InboxCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_unread;
    const QCommandLineOption m_requests;
    const QCommandLineOption m_account;
    const QCommandLineOption m_kind;
    const QCommandLineOption m_state;
    const QCommandLineOption m_limit;
};

} // namespace starling::cli
