// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComposeWidget.h"

#include "FileChooser.h"
#include "RemoteText.h"
#include "Theme.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace starling {

namespace {
// A handful of the emoji people answer customers with; the system's emoji font draws them.
const QStringList emojiChoices = {u"😊"_s, u"🙂"_s, u"😄"_s, u"🙏"_s, u"👍"_s, u"👋"_s, u"❤️"_s, u"🎉"_s,
                                  u"📦"_s, u"🚚"_s,    u"✅"_s, u"⏰"_s, u"💬"_s, u"🔎"_s, u"😢"_s,      u"🤔"_s};
constexpr int warnPermille = 900;
} // namespace

ComposeWidget::ComposeWidget(QWidget *parent)
    : QWidget(parent)
    , m_modeLabel(remotetext::plainLabel(this))
    , m_modeButton(new QToolButton(this))
    , m_switchToDm(new QPushButton(tr("Switch to DM"), this))
    , m_attach(new QToolButton(this))
    , m_emoji(new QToolButton(this))
    , m_editor(new QPlainTextEdit(this))
    , m_chips(new QWidget(this))
    , m_chipsLayout(new QHBoxLayout(m_chips))
    , m_counter(new QLabel(this))
    , m_problem(remotetext::plainLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setObjectName(u"compose"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);

    auto *top = new QHBoxLayout;
    m_modeLabel->setObjectName(u"composeMode"_s);
    //: Button that switches the reply between public and direct message
    m_modeButton->setText(tr("Change", "reply mode"));
    m_modeButton->setToolTip(tr("Choose between a public reply and a direct message"));
    m_modeButton->setAccessibleName(tr("Reply mode"));
    connect(m_modeButton, &QToolButton::clicked, this,
            [this] { setMode(m_mode == Mode::DirectMessage ? Mode::PublicReply : Mode::DirectMessage); });
    m_switchToDm->setToolTip(tr("Answer in public with a link that opens a DM with you, then write the DM"));
    connect(m_switchToDm, &QPushButton::clicked, this, [this] { Q_EMIT switchToDmRequested(text()); });
    m_attach->setText(u"📎"_s);
    m_attach->setToolTip(tr("Attach an image, GIF or video"));
    m_attach->setAccessibleName(tr("Attach"));
    connect(m_attach, &QToolButton::clicked, this, &ComposeWidget::chooseAttachment);
    m_emoji->setText(u"😊"_s);
    m_emoji->setToolTip(tr("Insert an emoji"));
    m_emoji->setAccessibleName(tr("Emoji"));
    m_emoji->setPopupMode(QToolButton::InstantPopup);
    auto *emojiMenu = new QMenu(m_emoji);
    auto *grid = new QWidget(emojiMenu);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(2);
    for (int i = 0; i < emojiChoices.size(); ++i) {
        auto *button = new QToolButton(grid);
        button->setText(emojiChoices.at(i));
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, emojiMenu, e = emojiChoices.at(i)] {
            m_editor->insertPlainText(e);
            emojiMenu->close();
            m_editor->setFocus();
        });
        gridLayout->addWidget(button, i / 8, i % 8);
    }
    auto *action = new QWidgetAction(emojiMenu);
    action->setDefaultWidget(grid);
    emojiMenu->addAction(action);
    m_emoji->setMenu(emojiMenu);

    top->addWidget(m_modeLabel);
    top->addWidget(m_modeButton);
    top->addWidget(m_switchToDm);
    top->addStretch();
    top->addWidget(m_emoji);
    top->addWidget(m_attach);
    layout->addLayout(top);

    m_editor->setPlaceholderText(tr("Type a message…"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setAccessibleDescription(tr("Ctrl+Enter sends; the line above says who will see it"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(120);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        showProblem({});
        Q_EMIT draftChanged(text());
    });
    layout->addWidget(m_editor);

    m_problem->setWordWrap(true);
    theme::colourText(m_problem, theme::errorColor);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_chipsLayout->setContentsMargins(0, 0, 0, 0);
    m_chips->hide();
    layout->addWidget(m_chips);

    auto *bottom = new QHBoxLayout;
    m_counter->setAccessibleName(tr("Characters"));
    bottom->addWidget(m_counter);
    bottom->addStretch();
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &ComposeWidget::send);
    bottom->addWidget(m_send);
    layout->addLayout(bottom);
    updateState();
}

ComposeWidget::~ComposeWidget() = default;

void ComposeWidget::setTarget(Network network, bool publicAllowed, bool directAllowed, const QString &personName)
{
    m_network = network;
    m_publicAllowed = publicAllowed;
    m_directAllowed = directAllowed;
    m_personName = personName;
    // A mention is answered in public by default; everything else privately.
    setMode(publicAllowed ? Mode::PublicReply : Mode::DirectMessage);
}

void ComposeWidget::setMode(Mode mode)
{
    if (mode == Mode::PublicReply && !m_publicAllowed)
        mode = Mode::DirectMessage;
    if (mode == Mode::DirectMessage && !m_directAllowed)
        mode = Mode::PublicReply;
    m_mode = mode;
    updateState();
}

QString ComposeWidget::text() const
{
    return m_editor->toPlainText();
}

void ComposeWidget::setText(const QString &text)
{
    if (m_editor->toPlainText() != text)
        m_editor->setPlainText(text);
}

void ComposeWidget::insertText(const QString &text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus();
}

void ComposeWidget::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ComposeWidget::clear()
{
    showProblem({});
    m_editor->clear();
    m_files.clear();
    rebuildAttachmentChips();
    updateState();
}

void ComposeWidget::addAttachment(const QString &filePath)
{
    if (filePath.isEmpty() || m_files.contains(filePath))
        return;
    m_files << filePath;
    rebuildAttachmentChips();
    updateState();
}

void ComposeWidget::setAttachments(const QStringList &filePaths)
{
    if (filePaths == m_files)
        return;
    m_files = filePaths;
    rebuildAttachmentChips();
    updateState();
}

void ComposeWidget::setSending(bool sending)
{
    m_sending = sending;
    m_editor->setReadOnly(sending);
    updateState();
}

void ComposeWidget::chooseAttachment()
{
    const QString file = FileChooser::openFile(this, tr("Attach a file"),
                                               tr("Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)"));
    addAttachment(file);
}

void ComposeWidget::rebuildAttachmentChips()
{
    while (QLayoutItem *item = m_chipsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &file : std::as_const(m_files)) {
        auto *chip = new QWidget(m_chips);
        auto *chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(2, 2, 2, 2);
        auto *preview = new QLabel(chip);
        QImageReader reader(file);
        reader.setScaledSize(reader.size().scaled(48, 48, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (!image.isNull())
            preview->setPixmap(QPixmap::fromImage(image));
        else
            preview->setText(QMimeDatabase().mimeTypeForFile(file).name().startsWith(u"video/"_s) ? u"🎞"_s : u"📄"_s);
        preview->setToolTip(remotetext::toolTip(file));
        auto *name = remotetext::plainLabel(chip, QFileInfo(file).fileName());
        auto *remove = new QToolButton(chip);
        remove->setText(u"×"_s);
        remove->setAutoRaise(true);
        remove->setToolTip(remotetext::toolTip(tr("Remove %1").arg(QFileInfo(file).fileName())));
        remove->setAccessibleName(tr("Remove attachment"));
        connect(remove, &QToolButton::clicked, this, [this, file] {
            m_files.removeAll(file);
            rebuildAttachmentChips();
            updateState();
        });
        chipLayout->addWidget(preview);
        chipLayout->addWidget(name);
        chipLayout->addWidget(remove);
        m_chipsLayout->addWidget(chip);
    }
    m_chipsLayout->addStretch();
    m_chips->setVisible(!m_files.isEmpty());
}

QString ComposeWidget::counterText() const
{
    return m_counter->text();
}

bool ComposeWidget::canSend() const
{
    return m_send->isEnabled();
}

void ComposeWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateState();
}

void ComposeWidget::updateState()
{
    const bool dm = m_mode == Mode::DirectMessage;
    const QPalette &p = palette();
    // The mode in words and colour: a public reply is amber, so nobody posts in public by mistake.
    const QString who = m_personName.isEmpty() ? tr("this person") : m_personName;
    m_modeLabel->setText(dm ? tr("🔒 Direct message to %1").arg(who) : tr("🌐 Public reply, visible to everyone"));
    m_modeLabel->setStyleSheet(u"QLabel#composeMode { font-weight: bold; color: %1; }"_s.arg(
        dm ? theme::networkColor(m_network, p).name() : theme::warningColor(p).name()));
    m_modeButton->setVisible(m_publicAllowed && m_directAllowed);
    m_modeButton->setText(dm ? tr("Reply in public instead") : tr("Reply by DM instead"));
    m_switchToDm->setVisible(!dm && m_publicAllowed && m_directAllowed);
    m_switchToDm->setEnabled(!m_sending);
    m_editor->setPlaceholderText(dm ? tr("Write a private message…") : tr("Write a public reply…"));

    const TextRules rules =
        TextRules::forNetwork(m_network, dm ? TextRules::Mode::DirectMessage : TextRules::Mode::Post);
    const QString current = text();
    const TextCount count = rules.count(current);
    m_counter->setText(u"%1/%2"_s.arg(count.length).arg(count.limit));
    QColor colour = p.color(QPalette::PlaceholderText);
    if (count.length > count.limit || count.problem == TextCount::Problem::TooManyBytes)
        colour = theme::errorColor(p);
    else if (count.permillage >= warnPermille)
        colour = theme::warningColor(p);
    m_counter->setStyleSheet(u"color: %1;"_s.arg(colour.name()));
    m_counter->setToolTip(count.valid ? tr("%n left", nullptr, count.remaining()) : count.reason);

    const bool hasContent = !current.trimmed().isEmpty() || !m_files.isEmpty();
    const bool fits = current.isEmpty() ? !m_files.isEmpty() : count.valid;
    m_send->setEnabled(hasContent && fits && !m_sending);
}

void ComposeWidget::send()
{
    if (!canSend())
        return;
    Q_EMIT sendRequested(m_mode, text(), m_files);
}

bool ComposeWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            send();
            return true;
        }
        const bool slashAtStart = key->text() == u"/" && m_editor->toPlainText().isEmpty();
        if (slashAtStart || (key->key() == Qt::Key_Semicolon && key->modifiers() & Qt::ControlModifier)) {
            Q_EMIT savedReplyRequested({});
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            // Esc goes back to the list (the main window handles it); the text stays as a draft.
            event->ignore();
            return false;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace starling
