// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileChooser.h"

#include <QFileDialog>
#include <QStandardPaths>

namespace starling {

QString FileChooser::s_nextFileName;
bool FileChooser::s_hasNext = false;

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return s_nextFileName;
    }
    return QFileDialog::getOpenFileName(parent, caption,
                                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
}

void FileChooser::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
    s_hasNext = true;
}

} // namespace starling
