// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace starling {

/**
 * File dialogs with a test seam (STYLE.md §8): a test presets the next answer with
 * setNextFileName(), and no dialog opens. Modelled on KeePassXC's FileDialog.
 */
class FileChooser final
{
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &filter);
    static void setNextFileName(const QString &fileName);

private:
    static QString s_nextFileName;
    static bool s_hasNext;
};

} // namespace starling
