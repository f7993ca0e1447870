// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPostDialog.h"

#include "RemoteText.h"
#include "Settings.h"
#include "Theme.h"
#include "accounts/AccountManager.h"
#include "compose/FileChooser.h"
#include "text/TextRules.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

NewPostDialog::NewPostDialog(AccountManager &accounts, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_accountList(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_counters(new QLabel(this))
    , m_files_label(remotetext::plainLabel(this))
    , m_problem(remotetext::plainLabel(this))
    , m_post(nullptr)
{
    setWindowTitle(tr("New post"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Post from:"), this));
    const QStringList last = QSettings().value(settings::lastNewPostAccounts).toStringList();
    for (const Account &a : accounts.accounts()) {
        auto *item = new QListWidgetItem(theme::networkIcon(a.network), u"@"_s + a.handle, m_accountList);
        item->setData(Qt::UserRole, a.id);
        item->setCheckState(last.isEmpty() || last.contains(a.id.toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_accountList->setMaximumHeight(110);
    m_accountList->setAccessibleName(tr("Accounts to post from"));
    m_accountList->setAccessibleDescription(tr("Tick each account the post goes out from."));
    layout->addWidget(m_accountList);
    m_editor->setPlaceholderText(tr("What would you like to share?"));
    m_editor->setAccessibleName(tr("Post"));
    m_editor->setAccessibleDescription(tr("The text of the new post; the counters below show what is left."));
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_counters);
    auto *attach = new QPushButton(tr("📎 Attach…"), this);
    attach->setToolTip(tr("Add an image or a video to the post"));
    connect(attach, &QPushButton::clicked, this, [this] {
        const QString file = FileChooser::openFile(
            this, tr("Attach a file"), tr("Images and videos (*.png *.jpg *.jpeg *.gif *.webp *.mp4 *.mov)"));
        if (!file.isEmpty() && !m_files.contains(file))
            m_files << file;
        update();
    });
    layout->addWidget(attach);
    layout->addWidget(m_files_label);
    m_problem->setWordWrap(true);
    theme::colourText(m_problem, theme::errorColor);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_post = buttons->addButton(tr("Post"), QDialogButtonBox::AcceptRole);
    m_post->setToolTip(tr("Post from every ticked account"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QStringList chosen;
        for (const QUuid &id : selectedAccounts())
            chosen << id.toString();
        QSettings().setValue(settings::lastNewPostAccounts, chosen);
        // The dialog stays until the outbox has the post: if it cannot take it, nothing is lost.
        m_sending = true;
        m_editor->setReadOnly(true);
        m_problem->hide();
        update();
        Q_EMIT postRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NewPostDialog::update);
    connect(m_accountList, &QListWidget::itemChanged, this, &NewPostDialog::update);
    resize(520, 420);
    update();
}

NewPostDialog::~NewPostDialog() = default;

QList<QUuid> NewPostDialog::selectedAccounts() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_accountList->count(); ++i) {
        if (m_accountList->item(i)->checkState() == Qt::Checked)
            ids << m_accountList->item(i)->data(Qt::UserRole).toUuid();
    }
    return ids;
}

QString NewPostDialog::text() const
{
    return m_editor->toPlainText();
}

bool NewPostDialog::canPost() const
{
    return m_post->isEnabled();
}

void NewPostDialog::posted(const QList<QUuid> &notQueued, const Result<void> &result)
{
    m_sending = false;
    m_editor->setReadOnly(false);
    if (result) {
        accept();
        return;
    }
    QStringList names;
    for (int i = 0; i < m_accountList->count(); ++i) {
        QListWidgetItem *item = m_accountList->item(i);
        const bool failed = notQueued.contains(item->data(Qt::UserRole).toUuid());
        if (item->checkState() == Qt::Checked && !failed)
            item->setCheckState(Qt::Unchecked); // already on its way: not twice
        if (failed)
            names << item->text();
    }
    m_problem->setText(tr("Not posted from %1, your post is kept: %2")
                           .arg(QLocale().createSeparatedList(names), result.error().message()));
    m_problem->show();
    update();
}

void NewPostDialog::update()
{
    // One counter per network chosen: the strictest decides whether Post is allowed.
    QSet<Network> networks;
    for (const QUuid &id : selectedAccounts()) {
        if (const auto a = m_accounts.account(id))
            networks.insert(a->network);
    }
    QStringList parts;
    bool fits = true;
    for (Network n : {Network::X, Network::Mastodon, Network::Bluesky}) {
        if (!networks.contains(n))
            continue;
        const TextCount count = TextRules::forNetwork(n).count(text());
        const bool over = count.length > count.limit || count.problem == TextCount::Problem::TooManyBytes;
        fits = fits && (count.valid || (text().isEmpty() && !m_files.isEmpty()));
        parts << u"<span style=\"color:%1\">%2 %3/%4</span>"_s
                     .arg(over ? theme::errorColor(palette()).name()
                               : palette().color(QPalette::PlaceholderText).name(),
                          networkDisplayName(n).toHtmlEscaped())
                     .arg(count.length)
                     .arg(count.limit);
    }
    m_counters->setText(parts.join(u" · "_s));
    QStringList names;
    for (const QString &f : std::as_const(m_files))
        names << QFileInfo(f).fileName();
    m_files_label->setText(names.join(u", "_s));
    m_post->setEnabled(!m_sending && !networks.isEmpty() && fits
                       && (!text().trimmed().isEmpty() || !m_files.isEmpty()));
}

} // namespace starling
