// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/Conversation.h"

#include <QCoreApplication>

namespace starling::cli {

/**
 * `done` and `reopen`: one class for the two triage commands that set a conversation's state,
 * through InboxService as the window does. The registry holds one of each.
 */
class StateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::StateCommand)

public:
    /** `done` for Conversation::State::Done, `reopen` for Open. */
    explicit StateCommand(Conversation::State state);

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    bool done() const { return m_state == Conversation::State::Done; }

    const Conversation::State m_state;
};

} // namespace starling::cli
