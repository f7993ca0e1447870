// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ConversationRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace starling {

class Database;
class Store;

/**
 * The profile pane (it can be hidden and remembers): everything known about the person of the
 * open conversation: picture, name, handle, bio, followers, their conversations with every one of
 * your accounts, and a private note kept only on this computer.
 */
class ProfilePane final : public QWidget
{
    Q_OBJECT

public:
    ProfilePane(Store &store, Database &reader, QWidget *parent = nullptr);
    ~ProfilePane() override;
    Q_DISABLE_COPY_MOVE(ProfilePane)

    void showPerson(const std::optional<ConversationSummary> &conversation);
    QPlainTextEdit *noteEditor() const { return m_note; }

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

private:
    void saveNote();

    Store &m_store;
    Database &m_reader;
    qint64 m_identityId = 0;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_handle;
    QLabel *m_bio;
    QLabel *m_followers;
    QListWidget *m_conversations;
    QPlainTextEdit *m_note;
    QTimer *m_saveDelay;
};

} // namespace starling
