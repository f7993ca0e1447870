// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include "domain/Account.h"
#include "domain/Identity.h"
#include "domain/Message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace starling::cli {

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

} // namespace

Output::Output(bool json)
    : m_json(json)
    , m_stdoutTty(isTerminal(stdout))
    , m_stderrTty(isTerminal(stderr))
    , m_out(stdout)
    , m_err(stderr)
{
}

int Output::terminalWidth() const
{
    if (!m_stdoutTty)
        return 0;
#ifndef Q_OS_WIN
    winsize size{};
    if (::ioctl(::fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    const int columns = qEnvironmentVariableIntValue("COLUMNS");
    return columns > 0 ? columns : 100;
}

void Output::line(const QString &text)
{
    styledLine(Format::printable(text));
}

void Output::styledLine(const QString &text)
{
    endProgress();
    m_out << text << '\n';
    m_out.flush();
}

void Output::document(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Output::progress(const QString &text)
{
    if (!m_stderrTty || m_json)
        return;
    // Carriage return and "erase line": the next progress line takes this one's place.
    m_err << "\r\x1b[2K" << Format::printable(text);
    m_err.flush();
    m_progressShown = true;
}

void Output::endProgress()
{
    if (!m_progressShown)
        return;
    m_err << '\n';
    m_err.flush();
    m_progressShown = false;
}

void Output::error(const QString &message, const QString &code, int exitCode)
{
    endProgress();
    if (m_json) {
        const QJsonObject error{
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"exitCode"_s, exitCode}, {u"message"_s, message}}}};
        m_err << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        m_err << Format::printable(tr("starling-cli: %1").arg(message)) << '\n';
    }
    m_err.flush();
}

void Output::note(const QString &text)
{
    if (m_json)
        return;
    endProgress();
    m_err << Format::printable(text) << '\n';
    m_err.flush();
}

// ---------------------------------------------------------------------------------------------

Table::Table(QStringList headers, QList<Align> aligns)
    : m_headers(std::move(headers))
    , m_aligns(std::move(aligns))
{
    while (m_aligns.size() < m_headers.size())
        m_aligns << Align::Left;
}

void Table::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells << QString();
    m_rows << cells;
}

QList<qsizetype> Table::columnWidths(int width) const
{
    const qsizetype columns = m_headers.size();
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < columns; ++c) {
        qsizetype w = m_headers.at(c).size();
        for (const QStringList &row : m_rows)
            w = std::max(w, row.at(c).size());
        widths << w;
    }
    // The last column takes what is left of the line, but always some.
    if (width > 0 && columns > 0) {
        qsizetype used = 0;
        for (qsizetype c = 0; c + 1 < columns; ++c)
            used += widths.at(c) + 2;
        widths.last() = std::clamp<qsizetype>(width - used, std::min<qsizetype>(widths.last(), 12), widths.last());
    }
    return widths;
}

qsizetype Table::columnOffset(qsizetype column, int width) const
{
    const QList<qsizetype> widths = columnWidths(width);
    qsizetype offset = 0;
    for (qsizetype c = 0; c < column && c < widths.size(); ++c)
        offset += widths.at(c) + 2;
    return offset;
}

QStringList Table::lines(int width) const
{
    const qsizetype columns = m_headers.size();
    const QList<qsizetype> widths = columnWidths(width);
    QStringList out;
    const auto render = [&](const QStringList &cells) {
        QStringList parts;
        for (qsizetype c = 0; c < columns; ++c) {
            QString cell = cells.at(c);
            const bool last = c + 1 == columns;
            if (cell.size() > widths.at(c))
                cell = cell.left(std::max<qsizetype>(widths.at(c) - 1, 0)) + u'…';
            if (last && m_aligns.at(c) == Align::Left)
                parts << cell; // no padding at the end of a line
            else
                parts << (m_aligns.at(c) == Align::Right ? cell.rightJustified(widths.at(c))
                                                         : cell.leftJustified(widths.at(c)));
        }
        return parts.join(u"  "_s);
    };
    out << render(m_headers);
    for (const QStringList &row : m_rows)
        out << render(row);
    return out;
}

// ---------------------------------------------------------------------------------------------

QString Format::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return u"-"_s;
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0)
        return localTime(time); // in the future (a snooze, a clock that differs)
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = time.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n d ago", nullptr, int(days));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString Format::localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QString Format::duration(std::optional<qint64> ms)
{
    if (!ms)
        return u"-"_s;
    const qint64 seconds = *ms / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 d").arg(hours / 24);
}

QJsonValue Format::isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString Format::printable(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out.at(i).unicode();
        const bool control = (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7F && c <= 0x9F);
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        // A line end written as CR LF is harmless; a lone CR would return over what was shown.
        if ((control && !(c == u'\r' && i + 1 < out.size() && out.at(i + 1) == u'\n')) || bidi)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString Format::oneLine(const QString &text, int max)
{
    QString line = text.simplified();
    if (max > 0 && line.size() > max)
        line = line.left(std::max(max - 1, 0)) + u'…';
    return line;
}

QString Format::dollars(qint64 micros)
{
    return u"$"_s + QLocale(QLocale::English).toString(double(micros) / 1e6, 'f', micros % 10000 == 0 ? 2 : 4);
}

QString Format::handle(const QString &handle, const QString &fallback)
{
    if (!handle.isEmpty())
        return u"@"_s + handle;
    return fallback.isEmpty() ? u"?"_s : fallback;
}

QString Format::account(const QList<Account> &accounts, const QUuid &id)
{
    for (const Account &a : accounts) {
        if (a.id == id)
            return u"@"_s + a.handle;
    }
    return id.toString(QUuid::WithoutBraces).left(8);
}

QString Format::author(const Message &message, const QList<Identity> &authors)
{
    if (message.direction == Message::Direction::Outbound)
        return tr("you");
    for (const Identity &i : authors) {
        if (i.id == message.authorId && message.authorId != 0)
            return handle(i.handle, i.remoteId);
    }
    return handle({}, message.authorRemoteId);
}

} // namespace starling::cli
