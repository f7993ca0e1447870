// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Sender.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `send`: a direct message to a person, through the outbox as the app sends it. */
class SendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::SendCommand)

public:
    SendCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const Sender::Options m_send;
    const QCommandLineOption m_to;
};

} // namespace starling::cli
