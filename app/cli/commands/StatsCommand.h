// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `stats`: response times per account and survey ratings, worked out by ReportService as the Reports window does. */
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::StatsCommand)

public:
    StatsCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_account;
    const QCommandLineOption m_since;
    const QCommandLineOption m_until;
};

} // namespace starling::cli
