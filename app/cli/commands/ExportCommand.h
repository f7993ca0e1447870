// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `export`: every stored conversation and message on standard output, as JSON Lines or CSV. */
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::ExportCommand)

public:
    ExportCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_format;
    const QCommandLineOption m_since;
    const QCommandLineOption m_account;
};

} // namespace starling::cli
