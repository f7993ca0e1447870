// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace starling {

class Database;
class Store;

/** Create, edit and delete saved replies, each with a short name to pick it by. */
class SavedRepliesDialog final : public QDialog
{
    Q_OBJECT

public:
    SavedRepliesDialog(Store &store, Database &reader, QWidget *parent = nullptr);
    ~SavedRepliesDialog() override;
    Q_DISABLE_COPY_MOVE(SavedRepliesDialog)

private:
    void reload(qint64 select = 0);
    void showSelected();
    void save();
    void removeSelected();

    Store &m_store;
    Database &m_reader;
    QListWidget *m_list;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QLabel *m_error;
    qint64 m_editing = 0;
};

} // namespace starling
