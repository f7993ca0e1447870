// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace starling::cli {

/**
 * `accounts`: the profile's accounts, whether the keychain holds their sign-in, and the API usage
 * meter. Reads the store through a reader connection only.
 */
class AccountsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::AccountsCommand)

public:
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    int run(Context &context, CommandLine &commandLine) const override;
};

} // namespace starling::cli
