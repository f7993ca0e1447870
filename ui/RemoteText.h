// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

/**
 * Text that comes from a server or another person (names, handles, bios, titles, messages, error
 * messages) is never read as markup. Qt guesses rich text for labels and tool tips
 * (Qt::mightBeRichText), and its rich text loads <img src=…> from the local disk: /dev/zero eats
 * the memory, a named pipe freezes the GUI thread, and on Windows //host/x sends the user's
 * credentials to that host.
 */
namespace starling::remotetext {

/** A label that shows its text as it is, never as markup. */
QLabel *plainLabel(QWidget *parent, const QString &text = {});

/** @p text as a tool tip that shows it as it is (escaped, and marked as rich text so it is read back). */
QString toolTip(const QString &text);

/**
 * @p text as the body of a tray notification. Desktop notification servers on Linux read a
 * markup subset there (links, images), so it is escaped; elsewhere bodies are plain text.
 */
QString notificationBody(const QString &text);

} // namespace starling::remotetext
