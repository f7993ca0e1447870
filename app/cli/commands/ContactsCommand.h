// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace starling::cli {

/**
 * `contacts`: the people behind the conversations, as a small CRM: list, show (fields, identities,
 * timeline), link and unlink identities, lead stages, tags, notes, and CSV / vCard export and
 * import. One command with subcommands, like `git remote`.
 */
class ContactsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::ContactsCommand)

public:
    ContactsCommand();

    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(CommandLine &commandLine) const override;
    int run(Context &context, CommandLine &commandLine) const override;

private:
    int list(Context &context, CommandLine &commandLine) const;
    int show(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int link(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int unlink(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int stage(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int tag(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int note(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int exportContacts(Context &context, CommandLine &commandLine, const QStringList &arguments) const;
    int importContacts(Context &context, CommandLine &commandLine, const QStringList &arguments) const;

    const QCommandLineOption m_stage;
    const QCommandLineOption m_noStage;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_network;
    const QCommandLineOption m_search;
    const QCommandLineOption m_sort;
    const QCommandLineOption m_limit;
    const QCommandLineOption m_remove;
    const QCommandLineOption m_merge;
    const QCommandLineOption m_author;
    const QCommandLineOption m_format;
    const QCommandLineOption m_dryRun;
};

} // namespace starling::cli
