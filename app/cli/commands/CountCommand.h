// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `count`: a text measured by a network's rules, as the compose box measures it. */
class CountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::CountCommand)

public:
    CountCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const QCommandLineOption m_network;
    const QCommandLineOption m_limit;
    const QCommandLineOption m_dm;
};

} // namespace starling::cli
