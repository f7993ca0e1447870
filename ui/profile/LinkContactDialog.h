// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace starling {

class Database;
class Store;

/**
 * "Link to another person…" of the profile pane: finds the other contact who is the same person
 * as this one and brings their identities, fields, tags, notes and history here.
 *
 * At the top, the link suggestions that touch this contact (contacts::storedSuggestions, read on
 * the store's reader thread), each with its evidence; below, the contacts whose name, company,
 * e-mail or handle holds the words searched for (ContactRepository::list on the reader
 * connection). "Link" merges the chosen contact into this one (or links a lone identity) in one
 * Store::write job and closes; "Not the same person" turns a suggestion down for good.
 */
class LinkContactDialog final : public QDialog
{
    Q_OBJECT

public:
    /** How many contacts a search shows at most. */
    static constexpr int searchLimit = 50;

    LinkContactDialog(Store &store, Database &reader, qint64 contactId, QWidget *parent = nullptr);
    ~LinkContactDialog() override;
    Q_DISABLE_COPY_MOVE(LinkContactDialog)

    qint64 contactId() const { return m_contactId; }
    QLineEdit *searchField() const { return m_search; }
    /** The suggestions (first top-level item) and the contacts found (second), for tests. */
    QTreeWidget *candidates() const { return m_candidates; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *dismissButton() const { return m_dismiss; }
    /** Whether the suggestions have been read (they are read off the GUI thread). */
    bool suggestionsLoaded() const { return m_suggestionsLoaded; }

private:
    void search();
    void loadSuggestions();
    void linkChosen();
    void dismissChosen();
    void updateButtons();
    void showError(const QString &message);

    Store &m_store;
    Database &m_reader;
    const qint64 m_contactId;
    bool m_suggestionsLoaded = false;
    bool m_busy = false; ///< a write is on its way
    QLineEdit *m_search;
    QTreeWidget *m_candidates;
    QTreeWidgetItem *m_suggested;
    QTreeWidgetItem *m_found;
    QLabel *m_error;
    QPushButton *m_link;
    QPushButton *m_dismiss;
    QTimer *m_searchDelay;
};

} // namespace starling
