// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/**
 * `team init|join|status|leave`: makes the profile a team workspace (its inbox in the team's
 * PostgreSQL database, the password in the keychain), shows who is connected and who syncs which
 * account, and makes the profile local again. `team add-agent|remove-agent|grant|revoke`: the
 * administrator's say over who sees which inbox (team/TeamAgents).
 */
class TeamCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::TeamCommand)

public:
    TeamCommand();
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    int join(Context &context, CommandLine &commandLine, const QStringList &arguments, bool init) const;
    int status(Context &context) const;
    int leave(Context &context) const;
    int administer(Context &context, CommandLine &commandLine, const QString &sub, const QStringList &arguments) const;

    const QCommandLineOption m_passwordStdin;
};

} // namespace starling::cli
