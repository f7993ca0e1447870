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
    /** A file to open; the dialog starts in @p directory, or in the pictures folder when it is empty. */
    static QString openFile(QWidget *parent, const QString &caption, const QString &filter,
                            const QString &directory = {});
    /**
     * A file to write (the dialog asks before overwriting one); @p selectedFilter, when given, gets
     * the filter the user chose. The answer preset by setNextFileName() serves this too.
     */
    static QString saveFile(QWidget *parent, const QString &caption, const QString &filter,
                            QString *selectedFilter = nullptr);
    static void setNextFileName(const QString &fileName);

private:
    static QString s_nextFileName;
    static bool s_hasNext;
};

} // namespace starling
