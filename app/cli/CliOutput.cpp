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
#include <iterator>
#include <utility>

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

namespace {

/** East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, the way terminals draw them. */
constexpr std::pair<char32_t, char32_t> wideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
    {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202},
    {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC},
    {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596},
    {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

int codePointWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero width joiner and space, word joiner, bidi marks
        return 0;
    default:
        break;
    }
    if (c >= 0x1160 && c <= 0x11FF) // Hangul vowels and final consonants join the syllable before
        return 0;
    const auto *range = std::lower_bound(std::begin(wideRanges), std::end(wideRanges), c,
                                         [](const auto &r, char32_t value) { return r.second < value; });
    return range != std::end(wideRanges) && c >= range->first ? 2 : 1;
}

QString padded(const QString &cell, qsizetype width, Table::Align align)
{
    const QString fill(std::max<qsizetype>(width - Table::displayWidth(cell), 0), u' ');
    return align == Table::Align::Right ? fill + cell : cell + fill;
}

/** The code point at @p at and how many UTF-16 units it takes (a lone surrogate is one). */
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(at + 1)), 2};
    return {c.unicode(), 1};
}

} // namespace

qsizetype Table::displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (qsizetype at = 0; at < text.size();) {
        const auto [c, units] = codePointAt(text, at);
        width += codePointWidth(c);
        at += units;
    }
    return width;
}

qsizetype Table::indexAtWidth(QStringView text, qsizetype columns)
{
    qsizetype width = 0;
    for (qsizetype at = 0; at < text.size();) {
        const auto [c, units] = codePointAt(text, at);
        width += codePointWidth(c);
        if (width > columns)
            return at;
        at += units;
    }
    return text.size();
}

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
        qsizetype w = displayWidth(m_headers.at(c));
        for (const QStringList &row : m_rows)
            w = std::max(w, displayWidth(row.at(c)));
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
            if (displayWidth(cell) > widths.at(c))
                cell = cell.left(indexAtWidth(cell, std::max<qsizetype>(widths.at(c) - 1, 0))) + u'…';
            if (last && m_aligns.at(c) == Align::Left)
                parts << cell; // no padding at the end of a line
            else
                parts << padded(cell, widths.at(c), m_aligns.at(c));
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
    //: A duration in seconds, with the unit's abbreviation
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    //: A duration in minutes, with the unit's abbreviation
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        //: A duration in hours and minutes, with the units' abbreviations
        const QString hoursAndMinutes = tr("%1 h %2 min");
        //: A duration in hours, with the unit's abbreviation
        const QString hoursOnly = tr("%1 h");
        return minutes % 60 ? hoursAndMinutes.arg(hours).arg(minutes % 60) : hoursOnly.arg(hours);
    }
    //: A duration in days and hours, with the units' abbreviations
    const QString daysAndHours = tr("%1 d %2 h");
    //: A duration in days, with the unit's abbreviation
    const QString daysOnly = tr("%1 d");
    return hours % 24 ? daysAndHours.arg(hours / 24).arg(hours % 24) : daysOnly.arg(hours / 24);
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
