// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace starling {

QString FileChooser::s_nextFileName;
bool FileChooser::s_hasNext = false;

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter, const QString &directory)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getOpenFileName(
        parent, caption,
        directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : directory, filter);
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &filter, QString *selectedFilter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getSaveFileName(
        parent, caption, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter, selectedFilter);
}

void FileChooser::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

} // namespace starling
