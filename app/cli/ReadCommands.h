// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace starling::cli {

class Context;

/**
 * The commands that only read: accounts, inbox, show, search, stats, export and count. They open
 * the profile's database through a reader connection and never its writer, so they run next to
 * the app (WAL: they never wait for it, and it never waits for them). Each takes the arguments
 * after its name and returns the exit code.
 */
class ReadCommands final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::ReadCommands)

public:
    explicit ReadCommands(Context &context);

    int accounts(const QStringList &arguments);
    int inbox(const QStringList &arguments);
    int show(const QStringList &arguments);
    int search(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int exportAll(const QStringList &arguments);
    int count(const QStringList &arguments);

private:
    Context &m_context;
};

} // namespace starling::cli
