// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace starling {

class Database;
class Store;

/**
 * "Edit stages" (issue #17, a pipeline the user can edit): the stages of the lead pipeline in
 * order, renamed in place (double-click or F2), added, removed (after saying how many people are
 * in the stage: they end in no stage, their history keeps the name) and moved up or down.
 *
 * Nothing is written until OK, which sends every change as one Store::write job: renames, then
 * removals, then additions, then the final order. Empty names, names longer than the store takes
 * and names that two stages would share (case aside) are refused in the dialog, which stays open;
 * Cancel writes nothing.
 */
class PipelineDialog final : public QDialog
{
    Q_OBJECT

public:
    /** @p store and @p reader (the UI thread's connection) must outlive the dialog. */
    PipelineDialog(Store &store, Database &reader, QWidget *parent = nullptr);
    ~PipelineDialog() override;
    Q_DISABLE_COPY_MOVE(PipelineDialog)

    /** The stages as they will be, in order; each item's text is the stage's name. */
    QListWidget *stageList() const { return m_list; }

    /** Adds a stage "New stage" (numbered when taken) after the current one and edits its name. */
    void addStage();
    /** Removes the current stage, after asking when people are in it (Prompt, so tests can answer). */
    void removeCurrentStage();
    /** Moves the current stage by @p delta places (-1 up, 1 down). */
    void moveCurrentStage(int delta);

    /** The stages' names as they are now in the dialog, in order. */
    QStringList stageNames() const;
    /** Why OK was refused, or why the write failed; empty when there is nothing wrong. */
    QString errorText() const;

    /** Checks the names and writes every change in one job; closes once the store has taken it. */
    void accept() override;

Q_SIGNALS:
    /** The write has finished; @p ok false when it failed (errorText() says why, the dialog stays). */
    void saved(bool ok);

private:
    /** Reads the stages from the store into the list. */
    void load();
    /** An error about the names, or empty when OK may write them. */
    QString validate() const;
    void updateButtons();
    void showError(const QString &message);

    Store &m_store;
    Database &m_reader;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_ok;
    QLabel *m_error;
    /** The stages as read, in order: what the store must still hold when OK writes. */
    QStringList m_original;
    /** The stages read from the store that the user removed, by their name in the store. */
    QStringList m_removed;
    bool m_writing = false;
};

} // namespace starling
