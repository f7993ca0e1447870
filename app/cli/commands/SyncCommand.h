// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/**
 * `sync`: fetches what is new for the accounts once, through the same sync worker as the app (SyncService in
 * its on-demand mode). Never sends.
 */
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::SyncCommand)

public:
    SyncCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_account;
    const QCommandLineOption m_timeout;
};

} // namespace starling::cli
