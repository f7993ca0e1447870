// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

class QUuid;

namespace starling {

struct Account;
struct Identity;
struct Message;

namespace cli {

/**
 * Where a command's answer goes: the result on standard output (text for people, one JSON
 * document with --json), progress and errors on standard error. Progress is shown only on a
 * terminal, so scripts and pipes get the result alone.
 */
class Output final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::Output)

public:
    explicit Output(bool json);
    Q_DISABLE_COPY_MOVE(Output)

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    bool stdoutIsTerminal() const { return m_stdoutTty; }
    bool stderrIsTerminal() const { return m_stderrTty; }
    /** Columns of the terminal on standard output; 0 when it is not a terminal. */
    int terminalWidth() const;

    /**
     * A line of text on standard output, through Format::printable(): what senders wrote can
     * neither move the cursor nor reach the terminal's clipboard or title.
     */
    void line(const QString &text = {});
    /**
     * A line whose escape sequences are the command's own (bold search matches), written as it
     * is: every part of it that came from elsewhere must have gone through Format::printable().
     */
    void styledLine(const QString &text);
    /** The JSON document on standard output, indented. */
    void document(const QJsonValue &value);
    /** A progress line on standard error, on a terminal only; it replaces the previous one. */
    void progress(const QString &text);
    /** Ends a progress line, if one is shown. */
    void endProgress();
    /**
     * An error for people on standard error (through Format::printable()); with --json, a
     * {"error": {…}} object instead.
     */
    void error(const QString &message, const QString &code, int exitCode);
    /** A note for people on standard error (not with --json), through Format::printable(). */
    void note(const QString &text);

    QTextStream &out() { return m_out; }

private:
    bool m_json;
    bool m_stdoutTty;
    bool m_stderrTty;
    bool m_progressShown = false;
    QTextStream m_out;
    QTextStream m_err;
};

/** Aligned columns for people: a header row, then rows; the last column may be cut to fit. */
class Table final
{
public:
    enum class Align
    {
        Left,
        Right,
    };

    explicit Table(QStringList headers, QList<Align> aligns = {});

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    /** The table as lines; with @p width > 0 the last column is cut so that lines fit. */
    QStringList lines(int width = 0) const;
    /** Where column @p column begins in every line of lines(@p width), in terminal columns. */
    qsizetype columnOffset(qsizetype column, int width = 0) const;

    /**
     * The terminal columns @p text takes: East Asian Wide and Fullwidth characters (CJK, Hangul,
     * most emoji) take two, combining marks and other invisible characters none, the rest one; a
     * surrogate pair is one character.
     */
    static qsizetype displayWidth(QStringView text);
    /** The length of the longest start of @p text that takes at most @p columns terminal columns. */
    static qsizetype indexAtWidth(QStringView text, qsizetype columns);

private:
    QList<qsizetype> columnWidths(int width) const;

    QStringList m_headers;
    QList<Align> m_aligns;
    QList<QStringList> m_rows;
};

/** Words and numbers for people, the same in every command. */
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(starling::cli::Format)

public:
    /** "just now", "5 min ago", "3 h ago", "yesterday", "4 d ago", then the date. */
    static QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /** The local date and time, "2026-05-01 10:41". */
    static QString localTime(const QDateTime &time);
    /** A duration: "45 s", "12 min", "3 h 20 min", "2 d 4 h"; "-" when empty. */
    static QString duration(std::optional<qint64> ms);
    /** ISO 8601 UTC with milliseconds for JSON, or null when invalid. */
    static QJsonValue isoTime(const QDateTime &time);
    /**
     * @p text safe for a terminal: control characters other than line feeds and tabs (C0, DEL,
     * C1, a carriage return not followed by a line feed) and bidi embeddings, overrides and
     * isolates each become U+FFFD, so that an escape sequence from a sender (OSC 52 writes the
     * clipboard) is shown, not obeyed. The length stays the same, so indices into the text hold.
     */
    static QString printable(const QString &text);
    /** One line of at most @p max characters: line breaks become spaces, a cut ends in "…". */
    static QString oneLine(const QString &text, int max);
    /** US dollars from millionths: "$0.042". */
    static QString dollars(qint64 micros);
    /** "@handle", or the remote id when the handle is unknown. */
    static QString handle(const QString &handle, const QString &fallback = {});
    /** "@handle" of the account @p id among @p accounts, or the start of the id when it is not there. */
    static QString account(const QList<Account> &accounts, const QUuid &id);
    /** Who wrote @p message: "you", or its author's handle, looked up in @p authors by the author id. */
    static QString author(const Message &message, const QList<Identity> &authors);
};

} // namespace cli
} // namespace starling
