// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/TextRules.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QHBoxLayout;

namespace starling {

/**
 * The compose box under a thread (UI.md): the mode, public reply or DM, always visible and in its
 * own colour; a live counter by the network's rules that turns amber near the limit and red past
 * it, where Send is blocked; attachments with preview and removal; an emoji picker; Ctrl+Enter
 * sends. On a public mention, "Switch to DM" answers in public with the DM link and moves on to a
 * private message.
 */
class ComposeWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        DirectMessage,
        PublicReply,
    };

    explicit ComposeWidget(QWidget *parent = nullptr);
    ~ComposeWidget() override;
    Q_DISABLE_COPY_MOVE(ComposeWidget)

    /**
     * What the box writes to: the rules of the conversation's network, whether a public reply and
     * a DM are possible, and who reads it.
     */
    void setTarget(Network network, bool publicAllowed, bool directAllowed, const QString &personName);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    QString text() const;
    void setText(const QString &text);
    QStringList attachments() const { return m_files; }
    void addAttachment(const QString &filePath);
    /** Replaces the attachments (those of the conversation shown). */
    void setAttachments(const QStringList &filePaths);
    void clear();
    /** Whether Send would go: text or media, within the limit, and nothing on its way to the outbox. */
    bool canSend() const;
    /**
     * While the outbox takes a message the box keeps it as it is, unsendable a second time; it is
     * cleared only once the message is stored, so a failure loses nothing.
     */
    void setSending(bool sending);

    /** Inserts @p text at the cursor (a saved reply, an emoji). */
    void insertText(const QString &text);
    /** Shows why something could not be inserted or sent, under the text; empty hides it. */
    void showProblem(const QString &message);

    /** For tests: the counter as shown, e.g. "143/10000". */
    QString counterText() const;

    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void sendRequested(starling::ComposeWidget::Mode mode, const QString &text, const QStringList &files);
    void switchToDmRequested(const QString &text);
    /** Ctrl+; or "/" at the start of an empty box: the saved-reply picker, with a filter. */
    void savedReplyRequested(const QString &filter);
    /** The text changed; the thread view keeps it as the conversation's draft. */
    void draftChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Colours follow the desktop's switch between light and dark. */
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void chooseAttachment();
    void rebuildAttachmentChips();
    void send();

    Network m_network = Network::X;
    bool m_publicAllowed = false;
    bool m_directAllowed = true;
    QString m_personName;
    Mode m_mode = Mode::DirectMessage;
    QStringList m_files;
    bool m_sending = false;

    QLabel *m_modeLabel;
    QToolButton *m_modeButton;
    QPushButton *m_switchToDm;
    QToolButton *m_attach;
    QToolButton *m_emoji;
    QPlainTextEdit *m_editor;
    QWidget *m_chips;
    QHBoxLayout *m_chipsLayout;
    QLabel *m_counter;
    QLabel *m_problem;
    QPushButton *m_send;
};

} // namespace starling
