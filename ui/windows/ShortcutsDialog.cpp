// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<std::pair<QString, QString>> keys = {
        {u"J / K"_s, tr("Next / previous conversation")},
        {tr("Enter"), tr("Open the conversation and write")},
        {u"R"_s, tr("Reply (in public on a mention)")},
        {u"D"_s, tr("Reply by direct message")},
        {u"E"_s, tr("Mark done, or open again")},
        {u"T"_s, tr("Take the conversation (assign it to yourself)")},
        {u"U"_s, tr("Mark unread")},
        {u"/"_s, tr("Search all messages")},
        {tr("Esc"), tr("Back to the list")},
        {tr("Ctrl+Enter"), tr("Send")},
        {tr("Ctrl+1 … 9"), tr("All accounts, then each account")},
        {tr("Ctrl+N"), tr("New post")},
        {u"F5"_s, tr("Sync now")},
        {tr("Ctrl+I"), tr("Show or hide the profile pane")},
        {tr("Ctrl+Shift+O"), tr("Contacts")},
        {tr("Ctrl+Shift+R"), tr("Reports")},
        {u"?"_s, tr("This list")},
    };
    auto *table = new QTableWidget(int(keys.size()), 2, this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setAccessibleDescription(tr("Each key and what it does"));
    //: Table header of the shortcuts list: the key, and what pressing it does
    table->setHorizontalHeaderLabels({tr("Key"), tr("Does", "what the key does")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int i = 0; i < keys.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(keys.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(keys.at(i).second));
    }
    table->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(460, 480);
}

} // namespace starling
