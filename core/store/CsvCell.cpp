// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvCell.h"

namespace starling::csvcell {

namespace {

/** OWASP's list of formula characters, plus their full-width forms (some spreadsheets fold them). */
bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\uFF1D': // ＝
    case u'\uFF0B': // ＋
    case u'\uFF0D': // －
    case u'\uFF20': // ＠
        return true;
    default:
        return false;
    }
}

} // namespace

bool needsFormulaGuard(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() && isFormulaStart(cell.at(i));
}

QString guarded(const QString &value)
{
    return needsFormulaGuard(value) ? u'\'' + value : value;
}

QString unguarded(const QString &cell)
{
    return cell.startsWith(u'\'') && needsFormulaGuard(cell) ? cell.sliced(1) : cell;
}

} // namespace starling::csvcell
