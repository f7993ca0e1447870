// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkContactDialog.h"

#include "RemoteText.h"
#include "Theme.h"
#include "contacts/Suggestions.h"
#include "store/ContactRepository.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

namespace {

enum ItemRole
{
    KindRole = Qt::UserRole, ///< a Kind
    ContactRole, ///< the other contact; 0 for a lone identity
    IdentityRole, ///< suggestions: the other identity
    PairARole, ///< suggestions: the pair as suggested, to turn it down
    PairBRole,
};

enum Kind
{
    Suggestion = 1,
    FoundContact,
};

/** A suggestion as the dialog shows it: the other side, by its identity and contact. */
struct SuggestionRow
{
    contacts::LinkSuggestion suggestion;
    ContactIdentity other;
    QString otherName; ///< the other contact's name; the identity's when it has none
};

} // namespace

LinkContactDialog::LinkContactDialog(Store &store, Database &reader, qint64 contactId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_reader(reader)
    , m_contactId(contactId)
    , m_search(new QLineEdit(this))
    , m_candidates(new QTreeWidget(this))
    , m_suggested(new QTreeWidgetItem(m_candidates))
    , m_found(new QTreeWidgetItem(m_candidates))
    , m_error(remotetext::plainLabel(this))
    , m_link(new QPushButton(tr("Link"), this))
    , m_dismiss(new QPushButton(tr("Not the same person"), this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"linkContactDialog"_s);
    setWindowTitle(tr("Link to another person"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the person who is the same as this one. Their handles, details, tags, notes "
                                "and history come here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search->setPlaceholderText(tr("Search by name, company, e-mail or handle…"));
    m_search->setAccessibleName(tr("Search people"));
    m_search->setAccessibleDescription(tr("Finds people whose name, company, e-mail or handle holds these words"));
    layout->addWidget(m_search);

    m_candidates->setHeaderHidden(true);
    m_candidates->setColumnCount(1);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(false);
    m_candidates->setTextElideMode(Qt::ElideRight);
    m_candidates->setAccessibleName(tr("People to link"));
    m_candidates->setAccessibleDescription(tr("Suggested people first, with the reason, then the people found"));
    for (QTreeWidgetItem *group : {m_suggested, m_found}) {
        group->setFlags(Qt::ItemIsEnabled); // a heading, not a choice
        QFont bold = m_candidates->font();
        bold.setBold(true);
        group->setFont(0, bold);
    }
    m_suggested->setText(0, tr("Suggested"));
    m_found->setText(0, tr("People"));
    m_suggested->setHidden(true);
    m_candidates->expandAll();
    layout->addWidget(m_candidates, 1);

    m_error->setWordWrap(true);
    theme::colourText(m_error, theme::errorColor);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_link->setToolTip(tr("Bring the chosen person's identities and details to this one"));
    m_link->setAccessibleDescription(tr("Links the chosen person with this one"));
    m_dismiss->setToolTip(tr("Stop suggesting the chosen person"));
    m_dismiss->setAccessibleDescription(tr("Turns the chosen suggestion down; it is not suggested again"));
    buttons->addButton(m_dismiss, QDialogButtonBox::ActionRole);
    buttons->addButton(m_link, QDialogButtonBox::ActionRole);
    m_link->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &LinkContactDialog::linkChosen);
    connect(m_dismiss, &QPushButton::clicked, this, &LinkContactDialog::dismissChosen);
    layout->addWidget(buttons);

    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &LinkContactDialog::updateButtons);
    connect(m_candidates, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() != 0)
            linkChosen();
    });
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LinkContactDialog::search);

    resize(440, 480);
    search();
    loadSuggestions();
    updateButtons();
}

LinkContactDialog::~LinkContactDialog() = default;

void LinkContactDialog::search()
{
    m_searchDelay->stop();
    ContactFilter filter;
    filter.search = m_search->text();
    filter.limit = searchLimit + 1; // this contact may be among them
    auto rows = ContactRepository(m_reader).list(filter);
    if (!rows) {
        showError(rows.error().message());
        return;
    }
    const qint64 chosen = m_candidates->currentItem() && m_candidates->currentItem()->parent() == m_found
                              ? m_candidates->currentItem()->data(0, ContactRole).toLongLong()
                              : 0;
    qDeleteAll(m_found->takeChildren());
    int shown = 0;
    for (const ContactRow &row : rows.value()) {
        if (row.contact.id == m_contactId || shown == searchLimit)
            continue;
        ++shown;
        QStringList networks;
        for (Network network : row.networks)
            networks << networkDisplayName(network);
        QStringList details{networks.join(u", "_s)};
        if (!row.contact.company.isEmpty())
            details << row.contact.company;
        const QString name = row.contact.displayName.isEmpty() ? tr("(no name)") : row.contact.displayName;
        auto *item = new QTreeWidgetItem(m_found, {name + u"\n"_s + details.join(u" · "_s)});
        if (!row.networks.isEmpty())
            item->setIcon(0, theme::networkIcon(row.networks.constFirst()));
        item->setData(0, KindRole, FoundContact);
        item->setData(0, ContactRole, row.contact.id);
        item->setToolTip(0, remotetext::toolTip(name));
        if (row.contact.id == chosen)
            m_candidates->setCurrentItem(item);
    }
    if (shown == 0) {
        auto *none = new QTreeWidgetItem(m_found, {m_search->text().trimmed().isEmpty()
                                                       ? tr("No other people yet.")
                                                       : tr("No one matches “%1”.").arg(m_search->text().trimmed())});
        none->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

void LinkContactDialog::loadSuggestions()
{
    const qint64 contact = m_contactId;
    // storedSuggestions() reads every person we talk to: off the GUI thread.
    auto future = m_store.read<QList<SuggestionRow>>(
        "suggest people to link", [contact](Database &db) -> Result<QList<SuggestionRow>> {
            auto suggestions = contacts::storedSuggestions(db, contact);
            if (!suggestions)
                return suggestions.error();
            ContactRepository repository(db);
            auto ours = repository.identities(contact);
            if (!ours)
                return ours.error();
            QList<qint64> ourIds;
            for (const ContactIdentity &i : ours.value())
                ourIds << i.identity.id;
            QList<SuggestionRow> rows;
            for (const contacts::LinkSuggestion &s : suggestions.value()) {
                const qint64 otherId = ourIds.contains(s.identityA) ? s.identityB : s.identityA;
                auto other = repository.identity(otherId);
                if (!other)
                    return other.error();
                if (!other.value() || other.value()->identity.contactId == contact)
                    continue;
                SuggestionRow row{s, *other.value(), other.value()->identity.displayName};
                if (const qint64 otherContact = row.other.identity.contactId; otherContact != 0) {
                    auto c = repository.contact(otherContact);
                    if (!c)
                        return c.error();
                    if (c.value() && !c.value()->displayName.isEmpty())
                        row.otherName = c.value()->displayName;
                }
                if (row.otherName.isEmpty())
                    row.otherName = row.other.identity.handle;
                rows << row;
            }
            return rows;
        });
    onReady(future, this, [this](const Result<QList<SuggestionRow>> &rows) {
        m_suggestionsLoaded = true;
        if (!rows.ok()) {
            showError(rows.error().message());
            return;
        }
        qDeleteAll(m_suggested->takeChildren());
        for (const SuggestionRow &row : rows.value()) {
            const ContactIdentity &other = row.other;
            auto *item = new QTreeWidgetItem(
                m_suggested,
                {tr("%1 · @%2 on %3").arg(row.otherName, other.identity.handle, networkDisplayName(other.network))
                 + u"\n"_s + row.suggestion.reason});
            item->setIcon(0, theme::networkIcon(other.network));
            item->setData(0, KindRole, Suggestion);
            item->setData(0, ContactRole, other.identity.contactId);
            item->setData(0, IdentityRole, other.identity.id);
            item->setData(0, PairARole, row.suggestion.identityA);
            item->setData(0, PairBRole, row.suggestion.identityB);
            item->setToolTip(0, remotetext::toolTip(row.suggestion.reason));
        }
        m_suggested->setHidden(m_suggested->childCount() == 0);
        m_candidates->expandAll();
        updateButtons();
    });
}

void LinkContactDialog::linkChosen()
{
    QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item || m_busy || item->data(0, KindRole).toInt() == 0)
        return;
    const qint64 into = m_contactId;
    const qint64 otherContact = item->data(0, ContactRole).toLongLong();
    const qint64 otherIdentity = item->data(0, IdentityRole).toLongLong();
    m_busy = true;
    m_error->hide();
    updateButtons();
    m_store.write(
        "link people",
        [into, otherContact, otherIdentity](Database &db) -> Result<ChangeSet> {
            ContactRepository repository(db);
            // A whole contact comes over with everything it knows; a lone identity on its own.
            if (otherContact != 0)
                return repository.merge(into, otherContact);
            return repository.link(into, otherIdentity);
        },
        this,
        [this](const Result<ChangeSet> &result) {
            m_busy = false;
            if (!result.ok()) {
                showError(result.error().message());
                updateButtons();
                return;
            }
            accept();
        });
}

void LinkContactDialog::dismissChosen()
{
    QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item || m_busy || item->data(0, KindRole).toInt() != Suggestion)
        return;
    const qint64 a = item->data(0, PairARole).toLongLong();
    const qint64 b = item->data(0, PairBRole).toLongLong();
    m_busy = true;
    m_error->hide();
    updateButtons();
    m_store.write(
        "turn down a suggestion",
        [a, b](Database &db) -> Result<ChangeSet> {
            if (auto r = ContactRepository(db).dismissSuggestion(a, b); !r)
                return r.error();
            ChangeSet changes;
            changes.contactsChanged = true; // other lists of suggestions lose it too
            return changes;
        },
        this,
        [this, a, b](const Result<ChangeSet> &result) {
            m_busy = false;
            if (!result.ok()) {
                showError(result.error().message());
                updateButtons();
                return;
            }
            for (int i = m_suggested->childCount() - 1; i >= 0; --i) {
                QTreeWidgetItem *child = m_suggested->child(i);
                if (child->data(0, PairARole).toLongLong() == a && child->data(0, PairBRole).toLongLong() == b)
                    delete child;
            }
            m_suggested->setHidden(m_suggested->childCount() == 0);
            updateButtons();
        });
}

void LinkContactDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    const int kind = item ? item->data(0, KindRole).toInt() : 0;
    m_link->setEnabled(!m_busy && kind != 0);
    m_dismiss->setEnabled(!m_busy && kind == Suggestion);
}

void LinkContactDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace starling
