// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Sender.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/** `post`: a new post, with pictures or a video if you like, through the outbox. */
class PostCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::PostCommand)

public:
    PostCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    const Sender::Options m_send;
    const QCommandLineOption m_media;
};

} // namespace starling::cli
