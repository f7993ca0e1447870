// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `show`: a conversation and its newest messages, oldest first. */
class ShowCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::ShowCommand)

public:
    ShowCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_limit;
};

} // namespace starling::cli
