// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

/**
 * Cells of the CSV files Starling writes (the conversation export, the contacts export) and reads
 * back (the contacts import): text from senders goes into a sheet someone opens, and a cell that
 * a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1+cmd|…", "@SUM…") must stay text
 * (OWASP, "CSV Injection").
 */
namespace starling::csvcell {

/**
 * Whether @p cell starts, after any apostrophes, with a character that makes a spreadsheet read
 * it as a formula: = + - @ (or their full-width forms), or a tab or carriage return that it drops.
 */
bool needsFormulaGuard(QStringView cell);

/**
 * @p value with one more leading apostrophe when needsFormulaGuard() says so. Every such cell
 * gets one, "'=x" too, so that unguarded() gives back exactly what was written.
 */
QString guarded(const QString &value);

/** The inverse of guarded(): one leading apostrophe less on a guarded cell. */
QString unguarded(const QString &cell);

} // namespace starling::csvcell
