// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountCommand.h"

#include "cli/CliContext.h"
#include "text/TextRules.h"

#include <QFile>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

QString countUnit(TextUnit unit)
{
    switch (unit) {
    case TextUnit::WeightedCharacters:
        return u"weighted-characters"_s;
    case TextUnit::CodePoints:
        return u"code-points"_s;
    case TextUnit::Graphemes:
        return u"graphemes"_s;
    }
    return u"graphemes"_s;
}

QString problemKey(TextCount::Problem problem)
{
    switch (problem) {
    case TextCount::Problem::None:
        return {};
    case TextCount::Problem::Empty:
        return u"empty"_s;
    case TextCount::Problem::InvalidCharacter:
        return u"invalid-character"_s;
    case TextCount::Problem::TooLong:
        return u"too-long"_s;
    case TextCount::Problem::TooManyBytes:
        return u"too-many-bytes"_s;
    }
    return {};
}

} // namespace

CountCommand::CountCommand()
    : m_network(u"network"_s, tr("x, mastodon or bluesky."), u"network"_s)
    , m_limit(u"limit"_s,
              tr("Another length limit in the network's unit: a Mastodon server's "
                 "max_characters, or a longer X post limit."),
              u"N"_s)
    , m_dm(u"dm"_s, tr("Measure a direct message instead of a post."))
{
}

QString CountCommand::name() const
{
    return u"count"_s;
}

QString CountCommand::summary() const
{
    return tr("Measure a text by a network's rules");
}

QString CountCommand::synopsis() const
{
    return u"--network x|mastodon|bluesky [--limit N] [--dm] [TEXT…]"_s;
}

QString CountCommand::description() const
{
    return tr("Measures a text by a network's rules, as the compose box does: its length, the limit, and "
              "whether it fits. The text comes from the arguments (joined by spaces) or, without any, from "
              "standard input (one final line break is dropped); put -- before a text that begins with "
              "a dash. Exits with 1 when it does not fit.");
}

void CountCommand::addOptions(CommandLine &commandLine) const
{
    commandLine.addPositional(u"TEXT"_s, tr("The text to measure."), u"[TEXT…]"_s);
    for (const auto *o : {&m_network, &m_limit, &m_dm})
        commandLine.addOption(*o);
}

int CountCommand::run(Context &context, CommandLine &commandLine) const
{
    if (!commandLine.parser().isSet(m_network))
        return commandLine.usageError(tr("count needs --network x, mastodon or bluesky."));
    const auto which = networkFromKey(commandLine.parser().value(m_network).toLower());
    if (!which)
        return commandLine.usageError(
            tr("--network is x, mastodon or bluesky, not “%1”.").arg(commandLine.parser().value(m_network)));
    int exitCode = 0;
    const auto max = commandLine.number(m_limit, 0, 1, 10'000'000, &exitCode);
    if (!max)
        return exitCode;

    QString text;
    const QStringList positional = commandLine.parser().positionalArguments();
    if (!positional.isEmpty()) {
        text = positional.join(u' ');
    } else {
        QFile in;
        if (!in.open(::fileno(stdin), QIODevice::ReadOnly))
            return context.fail(ExitCode::Failure, tr("Standard input cannot be read: %1").arg(in.errorString()));
        text = QString::fromUtf8(in.readAll());
        // `echo text |` adds a line break nobody meant to count.
        if (text.endsWith(u"\r\n"_s))
            text.chop(2);
        else if (text.endsWith(u'\n'))
            text.chop(1);
    }
    const TextRules::Mode mode =
        commandLine.parser().isSet(m_dm) ? TextRules::Mode::DirectMessage : TextRules::Mode::Post;
    TextRules rules = TextRules::forNetwork(*which, mode);
    if (*max > 0)
        rules = rules.withMaxLength(*max);
    const TextCount c = rules.count(text);
    const bool fits = c.problem == TextCount::Problem::None;

    Output &out = context.output();
    if (out.json()) {
        out.document(QJsonObject{
            {u"network"_s, networkKey(*which)},
            {u"mode"_s, mode == TextRules::Mode::Post ? u"post"_s : u"dm"_s},
            {u"unit"_s, countUnit(rules.limits().unit)},
            {u"length"_s, c.length},
            {u"limit"_s, c.limit},
            {u"fits"_s, fits},
            {u"remaining"_s, c.remaining()},
            {u"byteLength"_s, c.byteLength},
            {u"byteLimit"_s, c.byteLimit > 0 ? QJsonValue(c.byteLimit) : QJsonValue()},
            {u"problem"_s, fits ? QJsonValue() : QJsonValue(problemKey(c.problem))},
            {u"reason"_s, c.reason},
            {u"validRangeEnd"_s, c.validRangeEnd},
        });
        return int(fits ? ExitCode::Ok : ExitCode::No);
    }
    // One whole sentence per mode and unit: %1 is the network's name, %2 the length, %n the limit.
    const bool post = mode == TextRules::Mode::Post;
    QString length;
    switch (rules.limits().unit) {
    case TextUnit::WeightedCharacters:
        length = post ? tr("%1 post: %2 of %n weighted character(s).", nullptr, c.limit)
                      : tr("%1 direct message: %2 of %n weighted character(s).", nullptr, c.limit);
        break;
    case TextUnit::CodePoints:
        length = post ? tr("%1 post: %2 of %n character(s).", nullptr, c.limit)
                      : tr("%1 direct message: %2 of %n character(s).", nullptr, c.limit);
        break;
    case TextUnit::Graphemes:
        length = post ? tr("%1 post: %2 of %n character(s) (graphemes).", nullptr, c.limit)
                      : tr("%1 direct message: %2 of %n character(s) (graphemes).", nullptr, c.limit);
        break;
    }
    QStringList sentences{length.arg(networkDisplayName(*which)).arg(c.length)};
    if (c.byteLimit > 0) {
        //: %1 is the text's length in bytes, %n the most bytes a post can have
        sentences << tr("%1 of %n byte(s).", nullptr, c.byteLimit).arg(c.byteLength);
    }
    if (fits) {
        sentences << tr("It fits: %n left.", nullptr, c.remaining());
    } else {
        //: %1 is the reason, a whole sentence such as "The text is 3 characters too long."
        sentences << tr("It does not fit. %1").arg(c.reason);
    }
    const QString line = sentences.join(u' ');
    out.line(line);
    return int(fits ? ExitCode::Ok : ExitCode::No);
}

} // namespace starling::cli
